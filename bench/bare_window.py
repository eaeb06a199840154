"""The yardstick of ``startup_ready_ratio_bare_window`` (issue #13): a bare PySide6 window.

A ``QApplication`` and a ``QMainWindow`` holding one label, shown; once the event loop runs
(the same "ready" point as ``yarlung-pos --smoke``, see ``ui/app.py``: a zero-time timer
after ``show()``) it prints ``ready in N ms`` (from the start of this script) and quits.
Run with the till's interpreter: ``python bench/bare_window.py``.
"""

import time

_STARTED = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.setCentralWidget(QLabel("ready"))
    window.resize(1024, 768)
    window.show()

    def ready():
        print(f"ready in {round((time.perf_counter() - _STARTED) * 1000)} ms", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
