"""Queuing print jobs in the caller's transaction (the kinds are listed in
:mod:`yarlung_pos.services.print_queue`, which prints them).

A use case that prints (a sale, a refund, a closed shift, a drawer kick) adds its job here in
its own transaction, so a crash after the commit still prints it.  This module imports no
printing code and no other use case.  Queue times are the machine's wall clock: they only
schedule retries (see :mod:`print_queue`), they are not business records.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import PrintJobRow

#: what a job can be (see the module docstring); ``receipt`` is the default
JOB_KINDS = ("receipt", "zreport", "xreport", "drawer", "packing_slip")
#: kinds queued with :func:`enqueue_document`
DOCUMENT_KINDS = ("zreport", "xreport", "drawer", "packing_slip")



def now() -> datetime:
    """The wall clock in UTC (queue scheduling only)."""
    return datetime.now(UTC)


def enqueue_receipt(session: Session, sale_uuid: str, copy: bool = False, open_drawer: bool = False) -> int:
    """Queue a receipt for ``sale_uuid`` in the caller's transaction; returns the job id.

    A copy for a sale that already has a copy waiting returns that job instead (one press
    prints once)."""
    if copy:
        waiting = session.scalar(select(PrintJobRow.id).where(
            PrintJobRow.sale_uuid == sale_uuid, PrintJobRow.copy.is_(True), PrintJobRow.status == "pending"))
        if waiting is not None:
            return waiting
    stamp = now().isoformat()
    job = PrintJobRow(kind="receipt", sale_uuid=sale_uuid, copy=copy, open_drawer=open_drawer,
                      status="pending", attempts=0, created_at=stamp, next_try_at=stamp)
    session.add(job)
    session.flush()
    return job.id


def enqueue_document(session: Session, kind: str, ref: str) -> int:
    """Queue a non-receipt job in the caller's transaction; returns the job id.

    ``kind``: ``"zreport"`` (``ref`` = the closed shift's UUID; its stored Z report prints),
    ``"xreport"`` (``ref`` = the shift's UUID; its X report as of printing), ``"packing_slip"``
    (``ref`` = a delivery's UUID; its packing slip as of printing) or ``"drawer"`` (``ref``
    ignored; only the drawer kick).  A Z or X report of a shift, or a drawer kick,
    that is already waiting is not queued twice: that job's id is returned (one press prints
    once).  Raises ``ValueError`` for another kind."""
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"not a document print job kind: {kind!r}")
    ref = "" if kind == "drawer" else (ref or "").strip()
    if kind != "drawer" and not ref:
        raise ValueError(f"a {kind} job needs the shift's or delivery's UUID")
    waiting = session.scalar(select(PrintJobRow.id).where(
        PrintJobRow.kind == kind, PrintJobRow.sale_uuid == ref, PrintJobRow.status == "pending"))
    if waiting is not None:
        return waiting
    stamp = now().isoformat()
    job = PrintJobRow(kind=kind, sale_uuid=ref, copy=False, open_drawer=kind == "drawer",
                      status="pending", attempts=0, created_at=stamp, next_try_at=stamp)
    session.add(job)
    session.flush()
    return job.id
