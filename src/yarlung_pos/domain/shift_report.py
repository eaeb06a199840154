"""The X and Z shift report as plain data: what a shift took per payment method, the cash
movements, the cash expected in the drawer and -- for a Z report -- the cash counted.

All amounts are integer fen; times are timezone-aware in the terminal's offset.  The shift
services (:mod:`yarlung_pos.services.shifts`) produce reports, the printing code renders them
(:mod:`yarlung_pos.printing.zreport`), and :meth:`ShiftReport.to_json` is the form stored
with a closed shift and sent in its ``shift.closed`` sync event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from yarlung_pos.domain.clock import offset_minutes, utc_iso

__all__ = ["MethodTotals", "ShiftReport"]


@dataclass
class MethodTotals:
    """One payment method in a shift report (fen): takings, refunds (≤ 0), net."""

    method: str
    sales_fen: int = 0
    refunds_fen: int = 0

    @property
    def net_fen(self) -> int:
        """Takings plus refunds (refunds are ≤ 0), fen."""
        return self.sales_fen + self.refunds_fen


@dataclass
class ShiftReport:
    """An X report (shift still open) or Z report (closed): totals per method, cash
    movements, expected cash and — for a Z — counted cash and over/short (all fen)."""

    kind: str  # "X" or "Z"
    terminal: str
    shift: str
    shift_uuid: str
    opened_at: datetime
    opened_by: str
    float_fen: int
    at: datetime  # when produced (closed_at for a Z)
    sales_count: int = 0
    refunds_count: int = 0
    by_method: list[MethodTotals] = field(default_factory=list)
    cash_in_fen: int = 0
    cash_out_fen: int = 0
    discounts_fen: int = 0
    rounding_fen: int = 0
    number: str | None = None  # Z number
    closed_by: str | None = None
    counted: dict[int, int] | None = None  # denomination fen → count
    counted_cash_fen: int | None = None
    #: the names printed for ``opened_by``/``closed_by`` (login names): the users' display
    #: names when known ("" → the login name is printed)
    opened_by_name: str = ""
    closed_by_name: str = ""

    def method(self, code: str) -> MethodTotals:
        """The totals of payment method ``code`` (zeros if none was taken)."""
        return next((m for m in self.by_method if m.method == code), MethodTotals(code))

    @property
    def expected_cash_fen(self) -> int:
        """Cash that should be in the drawer, fen: float + cash takings + cash refunds (≤ 0)
        + cash in − cash out."""
        cash = self.method("cash")
        return self.float_fen + cash.sales_fen + cash.refunds_fen + self.cash_in_fen - self.cash_out_fen

    @property
    def over_short_fen(self) -> int | None:
        """Counted − expected cash, fen (negative: short); ``None`` while nothing was counted
        (an X report)."""
        return None if self.counted_cash_fen is None else self.counted_cash_fen - self.expected_cash_fen

    @property
    def net_fen(self) -> int:
        """All methods' net takings."""
        return sum(m.net_fen for m in self.by_method)

    def to_json(self) -> dict:
        """The wire/stored form (``z_report`` of the ``shift.closed`` event, PROTOCOL.md)."""
        return {
            "kind": self.kind, "number": self.number, "terminal": self.terminal, "shift": self.shift,
            "shift_uuid": self.shift_uuid, "opened_at": utc_iso(self.opened_at), "closed_at": utc_iso(self.at),
            "utc_offset_min": offset_minutes(self.at), "opened_by": self.opened_by, "closed_by": self.closed_by,
            "float_fen": self.float_fen, "sales_count": self.sales_count, "refunds_count": self.refunds_count,
            "by_method": [{"method": m.method, "sales_fen": m.sales_fen, "refunds_fen": m.refunds_fen,
                           "net_fen": m.net_fen} for m in self.by_method],
            "cash_in_fen": self.cash_in_fen, "cash_out_fen": self.cash_out_fen,
            "expected_cash_fen": self.expected_cash_fen, "counted_cash_fen": self.counted_cash_fen,
            "over_short_fen": self.over_short_fen,
            "counted": {str(k): v for k, v in (self.counted or {}).items()},
            "discounts_fen": self.discounts_fen, "rounding_fen": self.rounding_fen,
            "opened_by_name": self.opened_by_name, "closed_by_name": self.closed_by_name,
        }
