"""Changing a user's role (``user_admin.set_role``: an admin's action, audited, the last
admin keeps the role) and counter rules typed in a form (``policy.parse_policy``)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from yarlung_pos.db.schema import AuditRow
from yarlung_pos.services import authority, user_admin
from yarlung_pos.services.authority import ApprovalRequired
from yarlung_pos.services.policy import PolicyError, parse_policy
from yarlung_pos.services.users import AuthError, authenticate


@pytest.fixture
def people(store, clock):
    admin = user_admin.add_user(store, "admin", "Admin", "admin", "9999", actor=None, clock=clock)
    dorje = user_admin.add_user(store, "dorje", "Dorje", "manager", "2222", actor=admin, clock=clock)
    padma = user_admin.add_user(store, "padma", "Padma", "cashier", "1111", actor=admin, clock=clock)
    return {"admin": admin, "dorje": dorje, "padma": padma}


def role_changes(store) -> list[tuple]:
    with store.read() as s:
        rows = s.execute(select(AuditRow.user, AuditRow.approved_by, AuditRow.details)
                         .where(AuditRow.action == "user_changed")).all()
    return [(u, by, json.loads(d)) for u, by, d in rows if json.loads(d).get("change") == "role"]


def test_an_admin_changes_a_role_and_it_is_audited(store, clock, people):
    user_admin.set_role(store, "padma", "manager", actor=people["admin"], clock=clock)
    assert authenticate(store, "padma", "1111", clock).role == "manager"
    assert role_changes(store) == [("admin", "admin", {"username": "padma", "change": "role", "old_role": "cashier",
                                                       "role": "manager"})]
    user_admin.set_role(store, "padma", "manager", actor=people["admin"], clock=clock)   # no change: no entry
    assert len(role_changes(store)) == 1


def test_a_manager_needs_an_admins_approval(store, clock, people):
    with pytest.raises(ApprovalRequired, match="needs an admin"):
        user_admin.set_role(store, "padma", "manager", actor=people["dorje"], clock=clock)
    with pytest.raises(ApprovalRequired, match="cannot approve"):
        user_admin.set_role(store, "padma", "manager", actor=people["dorje"], clock=clock,
                            approval=authority.approval_of(people["dorje"], "users"))
    assert authenticate(store, "padma", "1111", clock).role == "cashier"
    approval = authority.approve(store, "admin", "9999", "users", clock)
    user_admin.set_role(store, "padma", "admin", actor=people["dorje"], clock=clock, approval=approval)
    assert authenticate(store, "padma", "1111", clock).role == "admin"
    assert role_changes(store)[-1][:2] == ("dorje", "admin")


def test_the_last_admin_stays_one_and_bad_roles_are_refused(store, clock, people):
    with pytest.raises(AuthError, match="only admin"):
        user_admin.set_role(store, "admin", "manager", actor=people["admin"], clock=clock)
    with pytest.raises(AuthError, match="role must be"):
        user_admin.set_role(store, "padma", "boss", actor=people["admin"], clock=clock)
    with pytest.raises(AuthError, match="no user"):
        user_admin.set_role(store, "nobody", "cashier", actor=people["admin"], clock=clock)
    user_admin.set_role(store, "dorje", "admin", actor=people["admin"], clock=clock)
    user_admin.set_role(store, "admin", "manager", actor=people["admin"], clock=clock)   # another admin exists now
    assert authenticate(store, "admin", "9999", clock).role == "manager"
    assert role_changes(store)[-1][2]["old_role"] == "admin"


def test_policy_typed_in_a_form():
    p = parse_policy("drop_fen", " 12.5 % ", "￥80.50", "15")
    assert (p.rounding, p.discount_limit_pct, p.discount_limit_fen, p.idle_lock_min) == \
        ("drop_fen", Decimal("12.5"), 8050, 15)
    for args, words in ((("none", "x", "50", "5"), "0 to 100"), (("none", "101", "50", "5"), "0 to 100"),
                        (("none", "NaN", "50", "5"), "0 to 100"), (("none", "10", "-1", "5"), "or more"),
                        (("none", "10", "50.001", "5"), "or more"), (("none", "10", "50", "-1"), "240"),
                        (("none", "10", "50", "٣"), "240"), (("none", "10", "50", "241"), "240"),
                        (("round", "10", "50", "5"), "cash rounding")):
        with pytest.raises(PolicyError, match=words):
            parse_policy(*args)
