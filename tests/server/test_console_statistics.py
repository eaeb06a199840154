"""Issue #17: the bureau's statistics — a year by cooperative, category or township × month —
on a real uvicorn whose database was filled by real till syncs (two tills of the demo
catalogue, their clocks set to fixed dates of 2024 and 2025, a discounted sale, a refund, a
sale each side of new year's midnight in the tills' time).  The page's table equals
``report sales``; its CSV and XLSX exports read back equal the page; the PDF decodes and
renders; bad queries are refused with 400; in a real browser the chart draws and the page
fits a 390-px phone.  SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.domain.pricing import Discount
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.refunds import refund_sale
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.sync import client

from ..support.people import MANAGER
from .browser import browser  # noqa: F401 - the fixture
from .conftest import cli_json, import_demo_catalogue
from .test_office_auth import HTML, PASSWORD, add_user, csrf_of
from .test_terminal_sync import Terminal

pytestmark = pytest.mark.slow
BEIJING = timezone(timedelta(hours=8))
MONTHS = [f"{m:02d}" for m in range(1, 13)]


class Clock:
    """The tills' clock, set before each sale."""

    def __init__(self):
        self.at = datetime(2025, 1, 1, tzinfo=BEIJING)

    def __call__(self):
        return self.at


def _sell(till: Terminal, clock: Clock, at: datetime, items, *, discount: str | None = None) -> str:
    clock.at = at
    cart = Cart()
    with till.store.read() as s:
        for code, qty in items:
            cart.set_qty(cart.add(lookup_code(s, code)), qty)
    if discount:
        cart.lines[0].discount = Discount.percent(discount)
        cart.discount = Discount.percent(discount)
    return complete_sale(till.store, cart, [Tender(PaymentMethod.CASH, cart.total_fen + 10000)], "Padma", clock,
                         actor=MANAGER).uuid


@pytest.fixture(scope="module")
def county(new_database, start_server, tmp_path_factory):
    """A server with the demo catalogue, a viewer ``pema``, and two tills' sales of 2024–2025."""
    db_url = new_database()
    import_demo_catalogue(db_url)
    assert add_user(db_url, "pema", "viewer", PASSWORD)[0] == 0
    server = start_server(db_url)
    folder = tmp_path_factory.mktemp("tills")
    clock = Clock()
    tills = [Terminal(folder / f"T{n}.db", server, f"T{n}", clock) for n in (31, 32)]
    try:
        a, b = tills
        _sell(a, clock, datetime(2024, 12, 31, 23, 30, tzinfo=BEIJING), [("WINE-001", "2")])     # 2024
        _sell(b, clock, datetime(2025, 1, 1, 0, 10, tzinfo=BEIJING), [("GRAIN-001", "1")])       # 2025, UTC 2024
        for month in range(1, 12):                                                      # none in December
            day = datetime(2025, month, 10 + month, 11, 0, tzinfo=BEIJING)
            _sell(a, clock, day, [("GRAIN-001", str(month % 3 + 1)), ("DAIRY-001", "1")])
            _sell(b, clock, day + timedelta(hours=2), [("WINE-001", "1"), ("GRAIN-002", "0.735")])
        sale = _sell(a, clock, datetime(2025, 6, 18, 15, 0, tzinfo=BEIJING),
                     [("GRAIN-001", "3"), ("WINE-001", "2"), ("DAIRY-001", "2")], discount="10")
        clock.at = datetime(2025, 12, 2, 10, 0, tzinfo=BEIJING)                                   # refunded in December
        refund_sale(a.store, sale, [(1, "1"), (2, "1")], "Padma", clock, actor=MANAGER)
        for till in tills:
            client.sync_now(till.store)
            assert client.pending_count(till.store) == 0
    finally:
        for till in tills:
            till.close()
    return server


@contextlib.contextmanager
def signed_in(server) -> Iterator[httpx.Client]:
    """An HTTP client signed in as the viewer (cookies kept), English pages."""
    with httpx.Client(base_url=server.url, timeout=60, headers={"Accept-Language": "en"}) as c:
        token = csrf_of(c.get("/login", headers=HTML).text)
        r = c.post("/login", data={"username": "pema", "password": PASSWORD, "csrf_token": token, "next": "/"})
        assert r.status_code == 303, r.text
        yield c


class _Table(HTMLParser):
    """The rows of ``<table id="statistics">``: ``[(attrs of tr, name text, {month: fen})]``."""

    def __init__(self):
        super().__init__()
        self.rows, self.inside, self.cell, self.text = [], False, None, ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id") == "statistics":
            self.inside = True
        elif self.inside and tag == "tr" and ("data-key" in attrs or "data-total" in attrs):
            self.rows.append((attrs, "", {}))
        elif self.inside and tag == "td" and self.rows:
            self.cell, self.text = attrs, ""

    def handle_data(self, data):
        if self.cell is not None:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif tag == "td" and self.cell is not None:
            attrs, name, months = self.rows[-1]
            if "data-name" in self.cell:
                self.rows[-1] = (attrs, self.text.strip(), months)
            else:
                months[self.cell["data-month"]] = (int(self.cell["data-fen"]), self.text.strip())
            self.cell = None


def page_table(c: httpx.Client, year: int, by: str) -> list[tuple[dict, str, dict]]:
    r = c.get("/statistics", params={"year": year, "by": by}, headers=HTML)
    assert r.status_code == 200, r.text
    parser = _Table()
    parser.feed(r.text)
    assert parser.rows, "no table on the page"
    return parser.rows


def by_key(rows) -> dict[str, list[int]]:
    """``key → [12 month fen…, total fen]`` of the page's non-total rows."""
    return {attrs["data-key"]: [months[m][0] for m in [*MONTHS, "total"]]
            for attrs, _name, months in rows if "data-total" not in attrs}


def test_the_tables_add_up_to_report_sales_by_month_and_local_date(county):
    with signed_in(county) as c:
        for by in ("cooperative", "category"):
            report = {r["key"]: r["total_fen"] for r in cli_json(county.db_url, "report", "sales", "--by", by)}
            years = {year: by_key(page_table(c, year, by)) for year in (2024, 2025, 2026)}
            both = defaultdict(int)
            for table in years.values():
                for key, cells in table.items():
                    assert sum(cells[:12]) == cells[12]                       # row total
                    both[key] += cells[12]
            assert {k: v for k, v in both.items() if v} == {k: v for k, v in report.items() if v}
            assert not any(any(cells) for cells in years[2026].values())      # nothing sold in 2026
        coops = by_key(page_table(c, 2025, "cooperative"))
        assert set(coops) >= {"CHAMCHEN", "JIANGSE", "DORJE"}                 # zeros listed too
        rows24 = by_key(page_table(c, 2024, "cooperative"))
        assert [k for k, cells in rows24.items() if any(cells)] == ["CHAMCHEN"]   # 23:30 on new year's eve
        assert rows24["CHAMCHEN"][11] == rows24["CHAMCHEN"][12] > 0
        assert coops["JIANGSE"][0] > 0 and coops["JIANGSE"][11] < 0 and coops["CHAMCHEN"][11] < 0  # the refund
        rows = page_table(c, 2025, "cooperative")
        total = next(months for attrs, _n, months in rows if "data-total" in attrs)
        assert [total[m][0] for m in MONTHS] == [sum(cells[i] for cells in coops.values()) for i in range(12)]
        assert total["total"][1] == f"{total['total'][0] // 100:,}.{total['total'][0] % 100:02d}"
        towns = by_key(page_table(c, 2025, "township"))                        # townships fold cooperatives
        assert sum(cells[12] for cells in towns.values()) == sum(cells[12] for cells in coops.values())
        names = {name for _a, name, _m in page_table(c, 2025, "township")}
        assert "Qonggyai Town" in names


def test_the_query_function_is_the_pages(county):
    from yarlung_pos.server.console_statistics import statistics_year
    from yarlung_pos.server.database import Database
    db = Database(county.db_url)
    try:
        with signed_in(county) as c:
            for by in ("cooperative", "category", "township"):
                table = statistics_year(db, 2025, by)
                assert {r.key or "": [*r.months, r.total_fen] for r in table.rows} == by_key(page_table(c, 2025, by))
                assert table.total_fen == sum(table.month_totals) == sum(r.total_fen for r in table.rows)
                assert [r.total_fen for r in table.rows] == sorted((r.total_fen for r in table.rows), reverse=True)
    finally:
        db.close()


def test_the_csv_and_the_workbook_equal_the_page(county):
    from openpyxl import load_workbook
    with signed_in(county) as c:
        r = c.get("/statistics.csv", params={"year": 2025, "by": "category"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert r.headers["content-disposition"] == 'attachment; filename="statistics-2025-category.csv"'
        assert r.content.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
        assert rows[0] == ["key", "name_bo", "name_zh", "name_en", *MONTHS, "total"]
        page = page_table(c, 2025, "category")
        assert len(rows) == 1 + len(page)
        for line, (attrs, _name, months) in zip(rows[1:], page):
            assert line[0] == attrs.get("data-key", "")
            assert [int(Decimal(x) * 100) for x in line[4:]] == [months[m][0] for m in [*MONTHS, "total"]]
            assert all(x.count(".") == 1 and len(x.split(".")[1]) == 2 for x in line[4:])
        assert rows[-1][3] == "Total" and rows[1][2]                          # Chinese names present

        r = c.get("/statistics.xlsx", params={"year": 2025, "by": "township"})
        assert r.status_code == 200
        assert r.headers["content-disposition"] == 'attachment; filename="statistics-2025-township.xlsx"'
        book = load_workbook(io.BytesIO(r.content))
        assert len(book.worksheets) == 3 and book.active.title == book.worksheets[0].title
        for sheet, by in zip(book.worksheets, ("township", "cooperative", "category")):
            page = page_table(c, 2025, by)
            values = list(sheet.iter_rows(values_only=True))
            assert len(values) == 1 + len(page) and list(values[0][4:16]) == MONTHS
            for row, (attrs, name, months) in zip(values[1:], page):
                assert (row[0] or "") == attrs.get("data-key", "")
                assert name in (row[1], row[2], row[3])
                fen = [int((Decimal(str(v)) * 100).to_integral_value()) for v in row[4:17]]
                assert fen == [months[m][0] for m in [*MONTHS, "total"]]
            assert sheet.cell(2, 5).number_format == "#,##0.00"
            assert sheet.cell(len(values), 1).font.b                          # the totals row in bold


def test_the_pdf_decodes_and_renders(county, tmp_path):
    import pypdfium2
    with signed_in(county) as c:
        r = c.get("/statistics.pdf", params={"year": 2025, "by": "cooperative"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.headers["content-disposition"] == 'attachment; filename="statistics-2025-cooperative.pdf"'
    pdf = pypdfium2.PdfDocument(r.content)
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        assert "2025" in text
        for zh in ("强钦青稞酒酿造专业合作社", "江色农产品合作社", "多吉铁艺合作社"):
            assert zh in text.replace("\r\n", "").replace("\n", ""), zh
        assert "Chamchen" in text
        folder = Path(os.environ.get("YARLUNG_SCREENSHOTS") or tmp_path) / "console"
        folder.mkdir(parents=True, exist_ok=True)
        image = pdf[0].render(scale=2).to_pil()
        image.save(folder / "statistics-2025-cooperative-pdf.png")
        assert image.size[0] > image.size[1] > 1000                            # landscape A4 at 144 dpi
        assert image.convert("L").getextrema()[0] < 128                     # something drawn
    finally:
        pdf.close()


@pytest.mark.parametrize("query", [{"year": "1999"}, {"year": "2101"}, {"year": "twenty"}, {"year": "2025.5"},
                                   {"year": "2025", "by": "village"}])
def test_a_bad_year_or_dimension_is_refused(county, query):
    with signed_in(county) as c:
        r = c.get("/statistics", params=query, headers=HTML)
        assert r.status_code == 400 and "text/html" in r.headers["content-type"]
        assert 'role="alert"' in r.text and ("2000" in r.text or "by township" in r.text)
        assert '<form class="filters"' in r.text                               # the form, to try again
        for ext in ("csv", "xlsx", "pdf"):
            r = c.get(f"/statistics.{ext}", params=query)
            assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")
            assert "2000" in r.text or "township" in r.text


def test_signed_out_is_sent_to_sign_in(county):
    r = httpx.get(f"{county.url}/statistics", headers=HTML, timeout=30)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=/statistics")
    assert httpx.get(f"{county.url}/statistics.csv", timeout=30).status_code == 401


def test_the_chart_draws_and_the_page_fits_a_phone(county, browser, tmp_path):  # noqa: F811
    folder = Path(os.environ.get("YARLUNG_SCREENSHOTS") or tmp_path) / "console"
    folder.mkdir(parents=True, exist_ok=True)
    for lang, width, height in (("zh-CN", 1280, 900), ("bo", 390, 844)):
        context = browser.new_context(viewport={"width": width, "height": height}, locale=lang,
                                      is_mobile=width < 600, device_scale_factor=2 if width < 600 else 1)
        context.set_default_timeout(15_000)
        page = context.new_page()
        try:
            page.goto(f"{county.url}/login?next=/statistics%3Fyear%3D2025")
            page.fill("#username", "pema")
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(lambda u: "/statistics" in u)
            page.wait_for_selector('canvas[data-drawn="1"]')
            assert page.locator("#statistics tr[data-key]").count() >= 13
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            page.evaluate("document.fonts.ready.then(() => 1)")
            page.screenshot(path=str(folder / f"statistics-{lang}-{width}.png"), full_page=True)
        finally:
            context.close()


def _fonts_of_characters(pdf: bytes) -> set[tuple[str, str]]:
    """(kind of character, font drawing it) of every character of the PDF's first page."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    doc = pdfium.PdfDocument(pdf)
    try:
        text = doc[0].get_textpage()
        buf, flags, seen = ctypes.create_string_buffer(256), ctypes.c_int(), set()
        for i in range(raw.FPDFText_CountChars(text)):
            code = raw.FPDFText_GetUnicode(text, i)
            raw.FPDFText_GetFontInfo(text, i, buf, 256, ctypes.byref(flags))
            kind = ("tibetan" if 0x0F00 <= code <= 0x0FFF else "digit" if chr(code).isdigit()
                    else "han" if 0x4E00 <= code <= 0x9FFF else "other")
            seen.add((kind, buf.value.decode()))
        text.close()
        return seen
    finally:
        doc.close()


@pytest.mark.parametrize("lang", ["bo", "zh_CN", "en"])
def test_every_script_of_the_pdf_is_drawn_by_its_own_font(lang):
    """Digits and brackets beside Tibetan (``ལོ་ 2025``, ``(སྒོར།)``) were boxes when drawn by the
    Tibetan font or when reportlab shaped a mixed word in one font."""
    from yarlung_pos.server.console_statistics import StatisticsRow, StatisticsTable
    from yarlung_pos.server.console_statistics_pdf import markup, runs, statistics_pdf
    assert runs("ལོ་ 2025 (སྒོར།)") == [("YarlungTibetan", "ལོ་ "), ("YarlungLatin", "2025 ("),
                                        ("YarlungTibetan", "སྒོར།"), ("YarlungLatin", ")")]
    assert markup("(སྒོར།)", "YarlungTibetan") == ('<font name="YarlungLatin">(\u2009</font>སྒོར།\u2009'
                                                 '<font name="YarlungLatin">)</font>')
    row = StatisticsRow("CHAMCHEN", "བྱམས་ཆེན་ནས་ཆང་བཟོ་སྐྲུན་ཆེད་ལས་མཉམ་ལས་ཁང་", "强钦青稞酒酿造专业合作社",
                        "Chamchen Highland Barley Wine Cooperative", [12345] * 12, 12345 * 12)
    fonts = _fonts_of_characters(statistics_pdf(StatisticsTable(2025, "cooperative", [row], [12345] * 12,
                                                                12345 * 12), lang))
    assert {kind for kind, _ in fonts} >= {"tibetan", "digit", "han"}
    assert {font for kind, font in fonts if kind == "digit"} <= {"NotoSans-Regular", "NotoSans-Bold"}
    assert {font for kind, font in fonts if kind == "tibetan"} == {"NotoSerifTibetan-Regular"}
    assert {font for kind, font in fonts if kind == "han"} == {"DroidSansFallback"}
