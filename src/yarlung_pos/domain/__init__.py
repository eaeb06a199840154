"""Plain-Python domain model: money, products, carts, sales, payments, stock moves.

No Qt and no SQL here; services and the UI build on these types.
"""
