"""Sales made before enrolment reach the county once (issue #13, part 5).

Real till databases (the demo catalogue, shifts, sales) enrol with a real server (uvicorn on
127.0.0.1, SQLite and — with ``YARLUNG_TEST_POSTGRES_URL`` — PostgreSQL) through the till's own
CLI and client.  A till sells as ``T01`` before it is enrolled; the county records those sales,
their shift, Z report, stock moves and audit entries under the terminal that enrolled, with
their original numbers, and two such tills never collide."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from yarlung_pos.db.store import Store, set_setting
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.shifts import close_shift, open_shift
from yarlung_pos.sync import client

from ..support.people import MANAGER
from .conftest import (API, DEMO, alembic_to, auth, batch, cli_json, import_demo_catalogue, push, query,
                       sale_event)

AT = datetime(2026, 11, 30, 10, 0, tzinfo=timezone(timedelta(hours=8)))


def clock():
    return AT


def till_cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    """``yarlung-pos ARGS --db db`` in a subprocess (a hung server fails the test in 60 s)."""
    done = subprocess.run([sys.executable, "-m", "yarlung_pos", *args, "--db", str(db)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done


def sell(store: Store, *items: tuple[str, str]):
    cart = Cart()
    with store.read() as s:
        for code, qty in items:
            cart.set_qty(cart.add(lookup_code(s, code)), qty)
    return complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma", clock, actor=MANAGER)


def demo_till(path: Path, sales=((("WINE-001", "1"), ("GRAIN-002", "0.5")), (("DAIRY-001", "3"),))):
    """A demo till that opened a shift, made ``sales`` and closed the shift — all before it
    was enrolled (as the default ``T01``).  Returns the completed sales."""
    store = Store.open(path)
    try:
        assert load_demo(store, clock, DEMO)
        open_shift(store, "Padma", 20000, clock)
        done = [sell(store, *items) for items in sales]
        close_shift(store, "Padma", {10000: 2}, clock)
    finally:
        store.close()
    return done


def outbox(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("select kind, payload from outbox order by seq").fetchall()
    finally:
        con.close()


@pytest.fixture()
def hall(new_database, start_server):
    """A server of its own (its reports hold only this test's sales) with the demo catalogue."""
    db_url = new_database()
    import_demo_catalogue(db_url)
    server = start_server(db_url)
    server.admin = cli_json(db_url, "admin-token", "--label", "tests")["token"]
    return server


def test_two_demo_tills_that_sold_as_T01_reach_the_county_once(hall, tmp_path):
    tills = {"T05": tmp_path / "hall-a.db", "T06": tmp_path / "hall-b.db"}
    sold = {code: demo_till(path) for code, path in tills.items()}
    for code, path in tills.items():
        assert [s.number for s in sold[code]] == ["T01-000001", "T01-000002"]     # both tills: the same numbers
        enrolment = cli_json(hall.db_url, "terminal", "add", code)["enrolment_code"]
        out = till_cli(path, "sync", "enrol", "--server", hall.url, "--code", enrolment, "--json")
        assert json.loads(out.stdout)["next_receipt"] == f"{code}-000001"
        assert client.rejected_events(Store.open(path)) == []                     # nothing set aside
        now = json.loads(till_cli(path, "sync", "now", "--json").stdout)
        assert (now["rejected"], now["waiting"]) == (0, 0)
        assert now["sent"] == len(outbox(path))
    listed = {t["terminal"]: t["sold_before_as"] for t in cli_json(hall.db_url, "terminal", "list")}
    assert listed == {"T05": "T01", "T06": "T01"}

    # the county holds the four sales once each, under the terminal that enrolled, with their T01 numbers
    by_terminal = {r["key"]: (r["sales"], r["total_fen"]) for r in cli_json(hall.db_url, "report", "sales", "--by", "terminal")}
    assert by_terminal == {code: (2, sum(s.total_fen for s in sold[code])) for code in tills}
    rows = query(hall.db_url, "SELECT terminal_code, number, uuid, total_fen FROM sales ORDER BY terminal_code, number")
    assert [(t, n) for t, n, _u, _f in rows] == [("T05", "T01-000001"), ("T05", "T01-000002"),
                                                ("T06", "T01-000001"), ("T06", "T01-000002")]
    assert {(u, f) for _t, _n, u, f in rows} == {(s.uuid, s.total_fen) for code in tills for s in sold[code]}
    total = sum(s.total_fen for code in tills for s in sold[code])
    assert sum(r["total_fen"] for r in cli_json(hall.db_url, "report", "sales", "--by", "day")) == total
    by_coop = cli_json(hall.db_url, "report", "sales", "--by", "cooperative")
    assert sum(r["total_fen"] for r in by_coop) == total                          # no discounts, no rounding here
    # their shifts and Z reports: Z-T01-000001 twice, under T05 and under T06
    shifts = cli_json(hall.db_url, "report", "shifts")
    assert [(z["terminal"], z["number"], z["shift"]) for z in shifts] == [
        ("T05", "Z-T01-000001", "SH-T01-000001"), ("T06", "Z-T01-000001", "SH-T01-000001")]
    assert [z["net_by_method"]["cash"] for z in shifts] == [by_terminal[z["terminal"]][1] for z in shifts]
    # stock moves and audit entries likewise
    for code, path in tills.items():
        sent = outbox(path)
        audits = sum(kind == "audit.recorded" for kind, _ in sent)
        assert audits and len(cli_json(hall.db_url, "report", "audit", "--terminal", code)) == audits
        moved = Counter()
        for kind, payload in sent:
            if kind == "sale.completed":
                for ln in json.loads(payload)["sale"]["lines"]:
                    moved[ln["sku"]] += 1
        assert dict(Counter(sku for (sku,) in query(
            hall.db_url, "SELECT sku FROM stock_moves WHERE terminal_code = :t AND reason = 'sale'", t=code))) == dict(moved)
    levels = {r["sku"]: r["level"] for r in cli_json(hall.db_url, "report", "stock")}
    assert levels["DAIRY-001"] == "-6" and levels["WINE-001"] == "-2"           # 3 + 3 and 1 + 1 sold county-wide
    # a second sync sends nothing new; the CLI says 0 rejected
    for code, path in tills.items():
        again = json.loads(till_cli(path, "sync", "now", "--json").stdout)
        assert (again["sent"], again["duplicates"], again["rejected"], again["waiting"]) == (0, 0, 0, 0)
        status = json.loads(till_cli(path, "sync", "status", "--json").stdout)
        assert (status["terminal"], status["rejected"], status["waiting"]) == (code, 0, 0)
        assert till_cli(path, "sync", "rejected").stdout.strip() == "0 rejected: nothing is set aside"
    assert len(query(hall.db_url, "SELECT id FROM sales")) == 4
    # after enrolment the till numbers with its new code; nothing sold before is renumbered
    store = Store.open(tills["T05"])
    try:
        assert sell(store, ("WINE-001", "1")).number == "T05-000001"
        assert client.sync_now(store).sent >= 1
    finally:
        store.close()
    assert [n for (n,) in query(hall.db_url, "SELECT number FROM sales WHERE terminal_code = 'T05' ORDER BY number")] == [
        "T01-000001", "T01-000002", "T05-000001"]


def test_a_replacement_till_numbers_receipts_shifts_and_z_reports_on(hall, tmp_path):
    first = Store.open(tmp_path / "first.db")
    try:
        load_demo(first, clock, DEMO)
        client.enrol(first, hall.url, cli_json(hall.db_url, "terminal", "add", "T07")["enrolment_code"])
        open_shift(first, "Padma", 20000, clock)
        assert sell(first, ("WINE-001", "1")).number == "T07-000001"
        assert sell(first, ("WINE-001", "1")).number == "T07-000002"
        assert close_shift(first, "Padma", {10000: 2}, clock).number == "Z-T07-000001"
        assert open_shift(first, "Padma", 20000, clock).number == "SH-T07-000002"   # left open: the till breaks
        assert client.sync_now(first).waiting == 0
    finally:
        first.close()
    fresh = Store.open(tmp_path / "replacement.db")
    try:
        load_demo(fresh, clock, DEMO)
        client.enrol(fresh, hall.url, cli_json(hall.db_url, "terminal", "reissue", "T07")["enrolment_code"])
        shift = open_shift(fresh, "Padma", 20000, clock)
        assert shift.number == "SH-T07-000003"
        assert sell(fresh, ("WINE-001", "1")).number == "T07-000003"
        assert close_shift(fresh, "Padma", {10000: 2}, clock).number == "Z-T07-000002"
        result = client.sync_now(fresh)
        assert (result.rejected, result.waiting) == (0, 0) and client.rejected_events(fresh) == []
    finally:
        fresh.close()
    assert [z["number"] for z in cli_json(hall.db_url, "report", "shifts", "--terminal", "T07")] == [
        "Z-T07-000001", "Z-T07-000002"]


def _enrol(server, code: str, sold_before_as=None) -> dict:
    body = {"schema": 1, "enrolment_code": cli_json(server.db_url, "terminal", "add", code)["enrolment_code"]}
    if sold_before_as is not None:
        body["sold_before_as"] = sold_before_as
    r = httpx.post(f"{server.url}{API}/enrol", json=body, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def test_a_terminal_still_cannot_claim_another_enrolled_terminals_code(hall):
    plain = _enrol(hall, "T08")                                     # an old client: no declaration
    assert (plain["sold_before_as"], plain["last_shift_seq"], plain["last_z_seq"]) == ([], 0, 0)
    _enrol(hall, "T09")
    r = push(hall, plain["token"], batch("T08", [sale_event("T09", [("WINE-001", "1", 3500)])]))
    assert r.status_code == 403 and "T09" in r.json()["detail"]
    r = push(hall, plain["token"], batch("T08", [sale_event("T01", [("WINE-001", "1", 3500)])]))
    assert r.status_code == 403                                     # T01 was not declared either

    declared = _enrol(hall, "T10", ["T01", "T10"])                  # its own code is not "before enrolment"
    assert declared["sold_before_as"] == ["T01"]
    early = sale_event("T01", [("WINE-001", "2", 3500)], seq=1)
    r = push(hall, declared["token"], batch("T10", [early]))
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "accepted", r.text
    assert r.json()["sold_before_as"] == ["T01"]
    assert query(hall.db_url, "SELECT terminal_code, number FROM sales WHERE uuid = :u",
                 u=early["payload"]["sale"]["uuid"]) == [("T10", "T01-000001")]
    r = push(hall, declared["token"], batch("T10", [sale_event("T09", [("WINE-001", "1", 3500)], seq=2)]))
    assert r.status_code == 403 and "T09" in r.json()["detail"]     # still not another enrolled terminal's

    # declared late, in a push: a code no terminal has is recorded; another terminal's is not
    late = {**batch("T08", []), "sold_before_as": ["T09", "OLD1"]}
    r = push(hall, plain["token"], late)
    assert r.status_code == 200 and r.json() == {"results": [], "sold_before_as": ["OLD1"]}
    assert push(hall, plain["token"], batch("T08", [sale_event("OLD1", [("WINE-001", "1", 3500)])])).status_code == 200
    r = push(hall, plain["token"], batch("T08", [sale_event("T09", [("WINE-001", "1", 3500)], seq=3)]))
    assert r.status_code == 403
    assert {(t, n) for t, n in query(hall.db_url, "SELECT terminal_code, number FROM sales")} == {
        ("T10", "T01-000001"), ("T08", "OLD1-000001")}
    assert not query(hall.db_url, "SELECT id FROM sales WHERE terminal_code = 'T09'")


def _as_an_older_version_left_it(server, path: Path, code: str) -> None:
    """What a version before issue #13 left: the server knows no pre-enrolment code of ``code``;
    the till set its T01 sales aside with "hand these over to the county office separately"."""
    from sqlalchemy import create_engine, text
    engine = create_engine(server.db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE terminals SET sold_before_as = '[]' WHERE code = :c"), {"c": code})
    engine.dispose()
    store = Store.open(path)
    try:
        from sqlalchemy import select

        from yarlung_pos.db.schema import OutboxRow
        with store.write() as s:
            set_setting(s, "sync_sold_before_as", "[]")
            for row in s.scalars(select(OutboxRow).where(OutboxRow.kind == "sale.completed")):
                row.rejected_reason = (f"recorded as T01, not as this till's {code}; not sent "
                                       "(hand these over to the county office separately)")
    finally:
        store.close()


def test_sales_set_aside_by_an_older_version_go_back_and_reach_the_county(hall, tmp_path):
    path = tmp_path / "old.db"
    sold = demo_till(path)
    client.enrol(Store.open(path), hall.url, cli_json(hall.db_url, "terminal", "add", "T12")["enrolment_code"])
    _as_an_older_version_left_it(hall, path, "T12")
    assert json.loads(till_cli(path, "sync", "status", "--json").stdout)["rejected"] == 2
    out = json.loads(till_cli(path, "sync", "now", "--json").stdout)        # released and declared by itself
    assert (out["rejected"], out["waiting"]) == (0, 0)
    assert json.loads(till_cli(path, "sync", "status", "--json").stdout)["rejected"] == 0
    assert {(t, n) for t, n in query(hall.db_url, "SELECT terminal_code, number FROM sales")} == {
        ("T12", s.number) for s in sold}


def test_when_T01_is_another_terminal_the_reason_says_what_to_do_and_resend_works(hall, tmp_path):
    _enrol(hall, "T01")                                            # the county has a real T01
    path = tmp_path / "old2.db"
    sold = demo_till(path)
    client.enrol(Store.open(path), hall.url, cli_json(hall.db_url, "terminal", "add", "T13")["enrolment_code"])
    _as_an_older_version_left_it(hall, path, "T13")
    store = Store.open(path)
    try:
        result = client.sync_now(store)                            # the rest goes; the two sales wait
        assert (result.rejected, result.waiting) == (2, 0)
        reasons = client.rejected_events(store)
        assert len(reasons) == 2 and all("terminal reissue T13" in r["reason"] and "sync enrol" in r["reason"]
                                         for r in reasons)
        assert "hand these over" not in till_cli(path, "sync", "rejected").stdout
        assert client.resend_rejected(store) == 2                  # --resend: tried again, set aside again …
        assert client.sync_now(store).rejected == 2 and client.pending_count(store) == 0
        # … until the county office gives a new enrolment code: the enrolment declares T01
        client.enrol(store, hall.url, cli_json(hall.db_url, "terminal", "reissue", "T13")["enrolment_code"])
        result = client.sync_now(store)
        assert (result.sent, result.rejected, result.waiting) == (2, 0, 0) and client.rejected_events(store) == []
    finally:
        store.close()
    assert {(t, n) for t, n in query(hall.db_url, "SELECT terminal_code, number FROM sales")} == {
        ("T13", s.number) for s in sold}
    out = till_cli(path, "sync", "rejected", "--resend")
    assert "0 set-aside event(s) queued again" in out.stdout


def test_s0002_database_migrates_to_s0003_and_back(new_database):
    """Terminals registered before s0003 sold under no other code; the way back keeps them."""
    from yarlung_pos.server.database import Database
    from yarlung_pos.server.terminals import list_terminals

    url = new_database()
    alembic_to(url, "s0002",
               then="INSERT INTO terminals (code, created_at) VALUES ('M02', '2026-11-01T00:00:00+00:00')")
    db = Database(url)
    try:
        db.migrate()
        assert [(t["terminal"], t["sold_before_as"]) for t in list_terminals(db)] == [("M02", "")]
        assert query(url, "SELECT sold_before_as FROM terminals") == [("[]",)]
    finally:
        db.close()
    alembic_to(url, "s0002", down=True)
    assert [tuple(r) for r in query(url, "SELECT code FROM terminals")] == [("M02",)]
