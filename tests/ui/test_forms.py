"""The shared forms on their own: enrolment against a real county server on 127.0.0.1, and the
catalogue import (bad rows shown, nothing imported; corrected, imported)."""

from __future__ import annotations

import shutil
import sqlite3

from PySide6.QtWidgets import QLineEdit, QPushButton, QTableWidget

from tests.conftest import DEMO
from tests.server.conftest import cli_json, free_port
from tests.support.county import county  # noqa: F401 - the fixture


def _counts(db_path):
    con = sqlite3.connect(db_path)
    try:
        return tuple(con.execute(f"select count(*) from {t}").fetchone()[0]
                     for t in ("categories", "cooperatives", "products"))
    finally:
        con.close()


def test_enrol_form_explains_failures_then_enrols(qtbot, store, clock, county):
    from yarlung_pos.ui.forms.enrol import EnrolForm
    form = EnrolForm(store, clock)
    qtbot.addWidget(form)
    got = []
    form.enrolled.connect(got.append)
    message = form.message
    form.url.setText("county.example")
    form.code.setText("x")
    assert form.try_enrol() is None and "must start with https://" in message.text()
    form.url.setText(f"http://127.0.0.1:{free_port()}")
    assert form.try_enrol() is None and "cannot be reached" in message.text()
    form.url.setText(county.url)
    form.code.setText("WRONG-CODE")
    assert form.try_enrol() is None and "code was not accepted" in message.text()
    form.url.setText(county.url + "/nothing-here")
    assert form.try_enrol() is None and "not a Yarlung county server" in message.text()
    form.ca_file.setText(str(DEMO / "products.csv"))  # not a certificate
    form.url.setText(county.url)
    assert form.try_enrol() is None and "certificate" in message.text()
    form.ca_file.clear()
    doc = cli_json(county.db_url, "terminal", "add", "T31")
    form.code.setText(doc["enrolment_code"])
    assert form.try_enrol() == "T31"
    assert got == ["T31"] and "T31" in message.text()
    from yarlung_pos.sync.client import load_config
    assert load_config(store).terminal == "T31"


def test_catalogue_form_shows_every_bad_row_imports_nothing_then_imports(qtbot, store, clock, db_path, tmp_path):
    from yarlung_pos.ui.forms.catalogue_import import CatalogueImportForm
    for name in ("categories.csv", "cooperatives.csv", "products.csv"):
        shutil.copy(DEMO / name, tmp_path / name)
    products = tmp_path / "products.csv"
    good = products.read_text(encoding="utf-8")
    lines = good.splitlines()
    lines[1] = lines[1].replace("2200", "22.00")            # a price in yuan, not fen
    lines[3] = lines[3].replace(",GRAIN,", ",NOSUCH,")      # an unknown category
    products.write_text("\n".join(lines) + "\n", encoding="utf-8")
    form = CatalogueImportForm(store, clock)
    qtbot.addWidget(form)
    form.show()
    got = []
    form.imported.connect(got.append)
    for kind in ("categories", "cooperatives", "products"):
        form.set_file(kind, tmp_path / f"{kind}.csv")
    assert form.findChild(QPushButton, "checkButton").isEnabled()
    assert not form.check()
    table = form.findChild(QTableWidget, "importErrorsTable")
    assert table.isVisible()
    rows = [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]
    assert ("products.csv", "2", "price_fen") == rows[0][:3]
    assert ("products.csv", "4", "category") == rows[1][:3]
    assert all(r[3] for r in rows)
    assert form.import_files() is None and got == []
    assert _counts(db_path) == (0, 0, 0)                     # nothing half-imported
    products.write_text(good, encoding="utf-8")               # corrected
    assert form.check() and _counts(db_path) == (0, 0, 0)    # a check keeps nothing
    counts = form.import_files()
    assert counts["products"]["added"] == len(good.splitlines()) - 1
    assert got == [counts] and not table.isVisible()
    assert _counts(db_path)[2] == counts["products"]["added"]
