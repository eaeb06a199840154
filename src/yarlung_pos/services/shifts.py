"""Shifts (cash sessions) of the till's drawer: open with a counted float, cash in/out with a
reason, X report at any time, close with the cash counted per denomination → Z report.

Money rules (fen):
- a method's takings in a shift = Σ (amount − change) of its payments on sales of the shift;
  its refunds = Σ of its (negative) payments on refunds of the shift; net = takings + refunds;
- expected cash = float + cash takings + cash refunds (negative) + cash in − cash out;
- over/short = counted − expected (negative: short).

A Z report is numbered per terminal (``Z-T01-000001``) and produced once per shift: closing
runs in one ``BEGIN IMMEDIATE`` transaction that first checks the shift is still open, so two
closes (two windows, a double click, a crash and retry) cannot make two.  Sales and refunds
belong to the shift that was open when they were taken; a shift left open past midnight goes
on (the till asks to close it) and its report covers its whole span, dates shown.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import CashMovementRow, PaymentRow, SaleLineRow, SaleRow, ShiftRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, local_time, offset_minutes, utc_iso
from yarlung_pos.domain.money import format_fen
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError, PaymentMethod
from yarlung_pos.domain.shift_report import MethodTotals, ShiftReport
from yarlung_pos.services import audit
from yarlung_pos.services.authority import Approval, require
from yarlung_pos.services.numbering import check_numbering, next_shift_seq, next_z_seq, terminal_code
from yarlung_pos.services.print_jobs import enqueue_document
from yarlung_pos.services.users import User

#: notes and coins counted at close, in fen: ￥100, 50, 20, 10, 5, 1, ￥0.5, ￥0.1 and the fen coins
#: (5, 2, 1 fen — still legal tender; without them a till with no cash rounding always looks short)
DENOMINATIONS_FEN: tuple[int, ...] = (10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 2, 1)
MAX_FLOAT_FEN = 10_000_000  # ￥100,000: more is a typing mistake
METHODS = tuple(m.value for m in PaymentMethod)


class ShiftError(DomainError):
    """A shift operation refused (none open, one already open, already closed, bad count …)."""


class NoOpenShift(ShiftError):
    """A sale or refund was attempted with no shift open."""


@dataclass(frozen=True)
class Shift:
    """An open or closed shift: ``float_fen`` counted at opening; times local."""

    id: int
    uuid: str
    number: str
    status: str
    opened_at: datetime
    opened_by: str
    float_fen: int
    z_number: str | None = None

    def is_stale(self, now: datetime) -> bool:
        """True when the shift was opened on an earlier local day than ``now`` (left open
        past midnight)."""
        return self.status == "open" and self.opened_at.date() < now.astimezone(self.opened_at.tzinfo).date()


def _shift(row: ShiftRow) -> Shift:
    return Shift(row.id, row.uuid, row.number, row.status, local_time(row.opened_at, row.utc_offset_min),
                 row.opened_by, row.float_fen, row.z_number)


def open_shift_row(session: Session) -> ShiftRow | None:
    """The open shift's row in ``session``, or ``None``."""
    return session.scalar(select(ShiftRow).where(ShiftRow.status == "open"))


def current_shift(store: Store) -> Shift | None:
    """The open shift, or ``None``."""
    with store.read() as s:
        row = open_shift_row(s)
        return None if row is None else _shift(row)


def get_shift(store: Store, number: str) -> Shift | None:
    """A shift by its number (``SH-…``) or Z number (``Z-…``), or ``None``."""
    with store.read() as s:
        key = number.strip().upper()
        row = s.scalar(select(ShiftRow).where((ShiftRow.number == key) | (ShiftRow.z_number == key)))
        return None if row is None else _shift(row)


def open_shift(store: Store, user: str, float_fen: int, clock: Clock) -> Shift:
    """Open a shift with ``float_fen`` counted into the drawer; raises :class:`ShiftError` if
    one is open already or the float is negative or implausible."""
    check_float(float_fen)
    at = clock()
    with store.write() as s:
        return open_shift_in(s, user, float_fen, at)


def check_float(float_fen: int) -> int:
    """``float_fen`` if it is a plausible opening float (￥0 to ￥100,000 as ``int`` fen);
    raises :class:`ShiftError`."""
    if not isinstance(float_fen, int) or isinstance(float_fen, bool) or float_fen < 0 or float_fen > MAX_FLOAT_FEN:
        raise ShiftError(QT_TRANSLATE_NOOP("DomainError", "the opening float must be between ￥0 and ￥100,000"))
    return float_fen


def open_shift_in(s: Session, user: str, float_fen: int, at) -> Shift:
    """As :func:`open_shift`, inside the caller's transaction ``s`` at the time ``at`` (an
    aware ``datetime``)."""
    check_float(float_fen)
    if (row := open_shift_row(s)) is not None:
        raise ShiftError(QT_TRANSLATE_NOOP("DomainError", "shift {number} is already open"), number=row.number)
    check_numbering(s)
    code = terminal_code(s)
    row = ShiftRow(uuid=str(uuid.uuid4()), number=f"SH-{code}-{next_shift_seq(s):06d}", status="open",
                   opened_at=utc_iso(at), utc_offset_min=offset_minutes(at), opened_by=user, float_fen=float_fen)
    s.add(row)
    s.flush()
    audit.add_event(s, "shift.opened", {"shift": {
        "uuid": row.uuid, "number": row.number, "opened_at": row.opened_at, "utc_offset_min": row.utc_offset_min,
        "opened_by": user, "float_fen": float_fen}}, at)
    audit.record(s, at, user, "shift_opened", shift=row.number, float_fen=float_fen)
    return _shift(row)


def move_cash(store: Store, user: str, kind: str, amount_fen: int, reason: str, clock: Clock, *,
              actor: User | None = None, approval: Approval | None = None) -> None:
    """Put cash into (``kind="in"``) or take it out of (``"out"``) the drawer during the open
    shift, with a ``reason``; ``user`` is the login name recorded.  Cash out needs permission
    ``cash_out`` (:func:`~yarlung_pos.services.authority.require`: ``actor`` a manager, or a
    manager's ``approval``), audited with the movement.  Raises :class:`ShiftError` (no
    shift, no reason, amount ≤ 0, or taking out more than the drawer should hold) or
    ``ApprovalRequired``; nothing is written then."""
    if kind not in ("in", "out"):
        raise ValueError(kind)
    reason = (reason or "").strip()
    if not reason:
        raise ShiftError(QT_TRANSLATE_NOOP("DomainError", "give a reason for the cash movement"))
    if not isinstance(amount_fen, int) or amount_fen <= 0 or amount_fen > MAX_FLOAT_FEN:
        raise ShiftError(QT_TRANSLATE_NOOP("DomainError", "the amount must be above zero"))
    grant = require(actor, "cash_out", approval) if kind == "out" else None
    at = clock()
    with store.write() as s:
        row = open_shift_row(s)
        if row is None:
            raise NoOpenShift(QT_TRANSLATE_NOOP("DomainError", "no shift is open — open one first"))
        if kind == "out":
            expected = shift_report(s, row, "X", at).expected_cash_fen
            if amount_fen > expected:
                raise ShiftError(QT_TRANSLATE_NOOP("DomainError", "The drawer should hold only {amount}."),
                                 fen=expected, amount=format_fen(expected))
        mv = CashMovementRow(uuid=str(uuid.uuid4()), shift_id=row.id, kind=kind, amount_fen=amount_fen,
                             reason=reason[:500], user=user, created_at=utc_iso(at), utc_offset_min=offset_minutes(at))
        s.add(mv)
        audit.add_event(s, "shift.cash_moved", {"movement": {
            "uuid": mv.uuid, "shift": row.number, "kind": kind, "amount_fen": amount_fen, "reason": mv.reason,
            "user": user, "at": mv.created_at, "utc_offset_min": mv.utc_offset_min}}, at)
        if grant is not None:
            grant.record(s, at, shift=row.number, amount_fen=amount_fen)
        audit.record(s, at, user, "cash_" + kind, grant.approved_by if grant else None, shift=row.number,
                     amount_fen=amount_fen, reason=mv.reason)


def _display_name(s: Session, login: str | None) -> str:
    """The display name of the user ``login`` ("Padma Chozom" for ``padma``), ``""`` when
    there is no such user (a bare cashier name: printed as it is)."""
    from yarlung_pos.db.schema import UserRow
    if not login:
        return ""
    return s.scalar(select(UserRow.display_name).where(UserRow.username == login)) or ""


def shift_report(s: Session, row: ShiftRow, kind: str, at: datetime) -> ShiftReport:
    """The X (``kind="X"``) or Z report of shift ``row`` as of ``at``, built from its payments,
    refunds, cash movements, discounts and rounding (fen), in ``s``."""
    rep = ShiftReport(kind=kind, terminal=terminal_code(s), shift=row.number, shift_uuid=row.uuid,
                      opened_at=local_time(row.opened_at, row.utc_offset_min), opened_by=row.opened_by,
                      float_fen=row.float_fen, at=at, opened_by_name=_display_name(s, row.opened_by))
    counts = dict(s.execute(select(SaleRow.kind, func.count()).where(SaleRow.shift_id == row.id)
                            .group_by(SaleRow.kind)).all())
    rep.sales_count, rep.refunds_count = counts.get("sale", 0), counts.get("refund", 0)
    by: dict[str, MethodTotals] = {m: MethodTotals(m) for m in METHODS}
    for method, sale_kind, amount in s.execute(
            select(PaymentRow.method, SaleRow.kind, func.sum(PaymentRow.amount_fen - PaymentRow.change_fen))
            .join(SaleRow, SaleRow.id == PaymentRow.sale_id).where(SaleRow.shift_id == row.id)
            .group_by(PaymentRow.method, SaleRow.kind)):
        t = by.setdefault(method, MethodTotals(method))
        if sale_kind == "refund":
            t.refunds_fen += int(amount or 0)
        else:
            t.sales_fen += int(amount or 0)
    rep.by_method = list(by.values())
    for mv_kind, amount in s.execute(select(CashMovementRow.kind, func.sum(CashMovementRow.amount_fen))
                                     .where(CashMovementRow.shift_id == row.id).group_by(CashMovementRow.kind)):
        if mv_kind == "in":
            rep.cash_in_fen = int(amount or 0)
        else:
            rep.cash_out_fen = int(amount or 0)
    disc = s.execute(select(func.sum(SaleLineRow.discount_fen + SaleLineRow.order_discount_fen))
                     .join(SaleRow, SaleRow.id == SaleLineRow.sale_id).where(SaleRow.shift_id == row.id)).scalar()
    rep.discounts_fen = int(disc or 0)
    rep.rounding_fen = int(s.scalar(select(func.sum(SaleRow.rounding_fen)).where(SaleRow.shift_id == row.id)) or 0)
    return rep


def x_report(store: Store, clock: Clock) -> ShiftReport:
    """The open shift's X report (nothing is closed or numbered); raises :class:`NoOpenShift`."""
    with store.read() as s:
        row = open_shift_row(s)
        if row is None:
            raise NoOpenShift(QT_TRANSLATE_NOOP("DomainError", "no shift is open — open one first"))
        return shift_report(s, row, "X", clock())


def count_total(counted: dict[int, int]) -> int:
    """Cash counted, in fen: Σ denomination × count.  Raises :class:`ShiftError` for an unknown
    denomination or a negative count."""
    total = 0
    for denom, n in counted.items():
        if int(denom) not in DENOMINATIONS_FEN:
            raise ShiftError(QT_TRANSLATE_NOOP("DomainError", "There is no note or coin of {amount}."), fen=denom,
                             amount=format_fen(denom) if isinstance(denom, int) and not isinstance(denom, bool)
                             else str(denom)[:20])
        if not isinstance(n, int) or n < 0 or n > 100_000:
            raise ShiftError(QT_TRANSLATE_NOOP("DomainError", "a count must be a whole number from 0"))
        total += int(denom) * n
    return total


def close_shift(store: Store, user: str, counted: dict[int, int], clock: Clock, *,
                print_report: bool = False) -> ShiftReport:
    """Close the open shift with the cash ``counted`` (denomination fen → count) and produce
    its numbered Z report: stored on the shift, queued for printing (``print_report``), sent to
    the county office (``shift.closed``) and audited — all in one transaction.  Raises
    :class:`NoOpenShift` (nothing open: e.g. closed already) or :class:`ShiftError`."""
    total = count_total(counted)
    at = clock()
    with store.write() as s:
        row = open_shift_row(s)
        if row is None:
            raise NoOpenShift(QT_TRANSLATE_NOOP("DomainError", "no shift is open — it may have been closed already"))
        check_numbering(s)
        rep = shift_report(s, row, "Z", at)
        code = terminal_code(s)
        rep.number = f"Z-{code}-{next_z_seq(s):06d}"
        rep.closed_by, rep.closed_by_name = user, _display_name(s, user)
        rep.counted = {d: int(counted.get(d, 0)) for d in DENOMINATIONS_FEN}
        rep.counted_cash_fen = total
        data = rep.to_json()
        row.status, row.closed_at, row.closed_by, row.z_number = "closed", utc_iso(at), user, rep.number
        row.expected_cash_fen, row.counted_cash_fen = rep.expected_cash_fen, total
        row.z_report = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        audit.add_event(s, "shift.closed", {"z_report": data}, at)
        audit.record(s, at, user, "shift_closed", shift=row.number, z=rep.number, expected_fen=rep.expected_cash_fen,
                     counted_fen=total, over_short_fen=rep.over_short_fen)
        if print_report:
            enqueue_document(s, "zreport", row.uuid)
        return rep


def z_report(store: Store, number: str) -> ShiftReport:
    """A stored Z report by its number or its shift's number; raises :class:`ShiftError`."""
    with store.read() as s:
        key = number.strip().upper()
        row = s.scalar(select(ShiftRow).where((ShiftRow.number == key) | (ShiftRow.z_number == key)))
        if row is None or row.z_report is None:
            raise ShiftError(QT_TRANSLATE_NOOP("DomainError", "no Z report {number}"), number=key[:40])
        return report_from_json(json.loads(row.z_report))


def report_from_json(d: dict) -> ShiftReport:
    """A :class:`ShiftReport` from :meth:`ShiftReport.to_json` data."""
    off = d["utc_offset_min"]
    rep = ShiftReport(kind=d["kind"], terminal=d["terminal"], shift=d["shift"], shift_uuid=d["shift_uuid"],
                      opened_at=local_time(d["opened_at"], off), opened_by=d["opened_by"], float_fen=d["float_fen"],
                      at=local_time(d["closed_at"], off), sales_count=d["sales_count"],
                      refunds_count=d["refunds_count"],
                      by_method=[MethodTotals(m["method"], m["sales_fen"], m["refunds_fen"]) for m in d["by_method"]],
                      cash_in_fen=d["cash_in_fen"], cash_out_fen=d["cash_out_fen"], discounts_fen=d["discounts_fen"],
                      rounding_fen=d["rounding_fen"], number=d["number"], closed_by=d["closed_by"],
                      counted={int(k): v for k, v in d["counted"].items()}, counted_cash_fen=d["counted_cash_fen"],
                      opened_by_name=d.get("opened_by_name") or "", closed_by_name=d.get("closed_by_name") or "")
    return rep


def list_shifts(store: Store, limit: int = 100) -> list[Shift]:
    """The newest shifts first."""
    with store.read() as s:
        return [_shift(r) for r in s.scalars(select(ShiftRow).order_by(ShiftRow.id.desc()).limit(limit))]


__all__ = ["DENOMINATIONS_FEN", "MethodTotals", "NoOpenShift", "Shift", "ShiftError", "ShiftReport", "asdict",
           "close_shift", "count_total", "current_shift", "get_shift", "list_shifts", "move_cash", "open_shift",
           "open_shift_row", "report_from_json", "x_report", "z_report"]
