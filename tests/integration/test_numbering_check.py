"""After a restore (issue #14) no receipt, shift or Z number is given out until the numbering
is known again: a manager confirms the floors the till shows (never lower than what it knows),
or the county server's numbers set them (tests/server/test_restore_numbers.py)."""

from __future__ import annotations

import pytest

from yarlung_pos.services import audit
from yarlung_pos.services.authority import ApprovalRequired
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services.numbering import (NumberingCheckDue, mark_numbering_check_due, numbering_check_due,
                                            used_numbers)
from yarlung_pos.services.numbering_check import NumberingError, confirm_numbering, numbering_to_confirm
from yarlung_pos.services.refunds import refund_sale
from yarlung_pos.services.shifts import close_shift, open_shift

from tests.support.selling import sell_wine
from tests.support.people import CASHIER, MANAGER, approved


def sell(store, clock, n=1):
    return sell_wine(store, clock, n)


@pytest.fixture
def restored(store, clock):
    """A till that sold 2 sales in a shift, then was 'restored': the check is due, the floors
    at what it knew (receipt 5, as if a later receipt roll showed 5)."""
    load_demo(store, clock)
    open_shift(store, "padma", 10000, clock)
    sales = sell(store, clock, 2)
    with store.write() as s:
        mark_numbering_check_due(s, {"receipt": 5})
    return store, sales


def test_nothing_is_numbered_while_the_check_is_due(restored, clock):
    store, sales = restored
    with pytest.raises(NumberingCheckDue, match="restored from a backup"):
        sell(store, clock)
    with pytest.raises(NumberingCheckDue):
        refund_sale(store, sales[0].uuid, [(1, "1")], "padma", clock, actor=MANAGER)
    with pytest.raises(NumberingCheckDue):
        close_shift(store, "padma", {10000: 1}, clock)
    with store.read() as s:
        assert numbering_check_due(s) and used_numbers(s)["receipt"] == 5


def test_a_manager_confirms_or_raises_the_floors_never_lowers_them(restored, clock):
    store, _ = restored
    shown = numbering_to_confirm(store)
    assert shown == {"terminal": "T01", "receipt": 5, "shift": 1, "z": 0}
    with pytest.raises(ApprovalRequired):
        confirm_numbering(store, actor=CASHIER, clock=clock)
    with pytest.raises(NumberingError, match="already used receipt number 5"):
        confirm_numbering(store, {"receipt": 4}, actor=MANAGER, clock=clock)
    with pytest.raises(NumberingError, match="too high"):
        confirm_numbering(store, {"receipt": 99999999999999999999}, actor=MANAGER, clock=clock)
    with pytest.raises(NumberingError, match="too high"):
        confirm_numbering(store, {"z": 999999}, actor=MANAGER, clock=clock)
    assert numbering_to_confirm(store) is not None  # still due: nothing changed
    assert confirm_numbering(store, {"receipt": 9}, actor=CASHIER, approval=approved("restore"),
                             clock=clock) == {"receipt": 9, "shift": 1, "z": 0}
    assert numbering_to_confirm(store) is None
    (after,) = sell(store, clock)
    assert after.number == "T01-000010"
    entry = next(e for e in audit.entries(store) if e.action == "numbering_confirmed")
    assert entry.approved_by == "dorje"
    report = close_shift(store, "padma", {10000: 1}, clock)
    assert report.number == "Z-T01-000001"


def test_x_and_z_reports_name_the_people_not_their_logins(store, clock):
    """Issue #15: "Opened by: padma" on X/Z reports — the display name is printed."""
    from yarlung_pos.services.shifts import x_report, z_report
    from yarlung_pos.services.user_admin import add_user
    load_demo(store, clock)
    admin = add_user(store, "tsering", "Tsering Dolma", "admin", "4826", actor=None, clock=clock)
    add_user(store, "padma", "Padma Chozom", "cashier", "1357", actor=admin, clock=clock)
    open_shift(store, "padma", 10000, clock)
    assert x_report(store, clock).opened_by_name == "Padma Chozom"
    rep = close_shift(store, "tsering", {10000: 1}, clock)
    assert (rep.opened_by, rep.opened_by_name, rep.closed_by, rep.closed_by_name) == (
        "padma", "Padma Chozom", "tsering", "Tsering Dolma")
    again = z_report(store, rep.number)  # as stored, and as the county receives it (extra fields ignored)
    assert (again.opened_by_name, again.closed_by_name) == ("Padma Chozom", "Tsering Dolma")
