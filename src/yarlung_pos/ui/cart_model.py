"""Table model showing the open sale's order lines."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from yarlung_pos.domain.model import Cart, WEIGHED_UNITS
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.widgets import TWO_LINE_ROLE


def unit_name(unit: str) -> str:
    """Translated short name of a unit code."""
    from PySide6.QtCore import QCoreApplication
    names = {
        "piece": QCoreApplication.translate("Units", "pc"),
        "bottle": QCoreApplication.translate("Units", "btl"),
        "kg": QCoreApplication.translate("Units", "kg"),
        "jar": QCoreApplication.translate("Units", "jar"),
        "bag": QCoreApplication.translate("Units", "bag"),
        "box": QCoreApplication.translate("Units", "box"),
        "pair": QCoreApplication.translate("Units", "pair"),
        "pack": QCoreApplication.translate("Units", "pack"),
    }
    return names.get(unit, unit)


def qty_text(qty, unit: str) -> str:
    """``0.735 kg`` or ``2 btl``."""
    from yarlung_pos.i18n import format_quantity
    text = format_quantity(qty, 3 if unit in WEIGHED_UNITS else 0)
    return f"{text} {unit_name(unit)}"


class CartTableModel(QAbstractTableModel):
    """Rows are the cart's lines; columns: product (Tibetan over Chinese · English), quantity,
    unit price, line total.  Call :meth:`refresh` after changing the cart."""

    COLUMNS = 4

    def __init__(self, cart: Cart, parent=None):
        super().__init__(parent)
        self.cart = cart
        self._prices = None  # per-line pricing (discounts), recomputed on refresh

    def _price(self, row: int):
        if self._prices is None:
            try:
                self._prices = self.cart.pricing().lines
            except Exception:  # an amount discount that no longer fits: show gross
                self._prices = ()
        return self._prices[row] if row < len(self._prices) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.cart.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Product"), self.tr("Qty"), self.tr("Price"), self.tr("Total"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.cart.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{line.name_bo}\n{line.name_zh} · {line.name_en}"
            if col == 1:
                return qty_text(line.qty, line.unit)
            if col == 2:
                if line.list_price_fen is not None:
                    return f"{format_fen(line.unit_price_fen)}\n({format_fen(line.list_price_fen)})"
                return format_fen(line.unit_price_fen)
            price = self._price(index.row())
            if price is not None and price.discount_fen:
                return f"{format_fen(price.gross_fen - price.discount_fen)}\n-{format_fen(price.discount_fen)}"
            return format_fen(line.line_total_fen)
        if role == TWO_LINE_ROLE and col == 0:
            return (line.name_bo, f"{line.name_zh} · {line.name_en}")
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return f"{line.sku}\n{line.name_bo}\n{line.name_zh}\n{line.name_en}"
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 3):
            tips = []
            if line.list_price_fen is not None:
                tips.append(self.tr("Price changed from {0} by a manager").format(format_fen(line.list_price_fen)))
            price = self._price(index.row())
            if price is not None and price.discount_fen:
                tips.append(self.tr("Line discount {0}").format(format_fen(price.discount_fen)))
            return "\n".join(tips) or None
        return None

    def refresh(self) -> None:
        """Re-read the whole cart (it is small)."""
        self.beginResetModel()
        self._prices = None
        self.endResetModel()
