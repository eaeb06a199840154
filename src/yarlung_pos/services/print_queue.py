"""The persistent print queue: receipts wait in ``print_jobs`` until a printer took them.

Rules: printing starts only after the sale is committed and never costs a sale; a
job survives a crash or a dead printer and is retried (backing off, never giving up) until it
prints; one press of "Reprint" prints once (a second press while a copy is still waiting adds
nothing).

Job kinds (``print_jobs.kind``; ``sale_uuid`` holds the job's reference):

- ``receipt``: the receipt of the sale or refund ``sale_uuid`` (may kick the drawer);
- ``zreport``: the stored Z report of the shift whose UUID is ``sale_uuid``;
- ``xreport``: an X report of the shift ``sale_uuid`` as it stands when it prints;
- ``packing_slip``: the packing slip of the delivery whose UUID is ``sale_uuid``;
- ``drawer``: only the cash-drawer kick on ``drawer_pin`` — no paper.  A drawer kick is for
  the person at the counter now: one that could not be sent within :data:`DRAWER_FRESH_S`
  is dropped, never fired later.

A job that can never print (an unknown kind, a shift without its Z report, a stale drawer
kick, no drawer pin set) is set aside as ``failed`` with its reason in ``last_error``; it
never blocks the jobs behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.config import Settings
from yarlung_pos.db.schema import PrintJobRow, ShiftRow
from yarlung_pos.db.store import Store
from yarlung_pos.printing.printer import T_NOT_READY, PrinterError
from yarlung_pos.services.print_jobs import DOCUMENT_KINDS, JOB_KINDS, enqueue_document, enqueue_receipt, now as _now

# Rendering and encoding (Qt painting, PIL, qrcode, python-escpos) are imported by the job that
# needs them, not with the queue: the till's window and the read-only commands open the queue
# without printing anything (issue #13, start-up).

#: seconds to wait before the n-th retry (the last one repeats for ever)
BACKOFF_S = (2, 5, 10, 20, 30, 60)
#: a worker that claims a job owns it this long (a crashed worker's job is retried after)
CLAIM_S = 120
#: a late receipt (printed after an outage or a restart) does not open the cash drawer
DRAWER_FRESH_S = 120
class UnprintableJob(LookupError):
    """A job that can never print (unknown kind, missing document, stale drawer kick …):
    :func:`run_job` sets it aside as ``failed`` instead of retrying it."""


class JobSetAside(PrinterError):
    """Raised by :func:`run_job` after it set an :class:`UnprintableJob` aside; the printer
    itself is fine, so the worker goes on with the next job."""


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
    kind: str = "receipt"


@dataclass(frozen=True)
class QueueState:
    """What the till's status bar shows: jobs ``waiting`` and the newest ``last_error``."""

    waiting: int
    last_error: str | None


def queue_document(store: Store, kind: str, ref: str) -> int:
    """:func:`enqueue_document` in a transaction of its own (e.g. "Print" on the X report)."""
    with store.write() as s:
        return enqueue_document(s, kind, ref)


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
                        row.created_at, row.kind or "receipt")


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
    """The ESC/POS bytes of ``job`` at the configured paper width (dots) and receipt languages:
    a receipt (cut and drawer kick as configured), a Z or X report (cut as configured, never a drawer kick) or a
    bare drawer kick.  Raises ``LookupError`` if a receipt's sale is gone (retried) and
    :class:`UnprintableJob` for a job that can never print."""
    kind = job.kind or "receipt"
    if kind == "receipt":
        return _receipt_bytes(store, job, settings)
    if kind in ("zreport", "xreport"):
        from yarlung_pos.printing.escpos_codec import encode_receipt
        from yarlung_pos.printing.zreport import render_shift_report
        image = render_shift_report(_shift_report(store, job), settings.paper_width_dots,
                                    settings.receipt_languages)
        return encode_receipt(image, settings.printer_profile, cut=settings.auto_cut, drawer_pin=None)
    if kind == "drawer":
        return _drawer_bytes(job, settings)
    if kind == "packing_slip":
        from yarlung_pos.printing.escpos_codec import encode_receipt
        from yarlung_pos.printing.packing_slip import packing_slip_receipt
        from yarlung_pos.services.delivery_docs import packing_slips
        try:
            slip, = packing_slips(store, [job.sale_uuid])
        except LookupError:
            raise UnprintableJob(f"no delivery {job.sale_uuid} for packing slip job {job.id}; set aside") from None
        image = packing_slip_receipt(slip, settings.paper_width_dots, settings.receipt_languages)
        return encode_receipt(image, settings.printer_profile, cut=settings.auto_cut, drawer_pin=None)
    raise UnprintableJob(f"unknown print job kind {kind!r} (job {job.id}); set aside")


def _age_s(job: PrintJob) -> float | None:
    if not job.created_at:
        return None
    return (_now() - datetime.fromisoformat(job.created_at)).total_seconds()


def _receipt_bytes(store: Store, job: PrintJob, settings: Settings) -> bytes:
    from yarlung_pos.printing.escpos_codec import encode_receipt
    from yarlung_pos.printing.receipt import render_receipt
    from yarlung_pos.services.receipts import receipt_doc
    from yarlung_pos.services.sales import get_sale
    with store.read() as s:
        sale = get_sale(s, job.sale_uuid)
        if sale is None:
            raise LookupError(f"sale {job.sale_uuid} not found")
        doc = receipt_doc(s, sale, copy=job.copy, url_base=settings.receipt_url_base,
                          languages=settings.receipt_languages)
    image = render_receipt(doc, settings.paper_width_dots)
    age = _age_s(job)
    fresh = job.attempts == 0 and age is not None and age <= DRAWER_FRESH_S
    pin = settings.drawer_pin if job.open_drawer and not job.copy and fresh else None
    return encode_receipt(image, settings.printer_profile, cut=settings.auto_cut, drawer_pin=pin or None)


def _shift_report(store: Store, job: PrintJob):
    """The :class:`~yarlung_pos.services.shifts.ShiftReport` a Z or X job prints."""
    from yarlung_pos.services import shifts
    with store.read() as s:
        row = s.scalar(select(ShiftRow).where(ShiftRow.uuid == job.sale_uuid))
        if row is None:
            raise UnprintableJob(f"no shift {job.sale_uuid} for {job.kind} job {job.id}; set aside")
        if job.kind == "zreport":
            if row.z_report is None:
                raise UnprintableJob(f"shift {row.number} has no Z report (still open?); job {job.id} set aside")
            import json
            return shifts.report_from_json(json.loads(row.z_report))
        at = _now().astimezone(timezone(timedelta(minutes=row.utc_offset_min)))
        return shifts.shift_report(s, row, "X", at)


def _drawer_bytes(job: PrintJob, settings: Settings) -> bytes:
    """``ESC @`` and ``ESC p`` on the configured pin: the drawer opens, no paper moves."""
    pin = settings.drawer_pin
    if pin not in (2, 5):
        raise UnprintableJob("no cash drawer is set up (drawer_pin is 0); the drawer kick was set aside")
    age = _age_s(job)
    if age is None or age > DRAWER_FRESH_S:
        raise UnprintableJob(f"the cash drawer kick of job {job.id} waited too long ({int(age or 0)} s) "
                             "and was dropped; open the drawer again if it is still needed")
    from escpos.printer import Dummy
    printer = Dummy()
    printer.hw("INIT")
    printer.cashdraw(pin)
    return printer.output


def run_job(store: Store, job: PrintJob, settings: Settings) -> None:
    """Print ``job`` and mark it printed; on failure record the error and schedule the next
    try (:data:`BACKOFF_S`).  Raises :class:`PrinterError` (after recording) if it failed, and
    :class:`JobSetAside` after setting aside a job that can never print (status ``failed``)."""
    try:
        data = job_bytes(store, job, settings)
    except UnprintableJob as exc:
        reason = str(exc)
        with store.write() as s:
            row = s.get(PrintJobRow, job.id)
            row.attempts += 1
            row.status = "failed"
            row.last_error = reason
        raise JobSetAside(T_NOT_READY, reason) from None
    except Exception as exc:
        _failed(store, job, PrinterError(T_NOT_READY, str(exc) or type(exc).__name__))
    else:
        from yarlung_pos.printing.printer import parse_printer_uri, send_bytes
        try:
            send_bytes(parse_printer_uri(settings.printer_uri), data, (store.path,) if store.path else ())
        except Exception as exc:
            _failed(store, job, exc if isinstance(exc, PrinterError)
                    else PrinterError(T_NOT_READY, str(exc) or type(exc).__name__))
    with store.write() as s:
        row = s.get(PrintJobRow, job.id)
        row.status = "printed"
        row.printed_at = _now().isoformat()
        row.last_error = None


def _failed(store: Store, job: PrintJob, error: PrinterError) -> None:
    """Record a failed attempt (``last_error``: ``str(error)``, the English one line), schedule
    the next one and raise ``error``."""
    delay = BACKOFF_S[min(job.attempts, len(BACKOFF_S) - 1)]
    with store.write() as s:
        row = s.get(PrintJobRow, job.id)
        row.attempts += 1
        row.last_error = str(error)
        row.next_try_at = (_now() + timedelta(seconds=delay)).isoformat()
    raise error from None


def cancel_pending(store: Store) -> int:
    """Give up every waiting job (e.g. the printer was replaced and the receipts are no longer
    wanted); returns how many were cancelled."""
    with store.write() as s:
        rows = list(s.scalars(select(PrintJobRow).where(PrintJobRow.status == "pending")))
        for row in rows:
            row.status = "cancelled"
    return len(rows)
