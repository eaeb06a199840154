"""Wire protocol v1 against a real uvicorn server: enrolment, auth, limits, validation, push."""

from __future__ import annotations

import gzip
import json
import uuid as uuid_mod

import httpx
import pytest

from .conftest import (API, auth, batch, cli, cli_json, enrol, push, query, sale_event, stock_event)

pytestmark = pytest.mark.slow


def test_enrolment_code_is_one_time(srv):
    doc = cli_json(srv.db_url, "terminal", "add", "e01")
    assert doc["terminal"] == "E01" and len(doc["enrolment_code"]) >= 16
    body = {"schema": 1, "enrolment_code": doc["enrolment_code"]}
    r = httpx.post(f"{srv.url}{API}/enrol", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["terminal"] == "E01"
    token = r.json()["token"]
    assert len(token) >= 43
    again = httpx.post(f"{srv.url}{API}/enrol", json=body)
    assert again.status_code == 401 and "used" in again.json()["detail"]
    wrong = httpx.post(f"{srv.url}{API}/enrol", json={"schema": 1, "enrolment_code": "AAAA-BBBB-CCCC-DDDD"})
    assert wrong.status_code == 401
    # the code is typed by people: case and dashes do not matter; the token works
    assert httpx.get(f"{srv.url}{API}/catalogue", headers=auth(token)).status_code == 200
    doc2 = cli_json(srv.db_url, "terminal", "add", "E02")
    loose = doc2["enrolment_code"].replace("-", " ").lower()
    assert httpx.post(f"{srv.url}{API}/enrol", json={"schema": 2, "enrolment_code": loose}).status_code == 200
    assert httpx.post(f"{srv.url}{API}/enrol", json={"schema": 3, "enrolment_code": "X"}).status_code == 422
    listed = {t["terminal"]: t["status"] for t in cli_json(srv.db_url, "terminal", "list")}
    assert listed["E01"] == listed["E02"] == "enrolled"


def test_expired_enrolment_code_is_refused(srv):
    doc = cli_json(srv.db_url, "terminal", "add", "E03", "--expires-days", "1")
    query(srv.db_url, "SELECT 1")  # the code expires in a day; move its expiry into the past
    from sqlalchemy import create_engine, text
    engine = create_engine(srv.db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE terminals SET enrol_expires_at = '2000-01-01T00:00:00.000000+00:00' "
                          "WHERE code = 'E03'"))
    engine.dispose()
    r = httpx.post(f"{srv.url}{API}/enrol", json={"schema": 1, "enrolment_code": doc["enrolment_code"]})
    assert r.status_code == 401 and "expired" in r.json()["detail"]


def test_unknown_and_revoked_tokens_get_401(srv):
    token = enrol(srv, "A01")
    body = batch("A01", [sale_event("A01", [("GRAIN-001", "1", 2200)])])
    for headers in ({}, auth("not-a-token"), {"Authorization": "Basic QWxhZGRpbjpvcGVu"}):
        assert httpx.post(f"{srv.url}{API}/events", json=body, headers=headers).status_code == 401
        assert httpx.get(f"{srv.url}{API}/catalogue", headers=headers).status_code == 401
        assert httpx.get(f"{srv.url}{API}/reports/stock", headers=headers).status_code == 401
    assert push(srv, token, body).status_code == 200
    code, _out, err = cli(srv.db_url, "terminal", "revoke", "A01")
    assert code == 0, err
    r = push(srv, token, body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert httpx.get(f"{srv.url}{API}/catalogue", headers=auth(token)).status_code == 401
    assert {t["terminal"]: t["status"] for t in cli_json(srv.db_url, "terminal", "list")}["A01"] == "revoked"
    # a new enrolment code brings the till back with a new token
    doc = cli_json(srv.db_url, "terminal", "reissue", "A01")
    r = httpx.post(f"{srv.url}{API}/enrol", json={"schema": 1, "enrolment_code": doc["enrolment_code"]})
    assert r.status_code == 200
    assert push(srv, r.json()["token"], body).json()["results"][0]["status"] == "duplicate"
    assert push(srv, token, body).status_code == 401


def test_tokens_are_stored_hashed(srv):
    token = enrol(srv, "A02")
    rows = query(srv.db_url, "SELECT token_hash FROM terminals WHERE code = 'A02'")
    assert rows[0][0] != token and len(rows[0][0]) == 64


def test_terminal_and_admin_tokens_have_their_own_endpoints(srv):
    token = enrol(srv, "A03")
    assert httpx.get(f"{srv.url}{API}/reports/sales?by=day", headers=auth(token)).status_code == 403
    admin_push = push(srv, srv.admin, batch("A03", []))
    assert admin_push.status_code == 403
    assert httpx.get(f"{srv.url}{API}/catalogue", headers=auth(srv.admin)).status_code == 403
    assert httpx.get(f"{srv.url}{API}/reports/sales?by=day", headers=auth(srv.admin)).status_code == 200


def test_event_claiming_another_terminal_gets_403(srv):
    token = enrol(srv, "B01")
    enrol(srv, "B02")
    r = push(srv, token, batch("B02", [sale_event("B02", [("GRAIN-001", "1", 2200)])]))
    assert r.status_code == 403 and "B01" in r.json()["detail"]
    # the envelope says B01, but a sale inside claims B02
    events = [sale_event("B01", [("GRAIN-001", "1", 2200)]), sale_event("B02", [("GRAIN-001", "1", 2200)])]
    r = push(srv, token, batch("B01", events))
    assert r.status_code == 403 and "B02" in r.json()["detail"]
    assert query(srv.db_url, "SELECT count(*) FROM events WHERE terminal_code IN ('B01', 'B02')")[0][0] == 0


def test_request_body_limits_give_413(srv):
    token = enrol(srv, "C01")
    big = json.dumps(batch("C01", [])).encode()[:-2] + b" " * (9 * 1024 * 1024) + b"]}"
    r = httpx.post(f"{srv.url}{API}/events", content=big, headers={**auth(token), "Content-Type": "application/json"})
    assert r.status_code == 413
    # a gzip bomb: small on the wire, above 64 MiB decompressed
    bomb = gzip.compress(b" " * (65 * 1024 * 1024), compresslevel=1)
    assert len(bomb) < 8 * 1024 * 1024
    r = httpx.post(f"{srv.url}{API}/events", content=bomb,
                   headers={**auth(token), "Content-Type": "application/json", "Content-Encoding": "gzip"})
    assert r.status_code == 413
    # a gzipped batch within the limits is fine; broken gzip is refused
    good = batch("C01", [sale_event("C01", [("GRAIN-001", "2", 2200)])])
    r = httpx.post(f"{srv.url}{API}/events", content=gzip.compress(json.dumps(good).encode()),
                   headers={**auth(token), "Content-Type": "application/json", "Content-Encoding": "gzip"})
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "accepted"
    r = httpx.post(f"{srv.url}{API}/events", content=b"\x1f\x8b not gzip",
                   headers={**auth(token), "Content-Type": "application/json", "Content-Encoding": "gzip"})
    assert r.status_code == 400
    r = httpx.post(f"{srv.url}{API}/events", content=json.dumps(good).encode(),
                   headers={**auth(token), "Content-Type": "application/json", "Content-Encoding": "br"})
    assert r.status_code == 415


def test_malformed_requests_get_422_with_a_reason(srv):
    token = enrol(srv, "D01")
    h = {**auth(token), "Content-Type": "application/json"}
    r = httpx.post(f"{srv.url}{API}/events", content=b'{"schema": 1, "terminal": ', headers=h)
    assert r.status_code == 422 and isinstance(r.json()["detail"], str) and r.json()["detail"]
    r = push(srv, token, {"schema": 1, "terminal": "D01", "events": []})
    assert r.status_code == 422 and "sent_at" in r.json()["detail"]
    r = push(srv, token, {"schema": 1, "terminal": "D01", "sent_at": "yesterday", "events": []})
    assert r.status_code == 422 and "sent_at" in r.json()["detail"]
    r = push(srv, token, {**batch("D01", []), "events": {"not": "a list"}})
    assert r.status_code == 422
    r = push(srv, token, [1, 2, 3])
    assert r.status_code == 422
    r = httpx.get(f"{srv.url}{API}/catalogue?cursor=-1", headers=auth(token))
    assert r.status_code == 422 and "cursor" in r.json()["detail"]
    r = httpx.get(f"{srv.url}{API}/reports/sales?by=weekday", headers=auth(srv.admin))
    assert r.status_code == 422 and "by" in r.json()["detail"]


def test_schema_versions_current_and_previous_are_accepted(srv):
    token = enrol(srv, "D02")
    for version in (1, 2):
        r = push(srv, token, batch("D02", [sale_event("D02", [("GRAIN-001", "1", 2200)])], schema=version))
        assert r.status_code == 200 and r.json()["results"][0]["status"] == "accepted"
    for version in (3, 0, "1", True):
        r = push(srv, token, batch("D02", [], schema=version))
        assert r.status_code == 422, version
    r = push(srv, token, batch("D02", [], schema=3))
    assert "unsupported schema version 3" in r.json()["detail"]
    # payload schema 3 is refused per event; payload schema 2 needs the line snapshot
    ev3 = sale_event("D02", [("GRAIN-001", "1", 2200)])
    ev3["payload"]["schema"] = 3
    ev2 = sale_event("D02", [("GRAIN-001", "1", 2200)])
    ev2["payload"]["schema"] = 2
    ev2ok = sale_event("D02", [("GRAIN-001", "1", 2200)])
    ev2ok["payload"]["schema"] = 2
    ev2ok["payload"]["sale"]["lines"][0].update(category="DAIRY", cooperative="JIANGSE")
    res = push(srv, token, batch("D02", [ev3, ev2, ev2ok], schema=2)).json()["results"]
    assert [x["status"] for x in res] == ["rejected", "rejected", "accepted"]
    assert "schema version 3" in res[0]["reason"] and "category" in res[1]["reason"]
    row = query(srv.db_url, "SELECT category, cooperative FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                "WHERE s.uuid = :u", u=ev2ok["payload"]["sale"]["uuid"])
    assert tuple(row[0]) == ("DAIRY", "JIANGSE")  # the till's snapshot wins over the server catalogue


def test_each_event_gets_its_own_answer(srv):
    token = enrol(srv, "F01")
    first = sale_event("F01", [("GRAIN-001", "2", 2200), ("DAIRY-001", "1", 3800)], seq=1)
    assert push(srv, token, batch("F01", [first])).json()["results"][0]["status"] == "accepted"

    bad_total = sale_event("F01", [("GRAIN-001", "1", 2200)], seq=2)
    bad_total["payload"]["sale"]["total_fen"] = 9999
    bad_pay = sale_event("F01", [("GRAIN-001", "1", 2200)], seq=3)
    bad_pay["payload"]["sale"]["payments"][0]["amount_fen"] = 100
    unknown = stock_event("drawer.repainted", {"colour": "red"}, seq=4)
    missing = sale_event("F01", [("GRAIN-001", "1", 2200)], seq=5)
    del missing["payload"]["sale"]["lines"][0]["qty"]
    no_uuid = stock_event("stock.adjusted", {"sku": "GRAIN-001", "qty": "1", "reason": "gift", "note": ""}, seq=6)
    del no_uuid["uuid"]
    good_sale = sale_event("F01", [("GRAIN-001", "3", 2200)], seq=7, tendered_extra=400)
    adjust = stock_event("stock.adjusted", {"sku": "GRAIN-001", "qty": "-2", "reason": "damaged", "note": "wet"}, seq=8)
    events = [first, bad_total, bad_pay, unknown, missing, "not an object", no_uuid, good_sale, adjust, good_sale]
    r = push(srv, token, batch("F01", events))
    assert r.status_code == 200, r.text
    res = r.json()["results"]
    assert [x["status"] for x in res] == ["duplicate", "rejected", "rejected", "rejected", "rejected", "rejected",
                                          "rejected", "accepted", "accepted", "duplicate"]
    assert [x["uuid"] for x in res[:4]] == [first["uuid"], bad_total["uuid"], bad_pay["uuid"], unknown["uuid"]]
    assert "line totals" in res[1]["reason"]
    assert "payments" in res[2]["reason"]
    assert "unknown event kind 'drawer.repainted'" in res[3]["reason"]
    assert "qty" in res[4]["reason"] and "Field required" in res[4]["reason"]
    assert res[5]["uuid"] is None and "object" in res[5]["reason"]
    assert "uuid" in res[6]["reason"]
    assert "reason" not in res[7]
    # posted again: what was accepted is a duplicate, what was rejected is rejected again
    again = [x["status"] for x in push(srv, token, batch("F01", events)).json()["results"]]
    assert again == ["duplicate"] + ["rejected"] * 6 + ["duplicate"] * 3
    assert query(srv.db_url, "SELECT count(*) FROM events WHERE terminal_code = 'F01'")[0][0] == 3
    assert query(srv.db_url, "SELECT count(*) FROM sales WHERE terminal_code = 'F01'")[0][0] == 2
    assert query(srv.db_url, "SELECT count(*) FROM rejected_events WHERE terminal_code = 'F01'")[0][0] == 12
    moves = query(srv.db_url, "SELECT sku, sum(qty_milli) FROM stock_moves WHERE terminal_code = 'F01' "
                  "GROUP BY sku ORDER BY sku")
    assert [tuple(x) for x in moves] == [("DAIRY-001", -1000), ("GRAIN-001", -7000)]


def test_an_event_uuid_of_another_terminal_is_not_a_duplicate(srv):
    t1, t2 = enrol(srv, "G01"), enrol(srv, "G02")
    ev = stock_event("stock.adjusted", {"sku": "GRAIN-001", "qty": "1", "reason": "gift", "note": ""})
    assert push(srv, t1, batch("G01", [ev])).json()["results"][0]["status"] == "accepted"
    res = push(srv, t2, batch("G02", [ev])).json()["results"][0]
    assert res["status"] == "rejected" and "another terminal" in res["reason"]


def test_a_sale_sent_twice_in_two_events_is_stored_once(srv):
    token = enrol(srv, "G03")
    ev = sale_event("G03", [("GRAIN-001", "1", 2200)])
    copy = {**ev, "uuid": str(uuid_mod.uuid4())}
    res = push(srv, token, batch("G03", [ev, copy])).json()["results"]
    assert [x["status"] for x in res] == ["accepted", "rejected"]
    assert "already received" in res[1]["reason"]
    assert query(srv.db_url, "SELECT count(*) FROM sales WHERE terminal_code = 'G03'")[0][0] == 1
    assert query(srv.db_url, "SELECT count(*) FROM stock_moves WHERE terminal_code = 'G03'")[0][0] == 1


def test_hostile_strings_and_numbers_are_rejected_not_crashing(srv):
    token = enrol(srv, "H01")
    nul = sale_event("H01", [("GRAIN-001", "1", 2200)])
    nul["payload"]["sale"]["cashier"] = "Pad\x00ma"
    huge = sale_event("H01", [("GRAIN-001", "1", 2200)])
    huge["payload"]["sale"]["lines"][0]["unit_price_fen"] = 10**30
    qty = sale_event("H01", [("GRAIN-001", "1", 2200)])
    qty["payload"]["sale"]["lines"][0]["qty"] = "1e9999"
    when = sale_event("H01", [("GRAIN-001", "1", 2200)])
    when["created_at"] = "0001-01-01T00:00:00+14:00"
    naive = sale_event("H01", [("GRAIN-001", "1", 2200)])
    naive["payload"]["sale"]["completed_at"] = "2026-11-29T10:00:00"
    body = json.dumps(batch("H01", [nul, huge, qty, when, naive]))
    body = body.replace('"Goods"', '"\\ud800"', 1)  # a lone surrogate in the first event's line name
    r = httpx.post(f"{srv.url}{API}/events", content=body.encode(),
                   headers={**auth(token), "Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["rejected"] * 5


def test_health_needs_no_token(srv):
    r = httpx.get(f"{srv.url}{API}/health")
    assert r.status_code == 200 and r.json() == {"status": "ok", "schemas": [1, 2]}
