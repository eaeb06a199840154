"""Which backups to keep: tiers thinned the way Anki thins its backups.

Source: Anki's ``rslib/src/collection/backup.rs`` (``BackupFilter``) keeps everything recent,
then the newest backup of each day, of each week and of each month, newest first, up to a
limit per tier.  The till keeps (issue #14), with ``now`` the current time and calendar
days, ISO weeks (Monday to Sunday) and months taken in ``now``'s UTC offset:

* the **last 10** backups (the 10 newest times);
* the newest backup of each of the **14 days** ending with today (today and the 13 before);
* the newest backup of each of the **8 ISO weeks** ending with this week;
* the newest backup of each of the **12 months** ending with this month;
* every backup dated after ``now`` (a clock set back must never delete the newest backups).

Unlike Anki, the windows are calendar spans, not counts: a day, week or month without a
backup leaves its slot empty rather than reaching further back, so what is kept never
depends on how often the till was used.  Everything else may be deleted.
"""

from __future__ import annotations

from datetime import date, datetime

#: how many newest backups are always kept
KEEP_LAST = 10
#: calendar days, ISO weeks and months (each ending with ``now``'s) that keep their newest backup
KEEP_DAYS = 14
KEEP_WEEKS = 8
KEEP_MONTHS = 12


def _week_index(d: date) -> int:
    """Serial number of ``d``'s ISO week (Monday-based; consecutive weeks differ by 1)."""
    return (d.toordinal() - d.isoweekday()) // 7


def backups_to_keep(times: list[datetime], now: datetime) -> set[datetime]:
    """The subset of ``times`` (aware datetimes of backups, any offsets, duplicates allowed) to
    keep at ``now`` (aware): see the module's rules.  Raises ``ValueError`` for a naive time."""
    if now.utcoffset() is None or any(t.utcoffset() is None for t in times):
        raise ValueError("backup times must be timezone-aware")
    tz = now.tzinfo
    today = now.date()
    newest_first = sorted(set(times), reverse=True)
    keep: set[datetime] = {t for t in newest_first if t > now}
    keep.update(newest_first[:KEEP_LAST])
    this_week = _week_index(today)
    this_month = today.year * 12 + today.month - 1
    seen_day: set[date] = set()
    seen_week: set[int] = set()
    seen_month: set[int] = set()
    for t in newest_first:
        d = t.astimezone(tz).date()
        week, month = _week_index(d), d.year * 12 + d.month - 1
        if 0 <= (today - d).days < KEEP_DAYS and d not in seen_day:
            seen_day.add(d)
            keep.add(t)
        if 0 <= this_week - week < KEEP_WEEKS and week not in seen_week:
            seen_week.add(week)
            keep.add(t)
        if 0 <= this_month - month < KEEP_MONTHS and month not in seen_month:
            seen_month.add(month)
            keep.add(t)
    return keep
