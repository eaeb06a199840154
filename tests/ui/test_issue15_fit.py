"""Issue #15: what new users found on the till (sign-in, window sizes, Tibetan layout,
language switches, enrolment)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from yarlung_pos.services.audit import entries


def _wrong_pin_stays(qtbot, dialog, press) -> None:
    """A wrong PIN given by ``press`` (Enter or OK) shows "wrong PIN" and it stays."""
    dialog.users.setCurrentIndex(dialog.users.findData("dorje"))
    qtbot.keyClicks(dialog.pin, "0000")
    press()
    assert "wrong PIN" in dialog.message.text(), dialog.message.text()
    assert "Type your PIN" not in dialog.message.text()
    assert dialog.isVisible() and dialog.pin.text() == ""


def test_wrong_pin_on_the_lock_screen_says_so_with_enter_and_with_ok(qtbot, demo_till):
    till = demo_till
    till.lock()
    dialog = till.lock_dialog
    qtbot.waitExposed(dialog)
    before = len(entries(till.service.store, "login_failed"))
    _wrong_pin_stays(qtbot, dialog, lambda: qtbot.keyClick(dialog.pin, Qt.Key.Key_Return))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    _wrong_pin_stays(qtbot, dialog, lambda: qtbot.mouseClick(ok, Qt.MouseButton.LeftButton))
    assert len(entries(till.service.store, "login_failed")) == before + 2   # once per try
    qtbot.keyClicks(dialog.pin, "2222")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: till.lock_dialog is None)
    assert till.service.user.username == "dorje"


def test_wrong_pin_on_the_sign_in_screen_says_so(qtbot, demo_till):
    from yarlung_pos.ui.sign_in import SignInDialog
    dialog = SignInDialog(demo_till.service.store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _wrong_pin_stays(qtbot, dialog, lambda: qtbot.keyClick(dialog.pin, Qt.Key.Key_Return))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    _wrong_pin_stays(qtbot, dialog, lambda: qtbot.mouseClick(ok, Qt.MouseButton.LeftButton))
    signed = []
    dialog.signed_in.connect(signed.append)
    qtbot.keyClicks(dialog.pin, "2222")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert [u.username for u in signed] == ["dorje"] and dialog.result_user.username == "dorje"


# ---------------------------------------------------------------- windows fit the screen
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def on_screen(tmp_path, width: int, height: int, lang: str) -> dict:
    """What ``tests.ui.screen_worker`` reports for the till in ``lang`` on a ``width`` ×
    ``height`` offscreen screen (a process of its own: the screen is fixed per process)."""
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    shots = Path(os.environ.get("YARLUNG_SCREENSHOTS") or tmp_path / "shots") / f"{width}x{height}"
    shots.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([sys.executable, "-m", "tests.ui.screen_worker", str(tmp_path / f"{lang}-{width}.db"),
                           lang, str(shots)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"})
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def inside(inner: list[int], outer: list[int]) -> bool:
    """Whether rectangle ``inner`` lies wholly in ``outer`` (both ``[x, y, w, h]``)."""
    return (inner[0] >= outer[0] and inner[1] >= outer[1] and inner[0] + inner[2] <= outer[0] + outer[2]
            and inner[1] + inner[3] <= outer[1] + outer[3])


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_till_and_the_back_office_fit_the_screen(tmp_path, size):
    seen = on_screen(tmp_path, *size, "bo")
    screen = seen["screen"]
    assert screen == [0, 0, *size]
    for part, where in [("till", "frame"), ("till", "status_bar"), ("till", "pay_button"),
                        ("backoffice", "frame"), ("backoffice", "close_button")]:
        assert inside(seen[part][where], screen), (part, where, seen[part][where], screen)


def test_on_a_big_screen_the_till_keeps_its_size(tmp_path):
    seen = on_screen(tmp_path, 1920, 1080, "en")
    x, y, w, h = seen["till"]["frame"]
    assert inside(seen["till"]["frame"], seen["screen"]) and w >= 1280 and h >= 800


# ---------------------------------------------------------------- wrapped Tibetan text is not clipped
def clipped_labels(dialog) -> list[tuple[str, int, int]]:
    """Visible word-wrapped labels of ``dialog`` lower than their text needs at their width:
    ``(object name or text, height, needed)`` — the need measured twice, by the label
    (``heightForWidth``) and by the font (``QFontMetrics.boundingRect`` with word wrap, which
    takes the Tibetan fallback font's tall stacks into account)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel
    out = []
    for label in dialog.findChildren(QLabel):
        if not (label.isVisible() and label.text() and label.wordWrap()):
            continue
        m = label.contentsMargins()
        width = label.contentsRect().width() - 2 * label.margin()
        by_font = QFontMetrics(label.font()).boundingRect(QRect(0, 0, width, 10_000),
                                                          int(Qt.TextFlag.TextWordWrap), label.text()).height()
        needed = max(label.heightForWidth(label.width()), by_font + m.top() + m.bottom() + 2 * label.margin())
        if label.height() < needed:
            out.append((label.objectName() or label.text()[:20], label.height(), needed))
    return out


@pytest.mark.parametrize("lang", ["bo", "zh_CN", "en"])
def test_the_open_shift_instructions_are_not_clipped(qtbot, demo_till, lang):
    from yarlung_pos.i18n import install_language
    from yarlung_pos.ui.shift_dialogs.opening import CashMoveDialog, OpenShiftDialog
    install_language(lang)
    try:
        dialog = OpenShiftDialog(demo_till.service, demo_till)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        intro = dialog.findChild(type(dialog.message), "openShiftIntro")
        assert intro.isVisible()
        qtbot.waitUntil(lambda: not clipped_labels(dialog), timeout=2000)   # once the layout ran
        assert clipped_labels(dialog) == []
        dialog.by_denomination.setChecked(True)                        # count by note and coin …
        qtbot.waitUntil(lambda: not clipped_labels(dialog), timeout=2000)
        dialog.by_denomination.setChecked(False)                       # … and back
        qtbot.waitUntil(lambda: not clipped_labels(dialog), timeout=2000)
        dialog.resize(420, dialog.height())                            # narrower: more lines, still whole
        qtbot.waitUntil(lambda: not clipped_labels(dialog), timeout=2000)
        cash = CashMoveDialog(demo_till.service, "out", demo_till)
        qtbot.addWidget(cash)
        cash.open()
        qtbot.waitExposed(cash)
        qtbot.waitUntil(lambda: not clipped_labels(cash), timeout=2000)
    finally:
        install_language("en")


# ---------------------------------------------------------------- the after-sale panel follows the language
def test_the_after_sale_panel_follows_a_language_switch(qtbot, demo_till):
    from tests.ui.test_languages import translations
    from tests.ui.test_till_sale import open_payment, scan
    from yarlung_pos.i18n import format_money
    till = demo_till
    till.set_language("zh_CN")
    try:
        scan(qtbot, till, "WINE-001")                                  # ￥35.00
        dialog = open_payment(qtbot, till)
        qtbot.keyClicks(dialog.tendered_input, "50")
        qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: till.payment_dialog is None)
        number = till.last_sale.number
        zh = translations("zh_CN")
        assert till.sale_number_label.text() == zh["Sale {0} complete"].format(number)
        for lang in ("bo", "en"):
            till.set_language(lang)
            table = translations(lang) if lang != "en" else {}
            assert till.sale_number_label.text() == table.get("Sale {0} complete", "Sale {0} complete").format(number)
            assert till.change_label.text() == table.get("Change {0}", "Change {0}").format(format_money(1500))
        assert till.change_label.text() == "Change ￥15.00"
    finally:
        till.set_language("en")


# ---------------------------------------------------------------- the terminal code after enrolment
from tests.server.conftest import cli_json  # noqa: E402
from tests.support.county import county  # noqa: E402,F401 - the fixture (a real county server on 127.0.0.1)


def shown_codes(till) -> tuple[str, str]:
    """(window title, status bar message) of the till."""
    return till.windowTitle(), till.statusBar().currentMessage()


def test_after_enrolment_the_till_names_its_new_code(qtbot, demo_till, county):
    from yarlung_pos.sync.client import enrol
    from yarlung_pos.sync.worker import current_status
    till = demo_till
    title, status = shown_codes(till)
    assert "T01" in title and "T01" in status
    code = cli_json(county.db_url, "terminal", "add", "T02")["enrolment_code"]
    assert enrol(till.service.store, county.url, code) == "T02"
    till.sync_status_changed.emit(current_status(till.service.store))   # as the sync worker reports
    title, status = shown_codes(till)
    assert "T02" in title and "T01" not in title
    assert "T02" in status and "T01" not in status
    till.set_language("zh_CN")                                            # and after a language switch
    try:
        assert "T02" in till.windowTitle() and "T02" in till.statusBar().currentMessage()
    finally:
        till.set_language("en")


def test_enrolling_in_the_back_office_renames_the_till_at_once(qtbot, demo_till, county):
    from tests.support.people import approved
    till = demo_till
    till._open_backoffice(approved("back_office"))                        # as after a manager's approval
    office = till.backoffice_window
    office.confirm_close = False
    qtbot.waitExposed(office)
    tab = office.county_tab
    office.show_tab(tab)
    tab.enrol_form.url.setText(county.url)
    tab.enrol_form.code.setText(cli_json(county.db_url, "terminal", "add", "T03")["enrolment_code"])
    assert tab.enrol() == "T03"
    title, status = shown_codes(till)                                    # the back office still open
    assert "T03" in title and "T01" not in title and "T03" in status
    office.reject()
    qtbot.waitUntil(lambda: till.backoffice_window is None)
    assert "T03" in till.windowTitle()


# ---------------------------------------------------------------- the search list leaves the cart in view
@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_an_open_search_list_leaves_cart_rows_in_view(tmp_path, size):
    everything = on_screen(tmp_path, *size, "bo")
    seen = everything["search"]
    assert seen["list_visible"] and seen["matches"] >= 10 and seen["cart_rows"] == 4
    assert seen["list"][3] <= 0.4 * seen["window"][3], seen              # at most 40 % of the window
    assert seen["list"][3] >= seen["list_row_height"], seen               # and one whole match at least
    assert seen["cart_rows_visible"] >= 2, seen                            # the cart stays in view …
    assert seen["selected_in_view"], seen                                  # … with the line just added
    assert inside(everything["till"]["frame"], everything["screen"])      # the window did not grow
