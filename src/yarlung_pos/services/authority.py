"""Who may do what: the one place the counter's permissions are decided.

Every sensitive use case calls :func:`require` itself, before it writes anything; widgets and
the command line only collect a manager's name and PIN, turn them into an :class:`Approval`
with :func:`approve`, and pass it on.  The rules (:data:`PERMISSIONS`):

================  ==============================  ===================================
action            may do it alone                 may approve it for someone else
================  ==============================  ===================================
``refund``        manager, admin                  manager, admin
``discount``      manager, admin                  manager, admin  (above the limits)
``price_override`` manager, admin                 manager, admin
``drawer``        manager, admin                  manager, admin  (no-sale opening)
``cash_out``      manager, admin                  manager, admin
``policy``        manager, admin                  manager, admin
``settings``      manager, admin                  manager, admin  (terminal settings)
``back_office``   manager, admin                  manager, admin
``audit_log``     manager, admin                  manager, admin
``user_unlock``   manager, admin                  manager, admin
``restore``       manager, admin                  manager, admin  (a backup; the numbering after it)
``delivery_personal`` manager, admin              manager, admin  (recipients' phones and addresses unmasked)
``online_order_confirm`` cashier, manager, admin  manager, admin  (an online order's payment received)
``online_order_cancel`` cashier, manager, admin   manager, admin  (an online order cancelled)
``users``         admin                           admin           (add, PIN, (de)activate)
================  ==============================  ===================================

An approval is audited exactly once, in the transaction of the action it approved, and only
when that action succeeds: :meth:`Grant.record` writes the ``approval`` entry.  See
``docs/architecture.md`` ("Who may do what").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import UserRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.services import audit, users
from yarlung_pos.services.users import User

MANAGERS = frozenset({"manager", "admin"})
ADMINS = frozenset({"admin"})
STAFF = frozenset({"cashier", "manager", "admin"})


@dataclass(frozen=True)
class Rule:
    """``alone``: roles that may do the action without anyone's approval; ``approvers``:
    roles whose approval lets anyone else do it."""

    alone: frozenset[str]
    approvers: frozenset[str]


#: action → rule (see the module's table)
PERMISSIONS: Mapping[str, Rule] = {
    **{a: Rule(MANAGERS, MANAGERS) for a in (
        "refund", "discount", "price_override", "drawer", "cash_out", "policy", "settings", "back_office",
        "audit_log", "user_unlock", "restore", "delivery_personal")},
    "users": Rule(ADMINS, ADMINS),
    **{a: Rule(STAFF, MANAGERS) for a in ("online_order_confirm", "online_order_cancel")},
}

#: what each action is called in messages (translated by the UI)
ACTION_NAMES = {
    "refund": QT_TRANSLATE_NOOP("DomainError", "a refund"),
    "discount": QT_TRANSLATE_NOOP("DomainError", "a discount above the limit"),
    "price_override": QT_TRANSLATE_NOOP("DomainError", "a price change"),
    "drawer": QT_TRANSLATE_NOOP("DomainError", "opening the drawer without a sale"),
    "cash_out": QT_TRANSLATE_NOOP("DomainError", "taking cash out of the drawer"),
    "policy": QT_TRANSLATE_NOOP("DomainError", "changing the counter rules"),
    "settings": QT_TRANSLATE_NOOP("DomainError", "changing the till's settings"),
    "back_office": QT_TRANSLATE_NOOP("DomainError", "the back office"),
    "audit_log": QT_TRANSLATE_NOOP("DomainError", "the audit log"),
    "user_unlock": QT_TRANSLATE_NOOP("DomainError", "unlocking a user"),
    "users": QT_TRANSLATE_NOOP("DomainError", "managing users"),
    "restore": QT_TRANSLATE_NOOP("DomainError", "restoring a backup or confirming the numbering after one"),
    "delivery_personal": QT_TRANSLATE_NOOP("DomainError", "seeing the recipients' phone numbers and addresses"),
    "online_order_confirm": QT_TRANSLATE_NOOP("DomainError", "confirming an online order's payment"),
    "online_order_cancel": QT_TRANSLATE_NOOP("DomainError", "cancelling an online order"),
}


class ApprovalRequired(DomainError):
    """The action needs an approval that was not given (or was given by someone whose role
    cannot approve it).  ``action`` names it (a :data:`PERMISSIONS` key)."""

    translated_params = ("what",)

    def __init__(self, action: str, template: str | None = None, **params):
        super().__init__(template or QT_TRANSLATE_NOOP("DomainError", "{what} needs a manager's approval"),
                         what=ACTION_NAMES.get(action, action), **params)
        self.action = action


@dataclass(frozen=True)
class Approval:
    """A PIN-checked approval of ``action`` by ``approver`` (made by :func:`approve`, or by
    :func:`approval_of` for a user the caller has authenticated already)."""

    action: str
    approver: User


@dataclass(frozen=True)
class Grant:
    """Permission to do ``action`` for ``actor`` (login name); ``approved_by`` is the login
    name of whoever approved it (the actor themselves for a manager acting alone)."""

    action: str
    actor: str
    approved_by: str

    @property
    def approved(self) -> bool:
        """True when someone other than the actor approved the action."""
        return self.approved_by != self.actor

    def record(self, session: Session, at: datetime, **details) -> None:
        """Audit the approval (``approval`` entry, ``approved`` = the action) in ``session``'s
        transaction — the action's own, so it is written only when the action commits.
        Nothing is written when the actor needed no one's approval."""
        if self.approved:
            audit.record(session, at, self.actor, "approval", self.approved_by, approved=self.action, **details)


def _rule(action: str, policy: Mapping[str, Rule] | None) -> Rule:
    rule = (policy or PERMISSIONS).get(action)
    if rule is None:
        raise ValueError(f"unknown action {action!r}")
    return rule


def require(actor: User | None, action: str, approval: Approval | None = None,
            policy: Mapping[str, Rule] | None = None) -> Grant:
    """Decide whether ``actor`` (the signed-in :class:`User`; ``None`` for a caller that signed
    no one in) may do ``action`` now; returns the :class:`Grant`.

    Allowed when the actor's role may do it alone, or when ``approval`` is an approval of this
    very action by a user whose role may approve it (``policy``: action → :class:`Rule`,
    default :data:`PERMISSIONS`).  Raises :class:`ApprovalRequired` otherwise — also for an
    approval of another action or by a cashier.  ``ValueError`` for an unknown action."""
    rule = _rule(action, policy)
    who = actor.username if actor is not None else "?"
    if actor is not None and actor.role in rule.alone:
        return Grant(action, who, actor.username)
    if approval is None:
        raise ApprovalRequired(action, None if rule.approvers & {"manager"} else QT_TRANSLATE_NOOP(
            "DomainError", "{what} needs an admin"))
    if approval.action != action:
        raise ApprovalRequired(action, QT_TRANSLATE_NOOP("DomainError", "{what} needs its own approval"))
    if approval.approver.role not in rule.approvers:
        raise ApprovalRequired(action, QT_TRANSLATE_NOOP(
            "DomainError", "{name} cannot approve {what}"), name=approval.approver.name)
    return Grant(action, who, approval.approver.username)


def allowed(actor: User | None, action: str, policy: Mapping[str, Rule] | None = None) -> bool:
    """True when ``actor`` may do ``action`` without anyone's approval (for showing or hiding
    an approval box; the use case still calls :func:`require`)."""
    return actor is not None and actor.role in _rule(action, policy).alone


def approve(store: Store, username: str, pin: str, action: str, clock: Clock,
            policy: Mapping[str, Rule] | None = None) -> Approval:
    """Check ``username``'s ``pin`` (a wrong one counts towards their lock-out and is audited,
    see :func:`users.authenticate`) and that their role may approve ``action``; returns the
    :class:`Approval`, not yet audited.  Raises ``AuthError`` or :class:`ApprovalRequired`."""
    rule = _rule(action, policy)
    approver = users.authenticate(store, username, pin, clock, purpose=action)
    if approver.role not in rule.approvers:
        raise ApprovalRequired(action, QT_TRANSLATE_NOOP("DomainError", "{name} cannot approve {what}"),
                               name=approver.name)
    return Approval(action, approver)


def approval_of(user: User, action: str) -> Approval:
    """An :class:`Approval` of ``action`` by ``user``, whom the caller has just authenticated
    (e.g. the command line's ``--by`` with a PIN); :func:`require` still checks the role."""
    return Approval(action, user)


def approver_named(session: Session, username: str | None) -> User | None:
    """The active user ``username`` if they are a manager or admin, else ``None`` — to check,
    at completion, who a parked or recalled cart's recorded approvals name."""
    if not username:
        return None
    row = session.scalar(select(UserRow).where(UserRow.username == username))
    if row is None or not row.active or row.role not in MANAGERS:
        return None
    return User(row.id, row.username, row.display_name, row.role)
