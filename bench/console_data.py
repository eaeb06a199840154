"""Bulk test data for the console's benchmarks (issue #17): a migrated county server database
holding N sales (default 1,000,000) with about 1.5 lines each, from several terminals, over a
year of fixed dates (:data:`YEAR`, never today's), priced from the demo catalogue
(``yarlung-pos-server catalogue import`` of ``assets/demo``).  Deterministic: seeded.

Bulk inserts bypass the push service (a million HTTP pushes would take an hour): SQLite gets
``executemany`` in one transaction, PostgreSQL ``COPY``.  About one sale in 40 is a refund
(negative total and lines, of an earlier sale of the same terminal), as the tills store them.

``python bench/console_data.py URL [N]`` fills ``URL``; :func:`fill` does the same in-process.
"""

from __future__ import annotations

import contextlib
import io
import random
import sys
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "assets" / "demo"
#: the sales' year (the benchmark's clock is the evening of its last day, China time)
YEAR = 2025
TERMINALS = tuple(f"T{i:02d}" for i in range(1, 13))
CHINA = timezone(timedelta(hours=8))

SALE_COLUMNS = ("id", "uuid", "event_uuid", "terminal_code", "number", "kind", "completed_at", "utc_offset_min",
                "local_date", "cashier", "total_fen", "change_fen", "refund_of", "received_at", "discount_fen",
                "rounding_fen", "shift")
LINE_COLUMNS = ("id", "sale_id", "line_no", "sku", "name_bo", "name_zh", "name_en", "unit", "qty_milli",
                "unit_price_fen", "line_total_fen", "category", "cooperative", "discount_fen", "order_discount_fen",
                "list_price_fen")


def bench_now() -> datetime:
    """The benchmark's clock: 31 December of :data:`YEAR`, 18:00 China time (aware)."""
    return datetime(YEAR, 12, 31, 18, 0, tzinfo=CHINA)


def _products(conn) -> list[tuple]:
    from sqlalchemy import text
    return list(conn.execute(text(
        "SELECT sku, name_bo, name_zh, name_en, unit, price_fen, category, cooperative FROM products "
        "ORDER BY sku")))


def _rows(n: int, products: list[tuple], seed: int):
    """Yield ``(sale_row, [line_rows])`` tuples in date order (ids from 1)."""
    rng = random.Random(seed)
    first = date(YEAR, 1, 1)
    days = (date(YEAR, 12, 31) - first).days + 1
    line_id = 0
    recent: dict[str, list[str]] = {t: [] for t in TERMINALS}
    numbers = dict.fromkeys(TERMINALS, 0)
    for i in range(n):
        sale_id = i + 1
        day = first + timedelta(days=i * days // n)
        term = TERMINALS[rng.randrange(len(TERMINALS))]
        numbers[term] += 1
        local = datetime(day.year, day.month, day.day, 9, 0, tzinfo=CHINA) + timedelta(seconds=rng.randrange(36000))
        at = local.astimezone(timezone.utc).isoformat(timespec="microseconds")
        refund_of = None
        kind = "sale"
        if recent[term] and rng.random() < 0.025:
            kind, refund_of = "refund", recent[term][rng.randrange(len(recent[term]))]
        sign = -1 if kind == "refund" else 1
        sale_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        lines, total = [], 0
        for no in range(1 if rng.random() < 0.5 else 2):
            sku, bo, zh, en, unit, price, cat, coop = products[rng.randrange(len(products))]
            qty = sign * (rng.randint(1, 3) * 1000 if unit != "kg" else rng.randint(200, 3000))
            line_total = qty * price // 1000
            total += line_total
            line_id += 1
            lines.append((line_id, sale_id, no + 1, sku, bo, zh, en, unit, qty, price, line_total, cat, coop,
                          0, 0, None))
        rounding = 0
        if kind == "sale" and total % 10:
            rounding = -(total % 10)  # cash rounded down to the jiao
            total += rounding
        sale = (sale_id, sale_uuid, str(uuid.UUID(int=rng.getrandbits(128), version=4)), term,
                f"{term}-{numbers[term]:06d}", kind, at, 480, day.isoformat(), "Padma", total, 0, refund_of, at,
                0, rounding, "1")
        if kind == "sale":
            recent[term].append(sale_uuid)
            if len(recent[term]) > 50:
                recent[term].pop(0)
        yield sale, lines


def _terminals(conn, now: datetime) -> None:
    """The terminals of the sales, enrolled; the last two have not synced for two days."""
    from sqlalchemy import text
    rows = []
    for k, code in enumerate(TERMINALS):
        seen = now - (timedelta(days=2) if k >= len(TERMINALS) - 2 else timedelta(minutes=5 + k))
        rows.append({"code": code, "tok": uuid.UUID(int=k + 1).hex * 2, "at": f"{YEAR}-01-01T00:00:00.000000+00:00",
                     "seen": seen.astimezone(timezone.utc).isoformat(timespec="microseconds"),
                     "skew": float(k - 3)})
    conn.execute(text("INSERT INTO terminals (code, token_hash, created_at, enrolled_at, last_seen_at, last_sent_at, "
                      "clock_skew_s, sold_before_as) VALUES (:code, :tok, :at, :at, :seen, :seen, :skew, '[]')"), rows)


def fill(db_url: str, n: int = 1_000_000, seed: int = 17) -> dict:
    """Migrate ``db_url`` (SQLite file or ``postgresql+psycopg://``; must be empty), import the
    demo catalogue and bulk-insert ``n`` sales with their lines and :data:`TERMINALS`.
    Returns ``{"sales", "lines", "seconds"}``."""
    from sqlalchemy import text

    from yarlung_pos.server import sales_months
    from yarlung_pos.server.cli import main as server_cli
    from yarlung_pos.server.database import Database

    started = time.perf_counter()
    db = Database(db_url)
    db.migrate()
    with contextlib.redirect_stdout(io.StringIO()):
        code = server_cli(["--database-url", db_url, "catalogue", "import", str(DEMO / "categories.csv"),
                           str(DEMO / "cooperatives.csv"), str(DEMO / "products.csv"), "--json"])
    assert code == 0, "the demo catalogue did not import"
    sales = lines = 0
    with db.engine.begin() as conn:
        products = _products(conn)
        _terminals(conn, bench_now())
        if db.dialect == "postgresql":
            raw = conn.connection.driver_connection
            with raw.cursor() as cur:
                with cur.copy(f"COPY sales ({', '.join(SALE_COLUMNS)}) FROM STDIN") as cs:
                    pending_lines = []
                    for sale, ls in _rows(n, products, seed):
                        cs.write_row(sale)
                        pending_lines.extend(ls)
                        sales += 1
                with cur.copy(f"COPY sale_lines ({', '.join(LINE_COLUMNS)}) FROM STDIN") as cl:
                    for line in pending_lines:
                        cl.write_row(line)
                    lines = len(pending_lines)
                for table in ("sales", "sale_lines"):
                    cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        else:
            raw = conn.connection.driver_connection
            sale_sql = f"INSERT INTO sales ({', '.join(SALE_COLUMNS)}) VALUES ({', '.join('?' * len(SALE_COLUMNS))})"
            line_sql = (f"INSERT INTO sale_lines ({', '.join(LINE_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(LINE_COLUMNS))})")
            chunk_s, chunk_l = [], []
            for sale, ls in _rows(n, products, seed):
                chunk_s.append(sale)
                chunk_l.extend(ls)
                if len(chunk_s) >= 50_000:
                    raw.executemany(sale_sql, chunk_s)
                    raw.executemany(line_sql, chunk_l)
                    sales, lines = sales + len(chunk_s), lines + len(chunk_l)
                    chunk_s, chunk_l = [], []
            raw.executemany(sale_sql, chunk_s)
            raw.executemany(line_sql, chunk_l)
            sales, lines = sales + len(chunk_s), lines + len(chunk_l)
        sales_months.rebuild(conn)  # what push keeps for the statistics, for lines loaded without it
    # what autovacuum does soon after a bulk load: statistics, and (PostgreSQL) the visibility
    # map that lets an index-only scan skip the table
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE" if db.dialect == "postgresql" else "ANALYZE"))
    db.close()
    return {"sales": sales, "lines": lines, "seconds": round(time.perf_counter() - started, 1)}


if __name__ == "__main__":
    print(fill(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000))
