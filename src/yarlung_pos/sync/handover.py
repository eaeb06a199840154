"""The till's side of the USB hand-over (issue #14; ``server/PROTOCOL.md``, "Hand-over on a USB
stick"): for a hall offline for weeks.

* :func:`export_events` writes every event a push would send now (pending, not set aside) into
  one signed, compressed file (:mod:`yarlung_pos.handover_file`), for
  ``yarlung-pos-server import`` at the county office.  Nothing is marked sent: only the county's
  answer does that.
* :func:`import_acks` reads the county's answer (``yarlung-pos-server export-acks``) and applies
  it exactly as a push's answers are applied: accepted → sent; rejected → set aside with the
  reason.  All or nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from yarlung_pos import handover_file
from yarlung_pos.db.schema import OutboxRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, system_clock, utc_iso
from yarlung_pos.sync.client import (PROTOCOL_SCHEMA, SyncError, _log, _unsent_sale_codes, load_config,
                                     pending_count)

_STATUSES = ("accepted", "duplicate", "rejected")


def _config(store: Store):
    config = load_config(store)
    if config is None:
        raise SyncError("this terminal is not enrolled, so it has no key to sign a hand-over file with: run "
                        "'yarlung-pos sync enrol --server URL --code CODE' first (once, where the server can be "
                        "reached)")
    return config


def export_events(store: Store, path: Path, clock: Clock = system_clock) -> dict:
    """Write the events a push would send now — pending, not set aside, oldest first, each as a
    push carries it (``{"uuid", "seq", "kind", "created_at", "payload"}``) — into the signed
    hand-over file ``path`` (written atomically; an existing file is replaced).  The header
    declares the codes of sales made before enrolment (``sold_before_as``, as a push does).
    Returns ``{"file", "terminal", "events", "first_seq", "last_seq", "bytes"}`` (seqs ``None``
    for no events).  Raises :class:`SyncError` (not enrolled), ``OSError`` (cannot write)."""
    config = _config(store)
    with store.read() as s:
        events = [{"uuid": r.uuid, "seq": r.seq, "kind": r.kind, "created_at": r.created_at,
                   "payload": json.loads(r.payload)}
                  for r in s.scalars(select(OutboxRow).where(OutboxRow.sent_at.is_(None),
                                                             OutboxRow.rejected_reason.is_(None))
                                     .order_by(OutboxRow.seq))]
        earlier = sorted(_unsent_sale_codes(s) - {config.terminal})[:16]
    first = events[0]["seq"] if events else None
    last = events[-1]["seq"] if events else None
    header = {"terminal": config.terminal, "created_at": utc_iso(clock()), "schema": PROTOCOL_SCHEMA,
              "first_seq": first, "last_seq": last, "sold_before_as": earlier}
    size = handover_file.write(Path(path), "events", header, events, handover_file.key_of_token(config.token))
    _log(store, f"exported {len(events)} event(s) for the county office to {path}")
    return {"file": str(path), "terminal": config.terminal, "events": len(events), "first_seq": first,
            "last_seq": last, "bytes": size}


def import_acks(store: Store, path: Path, clock: Clock = system_clock) -> dict:
    """Apply the county's answer file ``path`` (``yarlung-pos-server export-acks``) after
    checking that it is for this terminal and signed with its key.  In one transaction, as a
    push applies answers: ``accepted``/``duplicate`` → the event is marked sent (also one set
    aside before); ``rejected`` → an event not yet sent is set aside with the server's reason.
    Answers for events this till does not hold (an earlier till under the same code) are
    counted as ``unknown`` and change nothing.  Returns ``{"file", "terminal", "answers",
    "sent", "already_sent", "rejected", "unknown", "waiting"}``.  Raises :class:`SyncError`
    (not enrolled; another terminal's answer; altered or not signed with this till's key:
    nothing changed), ``OSError`` (cannot read)."""
    config = _config(store)
    try:
        header, body = handover_file.read_header(Path(path), "acks")
        if header["terminal"] != config.terminal:
            raise SyncError(f"{path} is the county's answer for terminal {header['terminal']}, this till is "
                            f"{config.terminal}; nothing was applied")
        rows = handover_file.verify(Path(path), header, body, handover_file.key_of_token(config.token),
                                    config.terminal)
    except handover_file.HandoverFileError as exc:
        raise SyncError(str(exc)) from None
    answers: dict[str, dict] = {}
    for r in rows:
        if not isinstance(r.get("uuid"), str) or r.get("status") not in _STATUSES:
            raise SyncError(f"{path}: an answer is not of the protocol's form; nothing was applied")
        answers[r["uuid"]] = r
    now = utc_iso(clock())
    out = {"file": str(path), "terminal": config.terminal, "answers": len(rows), "sent": 0, "already_sent": 0,
           "rejected": 0, "unknown": 0}
    with store.write() as s:
        uuids = sorted(answers)
        found = 0
        for i in range(0, len(uuids), 500):
            for row in s.scalars(select(OutboxRow).where(OutboxRow.uuid.in_(uuids[i:i + 500]))):
                found += 1
                a = answers[row.uuid]
                if row.sent_at is not None:
                    out["already_sent"] += 1
                elif a["status"] in ("accepted", "duplicate"):
                    row.sent_at, row.rejected_reason = now, None
                    out["sent"] += 1
                else:
                    row.rejected_reason = str(a.get("reason") or "rejected")[:500]
                    out["rejected"] += 1
        out["unknown"] = len(answers) - found
    out["waiting"] = pending_count(store)
    _log(store, f"read the county's answer {path}: {out['sent']} sent, {out['rejected']} rejected, "
                f"{out['waiting']} waiting")
    return out
