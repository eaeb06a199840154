"""The counter's rules that a manager sets: cash rounding, discount limits, idle lock.

They live in the database (not the settings file a cashier could edit), change only through a
manager's or admin's hands, and every change is in the audit log (``settings_changed``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation

from yarlung_pos.db.store import Store, get_setting, set_setting
from yarlung_pos.domain.clock import Clock
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.domain.pricing import RoundingRule
from yarlung_pos.services import audit
from yarlung_pos.services.authority import Approval, require
from yarlung_pos.services.users import User


class PolicyError(DomainError):
    """A counter rule with a value the till cannot use."""


@dataclass(frozen=True)
class CounterPolicy:
    """``rounding``: a :class:`RoundingRule` code; discounts above ``discount_limit_pct``
    percent of what they apply to, or above ``discount_limit_fen``, need a manager;
    ``idle_lock_min``: lock the till after this many idle minutes (0 = never)."""

    rounding: str = RoundingRule.NONE.value
    discount_limit_pct: Decimal = Decimal("10")
    discount_limit_fen: int = 5000
    idle_lock_min: int = 5

    def validate(self) -> "CounterPolicy":
        """``self`` if every value is usable; raises :class:`PolicyError`."""
        try:
            RoundingRule(self.rounding)
        except ValueError:
            raise PolicyError(QT_TRANSLATE_NOOP("DomainError", "cash rounding must be none, drop_fen or nearest_jiao")) from None
        pct = Decimal(self.discount_limit_pct)
        if not pct.is_finite() or not (Decimal(0) <= pct <= 100):
            raise PolicyError(QT_TRANSLATE_NOOP("DomainError", "the discount limit must be 0 to 100 %"))
        if not isinstance(self.discount_limit_fen, int) or self.discount_limit_fen < 0:
            raise PolicyError(QT_TRANSLATE_NOOP("DomainError", "the discount amount limit must be ￥0 or more"))
        if not isinstance(self.idle_lock_min, int) or not 0 <= self.idle_lock_min <= 240:
            raise PolicyError(QT_TRANSLATE_NOOP("DomainError", "the idle lock must be 0 (never) to 240 minutes"))
        return self


def parse_policy(rounding: str, discount_limit_pct: str, discount_limit_yuan: str, idle_lock_min: str) -> CounterPolicy:
    """A :class:`CounterPolicy` from values as typed in a form: the rounding code, the
    percentage (``"10"``, ``"12.5"``), the amount in yuan (``"50"``, ``"￥50.00"``) and the
    idle minutes (``"5"``).  Raises :class:`PolicyError` naming the first bad value."""
    from yarlung_pos.domain.money import InvalidAmount, parse_yuan
    try:
        pct = Decimal(discount_limit_pct.strip().rstrip("%").strip())
    except (InvalidOperation, ValueError):
        raise PolicyError(QT_TRANSLATE_NOOP("DomainError", "the discount limit must be 0 to 100 %")) from None
    try:
        fen = parse_yuan(discount_limit_yuan)
    except InvalidAmount:
        raise PolicyError(QT_TRANSLATE_NOOP("DomainError", "the discount amount limit must be ￥0 or more")) from None
    text = idle_lock_min.strip()
    if not text.isascii() or not text.isdigit():
        raise PolicyError(QT_TRANSLATE_NOOP("DomainError", "the idle lock must be 0 (never) to 240 minutes"))
    return CounterPolicy(rounding=rounding, discount_limit_pct=pct, discount_limit_fen=fen,
                         idle_lock_min=int(text)).validate()


_KEYS = {"rounding": "counter.rounding", "discount_limit_pct": "counter.discount_limit_pct",
         "discount_limit_fen": "counter.discount_limit_fen", "idle_lock_min": "counter.idle_lock_min"}


def load_policy(store: Store) -> CounterPolicy:
    """The stored rules (defaults for any not set)."""
    d = CounterPolicy()
    with store.read() as s:
        raw = {k: get_setting(s, key) for k, key in _KEYS.items()}
    try:
        return CounterPolicy(
            rounding=raw["rounding"] or d.rounding,
            discount_limit_pct=Decimal(raw["discount_limit_pct"]) if raw["discount_limit_pct"] else d.discount_limit_pct,
            discount_limit_fen=int(raw["discount_limit_fen"]) if raw["discount_limit_fen"] else d.discount_limit_fen,
            idle_lock_min=int(raw["idle_lock_min"]) if raw["idle_lock_min"] else d.idle_lock_min).validate()
    except (ValueError, InvalidOperation, PolicyError):
        return d


def save_policy(store: Store, policy: CounterPolicy, *, actor: User | None, clock: Clock,
                approval: Approval | None = None) -> None:
    """Store ``policy`` (validated) and audit the change with the old and new values.
    Permission: action ``policy`` (a manager or admin, or their ``approval``).  Raises
    :class:`PolicyError` or ``ApprovalRequired``; nothing is written then."""
    policy.validate()
    grant = require(actor, "policy", approval)
    old = load_policy(store)
    with store.write() as s:
        for k, key in _KEYS.items():
            set_setting(s, key, str(getattr(policy, k)))
        changed = {k: [str(v), str(getattr(policy, k))] for k, v in asdict(old).items() if v != getattr(policy, k)}
        if changed:
            at = clock()
            grant.record(s, at, scope="counter")
            audit.record(s, at, grant.actor, "settings_changed", grant.approved_by if grant.approved else None,
                         scope="counter", changed=changed)
