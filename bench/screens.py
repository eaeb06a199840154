"""The back-office and label-preview figures of ``bench/run.py`` (issue #15):
``bench/run.py backoffice_open labels_preview`` runs them.

Each run is a fresh till process (offscreen Qt, bytecode cached, a fresh demo database
made before the clock starts), so the figure is the first opening of the day, imports and all; the median of
the runs is reported.  ``python bench/screens.py <db>`` is one such run: it prints one JSON
line ``{"backoffice_open_ms": …, "labels_preview_ms_19": …}``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _child(db: Path) -> None:
    """One run on a new demo database at ``db``: the till shown, then (1) Open back office → the
    manager's PIN accepted → the back office window shown and painted, closed again; (2) the
    Labels screen open, the 19-product GRAIN category added → its preview painted."""
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    from yarlung_pos.ui.app import build_till, create_app
    from yarlung_pos.ui.approval import ApprovalDialog
    app = create_app()
    till, store = build_till(db, demo=True)
    till.confirm_close = False
    till.show()
    app.processEvents()
    till.open_backoffice()
    dialog = till.counter_dialog
    assert isinstance(dialog, ApprovalDialog), dialog
    combo = dialog.findChild(QComboBox, "approverCombo")
    combo.setCurrentIndex(combo.findData("dorje"))
    dialog.findChild(QLineEdit, "approverPin").setText("2222")
    t0 = time.perf_counter()
    dialog._ok()  # Enter on the PIN
    window = getattr(till, "backoffice_window", None)
    while window is None or not window.isVisible():
        app.processEvents()
        window = getattr(till, "backoffice_window", None)
    window.repaint()  # painted, not just mapped
    app.processEvents()
    office_ms = (time.perf_counter() - t0) * 1000
    window.confirm_close = False
    window.reject()
    app.processEvents()

    from yarlung_pos.ui.labels import LabelsDialog
    labels = LabelsDialog(till.service, till)
    labels.show()
    app.processEvents()
    category = labels.category_combo
    category.setCurrentIndex(category.findData("GRAIN"))
    assert len(till.service.products_in("GRAIN")) == 19
    t0 = time.perf_counter()
    labels.add_category()
    while labels.job is None or labels._preview_timer.isActive():
        app.processEvents()
    labels.preview.repaint()
    app.processEvents()
    preview_ms = (time.perf_counter() - t0) * 1000
    assert labels.job.count == 19 and labels.preview.image() is not None
    labels.close()
    store.close()
    print(json.dumps({"backoffice_open_ms": office_ms, "labels_preview_ms_19": preview_ms}), flush=True)
    QApplication.instance().quit()


def run_screens_bench(tmp: Path, report, runs: int = 5) -> None:
    """Issue #15's figures (see bench/run.py's docstring); ``report(name, value, unit)`` prints one."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    figures: dict[str, list[float]] = {}
    for run in range(runs + 1):  # the first run fills the bytecode cache: not counted
        out = subprocess.run([sys.executable, __file__, str(tmp / f"screens-{run}.db")], env=env, capture_output=True, text=True,
                             timeout=120, check=True).stdout
        for name, value in json.loads(out.strip().splitlines()[-1]).items():
            figures.setdefault(name, []).append(value)
    for name, values in figures.items():
        report(name, statistics.median(values[1:]), "ms")


if __name__ == "__main__":
    _child(Path(sys.argv[1]))
