"""Issue #17, item 6: the console's record pages — closed shifts and Z reports, the tills'
audit log, home deliveries — on a real uvicorn (127.0.0.1) fed by real pushes of
``shift.closed``, ``audit.recorded`` and ``delivery.*`` events at fixed dates in March 2026:
the filters narrow (terminal, local dates, action, user, status, channel, search), the figures
equal the JSON API and the CLI reports, unknown records answer a 404 page, a bad filter the
page with status 400 and its reason, a till user's name is escaped, and a stranger is sent to
/login.  One test filters the audit page by action in a real browser and fits a 390-px phone."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from .browser import browser, page  # noqa: F401 - the fixtures
from .conftest import API, auth, batch, cli_json, enrol, push, utc
from .deliveries_support import delivery_life
from .test_console_browser import shots
from .test_office_auth import PASSWORD, add_user, csrf_of
from .test_shifts_audit import audit, shift_closed

pytestmark = pytest.mark.slow

SCRIPT = "<script>alert(1)</script>"
HTML = {"Accept": "text/html", "Accept-Language": "en"}


def closed(number: str, shift: str, seq: int, closed_at: datetime, **kwargs) -> dict:
    """``shift.closed`` of ``test_shifts_audit`` with the shift opened 8 h before ``closed_at``."""
    ev = shift_closed(number, shift, seq, **kwargs)
    z = ev["payload"]["z_report"]
    z.update(opened_at=utc(closed_at - timedelta(hours=8)), closed_at=utc(closed_at))
    ev["created_at"] = utc(closed_at)
    return ev


def statuses(r: httpx.Response) -> list[str]:
    assert r.status_code == 200, r.text
    return [x["status"] for x in r.json()["results"]]


class Tables(HTMLParser):
    """The tables of a page by ``id``: rows of ``(tr attributes, [(td attributes, text)])``."""

    def __init__(self, html: str):
        super().__init__()
        self.tables: dict[str, list] = {}
        self._table = self._row = self._cell = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self._table = self.tables.setdefault(attrs.get("id", ""), [])
        elif tag == "tr" and self._table is not None:
            self._row = (attrs, [])
            self._table.append(self._row)
        elif tag in ("td", "th") and self._row is not None:
            self._cell = [attrs, ""]
            self._row[1].append(self._cell)

    def handle_endtag(self, tag):
        if tag == "table":
            self._table = None
        elif tag in ("td", "th") and self._cell is not None:
            self._cell[1] = " ".join(self._cell[1].split())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[1] += data


def body_rows(html: str, table: str, key: str) -> dict[str, list]:
    """The rows of ``table`` having attribute ``key``, by its value: their cells."""
    return {attrs[key]: cells for attrs, cells in Tables(html).tables[table] if key in attrs}


@pytest.fixture(scope="module")
def office(new_database, start_server):
    """A server with two tills' shifts, audit entries and deliveries of March 2026, a viewer
    ``pema`` and an admin token."""
    url = new_database()
    assert add_user(url, "pema", "viewer", PASSWORD, "--name", "Pema Lhamo")[0] == 0
    server = start_server(url)
    server.admin = cli_json(url, "admin-token", "--label", "tests")["token"]
    t1, t2 = enrol(server, "R01"), enrol(server, "R02")
    day = lambda d, h=6, m=0: datetime(2026, 3, d, h, m, tzinfo=UTC)  # noqa: E731 - 14:00 in Lhasa
    r01 = [closed("Z-R01-000001", "SH-R01-000001", 1, day(2)),
           # 01:30 on 5 March in Lhasa is still 4 March in UTC: filed under the till's date
           closed("Z-R01-000002", "SH-R01-000002", 2, day(4, 17, 30), expected=20000, counted=20100,
                  by_method=[{"method": "alipay", "sales_fen": 1000, "refunds_fen": -200, "net_fen": 800}]),
           audit("refund", 3, approved_by="Dawa", details={"refund": "R01-R000003", "total_fen": -2200},
                 at=day(2)),
           audit("price_override", 4, approved_by="Dawa", at=day(3),
                 details={"sku": "WINE-001", "to": 3000, "note": "<b>bold</b>", "lines": [1, 2]}),
           audit("login", 5, user=SCRIPT, at=day(4), details={"demo": False}),
           *delivery_life("R01", 1, day(1), reached={"packed": day(1, 8), "handed_over": day(2),
                                                     "delivered": day(5)}, paid_fen=700),
           *delivery_life("R01", 2, day(3), channel="wechat", reached={"packed": day(3, 9)})]
    r02 = [closed("Z-R02-000001", "SH-R02-000001", 1, day(5), expected=30000, counted=30000, by_method=[]),
           audit("refund", 2, user="Lhamo", at=day(5)),
           audit("drawer_opened", 3, user="Lhamo", approved_by="Dorje", at=day(6)),
           *delivery_life("R02", 1, day(4), county="乃东区", reached={"packed": day(4, 7),
                                                                     "handed_over": day(5)}, paid_fen=800)]
    for terminal, token, events in (("R01", t1, r01), ("R02", t2, r02)):
        for n, ev in enumerate(events, start=1):  # the Z report and audit events in schema 2
            ev["seq"] = n
        plain = [e for e in events if e["kind"].startswith("delivery.")]
        rich = [e for e in events if not e["kind"].startswith("delivery.")]
        assert statuses(push(server, token, batch(terminal, rich, schema=2))) == ["accepted"] * len(rich)
        assert statuses(push(server, token, batch(terminal, plain))) == ["accepted"] * len(plain)
    return server


@pytest.fixture
def client(office):
    """An HTTP client signed in as the viewer, asking for HTML in English."""
    with httpx.Client(base_url=office.url, headers=HTML, timeout=30) as c:
        token = csrf_of(c.get("/login").text)
        r = c.post("/login", data={"username": "pema", "password": PASSWORD, "csrf_token": token, "next": "/"})
        assert r.status_code == 303, r.text
        yield c


def api(office, path: str, **params):
    r = httpx.get(f"{office.url}{API}/{path}", params=params, headers=auth(office.admin), timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


# ---------------------------------------------------------------- shifts

def test_shifts_are_filtered_by_terminal_and_the_tills_date_and_match_the_report(office, client):
    r = client.get("/shifts")
    assert r.status_code == 200
    rows = body_rows(r.text, "shifts", "data-z")
    assert list(rows) == ["Z-R02-000001", "Z-R01-000002", "Z-R01-000001"]   # newest first
    report = {z["number"]: z for z in api(office, "reports/shifts")}
    assert report == {z["number"]: z for z in cli_json(office.db_url, "report", "shifts")}
    header = [text for _a, text in Tables(r.text).tables["shifts"][0][1]]
    for number, cells in rows.items():
        z, by = report[number], dict(zip(header, cells, strict=True))
        fen = {h: int(c[0]["data-fen"]) for h, c in by.items() if "data-fen" in c[0]}
        assert (fen["Expected cash"], fen["Counted cash"], fen["Over / short"]) == (
            z["expected_cash_fen"], z["counted_cash_fen"], z["over_short_fen"])
        assert {m: fen[label] for m, label in (("cash", "Cash"), ("wechat", "WeChat Pay"), ("alipay", "Alipay"))
                if label in fen} == z["net_by_method"]
        assert by["Closed by"][1] == z["closed_by"] and by["Terminal"][1] == z["terminal"]
    assert rows["Z-R01-000002"][4][1] == "2026-03-05 01:30 +08:00"           # the till's clock
    short, over, even = (rows[n][11] for n in ("Z-R01-000001", "Z-R01-000002", "Z-R02-000001"))
    assert "stale" in short[0]["class"] and short[1] == "-0.40 short"
    assert "stale" in over[0]["class"] and over[1] == "+1.00 over"
    assert "stale" not in even[0]["class"] and even[1] == "even"

    only = client.get("/shifts", params={"terminal": " r01 "})
    assert list(body_rows(only.text, "shifts", "data-z")) == ["Z-R01-000002", "Z-R01-000001"]
    assert 'value=" r01 "' in only.text                                       # the form keeps it
    # 5 March in Lhasa: Z-R01-000002 (closed at 17:30 UTC on the 4th) and Z-R02-000001
    fifth = client.get("/shifts", params={"from": "2026-03-05", "to": "2026-03-05"})
    assert list(body_rows(fifth.text, "shifts", "data-z")) == ["Z-R02-000001", "Z-R01-000002"]
    assert 'value="2026-03-05"' in fifth.text
    fourth = client.get("/shifts", params={"to": "2026-03-04"})
    assert list(body_rows(fourth.text, "shifts", "data-z")) == ["Z-R01-000001"]
    none = client.get("/shifts", params={"from": "2026-04-01"})
    assert body_rows(none.text, "shifts", "data-z") == {} and "No closed shifts match" in none.text


def test_a_z_report_page_shows_the_report_in_full(office, client):
    r = client.get("/shifts/R01/Z-R01-000001")
    assert r.status_code == 200
    methods = body_rows(r.text, "by-method", "data-method")
    assert {m: [int(c[0]["data-fen"]) for c in cells[1:]] for m, cells in methods.items()} == {
        "cash": [8420, -1782, 6638], "wechat": [3500, 0, 3500]}
    assert methods["wechat"][0][1] == "WeChat Pay"
    counted = body_rows(r.text, "counted", "data-denomination")
    assert list(counted) == ["10000", "5000", "1000", "500", "100"]          # largest note first
    assert [c[1] for c in counted["10000"]] == ["100.00", "2", "200.00"]
    total = sum(int(cells[2][0]["data-fen"]) for cells in counted.values())
    assert total == 26600 == api(office, "reports/shifts", terminal="R01")[0]["counted_cash_fen"]
    assert "-0.40 short" in r.text and "2026-03-02 14:00 +08:00" in r.text
    assert client.get("/shifts/r01/Z-R01-000001").status_code == 200          # a code in any case

    for path in ("/shifts/R01/Z-R01-000009", "/shifts/R09/Z-R01-000001", "/shifts/not%20a%20code!/Z-1"):
        missing = client.get(path)
        assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
        assert "There is no Z report" in missing.text and "Traceback" not in missing.text


# ---------------------------------------------------------------- audit

def test_the_audit_log_is_filtered_and_matches_the_report(office, client):
    r = client.get("/audit")
    assert r.status_code == 200
    rows = Tables(r.text).tables["audit"][1:]
    report = api(office, "reports/audit")
    assert report == cli_json(office.db_url, "report", "audit")
    assert [a["data-uuid"] for a, _c in rows] == [e["uuid"] for e in reversed(report)]  # newest first
    options = re.findall(r'<option value="([^"]*)"', r.text.split('id="f-action"')[1].split("</select>")[0])
    assert options == ["", "drawer_opened", "login", "price_override", "refund"]   # the actions present

    refunds = client.get("/audit", params={"action": "refund"})
    found = {a["data-uuid"]: cells for a, cells in Tables(refunds.text).tables["audit"][1:]}
    assert set(found) == {e["uuid"] for e in api(office, "reports/audit", action="refund")}
    assert [c[1] for c in next(iter(found.values()))][:5] == ["2026-03-05 14:00 +08:00", "R02", "Lhamo",
                                                                "Refund", "—"]
    assert '<option value="refund" selected>' in refunds.text
    both = client.get("/audit", params={"action": "refund", "terminal": "R01"})
    [(attrs, cells)] = Tables(both.text).tables["audit"][1:]
    assert cells[4][1] == "Dawa" and "refund: R01-R000003" in cells[5][1] and "total_fen: -2200" in cells[5][1]
    dated = client.get("/audit", params={"from": "2026-03-03", "to": "2026-03-05"})
    assert [a["data-action"] for a, _c in Tables(dated.text).tables["audit"][1:]] == [
        "refund", "login", "price_override"]
    lhamo = client.get("/audit", params={"user": "lham"})
    assert [a["data-action"] for a, _c in Tables(lhamo.text).tables["audit"][1:]] == ["drawer_opened", "refund"]
    assert "Dorje" in lhamo.text and 'value="lham"' in lhamo.text
    nothing = client.get("/audit", params={"action": "no_such_action"})
    assert nothing.status_code == 200 and "No audit entries match" in nothing.text


def test_a_till_users_name_and_the_details_are_escaped(office, client):
    r = client.get("/audit", params={"action": "login"})
    assert SCRIPT not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    page = client.get("/audit", params={"action": "price_override"}).text
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "<b>lines</b>: [1, 2]" in page and "<b>to</b>: 3000" in page      # key: value, readably
    user = client.get("/audit", params={"user": SCRIPT})
    assert user.status_code == 200 and SCRIPT not in user.text
    assert [a["data-action"] for a, _c in Tables(user.text).tables["audit"][1:]] == ["login"]


# ---------------------------------------------------------------- deliveries

def test_deliveries_are_filtered_counted_and_match_the_report(office, client):
    r = client.get("/deliveries")
    assert r.status_code == 200
    rows = body_rows(r.text, "deliveries", "data-number")
    assert list(rows) == ["D-R02-000001", "D-R01-000002", "D-R01-000001"]   # newest order first
    listed = {d["number"]: d for d in api(office, "deliveries")}
    for number, cells in rows.items():
        d = listed[number]
        assert [c[1] for c in cells[:3]] == [number, d["sale_number"], d["created_at"][:10]]
        assert cells[4][1] == f"{d['address']['prefecture']} {d['address']['county']}"
        assert int(cells[6][0]["data-fen"]) == d["postage_fen"]
    assert rows["D-R01-000001"][7][1] == "Delivered" and rows["D-R01-000002"][7][1] == "Packed"
    assert rows["D-R01-000001"][8][1] == "China Post RB123456785GB"
    assert rows["D-R01-000001"][10][1] == "2026-03-05 14:00 +08:00" and rows["D-R01-000002"][10][1] == "—"
    assert "13812345678" not in r.text and "雪村" not in r.text                # no personal data

    def summary(html):
        [(_attrs, cells)] = Tables(html).tables["summary"][1:]
        return {attrs["data-status"]: int(text) for attrs, text in cells}
    everything = {x["key"]: x["count"] for x in cli_json(office.db_url, "report", "deliveries", "--by", "status")}
    assert summary(r.text) == {"to_pack": 0, "packed": 1, "handed_over": 1, "delivered": 1, "returned": 0}
    assert {k: v for k, v in summary(r.text).items() if v} == everything
    march = client.get("/deliveries", params={"from": "2026-03-02", "to": "2026-03-04"})
    assert list(body_rows(march.text, "deliveries", "data-number")) == ["D-R02-000001", "D-R01-000002"]
    by_report = {x["key"]: x["count"] for x in api(office, "reports/deliveries", by="status", **{
        "from": "2026-03-02", "to": "2026-03-04"})}
    assert {k: v for k, v in summary(march.text).items() if v} == by_report == {"packed": 1, "handed_over": 1}
    link = re.search(r'data-status="packed"><a href="([^"]+)"', march.text).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(link).query) == {"from": ["2026-03-02"], "to": ["2026-03-04"], "status": ["packed"],
                                              "page": ["1"]}

    packed = client.get("/deliveries", params={"status": "packed"})
    assert list(body_rows(packed.text, "deliveries", "data-number")) == ["D-R01-000002"]
    assert '<option value="packed" selected>' in packed.text
    assert summary(packed.text)["delivered"] == 1                              # counts for the other filters
    assert list(body_rows(client.get("/deliveries", params={"terminal": "R02"}).text, "deliveries",
                          "data-number")) == ["D-R02-000001"]
    assert list(body_rows(client.get("/deliveries", params={"channel": "wechat"}).text, "deliveries",
                          "data-number")) == ["D-R01-000002"]
    for q, found in (("r01-000001", ["D-R01-000001"]), ("RB1234", ["D-R02-000001", "D-R01-000001"])):
        assert list(body_rows(client.get("/deliveries", params={"q": q}).text, "deliveries",
                              "data-number")) == found


def test_a_delivery_page_shows_its_history_with_personal_data_masked(office, client):
    listed = {x["number"]: x for x in api(office, "deliveries")}
    done = listed["D-R01-000001"]  # delivered in March: erased 180 days after, at a later push
    for key in (done["uuid"], done["number"]):
        r = client.get(f"/deliveries/{key}")
        assert r.status_code == 200
        history = Tables(r.text).tables["history"][1:]
        assert [a["data-status"] for a, _c in history] == [h["status"] for h in done["history"]]
        assert [c[1] for c in history[-1][1]] == ["Delivered", "2026-03-05 14:00 +08:00", "Dawa"]
    assert done["phone"] is None and "Personal data erased" in r.text and 'class="phone">—<' in r.text
    d = listed["D-R02-000001"]  # handed over, not delivered: its data is kept, and shown masked
    r = client.get(f"/deliveries/{d['number']}")
    assert d["phone"] == "138****5678" and f'class="phone">{d["phone"]}<' in r.text
    assert "13812345678" not in r.text and "雪村 12号" not in r.text and d["address"]["street"] in r.text
    assert "Personal data erased" not in r.text and "乃东区" in r.text
    assert [a["data-status"] for a, _c in Tables(r.text).tables["history"][1:]] == ["to_pack", "packed",
                                                                                  "handed_over"]
    missing = client.get("/deliveries/D-R01-999999")
    assert missing.status_code == 404 and "There is no delivery D-R01-999999" in missing.text


# ---------------------------------------------------------------- refusals

@pytest.mark.parametrize("path, params, reason", [
    ("/shifts", {"from": "2026-02-30"}, "is not a date"),
    ("/shifts", {"from": "2026-03-05", "to": "2026-03-01"}, "is after the last date"),
    ("/shifts", {"page": "0"}, "The page must be a whole number"),
    ("/audit", {"to": "yesterday"}, "“yesterday” is not a date"),
    ("/audit", {"terminal": "not a code!"}, "is not a terminal code"),
    ("/audit", {"user": "x" * 65}, "at most 64 characters"),
    ("/deliveries", {"status": "lost"}, "“lost” is not a delivery status"),
    ("/deliveries", {"from": "5 March"}, "is not a date"),
    ("/deliveries", {"page": "two"}, "The page must be a whole number"),
])
def test_a_bad_filter_answers_the_page_with_400_and_the_reason(client, path, params, reason):
    r = client.get(path, params=params)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert reason in r.text and 'role="alert"' in r.text and "Traceback" not in r.text
    assert '<form class="filters"' in r.text                                   # the page, with its form
    for name, value in params.items():                                        # what was typed is kept
        if name in ("from", "to", "terminal", "user"):
            assert f'value="{value}"' in r.text


def test_a_stranger_is_sent_to_sign_in(office):
    for path in ("/shifts", "/shifts/R01/Z-R01-000001", "/audit?action=refund", "/deliveries",
                 "/deliveries/D-R01-000001"):
        r = httpx.get(f"{office.url}{path}", headers=HTML, timeout=30)
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=/"), path


def test_a_long_list_is_paged_and_the_links_keep_the_filters(new_database, start_server):
    """55 drawer openings and 3 refunds of one till: 50 a page, newest first; the links to
    the other page keep the action and terminal filters."""
    url = new_database()
    assert add_user(url, "pema", "viewer", PASSWORD)[0] == 0
    server = start_server(url)
    token = enrol(server, "P01")
    start = datetime(2026, 2, 1, 4, 0, tzinfo=UTC)
    events = [audit("drawer_opened" if n <= 55 else "refund", n, at=start + timedelta(hours=n),
                    details={"n": n}) for n in range(1, 59)]
    assert statuses(push(server, token, batch("P01", events, schema=2))) == ["accepted"] * 58
    with httpx.Client(base_url=server.url, headers=HTML, timeout=30) as c:
        token = csrf_of(c.get("/login").text)
        assert c.post("/login", data={"username": "pema", "password": PASSWORD, "csrf_token": token}).status_code == 303
        first = c.get("/audit", params={"action": "drawer_opened", "terminal": "p01"})
        rows = Tables(first.text).tables["audit"][1:]
        assert len(rows) == 50 and "n: 55" in rows[0][1][5][1] and "n: 6" in rows[-1][1][5][1]
        assert "Page 1 of 2" in first.text and 'rel="prev"' not in first.text and "55 found" in first.text
        link = re.search(r'rel="next" href="([^"]+)"', first.text).group(1).replace("&amp;", "&")
        assert parse_qs(urlsplit(link).query) == {"action": ["drawer_opened"], "terminal": ["p01"], "page": ["2"]}
        second = c.get(link)
        rows = Tables(second.text).tables["audit"][1:]
        assert [cells[5][1] for _a, cells in rows] == [f"n: {n}" for n in range(5, 0, -1)]
        back = re.search(r'rel="prev" href="([^"]+)"', second.text).group(1).replace("&amp;", "&")
        assert parse_qs(urlsplit(back).query)["page"] == ["1"] and 'rel="next"' not in second.text
        # by the till's dates (12:00 in Lhasa on 1 February, then an entry an hour)
        second_day = c.get("/audit", params={"action": "drawer_opened", "from": "2026-02-02", "to": "2026-02-02"})
        rows = Tables(second_day.text).tables["audit"][1:]
        assert [cells[5][1] for _a, cells in rows] == [f"n: {n}" for n in range(35, 11, -1)]
        assert "24 found" in second_day.text and 'rel="next"' not in second_day.text
        dated = c.get("/audit", params={"action": "drawer_opened", "from": "2026-02-01", "to": "2026-02-03",
                                        "page": "2"})
        assert [cells[5][1] for _a, cells in Tables(dated.text).tables["audit"][1:]] == [
            f"n: {n}" for n in range(5, 0, -1)]
        assert "55 found" in dated.text and "Page 2 of 2" in dated.text
        beyond = c.get("/audit", params={"action": "drawer_opened", "page": "9"})
        assert beyond.status_code == 200 and "No audit entries match" in beyond.text


# ---------------------------------------------------------------- in a browser

def test_the_audit_page_is_filtered_by_action_in_a_browser_and_fits_a_phone(office, page, browser, tmp_path):
    page.goto(f"{office.url}/audit")
    page.fill("#username", "pema")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(lambda u: "/audit" in u and "/login" not in u)
    assert page.locator("#audit tbody tr[data-uuid]").count() == 5
    page.select_option("#f-action", "refund")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(lambda u: "action=refund" in u)
    assert page.locator("#audit tbody tr[data-uuid]").count() == 2
    assert set(page.locator("#audit tbody tr").evaluate_all("rows => rows.map(r => r.dataset.action)")) == {"refund"}
    assert page.input_value("#f-action") == "refund"                           # kept after submitting
    assert page.evaluate("document.querySelectorAll('script:not([type])').length") == 0
    page.screenshot(path=str(shots(tmp_path) / "audit-refund.png"), full_page=True)

    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  storage_state=page.context.storage_state())
    context.set_default_timeout(15_000)
    phone = context.new_page()
    try:
        for path in ("/audit?action=price_override", "/shifts", "/shifts/R01/Z-R01-000001", "/deliveries",
                     "/deliveries/D-R01-000001"):
            phone.goto(f"{office.url}{path}")
            assert "/login" not in phone.url
            assert phone.evaluate("document.documentElement.scrollWidth") <= 390, path
            wrap = phone.locator(".table-wrap").first
            assert wrap.evaluate("e => getComputedStyle(e).overflowX") == "auto"
            box = wrap.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390, path
            phone.screenshot(path=str(shots(tmp_path) / f"phone{path.replace('/', '-').split('?')[0]}.png"),
                             full_page=True)
    finally:
        context.close()
