"""What the county server's services share: the refusals they raise, the clock, time and JSON
text, terminal codes.

Every refusal is a :class:`ServiceError` whose ``str()`` is a one-line reason and whose
``status`` is the HTTP code the API answers with (the CLI prints the reason and exits 1).
Nothing here imports FastAPI.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from yarlung_pos.domain.clock import Clock
from yarlung_pos.server import models as m

__all__ = ["Clock", "Conflict", "Forbidden", "NotFound", "ServiceError", "Unauthorized", "iso", "json_text",
           "local_date", "now", "terminal_code"]


# ---------------------------------------------------------------- errors

class ServiceError(Exception):
    """A refused request; ``str(error)`` is a one-line reason.  ``status`` is its HTTP code."""

    status = 400


class NotFound(ServiceError):
    """The terminal, SKU … named in the request does not exist (HTTP 404)."""

    status = 404


class Conflict(ServiceError):
    """The request would create something that exists already (HTTP 409)."""

    status = 409


class Unauthorized(ServiceError):
    """An unknown, used, expired or revoked token or enrolment code (HTTP 401)."""

    status = 401


class Forbidden(ServiceError):
    """A valid token that may not do this, e.g. a batch claiming another terminal (HTTP 403)."""

    status = 403


# ---------------------------------------------------------------- time and text

def now() -> datetime:
    """The server's clock: now, aware, in UTC.  The default :data:`Clock` of every service that
    stamps a time; tests pass their own (any aware datetime works, it is stored in UTC)."""
    return datetime.now(UTC)


def iso(at: datetime) -> str:
    """UTC ISO 8601 with microseconds always (so that stored times sort as text)."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def local_date(at: datetime, offset_min: int) -> str:
    """The till's local date (``YYYY-MM-DD``) of the aware time ``at`` at its UTC offset of
    ``offset_min`` minutes (the UTC date when the offset cannot be applied)."""
    try:
        return at.astimezone(timezone(timedelta(minutes=offset_min))).date().isoformat()
    except (OverflowError, ValueError):
        return at.date().isoformat()


def json_text(value: Any) -> str:
    """Compact JSON text of a validated payload part (checked to be valid JSON already)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def terminal_code(text: str) -> str:
    """``text`` as a terminal code (stripped, upper-case: ``" t01 "`` → ``"T01"``).  Raises
    :class:`ServiceError` unless it is 1–16 letters, digits, ``-`` or ``_``."""
    code = text.strip().upper()
    if not m.TERMINAL_CODE_RE.match(code):
        raise ServiceError(f"terminal code must be 1–16 letters, digits, '-' or '_': {text!r}")
    return code
