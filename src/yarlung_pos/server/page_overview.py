"""The overview page ``/`` (issue #17): today, this month and this year by terminal, net per day
over a chosen period (GET ``from``/``to``, ``YYYY-MM-DD``, default the last 30 days) and the
tills' health, for any signed-in office user.  Figures from :mod:`console_overview`.

Hooks for scripts and tests: every figure cell has ``data-period`` (``today|month|year``),
``data-figure`` (``sales|refunds|sales_fen|refunds_fen|net_fen``) and ``data-key`` (a terminal
code or ``total``), its fen or count in ``data-value``; a till's row is ``tr[data-till=CODE]``
(class ``stale`` when not synced for over a day); the chart's days are ``tr[data-day=DATE]``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from yarlung_pos.server import console_overview as figures
from yarlung_pos.server import web
from yarlung_pos.server.console import csrf_protect, office_user
from yarlung_pos.server.office_users import OfficeUser

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

BAD_DATE = web._("“{value}” is not a date: write it as YYYY-MM-DD. The last 30 days are shown.")
FROM_AFTER_TO = web._("The first date {first} is after the last date {last}. The last 30 days are shown.")
TOO_LONG = web._("A period of at most {days} days can be shown. The last 30 days are shown.")
PERIOD_LABELS = {"today": web._("Today"), "month": web._("This month"), "year": web._("This year")}
STATUS_LABELS = {"enrolled": web._("enrolled"), "pending": web._("waiting for enrolment"),
                 "revoked": web._("revoked")}


def chart_period(request: Request, today: date) -> tuple[date, date, str | None]:
    """The chart's ``(first, last, message)`` from the query's ``from``/``to``; a bad value
    gives the default period and a message (translated) saying why."""
    lang = web.page_language(request)
    default_first, default_last = figures.default_chart_period(today)
    raw_first, raw_last = request.query_params.get("from", "").strip(), request.query_params.get("to", "").strip()
    parsed = []
    for raw, default in ((raw_first, default_first), (raw_last, default_last)):
        if not raw:
            parsed.append(default)
            continue
        try:
            if len(raw) != 10:
                raise ValueError(raw)
            parsed.append(date.fromisoformat(raw))
        except ValueError:
            return default_first, default_last, web.translate(lang, BAD_DATE, value=raw[:40])
    first, last = parsed
    if first > last:
        return default_first, default_last, web.translate(lang, FROM_AFTER_TO, first=first.isoformat(),
                                                          last=last.isoformat())
    if (last - first).days + 1 > figures.MAX_CHART_DAYS:
        return default_first, default_last, web.translate(lang, TOO_LONG, days=str(figures.MAX_CHART_DAYS))
    return first, last, None


def office_time(iso_text: str | None) -> str:
    """A UTC ISO time as the office's local time ``YYYY-MM-DD HH:MM`` (``None`` → ``"—"``)."""
    if not iso_text:
        return "—"
    return datetime.fromisoformat(iso_text).astimezone(figures.OFFICE_TZ).strftime("%Y-%m-%d %H:%M")


def _chart_spec(request: Request, days: list[figures.Day]) -> dict:
    lang = web.page_language(request)
    return {"type": "line", "money": True, "stacked": False, "labels": [d.day.isoformat() for d in days],
            "datasets": [{"label": web.translate(lang, web._("Net")), "data": [d.figures.net_fen for d in days]},
                         {"label": web.translate(lang, web._("Sales")), "data": [d.figures.sales_fen for d in days]},
                         {"label": web.translate(lang, web._("Refunds")),
                          "data": [d.figures.refunds_fen for d in days]}]}


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, who: Annotated[OfficeUser, Depends(office_user())]):
    """The overview at the console's clock (see the module docstring)."""
    console = request.app.state.console
    now = console.clock()
    today = figures.office_today(now)
    first, last, message = chart_period(request, today)
    data = figures.overview(console.db, now, first, last)
    return console.page("overview.html", request=request, active="/", data=data, message=message,
                        chart=_chart_spec(request, data.chart), period_labels=PERIOD_LABELS,
                        status_labels=STATUS_LABELS, office_time=office_time,
                        stale_hours=int(figures.STALE_AFTER.total_seconds() // 3600))
