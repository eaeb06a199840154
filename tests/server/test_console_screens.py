"""Every console page in the three languages, on an office PC (1280 px) and on a phone (390 px),
in a real browser over the world of real till syncs (issue #17): each page answers, fits the
width (tables scroll inside their frame, never the page), draws its charts, holds no English
sentence of the console in a Chinese or Tibetan page, and has the served Tibetan font ready.
With ``$YARLUNG_SCREENSHOTS`` set, a full-page screenshot of each goes to
``$YARLUNG_SCREENSHOTS/console-pages/<lang>-<width>-<page>.png`` (made to be looked at)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from .browser import browser  # noqa: F401 - the fixture
from .conftest import query
from .console_world import world  # noqa: F401 - the fixture
from .test_console_language import tool

pytestmark = pytest.mark.slow
LANGS = {"zh_CN": "zh-CN", "bo": "bo", "en": "en"}
WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}


def pages(world) -> dict[str, str]:
    """Page name → path, with the world's own Z report and delivery."""
    z = query(world.db_url, "SELECT terminal_code, number FROM shifts ORDER BY id LIMIT 1")[0]
    delivery = query(world.db_url, "SELECT number FROM deliveries ORDER BY id LIMIT 1")[0][0]
    year = world.year
    return {
        "overview": f"/?from={year}-01-01&to={year}-12-31",
        "cooperatives": f"/cooperatives?from={year}-01-01&to={year}-12-31",
        "cooperative": f"/cooperatives/CHAMCHEN?year={year}",
        "statistics-cooperative": f"/statistics?year={year}&by=cooperative",
        "statistics-category": f"/statistics?year={year}&by=category",
        "statistics-township": f"/statistics?year={year}&by=township",
        "catalogue": "/catalogue",
        "catalogue-add": "/catalogue/add",
        "catalogue-edit": "/catalogue/WINE-001/edit",
        "categories": "/catalogue/categories",
        "cooperatives-list": "/catalogue/cooperatives",
        "catalogue-import": "/catalogue/import",
        "shifts": "/shifts",
        "z-report": f"/shifts/{z[0]}/{z[1]}",
        "audit": "/audit",
        "deliveries": "/deliveries",
        "delivery": f"/deliveries/{delivery}",
        "not-found": "/cooperatives/NO-SUCH-COOP",
    }


def english_sentences() -> list[str]:
    """The console's English messages of three words or more without placeholders: none may
    show in a Chinese or Tibetan page."""
    out = []
    for m in tool.extract():
        text = m.id[0] if isinstance(m.id, tuple) else m.id
        if text and "{" not in text and len(text.split()) >= 3:
            out.append(text)
    return out


def _shoot(page, lang: str, width: str, name: str) -> None:
    folder = os.environ.get("YARLUNG_SCREENSHOTS")
    if folder:
        target = Path(folder) / "console-pages"
        target.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target / f"{lang}-{width}-{name}.png"), full_page=True)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_in_every_language_and_width(world, browser, lang, width):  # noqa: F811
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h}, locale=LANGS[lang],
                                  extra_http_headers={"Accept-Language": LANGS[lang]})
    context.set_default_timeout(15_000)
    offsite: list[str] = []
    context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/]).*"), lambda route: (offsite.append(route.request.url),
                                                                                route.abort()))
    sentences = english_sentences() if lang != "en" else []
    problems: list[str] = []
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{world.url}/login")
        _shoot(page, lang, width, "login")
        world.sign_in(page, "dawa")
        for name, path in pages(world).items():
            answer = page.goto(f"{world.url}{path}")
            page.wait_for_load_state("networkidle")
            expected = 404 if name == "not-found" else 200
            if answer.status != expected:
                problems.append(f"{name}: HTTP {answer.status}")
            html_lang = page.get_attribute("html", "lang")
            if html_lang != LANGS[lang]:
                problems.append(f"{name}: <html lang={html_lang}>")
            if page.evaluate("document.documentElement.scrollWidth") > w:
                problems.append(f"{name}: wider than {w} px")
            charts = page.locator("canvas[data-chart]").count()
            if charts:
                page.wait_for_function("[...document.querySelectorAll('canvas[data-chart]')]"
                                       ".every(c => c.dataset.drawn === '1')")
            text = page.inner_text("body")
            left = [s for s in sentences if s in text]
            if left:
                problems.append(f"{name}: English left {left[:3]}")
            if lang == "bo" and not page.evaluate(
                    "document.fonts.ready.then(() => document.fonts.check('16px \"Yarlung Tibetan\"', 'ཀ'))"):
                problems.append(f"{name}: the Tibetan font is not loaded")
            _shoot(page, lang, width, name)
        assert errors == []
    finally:
        context.close()
    assert offsite == []
    assert problems == []
