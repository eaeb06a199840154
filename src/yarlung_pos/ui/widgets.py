"""Small widgets shared by the till's screens: two-line product cells and touch buttons."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (QLabel, QPushButton, QSizePolicy, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QVBoxLayout)

#: item-data role holding ``(first line, second line)`` for :class:`TwoLineDelegate`
TWO_LINE_ROLE = Qt.ItemDataRole.UserRole + 1


class TwoLineDelegate(QStyledItemDelegate):
    """Paints a cell as two elided lines: the first (Tibetan name) in the normal font, the
    second (Chinese · English) smaller and grey.  Falls back to the display text."""

    def paint(self, painter, option, index):
        lines = index.data(TWO_LINE_ROLE)
        if not lines:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        r = opt.rect.adjusted(6, 2, -6, -2)
        first_font = opt.font
        second_font = opt.font.__class__(opt.font)
        second_font.setPointSizeF(opt.font.pointSizeF() * 0.85)
        fm1, fm2 = QFontMetrics(first_font), QFontMetrics(second_font)
        total_h = fm1.height() + fm2.height()
        top = r.top() + max(0, (r.height() - total_h) // 2)
        painter.save()
        color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setFont(first_font)
        painter.setPen(color)
        painter.drawText(QRect(r.left(), top, r.width(), fm1.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm1.elidedText(lines[0], Qt.TextElideMode.ElideRight, r.width()))
        painter.setFont(second_font)
        painter.setPen(color if selected else QColor("#555555"))
        painter.drawText(QRect(r.left(), top + fm1.height(), r.width(), fm2.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm2.elidedText(lines[1], Qt.TextElideMode.ElideRight, r.width()))
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        lines = index.data(TWO_LINE_ROLE)
        if not lines:
            return super().sizeHint(option, index)
        fm = QFontMetrics(option.font)
        return QSize(fm.horizontalAdvance(lines[0]) + 12, int(fm.height() * 2.1) + 8)


class TouchButton(QPushButton):
    """A large button whose text wraps over several centred lines (names in three scripts
    never get clipped, unlike QPushButton's single-line text)."""

    def __init__(self, lines: list[str], parent=None, min_height: int = 84):
        super().__init__(parent)
        self.label = QLabel("\n".join(lines))
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        self.setMinimumHeight(min_height)
        self.setMinimumWidth(96)  # let the label wrap instead of widening the grid
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def text_lines(self) -> str:
        """The text shown (for tests and accessibility)."""
        return self.label.text()

    def sizeHint(self):  # noqa: N802
        hint = self.label.sizeHint()
        return QSize(min(hint.width(), 220) + 12, max(self.minimumHeight(), hint.height() + 12))

    def minimumSizeHint(self):  # noqa: N802
        return QSize(96, self.minimumHeight())


#: room kept around a window that is not maximized for its frame (title bar, borders), in px
FRAME_ROOM = QSize(16, 48)


def fit_to_screen(window, width: int, height: int) -> None:
    """Size the top-level ``window`` to ``width`` × ``height`` px when that (with room for its
    frame) fits the available area of its screen (``QScreen.availableGeometry``: without the
    task bar), centred on it; otherwise maximize it, so that it is never larger than the
    screen (issue #15: 1280 × 800 on a 1366 × 768 screen put the status bar off screen).
    Call before the window is shown."""
    from PySide6.QtGui import QGuiApplication
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all: keep the size asked for
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    if width + FRAME_ROOM.width() <= room.width() and height + FRAME_ROOM.height() <= room.height():
        window.resize(width, height)
        window.move(room.x() + (room.width() - width) // 2,
                    room.y() + max(0, (room.height() - height - FRAME_ROOM.height()) // 2))
        return
    window.resize(min(width, room.width() - FRAME_ROOM.width()), min(height, room.height() - FRAME_ROOM.height()))
    window.move(room.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def grow_to_fit(window) -> None:
    """Make the top-level ``window`` at least as high as its layout needs at its width
    (``QLayout.totalHeightForWidth``: wrapped labels included) and as its minimum size hint,
    never higher than its screen's available area, and moved up when it grew past the foot of
    that area.  Call after a text in it changed — an error shown in a small form otherwise
    squeezes its rows (issue #15)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QGuiApplication
    layout = window.layout()
    if layout is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # nested layouts take the new text now
    layout.activate()
    need = max(window.minimumSizeHint().height(), window.sizeHint().height(),
               layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else 0)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        need = min(need, screen.availableGeometry().height() - FRAME_ROOM.height())
    if window.height() < need:
        window.resize(window.width(), need)
        if screen is not None:  # grown past the foot of the screen: up by as much (issue #16)
            room, frame = screen.availableGeometry(), window.frameGeometry()
            over = frame.y() + frame.height() - (room.y() + room.height())
            if over > 0:
                window.move(frame.x(), max(room.y(), frame.y() - over))


class WrappingLabel(QLabel):
    """A word-wrapped label that asks for the height its wrapped text needs at its width
    (``heightForWidth``) as its minimum — a plain wrapping ``QLabel`` in a form inside a scroll
    area is given one line's height and cut (a Tibetan note in two lines of tall stacks,
    issue #15)."""

    def __init__(self, text: str = "", parent=None, objectName: str = ""):  # noqa: N803 (Qt's keyword)
        super().__init__(text, parent)
        if objectName:
            self.setObjectName(objectName)
        self.setWordWrap(True)

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and self.minimumHeight() != need:
            self.setMinimumHeight(need)
