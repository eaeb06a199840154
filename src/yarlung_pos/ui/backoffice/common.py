"""Small pieces every back-office tab uses: read-only table cells (sorted by text, by a key,
or in Tibetan dictionary order), tables with room for a Tibetan line, date edits, the
one-line message under a tab or dialog, and the cooperative chooser."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QWidget)

from yarlung_pos.domain.model import WEIGHED_UNITS
from yarlung_pos.domain.textkeys import tibetan_sort_key
from yarlung_pos.services.backoffice_queries import cooperatives
from yarlung_pos.services.till import TillService

#: delay between the last key typed in a search field and the search (ms)
SEARCH_DELAY_MS = 150
RED = "#b00020"
GREEN = "#1b5e20"
GREY = "#555555"
#: background of a cell whose value was refused
BAD_CELL = QColor("#f8d7da")
#: background of a stock level at or below its low-stock threshold
LOW_CELL = QColor("#fff3cd")
#: the role holding a cell's sort key (a string compared as is) when it is not its text
SORT_ROLE = Qt.ItemDataRole.UserRole + 7


def qty_text(q: Decimal, unit: str | None = None, signed: bool = False) -> str:
    """A quantity as shown: three decimals for kg (``"48.500"``), whole for counted units
    (``"40"``); ``signed`` adds ``+`` before a positive one."""
    if unit is not None and unit not in WEIGHED_UNITS:
        q = q.quantize(Decimal(1))
    return format(q, "+f" if signed else "f")


def py_date(edit: QDateEdit) -> date:
    """The date chosen in ``edit``."""
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def q_date(d: date) -> QDate:
    """``d`` as a ``QDate``."""
    return QDate(d.year, d.month, d.day)


def date_edit(name: str, value: date) -> QDateEdit:
    """A ``yyyy-MM-dd`` date edit with a calendar popup, named ``name``, showing ``value``."""
    edit = QDateEdit(q_date(value), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def text_cell(text: str, right: bool = False, tip: str | None = None, data=None) -> QTableWidgetItem:
    """A read-only table cell (``right``: right-aligned, for numbers; ``data``: its
    ``UserRole`` value)."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class SortItem(QTableWidgetItem):
    """A read-only cell that sorts by its ``SORT_ROLE`` key (Tibetan dictionary order, amounts
    as numbers) instead of its text."""

    def __lt__(self, other):  # noqa: D105 (Qt's sort calls it)
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


def sorted_cell(text: str, key: str, right: bool = False, tip: str | None = None) -> QTableWidgetItem:
    """A read-only cell sorted by ``key`` (compared as a string) rather than by its text."""
    item = SortItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    item.setData(SORT_ROLE, key)
    return item


def tibetan_cell(text: str) -> QTableWidgetItem:
    """A Tibetan name's cell, sorted in Tibetan dictionary order (root letter ཀ ཁ ག …, then
    prefixes and superscripts; see :func:`~yarlung_pos.domain.textkeys.tibetan_sort_key`)."""
    return sorted_cell(text, tibetan_sort_key(text).hex(), tip=text)


def make_sortable(table: QTableWidget, column: int = 0) -> None:
    """Let a click on a header sort ``table`` (first by ``column``, ascending)."""
    table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    table.horizontalHeader().setSortIndicatorShown(True)
    table.setSortingEnabled(True)


def make_table(name: str, headers: list[str], stretch: int | None = 1) -> QTableWidget:
    """A read-only, row-selecting table named ``name`` whose rows have room for a Tibetan
    line; column ``stretch`` (``None``: none) takes the room left, the others fit their
    contents."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setAlternatingRowColors(True)
    # a Tibetan line (Noto Serif Tibetan, stacked letters) is about twice as tall as a Latin one
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.9))
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def names_text(zh: str, bo: str) -> str:
    """``"Chinese · Tibetan"``, leaving out an empty one."""
    return " · ".join(x for x in (zh, bo) if x)


def tall_input(name: str, text: str = "") -> QLineEdit:
    """A line edit named ``name`` tall enough for Tibetan."""
    edit = QLineEdit(text, objectName=name)
    edit.setMinimumHeight(int(edit.fontMetrics().height() * 2))
    return edit


def no_default_buttons(widget: QWidget) -> None:
    """Enter belongs to the fields (and scanners), never to a dialog's default button."""
    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


class Message(QLabel):
    """The one-line message under a tab or dialog: red for errors, green when done, grey hints.
    Its ``kind`` property is the kind last said."""

    def __init__(self, name: str):
        super().__init__(objectName=name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setProperty("kind", "")

    def say(self, text: str, kind: str = "ok") -> None:
        """Show ``text``; ``kind`` is ``error``, ``ok``, ``warn`` or ``hint``."""
        self.setProperty("kind", kind)
        color = {"error": RED, "ok": GREEN, "warn": "#8a5a00"}.get(kind, GREY)
        self.setStyleSheet(f"color: {color};")
        self.setText(text)


def cooperative_combo(name: str, min_chars: int = 28) -> QComboBox:
    """A combo box named ``name`` for cooperatives, ``min_chars`` characters wide at least."""
    combo = QComboBox(objectName=name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_chars)
    return combo


def fill_combo(combo: QComboBox, entries: list[tuple[str, object, str]]) -> None:
    """(Re)fill ``combo`` with ``(text, data, tooltip)`` entries without signalling, keeping
    the chosen data (else the first entry)."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data, tip in entries:
        combo.addItem(text, data)
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
    combo.blockSignals(False)


def fill_cooperatives(combo: QComboBox, service: TillService) -> None:
    """(Re)fill ``combo`` with the cooperatives (Chinese · Tibetan, data = code), keeping the
    chosen one."""
    fill_combo(combo, [(f"{c.name_zh} · {c.name_bo}", c.code, f"{c.code}\n{c.name_bo}\n{c.name_zh}\n{c.name_en}")
                       for c in cooperatives(service.store)])
