"""Settlements on the server (issue #17): the projection of the tills' ``settlement.created``
events into ``settlements``/``settlement_sales`` (:mod:`~yarlung_pos.server.schema_settlements`)
and the office's record of paying one.

The till's document (``services/settlement.py``, ``SettlementDraft.as_json``) is ``{"schema":
1, "number", "cooperative", "from", "to", "gross_fen", "refunds_fen", "commission_bp",
"commission_fen", "due_fen", "sales": [sale uuids], "products": [...]}``; ``sales`` names the
sales and refunds whose lines of that cooperative it pays.  :func:`apply_event` writes it in
the push's transaction, once: a resent event is a duplicate before it gets here, and a second
event with the same terminal and number is kept as a raw event only.  A document without
those fields (not what a till writes) is kept raw only as before.
"""

from __future__ import annotations

import json
from datetime import date, timedelta, timezone
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from yarlung_pos.server.common import Clock, iso
from yarlung_pos.server.console import PageRefused
from yarlung_pos.server.database import Database
from yarlung_pos.server.office_users import OfficeUser
from yarlung_pos.server.schema_settlements import SettlementRow, SettlementSaleRow
from yarlung_pos.server.web import _

KIND = "settlement.created"
REFERENCE_MAX = 64
#: the county's clock for "today" (Tibet keeps Beijing time)
OFFICE_TZ = timezone(timedelta(hours=8))
_MONEY = ("gross_fen", "refunds_fen", "commission_fen", "due_fen")


def office_today(clock: Clock) -> date:
    """Today's date in the county (UTC+8) by ``clock``."""
    return clock().astimezone(OFFICE_TZ).date()


def _date(value: Any) -> str | None:
    try:
        return date.fromisoformat(value).isoformat() if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def settlement_values(terminal: str, event_uuid: str, created_at: str, received_at: str,
                      doc: Any) -> tuple[dict, list[str]] | None:
    """The ``settlements`` row (without ``id``) and the sale UUIDs of the till's document
    ``doc`` (a parsed ``settlement.created`` payload), else ``None`` when it lacks a field or
    one has the wrong type (number and cooperative text of ≤ 32 characters, ``from``/``to``
    ISO dates, the amounts and ``commission_bp`` integers, ``sales`` a list of UUID texts)."""
    if not isinstance(doc, dict):
        return None
    number, coop = doc.get("number"), doc.get("cooperative")
    date_from, date_to, sales = _date(doc.get("from")), _date(doc.get("to")), doc.get("sales")
    amounts = [doc.get(k) for k in (*_MONEY, "commission_bp")]
    if (not isinstance(number, str) or not 0 < len(number) <= 32 or not isinstance(coop, str)
            or not 0 < len(coop) <= 32 or date_from is None or date_to is None
            or any(type(a) is not int or abs(a) > 10**15 for a in amounts)
            or not isinstance(sales, list) or any(not isinstance(u, str) or not 0 < len(u) <= 36 for u in sales)):
        return None
    row = {"uuid": event_uuid, "terminal_code": terminal, "number": number, "cooperative": coop,
           "date_from": date_from, "date_to": date_to, **{k: doc[k] for k in _MONEY},
           "commission_bp": doc["commission_bp"], "created_at": created_at, "received_at": received_at}
    return row, list(dict.fromkeys(sales))


def apply_event(s: Session, terminal: str, event_uuid: str, payload_text: str, created_at: str,
                received_at: str) -> int | None:
    """Write the projection of a ``settlement.created`` event just accepted from ``terminal``
    (its payload as stored, JSON text) in session ``s``; returns the new settlement's id, or
    ``None`` when the document is not a till's settlement or the terminal's settlement of that
    number is stored already (nothing written twice)."""
    values = settlement_values(terminal, event_uuid, created_at, received_at, json.loads(payload_text))
    if values is None:
        return None
    row, sales = values
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    settlement_id = s.execute(dialect.insert(SettlementRow).values(**row).on_conflict_do_nothing()
                              .returning(SettlementRow.id)).scalar()
    if settlement_id is not None and sales:
        s.execute(insert(SettlementSaleRow), [{"settlement_id": settlement_id, "sale_uuid": u} for u in sales])
    return settlement_id


SETTLEMENT_COLUMNS = ["id", "terminal", "number", "cooperative", "date_from", "date_to", "gross_fen", "refunds_fen",
                      "commission_bp", "commission_fen", "due_fen", "created_at", "paid_at", "paid_reference",
                      "paid_by", "paid_recorded_at"]


def settlements_report(db: Database, cooperative: str | None = None) -> list[dict]:
    """The tills' settlements (of ``cooperative`` only, when given), newest period first, then
    terminal and number: ``[{"id", "terminal", "number", "cooperative", "date_from",
    "date_to", "gross_fen", "refunds_fen", "commission_bp", "commission_fen", "due_fen",
    "created_at", "paid_at", "paid_reference", "paid_by", "paid_recorded_at"}]`` (fen; dates
    ``YYYY-MM-DD``; ``created_at`` the till's time, UTC; ``paid_*`` ``None`` while unpaid)."""
    stmt = select(SettlementRow).order_by(SettlementRow.date_to.desc(), SettlementRow.terminal_code,
                                          SettlementRow.number)
    if cooperative is not None:
        stmt = stmt.where(SettlementRow.cooperative == cooperative.strip().upper())
    with db.read() as s:
        return [{"id": r.id, "terminal": r.terminal_code, "number": r.number, "cooperative": r.cooperative,
                 "date_from": r.date_from, "date_to": r.date_to, "gross_fen": r.gross_fen,
                 "refunds_fen": r.refunds_fen, "commission_bp": r.commission_bp, "commission_fen": r.commission_fen,
                 "due_fen": r.due_fen, "created_at": r.created_at, "paid_at": r.paid_at,
                 "paid_reference": r.paid_reference, "paid_by": r.paid_by, "paid_recorded_at": r.paid_recorded_at}
                for r in s.scalars(stmt)]


NOT_MANAGER = _("Only a manager can mark a settlement paid.")
NO_SETTLEMENT = _("There is no such settlement.")
BAD_REFERENCE = _("Give the payment reference: 1 to {max} characters, no control characters.")
FUTURE = _("The payment date {date} is after today ({today}).")
ALREADY_PAID = _("Settlement {number} was marked paid already, on {date} with reference {reference}.")


def mark_settlement_paid(db: Database, who: OfficeUser, settlement_id: int, reference: str, paid_on: date,
                         clock: Clock) -> dict:
    """Record that settlement ``settlement_id`` was paid on ``paid_on`` with payment reference
    ``reference`` (stripped; 1–64 characters without control characters), by office user
    ``who``, stamped with ``clock``.  Returns ``{"id", "number", "paid_at", "paid_reference",
    "paid_by", "paid_recorded_at"}``.  Raises :class:`PageRefused` 403 unless ``who`` is a
    manager (or admin), 404 for an unknown settlement, 400 for a bad reference or a date after
    today (UTC+8, :func:`office_today`), 409 when it was marked paid already; nothing is
    written then."""
    if not who.at_least("manager"):
        raise PageRefused(403, NOT_MANAGER)
    reference = (reference or "").strip()
    if not 0 < len(reference) <= REFERENCE_MAX or any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in reference):
        raise PageRefused(400, BAD_REFERENCE, max=str(REFERENCE_MAX))
    today = office_today(clock)
    if paid_on > today:
        raise PageRefused(400, FUTURE, date=paid_on.isoformat(), today=today.isoformat())
    with db.write() as s:
        row = s.scalar(select(SettlementRow).where(SettlementRow.id == settlement_id).with_for_update())
        if row is None:
            raise PageRefused(404, NO_SETTLEMENT)
        if row.paid_at is not None:
            raise PageRefused(409, ALREADY_PAID, number=row.number, date=row.paid_at,
                              reference=row.paid_reference or "")
        row.paid_at, row.paid_reference = paid_on.isoformat(), reference
        row.paid_by, row.paid_recorded_at = who.username, iso(clock())
        return {"id": row.id, "number": row.number, "paid_at": row.paid_at, "paid_reference": reference,
                "paid_by": who.username, "paid_recorded_at": row.paid_recorded_at}


def parse_paid_on(text: str | None) -> date:
    """The payment date of the form (``YYYY-MM-DD``); raises :class:`PageRefused` 400 if it is
    not one."""
    try:
        if text and len(text.strip()) == 10:
            return date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise PageRefused(400, BAD_DATE)


BAD_DATE = _("Give the payment date as YYYY-MM-DD.")
