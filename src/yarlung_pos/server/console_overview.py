"""The figures of the console's overview ``/`` (issue #17): today, this month and this year by
terminal, net per day over a period, and the tills' health.  Read-only; plain data.

* **Dates** are the tills' local dates (``sales.local_date``, the terminal-local date of the
  sale); "today" is the date of the injected clock in the office's time zone
  (:data:`OFFICE_UTC_OFFSET`, China time UTC+8).  "This month" and "this year" are the whole
  calendar month and year of today.
* **Figures** count as ``yarlung-pos-server report sales --by day|terminal`` does
  (:func:`reports.sales_report`; the tests hold them equal): ``sales`` is the number of sales
  (``kind = 'sale'``, not refunds),
  ``net_fen`` the sum of the sales' and refunds' totals (a refund's total is negative);
  ``sales_fen`` the sales' totals, ``refunds_fen`` the refunds' (positive: what was paid back),
  so ``net_fen == sales_fen − refunds_fen``; ``refunds`` the number of refunds.  All fen.
* **Halls**: the server knows no halls (terminals send no hall, see PROTOCOL.md), so the
  figures are by terminal.
* **Speed**: one aggregate query over the year's ``sales`` rows (range on the ``local_date``
  index) grouped by day, terminal and kind gives today, the month, the year and — when the
  chosen period lies in the year — the chart; the health is one query per table on small
  tables (the last event number per terminal: a max on ``ix_events_terminal_seq``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select

from yarlung_pos.server.database import Database
from yarlung_pos.server.schema import EventRow, RejectedEventRow, SaleRow, TerminalRow
from yarlung_pos.server.terminals import terminal_status

#: the county office's time zone: China time (UTC+8), for "today"
OFFICE_UTC_OFFSET = timedelta(hours=8)
OFFICE_TZ = timezone(OFFICE_UTC_OFFSET)
#: a till not heard from for longer than this is shown as stale
STALE_AFTER = timedelta(hours=24)
#: the chart's default period: the last 30 days up to today
DEFAULT_CHART_DAYS = 30
#: the longest chart period accepted, in days
MAX_CHART_DAYS = 732

@dataclass
class Figures:
    """Sales figures of a period or a key: counts and fen (see the module docstring)."""

    sales: int = 0
    refunds: int = 0
    sales_fen: int = 0
    refunds_fen: int = 0
    net_fen: int = 0

    def add(self, other: Figures) -> None:
        """Add ``other``'s figures to these."""
        self.sales += other.sales
        self.refunds += other.refunds
        self.sales_fen += other.sales_fen
        self.refunds_fen += other.refunds_fen
        self.net_fen += other.net_fen


@dataclass
class Period:
    """A period's figures: ``key`` ``"today"``, ``"month"`` or ``"year"``; ``first``/``last``
    the local dates it covers (inclusive); ``total``; ``by_terminal`` code → figures (codes
    sorted; only terminals with sales or refunds in the period)."""

    key: str
    first: date
    last: date
    total: Figures = field(default_factory=Figures)
    by_terminal: dict[str, Figures] = field(default_factory=dict)


@dataclass
class Day:
    """One day of the chart: the local date and its figures."""

    day: date
    figures: Figures


@dataclass
class Till:
    """A terminal's health.  ``last_seen_at`` the server's time of its last push (UTC ISO text,
    ``None``: never synced); ``last_sent_at`` the till's own time of that batch;
    ``clock_skew_s`` the till's clock minus the server's at that push (seconds, positive: the
    till is ahead); ``last_seq`` the highest event number accepted from it; ``rejected`` the
    events refused; ``app_version`` the till's program version and ``waiting`` its events still
    to send after that push, as its last push said (``None``: not said); ``hours_since``
    the hours since ``last_seen_at`` by the clock; ``stale`` an enrolled till not synced for
    more than :data:`STALE_AFTER` (or never)."""

    code: str
    status: str
    last_seen_at: str | None
    last_sent_at: str | None
    clock_skew_s: float | None
    last_seq: int | None
    rejected: int
    app_version: str | None
    waiting: int | None
    hours_since: float | None
    stale: bool


@dataclass
class Overview:
    """Everything the overview page shows: ``today`` (the office's date), the three
    :class:`Period` s, the chart's days from ``chart_first`` to ``chart_last`` and the tills."""

    today: date
    periods: list[Period]
    chart_first: date
    chart_last: date
    chart: list[Day]
    tills: list[Till]


def office_today(now: datetime) -> date:
    """The office's date at ``now`` (aware): China time."""
    return now.astimezone(OFFICE_TZ).date()


def default_chart_period(today: date) -> tuple[date, date]:
    """The chart's default period: :data:`DEFAULT_CHART_DAYS` days ending ``today``."""
    return today - timedelta(days=DEFAULT_CHART_DAYS - 1), today


def _by_day_and_terminal(db: Database, first: date, last: date) -> list[tuple[str, str, Figures]]:
    """``(local_date, terminal, figures)`` of every day and terminal with sales in ``first..last``.

    Grouped by kind too (plain ``count(*)``/``sum(total_fen)``, no ``CASE`` per row): with an
    index on ``(local_date, terminal_code, kind, total_fen)`` this is one ordered walk of it."""
    stmt = (select(SaleRow.local_date, SaleRow.terminal_code, SaleRow.kind, func.count(), func.sum(SaleRow.total_fen))
            .where(SaleRow.local_date >= first.isoformat(), SaleRow.local_date <= last.isoformat())
            .group_by(SaleRow.local_date, SaleRow.terminal_code, SaleRow.kind))
    out: dict[tuple[str, str], Figures] = {}
    with db.read() as s:
        for d, terminal, kind, n, fen in s.execute(stmt):
            f = out.setdefault((d, terminal), Figures())
            n, fen = int(n or 0), int(fen or 0)
            if kind == "sale":
                f.sales, f.sales_fen = f.sales + n, f.sales_fen + fen
            elif kind == "refund":
                f.refunds, f.refunds_fen = f.refunds + n, f.refunds_fen - fen
            f.net_fen += fen
    return [(d, t, f) for (d, t), f in out.items()]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _chart(rows: list[tuple[str, str, Figures]], first: date, last: date) -> list[Day]:
    per_day = {d: Figures() for d in _days(first, last)}
    lo, hi = first.isoformat(), last.isoformat()
    for d, _t, f in rows:
        if lo <= d <= hi:
            per_day[date.fromisoformat(d)].add(f)
    return [Day(d, f) for d, f in per_day.items()]


def daily_figures(db: Database, first: date, last: date) -> list[Day]:
    """One :class:`Day` per date from ``first`` to ``last`` (inclusive; days without sales
    have zero figures), over all terminals.  Raises ``ValueError`` if ``first > last``."""
    if first > last:
        raise ValueError(f"the first date {first} is after the last date {last}")
    return _chart(_by_day_and_terminal(db, first, last), first, last)


def periods(rows: list[tuple[str, str, Figures]], today: date) -> list[Period]:
    """Today, this month and this year from ``(local_date, terminal, figures)`` rows covering
    at least the year of ``today``."""
    month_first = today.replace(day=1)
    month_last = (month_first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    out = [Period("today", today, today), Period("month", month_first, month_last),
           Period("year", today.replace(month=1, day=1), today.replace(month=12, day=31))]
    for p in out:
        lo, hi = p.first.isoformat(), p.last.isoformat()
        for d, terminal, f in rows:
            if lo <= d <= hi:
                p.total.add(f)
                p.by_terminal.setdefault(terminal, Figures()).add(f)
        p.by_terminal = dict(sorted(p.by_terminal.items()))
    return out


def period_figures(db: Database, today: date) -> list[Period]:
    """The :class:`Period` s ``today``, ``month`` and ``year`` of the local date ``today``."""
    return periods(_by_day_and_terminal(db, today.replace(month=1, day=1), today.replace(month=12, day=31)), today)


def till_health(db: Database, now: datetime) -> list[Till]:
    """Every registered terminal's :class:`Till` (by code), staleness judged at ``now`` (aware)."""
    last_seq = (select(func.max(EventRow.seq)).where(EventRow.terminal_code == TerminalRow.code)
                .correlate(TerminalRow).scalar_subquery())
    with db.read() as s:
        rejected = dict(s.execute(select(RejectedEventRow.terminal_code, func.count())
                                  .group_by(RejectedEventRow.terminal_code)).all())
        rows = [(t.code, terminal_status(t), t.last_seen_at, t.last_sent_at, t.clock_skew_s, seq, t.app_version,
                 t.events_waiting) for t, seq in s.execute(select(TerminalRow, last_seq).order_by(TerminalRow.code))]
    out = []
    for code, status, seen, sent, skew, seq, version, waiting in rows:
        hours = None
        if seen:
            hours = (now - datetime.fromisoformat(seen)).total_seconds() / 3600
        stale = status == "enrolled" and (hours is None or hours > STALE_AFTER.total_seconds() / 3600)
        out.append(Till(code, status, seen, sent, skew, None if seq is None else int(seq),
                        int(rejected.get(code, 0)), version, None if waiting is None else int(waiting), hours, stale))
    return out


def overview(db: Database, now: datetime, chart_first: date | None = None, chart_last: date | None = None) -> Overview:
    """The whole :class:`Overview` at ``now`` (aware; today is its China-time date), the chart
    over ``chart_first..chart_last`` (default :func:`default_chart_period`).  The year's rows
    are read once; the chart reads its own only when its period leaves the year.  Raises
    ``ValueError`` if ``chart_first > chart_last``."""
    today = office_today(now)
    default_first, default_last = default_chart_period(today)
    chart_first, chart_last = chart_first or default_first, chart_last or default_last
    if chart_first > chart_last:
        raise ValueError(f"the first date {chart_first} is after the last date {chart_last}")
    year_first, year_last = today.replace(month=1, day=1), today.replace(month=12, day=31)
    rows = _by_day_and_terminal(db, year_first, year_last)
    if year_first <= chart_first and chart_last <= year_last:
        chart = _chart(rows, chart_first, chart_last)
    else:
        chart = daily_figures(db, chart_first, chart_last)
    return Overview(today, periods(rows, today), chart_first, chart_last, chart, till_health(db, now))
