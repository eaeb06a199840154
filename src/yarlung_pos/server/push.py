"""Push: a terminal's batch of events, validated and applied in ONE transaction.

Each event is first checked without the database (:func:`_validate`: shape, kind, payload,
sale rules), then inserted by UUID with the dialect's ``INSERT … ON CONFLICT (uuid) DO
NOTHING``.  The fast path (:func:`_push_all`) applies the whole batch with a handful of
statements; when it meets a race or a value the database refuses it is rolled back and the
careful path (:func:`_push_one`) applies the events one by one, each in its own savepoint, so a
duplicate costs nothing and a bad event is rolled back alone and answered ``rejected``.  Both
paths give the same answers (PROTOCOL.md, "Push").
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import insert, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from yarlung_pos.domain.delivery import POSTAGE_SKU
from yarlung_pos.server import deliveries, sales_months, settlements, shop_orders
from yarlung_pos.server import models as m
from yarlung_pos.server import shop_models
from yarlung_pos.server.common import Clock, Forbidden, Unauthorized, iso, json_text, local_date, now
from yarlung_pos.server.database import Database
from yarlung_pos.server.schema import (AuditEntryRow, EventRow, PaymentRow, ProductRow, RejectedEventRow, SaleLineRow,
                                       SaleRow, ShiftRow, StockMoveRow, TerminalRow)
from yarlung_pos.server.settings import Settings

_RAW_LIMIT = 64 * 1024
#: every kind's payload model: the protocol's and the deliveries'
_PAYLOAD_MODELS = {**m.PAYLOAD_MODELS, **deliveries.PAYLOAD_MODELS, **shop_models.PAYLOAD_MODELS}
_KINDS = (*m.EVENT_KINDS, *shop_models.ORDER_KINDS)


class _Reject(Exception):
    """An event refused with a reason (its savepoint is rolled back)."""


def _reason(exc: ValidationError, prefix: str = "") -> str:
    parts = []
    for err in exc.errors(include_url=False, include_input=False)[:3]:
        loc = ".".join(str(x) for x in err["loc"])
        where = ".".join(x for x in (prefix, loc) if x)
        parts.append(f"{where}: {err['msg']}" if where else err["msg"])
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _dialect_insert(session: Session, model):
    """``INSERT`` of the session's dialect (PostgreSQL or SQLite), which has ``on_conflict_do_nothing``."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model)


def check_claims(code: str, batch: m.BatchCreate, sold_before_as=()) -> None:
    """Raise :class:`Forbidden` when the batch, or a sale in it, claims another terminal.  A
    sale may claim ``code`` or one of ``sold_before_as`` (the codes the terminal sold under
    before its enrolment, recorded on its row); it is stored under ``code`` either way."""
    if batch.terminal != code:
        raise Forbidden(f"this token belongs to terminal {code}, not {batch.terminal}")
    allowed = {code, *sold_before_as}
    for ev in batch.events:
        sale = ev.get("payload", {}).get("sale") if isinstance(ev, dict) and isinstance(ev.get("payload"), dict) else None
        claimed = sale.get("terminal") if isinstance(sale, dict) else None
        if isinstance(claimed, str) and claimed not in allowed:
            raise Forbidden(f"event {str(ev.get('uuid'))[:64]} claims terminal {claimed[:16]}, "
                            f"this token belongs to terminal {code}"
                            + (f" (which sold before enrolment as {', '.join(sorted(sold_before_as))})"
                               if sold_before_as else ""))


def sold_before(db: Database, code: str, declare=()) -> list[str]:
    """The codes terminal ``code`` sold under before its enrolment, after recording the late
    declaration ``declare`` (a push envelope's ``sold_before_as``; see
    :func:`~yarlung_pos.server.terminals.declare_sold_before`: another registered terminal's
    code is not recorded this way).  Raises :class:`Unauthorized` for an unknown or revoked
    terminal."""
    from yarlung_pos.server.terminals import declare_sold_before, sold_before_codes
    if not declare:
        with db.read() as s:
            t = s.scalar(select(TerminalRow).where(TerminalRow.code == code))
            if t is None or t.revoked_at is not None:
                raise Unauthorized("unknown or revoked token")
            return sold_before_codes(t)
    with db.write() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.code == code).with_for_update())
        if t is None or t.revoked_at is not None:
            raise Unauthorized("unknown or revoked token")
        return declare_sold_before(s, t, declare, at_enrolment=False)


@dataclass
class _Valid:
    """An event that passed validation (not yet checked against the database)."""

    ev: m.EventCreate
    payload: m._Payload
    text: str  # the payload as stored

    @property
    def sale(self) -> m.SaleCreate | None:
        return self.payload.sale if isinstance(self.payload, m.SalePayload) else None

    @property
    def z_report(self) -> m.ZReportCreate | None:
        return self.payload.z_report if isinstance(self.payload, m.ShiftClosedPayload) else None

    @property
    def audit(self) -> m.AuditEntryCreate | None:
        return self.payload.entry if isinstance(self.payload, m.AuditRecordedPayload) else None

    @property
    def delivery(self) -> deliveries.DeliveryPayload | None:
        return self.payload if isinstance(self.payload, deliveries.DeliveryPayload) else None


@dataclass(frozen=True)
class _Claim:
    """The row an event derives that is unique by something other than the event's UUID: a
    sale (its ``uuid``), a Z report (terminal and ``number``), an audit entry (its ``uuid``).
    A second event carrying the same one is rejected (the row is kept once)."""

    model: type
    columns: tuple[str, ...]  # the unique key
    row: dict
    what: str  # "sale <uuid>", "Z report <number>", … for the reason

    @property
    def key(self) -> tuple:
        return (self.model.__tablename__, *(self.row[c] for c in self.columns))


@dataclass
class _Refused:
    raw: Any
    uuid: str | None
    kind: str | None
    reason: str


class _Fallback(Exception):
    """The batch-at-once path met something unexpected (a race, a value the database refused):
    roll it back and apply the events one by one."""


class _Batch:
    """State shared by the events of one push."""

    def __init__(self, session: Session, terminal: str, received_at: str):
        self.s = session
        self.terminal = terminal
        self.received_at = received_at
        self.rejected: list[dict] = []
        self._catalogue: dict[str, tuple[str, str]] | None = None

    def snapshot(self, sku: str) -> tuple[str | None, str | None]:
        if self._catalogue is None:
            self._catalogue = {sku: (cat, coop) for sku, cat, coop in self.s.execute(
                select(ProductRow.sku, ProductRow.category, ProductRow.cooperative))}
        return self._catalogue.get(sku, (None, None))

    def reject(self, raw: Any, uuid: str | None, kind: str | None, reason: str) -> dict:
        """The ``rejected`` answer; the event is kept in ``rejected_events`` (see :meth:`save_rejected`)."""
        if isinstance(kind, str) and kind.startswith("delivery."):
            raw = deliveries.without_personal_data(raw)  # personal data is kept in one place only
        try:
            text = json.dumps(raw, ensure_ascii=True, separators=(",", ":"))[:_RAW_LIMIT]
        except (TypeError, ValueError):
            text = ""
        uuid, kind, reason = _printable(uuid, 64), _printable(kind, 64), _printable(reason, 2000)
        self.rejected.append({"uuid": uuid, "terminal_code": self.terminal, "kind": kind, "reason": reason,
                              "received_at": self.received_at, "raw": text})
        return {"uuid": uuid, "status": "rejected", "reason": reason}

    def save_rejected(self) -> None:
        if self.rejected:
            self.s.execute(insert(RejectedEventRow), self.rejected)

    def event_row(self, v: _Valid) -> dict:
        return {"uuid": v.ev.uuid, "terminal_code": self.terminal, "seq": v.ev.seq, "kind": v.ev.kind,
                "schema": v.payload.schema_, "created_at": iso(v.ev.created_at), "received_at": self.received_at,
                "payload": v.text}

    def sale_row(self, v: _Valid) -> dict:
        sale = v.sale
        return {"uuid": sale.uuid, "event_uuid": v.ev.uuid, "terminal_code": self.terminal, "number": sale.number,
                "kind": sale.kind, "completed_at": iso(sale.completed_at), "utc_offset_min": sale.utc_offset_min,
                "local_date": local_date(sale.completed_at, sale.utc_offset_min), "cashier": sale.cashier,
                "total_fen": sale.total_fen, "change_fen": sale.change_fen, "refund_of": sale.refund_of,
                "received_at": self.received_at, "discount_fen": sale.discount_fen,
                "rounding_fen": sale.rounding_fen, "shift": sale.shift}

    def shift_row(self, v: _Valid) -> dict:
        z = v.z_report
        return {"event_uuid": v.ev.uuid, "terminal_code": self.terminal, "number": z.number, "shift": z.shift,
                "shift_uuid": z.shift_uuid, "opened_at": iso(z.opened_at), "closed_at": iso(z.closed_at),
                "utc_offset_min": z.utc_offset_min, "opened_by": z.opened_by, "closed_by": z.closed_by,
                "float_fen": z.float_fen, "sales_count": z.sales_count, "refunds_count": z.refunds_count,
                "cash_in_fen": z.cash_in_fen, "cash_out_fen": z.cash_out_fen,
                "expected_cash_fen": z.expected_cash_fen, "counted_cash_fen": z.counted_cash_fen,
                "over_short_fen": z.over_short_fen, "discounts_fen": z.discounts_fen, "rounding_fen": z.rounding_fen,
                "by_method": json_text([x.model_dump() for x in z.by_method]),
                "counted": json_text(z.counted), "received_at": self.received_at}

    def audit_row(self, v: _Valid) -> dict:
        e = v.audit
        return {"uuid": e.uuid, "event_uuid": v.ev.uuid, "terminal_code": self.terminal, "at": iso(e.at),
                "utc_offset_min": e.utc_offset_min, "user_name": e.user, "action": e.action,
                "approved_by": e.approved_by, "details": json_text(e.details), "received_at": self.received_at}

    def claim(self, v: _Valid) -> _Claim | None:
        """The uniquely keyed row event ``v`` derives, if any (see :class:`_Claim`)."""
        if v.sale is not None:
            return _Claim(SaleRow, ("uuid",), self.sale_row(v), f"sale {v.sale.uuid}")
        if v.z_report is not None:
            return _Claim(ShiftRow, ("terminal_code", "number"), self.shift_row(v), f"Z report {v.z_report.number}")
        if v.audit is not None:
            return _Claim(AuditEntryRow, ("uuid",), self.audit_row(v), f"audit entry {v.audit.uuid}")
        return None

    def derived(self, v: _Valid, sale_id: int | None, lines: list, payments: list, moves: list) -> None:
        """Append the rows event ``v`` derives: sale lines and payments (``sale_id``), stock moves."""
        p, created = v.payload, iso(v.ev.created_at)

        def move(sku: str, milli: int, reason: str, at: str = created) -> None:
            if milli:
                moves.append({"event_uuid": v.ev.uuid, "terminal_code": self.terminal, "sku": sku,
                              "qty_milli": milli, "reason": reason, "created_at": at})

        if isinstance(p, m.SalePayload):
            sale, at = p.sale, iso(p.sale.completed_at)
            for no, ln in enumerate(sale.lines, start=1):
                cat, coop = (ln.category, ln.cooperative) if p.schema_ >= 2 else self.snapshot(ln.sku)
                postage = ln.sku == POSTAGE_SKU  # a delivery's postage: no product, no cooperative, no stock
                if postage:
                    cat = coop = None
                milli = m.qty_milli(ln.qty)
                lines.append({"sale_id": sale_id, "line_no": no, "sku": ln.sku, "name_bo": ln.name_bo,
                              "name_zh": ln.name_zh, "name_en": ln.name_en, "unit": ln.unit, "qty_milli": milli,
                              "unit_price_fen": ln.unit_price_fen, "line_total_fen": ln.line_total_fen,
                              "category": cat, "cooperative": coop, "discount_fen": ln.discount_fen,
                              "order_discount_fen": ln.order_discount_fen, "list_price_fen": ln.list_price_fen})
                if not postage and (sale.kind == "sale" or sale.restock):
                    # a sale line of +2 takes 2 out of stock; a refund line of −2 puts 2 back
                    move(ln.sku, -milli, sale.kind, at)
            payments.extend({"sale_id": sale_id, "method": pm.method, "amount_fen": pm.amount_fen,
                             "change_fen": pm.change_fen, "reference": pm.reference} for pm in sale.payments)
        elif isinstance(p, m.StockReceivedPayload):
            for ln in p.lines:
                move(ln.sku, m.qty_milli(ln.qty), "receipt")
        elif isinstance(p, m.StockAdjustedPayload):
            move(p.sku, m.qty_milli(p.qty), "adjustment")
        elif isinstance(p, m.StocktakePayload):
            for ln in p.differences:
                move(ln.sku, m.qty_milli(ln.qty), "count")
        # shift.opened, shift.cash_moved: stored as received, nothing derived; settlement.created its
        # settlement through apply_delivery();
        # shift.closed and audit.recorded derive their row through claim(); delivery.* their
        # delivery through apply_delivery()

    def apply_delivery(self, v: _Valid) -> None:
        """Keep the delivery snapshot of event ``v`` if newer (raises :class:`deliveries.DeliveryClash`);
        a settlement's projection (:func:`settlements.apply_event`); a shop order's
        (:func:`shop_orders.apply_event`, and an online delivery's order: :func:`shop_orders.follow_delivery`)."""
        if v.delivery is not None:
            deliveries.apply_delivery(self.s, self.terminal, v.ev.uuid, v.delivery, self.received_at)
            if v.delivery.delivery.channel == "online":
                shop_orders.follow_delivery(self.s, self.terminal, v.delivery.delivery.uuid, self.received_at)
        elif v.ev.kind in shop_models.ORDER_KINDS:
            shop_orders.apply_event(self.s, self.terminal, v.ev.kind, v.payload, self.received_at)
        elif v.ev.kind == settlements.KIND:
            settlements.apply_event(self.s, self.terminal, v.ev.uuid, v.text, iso(v.ev.created_at), self.received_at)

    def insert_derived(self, lines: list, payments: list, moves: list) -> None:
        for model, rows in ((SaleLineRow, lines), (PaymentRow, payments), (StockMoveRow, moves)):
            if rows:
                self.s.execute(insert(model), rows)
        sales_months.add_lines(self.s, self.terminal, lines)  # the statistics' monthly nets


def _printable(text: str | None, limit: int) -> str | None:
    """``text`` as it can be stored and sent back: no NUL, no lone surrogate (both escaped),
    at most ``limit`` characters."""
    if text is None:
        return None
    text = text.replace("\x00", "\\x00")
    return text.encode("utf-8", "backslashreplace").decode("utf-8")[:limit]


def _validate(terminal: str, raw: Any, sold_before_as=()) -> _Valid | _Refused:
    """Check one event without the database: its shape, kind, payload and sale rules (a sale
    claims ``terminal`` or one of ``sold_before_as``)."""
    if not isinstance(raw, dict):
        return _Refused(raw, None, None, "an event must be a JSON object")
    guess = raw.get("uuid") if isinstance(raw.get("uuid"), str) and len(raw["uuid"]) <= 64 else None
    guess_kind = raw.get("kind") if isinstance(raw.get("kind"), str) and len(raw["kind"]) <= 64 else None
    try:
        ev = m.EventCreate.model_validate(raw)
    except ValidationError as exc:
        return _Refused(raw, guess, guess_kind, _reason(exc))
    model = _PAYLOAD_MODELS.get(ev.kind)
    if model is None:
        return _Refused(raw, ev.uuid, guess_kind, f"unknown event kind {ev.kind!r} (known: {', '.join(_KINDS)})")
    try:
        payload = model.model_validate(ev.payload)
    except ValidationError as exc:
        return _Refused(raw, ev.uuid, ev.kind, _reason(exc, "payload"))
    delivery = isinstance(payload, deliveries.DeliveryPayload)
    if delivery and (reason := deliveries.check_event(ev.kind, payload, terminal, sold_before_as)):
        return _Refused(raw, ev.uuid, ev.kind, reason)
    try:
        stored = deliveries.without_personal_data(ev.payload) if delivery else ev.payload
        text = json.dumps(stored, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        text.encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return _Refused(raw, ev.uuid, ev.kind, "payload: not valid JSON text (NaN, or a lone surrogate)")
    v = _Valid(ev, payload, text)
    if v.sale is not None:
        expected = "sale" if ev.kind == "sale.completed" else "refund"
        if v.sale.kind != expected:
            return _Refused(raw, ev.uuid, ev.kind,
                            f"a {ev.kind} event must carry a sale of kind {expected!r}, not {v.sale.kind!r}")
        if v.sale.terminal != terminal and v.sale.terminal not in sold_before_as:
            return _Refused(raw, ev.uuid, ev.kind, f"the sale claims terminal {v.sale.terminal}")
    return v


def _push_one(b: _Batch, raw: Any, item: _Valid | _Refused) -> dict:
    """Apply one event in its own savepoint (the careful path)."""
    if isinstance(item, _Refused):
        return b.reject(item.raw, item.uuid, item.kind, item.reason)
    ev = item.ev
    try:
        with b.s.begin_nested():
            stmt = (_dialect_insert(b.s, EventRow).values(**b.event_row(item))
                    .on_conflict_do_nothing(index_elements=["uuid"]).returning(EventRow.id))
            if b.s.execute(stmt).scalar() is None:
                owner = b.s.scalar(select(EventRow.terminal_code).where(EventRow.uuid == ev.uuid))
                if owner != b.terminal:
                    raise _Reject(f"event {ev.uuid} was already received from another terminal")
                return {"uuid": ev.uuid, "status": "duplicate"}
            sale_id = None
            claim = b.claim(item)
            if claim is not None:
                stmt = (_dialect_insert(b.s, claim.model).values(**claim.row)
                        .on_conflict_do_nothing(index_elements=list(claim.columns)).returning(claim.model.id))
                row_id = b.s.execute(stmt).scalar()
                if row_id is None:
                    raise _Reject(f"{claim.what} was already received in another event")
                if item.sale is not None:
                    sale_id = row_id
            lines, payments, moves = [], [], []
            b.derived(item, sale_id, lines, payments, moves)
            b.insert_derived(lines, payments, moves)
            b.apply_delivery(item)
    except (_Reject, deliveries.DeliveryClash) as exc:
        return b.reject(raw, ev.uuid, ev.kind, str(exc))
    except (IntegrityError, DataError) as exc:  # a value the database refused: this event only
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()
        return b.reject(raw, ev.uuid, ev.kind, f"refused by the database: {reason[0] if reason else exc}")
    return {"uuid": ev.uuid, "status": "accepted"}


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _taken(s: Session, claims: list[_Claim]) -> set[tuple]:
    """The keys (:attr:`_Claim.key`) among ``claims`` that are stored already."""
    wanted: dict[type, set[tuple]] = {}
    columns: dict[type, tuple[str, ...]] = {}
    for c in claims:
        wanted.setdefault(c.model, set()).add(c.key[1:])
        columns[c.model] = c.columns
    out: set[tuple] = set()
    for model, keys in wanted.items():
        cols = [getattr(model, name) for name in columns[model]]
        for chunk in _chunks(sorted(keys)):
            where = cols[0].in_([k[0] for k in chunk]) if len(cols) == 1 else tuple_(*cols).in_(chunk)
            out.update((model.__tablename__, *row) for row in s.execute(select(*cols).where(where)))
    return out


def _push_all(b: _Batch, raws: list, items: list[_Valid | _Refused]) -> list[dict]:
    """Apply the whole batch with a handful of statements (the fast path).  Gives the same
    answers as :func:`_push_one` event by event; raises :class:`_Fallback` when it cannot be
    sure of that."""
    valid = [x for x in items if isinstance(x, _Valid)]
    owners: dict[str, str] = {}
    for chunk in _chunks(sorted({v.ev.uuid for v in valid})):
        owners.update(b.s.execute(select(EventRow.uuid, EventRow.terminal_code).where(EventRow.uuid.in_(chunk))).all())
    claims = {id(v): b.claim(v) for v in valid}
    taken = _taken(b.s, [c for c in claims.values() if c is not None])
    results: list[dict] = []
    new: list[_Valid] = []
    seen: set[str] = set()
    for raw, item in zip(raws, items):
        if isinstance(item, _Refused):
            results.append(b.reject(item.raw, item.uuid, item.kind, item.reason))
            continue
        uuid = item.ev.uuid
        if uuid in owners:
            if owners[uuid] != b.terminal:
                results.append(b.reject(raw, uuid, item.ev.kind, f"event {uuid} was already received from another terminal"))
            else:
                results.append({"uuid": uuid, "status": "duplicate"})
        elif uuid in seen:
            results.append({"uuid": uuid, "status": "duplicate"})
        elif claims[id(item)] is not None and claims[id(item)].key in taken:
            results.append(b.reject(raw, uuid, item.ev.kind,
                                    f"{claims[id(item)].what} was already received in another event"))
        else:
            seen.add(uuid)
            if claims[id(item)] is not None:
                taken.add(claims[id(item)].key)
            new.append(item)
            results.append({"uuid": uuid, "status": "accepted"})
    if new:
        stmt = _dialect_insert(b.s, EventRow).on_conflict_do_nothing(index_elements=["uuid"]).returning(EventRow.uuid)
        inserted = set(b.s.scalars(stmt, [b.event_row(v) for v in new]))
        if inserted != {v.ev.uuid for v in new}:
            raise _Fallback("an event was stored meanwhile")
        by_model: dict[type, list[_Claim]] = {}
        for v in new:
            if claims[id(v)] is not None:
                by_model.setdefault(claims[id(v)].model, []).append(claims[id(v)])
        ids: dict[str, int] = {}
        for model, group in by_model.items():
            stmt = (_dialect_insert(b.s, model).on_conflict_do_nothing(index_elements=list(group[0].columns))
                    .returning(*(getattr(model, c) for c in group[0].columns), model.id))
            stored = b.s.execute(stmt, [c.row for c in group]).all()
            if len(stored) != len(group):
                raise _Fallback(f"a row of {model.__tablename__} was stored meanwhile")
            if model is SaleRow:
                ids = {uuid: row_id for uuid, row_id in stored}
        lines, payments, moves = [], [], []
        for v in new:
            b.derived(v, ids.get(v.sale.uuid) if v.sale is not None else None, lines, payments, moves)
        b.insert_derived(lines, payments, moves)
        for v in new:  # in request order: a delivery's snapshots compared one after the other
            try:
                b.apply_delivery(v)
            except deliveries.DeliveryClash as exc:
                raise _Fallback(str(exc)) from None
    return results


def _check_refunds(s: Session, code: str, raws: list, items: list) -> list:
    """Refuse refunds of a sale the server never received (neither stored nor earlier in this
    batch): a refund references a real sale.  (A refund at another till of the hall is
    allowed.)"""
    wanted = {v.sale.refund_of for v in items if isinstance(v, _Valid) and v.sale is not None and v.sale.kind == "refund"}
    if not wanted:
        return items
    known: dict[str, str] = {}
    for chunk in _chunks(sorted(wanted)):
        known.update(s.execute(select(SaleRow.uuid, SaleRow.terminal_code).where(SaleRow.uuid.in_(chunk))).all())
    out = []
    for raw, v in zip(raws, items):
        if isinstance(v, _Valid) and v.sale is not None:
            if v.sale.kind == "sale":
                known.setdefault(v.sale.uuid, code)
            elif v.sale.refund_of not in known:
                v = _Refused(raw, v.ev.uuid, v.ev.kind,
                             f"a refund of sale {v.sale.refund_of}, which this server never received")
        out.append(v)
    return out


def push_batch(db: Database, code: str, batch: m.BatchCreate, settings: Settings | None = None, *,
               clock: Clock = now) -> list[dict]:
    """Apply a push from terminal ``code`` in one transaction; one result per event in request
    order, ``{"uuid", "status": "accepted" | "duplicate" | "rejected", "reason"?}``.  ``clock``
    stamps the receive time (and the terminal's clock skew).  The envelope's
    ``sold_before_as`` is recorded first (:func:`sold_before`); sales claiming the terminal's
    own code or one of the codes it sold under before enrolment are stored under ``code``.
    After the commit, the personal data of deliveries done ``settings.delivery_erase_days``
    before the receive time is erased (:func:`deliveries.erase_personal_data`).
    Raises :class:`Forbidden` if the batch claims another terminal, :class:`Unauthorized` for
    an unknown or revoked terminal."""
    earlier = sold_before(db, code, batch.sold_before_as)
    check_claims(code, batch, earlier)
    settings = settings or Settings()
    items = [_validate(code, raw, earlier) for raw in batch.events]
    for attempt in range(5):
        received = clock()
        try:
            with db.write() as s:
                # One push per terminal at a time: the terminal's row lock (PostgreSQL; SQLite has
                # one writer anyway) serialises them, so two copies of a batch cannot deadlock.
                t = s.scalar(select(TerminalRow).where(TerminalRow.code == code).with_for_update())
                if t is None or t.revoked_at is not None:
                    raise Unauthorized("unknown or revoked token")
                b = _Batch(s, code, iso(received))
                checked = _check_refunds(s, code, batch.events, items)
                try:
                    with s.begin_nested():
                        results = _push_all(b, batch.events, checked)
                except (_Fallback, IntegrityError, DataError):
                    b.rejected.clear()
                    results = [_push_one(b, raw, item) for raw, item in zip(batch.events, checked)]
                b.save_rejected()
                t.last_seen_at = iso(received)
                t.last_sent_at = iso(batch.sent_at)
                t.clock_skew_s = round((batch.sent_at - received).total_seconds(), 3)
                if batch.app_version is not None:
                    t.app_version = batch.app_version
                if batch.waiting is not None:
                    t.events_waiting = batch.waiting
                if settings.stall_file:
                    Path(settings.stall_file).touch()
                    time.sleep(3600)
            # personal data of deliveries done long enough ago, at every push (PROTOCOL.md, "Deliveries")
            deliveries.erase_personal_data(db, received, settings.delivery_erase_days)
            return results
        except OperationalError as exc:  # deadlock / serialisation failure / busy: retry the batch
            if attempt == 4 or not _retryable(exc):
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _retryable(exc: OperationalError) -> bool:
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return code in ("40001", "40P01") or "locked" in str(exc).lower()

