"""Issue #17, the catalogue and its prices in the county office's console (``/catalogue``):
the same catalogue rules as the tills' CSV import, managers only, and a price changed in the
browser reaches a till at its next pull.

In a real browser (Playwright driving Debian's chromium) against a real uvicorn on a
database with the demo catalogue, with a real till database enrolled with it; the refusals
also on the app in this process with a fixed clock (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.sync import client

from ..conftest import FixedClock
from ..support.people import MANAGER
from .browser import browser, page  # noqa: F401 - the fixtures
from .conftest import cli_json, import_demo_catalogue, query
from .test_office_auth import HTML, PASSWORD, Browser, add_user, csrf_of
from .test_terminal_sync import Terminal

T0 = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)
PRODUCT_HEADER = "sku,barcode,name_bo,name_zh,name_en,category,cooperative,unit,price_fen,active\n"
XSS = "<img src=x onerror=alert(1)>"


def price_of(db_url: str, sku: str) -> int:
    [(fen,)] = query(db_url, "SELECT price_fen FROM products WHERE sku = :sku", sku=sku)
    return fen


def changes(db_url: str) -> int:
    [(n,)] = query(db_url, "SELECT count(*) FROM catalogue_changes")
    return n


def snapshot(db_url: str) -> list:
    """Every catalogue row and change: to show that nothing was written."""
    return [query(db_url, f"SELECT * FROM {table} ORDER BY 1")
            for table in ("products", "categories", "cooperatives", "catalogue_changes")]


@pytest.fixture
def office(new_database):
    """A database with the demo catalogue, viewer ``pema`` and manager ``dawa``, the app on a
    fixed clock, and a browser (httpx, cookies kept) for each of them."""
    from yarlung_pos.server.app import create_app
    from yarlung_pos.server.database import Database

    url = new_database()
    import_demo_catalogue(url)
    assert add_user(url, "pema", "viewer")[0] == 0
    assert add_user(url, "dawa", "manager")[0] == 0
    db = Database(url)
    app = create_app(db, clock=FixedClock(T0))
    viewer, manager = Browser(app), Browser(app)
    assert viewer.sign_in("pema").status_code == 303
    assert manager.sign_in("dawa").status_code == 303
    yield {"url": url, "db": db, "app": app, "viewer": viewer, "manager": manager}
    db.close()


def post_form(b: Browser, path: str, page_path: str, **fields: str):
    """POST ``fields`` to ``path`` with the CSRF token of the page ``page_path``."""
    token = csrf_of(b.get(page_path, headers=HTML).text)
    return b.post(path, data={"csrf_token": token, **fields}, headers=HTML)


# ---------------------------------------------------------------- who may do what (in process)

def test_everyone_signed_in_sees_the_products_but_only_a_manager_gets_forms(office):
    v = office["viewer"].get("/catalogue", headers=HTML)
    assert v.status_code == 200
    assert "WINE-001" in v.text and 'name="price"' not in v.text and "/edit" not in v.text
    m = office["manager"].get("/catalogue", headers=HTML)
    assert m.text.count('name="price"') == 84 == m.text.count('<tr id="p-')   # the demo's 84 products, one page
    for kind, code in (("categories", "GRAIN"), ("cooperatives", "JIANGSE")):
        listed = office["viewer"].get(f"/catalogue/{kind}", headers=HTML)
        assert listed.status_code == 200 and f'<tr id="c-{code}">' in listed.text
        assert "/edit" not in listed.text and f"/catalogue/{kind}/add" not in listed.text
        assert f"/catalogue/{kind}/add" in office["manager"].get(f"/catalogue/{kind}", headers=HTML).text
    assert office["viewer"].get("/catalogue/WINE-001/edit", headers=HTML).status_code == 403
    assert office["viewer"].get("/catalogue/add", headers=HTML).status_code == 403
    assert office["viewer"].get("/catalogue/import", headers=HTML).status_code == 403
    assert Browser(office["app"]).get("/catalogue", headers=HTML).status_code == 303   # not signed in


def test_a_viewer_forging_a_price_post_is_refused_and_nothing_changes(office):
    url = office["url"]
    before = snapshot(url)
    r = post_form(office["viewer"], "/catalogue/WINE-001/price", "/catalogue", price="1.00")
    assert r.status_code == 403 and "Only a manager can change the catalogue" in r.text
    for path, fields in (("/catalogue/add", {"sku": "NEW-1", "name_bo": "ཚ", "name_zh": "新", "name_en": "New",
                                             "category": "GRAIN", "cooperative": "JIANGSE", "unit": "piece",
                                             "price": "1"}),
                         ("/catalogue/WINE-001/edit", {"name_en": "Forged"}),
                         ("/catalogue/categories/add", {"code": "X"}),
                         ("/catalogue/cooperatives/JIANGSE/edit", {"name_en": "Forged"})):
        assert post_form(office["viewer"], path, "/catalogue", **fields).status_code == 403, path
    files = {"file": ("p.csv", (PRODUCT_HEADER + "WINE-001,,ཆང་,酒,Wine,WINE,CHAMCHEN,bottle,1,1\n").encode())}
    token = csrf_of(office["viewer"].get("/catalogue", headers=HTML).text)
    r = office["viewer"].post("/catalogue/import", data={"csrf_token": token}, files=files, headers=HTML)
    assert r.status_code == 403
    assert snapshot(url) == before


def test_the_service_itself_refuses_a_viewer(office):
    from yarlung_pos.server import console_catalogue as cat
    from yarlung_pos.server.console import PageRefused
    from yarlung_pos.server.office_users import OfficeUser
    viewer = OfficeUser(1, "pema", "", "viewer", "x")
    for call in (lambda: cat.change_price(office["db"], viewer, "WINE-001", "1.00"),
                 lambda: cat.save(office["db"], viewer, "categories", {"code": "NEW"}),
                 lambda: cat.import_csv(office["db"], viewer, [cat.Upload("a.csv", b"")])):
        with pytest.raises(PageRefused) as refused:
            call()
        assert refused.value.status == 403
    assert price_of(office["url"], "WINE-001") != 100


def test_a_form_without_its_csrf_token_is_refused(office):
    old = price_of(office["url"], "WINE-001")
    r = office["manager"].post("/catalogue/WINE-001/price", data={"price": "1.00"}, headers=HTML)
    assert r.status_code == 403
    r = office["manager"].post("/catalogue/WINE-001/price", data={"price": "1.00", "csrf_token": "forged"},
                               headers=HTML)
    assert r.status_code == 403
    r = office["manager"].post("/catalogue/import", data={"csrf_token": "forged"},
                               files={"file": ("p.csv", PRODUCT_HEADER.encode())}, headers=HTML)
    assert r.status_code == 403
    assert price_of(office["url"], "WINE-001") == old


@pytest.mark.parametrize("typed, reason", [
    ("abc", "the price is in yuan with at most two decimals (like 12.50), not 'abc'"),
    ("-1", "the price is in yuan with at most two decimals (like 12.50), not '-1'"),
    ("1.234", "the price is in yuan with at most two decimals (like 12.50), not '1.234'"),
    ("1e3", "the price is in yuan with at most two decimals (like 12.50), not '1e3'"),
    ("", "the price is in yuan with at most two decimals (like 12.50), not ''"),
    ("0", "the price must be above zero and at most ￥1,000,000"),
    ("1000000.01", "the price must be above zero and at most ￥1,000,000"),
    ("99999999999999999999", "the price must be above zero and at most ￥1,000,000"),
])
def test_a_bad_price_is_refused_next_to_its_field_and_nothing_changes(office, typed, reason):
    url = office["url"]
    before = snapshot(url)
    r = post_form(office["manager"], "/catalogue/WINE-001/price?q=wine", "/catalogue?q=wine", price=typed)
    assert r.status_code == 422
    row = re.search(r'<tr id="p-WINE-001">.*?</tr>', r.text, re.S).group(0)
    assert f'value="{typed}"' in row and 'aria-invalid="true"' in row       # what was typed is kept
    assert reason.replace("'", "&#39;") in row                                # the reason, next to it
    assert snapshot(url) == before


def test_a_manager_changes_a_price_and_the_list_keeps_its_filters(office):
    url = office["url"]
    r = post_form(office["manager"], "/catalogue/WINE-001/price?q=wine&active=1", "/catalogue", price="￥99.50")
    assert r.status_code == 303
    assert r.headers["location"] == "/catalogue?q=wine&active=1&changed=WINE-001#p-WINE-001"
    assert price_of(url, "WINE-001") == 9950
    page = office["manager"].get(r.headers["location"].split("#")[0], headers=HTML).text
    assert "is now 99.50 yuan" in page and 'value="99.50"' in page
    [(source,)] = query(url, "SELECT source FROM catalogue_changes ORDER BY id DESC LIMIT 1")
    assert source == "price WINE-001 9950"
    same = post_form(office["manager"], "/catalogue/WINE-001/price", "/catalogue", price="99.5")
    assert "unchanged=1" in same.headers["location"] and changes(url) == 2    # no new change for the same price


def test_filters_and_pages(office):
    from yarlung_pos.server import console_catalogue as cat
    db = office["db"]
    everything = cat.list_products(db, per_page=10)
    assert (everything.total, everything.pages, len(everything.rows)) == (84, 9, 10)
    last = cat.list_products(db, per_page=10, page=99)
    assert last.page == 9 and len(last.rows) == 4
    drinks = cat.list_products(db, category="drink")
    assert drinks.total >= 2 and {r["category"] for r in drinks.rows} == {"DRINK"}
    assert 0 < cat.list_products(db, cooperative="CHAMCHEN", category="DRINK").total <= drinks.total
    by_name = cat.list_products(db, text="buckwheat")
    assert {r["sku"] for r in by_name.rows} >= {"GRAIN-001", "GRAIN-002"}
    assert {r["sku"] for r in cat.list_products(db, text="荞麦").rows} >= {"GRAIN-001", "GRAIN-002"}
    assert cat.list_products(db, text="6972042001076").rows[0]["sku"] == "GRAIN-001"
    assert cat.list_products(db, text="%").total == 0 and cat.list_products(db, text="_").total == 0
    not_sold = {r["sku"] for r in cat.list_products(db, active=False).rows}
    assert not_sold == {"INC-006", "WINE-007"}                                # the demo's two not sold
    assert cat.list_products(db, active=True).total == 82
    html = office["viewer"].get("/catalogue?category=GRAIN&page=1&q=", headers=HTML).text
    assert "GRAIN-001" in html and "WINE-001" not in html


# ---------------------------------------------------------------- products, categories, cooperatives

NEW_PRODUCT = {"sku": "tea-900", "barcode": "", "name_bo": "ཇ་", "name_zh": "砖茶", "name_en": "Brick Tea",
               "category": "GRAIN", "cooperative": "JIANGSE", "unit": "piece", "price": "18.80", "active": "1"}


def test_a_manager_adds_and_edits_a_product_by_the_import_rules(office):
    url = office["url"]
    r = post_form(office["manager"], "/catalogue/add", "/catalogue/add", **NEW_PRODUCT)
    assert r.status_code == 303 and r.headers["location"] == "/catalogue?q=TEA-900&saved=TEA-900"
    assert query(url, "SELECT sku, name_en, price_fen, active FROM products WHERE sku = 'TEA-900'") == [
        ("TEA-900", "Brick Tea", 1880, True)]
    again = post_form(office["manager"], "/catalogue/add", "/catalogue/add", **NEW_PRODUCT)
    assert again.status_code == 422 and "There is a product with the SKU TEA-900 already." in again.text
    form = office["manager"].get("/catalogue/TEA-900/edit", headers=HTML).text
    assert 'value="Brick Tea"' in form and 'name="price"' not in form
    edited = post_form(office["manager"], "/catalogue/TEA-900/edit", "/catalogue/TEA-900/edit",
                       **{**NEW_PRODUCT, "sku": "FORGED", "name_en": "  Brick   Tea 250 g ", "price": "1",
                          "active": ""})
    assert edited.status_code == 303
    assert query(url, "SELECT sku, name_en, price_fen, active FROM products WHERE sku IN ('TEA-900', 'FORGED')") == [
        ("TEA-900", "Brick Tea 250 g", 1880, False)]             # tidied; the price and SKU kept; not sold


def test_every_bad_field_of_a_product_is_named_and_kept_and_nothing_is_written(office):
    url = office["url"]
    before = snapshot(url)
    typed = {**NEW_PRODUCT, "barcode": "6972042001077", "name_bo": "Tea", "name_zh": "", "name_en": XSS + "茶",
             "category": "NOPE", "unit": "crate", "price": "12.345"}
    r = post_form(office["manager"], "/catalogue/add", "/catalogue/add", **typed)
    assert r.status_code == 422
    errors = dict(re.findall(r'<span class="field-error" id="e-([a-z_]+)" role="alert">(.*?)</span>', r.text, re.S))
    assert set(errors) == {"barcode", "name_bo", "name_zh", "name_en", "category", "unit", "price"}
    assert "check digit" in errors["barcode"] and "unknown category" in errors["category"]
    assert "Chinese name is missing" in errors["name_zh"] and "two decimals" in errors["price"]
    assert 'value="12.345"' in r.text and 'value="6972042001077"' in r.text   # typed values kept
    assert XSS not in r.text and "&lt;img src=x onerror=alert(1)&gt;" in r.text
    taken = post_form(office["manager"], "/catalogue/add", "/catalogue/add",
                      **{**NEW_PRODUCT, "barcode": "6972042001076"})
    assert "barcode 6972042001076 already belongs to GRAIN-001" in taken.text
    assert snapshot(url) == before


def test_categories_and_cooperatives_are_added_and_edited(office):
    url = office["url"]
    m = office["manager"]
    r = post_form(m, "/catalogue/categories/add", "/catalogue/categories/add", code="tea", name_bo="ཇ་",
                  name_zh="茶叶", name_en="Tea", sort_order="5")
    assert r.status_code == 303 and r.headers["location"] == "/catalogue/categories?saved=TEA#c-TEA"
    assert "Tea is saved" in m.get("/catalogue/categories?saved=TEA", headers={**HTML, "Accept-Language": "en"}).text
    bad = post_form(m, "/catalogue/cooperatives/JIANGSE/edit", "/catalogue/cooperatives/JIANGSE/edit",
                    name_bo="ལྕང་གསེར་", name_zh="江色", name_en="Jiangse", town_bo="", town_zh="Town", town_en="下水")
    assert bad.status_code == 422 and 'value="Town"' in bad.text
    assert "has no Chinese characters" in bad.text and "has no Latin letters" in bad.text
    ok = post_form(m, "/catalogue/cooperatives/JIANGSE/edit", "/catalogue/cooperatives/JIANGSE/edit",
                   name_bo="ལྕང་གསེར་", name_zh="江色", name_en="Jiangse", town_bo="", town_zh="", town_en="")
    assert ok.status_code == 303
    assert query(url, "SELECT name_en, town_zh FROM cooperatives WHERE code = 'JIANGSE'") == [("Jiangse", "")]
    assert m.get("/catalogue/things", headers=HTML).status_code == 404
    assert m.get("/catalogue/categories/NOPE/edit", headers=HTML).status_code == 404


# ---------------------------------------------------------------- the CSV upload (in process)

def upload(b: Browser, *files: tuple[str, str | bytes]):
    token = csrf_of(b.get("/catalogue/import", headers=HTML).text)
    parts = [("file", (name, body.encode() if isinstance(body, str) else body, "text/csv")) for name, body in files]
    return b.post("/catalogue/import", data={"csrf_token": token}, files=parts, headers=HTML)


def test_an_upload_over_two_mib_is_refused_with_a_message(office):
    before = snapshot(office["url"])
    r = upload(office["manager"], ("big.csv", PRODUCT_HEADER + "x" * (3 * 1024 * 1024)))
    assert r.status_code == 413 and "larger than 2 MiB" in r.text
    r = upload(office["manager"], ("big.csv", PRODUCT_HEADER + "x" * (2 * 1024 * 1024 + 100)))
    assert r.status_code == 422 and "big.csv is larger than 2 MiB" in r.text
    assert snapshot(office["url"]) == before


def test_an_upload_with_no_file_or_a_bad_header_says_so(office):
    assert "Choose a CSV file" in upload(office["manager"], ("", b"")).text
    r = upload(office["manager"], ("x.csv", "sku,name\nA,B\n"))
    assert r.status_code == 422 and "required column missing" in r.text
    r = upload(office["manager"], ("x.csv", b"\xff\xfe" + "sku".encode("utf-16-le")))
    assert r.status_code == 422 and "not UTF-8" in r.text


# ---------------------------------------------------------------- in a real browser, with a real till

@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """A real uvicorn on a SQLite database with the demo catalogue, viewer ``pema`` and manager
    ``dawa``; module-wide, so a test that changes the catalogue puts the price back or changes
    products no other test looks at (the refusals run on PostgreSQL too, in process)."""
    from .conftest import Server
    url = f"sqlite:///{tmp_path_factory.mktemp('county') / 'server.db'}"
    import_demo_catalogue(url)
    assert add_user(url, "pema", "viewer")[0] == 0
    assert add_user(url, "dawa", "manager")[0] == 0
    server = Server(url, tmp_path_factory.mktemp("log")).start()
    yield server
    server.stop()


def sign_in(page, server, username: str) -> None:
    page.goto(f"{server.url}/login?next=/catalogue")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/catalogue")


def test_a_price_changed_in_the_browser_reaches_a_till_on_its_next_pull(county, page, tmp_path):
    till = Terminal(tmp_path / "till.db", county, "T01")
    try:
        client.sync_now(till.store)
        with till.store.read() as s:
            old = lookup_code(s, "WINE-001").price_fen
        assert old == price_of(county.db_url, "WINE-001") == 3500
        sign_in(page, county, "dawa")
        page.fill("#q", "WINE-001")
        page.click("form.filters button[type=submit]")
        row = page.locator("tr#p-WINE-001")
        row.locator("input[name=price]").fill("41.80")
        row.locator("form.price button[type=submit]").click()
        page.wait_for_url(re.compile(r".*changed=WINE-001.*"))
        assert "41.80" in page.locator("[role=status]").inner_text()
        assert page.locator("tr#p-WINE-001 input[name=price]").input_value() == "41.80"
        assert price_of(county.db_url, "WINE-001") == 4180
        result = client.sync_now(till.store)                     # the till's next pull
        assert result.pulled >= 1
        with till.store.read() as s:
            assert lookup_code(s, "WINE-001").price_fen == 4180
        cart = Cart()
        with till.store.read() as s:
            cart.set_qty(cart.add(lookup_code(s, "WINE-001")), "2")
        sale = complete_sale(till.store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "console",
                             lambda: datetime(2031, 5, 6, 9, 0, tzinfo=UTC), actor=MANAGER)
        assert sale.total_fen == 2 * 4180                         # a sale at the till uses it
    finally:
        till.close()
        cli_json(county.db_url, "catalogue", "price", "WINE-001", "3500")


def test_a_viewer_sees_no_form_and_a_forged_post_is_refused(county, page):
    sign_in(page, county, "pema")
    assert page.locator("tr#p-WINE-001").is_visible()
    assert page.locator("form.price").count() == 0 and page.locator("input[name=price]").count() == 0
    assert page.locator("a[href='/catalogue/import']").count() == 0
    old = price_of(county.db_url, "WINE-001")
    token = page.evaluate("document.querySelector('form.signout input[name=csrf_token]').value")
    status = page.evaluate("""async (token) => {
        const body = new URLSearchParams({csrf_token: token, price: '1.00'});
        const r = await fetch('/catalogue/WINE-001/price', {method: 'POST', body, headers: {Accept: 'text/html'}});
        return r.status; }""", token)
    assert status == 403
    status = page.evaluate("""async () => {
        const body = new URLSearchParams({price: '1.00'});
        const r = await fetch('/catalogue/WINE-001/price', {method: 'POST', body});
        return r.status; }""")
    assert status == 403                                         # and without the token
    assert price_of(county.db_url, "WINE-001") == old


def test_a_manager_form_without_csrf_and_bad_prices_change_nothing(county, page):
    sign_in(page, county, "dawa")
    old = price_of(county.db_url, "GRAIN-001")
    page.evaluate("document.querySelector('tr#p-GRAIN-001 form.price input[name=csrf_token]').remove()")
    page.locator("tr#p-GRAIN-001 input[name=price]").fill("1.00")
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.locator("tr#p-GRAIN-001 form.price button").click()
    assert answer.value.status == 403
    for typed in ("abc", "-1", "1.234", "100000000"):
        page.goto(f"{county.url}/catalogue")
        page.locator("tr#p-GRAIN-001 input[name=price]").fill(typed)
        with page.expect_response(lambda r: r.request.method == "POST") as answer:
            page.locator("tr#p-GRAIN-001 form.price button").click()
        assert answer.value.status == 422
        assert page.locator("tr#p-GRAIN-001 input[name=price]").input_value() == typed
        assert page.locator("tr#p-GRAIN-001 .field-error").is_visible()
        assert price_of(county.db_url, "GRAIN-001") == old


def csv_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_upload_with_three_bad_rows_shows_all_three_and_writes_nothing(county, page, tmp_path):
    before = snapshot(county.db_url)
    bad = csv_file(tmp_path, "products.csv", PRODUCT_HEADER
                   + "WINE-001,,ཆང་,酒,Wine,DRINK,CHAMCHEN,bottle,3600,1\n"        # line 2: good
                   + "NEW-1,,ཆང་,酒,Wine,DRINK,CHAMCHEN,bottle,12.50,1\n"          # line 3: yuan, not fen
                   + "NEW-2,,ཆང་,酒,Wine,NOPE,CHAMCHEN,bottle,100,1\n"             # line 4: no such category
                   + "NEW-3,6972042001076,ཆང་,酒,Wine,DRINK,CHAMCHEN,bottle,100,1\n")  # line 5: GRAIN-001's barcode
    sign_in(page, county, "dawa")
    page.goto(f"{county.url}/catalogue/import")
    page.set_input_files("#file", str(bad))
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.click("form[action='/catalogue/import'] button[type=submit]")
    assert answer.value.status == 422
    rows = page.locator("table.import-problems tbody tr")
    assert rows.count() == 3
    found = [(rows.nth(i).locator(".line").inner_text(), rows.nth(i).locator(".column").inner_text())
             for i in range(3)]
    assert found == [("3", "price_fen"), ("4", "category"), ("5", "barcode")]
    assert "already belongs to GRAIN-001" in rows.nth(2).inner_text()
    assert snapshot(county.db_url) == before                      # nothing written, not even line 2


def test_a_good_upload_is_imported_and_the_till_pulls_it(county, page, tmp_path):
    till = Terminal(tmp_path / "till.db", county, "T02")
    try:
        client.sync_now(till.store)
        good = csv_file(tmp_path, "products.csv", PRODUCT_HEADER
                        + "GRAIN-002,,བཀྲ་ཤིས་དུང་དཀར་བྲ་བོ་,吉祥海螺荞麦（散装）,\"Jixiang Hailuo Buckwheat, loose\","
                          "GRAIN,JIANGSE,kg,1750,1\n"
                        + f"NEW-TEA,,ཇ་,砖茶,\"{XSS} Brick Tea\",DRINK,JIANGSE,piece,1880,1\n")
        sign_in(page, county, "dawa")
        page.goto(f"{county.url}/catalogue/import")
        page.set_input_files("#file", str(good))
        page.click("form[action='/catalogue/import'] button[type=submit]")
        page.wait_for_selector("table.import-results")
        assert page.locator("table.import-results .added").inner_text() == "1"
        assert page.locator("table.import-results .updated").inner_text() == "1"
        result = client.sync_now(till.store)
        assert result.pulled >= 2
        with till.store.read() as s:
            assert lookup_code(s, "GRAIN-002").price_fen == 1750
            assert lookup_code(s, "NEW-TEA").price_fen == 1880
        # the product named like markup is shown as text, and no script ran
        alerts: list[str] = []
        page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
        page.goto(f"{county.url}/language?set=en&next=/catalogue%3Fq%3DNEW-TEA")
        cell = page.locator("tr#p-NEW-TEA .name")
        assert cell.inner_text() == f"{XSS} Brick Tea"
        assert page.locator("tr#p-NEW-TEA img").count() == 0 and alerts == []
    finally:
        till.close()


@pytest.mark.parametrize("lang", ["zh_CN", "bo", "en"])
def test_the_catalogue_pages_fit_a_phone_and_a_desktop(county, browser, lang, tmp_path):
    """Every catalogue page in each language at 390 px (no sideways scrolling of the page:
    wide tables scroll inside their frame) and at 1280 px; screenshots to look at."""
    from .test_console_browser import shots
    folder = shots(tmp_path)
    for width, height, mobile in ((390, 844, True), (1280, 800, False)):
        context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=mobile)
        context.set_default_timeout(15_000)
        page = context.new_page()
        try:
            sign_in(page, county, "dawa")
            page.goto(f"{county.url}/language?set={lang}&next=/catalogue")
            for path in ("/catalogue", "/catalogue/add", "/catalogue/WINE-001/edit", "/catalogue/categories",
                         "/catalogue/cooperatives/JIANGSE/edit", "/catalogue/import"):
                page.goto(county.url + path)
                assert page.evaluate("document.documentElement.scrollWidth") <= width, (path, width)
                name = path.strip("/").replace("/", "-")
                page.screenshot(path=str(folder / f"{name}-{lang}-{width}.png"), full_page=width > 400)
            page.goto(f"{county.url}/catalogue?q=GRAIN-00")                          # a refused price
            page.locator("tr#p-GRAIN-001 input[name=price]").fill("1.234")
            page.locator("tr#p-GRAIN-001 form.price button").click()
            page.wait_for_selector("tr#p-GRAIN-001 .field-error")
            page.locator("tr#p-GRAIN-001 .field-error").scroll_into_view_if_needed()
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            page.screenshot(path=str(folder / f"catalogue-bad-price-{lang}-{width}.png"))
            page.goto(f"{county.url}/catalogue/add")
            page.fill("#f-sku", "bad sku")
            page.fill("#f-price", "abc")
            page.click("form.catalogue-form button[type=submit]")
            page.wait_for_selector(".field-error")
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            page.screenshot(path=str(folder / f"catalogue-add-refused-{lang}-{width}.png"), full_page=True)
        finally:
            context.close()
