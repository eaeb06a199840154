"""The shop's public order pages (issue #18): ``POST /shop/order`` (the basket's order form, no
sign-in) and the customer's status page ``GET /o/<token>``.

* ``POST /shop/order``, in this order: at most ``Settings.shop_request_limit`` (30) requests
  per client address per minute → 429; a body of at most :data:`MAX_FORM_BYTES` → 413; the
  pre-session CSRF token (``console.csrf_protect``, ``/shop/order`` is one of its
  ``PUBLIC_FORMS``) → 403; the form's checks (``shop_orders.check_form``) → 400 with every
  reason and what was typed; at most ``Settings.shop_order_limit`` (5) orders per client
  address per 10 minutes → 429 (``Retry-After``); then the order (``shop_orders.create_order``;
  an unknown or inactive SKU → 400) and 303 to ``/o/<token>``.  The limits count in memory,
  per server process (``rate_limit``); the client address is the connection's (uvicorn's
  ``--forwarded-allow-ips`` decides whether a proxy's ``X-Forwarded-For`` is believed).
* ``GET /o/<token>``: the order's page in the visitor's language; any token that is not an
  order's — unknown, malformed, an order number — gets the same 404 page.
"""

from __future__ import annotations

import math
import threading
from datetime import datetime
from decimal import Decimal

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from yarlung_pos.domain.delivery import mask_phone
from yarlung_pos.server import shop_fonts, web
from yarlung_pos.server.console import BAD_FORM, STALE_FORM, PageRefused, csrf_protect
from yarlung_pos.server.console_overview import OFFICE_TZ
from yarlung_pos.server.rate_limit import RateLimiter
from yarlung_pos.server.shop_orders import FORM_FIELDS, OrderRefused, Problem, check_form, create_order, find_order
from yarlung_pos.server.web import _

router = APIRouter(include_in_schema=False)

#: the largest order form body (bytes)
MAX_FORM_BYTES = 16 * 1024
ORDER_WINDOW_S = 600
REQUEST_WINDOW_S = 60
TOO_LARGE_FORM = _("The order form is too large: remove some lines from the basket and try again.")
BUSY = _("Too many orders from your network in a short time: please try again in {minutes} minutes.")
UNITS = {"piece": _("piece"), "bottle": _("bottle"), "kg": _("kg"), "jar": _("jar"), "bag": _("bag"),
         "box": _("box"), "pair": _("pair"), "pack": _("pack")}
PAYMENT_METHODS = {"cash": _("cash"), "wechat": _("WeChat Pay"), "alipay": _("Alipay"), "card": _("bank card")}
#: the steps of an order's page: (status, English label)
DELIVERY_STEPS = (("awaiting_payment", _("Awaiting payment")), ("to_pack", _("Payment confirmed: being packed")),
                  ("packed", _("Packed")), ("handed_over", _("Handed over to the carrier")),
                  ("delivered", _("Delivered")))
PICKUP_STEPS = (("awaiting_payment", _("Awaiting payment")), ("picked_up", _("Paid and picked up")))
RETURNED = ("returned", _("Returned to the hall"))
CANCELLED = ("cancelled", _("Cancelled"))
_LIMITS_LOCK = threading.Lock()


def _limits(request: Request) -> tuple[RateLimiter, RateLimiter]:
    """The app's (requests per minute, orders per 10 minutes) limiters, made on first use."""
    state = request.app.state
    with _LIMITS_LOCK:
        if not hasattr(state, "shop_limits"):
            settings, clock = state.settings, state.clock
            state.shop_limits = (RateLimiter(settings.shop_request_limit, REQUEST_WINDOW_S, clock),
                                 RateLimiter(settings.shop_order_limit, ORDER_WINDOW_S, clock))
        return state.shop_limits


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _message(lang: str, p: Problem) -> str:
    values = {k: (web.translate(lang, v) if k in p.translated else v) for k, v in p.values.items()}
    return web.translate(lang, p.message, **values)


def _extra_font(db, order: dict) -> str | None:
    """The stylesheet of an extra Chinese subset for what the customer typed (name, address,
    note) when the catalogue's subset lacks some of its characters, else ``None``."""
    points = shop_fonts.extra_characters(db, [order.get(k) or "" for k in
                                              ("name", "province", "prefecture", "county", "township", "street",
                                               "note")])
    return f"/shop/fonts/extra-{shop_fonts.extra_name(points)}.css" if points else None


def _refused(request: Request, status: int, errors: list[str], values: dict[str, str]) -> HTMLResponse:
    """The basket page again (:func:`page_shop.render_basket`) with the reasons (translated) and
    what was typed."""
    from yarlung_pos.server.page_shop import render_basket
    return render_basket(request, status, errors, values)


def _busy(request: Request, wait_s: int) -> HTMLResponse:
    lang = web.page_language(request)
    response = request.app.state.console.page(
        "order_busy.html", 429, request=request,
        message=web.translate(lang, BUSY, minutes=max(1, math.ceil(wait_s / 60))))
    response.headers["Retry-After"] = str(wait_s)
    return response


@router.post("/shop/order")
async def place_order(request: Request):
    """The order form of the basket (see the module)."""
    requests, orders = _limits(request)
    key = _client(request)
    wait = requests.hit(key)
    if wait:
        return _busy(request, wait)
    length = request.headers.get("content-length", "")
    if (length.isdigit() and int(length) > MAX_FORM_BYTES) or len(await request.body()) > MAX_FORM_BYTES:
        return _refused(request, 413, [web.translate(web.page_language(request), TOO_LARGE_FORM)], {})
    lang = web.page_language(request)
    try:
        await csrf_protect(request)
    except PageRefused:
        return _refused(request, 403, [web.translate(lang, STALE_FORM)], {})
    except ValueError:  # more fields than a form has
        return _refused(request, 400, [web.translate(lang, BAD_FORM)], {})
    form = request.state.form
    values = {k: str(form.get(k, ""))[:4000] for k in FORM_FIELDS}
    console = request.app.state.console
    try:
        order = check_form(form, lang)
        wait = orders.hit(key)
        if wait:
            return _busy(request, wait)
        _number, token = await run_in_threadpool(create_order, console.db, order, clock=console.clock)
    except OrderRefused as exc:
        return _refused(request, 400, [_message(lang, p) for p in exc.problems], values)
    return RedirectResponse(f"/o/{token}?placed=1", status_code=303)  # placed: the page empties the basket


def _qty(qty: str) -> str:
    return format(Decimal(qty).normalize(), "f")


def _steps(order: dict) -> list[dict]:
    """The page's timeline: ``[{"status", "label", "state": "done"|"current"|"todo"}]``."""
    status = "to_pack" if order["status"] == "confirmed" else order["status"]
    if status == "cancelled":
        return [{"status": "awaiting_payment", "label": DELIVERY_STEPS[0][1], "state": "done"},
                {"status": "cancelled", "label": CANCELLED[1], "state": "current"}]
    steps = list(PICKUP_STEPS if order["fulfilment"] == "pickup" else DELIVERY_STEPS)
    if status == "returned":
        steps[-1] = RETURNED
    reached = next((i for i, (s, _label) in enumerate(steps) if s == status), 0)
    return [{"status": s, "label": label, "state": "done" if i < reached else "current" if i == reached else "todo"}
            for i, (s, label) in enumerate(steps)]


def _when(iso_text: str) -> str:
    return datetime.fromisoformat(iso_text).astimezone(OFFICE_TZ).strftime("%Y-%m-%d %H:%M")


@router.get("/shop/fonts/extra-{stem}.css")
def extra_font_css(stem: str):
    """The ``@font-face`` adding an extra subset to the family ``Shop Chinese`` for exactly its
    characters (``unicode-range``): the browser takes it only for those."""
    points = shop_fonts.parse_extra_name(stem)
    if points is None:
        return Response("not found", status_code=404, media_type="text/plain")
    ranges = ", ".join(f"U+{p:X}" for p in points)
    css = (f'@font-face {{ font-family: "Shop Chinese"; src: url(/shop/fonts/extra-{stem}.woff2) format("woff2"); '
           f"font-display: swap; unicode-range: {ranges}; }}\n")
    return Response(css, media_type="text/css", headers={"Cache-Control": "public, max-age=31536000, immutable"})


@router.get("/shop/fonts/extra-{stem}.woff2")
def extra_font(stem: str):
    """The extra subset of :func:`extra_font_css`."""
    points = shop_fonts.parse_extra_name(stem)
    if points is None:
        return Response("not found", status_code=404, media_type="text/plain")
    return Response(shop_fonts.extra_woff2(points), media_type="font/woff2",
                    headers={"Cache-Control": "public, max-age=31536000, immutable"})


@router.get("/o/{token:path}", response_class=HTMLResponse)
def order_page(request: Request, token: str):
    """The customer's page of the order whose token is ``token`` (else the 404 page)."""
    console = request.app.state.console
    order = find_order(console.db, token)
    if order is None:
        response = console.page("order_not_found.html", 404, request=request)
    else:
        settings = request.app.state.settings
        lines = [{**ln, "qty_text": _qty(ln["qty"]), "unit_label": UNITS.get(ln["unit"], ln["unit"])}
                 for ln in order["lines"]]
        response = console.page(
            "order_status.html", request=request, order=order, lines=lines, steps=_steps(order),
            created=_when(order["created_at"]), phone=mask_phone(order["phone"]),
            method=PAYMENT_METHODS.get(order["payment_method"] or "", order["payment_method"]),
            payee=settings.shop_payee, wechat=settings.shop_wechat, alipay=settings.shop_alipay,
            placed=request.query_params.get("placed") == "1", extra_font=_extra_font(console.db, order))
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    return response
