"""The figures of the console's cooperative pages (issue #17): net sales per cooperative for a
period with its share and the change on the period before; one cooperative's months (settled
and unsettled), top products, settlements and the stock of its goods at each terminal.

Net is what the goods sold for, as ``report sales --by cooperative``
(:func:`yarlung_pos.server.reports.sales_report`): Σ ``line_total_fen − discount_fen −
order_discount_fen`` of the cooperative's sale lines, refund lines negative, postage lines
(``POSTAGE``) left out.  Periods are the tills' local dates (``sales.local_date``), inclusive.
A month's lines are **settled** when their sale is named by a settlement of that cooperative
(``settlement_sales``), else **unsettled**.  Money in fen, quantities in thousandths
(``*_milli``) with a decimal text beside them.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select

from yarlung_pos.domain.delivery import POSTAGE_SKU
from yarlung_pos.server.console import PageRefused
from yarlung_pos.server.database import Database
from yarlung_pos.server.schema import CooperativeRow, ProductRow, SaleLineRow, SaleRow, StockMoveRow
from yarlung_pos.server.schema_settlements import SettlementRow, SettlementSaleRow
from yarlung_pos.server.settlements import settlements_report
from yarlung_pos.server.web import _

NET = SaleLineRow.line_total_fen - SaleLineRow.discount_fen - SaleLineRow.order_discount_fen
MAX_DAYS = 3660
BAD_PERIOD = _("The period must be two dates (YYYY-MM-DD), the first not after the second, at most ten years apart.")
BAD_YEAR = _("The year must be between 2000 and 2100.")


@dataclass(frozen=True)
class Period:
    """Till-local dates ``start``–``end``, inclusive."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def before(self) -> Period:
        """The period of the same length just before: the same number of whole calendar months
        when this one is whole months (March → February), else the same number of days."""
        last = calendar.monthrange(self.end.year, self.end.month)[1]
        if self.start.day == 1 and self.end.day == last:
            months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            index = self.start.year * 12 + self.start.month - 1 - months
            start = date(index // 12, index % 12 + 1, 1)
            return Period(start, self.start - timedelta(days=1))
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))


def month_of(today: date) -> Period:
    """The calendar month of ``today``, first to last day."""
    return Period(today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1]))


def parse_period(start: str | None, end: str | None, default: Period) -> Period:
    """The period of the query's ``from``/``to`` (``YYYY-MM-DD``; a missing one from
    ``default``).  Raises :class:`PageRefused` 400 for a malformed date, a start after the end
    or more than :data:`MAX_DAYS` days."""
    try:
        a = date.fromisoformat(start.strip()) if start and start.strip() else default.start
        b = date.fromisoformat(end.strip()) if end and end.strip() else default.end
    except ValueError:
        raise PageRefused(400, BAD_PERIOD) from None
    if a > b or (b - a).days >= MAX_DAYS:
        raise PageRefused(400, BAD_PERIOD)
    return Period(a, b)


def parse_year(text: str | None, default: int) -> int:
    """The query's ``year`` (else ``default``); raises :class:`PageRefused` 400 outside 2000–2100."""
    if not text or not text.strip():
        return default
    if not text.strip().isdigit() or not 2000 <= int(text) <= 2100:
        raise PageRefused(400, BAD_YEAR)
    return int(text)


def _lines(period: Period | None = None, code: str | None = None):
    """A select of the non-postage sale lines (joined to their sale) of ``period`` / ``code``."""
    stmt = select().select_from(SaleLineRow).join(SaleRow, SaleRow.id == SaleLineRow.sale_id).where(
        SaleLineRow.sku != POSTAGE_SKU)
    if period is not None:
        stmt = stmt.where(SaleRow.local_date >= period.start.isoformat(), SaleRow.local_date <= period.end.isoformat())
    if code is not None:
        stmt = stmt.where(SaleLineRow.cooperative == code)
    return stmt


def _net_by_cooperative(s, period: Period) -> dict[str, int]:
    stmt = _lines(period).add_columns(SaleLineRow.cooperative, func.sum(NET)).where(
        SaleLineRow.cooperative.is_not(None)).group_by(SaleLineRow.cooperative)
    return {code: int(net or 0) for code, net in s.execute(stmt)}


def share_text(part_fen: int, total_fen: int) -> str:
    """``part_fen`` as a percentage of ``total_fen`` with one decimal, half up (``"12.5%"``);
    ``"—"`` when the total is not positive."""
    if total_fen <= 0:
        return "—"
    return f"{(Decimal(part_fen) * 100 / total_fen).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"


def _names(row, prefix: str = "name") -> dict:
    return {f"{prefix}_{k}": getattr(row, f"{prefix}_{k}") for k in ("bo", "zh", "en")}


def cooperatives_sales(db: Database, period: Period) -> dict:
    """Every cooperative of the catalogue with its net in ``period`` and in the period before
    (:meth:`Period.before`): ``{"rows": [{"code", "name_bo|zh|en", "town_bo|zh|en", "net_fen",
    "previous_fen", "share"}], "total_fen", "previous_total_fen", "previous": Period}``,
    rows by net (largest first), then code; ``share`` the text of the row's part of
    ``total_fen`` (the sum of the rows)."""
    before = period.before()
    with db.read(snapshot=True) as s:
        now, then = _net_by_cooperative(s, period), _net_by_cooperative(s, before)
        rows = [{"code": c.code, **_names(c), **_names(c, "town"), "net_fen": now.get(c.code, 0),
                 "previous_fen": then.get(c.code, 0)} for c in s.scalars(select(CooperativeRow))]
    total = sum(r["net_fen"] for r in rows)
    for r in rows:
        r["share"] = share_text(r["net_fen"], total)
    rows.sort(key=lambda r: (-r["net_fen"], r["code"]))
    return {"rows": rows, "total_fen": total, "previous_total_fen": sum(r["previous_fen"] for r in rows),
            "previous": before}


def find_cooperative(db: Database, code: str) -> dict | None:
    """``{"code", "name_*", "town_*"}`` of cooperative ``code`` (case-insensitive), else ``None``."""
    code = (code or "").strip().upper()
    if not code or len(code) > 32:
        return None
    with db.read() as s:
        c = s.get(CooperativeRow, code)
        return None if c is None else {"code": c.code, **_names(c), **_names(c, "town")}


def _settled_sales(code: str):
    return (select(SettlementSaleRow.sale_uuid).join(SettlementRow, SettlementRow.id == SettlementSaleRow.settlement_id)
            .where(SettlementRow.cooperative == code))


def monthly_sales(db: Database, code: str, year: int) -> list[dict]:
    """The twelve months of ``year`` for cooperative ``code``: ``[{"month": "YYYY-MM",
    "net_fen", "settled_fen", "unsettled_fen"}]``; net = settled + unsettled (see the module)."""
    month = func.substr(SaleRow.local_date, 1, 7)
    settled = func.sum(case((SaleRow.uuid.in_(_settled_sales(code)), NET), else_=0))
    stmt = (_lines(Period(date(year, 1, 1), date(year, 12, 31)), code)
            .add_columns(month, func.sum(NET), settled).group_by(month))
    with db.read(snapshot=True) as s:
        found = {m: (int(n or 0), int(st or 0)) for m, n, st in s.execute(stmt)}
    out = []
    for m in range(1, 13):
        key = f"{year}-{m:02d}"
        net, part = found.get(key, (0, 0))
        out.append({"month": key, "net_fen": net, "settled_fen": part, "unsettled_fen": net - part})
    return out


def qty_text(milli: int, unit: str | None = None) -> str:
    """Thousandths as a decimal text: whole numbers without decimals (``3``), else three
    (``0.735``); kg always three."""
    if unit != "kg" and milli % 1000 == 0:
        return str(milli // 1000)
    return f"{Decimal(milli) / 1000:.3f}"


def top_products(db: Database, code: str, period: Period, limit: int = 10) -> list[dict]:
    """Cooperative ``code``'s products by net in ``period`` (largest first, then SKU), at most
    ``limit``: ``[{"sku", "name_bo|zh|en", "unit", "qty_milli", "qty", "net_fen"}]`` — the
    quantity is net of refunds; names as last sold."""
    net = func.sum(NET)
    stmt = (_lines(period, code)
            .add_columns(SaleLineRow.sku, func.max(SaleLineRow.name_bo), func.max(SaleLineRow.name_zh),
                         func.max(SaleLineRow.name_en), func.max(SaleLineRow.unit), func.sum(SaleLineRow.qty_milli),
                         net)
            .group_by(SaleLineRow.sku).order_by(net.desc(), SaleLineRow.sku).limit(limit))
    with db.read() as s:
        rows = s.execute(stmt).all()
    return [{"sku": sku, "name_bo": bo, "name_zh": zh, "name_en": en, "unit": unit, "qty_milli": int(q or 0),
             "qty": qty_text(int(q or 0), unit), "net_fen": int(n or 0)} for sku, bo, zh, en, unit, q, n in rows]


def settlements_of(db: Database, code: str) -> list[dict]:
    """Cooperative ``code``'s settlements (:func:`settlements.settlements_report`)."""
    return settlements_report(db, code)


def stock_of(db: Database, code: str) -> dict:
    """The level of each of cooperative ``code``'s products (the catalogue's) at each terminal
    that moved any of them: ``{"terminals": [codes], "rows": [{"sku", "name_bo|zh|en", "unit",
    "levels": {terminal: text}, "total": text, "negative": bool}]}`` by SKU; a level is the sum
    of that terminal's stock moves (``stock_moves``), ``"0"`` where it moved none."""
    with db.read(snapshot=True) as s:
        products = [{"sku": p.sku, **_names(p), "unit": p.unit} for p in
                    s.scalars(select(ProductRow).where(ProductRow.cooperative == code).order_by(ProductRow.sku))]
        moved = s.execute(select(StockMoveRow.sku, StockMoveRow.terminal_code, func.sum(StockMoveRow.qty_milli))
                          .join(ProductRow, ProductRow.sku == StockMoveRow.sku).where(ProductRow.cooperative == code)
                          .group_by(StockMoveRow.sku, StockMoveRow.terminal_code)).all()
    levels: dict[str, dict[str, int]] = {}
    for sku, terminal, milli in moved:
        levels.setdefault(sku, {})[terminal] = int(milli or 0)
    terminals = sorted({t for by in levels.values() for t in by})
    rows = []
    for p in products:
        by = levels.get(p["sku"], {})
        total = sum(by.values())
        rows.append({**p, "levels": {t: qty_text(by.get(t, 0), p["unit"]) for t in terminals},
                     "total": qty_text(total, p["unit"]), "negative": total < 0})
    return {"terminals": terminals, "rows": rows}
