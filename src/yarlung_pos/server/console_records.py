"""What the console's record pages show (issue #17, item 6): closed shifts and their Z
reports, the tills' audit log and home deliveries, filtered and a page at a time.

Read-only.  Every function takes the page's raw filter texts (``None`` or ``""`` for "any"),
checks them with :func:`filters` and raises :class:`~yarlung_pos.server.console.PageRefused`
(status 400, an English source string of the console's catalogue) for a bad one: a date that
is not ``YYYY-MM-DD``, a first date after the last, a malformed terminal code, a text longer
than :data:`MAX_TEXT` or holding NUL, a page that is not a whole number ≥ 1.

Dates filter on the **till's local date** (its UTC offset at the time): of ``closed_at`` for a
Z report, of ``at`` for an audit entry, the stored ``local_date`` of a delivery's order.
Times stay UTC ISO 8601 text, with their ``utc_offset_min``; :func:`local_time` shows one as the
till's clock showed it.  Money is fen.  Personal data of deliveries is masked as the API's
list masks it (``domain.delivery.mask_phone``/``mask_text``) for every role: the console never
shows a full phone number or street.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, or_, select

from yarlung_pos.domain import delivery as rules
from yarlung_pos.server import reports, web
from yarlung_pos.server.common import ServiceError, iso, terminal_code
from yarlung_pos.server.console import PageRefused
from yarlung_pos.server.database import Database
from yarlung_pos.server.schema import AuditEntryRow, DeliveryHistoryRow, DeliveryRow, ShiftRow

#: rows on one page of a list
PAGE_SIZE = 50
#: the longest free text of a filter (action, user, search), characters
MAX_TEXT = 64
#: the widest UTC offset a till may have, minutes (a local date spans these around UTC)
_WIDEST_OFFSET = timedelta(hours=14)

BAD_DATE = web._("The date “{value}” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-29.")
BAD_RANGE = web._("The first date {first} is after the last date {last}.")
BAD_TERMINAL = web._("“{value}” is not a terminal code: 1–16 letters, digits, “-” or “_”.")
BAD_TEXT = web._("A search text must be at most {limit} characters, without control characters.")
BAD_PAGE = web._("The page must be a whole number from 1.")
BAD_STATUS = web._("“{value}” is not a delivery status.")
BAD_CHANNEL = web._("“{value}” is not an order channel.")


@dataclass
class Filters:
    """Checked filters: ``terminal`` (a code), ``date_from``/``date_to`` (ISO dates,
    inclusive), ``text`` (other bounded texts by name: ``action``, ``user``, ``status``,
    ``channel``, ``q``) and ``page`` (≥ 1); ``None`` for "any"."""

    terminal: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: dict[str, str | None] = field(default_factory=dict)
    page: int = 1


@dataclass
class Listing:
    """One page of a list: ``rows`` (dicts), ``total`` rows matching, ``page`` (1-based),
    ``pages`` (≥ 1), and ``extra`` (a list's own additions, e.g. the actions present)."""

    rows: list[dict]
    total: int
    page: int
    pages: int
    extra: dict[str, Any] = field(default_factory=dict)


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _date(value: str | None) -> str | None:
    value = _blank(value)
    try:
        return reports._check_date(value, "date")  # the reports' rule: YYYY-MM-DD, a real day
    except ServiceError:
        raise PageRefused(400, BAD_DATE, value=value[:40]) from None


def _text(value: str | None) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    if len(value) > MAX_TEXT or any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise PageRefused(400, BAD_TEXT, limit=str(MAX_TEXT))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PageRefused(400, BAD_TEXT, limit=str(MAX_TEXT)) from None
    return value


def filters(terminal: str | None = None, date_from: str | None = None, date_to: str | None = None,
            page: str | int | None = None, **text: str | None) -> Filters:
    """The checked :class:`Filters` of raw texts (blank → any).  ``terminal`` is normalised
    with :func:`common.terminal_code` (``" t01 "`` → ``"T01"``).  Raises :class:`PageRefused`
    (400) for a bad one."""
    code = _blank(terminal)
    if code is not None:
        try:
            code = terminal_code(code)
        except ServiceError:
            raise PageRefused(400, BAD_TERMINAL, value=code[:40]) from None
    first, last = _date(date_from), _date(date_to)
    if first and last and first > last:
        raise PageRefused(400, BAD_RANGE, first=first, last=last)
    number = 1
    if _blank(str(page) if page is not None else None) is not None:
        try:
            number = int(str(page).strip())
        except ValueError:
            raise PageRefused(400, BAD_PAGE) from None
        if not 1 <= number <= 1_000_000:
            raise PageRefused(400, BAD_PAGE)
    return Filters(code, first, last, {k: _text(v) for k, v in text.items()}, number)


def local_time(at: str | None, offset_min: int | None) -> str:
    """UTC ISO text ``at`` as the till's clock showed it: ``"2026-11-29 14:05 +08:00"``
    (``"—"`` for ``None``; the UTC time when the offset cannot be applied)."""
    if not at:
        return "—"
    moment = datetime.fromisoformat(at)
    try:
        local = moment.astimezone(timezone(timedelta(minutes=offset_min or 0)))
    except (OverflowError, ValueError):
        local = moment.astimezone(UTC)
    return local.strftime("%Y-%m-%d %H:%M %z")[:-2] + ":" + local.strftime("%z")[-2:]


def _local_date(at: str, offset_min: int) -> str:
    moment = datetime.fromisoformat(at)
    try:
        return moment.astimezone(timezone(timedelta(minutes=offset_min))).date().isoformat()
    except (OverflowError, ValueError):
        return moment.astimezone(UTC).date().isoformat()


def _window(column, f: Filters):
    """SQL conditions keeping the UTC times ``column`` that may fall on the local dates of
    ``f`` at any offset (widened by 14 hours; :func:`_in_dates` decides exactly)."""
    out = []
    if f.date_from:
        start = datetime.fromisoformat(f.date_from).replace(tzinfo=UTC) - _WIDEST_OFFSET
        out.append(column >= iso(start))
    if f.date_to:
        end = datetime.fromisoformat(f.date_to).replace(tzinfo=UTC) + timedelta(days=1) + _WIDEST_OFFSET
        out.append(column < iso(end))
    return out


def _in_dates(local: str, f: Filters) -> bool:
    return (not f.date_from or local >= f.date_from) and (not f.date_to or local <= f.date_to)


def _select_page(s, model, conditions: list, order: tuple, f: Filters, time_column=None) -> tuple[list, int]:
    """The ORM rows of ``model`` on page ``f.page`` (in ``order``, :data:`PAGE_SIZE` a page)
    among those meeting ``conditions``, and how many meet them.  With ``time_column`` (a UTC
    time beside the row's ``utc_offset_min``) and dates in ``f``, the rows are those of the
    till's local dates: the ids of the SQL window are checked here, then the page's rows read."""
    start = (f.page - 1) * PAGE_SIZE
    if time_column is None or not (f.date_from or f.date_to):
        total = s.scalar(select(func.count()).select_from(model).where(*conditions))
        rows = s.scalars(select(model).where(*conditions).order_by(*order).offset(start).limit(PAGE_SIZE))
        return list(rows), int(total or 0)
    ids = [i for i, at, offset in s.execute(select(model.id, time_column, model.utc_offset_min)
                                            .where(*conditions, *_window(time_column, f)).order_by(*order))
           if _in_dates(_local_date(at, offset), f)]
    chosen = ids[start:start + PAGE_SIZE]
    found = {r.id: r for r in s.scalars(select(model).where(model.id.in_(chosen)))} if chosen else {}
    return [found[i] for i in chosen], len(ids)


def _listing(rows: list[dict], total: int, f: Filters, **extra: Any) -> Listing:
    return Listing(rows, total, f.page, max(1, -(-total // PAGE_SIZE)), extra)


def _terminals(s, column) -> list[str]:
    return list(s.scalars(select(column).distinct().order_by(column)))


# ---------------------------------------------------------------- shifts

def _shift(z: ShiftRow, full: bool = False) -> dict:
    by_method = json.loads(z.by_method)
    out = {"terminal": z.terminal_code, "number": z.number, "shift": z.shift, "opened_at": z.opened_at,
           "closed_at": z.closed_at, "utc_offset_min": z.utc_offset_min,
           "opened": local_time(z.opened_at, z.utc_offset_min), "closed": local_time(z.closed_at, z.utc_offset_min),
           "local_date": _local_date(z.closed_at, z.utc_offset_min), "opened_by": z.opened_by,
           "closed_by": z.closed_by, "sales_count": z.sales_count, "refunds_count": z.refunds_count,
           "expected_cash_fen": z.expected_cash_fen, "counted_cash_fen": z.counted_cash_fen,
           "over_short_fen": z.over_short_fen, "discounts_fen": z.discounts_fen,
           "net_by_method": {x["method"]: x["net_fen"] for x in by_method}}
    if full:
        counted = sorted(((int(k), int(n)) for k, n in json.loads(z.counted).items()), reverse=True)
        out.update(float_fen=z.float_fen, cash_in_fen=z.cash_in_fen, cash_out_fen=z.cash_out_fen,
                   rounding_fen=z.rounding_fen, received_at=z.received_at, by_method=by_method,
                   counted=[{"denomination_fen": d, "count": n, "total_fen": d * n} for d, n in counted],
                   counted_total_fen=sum(d * n for d, n in counted))
    return out


def shifts(db: Database, f: Filters) -> Listing:
    """Closed shifts newest first (``closed_at``), of terminal ``f.terminal`` and closed on the
    till's local dates ``f.date_from``…``f.date_to``: rows ``{"terminal", "number" (Z),
    "shift", "opened_at", "closed_at" (UTC ISO), "utc_offset_min", "opened", "closed" (local
    time text), "local_date", "opened_by", "closed_by", "sales_count", "refunds_count",
    "expected_cash_fen", "counted_cash_fen", "over_short_fen", "discounts_fen",
    "net_by_method": {method: net fen}}``; ``extra``: ``terminals`` (codes with shifts),
    ``methods`` (the methods of the page's rows, sorted)."""
    conditions = [ShiftRow.terminal_code == f.terminal] if f.terminal else []
    order = (ShiftRow.closed_at.desc(), ShiftRow.terminal_code, ShiftRow.number.desc())
    with db.read() as s:
        found, total = _select_page(s, ShiftRow, conditions, order, f, ShiftRow.closed_at)
        rows = [_shift(z) for z in found]
        terminals = _terminals(s, ShiftRow.terminal_code)
    return _listing(rows, total, f, terminals=terminals,
                    methods=sorted({k for r in rows for k in r["net_by_method"]}))


def z_report(db: Database, terminal: str, number: str) -> dict | None:
    """The full Z report ``number`` of ``terminal``: the row of :func:`shifts` plus
    ``float_fen``, ``cash_in_fen``, ``cash_out_fen``, ``rounding_fen``, ``received_at``,
    ``by_method`` ``[{"method", "sales_fen", "refunds_fen", "net_fen"}]``, ``counted``
    ``[{"denomination_fen", "count", "total_fen"}]`` (largest note first) and
    ``counted_total_fen``; ``None`` when there is none (or the code is malformed)."""
    try:
        code = terminal_code(terminal)
    except ServiceError:
        return None
    with db.read() as s:
        z = s.scalars(select(ShiftRow).where(ShiftRow.terminal_code == code,
                                             ShiftRow.number == number[:32])).first()
        return _shift(z, full=True) if z is not None else None


# ---------------------------------------------------------------- audit

def _details(raw: str) -> list[tuple[str, str]]:
    """An entry's details as ``(key, value text)`` pairs: strings as they are, other values
    as compact JSON."""
    try:
        doc = json.loads(raw)
    except ValueError:
        return [("", raw)]
    if not isinstance(doc, dict):
        return [("", json.dumps(doc, ensure_ascii=False))]
    return [(str(k), v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, separators=(", ", ": ")))
            for k, v in doc.items()]


def audit(db: Database, f: Filters) -> Listing:
    """Audit entries newest first (``at``) of terminal ``f.terminal``, action
    ``f.text["action"]`` (exact), user ``f.text["user"]`` (part of the name, any case) and
    the till's local dates of ``at``: rows ``{"uuid", "terminal", "at" (UTC ISO),
    "utc_offset_min", "time" (local time text), "local_date", "user", "action",
    "approved_by", "details": [(key, value text)]}``; ``extra``: ``actions`` and
    ``terminals`` present in the log (sorted)."""
    conditions = []
    if f.terminal:
        conditions.append(AuditEntryRow.terminal_code == f.terminal)
    if f.text.get("action"):
        conditions.append(AuditEntryRow.action == f.text["action"])
    if f.text.get("user"):
        conditions.append(func.lower(AuditEntryRow.user_name).contains(f.text["user"].lower(), autoescape=True))
    with db.read() as s:
        found, total = _select_page(s, AuditEntryRow, conditions, (AuditEntryRow.at.desc(), AuditEntryRow.id.desc()),
                                    f, AuditEntryRow.at)
        rows = [{"uuid": e.uuid, "terminal": e.terminal_code, "at": e.at, "utc_offset_min": e.utc_offset_min,
                 "time": local_time(e.at, e.utc_offset_min), "local_date": _local_date(e.at, e.utc_offset_min),
                 "user": e.user_name, "action": e.action, "approved_by": e.approved_by,
                 "details": _details(e.details)} for e in found]
        actions = _terminals(s, AuditEntryRow.action)
        terminals = _terminals(s, AuditEntryRow.terminal_code)
    return _listing(rows, total, f, actions=actions, terminals=terminals)


# ---------------------------------------------------------------- deliveries

def _masked(r: DeliveryRow) -> dict:
    return {"phone": rules.mask_phone(r.phone) if r.phone else None,
            "street": rules.mask_text(r.street) if r.street else None,
            "note": rules.mask_text(r.note) if r.note else None}


def _delivery(r: DeliveryRow) -> dict:
    return {"uuid": r.uuid, "number": r.number, "terminal": r.terminal_code, "sale_number": r.sale_number,
            "sale_uuid": r.sale_uuid, "channel": r.channel, "channel_order": r.channel_order,
            "local_date": r.local_date, "created_at": r.created_at, "utc_offset_min": r.utc_offset_min,
            "created": local_time(r.created_at, r.utc_offset_min), "created_by": r.created_by,
            "name": r.name, "name_bo": r.name_bo, "province": r.province, "prefecture": r.prefecture,
            "county": r.county, "township": r.township, **_masked(r), "requested_date": r.requested_date,
            "weight_g": r.weight_g, "zone": r.zone, "postage_fen": r.postage_fen,
            "postage_paid_fen": r.postage_paid_fen, "status": r.status, "carrier": r.carrier,
            "tracking": r.tracking, "handed_over": local_time(r.handed_over_at, r.utc_offset_min),
            "delivered": local_time(r.delivered_at, r.utc_offset_min),
            "returned": local_time(r.returned_at, r.utc_offset_min), "handed_over_at": r.handed_over_at,
            "delivered_at": r.delivered_at, "returned_at": r.returned_at, "refund_uuid": r.refund_uuid,
            "return_disposition": r.return_disposition, "erased_at": r.erased_at}


def delivery_filters(terminal=None, date_from=None, date_to=None, page=None, status=None, channel=None,
                     q=None) -> Filters:
    """:func:`filters` for the deliveries, also refusing (400) an unknown ``status`` or
    ``channel`` (``domain.delivery.STATUSES``/``CHANNELS``)."""
    f = filters(terminal, date_from, date_to, page, status=status, channel=channel, q=q)
    if f.text["status"] and f.text["status"] not in rules.STATUSES:
        raise PageRefused(400, BAD_STATUS, value=f.text["status"])
    if f.text["channel"] and f.text["channel"] not in rules.CHANNELS:
        raise PageRefused(400, BAD_CHANNEL, value=f.text["channel"])
    return f


def deliveries(db: Database, f: Filters) -> Listing:
    """Home deliveries newest order first, of terminal ``f.terminal``, status
    ``f.text["status"]``, channel ``f.text["channel"]``, order on the till's local dates
    ``f.date_from``…``f.date_to``, and ``f.text["q"]`` part of the delivery's number, its
    sale's number or the tracking number (any case).  Rows: the delivery (``uuid``, ``number``,
    ``terminal``, ``sale_number``, ``channel``, ``local_date``, ``created`` (local time text),
    ``name``, ``province``/``prefecture``/``county``, masked ``phone``/``street``/``note``,
    ``zone``, ``postage_fen``, ``status``, ``carrier``, ``tracking``, ``handed_over`` /
    ``delivered`` / ``returned`` (local time text or ``"—"``) …).  ``extra``: ``summary``
    {status: count} over every status for the same filters but the status (all five statuses,
    in their order), ``terminals`` with deliveries."""
    conditions = []
    if f.terminal:
        conditions.append(DeliveryRow.terminal_code == f.terminal)
    if f.text.get("channel"):
        conditions.append(DeliveryRow.channel == f.text["channel"])
    if f.date_from:
        conditions.append(DeliveryRow.local_date >= f.date_from)
    if f.date_to:
        conditions.append(DeliveryRow.local_date <= f.date_to)
    if f.text.get("q"):
        needle = f.text["q"].lower()
        conditions.append(or_(*(func.lower(c).contains(needle, autoescape=True)
                                for c in (DeliveryRow.number, DeliveryRow.sale_number, DeliveryRow.tracking))))
    if f.text.get("status"):
        listed = [*conditions, DeliveryRow.status == f.text["status"]]
    else:
        listed = conditions
    with db.read() as s:
        found, total = _select_page(s, DeliveryRow, listed, (DeliveryRow.created_at.desc(), DeliveryRow.number.desc()), f)
        rows = [_delivery(r) for r in found]
        counts = dict(s.execute(select(DeliveryRow.status, func.count()).where(*conditions)
                                .group_by(DeliveryRow.status)).all())
        terminals = _terminals(s, DeliveryRow.terminal_code)
    summary = {status: int(counts.get(status, 0)) for status in rules.STATUSES}
    summary.update({k: int(v) for k, v in counts.items() if k not in summary})
    return _listing(rows, total, f, summary=summary, terminals=terminals)


def delivery(db: Database, key: str) -> dict | None:
    """The delivery whose ``uuid`` or ``number`` is ``key`` — the row of :func:`deliveries`
    plus ``history`` ``[{"status", "at" (UTC ISO), "time" (local time text), "by"}]`` in its
    order — else ``None``."""
    key = key.strip()[:40]
    with db.read() as s:
        r = s.scalars(select(DeliveryRow).where(or_(DeliveryRow.uuid == key, DeliveryRow.number == key))
                      .order_by(DeliveryRow.id)).first()
        if r is None:
            return None
        steps = s.scalars(select(DeliveryHistoryRow).where(DeliveryHistoryRow.delivery_id == r.id)
                          .order_by(DeliveryHistoryRow.position))
        history = [{"status": h.status, "at": h.at, "time": local_time(h.at, h.utc_offset_min), "by": h.by_name}
                   for h in steps]
        return {**_delivery(r), "history": history}
