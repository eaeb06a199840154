"""Fixtures of the UI tests."""

import pytest


def _shown_till(qtbot, db_path, clock):
    """The till window on a fresh demo database at ``db_path`` on ``clock``, shown; it closes
    without asking.  Returns ``(window, store)``."""
    from yarlung_pos.ui.app import build_till, create_app
    create_app()
    window, store = build_till(db_path, demo=True, clock=clock)
    window.confirm_close = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, store


@pytest.fixture
def demo_till(qtbot, db_path):
    """The till window on a fresh demo database, shown; at the end it closes without asking
    and its database is closed."""
    from yarlung_pos.domain.clock import system_clock
    window, store = _shown_till(qtbot, db_path, system_clock)
    yield window
    store.close()


@pytest.fixture
def fixed_till(qtbot, db_path, clock):
    """:func:`demo_till` on the tests' fixed clock (29 November 2026, 14:05 Beijing time)."""
    window, store = _shown_till(qtbot, db_path, clock)
    yield window
    store.close()


def approve_as_manager(till, username: str = "dorje", pin: str = "2222") -> None:
    """Fill and confirm the manager-approval dialog the till has open (demo manager dorje)."""
    from PySide6.QtWidgets import QComboBox, QLineEdit
    from yarlung_pos.ui.approval import ApprovalDialog
    dialog = till.counter_dialog
    assert isinstance(dialog, ApprovalDialog), dialog
    combo = dialog.findChild(QComboBox, "approverCombo")
    combo.setCurrentIndex(combo.findData(username))
    dialog.findChild(QLineEdit, "approverPin").setText(pin)
    dialog._ok()
