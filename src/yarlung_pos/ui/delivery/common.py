"""What the delivery screens share: the names of statuses, channels and zones in the screen's
language, the place combos (Chinese names stored, Tibetan and English shown beside them), the
field an error is about, and a message line that takes no room while empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy

from yarlung_pos.domain.delivery import CHANNEL_NAMES, FIELD_NAMES, STATUS_NAMES, ZONE_NAMES, Place
from yarlung_pos.ui.widgets import WrappingLabel

ERROR_RED = "#b00020"
DONE_GREEN = "#1b5e20"


def _domain(text: str) -> str:
    return QCoreApplication.translate("DomainError", text)


def status_name(status: str) -> str:
    """A delivery status (``to_pack`` …) as the screen says it ("to pack")."""
    return _domain(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def channel_name(channel: str) -> str:
    """Where an order came from (``wechat`` …) as the screen says it ("WeChat mall")."""
    return _domain(CHANNEL_NAMES[channel]) if channel in CHANNEL_NAMES else channel


def zone_name(zone: str) -> str:
    """A postage zone (``prefecture`` …) as the screen says it ("in Shannan")."""
    return _domain(ZONE_NAMES[zone]) if zone in ZONE_NAMES else zone


def place_text(place: Place) -> str:
    """A place as the combos show it: ``山南市 · ལྷོ་ཁ་གྲོང་ཁྱེར། · Shannan`` (the Chinese
    first: that is what the post office reads and what is stored)."""
    return f"{place.zh} · {place.bo} · {place.en}"


def fill_places(combo: QComboBox, places) -> None:
    """Offer ``places`` in the editable ``combo`` (shown with :func:`place_text`, the Chinese
    name as item data), keeping what is typed in it."""
    typed = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    for p in places:
        combo.addItem(place_text(p), p.zh)
    combo.setCurrentIndex(-1)
    combo.setEditText(typed)
    combo.blockSignals(False)


def place_value(combo: QComboBox, places) -> str:
    """The Chinese name of the place chosen or typed in ``combo``: an offered item (or any of
    its three names typed) gives its Chinese name; other text is taken as typed."""
    text = " ".join(combo.currentText().split())
    for p in places:
        if text in (place_text(p), p.zh, p.bo, p.en):
            return p.zh
    return text


def error_field(error: Exception) -> str | None:
    """The form field a :class:`~yarlung_pos.domain.delivery.DeliveryError` is about — a key
    of :data:`~yarlung_pos.domain.delivery.FIELD_NAMES`, ``phone``, ``weight``, ``date`` — or
    ``None`` when it is about the order as a whole."""
    params = getattr(error, "params", {}) or {}
    template = getattr(error, "template", "") or ""
    named = params.get("field")
    for key, name in FIELD_NAMES.items():
        if named == name:
            return key
    if "phone" in params or "phone number" in template:
        return "phone"
    if "weight" in params or "weighs" in template:
        return "weight"
    if "tracking" in params or "tracking number" in template:
        return "tracking"
    if "date" in template:
        return "date"
    return None


class Note(WrappingLabel):
    """A word-wrapped message line (red for errors) that takes no room while it is empty."""

    def __init__(self, object_name: str, parent=None):
        super().__init__("", parent, objectName=object_name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.setVisible(False)

    def say(self, text: str, error: bool = True) -> None:
        """Show ``text`` (red when ``error``, green otherwise); empty text hides the line."""
        self.setStyleSheet(f"color: {ERROR_RED if error else DONE_GREEN};")
        self.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:  # noqa: D102
        super().clear()
        self.setVisible(False)


class EnterMovesOn(QObject):
    """Enter in a field moves the focus to the next field (Tab order); in the ``last`` field
    it calls ``done()``.  Install on each field (an editable combo's line edit too)."""

    def __init__(self, parent, done, last=None):
        super().__init__(parent)
        self.done, self.last = done, last

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            combo = obj if isinstance(obj, QComboBox) else obj.parent() if isinstance(obj.parent(), QComboBox) else None
            if combo is not None and combo.view().isVisible():
                return False  # Enter picks the item in an open list
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier or obj is self.last or (
                    combo is not None and combo is self.last):
                self.done()
                return True
            (combo or obj).window().focusNextChild()
            return True
        return False
