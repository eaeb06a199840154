"""Issue #7 on the county server: discounts, price overrides and cash rounding in sales and
refunds; shifts (opened, cash moved, Z report) and the tills' audit log; their reports; the
s0001 → s0002 migration of a database holding data."""

from __future__ import annotations

import csv
import io
import json
import uuid as uuid_mod
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest
from sqlalchemy import text

from .conftest import (API, DEMO, auth, batch, cli, cli_json, enrol, force_push_path, import_demo_catalogue, push, query,
                       sale_event, stock_event, utc)
from ..support.people import MANAGER, approved

pytestmark = pytest.mark.slow

AT = datetime(2026, 11, 29, 6, 5, tzinfo=UTC)  # 14:05 in Lhasa


def _catalogue() -> dict[str, dict]:
    with (DEMO / "products.csv").open(encoding="utf-8", newline="") as fh:
        return {r["sku"]: r for r in csv.DictReader(fh)}


def priced_sale(terminal: str, lines, *, kind: str = "sale", seq: int = 1, rounding: int = 0,
                refund_of: str | None = None, shift: str | None = "SH-K01-000001", at: datetime = AT) -> dict:
    """A schema-2 ``sale.completed``/``refund.completed`` event with issue-#7 fields.
    ``lines``: ``(sku, qty text, unit price, line discount, order discount share, list price or
    None)``, all fen, signed as the till sends them (negative for a refund)."""
    products = _catalogue()
    recs, nets, order = [], 0, 0
    for sku, qty, price, discount, share, list_price in lines:
        qty_milli = int(float(qty) * 1000)
        line_total = price * qty_milli // 1000
        assert line_total * 1000 == price * qty_milli  # whole fen only in these tests
        recs.append({"sku": sku, "name_bo": "ཚོང་ཟོག", "name_zh": "商品", "name_en": "Goods", "unit": "piece",
                     "qty": qty, "unit_price_fen": price, "line_total_fen": line_total,
                     "category": products[sku]["category"], "cooperative": products[sku]["cooperative"],
                     "discount_fen": discount, "order_discount_fen": share, "list_price_fen": list_price})
        nets += line_total - discount - share
        order += share
    total = nets + rounding
    tendered = -(-total // 1000) * 1000 if kind == "sale" else total  # a sale is paid in whole ￥10 notes
    sale = {"uuid": str(uuid_mod.uuid4()), "number": f"{terminal}-{'R' if kind == 'refund' else ''}{seq:06d}",
            "kind": kind, "completed_at": utc(at), "utc_offset_min": 480, "terminal": terminal, "cashier": "Padma",
            "total_fen": total, "change_fen": tendered - total, "discount_fen": order, "rounding_fen": rounding,
            "shift": shift, "lines": recs,
            "payments": [{"method": "cash", "amount_fen": tendered, "change_fen": tendered - total,
                          "reference": None}]}
    if kind == "refund":
        sale["refund_of"] = refund_of
    return {"uuid": str(uuid_mod.uuid4()), "seq": seq, "kind": f"{kind}.completed", "created_at": utc(at),
            "payload": {"schema": 2, "sale": sale}}


#: ￥44 of flour less 10 %, 3 yoghurts, a wine sold at ￥30 instead of ￥35 (manager's override);
#: 10 % off the whole sale (936 fen, shared by the lines' nets: 396, 240, 300); 84.24 → 84.20
DISCOUNTED = [("GRAIN-001", "2", 2200, 440, 396, None), ("DAIRY-001", "3", 800, 0, 240, None),
              ("WINE-001", "1", 3000, 0, 300, 3500)]
#: one bag of flour back: its share of both discounts goes back too
REFUNDED = [("GRAIN-001", "-1", 2200, -220, -198, None)]


def event(kind: str, key: str, body: dict, seq: int = 1, at: datetime = AT) -> dict:
    return {"uuid": str(uuid_mod.uuid4()), "seq": seq, "kind": kind, "created_at": utc(at),
            "payload": {"schema": 2, key: body}}


def shift_opened(number: str, seq: int = 1, float_fen: int = 20000) -> dict:
    return event("shift.opened", "shift", {"uuid": str(uuid_mod.uuid4()), "number": number, "opened_at": utc(AT),
                                           "utc_offset_min": 480, "opened_by": "Padma", "float_fen": float_fen}, seq)


def cash_moved(shift: str, kind: str, amount: int, seq: int = 1) -> dict:
    return event("shift.cash_moved", "movement", {"uuid": str(uuid_mod.uuid4()), "shift": shift, "kind": kind,
                                                  "amount_fen": amount, "reason": "change from the bank",
                                                  "user": "Padma", "at": utc(AT), "utc_offset_min": 480}, seq)


def shift_closed(number: str, shift: str, seq: int = 1, by_method=None, expected: int = 26640,
                 counted: int = 26600) -> dict:
    by_method = by_method if by_method is not None else [
        {"method": "cash", "sales_fen": 8420, "refunds_fen": -1782, "net_fen": 6638},
        {"method": "wechat", "sales_fen": 3500, "refunds_fen": 0, "net_fen": 3500}]
    return event("shift.closed", "z_report", {
        "number": number, "shift": shift, "shift_uuid": str(uuid_mod.uuid4()), "opened_at": utc(AT),
        "closed_at": utc(AT + timedelta(hours=8)), "utc_offset_min": 480, "opened_by": "Padma", "closed_by": "Dawa",
        "float_fen": 20000, "sales_count": 2, "refunds_count": 1, "by_method": by_method, "cash_in_fen": 2000,
        "cash_out_fen": 0, "expected_cash_fen": expected, "counted_cash_fen": counted,
        "over_short_fen": counted - expected, "counted": {"10000": 2, "5000": 1, "1000": 1, "500": 1, "100": 1},
        "discounts_fen": 1376, "rounding_fen": -4}, seq)


def audit(action: str, seq: int = 1, user: str = "Padma", approved_by: str | None = None,
          details: dict | None = None, at: datetime = AT) -> dict:
    return event("audit.recorded", "entry", {"uuid": str(uuid_mod.uuid4()), "at": utc(at), "utc_offset_min": 480,
                                             "user": user, "action": action, "approved_by": approved_by,
                                             "details": details if details is not None else {}}, seq)


def statuses(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [x["status"] for x in response.json()["results"]]


@pytest.fixture(scope="module")
def hall(new_database, start_server):
    """A fresh server (its reports hold only this module's events) and an admin token."""
    db_url = new_database()
    import_demo_catalogue(db_url)
    server = start_server(db_url)
    server.admin = cli_json(db_url, "admin-token")["token"]
    return server


# ---------------------------------------------------------------- sales with discounts

def test_discounted_sale_and_refund_are_stored_and_reported_net(new_database, start_server):
    hall = start_server(new_database())  # its reports hold these two events only
    hall.admin = cli_json(hall.db_url, "admin-token")["token"]
    token = enrol(hall, "K01")
    sale = priced_sale("K01", DISCOUNTED, seq=1, rounding=-4)
    refund = priced_sale("K01", REFUNDED, kind="refund", seq=2, refund_of=sale["payload"]["sale"]["uuid"])
    assert sale["payload"]["sale"]["total_fen"] == 8420 and refund["payload"]["sale"]["total_fen"] == -1782
    assert statuses(push(hall, token, batch("K01", [sale, refund], schema=2))) == ["accepted", "accepted"]
    assert statuses(push(hall, token, batch("K01", [sale, refund], schema=2))) == ["duplicate", "duplicate"]

    rows = query(hall.db_url, "SELECT kind, total_fen, discount_fen, rounding_fen, shift FROM sales "
                 "WHERE terminal_code = 'K01' ORDER BY id")
    assert [tuple(r) for r in rows] == [("sale", 8420, 936, -4, "SH-K01-000001"),
                                        ("refund", -1782, -198, 0, "SH-K01-000001")]
    lines = query(hall.db_url, "SELECT l.sku, l.line_total_fen, l.discount_fen, l.order_discount_fen, "
                  "l.list_price_fen FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                  "WHERE s.terminal_code = 'K01' ORDER BY l.id")
    assert [tuple(r) for r in lines] == [("GRAIN-001", 4400, 440, 396, None), ("DAIRY-001", 2400, 0, 240, None),
                                         ("WINE-001", 3000, 0, 300, 3500), ("GRAIN-001", -2200, -220, -198, None)]

    # what the goods sold for, per cooperative and category: the lines' nets
    expected = {"cooperative": {"CHAMCHEN": 2700, "JIANGSE": 3564 - 1782, "SAILONG": 2160},
                "category": {"DAIRY": 2160, "DRINK": 2700, "GRAIN": 3564 - 1782}}
    for by, totals in expected.items():
        r = httpx.get(f"{hall.url}{API}/reports/sales", params={"by": by}, headers=auth(hall.admin))
        assert r.status_code == 200
        assert {x["key"]: x["total_fen"] for x in r.json()} == totals
        assert all(x["sales"] == 1 for x in r.json())
        assert cli_json(hall.db_url, "report", "sales", "--by", by) == r.json()
        # the same money as the sales' totals, less their cash rounding
        assert sum(totals.values()) == (8420 - 1782) - (-4)
    by_terminal = cli_json(hall.db_url, "report", "sales", "--by", "terminal")
    assert by_terminal == [{"key": "K01", "sales": 1, "total_fen": 8420 - 1782}]


def test_sales_without_the_new_fields_are_checked_as_before(hall):
    """An old till's event (no discount, rounding or shift) is accepted and stored with 0/NULL;
    a wrong total gets the reason it always got."""
    token = enrol(hall, "K02")
    old = sale_event("K02", [("GRAIN-001", "2", 2200)], seq=1)
    bad = sale_event("K02", [("GRAIN-001", "1", 2200)], seq=2)
    bad["payload"]["sale"]["total_fen"] = 2000
    res = push(hall, token, batch("K02", [old, bad])).json()["results"]
    assert [x["status"] for x in res] == ["accepted", "rejected"]
    assert "line totals sum to 2200 fen, total_fen is 2000" in res[1]["reason"]
    row = query(hall.db_url, "SELECT s.discount_fen, s.rounding_fen, s.shift, l.discount_fen, l.order_discount_fen, "
                "l.list_price_fen FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.terminal_code = 'K02'")
    assert tuple(row[0]) == (0, 0, None, 0, 0, None)


def _broken(mutate, lines=DISCOUNTED, kind="sale", rounding=-4, refund_of=None) -> dict:
    ev = priced_sale("K03", lines, kind=kind, rounding=rounding, refund_of=refund_of)
    mutate(ev["payload"]["sale"])
    return ev


def test_inconsistent_discounted_sales_are_rejected_with_the_numbers(hall):
    token = enrol(hall, "K03")
    good = priced_sale("K03", DISCOUNTED, rounding=-4)

    def total(s):  # one fen too much: the rounding was not applied to the total
        s["total_fen"] += 4
        s["payments"][0]["change_fen"] -= 4

    def share(s):  # a line's share of the order discount is lost
        s["lines"][1]["order_discount_fen"] = 0

    def rounding(s):  # a rounding of a whole yuan is not rounding
        s["rounding_fen"] = -100

    def negative_net(s):  # a discount above what the line is worth
        s["lines"][2]["discount_fen"] = 2800
        s["total_fen"] -= 2800
        s["payments"][0]["change_fen"] += 2800

    def discount_sign(s):
        s["discount_fen"] = -936

    def not_a_number(s):
        s["lines"][0]["discount_fen"] = "440"

    def overridden_price(s):
        s["lines"][2]["list_price_fen"] = -1

    def sale_below_zero(s):  # 3 fen of goods "rounded" to −4 fen
        s["lines"] = [{**s["lines"][1], "qty": "1", "unit_price_fen": 3, "line_total_fen": 3,
                       "order_discount_fen": 0}]
        s["discount_fen"] = 0
        s["total_fen"] = -1
        s["payments"] = [{"method": "cash", "amount_fen": -1, "change_fen": 0, "reference": None}]

    events = [_broken(f) for f in (total, share, rounding, negative_net, discount_sign, not_a_number,
                                   overridden_price, sale_below_zero)]
    refund_up = priced_sale("K03", [("GRAIN-001", "-1", 2200, -2300, 0, None)], kind="refund",
                            refund_of=good["payload"]["sale"]["uuid"])  # gives back more than was paid
    res = push(hall, token, batch("K03", [good, *events, refund_up], schema=2)).json()["results"]
    assert [x["status"] for x in res] == ["accepted"] + ["rejected"] * 9, res
    reasons = [x["reason"] for x in res[1:]]
    assert ("line totals sum to 9800 fen, less discounts of 1376 fen plus rounding of -4 fen is 8420 fen, "
            "total_fen is 8424") in reasons[0]
    assert "less discounts of 1136 fen plus rounding of -4 fen is 8660 fen, total_fen is 8420" in reasons[1]
    assert "rounding_fen" in reasons[2] and "-99" in reasons[2]
    assert "line 3: 3000 fen less discounts of 2800 and 300 fen is -100 fen" in reasons[3]
    assert "discount_fen is -936" in reasons[4]
    assert "discount_fen" in reasons[5] and "integer" in reasons[5]
    assert "list_price_fen" in reasons[6]
    assert "total_fen is -1; a sale's total must be at least 0" in reasons[7]
    assert "line 1: -2200 fen less discounts of -2300 and 0 fen is 100 fen; a refund line's net must be at most 0" \
        in reasons[8]
    assert query(hall.db_url, "SELECT count(*) FROM sales WHERE terminal_code = 'K03'")[0][0] == 1


def test_sale_payload_rules_in_process():
    """The model alone: the new rules, and old records exactly as before."""
    from pydantic import ValidationError

    from yarlung_pos.server import models as m

    def check(ev):
        return m.SalePayload.model_validate(ev["payload"])

    p = check(priced_sale("K04", DISCOUNTED, rounding=-4))
    assert [ln.net_fen for ln in p.sale.lines] == [3564, 2160, 2700] and p.sale.rounding_fen == -4
    for rounding in (99, -99):
        ev = priced_sale("K04", DISCOUNTED, rounding=rounding)
        assert check(ev).sale.total_fen == 8424 + rounding
    for rounding in (100, -100):
        with pytest.raises(ValidationError, match="rounding_fen"):
            check(priced_sale("K04", DISCOUNTED, rounding=rounding))
    old = sale_event("K04", [("GRAIN-001", "2", 2200), ("GRAIN-002", "0.735", 1600)])
    assert check(old).sale.lines[1].line_total_fen == 1176
    old["payload"]["sale"]["lines"][1]["line_total_fen"] = 1175
    old["payload"]["sale"]["total_fen"] = old["payload"]["sale"]["payments"][0]["amount_fen"] = 5575
    with pytest.raises(ValidationError, match="1600 fen × 0.735 is 1176 fen, not 1175"):
        check(old)
    # a refund that gives back a line's discount share needs no rounding, and may carry the ±1
    # fen correction on its own discount so that it never gives back more than was paid
    refund = priced_sale("K04", [("GRAIN-001", "-1", 2200, -221, -198, None)], kind="refund",
                         refund_of=str(uuid_mod.uuid4()))
    assert check(refund).sale.total_fen == -1781
    # a refund that reverses the sale's rounding still gives money back, never takes it
    last = priced_sale("K04", [("GRAIN-011", "-0.002", 500, 0, 0, None)], kind="refund", rounding=7,
                       refund_of=str(uuid_mod.uuid4()))
    assert last["payload"]["sale"]["total_fen"] == 6
    with pytest.raises(ValidationError, match="total_fen is 6; a refund's total must be at most 0"):
        check(last)


# ---------------------------------------------------------------- shifts and audit

def test_new_event_kinds_are_accepted_once_and_malformed_ones_rejected(hall):
    token = enrol(hall, "K05")
    opened = shift_opened("SH-K05-000001", seq=1)
    cash_in = cash_moved("SH-K05-000001", "in", 2000, seq=2)
    refund_audit = audit("refund", seq=3, approved_by="Dawa", details={"refund": "K05-R000002", "lines": [[1, "1"]]})
    drawer = audit("drawer_opened", seq=4, details={})
    closed = shift_closed("Z-K05-000001", "SH-K05-000001", seq=5)
    good = [opened, cash_in, refund_audit, drawer, closed]
    assert statuses(push(hall, token, batch("K05", good, schema=2))) == ["accepted"] * 5
    assert statuses(push(hall, token, batch("K05", good, schema=2))) == ["duplicate"] * 5

    def broken(ev, change):
        ev = json.loads(json.dumps(ev))
        ev["uuid"] = str(uuid_mod.uuid4())
        change(ev["payload"])
        return ev

    bad = [
        broken(cash_in, lambda p: p["movement"].update(amount_fen=0)),
        broken(cash_in, lambda p: p["movement"].update(kind="sideways")),
        broken(cash_in, lambda p: p["movement"].update(reason="x" * 501)),
        broken(opened, lambda p: p["shift"].update(float_fen="200")),
        broken(opened, lambda p: p["shift"].update(opened_at="2026-11-29T14:05:00")),
        broken(closed, lambda p: p["z_report"]["by_method"][0].update(net_fen=1)),
        broken(closed, lambda p: p["z_report"]["by_method"][0].update(refunds_fen=5)),
        broken(closed, lambda p: p["z_report"].pop("number")),
        broken(closed, lambda p: p["z_report"].update(counted={"ten yuan": 1})),
        broken(drawer, lambda p: p["entry"].update(details="opened")),
        broken(drawer, lambda p: p["entry"].update(details={"x": "y" * 17000})),
        broken(drawer, lambda p: p["entry"].update(action="")),
        broken(drawer, lambda p: p["entry"].update(action="a" * 65)),
        broken(drawer, lambda p: p["entry"].update(user="Pad\x00ma")),
        # the same Z report or audit entry in another event: kept once
        broken(closed, lambda p: None),
        broken(refund_audit, lambda p: None),
    ]
    res = push(hall, token, batch("K05", bad, schema=2)).json()["results"]
    assert [x["status"] for x in res] == ["rejected"] * len(bad)
    reasons = [x["reason"] for x in res]
    assert "payload.movement.amount_fen" in reasons[0]
    assert "payload.movement.kind" in reasons[1]
    assert "payload.movement.reason" in reasons[2]
    assert "payload.shift.float_fen" in reasons[3]
    assert "payload.shift.opened_at" in reasons[4]
    assert "cash: sales 8420 fen plus refunds -1782 fen is 6638 fen, net_fen is 1" in reasons[5]
    assert "refunds_fen" in reasons[6]
    assert "payload.z_report.number" in reasons[7] and "Field required" in reasons[7]
    assert "payload.z_report.counted" in reasons[8]
    assert "payload.entry.details" in reasons[9]
    assert "details are 17" in reasons[10] and "at most 16384" in reasons[10]
    assert "payload.entry.action" in reasons[11] and "payload.entry.action" in reasons[12]
    assert "NUL" in reasons[13]
    assert "Z report Z-K05-000001 was already received in another event" in reasons[14]
    assert f"audit entry {refund_audit['payload']['entry']['uuid']} was already received" in reasons[15]
    # again: the same answers
    assert statuses(push(hall, token, batch("K05", bad, schema=2))) == ["rejected"] * len(bad)
    counts = {t: query(hall.db_url, f"SELECT count(*) FROM {t} WHERE terminal_code = 'K05'")[0][0]
              for t in ("events", "shifts", "audit_entries", "rejected_events")}
    assert counts == {"events": 5, "shifts": 1, "audit_entries": 2, "rejected_events": 2 * len(bad)}
    z = query(hall.db_url, "SELECT number, shift, opened_by, closed_by, float_fen, expected_cash_fen, "
              "counted_cash_fen, over_short_fen, by_method, counted, event_uuid FROM shifts WHERE terminal_code = 'K05'")
    assert tuple(z[0][:8]) == ("Z-K05-000001", "SH-K05-000001", "Padma", "Dawa", 20000, 26640, 26600, -40)
    assert json.loads(z[0][8]) == closed["payload"]["z_report"]["by_method"]
    assert json.loads(z[0][9]) == {"10000": 2, "5000": 1, "1000": 1, "500": 1, "100": 1}
    assert z[0][10] == closed["uuid"]
    entries = query(hall.db_url, "SELECT action, user_name, approved_by, details FROM audit_entries "
                    "WHERE terminal_code = 'K05' ORDER BY id")
    assert [(a, u, b, json.loads(d)) for a, u, b, d in entries] == [
        ("refund", "Padma", "Dawa", {"refund": "K05-R000002", "lines": [[1, "1"]]}),
        ("drawer_opened", "Padma", None, {})]


def test_a_z_number_is_per_terminal(hall):
    """Two tills each have their Z-…-000001; the same number twice from one till is refused."""
    a, b = enrol(hall, "K06"), enrol(hall, "K07")
    assert statuses(push(hall, a, batch("K06", [shift_closed("Z-000001", "SH-1")]))) == ["accepted"]
    assert statuses(push(hall, b, batch("K07", [shift_closed("Z-000001", "SH-1")]))) == ["accepted"]
    res = push(hall, a, batch("K06", [shift_closed("Z-000001", "SH-2", seq=2)])).json()["results"][0]
    assert res["status"] == "rejected" and "already received in another event" in res["reason"]


@pytest.mark.parametrize("path", ["all-at-once", "one-by-one"])
def test_both_push_paths_store_shifts_and_audit_alike(new_database, monkeypatch, path):
    from yarlung_pos.server import models as m
    from yarlung_pos.server import push as push_service
    from yarlung_pos.server import terminals
    from yarlung_pos.server.database import Database

    force_push_path(monkeypatch, path)
    url = new_database()
    db = Database(url)
    db.migrate()
    try:
        terminals.add_terminal(db, "S01")
        terminals.add_terminal(db, "S02")
        entry = audit("login_failed", user="nobody", details={"attempts": 3})
        assert push_service.push_batch(db, "S02", m.BatchCreate.model_validate(batch("S02", [entry])))[0]["status"] \
            == "accepted"
        z = shift_closed("Z-S01-000001", "SH-S01-000001", seq=1)
        z_again = {**z, "uuid": str(uuid_mod.uuid4()), "seq": 2}
        entry_here = {**entry, "uuid": str(uuid_mod.uuid4()), "seq": 3}  # an entry another till sent
        own = audit("price_override", seq=4, approved_by="Dawa", details={"sku": "WINE-001", "from": 3500, "to": 3000})
        opened = shift_opened("SH-S01-000002", seq=5)
        body = batch("S01", [z, z_again, entry_here, own, own, opened, z])
        res = push_service.push_batch(db, "S01", m.BatchCreate.model_validate(body))
    finally:
        db.close()
    assert [r["status"] for r in res] == ["accepted", "rejected", "rejected", "accepted", "duplicate", "accepted",
                                          "duplicate"]
    assert "Z report Z-S01-000001 was already received in another event" in res[1]["reason"]
    assert "was already received in another event" in res[2]["reason"]
    assert query(url, "SELECT count(*) FROM shifts")[0][0] == 1
    assert [tuple(r) for r in query(url, "SELECT terminal_code, action FROM audit_entries ORDER BY id")] == [
        ("S02", "login_failed"), ("S01", "price_override")]
    assert query(url, "SELECT count(*) FROM events WHERE terminal_code = 'S01'")[0][0] == 3


# ---------------------------------------------------------------- reports

@pytest.fixture(scope="module")
def logged(hall):
    """Two tills' shifts and audit entries on the module's server."""
    t1, t2 = enrol(hall, "L01"), enrol(hall, "L02")
    first = [shift_closed("Z-L01-000001", "SH-L01-000001", seq=1),
             shift_closed("Z-L01-000002", "SH-L01-000002", seq=2, by_method=[
                 {"method": "alipay", "sales_fen": 1000, "refunds_fen": -200, "net_fen": 800}],
                 expected=20000, counted=20100),
             audit("refund", seq=3, approved_by="Dawa", details={"refund": "L01-R000003", "total_fen": -2200}),
             audit("price_override", seq=4, approved_by="Dawa", details={"sku": "WINE-001", "to": 3000},
                   at=AT + timedelta(minutes=1))]
    second = [shift_closed("Z-L02-000001", "SH-L02-000001", seq=1, by_method=[]),
              audit("refund", seq=2, user="Lhamo", details={"note": "ཆང་ 青稞酒, \"quoted\"\nline"},
                    at=AT - timedelta(minutes=1))]
    assert statuses(push(hall, t1, batch("L01", first, schema=2))) == ["accepted"] * 4
    assert statuses(push(hall, t2, batch("L02", second, schema=2))) == ["accepted"] * 2
    hall.logged = first + second
    return hall


def test_report_shifts(logged):
    doc = cli_json(logged.db_url, "report", "shifts", "--terminal", "l01")
    assert doc == [
        {"terminal": "L01", "number": "Z-L01-000001", "shift": "SH-L01-000001", "closed_at": "2026-11-29T14:05:00.000000+00:00",
         "closed_by": "Dawa", "expected_cash_fen": 26640, "counted_cash_fen": 26600, "over_short_fen": -40,
         "net_by_method": {"cash": 6638, "wechat": 3500}},
        {"terminal": "L01", "number": "Z-L01-000002", "shift": "SH-L01-000002", "closed_at": doc[0]["closed_at"],
         "closed_by": "Dawa", "expected_cash_fen": 20000, "counted_cash_fen": 20100, "over_short_fen": 100,
         "net_by_method": {"alipay": 800}}]
    every = cli_json(logged.db_url, "report", "shifts")
    assert [r["number"] for r in every if r["terminal"] in ("L01", "L02")] == [
        "Z-L01-000001", "Z-L01-000002", "Z-L02-000001"]
    code, out, err = cli(logged.db_url, "report", "shifts", "--terminal", "L01", "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["terminal", "number", "shift", "closed_at", "closed_by", "expected_cash_fen",
                             "counted_cash_fen", "over_short_fen", "net_alipay_fen", "net_cash_fen", "net_wechat_fen"]
    assert [(r["number"], r["net_alipay_fen"], r["net_cash_fen"], r["net_wechat_fen"]) for r in rows] == [
        ("Z-L01-000001", "", "6638", "3500"), ("Z-L01-000002", "800", "", "")]
    code, out, err = cli(logged.db_url, "report", "shifts", "--terminal", "L02")
    assert code == 0 and "Z-L02-000001" in out and "over_short_fen" in out
    r = httpx.get(f"{logged.url}{API}/reports/shifts", params={"terminal": "L01"}, headers=auth(logged.admin))
    assert r.status_code == 200 and r.json() == doc
    r = httpx.get(f"{logged.url}{API}/reports/shifts", params={"terminal": "L01", "format": "csv"},
                  headers=auth(logged.admin))
    assert r.headers["content-type"].startswith("text/csv") and list(csv.DictReader(io.StringIO(r.text))) == rows


def test_report_audit(logged):
    doc = cli_json(logged.db_url, "report", "audit", "--action", "refund")
    mine = [r for r in doc if r["terminal"] in ("L01", "L02")]
    assert [(r["terminal"], r["user"], r["approved_by"]) for r in mine] == [("L02", "Lhamo", None),
                                                                           ("L01", "Padma", "Dawa")]  # oldest first
    assert mine[0]["details"] == {"note": "ཆང་ 青稞酒, \"quoted\"\nline"}
    assert set(mine[0]) == {"uuid", "terminal", "at", "user", "action", "approved_by", "details"}
    assert mine[0]["uuid"] == logged.logged[-1]["payload"]["entry"]["uuid"]
    assert [r["action"] for r in cli_json(logged.db_url, "report", "audit", "--terminal", "L01")] == [
        "refund", "price_override"]
    assert cli_json(logged.db_url, "report", "audit", "--terminal", "L01", "--action", "nothing") == []
    code, out, err = cli(logged.db_url, "report", "audit", "--terminal", "L02", "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1 and json.loads(rows[0]["details"]) == mine[0]["details"]
    assert list(rows[0]) == ["uuid", "terminal", "at", "user", "action", "approved_by", "details"]
    # --json prints exactly one JSON document, also on a mistake
    code, out, err = cli(logged.db_url, "report", "audit", "--terminal", "not a code!", "--json")
    assert code == 1 and "terminal code" in err and set(json.loads(out)) == {"error"}
    r = httpx.get(f"{logged.url}{API}/reports/audit", params={"terminal": "L01", "action": "price_override"},
                  headers=auth(logged.admin))
    assert r.status_code == 200 and [x["details"] for x in r.json()] == [{"sku": "WINE-001", "to": 3000}]
    r = httpx.get(f"{logged.url}{API}/reports/audit", params={"terminal": "L02", "format": "csv"},
                  headers=auth(logged.admin))
    assert list(csv.DictReader(io.StringIO(r.text))) == rows
    r = httpx.get(f"{logged.url}{API}/reports/audit", params={"terminal": "not a code"}, headers=auth(logged.admin))
    assert r.status_code == 400 and "terminal code" in r.json()["detail"]
    till = enrol(logged, "L03")
    for path in ("shifts", "audit"):
        assert httpx.get(f"{logged.url}{API}/reports/{path}", headers=auth(till)).status_code == 403
        assert httpx.get(f"{logged.url}{API}/reports/{path}").status_code == 401


# ---------------------------------------------------------------- migration

def test_s0001_database_with_data_migrates_to_s0002(new_database):
    """A server database of revision s0001 holding a sale keeps it (no discount, no rounding)
    and takes issue-#7 events afterwards."""
    from alembic import command
    from alembic.config import Config

    from yarlung_pos.server import models as m
    from yarlung_pos.server import push as push_service
    from yarlung_pos.server import reports
    from yarlung_pos.server.database import MIGRATIONS_DIR, Database, make_engine

    url = new_database()
    engine = make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:  # an s0001 server's database and what it received
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "s0001")
        conn.execute(text("INSERT INTO terminals (code, created_at) VALUES ('M01', '2026-11-01T00:00:00+00:00')"))
        conn.execute(text(
            "INSERT INTO events (uuid, terminal_code, seq, kind, schema, created_at, received_at, payload) "
            "VALUES ('e0000000-0000-4000-8000-000000000001', 'M01', 1, 'sale.completed', 1, :t, :t, '{}')"),
            {"t": "2026-11-28T06:00:00.000000+00:00"})
        conn.execute(text(
            "INSERT INTO sales (uuid, event_uuid, terminal_code, number, kind, completed_at, utc_offset_min, "
            "local_date, cashier, total_fen, change_fen, refund_of, received_at) VALUES "
            "('50000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000001', 'M01', 'M01-000001', "
            "'sale', :t, 480, '2026-11-28', 'Padma', 5100, 0, NULL, :t)"), {"t": "2026-11-28T06:00:00.000000+00:00"})
        sale_id = conn.execute(text("SELECT id FROM sales")).scalar()
        conn.execute(text(
            "INSERT INTO sale_lines (sale_id, line_no, sku, name_bo, name_zh, name_en, unit, qty_milli, "
            "unit_price_fen, line_total_fen, category, cooperative) VALUES "
            "(:s, 1, 'GRAIN-001', 'a', 'b', 'c', 'bag', 1000, 2200, 2200, 'GRAIN', 'JIANGSE'), "
            "(:s, 2, 'OIL-001', 'a', 'b', 'c', 'bottle', 1000, 2900, 2900, 'GRAIN', 'AJIA')"), {"s": sale_id})
        conn.execute(text("INSERT INTO payments (sale_id, method, amount_fen, change_fen) VALUES (:s, 'cash', 5100, 0)"),
                     {"s": sale_id})
        assert {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))} == {"s0001"}
        tables = set(engine.dialect.get_table_names(conn))
        assert "shifts" not in tables and "audit_entries" not in tables
    engine.dispose()

    db = Database(url)
    try:
        db.migrate()
        assert [tuple(r) for r in query(url, "SELECT discount_fen, rounding_fen, shift FROM sales")] == [(0, 0, None)]
        assert [tuple(r) for r in query(url, "SELECT discount_fen, order_discount_fen, list_price_fen FROM sale_lines "
                                             "ORDER BY line_no")] == [(0, 0, None), (0, 0, None)]
        assert reports.sales_report(db, "cooperative") == [{"key": "AJIA", "sales": 1, "total_fen": 2900},
                                                           {"key": "JIANGSE", "sales": 1, "total_fen": 2200}]
        assert query(url, "SELECT count(*) FROM payments")[0][0] == 1
        # and the new events are taken
        token_less = m.BatchCreate.model_validate(batch("M01", [
            priced_sale("M01", DISCOUNTED, rounding=-4, seq=2), shift_closed("Z-M01-000001", "SH-M01-000001", seq=3),
            audit("shift_closed", seq=4)], schema=2))
        assert [r["status"] for r in push_service.push_batch(db, "M01", token_less)] == ["accepted"] * 3
        assert reports.sales_report(db, "terminal") == [{"key": "M01", "sales": 2, "total_fen": 5100 + 8420}]
        assert [r["number"] for r in reports.shifts_report(db)] == ["Z-M01-000001"]
        assert [r["action"] for r in reports.audit_report(db, "M01")] == ["shift_closed"]
    finally:
        db.close()
    # the way back (s0002 → s0001) keeps the sales too
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "s0001")
    engine.dispose()
    assert query(url, "SELECT count(*), sum(total_fen) FROM sales")[0] == (2, 5100 + 8420)
    assert query(url, "SELECT count(*) FROM sale_lines")[0][0] == 5
    db = Database(url)
    try:
        db.migrate()
    finally:
        db.close()
    assert query(url, "SELECT sum(rounding_fen) FROM sales")[0][0] == 0  # what s0001 kept: no rounding


def test_stock_events_are_unchanged(hall):
    """A refund of a discounted sale puts its goods back like any refund."""
    token = enrol(hall, "K08")
    sale = priced_sale("K08", DISCOUNTED, rounding=-4, seq=1)
    refund = priced_sale("K08", REFUNDED, kind="refund", seq=2, refund_of=sale["payload"]["sale"]["uuid"])
    adjust = stock_event("stock.adjusted", {"sku": "WINE-001", "qty": "-1", "reason": "damaged", "note": ""}, seq=3)
    assert statuses(push(hall, token, batch("K08", [sale, refund, adjust], schema=2))) == ["accepted"] * 3
    moves = query(hall.db_url, "SELECT sku, sum(qty_milli) FROM stock_moves WHERE terminal_code = 'K08' "
                  "GROUP BY sku ORDER BY sku")
    assert [tuple(r) for r in moves] == [("DAIRY-001", -3000), ("GRAIN-001", -1000), ("WINE-001", -2000)]


# ---------------------------------------------------------------- the real till

def test_a_real_tills_shift_with_discounts_is_accepted_and_reported(new_database, start_server, tmp_path):
    """The outbox of a real terminal database — shift opened, a sale with a line discount, a
    price override, a whole-sale discount and cash rounding, a partial refund, cash taken out,
    the shift closed — pushed as it is: every event accepted; the county's Z report is the
    till's; the sales by cooperative are the lines' nets."""
    from collections import defaultdict

    from sqlalchemy import select

    from yarlung_pos.db.schema import OutboxRow
    from yarlung_pos.db.store import Store, set_setting
    from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
    from yarlung_pos.domain.pricing import Discount
    from yarlung_pos.services.catalogue import lookup_code
    from yarlung_pos.services.demo import load_demo
    from yarlung_pos.services.refunds import refund_sale
    from yarlung_pos.services.sales import complete_sale
    from yarlung_pos.services.shifts import close_shift, move_cash, open_shift

    db_url = new_database()
    import_demo_catalogue(db_url)  # the till sends payload schema 1: cooperatives from the server's catalogue
    hall = start_server(db_url)
    token = enrol(hall, "T11")
    at = datetime(2026, 11, 29, 14, 5, tzinfo=timezone(timedelta(hours=8)))
    clock = lambda: at  # noqa: E731
    store = Store.open(tmp_path / "till.db")
    try:
        assert load_demo(store, clock, DEMO)
        with store.write() as s:
            set_setting(s, "terminal_code", "T11")
        open_shift(store, "Padma", 20000, clock)
        cart = Cart()
        with store.read() as s:
            for code, qty in (("GRAIN-001", "2"), ("DAIRY-001", "3"), ("GRAIN-002", "0.735"), ("WINE-001", "1")):
                cart.set_qty(cart.add(lookup_code(s, code)), qty)
        cart.lines[0].discount = Discount.percent("10")
        cart.lines[3].list_price_fen, cart.lines[3].unit_price_fen = cart.lines[3].unit_price_fen, 3000
        cart.discount = Discount.percent("10")
        sale = complete_sale(store, cart, [Tender(PaymentMethod.CASH, 20000)], "Padma", clock, rounding="drop_fen", actor=MANAGER)
        refund_sale(store, sale.uuid, [(1, "1")], "Padma", clock, approval=approved("refund", "Dawa"))
        move_cash(store, "Padma", "out", 1000, "to the bank", clock, actor=MANAGER)
        z = close_shift(store, "Dawa", {10000: 2, 1000: 1, 100: 3}, clock=clock)
        with store.read() as s:
            outbox = [{"uuid": o.uuid, "seq": o.seq, "kind": o.kind, "created_at": o.created_at,
                       "payload": json.loads(o.payload)} for o in s.scalars(select(OutboxRow).order_by(OutboxRow.seq))]
    finally:
        store.close()
    kinds = {e["kind"] for e in outbox}
    assert kinds >= {"shift.opened", "sale.completed", "refund.completed", "shift.cash_moved", "shift.closed",
                     "audit.recorded"}
    res = push(hall, token, batch("T11", outbox, schema=2)).json()["results"]
    assert [(x["status"], x.get("reason")) for x in res] == [("accepted", None)] * len(outbox)

    sales = [e["payload"]["sale"] for e in outbox if e["kind"] in ("sale.completed", "refund.completed")]
    assert sales[0]["rounding_fen"] != 0 and sales[0]["discount_fen"] > 0  # the case at hand
    nets: dict[str, int] = defaultdict(int)
    products = _catalogue()
    for sale_record in sales:
        for ln in sale_record["lines"]:
            nets[products[ln["sku"]]["cooperative"]] += (ln["line_total_fen"] - ln["discount_fen"]
                                                        - ln["order_discount_fen"])
    by_coop = cli_json(hall.db_url, "report", "sales", "--by", "cooperative")
    assert {x["key"]: x["total_fen"] for x in by_coop} == dict(nets)
    assert sum(nets.values()) == sum(x["total_fen"] - x["rounding_fen"] for x in sales)

    [row] = cli_json(hall.db_url, "report", "shifts", "--terminal", "T11")
    assert row["number"] == z.number and row["shift"] == z.shift and row["closed_by"] == "Dawa"
    assert (row["expected_cash_fen"], row["counted_cash_fen"], row["over_short_fen"]) == (
        z.expected_cash_fen, z.counted_cash_fen, z.over_short_fen)
    assert row["net_by_method"] == {x.method: x.net_fen for x in z.by_method}
    actions = {x["action"] for x in cli_json(hall.db_url, "report", "audit", "--terminal", "T11")}
    assert actions >= {"shift_opened", "refund", "cash_out", "shift_closed"}
    [refund_entry] = cli_json(hall.db_url, "report", "audit", "--terminal", "T11", "--action", "refund")
    assert refund_entry["approved_by"] == "Dawa" and refund_entry["details"]["total_fen"] == sales[1]["total_fen"]
