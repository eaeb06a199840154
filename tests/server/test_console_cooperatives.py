"""Issue #17: the cooperatives' pages — ``/cooperatives`` and ``/cooperatives/<code>`` — on a
server whose database was filled by real till syncs (two till databases enrolled with a real
uvicorn, selling with ``complete_sale`` and refunding with ``refund_sale`` on fixed 2025
clocks, one settling with ``create_settlement``, each pushing with its own sync client).
The pages are read on the app in this process with a fixed clock; their figures must equal
``report sales --by cooperative``, the settlements the till made, and settled + unsettled."""

from __future__ import annotations

import json
import re
import uuid as uuid_mod
from datetime import date, datetime
from decimal import Decimal
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import create_engine, text

from yarlung_pos.db.store import Store
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services.refunds import refund_sale
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.settlement import create_settlement
from yarlung_pos.domain.clock import system_clock
from yarlung_pos.sync import client

from ..conftest import BEIJING, FixedClock
from ..support.people import MANAGER
from .conftest import API, DEMO, alembic_to, auth, cli_json, import_demo_catalogue, query
from .browser import browser, page  # noqa: F401 - the fixtures
from .test_office_auth import HTML, PASSWORD, Browser, add_user, csrf_of

PAGE_NOW = datetime(2025, 4, 20, 10, 0, tzinfo=BEIJING)


def at(month: int, day: int, hour: int = 11) -> datetime:
    return datetime(2025, month, day, hour, 0, tzinfo=BEIJING)


class Till:
    """A till database enrolled with ``server``, on its own settable clock."""

    def __init__(self, path, server, code: str):
        self.store = Store.open(path)
        load_demo(self.store, system_clock, DEMO)
        doc = cli_json(server.db_url, "terminal", "add", code)
        assert client.enrol(self.store, server.url, doc["enrolment_code"]) == code
        self.code, self.clock = code, FixedClock(at(1, 1))

    def sell(self, when: datetime, *items: tuple[str, str]) -> str:
        self.clock.at = when
        cart = Cart()
        with self.store.read() as s:
            for code, qty in items:
                cart.set_qty(cart.add(lookup_code(s, code)), qty)
        return complete_sale(self.store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma", self.clock,
                             actor=MANAGER).uuid

    def refund(self, when: datetime, sale_uuid: str, line_no: int, qty: str) -> str:
        self.clock.at = when
        return refund_sale(self.store, sale_uuid, [(line_no, qty)], "Padma", self.clock, actor=MANAGER).uuid

    def deliver(self, when: datetime, *items: tuple[str, str]) -> str:
        """A home delivery (its sale carries a postage line) of ``items``."""
        from yarlung_pos.domain.delivery import Address
        from yarlung_pos.services import delivery
        self.clock.at = when
        cart = Cart()
        with self.store.read() as s:
            for code, qty in items:
                cart.set_qty(cart.add(lookup_code(s, code)), qty)
        req = delivery.DeliveryRequest(name="索朗卓玛", name_bo="བསོད་ནམས་སྒྲོལ་མ", phone="13812345678",
                                       address=Address(prefecture="山南市", county="琼结县", township="下水乡",
                                                       street="雪村 3 组"), channel="wechat", channel_order="WX-1")
        return delivery.create_delivery(self.store, cart, [Tender(PaymentMethod.CASH, 100_000)], req, "Padma",
                                        self.clock).sale.uuid

    def settle(self, when: datetime, coop: str, start: date, end: date):
        self.clock.at = when
        return create_settlement(self.store, coop, start, end, self.clock)

    def sync(self):
        result = client.sync_now(self.store)
        assert result.rejected == 0 and result.waiting == 0, result
        return result


@pytest.fixture(scope="module")
def county(new_database, start_server, tmp_path_factory):
    """Two tills' 2025 sales synced to a real server; a viewer ``pema`` and a manager ``dawa``;
    the app in this process on a clock of 20 April 2025."""
    from yarlung_pos.server.app import create_app
    from yarlung_pos.server.database import Database

    url = new_database()
    import_demo_catalogue(url)
    assert add_user(url, "pema", "viewer")[0] == 0
    assert add_user(url, "dawa", "manager")[0] == 0
    server = start_server(url)
    folder = tmp_path_factory.mktemp("tills")
    a, b = Till(folder / "c01.db", server, "C01"), Till(folder / "c02.db", server, "C02")
    jan = a.sell(at(1, 10), ("GRAIN-001", "2"), ("GRAIN-008", "1"))
    a.sell(at(1, 31, 23), ("GRAIN-002", "0.735"))          # 23:00 local on 31 January: January
    mar = a.sell(at(3, 5), ("GRAIN-001", "3"), ("OIL-001", "1"))
    a.refund(at(3, 20), mar, 1, "1")                        # one bag back, in March
    b.sell(at(3, 12), ("GRAIN-003", "4"))                   # C02 does not settle
    a.deliver(at(3, 25), ("GRAIN-004", "1"))                # with postage, which no cooperative is owed
    settled = a.settle(at(4, 1, 9), "JIANGSE", date(2025, 1, 1), date(2025, 3, 31))
    taktse = a.settle(at(4, 1, 10), "TAKTSE", date(2025, 1, 1), date(2025, 3, 31))
    a.sell(at(4, 8), ("GRAIN-001", "1"), ("GRAIN-008", "2"))
    b.sell(at(4, 9), ("GRAIN-002", "1.250"))
    a.sync()
    b.sync()
    db = Database(url)
    app = create_app(db, clock=FixedClock(PAGE_NOW))
    yield {"url": url, "server": server, "app": app, "db": db, "tills": (a, b), "jiangse": settled,
           "taktse": taktse, "jan": jan}
    db.close()
    for t in (a, b):
        t.store.close()


def signed_in(app, who: str) -> Browser:
    b = Browser(app)
    assert b.sign_in(who).status_code == 303
    return b


def cells(html: str, figure: str, **attrs: str) -> dict[str, int]:
    """``data-fen`` of the cells ``data-figure=figure`` keyed by ``attrs``' attribute
    (``row="data-cooperative"`` …) of the cell or its row."""
    out = {}
    [(_name, attr)] = attrs.items()
    for row in re.finditer(rf'<tr[^>]*{attr}="([^"]*)"[^>]*>(.*?)</tr>', html, re.S):
        cell = re.search(rf'data-figure="{figure}" data-fen="(-?\d+)"', row.group(2))
        if cell:
            out[row.group(1)] = int(cell.group(1))
    return out


def by_cooperative(url: str) -> dict[str, int]:
    return {r["key"]: r["total_fen"] for r in cli_json(url, "report", "sales", "--by", "cooperative")}


# ---------------------------------------------------------------- /cooperatives

def test_every_cooperative_with_its_net_equal_to_the_sales_report(county):
    b = signed_in(county["app"], "pema")
    r = b.get("/cooperatives?from=2025-01-01&to=2025-12-31", headers=HTML)
    assert r.status_code == 200, r.text
    nets = cells(r.text, "net", row="data-cooperative")
    report = by_cooperative(county["url"])
    assert report and set(report) <= set(nets)
    assert {k: v for k, v in nets.items() if k} == {k: report.get(k, 0) for k in nets if k}
    assert nets[""] == sum(report.values())                           # the total row
    assert len([k for k in nets if k]) == 13                          # every cooperative of the demo catalogue
    order = re.findall(r'<tr data-cooperative="([A-Z]+)"', r.text)
    assert [nets[k] for k in order] == sorted((nets[k] for k in order), reverse=True)
    assert "Jiangse Agricultural Products Cooperative" in r.text and "Xasoi Town" in r.text
    share = re.search(r'data-cooperative="JIANGSE".*?data-figure="share">([^<]+)<', r.text, re.S).group(1)
    assert share == f"{(Decimal(nets['JIANGSE']) * 100 / nets['']).quantize(Decimal('0.1'))}%"


def test_the_default_period_is_this_month_by_the_clock_and_compares_with_the_month_before(county):
    b = signed_in(county["app"], "pema")
    r = b.get("/cooperatives", headers=HTML)
    assert 'name="from" value="2025-04-01"' in r.text and 'name="to" value="2025-04-30"' in r.text
    nets, before = cells(r.text, "net", row="data-cooperative"), cells(r.text, "previous", row="data-cooperative")
    april = dict(query(county["url"], "SELECT l.cooperative, sum(l.line_total_fen - l.discount_fen - l.order_discount_fen) "
                                     "FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.local_date "
                                     "BETWEEN '2025-04-01' AND '2025-04-30' GROUP BY l.cooperative"))
    march = dict(query(county["url"], "SELECT l.cooperative, sum(l.line_total_fen - l.discount_fen - l.order_discount_fen) "
                                     "FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.local_date "
                                     "BETWEEN '2025-03-01' AND '2025-03-31' GROUP BY l.cooperative"))
    assert nets["JIANGSE"] == april["JIANGSE"] > 0 and before["JIANGSE"] == march["JIANGSE"] > 0
    assert nets["AJIA"] == 0 and before["AJIA"] == march["AJIA"] > 0
    change = re.search(r'data-cooperative="JIANGSE".*?data-figure="change">([^<]+)<', r.text, re.S).group(1)
    assert change == f"{(april['JIANGSE'] - march['JIANGSE']) * 100 / march['JIANGSE']:+.1f}%"
    assert b.get("/cooperatives?from=2025-05-01&to=2025-04-01", headers=HTML).status_code == 400
    bad = b.get("/cooperatives?from=yesterday", headers=HTML)
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text and "Traceback" not in bad.text


# ---------------------------------------------------------------- /cooperatives/<code>

def test_each_month_is_settled_plus_unsettled_and_settled_ties_to_the_settlements(county):
    b = signed_in(county["app"], "pema")
    r = b.get("/cooperatives/JIANGSE?year=2025", headers=HTML)
    assert r.status_code == 200, r.text
    net, settled = cells(r.text, "net", row="data-month"), cells(r.text, "settled", row="data-month")
    unsettled = cells(r.text, "unsettled", row="data-month")
    months = [f"2025-{m:02d}" for m in range(1, 13)]
    assert set(months) <= set(net)
    for m in months:
        assert net[m] == settled[m] + unsettled[m], m
    draft = county["jiangse"]
    assert sum(settled[m] for m in months) == draft.gross_fen - draft.refunds_fen > 0
    assert settled["2025-01"] == net["2025-01"] > 0                   # all January was C01's, settled
    assert settled["2025-03"] > 0 and unsettled["2025-03"] > 0        # C02's March is not settled
    assert settled["2025-04"] == 0 and unsettled["2025-04"] > 0       # sold after the settlement
    assert sum(net[m] for m in months) == net["2025"] == by_cooperative(county["url"])["JIANGSE"]
    chart = re.search(r'<script type="application/json" id="chart-months">(.*?)</script>', r.text, re.S).group(1)
    spec = json.loads(chart)
    assert spec["stacked"] and spec["labels"] == months
    assert [spec["datasets"][0]["data"][i] + spec["datasets"][1]["data"][i] for i in range(12)] == [net[m] for m in months]
    # the settlement as the till made it
    row = re.search(rf'<tr data-settlement="{draft.number}"[^>]*>(.*?)</tr>', r.text, re.S).group(1)
    for figure, fen in (("gross", draft.gross_fen), ("refunds", draft.refunds_fen),
                        ("commission", draft.commission_fen), ("due", draft.due_fen)):
        assert f'data-figure="{figure}" data-fen="{fen}"' in row
    assert "2025-01-01 to 2025-03-31" in row and 'data-figure="paid"' in row
    assert draft.refunds_fen > 0
    assert "data-pay=" not in r.text and 'name="reference"' not in r.text   # a viewer gets no form


def test_top_products_and_stock_at_each_terminal(county):
    b = signed_in(county["app"], "pema")
    r = b.get("/cooperatives/JIANGSE?year=2025&from=2025-01-01&to=2025-04-30", headers=HTML)
    products = re.findall(r'<tr data-sku="([^"]+)">\s*<td>.*?data-figure="qty" data-milli="(-?\d+)".*?'
                          r'data-figure="net" data-fen="(-?\d+)"', r.text.split('id="products"')[1].split('id="settlements"')[0],
                          re.S)
    expected = query(county["url"], "SELECT l.sku, sum(l.qty_milli), sum(l.line_total_fen - l.discount_fen - "
                     "l.order_discount_fen) AS net FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                     "WHERE l.cooperative = 'JIANGSE' GROUP BY l.sku ORDER BY net DESC, l.sku")
    assert [(s, int(q), int(n)) for s, q, n in products] == [(s, int(q), int(n)) for s, q, n in expected]
    assert ("GRAIN-001", 5000) in [(s, int(q)) for s, q, _n in products]   # 2 + 3 − 1 + 1 bags
    assert "GRAIN-004" in [s for s, _q, _n in products] and "POSTAGE" not in r.text
    assert query(county["url"], "SELECT count(*) FROM sale_lines WHERE sku = 'POSTAGE'")[0][0] == 1
    stock = r.text.split('id="stock"')[1]
    levels = dict(((t, s), int(q)) for t, s, q in query(
        county["url"], "SELECT terminal_code, sku, sum(qty_milli) FROM stock_moves GROUP BY terminal_code, sku"))
    row = re.search(r'<tr data-sku="GRAIN-001"[^>]*>(.*?)</tr>', stock, re.S).group(1)
    assert f'data-terminal="C01">{levels[("C01", "GRAIN-001")] // 1000}<' in row
    assert levels[("C01", "GRAIN-001")] == -5000
    row = re.search(r'<tr data-sku="GRAIN-002"[^>]*>(.*?)</tr>', stock, re.S).group(1)
    assert 'data-terminal="C01">-0.735<' in row and 'data-terminal="C02">-1.250<' in row
    assert 'data-terminal="">-1.985<' in row
    assert stock.count('<tr data-sku="GRAIN-') == 6                  # every JIANGSE product of the catalogue


def test_an_unknown_cooperative_is_a_404_page(county):
    b = signed_in(county["app"], "pema")
    r = b.get("/cooperatives/NOSUCH", headers=HTML)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "There is no cooperative NOSUCH." in r.text and 'role="alert"' in r.text
    assert b.get("/cooperatives/JIANGSE?year=1999", headers=HTML).status_code == 400


def test_the_settlements_report_of_the_cli_and_the_api_lists_what_the_tills_settled(county):
    url, server = county["url"], county["server"]
    rows = cli_json(url, "report", "settlements", "--cooperative", "jiangse")
    draft = county["jiangse"]
    assert [(r["terminal"], r["number"], r["cooperative"], r["date_from"], r["date_to"], r["gross_fen"],
             r["refunds_fen"], r["commission_bp"], r["commission_fen"], r["due_fen"]) for r in rows] == [
        ("C01", draft.number, "JIANGSE", "2025-01-01", "2025-03-31", draft.gross_fen, draft.refunds_fen,
         draft.commission_bp, draft.commission_fen, draft.due_fen)]
    every = cli_json(url, "report", "settlements")
    assert sorted(r["number"] for r in every) == sorted([draft.number, county["taktse"].number])
    admin = cli_json(url, "admin-token", "--label", "coops")["token"]
    api = httpx.get(f"{server.url}{API}/reports/settlements", params={"cooperative": "TAKTSE"},
                    headers=auth(admin), timeout=15)
    assert api.status_code == 200 and [r["number"] for r in api.json()] == [county["taktse"].number]
    csv_text = httpx.get(f"{server.url}{API}/reports/settlements", params={"format": "csv"}, headers=auth(admin),
                         timeout=15).text
    assert csv_text.splitlines()[0].startswith("id,terminal,number,cooperative,date_from,date_to,gross_fen")
    assert httpx.get(f"{server.url}{API}/reports/settlements", timeout=15).status_code == 401


# ---------------------------------------------------------------- marking a settlement paid

def settlement_row(url: str, number: str):
    return query(url, "SELECT id, paid_at, paid_reference, paid_by, paid_recorded_at FROM settlements "
                      "WHERE number = :n", n=number)[0]


def test_a_viewer_cannot_mark_a_settlement_paid_even_with_a_forged_form(county):
    number = county["jiangse"].number
    sid, *before = settlement_row(county["url"], number)
    b = signed_in(county["app"], "pema")
    token = csrf_of(b.get("/cooperatives/JIANGSE", headers=HTML).text)   # the sign-out form's
    r = b.post(f"/cooperatives/JIANGSE/settlements/{sid}/paid", headers=HTML,
               data={"csrf_token": token, "reference": "BOC-1", "paid_on": "2025-04-10"})
    assert r.status_code == 403 and "Only a manager can mark a settlement paid." in r.text
    assert list(settlement_row(county["url"], number)[1:]) == before      # nothing written
    from yarlung_pos.server.console import PageRefused
    from yarlung_pos.server.office_users import OfficeUser
    from yarlung_pos.server.settlements import mark_settlement_paid
    viewer = OfficeUser(0, "pema", "", "viewer", "")
    with pytest.raises(PageRefused) as refused:
        mark_settlement_paid(county["db"], viewer, sid, "BOC-1", date(2025, 4, 10), FixedClock(PAGE_NOW))
    assert refused.value.status == 403


def test_a_manager_marks_a_settlement_paid_and_bad_input_changes_nothing(county):
    number = county["jiangse"].number
    sid = settlement_row(county["url"], number)[0]
    b = signed_in(county["app"], "dawa")
    page = b.get("/cooperatives/JIANGSE", headers=HTML).text
    assert f'data-pay="{number}"' in page and 'max="2025-04-20"' in page
    token = csrf_of(page)
    path = f"/cooperatives/JIANGSE/settlements/{sid}/paid"
    for reference, paid_on, status, words in (("   ", "2025-04-10", 400, "Give the payment reference"),
                                              ("x" * 65, "2025-04-10", 400, "Give the payment reference"),
                                              ("BOC\x07", "2025-04-10", 400, "Give the payment reference"),
                                              ("BOC-77", "2025-04-21", 400, "after today (2025-04-20)"),
                                              ("BOC-77", "10/04/2025", 400, "YYYY-MM-DD")):
        r = b.post(path, headers=HTML, data={"csrf_token": token, "reference": reference, "paid_on": paid_on})
        assert r.status_code == status and words in r.text and 'role="alert"' in r.text, (reference, paid_on)
        assert settlement_row(county["url"], number)[1:] == (None, None, None, None)
    assert b.post(path, headers=HTML, data={"reference": "BOC-77", "paid_on": "2025-04-10"}).status_code == 403
    r = b.post(path, headers=HTML, data={"csrf_token": token, "reference": " BOC-77 ", "paid_on": "2025-04-10"})
    assert r.status_code == 303 and r.headers["location"] == f"/cooperatives/JIANGSE?paid={number}#settlements"
    row = settlement_row(county["url"], number)
    assert row[1:4] == ("2025-04-10", "BOC-77", "dawa") and row[4].startswith("2025-04-20T02:00:00")
    page = b.get(r.headers["location"].split("#")[0], headers=HTML).text
    assert f"Settlement {number} is marked paid." in page
    assert re.search(rf'<tr data-settlement="{number}".*?data-paid="yes".*?on 2025-04-10, reference BOC-77 \(by dawa\)',
                     page, re.S)
    assert f'data-pay="{number}"' not in page
    again = b.post(path, headers=HTML, data={"csrf_token": token, "reference": "BOC-78", "paid_on": "2025-04-11"})
    assert again.status_code == 409 and "marked paid already, on 2025-04-10 with reference BOC-77" in again.text
    assert settlement_row(county["url"], number)[1:3] == ("2025-04-10", "BOC-77")
    other = b.post(f"/cooperatives/TAKTSE/settlements/{sid}/paid", headers=HTML,
                   data={"csrf_token": token, "reference": "X", "paid_on": "2025-04-10"})
    assert other.status_code == 404                                   # not TAKTSE's settlement


# ---------------------------------------------------------------- the projection

def test_a_resent_settlement_event_is_stored_once(county):
    """The till's outbox event sent again (same UUID), and another event of the same number:
    one settlement, its sales once."""
    url, server = county["url"], county["server"]
    [(uuid, seq, created, payload)] = query(url, "SELECT uuid, seq, created_at, payload FROM events WHERE kind = "
                                                 "'settlement.created' AND payload LIKE :n",
                                            n=f'%"{county["jiangse"].number}"%')
    before = query(url, "SELECT count(*) FROM settlements")[0][0], query(url, "SELECT count(*) FROM settlement_sales")[0][0]
    token = client.load_config(county["tills"][0].store).token
    event = {"uuid": uuid, "seq": seq, "kind": "settlement.created", "created_at": created, "payload": json.loads(payload)}
    twin = {**event, "uuid": str(uuid_mod.uuid4()), "seq": seq + 1000}
    body = {"schema": 1, "terminal": "C01", "sent_at": created, "events": [event, twin]}
    r = httpx.post(f"{server.url}{API}/events", json=body, headers=auth(token), timeout=60)
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["duplicate", "accepted"]
    after = query(url, "SELECT count(*) FROM settlements")[0][0], query(url, "SELECT count(*) FROM settlement_sales")[0][0]
    assert after == before
    [(sales,)] = query(url, "SELECT count(*) FROM settlement_sales ss JOIN settlements s ON s.id = ss.settlement_id "
                            "WHERE s.number = :n", n=county["jiangse"].number)
    assert sales == len(county["jiangse"].sales) == 5   # two sales of January, one of March, its refund, a delivery


def test_migration_s0006_fills_settlements_from_the_events_received_before(new_database):
    from yarlung_pos.server.database import Database

    url = new_database()
    good = ('{"schema":1,"number":"SET-M01-000001","cooperative":"JIANGSE","from":"2025-01-01","to":"2025-01-31",'
            '"gross_fen":10000,"refunds_fen":500,"commission_bp":800,"commission_fen":760,"due_fen":8740,'
            '"sales":["s-1","s-2","s-1"],"products":[]}')
    bad = '{"schema":1,"number":"SET-M01-000002","cooperative":"JIANGSE"}'
    same_number = good.replace("10000", "99999")
    alembic_to(url, "s0005")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO events (uuid, terminal_code, seq, kind, schema, created_at, received_at, payload) "
                          "VALUES (:u, 'M01', :n, 'settlement.created', 1, '2025-02-01T00:00:00+00:00', "
                          "'2025-02-01T00:00:05+00:00', :p)"),
                     [{"u": u, "n": n, "p": p} for n, (u, p) in
                      enumerate((("e-1", good), ("e-2", bad), ("e-3", same_number)), start=1)])
    engine.dispose()
    db = Database(url)
    try:
        db.migrate()
    finally:
        db.close()
    assert [tuple(r) for r in query(url, "SELECT uuid, terminal_code, number, cooperative, date_from, date_to, "
                                         "gross_fen, refunds_fen, commission_bp, commission_fen, due_fen, paid_at "
                                         "FROM settlements")] == [
        ("e-1", "M01", "SET-M01-000001", "JIANGSE", "2025-01-01", "2025-01-31", 10000, 500, 800, 760, 8740, None)]
    assert sorted(r[0] for r in query(url, "SELECT sale_uuid FROM settlement_sales")) == ["s-1", "s-2"]
    alembic_to(url, "s0005", down=True)
    assert query(url, "SELECT count(*) FROM events")[0][0] == 3
    with pytest.raises(Exception, match="settlements"):
        query(url, "SELECT count(*) FROM settlements")


# ---------------------------------------------------------------- in a real browser

def test_a_manager_marks_a_settlement_paid_in_the_browser(county, page, browser, tmp_path):
    """Chromium on the real uvicorn: sign in as the manager, the chart drawn, the TAKTSE
    settlement marked paid with the form; the page fits a 390-px phone."""
    from .test_console_browser import shots
    server, number = county["server"], county["taktse"].number
    page.goto(f"{server.url}/cooperatives/TAKTSE?year=2025")
    assert "/login" in page.url
    page.fill("#username", "dawa")
    page.fill("#password", PASSWORD)
    page.click("form:not(.signout) button[type=submit]")
    page.wait_for_url(f"{server.url}/cooperatives/TAKTSE?year=2025")
    page.wait_for_selector("canvas[data-chart='chart-months'][data-drawn='1']")
    form = page.locator(f"form[data-pay='{number}']")
    form.locator("input[name=reference]").fill("ICBC-2025-0415")
    form.locator("input[name=paid_on]").fill("2025-04-15")
    page.screenshot(path=str(shots(tmp_path) / "cooperative-before-paid.png"), full_page=True)
    form.locator("button[type=submit]").click()
    page.wait_for_url(lambda u: "paid=" in u)
    assert number in page.inner_text("[role=status]")
    cell = page.locator(f"tr[data-settlement='{number}'] [data-figure='paid']")
    assert cell.get_attribute("data-paid") == "yes" and "ICBC-2025-0415" in cell.inner_text()
    assert page.locator(f"form[data-pay='{number}']").count() == 0
    assert settlement_row(county["url"], number)[1:4] == ("2025-04-15", "ICBC-2025-0415", "dawa")
    page.screenshot(path=str(shots(tmp_path) / "cooperative-paid.png"), full_page=True)
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                storage_state=page.context.storage_state())
    phone.set_default_timeout(15_000)
    pages = {"cooperatives": "/cooperatives?from=2025-01-01&to=2025-12-31", "cooperative": "/cooperatives/JIANGSE?year=2025"}
    try:
        small = phone.new_page()
        for lang in ("zh_CN", "bo", "en"):
            for label, path in pages.items():
                for view, size in ((page, "desktop"), (small, "phone")):
                    view.goto(f"{server.url}/language?set={lang}&next={quote(path)}")
                    view.wait_for_selector("canvas[data-drawn='1'], table[data-table='cooperatives']")
                    if size == "phone":
                        assert view.evaluate("document.documentElement.scrollWidth") <= 390, (lang, path)
                    view.screenshot(path=str(shots(tmp_path) / f"{label}-{lang}-{size}.png"), full_page=True)
    finally:
        phone.close()
