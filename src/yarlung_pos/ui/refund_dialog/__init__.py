"""The refund screen (F9): :mod:`.dialog` holds :class:`RefundDialog` (finding the sale, how the
money goes back, the manager's approval, completing); :mod:`.lines` the table of the sale's
lines and what refunding them pays back.  The names below are re-exported here."""

from yarlung_pos.ui.refund_dialog.dialog import RefundDialog
from yarlung_pos.ui.refund_dialog.lines import (COL_AMOUNT, COL_LEFT, COL_PRODUCT, COL_QTY, COL_REFUNDED, COL_SOLD,
                                                RefundLinesTable, line_refund_fen, pay_back_preview)

__all__ = ["COL_AMOUNT", "COL_LEFT", "COL_PRODUCT", "COL_QTY", "COL_REFUNDED", "COL_SOLD", "RefundDialog",
           "RefundLinesTable", "line_refund_fen", "pay_back_preview"]
