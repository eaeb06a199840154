"""The audit log's details in words (issue #15): sentences of labels and values in the screen's
language, money in ￥ — never the raw JSON with English keys."""

from __future__ import annotations

import re

import pytest

from tests.support.marking import Marking
from PySide6.QtCore import QCoreApplication

from yarlung_pos.i18n import install_language
from yarlung_pos.ui.audit_text import details_text
from yarlung_pos.ui.audit_view import action_name

#: details as the services record them (services/users, till, refunds, shifts, backup, numbering_check, policy)
COMMON = [
    ("login", {}),
    ("login", {"unlocked": True, "previous": "tashi"}),
    ("login_failed", {"purpose": "login", "attempt": 2}),
    ("login_failed", {"purpose": "refund", "reason": "locked"}),
    ("user_locked", {"minutes": 15}),
    ("refund", {"refund": "T01-R000003", "sale": "T01-000099", "total_fen": -1250, "restock": True,
                "reason": "破损", "lines": [[1, "2"]], "payments": [["cash", -1250]]}),
    ("approval", {"approved": "discount", "target": "line", "sku": "WINE-001", "kind": "percent", "value": "10",
                  "discount_fen": 350}),
    ("approval", {"approved": "refund", "refund": "T01-R000003", "sale": "T01-000099", "total_fen": 1250}),
    ("discount", {"target": "sale", "sku": None, "kind": "amount", "value": "500", "discount_fen": 500}),
    ("price_override", {"target": "line", "sku": "WINE-001", "kind": "override", "value": 3000, "discount_fen": 500}),
    ("drawer_opened", {"reason": "找零"}),
    ("cash_out", {"shift": "T01-S000002", "amount_fen": 20000, "reason": "银行"}),
    ("shift_closed", {"shift": "T01-S000002", "z": "T01-Z000002", "expected_fen": 150000, "counted_fen": 149500,
                      "over_short_fen": -500}),
    ("restore", {"backup": "yarlung-T01-20261129.db.gz", "backup_created_at": "2026-11-29 10:00",
                 "safety_copy": None, "floors": {"receipt": 99, "shift": 2, "z": 1}}),
    ("numbering_confirmed", {"receipt_floor": 99, "shift_floor": 2, "z_floor": 1}),
    ("numbering_confirmed", {"source": "county server", "receipt_floor": 99, "shift_floor": 2, "z_floor": 1}),
    ("settings_changed", {"scope": "counter", "changed": {"discount_limit_fen": ["5000", "10000"],
                                                          "rounding": ["none", "nearest_jiao"]}}),
    ("settings_changed", {"scope": "terminal", "changed": {"printer_uri": ["preview", "network://10.0.0.9:9100"],
                                                           "auto_cut": ["True", "False"]}}),
    ("sale_parked", {"parked": "3f2a", "lines": 2, "total_fen": 3500}),
    ("delivery", {"delivery": "D-T01-000001", "sale": "T01-000099", "status": "to_pack"}),
    ("delivery_personal", {"delivery": "D-T01-000001"}),
    ("settings_changed", {"scope": "delivery", "changed": {"delivery_erase_days": ["180", "90"],
                                                           "delivery_return_postage": ["postage_kept",
                                                                                       "postage_refunded"]}}),
]

#: what may stay Latin in a translated line: codes of sales and products, URIs, file names, user names
ALLOWED = re.compile(r"D-T01-\d+|T01-[A-Z]*\d+|WINE-001|network://\S+|preview|yarlung-\S+|tashi|3f2a")


@pytest.fixture
def marking(qapp):
    tr = Marking("AuditLog")
    QCoreApplication.installTranslator(tr)
    yield tr
    QCoreApplication.removeTranslator(tr)


def test_money_is_yuan_and_keys_are_labels(qapp):
    install_language("en", qapp)
    assert details_text("login_failed", {"purpose": "login", "attempt": 2}, action_name) == \
        "For: signing in · Wrong PINs in a row: 2"
    assert details_text("sale_parked", {"total_fen": 1250}, action_name) == "Total: ￥12.50"
    text = details_text("settings_changed", dict(COMMON[-6][1]), action_name)
    assert "Discount limit (￥): ￥50.00 → ￥100.00" in text and "{" not in text
    assert details_text("x", {"odd_key": 1, "tip_fen": 250}) == "odd_key: 1 · tip_fen: ￥2.50"  # fallback
    assert "Value: ￥30.00" in details_text("price_override", dict(COMMON[9][1]), action_name)
    assert "Value: 10 %" in details_text("approval", dict(COMMON[6][1]), action_name)


@pytest.mark.parametrize("action, details", COMMON)
def test_every_word_goes_through_translation(marking, action, details):
    """Works before the .ts files are filled: outside the translated «…» parts only numbers,
    money, codes and names are left — no English key, no JSON."""
    text = details_text(action, details, action_name)
    rest = ALLOWED.sub("", re.sub(r"«[^»]*»", "", text))
    assert not re.search(r"[A-Za-z]{2,}", rest), (text, rest)
    assert not re.search(r'[{}"\[\]]|_fen', rest), text
    assert ("_fen" not in repr(details)) or "￥" in text


@pytest.mark.parametrize("language", ["zh_CN", "bo"])
def test_no_english_in_the_details_once_translated(qapp, language):
    """Needs the "AuditLog" translations of ``ui/audit_text.py`` (filled by the integrator): no
    Latin word of 3+ letters is left apart from codes, URIs and names."""
    install_language(language, qapp)
    try:
        for action, details in COMMON:
            text = details_text(action, details, action_name)
            left = re.findall(r"[A-Za-z]{3,}", ALLOWED.sub("", text))
            assert not left, (language, action, text)
    finally:
        install_language("en", qapp)


def test_the_audit_log_dialog_shows_words_not_json(qtbot, demo_till):
    from yarlung_pos.services import users
    from yarlung_pos.services.users import AuthError
    from yarlung_pos.ui.audit_view import AuditLogDialog
    with pytest.raises(AuthError):                                   # a real wrong PIN: login_failed
        users.authenticate(demo_till.service.store, "dorje", "0000", demo_till.service.clock)
    dialog = AuditLogDialog(demo_till.service)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {table.item(r, 2).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    assert rows["Wrong PIN"] == "For: signing in · Wrong PINs in a row: 1"
    assert all("{" not in text and '"' not in text for text in rows.values())
