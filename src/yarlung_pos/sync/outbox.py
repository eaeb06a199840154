"""The outbox as the user sees it: events waiting for the county server, events set aside
(why, and what the user can do about each), and sending the set-aside ones again.  Split out
of :mod:`yarlung_pos.sync.client` (which pushes and pulls, and names these as before)."""

from __future__ import annotations

from sqlalchemy import func, select

from yarlung_pos.db.schema import OutboxRow
from yarlung_pos.db.store import Store

#: how a reason set by :func:`yarlung_pos.sync.client._set_aside_foreign` begins (this
#: version: "sold as T01 before this till was enrolled as T05; …"; versions before issue #13: "recorded as T01, not as this
#: till's T05; not sent (hand these over …)")
BEFORE_ENROLMENT = ("sold as ", "recorded as ")

def pending_count(store: Store) -> int:
    """Outbox events not yet accepted by the server (rejected ones excluded)."""
    with store.read() as s:
        return s.scalar(select(func.count(OutboxRow.seq)).where(OutboxRow.sent_at.is_(None),
                                                                OutboxRow.rejected_reason.is_(None))) or 0


def _what_to_do(reason: str) -> str:
    if reason.startswith(BEFORE_ENROLMENT):
        return "nothing now: the next sync decides on these again" if reason.startswith("recorded as ") else ""
    if reason.startswith("too large"):
        return ("ask the county office to raise the server's request limit (serve --max-body-bytes), "
                "then 'sync rejected --resend'")
    return ("the county server refused it: show the reason to the county office; once the cause is fixed, "
            "'sync rejected --resend' sends it again")


def rejected_events(store: Store) -> list[dict]:
    """Events set aside, not sent: ``[{"seq", "uuid", "kind", "reason", "action"}]``, oldest
    first — ``reason`` why (the server's answer, or why the till kept it back), ``action``
    what the user can do about it (``""`` when the reason says it already)."""
    with store.read() as s:
        return [{"seq": r.seq, "uuid": r.uuid, "kind": r.kind, "reason": r.rejected_reason,
                 "action": _what_to_do(r.rejected_reason)}
                for r in s.scalars(select(OutboxRow).where(OutboxRow.sent_at.is_(None),
                                                           OutboxRow.rejected_reason.is_not(None))
                                   .order_by(OutboxRow.seq))]


def resend_rejected(store: Store) -> int:
    """Put every set-aside event back in the queue (after the cause was fixed); the next push
    sends them (sales made before enrolment that the server still would not take are set aside
    again, with the reason).  Returns how many."""
    with store.write() as s:
        rows = list(s.scalars(select(OutboxRow).where(OutboxRow.sent_at.is_(None), OutboxRow.rejected_reason.is_not(None))))
        for r in rows:
            r.rejected_reason = None
    return len(rows)
