"""Issue #18, the shop's public pages: what a phone opens from a shelf label's QR code.

A real uvicorn on a database with the demo catalogue, stock pushed by a real enrolled
terminal (``stock.received``), and Playwright driving Debian's chromium in a 390-px-wide
phone viewport: the product page in Chinese and Tibetan (with the served Tibetan font), the
availability states, the photo uploaded in the console and shown, the friendly 404 page, the
escaping, the basket in ``localStorage`` building the order form's ``items``, no request to
another site, and the page's weight."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import httpx
import pytest
from fastapi import Request

from .browser import browser  # noqa: F401 - the fixture
from .conftest import batch, cli_json, enrol, import_demo_catalogue, push, query, stock_event
from .test_office_auth import PASSWORD, add_user, csrf_of

XSS = "<img src=x onerror=alert(1)>"
PHONE = {"width": 390, "height": 844}
EXTRA_PRODUCTS = ("sku,barcode,name_bo,name_zh,name_en,category,cooperative,unit,price_fen,active\n"
                  f"XSS-001,,ཇ་,\"{XSS}砖茶\",\"{XSS} Brick Tea\",DRINK,JIANGSE,piece,1880,1\n"
                  "OLD-001,,ཇ་རྙིང་,旧茶,Old Tea,DRINK,JIANGSE,piece,1000,0\n")
HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def shop(new_database, start_server, tmp_path_factory):
    """The server with the demo catalogue (and an escaped-name product, an inactive one),
    users ``dawa`` (manager) and ``pema`` (viewer), and stock: GRAIN-001 40 bags (in stock),
    GRAIN-003 3 bags and GRAIN-002 2.5 kg (few left), DAIRY-001 received and all taken away
    again (sold out), WINE-001 never received (sold out)."""
    url = new_database()
    import_demo_catalogue(url)
    extra = tmp_path_factory.mktemp("csv") / "products.csv"
    extra.write_text(EXTRA_PRODUCTS, encoding="utf-8")
    cli_json(url, "catalogue", "import", str(extra))
    assert add_user(url, "dawa", "manager")[0] == 0
    assert add_user(url, "pema", "viewer")[0] == 0
    server = start_server(url, env={"YARLUNG_SHOP_FONT_CACHE": str(tmp_path_factory.mktemp("fonts"))})
    token = enrol(server, "R01")
    received = stock_event("stock.received", {"number": "GR-R01-000001", "cooperative": "JIANGSE", "lines": [
        {"sku": "GRAIN-001", "qty": "40"}, {"sku": "GRAIN-003", "qty": "3"}, {"sku": "GRAIN-002", "qty": "2.500"},
        {"sku": "DAIRY-001", "qty": "6"}, {"sku": "XSS-001", "qty": "10"}]}, seq=1)
    adjusted = stock_event("stock.adjusted", {"sku": "DAIRY-001", "qty": "-6", "reason": "damaged", "note": ""}, seq=2)
    r = push(server, token, batch("R01", [received, adjusted]))
    assert r.status_code == 200 and all(x["status"] == "accepted" for x in r.json()["results"]), r.text
    for font in ("tibetan", "chinese"):  # made on first use (seconds): not inside a page's load
        assert httpx.get(f"{server.url}/shop/fonts/{font}.woff2", timeout=120).status_code == 200
    return server


def get(server, path: str, lang: str = "en", **headers) -> httpx.Response:
    return httpx.get(server.url + path, headers={"Accept-Language": lang, **HTML, **headers}, timeout=30)


@pytest.fixture
def phone(browser):  # noqa: F811 - the fixture
    """A 390-px-wide phone context (Chinese browser), every request it makes recorded."""
    context = browser.new_context(viewport=PHONE, locale="zh-CN", device_scale_factor=2, is_mobile=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    folder = os.environ.get("YARLUNG_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"shop-{name}.png"), full_page=True)


def only_this_site(page, server) -> None:
    others = [u for u in page.requests if not u.startswith(server.url + "/") and not u.startswith("data:")]
    assert others == []


# ---------------------------------------------------------------- the product page

def test_the_product_page_in_chinese_then_tibetan_with_the_served_font(shop, phone):
    phone.goto(f"{shop.url}/p/GRAIN-001")
    assert phone.get_attribute("html", "lang") == "zh-CN"
    assert phone.inner_text("#product-name") == "吉祥海螺荞麦面粉 1公斤"
    assert phone.get_attribute("#name-bo", "lang") == "bo"
    assert "22.00" in phone.inner_text("#product-price")
    assert phone.inner_text("#product-cooperative") == "江色农产品合作社"
    assert phone.inner_text("#cooperative-town") == "下水乡"
    assert phone.inner_text("#product-category") == "粮油"
    assert phone.get_attribute("#product", "data-availability") == "in_stock"
    assert phone.locator(".more .good").count() >= 3 and phone.locator(".more [data-sku=GRAIN-001]").count() == 0
    phone.evaluate("document.fonts.ready")
    screenshot(phone, "product-zh")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # no sideways scrolling

    phone.click("nav.langs a[lang=bo]")
    phone.wait_for_url(f"{shop.url}/p/GRAIN-001")
    assert phone.get_attribute("html", "lang") == "bo"
    name_bo = "བཀྲ་ཤིས་དུང་དཀར་བྲ་ཕྱེ་ སྤྱི་ཚད་༡"
    assert phone.inner_text("#product-name") == name_bo
    phone.evaluate("document.fonts.ready")
    phone.wait_for_function("[...document.fonts].some(f => f.family.includes('Shop Tibetan') && f.status === 'loaded')")
    assert phone.evaluate("text => document.fonts.check('18px \"Shop Tibetan\"', text)", name_bo)
    assert any(u.endswith("/shop/fonts/tibetan.woff2") for u in phone.requests)
    screenshot(phone, "product-bo")
    only_this_site(phone, shop)


def test_availability_at_the_hall_never_shows_counts(shop):
    states = {"GRAIN-001": "in_stock", "GRAIN-003": "few_left", "GRAIN-002": "few_left", "DAIRY-001": "sold_out",
              "WINE-001": "sold_out"}
    for sku, state in states.items():
        r = get(shop, f"/p/{sku}")
        assert r.status_code == 200
        assert f'data-availability="{state}"' in r.text, sku
        label = {"in_stock": "In stock", "few_left": "Few left", "sold_out": "Sold out"}[state]
        assert re.search(rf'id="product-stock">{label}<', r.text), sku
        assert ('id="add-form"' in r.text) == (state != "sold_out"), sku
    page = get(shop, "/p/GRAIN-001").text
    assert not re.search(r"\b40\b", page) and "2.5" not in get(shop, "/p/GRAIN-002").text


def test_unknown_or_inactive_products_get_a_friendly_page_404(shop):
    for path in ("/p/NO-SUCH", "/p/OLD-001", "/p/OLD-001/photo.jpg", "/p/GRAIN-001/photo.jpg", "/p/GRAIN-001/x/y",
                 "/shop/cooperatives/NOPE", "/shop/categories/NOPE", "/shop/nothing/here", "/p/%3Cscript%3E"):
        for lang, html_lang in (("bo", "bo"), ("zh-CN", "zh-CN"), ("en", "en")):
            r = httpx.get(shop.url + path, headers={"Accept-Language": lang}, timeout=30)  # no Accept: text/html
            assert r.status_code == 404, path
            assert r.headers["content-type"].startswith("text/html"), path
            assert f'<html lang="{html_lang}">' in r.text and 'id="missing-message"' in r.text, path
            assert "Traceback" not in r.text and not r.text.lstrip().startswith("{")
            assert r.headers["x-content-type-options"] == "nosniff"
            assert r.headers["content-security-policy"].startswith("default-src 'self'")
    assert "<script>" not in httpx.get(shop.url + "/p/%3Cscript%3E").text


def test_a_name_with_markup_shows_as_text(shop, phone):
    r = get(shop, "/p/XSS-001")
    assert XSS not in r.text and "&lt;img src=x onerror=alert(1)&gt;" in r.text
    phone.goto(f"{shop.url}/language?set=en&next=/p/XSS-001")
    assert phone.inner_text("#product-name") == f"{XSS} Brick Tea"
    assert phone.locator("main img").count() == 0 and phone.dialogs == []
    phone.click("#add-button")
    phone.goto(f"{shop.url}/shop/basket")
    assert phone.inner_text("#basket-lines .name") == f"{XSS} Brick Tea"
    assert phone.locator("#basket-lines img").count() == 0 and phone.dialogs == []


def test_shop_index_cooperative_and_category_pages(shop):
    index = get(shop, "/shop", "zh-CN").text
    assert "江色农产品合作社" in index and "粮油" in index and "OLD-001" not in index
    coop = get(shop, "/shop/cooperatives/JIANGSE", "en")
    assert coop.status_code == 200 and "Xasoi Town" in coop.text and 'data-sku="GRAIN-001"' in coop.text
    assert 'data-sku="OLD-001"' not in coop.text
    category = get(shop, "/shop/categories/grain", "en")
    assert category.status_code == 200 and 'data-sku="OIL-001"' in category.text
    for r in (coop, category):
        assert r.headers["content-security-policy"].startswith("default-src 'self'")


# ---------------------------------------------------------------- the basket

def test_the_basket_is_kept_in_the_browser_and_builds_the_items_field(shop, phone):
    phone.goto(f"{shop.url}/p/GRAIN-001")
    phone.fill("#add-qty", "2")
    phone.click("#add-button")
    phone.wait_for_selector("#add-done", state="visible")
    assert phone.inner_text("#basket-count") == "1"
    phone.fill("#add-qty", "1")
    phone.click("#add-button")  # one more: 3 bags
    phone.goto(f"{shop.url}/p/GRAIN-002")
    phone.fill("#add-qty", "1.5")
    phone.click("#add-button")
    stored = phone.evaluate("JSON.parse(localStorage.getItem('yarlung_shop_basket'))")
    assert [(l["sku"], l["qty"]) for l in stored["lines"]] == [("GRAIN-001", "3"), ("GRAIN-002", "1.5")]

    phone.goto(f"{shop.url}/shop/basket")
    assert phone.locator("#basket-lines li").count() == 2
    assert phone.input_value("#order-items") == "GRAIN-001*3;GRAIN-002*1.5"
    assert phone.inner_text("#basket-total-yuan") == "90.00"  # 3 × 22.00 + 1.5 × 16.00
    assert phone.get_attribute("#order-form", "action") == "/shop/order"
    assert phone.get_attribute("input[name=lang]", "value") == "zh_CN"
    assert phone.input_value("#o-prefecture") == "山南市" and phone.input_value("#o-county") == "琼结县"
    assert len(phone.input_value("input[name=csrf_token]")) > 20
    assert phone.locator("#basket-empty").is_hidden()
    screenshot(phone, "basket-zh")
    phone.locator("#basket-lines li[data-sku=GRAIN-001] .qty").fill("4")
    phone.locator("#basket-lines li[data-sku=GRAIN-001] .qty").dispatch_event("change")
    assert phone.input_value("#order-items") == "GRAIN-001*4;GRAIN-002*1.5"
    phone.click("#basket-lines li[data-sku=GRAIN-002] button.remove")
    assert phone.input_value("#order-items") == "GRAIN-001*4"
    phone.check("#o-pickup")
    assert phone.locator("#address").is_hidden()
    phone.reload()
    assert phone.input_value("#order-items") == "GRAIN-001*4"  # still there after a reload
    only_this_site(phone, shop)


def test_the_order_form_fields_and_a_refused_form_shown_again(shop):
    r = get(shop, "/shop/basket", "en")
    assert r.status_code == 200 and "yarlung_login=" in r.headers.get("set-cookie", "")
    names = set(re.findall(r'name="([a-z_]+)"', r.text))
    assert {"csrf_token", "fulfilment", "name", "phone", "province", "prefecture", "county", "township", "street",
            "note", "lang", "items"} <= names
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from yarlung_pos.server import console, page_shop
    from yarlung_pos.server.common import now
    from yarlung_pos.server.database import Database
    from yarlung_pos.server.settings import Settings
    app = FastAPI()
    db = Database(shop.db_url)
    try:
        console.install(app, db, Settings(), now)

        @app.get("/again")
        def again(request: Request):
            return page_shop.render_basket(request, 400, errors={"phone": ["bad phone"], "": ["too many"]},
                                           values={"name": XSS, "phone": "12", "prefecture": "成都市",
                                                   "county": "武侯区", "fulfilment": "delivery"})
        with TestClient(app) as c:
            page = c.get("/again", headers={"Accept-Language": "en"})
        assert page.status_code == 400
        assert "bad phone" in page.text and "too many" in page.text and XSS not in page.text
        assert 'id="o-prefecture-text" name="prefecture" maxlength="120" value="成都市"' in page.text
        assert 'value="武侯区"' in page.text
    finally:
        db.close()


# ---------------------------------------------------------------- photos and texts from the console

def big_photo() -> bytes:
    from PIL import Image
    image = Image.effect_mandelbrot((2400, 1600), (-2.2, -1.1, 1.0, 1.1), 60).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def signed_in(server, username: str) -> httpx.Client:
    c = httpx.Client(base_url=server.url, headers=HTML, timeout=30)
    token = csrf_of(c.get("/login").text)
    r = c.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token, "next": "/"})
    assert r.status_code == 303, r.text
    return c


def test_a_photo_uploaded_in_the_console_shows_on_the_page_which_stays_light(shop, phone, tmp_path):
    viewer = signed_in(shop, "pema")
    token = csrf_of(viewer.get("/catalogue").text)
    refused = viewer.post("/catalogue/GRAIN-001/photo", data={"csrf_token": token},
                          files={"photo": ("p.jpg", big_photo(), "image/jpeg")})
    assert refused.status_code == 403
    assert query(shop.db_url, "SELECT count(*) FROM product_photos") == [(0,)]

    path = tmp_path / "flour.jpg"
    path.write_bytes(big_photo())
    assert path.stat().st_size > 150_000
    bad = tmp_path / "not-a-photo.jpg"
    bad.write_bytes(b"GIF89a but not really")
    phone.goto(f"{shop.url}/language?set=en&next=/login%3Fnext%3D/catalogue/GRAIN-001/edit")
    phone.fill("#username", "dawa")
    phone.fill("#password", PASSWORD)
    phone.click("button[type=submit]")
    phone.wait_for_url(f"{shop.url}/catalogue/GRAIN-001/edit")
    phone.set_input_files("#f-photo", str(bad))
    phone.click("#photo-upload")
    assert "not a photo" in phone.inner_text("#photo-error")
    assert query(shop.db_url, "SELECT count(*) FROM product_photos") == [(0,)]
    phone.set_input_files("#f-photo", str(path))
    phone.click("#photo-upload")
    assert "800 × 533" in phone.inner_text("#photo-notice")
    [(width, height, size)] = query(shop.db_url, "SELECT width, height, length(jpeg) FROM product_photos")
    assert (width, height) == (800, 533) and size < 100_000

    phone.goto(f"{shop.url}/p/GRAIN-001")
    phone.wait_for_load_state("load")
    assert phone.evaluate("document.getElementById('product-photo').naturalWidth") == 800
    weight = phone.evaluate("""() => {
        const all = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
        return all.filter(e => !e.name.includes('/fonts/')).map(e => [e.name, e.transferSize]); }""")
    assert {Path(n.split("?")[0]).name for n, _ in weight} >= {"GRAIN-001", "shop.css", "shop.js", "photo.jpg"}
    assert sum(size for _, size in weight) < 100_000, weight
    screenshot(phone, "product-photo-en")
    only_this_site(phone, shop)

    photo_url = phone.get_attribute("#product-photo", "src")
    r = httpx.get(shop.url + photo_url, timeout=30)
    assert r.headers["content-type"] == "image/jpeg" and len(r.content) < 100_000
    assert "max-age" in r.headers["cache-control"]
    again = httpx.get(shop.url + photo_url, headers={"If-None-Match": r.headers["etag"]}, timeout=30)
    assert again.status_code == 304 and again.content == b""


def test_the_cooperative_text_saved_in_the_console_is_shown_escaped_and_not_sent_to_tills(shop):
    manager = signed_in(shop, "dawa")
    form_page = manager.get("/catalogue/cooperatives/JIANGSE/edit")
    assert 'name="about_zh"' in form_page.text
    [(before,)] = query(shop.db_url, "SELECT change_id FROM cooperatives WHERE code = 'JIANGSE'")
    fields = {"csrf_token": csrf_of(form_page.text), "name_bo": "ལྕང་གསེར་ཞིང་ཐོན་རྫས་མཉམ་ལས་ཁང་",
              "name_zh": "江色农产品合作社", "name_en": "Jiangse Agricultural Products Cooperative",
              "town_bo": "ཤ་སོས་ཤང་", "town_zh": "下水乡", "town_en": "Xasoi Town",
              "about_bo": "", "about_zh": "", "about_en": "x" * 501}
    too_long = manager.post("/catalogue/cooperatives/JIANGSE/edit", data=fields)
    assert too_long.status_code == 422 and "最多 500 个字符" in too_long.text  # the page in Chinese
    assert query(shop.db_url, "SELECT about_en FROM cooperatives WHERE code = 'JIANGSE'") == [("",)]
    old_font = httpx.get(shop.url + "/shop/fonts/chinese.woff2", timeout=60)
    fields.update(about_zh=f"{XSS} 鑫淼燚的青稞", about_en=f"{XSS} Barley growers of Xasoi.")
    saved = manager.post("/catalogue/cooperatives/JIANGSE/edit", data=fields)
    assert saved.status_code == 303
    assert query(shop.db_url, "SELECT change_id FROM cooperatives WHERE code = 'JIANGSE'") == [(before,)]
    page = get(shop, "/p/GRAIN-001", "zh-CN").text
    assert "&lt;img src=x onerror=alert(1)&gt; 鑫淼燚的青稞" in page and XSS not in page
    assert "Barley growers of Xasoi." in get(shop, "/shop/cooperatives/JIANGSE", "en").text
    new_font = httpx.get(shop.url + "/shop/fonts/chinese.woff2", timeout=60)
    assert new_font.headers["etag"] != old_font.headers["etag"]
    assert cmap_of(new_font.content) >= {ord(c) for c in "鑫淼燚江色粮油"}
    assert ord("鑫") not in cmap_of(old_font.content)


def cmap_of(woff2: bytes) -> set[int]:
    from fontTools.ttLib import TTFont
    return set(TTFont(io.BytesIO(woff2)).getBestCmap())


def test_the_fonts_are_woff2_subsets_cached_by_the_browser(shop):
    bo = httpx.get(shop.url + "/shop/fonts/tibetan.woff2", timeout=60)
    assert bo.status_code == 200 and bo.content[:4] == b"wOF2" and bo.headers["content-type"] == "font/woff2"
    assert "max-age=2592000" in bo.headers["cache-control"]
    points = cmap_of(bo.content)
    assert {0x0F40, 0x0F56, 0x0FB2, 0x0F0B, 0x20} <= points and ord("江") not in points
    assert len(bo.content) < 200_000  # the whole font is 595 kB
    assert httpx.get(shop.url + "/shop/fonts/tibetan.woff2", headers={"If-None-Match": bo.headers["etag"]},
                     timeout=30).status_code == 304
    zh = httpx.get(shop.url + "/shop/fonts/chinese.woff2", timeout=60)
    assert zh.content[:4] == b"wOF2" and len(zh.content) < 400_000  # the whole font is 4 MB
    assert {ord(c) for c in "吉祥海螺荞麦面粉强钦青稞酒"} <= cmap_of(zh.content)
