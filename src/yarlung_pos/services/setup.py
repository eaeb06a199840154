"""Setting up a new till (the first-run setup window's use cases).

What is kept when: the enrolment (token, terminal code) and a catalogue pulled from the county
office or imported from CSV files are kept as soon as they are done — they are safe to keep
and are found again when setup is started again.  Everything else — the hall's name, a
terminal code chosen to work alone, the first administrator and the first shift — is written
by :func:`finish_setup` in ONE transaction together with the ``setup_complete`` setting, so a
till closed or killed half way has no administrator and asks again next time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from yarlung_pos.db.schema import UserRow
from yarlung_pos.db.store import Store, get_setting, set_setting
from yarlung_pos.domain.clock import Clock
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP
from yarlung_pos.services.hall import HALL_KEYS, SetupError, check_hall_names
from yarlung_pos.services.shifts import Shift, check_float, open_shift_in
from yarlung_pos.services.user_admin import add_user_in, check_new_user
from yarlung_pos.services.users import AuthError, User

SETUP_COMPLETE = "setup_complete"
#: a terminal code (the receipt-number prefix), as the county server takes it: ``T01``
TERMINAL_CODE_RE = re.compile(r"^[A-Z0-9_-]{1,16}$", re.ASCII)


@dataclass(frozen=True)
class AdminDraft:
    """The first administrator as typed: ``username`` (login), ``name`` (shown and printed),
    ``pin`` and ``pin_again``."""

    username: str
    name: str
    pin: str
    pin_again: str


def is_set_up(store: Store) -> bool:
    """True once setup was finished — or for a till that has users already (a till from
    before the setup window, or the demo): such a till never shows the setup window."""
    with store.read() as s:
        return _is_set_up(s)


def _is_set_up(s) -> bool:
    return get_setting(s, SETUP_COMPLETE) == "1" or bool(s.scalar(select(func.count()).select_from(UserRow)))


def check_terminal_code(text: str) -> str:
    """``text`` as a terminal code (stripped, upper-case: ``" t01 "`` → ``"T01"``); raises
    :class:`SetupError` unless it is 1–16 letters, digits, ``-`` or ``_``."""
    code = (text or "").strip().upper()
    if not TERMINAL_CODE_RE.match(code):
        raise SetupError(QT_TRANSLATE_NOOP("DomainError",
                                           "a terminal code is 1 to 16 letters, digits, '-' or '_', like T01: {code}"),
                         code=(text or "").strip()[:20])
    return code


def check_admin(admin: AdminDraft) -> None:
    """Check the first administrator as typed: the PIN twice the same, a valid login name and
    PIN (:func:`yarlung_pos.services.user_admin.check_new_user`).  Raises :class:`AuthError`."""
    if admin.pin != admin.pin_again:
        raise AuthError(QT_TRANSLATE_NOOP("DomainError", "the two PINs differ"))
    check_new_user(admin.username or "admin", admin.name, "admin", admin.pin)


def finish_setup(store: Store, clock: Clock, *, admin: AdminDraft, float_fen: int,
                 hall_names: dict[str, str] | None = None, terminal_code: str | None = None) -> tuple[User, Shift]:
    """Finish setting up a new till in one transaction: the hall's name (``{"bo", "zh",
    "en"}``, see :func:`check_hall_names`), the ``terminal_code`` to work alone with (ignored
    when the till is enrolled: the county gave it its code), the first administrator
    (``admin``, who needs no one's permission) and the first shift opened by them with
    ``float_fen`` (int fen) in the drawer, then ``setup_complete``.  Returns ``(user,
    shift)``.  Raises :class:`SetupError` (bad value, or set up already), :class:`AuthError`
    (administrator), ``ShiftError`` (float) — nothing is written then."""
    check_admin(admin)
    username, name, pin_hash = check_new_user(admin.username or "admin", admin.name, "admin", admin.pin)
    check_float(float_fen)
    names = check_hall_names(hall_names) if hall_names is not None else None
    code = check_terminal_code(terminal_code) if terminal_code else None
    at = clock()
    with store.write() as s:
        if _is_set_up(s):
            raise SetupError(QT_TRANSLATE_NOOP("DomainError", "this till is set up already"))
        if names is not None:
            for k, key in HALL_KEYS.items():
                set_setting(s, key, names[k])
        if code is not None and not get_setting(s, "sync_token"):
            set_setting(s, "terminal_code", code)
        user = add_user_in(s, username, name, "admin", pin_hash, actor=None, at=at)
        shift = open_shift_in(s, user.username, float_fen, at)
        set_setting(s, SETUP_COMPLETE, "1")
    return user, shift


__all__ = ["AdminDraft", "SETUP_COMPLETE", "SetupError", "check_admin", "check_hall_names", "check_terminal_code",
           "finish_setup", "is_set_up"]
