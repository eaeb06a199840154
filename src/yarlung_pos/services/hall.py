"""The hall (service point) this till serves, as set up on the till: its name in three
scripts, printed on receipts.  The shipped names (:mod:`yarlung_pos.domain.hall`) stand
until setup sets others (:func:`yarlung_pos.services.setup.finish_setup`)."""

from __future__ import annotations

from yarlung_pos.db.store import Store, get_setting
from yarlung_pos.domain.hall import HALL_NAME_BO, HALL_NAME_EN, HALL_NAME_ZH
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError

MAX_HALL_NAME_CHARS = 80
#: script → the setting holding the hall's name in it
HALL_KEYS = {"bo": "hall_name_bo", "zh": "hall_name_zh", "en": "hall_name_en"}
_HALL_DEFAULTS = {"bo": HALL_NAME_BO, "zh": HALL_NAME_ZH, "en": HALL_NAME_EN}


class SetupError(DomainError):
    """A value setup cannot use, or a till that is set up already."""


def hall_names_in(s) -> dict[str, str]:
    """The hall's name as printed on receipts, ``{"bo", "zh", "en"}``, read in the session
    ``s`` (the shipped Yarlung Youxuan names where none was set)."""
    return {k: get_setting(s, key) or _HALL_DEFAULTS[k] for k, key in HALL_KEYS.items()}


def hall_names(store: Store) -> dict[str, str]:
    """:func:`hall_names_in` in its own read."""
    with store.read() as s:
        return hall_names_in(s)


def check_hall_names(names: dict[str, str]) -> dict[str, str]:
    """The hall's name in ``bo``/``zh``/``en``, spaces tidied; at least one must be given, and
    a script left empty takes the first name given.  Raises :class:`SetupError`."""
    clean = {k: " ".join((names.get(k) or "").split()) for k in HALL_KEYS}
    if not any(clean.values()):
        raise SetupError(QT_TRANSLATE_NOOP("DomainError", "type the hall's name in at least one language"))
    for k, v in clean.items():
        if len(v) > MAX_HALL_NAME_CHARS:
            raise SetupError(QT_TRANSLATE_NOOP("DomainError", "the hall's name is at most {n} characters"),
                             n=MAX_HALL_NAME_CHARS)
    first = next(v for v in clean.values() if v)
    return {k: v or first for k, v in clean.items()}
