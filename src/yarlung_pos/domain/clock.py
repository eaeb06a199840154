"""Time on the terminal: stored in UTC with the terminal's UTC offset; shown in local time.

Never order or sync by the device clock (docs/architecture.md) — it is recorded, not trusted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

#: A clock returns the current time as a timezone-aware datetime in the terminal's offset.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, aware, in the operating system's local offset."""
    return datetime.now().astimezone()


def utc_iso(at: datetime) -> str:
    """ISO 8601 text of ``at`` in UTC (``2026-11-29T06:05:00.123456+00:00``).
    Raises ``ValueError`` for a naive datetime."""
    if at.utcoffset() is None:
        raise ValueError("time must be timezone-aware")
    return at.astimezone(UTC).isoformat()


def offset_minutes(at: datetime) -> int:
    """UTC offset of ``at`` in whole minutes (Beijing time: 480)."""
    offset = at.utcoffset()
    if offset is None:
        raise ValueError("time must be timezone-aware")
    return int(offset.total_seconds() // 60)


def local_time(utc_text: str, offset_min: int) -> datetime:
    """The stored pair (UTC ISO text, offset minutes) back as an aware local datetime."""
    return datetime.fromisoformat(utc_text).astimezone(timezone(timedelta(minutes=offset_min)))
