"""The console's figures of ``bench/run.py`` (issue #17); ``bench/run.py console`` runs just these.

  console_overview_ms_1m_sales             GET / (the overview: today, month, year by
                                           terminal, the last 30 days' chart, the tills) on a
                                           SQLite server database of 1,000,000 sales (~1.5 lines
                                           each, 12 terminals, the year 2025; bench/console_data.py),
                                           signed in, through the real app (httpx ASGITransport,
                                           the app's clock fixed at 2025-12-31 18:00 China time):
                                           median of 7 requests after one warm-up
  …_cpu_ms…                                each also as CPU ms of the benchmark's process (the app,
                                           and SQLite; not PostgreSQL's server processes)
  console_statistics_year_ms               GET /statistics?year=2025 (by cooperative: table and
                                           chart) the same way; the nets come from ``sales_months``,
                                           which push keeps and the bulk load rebuilds
  …_postgresql                             each of those on PostgreSQL (``$YARLUNG_BENCH_POSTGRES_URL``,
                                           default postgresql+psycopg://postgres@127.0.0.1:5432/test,
                                           in a schema made for the run and dropped after it;
                                           skipped with a message when unreachable)
"""

from __future__ import annotations

import os
import re
import statistics
import time
import uuid
from pathlib import Path

import anyio
import httpx

from console_data import bench_now, fill

PG_URL = os.environ.get("YARLUNG_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PASSWORD = "bench-yak-butter-tea"
RUNS = 7


def _median_ms(db_url: str, path: str) -> tuple[float, float]:
    """Median wall ms and median CPU ms of this process (the app; with SQLite the database
    too) of ``RUNS`` signed-in GETs of ``path`` through the app (one warm-up first)."""
    from yarlung_pos.server.app import create_app
    from yarlung_pos.server.database import Database

    db = Database(db_url)
    app = create_app(db, clock=bench_now)

    async def run() -> list[tuple[float, float]]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://office.test",
                                     headers={"Accept": "text/html", "Accept-Language": "en"}, timeout=120) as c:
            login = await c.get("/login")
            token = re.search(r'name="csrf_token" value="([^"]+)"', login.text).group(1)
            r = await c.post("/login", data={"username": "bench", "password": PASSWORD, "csrf_token": token,
                                             "next": "/"})
            assert r.status_code == 303, r.text
            samples = []
            for i in range(RUNS + 1):
                started, cpu = time.perf_counter(), time.process_time()
                r = await c.get(path)
                took, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
                assert r.status_code == 200, r.text[:500]
                if i:
                    samples.append((took, cpu))
            return samples
    try:
        samples = anyio.run(run)
        return statistics.median(w for w, _ in samples), statistics.median(c for _, c in samples)
    finally:
        db.close()


def _report_pair(report, name: str, figures: tuple[float, float]) -> None:
    """``name`` (wall ms, the budgeted figure) and ``name`` with ``_cpu`` after ``ms`` (CPU ms
    of this process: steadier on a loaded machine)."""
    report(name, figures[0], "ms")
    report(name.replace("_ms", "_cpu_ms", 1), figures[1], "ms")


def _measure(db_url: str, suffix: str, report) -> None:
    from yarlung_pos.server.database import Database
    from yarlung_pos.server.office_users import add_user

    made = fill(db_url)
    print(f"# console bench database{suffix or ' (SQLite)'}: {made['sales']:,} sales, {made['lines']:,} lines "
          f"in {made['seconds']} s", flush=True)
    db = Database(db_url)
    add_user(db, "bench", "viewer", PASSWORD)
    db.close()
    print("# load average %.1f %.1f %.1f on %d CPUs" % (*os.getloadavg(), os.cpu_count() or 0), flush=True)
    _report_pair(report, f"console_overview_ms_1m_sales{suffix}", _median_ms(db_url, "/"))
    _report_pair(report, f"console_statistics_year_ms{suffix}", _median_ms(db_url, "/statistics?year=2025"))


def _postgres_schema() -> str | None:
    """A new schema on :data:`PG_URL` (its name), or ``None`` with a message when unreachable."""
    from sqlalchemy import create_engine, text
    name = f"bench_console_{uuid.uuid4().hex[:10]}"
    try:
        engine = create_engine(PG_URL, connect_args={"connect_timeout": 5})
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure to connect: skipped
        print(f"# console PostgreSQL figures skipped: {PG_URL} unreachable ({str(exc).splitlines()[0]})", flush=True)
        return None
    return name


def _drop_schema(name: str) -> None:
    from sqlalchemy import create_engine, text
    engine = create_engine(PG_URL, connect_args={"connect_timeout": 5})
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    engine.dispose()


def run_console_bench(tmp: Path, report) -> None:
    """Print the figures of the module docstring through ``report(name, value, unit)``."""
    _measure(f"sqlite:///{tmp / 'console-1m.db'}", "", report)
    name = _postgres_schema()
    if name is None:
        return
    try:
        sep = "&" if "?" in PG_URL else "?"
        _measure(f"{PG_URL}{sep}options=-csearch_path%3D{name}", "_postgresql", report)
    finally:
        _drop_schema(name)
