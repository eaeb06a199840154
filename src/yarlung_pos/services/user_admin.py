"""Managing the till's users: adding them, new PINs, (de)activating, unlocking.

Each change is decided by :func:`~yarlung_pos.services.authority.require` (``users``: an
admin; ``user_unlock``: a manager or admin) and audited (``user_changed``) in its own
transaction.  The first user of a new till is an admin and needs no one's permission.
"""

from __future__ import annotations

from sqlalchemy import func, select

from yarlung_pos.db.schema import UserRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP
from yarlung_pos.services import audit, authority
from yarlung_pos.services.authority import Approval
from yarlung_pos.services.users import (USERNAME_RE, ROLES, AuthError, User, check_pin, hash_pin, user_of,
                                        user_row)


def add_user(store: Store, username: str, name: str, role: str, pin: str, *, actor: User | None,
             clock: Clock, approval: Approval | None = None) -> User:
    """Create a user; returns the :class:`User`.  Permission: action ``users`` (an admin, or
    an admin's ``approval``; :mod:`~yarlung_pos.services.authority`) — except the first user
    of a new till, who must be an admin and needs no one.  Raises :class:`AuthError` for a bad
    or taken username, role or PIN, ``ApprovalRequired`` without the permission."""
    username, name, pin_hash = check_new_user(username, name, role, pin)
    at = clock()
    with store.write() as s:
        return add_user_in(s, username, name, role, pin_hash, actor=actor, at=at, approval=approval)


def check_new_user(username: str, name: str, role: str, pin: str) -> tuple[str, str, str]:
    """Check what is typed for a new user: returns ``(username, name, PIN hash)``, the login
    name stripped and lower-case, the name stripped (the login name when empty).  Raises
    :class:`AuthError` for a bad login name, role or PIN."""
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise AuthError(QT_TRANSLATE_NOOP("DomainError", "a user name is lower-case letters, digits, '.', '_' or '-': {name}"),
                        name=username[:40])
    if role not in ROLES:
        raise AuthError(QT_TRANSLATE_NOOP("DomainError", "role must be one of cashier, manager, admin: {role}"), role=role[:20])
    check_pin(pin)
    return username, (name or username).strip()[:100], hash_pin(pin)


def add_user_in(s, username: str, name: str, role: str, pin_hash: str, *, actor: User | None, at,
                approval: Approval | None = None) -> User:
    """As :func:`add_user`, inside the caller's transaction ``s`` with values from
    :func:`check_new_user` and the time ``at`` (an aware ``datetime``)."""
    first = not s.scalar(select(func.count()).select_from(UserRow))
    if first and role != "admin":
        raise AuthError(QT_TRANSLATE_NOOP("DomainError", "the first user of a till must be an admin"))
    grant = None if first else authority.require(actor, "users", approval)
    if s.scalar(select(UserRow).where(UserRow.username == username)) is not None:
        raise AuthError(QT_TRANSLATE_NOOP("DomainError", "user {name} already exists"), name=username)
    row = UserRow(username=username, display_name=name, role=role, pin_hash=pin_hash, active=True,
                  failed_attempts=0, created_at=utc_iso(at))
    s.add(row)
    s.flush()
    if grant is not None:
        grant.record(s, at, username=username, change="added")
    audit.record(s, at, grant.actor if grant else username, "user_changed", grant.approved_by if grant else None,
                 username=username, change="added", role=role)
    return user_of(row)


def _change_user(store: Store, username: str, action: str, change: str, actor: User | None, approval: Approval | None,
                 clock: Clock, apply) -> None:
    """Change ``username``'s row with ``apply(row)`` under permission ``action``, audited
    ``user_changed`` (``change``) in the same transaction."""
    grant = authority.require(actor, action, approval)
    at = clock()
    with store.write() as s:
        row = user_row(s, username)
        apply(row)
        grant.record(s, at, username=row.username, change=change)
        audit.record(s, at, grant.actor, "user_changed", grant.approved_by, username=row.username, change=change)


def set_pin(store: Store, username: str, pin: str, *, actor: User | None, clock: Clock, approval: Approval | None = None) -> None:
    """Give ``username`` a new PIN and unlock them (permission ``users``: an admin); raises
    :class:`AuthError` or ``ApprovalRequired``."""
    check_pin(pin)

    def apply(row):
        row.pin_hash, row.failed_attempts, row.locked_until = hash_pin(pin), 0, None
    _change_user(store, username, "users", "pin", actor, approval, clock, apply)


def set_active(store: Store, username: str, active: bool, *, actor: User | None, clock: Clock,
               approval: Approval | None = None) -> None:
    """Deactivate (or reactivate) a user — a deactivated user cannot sign in (permission
    ``users``: an admin); raises :class:`AuthError` or ``ApprovalRequired``."""
    def apply(row):
        row.active = active
    _change_user(store, username, "users", "activated" if active else "deactivated", actor, approval, clock, apply)


def unlock(store: Store, username: str, *, actor: User | None, clock: Clock, approval: Approval | None = None) -> None:
    """Clear a lock-out before it expires (permission ``user_unlock``: a manager or admin);
    raises :class:`AuthError` or ``ApprovalRequired``."""
    def apply(row):
        row.failed_attempts, row.locked_until = 0, None
    _change_user(store, username, "user_unlock", "unlocked", actor, approval, clock, apply)


def set_role(store: Store, username: str, role: str, *, actor: User | None, clock: Clock,
             approval: Approval | None = None) -> None:
    """Make ``username`` a ``cashier``, ``manager`` or ``admin`` (permission ``users``: an
    admin, or an admin's ``approval``), audited ``user_changed`` (``change="role"``, with the
    old and new role).  The last active admin keeps the role (someone must be able to manage
    users).  Raises :class:`AuthError` (unknown user or role, last admin) or
    ``ApprovalRequired``; nothing is written then."""
    if role not in ROLES:
        raise AuthError(QT_TRANSLATE_NOOP("DomainError", "role must be one of cashier, manager, admin: {role}"),
                        role=str(role)[:20])
    grant = authority.require(actor, "users", approval)
    at = clock()
    with store.write() as s:
        row = user_row(s, username)
        old = row.role
        if old == role:
            return
        if old == "admin" and row.active:
            admins = s.scalar(select(func.count()).select_from(UserRow).where(UserRow.role == "admin",
                                                                            UserRow.active.is_(True)))
            if admins <= 1:
                raise AuthError(QT_TRANSLATE_NOOP("DomainError", "{name} is the only admin of this till and stays one"),
                                name=row.display_name)
        row.role = role
        grant.record(s, at, username=row.username, change="role")
        audit.record(s, at, grant.actor, "user_changed", grant.approved_by, username=row.username, change="role",
                     old_role=old, role=role)
