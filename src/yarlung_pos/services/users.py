"""Cashiers and managers: PINs, roles, sign-in with lock-out.

PINs are stored as scrypt hashes (RFC 7914, Python's :func:`hashlib.scrypt`;
``scrypt$N$r$p$salt$hash`` with base64 salt and hash, N = 2**14, r = 8, p = 1 as OWASP's
password-storage cheat sheet lists for scrypt).  A PIN is 4 to 8 digits.  After
:data:`MAX_FAILED` wrong PINs in a row a user is locked for :data:`LOCK_MINUTES` minutes (or
until a manager unlocks them); every failed sign-in and every lock is in the audit log.

Roles: ``cashier`` (sells, parks, small discounts), ``manager`` (approves refunds, discounts
above the limit, price overrides, opening the drawer; sees the audit log; back office),
``admin`` (everything, and manages users).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from yarlung_pos.db.schema import UserRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.services import audit

ROLES = ("cashier", "manager", "admin")
#: roles that may approve what a cashier may not do alone
APPROVER_ROLES = frozenset({"manager", "admin"})
MAX_FAILED = 5
LOCK_MINUTES = 5
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_PIN = re.compile(r"^[0-9]{4,8}$", re.ASCII)
#: a login name: lower-case ASCII letters, digits, ".", "_" or "-", at most 64
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$", re.ASCII)


class AuthError(DomainError):
    """Sign-in refused (unknown user, wrong PIN, locked) or a user that cannot be created."""


@dataclass(frozen=True)
class User:
    """A signed-in person: ``username`` (login, lower-case ASCII), ``name`` (shown and printed),
    ``role``."""

    id: int
    username: str
    name: str
    role: str

    @property
    def can_approve(self) -> bool:
        """True for managers and admins."""
        return self.role in APPROVER_ROLES


def hash_pin(pin: str, n: int = SCRYPT_N) -> str:
    """The scrypt hash text of ``pin`` with a fresh 16-byte salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored`` (a :func:`hash_pin` text); constant-time compare."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(base64.b64decode(digest)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def check_pin(pin: str) -> str:
    """``pin`` if it is 4–8 digits; raises :class:`AuthError`."""
    if not _PIN.match(pin or ""):
        raise AuthError(QT_TRANSLATE_NOOP("DomainError", "a PIN is 4 to 8 digits"))
    return pin


def user_of(row: UserRow) -> User:
    """The :class:`User` of a ``users`` row."""
    return User(row.id, row.username, row.display_name, row.role)


def user_row(s, username: str) -> UserRow:
    """The row of ``username`` (case-insensitive); raises :class:`AuthError` when unknown."""
    row = s.scalar(select(UserRow).where(UserRow.username == username.strip().lower()))
    if row is None:
        raise AuthError(QT_TRANSLATE_NOOP("DomainError", "no user {name}"), name=username.strip()[:40])
    return row


def list_users(store: Store, active_only: bool = True) -> list[User]:
    """Users by name (active ones only unless ``active_only`` is False)."""
    with store.read() as s:
        stmt = select(UserRow).order_by(UserRow.display_name)
        if active_only:
            stmt = stmt.where(UserRow.active.is_(True))
        return [user_of(r) for r in s.scalars(stmt)]


def has_users(store: Store) -> bool:
    """True once at least one user exists (a fresh till asks for its first admin)."""
    with store.read() as s:
        return bool(s.scalar(select(func.count()).select_from(UserRow)))


def authenticate(store: Store, username: str, pin: str, clock: Clock, purpose: str = "login") -> User:
    """Check ``username``'s ``pin``; returns the :class:`User`.  A wrong PIN counts towards the
    lock-out and is audited (``login_failed``; ``user_locked`` when the limit is reached), in
    its own committed transaction.  Raises :class:`AuthError` (unknown/inactive user, locked,
    wrong PIN with the attempts left)."""
    at = clock()
    with store.write() as s:  # failures are committed (audit, attempt count), then raised
        row = s.scalar(select(UserRow).where(UserRow.username == username.strip().lower()))
        if row is None or not row.active:
            audit.record(s, at, username.strip()[:64] or "?", "login_failed", purpose=purpose, reason="unknown user")
            error = AuthError(QT_TRANSLATE_NOOP("DomainError", "unknown user or PIN"))
        elif row.locked_until and datetime.fromisoformat(row.locked_until) > at:
            audit.record(s, at, row.username, "login_failed", purpose=purpose, reason="locked")
            left = max(1, int((datetime.fromisoformat(row.locked_until) - at).total_seconds() + 59) // 60)
            error = AuthError(QT_TRANSLATE_NOOP("DomainError", "{name} is locked after too many wrong PINs — try again in "
                                                "{minutes} minutes or ask a manager to unlock."), name=row.display_name, minutes=left)
        elif verify_pin(pin or "", row.pin_hash):
            row.failed_attempts, row.locked_until = 0, None
            return user_of(row)
        else:
            row.failed_attempts += 1
            audit.record(s, at, row.username, "login_failed", purpose=purpose, attempt=row.failed_attempts)
            if row.failed_attempts >= MAX_FAILED:
                row.locked_until = utc_iso(at + timedelta(minutes=LOCK_MINUTES))
                row.failed_attempts = 0
                audit.record(s, at, row.username, "user_locked", minutes=LOCK_MINUTES)
                error = AuthError(QT_TRANSLATE_NOOP("DomainError", "That was a wrong PIN — {name} is now locked for {minutes} minutes."),
                                  name=row.display_name, minutes=LOCK_MINUTES)
            else:
                error = AuthError(QT_TRANSLATE_NOOP("DomainError", "That was a wrong PIN. Tries left before the account locks: {left}."),
                                  left=MAX_FAILED - row.failed_attempts)
    raise error


def user_table(store: Store, now: datetime) -> list[dict]:
    """Every user for listing: ``username``, ``name``, ``role``, ``active``, ``locked``
    (a lock-out still running at ``now``)."""
    with store.read() as s:
        return [{"username": r.username, "name": r.display_name, "role": r.role, "active": bool(r.active),
                 "locked": bool(r.locked_until and datetime.fromisoformat(r.locked_until) > now)}
                for r in s.scalars(select(UserRow).order_by(UserRow.username))]
