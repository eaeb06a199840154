"""Users and PINs, the audit log, parked sales, counter rules, refunds with discounts."""

import json
import sqlite3
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from yarlung_pos.db.schema import OutboxRow, UserRow
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.domain.pricing import Discount
from yarlung_pos.services import audit, parked, user_admin, users
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.policy import CounterPolicy, PolicyError, load_policy, save_policy
from yarlung_pos.services.refunds import RefundError, find_sale, refund_sale
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.shifts import NoOpenShift, open_shift
from ..support.people import ADMIN, MANAGER, approved


def product(store, code):
    with store.read() as s:
        return lookup_code(s, code)


def test_pins_are_scrypt_hashes_and_verify():
    h = users.hash_pin("1234", n=2**10)
    assert h.startswith("scrypt$1024$8$1$") and "1234" not in h
    assert users.verify_pin("1234", h) and not users.verify_pin("1235", h)
    assert users.hash_pin("1234", n=2**10) != h                      # a fresh salt each time
    assert not users.verify_pin("1234", "md5$whatever")


def test_sign_in_lock_out_and_expiry(store, clock):
    user_admin.add_user(store, "admin", "Admin", "admin", "9999", actor=None, clock=clock)  # a till's first user
    user_admin.add_user(store, "Tashi", "Tashi Dolma", "cashier", "4321", actor=ADMIN, clock=clock)
    assert users.authenticate(store, "tashi", "4321", clock).name == "Tashi Dolma"
    for i in range(users.MAX_FAILED - 1):
        with pytest.raises(users.AuthError, match="Tries left before the account locks"):
            users.authenticate(store, "tashi", "0000", clock)
    with pytest.raises(users.AuthError, match="locked"):
        users.authenticate(store, "tashi", "0000", clock)
    with pytest.raises(users.AuthError, match="locked"):
        users.authenticate(store, "tashi", "4321", clock)            # right PIN, still locked
    clock.at += timedelta(minutes=users.LOCK_MINUTES, seconds=1)
    assert users.authenticate(store, "tashi", "4321", clock).username == "tashi"
    actions = [e.action for e in audit.entries(store)]
    assert actions.count("login_failed") == users.MAX_FAILED + 1 and actions.count("user_locked") == 1


def test_unknown_and_deactivated_users_and_bad_input(store, clock):
    user_admin.add_user(store, "admin", "Admin", "admin", "9999", actor=None, clock=clock)
    user_admin.add_user(store, "nyima", "Nyima", "manager", "12345678", actor=ADMIN, clock=clock)
    user_admin.set_active(store, "nyima", False, actor=ADMIN, clock=clock)
    with pytest.raises(users.AuthError, match="unknown user or PIN"):
        users.authenticate(store, "nyima", "12345678", clock)
    with pytest.raises(users.AuthError, match="unknown user or PIN"):
        users.authenticate(store, "nobody", "1234", clock)
    for name, role, pin in (("Bad Name", "cashier", "1234"), ("ok", "boss", "1234"), ("ok", "cashier", "12"),
                            ("ok", "cashier", "12a4"), ("nyima", "cashier", "1234")):
        with pytest.raises(users.AuthError):
            user_admin.add_user(store, name, name, role, pin, actor=ADMIN, clock=clock)


def test_audit_log_is_append_only_and_synced(store, clock):
    audit.log(store, "padma", "drawer_opened", clock, "dorje", reason="change for a note")
    con = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("update audit_log set user = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("delete from audit_log")
    con.close()
    with store.read() as s:
        payload, = s.scalars(select(OutboxRow.payload).where(OutboxRow.kind == "audit.recorded"))
    entry = json.loads(payload)["entry"]
    assert entry["action"] == "drawer_opened" and entry["approved_by"] == "dorje"
    assert entry["details"] == {"reason": "change for a note"} and entry["at"].endswith("+00:00")


def test_parked_sale_is_recalled_once(demo_store, clock):
    cart = Cart()
    cart.add(product(demo_store, "WINE-001"), Decimal(2))
    cart.lines[0].discount = Discount.percent(5)
    uid = parked.park(demo_store, cart, "Padma", clock, "blue jacket")
    listed, = parked.parked_sales(demo_store)
    assert (listed.line_count, listed.total_fen, listed.note) == (1, 6650, "blue jacket")
    again = parked.recall(demo_store, uid, "Padma", clock)
    assert again == cart
    with pytest.raises(parked.ParkError):
        parked.recall(demo_store, uid, "Padma", clock)
    with pytest.raises(Exception):
        parked.park(demo_store, Cart(), "Padma", clock)


def test_policy_is_validated_and_changes_are_audited(store, clock):
    assert load_policy(store) == CounterPolicy()
    save_policy(store, CounterPolicy(rounding="nearest_jiao", discount_limit_pct=Decimal("15")), actor=ADMIN, clock=clock)
    assert load_policy(store).rounding == "nearest_jiao"
    change, = audit.entries(store, "settings_changed")
    assert change.details["changed"] == {"rounding": ["none", "nearest_jiao"], "discount_limit_pct": ["10", "15"]}
    for bad in (CounterPolicy(rounding="up"), CounterPolicy(discount_limit_pct=Decimal(101)),
                CounterPolicy(idle_lock_min=-1)):
        with pytest.raises(PolicyError):
            save_policy(store, bad, actor=ADMIN, clock=clock)


def test_sales_need_a_shift_when_required(demo_store, clock):
    cart = Cart()
    cart.add(product(demo_store, "WINE-001"))
    with pytest.raises(NoOpenShift):
        complete_sale(demo_store, cart, [Tender(PaymentMethod.CASH, 3500)], "P", clock, require_shift=True, actor=MANAGER)
    open_shift(demo_store, "padma", 10000, clock)
    done = complete_sale(demo_store, cart, [Tender(PaymentMethod.CASH, 3500)], "P", clock, require_shift=True, actor=MANAGER)
    con = sqlite3.connect(demo_store.path)
    assert con.execute("select shift_id from sales").fetchone() == (1,)
    payload = json.loads(con.execute("select payload from outbox where kind = 'sale.completed'").fetchone()[0])
    assert payload["sale"]["shift"] == "SH-T01-000001" and payload["sale"]["uuid"] == done.uuid


def test_refunds_with_discounts_pay_back_exactly_what_was_paid(demo_store, clock):
    cart = Cart()
    cart.add(product(demo_store, "GRAIN-002"), Decimal("1.333"))      # ￥16.00/kg, by weight
    cart.add(product(demo_store, "WINE-001"), Decimal(3))
    cart.lines[1].discount = Discount.percent("12.5")
    cart.discount = Discount.amount(777)
    done = complete_sale(demo_store, cart, [Tender(PaymentMethod.WECHAT, 5000), Tender(PaymentMethod.CASH, 20000)], "P", clock, rounding="drop_fen", actor=MANAGER)
    paid = done.total_fen
    parts = [[(1, "0.5"), (2, "1")], [(1, "0.4")], [(2, "1")], [(1, "0.433"), (2, "1")]]
    back = [refund_sale(demo_store, done.uuid, p, "P", clock, actor=MANAGER) for p in parts]
    assert sum(-r.total_fen for r in back) == paid                  # to the fen, rounding included
    assert find_sale(demo_store, done.number).fully_refunded
    with pytest.raises(RefundError, match="can still be refunded"):
        refund_sale(demo_store, done.uuid, [(1, "0.001")], "P", clock, actor=MANAGER)
    # the original methods: WeChat first up to what it paid, then cash
    by_method = {}
    for r in back:
        for m, fen in r.payments:
            by_method[m] = by_method.get(m, 0) + fen
    assert by_method == {"wechat": -5000, "cash": -(paid - 5000)}


def test_refund_by_cash_and_find_sale_by_qr(demo_store, clock):
    cart = Cart()
    cart.add(product(demo_store, "WINE-001"), Decimal(2))
    done = complete_sale(demo_store, cart, [Tender(PaymentMethod.ALIPAY, 7000)], "P", clock, actor=MANAGER)
    sale = find_sale(demo_store, f"https://yarlung.example/r/{done.uuid}")
    assert sale.number == done.number and sale.methods == {"alipay": 7000}
    r = refund_sale(demo_store, done.uuid, [(1, "1")], "P", clock, method=PaymentMethod.CASH, restock=False, reason="broken bottle", approval=approved("refund", "dorje"))
    assert r.payments == (("cash", -3500),)
    with pytest.raises(RefundError, match="is a refund"):
        find_sale(demo_store, r.number)
    with pytest.raises(RefundError, match="no sale"):
        find_sale(demo_store, "T01-999999")
    entry, = audit.entries(demo_store, "refund")
    assert entry.approved_by == "dorje" and entry.details["reason"] == "broken bottle"
    assert entry.details["restock"] is False


def test_0004_database_migrates_to_counter_operations(tmp_path):
    from tests.integration.test_migrations import database_at
    from yarlung_pos.db.store import Store
    db = database_at(tmp_path / "old.db", "0004")
    con = sqlite3.connect(db)
    con.executescript("""
        insert into sales (id, uuid, kind, terminal_code, seq, number, cashier, completed_at, utc_offset_min, total_fen, change_fen)
            values (1, 'u-1', 'sale', 'T01', 1, 'T01-000001', 'P', '2026-11-29T06:00:00+00:00', 480, 3500, 0);
    """)
    con.commit()
    con.close()
    store = Store.open(db)
    with store.read() as s:
        assert s.execute(text("select shift_id, discount_fen, rounding_fen from sales")).one() == (None, 0, 0)
        assert s.scalar(select(UserRow)) is None
    store.close()


def test_refunds_never_give_back_more_than_was_paid_after_cash_rounding(demo_store, clock):
    """￥11.77 rounded down to ￥11.70: refunding the dear line first must not give back more
    than the ￥11.70 paid, and the last refund must not come out positive."""
    cart = Cart()
    cart.add(product(demo_store, "GRAIN-002"), Decimal("0.735"))    # ￥16.00/kg → 1176
    cart.lines[0].unit_price_fen = 1600
    cart.add(product(demo_store, "WINE-001"))                        # 3500
    cart.lines[1].discount = Discount.amount(3499)                   # net 1 fen
    done = complete_sale(demo_store, cart, [Tender(PaymentMethod.CASH, 2000)], "P", clock, rounding="drop_fen", actor=MANAGER)
    assert done.total_fen == 1170
    first = refund_sale(demo_store, done.uuid, [(1, "0.735")], "P", clock, actor=MANAGER)
    second = refund_sale(demo_store, done.uuid, [(2, "1")], "P", clock, actor=MANAGER)
    assert (first.total_fen, second.total_fen) == (-1170, 0)
    assert find_sale(demo_store, done.number).paid_left_fen == 0
    con = sqlite3.connect(demo_store.path)
    for total, rounding, nets in con.execute(
            "select s.total_fen, s.rounding_fen, sum(l.line_total_fen - l.discount_fen - l.order_discount_fen) "
            "from sales s join sale_lines l on l.sale_id = s.id where s.kind = 'refund' group by s.id"):
        assert total <= 0 and nets + rounding == total and abs(rounding) <= 9
