"""The till's counter operations: people (sign-in, lock, manager approval), discounts, parking
and recalling sales, cancelling, refunds, the shift menu (shifts, cash in/out, drawer, audit log)
and opening the other screens (labels, back office, settings)."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import format_datetime
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.till.status import shorten


class ActivityFilter(QObject):
    """Application-wide event filter: keys, clicks and wheel turns reset the till's idle clock."""

    _KINDS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin)

    def __init__(self, till):
        super().__init__(till)
        self.till = till

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() in self._KINDS:
            self.till._last_activity = time.monotonic()
        return False


class TillCounter:
    """Part of :class:`~yarlung_pos.ui.till.TillWindow`: what happens at the counter besides
    selling.  Each action that needs a manager goes through :meth:`_needs_manager` (or a dialog
    that asks for the approval itself: refunds, discounts, price overrides).

    Uses the window's ``service``, ``cart``, ``pending_tenders``, ``scan_input``,
    ``cashier_label``, ``sale_number_label``, ``change_label``, ``right_stack``,
    ``receipt_scroll``, ``labels_dialog``, ``counter_dialog``, ``lock_dialog``,
    ``selected_row``, ``_refresh``, ``_show_receipt``, ``refresh_grid_if_changed``,
    ``show_message`` and ``_kick_printer``."""

    # ------------------------------------------------------------------ people and locking
    def _start_idle_lock(self) -> None:
        """Lock the till after the policy's idle minutes: any key or click in the application
        counts as activity."""
        self._last_activity = time.monotonic()
        self._activity = ActivityFilter(self)
        QApplication.instance().installEventFilter(self._activity)
        self._idle_timer = QTimer(self, interval=15_000)
        self._idle_timer.timeout.connect(self._check_idle)
        self._idle_timer.start()

    def _show_user(self) -> None:
        user = self.service.user
        role = {"cashier": self.tr("cashier"), "manager": self.tr("manager"), "admin": self.tr("admin")}
        text = self.tr("Cashier: {0}").format(shorten(self.service.cashier, 32))
        if user is not None:
            text += f" ({role.get(user.role, user.role)})"
        self.cashier_label.setText(text)

    def check_shift(self) -> None:
        """At start: with no shift open, ask for the float; with a shift left open since an
        earlier day (past midnight), offer to close it (Z report) or carry on with it."""
        if self.service.numbering_to_confirm() is not None:  # restored from a backup (issue #14)
            self.show_message(self.tr("This till was restored from a backup. It sells again once it has synced "
                                      "with the county office, or once a manager has confirmed the receipt numbering "
                                      "(the back office's Backups tab)."), error=True)
            return
        shift = self.service.current_shift()
        if shift is None:
            self.show_message(self.tr("No shift is open — count the float to open one."), error=True)
            self.open_shift()
            return
        if shift.is_stale(self.service.clock()):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Shift still open"),
                              self.tr("Shift {0} was opened on {1} by {2} and is still open. Close it now with a "
                                      "Z report, or carry on with it?").format(
                                  shift.number, format_datetime(shift.opened_at), shift.opened_by), parent=self)
            box.setObjectName("staleShiftBox")
            close = box.addButton(self.tr("Close it (Z report)"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Carry on"), QMessageBox.ButtonRole.RejectRole)

            def finished(_result: int) -> None:
                if box.clickedButton() is close:
                    self.close_shift()
                box.deleteLater()

            box.finished.connect(finished)
            self.stale_shift_box = box
            box.open()
            self.show_message(self.tr("Shift {0} has been open since {1}.").format(
                shift.number, format_datetime(shift.opened_at)), error=True)

    def _check_idle(self) -> None:
        minutes = self.service.policy.idle_lock_min
        if minutes and self.lock_dialog is None and self.service.user is not None \
                and time.monotonic() - self._last_activity >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Lock the till: the lock screen covers it until someone signs in with their PIN
        (the open sale, parked sales and payments taken are kept)."""
        from yarlung_pos.ui.sign_in import SignInDialog
        if self.lock_dialog is not None or self.service.user is None:
            return
        self.service.audit("locked")
        dialog = SignInDialog(self.service.store, self, locked=self.service.user, clock=self.service.clock)
        self.lock_dialog = dialog

        def signed_in(user) -> None:
            previous = self.service.user
            self.service.user, self.service.cashier = user, user.name
            self.service.audit("login", unlocked=True, previous=previous.username if previous else None)
            self._show_user()
            self.show_message(self.tr("Signed in: {0}").format(user.name))

        def finished(_result: int) -> None:
            self.lock_dialog = None
            self._last_activity = time.monotonic()
            dialog.deleteLater()
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.signed_in.connect(signed_in)
        dialog.finished.connect(finished)
        dialog.open()

    def _needs_manager(self, what: str, action: str, then, **details) -> None:
        """Run ``then(approval)`` — ``None`` at once when the signed-in user may do ``action``
        alone, else the manager's :class:`~yarlung_pos.services.authority.Approval` after they
        approve in an :class:`~yarlung_pos.ui.approval.ApprovalDialog`.  ``then`` passes it to
        the use case, which decides and audits (a ``DomainError`` it raises is shown)."""
        from yarlung_pos.ui.approval import ApprovalDialog

        def run(approval) -> None:
            try:
                then(approval)
            except DomainError as exc:
                self.show_message(describe(exc), error=True)
        if self.service.may(action):
            run(None)
            return
        dialog = ApprovalDialog(self.service, what, action, self, **details)
        self.counter_dialog = dialog

        def finished(result: int) -> None:
            self.counter_dialog = None
            dialog.deleteLater()
            if result == ApprovalDialog.DialogCode.Accepted and dialog.approval is not None:
                run(dialog.approval)
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    def _open_counter_dialog(self, dialog, on_done=None) -> None:
        """Show ``dialog`` window-modal; afterwards refresh and give the scan field focus."""
        self.counter_dialog = dialog

        def finished(result: int) -> None:
            self.counter_dialog = None
            if on_done is not None:
                on_done(result)
            dialog.deleteLater()
            self._refresh()
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    # ------------------------------------------------------------------ discounts
    def discount_selected(self, whole_sale: bool = False) -> None:
        """F7: discount or price override on the selected line; Shift+F7: on the whole sale."""
        from yarlung_pos.ui.discount_dialog import DiscountDialog
        if not self.cart.lines:
            self.show_message(self.tr("The sale is empty — scan a product first."), error=True)
            return
        row = -1 if whole_sale else self.selected_row()
        if not whole_sale and row < 0:
            self.show_message(self.tr("Select a line first (arrow keys)."), error=True)
            return
        if self.pending_tenders:
            self.show_message(self.tr("Payments were taken for this sale — remove them before changing prices."),
                              error=True)
            return
        dialog = DiscountDialog(self.service, self.cart, row, self)
        dialog.applied.connect(lambda: self._refresh(select=max(row, 0)))
        self._open_counter_dialog(dialog)

    # ------------------------------------------------------------------ park, recall, cancel
    def park_or_list(self) -> None:
        """F8: park the open sale, or — with an empty sale — list the parked ones."""
        if not self.cart.lines:
            self.list_parked()
            return
        if self.pending_tenders:
            self.show_message(self.tr("Payments were taken for this sale — finish it, or remove them first."),
                              error=True)
            return
        try:
            self.service.park(self.cart)
        except DomainError as exc:
            self.show_message(describe(exc), error=True)
            return
        n, total = len(self.cart.lines), self.cart.total_fen
        self.cart.clear()
        self._refresh()
        self.show_message(self.tr("Sale parked (lines: {0}, {1}). F8 with an empty sale lists parked sales.").format(
            n, format_fen(total)))

    def list_parked(self) -> None:
        """The parked sales; Enter recalls one into the (empty) sale."""
        from yarlung_pos.ui.parked_dialog import ParkedSalesDialog
        if self.cart.lines:
            self.show_message(self.tr("Finish or park the open sale before recalling another."), error=True)
            return

        def recalled(cart) -> None:
            self.cart.lines[:] = cart.lines
            self.cart.discount = cart.discount
            self._refresh(select=0)
            self.show_message(self.tr("Parked sale recalled — lines: {0}.").format(len(cart.lines)))

        dialog = ParkedSalesDialog(self.service, self)
        dialog.recalled.connect(recalled)
        self._open_counter_dialog(dialog)

    def cancel_sale(self) -> None:
        """Ctrl+Delete: cancel the whole open sale after confirmation; logged."""
        if not self.cart.lines:
            return
        if self.pending_tenders:
            self.show_message(self.tr("Payments were taken for this sale — give them back and remove them in the "
                                      "payment window first."), error=True)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel sale"),
                          self.tr("Cancel this sale (lines: {0}, {1})?").format(len(self.cart.lines),
                                                                                  format_fen(self.cart.total_fen)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("cancelSaleBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def finished(result: int) -> None:
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                self.service.audit("sale_cancelled", total_fen=self.cart.total_fen,
                                   lines=[[ln.sku, str(ln.qty), ln.line_total_fen] for ln in self.cart.lines])
                self.cart.clear()
                self.forget_delivery_form()
                self._refresh()
                self.show_message(self.tr("Sale cancelled."))
            self.scan_input.setFocus()

        box.finished.connect(finished)
        self.cancel_box = box
        box.open()

    # ------------------------------------------------------------------ refunds
    def open_refund(self, text: str = "") -> None:
        """F9: the refund screen (a manager approves the refund in it)."""
        from yarlung_pos.ui.refund_dialog.dialog import RefundDialog
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open — open one before refunding."), error=True)
            self.open_shift()
            return
        dialog = RefundDialog(self.service, self, text)

        def done(refund) -> None:
            self.show_message(self.tr("Refund {0} stored: {1} back.").format(refund.number, format_fen(-refund.total_fen)))
            self.show_done_panel(lambda: (self.tr("Refund {0}").format(refund.number),
                                          self.tr("Pay back {0}").format(format_fen(-refund.total_fen))))
            self.right_stack.setCurrentWidget(self.receipt_scroll.parentWidget())
            self._show_receipt(refund.number)
            if self.service.prints:
                from yarlung_pos.services.print_queue import retry_now
                retry_now(self.service.store)
                self._kick_printer()

        dialog.refund_completed.connect(done)
        self._open_counter_dialog(dialog)

    # ------------------------------------------------------------------ shifts and drawer
    def open_shift(self) -> None:
        """Count the float and open a shift."""
        from yarlung_pos.ui.shift_dialogs.opening import OpenShiftDialog
        if self.service.current_shift() is not None:
            self.show_message(self.tr("A shift is open already."))
            return
        dialog = OpenShiftDialog(self.service, self)
        dialog.shift_opened.connect(lambda shift: self.show_message(
            self.tr("Shift {0} opened with {1}.").format(shift.number, format_fen(shift.float_fen))))
        self._open_counter_dialog(dialog)

    def move_cash(self, kind: str) -> None:
        """Cash in or out of the drawer with a reason."""
        from yarlung_pos.ui.shift_dialogs.opening import CashMoveDialog
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open."), error=True)
            return
        dialog = CashMoveDialog(self.service, kind, self)
        dialog.cash_moved.connect(lambda: self.show_message(
            self.tr("Cash put into the drawer — logged.") if kind == "in" else self.tr("Cash taken out of the drawer — logged.")))
        self._open_counter_dialog(dialog)

    def show_x_report(self) -> None:
        """The open shift's X report (view and print)."""
        from yarlung_pos.ui.shift_dialogs.closing import ShiftReportDialog
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open."), error=True)
            return
        dialog = ShiftReportDialog(self.service, self)
        dialog.print_queued.connect(lambda _job: self._kick_printer())
        self._open_counter_dialog(dialog)

    def close_shift(self) -> None:
        """Count the drawer and close the shift (Z report)."""
        from yarlung_pos.ui.shift_dialogs.closing import CloseShiftDialog
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open."), error=True)
            return
        if self.cart.lines or self.pending_tenders:
            self.show_message(self.tr("Finish, park or cancel the open sale before closing the shift."), error=True)
            return
        dialog = CloseShiftDialog(self.service, self)
        dialog.shift_closed.connect(lambda rep: (self.show_message(
            self.tr("Shift closed — Z report {0}.").format(rep.number)), self._kick_printer()))
        self._open_counter_dialog(dialog)

    def open_drawer(self) -> None:
        """F6: open the cash drawer without a sale — a manager approves; logged."""
        if self.service.prints and not self.service.settings.drawer_pin:
            self.show_message(self.tr("No cash drawer is set up (Settings…, cash drawer pin)."), error=True)
            return

        def go(approval) -> None:
            if self.service.open_drawer(approval, reason="no sale"):
                self._kick_printer()
                self.show_message(self.tr("Opening the cash drawer."))
            else:
                self.show_message(self.tr("No receipt printer is set up, so the drawer cannot be opened from the "
                                          "till (the attempt is logged)."), error=True)
        self._needs_manager(self.tr("Open the cash drawer without a sale."), "drawer", go)

    def open_audit_log(self) -> None:
        """The audit log (managers; a cashier needs a manager's approval to see it)."""
        from yarlung_pos.ui.audit_view import AuditLogDialog
        def go(approval) -> None:
            self.service.check("audit_log", approval)
            self._open_counter_dialog(AuditLogDialog(self.service, self))
        self._needs_manager(self.tr("Show the audit log."), "audit_log", go)

    # ------------------------------------------------------------------ other screens
    def open_labels(self) -> None:
        """The labels screen (kept between openings, so the chosen list survives)."""
        from yarlung_pos.ui.labels import LabelsDialog
        if self.labels_dialog is None:
            self.labels_dialog = LabelsDialog(self.service, self)
            self.labels_dialog.finished.connect(lambda _=0: (self.activateWindow(), self.scan_input.setFocus()))
        self.labels_dialog.open()

    def open_backoffice(self) -> None:
        """Stock, stocktakes, settlements, reports and the catalogue (window-modal; a cashier
        needs a manager's approval); the touch grid reloads afterwards if the catalogue
        changed."""
        self._needs_manager(self.tr("Open the back office."), "back_office", self._open_backoffice)

    def _open_backoffice(self, approval=None) -> None:
        self.service.check("back_office", approval)
        from yarlung_pos.ui.backoffice import BackOfficeWindow
        dialog = BackOfficeWindow(self.service, self, restore_handler=getattr(self, "restore_handler", None))
        self.backoffice_window = dialog
        dialog.enrolled.connect(self.refresh_terminal)  # title and status bar: the new code at once

        def finished(_result: int) -> None:
            self.refresh_grid_if_changed()
            self.refresh_terminal()
            dialog.deleteLater()
            self.backoffice_window = None
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    def open_settings(self) -> None:
        """The settings dialog (window-modal; a cashier needs a manager's approval); saved
        settings apply at once and every change is in the audit log."""
        self._needs_manager(self.tr("Change the till's settings."), "settings", self._open_settings)

    def _open_settings(self, approval=None) -> None:
        """The settings dialog; saving goes through the till's use case with ``approval``
        (it decides, writes the file and audits what changed)."""
        from yarlung_pos.ui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.service.settings, self._print_test_page, self,
                                save=lambda settings: self.service.save_settings(settings, approval))

        def finished(result: int) -> None:
            if result == SettingsDialog.DialogCode.Accepted and dialog.result_settings is not None:
                self._show_printer_idle()
                self._kick_printer()
            dialog.deleteLater()
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        self.settings_dialog = dialog
        dialog.open()

    @staticmethod
    def _print_test_page(settings) -> str:
        """Print a test page with ``settings`` (called off the UI thread by the dialog)."""
        from yarlung_pos.printing.escpos_codec import encode_receipt
        from yarlung_pos.printing.printer import parse_printer_uri, send_bytes
        from yarlung_pos.printing.receipt import render_test_page
        target = parse_printer_uri(settings.printer_uri)
        if target.is_preview:
            raise ValueError(QCoreApplication.translate("TillWindow", "no printer given"))
        image = render_test_page(settings.paper_width_dots, settings.receipt_url_base + "/test",
                                 target.describe(), settings.printer_profile, settings.receipt_languages)
        send_bytes(target, encode_receipt(image, settings.printer_profile, cut=settings.auto_cut))
        return QCoreApplication.translate("TillWindow", "Test page sent to {0}.").format(target.describe())
