"""The cashier's road after the sign-in screen (issue #13), for ``bench/run.py startup_ratio``:
``yarlung-pos --db DB`` on a set-up till (the demo's people), driven as a person would.  When
the sign-in screen is up, the store opens in a thread; this script waits ``TYPING_S`` (a PIN
typed by hand), types the demo cashier's PIN and presses Enter, then prints

  ``store ready N ms`` — from the screen shown to the store open (what typing hides), and
  ``till in N ms`` — from Enter to the till window shown (what the cashier waits),

and closes the till.  Run with the till's interpreter: ``python bench/after_pin.py DB``.
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TYPING_S = 1.5
PIN = ("padma", "1111")  # services/demo.py DEMO_USERS


def main() -> int:
    from yarlung_pos.cli import main as till_main
    marks: dict[str, float] = {}

    def find(name):
        return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)

    def screen_up():
        dialog = find("signInDialog")
        if dialog is None:
            QTimer.singleShot(2, screen_up)
            return
        marks["shown"] = time.perf_counter()
        watch_store(dialog)
        QTimer.singleShot(int(TYPING_S * 1000), lambda: type_pin(dialog))

    def watch_store(dialog):
        future = getattr(dialog.store, "_future", None)
        if future is not None and future.done():
            marks["store"] = time.perf_counter()
            return
        QTimer.singleShot(2, lambda: watch_store(dialog))

    def type_pin(dialog):
        dialog.users.setCurrentIndex(dialog.users.findData(PIN[0]))
        QTest.keyClicks(dialog.pin, PIN[1])
        marks["enter"] = time.perf_counter()
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
        QTimer.singleShot(0, till_up)

    def till_up():
        window = find("tillWindow")
        if window is None:
            QTimer.singleShot(1, till_up)
            return
        marks["till"] = time.perf_counter()
        print(f"store ready {round((marks['store'] - marks['shown']) * 1000)} ms", flush=True)
        print(f"till in {round((marks['till'] - marks['enter']) * 1000)} ms", flush=True)
        window.confirm_close = False
        window.close()

    QTimer.singleShot(0, screen_up)
    return till_main(["--db", sys.argv[1]])


if __name__ == "__main__":
    sys.exit(main())
