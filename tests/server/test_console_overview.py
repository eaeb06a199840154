"""Issue #17: the overview page ``/`` — today, this month and this year by terminal, net per day
over a chosen period and the tills' health — equals ``yarlung-pos-server report sales``.

The sales reach a REAL uvicorn by real HTTP pushes of enrolled terminals, at fixed dates.  The
server process runs on the real clock, so the page is read from the app in this process with a
fixed clock (``create_app(db, clock=…)``, httpx ASGITransport) on the same database; the tills'
last syncs are pushed to that app too, so "not synced for a day" is judged by the fixed clock.
SQLite and (with ``YARLUNG_TEST_POSTGRES_URL``) PostgreSQL.  One Playwright test draws the
chart in Debian's chromium with every off-site request refused.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser

import anyio
import httpx
import pytest

from ..conftest import FixedClock
from .browser import browser, page  # noqa: F401 - the fixtures
from .conftest import API, auth, batch, cli, cli_json, enrol, import_demo_catalogue, push, sale_event, utc
from .test_office_auth import HTML, PASSWORD, Browser, add_user

CHINA = timezone(timedelta(hours=8))
#: the page's clock: 15:08 on 6 May 2031 in China
T0 = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)
TODAY = date(2031, 5, 6)


def local(y, mo, d, h=11, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CHINA)


class Hooks(HTMLParser):
    """The page's test hooks: figure cells by ``(period, figure, key)`` → ``data-value``; the
    tills' rows ``data-till`` → (class, text); badges; the chart JSON; alerts; the period form."""

    def __init__(self, html: str):
        super().__init__()
        self.figures: dict[tuple[str, str, str], int] = {}
        self.tills: dict[str, dict] = {}
        self.alerts: list[str] = []
        self.inputs: dict[str, str] = {}
        self.forms: list[dict] = []
        self.chart: dict | None = None
        self._till: str | None = None
        self._alert = False
        self._chart = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-period" in a and "data-figure" in a and "data-key" in a:
            self.figures[(a["data-period"], a["data-figure"], a["data-key"])] = int(a["data-value"])
        if tag == "tr" and "data-till" in a:
            self._till = a["data-till"]
            self.tills[self._till] = {"class": a.get("class", ""), "text": "", "badge": None, "cells": {}}
        if self._till and tag == "td" and "data-figure" in a:
            self.tills[self._till]["cells"][a["data-figure"]] = a.get("data-value")
        if self._till and tag == "span" and a.get("data-badge") == "stale":
            self.tills[self._till]["badge"] = a.get("class", "")
        if a.get("role") == "alert":
            self._alert = True
            self.alerts.append("")
        if tag == "form":
            self.forms.append(a)
        if tag == "input" and "name" in a:
            self.inputs[a["name"]] = a.get("value", "")
        if tag == "script" and a.get("id") == "overview-chart":
            self._chart = True

    def handle_endtag(self, tag):
        if tag == "tr":
            self._till = None
        if tag == "p":
            self._alert = False
        if tag == "script":
            self._chart = False

    def handle_data(self, data):
        if self._till:
            self.tills[self._till]["text"] += data
        if self._alert:
            self.alerts[-1] += data
        if self._chart:
            import json
            self.chart = json.loads(data)


def _in_thread(fn):
    """``anyio.run(fn)`` in a thread of its own: Playwright's sync API keeps an event loop
    running in this one while a browser fixture lives."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(anyio.run, fn).result(timeout=120)


class Office(Browser):
    """:class:`Browser` (the app in this process, cookies kept) usable beside Playwright."""

    def request(self, method: str, path: str, **kwargs) -> httpx.Response:
        return _in_thread(lambda: self._send(method, path, **kwargs))

    async def _send(self, method: str, path: str, **kwargs) -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=self.base_url,
                                     cookies=self.cookies, headers={"Accept-Language": "en"}) as client:
            r = await client.request(method, path, **kwargs)
            self.cookies = httpx.Cookies(client.cookies)
            return r


def _api_push(app, token: str, body: dict) -> httpx.Response:
    async def send():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://office.test") as c:
            return await c.post(f"{API}/events", json=body, headers=auth(token))
    return _in_thread(send)


@pytest.fixture(scope="module")
def county(new_database, start_server):
    """A real server with the demo catalogue and terminals T01–T03 enrolled (T04 only added),
    sales pushed over HTTP at fixed dates of 2031; then, through the app with the fixed clock,
    T01's last sync 30 hours before T0, T02's an hour before with its clock 3 s ahead and one
    event refused; T03 never synced."""
    from yarlung_pos.server.app import create_app
    from yarlung_pos.server.database import Database

    url = new_database()
    import_demo_catalogue(url)
    assert add_user(url, "pema", "viewer", PASSWORD)[0] == 0
    server = start_server(url)
    tokens = {code: enrol(server, code) for code in ("T01", "T02", "T03")}
    cli_json(url, "terminal", "add", "T04")
    sold = sale_event("T01", [("GRAIN-001", "2", 2200)], seq=3, at=local(2031, 2, 10))
    t01 = [sale_event("T01", [("GRAIN-001", "1", 2200), ("GRAIN-002", "0.5", 1600)], seq=1, at=local(2031, 5, 6, 10)),
           sale_event("T01", [("GRAIN-001", "3", 2200)], seq=2, at=local(2031, 5, 2)),
           sold,
           sale_event("T01", [("GRAIN-001", "-1", 2200)], kind="refund", seq=4, at=local(2031, 5, 6, 12),
                      refund_of=sold["payload"]["sale"]["uuid"]),
           # 00:30 in China on 6 May is still 5 May in UTC: today all the same
           sale_event("T01", [("GRAIN-002", "1.25", 1600)], seq=5, at=local(2031, 5, 6, 0, 30))]
    t02 = [sale_event("T02", [("GRAIN-001", "1", 2200)], seq=1, at=local(2031, 5, 6, 9)),
           sale_event("T02", [("GRAIN-001", "4", 2200)], seq=2, at=local(2031, 4, 30, 18)),
           # 23:30 on 5 May in China: yesterday, not today
           sale_event("T02", [("GRAIN-002", "2", 1600)], seq=3, at=local(2031, 5, 5, 23, 30)),
           sale_event("T02", [("GRAIN-001", "10", 2200)], seq=4, at=local(2031, 1, 1, 9))]
    for code, events in (("T01", t01), ("T02", t02)):
        r = push(server, tokens[code], batch(code, events))
        assert r.status_code == 200, r.text
        assert [x["status"] for x in r.json()["results"]] == ["accepted"] * len(events)
    db = Database(url)
    clock = FixedClock(T0 - timedelta(hours=30))
    app = create_app(db, clock=clock)
    assert _api_push(app, tokens["T01"], batch("T01", [], sent_at=clock.at)).status_code == 200
    clock.at = T0 - timedelta(hours=1)
    refused = {"uuid": "7f1a6a8e-4a9c-4c55-9d59-0d6c0f1e2a3b", "seq": 5, "kind": "no.such.kind",
               "created_at": utc(clock.at), "payload": {"schema": 1}}
    r = _api_push(app, tokens["T02"], batch("T02", [refused], sent_at=clock.at + timedelta(seconds=3)))
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "rejected", r.text
    clock.at = T0
    yield {"url": url, "server": server, "db": db, "app": app, "tokens": tokens, "clock": clock}
    db.close()


@pytest.fixture(scope="module")
def office(county):
    b = Office(county["app"])
    assert b.sign_in("pema").status_code == 303
    return b


def overview(office, query: str = "") -> Hooks:
    r = office.get(f"/{query}", headers=HTML)
    assert r.status_code == 200, r.text
    return Hooks(r.text)


PERIODS = {"today": (TODAY, TODAY), "month": (date(2031, 5, 1), date(2031, 5, 31)),
           "year": (date(2031, 1, 1), date(2031, 12, 31))}


def test_today_month_and_year_equal_the_sales_report(county, office):
    hooks = overview(office)
    by_day = cli_json(county["url"], "report", "sales", "--by", "day")
    for period, (first, last) in PERIODS.items():
        rows = [r for r in by_day if first.isoformat() <= r["key"] <= last.isoformat()]
        assert hooks.figures[(period, "sales", "total")] == sum(r["sales"] for r in rows), period
        assert hooks.figures[(period, "net_fen", "total")] == sum(r["total_fen"] for r in rows), period
        assert hooks.figures[(period, "net_fen", "card")] == sum(r["total_fen"] for r in rows), period
    # every sale so far is of 2031: the year by terminal is the report by terminal
    by_terminal = cli_json(county["url"], "report", "sales", "--by", "terminal")
    assert {r["key"] for r in by_terminal} == {"T01", "T02"}
    for r in by_terminal:
        assert hooks.figures[("year", "sales", r["key"])] == r["sales"]
        assert hooks.figures[("year", "net_fen", r["key"])] == r["total_fen"]
    # and by hand: today T01 sold 2200 + 800 and 2000 (00:30 local), refunded 2200; T02 sold 2200
    assert [hooks.figures[("today", f, "T01")] for f in ("sales", "sales_fen", "refunds", "refunds_fen", "net_fen")] \
        == [2, 5000, 1, 2200, 2800]
    assert [hooks.figures[("today", f, "T02")] for f in ("sales", "sales_fen", "refunds", "net_fen")] == [1, 2200, 0, 2200]
    assert hooks.figures[("month", "net_fen", "T02")] == 2200 + 3200          # 23:30 on 5 May counts in May
    assert hooks.figures[("year", "refunds_fen", "total")] == 2200
    for period in PERIODS:
        f = {k: hooks.figures[(period, k, "total")] for k in ("sales_fen", "refunds_fen", "net_fen")}
        assert f["net_fen"] == f["sales_fen"] - f["refunds_fen"]


def test_the_chart_shows_net_sales_and_refunds_per_day_of_the_chosen_period(county, office):
    by_day = {r["key"]: r for r in cli_json(county["url"], "report", "sales", "--by", "day")}
    hooks = overview(office)                                          # the last 30 days by default
    assert hooks.inputs["from"] == "2031-04-07" and hooks.inputs["to"] == "2031-05-06"
    assert any(f.get("id") == "period-form" and f.get("method") == "get" for f in hooks.forms)
    chart = hooks.chart
    assert chart["labels"][0] == "2031-04-07" and chart["labels"][-1] == "2031-05-06" and len(chart["labels"]) == 30
    net = dict(zip(chart["labels"], chart["datasets"][0]["data"]))
    assert net == {d: by_day.get(d, {"total_fen": 0})["total_fen"] for d in chart["labels"]}
    assert all(isinstance(x, int) for ds in chart["datasets"] for x in ds["data"])
    refunds = dict(zip(chart["labels"], chart["datasets"][2]["data"]))
    assert refunds["2031-05-06"] == 2200
    hooks = overview(office, "?from=2031-01-01&to=2031-02-28")        # a period of the GET form
    assert hooks.chart["labels"][0] == "2031-01-01" and len(hooks.chart["labels"]) == 59
    assert hooks.figures[("day", "net_fen", "2031-01-01")] == by_day["2031-01-01"]["total_fen"] == 22000
    assert hooks.figures[("day", "net_fen", "2031-02-10")] == 4400
    assert not hooks.alerts


@pytest.mark.parametrize("query, says", [("?from=2031-13-01", "is not a date"),
                                         ("?from=2031-05-06&to=2031-05-01", "is after the last date"),
                                         ("?from=2020-01-01&to=2031-01-01", "at most 732 days")])
def test_a_bad_period_says_why_and_shows_the_last_30_days(office, query, says):
    hooks = overview(office, query)
    assert len(hooks.alerts) == 1 and says in hooks.alerts[0]
    assert hooks.chart["labels"][0] == "2031-04-07" and hooks.chart["labels"][-1] == "2031-05-06"


def test_a_till_not_synced_for_a_day_is_red_with_a_badge(office):
    tills = overview(office).tills
    assert list(tills) == ["T01", "T02", "T03", "T04"]
    assert "stale" in tills["T01"]["class"].split() and "bad" in tills["T01"]["badge"]
    assert "not synced for over a day" in tills["T01"]["text"]
    assert "2031-05-05 09:08" in tills["T01"]["text"]                 # 30 h before T0, China time
    assert "stale" not in tills["T02"]["class"] and tills["T02"]["badge"] is None
    assert "not synced" not in tills["T02"]["text"]
    assert tills["T02"]["cells"]["clock_skew_s"] == "3.0" and "+3 s" in tills["T02"]["text"]
    assert tills["T02"]["cells"]["rejected"] == "1" and tills["T01"]["cells"]["rejected"] == "0"
    assert "stale" in tills["T03"]["class"] and "never synced" in tills["T03"]["text"]
    assert "stale" not in tills["T04"]["class"]                       # not enrolled yet: nothing to wait for
    assert all("—" in t["text"] for t in tills.values())              # no app version from the tills


def test_a_sale_of_last_year_is_not_this_year(county, office):
    before = overview(office)
    sale = sale_event("T02", [("GRAIN-001", "7", 2200)], seq=6, at=local(2030, 12, 31, 22))
    r = push(county["server"], county["tokens"]["T02"], batch("T02", [sale]))
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "accepted", r.text
    # that push stamped T02's last sync with the server's real clock: back to an hour before T0
    heartbeat = batch("T02", [], sent_at=T0 - timedelta(hours=1) + timedelta(seconds=3))
    county["clock"].at = T0 - timedelta(hours=1)
    assert _api_push(county["app"], county["tokens"]["T02"], heartbeat).status_code == 200
    county["clock"].at = T0
    after = overview(office, "?from=2030-12-25&to=2031-01-05")
    assert {k: v for k, v in after.figures.items() if k[0] != "day"} == \
        {k: v for k, v in before.figures.items() if k[0] != "day"}
    by_day = {r["key"]: r for r in cli_json(county["url"], "report", "sales", "--by", "day")}
    assert after.figures[("day", "net_fen", "2030-12-31")] == by_day["2030-12-31"]["total_fen"] == 15400
    assert "stale" not in after.tills["T02"]["class"]


def test_signed_out_goes_to_the_sign_in_page_and_json_gets_401(county):
    b = Office(county["app"])
    r = b.get("/?from=2031-01-01", headers=HTML)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/%3Ffrom%3D2031-01-01"
    assert b.get("/").status_code == 401


def test_the_server_itself_serves_the_overview_to_a_viewer(county):
    """The real uvicorn (its own clock): signed in as the viewer, the page answers with the
    tills' table and the figures of the year of its clock."""
    with httpx.Client(base_url=county["server"].url, headers={"Accept": "text/html"}, timeout=30) as c:
        import re
        token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
        r = c.post("/login", data={"username": "pema", "password": PASSWORD, "csrf_token": token, "next": "/"})
        assert r.status_code == 303
        r = c.get("/")
        assert r.status_code == 200
        hooks = Hooks(r.text)
        assert list(hooks.tills) == ["T01", "T02", "T03", "T04"]
        assert ("year", "net_fen", "total") in hooks.figures


def test_the_cli_report_is_untouched(county):
    code, out, _err = cli(county["url"], "report", "sales", "--by", "terminal")
    assert code == 0 and "T01" in out


def test_the_chart_draws_in_a_browser_with_nothing_off_site(county, page):
    server = county["server"]
    off_site, errors = [], []

    def only_here(route):
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            off_site.append(route.request.url)
            route.abort()
    page.route("**/*", only_here)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{server.url}/?from=2031-04-01&to=2031-05-06")
    assert "/login" in page.url
    page.fill("#username", "pema")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(lambda u: "from=2031-04-01" in u and "/login" not in u)
    page.wait_for_selector("canvas[data-chart='overview-chart'][data-drawn='1']")
    box = page.locator("canvas[data-chart='overview-chart']").bounding_box()
    assert box["width"] > 300 and box["height"] > 150
    assert page.locator("td[data-period='day'][data-figure='net_fen'][data-key='2031-05-06']").count() == 1
    page.fill("#from", "2031-05-01")
    page.click("#period-form button[type=submit]")
    page.wait_for_url(lambda u: "from=2031-05-01" in u)
    page.wait_for_selector("canvas[data-drawn='1']")
    assert off_site == [] and errors == []


@pytest.mark.parametrize("lang", ["zh-CN", "bo", "en"])
def test_the_overview_fits_a_phone_and_a_desktop(county, browser, tmp_path, lang):  # noqa: F811 - the fixture
    """390 px wide: no sideways scrolling of the page (wide tables scroll in their frame);
    screenshots in each language, desktop and phone, to ``$YARLUNG_SCREENSHOTS`` or tmp."""
    from .test_console_browser import shots
    server = county["server"]
    for name, viewport, mobile in (("phone", {"width": 390, "height": 844}, True),
                                   ("desktop", {"width": 1280, "height": 800}, False)):
        context = browser.new_context(viewport=viewport, is_mobile=mobile, locale=lang)
        context.set_default_timeout(15_000)
        tab = context.new_page()
        try:
            tab.goto(f"{server.url}/login?next=/%3Ffrom%3D2031-04-07%26to%3D2031-05-06")
            tab.fill("#username", "pema")
            tab.fill("#password", PASSWORD)
            tab.click("button[type=submit]")
            tab.wait_for_selector("canvas[data-drawn='1']")
            assert tab.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            tab.screenshot(path=str(shots(tmp_path) / f"overview-{lang}-{name}.png"), full_page=True)
        finally:
            context.close()
