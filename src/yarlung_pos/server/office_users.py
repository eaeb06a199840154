"""Office users of the county server's web console (issue #17): accounts, passwords, lock-out.

Passwords are hashed with argon2id (``argon2-cffi``'s :class:`~argon2.PasswordHasher`, the
RFC 9106 defaults).  :func:`sign_in` checks a password in the same time whether or not the
user exists (an unknown user is checked against a dummy hash) and gives one answer for a wrong
password, an unknown, inactive or locked user.  After :data:`MAX_FAILURES` wrong passwords in a
row the account is locked for :data:`LOCK_FOR`.  Every time comes from the injected ``clock``.
Nothing here imports FastAPI.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from yarlung_pos.server.common import Clock, Conflict, NotFound, ServiceError, iso, now
from yarlung_pos.server.database import Database
from yarlung_pos.server.schema import OfficeUserRow, ServerSecretRow

ROLES = ("viewer", "manager", "admin")  # in rising order of rights
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class OfficeUser:
    """A signed-in (or listed) office user."""

    id: int
    username: str
    display_name: str
    role: str
    #: a short fingerprint of the password hash: a session ends when the password changes
    stamp: str

    def at_least(self, role: str) -> bool:
        """Whether this user's role is ``role`` or higher (viewer < manager < admin)."""
        return ROLES.index(self.role) >= ROLES.index(role)


def username_of(text: str) -> str:
    """``text`` as a username (stripped, lower-case); raises :class:`ServiceError` unless it is
    1–64 letters, digits, ``.``, ``_`` or ``-`` starting with a letter or digit."""
    name = text.strip().lower()
    if not USERNAME_RE.match(name):
        raise ServiceError(f"a username is 1 to 64 letters, digits, '.', '_' or '-' (not {text[:70]!r})")
    return name


def check_password(password: str) -> str:
    """``password`` if it is acceptable; raises :class:`ServiceError` if it is shorter than
    :data:`MIN_PASSWORD` characters or longer than :data:`MAX_PASSWORD`."""
    if len(password) < MIN_PASSWORD:
        raise ServiceError(f"the password must have at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise ServiceError(f"the password must have at most {MAX_PASSWORD} characters")
    return password


def _role(role: str) -> str:
    if role not in ROLES:
        raise ServiceError(f"the role must be one of {', '.join(ROLES)}, not {role[:20]!r}")
    return role


def _stamp(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def _public(row: OfficeUserRow) -> OfficeUser:
    return OfficeUser(row.id, row.username, row.display_name, row.role, _stamp(row.password_hash))


def _doc(row: OfficeUserRow, at: datetime) -> dict:
    locked = row.locked_until is not None and row.locked_until > iso(at)
    return {"username": row.username, "display_name": row.display_name, "role": row.role,
            "active": row.active, "locked_until": row.locked_until if locked else None,
            "failed_attempts": row.failed_attempts, "created_at": row.created_at}


def _find(session, username: str) -> OfficeUserRow:
    row = session.scalar(select(OfficeUserRow).where(OfficeUserRow.username == username_of(username)))
    if row is None:
        raise NotFound(f"no office user {username.strip().lower()!r}")
    return row


def add_user(db: Database, username: str, role: str, password: str, display_name: str = "", *,
             clock: Clock = now) -> dict:
    """Create an office user; returns its row as a dict (``username``, ``display_name``,
    ``role``, ``active``, ``locked_until``, ``failed_attempts``, ``created_at``).  Raises
    :class:`ServiceError` (bad name, role or password) or :class:`Conflict` (name taken)."""
    name, role = username_of(username), _role(role)
    digest = _hasher.hash(check_password(password))
    with db.write() as s:
        if s.scalar(select(OfficeUserRow.id).where(OfficeUserRow.username == name)) is not None:
            raise Conflict(f"the office user {name!r} exists already")
        row = OfficeUserRow(username=name, display_name=display_name.strip()[:200] or name, role=role,
                            password_hash=digest, failed_attempts=0, active=True, created_at=iso(clock()))
        s.add(row)
        s.flush()
        return _doc(row, clock())


def list_users(db: Database, *, clock: Clock = now) -> list[dict]:
    """Every office user (dicts as :func:`add_user` returns), by username."""
    with db.read() as s:
        return [_doc(r, clock()) for r in s.scalars(select(OfficeUserRow).order_by(OfficeUserRow.username))]


def set_password(db: Database, username: str, password: str, *, clock: Clock = now) -> dict:
    """Give ``username`` a new password (its sessions end; a lock is lifted).  Raises
    :class:`NotFound` or :class:`ServiceError` (password too short)."""
    digest = _hasher.hash(check_password(password))
    with db.write() as s:
        row = _find(s, username)
        row.password_hash, row.failed_attempts, row.locked_until = digest, 0, None
        return _doc(row, clock())


def unlock(db: Database, username: str, *, clock: Clock = now) -> dict:
    """Lift a lock-out and forget failed attempts; raises :class:`NotFound`."""
    with db.write() as s:
        row = _find(s, username)
        row.failed_attempts, row.locked_until = 0, None
        return _doc(row, clock())


def deactivate(db: Database, username: str, *, clock: Clock = now) -> dict:
    """Bar ``username`` from signing in (its sessions end at their next request); raises
    :class:`NotFound`."""
    with db.write() as s:
        row = _find(s, username)
        row.active = False
        return _doc(row, clock())


def sign_in(db: Database, username: str, password: str, *, clock: Clock = now) -> OfficeUser | None:
    """The user if ``password`` is right and the account active and not locked, else ``None``
    (one answer for every refusal, in about the same time: one argon2 verification always).
    A wrong password counts a failure; the :data:`MAX_FAILURES`-th in a row locks the account
    for :data:`LOCK_FOR` (failures while locked are not counted)."""
    at = clock()
    try:
        name = username_of(username)
    except ServiceError:
        name = None
    with db.read() as s:  # argon2 works outside the write transaction (SQLite: one writer)
        found = s.execute(select(OfficeUserRow.id, OfficeUserRow.password_hash, OfficeUserRow.active)
                          .where(OfficeUserRow.username == name)).first() if name else None
    try:
        _hasher.verify(found.password_hash if found is not None else _DUMMY_HASH, password[:MAX_PASSWORD])
        right = found is not None
    except (VerificationError, InvalidHashError):  # VerifyMismatchError is one
        right = False
    if found is None or not found.active:
        return None
    checked = found.password_hash
    with db.write() as s:
        row = s.get(OfficeUserRow, found.id)
        if row is None or not row.active or row.password_hash != checked:  # changed meanwhile
            return None
        if row.locked_until is not None and row.locked_until > iso(at):
            return None
        if not right:
            row.failed_attempts += 1
            if row.failed_attempts >= MAX_FAILURES:
                row.failed_attempts, row.locked_until = 0, iso(at + LOCK_FOR)
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(password)
        row.failed_attempts, row.locked_until = 0, None
        return _public(row)


def current_user(db: Database, user_id: int, stamp: str) -> OfficeUser | None:
    """The active user ``user_id`` whose password fingerprint is still ``stamp``, else ``None``."""
    with db.read() as s:
        row = s.get(OfficeUserRow, user_id)
        if row is None or not row.active or _stamp(row.password_hash) != stamp:
            return None
        return _public(row)


def session_secret(db: Database, configured: str | None = None, *, clock: Clock = now) -> str:
    """The secret that signs the console's cookies: ``configured`` (the server settings) if
    given, else the one stored in ``server_secrets``, generated (32 random bytes) on first use."""
    if configured:
        return configured
    with db.write() as s:
        row = s.get(ServerSecretRow, "session")
        if row is None:
            row = ServerSecretRow(name="session", value=secrets.token_urlsafe(32), created_at=iso(clock()))
            s.add(row)
        return row.value
