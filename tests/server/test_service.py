"""The push service in-process: the batch-at-once path and the event-by-event path (taken when
the first meets a race or a value the database refuses) give the same answers and rows."""

from __future__ import annotations

import uuid as uuid_mod

import pytest

from .conftest import batch, import_demo_catalogue, query, sale_event, stock_event

pytestmark = pytest.mark.slow


def _events(code: str, other_terminal_uuid: str) -> tuple[list, list]:
    first = sale_event(code, [("GRAIN-001", "2", 2200), ("DAIRY-001", "1", 800)], seq=1)
    bad = sale_event(code, [("GRAIN-001", "1", 2200)], seq=2)
    bad["payload"]["sale"]["total_fen"] = 1
    same_sale = {**first, "uuid": str(uuid_mod.uuid4()), "seq": 3}
    refund = sale_event(code, [("GRAIN-001", "-1", 2200)], kind="refund",
                        refund_of=first["payload"]["sale"]["uuid"], seq=4)
    stolen = stock_event("stock.adjusted", {"sku": "OIL-001", "qty": "1", "reason": "gift", "note": ""}, seq=5)
    stolen["uuid"] = other_terminal_uuid
    take = stock_event("stocktake.confirmed", {"number": "ST-1", "scope": "ALL",
                                               "differences": [{"sku": "GRAIN-002", "qty": "-0.250"}]}, seq=6)
    settle = stock_event("settlement.created", {"number": "SET-1", "cooperative": "JIANGSE"}, seq=7)
    wrong_kind = sale_event(code, [("GRAIN-001", "1", 2200)], seq=8)
    wrong_kind["kind"] = "refund.completed"
    first_push = [first, refund]
    second_push = [first, bad, same_sale, refund, stolen, take, settle, take, wrong_kind, 42, {"uuid": "x"}]
    return first_push, second_push


@pytest.mark.parametrize("path", ["all-at-once", "one-by-one"])
def test_both_push_paths_give_the_same_answers(new_database, monkeypatch, path):
    from yarlung_pos.server import models as m
    from yarlung_pos.server import push as push_service
    from yarlung_pos.server import terminals
    from yarlung_pos.server.database import Database

    if path == "one-by-one":
        def refuse(*_args):
            raise push_service._Fallback("forced by the test")
        monkeypatch.setattr(push_service, "_push_all", refuse)
    url = new_database()
    import_demo_catalogue(url)
    db = Database(url)
    try:
        for code in ("S01", "S02"):
            terminals.add_terminal(db, code)
        other = stock_event("stock.adjusted", {"sku": "OIL-001", "qty": "1", "reason": "gift", "note": ""})
        assert push_service.push_batch(db, "S02", m.BatchCreate.model_validate(batch("S02", [other])))[0]["status"] \
            == "accepted"
        first_push, second_push = _events("S01", other["uuid"])
        one = push_service.push_batch(db, "S01", m.BatchCreate.model_validate(batch("S01", first_push)))
        assert [r["status"] for r in one] == ["accepted", "accepted"]
        two = push_service.push_batch(db, "S01", m.BatchCreate.model_validate(batch("S01", second_push)))
    finally:
        db.close()
    assert [r["status"] for r in two] == ["duplicate", "rejected", "rejected", "duplicate", "rejected", "accepted",
                                          "accepted", "duplicate", "rejected", "rejected", "rejected"]
    reasons = [r.get("reason", "") for r in two]
    assert "line totals" in reasons[1]
    assert "already received in another event" in reasons[2]
    assert "another terminal" in reasons[4]
    assert "must carry a sale of kind 'refund'" in reasons[8]
    assert [r["uuid"] for r in two[:9]] == [e["uuid"] for e in second_push[:9]]
    counts = {t: query(url, f"SELECT count(*) FROM {t} WHERE terminal_code = 'S01'")[0][0]
              for t in ("events", "sales", "stock_moves", "rejected_events")}
    assert counts == {"events": 4, "sales": 2, "stock_moves": 4, "rejected_events": 6}
    levels = dict(query(url, "SELECT sku, sum(qty_milli) FROM stock_moves WHERE terminal_code = 'S01' GROUP BY sku"))
    assert levels == {"GRAIN-001": -1000, "DAIRY-001": -1000, "GRAIN-002": -250}
    lines = query(url, "SELECT l.sku, l.category, l.cooperative FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                  "WHERE s.kind = 'sale' AND s.terminal_code = 'S01' ORDER BY l.line_no")
    assert [tuple(r) for r in lines] == [("GRAIN-001", "GRAIN", "JIANGSE"), ("DAIRY-001", "DAIRY", "SAILONG")]
