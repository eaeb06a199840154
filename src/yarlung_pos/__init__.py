"""Yarlung POS: offline-first point of sale for the Yarlung Youxuan cooperative hall."""

__version__ = "0.1.0"
