"""Setting up a new till (services/setup.py): finish in one transaction, nothing half-done."""

from __future__ import annotations

import sqlite3

import pytest

from yarlung_pos.services.setup import AdminDraft, check_terminal_code, finish_setup, is_set_up
from yarlung_pos.services.hall import SetupError, hall_names
from yarlung_pos.services.shifts import ShiftError, current_shift
from yarlung_pos.services.users import AuthError, authenticate, list_users

ADMIN = AdminDraft("Tsering", "Tsering Dolma", "4826", "4826")


def test_finish_setup_writes_admin_shift_and_hall_together(store, clock, db_path):
    assert not is_set_up(store)
    user, shift = finish_setup(store, clock, admin=ADMIN, float_fen=20000,
                               hall_names={"bo": "", "zh": "琼结展厅", "en": " Qonggyai  Hall "}, terminal_code="t07")
    assert user.username == "tsering" and user.role == "admin" and user.name == "Tsering Dolma"
    assert is_set_up(store)
    assert current_shift(store).float_fen == 20000 and shift.number == "SH-T07-000001"
    assert hall_names(store) == {"bo": "琼结展厅", "zh": "琼结展厅", "en": "Qonggyai Hall"}
    assert authenticate(store, "tsering", "4826", clock).username == "tsering"
    with pytest.raises(SetupError):  # never twice
        finish_setup(store, clock, admin=AdminDraft("other", "", "1111", "1111"), float_fen=0)
    assert [u.username for u in list_users(store)] == ["tsering"]


@pytest.mark.parametrize("admin, float_fen, extra, error", [
    (AdminDraft("tsering", "", "4826", "4827"), 0, {}, AuthError),    # PINs differ
    (AdminDraft("tsering", "", "48", "48"), 0, {}, AuthError),        # PIN too short
    (AdminDraft("Tse ring", "", "4826", "4826"), 0, {}, AuthError),   # bad login name
    (ADMIN, -1, {}, ShiftError),
    (ADMIN, 20_000_000, {}, ShiftError),
    (ADMIN, 0, {"terminal_code": "T 01"}, SetupError),
    (ADMIN, 0, {"hall_names": {"bo": " ", "zh": "", "en": ""}}, SetupError),
])
def test_a_refused_value_writes_nothing(store, clock, db_path, admin, float_fen, extra, error):
    with pytest.raises(error):
        finish_setup(store, clock, admin=admin, float_fen=float_fen, **extra)
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("select count(*) from users").fetchone() == (0,)
        assert con.execute("select count(*) from shifts").fetchone() == (0,)
        assert con.execute("select count(*) from settings where key like 'hall_name%' or key = 'setup_complete'"
                           ).fetchone() == (0,)
    finally:
        con.close()
    assert not is_set_up(store)


def test_a_failure_inside_the_transaction_leaves_nothing(store, clock, db_path):
    """An open shift already there (a till half set up by hand) makes opening fail after the
    user was added in the same transaction: the user is gone again."""
    from yarlung_pos.services.shifts import open_shift
    open_shift(store, "someone", 0, clock)
    with pytest.raises(ShiftError):
        finish_setup(store, clock, admin=ADMIN, float_fen=100)
    assert list_users(store) == [] and not is_set_up(store)


def test_a_till_with_users_is_set_up(demo_store):
    from yarlung_pos.services.demo import ensure_demo_people
    from yarlung_pos.domain.clock import system_clock
    ensure_demo_people(demo_store, system_clock)
    assert is_set_up(demo_store)


def test_enrolled_till_keeps_the_county_code(store, clock):
    from yarlung_pos.db.store import set_setting
    with store.write() as s:
        set_setting(s, "sync_token", "tok")
        set_setting(s, "terminal_code", "T05")
    finish_setup(store, clock, admin=ADMIN, float_fen=0, terminal_code="T01")
    assert current_shift(store).number == "SH-T05-000001"


def test_terminal_code_rule():
    assert check_terminal_code(" t01 ") == "T01"
    for bad in ("", "T 01", "X" * 17, "T01!"):
        with pytest.raises(SetupError):
            check_terminal_code(bad)


def test_receipt_prints_the_hall_name_set_up(store, clock):
    from yarlung_pos.db.schema import SaleRow
    from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
    from yarlung_pos.services.catalogue_csv import import_catalogue_files
    from yarlung_pos.services.catalogue import lookup_code
    from yarlung_pos.services.receipts import receipt_doc
    from yarlung_pos.services.sales import complete_sale
    from tests.conftest import DEMO
    import_catalogue_files(store, {k: DEMO / f"{k}.csv" for k in ("categories", "cooperatives", "products")})
    user, _ = finish_setup(store, clock, admin=ADMIN, float_fen=0, hall_names={"bo": "", "zh": "琼结展厅", "en": "Hall"})
    cart = Cart()
    with store.read() as s:
        cart.add(lookup_code(s, "6972042001076"))
    sale = complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], user.username, clock, actor=user)
    with store.read() as s:
        doc = receipt_doc(s, s.get(SaleRow, sale.id) if hasattr(sale, "id") else s.query(SaleRow).one())
    assert (doc.shop_name_zh, doc.shop_name_en) == ("琼结展厅", "Hall")
