"""Shift dialogs of the till: open a shift with a counted float, cash in/out with a reason,
the X report (view and print), and closing with the cash counted per note and coin (Z report).

Every dialog is shown window-modal with ``open()``, keeps what was typed when something is
refused (the reason appears in red), and signals when it is done: ``shift_opened(Shift)``,
``cash_moved()``, ``shift_closed(ShiftReport)``, ``print_queued(job id)``.  Amounts are typed in
yuan (:func:`~yarlung_pos.domain.money.parse_yuan`) and shown with
:func:`~yarlung_pos.i18n.format_money`; everything behind them is integer fen.  The dialogs
talk to the till's :class:`~yarlung_pos.services.till.TillService` only.

The parts: :mod:`.common` (texts, base dialog, report preview), :mod:`.counting` (the
denomination counter), :mod:`.opening` (open shift, cash in/out), :mod:`.closing` (X report,
close shift).  The names below are re-exported here.
"""

from yarlung_pos.ui.shift_dialogs.closing import CloseShiftDialog, ShiftReportDialog
from yarlung_pos.ui.shift_dialogs.common import over_short_caption, over_short_colour, stale_shift_text
from yarlung_pos.ui.shift_dialogs.counting import MAX_COUNT, DenominationCounter
from yarlung_pos.ui.shift_dialogs.opening import CashMoveDialog, OpenShiftDialog

__all__ = ["MAX_COUNT", "CashMoveDialog", "CloseShiftDialog", "DenominationCounter", "OpenShiftDialog",
           "ShiftReportDialog", "over_short_caption", "over_short_colour", "stale_shift_text"]
