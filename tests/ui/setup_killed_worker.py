"""Run by test_setup_wizard: the setup window in a process of its own, driven up to its last
page (enrolled, administrator typed, catalogue pulled), then killed with SIGKILL — no clean-up
of any kind.  argv: database, settings file, county URL, enrolment code."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QCoreApplication

    from tests.conftest import FixedClock
    from yarlung_pos.config import Settings
    from yarlung_pos.db.store import Store
    from yarlung_pos.ui.app import create_app
    from yarlung_pos.ui.setup import SetupWizard
    db, settings_path, url, code = sys.argv[1:5]
    create_app()
    store = Store.open(Path(db))
    wizard = SetupWizard(store, FixedClock(), Settings(path=Path(settings_path)))
    wizard.show()
    wizard.language_page.select("bo")
    wizard.next()
    wizard.hall_page.fields["en"].setText("Killed Hall")
    wizard.next()
    wizard.enrol_page.form.url.setText(url)
    wizard.enrol_page.form.code.setText(code)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page, wizard.enrol_page.form.message.text()
    wizard.admin_page.name.setText("Killed Admin")
    wizard.admin_page.username.setText("killed")
    wizard.admin_page.pin.setText("1357")
    wizard.admin_page.pin2.setText("1357")
    wizard.next()
    wizard.printer_page.skip.setChecked(True)
    wizard.next()
    wizard.catalogue_page.auto_advance = True
    wizard.next()  # pulls from the county
    while wizard.currentPage() is not wizard.float_page:
        QCoreApplication.processEvents()
        if wizard.catalogue_page._pull_state and wizard.catalogue_page._pull_state[0] == "failed":
            sys.exit(f"pull failed: {wizard.catalogue_page.pull_status.text()}")
    wizard.float_page.amount.setText("300")
    print("at the last page", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
