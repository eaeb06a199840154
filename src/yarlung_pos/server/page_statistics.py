"""The bureau's statistics ``/statistics?year=YYYY&by=cooperative|category|township`` and its
exports ``/statistics.csv``, ``/statistics.xlsx``, ``/statistics.pdf`` (same query; issue #17).

The year defaults to the console clock's year in China (UTC+08:00), ``by`` to
``cooperative``.  A year outside 2000–2100 or an unknown ``by``: the page answers 400 with
the reason (and its form), an export answers 400 with the reason as plain text.  Exports are
attachments named ``statistics-<year>-<by>.<ext>``.
"""

from __future__ import annotations

from datetime import timedelta, timezone
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from yarlung_pos.server import web
from yarlung_pos.server.console import csrf_protect, office_user
from yarlung_pos.server.console_statistics import (DIMENSIONS, FIRST_YEAR, LAST_YEAR, StatisticsTable, chart_data,
                                                   statistics_year)
from yarlung_pos.server.console_statistics_export import (DIMENSION_LABELS, MONTHS, row_names, statistics_csv,
                                                          statistics_xlsx, table_rows)
from yarlung_pos.server.office_users import OfficeUser

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)
CHINA = timezone(timedelta(hours=8))
BAD_YEAR = web._("The year must be a number from {first} to {last}, not “{given}”.")
BAD_BY = web._("Statistics can be shown by cooperative, by category or by township, not “{given}”.")
OTHERS = web._("Others")
TYPES = {"csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "pdf": "application/pdf"}


def _query(request: Request, year: str | None, by: str | None) -> tuple[int | None, str, str | None]:
    """``(year, by, error)``: the checked query, or the translated reason it is wrong."""
    lang = web.page_language(request)
    by = by or "cooperative"
    if year is None or year == "":
        chosen = request.app.state.console.clock().astimezone(CHINA).year
    else:
        text = year.strip()
        chosen = int(text) if text.isascii() and text.isdigit() and len(text) <= 4 else None
        if chosen is None or not FIRST_YEAR <= chosen <= LAST_YEAR:
            return None, by, web.translate(lang, BAD_YEAR, first=FIRST_YEAR, last=LAST_YEAR, given=year[:20])
    if by not in DIMENSIONS:
        return chosen, by, web.translate(lang, BAD_BY, given=by[:40])
    return chosen, by, None


def _db(request: Request):
    return request.app.state.console.db


@router.get("/statistics", response_class=HTMLResponse)
def statistics_page(request: Request, who: Annotated[OfficeUser, Depends(office_user())],
                    year: str | None = None, by: str | None = None):
    """The year's table and chart of one dimension, with the links to the exports."""
    console = request.app.state.console
    chosen, by, error = _query(request, year, by)
    lang = web.page_language(request)
    values = {"dimensions": [(d, DIMENSION_LABELS[d]) for d in DIMENSIONS], "months": MONTHS,
              "year": chosen if chosen is not None else (year or "")[:20], "by": by,
              "by_label": DIMENSION_LABELS.get(by, "")}
    if error:
        return console.page("statistics.html", 400, request=request, active="/statistics", error=error,
                            rows=[], chart=None, **values)
    table: StatisticsTable = statistics_year(console.db, chosen, by)
    rows = table_rows(table)
    chart = chart_data(table, lambda r: web.name(row_names(r, table.by), lang) or r.key or "",
                       web.translate(lang, OTHERS))
    return console.page("statistics.html", request=request, active="/statistics", error=None, rows=rows,
                        chart=chart, query=f"year={chosen}&by={by}", **values)


def _export(request: Request, year: str | None, by: str | None, ext: str) -> Response:
    chosen, by, error = _query(request, year, by)
    if error:
        return PlainTextResponse(error, status_code=400)
    db, lang = _db(request), web.page_language(request)
    if ext == "csv":
        body = statistics_csv(statistics_year(db, chosen, by))
    elif ext == "xlsx":
        body = statistics_xlsx({d: statistics_year(db, chosen, d) for d in DIMENSIONS}, by, lang)
    else:
        from yarlung_pos.server.console_statistics_pdf import PdfUnavailable, statistics_pdf
        try:
            body = statistics_pdf(statistics_year(db, chosen, by), lang)
        except PdfUnavailable as exc:
            return PlainTextResponse(str(exc), status_code=503)
    return Response(body, media_type=TYPES[ext], headers={
        "Content-Disposition": f'attachment; filename="statistics-{chosen}-{by}.{ext}"',
        "Cache-Control": "no-store"})


@router.get("/statistics.csv")
def statistics_csv_file(request: Request, who: Annotated[OfficeUser, Depends(office_user())],
                        year: str | None = None, by: str | None = None):
    """The page's table as CSV (UTF-8 with BOM, yuan as text)."""
    return _export(request, year, by, "csv")


@router.get("/statistics.xlsx")
def statistics_xlsx_file(request: Request, who: Annotated[OfficeUser, Depends(office_user())],
                         year: str | None = None, by: str | None = None):
    """The year's three tables as an XLSX workbook, the ``by`` sheet first."""
    return _export(request, year, by, "xlsx")


@router.get("/statistics.pdf")
def statistics_pdf_file(request: Request, who: Annotated[OfficeUser, Depends(office_user())],
                        year: str | None = None, by: str | None = None):
    """The page's table as a PDF report (reportlab)."""
    return _export(request, year, by, "pdf")
