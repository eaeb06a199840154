"""Browser tests' common parts: Playwright for Python driving Debian's ``chromium``
(``/usr/bin/chromium``; Playwright cannot download its own browsers here).  ``.ci/run``
installs chromium; on a machine without it the browser tests are skipped with the reason."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("YARLUNG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium (Playwright), one per test module; skipped without chromium."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("chromium is not installed (apt-get install chromium); .ci/run installs it")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh browser context and page (desktop size), closed after the test; every wait
    bounded at 15 s so a hung server fails fast."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()
