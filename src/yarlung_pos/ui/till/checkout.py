"""The till's checkout: the totals under the cart, payment (with the manager's approval of
discounts over the limit), the after-sale panel with the change, the receipt preview and
reprints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.services.sales import CompletedSale
from yarlung_pos.ui.payment_dialog import PaymentDialog


class TillCheckout:
    """Part of :class:`~yarlung_pos.ui.till.TillWindow`: from the priced sale to the receipt.

    Uses the window's ``service``, ``cart``, ``cart_model``, ``pending_tenders``,
    ``payment_dialog``, ``last_sale``, the total/discount/paid labels, ``pay_button``,
    ``sale_number_label``, ``change_label``, ``receipt_view``, ``receipt_scroll``,
    ``right_stack``, ``scan_input``, ``selected_row``, ``_select``, ``_hide_suggestions``,
    ``_needs_manager``, ``open_shift``, ``refresh_grid_if_changed``, ``show_message``,
    ``_show_sync_waiting``, ``_kick_printer`` and the signal ``sale_completed``."""

    # ------------------------------------------------------------------ totals
    def _refresh(self, select: int | None = None) -> None:
        keep = self.selected_row() if select is None else select
        self.cart_model.refresh()
        if self.cart.lines:
            self._select(min(max(keep, 0), len(self.cart.lines) - 1))
        pricing = self.pricing()
        due = pricing.due_fen if pricing else self.cart.total_fen
        self.total_label.setText(self.tr("Total {0}").format(format_fen(due)))
        if self.cart.lines and pricing is None:
            self.discount_label.setText(self.tr("A discount is more than what it applies to now — change it (F7)."))
            self.discount_label.setStyleSheet("color: #b00020;")
        else:
            self.discount_label.setStyleSheet("")
        notes = []
        if pricing and pricing.discounts_fen:
            notes.append(self.tr("Discounts -{0}").format(format_fen(pricing.discounts_fen)))
        if pricing and pricing.rounding_fen:
            notes.append(self.tr("Rounding {0}").format(format_fen(pricing.rounding_fen)))
        if pricing is not None or not self.cart.lines:
            self.discount_label.setText("  ·  ".join(notes))
        paid = sum(t.amount_fen for t in self.pending_tenders)
        self.paid_label.setText(self.tr("Paid so far {0}").format(format_fen(paid)) if paid else "")
        self.pay_button.setEnabled(bool(self.cart.lines))

    def pricing(self):
        """The open sale priced with its discounts and the counter's cash rounding, or
        ``None`` for an empty sale (or one whose amount discount no longer fits)."""
        if not self.cart.lines:
            return None
        try:
            return self.cart.pricing(self.service.policy.rounding)
        except DomainError:
            return None

    # ------------------------------------------------------------------ payment
    def open_payment(self) -> None:
        """F12: take payment for the sale in a window-modal dialog; on completion show the
        sale number, the change and the receipt, and get ready for the next customer."""
        if self.payment_dialog is not None:
            return
        ready = self.ready_to_pay(self.open_payment)
        if ready is None:
            return
        pricing, approval = ready
        self._hide_suggestions()
        self.scan_input.clear()
        dialog = PaymentDialog(pricing.due_fen, lambda tenders: self.service.complete(self.cart, tenders, approval),
                               self.pending_tenders, self)
        self.payment_dialog = dialog

        def finished(result: int) -> None:
            self.payment_dialog = None
            if result == PaymentDialog.DialogCode.Accepted and dialog.result_sale is not None:
                self._after_sale(dialog.result_sale)
            elif self.pending_tenders:
                self.show_message(self.tr("Payments taken so far ({0}) are kept for this sale.").format(
                    format_fen(sum(t.amount_fen for t in self.pending_tenders))))
            self._refresh()
            dialog.deleteLater()
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        dialog.open()
        dialog.activateWindow()
        dialog.tendered_input.setFocus()

    def ready_to_pay(self, then):
        """``(pricing, approval)`` when the open sale may be paid now: not empty, a shift
        open, its discounts fitting, more than ￥0, and a manager's approval of discounts
        above the limit (``None`` when none is needed).  Otherwise ``None``, with the reason
        shown; the float to open a shift or the manager's approval is asked for, and after the
        approval ``then()`` runs again (F12's :meth:`open_payment`, F10's delivery order).
        An approval given is good for this payment only (the cart may change after Esc)."""
        if not self.cart.lines:
            self.show_message(self.tr("The sale is empty — scan a product first."), error=True)
            return None
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open — count the float to open one, then take payment."), error=True)
            self.open_shift()
            return None
        pricing = self.pricing()
        if pricing is None:
            self.show_message(self.tr("A discount no longer fits the sale — change it (F7) first."), error=True)
            return None
        if pricing.due_fen <= 0:
            self.show_message(self.tr("The sale comes to ￥0 — change the discount (F7), or give the goods away as a "
                                      "gift with a stock adjustment."), error=True)
            return None
        from yarlung_pos.domain.pricing import approval_needed
        policy = self.service.policy
        approval = self._payment_approval
        self._payment_approval = None
        if (approval is None and not self.service.may("discount")
                and approval_needed(self.cart, policy.discount_limit_pct, policy.discount_limit_fen)):
            self._approve_discounts(pricing, then)
            return None
        return pricing, approval

    def _approve_discounts(self, pricing, then=None) -> None:
        """The sale's discounts (``pricing``: its :meth:`pricing`) are over the policy's limit:
        ask for a manager's approval, then open the payment (or ``then()``: the delivery order
        form) again with it (the sale, when it completes, decides and audits the approval)."""

        def approved(approval) -> None:
            self._payment_approval = approval
            (then or self.open_payment)()
        self.show_message(self.tr("The discounts are above the limit now — a manager must approve them."),
                          error=True)
        self._needs_manager(self.tr("Approve discounts of {0} on a sale of {1}.").format(
            format_fen(pricing.discounts_fen), format_fen(self.cart.gross_fen)), "discount", approved,
            discounts_fen=pricing.discounts_fen, gross_fen=self.cart.gross_fen)

    # ------------------------------------------------------------------ after the sale
    def _after_sale(self, sale: CompletedSale) -> None:
        self.last_sale = sale
        self.cart.clear()
        self.forget_delivery_form()  # the next customer never sees this one's address
        self._refresh()
        self.show_done_panel(lambda: (self.tr("Sale {0} complete").format(sale.number),
                                      self.tr("Change {0}").format(format_fen(sale.change_fen))))
        msg = self.tr("Sale {0} stored. Ready for the next customer.").format(sale.number)
        if sale.negative_stock:
            msg += " " + self.tr("Stock below zero for {0} — please check the shelf.").format(", ".join(sale.negative_stock))
        self.show_message(msg, error=bool(sale.negative_stock))
        self.right_stack.setCurrentWidget(self.receipt_scroll.parentWidget())
        self.receipt_scroll.parentWidget().layout().activate()  # give the page its size first
        self._show_receipt(sale.number)
        self._show_sync_waiting()
        if self.service.prints:  # the print job was committed with the sale: send it (and any
            from yarlung_pos.services.print_queue import retry_now  # older ones first) now
            retry_now(self.service.store)
            self._kick_printer()
        self.refresh_grid_if_changed()
        self.sale_completed.emit(sale)

    def show_done_panel(self, texts) -> None:
        """Put the after-sale panel's two lines, ``texts() -> (title, amount)`` (e.g. "Sale
        T01-000001 complete", "Change ￥5.00"), on show, and again in the new language after a
        language switch (:meth:`retranslate` calls :meth:`retranslate_done_panel`)."""
        self._done_panel_texts = texts
        self.retranslate_done_panel()

    def retranslate_done_panel(self) -> None:
        """Re-set the after-sale panel's lines in the current language (nothing before a sale)."""
        texts = getattr(self, "_done_panel_texts", None)
        if texts is None:
            return
        title, amount = texts()
        self.sale_number_label.setText(title)
        self.change_label.setText(amount)

    def _show_receipt(self, number: str) -> None:
        from yarlung_pos.printing.raster import pil_to_qimage
        from yarlung_pos.printing.receipt import render_receipt
        try:
            doc = self.service.receipt(number)
            image = pil_to_qimage(render_receipt(doc, width_dots=self.service.settings.paper_width_dots))
        except Exception as exc:  # a receipt problem never costs the sale
            self.receipt_view.setText(self.tr("Receipt preview unavailable: {0}").format(exc))
            return
        self.receipt_image = image
        self._scale_receipt()

    def _scale_receipt(self) -> None:
        image = getattr(self, "receipt_image", None)
        if image is None:
            return
        pix = QPixmap.fromImage(image)
        width = max(160, self.receipt_scroll.viewport().width() - self.receipt_scroll.verticalScrollBar().sizeHint().width() - 4)
        self.receipt_view.setPixmap(pix.scaledToWidth(min(width, pix.width()), Qt.TransformationMode.SmoothTransformation))

    def reprint_last(self) -> None:
        """Print a copy of the last sale's receipt (one press prints once)."""
        if self.last_sale is None:
            last = self.service.receipt()
            number = last.number if last is not None else None
        else:
            number = self.last_sale.number
        if number is None:
            self.show_message(self.tr("There is no sale to reprint yet."), error=True)
            return
        if not self.service.prints:
            self._show_receipt(number)
            self.right_stack.setCurrentWidget(self.receipt_scroll.parentWidget())
            self.show_message(self.tr("No receipt printer is set up — the receipt is shown on screen (Settings…)."), error=True)
            return
        self.service.reprint(number)
        self.show_message(self.tr("Printing a copy of {0}.").format(number))
        self._kick_printer()
