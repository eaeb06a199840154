"""Issue #17 (part 1) in a real browser: the county office's sign-in page on a real uvicorn
(127.0.0.1), driven by Playwright in Debian's chromium — a wrong password refused, a form
posted without its CSRF token refused, sign-in and sign-out; the page fits a 390-px phone.
Screenshots go to ``$YARLUNG_SCREENSHOTS`` (or the test's tmp folder), never into git."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .browser import browser, page  # noqa: F401 - the fixtures
from .test_office_auth import PASSWORD, add_user


@pytest.fixture
def county(new_database, start_server):
    url = new_database()
    assert add_user(url, "pema", "viewer", PASSWORD, "--name", "Pema Lhamo")[0] == 0
    return start_server(url)


def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("YARLUNG_SCREENSHOTS") or tmp_path) / "console"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_wrong_password_is_refused_and_the_right_one_signs_in(county, page, tmp_path):
    page.goto(f"{county.url}/")                                   # not signed in: to the sign-in page
    assert "/login" in page.url
    page.fill("#username", "pema")
    page.fill("#password", "not the password")
    with page.expect_response(lambda r: r.url.endswith("/login") and r.request.method == "POST") as answer:
        page.click("button[type=submit]")
    assert answer.value.status == 401
    assert page.locator("[role=alert]").is_visible() and page.input_value("#username") == "pema"
    page.screenshot(path=str(shots(tmp_path) / "login-wrong.png"))
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{county.url}/")
    assert "Pema Lhamo" in page.content()
    cookie = next(c for c in page.context.cookies() if c["name"] == "yarlung_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    page.click("form[action='/logout'] button")                   # sign out
    page.wait_for_url(lambda u: "/login" in u)
    page.goto(f"{county.url}/")
    assert "/login" in page.url


def test_a_form_posted_without_its_csrf_token_is_refused(county, page):
    page.goto(f"{county.url}/login")
    page.evaluate("document.querySelector('input[name=csrf_token]').remove()")
    page.fill("#username", "pema")
    page.fill("#password", PASSWORD)
    with page.expect_response(lambda r: r.url.endswith("/login") and r.request.method == "POST") as answer:
        page.click("button[type=submit]")
    assert answer.value.status == 403
    page.goto(f"{county.url}/")
    assert "/login" in page.url                                   # not signed in


def test_the_sign_in_page_fits_a_phone(county, browser, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    context.set_default_timeout(15_000)
    phone = context.new_page()
    try:
        phone.goto(f"{county.url}/login")
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390                                       # no sideways scrolling
        box = phone.locator("#password").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        phone.screenshot(path=str(shots(tmp_path) / "login-phone.png"))
        csp = phone.evaluate("fetch('/login').then(r => r.headers.get('content-security-policy'))")
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    finally:
        context.close()


def test_the_api_docs_load_with_no_internet(county, page):
    """``/docs`` loaded FastAPI's scripts from a public CDN: blank in an office without
    internet.  Every request off 127.0.0.1 is refused here; the page must still draw."""
    import httpx
    html = httpx.get(f"{county.url}/docs", timeout=15).text
    assert "cdn" not in html.lower() and "https://" not in html
    off_site = []

    def only_here(route):
        if route.request.url.startswith(county.url):
            route.continue_()
        else:
            off_site.append(route.request.url)
            route.abort()
    page.route("**/*", only_here)
    page.goto(f"{county.url}/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "Yarlung POS county server" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock").count() > 10                    # the API's operations are listed
    assert off_site == []
