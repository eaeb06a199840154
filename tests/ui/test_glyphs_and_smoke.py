"""No tofu: every demo name and every fixed text of the till is drawable with the shipped
fonts; the till starts with --smoke."""

import csv
import subprocess
import sys

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from yarlung_pos.domain import hall
from yarlung_pos.fonts import missing_glyphs
from yarlung_pos.ui.app import build_till, create_app

from ..conftest import DEMO


def test_every_demo_name_has_glyphs_in_the_shipped_fonts(qapp):
    create_app()
    missing = {}
    for name in ("products.csv", "categories.csv", "cooperatives.csv"):
        with (DEMO / name).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for col, text in row.items():
                    if col.startswith(("name_", "town_")):
                        gaps = missing_glyphs(text)
                        if gaps:
                            missing[(name, row.get("sku") or row.get("code"), col)] = gaps
    for text in (hall.HALL_NAME_BO, hall.HALL_NAME_ZH, hall.HALL_NAME_EN, hall.HALL_ADDRESS, "￥"):
        assert missing_glyphs(text) == []
    assert missing == {}


def test_every_visible_text_of_the_till_has_glyphs(qtbot, db_path):
    create_app()
    window, store = build_till(db_path, demo=True)
    qtbot.addWidget(window)
    window.show()
    texts = [w.text() for w in window.findChildren(QLabel)]
    texts += [w.text_lines() if hasattr(w, "text_lines") else w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.placeholderText() for w in window.findChildren(QLineEdit)]
    texts.append(window.windowTitle())
    assert len(texts) > 20
    gaps = {t: missing_glyphs(t) for t in texts if missing_glyphs(t)}
    store.close()
    assert gaps == {}


def test_missing_glyphs_does_find_tofu(qapp):
    create_app()
    assert missing_glyphs("ሰላም") != []  # Ethiopic is not shipped


def test_smoke_start_prints_ready(tmp_path):
    r = subprocess.run([sys.executable, "-m", "yarlung_pos", "--db", str(tmp_path / "s.db"), "--demo", "--smoke"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ready in ") and lines[0].endswith(" ms")
    assert int(lines[0].split()[2]) > 0


def test_smoke_with_a_damaged_database_fails_cleanly(tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"x" * 5000)
    r = subprocess.run([sys.executable, "-m", "yarlung_pos", "--db", str(db), "--smoke"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "cannot be read" in r.stderr
