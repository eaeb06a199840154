"""The first-run setup window driven as a person would, against a real county server on
127.0.0.1 holding the demo catalogue; then the till it opens sells, and the sale reaches the
county."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWizard

from tests.conftest import DEMO
from tests.server.conftest import cli_json, free_port, query
from tests.support.county import county  # noqa: F401 - the fixture

EAN13_GRAIN_001 = "6972042001076"  # GRAIN-001, ￥22.00 in the demo catalogue


@pytest.fixture(autouse=True)
def english_after():
    """Each test leaves the application in English, as it found it."""
    from yarlung_pos.ui.app import create_app
    from yarlung_pos.i18n import install_language
    create_app()
    install_language("en")
    yield
    install_language("en")


def make_wizard(qtbot, db_path, clock, settings_path):
    from yarlung_pos.config import Settings, load_settings
    from yarlung_pos.db.store import Store
    from yarlung_pos.ui.setup import SetupWizard
    store = Store.open(db_path)
    settings = load_settings(settings_path) if settings_path.exists() else Settings(path=settings_path)
    wizard = SetupWizard(store, clock, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard, store


def click_next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def choose(qtbot, button):
    """Click a radio button or check box on its indicator, as a person would."""
    from PySide6.QtCore import QPoint
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def type_into(qtbot, field, text):
    """Type ``text`` into ``field`` (key by key; a Chinese text as an input method commits it)."""
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)


def table(db_path, sql):
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def fill_admin(qtbot, wizard, pin_again="4826"):
    page = wizard.admin_page
    type_into(qtbot, page.name, "Tsering Dolma")
    type_into(qtbot, page.username, "tsering")
    type_into(qtbot, page.pin, "4826")
    type_into(qtbot, page.pin2, pin_again)


def test_first_run_enrols_pulls_the_county_catalogue_and_a_scanned_sale_reaches_the_county(
        qtbot, db_path, tmp_path, clock, county):
    from yarlung_pos.config import load_settings
    from yarlung_pos.i18n import current_language
    from yarlung_pos.sync import client
    from yarlung_pos.ui.app import build_till
    settings_path = tmp_path / "settings.ini"
    wizard, store = make_wizard(qtbot, db_path, clock, settings_path)

    # 1. language: Tibetan, then Chinese — switched at once, saved on Next
    assert wizard.currentPage() is wizard.language_page
    choose(qtbot, wizard.language_page.buttons["bo"])
    assert current_language() == "bo"
    choose(qtbot, wizard.language_page.buttons["zh_CN"])
    assert current_language() == "zh_CN"
    click_next(qtbot, wizard)
    assert load_settings(settings_path).ui_language == "zh_CN"

    # 2. the hall
    assert wizard.currentPage() is wizard.hall_page
    type_into(qtbot, wizard.hall_page.fields["zh"], "琼结展厅")
    click_next(qtbot, wizard)

    # 3. enrol: a wrong code is explained and nothing typed is lost; the right one enrols
    page = wizard.enrol_page
    assert wizard.currentPage() is page and page.enrol_choice.isChecked()
    type_into(qtbot, page.form.url, county.url)
    type_into(qtbot, page.form.code, "NOT-A-CODE")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.form.message.text() and page.form.url.text() == county.url
    type_into(qtbot, page.form.code, cli_json(county.db_url, "terminal", "add", "T05")["enrolment_code"])
    click_next(qtbot, wizard)
    assert client.load_config(store).terminal == "T05"

    # 4. the administrator: a refused PIN in the chosen language (Chinese), then right
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(qtbot, wizard)
    type_into(qtbot, wizard.admin_page.pin, "12")
    type_into(qtbot, wizard.admin_page.pin2, "12")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.admin_page.message.text() == "密码为 4 到 8 位数字"
    fill_admin(qtbot, wizard)
    click_next(qtbot, wizard)
    assert table(db_path, "select count(*) from users") == [(0,)]  # created only on Finish

    # 5. printer skipped
    assert wizard.currentPage() is wizard.printer_page
    choose(qtbot, wizard.printer_page.skip)
    click_next(qtbot, wizard)

    # 6. the catalogue from the county office: pulled off the UI thread, with progress
    cat = wizard.catalogue_page
    assert wizard.currentPage() is cat and cat.county_choice.isEnabled() and cat.county_choice.isChecked()
    click_next(qtbot, wizard)
    assert cat.thread is not None and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.float_page, timeout=60000)
    products = table(db_path, "select count(*) from products")[0][0]
    assert products == len((DEMO / "products.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert cat.progress.value() == cat.progress.maximum() >= products
    assert table(db_path, f"select price_fen from products where barcode = '{EAN13_GRAIN_001}'") == [(2200,)]

    # 7. the float, then Finish
    type_into(qtbot, wizard.float_page.amount, "200")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    user = wizard.result_user
    assert (user.username, user.role) == ("tsering", "admin")
    assert table(db_path, "select status, float_fen, opened_by from shifts") == [("open", 20000, "tsering")]
    saved = load_settings(settings_path)
    assert (saved.ui_language, saved.printer_uri) == ("zh_CN", "preview")
    store.close()

    # the till opens signed in as the administrator with the shift open: a scanned sale …
    from tests.ui.test_till_sale import open_payment, scan
    till, till_store = build_till(db_path, settings=wizard.settings, signed_in=user)
    till.confirm_close = False
    qtbot.addWidget(till)
    till.show()
    qtbot.waitExposed(till)
    try:
        from PySide6.QtWidgets import QLabel
        assert till.findChild(QLabel, "hallName").text() == "ཡར་ཀླུངས་ལེགས་འདེམས།  ·  琼结展厅  ·  Yarlung Youxuan"
        assert till.service.current_shift().float_fen == 20000
        scan(qtbot, till, EAN13_GRAIN_001)
        assert [(ln.sku, ln.qty) for ln in till.cart.lines] == [("GRAIN-001", 1)]
        dialog = open_payment(qtbot, till)
        qtbot.keyClicks(dialog.tendered_input, "50")
        qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: till.payment_dialog is None)
        assert table(db_path, "select number, total_fen from sales") == [("T05-000001", 2200)]
        # … reaches the county
        result = client.sync_now(till_store)
        assert result.rejected == 0 and result.waiting == 0
    finally:
        till.close()
        till_store.close()
    assert query(county.db_url, "select number, total_fen, terminal_code from sales") == [("T05-000001", 2200, "T05")]
    receipt = query(county.db_url, "select count(*) from sales where number = 'T05-000001'")
    assert receipt == [(1,)]


def test_csv_catalogue_with_bad_rows_is_shown_and_nothing_imported_then_corrected_and_imported(
        qtbot, db_path, tmp_path, clock):
    for name in ("categories.csv", "cooperatives.csv", "products.csv"):
        shutil.copy(DEMO / name, tmp_path / name)
    products = tmp_path / "products.csv"
    good = products.read_text(encoding="utf-8")
    lines = good.splitlines()
    lines[2] = lines[2].replace(",kg,", ",litre,")            # no such unit
    lines[5] = lines[5].replace(",JIANGSE,", ",NOBODY,")       # no such cooperative
    products.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard, store = make_wizard(qtbot, db_path, clock, tmp_path / "settings.ini")
    wizard.language_page.select("en")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.hall_page
    qtbot.keyClick(wizard.hall_page.fields["en"], Qt.Key.Key_Return)  # Enter is Next: the shipped name
    page = wizard.enrol_page
    assert wizard.currentPage() is page
    choose(qtbot, page.alone_choice)
    type_into(qtbot, page.code, "t 9")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page and "like T01" in page.message.text()
    type_into(qtbot, page.code, "t09")
    click_next(qtbot, wizard)
    fill_admin(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)                                  # printer: none typed = none
    cat = wizard.catalogue_page
    assert wizard.currentPage() is cat
    assert not cat.county_choice.isEnabled() and cat.csv_choice.isChecked()
    for kind in ("categories", "cooperatives", "products"):
        cat.form.set_file(kind, tmp_path / f"{kind}.csv")
    click_next(qtbot, wizard)                                  # Next imports: refused
    assert wizard.currentPage() is cat
    errors = cat.form.findChild(QTableWidget, "importErrorsTable")
    assert errors.isVisible()
    rows = [tuple(errors.item(r, c).text() for c in range(4)) for r in range(errors.rowCount())]
    assert [r[:3] for r in rows] == [("products.csv", "3", "unit"), ("products.csv", "6", "cooperative")]
    assert all(r[3] for r in rows)
    assert table(db_path, "select (select count(*) from categories), (select count(*) from cooperatives), "
                          "(select count(*) from products)") == [(0, 0, 0)]      # nothing half-imported
    products.write_text(good, encoding="utf-8")                # corrected
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.float_page
    assert table(db_path, "select count(*) from products")[0][0] == len(good.splitlines()) - 1
    type_into(qtbot, wizard.float_page.amount, "150.5")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert table(db_path, "select number, float_fen from shifts") == [("SH-T09-000001", 15050)]
    store.close()


def test_closed_half_way_asks_again_and_remembers_the_enrolment(qtbot, db_path, tmp_path, clock, county):
    from yarlung_pos.services.setup import is_set_up
    from yarlung_pos.sync import client
    settings_path = tmp_path / "settings.ini"
    wizard, store = make_wizard(qtbot, db_path, clock, settings_path)
    wizard.language_page.select("en")
    click_next(qtbot, wizard)
    type_into(qtbot, wizard.hall_page.fields["en"], "Qonggyai Hall")
    click_next(qtbot, wizard)
    type_into(qtbot, wizard.enrol_page.form.url, county.url)
    type_into(qtbot, wizard.enrol_page.form.code, cli_json(county.db_url, "terminal", "add", "T06")["enrolment_code"])
    click_next(qtbot, wizard)
    fill_admin(qtbot, wizard)
    # Back goes back without losing what was typed
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.hall_page and wizard.hall_page.fields["en"].text() == "Qonggyai Hall"
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)  # enrolled already: nothing asked again
    assert wizard.currentPage() is wizard.admin_page and wizard.admin_page.name.text() == "Tsering Dolma"
    wizard.reject()  # closed half way
    store.close()

    # the next start: not set up, asked again, the enrolment remembered, no administrator
    wizard, store = make_wizard(qtbot, db_path, clock, settings_path)
    assert not is_set_up(store)
    assert table(db_path, "select count(*) from users") == [(0,)]
    assert table(db_path, "select count(*) from settings where key like 'hall_name%'") == [(0,)]
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.enrol_page
    assert "T06" in page.form.message.text() and not page.alone_choice.isEnabled()
    assert page.form.url.text() == county.url
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.admin_page and client.load_config(store).terminal == "T06"
    fill_admin(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    choose(qtbot, wizard.catalogue_page.empty_choice)
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert table(db_path, "select username, role from users") == [("tsering", "admin")]
    assert table(db_path, "select number from shifts") == [("SH-T06-000001",)]
    assert is_set_up(store)
    store.close()


def test_a_printer_that_does_not_answer_is_explained(qtbot, db_path, tmp_path, clock):
    wizard, store = make_wizard(qtbot, db_path, clock, tmp_path / "settings.ini")
    wizard.language_page.select("en")
    page = wizard.printer_page
    for _ in range(4):
        click_next(qtbot, wizard) if wizard.currentPage() is not wizard.enrol_page else None
        if wizard.currentPage() is wizard.enrol_page:
            wizard.enrol_page.alone_choice.setChecked(True)
            click_next(qtbot, wizard)
        if wizard.currentPage() is wizard.admin_page:
            fill_admin(qtbot, wizard)
            click_next(qtbot, wizard)
        if wizard.currentPage() is page:
            break
    assert wizard.currentPage() is page
    type_into(qtbot, page.uri, "nonsense://x")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page and "cannot be used" in page.message.text()
    type_into(qtbot, page.uri, f"network://127.0.0.1:{free_port()}")  # nobody listens there
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Test page not printed"), timeout=30000)
    assert page.test_button.isEnabled()
    store.close()


@pytest.mark.parametrize("language", ["bo", "zh_CN", "en"])
def test_every_page_fits_1024_by_768(qtbot, db_path, tmp_path, clock, language):
    wizard, store = make_wizard(qtbot, db_path, clock, tmp_path / "settings.ini")
    wizard.language_page.select(language)
    hint = wizard.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
    for page in wizard.pages.values():
        page_hint = page.minimumSizeHint()
        assert page_hint.width() <= 1000 and page_hint.height() <= 640, (page.objectName(), page_hint)
    store.close()


def test_a_language_change_retranslates_the_open_window(qtbot, db_path, tmp_path, clock):
    """With a translation of some of the window's texts installed, choosing a language sets
    them at once on every page and on the buttons (nothing typed is lost)."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from tools import i18n as i18n_tool
    ts = tmp_path / "probe.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">
<context><name>LanguagePage</name><message><source>Welcome</source><translation>欢迎</translation></message></context>
<context><name>AdminPage</name><message><source>The administrator</source><translation>管理员</translation></message></context>
<context><name>SetupWizard</name><message><source>Next &gt;</source><translation>下一步 &gt;</translation></message></context>
<context><name>EnrolForm</name><message><source>One-time code</source><translation>一次性代码</translation></message></context>
</TS>""", encoding="utf-8")
    qm = i18n_tool.run_lrelease(ts, tmp_path / "probe.qm")
    wizard, store = make_wizard(qtbot, db_path, clock, tmp_path / "settings.ini")
    wizard.language_page.select("en")
    type_into(qtbot, wizard.hall_page.fields["en"], "typed before")
    probe = QTranslator()
    assert probe.load(str(qm))
    QCoreApplication.instance().installTranslator(probe)
    try:
        wizard.language_page.select("zh_CN")
        assert wizard.language_page.title() == "欢迎"
        assert wizard.admin_page.title() == "管理员"
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "下一步 >"
        assert wizard.enrol_page.form._labels[1].text() == "一次性代码"
        assert wizard.hall_page.fields["en"].text() == "typed before"
    finally:
        QCoreApplication.instance().removeTranslator(probe)
    store.close()


def test_killed_on_the_last_page_asks_again_without_a_half_set_up_till(qtbot, db_path, tmp_path, clock, county):
    """The process dies (SIGKILL) on the float page: the till is not set up, keeps its
    enrolment and the pulled catalogue, has no administrator; setup runs again to the end."""
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from yarlung_pos.services.setup import is_set_up
    settings_path = tmp_path / "settings.ini"
    code = cli_json(county.db_url, "terminal", "add", "T07")["enrolment_code"]
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-m", "tests.ui.setup_killed_worker", str(db_path), str(settings_path),
                           county.url, code], cwd=root, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "at the last page" in proc.stdout
    assert table(db_path, "select count(*) from users") == [(0,)]
    assert table(db_path, "select count(*) from shifts") == [(0,)]
    assert table(db_path, "select count(*) from products")[0][0] > 0     # the pulled catalogue is kept

    wizard, store = make_wizard(qtbot, db_path, clock, settings_path)
    assert not is_set_up(store)
    from yarlung_pos.config import load_settings
    assert load_settings(settings_path).ui_language == "bo"                # chosen before the kill: kept
    wizard.language_page.select("en")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert "T07" in wizard.enrol_page.form.message.text()
    click_next(qtbot, wizard)
    fill_admin(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    cat = wizard.catalogue_page
    assert cat.county_choice.isChecked()
    click_next(qtbot, wizard)                                             # nothing new to pull
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.float_page, timeout=60000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert table(db_path, "select username from users") == [("tsering",)]
    assert table(db_path, "select number, float_fen from shifts") == [("SH-T07-000001", 0)]
    store.close()


def test_the_till_shows_the_setup_window_until_set_up_then_the_sign_in(qtbot, db_path, tmp_path, clock):
    """``ui/app.sign_in``: a new till gets the setup window (closed: nothing, asked again);
    once set up, the sign-in screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from yarlung_pos.config import Settings
    from yarlung_pos.db.store import Store
    from yarlung_pos.services.setup import AdminDraft, finish_setup
    from yarlung_pos.ui.app import sign_in
    from yarlung_pos.ui.setup import SetupWizard
    from yarlung_pos.ui.sign_in import SignInDialog
    seen = []

    def close_the_window(kind):
        def close():
            window = QApplication.activeModalWidget()
            if not isinstance(window, kind):
                QTimer.singleShot(20, close)
                return
            seen.append(type(window).__name__)
            window.reject()
        QTimer.singleShot(20, close)

    close_the_window(SetupWizard)
    assert sign_in(db_path, Settings(path=tmp_path / "settings.ini")) is None
    close_the_window(SetupWizard)
    assert sign_in(db_path, Settings(path=tmp_path / "settings.ini")) is None  # asked again
    store = Store.open(db_path)
    finish_setup(store, clock, admin=AdminDraft("tsering", "", "4826", "4826"), float_fen=0)
    store.close()
    close_the_window(SignInDialog)
    assert sign_in(db_path, Settings(path=tmp_path / "settings.ini")) is None
    assert seen == ["SetupWizard", "SetupWizard", "SignInDialog"]
