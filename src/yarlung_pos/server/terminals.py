"""Terminals and tokens of the county server.

A terminal is registered with a one-time enrolment code, which the till trades for its own
bearer token (``POST /enrol``); admin tokens open the county views.  Codes and tokens are
stored as SHA-256 hashes only (the secrets are random: 80 and 256 bits).  Times are UTC ISO
8601 text (:func:`~yarlung_pos.server.common.iso`).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from yarlung_pos.server.common import Clock, Conflict, Forbidden, NotFound, Unauthorized, iso, now, terminal_code
from yarlung_pos.server.database import Database
from yarlung_pos.server.schema import AdminTokenRow, EventRow, SaleRow, ShiftRow, TerminalRow
from yarlung_pos.server.settings import Settings

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone


# ---------------------------------------------------------------- secrets

def hash_secret(secret: str) -> str:
    """The SHA-256 hex digest stored for a token or enrolment code (64 characters)."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def new_token() -> str:
    """A bearer token: 32 random bytes, URL-safe base64 (43 characters)."""
    return secrets.token_urlsafe(32)


def new_enrolment_code() -> str:
    """``ABCD-EFGH-JKLM-NPQR``: 16 characters of a 32-letter alphabet (80 bits)."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def normalise_enrolment_code(code: str) -> str:
    """An enrolment code as it is hashed: upper-case, without dashes and spaces."""
    return "".join(ch for ch in code.upper() if ch not in "- ")


# ---------------------------------------------------------------- terminals

@dataclass(frozen=True)
class Principal:
    """Who a bearer token belongs to: ``kind`` ``"terminal"`` (``name`` = its code) or ``"admin"``."""

    kind: str
    name: str

    def as_terminal(self) -> str:
        """The terminal's code, for what only a till may do (push, pull).  Raises
        :class:`Forbidden` for an admin token."""
        if self.kind != "terminal":
            raise Forbidden("this needs a terminal token")
        return self.name

    def as_admin(self) -> str:
        """The admin token's label, for the county views.  Raises :class:`Forbidden` for a
        terminal's token."""
        if self.kind != "admin":
            raise Forbidden("the county views need an admin token (yarlung-pos-server admin-token)")
        return self.name


def terminal_status(t: TerminalRow) -> str:
    """``"revoked"``, ``"enrolled"`` (it holds a token) or ``"pending"`` (waiting for enrolment)."""
    if t.revoked_at is not None:
        return "revoked"
    return "enrolled" if t.token_hash is not None else "pending"


def add_terminal(db: Database, code: str, settings: Settings | None = None, *, clock: Clock = now) -> dict:
    """Register terminal ``code`` with a one-time enrolment code (returned, never stored):
    ``{"terminal", "enrolment_code", "expires_at"}``, valid ``settings.enrolment_ttl_days``.
    Raises :class:`ServiceError` for a malformed code, :class:`Conflict` if it exists."""
    code = terminal_code(code)
    enrol = new_enrolment_code()
    at = clock()
    expires = at + timedelta(days=(settings or Settings()).enrolment_ttl_days)
    with db.write() as s:
        if s.scalar(select(TerminalRow.id).where(TerminalRow.code == code)) is not None:
            raise Conflict(f"terminal {code} already exists (use 'terminal reissue {code}' for a new enrolment code)")
        s.add(TerminalRow(code=code, enrol_code_hash=hash_secret(normalise_enrolment_code(enrol)),
                          enrol_expires_at=iso(expires), created_at=iso(at)))
    return {"terminal": code, "enrolment_code": enrol, "expires_at": iso(expires)}


def reissue_terminal(db: Database, code: str, settings: Settings | None = None, *, clock: Clock = now) -> dict:
    """A new one-time enrolment code for an existing terminal (a replaced or revoked till), as
    :func:`add_terminal` returns it.  Its current token keeps working until the new code is
    used.  Raises :class:`NotFound` for an unknown terminal."""
    code = terminal_code(code)
    enrol = new_enrolment_code()
    expires = clock() + timedelta(days=(settings or Settings()).enrolment_ttl_days)
    with db.write() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.code == code))
        if t is None:
            raise NotFound(f"no terminal {code} (see 'terminal list')")
        t.enrol_code_hash = hash_secret(normalise_enrolment_code(enrol))
        t.enrol_expires_at = iso(expires)
    return {"terminal": code, "enrolment_code": enrol, "expires_at": iso(expires)}


def revoke_terminal(db: Database, code: str, *, clock: Clock = now) -> dict:
    """Revoke the terminal's token (401 from now on) and any pending enrolment code:
    ``{"terminal", "status": "revoked", "revoked_at"}`` (the first revocation's time).
    Raises :class:`NotFound` for an unknown terminal."""
    code = terminal_code(code)
    with db.write() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.code == code))
        if t is None:
            raise NotFound(f"no terminal {code} (see 'terminal list')")
        if t.revoked_at is None:
            t.revoked_at = iso(clock())
        t.enrol_code_hash = None
        t.enrol_expires_at = None
        return {"terminal": code, "status": "revoked", "revoked_at": t.revoked_at}


def list_terminals(db: Database) -> list[dict]:
    """Every terminal by code: ``[{"terminal", "status", "created_at", "enrolled_at",
    "revoked_at", "last_seen", "enrolment_expires_at", "sold_before_as"}]`` (times UTC ISO 8601
    or ``None``; ``sold_before_as`` the codes it sold under before enrolment, text ``"T01"``,
    comma-separated, ``""`` for none)."""
    with db.read() as s:
        return [{"terminal": t.code, "status": terminal_status(t), "created_at": t.created_at,
                 "enrolled_at": t.enrolled_at, "revoked_at": t.revoked_at, "last_seen": t.last_seen_at,
                 "enrolment_expires_at": t.enrol_expires_at if t.enrol_code_hash else None,
                 "sold_before_as": ",".join(sold_before_codes(t))}
                for t in s.scalars(select(TerminalRow).order_by(TerminalRow.code))]


# ---------------------------------------------------------------- sold before enrolment

def sold_before_codes(t: TerminalRow) -> list[str]:
    """The codes terminal ``t`` sold under before its enrolment, sorted (``["T01"]``)."""
    try:
        codes = json.loads(t.sold_before_as or "[]")
    except ValueError:
        return []
    return sorted(c for c in codes if isinstance(c, str)) if isinstance(codes, list) else []


def declare_sold_before(s, t: TerminalRow, codes, *, at_enrolment: bool) -> list[str]:
    """Record on ``t`` the ``codes`` its till sold under before enrolment; returns every such
    code now recorded (sorted).  At enrolment (the county office's one-time code vouches for
    the till) any code but the terminal's own is recorded.  Later (a push's envelope: a till
    enrolled by a version that did not declare them) a code that is another registered
    terminal's is NOT recorded — that needs a new enrolment (``terminal reissue``) — so a
    terminal's token alone never makes another terminal's code acceptable.  At most
    ``MAX_SOLD_BEFORE`` codes are kept."""
    from yarlung_pos.server.models import MAX_SOLD_BEFORE
    have = sold_before_codes(t)
    wanted = sorted({terminal_code(c) for c in codes} - set(have) - {t.code})
    if wanted and not at_enrolment:
        others = set(s.scalars(select(TerminalRow.code).where(TerminalRow.code.in_(wanted))))
        wanted = [c for c in wanted if c not in others]
    if wanted:
        have = sorted(set(have) | set(wanted[:max(0, MAX_SOLD_BEFORE - len(have))]))
        t.sold_before_as = json.dumps(have)
    return have


def _last_seqs(s, code: str) -> dict:
    """The highest receipt, shift and Z sequence the server holds under terminal ``code``'s
    own prefix (``T05-000007``, ``SH-T05-000003``, ``Z-T05-000002``; numbers a till printed
    before its enrolment under another code do not count): ``{"last_receipt_seq",
    "last_shift_seq", "last_z_seq"}``."""
    def tail(number: str | None, prefix: str) -> int:
        if not number or not number.startswith(prefix):
            return 0
        rest = number[len(prefix):].lstrip("R")
        return int(rest) if rest.isdigit() else 0

    receipt = max((tail(n, f"{code}-") for n in s.scalars(select(SaleRow.number).where(SaleRow.terminal_code == code))),
                  default=0)
    z, shift = 0, 0
    for number, sh in s.execute(select(ShiftRow.number, ShiftRow.shift).where(ShiftRow.terminal_code == code)):
        z, shift = max(z, tail(number, f"Z-{code}-")), max(shift, tail(sh, f"SH-{code}-"))
    for payload in s.scalars(select(EventRow.payload).where(EventRow.terminal_code == code,
                                                            EventRow.kind == "shift.opened")):
        try:
            number = json.loads(payload)["shift"]["number"]
        except (ValueError, KeyError, TypeError):
            continue
        shift = max(shift, tail(number if isinstance(number, str) else None, f"SH-{code}-"))
    return {"last_receipt_seq": receipt, "last_shift_seq": shift, "last_z_seq": z}


def last_numbers(db, code: str) -> dict:
    """What a till restored from a backup asks (issue #14): the highest receipt, shift and Z
    sequence the server holds for terminal ``code`` — ``{"terminal", "last_receipt_seq",
    "last_shift_seq", "last_z_seq"}`` (see :func:`_last_seqs`)."""
    with db.read() as s:
        return {"terminal": code, **_last_seqs(s, code)}


# ---------------------------------------------------------------- admin tokens

def create_admin_token(db: Database, label: str = "", *, clock: Clock = now) -> dict:
    """A new admin token for the county views: ``{"token", "label"}`` (shown once, stored hashed)."""
    token = new_token()
    with db.write() as s:
        s.add(AdminTokenRow(token_hash=hash_secret(token), label=label, created_at=iso(clock())))
    return {"token": token, "label": label}


def revoke_admin_tokens(db: Database, *, clock: Clock = now) -> dict:
    """Revoke every admin token still valid: ``{"revoked": <how many>}``."""
    with db.write() as s:
        rows = list(s.scalars(select(AdminTokenRow).where(AdminTokenRow.revoked_at.is_(None))))
        for row in rows:
            row.revoked_at = iso(clock())
    return {"revoked": len(rows)}


# ---------------------------------------------------------------- authentication and enrolment

def authenticate(db: Database, token: str) -> Principal | None:
    """The owner of a bearer token, or ``None`` for an unknown or revoked one."""
    if not token or len(token) > 256:
        return None
    h = hash_secret(token)
    with db.read() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.token_hash == h))
        if t is not None:
            return Principal("terminal", t.code) if t.revoked_at is None else None
        a = s.scalar(select(AdminTokenRow).where(AdminTokenRow.token_hash == h))
        if a is not None and a.revoked_at is None:
            return Principal("admin", a.label)
    return None


def enrol(db: Database, enrolment_code: str, sold_before_as=(), *, clock: Clock = now) -> dict:
    """Trade a one-time enrolment code for the terminal's token: ``{"terminal", "token",
    "last_receipt_seq", "last_shift_seq", "last_z_seq", "sold_before_as"}`` — the highest
    receipt, shift and Z sequence received under the terminal's code (0 if none: a
    replacement till numbers on from them) and every code recorded by
    :func:`declare_sold_before` from ``sold_before_as`` (the codes the till sold under before
    enrolment).  Raises :class:`Unauthorized` for an unknown, used or expired code."""
    h = hash_secret(normalise_enrolment_code(enrolment_code))
    token = new_token()
    with db.write() as s:
        t = s.scalar(select(TerminalRow).where(TerminalRow.enrol_code_hash == h).with_for_update())
        if t is None:
            raise Unauthorized("unknown or already used enrolment code")
        if t.enrol_expires_at is None or datetime.fromisoformat(t.enrol_expires_at) < clock():
            raise Unauthorized("the enrolment code has expired; ask the county office for a new one")
        t.enrol_code_hash = None
        t.enrol_expires_at = None
        t.token_hash = hash_secret(token)
        t.enrolled_at = iso(clock())
        t.revoked_at = None
        codes = declare_sold_before(s, t, sold_before_as, at_enrolment=True)
        # a replacement till must not reuse receipt, shift or Z numbers: tell it the highest ones
        return {"terminal": t.code, "token": token, **_last_seqs(s, t.code), "sold_before_as": codes}
