"""The console's page of shop orders ``/orders`` (issue #18), for any signed-in office user:
the newest orders (``console_orders.list_orders``), filtered by ``status``; phones masked."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from yarlung_pos.server import console_orders
from yarlung_pos.server.console import csrf_protect, office_user
from yarlung_pos.server.console_overview import OFFICE_TZ
from yarlung_pos.server.office_users import OfficeUser
from yarlung_pos.server.web import _

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

STATUS_LABELS = {"awaiting_payment": _("awaiting payment"), "confirmed": _("confirmed"), "to_pack": _("to pack"),
                 "packed": _("packed"), "handed_over": _("handed over"), "delivered": _("delivered"),
                 "returned": _("returned"), "picked_up": _("picked up"), "cancelled": _("cancelled")}
FULFILMENT_LABELS = {"delivery": _("delivery"), "pickup": _("pick-up")}


def _when(iso_text: str) -> str:
    return datetime.fromisoformat(iso_text).astimezone(OFFICE_TZ).strftime("%Y-%m-%d %H:%M")


@router.get("/orders", response_class=HTMLResponse)
def orders_page(request: Request, _who: Annotated[OfficeUser, Depends(office_user())], status: str = ""):
    """The shop's orders, the newest first."""
    listing = console_orders.list_orders(request.app.state.console.db, status or None)
    rows = [{**o, "created": _when(o["created_at"])} for o in listing["orders"]]
    return request.app.state.console.page("orders.html", request=request, active="/orders", rows=rows,
                                          counts=listing["counts"], chosen=status, labels=STATUS_LABELS,
                                          fulfilments=FULFILMENT_LABELS)
