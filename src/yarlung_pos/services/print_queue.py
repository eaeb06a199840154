"""The persistent print queue: receipts wait in ``print_jobs`` until a printer took them.

Rules (issue #3): printing starts only after the sale is committed and never costs a sale; a
job survives a crash or a dead printer and is retried (backing off, never giving up) until it
prints; one press of "Reprint" prints once (a second press while a copy is still waiting adds
nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.config import Settings
from yarlung_pos.db.schema import PrintJobRow
from yarlung_pos.db.store import Store
from yarlung_pos.printing.escpos_codec import encode_receipt
from yarlung_pos.printing.printer import PrinterError, parse_printer_uri, send_bytes
from yarlung_pos.printing.receipt import render_receipt
from yarlung_pos.services.receipts import receipt_doc
from yarlung_pos.services.sales import get_sale

#: seconds to wait before the n-th retry (the last one repeats for ever)
BACKOFF_S = (2, 5, 10, 20, 30, 60)
#: a worker that claims a job owns it this long (a crashed worker's job is retried after)
CLAIM_S = 120
#: a late receipt (printed after an outage or a restart) does not open the cash drawer
DRAWER_FRESH_S = 120


@dataclass(frozen=True)
class PrintJob:
    """A queued job as the worker and the UI see it."""

    id: int
    sale_uuid: str
    copy: bool
    open_drawer: bool
    attempts: int
    last_error: str | None
    created_at: str = ""


@dataclass(frozen=True)
class QueueState:
    """What the till's status bar shows: jobs ``waiting`` and the newest ``last_error``."""

    waiting: int
    last_error: str | None


def _now() -> datetime:
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
    now = _now().isoformat()
    job = PrintJobRow(kind="receipt", sale_uuid=sale_uuid, copy=copy, open_drawer=open_drawer,
                      status="pending", attempts=0, created_at=now, next_try_at=now)
    session.add(job)
    session.flush()
    return job.id


def next_due_job(store: Store, now: datetime | None = None) -> PrintJob | None:
    """Claim the oldest pending job if its time has come, else ``None``.

    Receipts print in order: while the oldest waits out its back-off, newer ones wait too.
    Claiming moves the job's next try :data:`CLAIM_S` ahead in the same transaction, so a
    second worker (another till process, ``printer queue --retry``) cannot send it too."""
    now = now or _now()
    with store.write() as s:
        row = s.scalar(select(PrintJobRow).where(PrintJobRow.status == "pending")
                       .order_by(PrintJobRow.id).limit(1))
        if row is None or row.next_try_at > now.isoformat():
            return None
        row.next_try_at = (now + timedelta(seconds=CLAIM_S)).isoformat()
        return PrintJob(row.id, row.sale_uuid, row.copy, row.open_drawer, row.attempts, row.last_error,
                        row.created_at)


def seconds_until_next_try(store: Store, now: datetime | None = None) -> float | None:
    """Seconds until the earliest pending job may be tried (0 if one is due), or ``None``."""
    now = now or _now()
    with store.read() as s:
        first = s.scalar(select(func.min(PrintJobRow.next_try_at)).where(PrintJobRow.status == "pending"))
    if first is None:
        return None
    return max(0.0, (datetime.fromisoformat(first) - now).total_seconds())


def queue_state(store: Store) -> QueueState:
    """How many jobs wait, and the error of the most recently failed one."""
    with store.read() as s:
        waiting = s.scalar(select(func.count(PrintJobRow.id)).where(PrintJobRow.status == "pending")) or 0
        error = s.scalar(select(PrintJobRow.last_error).where(PrintJobRow.status == "pending",
                                                              PrintJobRow.last_error.is_not(None))
                         .order_by(PrintJobRow.id.desc()).limit(1))
    return QueueState(int(waiting), error)


def retry_now(store: Store) -> int:
    """Make every pending job due at once ("Retry printing"); returns how many wait."""
    now = _now().isoformat()
    with store.write() as s:
        rows = list(s.scalars(select(PrintJobRow).where(PrintJobRow.status == "pending")))
        for row in rows:
            row.next_try_at = now
    return len(rows)


def job_bytes(store: Store, job: PrintJob, settings: Settings) -> bytes:
    """Render the job's receipt at the configured paper width and encode it as ESC/POS
    (cut and drawer kick as configured).  Raises ``LookupError`` if the sale is gone."""
    with store.read() as s:
        sale = get_sale(s, job.sale_uuid)
        if sale is None:
            raise LookupError(f"sale {job.sale_uuid} not found")
        doc = receipt_doc(s, sale, copy=job.copy, url_base=settings.receipt_url_base)
    image = render_receipt(doc, settings.paper_width_dots)
    fresh = job.attempts == 0 and job.created_at and \
        (_now() - datetime.fromisoformat(job.created_at)).total_seconds() <= DRAWER_FRESH_S
    pin = settings.drawer_pin if job.open_drawer and not job.copy and fresh else None
    return encode_receipt(image, settings.printer_profile, cut=settings.auto_cut, drawer_pin=pin or None)


def run_job(store: Store, job: PrintJob, settings: Settings) -> None:
    """Print ``job`` and mark it printed; on failure record the error and schedule the next
    try (:data:`BACKOFF_S`).  Raises :class:`PrinterError` (after recording) if it failed."""
    try:
        data = job_bytes(store, job, settings)
        send_bytes(parse_printer_uri(settings.printer_uri), data, (store.path,) if store.path else ())
    except Exception as exc:
        reason = str(exc) if isinstance(exc, PrinterError) else f"cannot print: {exc}"
        delay = BACKOFF_S[min(job.attempts, len(BACKOFF_S) - 1)]
        with store.write() as s:
            row = s.get(PrintJobRow, job.id)
            row.attempts += 1
            row.last_error = reason
            row.next_try_at = (_now() + timedelta(seconds=delay)).isoformat()
        raise PrinterError(reason) from None
    with store.write() as s:
        row = s.get(PrintJobRow, job.id)
        row.status = "printed"
        row.printed_at = _now().isoformat()
        row.last_error = None


def cancel_pending(store: Store) -> int:
    """Give up every waiting job (e.g. the printer was replaced and the receipts are no longer
    wanted); returns how many were cancelled."""
    with store.write() as s:
        rows = list(s.scalars(select(PrintJobRow).where(PrintJobRow.status == "pending")))
        for row in rows:
            row.status = "cancelled"
    return len(rows)
