"""No English left inside Tibetan and Chinese messages (issue #15): every translation in the
``zh_CN`` and ``bo`` .ts files, and every ``DomainError`` template rendered through
:func:`yarlung_pos.ui.messages.describe` in those languages, holds no Latin word of 3+ letters
apart from an allowlist — product and brand names, keys, file types, code values a user types,
commands, URIs, file names and placeholders.

A message that is new in the code and not yet translated shows as English (Qt falls back to the
source) and fails :func:`test_every_domain_error_renders_without_english` until the integrator
fills the .ts files — as intended."""

from __future__ import annotations

import importlib.util
import re
import string
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "yarlung_pos"


def _load_tool():
    spec = importlib.util.spec_from_file_location("yarlung_i18n_tool_lang", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


i18n = _load_tool()
LANGS = ("zh_CN", "bo")

#: Latin words a translation may keep: brands and product names, keyboard keys, file types, and
#: code values the user types or sees as such (roles, rounding codes, printer "preview" …)
ALLOWED_WORDS = {
    "Yarlung", "POS", "WeChat", "Alipay", "UnionPay", "USB", "CSV", "PDF", "PIN", "Pin", "SKU", "QR", "ESC",
    "Enter", "Esc", "Ctrl", "Delete", "Del", "Shift", "Tab", "Alt", "csv", "pdf", "pem", "crt", "cer", "png",
    "yes", "none", "preview", "cashier", "manager", "admin", "profile", "tashi", "FILE", "demo", "libusb",
    "Windows", "Linux", "EMS",  # EMS: China Post's express brand, written so on its waybills
}
#: parts removed before looking for words: placeholders, markup, URIs and paths, commands
#: (``yarlung-pos …`` up to the closing quote), code-like tokens (``drop_fen``, ``a.csv``,
#: ``*.yhand``, ``T01-000099``), quoted Latin (“…”)
_STRIP = re.compile(
    r"\{[^{}]*\}|<[^>]+>|\S+://\S*|(?:^|\s)/\S+"
    r"|yarlung-pos[ A-Za-z0-9_.\-…]*"
    r"|[A-Za-z0-9*]*[_./\\-][A-Za-z0-9_./\\*-]+"
    r"|“[ -~]*”|\"[ -~]*\"")
_WORD = re.compile(r"[A-Za-z]{3,}")


def english_words(text: str) -> list[str]:
    """The Latin words of 3+ letters in ``text`` that are not allowed (see :data:`ALLOWED_WORDS`)."""
    return [w for w in _WORD.findall(_STRIP.sub(" ", text or "")) if w not in ALLOWED_WORDS]


def test_the_word_finder():
    assert english_words("测试页未打印：printer 127.0.0.1:9 refused the connection") == ["printer", "refused",
                                                                                     "the", "connection"]
    assert english_words("bottle 只能是整数：1.5") == ["bottle"]
    assert english_words("请用“yarlung-pos user add”创建 {0}，或 drop_fen、categories.csv、*.yhand、"
                         "network://HOST:9100 · /dev/ttyS0 · Ctrl+P · WeChat · T01-000099") == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_hold_no_english(lang):
    tree = i18n.read_ts(i18n.ts_path(lang))
    found = []
    for ctx, msg in i18n.messages(tree):
        tr = msg.find("translation")
        if tr is None or not (tr.text or "").strip() or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue  # not translated yet: test_translations.py says so
        words = english_words(tr.text)
        if words:
            found.append(f"{ctx}: {words} in {tr.text[:80]!r}")
    assert found == [], "\n".join(found)


def domain_templates() -> list[str]:
    """Every ``QT_TRANSLATE_NOOP("DomainError", "…")`` text of the source (adjacent string
    literals joined), sorted."""
    pattern = re.compile(r'QT_TRANSLATE_NOOP\(\s*"DomainError"\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')
    found = set()
    for path in SRC.rglob("*.py"):
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            found.add("".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))).encode().decode("unicode_escape")
                      .encode("latin-1").decode("utf-8"))
    return sorted(found)


def sample_params(template: str) -> dict:
    """A neutral value for each placeholder (a number or a code, never an English word)."""
    return {name: 7 for _, name, _, _ in string.Formatter().parse(template) if name}


def test_templates_are_found():
    templates = domain_templates()
    assert len(templates) > 100
    assert "There is no sale {number} on this till." in templates
    assert any(t.startswith("Printer {printer} refused the connection") for t in templates)


@pytest.mark.parametrize("lang", LANGS)
def test_every_domain_error_renders_without_english(qapp, lang):
    """Needs the DomainError translations filled (the integrator's step after new templates)."""
    from yarlung_pos.domain.errors import DomainError
    from yarlung_pos.i18n import install_language
    from yarlung_pos.ui.messages import describe
    install_language(lang, qapp)
    try:
        found = []
        for template in domain_templates():
            text = describe(DomainError(template, **sample_params(template)))
            words = english_words(text)
            if words:
                found.append(f"{template[:60]!r} → {words}")
        assert found == [], f"{len(found)} messages:\n" + "\n".join(found)
    finally:
        install_language("en", qapp)
