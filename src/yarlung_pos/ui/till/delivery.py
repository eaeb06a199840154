"""The till's delivery orders: F10 (or *For delivery*) takes the open sale as a delivery order
(:class:`~yarlung_pos.ui.delivery.dialog.DeliveryDialog`, then the payment for the goods and
the postage), Ctrl+D (or *Deliveries*) opens the deliveries screen
(:class:`~yarlung_pos.ui.delivery.window.DeliveriesWindow`)."""

from __future__ import annotations

from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.payment_dialog import PaymentDialog


class TillDelivery:
    """Part of :class:`~yarlung_pos.ui.till.TillWindow`: selling for home delivery.

    Uses the window's ``service``, ``cart``, ``pending_tenders``, ``payment_dialog``,
    ``scan_input``, ``ready_to_pay``, ``_after_sale``, ``show_done_panel``, ``_refresh`` and
    ``show_message``."""

    delivery_dialog = None
    deliveries_window = None
    #: the ``DeliveryCreated`` of the last delivery order taken at this till
    last_delivery = None

    def open_delivery(self) -> None:
        """F10: the open sale goes out for delivery.  The order form keeps what was typed
        until the sale is paid (Esc in the payment goes back to it); Esc in the form leaves
        the sale as it was."""
        from yarlung_pos.ui.delivery.dialog import DeliveryDialog
        if self.payment_dialog is not None or (self.delivery_dialog is not None and self.delivery_dialog.isVisible()):
            return
        ready = self.ready_to_pay(self.open_delivery)
        if ready is None:
            return
        pricing, approval = ready
        dialog = self.delivery_dialog
        goods = tuple((ln.sku, ln.qty, ln.unit_price_fen) for ln in self.cart.lines)
        if dialog is None or dialog.goods_fen != pricing.due_fen or getattr(dialog, "goods", None) != goods:
            if dialog is not None:
                dialog.deleteLater()
            dialog = self.delivery_dialog = DeliveryDialog(self.service, pricing.due_fen, self,
                                                           total_of=self.delivery_due)
            dialog.goods = goods  # the form typed for these goods comes back after Esc, for them only
            dialog.finished.connect(self._delivery_form_done)
        dialog.approval = approval or dialog.approval
        dialog.open()
        dialog.activateWindow()
        dialog.fields["name"].setFocus()

    def forget_delivery_form(self) -> None:
        """Drop the order form kept after Esc (a sale was completed or cancelled)."""
        if self.delivery_dialog is not None and not self.delivery_dialog.isVisible():
            self.delivery_dialog.deleteLater()
            self.delivery_dialog = None

    def delivery_due(self, postage_fen: int) -> int:
        """What the open sale comes to with a postage line of ``postage_fen`` (fen), as the
        service will price it: the sale's discounts and the counter's cash rounding applied."""
        from dataclasses import replace

        from yarlung_pos.services.delivery import postage_line
        priced = replace(self.cart, lines=[*self.cart.lines, postage_line(postage_fen)])
        try:
            return priced.pricing(self.service.policy.rounding).due_fen
        except DomainError:  # a discount that no longer fits: the payment says so
            return self.cart.total_fen + postage_fen

    def _delivery_form_done(self, result: int) -> None:
        dialog = self.delivery_dialog
        if dialog is None:
            return
        if result != dialog.DialogCode.Accepted or dialog.request is None:
            # Esc: the sale as it was; the form keeps what was typed for the next F10 while the
            # goods stay the same (a slipped finger must not lose a whole address)
            self.activateWindow()
            self.scan_input.setFocus()
            return
        self._pay_delivery(dialog)

    def _pay_delivery(self, form) -> None:
        """The payment for the goods and the postage; it completes with
        ``service.create_delivery``."""
        approval = form.approval  # of the discounts: it stays with the form until the sale is paid
        request = form.request

        def complete(tenders):
            try:
                return self.service.create_delivery(self.cart, tenders, request, approval)
            except DomainError as exc:
                form.failed = exc  # shown under its field when the form is open again
                raise

        form.failed = None
        dialog = PaymentDialog(form.total_fen, complete, self.pending_tenders, self)
        self.payment_dialog = dialog

        def finished(result: int) -> None:
            self.payment_dialog = None
            dialog.deleteLater()
            created = dialog.result_sale
            if result == PaymentDialog.DialogCode.Accepted and created is not None:
                self.delivery_dialog = None
                form.deleteLater()
                self._after_delivery(created)
                self._refresh()
                self.activateWindow()
                self.scan_input.setFocus()
                return
            if self.pending_tenders:  # back to the form, everything as typed
                self.show_message(self.tr("Payments taken so far ({0}) are kept for this sale.").format(
                    format_fen(sum(t.amount_fen for t in self.pending_tenders))))
            self._refresh()
            form.request = None
            form.open()
            if form.failed is not None:
                form.show_error(form.failed)

        dialog.finished.connect(finished)
        dialog.open()
        dialog.activateWindow()
        dialog.tendered_input.setFocus()

    def _after_delivery(self, created) -> None:
        """The after-sale panel of a delivery's sale: it says the sale goes out for delivery,
        with the delivery's number."""
        sale = created.sale
        self._after_sale(sale)
        self.show_done_panel(lambda: (self.tr("Delivery {0}").format(created.number),  # short: fits beside the cart
                                      self.tr("Sale {0} — change {1}").format(sale.number,
                                                                              format_fen(sale.change_fen))))
        self.show_message(self.tr("Sale {0} stored — delivery {1} is waiting to be packed (Ctrl+D).").format(
            sale.number, created.number))
        self.last_delivery = created

    def open_deliveries(self) -> None:
        """Ctrl+D: the deliveries screen (to pack, packed, handed over …)."""
        from yarlung_pos.ui.delivery.window import DeliveriesWindow
        if self.deliveries_window is not None:
            return
        window = self.deliveries_window = DeliveriesWindow(self.service, self)

        def finished(_result: int) -> None:
            self.deliveries_window = None
            window.deleteLater()
            self.activateWindow()
            self.scan_input.setFocus()

        window.finished.connect(finished)
        window.open()
