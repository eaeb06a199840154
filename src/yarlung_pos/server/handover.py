"""The county side of the USB hand-over (issue #14; PROTOCOL.md, "Hand-over on a USB stick").

* :func:`import_file` checks a till's hand-over file (the terminal is known and enrolled, the MAC
  is right under its key — one byte changed anywhere and the file is refused whole, nothing
  stored) and applies its events through the very code of an upload
  (:func:`~yarlung_pos.server.push.push_batch`), so it answers exactly as an upload does:
  accepted / duplicate / rejected, per event.  A file imported twice, or imported and then
  uploaded, stores every event once.
* :func:`export_acks` writes the answer back, signed with the same key, for
  ``yarlung-pos sync import-acks``.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import insert, select

from yarlung_pos import handover_file
from yarlung_pos.server import models as m
from yarlung_pos.server.common import Clock, NotFound, ServiceError, Unauthorized, iso, now, terminal_code
from yarlung_pos.server.database import Database
from yarlung_pos.server.push import _printable, _reason, push_batch, sold_before
from yarlung_pos.server.schema import EventRow, RejectedEventRow, TerminalRow
from yarlung_pos.server.settings import Settings

#: events per upload-sized batch (each one transaction, as a push: see PROTOCOL.md)
IMPORT_BATCH = 1000


def _terminal_key(db: Database, code: str, what: str) -> bytes:
    with db.read() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.code == code))
        if t is None:
            raise NotFound(f"{what}: there is no terminal {code} on this server (see 'terminal list'); "
                           "nothing was applied")
        if t.revoked_at is not None:
            raise Unauthorized(f"{what}: terminal {code} is revoked; nothing was applied")
        if t.token_hash is None:
            raise ServiceError(f"{what}: terminal {code} was never enrolled, so it has no key; nothing was applied")
        return handover_file.key_of_token_hash(t.token_hash)


def _claimed(ev) -> str | None:
    payload = ev.get("payload") if isinstance(ev, dict) else None
    sale = payload.get("sale") if isinstance(payload, dict) else None
    code = sale.get("terminal") if isinstance(sale, dict) else None
    return code if isinstance(code, str) else None


def import_file(db: Database, path: Path, settings: Settings | None = None, *, clock: Clock = now) -> dict:
    """Check and apply the hand-over file ``path`` of a till.  Returns ``{"file", "terminal",
    "events", "accepted", "duplicates", "rejected", "rejected_events": [{"uuid", "reason"}]}``.
    The events go in upload-sized batches of :data:`IMPORT_BATCH`, each one transaction (an
    import stopped half way is simply run again: what is stored answers ``duplicate``).  A sale
    claiming a code the terminal may not sell under (sold before enrolment under a code the
    server does not take for it) is answered ``rejected`` with what to do — an upload's till
    sets those aside itself.  The terminal's clock skew is not measured from a file.  Raises
    :class:`ServiceError` (unknown, revoked or never enrolled terminal; a file altered or not
    signed with that terminal's key: nothing stored), ``OSError`` (cannot read)."""
    path = Path(path)
    try:
        header, body = handover_file.read_header(path, "events")
        code = terminal_code(header["terminal"])
        rows = handover_file.verify(path, header, body, _terminal_key(db, code, str(path)), code)
    except handover_file.HandoverFileError as exc:
        raise ServiceError(str(exc)) from None
    try:
        envelope = m.BatchCreate.model_validate({"schema": header.get("schema"), "terminal": code,
                                                 "sent_at": header.get("created_at"),
                                                 "sold_before_as": header.get("sold_before_as") or [], "events": []})
    except ValidationError as exc:
        raise ServiceError(f"{path}: the header is not valid ({_reason(exc)}); nothing was applied") from None
    with db.read() as s:
        before = s.execute(select(TerminalRow.last_sent_at, TerminalRow.clock_skew_s)
                           .where(TerminalRow.code == code)).one()
    allowed = {code, *sold_before(db, code, envelope.sold_before_as)}
    results: list[dict | None] = [None] * len(rows)
    refused, to_push = [], []
    for i, ev in enumerate(rows):
        claimed = _claimed(ev)
        if claimed is not None and claimed not in allowed:
            reason = (f"sold as {claimed} before this till was enrolled as {code}; the county server does not take "
                      f"{claimed} for {code} ({claimed} may be another terminal's code here): ask the county office "
                      f"for a new enrolment code for {code} ('yarlung-pos-server terminal reissue {code}'), enrol "
                      f"with it ('sync enrol'), and they are sent at the next sync")
            uuid = _printable(ev.get("uuid") if isinstance(ev.get("uuid"), str) else None, 64)
            results[i] = {"uuid": uuid, "status": "rejected", "reason": reason}
            kind = ev["kind"] if isinstance(ev.get("kind"), str) else None
            refused.append({"uuid": uuid, "terminal_code": code, "kind": _printable(kind, 64),
                            "reason": reason, "received_at": iso(clock()),
                            "raw": json.dumps(ev, ensure_ascii=True, separators=(",", ":"))[:64 * 1024]})
        else:
            to_push.append(i)
    if refused:
        with db.write() as s:
            s.execute(insert(RejectedEventRow), refused)
    sent_at = clock()
    for start in range(0, len(to_push), IMPORT_BATCH):
        idx = to_push[start:start + IMPORT_BATCH]
        batch = m.BatchCreate.model_validate({"schema": envelope.schema_, "terminal": code, "sent_at": sent_at,
                                              "events": [rows[i] for i in idx]})
        for i, answer in zip(idx, push_batch(db, code, batch, settings, clock=clock)):
            results[i] = answer
    if to_push:  # a file says nothing of the till's clock now: keep what the last upload measured
        with db.write() as s:
            t = s.scalar(select(TerminalRow).where(TerminalRow.code == code))
            if t.last_sent_at == iso(sent_at):
                t.last_sent_at, t.clock_skew_s = before
    statuses = [r["status"] for r in results]
    return {"file": str(path), "terminal": code, "events": len(rows), "accepted": statuses.count("accepted"),
            "duplicates": statuses.count("duplicate"), "rejected": statuses.count("rejected"),
            "rejected_events": [{"uuid": r["uuid"], "reason": r.get("reason")} for r in results
                                if r["status"] == "rejected"]}


def export_acks(db: Database, terminal: str, path: Path, *, clock: Clock = now) -> dict:
    """Write the county's answer for terminal ``terminal`` to ``path`` (atomically), signed with
    its key: ``accepted`` for every event the server holds from it, and ``rejected`` with the
    latest reason for every event it refused and does not hold (``rejected_events``).  Returns
    ``{"file", "terminal", "answers", "accepted", "rejected"}``.  Raises :class:`ServiceError`
    (unknown, revoked or never enrolled terminal), ``OSError`` (cannot write)."""
    code = terminal_code(terminal)
    key = _terminal_key(db, code, f"terminal {code}")
    with db.read() as s:
        held = list(s.scalars(select(EventRow.uuid).where(EventRow.terminal_code == code).order_by(EventRow.id)))
        refused: dict[str, str] = {}
        for uuid, reason in s.execute(select(RejectedEventRow.uuid, RejectedEventRow.reason)
                                      .where(RejectedEventRow.terminal_code == code,
                                             RejectedEventRow.uuid.is_not(None)).order_by(RejectedEventRow.id)):
            refused[uuid] = reason  # the latest answer wins
    have = set(held)
    rows = [{"uuid": u, "status": "accepted"} for u in held]
    rows += [{"uuid": u, "status": "rejected", "reason": r} for u, r in refused.items() if u not in have]
    header = {"terminal": code, "created_at": iso(clock()), "accepted": len(held), "rejected": len(rows) - len(held)}
    handover_file.write(Path(path), "acks", header, rows, key)
    return {"file": str(path), "terminal": code, "answers": len(rows), "accepted": len(held),
            "rejected": len(rows) - len(held)}
