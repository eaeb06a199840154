"""The record pages of the console (issue #17, item 6), for every signed-in role, read-only:

* ``GET /shifts`` — closed shifts (Z reports), newest first; query ``terminal``, ``from``,
  ``to`` (the till's local date of closing), ``page``.
* ``GET /shifts/<terminal>/<Z number>`` — one Z report in full (404 page when unknown).
* ``GET /audit`` — the tills' audit log, newest first; ``terminal``, ``action``, ``user``,
  ``from``, ``to``, ``page``.
* ``GET /deliveries`` — home deliveries, newest order first, with counts by status on top;
  ``terminal``, ``status``, ``channel``, ``from``, ``to`` (the order's local date), ``q``
  (part of the delivery, sale or tracking number), ``page``.
* ``GET /deliveries/<uuid or number>`` — one delivery and its status history (404 when unknown).

A bad filter answers the list page itself with status 400 and the reason; the form keeps what
was typed.  Personal data of deliveries is masked for every role (as the API's list does).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from yarlung_pos.server import console_records as records
from yarlung_pos.server import web
from yarlung_pos.server.console import PageRefused, csrf_protect, office_user
from yarlung_pos.server.office_users import OfficeUser

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)
Viewer = Annotated[OfficeUser, Depends(office_user())]

#: labels of the stored codes; an unknown code is shown as it is
STATUS_LABELS = {"to_pack": web._("To pack"), "packed": web._("Packed"), "handed_over": web._("Handed over"),
                 "delivered": web._("Delivered"), "returned": web._("Returned")}
CHANNEL_LABELS = {"counter": web._("At the counter"), "phone": web._("By phone"), "wechat": web._("WeChat"),
                  "online": web._("Online shop")}
METHOD_LABELS = {"cash": web._("Cash"), "wechat": web._("WeChat Pay"), "alipay": web._("Alipay"),
                 "unionpay": web._("UnionPay"), "card": web._("Bank card")}
ZONE_LABELS = {"county": web._("In the county"), "prefecture": web._("In the prefecture"),
               "tibet": web._("In Tibet"), "china": web._("Elsewhere in China")}
ACTION_LABELS = {
    "refund": web._("Refund"), "approval": web._("Manager approval"), "price_override": web._("Price changed"),
    "discount": web._("Discount"), "sale_cancelled": web._("Sale cancelled"), "line_voided": web._("Line removed"),
    "drawer_opened": web._("Drawer opened"), "login": web._("Signed in"), "login_failed": web._("Wrong PIN"),
    "user_locked": web._("Locked out"), "user_changed": web._("User changed"),
    "settings_changed": web._("Settings changed"), "shift_opened": web._("Shift opened"),
    "shift_closed": web._("Shift closed"), "cash_in": web._("Cash in"), "cash_out": web._("Cash out"),
    "sale_parked": web._("Sale parked"), "sale_recalled": web._("Sale recalled"), "locked": web._("Till locked"),
    "restore": web._("Backup restored"), "numbering_confirmed": web._("Numbering confirmed"),
    "delivery": web._("Delivery order"), "delivery_personal": web._("Recipient's phone and address shown")}
LABELS = {"status": STATUS_LABELS, "channel": CHANNEL_LABELS, "method": METHOD_LABELS, "zone": ZONE_LABELS,
          "action": ACTION_LABELS}
NOT_A_Z_REPORT = web._("There is no Z report {number} of terminal {terminal}.")
NOT_A_DELIVERY = web._("There is no delivery {key}.")


def labeller(lang: str):
    """``label(kind, code)``: the label of a stored ``code`` of ``kind`` (``status``,
    ``channel``, ``method``, ``zone``, ``action``) in ``lang``; an unknown code as it is."""
    def label(kind: str, code):
        text = LABELS[kind].get(code)
        return web.translate(lang, text) if text else code
    return label


def _raw(request: Request, *names: str) -> dict[str, str]:
    """The query's values of ``names`` as typed (at most 200 characters each), ``""`` when absent."""
    return {n: request.query_params.get(n, "")[:200] for n in names}


def _page(request: Request, template: str, active: str, raw: dict[str, str], load, **values):
    """Render list ``template``: ``load()`` gives the :class:`records.Listing`; a refused filter
    renders the page with status 400, its reason and no rows."""
    console = request.app.state.console
    lang = web.page_language(request)
    kept = {k: v for k, v in raw.items() if v and k != "page"}

    def page_link(number: int, **changes: str) -> str:
        return f"{active}?{urlencode({**kept, **changes, 'page': number})}"

    try:
        listing, message, status = load(), "", 200
    except PageRefused as refused:
        listing = records.Listing([], 0, 1, 1, {})
        message, status = web.translate(lang, refused.message, **refused.values), 400
    return console.page(template, status, request=request, active=active, form=raw, listing=listing,
                        message=message, label=labeller(lang), page_link=page_link, labels=LABELS, **values)


@router.get("/shifts", response_class=HTMLResponse)
def shifts(request: Request, who: Viewer):
    """Closed shifts (Z reports), newest first."""
    raw = _raw(request, "terminal", "from", "to", "page")
    return _page(request, "shifts.html", "/shifts", raw, lambda: records.shifts(
        request.app.state.console.db, records.filters(raw["terminal"], raw["from"], raw["to"], raw["page"])))


@router.get("/shifts/{terminal}/{number}", response_class=HTMLResponse)
def shift(request: Request, terminal: str, number: str, who: Viewer):
    """One Z report in full."""
    console = request.app.state.console
    z = records.z_report(console.db, terminal, number)
    if z is None:
        raise PageRefused(404, NOT_A_Z_REPORT, number=number[:40], terminal=terminal[:20])
    return console.page("shift.html", request=request, active="/shifts", z=z,
                        label=labeller(web.page_language(request)))


@router.get("/audit", response_class=HTMLResponse)
def audit(request: Request, who: Viewer):
    """The tills' audit log, newest first."""
    raw = _raw(request, "terminal", "action", "user", "from", "to", "page")
    return _page(request, "audit.html", "/audit", raw, lambda: records.audit(
        request.app.state.console.db,
        records.filters(raw["terminal"], raw["from"], raw["to"], raw["page"], action=raw["action"],
                        user=raw["user"])))


@router.get("/deliveries", response_class=HTMLResponse)
def deliveries(request: Request, who: Viewer):
    """Home deliveries, newest order first, with counts by status."""
    raw = _raw(request, "terminal", "status", "channel", "from", "to", "q", "page")
    return _page(request, "deliveries.html", "/deliveries", raw, lambda: records.deliveries(
        request.app.state.console.db,
        records.delivery_filters(raw["terminal"], raw["from"], raw["to"], raw["page"], status=raw["status"],
                                 channel=raw["channel"], q=raw["q"])))


@router.get("/deliveries/{key}", response_class=HTMLResponse)
def delivery(request: Request, key: str, who: Viewer):
    """One delivery (by UUID or number) and its history."""
    console = request.app.state.console
    d = records.delivery(console.db, key)
    if d is None:
        raise PageRefused(404, NOT_A_DELIVERY, key=key[:40])
    return console.page("delivery.html", request=request, active="/deliveries", d=d,
                        label=labeller(web.page_language(request)))
