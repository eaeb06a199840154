"""County views over several terminals, and the events the real till code writes."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import httpx
import pytest

from .conftest import (API, DEMO, a_year_ago, auth, batch, cli, cli_json, enrol, import_demo_catalogue, push,
                       sale_event, stock_event)
from ..support.people import MANAGER

pytestmark = pytest.mark.slow


def _catalogue() -> dict[str, dict]:
    with (DEMO / "products.csv").open(encoding="utf-8", newline="") as fh:
        return {r["sku"]: r for r in csv.DictReader(fh)}


def _expected_sales(events: list[dict], by: str) -> list[dict]:
    """The sales report computed independently from the events posted."""
    products = _catalogue()
    totals: dict[str, int] = defaultdict(int)
    sales: dict[str, set] = defaultdict(set)
    for ev in events:
        if ev["kind"] not in ("sale.completed", "refund.completed"):
            continue
        sale = ev["payload"]["sale"]
        if by in ("day", "terminal"):
            if by == "day":
                at = datetime.fromisoformat(sale["completed_at"])
                key = at.astimezone(timezone(timedelta(minutes=sale["utc_offset_min"]))).date().isoformat()
            else:
                key = sale["terminal"]
            totals[key] += sale["total_fen"]
            sales[key].update([sale["uuid"]] if sale["kind"] == "sale" else [])
        else:
            for ln in sale["lines"]:
                key = products[ln["sku"]][by]
                totals[key] += ln["line_total_fen"]
                sales[key].update([sale["uuid"]] if sale["kind"] == "sale" else [])
    return [{"key": k, "sales": len(sales[k]), "total_fen": totals[k]} for k in sorted(totals)]


def _expected_levels(events: list[dict]) -> dict[str, Decimal]:
    levels: dict[str, Decimal] = defaultdict(Decimal)
    for ev in events:
        p = ev["payload"]
        if ev["kind"] in ("sale.completed", "refund.completed"):
            for ln in p["sale"]["lines"]:
                levels[ln["sku"]] -= Decimal(ln["qty"])
        elif ev["kind"] == "stock.received":
            for ln in p["lines"]:
                levels[ln["sku"]] += Decimal(ln["qty"])
        elif ev["kind"] == "stock.adjusted":
            levels[p["sku"]] += Decimal(p["qty"])
        elif ev["kind"] == "stocktake.confirmed":
            for ln in p["differences"]:
                levels[ln["sku"]] += Decimal(ln["qty"])
    return levels


@pytest.fixture(scope="module")
def county(new_database, start_server):
    """A fresh server with two terminals' events: R01 with a good clock, R02 a year behind."""
    db_url = new_database()
    import_demo_catalogue(db_url)
    server = start_server(db_url)
    admin = cli_json(db_url, "admin-token")["token"]
    r01, r02 = enrol(server, "R01"), enrol(server, "R02")
    day1 = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)        # 11:00 in Lhasa (+08:00)
    late = datetime(2026, 11, 28, 17, 30, tzinfo=UTC)      # 01:30 on the 29th in Lhasa
    old = a_year_ago()
    a = sale_event("R01", [("GRAIN-001", "2", 2200), ("DAIRY-001", "1", 3800)], seq=1, at=day1)
    b = sale_event("R01", [("DAIRY-001", "3", 3800), ("WINE-001", "1", 6800)], seq=2, at=late, method="wechat")
    received = stock_event("stock.received", {"number": "GR-R01-000001", "cooperative": "JIANGSE",
                                              "lines": [{"sku": "GRAIN-001", "qty": "40"},
                                                        {"sku": "GRAIN-002", "qty": "10.500"}]}, seq=3, at=day1)
    take = stock_event("stocktake.confirmed", {"number": "ST-R01-000001", "scope": "GRAIN",
                                               "differences": [{"sku": "GRAIN-002", "qty": "-0.250"}]}, seq=4, at=late)
    c = sale_event("R02", [("GRAIN-002", "0.5", 1600)], seq=1, at=old)
    c["payload"]["sale"]["lines"][0]["unit"] = "kg"
    refund = sale_event("R02", [("GRAIN-001", "-1", 2200)], kind="refund", refund_of=a["payload"]["sale"]["uuid"],
                        seq=2, at=old)
    adjust = stock_event("stock.adjusted", {"sku": "DAIRY-001", "qty": "-1", "reason": "damaged", "note": ""},
                         seq=3, at=old)
    settle = stock_event("settlement.created", {"number": "SET-R02-000001", "cooperative": "JIANGSE",
                                                "gross_fen": 800}, seq=4, at=old)
    r01_events, r02_events = [a, b, received, take], [c, refund, adjust, settle]
    for token, code, events, sent in ((r01, "R01", r01_events, None), (r02, "R02", r02_events, old)):
        r = push(server, token, batch(code, events, sent_at=sent))
        assert [x["status"] for x in r.json()["results"]] == ["accepted"] * 4, r.text
    server.admin = admin
    server.events = r01_events + r02_events
    return server


@pytest.mark.parametrize("by", ["day", "cooperative", "category", "terminal"])
def test_sales_by_each_key_equal_the_posted_sales(county, by):
    r = httpx.get(f"{county.url}{API}/reports/sales", params={"by": by}, headers=auth(county.admin))
    assert r.status_code == 200
    expected = _expected_sales(county.events, by)
    assert r.json() == expected
    assert sum(x["total_fen"] for x in r.json()) == 2 * 2200 + 3800 + 3 * 3800 + 6800 + 800 - 2200
    if by == "day":
        days = [x["key"] for x in expected]  # the till's local days (the R02 events are a year before today)
        assert "2026-11-28" in days and "2026-11-29" in days and days == sorted(days)
    as_csv = httpx.get(f"{county.url}{API}/reports/sales", params={"by": by, "format": "csv"},
                       headers=auth(county.admin))
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [{"key": x["key"], "sales": int(x["sales"]), "total_fen": int(x["total_fen"])} for x in rows] == expected
    code, out, _err = cli(county.db_url, "report", "sales", "--by", by, "--json")
    assert code == 0 and json.loads(out) == expected


def test_stock_per_product_from_all_terminals_moves(county):
    r = httpx.get(f"{county.url}{API}/reports/stock", headers=auth(county.admin))
    assert r.status_code == 200
    report = {x["sku"]: x for x in r.json()}
    assert len(report) == 84
    levels = _expected_levels(county.events)
    for sku, level in levels.items():
        assert Decimal(report[sku]["level"]) == level, sku
        assert report[sku]["negative"] is (level < 0)
    assert report["GRAIN-001"]["level"] == "39"          # +40 −2 +1
    assert report["GRAIN-002"]["level"] == "9.750"       # kg: three decimals, +10.5 −0.25 −0.5
    assert report["DAIRY-001"] == {"sku": "DAIRY-001", "unit": report["DAIRY-001"]["unit"], "level": "-5",
                                   "negative": True}
    untouched = next(sku for sku in report if sku not in levels)
    assert report[untouched]["level"] in ("0", "0.000") and report[untouched]["negative"] is False


def test_clock_skew_of_a_terminal_living_a_year_ago(county):
    r = httpx.get(f"{county.url}{API}/reports/terminals", headers=auth(county.admin))
    assert r.status_code == 200
    terms = {t["code"]: t for t in r.json()}
    assert abs(terms["R01"]["clock_skew_s"]) < 60
    assert abs(terms["R02"]["clock_skew_s"] + 365 * 86400) < 120
    assert terms["R01"]["events"] == terms["R02"]["events"] == 4
    assert terms["R02"]["last_seq"] == 4 and terms["R02"]["status"] == "enrolled"
    last_seen = datetime.fromisoformat(terms["R02"]["last_seen"])
    assert abs((datetime.now(UTC) - last_seen).total_seconds()) < 300  # server time, not the till's
    csv_text = httpx.get(f"{county.url}{API}/reports/terminals?format=csv", headers=auth(county.admin)).text
    assert csv_text.splitlines()[0] == "code,status,last_seen,clock_skew_s,events,last_seq"


def test_events_written_by_the_real_till_code_are_accepted(srv, tmp_path):
    """The outbox of a real terminal database (sale, refund, goods received, adjustment,
    stocktake, settlement) pushed as it is: every event accepted, the sales add up."""
    from sqlalchemy import select

    from yarlung_pos.db.schema import OutboxRow
    from yarlung_pos.db.store import Store, set_setting
    from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
    from yarlung_pos.services.catalogue import lookup_code
    from yarlung_pos.services.demo import load_demo
    from yarlung_pos.services.inventory import (
        adjust_stock,
        confirm_stocktake,
        open_stocktake,
        receive_stock,
        record_count,
    )
    from yarlung_pos.services.refunds import refund_sale
    from yarlung_pos.services.sales import complete_sale
    from yarlung_pos.services.settlement import create_settlement

    token = enrol(srv, "T09")
    at = datetime(2026, 11, 29, 14, 5, tzinfo=timezone(timedelta(hours=8)))
    store = Store.open(tmp_path / "till.db")
    try:
        assert load_demo(store, lambda: at, DEMO)
        with store.write() as s:
            set_setting(s, "terminal_code", "T09")
        cart = Cart()
        with store.read() as s:
            for code, qty in (("GRAIN-001", "2"), ("GRAIN-002", "0.735")):
                i = cart.add(lookup_code(s, code))
                cart.set_qty(i, qty)
        sale = complete_sale(store, cart, [Tender(PaymentMethod.CASH, 10000)], "Padma", lambda: at, actor=MANAGER)
        refund_sale(store, sale.uuid, [(1, "1")], "Padma", lambda: at, actor=MANAGER)
        receive_stock(store, "JIANGSE", [("GRAIN-001", "12"), ("GRAIN-002", "3.5")], clock=lambda: at)
        adjust_stock(store, "GRAIN-001", "-1", "damaged", clock=lambda: at)
        number = open_stocktake(store, "GRAIN", clock=lambda: at)
        record_count(store, number, "GRAIN-001", "7")
        confirm_stocktake(store, number, clock=lambda: at)
        create_settlement(store, "JIANGSE", date(2026, 11, 1), date(2026, 11, 30), clock=lambda: at)
        with store.read() as s:
            outbox = [{"uuid": o.uuid, "seq": o.seq, "kind": o.kind, "created_at": o.created_at,
                       "payload": json.loads(o.payload)} for o in s.scalars(select(OutboxRow).order_by(OutboxRow.seq))]
    finally:
        store.close()
    kinds = [e["kind"] for e in outbox]
    # the till may also log what it did (audit.recorded, shift.*: issue #7) between them
    assert [k for k in kinds if not k.startswith(("audit.", "shift."))] == [
        "sale.completed", "refund.completed", "stock.received", "stock.adjusted", "stocktake.confirmed",
        "settlement.created"]
    r = push(srv, token, batch("T09", outbox))
    assert r.status_code == 200
    assert [x["status"] for x in r.json()["results"]] == ["accepted"] * len(outbox), r.text
    by_terminal = {x["key"]: x for x in httpx.get(f"{srv.url}{API}/reports/sales", params={"by": "terminal"},
                                                  headers=auth(srv.admin)).json()}
    sale_total = outbox[0]["payload"]["sale"]["total_fen"] + outbox[1]["payload"]["sale"]["total_fen"]
    assert by_terminal["T09"] == {"key": "T09", "sales": 1, "total_fen": sale_total}
