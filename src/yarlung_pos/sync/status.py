"""What the back office's County office tab shows about sync, read from the terminal's own
database and its sync log (no network): the enrolment, the last sync, the events waiting and
the events set aside (with the receipt number of a sale or refund).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from yarlung_pos.db.schema import OutboxRow
from yarlung_pos.db.store import Store, get_setting
from yarlung_pos.sync import client

#: how many lines of the sync log the tab shows at most
LOG_LINES = 8


@dataclass(frozen=True)
class SetAsideEvent:
    """An outbox event sync set aside (refused by the server, or held back by the till):
    ``seq`` (outbox order), ``uuid``, ``kind`` (``sale.completed`` …), ``number`` (the
    receipt number of a sale or refund, else ``None``) and ``reason`` (as recorded, the
    server's words)."""

    seq: int
    uuid: str
    kind: str
    number: str | None
    reason: str


@dataclass(frozen=True)
class SyncOverview:
    """``server_url`` and ``terminal`` (``None``/the local code before enrolment),
    ``enrolled``, ``last_sync_at`` (aware UTC ``datetime`` of the last successful sync, or
    ``None``), ``waiting`` (events not yet sent), ``set_aside`` (:class:`SetAsideEvent`, oldest
    first) and ``log`` (the last lines of the sync log, oldest first)."""

    enrolled: bool
    server_url: str | None
    terminal: str
    last_sync_at: datetime | None
    waiting: int
    set_aside: list[SetAsideEvent]
    log: list[str]


def set_aside_events(store: Store) -> list[SetAsideEvent]:
    """The events :func:`client.rejected_events` lists, with the receipt number of each sale
    or refund (read from its payload)."""
    events = client.rejected_events(store)
    numbers: dict[str, str | None] = {}
    uuids = [e["uuid"] for e in events]
    with store.read() as s:
        for i in range(0, len(uuids), 500):
            for uuid_, payload in s.execute(select(OutboxRow.uuid, OutboxRow.payload)
                                            .where(OutboxRow.uuid.in_(uuids[i:i + 500]))):
                try:
                    sale = json.loads(payload).get("sale") or {}
                except (ValueError, AttributeError):
                    sale = {}
                numbers[uuid_] = sale.get("number") if isinstance(sale, dict) else None
    return [SetAsideEvent(int(e["seq"]), e["uuid"], e["kind"], numbers.get(e["uuid"]), str(e.get("reason") or ""))
            for e in events]


def log_tail(store: Store, lines: int = LOG_LINES) -> list[str]:
    """The last ``lines`` lines of the sync log beside the database (``[]`` without one)."""
    if store.path is None:
        return []
    path = store.path.with_name(store.path.name + ".sync.log")
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            return [ln.rstrip("\n") for ln in fh.readlines()[-lines:]]
    except OSError:
        return []


def sync_overview(store: Store) -> SyncOverview:
    """Everything the County office tab shows (see :class:`SyncOverview`)."""
    config = client.load_config(store)
    with store.read() as s:
        last = get_setting(s, "last_sync_at")
        terminal = get_setting(s, "terminal_code", "T01") or "T01"
        url = get_setting(s, "sync_server_url")
    try:
        last_at = datetime.fromisoformat(last) if last else None
    except ValueError:
        last_at = None
    return SyncOverview(config is not None, url or None, config.terminal if config else terminal, last_at,
                        client.pending_count(store), set_aside_events(store), log_tail(store))
