"""The delivery order form (F10 at the till): who gets the parcel, where, when, and its postage.

Recipient's name (any script) and name in Tibetan (optional), mobile or landline phone, the
address as the post office writes it — province (西藏自治区), prefecture or city, county
(Shannan's counties offered when the prefecture is 山南市; any text may be typed), township,
village or street — requested date (never before today), note, the channel the order came
by and its order number there, the parcel's weight in kg (optional) and the postage, quoted
by the till's service as the address or weight change (read-only).

Keyboard: Tab and Enter move on, Enter in the last field (or Ctrl+Enter anywhere) goes on to
payment, Esc goes back to the sale untouched.  A field the rules refuse says why under it in
the screen's language; nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from yarlung_pos.domain import delivery as rules
from yarlung_pos.domain.delivery import PROVINCE, SHANNAN_COUNTIES, TIBET_PREFECTURES, Address
from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.delivery.common import (CHANNEL_NAMES, EnterMovesOn, Note, channel_name, error_field, fill_places,
                                            place_value, zone_name)
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import WrappingLabel, grow_to_fit

#: the form's fields in Tab order (their error lines are ``<key>Error``)
FIELDS = ("name", "name_bo", "phone", "province", "prefecture", "county", "township", "street", "date", "channel",
          "channel_order", "weight", "note")


class DeliveryDialog(QDialog):
    """The delivery order form for a sale of ``goods_fen`` (what the cart comes to).  On OK
    (:meth:`go_on`) it checks what is typed with the delivery rules, and when all is well
    keeps the :class:`~yarlung_pos.services.delivery.DeliveryRequest` in :attr:`request` and
    closes Accepted; the caller takes the payment for :attr:`total_fen` and creates the
    delivery.  ``service``: the till's ``TillService`` (``quote_postage``, ``clock``);
    ``total_of(postage fen) -> fen``: what the sale comes to with the postage line (the
    sale's discounts and cash rounding applied; default: goods plus postage)."""

    def __init__(self, service, goods_fen: int, parent=None, total_of=None):
        super().__init__(parent)
        self.setObjectName("deliveryDialog")
        self.setWindowTitle(self.tr("Delivery order"))
        self.service = service
        self.goods_fen = goods_fen
        self.total_of = total_of
        self.postage_fen: int | None = None
        self.zone: str | None = None
        self.request = None
        #: set by the till: a manager's approval of the sale's discounts, and the refusal of
        #: the service when the payment could not create the delivery (shown when reopened)
        self.approval = None
        self.failed: Exception | None = None
        self.errors: dict[str, Note] = {}
        self.fields: dict[str, QWidget] = {}
        tall = int(self.fontMetrics().height() * 1.9)  # whole Tibetan stacks in every field

        f = self.fields
        f["name"] = QLineEdit(objectName="deliveryName")
        f["name"].setMaxLength(rules.MAX_NAME)
        f["name_bo"] = QLineEdit(objectName="deliveryNameBo")
        f["name_bo"].setMaxLength(rules.MAX_NAME)
        f["name_bo"].setPlaceholderText(self.tr("optional"))
        f["phone"] = QLineEdit(objectName="deliveryPhone")
        f["phone"].setPlaceholderText(self.tr("mobile 13812345678 or 0893-7831234"))
        f["phone"].setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        f["province"] = QLineEdit(PROVINCE.zh, objectName="deliveryProvince")
        f["prefecture"] = self._place_combo("deliveryPrefecture")
        fill_places(f["prefecture"], TIBET_PREFECTURES)
        f["prefecture"].setEditText(rules.HOME_PREFECTURE)
        f["county"] = self._place_combo("deliveryCounty")
        fill_places(f["county"], SHANNAN_COUNTIES)
        f["township"] = QLineEdit(objectName="deliveryTownship")
        f["street"] = QLineEdit(objectName="deliveryStreet")
        f["street"].setPlaceholderText(self.tr("village, or street and house number"))
        for key in ("province", "township", "street"):
            f[key].setMaxLength(rules.MAX_ADDRESS_PART)
        today = service.clock().date()
        self.today = QDate(today.year, today.month, today.day)
        f["date"] = QDateEdit(self.today, objectName="deliveryDate")
        f["date"].setMinimumDate(self.today)
        f["date"].setCalendarPopup(True)
        f["date"].setDisplayFormat("yyyy-MM-dd")
        f["channel"] = QComboBox(objectName="deliveryChannel")
        for code in CHANNEL_NAMES:
            f["channel"].addItem(channel_name(code), code)
        f["channel_order"] = QLineEdit(objectName="deliveryChannelOrder")
        f["channel_order"].setMaxLength(rules.MAX_NAME)
        f["weight"] = QLineEdit(objectName="deliveryWeight")
        f["weight"].setPlaceholderText(self.tr("optional, e.g. 1.5"))
        f["note"] = QLineEdit(objectName="deliveryNote")
        f["note"].setMaxLength(rules.MAX_NOTE)
        for w in f.values():
            w.setMinimumHeight(tall)
        self.postage_label = QLabel(objectName="deliveryPostage")
        self.postage_label.setMinimumHeight(tall)
        self.total_label = WrappingLabel(objectName="deliveryTotal")
        big = self.total_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.total_label.setFont(big)
        self.message = Note("deliveryMessage")

        recipient = QGroupBox(self.tr("Recipient and address"), objectName="recipientBox")
        form = QFormLayout(recipient)
        self._row(form, self.tr("Recipient's name"), "name")
        self._row(form, self.tr("Name in Tibetan"), "name_bo")
        self._row(form, self.tr("Phone"), "phone")
        self._row(form, self.tr("Province"), "province")
        self._row(form, self.tr("Prefecture or city"), "prefecture")
        self._row(form, self.tr("County"), "county")
        self._row(form, self.tr("Township"), "township")
        self._row(form, self.tr("Village or street"), "street")
        order = QGroupBox(self.tr("Order"), objectName="orderBox")
        form2 = QFormLayout(order)
        self._row(form2, self.tr("Deliver on"), "date")
        self._row(form2, self.tr("Ordered"), "channel")
        self._row(form2, self.tr("Order number there"), "channel_order")
        self._row(form2, self.tr("Parcel weight (kg)"), "weight")
        form2.addRow(self._label(self.tr("Postage")), self.postage_label)
        self._row(form2, self.tr("Note"), "note")
        for form_ in (form, form2):
            form_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.ok_button = QPushButton(self.tr("Take payment (Ctrl+Enter)"), objectName="deliveryOkButton")
        self.ok_button.setAutoDefault(False)
        self.ok_button.setMinimumHeight(tall)
        self.ok_button.clicked.connect(self.go_on)
        cancel = QPushButton(self.tr("Back to sale (Esc)"), objectName="deliveryCancelButton")
        cancel.setAutoDefault(False)
        cancel.setMinimumHeight(tall)
        cancel.clicked.connect(self.reject)
        for b in (self.ok_button, cancel):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)

        columns = QHBoxLayout()
        columns.addWidget(recipient, 1)
        right = QVBoxLayout()
        right.addWidget(order)
        right.addWidget(self.total_label)
        right.addStretch(1)
        columns.addLayout(right, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(columns, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)

        enter = EnterMovesOn(self, self.go_on, last=f["note"])
        for key in FIELDS:
            w = f[key]
            w.installEventFilter(enter)
            if isinstance(w, QComboBox) and w.isEditable():
                w.lineEdit().installEventFilter(enter)
            elif isinstance(w, QDateEdit):
                w.findChild(QLineEdit).installEventFilter(enter)
        for a, b in zip(FIELDS, FIELDS[1:]):
            QWidget.setTabOrder(f[a], f[b])
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.go_on)

        f["prefecture"].currentTextChanged.connect(self._prefecture_changed)
        f["channel"].currentIndexChanged.connect(self._channel_changed)
        for key in ("province", "weight"):
            f[key].textChanged.connect(self.quote)
        f["county"].currentTextChanged.connect(self.quote)
        for key in FIELDS:  # an error goes when its field is changed
            w = f[key]
            signal = (w.currentTextChanged if isinstance(w, QComboBox) else
                      w.dateChanged if isinstance(w, QDateEdit) else w.textChanged)
            signal.connect(lambda *_a, k=key: self._clear_error(k))
        self._channel_changed()
        self.quote()
        self.resize(980, 600)
        f["name"].setFocus()

    # ------------------------------------------------------------------ building
    def _place_combo(self, name: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(12)
        combo.lineEdit().setMaxLength(rules.MAX_ADDRESS_PART)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _row(self, form: QFormLayout, text: str, key: str) -> None:
        """A form row: the caption, the field and under it the field's error line."""
        field = self.fields[key]
        note = self.errors[key] = Note(f"{key}Error")
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(field)
        col.addWidget(note)
        label = self._label(text)
        label.setBuddy(field)
        form.addRow(label, box)

    # ------------------------------------------------------------------ reactions
    def _prefecture_changed(self, _text: str = "") -> None:
        """Shannan's counties are offered once the prefecture is 山南市 (typed or picked)."""
        shannan = place_value(self.fields["prefecture"], TIBET_PREFECTURES) == rules.HOME_PREFECTURE
        county = self.fields["county"]
        if shannan != (county.count() > 0):
            fill_places(county, SHANNAN_COUNTIES if shannan else ())
        self.quote()

    def _channel_changed(self, _index: int = 0) -> None:
        on = self.fields["channel"].currentData() != "counter"
        self.fields["channel_order"].setEnabled(on)
        if not on:
            self._clear_error("channel_order")

    def _clear_error(self, key: str) -> None:
        if key in self.errors and self.errors[key].isVisible():
            self.errors[key].clear()

    def address(self) -> Address:
        """The address as typed (Chinese place names for the places offered)."""
        f = self.fields
        return Address(province=f["province"].text(),
                       prefecture=place_value(f["prefecture"], TIBET_PREFECTURES),
                       county=place_value(f["county"], SHANNAN_COUNTIES),
                       township=f["township"].text(), street=f["street"].text())

    def quote(self, *_args) -> None:
        """Ask the service for the postage of the address and weight as they are now; shown
        in ￥ with its zone, and the total with the goods under it."""
        self.postage_fen = self.zone = None
        try:
            weight = rules.parse_weight_g(self.fields["weight"].text())
        except DomainError:
            weight = None
            self.postage_label.setText(self.tr("— (weight?)"))
        else:
            address = self.address()
            if not address.province.strip():
                address = Address(PROVINCE.zh, address.prefecture, address.county, address.township, address.street)
            try:
                self.zone, self.postage_fen = self.service.quote_postage(address, weight)
            except DomainError as exc:
                self.postage_label.setText("—")
                self.postage_label.setToolTip(describe(exc))
            else:
                self.postage_label.setText("{0} ({1})".format(format_fen(self.postage_fen),
                                                                        zone_name(self.zone)))
                self.postage_label.setToolTip("")
        self.total_label.setText(self.tr("Goods {0} + postage {1}: to pay {2}").format(
            format_fen(self.goods_fen), format_fen(self.postage_fen or 0), format_fen(self.total_fen)))

    @property
    def total_fen(self) -> int:
        """What the customer pays: the goods and the postage (fen)."""
        if self.total_of is not None and self.postage_fen is not None:
            return self.total_of(self.postage_fen)
        return self.goods_fen + (self.postage_fen or 0)

    # ------------------------------------------------------------------ checking
    def show_error(self, error: Exception) -> None:
        """Show ``error`` (a refusal of the rules or the service) under the field it is about,
        or under the form; the field gets the focus."""
        key = error_field(error)
        if key in self.errors:
            self.errors[key].say(describe(error))
            self.fields[key].setFocus()
        else:
            self.message.say(describe(error))
        grow_to_fit(self)

    def check(self) -> list[tuple[str, Exception]]:
        """Every field the delivery rules refuse, as ``[(field key, DeliveryError)]`` in Tab
        order (nothing typed changes)."""
        f, problems = self.fields, []

        def run(key, fn, *args, **kw):
            try:
                return fn(*args, **kw)
            except DomainError as exc:
                problems.append((error_field(exc) or key, exc))
                return None
        run("name", rules.check_text, f["name"].text(), "name", rules.MAX_NAME, required=True)
        run("name_bo", rules.check_text, f["name_bo"].text(), "name_bo", rules.MAX_NAME)
        run("phone", rules.check_phone, f["phone"].text())
        for key in ("province", "prefecture", "county", "township", "street"):
            run(key, rules.check_text, getattr(self.address(), key), key, rules.MAX_ADDRESS_PART)
        if not any(k in ("province", "prefecture", "county", "township", "street") for k, _ in problems):
            run("street", rules.check_address, self.address())
        if f["channel_order"].isEnabled():
            run("channel_order", rules.check_text, f["channel_order"].text(), "channel_order", rules.MAX_NAME)
        run("weight", rules.parse_weight_g, f["weight"].text())
        run("note", rules.check_text, f["note"].text(), "note", rules.MAX_NOTE)
        order = {k: i for i, k in enumerate(FIELDS)}
        return sorted(problems, key=lambda p: order.get(p[0], len(FIELDS)))

    def go_on(self) -> bool:
        """OK: check the form; when all is well keep the request (:attr:`request`) and close
        Accepted, else show each refusal under its field (the first one gets the focus).
        Returns True when the dialog was accepted."""
        for note in self.errors.values():
            note.clear()
        self.message.clear()
        problems = self.check()
        for key, exc in problems:
            (self.errors.get(key) or self.message).say(describe(exc))
        if problems:
            first = problems[0][0]
            if first in self.fields:
                self.fields[first].setFocus()
            grow_to_fit(self)
            return False
        if self.postage_fen is None:
            self.message.say(self.tr("The postage could not be worked out: {0}").format(
                self.postage_label.toolTip() or self.tr("check the address and the weight.")))
            return False
        from yarlung_pos.services.delivery import check_request
        request = self.build_request()
        try:  # what the service will check when it creates the delivery (the date, the channel …)
            check_request(request, self.service.clock().date())
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.request = request
        self.accept()
        return True

    def build_request(self):
        """The :class:`~yarlung_pos.services.delivery.DeliveryRequest` of what is typed (the
        service checks it again when it creates the delivery)."""
        from yarlung_pos.services.delivery import DeliveryRequest
        f = self.fields
        day = f["date"].date()
        return DeliveryRequest(
            name=f["name"].text().strip(), name_bo=f["name_bo"].text().strip(), phone=f["phone"].text().strip(),
            address=self.address(), requested_date=f"{day.year():04d}-{day.month():02d}-{day.day():02d}",
            note=f["note"].text().strip(), channel=f["channel"].currentData(),
            channel_order=f["channel_order"].text().strip() if f["channel_order"].isEnabled() else "",
            weight_g=rules.parse_weight_g(f["weight"].text()), postage_fen=self.postage_fen)
