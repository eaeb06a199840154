"""Run by test_layout_fit: in a process of its own (the offscreen screen's size is set per
process with ``QT_QPA_PLATFORM=offscreen:configfile=…``), open the till window, the sign-in
screen, the open-shift dialog, the payment dialog, the back office and the delivery screens in
one language, save a
screenshot of each and print ONE JSON document: ``{"screen": [x, y, w, h], "windows": {name:
{"frame": [x, y, w, h], "clipped": [[kind, object name, text, need, have], …]}}}``.
argv: database, language, folder for the screenshots."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: room a push button's style takes around its text (bevel and padding), px
BUTTON_PADDING = 8


def clipped(window) -> list[list]:
    """The visible labels and push buttons of ``window`` whose text does not fit them:
    word-wrapped labels lower than their text (``heightForWidth``, ``QFontMetrics.boundingRect``
    with word wrap), one-line labels and buttons narrower than the text
    (``QFontMetrics.horizontalAdvance``) or lower than its line."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel, QPushButton
    out = []
    for w in window.findChildren(QLabel) + window.findChildren(QPushButton):
        if not w.isVisible() or not w.text().strip() or w.window() is not window:
            continue
        if isinstance(w, QLabel) and (w.textFormat() == Qt.TextFormat.RichText or "<" in w.text()):
            continue
        fm = QFontMetrics(w.font())
        text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        name = w.objectName() or type(w).__name__
        if isinstance(w, QLabel) and w.wordWrap():
            width = w.contentsRect().width()
            need = max(w.heightForWidth(w.width()), fm.boundingRect(QRect(0, 0, width, 100_000),
                                                                     int(Qt.TextFlag.TextWordWrap), text).height())
            if w.height() < need:
                out.append(["height", name, text[:60], need, w.height()])
            continue
        lines = text.split("\n")
        pad = BUTTON_PADDING if isinstance(w, QPushButton) else 0
        if isinstance(w, QPushButton) and not w.icon().isNull():
            pad += w.iconSize().width() + 4
        need_w = max(fm.horizontalAdvance(line) for line in lines) + pad
        have_w = w.contentsRect().width()
        if need_w > have_w:
            out.append(["width", name, text[:60], need_w, have_w])
        need_h = fm.boundingRect(QRect(0, 0, 100_000, 100_000), 0, text).height()
        if need_h > w.contentsRect().height():
            out.append(["height", name, text[:60], need_h, w.contentsRect().height()])
    return out


def overlapping(window) -> list[list]:
    """Pairs of visible labels, buttons and fields of ``window`` whose shown parts overlap
    (neither inside the other): ``[[name, text, name, text], …]``.  Only what is on screen
    counts (``visibleRegion``: a widget scrolled out of view is not there)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit,
                                   QPlainTextEdit, QWidget)
    kinds = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)
    shown = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisible() or w.window() is not window:
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # a combo's or spin box's own editor
        region = w.visibleRegion().boundingRect()
        if region.isEmpty():
            continue
        shown.append((w, QRect(w.mapTo(window, region.topLeft()), region.size())))
    out = []
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            inter = ra.intersected(rb)
            if inter.width() > 1 and inter.height() > 1:
                def name(w):
                    return w.objectName() or type(w).__name__
                def text(w):
                    return (w.text() if hasattr(w, "text") else "")[:30]
                out.append([name(a), text(a), name(b), text(b)])
    return out


def wizard_pages(look, settle) -> None:
    """Each page of the setup window of a new, empty till (its own database and settings)."""
    import tempfile
    from yarlung_pos.config import Settings
    from yarlung_pos.db.store import Store
    from datetime import datetime, timedelta, timezone
    from yarlung_pos.i18n import current_language
    from yarlung_pos.ui.setup import SetupWizard
    folder = Path(tempfile.mkdtemp(prefix="layout-wizard-"))
    at = datetime(2026, 11, 29, 14, 5, tzinfo=timezone(timedelta(hours=8)))  # no page shows today's date
    store = Store.open(folder / "new.db")
    wizard = SetupWizard(store, lambda: at, Settings(path=folder / "settings.ini"))
    wizard.show()
    wizard.language_page.select(current_language())
    fill = {"language": lambda: None,
            "hall": lambda: wizard.hall_page.fields["en"].setText("Yarlung Youxuan service point, Qonggyai"),
            "enrol": lambda: wizard.enrol_page.alone_choice.setChecked(True),
            "admin": lambda: (wizard.admin_page.name.setText("Tsering Wangmo"),
                              wizard.admin_page.username.setText("tsering"), wizard.admin_page.pin.setText("1357"),
                              wizard.admin_page.pin2.setText("1357")),
            "printer": lambda: wizard.printer_page.skip.setChecked(True),
            "catalogue": lambda: wizard.catalogue_page.empty_choice.setChecked(True)}
    for name, page in wizard.pages.items():  # Qt shows a page only by walking to it
        if wizard.currentPage() is not page:
            sys.exit(f"the setup window did not go on to {name}: {wizard.currentPage().objectName()}")
        settle()
        look(f"setup_{name}", wizard)
        if name in fill:
            fill[name]()
            wizard.next()
            settle()
    wizard.done(0)
    store.close()


def delivery_windows(till, look) -> None:
    """The delivery order form in its error state (a bad phone, no county) and the deliveries
    screen with one delivery to pack, its detail shown."""
    from yarlung_pos.domain.delivery import Address
    from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
    from yarlung_pos.services.delivery import DeliveryRequest
    from yarlung_pos.ui.delivery.dialog import DeliveryDialog
    from yarlung_pos.ui.delivery.window import DeliveriesWindow
    cart = Cart()
    cart.add(till.service.lookup("WINE-001"))
    address = Address("西藏自治区", "山南市", "琼结县", "琼结镇", "雪村 12 号")
    _zone, postage = till.service.quote_postage(address, 1500)
    till.service.create_delivery(cart, [Tender(PaymentMethod.CASH, cart.total_fen + postage)], DeliveryRequest(
        name="索朗卓玛", name_bo="བསོད་ནམས་སྒྲོལ་མ", phone="13812345678", address=address, requested_date=None,
        note="", channel="phone", channel_order="", weight_g=1500, postage_fen=postage))
    form = DeliveryDialog(till.service, 3500, till)
    form.open()
    form.fields["name"].setText("索朗卓玛")
    form.fields["name_bo"].setText("བསོད་ནམས་སྒྲོལ་མ")
    form.fields["phone"].setText("1381234")
    form.go_on()
    look("delivery", form)
    form.done(0)
    screen = DeliveriesWindow(till.service, till)
    screen.open()
    look("deliveries", screen)
    screen.done(0)


def main() -> None:
    from PySide6.QtGui import QGuiApplication
    from yarlung_pos.i18n import install_language
    from yarlung_pos.ui.app import build_till, create_app
    db, lang, shots = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    app = create_app()
    install_language(lang)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    avail = QGuiApplication.primaryScreen().availableGeometry()
    windows: dict = {}

    def look(name: str, window) -> None:
        settle()
        g = window.frameGeometry()
        windows[name] = {"frame": [g.x(), g.y(), g.width(), g.height()], "clipped": clipped(window),
                         "overlapping": overlapping(window)}
        window.grab().save(str(shots / f"{name}-{lang}.png"))

    till, store = build_till(Path(db), demo=True)
    till.confirm_close = False
    till.show()
    till.add_by_code("WINE-001")
    look("till", till)

    from yarlung_pos.ui.sign_in import SignInDialog
    sign_in = SignInDialog(store)
    sign_in.show()
    look("sign_in", sign_in)
    sign_in.done(0)

    from yarlung_pos.ui.shift_dialogs.opening import OpenShiftDialog
    opening = OpenShiftDialog(till.service, till)
    opening.open()
    look("open_shift", opening)
    opening.done(0)

    from yarlung_pos.ui.payment_dialog import PaymentDialog
    payment = PaymentDialog(3500, lambda tenders: None, [], till)
    payment.open()
    look("payment", payment)
    payment.done(0)

    from yarlung_pos.ui.backoffice import BackOfficeWindow
    office = BackOfficeWindow(till.service, till)
    office.confirm_close = False
    office.open()
    look("backoffice", office)
    for i in range(1, office.tabs.count()):  # every tab, each built when shown
        office.tabs.setCurrentIndex(i)
        look(f"backoffice_{office.tabs.widget(i).widget().objectName()}", office)
    tabs = {office.tabs.widget(i).widget().objectName(): office.tabs.widget(i).widget()
            for i in range(office.tabs.count())}
    users, stock = tabs["usersTab"], tabs["stockTab"]
    users.table.selectRow(0)
    stock.stock_table.selectRow(0)
    for name, opener in (("add_user", users.open_add_dialog), ("set_pin", users.open_pin_dialog),
                         ("change_role", users.open_role_dialog), ("unlock_user", users.open_unlock_dialog),
                         ("deactivate_user", users.open_active_dialog), ("receive", stock.open_receive_dialog),
                         ("adjust", stock.open_adjust_dialog), ("threshold", stock.open_threshold_dialog)):
        d = opener()
        look(name, d)
        if hasattr(d, "apply") and name != "receive":  # OK on the empty form: the error state
            d.apply()
            look(f"{name}_error", d)
        d.done(0)
    office.reject()

    from yarlung_pos.ui.sign_in import SignInDialog as _SignIn  # the error state a cashier meets most
    wrong = _SignIn(store)
    wrong.show()
    wrong.users.setCurrentIndex(wrong.users.findData("padma"))
    wrong.pin.setText("0000")
    wrong._ok()
    look("sign_in_wrong_pin", wrong)
    wrong.done(0)

    from yarlung_pos.ui.shift_dialogs.closing import CloseShiftDialog
    from yarlung_pos.ui.shift_dialogs.opening import CashMoveDialog
    for name, dialog in (("close_shift", lambda: CloseShiftDialog(till.service, till)),
                         ("cash_in", lambda: CashMoveDialog(till.service, "in", till))):
        d = dialog()
        d.open()
        look(name, d)
        d.done(0)

    from yarlung_pos.ui.audit_view import AuditLogDialog
    from yarlung_pos.ui.labels.dialog import LabelsDialog
    from yarlung_pos.ui.parked_dialog import ParkedSalesDialog
    from yarlung_pos.ui.refund_dialog.dialog import RefundDialog
    from yarlung_pos.ui.approval import ApprovalDialog
    from yarlung_pos.ui.discount_dialog import DiscountDialog
    from yarlung_pos.ui.settings_dialog import SettingsDialog
    for name, dialog in (("audit_log", lambda: AuditLogDialog(till.service, till)),
                         ("settings", lambda: SettingsDialog(till.service.settings, None, till)),
                         ("discount", lambda: DiscountDialog(till.service, till.cart, 0, till)),
                         ("approval", lambda: ApprovalDialog(till.service, till.tr("Open the back office."),
                                                             "back_office", till)),
                         ("labels", lambda: LabelsDialog(till.service, till)),
                         ("parked", lambda: ParkedSalesDialog(till.service, till)),
                         ("refund", lambda: RefundDialog(till.service, till))):
        d = dialog()
        d.open()
        look(name, d)
        d.done(0)
    delivery_windows(till, look)
    wizard_pages(look, settle)
    settle()
    print(json.dumps({"screen": [avail.x(), avail.y(), avail.width(), avail.height()], "windows": windows},
                     ensure_ascii=False))
    till.close()
    store.close()


if __name__ == "__main__":
    main()
