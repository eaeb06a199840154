"""The shop's public pages (issue #18): what a customer's phone opens from a shelf label's QR
code (``<label URL base>/p/<SKU>``), the shop's index, a cooperative's and a category's goods,
and the basket with the order form.  No sign-in; light (one stylesheet ``static/shop.css``, one
script ``static/shop.js``, no framework, nothing from other sites); in the visitor's language
(:func:`web.page_language`, the switch ``/language?set=…&next=…``).

Addresses:

* ``GET /p/<SKU>`` — the active product; ``/p/<SKU>/photo.jpg`` its photo (``ETag``,
  ``Cache-Control``);
* ``GET /shop``, ``/shop/cooperatives/<code>``, ``/shop/categories/<code>``, ``/shop/basket``;
* ``GET /shop/fonts/tibetan.woff2``, ``/shop/fonts/chinese.woff2`` (``shop_fonts``);
* anything else under ``/shop/`` or ``/p/<SKU>/``, an unknown or inactive SKU or code: a
  friendly page in the visitor's language with status 404.

The basket lives in the browser (``localStorage``, ``shop.js``); the order form of
:func:`render_basket` posts to ``POST /shop/order`` (another module), which calls
:func:`render_basket` again to show a refused form with its reasons and what was typed.
"""

from __future__ import annotations

import gzip
import threading
import time

import anyio

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from yarlung_pos.domain.delivery import HOME_COUNTY, HOME_PREFECTURE, PROVINCE, SHANNAN_COUNTIES, TIBET_PREFECTURES
from yarlung_pos.server import shop, shop_fonts, web

router = APIRouter(include_in_schema=False)
AVAILABILITY_LABELS = {"in_stock": web._("In stock"), "few_left": web._("Few left"), "sold_out": web._("Sold out")}
NO_PRODUCT = web._("There is no such product in the shop, or it is not sold any more.")
NO_COOPERATIVE = web._("There is no such cooperative in the shop.")
NO_CATEGORY = web._("There is no such kind of goods in the shop.")
NO_PAGE = web._("There is no such page in the shop.")
#: the order form's fields (``POST /shop/order``), in order
ORDER_FIELDS = ("fulfilment", "name", "phone", "province", "prefecture", "county", "township", "street", "note",
                "lang", "items")
_PAGE_CACHE = "no-cache"
_PHOTO_CACHE = "public, max-age=86400"
_FONT_CACHE = {"bo": "public, max-age=2592000", "zh": "public, max-age=3600"}


def _html(request: Request, template: str, **values) -> str:
    console = request.app.state.console
    context = {**web.page_context(request), "AVAILABILITY": AVAILABILITY_LABELS, **values}
    return console.templates.get_template(template).render(**context)


def _render(request: Request, template: str, status: int = 200, **values) -> HTMLResponse:
    """``template`` (autoescaped) in the request's language, without the console's sign-in
    values; answers are not cached by the browser without asking (``no-cache``)."""
    return HTMLResponse(_html(request, template, **values), status_code=status, headers={"Cache-Control": _PAGE_CACHE})


class PageCache:
    """The rendered public pages (``/p/<SKU>``, ``/shop``, a cooperative's, a category's) by
    language and address, plain and gzipped, kept while :func:`shop.data_version` is
    unchanged (any catalogue change, stock move or photo empties it).  The version is read at
    most every ``ttl_s`` seconds (monotonic), so a page may be that much behind a change made
    elsewhere; this server's own shop changes call :meth:`forget`.  At most ``limit`` pages."""

    def __init__(self, limit: int = 4096, ttl_s: float = 1.0):
        self.limit, self.ttl_s = limit, ttl_s
        self.version, self.checked, self.pages = None, -1e9, {}
        self.lock = threading.Lock()

    def forget(self) -> None:
        """Drop every page (a photo or text saved here)."""
        with self.lock:
            self.version, self.checked, self.pages = None, -1e9, {}

    def _current(self, db) -> None:
        if time.monotonic() - self.checked < self.ttl_s:
            return
        version = shop.data_version(db)
        with self.lock:
            if version != self.version:
                self.version, self.pages = version, {}
            self.checked = time.monotonic()

    async def answer(self, request: Request, build) -> Response:
        """The page of ``request`` from the cache, else ``build()`` (the page's HTML text, or a
        response, not kept: a 404) run in a worker thread and kept."""
        if time.monotonic() - self.checked >= self.ttl_s:
            await anyio.to_thread.run_sync(self._current, _db(request))
        key = (web.page_language(request), request.url.path, request.url.query)
        with self.lock:
            version, found = self.version, self.pages.get(key)
        if found is None:
            built = await anyio.to_thread.run_sync(build)
            if isinstance(built, Response):
                return built
            raw = built.encode()
            found = (raw, gzip.compress(raw, 6))
            with self.lock:
                if self.version == version:
                    if len(self.pages) >= self.limit:
                        self.pages = {}
                    self.pages[key] = found
        headers = {"Cache-Control": _PAGE_CACHE, "Vary": "Accept-Encoding, Accept-Language, Cookie"}
        if "gzip" in request.headers.get("accept-encoding", ""):
            return HTMLResponse(found[1], headers={**headers, "Content-Encoding": "gzip"})
        return HTMLResponse(found[0], headers=headers)


_pages = PageCache()


def forget_pages() -> None:
    """Drop the cached pages at once (after a change of what they show made in this server)."""
    _pages.forget()


def not_found(request: Request, message: str = NO_PAGE) -> HTMLResponse:
    """The shop's friendly 404 page with ``message`` (an English source string)."""
    return _render(request, "shop_missing.html", 404, message=message)


def _db(request: Request):
    return request.app.state.console.db


@router.get("/shop", response_class=HTMLResponse)
async def index(request: Request):
    """The shop's front page: its categories, cooperatives and some goods."""
    return await _pages.answer(request, lambda: _html(request, "shop_index.html", **shop.shop_index(_db(request))))


async def _party_page(request: Request, kind: str, code: str, missing: str) -> Response:
    def build():
        found = shop.party_goods(_db(request), kind, code)
        if found is None:
            return not_found(request, missing)
        return _html(request, "shop_party.html", kind=kind, **found)
    return await _pages.answer(request, build)


@router.get("/shop/cooperatives/{code}", response_class=HTMLResponse)
async def cooperative(request: Request, code: str):
    """A cooperative: its town, its short text and its goods."""
    return await _party_page(request, "cooperatives", code, NO_COOPERATIVE)


@router.get("/shop/categories/{code}", response_class=HTMLResponse)
async def category(request: Request, code: str):
    """A category's goods."""
    return await _party_page(request, "categories", code, NO_CATEGORY)


def _places(lang: str, places) -> list[tuple[str, str]]:
    """``(value sent: the Chinese name, label in ``lang``)`` of ``places``."""
    return [(p.zh, web.name({"name_bo": p.bo, "name_zh": p.zh, "name_en": p.en}, lang)) for p in places]


def render_basket(request: Request, status: int = 200, errors: dict[str, list[str]] | list[str] | None = None,
                  values: dict[str, str] | None = None) -> HTMLResponse:
    """The basket page with the order form (fields :data:`ORDER_FIELDS` and ``csrf_token``, the
    pre-session token ``console.login_token``), answered with ``status``.

    ``errors``: reasons already in the page's language, ``{field: [reason]}`` (field ``""`` or
    one not in the form: shown above the form) or a plain list (above the form).  ``values``:
    what was typed, by field (cut to 1,000 characters; a prefecture or county not offered is
    shown in a text box).  The basket itself is rendered by ``shop.js`` from ``localStorage``."""
    lang = web.page_language(request)
    by_field: dict[str, list[str]] = {}
    general: list[str] = []
    if isinstance(errors, dict):
        for field, messages in errors.items():
            (by_field.setdefault(field, []) if field in ORDER_FIELDS else general).extend(messages)
    elif errors:
        general = list(errors)
    typed = {k: str(v)[:1000] for k, v in (values or {}).items()}
    form = {"fulfilment": "delivery", "province": PROVINCE.zh, "prefecture": HOME_PREFECTURE,
            "county": HOME_COUNTY, **typed}
    prefectures, counties = _places(lang, TIBET_PREFECTURES), _places(lang, SHANNAN_COUNTIES)
    token = request.app.state.console.login_token(request)
    return _render(request, "shop_basket.html", status, values=form, errors=by_field, general=general,
                   prefectures=prefectures, counties=counties,
                   prefecture_listed=form["prefecture"] in {v for v, _ in prefectures},
                   county_listed=form["county"] in {v for v, _ in counties}, csrf_token=token,
                   home_prefecture=HOME_PREFECTURE)


@router.get("/shop/basket", response_class=HTMLResponse)
def basket(request: Request):
    """The basket (from the browser's ``localStorage``) and the order form."""
    return render_basket(request)


def _font(request: Request, data: bytes, etag: str, cache: str) -> Response:
    quoted = f'"{etag}"'
    headers = {"ETag": quoted, "Cache-Control": cache}
    if request.headers.get("if-none-match") == quoted:
        return Response(status_code=304, headers=headers)
    return Response(data, media_type="font/woff2", headers=headers)


@router.get("/shop/fonts/tibetan.woff2")
def tibetan_font(request: Request):
    """Noto Serif Tibetan cut to Tibetan and basic Latin, WOFF2 (``shop_fonts``)."""
    data, etag = shop_fonts.tibetan_woff2()
    return _font(request, data, etag, _FONT_CACHE["bo"])


@router.get("/shop/fonts/chinese.woff2")
def chinese_font(request: Request):
    """Droid Sans Fallback cut to the characters the shop shows, WOFF2 (``shop_fonts``)."""
    data, etag = shop_fonts.chinese_woff2(_db(request))
    return _font(request, data, etag, _FONT_CACHE["zh"])


@router.get("/shop/{rest:path}", response_class=HTMLResponse)
def shop_elsewhere(request: Request, rest: str):
    """Any other address under ``/shop/``: the friendly 404 page."""
    return not_found(request)


@router.get("/p/{sku}", response_class=HTMLResponse)
async def product(request: Request, sku: str):
    """The product page a shelf label's QR code opens."""
    def build():
        found = shop.product_view(_db(request), sku)
        if found is None:
            return not_found(request, NO_PRODUCT)
        return _html(request, "shop_product.html", **found)
    return await _pages.answer(request, build)


@router.get("/p/{sku}/photo.jpg")
def product_photo(request: Request, sku: str):
    """The product's photo (JPEG), cached a day and revalidated by its ``ETag``."""
    found = shop.photo(_db(request), sku)
    if found is None:
        return not_found(request, NO_PRODUCT)
    data, etag = found
    quoted = f'"{etag}"'
    headers = {"ETag": quoted, "Cache-Control": _PHOTO_CACHE}
    if request.headers.get("if-none-match") == quoted:
        return Response(status_code=304, headers=headers)
    return Response(data, media_type="image/jpeg", headers=headers)


@router.get("/p/{sku}/{rest:path}", response_class=HTMLResponse)
def product_elsewhere(request: Request, sku: str, rest: str):
    """Any other address under a product's: the friendly 404 page."""
    return not_found(request, NO_PRODUCT)
