"""The till's delivery rules, kept in its settings table: the postage table (weight bands ×
zones), the days until recipients' data is erased, and whether a returned parcel's postage is
refunded.  Changing any of them is a manager's (action ``settings``), audited.  Used by
:mod:`yarlung_pos.services.delivery`."""

from __future__ import annotations

import json

from yarlung_pos.db.store import Store, get_setting, set_setting
from yarlung_pos.domain import delivery as rules
from yarlung_pos.domain.clock import Clock, system_clock
from yarlung_pos.domain.delivery import QT_TRANSLATE_NOOP, Address, DeliveryError
from yarlung_pos.services import audit
from yarlung_pos.services.authority import Approval, require
from yarlung_pos.services.users import User

#: days after delivery (or return) when a recipient's phone and address are erased
DEFAULT_ERASE_DAYS = 180
#: till settings keys
POSTAGE_SETTING = "delivery.postage"
ERASE_DAYS_SETTING = "delivery.erase_days"
RETURN_POSTAGE_SETTING = "delivery.return_postage"  # "keep" (default: the post office was paid) or "refund"


def postage_table(store: Store) -> rules.PostageTable:
    """The postage table of the till settings (``delivery.postage``), else the default.
    Raises :class:`DeliveryError` when the stored table cannot be read."""
    with store.read() as s:
        text = get_setting(s, POSTAGE_SETTING)
    return rules.DEFAULT_POSTAGE if text is None else rules.PostageTable.from_json(text)


def save_postage_table(store: Store, table: rules.PostageTable, actor: User | None,
                       approval: Approval | None = None, clock: Clock = system_clock) -> None:
    """Store ``table`` as the till's postage table (action ``settings``: a manager;
    ``ApprovalRequired`` otherwise); audited as ``settings_changed``."""
    grant = require(actor, "settings", approval)
    at = clock()
    with store.write() as s:
        set_setting(s, POSTAGE_SETTING, json.dumps(table.as_dict()))
        grant.record(s, at)
        audit.record(s, at, grant.actor, "settings_changed", grant.approved_by if grant.approved else None,
                     scope="delivery", changed={"delivery_postage": ["", "postage_table"]})


def quote_postage(store: Store, address: Address, weight_g: int | None) -> tuple[str, int]:
    """``(zone, postage fen)`` of a parcel of ``weight_g`` grams (``None``: the first band) to
    ``address``, from :func:`postage_table`."""
    zone = rules.zone_of(address)
    return zone, postage_table(store).postage_fen(weight_g or 1, zone)


def erase_days(store: Store) -> int:
    """Days after delivery when personal data is erased (setting ``delivery.erase_days``)."""
    with store.read() as s:
        text = get_setting(s, ERASE_DAYS_SETTING)
    try:
        return max(1, int(text)) if text else DEFAULT_ERASE_DAYS
    except ValueError:
        return DEFAULT_ERASE_DAYS


def delivery_policy(store: Store) -> dict:
    """``{"erase_days": N, "return_postage": "keep" | "refund"}``: the till's delivery rules."""
    with store.read() as s:
        back = get_setting(s, RETURN_POSTAGE_SETTING, "keep")
    return {"erase_days": erase_days(store), "return_postage": back if back in ("keep", "refund") else "keep"}


def check_delivery_policy(erase_days: int | None, return_postage: str | None) -> None:
    """Raise :class:`DeliveryError` unless ``erase_days`` is 1…3650 and ``return_postage``
    ``keep`` or ``refund`` (``None``: not changed)."""
    if erase_days is not None and not 1 <= erase_days <= 3650:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "personal data is kept between 1 and 3650 days"))
    if return_postage not in (None, "keep", "refund"):
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "a returned parcel's postage is kept or refunded"))


def save_delivery_policy(store: Store, actor: User | None, *, erase_days: int | None = None,
                         return_postage: str | None = None, approval: Approval | None = None,
                         clock: Clock = system_clock) -> dict:
    """Change the delivery rules (action ``settings``: a manager; ``ApprovalRequired``
    otherwise): days until personal data is erased (1…3650) and whether a returned parcel's
    postage is refunded.  Audited as ``settings_changed``.  Raises :class:`DeliveryError`."""
    grant = require(actor, "settings", approval)
    check_delivery_policy(erase_days, return_postage)
    before = delivery_policy(store)
    at = clock()
    with store.write() as s:
        if erase_days is not None:
            set_setting(s, ERASE_DAYS_SETTING, str(erase_days))
        if return_postage is not None:
            set_setting(s, RETURN_POSTAGE_SETTING, return_postage)
        after = {"erase_days": erase_days or before["erase_days"], "return_postage": return_postage or before["return_postage"]}
        shown = {"keep": "postage_kept", "refund": "postage_refunded"}
        changed = {f"delivery_{k}": [str(shown.get(before[k], before[k])), str(shown.get(after[k], after[k]))]
                   for k in after if before[k] != after[k]}
        grant.record(s, at)
        audit.record(s, at, grant.actor, "settings_changed", grant.approved_by if grant.approved else None,
                     scope="delivery", changed=changed)
    return after
