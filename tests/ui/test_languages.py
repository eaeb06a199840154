"""Switching the till's language at run time: every visible text follows, nothing stays in
English (or in the previous language), and switching back restores English."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from yarlung_pos.i18n import LANGUAGES, i18n_dir, install_language


def translations(lang: str) -> dict[str, str]:
    """source → translation of the language's .ts (finished entries)."""
    root = ET.parse(i18n_dir() / f"yarlung_pos_{lang}.ts").getroot()
    out = {}
    for msg in root.iter("message"):
        src, tr = msg.findtext("source"), msg.find("translation")
        if src and tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
            out[src] = tr.text
    return out


def template(source: str) -> re.Pattern:
    """A source string with its {0}/{name} placeholders as a regular expression."""
    parts = re.split(r"\{\w*\}", source)
    return re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$", re.S)


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(object name, text) of every visible label, button, placeholder and the menu actions."""
    out = [("windowTitle", window.windowTitle())]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel) and w.text():
            out.append((w.objectName() or type(w).__name__, w.text()))
        elif isinstance(w, QAbstractButton) and w.text():
            out.append((w.objectName() or type(w).__name__, w.text()))
        elif isinstance(w, QLineEdit) and w.placeholderText():
            out.append((w.objectName(), w.placeholderText()))
    for action in window.shift_menu.actions():
        out.append((action.objectName(), action.text()))
    model = window.cart_model
    out += [(f"header{i}", model.headerData(i, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal))
            for i in range(model.COLUMNS)]
    return out


def untranslated(window, lang: str) -> list[tuple[str, str]]:
    """Visible texts that are an English source string (or a filled-in one) whose ``lang``
    translation differs — i.e. texts a switch to ``lang`` left behind."""
    table = translations(lang)
    patterns = [(template(src), src) for src, tr in table.items() if tr != src and len(src) > 1]
    left = []
    for name, text in visible_texts(window):
        for pattern, src in patterns:
            if pattern.match(text):
                left.append((name, text))
                break
    return left


@pytest.mark.parametrize("lang", ["zh_CN", "bo"])
def test_every_visible_text_follows_a_language_switch(qtbot, demo_till, lang):
    till = demo_till
    if not (i18n_dir() / f"yarlung_pos_{lang}.qm").exists():
        pytest.fail(f"yarlung_pos_{lang}.qm was not built (make setup builds it)")
    till.add_by_code("WINE-001")
    english_pay = till.pay_button.text()
    try:
        till.set_language(lang)
        assert till.language_combo.currentData() == lang
        assert till.pay_button.text() == translations(lang)["Pay (F12)"] != english_pay
        assert untranslated(till, lang) == []
        other = "bo" if lang == "zh_CN" else "zh_CN"                  # straight on to another language
        till.set_language(other)
        assert untranslated(till, other) == []
        assert till.pay_button.text() == translations(other)["Pay (F12)"]
    finally:
        till.set_language("en")
    assert till.pay_button.text() == english_pay
    assert [ln.sku for ln in till.cart.lines] == ["WINE-001"]         # the sale is untouched


def test_language_choices_and_unknown_codes():
    from yarlung_pos.i18n import LanguageError, check_language
    assert set(LANGUAGES) == {"bo", "zh_CN", "en"}
    assert check_language("zh-CN") == "zh_CN" and check_language("zh") == "zh_CN" == check_language("ZH_cn")
    assert check_language("BO") == "bo"
    with pytest.raises(LanguageError):
        check_language("")
    with pytest.raises(LanguageError):
        check_language("fr")


def test_money_and_dates_follow_the_locale(qtbot):
    from datetime import datetime
    from decimal import Decimal
    from tests.conftest import BEIJING
    from yarlung_pos.i18n import format_datetime, format_money, format_quantity
    from yarlung_pos.ui.app import create_app
    create_app()
    at = datetime(2026, 11, 29, 14, 5, tzinfo=BEIJING)
    try:
        install_language("zh_CN")
        assert format_money(123456) == "￥1,234.56" and format_money(-5) == "-￥0.05"
        assert format_datetime(at) == "2026/11/29 14:05"
        assert format_quantity(Decimal("0.735"), 3) == "0.735"
        install_language("en")
        assert format_datetime(at).replace("\u202f", " ") == "11/29/26 2:05 PM"
        install_language("bo")
        assert format_datetime(at) == "2026-11-29 14:05"
    finally:
        install_language("en")


def test_qt_standard_buttons_speak_tibetan_too(qtbot):
    """Qt ships no Tibetan for its own buttons: the till's translation supplies them."""
    from PySide6.QtWidgets import QDialogButtonBox
    from yarlung_pos.ui.app import create_app
    create_app()
    try:
        for lang, cancel in (("bo", "ཕྱིར་འཐེན།"), ("zh_CN", "取消")):
            install_language(lang)
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            qtbot.addWidget(box)
            assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    finally:
        install_language("en")


def test_qt_own_dialogs_speak_chinese_in_chinese_and_tibetan(qtbot):
    """Qt's file dialog ("Look in:", "Files of type:") comes from Qt's own qtbase_zh_CN.qm;
    Qt has none in Tibetan, so a Tibetan till shows Qt's own dialog texts in Chinese, while
    the till's Tibetan still wins for the standard buttons it translates itself."""
    from PySide6.QtCore import QCoreApplication
    from yarlung_pos.i18n import qt_translation_dirs
    from yarlung_pos.ui.app import create_app
    create_app()
    assert any((d / "qtbase_zh_CN.qm").exists() for d in qt_translation_dirs())
    try:
        install_language("zh_CN")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
        install_language("bo")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        install_language("en")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    finally:
        install_language("en")
