"""Deliveries on a server whose clock the test holds (``create_app(clock=)``, pushed over HTTP
through httpx's ASGI transport, as tests/server/test_clock.py does): the delivery report by
status, county, channel and month with its averages from the till's times, personal data erased
180 days after delivery or return (not a second before), the CLI, both push paths, and
migration s0004."""

from __future__ import annotations

import csv
import io
import uuid as uuid_mod
from datetime import UTC, datetime, timedelta

import anyio
import httpx
import pytest

from .conftest import alembic_to, batch, cli, cli_json, force_push_path, query
from .deliveries_support import PHONE, delivery_life, erased

T0 = datetime(2026, 3, 30, 18, 0, tzinfo=UTC)  # 02:00 on 31 March in Qonggyai (+08:00)
DAY = timedelta(days=1)


class FixedClock:
    def __init__(self, at: datetime):
        self.at = at

    def __call__(self) -> datetime:
        return self.at


class Client:
    """HTTP to the app in this process (its clock is the test's), one request at a time."""

    def __init__(self, app):
        self.app = app
        self.headers: dict[str, str] = {}

    def request(self, method: str, path: str, **kwargs) -> httpx.Response:
        async def send() -> httpx.Response:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://county",
                                         headers=self.headers) as client:
                return await client.request(method, path, **kwargs)
        return anyio.run(send)

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> httpx.Response:
        return self.request("POST", path, **kwargs)


@pytest.fixture
def county(new_database):
    """A migrated database, its app on a fixed clock, terminal Q01 enrolled, and the clock."""
    from yarlung_pos.server import terminals
    from yarlung_pos.server.app import create_app
    from yarlung_pos.server.database import Database

    url = new_database()
    db = Database(url)
    db.migrate()
    clock = FixedClock(T0)
    code = terminals.add_terminal(db, "Q01", clock=clock)["enrolment_code"]
    client = Client(create_app(db, clock=clock))
    r = client.post("/api/v1/enrol", json={"schema": 1, "enrolment_code": code})
    assert r.status_code == 200, r.text
    client.headers["Authorization"] = f"Bearer {r.json()['token']}"
    admin = {"Authorization": f"Bearer {terminals.create_admin_token(db, 'office', clock=clock)['token']}"}
    yield {"url": url, "db": db, "client": client, "clock": clock, "admin": admin}
    db.close()


def _push(county, events) -> list[str]:
    r = county["client"].post("/api/v1/events", json=batch("Q01", events, sent_at=county["clock"].at))
    assert r.status_code == 200, r.text
    return [x["status"] for x in r.json()["results"]]


# five deliveries: (seq, created, reached, county, prefecture, channel, postage, paid)
A = (1, T0, {"packed": T0 + DAY / 2, "handed_over": T0 + 1.5 * DAY, "delivered": T0 + 4 * DAY},
     "琼结县", "山南市", "phone", 800, 700)
B_AT = datetime(2026, 3, 31, 17, 0, tzinfo=UTC)  # 01:00 on 1 April in Qonggyai: an April order
B = (2, B_AT, {"packed": B_AT + DAY / 4, "handed_over": B_AT + 2 * DAY, "delivered": B_AT + 3 * DAY},
     "琼结县", "山南市", "wechat", 1200, 1000)
C_AT = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
C = (3, C_AT, {"packed": C_AT + DAY}, "乃东区", "山南市", "wechat", 800, None)
D_AT = datetime(2026, 4, 12, 3, 0, tzinfo=UTC)
D = (4, D_AT, {"packed": D_AT + DAY / 8, "handed_over": D_AT + DAY, "returned": D_AT + 6 * DAY},
     "城关区", "拉萨市", "online", 1800, 1800)
E_AT = datetime(2026, 4, 15, 9, 0, tzinfo=UTC)
E = (5, E_AT, {}, "琼结县", "山南市", "counter", 500, None)


def _lives():
    return {name: delivery_life("Q01", seq, at, reached=reached, county=c, prefecture=p, channel=ch, postage_fen=fen,
                                paid_fen=paid)
            for name, (seq, at, reached, c, p, ch, fen, paid) in zip("ABCDE", (A, B, C, D, E))}


def _row(key, count, *, to_pack=0, packed=0, handed_over=0, delivered=0, returned=0, postage=0, paid=0,
         handed_days=None, delivered_days=None):
    return {"key": key, "count": count, "to_pack": to_pack, "packed": packed, "handed_over": handed_over,
            "delivered": delivered, "returned": returned, "postage_fen": postage, "postage_paid_fen": paid,
            "avg_days_to_handed_over": handed_days, "avg_days_to_delivered": delivered_days}


EXPECTED = {
    "status": [_row("to_pack", 1, to_pack=1, postage=500),
               _row("packed", 1, packed=1, postage=800),
               # (1.5 + 2.0) / 2 = 1.75 → 1.8 (half up); (4 + 3) / 2 = 3.5
               _row("delivered", 2, delivered=2, postage=2000, paid=1700, handed_days=1.8, delivered_days=3.5),
               _row("returned", 1, returned=1, postage=1800, paid=1800, handed_days=1.0)],
    "county": sorted([_row("琼结县", 3, to_pack=1, delivered=2, postage=2500, paid=1700, handed_days=1.8,
                           delivered_days=3.5),
                      _row("乃东区", 1, packed=1, postage=800),
                      _row("城关区", 1, returned=1, postage=1800, paid=1800, handed_days=1.0)],
                     key=lambda r: r["key"]),
    "channel": [_row("counter", 1, to_pack=1, postage=500),
                _row("online", 1, returned=1, postage=1800, paid=1800, handed_days=1.0),
                _row("phone", 1, delivered=1, postage=800, paid=700, handed_days=1.5, delivered_days=4.0),
                _row("wechat", 2, packed=1, delivered=1, postage=2000, paid=1000, handed_days=2.0,
                     delivered_days=3.0)],
    "month": [_row("2026-03", 1, delivered=1, postage=800, paid=700, handed_days=1.5, delivered_days=4.0),
              _row("2026-04", 4, to_pack=1, packed=1, delivered=1, returned=1, postage=4300, paid=2800,
                   handed_days=1.5, delivered_days=3.0)],
}


def test_the_delivery_report_by_status_county_channel_and_month(county):
    lives = _lives()
    events = [ev for life in lives.values() for ev in reversed(life)]  # newest first: out of order
    assert _push(county, events) == ["accepted"] * len(events)
    client, admin = county["client"], county["admin"]
    for by, expected in EXPECTED.items():
        r = client.get("/api/v1/reports/deliveries", params={"by": by}, headers=admin)
        assert r.status_code == 200, r.text
        assert r.json() == expected, by
        assert cli_json(county["url"], "report", "deliveries", "--by", by) == expected
    r = client.get("/api/v1/reports/deliveries", params={"by": "channel", "from": "2026-04-01", "to": "2026-04-10",
                                                         "format": "csv"}, headers=admin)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [(x["key"], x["count"], x["packed"], x["delivered"], x["avg_days_to_delivered"]) for x in rows] == [
        ("wechat", "2", "1", "1", "3.0")]  # B (1 April, local) and C (10 April)
    code, out, err = cli(county["url"], "report", "deliveries", "--by", "month", "--from", "2026-03-31",
                         "--to", "2026-03-31", "--csv")
    assert code == 0, err
    assert out.splitlines() == [",".join(["key", "count", "to_pack", "packed", "handed_over", "delivered", "returned",
                                          "postage_fen", "postage_paid_fen", "avg_days_to_handed_over",
                                          "avg_days_to_delivered"]),
                                "2026-03,1,0,0,0,1,0,800,700,1.5,4.0"]
    code, out, err = cli(county["url"], "report", "deliveries", "--by", "status")  # the text table
    assert code == 0 and out.splitlines()[0].split() == list(EXPECTED["status"][0])
    assert [line.split()[:2] for line in out.splitlines()[1:]] == [["to_pack", "1"], ["packed", "1"],
                                                                   ["delivered", "2"], ["returned", "1"]]
    assert client.get("/api/v1/reports/deliveries", params={"by": "weekday"}, headers=admin).status_code == 422
    r = client.get("/api/v1/reports/deliveries", params={"by": "month", "from": "2026-13-01"}, headers=admin)
    assert r.status_code == 400 and "from must be a date" in r.json()["detail"] and "--" not in r.json()["detail"]
    code, _out, err = cli(county["url"], "report", "deliveries", "--by", "status", "--from", "2026-05-01",
                          "--to", "2026-04-01")
    assert code != 0 and "is after the last date" in err
    assert client.get("/api/v1/reports/deliveries", params={"by": "status"}).status_code == 403  # a till's token


def _personal(county, number: str):
    r = county["client"].get("/api/v1/deliveries", params={"unmasked": 1}, headers=county["admin"])
    [d] = [x for x in r.json() if x["number"] == number]
    return d["phone"], d["address"]["township"], d["address"]["street"], d["note"]


def test_personal_data_is_erased_180_days_after_delivery_or_return(county):
    from yarlung_pos.server.deliveries import erase_personal_data

    lives = _lives()
    assert _push(county, [ev for life in lives.values() for ev in life]) == ["accepted"] * 15
    number = {k: life[0]["payload"]["delivery"]["number"] for k, life in lives.items()}
    kept = (PHONE, "琼结镇", "雪村 12号", "call before")
    delivered_b = B_AT + 3 * DAY  # 3 April 17:00 UTC, an hour before A

    county["clock"].at = delivered_b + 180 * DAY - timedelta(seconds=1)
    assert _push(county, []) == []  # every push erases what is due: nothing yet
    assert _personal(county, number["B"]) == kept
    county["clock"].at = delivered_b + 180 * DAY
    assert _push(county, []) == []
    assert _personal(county, number["B"]) == (None, None, None, None)
    assert all(_personal(county, number[k]) == kept for k in "ACDE")

    # the order, its history, county and prefecture stay; an older snapshot brings nothing back
    [(status, county_name, prefecture, erased_at)] = query(
        county["url"], "SELECT status, county, prefecture, erased_at FROM deliveries WHERE number = :n", n=number["B"])
    assert (status, county_name, prefecture) == ("delivered", "琼结县", "山南市")
    assert erased_at == (delivered_b + 180 * DAY).isoformat(timespec="microseconds")
    assert query(county["url"], "SELECT count(*) FROM delivery_history h JOIN deliveries d ON d.id = h.delivery_id "
                                "WHERE d.number = :n", n=number["B"])[0][0] == 4
    older = {**lives["B"][2], "uuid": str(uuid_mod.uuid4())}
    assert _push(county, [older]) == ["accepted"]
    assert _personal(county, number["B"]) == (None, None, None, None)

    # the function with an injected clock: A is due (delivered 3 April 18:00), D (returned 18 April) not yet
    db = county["db"]
    assert erase_personal_data(db, T0 + 4 * DAY + 180 * DAY) == 1
    assert _personal(county, number["A"]) == (None, None, None, None)
    assert _personal(county, number["D"]) == kept
    assert erase_personal_data(db, D_AT + 6 * DAY + 180 * DAY - timedelta(microseconds=1)) == 0
    assert erase_personal_data(db, D_AT + 6 * DAY + 10 * DAY, days=10) == 1
    # never for what is not delivered or returned, however late
    assert erase_personal_data(db, T0 + 10000 * DAY) == 0
    assert _personal(county, number["C"]) == kept and _personal(county, number["E"]) == kept
    assert cli_json(county["url"], "deliveries", "erase") == {"erased": 0, "days": 180}


def test_the_cli_erases_with_the_given_days_and_the_till_can_erase_first(county):
    lives = _lives()
    a = lives["A"]
    till_erased = erased(a[-1], T0 + 5 * DAY, 99)
    assert _push(county, [*a, till_erased, *lives["D"], *lives["C"]]) == ["accepted"] * 11
    rows = dict(query(county["url"], "SELECT number, erased_at FROM deliveries"))
    assert rows[a[0]["payload"]["delivery"]["number"]] == (T0 + 5 * DAY).isoformat(timespec="microseconds")
    # --days 0: everything delivered or returned before now (the server's clock; these are in 2026)
    assert cli_json(county["url"], "deliveries", "erase", "--days", "0") == {"erased": 1, "days": 0}
    assert _personal(county, lives["D"][0]["payload"]["delivery"]["number"]) == (None, None, None, None)
    code, out, err = cli(county["url"], "deliveries", "erase", "--days", "0")
    assert code == 0 and out.strip().startswith("0 deliveries erased")
    code, _out, err = cli(county["url"], "deliveries", "erase", "--days", "-1")
    assert code != 0 and "cannot be negative" in err


@pytest.mark.parametrize("path", ["all-at-once", "one-by-one"])
def test_both_push_paths_keep_the_newest_snapshot(new_database, monkeypatch, path):
    from yarlung_pos.server import models as m
    from yarlung_pos.server import push as push_service
    from yarlung_pos.server import terminals
    from yarlung_pos.server.database import Database

    force_push_path(monkeypatch, path)
    url = new_database()
    db = Database(url)
    db.migrate()
    try:
        terminals.add_terminal(db, "Q02")
        terminals.add_terminal(db, "Q03")
        created, packed, handed = delivery_life("Q02", 1, T0, reached={"packed": T0 + DAY, "handed_over": T0 + 2 * DAY})
        theirs = {**packed, "uuid": str(uuid_mod.uuid4())}
        theirs["payload"] = {**packed["payload"], "delivery": {**packed["payload"]["delivery"], "terminal": "Q03"}}
        clock = FixedClock(T0 + 3 * DAY)
        first = push_service.push_batch(db, "Q02", m.BatchCreate.model_validate(batch("Q02", [handed, created])),
                                        clock=clock)
        res = push_service.push_batch(db, "Q03", m.BatchCreate.model_validate(batch("Q03", [theirs])), clock=clock)
        last = push_service.push_batch(db, "Q02", m.BatchCreate.model_validate(batch("Q02", [packed, created])),
                                       clock=clock)
    finally:
        db.close()
    assert [r["status"] for r in first] == ["accepted", "accepted"]
    assert res[0]["status"] == "rejected" and "was received from terminal Q02" in res[0]["reason"]
    assert [r["status"] for r in last] == ["accepted", "duplicate"]
    assert query(url, "SELECT status, history_len, carrier, terminal_code FROM deliveries") == [
        ("handed_over", 3, "China Post", "Q02")]
    assert [tuple(r) for r in query(url, "SELECT h.status, h.by_name FROM delivery_history h ORDER BY position")] == [
        ("to_pack", "Padma"), ("packed", "Dawa"), ("handed_over", "Dawa")]


def test_s0003_database_migrates_to_s0004_and_back(new_database):
    from yarlung_pos.server.database import Database

    url = new_database()
    alembic_to(url, "s0003",
               then="INSERT INTO terminals (code, created_at) VALUES ('M04', '2026-11-01T00:00:00+00:00')")
    db = Database(url)
    try:
        db.migrate()
    finally:
        db.close()
    assert query(url, "SELECT count(*) FROM deliveries")[0][0] == 0
    assert query(url, "SELECT count(*) FROM delivery_history")[0][0] == 0
    alembic_to(url, "s0003", down=True)
    assert [tuple(r) for r in query(url, "SELECT code FROM terminals")] == [("M04",)]
    with pytest.raises(Exception, match="deliveries"):
        query(url, "SELECT count(*) FROM deliveries")
