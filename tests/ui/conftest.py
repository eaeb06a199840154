"""Fixtures of the UI tests."""

import pytest


@pytest.fixture
def demo_till(qtbot, db_path):
    """The till window on a fresh demo database, shown; at the end it closes without asking
    and its database is closed."""
    from yarlung_pos.ui.app import build_till, create_app
    create_app()
    window, store = build_till(db_path, demo=True)
    window.confirm_close = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    store.close()
