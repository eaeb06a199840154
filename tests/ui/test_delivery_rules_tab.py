"""Issue #16: the back office's Delivery tab — the postage table, the days personal data is
kept, postage on returns and the sender — saved by a manager (a cashier needs an approval),
bad cells shown in words with everything typed kept, and the new table used at the till."""

from __future__ import annotations

import pytest

from yarlung_pos.domain.delivery import Address, DeliveryError
from yarlung_pos.services.authority import ApprovalRequired


@pytest.fixture
def tab(qtbot, fixed_till):
    from yarlung_pos.ui.backoffice.delivery_rules import DeliveryRulesTab
    widget = DeliveryRulesTab(fixed_till.service)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def cell(tab, row, col, text):
    from PySide6.QtWidgets import QTableWidgetItem
    tab.table.setItem(row, col, QTableWidgetItem(text))


def test_the_stored_rules_show_and_a_cashier_needs_a_managers_approval(tab):
    assert tab.table.rowCount() == 4                                      # 3 bands and "each further"
    assert [tab.table.item(0, c).text() for c in range(5)] == ["1", "5.00", "8.00", "12.00", "18.00"]
    assert tab.erase_days.value() == 180 and tab.return_postage.currentData() == "keep"
    cell(tab, 0, 1, "6.00")
    with pytest.raises(ApprovalRequired):                                 # the demo cashier is signed in
        tab.save()
    assert tab.table.item(0, 1).text() == "6.00" and tab.message.text()  # kept as typed, the reason shown


def test_a_manager_saves_and_the_till_prices_with_the_new_table(tab):
    from yarlung_pos.services.authority import approval_of
    from yarlung_pos.services.users import list_users
    service = tab.service
    manager = next(u for u in list_users(service.store) if u.username == "dorje")
    cell(tab, 0, 1, "six")
    with pytest.raises(DeliveryError):
        tab.save(approval_of(manager, "settings"))
    assert "row 1" in tab.message.text() and tab.table.item(0, 1).text() == "six"
    cell(tab, 0, 1, "6.00")
    tab.add_band()
    cell(tab, 3, 0, "10")
    tab.erase_days.setValue(90)
    tab.return_postage.setCurrentIndex(tab.return_postage.findData("refund"))
    tab.phone.setText("0893 7831234")
    tab.save(approval_of(manager, "settings"))
    assert "saved" in tab.message.text()
    rules = service.delivery_rules()
    assert rules["erase_days"] == 90 and rules["return_postage"] == "refund"
    assert rules["sender"].phone == "0893-7831234"
    assert [g for g, _ in rules["postage"].bands] == [1000, 3000, 5000, 10000]
    assert service.quote_postage(Address(prefecture="山南市", county="琼结县", street="x"), 900) == ("county", 600)
