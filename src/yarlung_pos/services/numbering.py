"""Document numbers of this terminal: receipt numbers ``T01-000123`` (sales and refunds share
one sequence per terminal code), shift numbers ``SH-T01-000003`` and Z report numbers
``Z-T01-000002`` (one sequence each per till).  Order and sync by (terminal, sequence), never
by the clock.  A replacement till enrolled under an existing code numbers on from what the
county server held (the ``receipt_seq_floor``, ``shift_seq_floor`` and ``z_seq_floor``
settings, written at enrolment), so no number is used twice."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import SaleRow, ShiftRow
from yarlung_pos.db.store import get_setting
from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.services.read_only import DEFAULT_TERMINAL_CODE  # T01: not yet enrolled


def terminal_code(session: Session) -> str:
    """The terminal's code (receipt-number prefix), ``T01`` until the terminal is enrolled."""
    return get_setting(session, "terminal_code", DEFAULT_TERMINAL_CODE) or DEFAULT_TERMINAL_CODE


def next_seq(session: Session, code: str) -> int:
    """The next receipt sequence of terminal ``code``: after its last sale and refund, and
    after ``receipt_seq_floor`` (what the server held when a replacement till was enrolled)."""
    last = session.scalar(select(func.max(SaleRow.seq)).where(SaleRow.terminal_code == code)) or 0
    floor = int(get_setting(session, "receipt_seq_floor", "0") or 0)
    return max(last, floor) + 1


def format_sale_number(code: str, seq: int) -> str:
    """Receipt number ``<terminal>-<6-digit sequence>``: ``("T01", 123) → "T01-000123"``."""
    return f"{code}-{seq:06d}"


def _floor(session: Session, key: str) -> int:
    try:
        return int(get_setting(session, key, "0") or 0)
    except ValueError:
        return 0


def next_shift_seq(session: Session) -> int:
    """The next shift sequence (``SH-<code>-<seq>``): after every shift of this till and after
    ``shift_seq_floor`` (what the server held when a replacement till was enrolled)."""
    count = session.scalar(select(func.count()).select_from(ShiftRow)) or 0
    return max(count, _floor(session, "shift_seq_floor")) + 1


def next_z_seq(session: Session) -> int:
    """The next Z report sequence (``Z-<code>-<seq>``): after every closed shift of this till
    and after ``z_seq_floor`` (what the server held when a replacement till was enrolled)."""
    closed = session.scalar(select(func.count()).select_from(ShiftRow).where(ShiftRow.z_number.is_not(None))) or 0
    return max(closed, _floor(session, "z_seq_floor")) + 1


#: the floor settings per kind of number (receipt, shift, Z report)
FLOOR_KEYS = {"receipt": "receipt_seq_floor", "shift": "shift_seq_floor", "z": "z_seq_floor"}
#: set by a restore (issue #14): the till sells again once the numbering floors are known to be
#: past every number used before — from the county server when enrolled, else a manager's word
NUMBERING_CHECK_DUE = "numbering_check_due"


def used_numbers(session: Session) -> dict[str, int]:
    """The highest receipt, shift and Z sequence this database has used or must number after:
    ``{"receipt": n, "shift": n, "z": n}`` (floors included; 0 when none)."""
    code = terminal_code(session)
    return {"receipt": next_seq(session, code) - 1, "shift": next_shift_seq(session) - 1, "z": next_z_seq(session) - 1}


def raise_floors(session: Session, numbers: dict[str, int]) -> None:
    """Raise the numbering floors to ``numbers`` (``{"receipt"|"shift"|"z": highest used}``,
    missing kinds left alone); a floor is never lowered."""
    from yarlung_pos.db.store import set_setting
    for kind, key in FLOOR_KEYS.items():
        value = int(numbers.get(kind) or 0)
        if value > _floor(session, key):
            set_setting(session, key, str(value))


def numbering_check_due(session: Session) -> bool:
    """True after a restore until the numbering was confirmed (see :data:`NUMBERING_CHECK_DUE`)."""
    return get_setting(session, NUMBERING_CHECK_DUE) == "1"


def mark_numbering_check_due(session: Session, known: dict[str, int]) -> None:
    """After a restore: raise the floors to ``known`` (the highest numbers the till can still
    see — the backup's and the replaced database's) and ask for the numbering to be confirmed
    before the next sale."""
    from yarlung_pos.db.store import set_setting
    raise_floors(session, known)
    set_setting(session, NUMBERING_CHECK_DUE, "1")


class NumberingCheckDue(DomainError):
    """No receipt, shift or Z number is given out after a restore until the numbering is
    known again (:func:`check_numbering`)."""


def check_numbering(session: Session) -> None:
    """Raise :class:`NumberingCheckDue` while a restore's numbering check is due: called by
    every use case that gives out a receipt, shift or Z number, before it writes."""
    if numbering_check_due(session):
        raise NumberingCheckDue(QT_TRANSLATE_NOOP(
            "DomainError", "this till was restored from a backup: sync with the county office, or have a "
                           "manager confirm the receipt numbering in the back office, before selling"))


def clear_numbering_check(session: Session) -> None:
    """The numbering is known again (the server's numbers, or a manager confirmed them)."""
    from yarlung_pos.db.store import set_setting
    set_setting(session, NUMBERING_CHECK_DUE, "0")
