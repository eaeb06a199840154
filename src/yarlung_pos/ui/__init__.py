"""Qt widgets of the till.  Widgets call services (``yarlung_pos.services``), never the ORM."""
