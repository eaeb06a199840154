"""Backup tiers (issue #14): the last 10, one a day for 14 days, one an ISO week for 8 weeks, one
a month for 12 months.  The expected sets are computed here from the calendar, not by the
function under test."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from yarlung_pos.domain.backup_tiers import backups_to_keep

BEIJING = timezone(timedelta(hours=8))


def expected_keep(times: list[datetime], now: datetime) -> set[datetime]:
    """The tiered set, spelled out period by period."""
    local = {t: t.astimezone(now.tzinfo) for t in times}
    past = [t for t in times if t <= now]

    def newest(pred):
        inside = [t for t in past if pred(local[t].date())]
        return {max(inside)} if inside else set()

    keep = {t for t in times if t > now} | set(sorted(set(times))[-10:])
    today = now.date()
    for k in range(14):
        keep |= newest(lambda d, day=today - timedelta(days=k): d == day)
    monday = today - timedelta(days=today.weekday())
    for k in range(8):
        start = monday - timedelta(weeks=k)
        keep |= newest(lambda d, a=start: a <= d < a + timedelta(days=7))
    y, m = today.year, today.month
    for _ in range(12):
        keep |= newest(lambda d, yy=y, mm=m: (d.year, d.month) == (yy, mm))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return keep


def shift_closes(start: date, days: int):
    """2 or 3 shift closes a day (Beijing time), the third on every third day."""
    for i in range(days):
        d = start + timedelta(days=i)
        hours = (14, 21, 23) if i % 3 == 0 else (14, 21)
        for h in hours:
            yield datetime(d.year, d.month, d.day, h, 7 * (i % 8), 0, tzinfo=BEIJING)


def test_400_days_of_shifts_leave_exactly_the_tiered_set():
    kept: list[datetime] = []
    every: list[datetime] = []
    for at in shift_closes(date(2025, 10, 20), 400):  # a backup after every shift close, thinned each time
        every.append(at)
        kept = sorted(backups_to_keep(kept + [at], at))
    now = every[-1]
    assert set(kept) == expected_keep(every, now)
    # the shape of it: 10 newest + a day each for 14 days + 8 weeks + 12 months, overlapping
    assert len(every) > 900 and 20 <= len(kept) <= 10 + 14 + 8 + 12
    days = {t.astimezone(BEIJING).date() for t in kept}
    assert all((now.date() - d).days < 14 or d.weekday() == 6 or (d + timedelta(days=1)).day == 1
               or (now.date() - d).days < 1 for d in days)  # older ones are a week's or month's last
    assert min(kept).astimezone(BEIJING).date() >= date(now.year - 1, now.month, 1)


def test_the_last_ten_are_kept_whatever_their_day():
    now = datetime(2026, 11, 29, 18, 0, tzinfo=BEIJING)
    times = [now - timedelta(minutes=5 * i) for i in range(25)]
    kept = backups_to_keep(times, now)
    assert set(sorted(times)[-10:]) <= kept
    assert kept == set(sorted(times)[-10:])  # all on one day: that day's newest is among them


def test_gaps_leave_slots_empty_and_old_ones_go():
    now = datetime(2026, 11, 29, 12, 0, tzinfo=BEIJING)
    times = [now - timedelta(days=d) for d in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 21, 40, 41, 200, 400, 800)]
    kept = backups_to_keep(times, now)
    assert kept == expected_keep(times, now)
    assert now - timedelta(days=800) not in kept and now - timedelta(days=400) not in kept
    assert now - timedelta(days=200) in kept  # newest of its month, within 12 months


def test_future_times_are_kept_and_offsets_do_not_matter():
    now = datetime(2026, 11, 29, 12, 0, tzinfo=BEIJING)
    later = now + timedelta(days=3)
    utc_times = [(now - timedelta(days=d)).astimezone(UTC) for d in range(40)] + [later]
    kept = backups_to_keep(utc_times, now)
    assert later in kept
    assert kept == expected_keep(utc_times, now)
    with pytest.raises(ValueError):
        backups_to_keep([datetime(2026, 1, 1)], now)
