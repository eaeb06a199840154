"""The backup figures of ``bench/run.py`` (issue #14): ``bench/run.py backup`` runs them."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import system_clock as clock
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services.sales import complete_sale


def fill_sales(db: Path, total: int) -> None:
    """Add ``total`` synthetic completed sales (2 lines, a cash payment, 2 stock moves and a sent
    outbox event each) to the till database ``db`` with bulk inserts (plain sqlite3)."""
    import sqlite3
    import uuid as _uuid
    con = sqlite3.connect(db)
    products = con.execute("SELECT id, cooperative_id, sku, name_bo, name_zh, name_en, unit, price_fen FROM products "
                           "ORDER BY id LIMIT 20").fetchall()
    start = (con.execute("SELECT max(id) FROM sales").fetchone()[0] or 0) + 1
    seq0 = con.execute("SELECT coalesce(max(seq), 0) FROM sales WHERE terminal_code = 'T01'").fetchone()[0]
    at = "2026-11-29T06:05:00+00:00"
    with con:
        for chunk in range(0, total, 10_000):
            sales, lines, pays, moves, events = [], [], [], [], []
            for i in range(chunk, min(total, chunk + 10_000)):
                sid, seq = start + i, seq0 + i + 1
                su = str(_uuid.uuid4())
                a, b = products[i % len(products)], products[(i * 7 + 3) % len(products)]
                total_fen = a[7] + b[7]
                sales.append((sid, su, "sale", "T01", seq, f"T01-{seq:06d}", "bench", at, 480, total_fen, 0, 0, 0))
                for n, p in enumerate((a, b), start=1):
                    lines.append((sid, n, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], 1000, p[7], 0, 0))
                    moves.append((str(_uuid.uuid4()), p[0], -1000, "sale", "sale", su, at, 480, ""))
                pays.append((sid, "cash", total_fen, 0, None))
                events.append((str(_uuid.uuid4()), "sale.completed", '{"schema":2,"sale":{"uuid":"%s"}}' % su, at, at))
            con.executemany("INSERT INTO sales (id, uuid, kind, terminal_code, seq, number, cashier, completed_at, "
                            "utc_offset_min, total_fen, change_fen, discount_fen, rounding_fen) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", sales)
            con.executemany("INSERT INTO sale_lines (sale_id, line_no, product_id, cooperative_id, sku, name_bo, name_zh, "
                            "name_en, unit, unit_price_fen, qty_milli, line_total_fen, discount_fen, order_discount_fen) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", lines)
            con.executemany("INSERT INTO payments (sale_id, method, amount_fen, change_fen, reference) VALUES (?,?,?,?,?)",
                            pays)
            con.executemany("INSERT INTO stock_moves (uuid, product_id, qty_milli, reason, source_type, source_ref, "
                            "created_at, utc_offset_min, note) VALUES (?,?,?,?,?,?,?,?,?)", moves)
            con.executemany("INSERT INTO outbox (uuid, kind, payload, created_at, sent_at) VALUES (?,?,?,?,?)", events)
    con.close()


def run_backup_bench(tmp: Path, report, manager) -> None:
    """Issue #14's figures (see bench/run.py's docstring); ``report(name, value, unit)`` prints one."""
    import threading

    from yarlung_pos.services.backup import make_backup
    from yarlung_pos.services.till import TillService
    db = tmp / "backup100k.db"
    store = Store.open(db)
    load_demo(store, clock)
    fill_sales(db, 100_000)
    folder = tmp / "backups"
    t0 = time.perf_counter()
    info = make_backup(db, folder, clock, "manual")
    report("backup_s_100k_sales", time.perf_counter() - t0, "s")
    report("backup_bytes_100k_sales", info.size_bytes, "bytes")
    t0 = time.perf_counter()
    make_backup(db, folder, clock, "manual", duty=1.0)
    report("backup_s_100k_sales_full_speed", time.perf_counter() - t0, "s")

    till = TillService(store, "bench", clock)
    products = [till.lookup(c) for c in ("WINE-001", "GRAIN-002", "OIL-001")]

    def sales(n: int) -> list[float]:
        out = []
        for _ in range(n):
            cart = Cart()
            for p in products:
                cart.add(p)
            t = time.perf_counter()
            complete_sale(store, cart, [Tender(PaymentMethod.CASH, 100000)], "bench", clock, actor=manager)
            out.append((time.perf_counter() - t) * 1000)
        return out

    sales(20)  # warm up
    without = statistics.median(sales(200))
    stop, made = threading.Event(), []

    def backups():
        while not stop.is_set():
            made.append(make_backup(db, folder, clock, "daily"))

    thread = threading.Thread(target=backups)
    thread.start()
    time.sleep(0.05)
    try:
        during = statistics.median(sales(200))
    finally:
        stop.set()
        thread.join()
    store.close()
    report("sale_complete_ms_without_backup", without, "ms")
    ratio = during / without
    print(f"BENCH sale_complete_ms_during_backup {during:.3f} ms  (budget ≤ 2× without = {2 * without:.3f} ms: "
          f"{'ok' if ratio <= 2 else 'OVER'}; {len(made)} backups made meanwhile)", flush=True)
    report("sale_complete_ratio_during_backup", ratio, "x")
