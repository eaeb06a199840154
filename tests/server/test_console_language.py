"""The console's three languages (issue #17): every page string translated into Tibetan and
Chinese, placeholders kept, no English left, glyphs in the fonts the server serves, and the
language chosen by the switch or the browser."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from tests.unit.test_message_language import ALLOWED_WORDS, english_words

from .test_office_auth import office  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("bo", "zh_CN")
#: file formats, units and codes the console shows as such (image formats as the files are called)
CONSOLE_WORDS = ALLOWED_WORDS | {"XLSX", "API", "JSON", "CSV", "PDF", "UTC", "ISO", "YYYY", "MM", "DD", "MiB", "JPEG", "PNG", "WebP"}


def _load_tool():
    spec = importlib.util.spec_from_file_location("yarlung_console_i18n_tool", ROOT / "tools" / "console_i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
_FIELD = re.compile(r"\{[^{}]*\}")


def _messages(lang):
    """(English, translation) pairs; a plural message gives one pair per plural form."""
    out = []
    for m in tool.load(lang):
        if m.id:
            source = m.id[0] if isinstance(m.id, tuple) else m.id
            out += [(source, text) for text in (m.string if isinstance(m.string, tuple) else (m.string,))]
    return out


def test_the_po_files_hold_every_message_of_the_source():
    source = {m.id[0] if isinstance(m.id, tuple) else m.id for m in tool.extract() if m.id}
    for lang in LANGS:
        have = {m for m, _ in _messages(lang)}
        assert source - have == set(), f"run tools/console_i18n.py update ({lang})"
        assert have - source == set(), f"messages no longer in the source ({lang}): run update"


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    assert tool.untranslated(tool.load(lang)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_the_placeholders_and_hold_no_english(lang):
    script = re.compile(r"[\u0f00-\u0fff]" if lang == "bo" else r"[\u4e00-\u9fff]")
    bad = []
    for src, text in _messages(lang):
        if sorted(_FIELD.findall(src)) != sorted(_FIELD.findall(text)):
            bad.append(f"placeholders: {src!r} -> {text!r}")
        words = [w for w in english_words(text) if w not in CONSOLE_WORDS]
        if words:
            bad.append(f"English {words}: {src!r} -> {text!r}")
        if not script.search(text) and _FIELD.sub("", src).strip(" ()·:—-"):
            bad.append(f"not in its script: {src!r} -> {text!r}")
    assert bad == []


def test_tibetan_punctuation():
    """Tsheg before a shad after ང (``ང་།``), no doubled tsheg, no shad after ག/ཀ."""
    assert [t for _, t in _messages("bo") if re.search(r"ང།|་་|[གཀ]།", t)] == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_translation_has_glyphs_in_the_served_fonts(qapp, lang):
    from yarlung_pos.fonts import missing_glyphs
    gaps = {text: missing_glyphs(text) for _, text in _messages(lang) if missing_glyphs(text)}
    assert gaps == {}


@pytest.mark.parametrize(("header", "cookie", "expected"), [
    ("bo-CN,bo;q=0.9,zh;q=0.5", None, "bo"), ("en-GB,en;q=0.8", None, "en"), ("zh-Hans-CN", None, "zh_CN"),
    ("fr-FR,de;q=0.7", None, "zh_CN"), ("", None, "zh_CN"), ("en;q=0.4,bo;q=0.6", None, "bo"),
    ("en", "bo", "bo"), ("bo", "nonsense", "bo"), ("q=;;,,", None, "zh_CN")])
def test_the_page_language(header, cookie, expected):
    from starlette.requests import Request

    from yarlung_pos.server.web import page_language
    headers = [(b"accept-language", header.encode())] + ([(b"cookie", f"yarlung_lang={cookie}".encode())] if cookie else [])
    assert page_language(Request({"type": "http", "headers": headers})) == expected


def test_a_translated_message_fills_its_placeholders_escaped():
    from yarlung_pos.server.web import translate
    assert translate("en", "Signed in as {name} ({role})", name="Dawa", role="manager") == "Signed in as Dawa (manager)"
    zh = translate("zh_CN", "Signed in as {name} ({role})", name="Dawa", role="x")
    assert "Dawa" in zh and re.search(r"[\u4e00-\u9fff]", zh)


def test_the_switch_and_the_browser_choose_the_language_of_the_pages(office):
    b = office["browser"]
    page = b.get("/login", headers={"Accept": "text/html", "Accept-Language": "bo-CN,bo;q=0.9"})
    assert '<html lang="bo">' in page.text and "ནང་འཛུལ།" in page.text and "Sign in" not in page.text
    r = b.get("/language", params={"set": "zh_CN", "next": "/login?next=/cooperatives"})
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/cooperatives"
    page = b.get("/login", headers={"Accept": "text/html"})        # the browser says English: the switch wins
    assert '<html lang="zh-CN">' in page.text and "登录" in page.text and "Password" not in page.text
    assert b.get("/language", params={"set": "xx", "next": "//evil.example"}).headers["location"] == "/"
    b.sign_in("dawa")
    home = b.get("/", headers={"Accept": "text/html"}).text
    assert "已登录：dawa（经理）" in home and 'href="/language?set=bo&amp;next=/"' in home
    refused = b.post("/logout", data={"csrf_token": "forged"}, headers={"Accept": "text/html"})
    assert refused.status_code == 403 and "表单已过期" in refused.text and "<html" in refused.text
