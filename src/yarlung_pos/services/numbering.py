"""Document numbers of this terminal: receipt numbers ``T01-000123`` (sales and refunds share
one sequence per terminal code).  Order and sync by (terminal, sequence), never by the clock."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import SaleRow
from yarlung_pos.db.store import get_setting

#: the code of a terminal not yet enrolled with the county server
DEFAULT_TERMINAL_CODE = "T01"


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
