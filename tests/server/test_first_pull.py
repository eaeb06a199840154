"""A new till takes the county's catalogue: a fresh, EMPTY till database (no demo) enrols with a
REAL server (uvicorn on 127.0.0.1) holding the demo catalogue and pulls it — through the client
and through the CLI — in pages, each page with its cursor in one transaction.  A pull stopped
between pages (an exception, a SIGKILL) leaves a consistent till whose next pull completes
without fetching again what it has; barcodes moved between products at the county follow."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from yarlung_pos.db.store import Store, get_setting, set_setting
from yarlung_pos.services.catalogue import lookup_code, search_key
from yarlung_pos.sync import client

from .conftest import DEMO, ROOT, cli_json, query

TIMEOUT = 120
_codes = iter(f"N{n:03d}" for n in range(1, 1000))


# ---------------------------------------------------------------- the two sides, row by row

def server_catalogue(db_url: str) -> dict[str, list[tuple]]:
    products = [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], int(r[8]), bool(r[9])) for r in query(
        db_url, "SELECT sku, barcode, name_bo, name_zh, name_en, category, cooperative, unit, price_fen, active "
                "FROM products ORDER BY sku")]
    return {"products": sorted(products),
            "categories": sorted(tuple(r) for r in query(db_url, "SELECT code, name_bo, name_zh, name_en, sort_order "
                                                                 "FROM categories")),
            "cooperatives": sorted(tuple(r) for r in query(db_url, "SELECT code, name_bo, name_zh, name_en, town_bo, "
                                                                   "town_zh, town_en FROM cooperatives"))}


def till_catalogue(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        products = [(*r[:9], bool(r[9])) for r in con.execute(
            "SELECT p.sku, p.barcode, p.name_bo, p.name_zh, p.name_en, c.code, o.code, p.unit, p.price_fen, p.active "
            "FROM products p JOIN categories c ON c.id = p.category_id JOIN cooperatives o ON o.id = p.cooperative_id "
            "ORDER BY p.sku")]
        for sku, barcode, bo, zh, en, text in con.execute(
                "SELECT sku, barcode, name_bo, name_zh, name_en, search_text FROM products"):
            assert text == search_key(bo, zh, en, sku, barcode), sku   # search as you type finds it
        return {"products": products,
                "categories": list(con.execute("SELECT code, name_bo, name_zh, name_en, sort_order "
                                               "FROM categories ORDER BY code")),
                "cooperatives": list(con.execute("SELECT code, name_bo, name_zh, name_en, town_bo, town_zh, town_en "
                                                 "FROM cooperatives ORDER BY code"))}
    finally:
        con.close()


def n_rows(catalogue: dict) -> int:
    return sum(len(v) for v in catalogue.values())


def fresh_till(tmp_path: Path, srv) -> tuple[Store, Path]:
    """A new, empty till database (no demo), enrolled with ``srv``."""
    path = tmp_path / f"till-{next(_codes)}.db"
    store = Store.open(path)
    with store.read() as s:
        assert s.scalar(text("SELECT count(*) FROM products")) == 0
    code = cli_json(srv.db_url, "terminal", "add", path.stem.split("-")[1])["enrolment_code"]
    client.enrol(store, srv.url, code)
    return store, path


@pytest.fixture
def till(tmp_path, srv):
    store, path = fresh_till(tmp_path, srv)
    yield store, path
    store.close()


# ---------------------------------------------------------------- (a) a new till takes the catalogue

def test_an_empty_till_takes_the_whole_demo_catalogue(till, srv):
    store, path = till
    seen = []
    result = client.sync_now(store, progress=lambda done, total: seen.append((done, total)))
    want = server_catalogue(srv.db_url)
    assert till_catalogue(path) == want                       # same SKUs, prices, barcodes, names …
    assert result.pulled == n_rows(want) and seen[-1] == (n_rows(want), n_rows(want))
    assert len(want["products"]) >= 84 and any(p[1] for p in want["products"])
    with store.read() as s:
        grain = lookup_code(s, "6972042001076")                # a sale can scan it by EAN-13
        assert grain.sku == "GRAIN-001"
        assert get_setting(s, "catalogue_cursor") == str(result.cursor)
    assert client.sync_now(store).pulled == 0                  # up to date: nothing again


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("YARLUNG_POS_DB", None)
    return subprocess.run([sys.executable, "-m", "yarlung_pos", *args], capture_output=True, text=True,
                          env=env, timeout=TIMEOUT)


def test_the_cli_enrols_a_new_database_and_pulls_the_catalogue(tmp_path, srv):
    db = tmp_path / "new.db"
    code = cli_json(srv.db_url, "terminal", "add", "NCLI")["enrolment_code"]
    enrolled = _cli("sync", "enrol", "--server", srv.url, "--code", code, "--db", str(db))
    assert enrolled.returncode == 0, enrolled.stderr
    now = _cli("sync", "now", "--db", str(db))
    assert now.returncode == 0, now.stderr
    assert "Traceback" not in now.stderr + now.stdout
    want = server_catalogue(srv.db_url)
    assert f"pulled {n_rows(want)} catalogue change(s)" in now.stdout
    assert till_catalogue(db) == want


# ---------------------------------------------------------------- (b) pages, stopped half way

def test_small_pages_give_exactly_the_servers_rows(till, srv):
    store, path = till
    calls = []
    pulled, cursor = client.pull(store, client.load_config(store), lambda d, t: calls.append((d, t)), page_size=7)
    want = server_catalogue(srv.db_url)
    assert till_catalogue(path) == want and pulled == n_rows(want)
    assert len(calls) == -(-n_rows(want) // 7)                 # one call per page
    assert [d for d, _ in calls] == [min(7 * i, n_rows(want)) for i in range(1, len(calls) + 1)]
    assert all(t == n_rows(want) for _, t in calls)
    assert cursor == query(srv.db_url, "SELECT max(id) FROM catalogue_changes")[0][0]


def _stopped_at_page_3(path: Path, srv, page_size: int) -> None:
    """After a pull stopped once page 3 was committed: three pages are in, the cursor names the
    next page, the next pull takes exactly the rest and the till equals the server."""
    want = server_catalogue(srv.db_url)
    have = till_catalogue(path)
    assert n_rows(have) == 3 * page_size                      # pages 1–3 in, nothing of page 4
    assert have["categories"] == want["categories"]            # kinds in order: categories first
    store = Store.open(path)
    try:
        with store.read() as s:
            assert get_setting(s, "catalogue_cursor").startswith("p")
        rest, _cursor = client.pull(store, client.load_config(store), page_size=page_size)
        assert rest == n_rows(want) - 3 * page_size            # nothing pulled twice
        assert till_catalogue(path) == want
    finally:
        store.close()


def test_an_exception_between_pages_loses_nothing(tmp_path, srv):
    store, path = fresh_till(tmp_path, srv)

    def progress(done, total):
        if done == 3 * 5:
            raise RuntimeError("stop on page 3")

    with pytest.raises(RuntimeError, match="page 3"):
        client.pull(store, client.load_config(store), progress, page_size=5)
    store.close()
    _stopped_at_page_3(path, srv, 5)


KILLER = """
import os, signal, sys
from yarlung_pos.db.store import Store
from yarlung_pos.sync import client
store = Store.open(sys.argv[1], create=False)
size = int(sys.argv[2])

def progress(done, total):
    if done == 3 * size:
        os.kill(os.getpid(), signal.SIGKILL)

client.pull(store, client.load_config(store), progress, page_size=size)
"""


def test_a_till_killed_between_pages_goes_on_where_it_stopped(tmp_path, srv):
    store, path = fresh_till(tmp_path, srv)
    store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", KILLER, str(path), "6"], env=env, timeout=TIMEOUT,
                          capture_output=True, text=True)
    assert done.returncode == -9, done.stderr
    _stopped_at_page_3(path, srv, 6)


def test_a_product_of_an_unknown_category_is_refused_in_words(till, srv):
    """A till whose saved cursor skips the categories (a damaged database): the product page is
    refused with a one-line SyncError and nothing of it is written."""
    from yarlung_pos.server.catalogue import _encode, _Page
    store, path = till
    current = query(srv.db_url, "SELECT max(id) FROM catalogue_changes")[0][0]
    with store.write() as s:
        set_setting(s, "catalogue_cursor", _encode(_Page(0, current, 2, "")))
    with pytest.raises(client.SyncError, match="category .* does not know") as caught:
        client.pull(store, client.load_config(store))
    assert "\n" not in str(caught.value)
    assert till_catalogue(path)["products"] == []


# ---------------------------------------------------------------- (c) barcodes move; (d) prices

def _import_products(srv, tmp_path: Path, rows: list[dict]) -> None:
    with (DEMO / "products.csv").open(encoding="utf-8", newline="") as fh:
        fields = csv.DictReader(fh).fieldnames
    f = tmp_path / f"products-{len(list(tmp_path.iterdir()))}.csv"
    with f.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    cli_json(srv.db_url, "catalogue", "import", str(f))


def _server_rows(srv) -> dict[str, dict]:
    cols = ["sku", "barcode", "name_bo", "name_zh", "name_en", "category", "cooperative", "unit", "price_fen",
            "active"]
    return {r[0]: {**dict(zip(cols, r)), "barcode": r[1] or "", "active": "1" if r[9] else "0"}
            for r in sorted(query(srv.db_url, f"SELECT {', '.join(cols)} FROM products"))}


@pytest.mark.parametrize("page_size", [1, 50], ids=["across-pages", "one-page"])
@pytest.mark.parametrize("how", ["move", "swap"])
def test_a_barcode_moved_at_the_county_follows_on_the_till(till, srv, tmp_path, page_size, how):
    """B (the earlier SKU) takes A's barcode: with one row a page B's page comes before A's, so
    the till must take the barcode from A before A's own row arrives."""
    store, path = till
    client.sync_now(store)
    rows = _server_rows(srv)
    with_barcode = [sku for sku, r in rows.items() if r["barcode"]]
    b, a = with_barcode[0], with_barcode[-1]                   # b sorts before a
    assert b < a
    moved = rows[a]["barcode"]
    new_a = rows[b]["barcode"] if how == "swap" else ""
    _import_products(srv, tmp_path, [{**rows[b], "barcode": moved}, {**rows[a], "barcode": new_a}])
    try:
        pulled, _ = client.pull(store, client.load_config(store), page_size=page_size)
        assert pulled == 2
        assert till_catalogue(path) == server_catalogue(srv.db_url)
        with store.read() as s:
            assert lookup_code(s, moved).sku == b
            if how == "swap":
                assert lookup_code(s, new_a).sku == a
    finally:  # the module's server as it was
        _import_products(srv, tmp_path, [{**rows[b], "barcode": ""}, {**rows[a], "barcode": ""}])
        _import_products(srv, tmp_path, [rows[b], rows[a]])
        client.pull(store, client.load_config(store))
    assert till_catalogue(path) == server_catalogue(srv.db_url)


def test_a_price_change_reaches_the_till_at_its_next_pull(till, srv):
    store, path = till
    client.sync_now(store)
    with store.read() as s:
        old = lookup_code(s, "WINE-001").price_fen
    cli_json(srv.db_url, "catalogue", "price", "WINE-001", str(old + 300))
    try:
        result = client.sync_now(store)
        assert result.pulled == 1
        with store.read() as s:
            assert lookup_code(s, "WINE-001").price_fen == old + 300
        assert till_catalogue(path) == server_catalogue(srv.db_url)
    finally:
        cli_json(srv.db_url, "catalogue", "price", "WINE-001", str(old))
