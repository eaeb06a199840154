"""Shared fixtures: every test gets its own real SQLite file under ``tmp_path``."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "assets" / "demo"
BEIJING = timezone(timedelta(hours=8))


class FixedClock:
    """A settable clock for tests (Beijing time by default)."""

    def __init__(self, at: datetime | None = None):
        self.at = at or datetime(2026, 11, 29, 14, 5, 0, tzinfo=BEIJING)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "till.db"


@pytest.fixture
def store(db_path):
    from yarlung_pos.db.store import Store
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def demo_store(store, clock):
    from yarlung_pos.services.demo import load_demo
    assert load_demo(store, clock, DEMO)
    return store
