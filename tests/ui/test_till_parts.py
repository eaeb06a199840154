"""The till window is one class made of parts (``yarlung_pos.ui.till``: window, scan, counter,
checkout, status, delivery): the names others import stay where they were, no part reaches for the
database, and every part's texts (filed by lupdate under the part's own class name) show
translated at run time."""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from yarlung_pos.i18n import format_money, i18n_dir

TILL_DIR = Path(__file__).resolve().parents[2] / "src" / "yarlung_pos" / "ui" / "till"
PARTS = ("TillScan", "TillCounter", "TillCheckout", "TillStatus", "TillDelivery")


def ts_text(lang: str, context: str, source: str) -> str:
    """The finished translation of ``source`` under ``context`` in the ``lang`` .ts file."""
    root = ET.parse(i18n_dir() / f"yarlung_pos_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if msg.findtext("source") == source and tr is not None and tr.get("type") is None and tr.text:
                    return tr.text
    raise AssertionError(f"no finished {lang} translation of [{context}] {source!r}")


def template(text: str) -> re.Pattern:
    """``text`` with its {0}/{name} placeholders as a regular expression."""
    parts = re.split(r"\{\w*\}", text)
    return re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$", re.S)


def test_the_names_others_import_are_where_they_were():
    from yarlung_pos.ui import till
    from yarlung_pos.ui.till import GRID_LIMIT, SEARCH_DELAY_MS, QApplicationBeep, TillWindow
    from PySide6.QtWidgets import QMainWindow
    assert issubclass(TillWindow, QMainWindow) and TillWindow.__module__ == "yarlung_pos.ui.till.window"
    assert [c.__name__ for c in TillWindow.__mro__[1:1 + len(PARTS)]] == list(PARTS)
    assert GRID_LIMIT == 120 and SEARCH_DELAY_MS == 150 and callable(QApplicationBeep)
    assert set(till.__all__) == {"GRID_LIMIT", "SEARCH_DELAY_MS", "QApplicationBeep", "TillWindow"}


def test_no_part_is_too_big_or_imports_the_database():
    modules = sorted(TILL_DIR.glob("*.py"))
    assert {p.stem for p in modules} == {"__init__", "window", "scan", "counter", "checkout", "status", "delivery"}
    for path in modules:
        source = path.read_text(encoding="utf-8")
        assert source.count("\n") <= 450, f"{path.name}: {source.count(chr(10))} lines"
        for node in ast.walk(ast.parse(source)):  # function-local imports included
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(("yarlung_pos.db", "sqlalchemy")), f"{path.name}:{node.lineno} imports {name}"


@pytest.mark.parametrize("lang", ["zh_CN", "bo"])
def test_every_part_shows_its_texts_translated(demo_till, lang):
    """``self.tr()`` in a part looks the text up under each class of the window's MRO in turn:
    ``TillWindow`` first, then the part's own context, where lupdate filed it."""
    till = demo_till
    assert not till.service.prints  # the demo has no receipt printer
    try:
        till.set_language(lang)
        till.add_by_code("WINE-001")
        expected = {
            "TillWindow": ("Pay (F12)", till.pay_button.text()),
            "TillScan": ("Added {0} — {1} × {2}", till.message_label.text()),
            "TillCounter": ("Cashier: {0}", till.cashier_label.text().rsplit(" (", 1)[0]),
            "TillCheckout": ("Total {0}", till.total_label.text()),
            "TillStatus": ("No receipt printer (preview only)", till.printer_status.text()),
        }
        for context, (source, shown) in expected.items():
            text = ts_text(lang, context, source)
            assert text != source
            assert template(text).match(shown), (context, source, shown)
        assert till.total_label.text() == ts_text(lang, "TillCheckout", "Total {0}").format(
            format_money(till.pricing().due_fen))
        assert till.cashier_label.text().endswith(f"({ts_text(lang, 'TillCounter', 'cashier')})")
    finally:
        till.set_language("en")
    assert till.total_label.text().startswith("Total ") and till.cashier_label.text().startswith("Cashier: ")
