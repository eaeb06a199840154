"""Discounts and price overrides on the open sale (F7).

One dialog for the selected line or the whole sale: a percentage (``10`` = 10 %) or an
amount in yuan off, or — for a line — a new unit price.  Discounts within the counter's limits
(:class:`~yarlung_pos.services.policy.CounterPolicy`) apply at once; above them, and for every
price override, a manager approves in the same dialog.  Every discount and override is in the
audit log.  Nothing typed is lost when something is refused.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QVBoxLayout)

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, Cart, DomainError
from yarlung_pos.domain.money import InvalidAmount, parse_yuan
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.domain.pricing import Discount, DiscountError, approval_needed
from yarlung_pos.ui.approval import ApprovalBox
from yarlung_pos.ui.cart_model import qty_text
from yarlung_pos.ui.messages import describe


class DiscountDialog(QDialog):
    """Discount line ``row`` of ``cart`` (``row`` = -1: the whole sale) for ``service``.

    Modes (radio buttons): ``discountPercent``, ``discountAmount``, ``priceOverride`` (line
    only), ``removeDiscount``.  The value goes in ``discountValue``; Enter applies.  ``applied``
    fires after the cart changed."""

    applied = Signal()

    def __init__(self, service, cart: Cart, row: int, parent=None):
        super().__init__(parent)
        self.setObjectName("discountDialog")
        self.service, self.cart, self.row = service, cart, row
        line = cart.lines[row] if row >= 0 else None
        self.setWindowTitle(self.tr("Discount on the line") if line else self.tr("Discount on the whole sale"))
        what = (f"{line.name_bo}\n{line.name_zh} · {line.name_en}\n"
                + self.tr("{0} × {1} = {2}").format(qty_text(line.qty, line.unit), format_fen(line.unit_price_fen),
                                                     format_fen(line.line_total_fen))
                if line else self.tr("Whole sale: {0} lines, {1} before this discount").format(
                    len(cart.lines), format_fen(self._base_fen())))
        self.what = QLabel(what, objectName="discountWhat")
        self.what.setWordWrap(True)
        self.percent = QRadioButton(self.tr("Percent off"), objectName="discountPercent")
        self.amount = QRadioButton(self.tr("Amount off (￥)"), objectName="discountAmount")
        self.override = QRadioButton(self.tr("New unit price (￥)"), objectName="priceOverride")
        self.remove = QRadioButton(self.tr("No discount"), objectName="removeDiscount")
        self.modes = QButtonGroup(self)
        modes = QHBoxLayout()
        for b in (self.percent, self.amount, self.override, self.remove):
            self.modes.addButton(b)
            modes.addWidget(b)
        self.override.setVisible(line is not None)
        self.percent.setChecked(True)
        self.value = QLineEdit(objectName="discountValue")
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        self.value.setFont(f)
        self.value.textChanged.connect(self._update)
        self.preview = QLabel(objectName="discountPreview")
        self.preview.setWordWrap(True)
        self.message = QLabel(objectName="discountMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.limits = QLabel(self.tr("A manager approves discounts above {0} % or {1}, and every price change.").format(
            service.policy.discount_limit_pct, format_fen(service.policy.discount_limit_fen)), objectName="discountLimits")
        self.limits.setWordWrap(True)
        self.approval = ApprovalBox(service, self)
        self.approval.setVisible(False)
        self.apply_button = QPushButton(self.tr("Apply (Enter)"), objectName="applyDiscountButton")
        self.apply_button.clicked.connect(self.apply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.apply_button.setDefault(True)  # Enter in any field applies (never Cancel)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (self.what,):
            lay.addWidget(w)
        lay.addLayout(modes)
        lay.addWidget(self.value)
        lay.addWidget(self.preview)
        lay.addWidget(self.limits)
        lay.addWidget(self.approval)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        for b in (self.percent, self.amount, self.override, self.remove):
            b.toggled.connect(self._update)
        self.value.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()

    # ------------------------------------------------------------------ reading the form
    def _base_fen(self) -> int:
        """What the discount applies to (fen): the line's gross, or the sale after line
        discounts."""
        if self.row >= 0:
            return self.cart.lines[self.row].line_total_fen
        saved, self.cart.discount = self.cart.discount, None
        try:
            return self.cart.total_fen
        finally:
            self.cart.discount = saved

    def _read(self):
        """``("discount", Discount)``, ``("override", price_fen)`` or ``("remove", None)``;
        raises ``DomainError``/``InvalidAmount`` with the reason."""
        text = self.value.text().strip()
        if self.remove.isChecked():
            return "remove", None
        if self.percent.isChecked():
            return "discount", Discount.percent(text)
        fen = parse_yuan(text)
        if self.amount.isChecked():
            return "discount", Discount.amount(fen)
        return "override", fen

    def _put(self, kind, value):
        """Apply the choice to the cart; returns a function that undoes it."""
        line = self.cart.lines[self.row] if self.row >= 0 else None
        old = ((line.discount, line.unit_price_fen, line.list_price_fen, line.discount_approved, line.approved_by)
               if line else (self.cart.discount,))
        old_sale = (self.cart.discount_approved, self.cart.approved_by)
        if kind == "override":
            if line.list_price_fen is None:
                line.list_price_fen = line.unit_price_fen
            line.unit_price_fen = value
            if line.unit_price_fen == line.list_price_fen:
                line.list_price_fen = None
        elif line is not None:
            line.discount = value
        else:
            self.cart.discount = value

        def undo() -> None:
            if line is not None:
                line.discount, line.unit_price_fen, line.list_price_fen, line.discount_approved, line.approved_by = old
            else:
                self.cart.discount = old[0]
            self.cart.discount_approved, self.cart.approved_by = old_sale
        return undo

    def _effect(self, kind, value) -> tuple[int, bool]:
        """(discount fen, needs a manager) of the form's choice: a price override always does;
        a discount when it — or all the sale's discounts together — would be above the limits
        (``pricing.approval_needed``).  Raises ``DiscountError`` when it cannot apply (more than
        it applies to, or the sale would come to ￥0)."""
        policy = self.service.policy
        if kind == "remove":
            return 0, False
        if kind == "override":
            line = self.cart.lines[self.row]
            list_price = line.list_price_fen if line.list_price_fen is not None else line.unit_price_fen
            fen, manager = max(0, list_price - value), True
        else:
            fen, manager = value.fen_of(self._base_fen()), False
        undo = self._put(kind, value)
        try:
            if self.cart.pricing().due_fen <= 0:
                raise DiscountError(QT_TRANSLATE_NOOP(
                    "DomainError", "a sale cannot come to ￥0 — give goods away as a gift (stock adjustment) instead"))
            manager = manager or approval_needed(self.cart, policy.discount_limit_pct, policy.discount_limit_fen)
        finally:
            undo()
        return fen, manager

    def _update(self, *_):
        self.value.setEnabled(not self.remove.isChecked())
        self.message.clear()
        try:
            kind, value = self._read()
            fen, manager = self._effect(kind, value)
        except (DomainError, InvalidAmount) as exc:  # shown once, in the message line (not the preview too)
            self.preview.clear()
            self.message.setText("" if not self.value.text().strip() else describe(exc))
            self.approval.require(False)
            return
        if kind == "override":
            line = self.cart.lines[self.row]
            self.preview.setText(self.tr("New line total {0}").format(
                format_fen(replace(line, unit_price_fen=value).line_total_fen)))
        elif kind == "discount":
            self.preview.setText(self.tr("{0} off — {1} instead of {2}").format(
                format_fen(fen), format_fen(self._base_fen() - fen), format_fen(self._base_fen())))
        else:
            self.preview.setText(self.tr("The discount is removed."))
        self.approval.require(manager)

    # ------------------------------------------------------------------ applying
    def apply(self) -> None:
        """Apply the choice (asking the manager when needed); keeps everything typed on error."""
        try:
            kind, value = self._read()
            fen, manager = self._effect(kind, value)
        except (DomainError, InvalidAmount) as exc:
            self.preview.clear()
            self.message.setText(describe(exc))
            return
        target = "line" if self.row >= 0 else "sale"
        line = self.cart.lines[self.row] if self.row >= 0 else None
        details = {"target": target, "sku": line.sku if line else None, "kind": kind,
                   "value": str(value.value) if isinstance(value, Discount) else value, "discount_fen": fen}
        action = "price_override" if kind == "override" else "discount"
        approval = None
        if manager:
            self.approval.require(True)
            approval = self.approval.approve(action, **details)
            if approval is None:
                self.message.setText(self.tr("A manager must approve this."))
                return
        undo = self._put(kind, value)
        if kind != "remove":
            try:  # the service decides (and audits) whether this needs the manager
                self.service.record_discount(self.cart, action, approval, **details)
            except DomainError as exc:
                undo()
                self.message.setText(describe(exc))
                return
        self.applied.emit()
        self.accept()


def discount_text(fen: int) -> str:
    """``-￥12.30`` for a discount of 1230 fen."""
    return "-" + format_fen(fen, sign=True)


__all__ = ["DiscountDialog", "Decimal", "discount_text"]
