"""The county office's views of what the tills sent: sales by day, cooperative, category or
terminal; stock per product; terminals; Z reports of closed shifts; the tills' audit log;
home deliveries by status, county, channel or month — and their CSV form.  Read-only; amounts
are fen, times UTC ISO 8601 text.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select

from yarlung_pos.domain.delivery import POSTAGE_SKU, STATUSES
from yarlung_pos.server.common import ServiceError, json_text, terminal_code
from yarlung_pos.server.database import Database
from yarlung_pos.server.schema import (AuditEntryRow, DeliveryRow, EventRow, ProductRow, SaleLineRow, SaleRow,
                                       ShiftRow, StockMoveRow, TerminalRow)
from yarlung_pos.server.terminals import terminal_status

REPORT_KEYS = ("day", "cooperative", "category", "terminal")


def sales_report(db: Database, by: str) -> list[dict]:
    """``[{"key", "sales", "total_fen"}]`` over all terminals, sorted by key (``None`` last).
    ``sales`` counts sales (not refunds) touching the key; ``total_fen`` is net fen: sales minus
    refunds.  By day/terminal the amounts are the sales' totals; by cooperative/category they
    are the lines' nets — ``line_total_fen − discount_fen − order_discount_fen``, what the goods
    actually sold for — without the postage lines of deliveries (SKU ``POSTAGE``: no cooperative
    is owed it), so they add up to the sales' totals less their cash rounding and postage.  Raises
    :class:`ServiceError` for an unknown ``by``."""
    if by not in REPORT_KEYS:
        raise ServiceError(f"--by must be one of {', '.join(REPORT_KEYS)}, not {by!r}")
    with db.read() as s:
        if by in ("day", "terminal"):
            col = SaleRow.local_date if by == "day" else SaleRow.terminal_code
            stmt = (select(col, func.count(case((SaleRow.kind == "sale", 1))), func.sum(SaleRow.total_fen))
                    .group_by(col))
        else:
            col = SaleLineRow.category if by == "category" else SaleLineRow.cooperative
            net = SaleLineRow.line_total_fen - SaleLineRow.discount_fen - SaleLineRow.order_discount_fen
            stmt = (select(col, func.count(func.distinct(case((SaleRow.kind == "sale", SaleRow.id)))),
                           func.sum(net))
                    .join(SaleRow, SaleRow.id == SaleLineRow.sale_id).where(SaleLineRow.sku != POSTAGE_SKU)
                    .group_by(col))
        rows = [{"key": k, "sales": int(n or 0), "total_fen": int(t or 0)} for k, n, t in s.execute(stmt)]
    return sorted(rows, key=lambda r: (r["key"] is None, r["key"] or ""))


DELIVERY_KEYS = ("status", "county", "channel", "month")
DELIVERY_COLUMNS = ["key", "count", *STATUSES, "postage_fen", "postage_paid_fen", "avg_days_to_handed_over",
                    "avg_days_to_delivered"]


def _check_date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise ServiceError(f"{name} must be a date (YYYY-MM-DD), not {value[:40]!r}")


def _days(pairs: list[tuple[str, str]]) -> float | None:
    """The mean of ``later − earlier`` (UTC ISO texts) in days, one decimal (half up); ``None``
    for no pairs."""
    if not pairs:
        return None
    seconds = sum((datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() for a, b in pairs)
    return float((Decimal(str(seconds)) / 86400 / len(pairs)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def deliveries_report(db: Database, by: str, date_from: str | None = None, date_to: str | None = None) -> list[dict]:
    """Home deliveries per ``by`` (``status``, ``county``, ``channel`` or ``month``, the
    ``YYYY-MM`` of the order's terminal-local date): ``[{"key", "count", "to_pack", "packed",
    "handed_over", "delivered", "returned", "postage_fen", "postage_paid_fen",
    "avg_days_to_handed_over", "avg_days_to_delivered"}]``.  ``count`` is the deliveries, then
    how many are in each status now; ``postage_fen`` the postage charged on their sales,
    ``postage_paid_fen`` what was paid to the post office (fen); the averages are the days
    (one decimal, half up) from the order (``created_at``) to handed over / delivered, over the
    deliveries that reached that status (the till's times), ``None`` when none did.  Sorted by
    key (statuses in their order).  ``date_from``/``date_to`` (``YYYY-MM-DD``, inclusive) keep
    the orders of those terminal-local dates.  Raises :class:`ServiceError` for an unknown
    ``by`` or a malformed date."""
    if by not in DELIVERY_KEYS:
        raise ServiceError(f"by must be one of {', '.join(DELIVERY_KEYS)}, not {by!r}")
    date_from, date_to = _check_date(date_from, "from"), _check_date(date_to, "to")
    if date_from and date_to and date_from > date_to:
        raise ServiceError(f"the first date {date_from} is after the last date {date_to}")
    col = {"status": DeliveryRow.status, "county": DeliveryRow.county, "channel": DeliveryRow.channel,
           "month": func.substr(DeliveryRow.local_date, 1, 7)}[by]
    stmt = select(col, DeliveryRow.status, DeliveryRow.postage_fen, DeliveryRow.postage_paid_fen,
                  DeliveryRow.created_at, DeliveryRow.handed_over_at, DeliveryRow.delivered_at)
    if date_from:
        stmt = stmt.where(DeliveryRow.local_date >= date_from)
    if date_to:
        stmt = stmt.where(DeliveryRow.local_date <= date_to)
    groups: dict[str, dict] = {}
    with db.read() as s:
        for key, status, postage, paid, created, handed, delivered in s.execute(stmt):
            g = groups.setdefault(key, {"key": key, "count": 0, **dict.fromkeys(STATUSES, 0), "postage_fen": 0,
                                        "postage_paid_fen": 0, "_handed": [], "_delivered": []})
            g["count"] += 1
            g[status] += 1
            g["postage_fen"] += postage
            g["postage_paid_fen"] += paid or 0
            if handed:
                g["_handed"].append((created, handed))
            if delivered:
                g["_delivered"].append((created, delivered))
    order = (lambda k: STATUSES.index(k)) if by == "status" else (lambda k: k)
    out = []
    for key in sorted(groups, key=order):
        g = groups[key]
        g["avg_days_to_handed_over"] = _days(g.pop("_handed"))
        g["avg_days_to_delivered"] = _days(g.pop("_delivered"))
        out.append(g)
    return out


def _level_text(milli: int, unit: str | None) -> str:
    qty = Decimal(milli) / 1000
    if unit != "kg" and milli % 1000 == 0:
        return str(milli // 1000)
    return str(qty.quantize(Decimal("0.001")))


def stock_report(db: Database) -> list[dict]:
    """County-wide level per product, by SKU: ``[{"sku", "unit", "level", "negative"}]``,
    ``level`` a decimal string (``"3"``; kg and fractions to 3 decimals: ``"0.735"``), the sum of the stock moves of all terminals
    (products of the catalogue without moves: 0; SKUs moved but unknown to the catalogue are
    listed too, with ``unit`` ``None``)."""
    with db.read() as s:
        levels = dict(s.execute(select(StockMoveRow.sku, func.sum(StockMoveRow.qty_milli)).group_by(StockMoveRow.sku)).all())
        units = dict(s.execute(select(ProductRow.sku, ProductRow.unit)).all())
    out = []
    for sku in sorted(set(levels) | set(units)):
        milli = int(levels.get(sku) or 0)
        out.append({"sku": sku, "unit": units.get(sku), "level": _level_text(milli, units.get(sku)),
                    "negative": milli < 0})
    return out


def terminals_report(db: Database) -> list[dict]:
    """Per terminal, by code: ``[{"code", "status", "last_seen", "clock_skew_s", "events",
    "last_seq"}]`` — status, last push received, clock skew of that push (device ``sent_at`` −
    receive time, seconds), accepted events and the highest event ``seq``."""
    with db.read() as s:
        stats = {code: (n, last) for code, n, last in s.execute(
            select(EventRow.terminal_code, func.count(), func.max(EventRow.seq)).group_by(EventRow.terminal_code))}
        return [{"code": t.code, "status": terminal_status(t), "last_seen": t.last_seen_at,
                 "clock_skew_s": t.clock_skew_s,
                 "events": int(stats.get(t.code, (0, None))[0]), "last_seq": stats.get(t.code, (0, None))[1]}
                for t in s.scalars(select(TerminalRow).order_by(TerminalRow.code))]


def _filter_text(value: str | None, name: str, limit: int) -> str | None:
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ServiceError(f"{name} must be valid Unicode (no lone surrogates)") from None
    if not 0 < len(value) <= limit or "\x00" in value:
        raise ServiceError(f"{name} must be 1–{limit} characters without NUL")
    return value


SHIFT_COLUMNS = ["terminal", "number", "shift", "closed_at", "closed_by", "expected_cash_fen", "counted_cash_fen",
                 "over_short_fen"]


def shifts_report(db: Database, terminal: str | None = None) -> list[dict]:
    """The Z reports of closed shifts, ``[{"terminal", "number", "shift", "closed_at",
    "closed_by", "expected_cash_fen", "counted_cash_fen", "over_short_fen", "net_by_method"}]``
    sorted by terminal and Z number; ``closed_at`` is the till's time in UTC (ISO 8601),
    amounts are fen, ``net_by_method`` maps a payment method to its net (sales + refunds).
    ``terminal`` (a code) keeps that terminal's only; raises :class:`ServiceError` for a
    malformed code."""
    stmt = select(ShiftRow).order_by(ShiftRow.terminal_code, ShiftRow.number)
    if terminal is not None:
        stmt = stmt.where(ShiftRow.terminal_code == terminal_code(terminal))
    with db.read() as s:
        return [{"terminal": z.terminal_code, "number": z.number, "shift": z.shift, "closed_at": z.closed_at,
                 "closed_by": z.closed_by, "expected_cash_fen": z.expected_cash_fen,
                 "counted_cash_fen": z.counted_cash_fen, "over_short_fen": z.over_short_fen,
                 "net_by_method": {x["method"]: x["net_fen"] for x in json.loads(z.by_method)}}
                for z in s.scalars(stmt)]


def shifts_table(rows: list[dict]) -> tuple[list[dict], list[str]]:
    """:func:`shifts_report` rows flattened for CSV and the text table: ``net_by_method``
    becomes one column ``net_<method>_fen`` per method found in ``rows`` (sorted; empty where a
    shift had no such payments).  Returns ``(rows, columns)``."""
    methods = sorted({method for r in rows for method in r["net_by_method"]})
    flat = [{**{c: r[c] for c in SHIFT_COLUMNS}, **{f"net_{k}_fen": r["net_by_method"].get(k) for k in methods}}
            for r in rows]
    return flat, SHIFT_COLUMNS + [f"net_{k}_fen" for k in methods]


AUDIT_COLUMNS = ["uuid", "terminal", "at", "user", "action", "approved_by", "details"]


def audit_report(db: Database, terminal: str | None = None, action: str | None = None) -> list[dict]:
    """The tills' audit log, ``[{"uuid", "terminal", "at", "user", "action", "approved_by",
    "details"}]`` oldest first (``at`` is the till's time in UTC, ISO 8601; ``details`` the
    entry's JSON object).  ``terminal`` (a code) and ``action`` (exact, e.g. ``refund``) keep
    the matching entries only; raises :class:`ServiceError` for a malformed filter."""
    stmt = select(AuditEntryRow).order_by(AuditEntryRow.at, AuditEntryRow.terminal_code, AuditEntryRow.id)
    if terminal is not None:
        stmt = stmt.where(AuditEntryRow.terminal_code == terminal_code(terminal))
    action = _filter_text(action, "action", 64)
    if action is not None:
        stmt = stmt.where(AuditEntryRow.action == action)
    with db.read() as s:
        return [{"uuid": e.uuid, "terminal": e.terminal_code, "at": e.at, "user": e.user_name, "action": e.action,
                 "approved_by": e.approved_by, "details": json.loads(e.details)} for e in s.scalars(stmt)]


def audit_table(rows: list[dict]) -> tuple[list[dict], list[str]]:
    """:func:`audit_report` rows for CSV and the text table: ``details`` as compact JSON text.
    Returns ``(rows, columns)``."""
    return [{**r, "details": json_text(r["details"])} for r in rows], AUDIT_COLUMNS


def to_csv(rows: list[dict], columns: list[str]) -> str:
    """``rows`` as CSV text with a header row of ``columns`` (``None`` → empty, booleans → 1/0)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if r[c] is None else (int(r[c]) if isinstance(r[c], bool) else r[c]) for c in columns])
    return buf.getvalue()
