"""Home deliveries through the real push path (``yarlung-pos-server serve`` on 127.0.0.1): one
event per status, out of order and twice, bad payloads rejected with reasons, the county's list
with phones masked, and a delivery's postage line on its sale."""

from __future__ import annotations

import copy
import json
from datetime import timedelta

import httpx
import pytest

from .conftest import API, auth, batch, enrol, push, query, sale_event
from .deliveries_support import PHONE, again, days_ago, delivery_life, erased

pytestmark = pytest.mark.slow


def statuses(r: httpx.Response) -> list[str]:
    assert r.status_code == 200, r.text
    return [x["status"] for x in r.json()["results"]]


def listed(srv, **params) -> list[dict]:
    r = httpx.get(f"{srv.url}{API}/deliveries", params=params, headers=auth(srv.admin), timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def one(srv, number: str, **params) -> dict:
    [d] = [x for x in listed(srv, **params) if x["number"] == number]
    return d


def test_a_delivery_goes_from_order_to_delivered(srv):
    token = enrol(srv, "DL1")
    t = days_ago(6)
    life = delivery_life("DL1", 1, t, reached={"packed": t + timedelta(hours=2), "handed_over": t + timedelta(days=1),
                                               "delivered": t + timedelta(days=4)}, paid_fen=700)
    number = life[0]["payload"]["delivery"]["number"]
    for n, (ev, status) in enumerate(zip(life, ["to_pack", "packed", "handed_over", "delivered"]), start=1):
        assert statuses(push(srv, token, batch("DL1", [ev]))) == ["accepted"]
        d = one(srv, number)
        assert d["status"] == status and len(d["history"]) == n
    assert d["phone"] == "138****5678" and d["address"]["street"] == "雪***" and d["note"] == "c***"
    assert d["address"]["county"] == "琼结县" and d["tracking"] == "RB123456785GB" and d["postage_paid_fen"] == 700
    assert [h["status"] for h in d["history"]] == ["to_pack", "packed", "handed_over", "delivered"]
    assert d["delivered_at"] == (t + timedelta(days=4)).isoformat(timespec="microseconds")
    assert number not in [x["number"] for x in listed(srv, status="packed")]
    assert number in [x["number"] for x in listed(srv, status="delivered")]

    full = one(srv, number, unmasked=1)
    assert full["phone"] == PHONE and full["address"]["street"] == "雪村 12号" and full["note"] == "call before"
    log = (srv.log_dir / f"server-{srv.port}.log").read_text(encoding="utf-8")
    assert "deliveries listed unmasked" in log and "'tests'" in log
    assert PHONE not in log and "雪村" not in log

    # personal data lives in the deliveries row only: not in the raw events
    payloads = [p for (p,) in query(srv.db_url, "SELECT payload FROM events WHERE terminal_code = 'DL1'")]
    assert len(payloads) == 4 and not any(PHONE in p or "雪村" in p or "call before" in p for p in payloads)
    assert json.loads(payloads[0])["delivery"]["address"]["county"] == "琼结县"
    assert query(srv.db_url, "SELECT count(*) FROM delivery_history h JOIN deliveries d ON d.id = h.delivery_id "
                             "WHERE d.number = :n", n=number)[0][0] == 4
    r = httpx.get(f"{srv.url}{API}/deliveries", headers=auth(token))
    assert r.status_code == 403
    r = httpx.get(f"{srv.url}{API}/deliveries", params={"status": "lost"}, headers=auth(srv.admin))
    assert r.status_code == 400 and r.json()["detail"].startswith("status must be one of to_pack, packed")


@pytest.mark.parametrize("one_batch", [False, True], ids=["batch-each", "one-batch"])
def test_out_of_order_and_twice_the_longest_history_wins(srv, one_batch):
    code = "DL2" if one_batch else "DL3"
    token = enrol(srv, code)
    t = days_ago(5)
    created, packed, handed, delivered = delivery_life(code, 2, t, reached={
        "packed": t + timedelta(hours=1), "handed_over": t + timedelta(days=1), "delivered": t + timedelta(days=2)})
    number = created["payload"]["delivery"]["number"]
    order = [delivered, created, delivered, again(packed), handed, packed]
    if one_batch:
        assert statuses(push(srv, token, batch(code, order))) == ["accepted", "accepted", "duplicate", "accepted",
                                                                   "accepted", "accepted"]
    else:
        got = [statuses(push(srv, token, batch(code, [ev])))[0] for ev in order]
        assert got == ["accepted", "accepted", "duplicate", "accepted", "accepted", "accepted"]
    assert statuses(push(srv, token, batch(code, [handed]))) == ["duplicate"]
    d = one(srv, number, unmasked=1)
    assert d["status"] == "delivered" and [h["status"] for h in d["history"]] == [
        "to_pack", "packed", "handed_over", "delivered"]
    assert d["phone"] == PHONE

    # the till erases: same history, later event → kept; older snapshots never bring the data back
    gone = erased(delivered, t + timedelta(days=3), 99)
    assert statuses(push(srv, token, batch(code, [gone, again(handed), again(delivered)]))) == ["accepted"] * 3
    d = one(srv, number, unmasked=1)
    assert d["status"] == "delivered" and d["erased_at"] == (t + timedelta(days=3)).isoformat(timespec="microseconds")
    assert (d["phone"], d["address"]["township"], d["address"]["street"], d["note"]) == (None, None, None, None)
    assert d["address"]["county"] == "琼结县" and d["address"]["prefecture"] == "山南市" and len(d["history"]) == 4
    assert query(srv.db_url, "SELECT phone, street, status FROM deliveries WHERE number = :n", n=number) == [
        (None, None, "delivered")]


def _bad(ev: dict, change) -> dict:
    ev = again(ev)
    change(ev["payload"]["delivery"], ev["payload"])
    return ev


def test_bad_delivery_events_are_rejected_with_a_reason(srv):
    token = enrol(srv, "DL4")
    t = days_ago(3)
    created, packed, handed = delivery_life("DL4", 4, t, reached={"packed": t + timedelta(hours=1),
                                                                  "handed_over": t + timedelta(hours=5)})

    def skip(d, p):
        d["history"] = [d["history"][0], d["history"][2]]

    def status_off(d, p):
        d["status"] = "packed"
        p["event"]["status"] = "packed"

    cases = [
        (_bad(handed, skip), "history moves from to_pack to handed_over"),
        (_bad(handed, status_off), "history ends with handed_over"),
        ({**again(created), "kind": "delivery.packed"}, "must reach the status packed"),
        (_bad(created, lambda d, p: d.update(terminal="DL9")), "claims terminal DL9"),
        (_bad(created, lambda d, p: d.update(channel="telegram")), "payload.delivery.channel"),
        (_bad(created, lambda d, p: d.update(phone="12345")), "payload.delivery.phone"),
        (_bad(created, lambda d, p: d.update(phone=None)), "phone is missing"),
        (_bad(created, lambda d, p: d.update(erased_at=d["created_at"])), "still carries personal data"),
        ({**again(created), "kind": "delivery.erased"}, "must carry the delivery's erased_at"),
        (_bad(created, lambda d, p: d.update(name="x" * 61)), "payload.delivery.name"),
        (_bad(created, lambda d, p: d.update(postage_fen="800")), "payload.delivery.postage_fen"),
        (_bad(created, lambda d, p: d["address"].update(county="")), "payload.delivery.address.county"),
        (_bad(created, lambda d, p: d.update(requested_date="2026-02-30")), "payload.delivery.requested_date"),
        (_bad(created, lambda d, p: p["event"].update(status="packed")), "event.status is packed"),
        (_bad(created, lambda d, p: d.pop("history")), "payload.delivery.history"),
        ({**again(created), "kind": "delivery.lost"}, "unknown event kind 'delivery.lost'"),
    ]
    r = push(srv, token, batch("DL4", [ev for ev, _ in cases] + [created]))
    assert statuses(r) == ["rejected"] * len(cases) + ["accepted"]
    for (ev, reason), res in zip(cases, r.json()["results"]):
        assert reason in res["reason"], (reason, res["reason"])
    raws = [raw for (raw,) in query(srv.db_url, "SELECT raw FROM rejected_events WHERE terminal_code = 'DL4'")]
    assert len(raws) == len(cases) and not any(PHONE in raw or "call before" in raw for raw in raws)

    # a delivery stored from one terminal cannot be changed by another
    other = enrol(srv, "DL5")
    theirs = again(packed)
    theirs["payload"]["delivery"]["terminal"] = "DL5"
    [res] = push(srv, other, batch("DL5", [theirs])).json()["results"]
    assert res["status"] == "rejected" and "was received from terminal DL4" in res["reason"]
    assert statuses(push(srv, token, batch("DL4", [packed]))) == ["accepted"]


def _postage_sale(terminal: str, seq: int, *, schema: int = 2, kind: str = "sale", refund_of: str | None = None):
    sign = 1 if kind == "sale" else -1
    ev = sale_event(terminal, [("GRAIN-001", str(2 * sign), 2200), ("POSTAGE", str(sign), 800)], seq=seq,
                    kind=kind, refund_of=refund_of, at=days_ago(1))
    ev["payload"]["schema"] = schema
    goods, postage = ev["payload"]["sale"]["lines"]
    if schema >= 2:
        goods.update(category="GRAIN", cooperative="JIANGSE")
        postage.update(category=None, cooperative=None)
    postage.update(name_bo="སྦྲག་གླ།", name_zh="邮费", name_en="Postage", unit="piece")
    return ev


def test_a_postage_line_is_accepted_and_owed_to_no_cooperative(new_database, start_server):
    from .conftest import cli_json, import_demo_catalogue

    db_url = new_database()
    import_demo_catalogue(db_url)
    server = start_server(db_url)
    admin = cli_json(db_url, "admin-token")["token"]
    token = enrol(server, "DP1")
    sale2, sale1 = _postage_sale("DP1", 1), _postage_sale("DP1", 2, schema=1)
    refund = _postage_sale("DP1", 3, kind="refund", refund_of=sale2["payload"]["sale"]["uuid"])
    no_coop = copy.deepcopy(_postage_sale("DP1", 4))
    no_coop["payload"]["sale"]["lines"][0]["cooperative"] = None
    assert statuses(push(server, token, batch("DP1", [sale2, sale1, refund, no_coop], schema=2))) == [
        "accepted", "accepted", "accepted", "rejected"]

    def report(path, **params):
        r = httpx.get(f"{server.url}{API}/reports/{path}", params=params, headers=auth(admin))
        assert r.status_code == 200, r.text
        return r.json()

    # the cooperative is owed the goods only; the sales' totals hold the postage
    assert report("sales", by="cooperative") == [{"key": "JIANGSE", "sales": 2, "total_fen": 4400}]
    assert report("sales", by="category") == [{"key": "GRAIN", "sales": 2, "total_fen": 4400}]
    assert report("sales", by="terminal") == [{"key": "DP1", "sales": 2, "total_fen": 5200}]
    stock = {r["sku"]: r["level"] for r in report("stock")}
    assert stock["GRAIN-001"] == "-2" and "POSTAGE" not in stock
    assert query(db_url, "SELECT count(*) FROM stock_moves WHERE sku = 'POSTAGE'")[0][0] == 0
    assert query(db_url, "SELECT DISTINCT category, cooperative, qty_milli FROM sale_lines WHERE sku = 'POSTAGE' "
                         "AND qty_milli > 0") == [(None, None, 1000)]
    code, out, err = _cli(db_url, "report", "sales", "--by", "cooperative", "--json")
    assert json.loads(out) == [{"key": "JIANGSE", "sales": 2, "total_fen": 4400}]


def _cli(db_url, *args):
    from .conftest import cli
    code, out, err = cli(db_url, *args)
    assert code == 0, err
    return code, out, err


def test_a_sale_in_the_same_batch_as_its_delivery(srv):
    token = enrol(srv, "DL6")
    sale = _postage_sale("DL6", 1)
    [created] = delivery_life("DL6", 1, days_ago(2))
    created["payload"]["delivery"]["sale_uuid"] = sale["payload"]["sale"]["uuid"]
    assert statuses(push(srv, token, batch("DL6", [sale, created], schema=2))) == ["accepted", "accepted"]
    assert query(srv.db_url, "SELECT d.sale_number FROM deliveries d JOIN sales s ON s.uuid = d.sale_uuid "
                             "WHERE d.terminal_code = 'DL6'") == [("DL6-000001",)]
