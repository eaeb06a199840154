"""Who may do what, decided by the services themselves (no Qt): every sensitive use case is
refused without an approval, refused with a cashier's, accepted with a manager's, and the
approval is audited exactly once — and only when the action succeeded."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from yarlung_pos.config import Settings
from yarlung_pos.db.schema import AuditRow
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.domain.pricing import Discount
from yarlung_pos.services import audit, authority, shifts, user_admin
from yarlung_pos.services.authority import Approval, ApprovalRequired
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.policy import CounterPolicy, load_policy
from yarlung_pos.services.refunds import RefundError
from yarlung_pos.services.till import TillService
from yarlung_pos.services.users import AuthError, User, authenticate


@pytest.fixture
def people(demo_store, clock):
    """An admin (the first user), manager dorje (PIN 2222) and cashier padma (1111)."""
    admin = user_admin.add_user(demo_store, "admin", "Admin", "admin", "9999", actor=None, clock=clock)
    dorje = user_admin.add_user(demo_store, "dorje", "Dorje", "manager", "2222", actor=admin, clock=clock)
    padma = user_admin.add_user(demo_store, "padma", "Padma", "cashier", "1111", actor=admin, clock=clock)
    shifts.open_shift(demo_store, "padma", 20000, clock)
    return {"admin": admin, "dorje": dorje, "padma": padma}


def approvals(store, action: str) -> list[dict]:
    """The ``approval`` audit entries of ``action``."""
    with store.read() as s:
        rows = s.scalars(select(AuditRow).where(AuditRow.action == "approval")).all()
        return [{"user": r.user, "by": r.approved_by, **json.loads(r.details)} for r in rows
                if json.loads(r.details).get("approved") == action]


def audit_count(store, action: str) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.action == action))


def manager_approval(store, clock, action):
    return authority.approve(store, "dorje", "2222", action, clock)


def cashier_approval(action):
    return Approval(action, User(0, "padma", "Padma", "cashier"))


def till_for(store, clock, user, settings=None):
    return TillService(store, user.name, clock, settings=settings or Settings(), user=user)


def sell(till, *items, tender=None):
    cart = Cart()
    for sku, qty in items:
        with till.store.read() as s:
            cart.set_qty(cart.add(lookup_code(s, sku)), qty)
    return cart


# ---------------------------------------------------------------------------------- the rule itself
def test_require_decides_by_role_and_by_the_approvals_action(people):
    padma, dorje, admin = people["padma"], people["dorje"], people["admin"]
    with pytest.raises(ApprovalRequired) as exc:
        authority.require(padma, "refund")
    assert exc.value.action == "refund" and "refund" in str(exc.value)
    with pytest.raises(ApprovalRequired):
        authority.require(padma, "refund", cashier_approval("refund"))
    with pytest.raises(ApprovalRequired):  # an approval of another action does not count
        authority.require(padma, "refund", Approval("drawer", dorje))
    grant = authority.require(padma, "refund", Approval("refund", dorje))
    assert (grant.actor, grant.approved_by, grant.approved) == ("padma", "dorje", True)
    alone = authority.require(dorje, "refund")
    assert (alone.approved_by, alone.approved) == ("dorje", False)
    with pytest.raises(ApprovalRequired) as exc:  # users: only an admin
        authority.require(dorje, "users")
    assert "admin" in str(exc.value)
    assert authority.require(admin, "users").approved is False
    with pytest.raises(ValueError):
        authority.require(admin, "no such action")


def test_approve_checks_the_pin_and_the_role(people, demo_store, clock):
    with pytest.raises(AuthError):
        authority.approve(demo_store, "dorje", "0000", "refund", clock)
    with pytest.raises(ApprovalRequired):
        authority.approve(demo_store, "padma", "1111", "refund", clock)
    approval = authority.approve(demo_store, "dorje", "2222", "refund", clock)
    assert (approval.action, approval.approver.username) == ("refund", "dorje")
    assert approvals(demo_store, "refund") == []  # not audited until the refund succeeds


# ---------------------------------------------------------------------------------- refunds
def test_refund(people, demo_store, clock):
    padma = till_for(demo_store, clock, people["padma"])
    done = padma.complete(sell(padma, ("WINE-001", "2")), [Tender(PaymentMethod.CASH, 10000)])
    with pytest.raises(ApprovalRequired):
        padma.refund(done.uuid, [(1, "1")])
    with pytest.raises(ApprovalRequired):
        padma.refund(done.uuid, [(1, "1")], approval=cashier_approval("refund"))
    assert audit_count(demo_store, "refund") == 0
    refund = padma.refund(done.uuid, [(1, "1")], approval=manager_approval(demo_store, clock, "refund"))
    assert refund.total_fen < 0
    got = approvals(demo_store, "refund")
    assert [(a["user"], a["by"], a["refund"]) for a in got] == [("padma", "dorje", refund.number)]
    assert audit_count(demo_store, "refund") == 1


def test_a_refused_refund_audits_no_approval(people, demo_store, clock):
    padma = till_for(demo_store, clock, people["padma"])
    cart = sell(padma, ("WINE-001", "1"))
    done = padma.complete(cart, [Tender(PaymentMethod.WECHAT, cart.total_fen)])
    approval = manager_approval(demo_store, clock, "refund")
    with pytest.raises(RefundError):  # more than was sold
        padma.refund(done.uuid, [(1, "5")], approval=approval)
    assert approvals(demo_store, "refund") == []
    padma.refund(done.uuid, [(1, "1")], approval=approval)
    assert len(approvals(demo_store, "refund")) == 1


# ---------------------------------------------------------------------------------- discounts at completion
def test_a_discount_above_the_limit_is_checked_at_completion(people, demo_store, clock):
    padma = till_for(demo_store, clock, people["padma"])
    cart = sell(padma, ("WINE-001", "2"))
    cart.discount = Discount.percent(30)  # above the 10 % limit, never approved in a dialog
    due = cart.pricing().due_fen
    with pytest.raises(ApprovalRequired):
        padma.complete(cart, [Tender(PaymentMethod.CASH, due)])
    with pytest.raises(ApprovalRequired):
        padma.complete(cart, [Tender(PaymentMethod.CASH, due)], approval=cashier_approval("discount"))
    cart.approved_by, cart.discount_approved = "padma", (10**9, 1)  # a forged record on the cart
    with pytest.raises(ApprovalRequired):
        padma.complete(cart, [Tender(PaymentMethod.CASH, due)])
    cart.approved_by = cart.discount_approved = None
    assert audit_count(demo_store, "approval") == 0
    done = padma.complete(cart, [Tender(PaymentMethod.CASH, due)],
                          approval=manager_approval(demo_store, clock, "discount"))
    got = approvals(demo_store, "discount")
    assert [(a["user"], a["by"], a["sale"]) for a in got] == [("padma", "dorje", done.number)]


def test_a_discount_approved_in_the_dialog_is_audited_there_once(people, demo_store, clock):
    padma = till_for(demo_store, clock, people["padma"])
    cart = sell(padma, ("WINE-001", "2"))
    cart.discount = Discount.percent(30)
    with pytest.raises(ApprovalRequired):
        padma.record_discount(cart, "discount", None, target="sale")
    assert padma.record_discount(cart, "discount", manager_approval(demo_store, clock, "discount"),
                                 target="sale") == "dorje"
    assert cart.approved_by == "dorje"
    padma.complete(cart, [Tender(PaymentMethod.CASH, cart.pricing().due_fen)])  # covered: no new approval
    assert len(approvals(demo_store, "discount")) == 1
    assert audit_count(demo_store, "discount") == 1


def test_a_price_override_needs_a_manager_at_completion(people, demo_store, clock):
    padma = till_for(demo_store, clock, people["padma"])
    cart = sell(padma, ("WINE-001", "1"))
    line = cart.lines[0]
    line.list_price_fen, line.unit_price_fen = line.unit_price_fen, line.unit_price_fen - 100  # ￥1 off: small
    with pytest.raises(ApprovalRequired) as exc:
        padma.complete(cart, [Tender(PaymentMethod.CASH, 10000)])
    assert exc.value.action == "price_override"
    with pytest.raises(ApprovalRequired):
        padma.complete(cart, [Tender(PaymentMethod.CASH, 10000)], approval=cashier_approval("price_override"))
    padma.complete(cart, [Tender(PaymentMethod.CASH, 10000)],
                   approval=manager_approval(demo_store, clock, "price_override"))
    assert len(approvals(demo_store, "price_override")) == 1
    # a manager at the till needs no one
    dorje = till_for(demo_store, clock, people["dorje"])
    cart = sell(dorje, ("WINE-001", "1"))
    cart.lines[0].list_price_fen, cart.lines[0].unit_price_fen = cart.lines[0].unit_price_fen, 100
    dorje.complete(cart, [Tender(PaymentMethod.CASH, 100)])
    assert len(approvals(demo_store, "price_override")) == 1


def test_a_small_discount_needs_no_one(people, demo_store, clock):
    padma = till_for(demo_store, clock, people["padma"])
    cart = sell(padma, ("WINE-001", "2"))
    cart.discount = Discount.percent(5)
    padma.complete(cart, [Tender(PaymentMethod.CASH, cart.pricing().due_fen)])
    assert audit_count(demo_store, "approval") == 0


# ---------------------------------------------------------------------------------- drawer and cash
def test_drawer_without_a_sale(people, demo_store, clock):
    padma = till_for(demo_store, clock, people["padma"], Settings(printer_uri="network://127.0.0.1:9", drawer_pin=2))
    with pytest.raises(ApprovalRequired):
        padma.open_drawer()
    with pytest.raises(ApprovalRequired):
        padma.open_drawer(cashier_approval("drawer"))
    assert audit_count(demo_store, "drawer_opened") == 0
    assert padma.open_drawer(manager_approval(demo_store, clock, "drawer"), reason="no sale")
    assert len(approvals(demo_store, "drawer")) == 1 and audit_count(demo_store, "drawer_opened") == 1


def test_cash_out(people, demo_store, clock):
    padma = till_for(demo_store, clock, people["padma"])
    padma.move_cash("in", 1000, "coins")  # cash in needs no one
    with pytest.raises(ApprovalRequired):
        padma.move_cash("out", 1000, "to the safe")
    with pytest.raises(ApprovalRequired):
        padma.move_cash("out", 1000, "to the safe", cashier_approval("cash_out"))
    with pytest.raises(shifts.ShiftError):  # refused by the drawer check: no approval audited
        padma.move_cash("out", 10**7, "too much", manager_approval(demo_store, clock, "cash_out"))
    assert approvals(demo_store, "cash_out") == []
    padma.move_cash("out", 1000, "to the safe", manager_approval(demo_store, clock, "cash_out"))
    assert len(approvals(demo_store, "cash_out")) == 1 and audit_count(demo_store, "cash_out") == 1


# ---------------------------------------------------------------------------------- users
def test_user_changes_need_an_admin(people, demo_store, clock):
    dorje, padma, admin = people["dorje"], people["padma"], people["admin"]
    for actor, approval in ((padma, None), (dorje, None), (padma, Approval("users", padma)),
                            (padma, Approval("users", dorje))):  # a manager cannot approve user changes
        with pytest.raises(ApprovalRequired):
            user_admin.add_user(demo_store, "dawa", "Dawa", "cashier", "3333", actor=actor, clock=clock,
                                approval=approval)
        with pytest.raises(ApprovalRequired):
            user_admin.set_pin(demo_store, "padma", "4444", actor=actor, clock=clock, approval=approval)
        with pytest.raises(ApprovalRequired):
            user_admin.set_active(demo_store, "padma", False, actor=actor, clock=clock, approval=approval)
    assert audit_count(demo_store, "user_changed") == 3  # the three users of the fixture
    user_admin.add_user(demo_store, "dawa", "Dawa", "cashier", "3333", actor=padma, clock=clock,
                        approval=Approval("users", admin))
    user_admin.set_pin(demo_store, "padma", "4444", actor=admin, clock=clock)
    assert authenticate(demo_store, "padma", "4444", clock).username == "padma"
    user_admin.set_active(demo_store, "dawa", False, actor=admin, clock=clock)
    assert [a["by"] for a in approvals(demo_store, "users")] == ["admin"]  # approved once; the admin's own: none
    assert audit_count(demo_store, "user_changed") == 6


def test_unlock_needs_a_manager(people, demo_store, clock):
    for _ in range(5):
        with pytest.raises(AuthError):
            authenticate(demo_store, "padma", "0000", clock)
    with pytest.raises(ApprovalRequired):
        user_admin.unlock(demo_store, "padma", actor=people["padma"], clock=clock)
    user_admin.unlock(demo_store, "padma", actor=people["padma"], clock=clock,
                      approval=manager_approval(demo_store, clock, "user_unlock"))
    assert authenticate(demo_store, "padma", "1111", clock).username == "padma"
    assert len(approvals(demo_store, "user_unlock")) == 1


def test_the_first_user_must_be_an_admin(store, clock):
    with pytest.raises(AuthError):
        user_admin.add_user(store, "padma", "Padma", "cashier", "1111", actor=None, clock=clock)
    admin = user_admin.add_user(store, "admin", "Admin", "admin", "9999", actor=None, clock=clock)
    with pytest.raises(ApprovalRequired):  # once there is one, nobody else adds users alone
        user_admin.add_user(store, "eve", "Eve", "admin", "6666", actor=None, clock=clock)
    assert admin.role == "admin"


# ---------------------------------------------------------------------------------- policy and settings
def test_policy(people, demo_store, clock):
    padma = till_for(demo_store, clock, people["padma"])
    new = CounterPolicy(discount_limit_pct=Decimal("20"))
    with pytest.raises(ApprovalRequired):
        padma.save_policy(new)
    with pytest.raises(ApprovalRequired):
        padma.save_policy(new, cashier_approval("policy"))
    assert load_policy(demo_store).discount_limit_pct == Decimal("10")
    padma.save_policy(new, manager_approval(demo_store, clock, "policy"))
    assert load_policy(demo_store).discount_limit_pct == Decimal("20")
    assert len(approvals(demo_store, "policy")) == 1 and audit_count(demo_store, "settings_changed") == 1


def test_terminal_settings(people, demo_store, clock, tmp_path):
    path = tmp_path / "settings.ini"
    padma = till_for(demo_store, clock, people["padma"], Settings(path=path))
    new = Settings(path=path, printer_uri="network://127.0.0.1:9100")
    with pytest.raises(ApprovalRequired):
        padma.save_settings(new)
    with pytest.raises(ApprovalRequired):
        padma.save_settings(new, cashier_approval("settings"))
    assert not path.exists()
    changed = padma.save_settings(new, manager_approval(demo_store, clock, "settings"))
    assert changed["printer_uri"][1] == "network://127.0.0.1:9100" and path.exists()
    assert padma.settings.printer_uri == "network://127.0.0.1:9100"
    assert len(approvals(demo_store, "settings")) == 1 and audit_count(demo_store, "settings_changed") == 1


@pytest.mark.parametrize("action", ["back_office", "audit_log"])
def test_manager_screens(people, demo_store, clock, action):
    padma = till_for(demo_store, clock, people["padma"])
    with pytest.raises(ApprovalRequired):
        padma.check(action)
    with pytest.raises(ApprovalRequired):
        padma.check(action, cashier_approval(action))
    assert padma.check(action, manager_approval(demo_store, clock, action)).approved_by == "dorje"
    assert till_for(demo_store, clock, people["dorje"]).check(action).approved is False
    assert len(approvals(demo_store, action)) == 1


def test_every_action_has_a_name_and_a_rule():
    assert set(authority.PERMISSIONS) == set(authority.ACTION_NAMES)
    assert all(rule.approvers <= {"manager", "admin"} for rule in authority.PERMISSIONS.values())
