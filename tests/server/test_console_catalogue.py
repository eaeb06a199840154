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
from .conftest import DEMO, cli_json, import_demo_catalogue, query
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
    assert office["viewer"].get("/catalogue/WINE-001/edit", headers=HTML).status_code == 403
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
    assert cat.list_products(db, active=False).total == 0 and cat.list_products(db, active=True).total == 84
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
