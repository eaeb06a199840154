"""The County office tab's USB hand-over buttons, driven as a person would (the file dialogs
answered for them), against a real county server on 127.0.0.1: Export for USB… writes the
records, the county imports the file and writes its answer, Read the county's answer… marks
them sent; an altered answer is refused in words and changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.server.conftest import cli_json, query
from tests.support.county import county  # noqa: F401 - the fixture
from tests.support.people import MANAGER
from yarlung_pos.config import Settings
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.demo import ensure_demo_people
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.till import TillService
from yarlung_pos.services.users import list_users
from yarlung_pos.sync import client
from yarlung_pos.ui.backoffice import BackOfficeWindow


_codes = iter(f"U{n:02d}" for n in range(5, 100))  # unique on the module's server


@pytest.fixture
def tab(qtbot, demo_store, clock, county):
    from yarlung_pos.ui.app import create_app
    create_app()
    ensure_demo_people(demo_store, clock)
    code = next(_codes)
    assert client.enrol(demo_store, county.url, cli_json(county.db_url, "terminal", "add", code)["enrolment_code"])
    user = {u.username: u for u in list_users(demo_store)}["dorje"]
    bo = BackOfficeWindow(TillService(demo_store, user.name, clock, settings=Settings(), user=user))
    bo.confirm_close = False
    qtbot.addWidget(bo)
    bo.show()
    qtbot.waitExposed(bo)
    bo.show_tab(bo.county_tab)
    yield bo.county_tab  # (a generator keeps the window alive)


def sell(store, clock, n: int) -> None:
    for _ in range(n):
        cart = Cart()
        with store.read() as s:
            cart.add(lookup_code(s, "WINE-001"))
        complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma", clock, actor=MANAGER)
        clock.at += timedelta(days=6)  # offline for weeks


def test_export_for_usb_then_read_the_county_answer(tab, demo_store, clock, county, tmp_path, monkeypatch):
    code = tab.overview.terminal
    sell(demo_store, clock, 3)
    waiting = client.pending_count(demo_store)
    assert tab.usb_export_button.isEnabled() and tab.usb_export_button.text() == "Export for USB…"
    usb = tmp_path / "stick" / f"{code}.yhand"
    usb.parent.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (asked.append(a[2]) or str(usb), "")))
    tab.usb_export_button.click()
    assert asked and asked[0].startswith(f"{code}-") and asked[0].endswith(".yhand")
    assert usb.is_file()
    assert f"Records written: {waiting}, to {code}.yhand" in tab.usb_message.text()
    assert tab.usb_message.property("kind") == "ok" and tab.values["waiting"].text() == str(waiting)

    doc = cli_json(county.db_url, "import", str(usb))
    assert doc["accepted"] == waiting
    answer = tmp_path / f"{code}.acks"
    assert cli_json(county.db_url, "export-acks", "--terminal", code, "-o", str(answer))["accepted"] == waiting

    altered = tmp_path / "altered.acks"
    data = bytearray(answer.read_bytes())
    data[-20] ^= 0x04
    altered.write_bytes(bytes(data))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(altered), "")))
    tab.usb_answer_button.click()
    assert "altered" in tab.usb_message.text() and "Nothing was changed" in tab.usb_message.text()
    assert tab.usb_message.property("kind") == "error"
    assert client.pending_count(demo_store) == waiting

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(answer), "")))
    tab.usb_answer_button.click()
    assert tab.usb_message.text() == f"The county holds them: {waiting} now marked sent, 0 set aside; 0 waiting."
    assert tab.values["waiting"].text() == "0" and client.pending_count(demo_store) == 0
    assert query(county.db_url, "select count(*) from sales where terminal_code = :c", c=code)[0][0] == 3


def test_cancelled_dialogs_do_nothing_and_an_unwritable_place_is_said(tab, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    assert tab.export_for_usb() is None and tab.read_answer() is None and tab.usb_message.text() == ""
    assert tab.export_for_usb(str(tmp_path / "no-such-folder" / "x.yhand")) is None
    assert tab.usb_message.text().startswith("The file cannot be used") and tab.usb_message.property("kind") == "error"
    assert tab.read_answer(str(tmp_path / "missing.acks")) is None
    assert tab.usb_message.text().startswith("The file cannot be used")
    own = tmp_path / "own.yhand"
    assert tab.export_for_usb(str(own))["file"] == str(own)
    assert tab.read_answer(str(own)) is None and "not the county's answer" in tab.usb_message.text()
