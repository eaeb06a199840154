"""The audit log: an append-only record of sensitive actions, synced to the county office.

Every entry is written in the transaction of the action it records (a refund and its audit
entry commit together), with an ``audit.recorded`` outbox event.  SQLite triggers refuse
UPDATE and DELETE on ``audit_log`` (migration 0005), so an entry, once written, stays.

Actions (the ``action`` codes): ``refund``, ``approval``, ``price_override``, ``discount``,
``sale_cancelled``, ``line_voided``, ``drawer_opened``, ``login``, ``login_failed``,
``user_locked``, ``user_changed``, ``settings_changed``, ``shift_opened``, ``shift_closed``,
``cash_in``, ``cash_out``, ``sale_parked``, ``sale_recalled``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import AuditRow, OutboxRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, local_time, offset_minutes, utc_iso

#: payload schema of ``audit.recorded`` and the shift events (server protocol schema 2)
EVENT_SCHEMA = 2


def add_event(session: Session, kind: str, payload: dict, at: datetime) -> None:
    """Queue outbox event ``kind`` (``{"schema": 2, **payload}``) in ``session``'s transaction."""
    session.add(OutboxRow(uuid=str(uuid.uuid4()), kind=kind, created_at=utc_iso(at),
                          payload=json.dumps({"schema": EVENT_SCHEMA, **payload}, ensure_ascii=False,
                                             separators=(",", ":"))))


def record(session: Session, at: datetime, user: str, action: str, approved_by: str | None = None,
           **details) -> str:
    """Append an audit entry (and its ``audit.recorded`` event) in ``session``'s transaction;
    ``details`` must be JSON-serialisable (fen as ints, quantities as strings).  Returns the
    entry's UUID."""
    entry = {"uuid": str(uuid.uuid4()), "at": utc_iso(at), "utc_offset_min": offset_minutes(at),
             "user": user, "action": action, "approved_by": approved_by, "details": details}
    session.add(AuditRow(uuid=entry["uuid"], at=entry["at"], utc_offset_min=entry["utc_offset_min"],
                         user=user, action=action, approved_by=approved_by,
                         details=json.dumps(details, ensure_ascii=False, separators=(",", ":"), default=str)))
    add_event(session, "audit.recorded", {"entry": json.loads(json.dumps(entry, default=str))}, at)
    return entry["uuid"]


def log(store: Store, user: str, action: str, clock: Clock, approved_by: str | None = None, **details) -> str:
    """:func:`record` in a transaction of its own (for actions that write nothing else)."""
    with store.write() as s:
        return record(s, clock(), user, action, approved_by, **details)


@dataclass(frozen=True)
class AuditEntry:
    """An audit entry as shown to managers: local time, who, what, approved by whom, details."""

    at: datetime
    user: str
    action: str
    approved_by: str | None
    details: dict


def entries(store: Store, action: str | None = None, limit: int = 500) -> list[AuditEntry]:
    """The newest ``limit`` entries (optionally of one ``action``), newest first."""
    with store.read() as s:
        stmt = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if action:
            stmt = stmt.where(AuditRow.action == action)
        return [AuditEntry(local_time(r.at, r.utc_offset_min), r.user, r.action, r.approved_by,
                           json.loads(r.details or "{}")) for r in s.scalars(stmt)]
