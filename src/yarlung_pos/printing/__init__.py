"""Printing: receipt layout → 1-bit image (→ ESC/POS raster later); label sheets → PDF."""
