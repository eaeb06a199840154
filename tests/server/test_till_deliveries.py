"""Issue #16: delivery orders made on a real till reach the county through the till's own sync
(real uvicorn on 127.0.0.1; SQLite and, with ``YARLUNG_TEST_POSTGRES_URL``, PostgreSQL): the
county's report follows each status, a returned parcel shows returned with its refund, and a
till that made deliveries before it was enrolled sends them once, filed under its new code."""

from __future__ import annotations

import httpx

from yarlung_pos.db.store import Store
from yarlung_pos.domain.delivery import Address
from yarlung_pos.domain.model import PaymentMethod, Tender
from yarlung_pos.services import delivery
from yarlung_pos.services.shifts import open_shift
from yarlung_pos.sync import client

from ..support.people import MANAGER
from ..unit.test_delivery import _cart
from .conftest import API, cli_json, query
from .test_before_enrolment import AT, DEMO, clock, hall, till_cli  # noqa: F401 - the fixture

KHAM = Address(province="西藏自治区", prefecture="昌都市", county="卡若区", street="茶马广场 8 号")
HOME = Address(prefecture="山南市", county="琼结县", township="下水乡", street="雪村 3 组")


def _till(path, enrol_as: str | None, server) -> Store:
    from yarlung_pos.services.demo import load_demo
    store = Store.open(path)
    assert load_demo(store, clock, DEMO)
    open_shift(store, "Padma", 20000, clock)
    if enrol_as:
        code = cli_json(server.db_url, "terminal", "add", enrol_as)["enrolment_code"]
        client.enrol(store, server.url, code)
    return store


def _deliver(store, address, *skus):
    cart = _cart(store, *skus)
    req = delivery.DeliveryRequest(name="索朗卓玛", name_bo="བསོད་ནམས་སྒྲོལ་མ", phone="13812345678", address=address,
                                   channel="wechat", channel_order="WX-1")
    return delivery.create_delivery(store, cart, [Tender(PaymentMethod.CASH, 100_000)], req, "Padma", clock)


def _report(server, by):
    r = httpx.get(f"{server.url}{API}/reports/deliveries", params={"by": by},
                  headers={"Authorization": f"Bearer {server.admin}"}, timeout=30)
    assert r.status_code == 200, r.text
    return {row["key"]: row for row in r.json()}


def test_statuses_and_a_return_reach_the_county(hall, tmp_path):
    store = _till(tmp_path / "till.db", "T08", hall)
    try:
        a = _deliver(store, HOME, "WINE-001", "EGG-001")
        b = _deliver(store, KHAM, "OIL-001")
        assert client.sync_now(store).rejected == 0
        assert _report(hall, "status")["to_pack"]["count"] == 2
        delivery.hand_over(store, a.number, "RB123456785GB", "padma", clock, weight_g="1.2")
        delivery.hand_over(store, b.number, "EE123456785CN", "padma", clock)
        delivery.return_delivery(store, b.number, "Dorje", clock, restock=True, actor=MANAGER)
        result = client.sync_now(store)
        assert (result.rejected, result.waiting) == (0, 0)
    finally:
        store.close()
    by_status = _report(hall, "status")
    assert by_status["handed_over"]["count"] == 1 and by_status["returned"]["count"] == 1
    by_county = _report(hall, "county")
    assert set(by_county) >= {"琼结县", "卡若区"}
    rows = query(hall.db_url, "SELECT number, status, tracking, terminal_code FROM deliveries ORDER BY number")
    assert rows == [(a.number, "handed_over", "RB123456785GB", "T08"), (b.number, "returned", "EE123456785CN", "T08")]
    refunds = query(hall.db_url, "SELECT count(*) FROM sales WHERE kind = 'refund'")
    assert refunds == [(1,)]
    # the postage line reached the county with its sale and no cooperative is owed it
    postage = query(hall.db_url, "SELECT line_total_fen, category, cooperative FROM sale_lines WHERE sku = 'POSTAGE' "
                                 "ORDER BY line_total_fen")
    assert postage == [(500, None, None), (1200, None, None)]  # in the county; to Chamdo (Tibet); kept on return
    assert "POSTAGE" not in {m for (m,) in query(hall.db_url, "SELECT DISTINCT sku FROM stock_moves")}


def test_deliveries_made_before_enrolment_reach_the_county_once(hall, tmp_path):
    store = _till(tmp_path / "alone.db", None, hall)  # works alone as T01 first
    try:
        made = _deliver(store, HOME, "WINE-001")
        delivery.pack(store, made.number, "padma", clock)
        code = cli_json(hall.db_url, "terminal", "add", "T09")["enrolment_code"]
        client.enrol(store, hall.url, code)
        result = client.sync_now(store)
        assert (result.rejected, result.waiting) == (0, 0), client.rejected_events(store)
        assert client.sync_now(store).sent == 0
    finally:
        store.close()
    assert query(hall.db_url, "SELECT number, status, terminal_code FROM deliveries") == [
        ("D-T01-000001", "packed", "T09")]
