"""The catalogue pull in pages (PROTOCOL.md, "Pull in pages") against a REAL server (uvicorn on
127.0.0.1) on SQLite and — with ``YARLUNG_TEST_POSTGRES_URL`` — PostgreSQL: pages add up to
exactly the whole answer, kinds come in order, rows written while a pull is under way are
neither lost nor doubled, and an answer without ``limit`` is the protocol as first written."""

from __future__ import annotations

import httpx
import pytest

from .conftest import API, auth, cli_json, enrol, import_demo_catalogue

TIMEOUT = 30
_codes = iter(range(10, 10_000))


def _get(server, token, **params) -> httpx.Response:
    return httpx.get(f"{server.url}{API}/catalogue", params=params, headers=auth(token), timeout=TIMEOUT)


def _pages(server, token, cursor="0", limit=7, on_page=None, strict=True) -> tuple[list[dict], object]:
    """Every page of one pull from ``cursor``; returns (the pages, the final cursor).  ``strict``:
    no page above ``limit`` rows (else a product page may add categories changed meanwhile)."""
    pages = []
    while True:
        r = _get(server, token, cursor=cursor, limit=limit)
        assert r.status_code == 200, r.text
        page = r.json()
        pages.append(page)
        assert len(page["categories"]) + len(page["cooperatives"]) + len(page["products"]) <= limit or not strict
        cursor = page["cursor"]
        if on_page:
            on_page(len(pages), page)
        if not page["more"]:
            assert isinstance(cursor, int)
            return pages, cursor
        assert isinstance(cursor, str) and page["remaining"] > 0


def _rows(pages, kind):
    return [r for p in pages for r in p[kind]]


def _key(kind):
    return "sku" if kind == "products" else "code"


def test_pages_add_up_to_the_whole_catalogue_in_order(srv):
    token = enrol(srv, "P01")
    whole = _get(srv, token, cursor=0).json()
    assert set(whole) == {"cursor", "full", "categories", "cooperatives", "products"}  # old tills: as before
    pages, cursor = _pages(srv, token, limit=7)
    assert cursor == whole["cursor"] and all(p["full"] for p in pages)
    for kind in ("categories", "cooperatives", "products"):
        assert _rows(pages, kind) == whole[kind]                    # every row once, in key order
    # categories, then cooperatives, then products: no kind comes back after the next began
    order = [k for p in pages for k in ("categories", "cooperatives", "products") for _ in p[k]]
    assert order == sorted(order, key=["categories", "cooperatives", "products"].index)
    # remaining counts down exactly to zero
    total = sum(len(whole[k]) for k in ("categories", "cooperatives", "products"))
    done = 0
    for p in pages:
        done += len(p["categories"]) + len(p["cooperatives"]) + len(p["products"])
        assert done + p["remaining"] == total
    assert pages[-1]["remaining"] == 0
    # a till up to date: one empty page with the same change number
    empty = _get(srv, token, cursor=cursor, limit=50).json()
    assert empty == {"cursor": cursor, "full": False, "more": False, "remaining": 0,
                     "categories": [], "cooperatives": [], "products": []}


def test_one_change_covering_every_row_pages_exactly(new_database, start_server):
    """All 1,234 products carry ONE change number: a cursor of change numbers alone could not
    page them; the keyset cursor does, exactly."""
    db_url = new_database()
    import_demo_catalogue(db_url)
    from sqlalchemy import create_engine, text
    engine = create_engine(db_url)
    with engine.begin() as conn:
        change = conn.execute(text("SELECT max(id) FROM catalogue_changes")).scalar() + 1
        conn.execute(text("INSERT INTO catalogue_changes (id, at, source, rows) VALUES (:i, 'x', 'bulk', 1234)"),
                     {"i": change})
        conn.execute(text("INSERT INTO products (sku, barcode, name_bo, name_zh, name_en, category, cooperative, "
                          "unit, price_fen, active, change_id) VALUES (:sku, :bc, 'ཚོང་ཟོག', '商品', 'Goods', "
                          "'GRAIN', 'JIANGSE', 'piece', :price, :active, :change)"),
                     [{"sku": f"BULK-{i:05d}", "bc": f"2{i:012d}", "price": 100 + i, "active": True,
                       "change": change} for i in range(1234)])
        conn.execute(text("UPDATE products SET change_id = :c"), {"c": change})
    engine.dispose()
    server = start_server(db_url)
    token = enrol(server, "P02")
    whole = _get(server, token).json()
    assert len(whole["products"]) == 1234 + 84
    pages, cursor = _pages(server, token, limit=100)
    assert cursor == change and _rows(pages, "products") == whole["products"]
    # from the last change number on: nothing
    assert _get(server, token, cursor=cursor, limit=100).json()["products"] == []


def test_rows_changed_while_a_pull_is_under_way(srv):
    """Prices change between pages, before and after the page that holds the product: the pull
    ends consistent with the server (the rows changed meanwhile come with the next pull), and
    no row is handed out twice within one pull."""
    token = enrol(srv, "P03")
    whole = _get(srv, token).json()
    skus = [p["sku"] for p in whole["products"]]
    early, late = skus[2], skus[-3]
    old = {p["sku"]: p["price_fen"] for p in whole["products"]}
    seen: dict[str, int] = {}

    def change_prices(n, page):
        if n == 3:
            cli_json(srv.db_url, "catalogue", "price", early, str(old[early] + 1))   # already handed out
            cli_json(srv.db_url, "catalogue", "price", late, str(old[late] + 1))     # not yet
        for p in page["products"]:
            assert p["sku"] not in seen, p["sku"]
            seen[p["sku"]] = p["price_fen"]

    try:
        pages, cursor = _pages(srv, token, cursor="0", limit=10,
                               on_page=change_prices)
        assert late not in seen          # it left this pull's window …
        later, cursor2 = _pages(srv, token, cursor=cursor, limit=10)
        got = {p["sku"]: p["price_fen"] for p in _rows(later, "products")}
        assert got == {early: old[early] + 1, late: old[late] + 1}   # … and comes with the next
        seen.update(got)
        now = {p["sku"]: p["price_fen"] for p in _get(srv, token).json()["products"]}
        assert seen == now
        assert cursor2 > cursor
    finally:
        for sku in (early, late):
            cli_json(srv.db_url, "catalogue", "price", sku, str(old[sku]))


def test_a_product_page_brings_a_category_changed_since_the_pull_began(srv, tmp_path):
    """A category renamed after the pull began leaves the pull's window; the product pages that
    name it carry it, so a till never meets a product of a category it does not know."""
    token = enrol(srv, "P04")
    first = _get(srv, token, cursor=0, limit=3).json()         # the pull begins (categories page)
    assert first["more"] and len(first["categories"]) == 3 and not first["products"]
    import csv
    from .conftest import DEMO
    with (DEMO / "categories.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    renamed_code = rows[-1]["code"]
    cats = tmp_path / "categories.csv"

    def write(renamed: bool):
        with cats.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            for r in rows:
                w.writerow({**r, "name_en": r["name_en"] + " (renamed)"} if renamed and r["code"] == renamed_code else r)

    write(True)
    try:
        cli_json(srv.db_url, "catalogue", "import", str(cats))
        pages, _cursor = _pages(srv, token, cursor=first["cursor"], limit=20, strict=False)
        got = {c["code"]: c for c in _rows([first, *pages], "categories")}
        assert renamed_code in got and got[renamed_code]["name_en"].endswith("(renamed)")
        users = [p for p in _rows(pages, "products") if p["category"] == renamed_code]
        assert users, "the demo has products in every category"
    finally:
        write(False)
        cli_json(srv.db_url, "catalogue", "import", str(cats))


def test_a_page_cursor_of_a_restored_server_starts_again(srv):
    token = enrol(srv, "P05")
    first = _get(srv, token, cursor=0, limit=5).json()
    from yarlung_pos.server.catalogue import _decode, _encode, _Page
    page = _decode(first["cursor"])
    foreign = _encode(_Page(page.since, page.upto + 1000, page.phase, page.key))
    again = _get(srv, token, cursor=foreign, limit=5).json()
    assert again["full"] is True and again["categories"] == first["categories"]


def _page_cursor(raw: str) -> str:
    import base64
    return "p" + base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


@pytest.mark.parametrize("params, reason", [
    ({"cursor": "-1"}, "cursor"), ({"cursor": "abc"}, "cursor"), ({"cursor": "p!!"}, "cursor"),
    ({"cursor": "pWzEsMiwzXQ"}, "cursor"), ({"cursor": str(2**63)}, "cursor"),
    ({"cursor": "0", "limit": 0}, "limit"), ({"cursor": "0", "limit": 10_001}, "limit"),
    ({"cursor": _page_cursor('[0,1,2,"\\u0000",0]')}, "cursor"),       # a NUL in the key
    ({"cursor": _page_cursor('[0,1,2,"\\ud800",0]')}, "cursor"),       # a lone surrogate
    ({"cursor": _page_cursor('[0,1,7,"",0]')}, "cursor"),                # no such kind
    ({"cursor": _page_cursor('[5,1,0,"",0]')}, "cursor"),                # since above upto
])
def test_bad_cursors_and_limits_are_refused_in_words(srv, params, reason):
    token = enrol(srv, f"PX{next(_codes)}")
    r = _get(srv, token, **params)
    assert r.status_code == 422, r.text
    assert reason in r.json()["detail"] and "Traceback" not in r.text
