"""The back office's admin tabs on a real demo database: users (added, PIN, role, unlock,
(de)activate — who may is decided by the services, refusals shown in words), the counter
rules (saved with a manager's approval, refused without), the County office tab (set-aside
events with their reason and Send again; enrol and sync against a real county server on
127.0.0.1) and the catalogue files (export the three kinds, re-import cleanly)."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QTabWidget
from sqlalchemy import select

from tests.server.conftest import cli_json, query
from tests.support.county import county  # noqa: F401 - the fixture
from yarlung_pos.config import Settings
from yarlung_pos.db.schema import AuditRow, OutboxRow
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.authority import ApprovalRequired
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.demo import ensure_demo_people
from yarlung_pos.services.policy import PolicyError, load_policy
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.till import TillService
from yarlung_pos.services.users import MAX_FAILED, AuthError, authenticate, list_users
from yarlung_pos.sync import client
from yarlung_pos.ui.backoffice import BackOfficeWindow

DEMO_PINS = {"padma": "1111", "dorje": "2222", "admin": "9999"}


@pytest.fixture
def people(demo_store, clock):
    ensure_demo_people(demo_store, clock)
    return {u.username: u for u in list_users(demo_store)}


@pytest.fixture
def office(qtbot, demo_store, clock, people):
    """``office(username)``: the back office as the demo user ``username`` signed in."""
    from yarlung_pos.ui.app import create_app
    create_app()

    def make(username: str) -> BackOfficeWindow:
        user = people[username]
        service = TillService(demo_store, user.name, clock, settings=Settings(), user=user)
        bo = BackOfficeWindow(service)
        bo.confirm_close = False
        qtbot.addWidget(bo)
        bo.show()
        qtbot.waitExposed(bo)
        return bo
    return make


def approve_in(dialog, username: str, pin: str) -> None:
    """Pick the approver and type their PIN in the dialog's approval box."""
    combo = dialog.findChild(QComboBox, "approverCombo")
    combo.setCurrentIndex(combo.findData(username))
    dialog.findChild(QLineEdit, "approverPin").setText(pin)


def fill_add(dialog, login: str, name: str, role: str, pin: str, again: str | None = None) -> None:
    dialog.widget("username").setText(login)
    dialog.widget("name").setText(name)
    combo = dialog.widget("role")
    combo.setCurrentIndex(combo.findData(role))
    dialog.widget("pin").setText(pin)
    dialog.widget("pin_again").setText(pin if again is None else again)


def audit_changes(store) -> list[dict]:
    with store.read() as s:
        return [json.loads(r.details) | {"user": r.user, "by": r.approved_by}
                for r in s.scalars(select(AuditRow).where(AuditRow.action == "user_changed"))]


# ---------------------------------------------------------------------- users

def test_users_table_lists_everyone(office):
    bo = office("admin")
    tab = bo.users_tab
    bo.show_tab(tab)
    rows = {tab.table.item(r, 1).text(): [tab.table.item(r, c).text() for c in range(5)]
            for r in range(tab.table.rowCount())}
    assert rows["dorje"] == ["Dorje Tsering", "dorje", "manager", "yes", ""]
    assert set(rows) == {"admin", "dorje", "padma"}


def test_a_manager_cannot_add_a_user_and_an_admin_can(office, demo_store, clock):
    bo = office("dorje")
    tab = bo.users_tab
    dialog = tab.open_add_dialog()
    assert dialog.box.isVisible()  # a manager needs an admin for this
    fill_add(dialog, "tashi", "Tashi Dolma", "cashier", "4321")
    assert dialog.apply() is False                                   # no admin's PIN: the service refuses
    assert dialog.isVisible() and dialog.message.property("kind") == "error"
    assert "admin" in dialog.message.text() and "admin" in tab.message.text()
    approve_in(dialog, "dorje", "2222")                              # the manager's own PIN does not do
    assert dialog.apply() is False
    assert "cannot approve" in dialog.box.message.text()
    assert dialog.widget("username").text() == "tashi"               # nothing typed is lost
    with pytest.raises(AuthError):
        authenticate(demo_store, "tashi", "4321", clock)
    with pytest.raises(ApprovalRequired):                            # the tab's own method: the same refusal
        tab.add_user("tashi", "Tashi", "cashier", "4321", "4321")
    approve_in(dialog, "admin", "9999")                              # an admin approves
    assert dialog.apply() is True and not dialog.isVisible()
    assert authenticate(demo_store, "tashi", "4321", clock).name == "Tashi Dolma"
    assert tab.selected_username() == "tashi" and tab.message.property("kind") == "ok"
    assert audit_changes(demo_store)[-1] == {"username": "tashi", "change": "added", "role": "cashier",
                                             "user": "dorje", "by": "admin"}


def test_an_admin_adds_a_user_who_can_sign_in(office, demo_store, clock):
    bo = office("admin")
    tab = bo.users_tab
    dialog = tab.open_add_dialog()
    assert not dialog.box.isVisible()
    fill_add(dialog, "Tashi", "Tashi Dolma", "manager", "4321", again="4322")
    assert dialog.apply() is False and "not the same" in dialog.message.text()
    dialog.widget("pin_again").setText("4321")
    dialog.widget("pin").setText("12")
    dialog.widget("pin_again").setText("12")
    assert dialog.apply() is False and "4 to 8 digits" in dialog.message.text()
    dialog.widget("pin").setText("4321")
    dialog.widget("pin_again").setText("4321")
    assert dialog.apply() is True
    user = authenticate(demo_store, "tashi", "4321", clock)
    assert (user.username, user.role) == ("tashi", "manager")
    dialog = tab.open_add_dialog()                                   # the same login again: refused in words
    fill_add(dialog, "tashi", "T", "cashier", "5555")
    assert dialog.apply() is False and "already exists" in dialog.message.text()


def test_set_pin_and_change_role(office, demo_store, clock):
    bo = office("admin")
    tab = bo.users_tab
    tab.select("padma")
    dialog = tab.open_pin_dialog()
    assert "padma" in dialog.widget("user").text()
    dialog.widget("pin").setText("7777")
    dialog.widget("pin_again").setText("7777")
    assert dialog.apply()
    assert authenticate(demo_store, "padma", "7777", clock).username == "padma"
    dialog = tab.open_role_dialog("padma")
    assert dialog.widget("role").currentData() == "cashier"
    dialog.widget("role").setCurrentIndex(dialog.widget("role").findData("manager"))
    assert dialog.apply()
    assert authenticate(demo_store, "padma", "7777", clock).role == "manager"
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == "padma")
    assert tab.table.item(row, 2).text() == "manager"
    dialog = tab.open_role_dialog("admin")                           # the only admin stays one
    dialog.widget("role").setCurrentIndex(dialog.widget("role").findData("cashier"))
    assert dialog.apply() is False and "only admin" in dialog.message.text()
    assert authenticate(demo_store, "admin", "9999", clock).role == "admin"


def test_unlock_after_lock_out(office, demo_store, clock):
    for _ in range(MAX_FAILED):
        with pytest.raises(AuthError):
            authenticate(demo_store, "padma", "0000", clock)
    bo = office("dorje")                                             # a manager may unlock alone
    tab = bo.users_tab
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == "padma")
    assert tab.table.item(row, 4).text()                             # locked until …
    tab.select("padma")
    assert tab.unlock_button.isEnabled()
    with pytest.raises(AuthError, match="locked"):
        authenticate(demo_store, "padma", "1111", clock)
    dialog = tab.open_unlock_dialog()
    assert not dialog.box.isVisible()
    assert dialog.apply()
    assert authenticate(demo_store, "padma", "1111", clock).username == "padma"
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == "padma")
    assert tab.table.item(row, 4).text() == "" and not tab.unlock_button.isEnabled()


def test_a_cashier_unlocks_only_with_a_managers_pin(office, demo_store, clock):
    for _ in range(MAX_FAILED):
        with pytest.raises(AuthError):
            authenticate(demo_store, "dorje", "0000", clock)
    clock.at += timedelta(minutes=1)
    bo = office("padma")
    tab = bo.users_tab
    dialog = tab.open_unlock_dialog("dorje")
    assert dialog.box.isVisible()
    assert dialog.apply() is False and "approval" in dialog.message.text()
    approve_in(dialog, "admin", "9999")
    assert dialog.apply()
    assert authenticate(demo_store, "dorje", "2222", clock).username == "dorje"


def test_deactivate_and_activate(office, demo_store, clock):
    bo = office("admin")
    tab = bo.users_tab
    tab.select("padma")
    assert tab.active_button.text() == "Deactivate…"
    dialog = tab.open_active_dialog()
    assert dialog.apply()
    with pytest.raises(AuthError, match="unknown user"):
        authenticate(demo_store, "padma", "1111", clock)
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == "padma")
    assert tab.table.item(row, 3).text() == "no"
    assert tab.active_button.text() == "Activate…"
    assert tab.open_active_dialog().apply()
    assert authenticate(demo_store, "padma", "1111", clock).username == "padma"
    assert [c["change"] for c in audit_changes(demo_store)][-2:] == ["deactivated", "activated"]


def test_a_manager_cannot_deactivate(office, demo_store, clock):
    bo = office("dorje")
    dialog = bo.users_tab.open_active_dialog("padma")
    assert dialog.apply() is False and dialog.isVisible()
    assert authenticate(demo_store, "padma", "1111", clock).username == "padma"


# ---------------------------------------------------------------------- counter rules

def test_policy_saved_with_a_managers_approval_and_refused_without(office, demo_store):
    bo = office("padma")                                             # a cashier at the back office
    tab = bo.policy_tab
    bo.show_tab(tab)
    assert tab.box.isVisible()
    assert tab.editor.value("pct") == "10" and tab.editor.value("fen") == "50.00"
    tab.set_values(rounding="nearest_jiao", pct="12.5", amount="80", idle="15")
    tab.save_button.click()                                          # no manager's PIN: refused by the service
    assert tab.message.property("kind") == "error" and "manager" in tab.message.text()
    assert load_policy(demo_store).discount_limit_pct == Decimal("10")
    assert tab.editor.value("pct") == "12.5"                         # kept as typed
    tab.box.findChild(QComboBox, "approverCombo").setCurrentIndex(
        tab.box.combo.findData("dorje"))
    tab.box.pin.setText("0000")                                      # a wrong PIN
    tab.save_button.click()
    assert "wrong PIN" in tab.box.message.text()
    assert load_policy(demo_store).idle_lock_min == 5
    tab.box.pin.setText("2222")
    tab.save_button.click()
    assert tab.message.property("kind") == "ok", tab.message.text()
    saved = load_policy(demo_store)
    assert (saved.rounding, saved.discount_limit_pct, saved.discount_limit_fen, saved.idle_lock_min) == \
        ("nearest_jiao", Decimal("12.5"), 8000, 15)
    assert tab.service.policy == saved                               # the counter uses it at once
    with demo_store.read() as s:
        entry = s.execute(select(AuditRow.user, AuditRow.approved_by)
                          .where(AuditRow.action == "settings_changed")).all()[-1]
    assert tuple(entry) == ("padma", "dorje")


@pytest.mark.parametrize("field,text,words", [("pct", "120", "0 to 100"), ("pct", "ten", "0 to 100"),
                                              ("fen", "-5", "￥0 or more"), ("idle", "999", "240 minutes"),
                                              ("idle", "2.5", "240 minutes")])
def test_a_bad_policy_value_is_shown_in_words(office, demo_store, field, text, words):
    bo = office("dorje")
    tab = bo.policy_tab
    assert not tab.box.isVisible()
    tab.editor.set_values({field: text})
    tab.save_button.click()
    assert tab.message.property("kind") == "error" and words in tab.message.text()
    assert tab.editor.value(field) == text
    assert load_policy(demo_store) == load_policy(demo_store).__class__()
    with pytest.raises(PolicyError):
        tab.save()


# ---------------------------------------------------------------------- county office

def sell_as_t01(store, clock) -> str:
    cart = Cart()
    with store.read() as s:
        cart.add(lookup_code(s, "WINE-001"))
    from tests.support.people import MANAGER
    return complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma", clock,
                         actor=MANAGER).number


def test_set_aside_events_show_their_reason_and_send_again_requeues_them(office, demo_store, clock):
    number = sell_as_t01(demo_store, clock)
    with demo_store.write() as s:   # as sync records a refusal by the county server
        row = s.scalars(select(OutboxRow).where(OutboxRow.kind == "sale.completed")).all()[-1]
        row.rejected_reason = "unknown event kind 'sale.completed' (known: …)"
    bo = office("dorje")
    tab = bo.county_tab
    bo.show_tab(tab)
    assert tab.table.rowCount() == 1
    cells = [tab.table.item(0, c).text() for c in range(4)]
    assert cells[0] == "sale" and cells[1] == number
    assert cells[2].startswith("unknown event kind")
    assert "update" in cells[3] and "Send again" in cells[3]
    assert tab.values["setAside"].text() == "1"
    waiting = client.pending_count(demo_store)
    assert tab.resend_button.isEnabled()
    tab.resend_button.click()
    assert client.rejected_events(demo_store) == []
    assert client.pending_count(demo_store) == waiting + 1
    assert tab.table.rowCount() == 0 and "Back in the queue: 1" in tab.aside_message.text()
    assert not tab.resend_button.isEnabled()


def test_sync_now_before_enrolment_says_so(office, qtbot):
    bo = office("dorje")
    tab = bo.county_tab
    assert not tab.sync_button.isEnabled() and tab.values["server"].text() == "not enrolled"
    with qtbot.waitSignal(tab.sync_finished, timeout=10_000):
        tab.sync_now()
    assert "not enrolled" in tab.sync_message.text() and tab.sync_message.property("kind") == "error"


def test_the_county_tab_enrols_and_syncs_with_a_real_server(office, qtbot, demo_store, clock, county):
    number = sell_as_t01(demo_store, clock)      # before enrolment, as T01
    bo = office("dorje")
    tab = bo.county_tab
    bo.show_tab(tab)
    form = tab.enrol_form
    form.url.setText(county.url)
    form.code.setText("not-a-code")
    assert tab.enrol() is None
    assert "code was not accepted" in form.message.text()
    assert form.url.text() == county.url                           # kept as typed
    form.code.setText(cli_json(county.db_url, "terminal", "add", "T07")["enrolment_code"])
    assert tab.enrol() == "T07"
    assert tab.values["server"].text() == county.url and tab.values["terminal"].text() == "T07"
    assert tab.enrol_button.text() == "Enrol again" and tab.sync_button.isEnabled()
    set_aside = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]   # whatever the client decides
    assert set_aside == [e.number for e in tab.overview.set_aside]
    later = sell_as_t01(demo_store, clock)
    assert later.startswith("T07-")
    with qtbot.waitSignal(tab.sync_finished, timeout=30_000):
        assert tab.sync_now()
        assert not tab.sync_button.isEnabled()                     # running off the UI thread
    assert tab.last_error is None, tab.last_error
    assert tab.sync_message.text().startswith("Synced:")
    assert tab.values["waiting"].text() == "0"
    assert tab.values["last"].text() != "never"
    assert "ok: sent" in tab.log.toPlainText()
    numbers = {n for (n,) in query(county.db_url, "select number from sales")}
    assert later in numbers
    assert (number in numbers) or (number in set_aside)             # sent, or shown as set aside


# ---------------------------------------------------------------------- catalogue files

def test_catalogue_export_writes_three_files_that_reimport_cleanly(office, demo_store, tmp_path):
    bo = office("dorje")
    tab = bo.catalogue_files_tab
    bo.show_tab(tab)
    assert tab.export_to("") is None and tab.export_message.property("kind") == "error"
    assert tab.export_to(tmp_path / "nowhere") is None and "no folder" in tab.export_message.text()
    tab.folder.setText(str(tmp_path))
    tab.export_button.click()
    assert tab.export_message.property("kind") == "ok", tab.export_message.text()
    files = {p.name for p in tmp_path.glob("*.csv")}
    assert files == {"categories.csv", "cooperatives.csv", "products.csv"}
    products = (tmp_path / "products.csv").read_text(encoding="utf-8").splitlines()
    assert products[0].startswith("sku,") and len(products) > 10
    form = tab.import_form
    for kind in ("categories", "cooperatives", "products"):
        form.set_file(kind, tmp_path / f"{kind}.csv")
    counts = form.import_files()
    assert counts == {k: {"added": 0, "updated": 0} for k in ("categories", "cooperatives", "products")}
    assert form.problems == []


def test_catalogue_import_shows_every_bad_row_and_imports_nothing(office, demo_store, tmp_path):
    bo = office("dorje")
    tab = bo.catalogue_files_tab
    bo.show_tab(tab)
    tab.export_to(tmp_path)
    text = (tmp_path / "products.csv").read_text(encoding="utf-8").splitlines()
    bad = text[:2] + [text[2].replace(text[2].split(",")[8], "abc", 1)] + \
        ["NEW-001,,ནོར་བུ,新货,New,NOSUCHCAT,NOSUCHCOOP,piece,100,1"]
    (tmp_path / "products.csv").write_text("\n".join(bad) + "\n", encoding="utf-8")
    tab.import_form.set_file("products", tmp_path / "products.csv")
    assert tab.import_form.import_files() is None
    assert len(tab.import_form.problems) >= 2 and tab.import_form.table.isVisible()
    with demo_store.read() as s:
        assert lookup_code(s, "WINE-001") is not None
        from yarlung_pos.db.schema import ProductRow
        assert s.scalar(select(ProductRow).where(ProductRow.sku == "NEW-001")) is None


def test_the_new_tabs_are_in_the_window(office):
    bo = office("admin")
    tabs = bo.findChild(QTabWidget, "backOfficeTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[-6:] == ["Catalogue files", "Users", "Counter rules", "Delivery", "County office", "Backups"]


def test_the_new_tabs_follow_a_language_switch_and_keep_what_is_typed(office):
    from PySide6.QtCore import QCoreApplication, QEvent

    from yarlung_pos.i18n import install_language
    bo = office("padma")
    bo.policy_tab.set_values(pct="7")
    english = bo.tabs.tabText(0)
    try:
        install_language("zh_CN")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert bo.tabs.tabText(0) == QCoreApplication.translate("BackOfficeWindow", "Stock") != english
        assert bo.policy_tab.box.title() == QCoreApplication.translate("ApprovalBox", "Manager approval") \
            != "Manager approval"
        assert bo.policy_tab.editor.value("pct") == "7"                # typed, not saved: kept
        assert bo.users_tab.table.rowCount() == 3
    finally:
        install_language("en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert bo.tabs.tabText(0) == english and bo.policy_tab.box.title() == "Manager approval"


def test_what_to_do_names_the_way_out_for_sales_made_before_enrolment(qapp):
    """The till's own set-aside reasons (sync.client._set_aside_foreign) get their own advice:
    enrol again with a new code, or have the county server updated — never the generic line."""
    from yarlung_pos.sync.status import SetAsideEvent
    from yarlung_pos.ui.backoffice.county import what_to_do

    def advice(reason):
        return what_to_do(SetAsideEvent(1, "u", "sale.completed", "T01-000001", reason))

    known = ("sold as T01 before this till was enrolled as T05; the county server takes them only with an "
             "enrolment that declares T01 (T01 may be another terminal's code there): ask the county office …")
    old_server = ("sold as T01 before this till was enrolled as T05; the county server is too old to take sales "
                  "made before enrolment: ask the county office to update it, and they are sent at the next sync")
    generic = advice("something the server said")
    assert "enrol again" in advice(known) and advice(known) != generic
    assert "update it" in advice(old_server) and advice(old_server) != advice(known)
