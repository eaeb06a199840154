"""Use cases shared by the till window and the command line.  They hold the business rules."""
