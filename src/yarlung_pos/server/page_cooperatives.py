"""The cooperatives' pages (issue #17): ``/cooperatives`` (every cooperative's net for a
period, its share and the change on the period before) and ``/cooperatives/<code>`` (months
settled and unsettled, top products, settlements — marked paid by a manager — and stock at
each terminal).  Figures from :mod:`~yarlung_pos.server.console_cooperatives`, the payment
from :func:`~yarlung_pos.server.settlements.mark_settlement_paid`."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from yarlung_pos.server import console_cooperatives as q
from yarlung_pos.server import web
from yarlung_pos.server.console import PageRefused, csrf_protect, office_user
from yarlung_pos.server.office_users import OfficeUser
from yarlung_pos.server.settlements import mark_settlement_paid, office_today, parse_paid_on

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)
UNKNOWN = web._("There is no cooperative {code}.")
PAID = web._("Settlement {number} is marked paid.")


@router.get("/cooperatives", response_class=HTMLResponse)
def cooperatives(request: Request, who: Annotated[OfficeUser, Depends(office_user())]):
    """Every cooperative with its net for the period ``from``–``to`` (default: this month)."""
    console = request.app.state.console
    args = request.query_params
    period = q.parse_period(args.get("from"), args.get("to"), q.month_of(office_today(console.clock)))
    figures = q.cooperatives_sales(console.db, period)
    return console.page("cooperatives.html", request=request, active="/cooperatives", period=period, **figures)


def _detail(request: Request, code: str, status: int = 200, message: str = "", notice: str = "",
            form: dict | None = None) -> HTMLResponse:
    console = request.app.state.console
    coop = q.find_cooperative(console.db, code)
    if coop is None:
        raise PageRefused(404, UNKNOWN, code=code[:32])
    args = request.query_params
    today = office_today(console.clock)
    year = q.parse_year(args.get("year"), today.year)
    period = q.parse_period(args.get("from"), args.get("to"), q.Period(date(year, 1, 1), date(year, 12, 31)))
    months = q.monthly_sales(console.db, coop["code"], year)
    lang = web.page_language(request)
    chart = {"type": "bar", "money": True, "stacked": True, "labels": [m["month"] for m in months],
             "datasets": [{"label": web.translate(lang, "Settled"), "data": [m["settled_fen"] for m in months]},
                          {"label": web.translate(lang, "Unsettled"), "data": [m["unsettled_fen"] for m in months]}]}
    return console.page("cooperative.html", status, request=request, active="/cooperatives", coop=coop, year=year,
                        period=period, months=months, chart=chart,
                        year_total={k: sum(m[k] for m in months) for k in ("net_fen", "settled_fen", "unsettled_fen")},
                        products=q.top_products(console.db, coop["code"], period),
                        settlements=q.settlements_of(console.db, coop["code"]),
                        stock=q.stock_of(console.db, coop["code"]), today=today.isoformat(),
                        message=message, notice=notice, form=form or {})


@router.get("/cooperatives/{code}", response_class=HTMLResponse)
def cooperative(request: Request, code: str, who: Annotated[OfficeUser, Depends(office_user())]):
    """One cooperative: months of ``year`` (default this year), top products of ``from``–``to``
    (default that year), settlements, stock.  ``?paid=NUMBER`` shows that it was marked paid."""
    lang = web.page_language(request)
    paid = request.query_params.get("paid", "")[:32]
    return _detail(request, code, notice=web.translate(lang, PAID, number=paid) if paid else "")


@router.post("/cooperatives/{code}/settlements/{settlement_id}/paid", response_class=HTMLResponse)
def settlement_paid(request: Request, code: str, settlement_id: int,
                    who: Annotated[OfficeUser, Depends(office_user())]):
    """Mark a settlement paid (form fields ``reference``, ``paid_on``); the refusal of a viewer
    is the service's (403).  A bad reference or date, or one paid already, shows the page again
    with the reason (400/409) and changes nothing."""
    console = request.app.state.console
    form = request.state.form
    coop = q.find_cooperative(console.db, code)
    if coop is None:
        raise PageRefused(404, UNKNOWN, code=code[:32])
    if not any(s["id"] == settlement_id for s in q.settlements_of(console.db, coop["code"])):
        raise PageRefused(404, web._("There is no such settlement."))
    try:
        if not who.at_least("manager"):  # the service's refusal (403) comes first, whatever the form holds
            mark_settlement_paid(console.db, who, settlement_id, "", office_today(console.clock), console.clock)
        done = mark_settlement_paid(console.db, who, settlement_id, form.get("reference", ""),
                                    parse_paid_on(form.get("paid_on")), console.clock)
    except PageRefused as exc:
        if exc.status == 403:
            raise
        lang = web.page_language(request)
        return _detail(request, coop["code"], exc.status, message=web.translate(lang, exc.message, **exc.values),
                       form={"id": settlement_id, "reference": form.get("reference", "")[:64],
                             "paid_on": form.get("paid_on", "")[:10]})
    return RedirectResponse(f"/cooperatives/{coop['code']}?paid={done['number']}#settlements", status_code=303)
