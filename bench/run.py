"""Benchmarks of the till.  Prints one line per figure: ``BENCH <name> <value> <unit>``,
followed by ``(budget …)`` where an issue sets one.  Run with ``make bench``.

Figures (issue #2):
  scan_to_cart_ms_median_10k / _100k  Enter in the scan field → line in the cart, the cart
                                     and total repainted, with 10,000 / 100,000 products stored
  sale_complete_ms_median            complete_sale (3 lines, cash) incl. fsync'd commit
  startup_ready_ms                   `yarlung-pos --smoke` on the demo database: process
                                     start → till window shown (wall clock, median of 3)

Figures (issue #3):
  receipt_render_ms_20_lines         render a 20-line sale's receipt (80 mm) and encode it as
                                     ESC/POS bytes (median of 30)
  receipt_bytes_20_lines             size of that job in bytes

Figures (issue #4):
  labels_1000_pdf_s                  1,000 product labels (84 products, three scripts, QR +
                                     EAN-13) on A4 3 × 8 sheets written as one PDF
  labels_1000_pdf_bytes              the PDF's size

Figures (issue #8):
  search_index_build_s_100k          build the in-memory search index of 100,000 products (keys in
                                     three scripts, pinyin, Wylie) — done once, on the first search
  search_keystroke_ms_median_100k    search as you type with 100,000 products: per keystroke of a
                                     few realistic queries typed one character at a time (pinyin
                                     initials, Wylie, Tibetan, Chinese, English, SKU prefix), the
                                     till's matches listed and painted; median (cold index caches)
  search_keystroke_ms_max_100k       the slowest of those keystrokes
  search_service_ms_median_100k      the same keystrokes through TillService.search alone

Figures (issue #13, start-up; interpreter subprocesses with a bytecode cache, as installed):
  startup_ready_ratio_bare_window    `yarlung-pos --smoke` on a set-up till (the demo database
                                     made beforehand) — every working day's start: the sign-in
                                     screen shown, names listed, the PIN field taking keys —
                                     against bench/bare_window.py (QApplication + QMainWindow with
                                     a label), both to their "ready" line: the median of the ratios
                                     of 9 runs taken in pairs, one after the other (the machine's
                                     load moves both alike)
  startup_cpu_ratio_bare_window      the same pairs, CPU seconds (user + system) instead of wall
                                     (the store goes on opening after "ready": in CPU, not wall)
  startup_demo_till_ratio_bare_window  `yarlung-pos --demo --smoke`: straight to the till window,
                                     store, catalogue and all, against the same bare window
  startup_store_ready_ms / startup_sign_in_to_till_ms  bench/after_pin.py: the sign-in screen
                                     shown → the store open in its thread (hidden while the PIN
                                     is typed), and Enter on the PIN → the till window shown
  startup_bundle_ready_ratio_bare_window  the same for the packaged till (dist/yarlung-pos, after
                                     bundle_size_mib) on a set-up till: its sign-in screen
  cli_read_ms_median                 `yarlung-pos sync status` and `stock level` on that
                                     database, process start → exit (median of 7 runs each;
                                     per command as cli_read_ms_median_<command>)

Figures (issue #6, a real server on 127.0.0.1, SQLite):
  sync_bytes_per_sale                request + reply bytes on the wire per sale (1,000 sales)
  sync_backlog_10k_s                 drain 10,000 sales from one terminal
  server_ingest_sales_per_s_20_terminals   20 terminals pushing 500 sales each at once

Figures (issue #14, backups; `bench/run.py backup` runs just these):
  backup_s_100k_sales                back up a till database holding 100,000 sales (bulk-filled:
                                     lines, payments, stock moves, outbox events) with
                                     services.backup.make_backup: online copy, integrity_check,
                                     rename, thinning (wall seconds), paced as the till's
                                     backups are (half of the wall time at most); also
                                     backup_s_100k_sales_full_speed (unpaced, as before a
                                     migration or a restore, when nothing sells)
  sale_complete_ms_during_backup     median complete_sale on that database while backups of it
                                     run one after another in a thread, against
                                     sale_complete_ms_without_backup (the same sales, no backup);
                                     budget: at most twice that (also as
                                     sale_complete_ratio_during_backup)

Figures (issue #15, screens; bench/screens.py, `bench/run.py screens` runs just these):
  backoffice_open_ms                 the manager's PIN accepted (Enter in the approval dialog) →
                                     the back office window shown and painted, on the demo
                                     database, offscreen: a fresh till process per run (its first
                                     opening, imports and all), median of 5
  labels_preview_ms_19               on the Labels screen, the 19-product GRAIN category added →
                                     its preview (A4 3 × 8, first page) painted; the same runs

Figures (issue #17, the county office console; bench/console.py, `bench/run.py console` runs
just these): console_overview_ms_1m_sales (GET / with 1,000,000 sales, signed in, through the
real app; median of 7), console_statistics_year_ms (GET /statistics?year=…), each also
_postgresql (PostgreSQL at 127.0.0.1:5432, skipped with a message when unreachable) — see
bench/console.py's docstring.

Figures (issue #18, the shop; bench/shop.py, `bench/run.py shop` runs just these):
product_page_ms_p95 (GET /p/<SKU> by 50 concurrent clients against a real uvicorn on loopback,
SQLite, the demo catalogue), product_page_bytes (a product page with its photo: HTML, CSS, JS
and the photo on the wire), product_page_font_bytes — see bench/shop.py's docstring.

Figures (issue #13, a real server on 127.0.0.1, SQLite):
  catalogue_pull_100k_s              an empty, enrolled till pulls a county catalogue of 100,000
                                     products with barcodes (and the demo's categories and
                                     cooperatives) in pages over loopback (wall clock of the
                                     till's process); also the till's and the server's peak memory
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert, select  # noqa: E402

from yarlung_pos.db.schema import CategoryRow, CooperativeRow, ProductRow  # noqa: E402
from yarlung_pos.db.store import Store  # noqa: E402
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender  # noqa: E402
from yarlung_pos.domain.scan import gs1_check_digit  # noqa: E402
from yarlung_pos.services.catalogue import search_key  # noqa: E402
from yarlung_pos.services.demo import load_demo  # noqa: E402
from yarlung_pos.services.sales import complete_sale  # noqa: E402
from yarlung_pos.services.users import User  # noqa: E402
from yarlung_pos.domain.clock import system_clock as clock  # noqa: E402

#: the benchmarks sell as a manager (no approvals asked)
MANAGER = User(0, "bench", "Bench", "manager")

BUDGETS = {"startup_ready_ratio_bare_window": 2.0, "startup_bundle_ready_ratio_bare_window": 2.0, "cli_read_ms_median": 500.0,
           "scan_to_cart_ms_median_100k": 16.0, "sale_complete_ms_median": 10.0,
           "search_keystroke_ms_median_100k": 16.0,
           "receipt_render_ms_20_lines": 150.0, "labels_1000_pdf_s": 10.0,
           "sync_bytes_per_sale": 200.0, "sync_backlog_10k_s": 30.0, "catalogue_pull_100k_s": 60.0,
           "backup_s_100k_sales": 5.0, "sale_complete_ratio_during_backup": 2.0,
           "backoffice_open_ms": 300.0, "labels_preview_ms_19": 300.0,
           "console_overview_ms_1m_sales": 500.0, "console_overview_ms_1m_sales_postgresql": 500.0,
           "console_statistics_year_ms": 1000.0, "console_statistics_year_ms_postgresql": 1000.0,
           "product_page_ms_p95": 50.0, "product_page_bytes": 100_000.0}


def report(name: str, value: float, unit: str) -> None:
    budget = BUDGETS.get(name)
    tail = ""
    if budget is not None:
        tail = f"  (budget ≤ {budget:g} {unit}: {'ok' if value <= budget else 'OVER'})"
    print(f"BENCH {name} {value:.3f} {unit}{tail}", flush=True)


def fill(store: Store, total: int) -> list[str]:
    """Add synthetic products until the catalogue holds ``total``; returns their barcodes."""
    rng = random.Random(total)
    with store.write() as s:
        cats = list(s.scalars(select(CategoryRow.id)))
        coops = list(s.scalars(select(CooperativeRow.id)))
        have = len(list(s.scalars(select(ProductRow.id))))
        rows, barcodes = [], []
        for i in range(total - have):
            body = f"699{i:09d}"
            code = body + str(gs1_check_digit(body))
            sku = f"BENCH-{i:06d}"
            names = (f"བེན་ཆི་{i}་", f"测试商品{i}", f"Bench product {i}")
            rows.append(dict(sku=sku, barcode=code, name_bo=names[0], name_zh=names[1], name_en=names[2],
                             category_id=rng.choice(cats), cooperative_id=rng.choice(coops), unit="piece",
                             price_fen=rng.randint(100, 100000), active=True,
                             search_text=search_key(*names, sku, code), updated_at="2026-11-29T00:00:00+00:00"))
            barcodes.append(code)
        for start in range(0, len(rows), 5000):
            s.execute(insert(ProductRow), rows[start:start + 5000])
    return barcodes


def bench_scan(total: int, tmp: Path) -> None:
    from yarlung_pos.services.till import TillService
    from yarlung_pos.ui.app import create_app
    from yarlung_pos.ui.till import TillWindow

    app = create_app()
    store = Store.open(tmp / f"scan{total}.db")
    load_demo(store, clock)
    barcodes = fill(store, total)
    window = TillWindow(TillService(store, "bench", clock))
    window.confirm_close = False
    window.show()
    app.processEvents()
    rng = random.Random(7)
    samples = []
    for i in range(300):
        code = rng.choice(barcodes)
        window.scan_input.setText(code)
        t0 = time.perf_counter()
        window.submit_scan()
        window.cart_table.viewport().repaint()  # the frame that shows the new line
        window.total_label.repaint()
        samples.append((time.perf_counter() - t0) * 1000)
        assert window.cart.lines and window.scan_input.text() == "", "scan did not add"
        if i % 20 == 19:
            window.cart.clear()
            window._refresh()
        app.processEvents()
    window.close()
    store.close()
    report(f"scan_to_cart_ms_median_{total // 1000}k", statistics.median(samples), "ms")


#: typed one character at a time: pinyin initials, Wylie, Tibetan with and without tsheg,
#: Chinese, English, an SKU prefix, full pinyin
SEARCH_QUERIES = ("qkj", "nas chang", "ནས་ཆང", "ནསཆང", "青稞酒", "yak butter", "WINE-00", "bkra shis",
                  "酥油茶", "tsampa", "qingkejiu", "Highland Barley")


def bench_search(tmp: Path) -> None:
    from yarlung_pos.services.till import TillService
    from yarlung_pos.ui.app import create_app
    from yarlung_pos.ui.till import TillWindow

    app = create_app()
    db = tmp / "scan100000.db"  # left by bench_scan(100_000); made here when run alone
    fresh = not db.exists()
    store = Store.open(db)
    if fresh:
        load_demo(store, clock)
        fill(store, 100_000)
    till = TillService(store, "bench", clock)
    t0 = time.perf_counter()
    till.warm_search()
    report("search_index_build_s_100k", time.perf_counter() - t0, "s")
    window = TillWindow(till)
    window.confirm_close = False
    window.show()
    app.processEvents()
    samples, service = [], []
    for query in SEARCH_QUERIES:
        for k in range(1, len(query) + 1):
            window.scan_input.setText(query[:k])
            t0 = time.perf_counter()
            window._run_search()                        # what the search timer runs
            window.suggestions.viewport().repaint()      # the frame that shows the matches
            samples.append((time.perf_counter() - t0) * 1000)
            assert window.suggestions.count() > 0, query[:k]
            app.processEvents()
        window.scan_input.clear()
    for query in SEARCH_QUERIES:  # the service alone (its caches now warm from the pass above)
        for k in range(1, len(query) + 1):
            t0 = time.perf_counter()
            till.search(query[:k])
            service.append((time.perf_counter() - t0) * 1000)
    window.close()
    store.close()
    report("search_keystroke_ms_median_100k", statistics.median(samples), "ms")
    report("search_keystroke_ms_max_100k", max(samples), "ms")
    report("search_service_ms_median_100k", statistics.median(service), "ms")


def bench_sale(tmp: Path) -> None:
    store = Store.open(tmp / "sale.db")
    load_demo(store, clock)
    from yarlung_pos.services.till import TillService
    till = TillService(store, "bench", clock)
    products = [till.lookup(c) for c in ("WINE-001", "GRAIN-002", "OIL-001")]
    samples = []
    for _ in range(200):
        cart = Cart()
        for p in products:
            cart.add(p)
        t0 = time.perf_counter()
        complete_sale(store, cart, [Tender(PaymentMethod.CASH, 100000)], "bench", clock, actor=MANAGER)
        samples.append((time.perf_counter() - t0) * 1000)
    store.close()
    report("sale_complete_ms_median", statistics.median(samples), "ms")


def bench_backup(tmp: Path) -> None:
    """Issue #14's figures (see the module docstring; bench/backups.py)."""
    from backups import run_backup_bench
    run_backup_bench(tmp, report, MANAGER)


def bench_screens(tmp: Path) -> None:
    """Issue #15's figures (see the module docstring; bench/screens.py)."""
    from screens import run_screens_bench
    run_screens_bench(tmp, report)


def bench_console(tmp: Path) -> None:
    """Issue #17's figures (the county office console; bench/console.py)."""
    from console import run_console_bench
    run_console_bench(tmp, report)


def bench_shop(tmp: Path) -> None:
    """Issue #18's figures (the shop's product page; bench/shop.py)."""
    from shop import run_shop_bench
    run_shop_bench(tmp, report)


def bench_startup(tmp: Path) -> None:
    db = tmp / "startup.db"
    cmd = [sys.executable, "-m", "yarlung_pos", "--db", str(db), "--demo", "--smoke"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)  # first run loads the demo
    walls, inner = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120).stdout
        walls.append((time.perf_counter() - t0) * 1000)
        inner.append(float(out.split("ready in ")[1].split()[0]))
    report("startup_ready_ms", statistics.median(walls), "ms")
    report("startup_ready_ms_in_process", statistics.median(inner), "ms")


def _timed_run(cmd: list[str], env: dict[str, str], until_ready: bool) -> float:
    """Run ``cmd`` to its end; returns the wall ms from its start to its ``ready in`` line
    (``until_ready``) or to its exit.  Raises ``RuntimeError`` when it fails."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline() if until_ready else ""
    wall = (time.perf_counter() - t0) * 1000
    out, err = proc.communicate(timeout=120)
    if not until_ready:
        wall = (time.perf_counter() - t0) * 1000
    if proc.returncode != 0 or (until_ready and not line.startswith("ready in ")):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {line}{out}{err}")
    return wall


def _bench_env(tmp: Path) -> dict[str, str]:
    """The environment of the start-up runs: offscreen Qt and a bytecode cache in ``tmp``
    (an installed till has its modules compiled; a checkout run with PYTHONDONTWRITEBYTECODE
    would compile the project on every start)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def bench_startup_ratio(tmp: Path, pairs: int = 9) -> None:
    """Issue #13's start-up figures (see the module docstring); ``bench/run.py startup_ratio``
    runs only these."""
    import resource
    env = _bench_env(tmp)
    db = tmp / "startup-ratio.db"
    demo_till = [sys.executable, "-m", "yarlung_pos", "--db", str(db), "--demo", "--smoke"]
    till = [sys.executable, "-m", "yarlung_pos", "--db", str(db), "--smoke"]  # the sign-in screen
    bare = [sys.executable, str(Path(__file__).resolve().parent / "bare_window.py")]
    reads = {"sync_status": [sys.executable, "-m", "yarlung_pos", "sync", "status", "--db", str(db)],
             "stock_level": [sys.executable, "-m", "yarlung_pos", "stock", "level", "--db", str(db)]}

    def run(cmd, until_ready):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = _timed_run(cmd, env, until_ready)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    run(demo_till, True)  # loads the demo (people with PINs) and fills the bytecode cache
    run(till, True)
    run(bare, True)
    for cmd in reads.values():
        run(cmd, False)
    ratios, cpu_ratios, demo_ratios = [], [], []
    for _ in range(pairs):
        b_wall, b_cpu = run(bare, True)
        t_wall, t_cpu = run(till, True)
        ratios.append(t_wall / b_wall)
        cpu_ratios.append(t_cpu / b_cpu if b_cpu else float("nan"))
        demo_ratios.append(run(demo_till, True)[0] / b_wall)
    report("startup_ready_ratio_bare_window", statistics.median(ratios), "x")
    report("startup_cpu_ratio_bare_window", statistics.median(cpu_ratios), "x")
    report("startup_demo_till_ratio_bare_window", statistics.median(demo_ratios), "x")
    after_pin = [sys.executable, str(Path(__file__).resolve().parent / "after_pin.py"), str(db)]
    store_ms, till_ms = [], []
    for _ in range(5):
        out = subprocess.run(after_pin, check=True, capture_output=True, text=True, env=env, timeout=120).stdout
        for line in out.splitlines():
            if line.startswith("store ready "):
                store_ms.append(float(line.split()[2]))
            elif line.startswith("till in "):
                till_ms.append(float(line.split()[2]))
    report("startup_store_ready_ms", statistics.median(store_ms), "ms")
    report("startup_sign_in_to_till_ms", statistics.median(till_ms), "ms")
    every = []
    for name, cmd in reads.items():
        walls = [run(cmd, False)[0] for _ in range(7)]
        every += walls
        report(f"cli_read_ms_median_{name}", statistics.median(walls), "ms")
    report("cli_read_ms_median", statistics.median(every), "ms")


def bench_receipt(tmp: Path) -> None:
    from yarlung_pos.printing.escpos_codec import encode_receipt
    from yarlung_pos.printing.receipt import render_receipt
    from yarlung_pos.services.receipts import receipt_doc
    from yarlung_pos.services.sales import get_sale
    from yarlung_pos.ui.app import create_app

    create_app()
    store = Store.open(tmp / "receipt.db")
    load_demo(store, clock)
    with store.read() as s:
        skus = list(s.scalars(select(ProductRow.sku).order_by(ProductRow.sku).limit(20)))
    from yarlung_pos.services.till import TillService
    till = TillService(store, "bench", clock)
    cart = Cart()
    for sku in skus:
        cart.add(till.lookup(sku))
    done = complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen + 100)], "bench", clock, actor=MANAGER)
    with store.read() as s:
        doc = receipt_doc(s, get_sale(s, done.uuid))
    samples, size = [], 0
    for _ in range(30):
        t0 = time.perf_counter()
        data = encode_receipt(render_receipt(doc, 576), cut=True, drawer_pin=2)
        samples.append((time.perf_counter() - t0) * 1000)
        size = len(data)
    store.close()
    report("receipt_render_ms_20_lines", statistics.median(samples), "ms")
    report("receipt_bytes_20_lines", size, "bytes")


def bench_labels(tmp: Path) -> None:
    from yarlung_pos.config import Settings
    from yarlung_pos.services.labels import make_labels, resolve_label_items
    store = Store.open(tmp / "labels.db")
    load_demo(store, clock)
    with store.read() as s:
        skus = list(s.scalars(select(ProductRow.sku).where(ProductRow.active.is_(True)).order_by(ProductRow.sku)))
        per = [(sku, 1000 // len(skus) + (1 if i < 1000 % len(skus) else 0)) for i, sku in enumerate(skus)]
        items = resolve_label_items(s, per)
    out = tmp / "labels.pdf"
    t0 = time.perf_counter()
    run = make_labels(store, items, "a4-3x8", out, Settings(label_languages=("bo", "zh", "en")))
    took = time.perf_counter() - t0
    assert len(run.labels) == 1000
    store.close()
    report("labels_1000_pdf_s", took, "s")
    report("labels_1000_pdf_bytes", out.stat().st_size, "bytes")


class _Server:
    def __init__(self, tmp: Path):
        import socket
        self.db_url = f"sqlite:///{tmp / 'server.db'}"
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        demo = Path(__file__).resolve().parents[1] / "assets" / "demo"
        self.cli("catalogue", "import", str(demo / "categories.csv"), str(demo / "cooperatives.csv"),
                 str(demo / "products.csv"))
        self.proc = subprocess.Popen([sys.executable, "-m", "yarlung_pos.server", "--database-url", self.db_url, "serve",
                                      "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import httpx
        for _ in range(300):
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def cli(self, *args):
        import json as _json
        out = subprocess.run([sys.executable, "-m", "yarlung_pos.server", "--database-url", self.db_url, *args, "--json"],
                             capture_output=True, text=True, check=True).stdout
        return _json.loads(out)

    def terminal(self, tmp: Path, code: str, sales: int) -> Store:
        from yarlung_pos.sync import client
        store = Store.open(tmp / f"{code}.db")
        load_demo(store, clock)
        client.enrol(store, self.url, self.cli("terminal", "add", code)["enrolment_code"])
        from yarlung_pos.services.till import TillService
        till = TillService(store, "bench", clock)
        products = [till.lookup(c) for c in ("WINE-001", "GRAIN-002", "OIL-003")]
        for i in range(sales):
            cart = Cart()
            cart.add(products[i % 3])
            if i % 2:
                cart.add(products[(i + 1) % 3])
            complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "bench", clock, actor=MANAGER)
        return store

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def bench_sync(tmp: Path) -> None:
    import threading

    import httpx

    from yarlung_pos.sync import client
    server = _Server(tmp)
    try:
        # bytes on the wire per sale
        store = server.terminal(tmp, "T90", 1000)
        wire = [0]
        real_client = client._client

        def counting_client(url, ca, timeout=20.0):
            def on_request(request):
                wire[0] += len(request.content) + sum(len(k) + len(v) + 4 for k, v in request.headers.raw)

            def on_response(response):
                response.read()
                wire[0] += len(response.content) + sum(len(k) + len(v) + 4 for k, v in response.headers.raw)
            return httpx.Client(base_url=url.rstrip("/"), verify=True, timeout=timeout,
                                event_hooks={"request": [on_request], "response": [on_response]})
        client._client = counting_client
        try:
            client.push(store, client.load_config(store))
        finally:
            client._client = real_client
        store.close()
        report("sync_bytes_per_sale", wire[0] / 1000, "bytes")
        # a 10,000-sale backlog
        store = server.terminal(tmp, "T91", 10_000)
        t0 = time.perf_counter()
        result = client.sync_now(store)
        took = time.perf_counter() - t0
        assert result.waiting == 0
        store.close()
        report("sync_backlog_10k_s", took, "s")
        # 20 terminals at once
        stores = [server.terminal(tmp, f"T{60 + i}", 500) for i in range(20)]
        t0 = time.perf_counter()
        threads = [threading.Thread(target=client.push, args=(s, client.load_config(s))) for s in stores]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        took = time.perf_counter() - t0
        assert all(client.pending_count(s) == 0 for s in stores)
        for s in stores:
            s.close()
        report("server_ingest_sales_per_s_20_terminals", 20 * 500 / took, "sales/s")
    finally:
        server.stop()


def bench_bundle(tmp: Path) -> None:
    """``bundle_size_mib`` (issue 13): the size of the PyInstaller folder ``dist/yarlung-pos`` in
    MiB (files, symlinks not followed), built first (``make dist/yarlung-pos/yarlung-pos``) if it is
    missing or older than the sources; a failed build prints why instead of the figure."""
    root = Path(__file__).resolve().parents[1]
    bundle = root / "dist" / "yarlung-pos"
    try:
        r = subprocess.run(["make", "--no-print-directory", "dist/yarlung-pos/yarlung-pos"], cwd=root,
                           capture_output=True, text=True, timeout=1200)
        failure = None if r.returncode == 0 else (r.stderr.strip().splitlines() or ["exit %d" % r.returncode])[-1]
    except (OSError, subprocess.TimeoutExpired) as exc:
        failure = str(exc)
    if failure or not (bundle / "yarlung-pos").is_file():
        print(f"bundle_size_mib skipped: the bundle could not be built ({failure})", flush=True)
        return
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    report("bundle_size_mib", size / 2**20, "MiB")
    # the packaged till's start, paired with the bare window as startup_ready_ratio_bare_window
    env = _bench_env(tmp)
    db = tmp / "bundle.db"
    exe = str(bundle / "yarlung-pos")
    subprocess.run([exe, "--db", str(db), "--demo", "--smoke"], check=True, capture_output=True, env=env,
                   timeout=120)  # a set-up till (the demo's people)
    bare = [sys.executable, str(Path(__file__).resolve().parent / "bare_window.py")]
    ratios = []
    for _ in range(7):
        b_wall = _timed_run(bare, env, True)
        ratios.append(_timed_run([exe, "--db", str(db), "--smoke"], env, True) / b_wall)
    report("startup_bundle_ready_ratio_bare_window", statistics.median(ratios), "x")


_PULL_CHILD = """
import json, resource, sys, time
from yarlung_pos.db.store import Store
from yarlung_pos.sync import client
store = Store.open(sys.argv[1], create=False)
t0 = time.perf_counter()
pulled, cursor = client.pull(store, client.load_config(store))
took = time.perf_counter() - t0
store.close()
use = resource.getrusage(resource.RUSAGE_SELF)
# VmHWM, not ru_maxrss: after fork + exec, ru_maxrss still counts the parent's memory
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"pulled": pulled, "s": took, "peak_kib": peak, "cpu_s": use.ru_utime + use.ru_stime}))
"""


def _fill_server_catalogue(db_url: str, total: int) -> None:
    """``total`` products with EAN-13 barcodes straight into the server's database, as ONE
    catalogue change (the hardest case for a pull cursor)."""
    from sqlalchemy import create_engine, text
    engine = create_engine(db_url)
    rng = random.Random(total)
    with engine.begin() as conn:
        cats = [r[0] for r in conn.execute(text("SELECT code FROM categories"))]
        coops = [r[0] for r in conn.execute(text("SELECT code FROM cooperatives"))]
        change = conn.execute(text("SELECT max(id) FROM catalogue_changes")).scalar() + 1
        conn.execute(text("INSERT INTO catalogue_changes (id, at, source, rows) "
                          "VALUES (:i, '2026-11-29T00:00:00.000000+00:00', 'bench', :n)"), {"i": change, "n": total})
        rows = []
        for i in range(total):
            body = f"698{i:09d}"
            rows.append({"sku": f"CNTY-{i:06d}", "bc": body + str(gs1_check_digit(body)), "bo": f"ཚོང་ཟོག་{i}་",
                         "zh": f"县级商品{i}", "en": f"County product {i}", "cat": rng.choice(cats),
                         "coop": rng.choice(coops), "price": rng.randint(100, 100000), "change": change})
        conn.execute(text("INSERT INTO products (sku, barcode, name_bo, name_zh, name_en, category, cooperative, "
                          "unit, price_fen, active, change_id) VALUES (:sku, :bc, :bo, :zh, :en, :cat, :coop, "
                          "'piece', :price, 1, :change)"), rows)
    engine.dispose()


def bench_catalogue_pull(tmp: Path) -> None:
    import json as _json

    from yarlung_pos.sync import client
    tmp = tmp / "catalogue-pull"
    tmp.mkdir()
    server = _Server(tmp)
    try:
        _fill_server_catalogue(server.db_url, 100_000 - 84)  # with the demo's 84: 100,000 products
        path = tmp / "empty-till.db"
        store = Store.open(path)                              # an empty till: no demo
        client.enrol(store, server.url, server.cli("terminal", "add", "T95")["enrolment_code"])
        store.close()
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _PULL_CHILD, str(path)], capture_output=True, text=True,
                             env=env, check=True).stdout
        took = time.perf_counter() - t0
        doc = _json.loads(out)
        import sqlite3
        con = sqlite3.connect(path)
        products = con.execute("SELECT count(*), count(barcode) FROM products").fetchone()
        con.close()
        assert products[0] == 100_000 and products[1] >= 100_000 - 84 and doc["pulled"] >= 100_000, (products, doc)
        server_peak, server_cpu = 0, None
        try:
            for line in Path(f"/proc/{server.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    server_peak = int(line.split()[1])
            stat = Path(f"/proc/{server.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            server_cpu = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
        except (OSError, ValueError, IndexError):
            pass
        report("catalogue_pull_100k_s", took, "s")
        report("catalogue_pull_100k_inner_s", doc["s"], "s")
        report("catalogue_pull_100k_till_cpu_s", doc["cpu_s"], "s")
        report("catalogue_pull_100k_till_peak_mib", doc["peak_kib"] / 1024, "MiB")
        if server_cpu is not None:  # the whole server process: its start, the terminal's enrolment and the pull
            report("catalogue_pull_100k_server_cpu_s", server_cpu, "s")
        if server_peak:
            report("catalogue_pull_100k_server_peak_mib", server_peak / 1024, "MiB")
    finally:
        server.stop()


def main() -> None:
    only = sys.argv[1:]  # e.g. `bench/run.py search sale`: just those (any bench_NAME taking tmp)
    if only:
        with tempfile.TemporaryDirectory() as d:
            for name in only:
                globals()[f"bench_{name}"](Path(d))
        return
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        bench_sale(tmp)
        bench_backup(tmp)
        bench_receipt(tmp)
        bench_labels(tmp)
        bench_screens(tmp)
        bench_sync(tmp)
        bench_catalogue_pull(tmp)
        bench_console(tmp)
        bench_shop(tmp)
        bench_scan(10_000, tmp)
        bench_scan(100_000, tmp)
        bench_search(tmp)
        bench_startup(tmp)
        bench_startup_ratio(tmp)
        bench_bundle(tmp)


if __name__ == "__main__":
    main()
