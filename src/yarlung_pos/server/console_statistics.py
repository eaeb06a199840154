"""Statistics for the county's Agriculture and Rural Affairs Bureau (issue #17): a year of net
sales by cooperative, category or township × month, and the chart of it.

**Net** is exactly :func:`reports.sales_report`'s by cooperative/category: Σ of the sale lines'
``line_total_fen − discount_fen − order_discount_fen`` (refund lines are negative already),
without the postage lines of deliveries (SKU ``POSTAGE``), by the sale's terminal-local date
``sales.local_date`` — so a year's row totals add up to ``report sales --by cooperative`` over
that year's sales.  A **township** is the cooperative's ``town_bo/town_zh/town_en`` (the
cooperatives of one town add up); lines whose SKU was unknown (no cooperative, no category)
are the row with ``key`` ``None``.

The nets come from ``sales_months`` (:mod:`~yarlung_pos.server.sales_months`: kept by push,
the same definition, a few thousand rows a year however many sales), grouped by key and
month; townships are folded from the cooperatives in Python.
Amounts are integer fen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from yarlung_pos.server.common import ServiceError
from yarlung_pos.server.database import Database
from yarlung_pos.server.sales_months import SalesMonthRow
from yarlung_pos.server.schema import CategoryRow, CooperativeRow

#: the dimensions of the statistics, in the order of the page's tabs and the workbook's sheets
DIMENSIONS = ("cooperative", "category", "township")
FIRST_YEAR, LAST_YEAR = 2000, 2100
#: how many rows the chart shows by name; the rest are summed into "others"
CHART_ROWS = 8


@dataclass
class StatisticsRow:
    """One row: ``key`` (cooperative or category code, a township's Chinese name — else its
    English, else Tibetan; ``None`` for lines of SKUs unknown to the catalogue), its names,
    net fen per month (``months[0]`` January … ``months[11]`` December) and the year's total."""

    key: str | None
    name_bo: str
    name_zh: str
    name_en: str
    months: list[int] = field(default_factory=lambda: [0] * 12)
    total_fen: int = 0


@dataclass
class StatisticsTable:
    """A year by ``by`` × month: ``rows`` sorted by total (largest first, then key), every
    cooperative / category / township of the catalogue included (zeros too); ``month_totals``
    the column totals (12 fen ints) and ``total_fen`` the year's net."""

    year: int
    by: str
    rows: list[StatisticsRow]
    month_totals: list[int]
    total_fen: int


def check_year(year: int) -> int:
    """``year`` if it is an int in 2000–2100, else :class:`ServiceError`."""
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ServiceError(f"year must be {FIRST_YEAR}–{LAST_YEAR}, not {year!r}")
    return year


def check_by(by: str) -> str:
    """``by`` if it is one of :data:`DIMENSIONS`, else :class:`ServiceError`."""
    if by not in DIMENSIONS:
        raise ServiceError(f"by must be one of {', '.join(DIMENSIONS)}, not {str(by)[:40]!r}")
    return by


def _township_key(coop) -> str:
    return coop.town_zh or coop.town_en or coop.town_bo or ""


def statistics_year(db: Database, year: int, by: str) -> StatisticsTable:
    """Net sales of ``year`` (2000–2100) by ``by`` (``cooperative``, ``category`` or
    ``township``) × month, in fen (see the module's docstring for the definition).  Raises
    :class:`ServiceError` for a year out of range or an unknown ``by``."""
    check_year(year)
    check_by(by)
    col = SalesMonthRow.category if by == "category" else SalesMonthRow.cooperative
    stmt = (select(col, SalesMonthRow.month, func.sum(SalesMonthRow.net_fen))
            .where(SalesMonthRow.month >= f"{year:04d}-01", SalesMonthRow.month <= f"{year:04d}-12")
            .group_by(col, SalesMonthRow.month))
    with db.read(snapshot=True) as s:
        sums = [(key or None, int(m[5:7]), int(total or 0)) for key, m, total in s.execute(stmt)]
        if by == "category":
            named = s.execute(select(CategoryRow.code, CategoryRow.name_bo, CategoryRow.name_zh,
                                     CategoryRow.name_en)).all()
        else:
            named = s.execute(select(CooperativeRow.code, CooperativeRow.name_bo, CooperativeRow.name_zh,
                                     CooperativeRow.name_en, CooperativeRow.town_bo, CooperativeRow.town_zh,
                                     CooperativeRow.town_en)).all()
    rows: dict[str | None, StatisticsRow] = {}
    if by == "township":
        town_of = {}
        for coop in named:
            town_of[coop.code] = _township_key(coop)
            rows.setdefault(_township_key(coop), StatisticsRow(_township_key(coop), coop.town_bo, coop.town_zh,
                                                               coop.town_en))
    else:
        for row in named:
            rows[row.code] = StatisticsRow(row.code, row.name_bo, row.name_zh, row.name_en)
    for key, m, total in sums:
        if by == "township":
            key = town_of.get(key) if key is not None else None  # a code gone from the catalogue: unknown
        row = rows.get(key)
        if row is None:  # an unknown SKU (key None) or a code the catalogue no longer has
            row = rows[key] = StatisticsRow(key, "", "", "")
        row.months[m - 1] += total
    for row in rows.values():
        row.total_fen = sum(row.months)
    ordered = sorted(rows.values(), key=lambda r: (-r.total_fen, r.key is None, r.key or ""))
    month_totals = [sum(r.months[i] for r in ordered) for i in range(12)]
    return StatisticsTable(year, by, ordered, month_totals, sum(month_totals))


def chart_data(table: StatisticsTable, label_of, others_label: str) -> dict:
    """The chart of ``table`` for ``static/charts.js``: stacked bars by month of the
    :data:`CHART_ROWS` largest rows with sales and one dataset ``others_label`` for the rest
    (if any), money in fen, labelled ``01`` … ``12``.  ``label_of(row)`` names a row."""
    shown = [r for r in table.rows if r.total_fen or any(r.months)]
    top, rest = shown[:CHART_ROWS], shown[CHART_ROWS:]
    datasets = [{"label": label_of(r), "data": list(r.months)} for r in top]
    if rest:
        datasets.append({"label": others_label, "data": [sum(r.months[i] for r in rest) for i in range(12)]})
    return {"type": "bar", "stacked": True, "money": True,
            "labels": [f"{i:02d}" for i in range(1, 13)], "datasets": datasets}
