"""The details of an audit entry as words in the screen's language (the audit log's Details).

:func:`details_text` turns an entry's ``(action, details)`` — the JSON the services record
(``services/audit.record``) — into one line: a short sentence for the common actions, then each
other detail as ``Label: value`` with a translated label, known code values translated and money
(keys ending in ``_fen``) as ``￥``.  A key with no label falls back to ``key: value`` (money still
as ``￥``).  Texts are marked in context ``"AuditLog"``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP
from yarlung_pos.i18n import format_money

CONTEXT = "AuditLog"

#: labels of the detail keys the services record
LABELS = {
    "sale": QT_TRANSLATE_NOOP("AuditLog", "Sale"),
    "refund": QT_TRANSLATE_NOOP("AuditLog", "Refund"),
    "total_fen": QT_TRANSLATE_NOOP("AuditLog", "Total"),
    "amount_fen": QT_TRANSLATE_NOOP("AuditLog", "Amount"),
    "discount_fen": QT_TRANSLATE_NOOP("AuditLog", "Discount"),
    "float_fen": QT_TRANSLATE_NOOP("AuditLog", "Float"),
    "expected_fen": QT_TRANSLATE_NOOP("AuditLog", "Expected in the drawer"),
    "counted_fen": QT_TRANSLATE_NOOP("AuditLog", "Counted"),
    "over_short_fen": QT_TRANSLATE_NOOP("AuditLog", "Over / short"),
    "reason": QT_TRANSLATE_NOOP("AuditLog", "Reason"),
    "shift": QT_TRANSLATE_NOOP("AuditLog", "Shift"),
    "z": QT_TRANSLATE_NOOP("AuditLog", "Z report"),
    "sku": QT_TRANSLATE_NOOP("AuditLog", "Product"),
    "target": QT_TRANSLATE_NOOP("AuditLog", "Applies to"),
    "kind": QT_TRANSLATE_NOOP("AuditLog", "Kind"),
    "value": QT_TRANSLATE_NOOP("AuditLog", "Value"),
    "purpose": QT_TRANSLATE_NOOP("AuditLog", "For"),
    "attempt": QT_TRANSLATE_NOOP("AuditLog", "Wrong PINs in a row"),
    "minutes": QT_TRANSLATE_NOOP("AuditLog", "Minutes"),
    "approved": QT_TRANSLATE_NOOP("AuditLog", "Approved"),
    "username": QT_TRANSLATE_NOOP("AuditLog", "User"),
    "change": QT_TRANSLATE_NOOP("AuditLog", "Change"),
    "role": QT_TRANSLATE_NOOP("AuditLog", "Role"),
    "scope": QT_TRANSLATE_NOOP("AuditLog", "Settings of"),
    "changed": QT_TRANSLATE_NOOP("AuditLog", "Changed"),
    "restock": QT_TRANSLATE_NOOP("AuditLog", "Back to stock"),
    "lines": QT_TRANSLATE_NOOP("AuditLog", "Lines"),
    "payments": QT_TRANSLATE_NOOP("AuditLog", "Paid back"),
    "parked": QT_TRANSLATE_NOOP("AuditLog", "Parked sale"),
    "unlocked": QT_TRANSLATE_NOOP("AuditLog", "Unlocked the till"),
    "previous": QT_TRANSLATE_NOOP("AuditLog", "Before"),
    "demo": QT_TRANSLATE_NOOP("AuditLog", "Demo till"),
    "backup": QT_TRANSLATE_NOOP("AuditLog", "Backup"),
    "backup_created_at": QT_TRANSLATE_NOOP("AuditLog", "Backup made"),
    "safety_copy": QT_TRANSLATE_NOOP("AuditLog", "Safety copy"),
    "floors": QT_TRANSLATE_NOOP("AuditLog", "Numbering"),
    "source": QT_TRANSLATE_NOOP("AuditLog", "Confirmed by"),
    "numbering": QT_TRANSLATE_NOOP("AuditLog", "Numbering"),
    "receipt_floor": QT_TRANSLATE_NOOP("AuditLog", "Receipts go on after"),
    "shift_floor": QT_TRANSLATE_NOOP("AuditLog", "Shifts go on after"),
    "z_floor": QT_TRANSLATE_NOOP("AuditLog", "Z reports go on after"),
    "delivery": QT_TRANSLATE_NOOP("AuditLog", "Delivery"),
    "status": QT_TRANSLATE_NOOP("AuditLog", "Status"),
    "delivery_erase_days": QT_TRANSLATE_NOOP("AuditLog", "Recipients' data erased after (days)"),
    "delivery_return_postage": QT_TRANSLATE_NOOP("AuditLog", "Postage of a returned parcel"),
    "delivery_postage": QT_TRANSLATE_NOOP("AuditLog", "Postage"),
    "hall_address": QT_TRANSLATE_NOOP("AuditLog", "Sender's address"),
    "hall_phone": QT_TRANSLATE_NOOP("AuditLog", "Sender's phone"),
    # the settings and counter rules a "settings_changed" entry lists
    "printer_uri": QT_TRANSLATE_NOOP("AuditLog", "Receipt printer"),
    "paper_width_dots": QT_TRANSLATE_NOOP("AuditLog", "Paper"),
    "printer_profile": QT_TRANSLATE_NOOP("AuditLog", "Printer model"),
    "auto_cut": QT_TRANSLATE_NOOP("AuditLog", "Cut the paper"),
    "drawer_pin": QT_TRANSLATE_NOOP("AuditLog", "Cash drawer"),
    "receipt_url_base": QT_TRANSLATE_NOOP("AuditLog", "Receipt QR address"),
    "receipt_languages": QT_TRANSLATE_NOOP("AuditLog", "Receipt languages"),
    "label_url_base": QT_TRANSLATE_NOOP("AuditLog", "Label QR address"),
    "label_languages": QT_TRANSLATE_NOOP("AuditLog", "Label languages"),
    "label_offsets": QT_TRANSLATE_NOOP("AuditLog", "Label calibration"),
    "ui_language": QT_TRANSLATE_NOOP("AuditLog", "Screen language"),
    "backup_folder": QT_TRANSLATE_NOOP("AuditLog", "Backup folder"),
    "rounding": QT_TRANSLATE_NOOP("AuditLog", "Cash rounding"),
    "discount_limit_pct": QT_TRANSLATE_NOOP("AuditLog", "Discount limit (%)"),
    "discount_limit_fen": QT_TRANSLATE_NOOP("AuditLog", "Discount limit (￥)"),
    "idle_lock_min": QT_TRANSLATE_NOOP("AuditLog", "Lock when idle (minutes)"),
}

#: code values the services record, in words
VALUES = {
    "login": QT_TRANSLATE_NOOP("AuditLog", "signing in"),
    "unknown user": QT_TRANSLATE_NOOP("AuditLog", "unknown user"),
    "locked": QT_TRANSLATE_NOOP("AuditLog", "locked out"),
    "line": QT_TRANSLATE_NOOP("AuditLog", "one line"),
    "sale": QT_TRANSLATE_NOOP("AuditLog", "the whole sale"),
    "percent": QT_TRANSLATE_NOOP("AuditLog", "percent off"),
    "amount": QT_TRANSLATE_NOOP("AuditLog", "amount off"),
    "override": QT_TRANSLATE_NOOP("AuditLog", "new unit price"),
    "remove": QT_TRANSLATE_NOOP("AuditLog", "no discount"),
    "terminal": QT_TRANSLATE_NOOP("AuditLog", "this till"),
    "counter": QT_TRANSLATE_NOOP("AuditLog", "the counter rules"),
    "added": QT_TRANSLATE_NOOP("AuditLog", "added"),
    "confirmed": QT_TRANSLATE_NOOP("AuditLog", "confirmed"),
    "county server": QT_TRANSLATE_NOOP("AuditLog", "the county server"),
    "cashier": QT_TRANSLATE_NOOP("AuditLog", "cashier"),
    "manager": QT_TRANSLATE_NOOP("AuditLog", "manager"),
    "admin": QT_TRANSLATE_NOOP("AuditLog", "administrator"),
    "none": QT_TRANSLATE_NOOP("AuditLog", "none"),
    "drop_fen": QT_TRANSLATE_NOOP("AuditLog", "drop the fen"),
    "nearest_jiao": QT_TRANSLATE_NOOP("AuditLog", "to the nearest jiao"),
    "cash": QT_TRANSLATE_NOOP("AuditLog", "cash"),
    "wechat": QT_TRANSLATE_NOOP("AuditLog", "WeChat Pay"),
    "alipay": QT_TRANSLATE_NOOP("AuditLog", "Alipay"),
    "unionpay": QT_TRANSLATE_NOOP("AuditLog", "UnionPay"),
    "card": QT_TRANSLATE_NOOP("AuditLog", "card"),
    "to_pack": QT_TRANSLATE_NOOP("AuditLog", "to pack"),
    "delivery": QT_TRANSLATE_NOOP("AuditLog", "the delivery rules"),
    "postage_kept": QT_TRANSLATE_NOOP("AuditLog", "kept"),
    "postage_refunded": QT_TRANSLATE_NOOP("AuditLog", "refunded"),
    "postage_table": QT_TRANSLATE_NOOP("AuditLog", "a new postage table"),
}
#: keys whose value is the code of an action (shown by its name in the audit log)
ACTION_KEYS = ("approved",)
#: details that say something only when true ("Unlocked the till", "Demo till")
FLAG_KEYS = ("unlocked", "demo")
SEPARATOR = " · "


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _value(key: str, value, action_name) -> str:
    """One detail's value in words: money as ``￥``, yes/no, code values translated, lists and
    mappings item by item."""
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditLog", "yes") if value else QCoreApplication.translate("AuditLog", "no")
    if key.endswith("_fen") and isinstance(value, int):
        return format_money(value)
    if value is None:
        return "—"
    if key in ACTION_KEYS or key == "purpose" and value != "login":
        return action_name(str(value))
    if key == "changed" and isinstance(value, dict):  # {setting: [old, new]}
        parts = []
        for k, pair in value.items():
            if isinstance(pair, (list, tuple)) and len(pair) == 2:
                old, new = (_value(k, _typed(k, v), action_name) for v in pair)
                parts.append(f"{_label(k)}: {old} → {new}")
            else:
                parts.append(f"{_label(k)}: {_value(k, pair, action_name)}")
        return ", ".join(parts)
    if key == "floors" and isinstance(value, dict):
        return ", ".join(f"{_label(k + '_floor')} {v}" if k + "_floor" in LABELS else f"{k} {v}"
                         for k, v in value.items())
    if key == "payments" and isinstance(value, list):
        return ", ".join(f"{_value('method', m, action_name)} {format_money(a)}"
                         if isinstance(a, int) and not isinstance(a, bool) else str([m, a])
                         for m, a in (p if isinstance(p, (list, tuple)) and len(p) == 2 else (p, None) for p in value))
    if key == "lines" and isinstance(value, list):
        return ", ".join(QCoreApplication.translate("AuditLog", "line {0}: {1}").format(*p) if isinstance(p, (list, tuple)) and len(p) == 2 else str(p)
                         for p in value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(key, v, action_name) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{_label(k)}: {_value(k, v, action_name)}" for k, v in value.items())
    text = str(value)
    return _t(VALUES[text]) if text in VALUES else text


def _typed(key: str, text):
    """A setting's old/new value as recorded (strings): money keys back to ``int``."""
    if key.endswith("_fen") and isinstance(text, str) and text.lstrip("-").isdigit():
        return int(text)
    return {"True": True, "False": False}.get(text, text) if isinstance(text, str) else text


def _label(key: str) -> str:
    return _t(LABELS[key]) if key in LABELS else key


def details_text(action: str, details: dict, action_name=lambda code: code) -> str:
    """``details`` of an audit entry of ``action`` as one line in the screen's language, e.g.
    ``login_failed`` ``{"purpose": "login", "attempt": 2}`` → ``"For: signing in · Wrong PINs in a
    row: 2"`` (translated); ``{"total_fen": 1250}`` → ``"Total: ￥12.50"``.  ``action_name`` names
    an action code (the audit log's :func:`~yarlung_pos.ui.audit_view.action_name`).  Flags
    (``unlocked``, ``demo``) show only their label when true.  Never raises for odd details: a
    value that is not JSON-like is shown with ``str``."""
    if not isinstance(details, dict):
        return "" if details in (None, "") else str(details)
    parts = []
    for key, value in details.items():
        if key in FLAG_KEYS:
            if value:
                parts.append(_label(key))
            continue
        if value is None or value == "" or value == [] or value == {}:
            continue
        if key == "value" and details.get("kind") in ("amount", "override"):  # fen: a discount, a unit price
            shown = format_money(int(value)) if str(value).lstrip("-").isdigit() else str(value)
        elif key == "value" and details.get("kind") == "percent":
            shown = f"{value} %"
        else:
            shown = _value(key, value, action_name)
        parts.append(f"{_label(key)}: {shown}")
    return SEPARATOR.join(parts)


__all__ = ["details_text", "LABELS", "VALUES"]
