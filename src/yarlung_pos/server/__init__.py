"""The county office server of Yarlung POS (``yarlung-pos-server``): receives every till's
events exactly once and hands out the catalogue.  Protocol: PROTOCOL.md beside this file."""
