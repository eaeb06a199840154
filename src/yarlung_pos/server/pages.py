"""The console's pages, one router per area (issue #17); :func:`install` adds them all.

Each page module holds the routes of its area and only calls query functions of the server's
services (``reports``, ``console_queries`` …); the frame, language and formatting are
``web.py``'s, sign-in and CSRF ``console.py``'s.
"""

from __future__ import annotations

from fastapi import FastAPI


def install(app: FastAPI) -> None:
    """Include every page router in ``app`` (after :func:`console.install`)."""
    from yarlung_pos.server import (page_catalogue, page_cooperatives, page_office_orders, page_orders, page_overview,
                                    page_records, page_shop, page_statistics)
    # the shop's pages last: its catch-alls (``/shop/…``, ``/p/<SKU>/…``) answer only what no other has
    for module in (page_overview, page_cooperatives, page_statistics, page_catalogue, page_records, page_orders,
                   page_office_orders, page_shop):
        app.include_router(module.router)
