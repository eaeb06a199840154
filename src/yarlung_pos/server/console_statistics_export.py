"""The bureau's statistics as files (issue #17): CSV and an XLSX workbook (openpyxl).

* **CSV** (:func:`statistics_csv`): UTF-8 with a byte-order mark (Excel opens it as UTF-8),
  columns ``key, name_bo, name_zh, name_en, 01 … 12, total``, one row per row of the table then
  a totals row (``key`` empty, the names ``Total`` in each language); amounts are yuan with two
  decimals as text (``1234.56``, ``-3.00``), from integer fen — never a float.
* **XLSX** (:func:`statistics_xlsx`): one sheet per dimension (cooperative, category,
  township — all three whatever ``by`` is), the ``by`` sheet first and active, the others in
  :data:`DIMENSIONS` order; each sheet a header row (code, Tibetan, Chinese and English name,
  ``01`` … ``12``, total), the rows, and a totals row; amounts are numbers ``Decimal(fen)/100``
  formatted ``#,##0.00``.

Labels (headers, sheet titles, "Total", the row of SKUs unknown to the catalogue) are English
source strings translated with :func:`web.translate` in the page's language; the names of a
total or unknown row are those strings in each of the three languages.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from yarlung_pos.domain.money import format_fen
from yarlung_pos.server import web
from yarlung_pos.server.console_statistics import DIMENSIONS, StatisticsRow, StatisticsTable

TOTAL = web._("Total")
UNKNOWN = web._("Not in the catalogue")
NO_TOWNSHIP = web._("No township given")
#: a dimension's label (tabs, sheet titles, the PDF's headings)
DIMENSION_LABELS = {"cooperative": web._("By cooperative"), "category": web._("By category"),
                    "township": web._("By township")}
KEY_LABELS = {"cooperative": web._("Cooperative code"), "category": web._("Category code"),
              "township": web._("Township")}
NAME_HEADERS = (web._("Tibetan name"), web._("Chinese name"), web._("English name"))
#: the page language whose translation fills each name column of a total or unknown row
NAME_LANGUAGES = (("name_bo", "bo"), ("name_zh", "zh_CN"), ("name_en", "en"))
MONTHS = [f"{m:02d}" for m in range(1, 13)]
CSV_COLUMNS = ["key", "name_bo", "name_zh", "name_en", *MONTHS, "total"]


def yuan_text(fen: int) -> str:
    """``fen`` as plain yuan text with two decimals, no grouping, no sign: ``-300`` → ``"-3.00"``."""
    return format_fen(int(fen), sign=False, group=False)


def label_names(message: str) -> dict[str, str]:
    """``{"name_bo", "name_zh", "name_en"}``: ``message`` translated into each language."""
    return {field: web.translate(lang, message) for field, lang in NAME_LANGUAGES}


def row_names(row: StatisticsRow, by: str) -> dict[str, str]:
    """The three names of ``row``: its own, or for the row of unknown SKUs / a township left
    empty in the catalogue the translated label in each language."""
    if row.key is None:
        return label_names(UNKNOWN)
    if by == "township" and not (row.name_bo or row.name_zh or row.name_en):
        return label_names(NO_TOWNSHIP)
    return {"name_bo": row.name_bo, "name_zh": row.name_zh, "name_en": row.name_en}


def table_rows(table: StatisticsTable) -> list[dict]:
    """The rows of ``table`` then its totals row, each ``{"key", "name_bo", "name_zh",
    "name_en", "months" (12 fen), "total_fen", "is_total"}`` — what the page, the CSV, the
    workbook and the PDF show (``key`` ``None`` for the totals row and the row of unknown SKUs;
    files write it empty)."""
    out = [{"key": r.key, **row_names(r, table.by), "months": list(r.months), "total_fen": r.total_fen,
            "is_total": False} for r in table.rows]
    out.append({"key": None, **label_names(TOTAL), "months": list(table.month_totals), "total_fen": table.total_fen,
                "is_total": True})
    return out


def statistics_csv(table: StatisticsTable) -> bytes:
    """``table`` as CSV bytes (UTF-8 with BOM), see the module's docstring."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for r in table_rows(table):
        w.writerow([r["key"] or "", r["name_bo"], r["name_zh"], r["name_en"], *map(yuan_text, r["months"]),
                    yuan_text(r["total_fen"])])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def sheet_title(label: str) -> str:
    """``label`` as an Excel sheet title: at most 31 characters, without ``[]:*?/\\``."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in label).strip() or "Sheet"
    return cleaned[:31]


def statistics_xlsx(tables: dict[str, StatisticsTable], by: str, lang: str) -> bytes:
    """The workbook of ``tables`` (one :class:`StatisticsTable` per dimension of
    :data:`DIMENSIONS`, all of the same year) as XLSX bytes, labels in ``lang``; the ``by``
    sheet first and active.  See the module's docstring."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for dim in (by, *(d for d in DIMENSIONS if d != by)):
        table = tables[dim]
        sheet = book.create_sheet(sheet_title(web.translate(lang, DIMENSION_LABELS[dim])))
        sheet.append([web.translate(lang, KEY_LABELS[dim]), *(web.translate(lang, h) for h in NAME_HEADERS),
                      *MONTHS, web.translate(lang, TOTAL)])
        for cell in sheet[1]:
            cell.font = bold
        for r in table_rows(table):
            sheet.append([r["key"] or "", r["name_bo"], r["name_zh"], r["name_en"],
                          *(Decimal(fen) / 100 for fen in r["months"]), Decimal(r["total_fen"]) / 100])
            if r["is_total"]:
                for cell in sheet[sheet.max_row]:
                    cell.font = bold
        for row in sheet.iter_rows(min_row=2, min_col=5, max_col=17):
            for cell in row:
                cell.number_format = "#,##0.00"
        for col, width in zip(range(1, 18), (14, 36, 30, 40, *([13] * 13))):
            sheet.column_dimensions[get_column_letter(col)].width = width
        for row in sheet.iter_rows(min_row=2, min_col=2, max_col=4):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "E2"
    book.active = 0
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()
