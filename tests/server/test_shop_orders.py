"""Shop orders (issue #18) on a real uvicorn, SQLite and PostgreSQL: the order form
``POST /shop/order`` (pre-session CSRF, checks, rate limit), the customer's page ``/o/<token>``,
the tills' pull ``GET /api/v1/orders`` and the events that move an order (``order.confirmed``,
``order.cancelled``, an online delivery's ``delivery.*``)."""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid as uuid_mod
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from ..conftest import FixedClock
from .conftest import API, auth, batch, enrol, import_demo_catalogue, push, query
from .deliveries_support import again, delivery_life

XSS = "<img src=x onerror=alert(1)>"
T0 = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)
GOOD = {"fulfilment": "delivery", "name": "Tsering Dolma", "phone": "138 1234 5678", "province": "",
        "prefecture": "山南", "county": "Chongye", "township": "琼结镇", "street": "雪村 12号", "note": "",
        "lang": "en", "items": "GRAIN-001*2;GRAIN-002*1.5"}


def visitor(server) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"Accept-Language": "en", "Accept": "text/html"}, timeout=30)


def pre_session_token(client: httpx.Client) -> str:
    """The pre-session CSRF token of a page that renders it (its cookie stays in ``client``)."""
    page = client.get("/login").text
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def order(client: httpx.Client, **fields) -> httpx.Response:
    data = {**GOOD, "csrf_token": pre_session_token(client), **fields}
    return client.post("/shop/order", data=data)


@pytest.fixture(scope="module")
def shop(new_database, start_server):
    db_url = new_database()
    import_demo_catalogue(db_url)
    server = start_server(db_url, env={"YARLUNG_SHOP_ORDER_LIMIT": "1000", "YARLUNG_SHOP_REQUEST_LIMIT": "1000",
                                       "YARLUNG_SHOP_PAYEE": "Qonggyai hall", "YARLUNG_SHOP_WECHAT": "wx-hall-42"})
    server.token = enrol(server, "T01")
    return server


def place(server, **fields) -> tuple[str, str]:
    """Place an order; returns (token, number)."""
    with visitor(server) as c:
        r = order(c, **fields)
        assert r.status_code == 303, r.text
        token = r.headers["location"].removeprefix("/o/").removesuffix("?placed=1")
        page = c.get(f"/o/{token}")
        assert page.status_code == 200
        number = re.search(r"W-[0-9]{6}", page.text).group(0)
    return token, number


def orders_count(server) -> int:
    return query(server.db_url, "SELECT count(*) FROM online_orders")[0][0]


def test_an_order_is_created_and_its_page_shows_it(shop):
    with visitor(shop) as c:
        r = order(c)
        assert r.status_code == 303
        assert re.fullmatch(r"/o/[A-Za-z0-9_-]{32}\?placed=1", r.headers["location"])
        page = c.get(r.headers["location"])
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert "default-src 'self'" in page.headers["content-security-policy"]
    text = page.text
    assert re.search(r"Order W-[0-9]{6}", text)
    assert "Jixiang Hailuo Buckwheat Flour 1 kg" in text and "1.5 kg" in text
    assert "¥68.00" in text  # 2 × 22.00 + 1.5 × 16.00
    assert "138****5678" in text and "13812345678" not in text
    assert "山南市" in text and "琼结县" in text  # canonical places
    assert "Awaiting payment" in text and "Qonggyai hall" in text and "wx-hall-42" in text
    token = r.headers["location"].removeprefix("/o/").removesuffix("?placed=1")
    stored = query(shop.db_url, "SELECT token_hash, status, items_fen, total_fen, postage_fen, phone "
                                "FROM online_orders WHERE token_hash = :h",
                   h=hashlib.sha256(token.encode()).hexdigest())
    assert stored and stored[0][1:] == ("awaiting_payment", 6800, 6800, None, "13812345678")
    assert not query(shop.db_url, "SELECT 1 FROM online_orders WHERE token_hash = :t", t=token)


def test_pickup_needs_no_address_and_says_pay_at_pickup(shop):
    token, _number = place(shop, fulfilment="pickup", prefecture="", county="", street="", items="GRAIN-001*1")
    with visitor(shop) as c:
        text = c.get(f"/o/{token}").text
    assert "Pay at the hall when you pick up your goods." in text


@pytest.mark.parametrize("fields, reason", [
    ({"phone": "12345"}, "The mobile number is not valid"),
    ({"street": ""}, "Please fill in the village or street."),
    ({"name": ""}, "Please fill in the name."),
    ({"fulfilment": "drone"}, "Choose delivery to an address or pick-up at the hall."),
    ({"items": "NOPE-1*1"}, "NOPE-1 is not sold in the shop (any more)"),
    ({"items": "WINE-007*1"}, "WINE-007 is not sold in the shop (any more)"),
    ({"items": "GRAIN-001*0"}, "The quantity of GRAIN-001 must be more than 0 and at most 1000."),
    ({"items": "GRAIN-001*100000"}, "The quantity of GRAIN-001 must be more than 0 and at most 1000."),
    ({"items": "GRAIN-002*1.2345"}, "The quantity of GRAIN-002 can have at most 3 decimals."),
    ({"items": "GRAIN-001*1.5"}, "GRAIN-001 is sold in whole units."),
    ({"items": ";".join(f"GRAIN-001*{i}" for i in range(1, 52))}, "An order can have at most 50 lines."),
    ({"items": ""}, "The basket is empty."),
    ({"items": "garbage"}, "The basket could not be read"),
    ({"name": "x" * 61}, "The name is longer than 60 characters."),
    ({"note": "x" * 301}, "The note is longer than 300 characters."),
])
def test_bad_inputs_are_refused_with_reasons_and_nothing_stored(shop, fields, reason):
    before = orders_count(shop)
    with visitor(shop) as c:
        r = order(c, **fields)
    assert r.status_code == 400, r.text
    assert reason in r.text.replace("&#39;", "'")
    assert orders_count(shop) == before
    if fields.get("street") == "":  # what was typed comes back
        assert 'value="Tsering Dolma"' in r.text


def test_oversize_form_is_refused(shop):
    before = orders_count(shop)
    with visitor(shop) as c:
        r = order(c, note="x" * 20_000)
    assert r.status_code == 413 and "too large" in r.text
    assert orders_count(shop) == before


def test_csrf_token_missing_or_forged_is_refused(shop):
    before = orders_count(shop)
    with visitor(shop) as c:
        pre_session_token(c)
        assert c.post("/shop/order", data=GOOD).status_code == 403
        r = c.post("/shop/order", data={**GOOD, "csrf_token": secrets.token_urlsafe(32)})
        assert r.status_code == 403 and "out of date" in r.text
    with visitor(shop) as other:  # a token without its cookie (another browser's)
        token = pre_session_token(other)
    with visitor(shop) as c:
        assert c.post("/shop/order", data={**GOOD, "csrf_token": token}).status_code == 403
    assert orders_count(shop) == before


def test_tokens_open_only_their_own_order(shop):
    token_a, number_a = place(shop, name="Alice Order")
    token_b, number_b = place(shop, name="Bob Order")
    assert number_a != number_b
    with visitor(shop) as c:
        a, b = c.get(f"/o/{token_a}").text, c.get(f"/o/{token_b}").text
        assert "Alice Order" in a and "Bob Order" not in a and number_b not in a
        assert "Bob Order" in b and "Alice Order" not in b
        pages = [c.get(f"/o/{t}") for t in (secrets.token_urlsafe(24), number_a, "", "x/y", "%00", "a" * 500)]
    for page in pages:
        assert page.status_code == 404
        assert "Order not found" in page.text and "Alice" not in page.text
    assert len({p.text.split("<main>")[1] for p in pages}) == 1


def test_names_are_escaped_on_the_status_page(shop):
    token, _number = place(shop, name=XSS[:60], note=XSS)
    with visitor(shop) as c:
        text = c.get(f"/o/{token}").text
    assert XSS not in text and "&lt;img src=x onerror=alert(1)&gt;" in text


def pull(server, cursor: int = 0, limit: int | None = None) -> dict:
    params = {"cursor": cursor, **({"limit": limit} if limit else {})}
    r = httpx.get(f"{server.url}{API}/orders", params=params, headers=auth(server.token), timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def test_till_pulls_orders_after_its_cursor_in_pages(shop):
    assert httpx.get(f"{shop.url}{API}/orders", timeout=30).status_code == 401
    everything = pull(shop)
    start = everything["cursor"]
    assert everything["schema"] == 1 and everything["more"] is False
    placed = [place(shop, name=f"Pager {i}")[1] for i in range(3)]
    page1 = pull(shop, start, limit=2)
    assert [o["number"] for o in page1["orders"]] == placed[:2] and page1["more"] is True
    page2 = pull(shop, page1["cursor"], limit=2)
    assert [o["number"] for o in page2["orders"]] == placed[2:] and page2["more"] is False
    assert pull(shop, page2["cursor"])["orders"] == [] and pull(shop, page2["cursor"])["cursor"] == page2["cursor"]
    doc = page1["orders"][0]
    assert set(doc) == {"number", "status", "fulfilment", "lang", "name", "phone", "province", "prefecture", "county",
                        "township", "street", "note", "items_fen", "postage_fen", "total_fen", "created_at",
                        "updated_at", "terminal", "cancel_reason", "lines"}
    assert doc["lines"][1] == {"line_no": 2, "sku": "GRAIN-002", "name_bo": doc["lines"][1]["name_bo"],
                               "name_zh": "吉祥海螺荞麦（散装）", "name_en": "Jixiang Hailuo Buckwheat, loose",
                               "unit": "kg", "qty": "1.500", "unit_price_fen": 1600, "line_total_fen": 2400}
    assert doc["phone"] == "13812345678" and doc["status"] == "awaiting_payment" and doc["postage_fen"] is None


def order_event(kind: str, seq: int, payload: dict) -> dict:
    return {"uuid": str(uuid_mod.uuid4()), "seq": seq, "kind": kind, "created_at": T0.isoformat(),
            "payload": {"schema": 1, **payload}}


def confirmed(number: str, seq: int, **extra) -> dict:
    return order_event("order.confirmed", seq, {
        "number": number, "payment_method": "wechat", "payment_reference": "4200001234", "sale_uuid": str(uuid_mod.uuid4()),
        "sale_number": f"T01-{seq:06d}", "postage_fen": 800, "total_fen": 7600, "delivery_uuid": None,
        "delivery_number": None, **extra})


def send(server, *events) -> list[dict]:
    r = push(server, server.token, batch("T01", list(events)))
    assert r.status_code == 200, r.text
    return r.json()["results"]


def test_confirmed_then_online_delivery_moves_the_page_to_handed_over(shop):
    token, number = place(shop)
    cursor = pull(shop)["cursor"]
    event = confirmed(number, 101)
    assert [x["status"] for x in send(shop, event)] == ["accepted"]
    with visitor(shop) as c:
        text = c.get(f"/o/{token}").text
    assert "The hall confirmed your payment (WeChat Pay)" in text and "¥8.00" in text and "¥76.00" in text
    changed = pull(shop, cursor)
    assert [o["number"] for o in changed["orders"]] == [number]
    assert changed["orders"][0]["status"] == "to_pack" and changed["orders"][0]["terminal"] == "T01"
    # the same confirmation again (another UUID): nothing changes twice
    assert [x["status"] for x in send(shop, again(event))] == ["accepted"]
    assert pull(shop, changed["cursor"])["orders"] == []
    life = delivery_life("T01", 7, T0, channel="online",
                         reached={"packed": T0 + timedelta(hours=1), "handed_over": T0 + timedelta(hours=2)})
    for ev in life:
        ev["payload"]["delivery"]["channel_order"] = number
    assert [x["status"] for x in send(shop, *life)] == ["accepted"] * 3
    with visitor(shop) as c:
        text = c.get(f"/o/{token}").text
    assert "China Post, tracking number RB123456785GB" in text
    assert re.search(r'class="step current" aria-current="step">Handed over to the carrier', text)
    after = pull(shop, changed["cursor"])
    assert [o["status"] for o in after["orders"]] == ["handed_over"]
    # resent (new UUIDs, and the old snapshot once more): no change
    assert [x["status"] for x in send(shop, again(life[2]), again(life[0]))] == ["accepted"] * 2
    assert pull(shop, after["cursor"])["orders"] == []


def test_cancelled_with_reason_and_only_from_awaiting_payment(shop):
    token, number = place(shop, fulfilment="pickup", items="GRAIN-001*1")
    cancel = order_event("order.cancelled", 201, {"number": number, "reason": "sold out <b>today</b>"})
    assert [x["status"] for x in send(shop, cancel)] == ["accepted"]
    with visitor(shop) as c:
        text = c.get(f"/o/{token}").text
    assert "Cancelled" in text and "sold out &lt;b&gt;today&lt;/b&gt;" in text
    cursor = pull(shop)["cursor"]
    assert [x["status"] for x in send(shop, confirmed(number, 202), again(cancel))] == ["accepted"] * 2
    assert pull(shop, cursor)["orders"] == []  # a cancelled order is not confirmed afterwards
    assert query(shop.db_url, "SELECT status, payment_method FROM online_orders WHERE number = :n",
                 n=number)[0] == ("cancelled", None)


def test_pickup_confirmed_is_picked_up(shop):
    token, number = place(shop, fulfilment="pickup", items="GRAIN-001*1")
    send(shop, confirmed(number, 301, payment_method="cash", postage_fen=0, total_fen=2200))
    with visitor(shop) as c:
        text = c.get(f"/o/{token}").text
    assert re.search(r'class="step current" aria-current="step">Paid and picked up', text)


def test_bad_order_events_are_rejected_with_reasons(shop):
    results = send(shop, order_event("order.cancelled", 401, {"number": "W-1", "reason": "x"}),
                   order_event("order.cancelled", 402, {"number": "W-000001", "reason": ""}),
                   confirmed("W-000001", 403, payment_method="bitcoin"))
    assert [x["status"] for x in results] == ["rejected"] * 3
    assert "number" in results[0]["reason"] and "reason" in results[1]["reason"]


@pytest.fixture
def limited(new_database, start_server):
    db_url = new_database()
    import_demo_catalogue(db_url)
    return start_server(db_url, env={"YARLUNG_SHOP_ORDER_LIMIT": "2", "YARLUNG_SHOP_REQUEST_LIMIT": "6"})


def test_rate_limit_on_the_real_server(limited):
    with visitor(limited) as c:
        assert [order(c).status_code for _ in range(3)] == [303, 303, 429]
        busy = order(c)
        assert busy.status_code == 429
        assert int(busy.headers["retry-after"]) > 0 and "try again in" in busy.text
    with visitor(limited) as c:
        statuses = [order(c).status_code for _ in range(3)]
    assert statuses == [429] * 3  # 6 requests a minute, then every request is refused
    assert orders_count(limited) == 2


def test_rate_limiter_with_a_moving_clock():
    from yarlung_pos.server.rate_limit import RateLimiter
    clock = FixedClock(T0)
    limiter = RateLimiter(5, 600, clock)
    assert [limiter.hit("1.2.3.4") for _ in range(5)] == [0] * 5
    assert limiter.hit("1.2.3.4") == 600 and limiter.hit("5.6.7.8") == 0
    clock.at = T0 + timedelta(seconds=599)
    assert limiter.retry_after("1.2.3.4") == 1
    clock.at = T0 + timedelta(seconds=600)
    assert limiter.hit("1.2.3.4") == 0 and limiter.retry_after("1.2.3.4") == 0


def test_rate_limit_in_process_with_an_injected_clock(new_database):
    """The app with a fixed clock: the 6th order in 10 minutes is refused, the clock moved on
    10 minutes it is taken."""
    import anyio

    from yarlung_pos.server.app import create_app
    from yarlung_pos.server.database import Database
    from yarlung_pos.server.settings import Settings
    db_url = new_database()
    db = Database(db_url)
    db.migrate()
    import_demo_catalogue(db_url)
    clock = FixedClock(T0)
    app = create_app(db, Settings(session_secret="s" * 32), clock=clock)

    async def run() -> list[int]:
        out = []
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://shop.test",
                                     headers={"Accept-Language": "en"}) as client:
            page = (await client.get("/login")).text
            token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
            for minute in (0, 1, 2, 3, 4, 5, 10):
                clock.at = T0 + timedelta(minutes=minute, seconds=1)
                r = await client.post("/shop/order", data={**GOOD, "csrf_token": token})
                out.append(r.status_code)
        return out

    try:
        assert anyio.run(run) == [303] * 5 + [429, 303]
    finally:
        db.close()


def test_console_lists_orders_with_a_status_filter(shop):
    from .test_office_auth import PASSWORD, add_user, csrf_of
    assert add_user(shop.db_url, "yeshi", "viewer")[0] == 0
    _token, number = place(shop, name="Listed Customer", phone="13900001111")
    with visitor(shop) as c:
        assert c.get("/orders").status_code == 303  # sign in first
        login = c.get("/login")
        c.post("/login", data={"username": "yeshi", "password": PASSWORD, "csrf_token": csrf_of(login.text),
                               "next": "/orders"})
        page = c.get("/orders", params={"status": "awaiting_payment"})
        assert page.status_code == 200
        assert f'data-number="{number}" data-status="awaiting_payment"' in page.text
        assert "139****1111" in page.text and "13900001111" not in page.text
        cancelled = c.get("/orders", params={"status": "cancelled"}).text
        assert f'data-number="{number}"' not in cancelled


def test_a_form_with_too_many_fields_is_refused_not_a_trace(shop):
    before = orders_count(shop)
    with visitor(shop) as c:
        data = {**GOOD, "csrf_token": pre_session_token(c), **{f"extra{i}": "x" for i in range(60)}}
        r = c.post("/shop/order", data=data)
    assert r.status_code == 400 and "The form could not be read" in r.text
    assert orders_count(shop) == before


def test_the_extra_chinese_subsets_name_only_han_characters_in_order():
    from yarlung_pos.server.shop_fonts import MAX_EXTRA, extra_name, parse_extra_name
    points = (0x6717, 0x96EA)                                       # 朗 雪
    assert extra_name(points) == "6717-96ea" and parse_extra_name("6717-96ea") == points
    for stem in ("", "41", "96ea-6717", "6717-6717", "zz", "6717--96ea", "123456", "-".join(["4e00"] * 2),
                 "-".join(f"{0x4E00 + i:x}" for i in range(MAX_EXTRA + 1)), "../etc"):
        assert parse_extra_name(stem) is None, stem
