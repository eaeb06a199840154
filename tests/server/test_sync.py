"""Exactly once and never skipped: concurrent pushes from two server processes, a server killed
in the middle of a batch, and catalogue pulls by cursor."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from .conftest import (API, DEMO, auth, batch, cli, cli_json, enrol, import_demo_catalogue, push, query, sale_event,
                       stock_event)

pytestmark = pytest.mark.slow


def _sales_batch(code: str, n: int, start: int = 1) -> dict:
    events = []
    for i in range(start, start + n):
        events.append(sale_event(code, [("GRAIN-001", "1", 2200), ("DAIRY-001", str(1 + i % 3), 3800)], seq=i))
    events.append(stock_event("stock.received", {"number": f"GR-{code}-000001", "cooperative": "JIANGSE",
                                                 "lines": [{"sku": "GRAIN-001", "qty": str(n)}]}, seq=start + n))
    return batch(code, events)


def _copies(db_url: str, code: str) -> dict[str, int]:
    return {table: query(db_url, f"SELECT count(*) FROM {table} WHERE terminal_code = :c", c=code)[0][0]
            for table in ("events", "sales", "stock_moves")}


def test_same_batch_from_two_processes_concurrently_is_stored_once(new_database, start_server):
    db_url = new_database()
    import_demo_catalogue(db_url)
    one, two = start_server(db_url), start_server(db_url)  # two server processes, one database
    token = enrol(one, "K01")
    for round_no in range(3):
        body = _sales_batch("K01", 60, start=1 + round_no * 100)
        gate = threading.Barrier(2)

        def send(server, gate=gate, body=body):
            gate.wait()
            return push(server, token, body)

        with ThreadPoolExecutor(2) as pool:
            answers = [f.result() for f in [pool.submit(send, one), pool.submit(send, two)]]
        assert [a.status_code for a in answers] == [200, 200], [a.text for a in answers]
        for i, ev in enumerate(body["events"]):
            statuses = sorted(a.json()["results"][i]["status"] for a in answers)
            assert statuses == ["accepted", "duplicate"], (ev["uuid"], statuses)
    assert _copies(db_url, "K01") == {"events": 183, "sales": 180, "stock_moves": 363}


def test_server_killed_mid_batch_then_batch_resent_is_stored_once(new_database, start_server, tmp_path):
    db_url = new_database()
    import_demo_catalogue(db_url)
    stall = tmp_path / "in-transaction"
    doomed = start_server(db_url, env={"YARLUNG_SERVER_TEST_STALL_FILE": str(stall)})
    token = enrol(doomed, "L01")
    body = _sales_batch("L01", 200)
    outcome = {}

    def send():
        try:
            outcome["response"] = push(doomed, token, body)
        except httpx.HTTPError as exc:
            outcome["error"] = exc

    sender = threading.Thread(target=send)
    sender.start()
    deadline = time.monotonic() + 30
    while not stall.exists():  # every event is written, the transaction not yet committed
        assert time.monotonic() < deadline, "the server never reached the end of the batch"
        time.sleep(0.02)
    doomed.kill()
    sender.join(10)
    assert "error" in outcome, "the till must not have seen an answer"
    assert _copies(db_url, "L01") == {"events": 0, "sales": 0, "stock_moves": 0}

    again = start_server(db_url)
    first = push(again, token, body)
    assert first.status_code == 200
    assert {r["status"] for r in first.json()["results"]} == {"accepted"}
    second = push(again, token, body)
    assert {r["status"] for r in second.json()["results"]} == {"duplicate"}
    assert _copies(db_url, "L01") == {"events": 201, "sales": 200, "stock_moves": 401}


def _pull(server, token, cursor):
    r = httpx.get(f"{server.url}{API}/catalogue", params={"cursor": cursor}, headers=auth(token))
    assert r.status_code == 200, r.text
    return r.json()


def test_catalogue_pull_by_cursor_and_a_later_price_change(srv, tmp_path):
    token = enrol(srv, "M01")
    full = _pull(srv, token, 0)
    assert full["full"] is True and full["cursor"] >= 1
    assert len(full["categories"]) == 6 and len(full["cooperatives"]) == 13 and len(full["products"]) == 84
    grain = next(p for p in full["products"] if p["sku"] == "GRAIN-001")
    assert grain == {"sku": "GRAIN-001", "barcode": "6972042001076", "name_bo": grain["name_bo"],
                     "name_zh": "吉祥海螺荞麦面粉 1公斤", "name_en": "Jixiang Hailuo Buckwheat Flour 1 kg",
                     "category": "GRAIN", "cooperative": "JIANGSE", "unit": "bag", "price_fen": grain["price_fen"],
                     "active": True}
    assert set(full["cooperatives"][0]) == {"code", "name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en"}
    assert set(full["categories"][0]) == {"code", "name_bo", "name_zh", "name_en", "sort_order"}
    cursor = full["cursor"]
    nothing = _pull(srv, token, cursor)
    assert nothing == {"cursor": cursor, "full": False, "categories": [], "cooperatives": [], "products": []}

    changed = cli_json(srv.db_url, "catalogue", "price", "grain-001", str(grain["price_fen"] + 100))
    assert changed["cursor"] > cursor
    later = _pull(srv, token, cursor)
    assert [p["sku"] for p in later["products"]] == ["GRAIN-001"]
    assert later["products"][0]["price_fen"] == grain["price_fen"] + 100
    assert later["cursor"] == changed["cursor"] and not later["categories"] and not later["cooperatives"]
    # the same price again changes nothing and hands out no new cursor
    assert cli_json(srv.db_url, "catalogue", "price", "GRAIN-001", str(grain["price_fen"] + 100))["cursor"] is None
    assert _pull(srv, token, later["cursor"])["products"] == []

    # a CSV re-import: only the rows that differ are pulled (one changed, one new)
    lines = (DEMO / "products.csv").read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], lines[1:]
    edited = [r.replace(",GRAIN,JIANGSE,bag,2200,1", ",GRAIN,JIANGSE,bag,2250,1") if r.startswith("GRAIN-001,") else r
              for r in rows]
    edited.append("NEW-001,,ཚོང་ཟོག,新商品,New thing,GRAIN,JIANGSE,piece,500,1")
    csv_file = tmp_path / "products.csv"
    csv_file.write_text("\n".join([header, *edited]) + "\n", encoding="utf-8")
    result = cli_json(srv.db_url, "catalogue", "import", str(csv_file))
    assert result == [{"file": str(csv_file), "kind": "products", "added": 1, "updated": 1}]
    after = _pull(srv, token, later["cursor"])
    assert {p["sku"]: p["price_fen"] for p in after["products"]} == {"GRAIN-001": 2250, "NEW-001": 500}
    # a cursor this server never handed out (a restored server): the whole catalogue again
    assert _pull(srv, token, after["cursor"] + 1000)["full"] is True
    assert len(_pull(srv, token, after["cursor"] + 1000)["products"]) == 85


def test_cursor_never_skips_rows_committed_out_of_order(srv):
    """Writers race; a till pulls all the while.  Whatever it saw must end up equal to the
    server's catalogue — a row committed after a later change number was handed out would
    be skipped for good."""
    from yarlung_pos.server.database import Database
    from yarlung_pos.server.catalogue import set_price

    token = enrol(srv, "M02")
    snapshot = _pull(srv, token, 0)
    cursor = snapshot["cursor"]
    seen = {p["sku"]: p["price_fen"] for p in snapshot["products"]}
    skus = sorted(seen)[:20]
    stop = threading.Event()
    db = Database(srv.db_url)

    def writer(k: int):
        for i in range(15):
            set_price(db, skus[(k * 7 + i) % len(skus)], 1000 + k * 100 + i)

    def pull_once():
        nonlocal cursor
        page = _pull(srv, token, cursor)
        assert page["full"] is False
        seen.update({p["sku"]: p["price_fen"] for p in page["products"]})
        cursor = page["cursor"]

    def reader():
        while not stop.is_set():
            pull_once()

    pull_thread = threading.Thread(target=reader)
    pull_thread.start()
    try:
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(writer, range(4)))
    finally:
        stop.set()
        pull_thread.join()
        db.close()
    pull_once()  # one last pull after every writer committed
    final = {p["sku"]: p["price_fen"] for p in _pull(srv, token, 0)["products"]}
    assert seen == final


def test_catalogue_import_errors_change_nothing(srv, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,barcode,name_bo,name_zh,name_en,category,cooperative,unit,price_fen\n"
                   "X-1,,ཚོང་ཟོག,新商品,New,NOPE,JIANGSE,piece,0\n", encoding="utf-8")
    before = query(srv.db_url, "SELECT max(id) FROM catalogue_changes")[0][0]
    code, _out, err = cli(srv.db_url, "catalogue", "import", str(bad))
    assert code == 1
    assert "unknown category 'NOPE'" in err and "price must be above zero" in err and "Traceback" not in err
    assert query(srv.db_url, "SELECT max(id) FROM catalogue_changes")[0][0] == before
