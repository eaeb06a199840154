"""Business rules of the county server, kept out of the HTTP routes and the CLI.

* Terminals and tokens: one-time enrolment codes, per-terminal bearer tokens and admin tokens,
  all stored as SHA-256 hashes (the secrets are random, 80 and 256 bits).
* Push: a batch is applied in ONE transaction; each event is inserted by UUID with the
  dialect's ``INSERT … ON CONFLICT (uuid) DO NOTHING`` inside its own savepoint, so a
  duplicate costs nothing and a bad event is rolled back alone and answered ``rejected``.
* Pull: catalogue rows carry the number of the change that last wrote them; change numbers
  are handed out while catalogue writers are serialised, so they grow in commit order and a
  cursor never skips a row (PROTOCOL.md, "Cursor").
* County views: sales by day/cooperative/category/terminal, stock per product, terminals,
  Z reports of closed shifts, the tills' audit log.

Nothing here imports FastAPI: the CLI uses it directly on the database.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import case, func, insert, select, tuple_
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from yarlung_pos.server import models as m
from yarlung_pos.server.database import Database, lock_catalogue
from yarlung_pos.server.schema import (AdminTokenRow, AuditEntryRow, CatalogueChangeRow, CategoryRow, CooperativeRow,
                                       EventRow, PaymentRow, ProductRow, RejectedEventRow, SaleLineRow, SaleRow,
                                       ShiftRow, StockMoveRow, TerminalRow)
from yarlung_pos.server.settings import Settings

REPORT_KEYS = ("day", "cooperative", "category", "terminal")
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone
_RAW_LIMIT = 64 * 1024


# ---------------------------------------------------------------- errors

class ServiceError(Exception):
    """A refused request; ``str(error)`` is a one-line reason.  ``status`` is its HTTP code."""

    status = 400


class NotFound(ServiceError):
    status = 404


class Conflict(ServiceError):
    status = 409


class Unauthorized(ServiceError):
    status = 401


class Forbidden(ServiceError):
    status = 403


# ---------------------------------------------------------------- time and secrets

def now() -> datetime:
    return datetime.now(UTC)


def iso(at: datetime) -> str:
    """UTC ISO 8601 with microseconds always (so that stored times sort as text)."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def new_token() -> str:
    """A bearer token: 32 random bytes, URL-safe base64 (43 characters)."""
    return secrets.token_urlsafe(32)


def new_enrolment_code() -> str:
    """``ABCD-EFGH-JKLM-NPQR``: 16 characters of a 32-letter alphabet (80 bits)."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def normalise_enrolment_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch not in "- ")


def terminal_code(text: str) -> str:
    code = text.strip().upper()
    if not m.TERMINAL_CODE_RE.match(code):
        raise ServiceError(f"terminal code must be 1–16 letters, digits, '-' or '_': {text!r}")
    return code


# ---------------------------------------------------------------- terminals and tokens

@dataclass(frozen=True)
class Principal:
    """Who a bearer token belongs to: ``kind`` ``"terminal"`` (``name`` = its code) or ``"admin"``."""

    kind: str
    name: str


def _status(t: TerminalRow) -> str:
    if t.revoked_at is not None:
        return "revoked"
    return "enrolled" if t.token_hash is not None else "pending"


def add_terminal(db: Database, code: str, settings: Settings | None = None) -> dict:
    """Register terminal ``code`` with a one-time enrolment code (returned, never stored)."""
    code = terminal_code(code)
    enrol = new_enrolment_code()
    at = now()
    expires = at + timedelta(days=(settings or Settings()).enrolment_ttl_days)
    with db.write() as s:
        if s.scalar(select(TerminalRow.id).where(TerminalRow.code == code)) is not None:
            raise Conflict(f"terminal {code} already exists (use 'terminal reissue {code}' for a new enrolment code)")
        s.add(TerminalRow(code=code, enrol_code_hash=hash_secret(normalise_enrolment_code(enrol)),
                          enrol_expires_at=iso(expires), created_at=iso(at)))
    return {"terminal": code, "enrolment_code": enrol, "expires_at": iso(expires)}


def reissue_terminal(db: Database, code: str, settings: Settings | None = None) -> dict:
    """A new one-time enrolment code for an existing terminal (a replaced or revoked till).
    Its current token keeps working until the new code is used."""
    code = terminal_code(code)
    enrol = new_enrolment_code()
    expires = now() + timedelta(days=(settings or Settings()).enrolment_ttl_days)
    with db.write() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.code == code))
        if t is None:
            raise NotFound(f"no terminal {code} (see 'terminal list')")
        t.enrol_code_hash = hash_secret(normalise_enrolment_code(enrol))
        t.enrol_expires_at = iso(expires)
    return {"terminal": code, "enrolment_code": enrol, "expires_at": iso(expires)}


def revoke_terminal(db: Database, code: str) -> dict:
    """Revoke the terminal's token (401 from now on) and any pending enrolment code."""
    code = terminal_code(code)
    with db.write() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.code == code))
        if t is None:
            raise NotFound(f"no terminal {code} (see 'terminal list')")
        if t.revoked_at is None:
            t.revoked_at = iso(now())
        t.enrol_code_hash = None
        t.enrol_expires_at = None
        return {"terminal": code, "status": "revoked", "revoked_at": t.revoked_at}


def list_terminals(db: Database) -> list[dict]:
    with db.read() as s:
        return [{"terminal": t.code, "status": _status(t), "created_at": t.created_at,
                 "enrolled_at": t.enrolled_at, "revoked_at": t.revoked_at, "last_seen": t.last_seen_at,
                 "enrolment_expires_at": t.enrol_expires_at if t.enrol_code_hash else None}
                for t in s.scalars(select(TerminalRow).order_by(TerminalRow.code))]


def create_admin_token(db: Database, label: str = "") -> dict:
    token = new_token()
    with db.write() as s:
        s.add(AdminTokenRow(token_hash=hash_secret(token), label=label, created_at=iso(now())))
    return {"token": token, "label": label}


def revoke_admin_tokens(db: Database) -> dict:
    with db.write() as s:
        rows = list(s.scalars(select(AdminTokenRow).where(AdminTokenRow.revoked_at.is_(None))))
        for row in rows:
            row.revoked_at = iso(now())
    return {"revoked": len(rows)}


def authenticate(db: Database, token: str) -> Principal | None:
    """The owner of a bearer token, or ``None`` for an unknown or revoked one."""
    if not token or len(token) > 256:
        return None
    h = hash_secret(token)
    with db.read() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.token_hash == h))
        if t is not None:
            return Principal("terminal", t.code) if t.revoked_at is None else None
        a = s.scalar(select(AdminTokenRow).where(AdminTokenRow.token_hash == h))
        if a is not None and a.revoked_at is None:
            return Principal("admin", a.label)
    return None


def enrol(db: Database, enrolment_code: str) -> dict:
    """Trade a one-time enrolment code for the terminal's token.  Raises :class:`Unauthorized`
    for an unknown, used or expired code."""
    h = hash_secret(normalise_enrolment_code(enrolment_code))
    token = new_token()
    with db.write() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.enrol_code_hash == h).with_for_update())
        if t is None:
            raise Unauthorized("unknown or already used enrolment code")
        if t.enrol_expires_at is None or datetime.fromisoformat(t.enrol_expires_at) < now():
            raise Unauthorized("the enrolment code has expired; ask the county office for a new one")
        t.enrol_code_hash = None
        t.enrol_expires_at = None
        t.token_hash = hash_secret(token)
        t.enrolled_at = iso(now())
        t.revoked_at = None
        # a replacement till must not reuse receipt numbers: tell it the highest one received
        last = 0
        for number in s.scalars(select(SaleRow.number).where(SaleRow.terminal_code == t.code)):
            tail = number.rsplit("-", 1)[-1].lstrip("R")
            if tail.isdigit():
                last = max(last, int(tail))
        return {"terminal": t.code, "token": token, "last_receipt_seq": last}


# ---------------------------------------------------------------- push

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
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(model)


def check_claims(code: str, batch: m.BatchCreate) -> None:
    """Raise :class:`Forbidden` when the batch, or a sale in it, claims another terminal."""
    if batch.terminal != code:
        raise Forbidden(f"this token belongs to terminal {code}, not {batch.terminal}")
    for ev in batch.events:
        sale = ev.get("payload", {}).get("sale") if isinstance(ev, dict) and isinstance(ev.get("payload"), dict) else None
        claimed = sale.get("terminal") if isinstance(sale, dict) else None
        if isinstance(claimed, str) and claimed != code:
            raise Forbidden(f"event {str(ev.get('uuid'))[:64]} claims terminal {claimed[:16]}, "
                            f"this token belongs to terminal {code}")


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
                "local_date": _local_date(sale.completed_at, sale.utc_offset_min), "cashier": sale.cashier,
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
                "by_method": _json_text([x.model_dump() for x in z.by_method]),
                "counted": _json_text(z.counted), "received_at": self.received_at}

    def audit_row(self, v: _Valid) -> dict:
        e = v.audit
        return {"uuid": e.uuid, "event_uuid": v.ev.uuid, "terminal_code": self.terminal, "at": iso(e.at),
                "utc_offset_min": e.utc_offset_min, "user_name": e.user, "action": e.action,
                "approved_by": e.approved_by, "details": _json_text(e.details), "received_at": self.received_at}

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
                milli = m.qty_milli(ln.qty)
                lines.append({"sale_id": sale_id, "line_no": no, "sku": ln.sku, "name_bo": ln.name_bo,
                              "name_zh": ln.name_zh, "name_en": ln.name_en, "unit": ln.unit, "qty_milli": milli,
                              "unit_price_fen": ln.unit_price_fen, "line_total_fen": ln.line_total_fen,
                              "category": cat, "cooperative": coop, "discount_fen": ln.discount_fen,
                              "order_discount_fen": ln.order_discount_fen, "list_price_fen": ln.list_price_fen})
                if sale.kind == "sale" or sale.restock:
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
        # settlement.created, shift.opened, shift.cash_moved: stored as received, nothing derived;
        # shift.closed and audit.recorded derive their row through claim()

    def insert_derived(self, lines: list, payments: list, moves: list) -> None:
        for model, rows in ((SaleLineRow, lines), (PaymentRow, payments), (StockMoveRow, moves)):
            if rows:
                self.s.execute(insert(model), rows)


def _printable(text: str | None, limit: int) -> str | None:
    """``text`` as it can be stored and sent back: no NUL, no lone surrogate (both escaped),
    at most ``limit`` characters."""
    if text is None:
        return None
    text = text.replace("\x00", "\\x00")
    return text.encode("utf-8", "backslashreplace").decode("utf-8")[:limit]


def _json_text(value: Any) -> str:
    """Compact JSON text of a validated payload part (checked to be valid JSON already)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _local_date(at: datetime, offset_min: int) -> str:
    try:
        return at.astimezone(timezone(timedelta(minutes=offset_min))).date().isoformat()
    except (OverflowError, ValueError):
        return at.date().isoformat()


def _validate(terminal: str, raw: Any) -> _Valid | _Refused:
    """Check one event without the database: its shape, kind, payload and sale rules."""
    if not isinstance(raw, dict):
        return _Refused(raw, None, None, "an event must be a JSON object")
    guess = raw.get("uuid") if isinstance(raw.get("uuid"), str) and len(raw["uuid"]) <= 64 else None
    guess_kind = raw.get("kind") if isinstance(raw.get("kind"), str) and len(raw["kind"]) <= 64 else None
    try:
        ev = m.EventCreate.model_validate(raw)
    except ValidationError as exc:
        return _Refused(raw, guess, guess_kind, _reason(exc))
    model = m.PAYLOAD_MODELS.get(ev.kind)
    if model is None:
        return _Refused(raw, ev.uuid, guess_kind, f"unknown event kind {ev.kind!r} (known: {', '.join(m.EVENT_KINDS)})")
    try:
        payload = model.model_validate(ev.payload)
    except ValidationError as exc:
        return _Refused(raw, ev.uuid, ev.kind, _reason(exc, "payload"))
    try:
        text = json.dumps(ev.payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        text.encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return _Refused(raw, ev.uuid, ev.kind, "payload: not valid JSON text (NaN, or a lone surrogate)")
    v = _Valid(ev, payload, text)
    if v.sale is not None:
        expected = "sale" if ev.kind == "sale.completed" else "refund"
        if v.sale.kind != expected:
            return _Refused(raw, ev.uuid, ev.kind,
                            f"a {ev.kind} event must carry a sale of kind {expected!r}, not {v.sale.kind!r}")
        if v.sale.terminal != terminal:
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
    except _Reject as exc:
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


def push_batch(db: Database, code: str, batch: m.BatchCreate, settings: Settings | None = None) -> list[dict]:
    """Apply a push from terminal ``code`` in one transaction; one result per event in request
    order.  Raises :class:`Forbidden` if the batch claims another terminal."""
    check_claims(code, batch)
    settings = settings or Settings()
    items = [_validate(code, raw) for raw in batch.events]
    for attempt in range(5):
        received = now()
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
                if settings.stall_file:
                    Path(settings.stall_file).touch()
                    time.sleep(3600)
            return results
        except OperationalError as exc:  # deadlock / serialisation failure / busy: retry the batch
            if attempt == 4 or not _retryable(exc):
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _retryable(exc: OperationalError) -> bool:
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return code in ("40001", "40P01") or "locked" in str(exc).lower()


# ---------------------------------------------------------------- catalogue

@dataclass(frozen=True)
class ImportResult:
    file: str
    kind: str
    added: int
    updated: int


_KIND_ORDER = {"categories": 0, "cooperatives": 1, "products": 2}


def _begin_change(s: Session, source: str) -> CatalogueChangeRow:
    """Serialise catalogue writers, then take the next change number (see PROTOCOL.md)."""
    lock_catalogue(s)
    number = (s.scalar(select(func.max(CatalogueChangeRow.id))) or 0) + 1
    change = CatalogueChangeRow(id=number, at=iso(now()), source=source[:500], rows=0)
    s.add(change)
    s.flush()
    return change


def _end_change(s: Session, change: CatalogueChangeRow, rows: int) -> None:
    if rows:
        change.rows = rows
    else:
        s.delete(change)  # nothing changed: no new cursor


def import_catalogue(db: Database, paths: list[Path | str], kind: str | None = None) -> list[ImportResult]:
    """Import catalogue CSV files (the till's format, see services/catalogue_csv.py) in ONE
    transaction, categories before cooperatives before products.  Raises
    :class:`yarlung_pos.services.catalogue_csv.CatalogueImportError` (nothing changed)."""
    from yarlung_pos.services import catalogue_csv as cc

    files = sorted((cc.read_catalogue(path, kind) for path in paths), key=lambda f: _KIND_ORDER[f.kind])
    results = []
    with db.write() as s:
        change = _begin_change(s, "import " + ", ".join(f.path.name for f in files))
        for f in files:
            if f.kind == "products":
                added, updated = _import_products(s, f, change.id)
            else:
                added, updated = _import_parties(s, f, change.id)
            results.append(ImportResult(str(f.path), f.kind, added, updated))
            s.flush()
        _end_change(s, change, sum(r.added + r.updated for r in results))
    return results


def _import_parties(s: Session, f, change_id: int) -> tuple[int, int]:
    """Categories or cooperatives of the read file ``f`` (values judged by the catalogue
    rulebook, see :func:`yarlung_pos.services.catalogue_csv.check_party_rows`)."""
    from dataclasses import asdict

    from yarlung_pos.services import catalogue_csv as cc

    model = CategoryRow if f.kind == "categories" else CooperativeRow
    errors = list(f.errors)
    clean = [asdict(r) for r in cc.check_party_rows(f.kind, f.rows, errors)]
    cc.raise_if_errors(f.path, errors)
    existing = {r.code: r for r in s.scalars(select(model))}
    added = updated = 0
    for values in clean:
        row = existing.get(values["code"])
        if row is None:
            s.add(model(change_id=change_id, **values))
            added += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(row, k, v)
            row.change_id = change_id
            updated += 1
    return added, updated


def _import_products(s: Session, f, change_id: int) -> tuple[int, int]:
    """Products of the read file ``f`` (values judged by the catalogue rulebook, see
    :func:`yarlung_pos.services.catalogue_csv.check_product_rows`)."""
    from dataclasses import asdict

    from yarlung_pos.services import catalogue_csv as cc

    s.flush()
    categories = set(s.scalars(select(CategoryRow.code)))
    cooperatives = set(s.scalars(select(CooperativeRow.code)))
    existing = {r.sku: r for r in s.scalars(select(ProductRow))}
    barcode_owner = {r.barcode: r.sku for r in existing.values() if r.barcode}
    errors = list(f.errors)
    clean = [asdict(r) for r in cc.check_product_rows(f.rows, categories, cooperatives, barcode_owner, errors)]
    cc.raise_if_errors(f.path, errors)
    for v in clean:  # free barcodes that move between products before assigning them
        row = existing.get(v["sku"])
        if row is not None and row.barcode != v["barcode"] and row.barcode is not None:
            row.barcode = None
            row.change_id = change_id
    s.flush()
    added = updated = 0
    for v in clean:
        row = existing.get(v["sku"])
        if row is None:
            s.add(ProductRow(change_id=change_id, **v))
            added += 1
        elif row.change_id == change_id or any(getattr(row, k) != val for k, val in v.items()):
            for k, val in v.items():
                setattr(row, k, val)
            row.change_id = change_id
            updated += 1
    return added, updated


def set_price(db: Database, sku: str, price_fen: int) -> dict:
    """Change a product's price (a new catalogue change that terminals pull).  ``price_fen``
    is judged by the catalogue rulebook (:func:`~yarlung_pos.domain.catalogue_rules.check_price_fen`);
    raises :class:`ServiceError` with its reason, :class:`NotFound` for an unknown SKU."""
    from yarlung_pos.domain import catalogue_rules as rules

    sku = rules.normal_code(sku)
    try:
        price_fen = rules.check_price_fen(price_fen)
    except rules.CatalogueRuleError as exc:
        raise ServiceError(str(exc)) from None
    with db.write() as s:
        change = _begin_change(s, f"price {sku} {price_fen}")
        row = s.get(ProductRow, sku)
        if row is None:
            raise NotFound(f"unknown SKU {sku}")
        old = row.price_fen
        if old != price_fen:
            row.price_fen = price_fen
            row.change_id = change.id
        _end_change(s, change, int(old != price_fen))
        return {"sku": sku, "old_price_fen": old, "price_fen": price_fen,
                "cursor": change.id if old != price_fen else None}


def pull_catalogue(db: Database, cursor: int) -> dict:
    """Every catalogue row changed after ``cursor``, and the cursor to send next time.  A
    cursor this server never handed out (above its newest change: a restored or different
    server) gets the whole catalogue with ``full: true``."""
    with db.read(snapshot=True) as s:
        current = s.scalar(select(func.max(CatalogueChangeRow.id))) or 0
        full = cursor <= 0 or cursor > current
        since = 0 if full else cursor
        cats = s.scalars(select(CategoryRow).where(CategoryRow.change_id > since).order_by(CategoryRow.code))
        coops = s.scalars(select(CooperativeRow).where(CooperativeRow.change_id > since).order_by(CooperativeRow.code))
        prods = s.scalars(select(ProductRow).where(ProductRow.change_id > since).order_by(ProductRow.sku))
        return {
            "cursor": current, "full": full,
            "categories": [{"code": c.code, "name_bo": c.name_bo, "name_zh": c.name_zh, "name_en": c.name_en,
                            "sort_order": c.sort_order} for c in cats],
            "cooperatives": [{"code": c.code, "name_bo": c.name_bo, "name_zh": c.name_zh, "name_en": c.name_en,
                              "town_bo": c.town_bo, "town_zh": c.town_zh, "town_en": c.town_en} for c in coops],
            "products": [{"sku": p.sku, "barcode": p.barcode, "name_bo": p.name_bo, "name_zh": p.name_zh,
                          "name_en": p.name_en, "category": p.category, "cooperative": p.cooperative,
                          "unit": p.unit, "price_fen": p.price_fen, "active": bool(p.active)} for p in prods],
        }


# ---------------------------------------------------------------- county views

def sales_report(db: Database, by: str) -> list[dict]:
    """``[{"key", "sales", "total_fen"}]`` over all terminals, sorted by key (``None`` last).
    ``sales`` counts sales (not refunds) touching the key; ``total_fen`` is net fen: sales minus
    refunds.  By day/terminal the amounts are the sales' totals; by cooperative/category they
    are the lines' nets — ``line_total_fen − discount_fen − order_discount_fen``, what the goods
    actually sold for — so they add up to the sales' totals less their cash rounding.  Raises
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
                    .join(SaleRow, SaleRow.id == SaleLineRow.sale_id).group_by(col))
        rows = [{"key": k, "sales": int(n or 0), "total_fen": int(t or 0)} for k, n, t in s.execute(stmt)]
    return sorted(rows, key=lambda r: (r["key"] is None, r["key"] or ""))


def _level_text(milli: int, unit: str | None) -> str:
    qty = Decimal(milli) / 1000
    if unit != "kg" and milli % 1000 == 0:
        return str(milli // 1000)
    return str(qty.quantize(Decimal("0.001")))


def stock_report(db: Database) -> list[dict]:
    """County-wide level per product: the sum of the stock moves of all terminals (products of
    the catalogue without moves: 0; SKUs moved but unknown to the catalogue are listed too)."""
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
    """Per terminal: status, last push received, clock skew of that push (device ``sent_at`` −
    receive time, seconds) and accepted events."""
    with db.read() as s:
        stats = {code: (n, last) for code, n, last in s.execute(
            select(EventRow.terminal_code, func.count(), func.max(EventRow.seq)).group_by(EventRow.terminal_code))}
        return [{"code": t.code, "status": _status(t), "last_seen": t.last_seen_at, "clock_skew_s": t.clock_skew_s,
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
    return [{**r, "details": _json_text(r["details"])} for r in rows], AUDIT_COLUMNS


def to_csv(rows: list[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if r[c] is None else (int(r[c]) if isinstance(r[c], bool) else r[c]) for c in columns])
    return buf.getvalue()
