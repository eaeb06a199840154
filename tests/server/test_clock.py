"""The server's services stamp time with an injected clock: enrolment codes, enrolment, tokens,
revocations, pushes and catalogue changes all take the time from ``clock=``, so a test fixes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from .conftest import DEMO, batch, query, stock_event

T0 = datetime(2031, 2, 3, 4, 5, 6, 123456, tzinfo=UTC)


class FixedClock:
    """A clock standing at ``at`` until moved."""

    def __init__(self, at: datetime):
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def url(new_database) -> str:
    return new_database()


@pytest.fixture
def db(url):
    from yarlung_pos.server.database import Database

    database = Database(url)
    database.migrate()
    yield database
    database.close()


def test_terminal_life_follows_the_given_clock(db):
    from yarlung_pos.server import terminals
    from yarlung_pos.server.common import Unauthorized
    from yarlung_pos.server.settings import Settings

    clock = FixedClock(T0)
    doc = terminals.add_terminal(db, "c01", Settings(enrolment_ttl_days=2), clock=clock)
    assert doc["expires_at"] == "2031-02-05T04:05:06.123456+00:00"
    clock.at = T0 + timedelta(days=2, seconds=1)
    with pytest.raises(Unauthorized, match="expired"):
        terminals.enrol(db, doc["enrolment_code"], clock=clock)

    clock.at = T0 + timedelta(days=3)
    again = terminals.reissue_terminal(db, "C01", clock=clock)
    assert again["expires_at"] == "2031-02-13T04:05:06.123456+00:00"  # the default 7 days
    clock.at = T0 + timedelta(days=4)
    assert terminals.enrol(db, again["enrolment_code"], clock=clock)["terminal"] == "C01"
    clock.at = T0 + timedelta(days=5)
    assert terminals.revoke_terminal(db, "C01", clock=clock)["revoked_at"] == "2031-02-08T04:05:06.123456+00:00"
    [row] = terminals.list_terminals(db)
    assert (row["created_at"], row["enrolled_at"], row["status"]) == (
        "2031-02-03T04:05:06.123456+00:00", "2031-02-07T04:05:06.123456+00:00", "revoked")


def test_admin_tokens_are_stamped_with_the_given_clock(db, url):
    from yarlung_pos.server import terminals

    clock = FixedClock(T0)
    terminals.create_admin_token(db, "office", clock=clock)
    clock.at = T0 + timedelta(hours=1)
    assert terminals.revoke_admin_tokens(db, clock=clock) == {"revoked": 1}
    assert [tuple(r) for r in query(url, "SELECT created_at, revoked_at FROM admin_tokens")] == [
        ("2031-02-03T04:05:06.123456+00:00", "2031-02-03T05:05:06.123456+00:00")]


def test_a_push_is_received_at_the_given_clock(db, url):
    from yarlung_pos.server import models as m
    from yarlung_pos.server import push as push_service
    from yarlung_pos.server import terminals
    from yarlung_pos.server.reports import terminals_report

    terminals.add_terminal(db, "C02")
    clock = FixedClock(T0)
    event = stock_event("stock.adjusted", {"sku": "OIL-001", "qty": "1", "reason": "gift", "note": ""})
    body = m.BatchCreate.model_validate(batch("C02", [event], sent_at=T0 - timedelta(seconds=90)))
    assert [r["status"] for r in push_service.push_batch(db, "C02", body, clock=clock)] == ["accepted"]
    [row] = terminals_report(db)
    assert (row["last_seen"], row["clock_skew_s"]) == ("2031-02-03T04:05:06.123456+00:00", -90.0)
    assert query(url, "SELECT received_at FROM events")[0][0] == "2031-02-03T04:05:06.123456+00:00"


def test_catalogue_changes_are_stamped_with_the_given_clock(db, url):
    from yarlung_pos.server import catalogue

    clock = FixedClock(T0)
    catalogue.import_catalogue(db, [DEMO / "categories.csv", DEMO / "cooperatives.csv", DEMO / "products.csv"],
                               clock=clock)
    clock.at = T0 + timedelta(minutes=5)
    assert catalogue.set_price(db, "GRAIN-001", 2345, clock=clock)["cursor"] == 2
    assert [tuple(r) for r in query(url, "SELECT id, at FROM catalogue_changes ORDER BY id")] == [
        (1, "2031-02-03T04:05:06.123456+00:00"), (2, "2031-02-03T04:10:06.123456+00:00")]


def test_the_app_hands_its_clock_to_the_services(db):
    import anyio
    import httpx

    from yarlung_pos.server import terminals
    from yarlung_pos.server.app import create_app

    clock = FixedClock(T0)
    code = terminals.add_terminal(db, "C03", clock=clock)["enrolment_code"]
    app = create_app(db, clock=clock)

    async def talk() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://county") as client:
            clock.at = T0 + timedelta(days=8)
            r = await client.post("/api/v1/enrol", json={"schema": 1, "enrolment_code": code})
            assert r.status_code == 401 and "expired" in r.json()["detail"]
            clock.at = T0 + timedelta(days=6)
            r = await client.post("/api/v1/enrol", json={"schema": 1, "enrolment_code": code})
            assert r.status_code == 200 and r.json()["terminal"] == "C03"
            event = stock_event("stock.adjusted", {"sku": "OIL-001", "qty": "2", "reason": "gift", "note": ""})
            r = await client.post("/api/v1/events", json=batch("C03", [event], sent_at=T0 + timedelta(days=6)),
                                  headers={"Authorization": f"Bearer {r.json()['token']}"})
            assert r.status_code == 200 and r.json()["results"][0]["status"] == "accepted"

    anyio.run(talk)
    [row] = terminals.list_terminals(db)
    assert row["last_seen"] == "2031-02-09T04:05:06.123456+00:00"
