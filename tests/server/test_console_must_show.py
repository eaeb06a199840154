"""Issue #17's must-show checks in a real browser (Debian's chromium) against the real uvicorn
of the world — a server database filled by a year of real syncs from three tills: the overview
equals ``report sales``; a cooperative's monthly totals equal its settled plus unsettled lines
(and what the tills sold); the XLSX downloaded from the statistics page, read back with openpyxl,
equals the page's table.  (A price changed in the browser reaching a till: test_console_catalogue;
a viewer refused on every manager form: test_console_world.)"""

from __future__ import annotations

from decimal import Decimal

import pytest

from .browser import page  # noqa: F401 - the fixture
from .browser import browser  # noqa: F401 - the fixture
from .console_world import world  # noqa: F401 - the fixture

pytestmark = pytest.mark.slow


def figures(page, selector: str, *attributes: str) -> dict:
    """``{(attribute values…): int(data-value or data-fen)}`` of the cells matching ``selector``."""
    cells = page.eval_on_selector_all(selector, "cells => cells.map(c => ({...c.dataset}))")
    out = {}
    for c in cells:
        key = tuple(c.get(a) for a in attributes)
        out[key if len(key) > 1 else key[0]] = int(c.get("value", c.get("fen")))
    return out


def test_the_overview_of_the_year_equals_report_sales(world, page):  # noqa: F811
    world.sign_in(page, "pema")
    page.goto(f"{world.url}/?from={world.year}-01-01&to={world.year}-12-31")
    nets = figures(page, "td[data-period=day][data-figure=net_fen]", "key")
    counts = figures(page, "td[data-period=day][data-figure=sales]", "key")
    report = {r["key"]: r for r in world.report("day")}
    assert {d: n for d, n in nets.items() if n or counts[d]} == {d: r["total_fen"] for d, r in report.items()}
    assert {d: n for d, n in counts.items() if n} == {d: r["sales"] for d, r in report.items() if r["sales"]}
    assert sum(nets.values()) == sum(r["total_fen"] for r in world.report("terminal")) == world.expected.total_fen()


@pytest.mark.parametrize("code", ["CHAMCHEN", "SAILONG", "AJIA"])
def test_a_cooperatives_months_are_its_settled_plus_unsettled_lines(world, page, code):  # noqa: F811
    world.sign_in(page, "pema")
    page.goto(f"{world.url}/cooperatives/{code}?year={world.year}")
    net = figures(page, "tbody td[data-figure=net][data-month]", "month")
    settled = figures(page, "tbody td[data-figure=settled][data-month]", "month")
    unsettled = figures(page, "tbody td[data-figure=unsettled][data-month]", "month")
    assert len(net) == 12 and all(net[m] == settled[m] + unsettled[m] for m in net)
    assert {m: n for m, n in net.items() if n} == {m: n for m, n in world.expected.cooperative_months[code].items() if n}
    assert sum(settled.values()) == world.expected.settled_fen.get(code, 0)
    if code in ("CHAMCHEN", "SAILONG"):       # the tills settled these two in the world
        assert sum(settled.values()) > 0


def test_the_xlsx_download_equals_the_pages_table(world, page, tmp_path):  # noqa: F811
    import openpyxl
    world.sign_in(page, "pema")
    page.goto(f"{world.url}/statistics?year={world.year}&by=category")
    rows = page.eval_on_selector_all(
        "table#statistics tr[data-key], table#statistics tr[data-total]",
        "rows => rows.map(r => [r.dataset.key ?? null, ...[...r.querySelectorAll('td[data-fen]')].map(c => +c.dataset.fen)])")
    with page.expect_download() as download:
        page.click("a[href*='statistics.xlsx']")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == f"statistics-{world.year}-category.xlsx"
    sheet = openpyxl.load_workbook(path).worksheets[0]           # the page's dimension comes first
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(body) == len(rows)
    for page_row, xlsx_row in zip(rows, body):
        fen = [int((Decimal(str(v)) * 100).to_integral_value()) for v in xlsx_row[-13:]]
        assert fen == page_row[1:], (page_row, xlsx_row)
        assert (xlsx_row[0] or "") == (page_row[0] or "") or page_row[0] is None
    assert rows[-1][1:] == [sum(r[1 + i] for r in rows[:-1]) for i in range(13)]
    assert rows[-1][-1] == sum(n for months in world.expected.category_months.values() for n in months.values())
