"""A real county server for UI tests: ``yarlung-pos-server serve`` (uvicorn) on 127.0.0.1 with
the demo catalogue, on a fresh SQLite file (tests/server/conftest.py's ``Server``)."""

from __future__ import annotations

import pytest

from tests.server.conftest import Server, import_demo_catalogue


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """A running county server holding the demo catalogue (``.url``, ``.db_url``)."""
    db_url = f"sqlite:///{tmp_path_factory.mktemp('county') / 'server.db'}"
    import_demo_catalogue(db_url)
    server = Server(db_url, tmp_path_factory.mktemp("county-log")).start()
    yield server
    server.stop()
