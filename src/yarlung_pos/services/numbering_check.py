"""After a restore (issue #14) the till gives out no receipt, shift or Z number until it knows
it is past every number it used before — a customer or the county may hold them:

* enrolled: the county server's highest numbers for this terminal (``GET /api/v1/numbers``,
  asked by :func:`yarlung_pos.sync.client.sync_now`) raise the floors, :func:`floors_from_server`;
* working alone: a manager confirms the floors the till shows — what the backup and the
  replaced database held — or raises them (a receipt roll may show a later number),
  :func:`confirm_numbering`.

The floors live in :mod:`yarlung_pos.services.numbering` (``receipt_seq_floor`` …); the gate is
:func:`yarlung_pos.services.numbering.check_numbering`.
"""

from __future__ import annotations

from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock
from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.services import audit
from yarlung_pos.services.authority import Approval, require
from yarlung_pos.services.numbering import (clear_numbering_check, numbering_check_due, raise_floors, terminal_code,
                                            used_numbers)
from yarlung_pos.services.users import User

KINDS = ("receipt", "shift", "z")
#: the highest sequence a number can carry: receipts ``T01-000123``, shifts ``SH-T01-000003``
#: and Z reports ``Z-T01-000002`` have six digits (services/numbering.py)
MAX_SEQ = 999_999


class NumberingError(DomainError):
    """A numbering confirmation that is refused (a floor below what the till knows)."""

    translated_params = ("what",)


#: what each kind of number is called in messages (translated by the UI)
KIND_NAMES = {"receipt": QT_TRANSLATE_NOOP("DomainError", "receipt number"),
              "shift": QT_TRANSLATE_NOOP("DomainError", "shift number"),
              "z": QT_TRANSLATE_NOOP("DomainError", "Z report number")}


def numbering_to_confirm(store: Store) -> dict | None:
    """``None`` when no check is due; else what the till would number after —
    ``{"terminal": code, "receipt": n, "shift": n, "z": n}`` (highest used or floor) — shown
    to the manager who confirms it."""
    with store.read() as s:
        if not numbering_check_due(s):
            return None
        return {"terminal": terminal_code(s), **used_numbers(s)}


def confirm_numbering(store: Store, numbers: dict[str, int] | None = None, *, actor: User | None, clock: Clock,
                      approval: Approval | None = None) -> dict:
    """A manager confirms the numbering after a restore: the floors become ``numbers``
    (``{"receipt"|"shift"|"z": highest used}``, default: what :func:`numbering_to_confirm`
    shows; never lower than that) and selling resumes.  Permission: action ``restore``
    (a manager, or a manager's ``approval``).  Returns the numbers now in force.  Raises
    ``ApprovalRequired``, :class:`NumberingError`."""
    at = clock()
    with store.write() as s:
        grant = require(actor, "restore", approval)
        known = used_numbers(s)
        wanted = {k: int((numbers or {}).get(k, known[k]) or 0) for k in KINDS}
        for kind in KINDS:
            if wanted[kind] > MAX_SEQ - 1:  # room for at least one more number
                raise NumberingError(QT_TRANSLATE_NOOP(
                    "DomainError", "{value} is too high for a {what}: the highest is {highest}"),
                    value=wanted[kind], what=KIND_NAMES[kind], highest=MAX_SEQ - 1)
            if wanted[kind] < known[kind]:
                raise NumberingError(QT_TRANSLATE_NOOP(
                    "DomainError", "the till has already used {what} {known}: the numbering cannot be set lower"),
                    what=KIND_NAMES[kind], known=known[kind])
        raise_floors(s, wanted)
        clear_numbering_check(s)
        audit.record(s, at, grant.actor, "numbering_confirmed", grant.approved_by if grant.approved else None,
                     **{f"{k}_floor": wanted[k] for k in KINDS})
        grant.record(s, at, numbering="confirmed")
    return wanted


def floors_from_server(store: Store, answer: dict, clock: Clock) -> dict:
    """The county server's highest numbers for this terminal (``{"last_receipt_seq",
    "last_shift_seq", "last_z_seq"}``) raise the floors and end a restore's check.  Returns
    the numbers now in force (``{"receipt", "shift", "z"}``)."""
    def num(key):
        try:
            return max(0, int(answer.get(key) or 0))
        except (TypeError, ValueError):
            return 0
    server = {"receipt": num("last_receipt_seq"), "shift": num("last_shift_seq"), "z": num("last_z_seq")}
    with store.write() as s:
        raise_floors(s, server)
        due = numbering_check_due(s)
        clear_numbering_check(s)
        now = used_numbers(s)
        if due:
            audit.record(s, clock(), "sync", "numbering_confirmed", None, source="county server",
                         **{f"{k}_floor": now[k] for k in KINDS})
    return now
