"""Where the terminal keeps its files, and the settings a user can change.

Paths come from platformdirs (per-user data dir), overridable by ``--db`` or the
``YARLUNG_POS_DB`` environment variable (tests and the demo use these).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "yarlung-pos"
ENV_DB = "YARLUNG_POS_DB"


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/yarlung-pos`` on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_db_path(cli_value: str | None) -> Path:
    """The database file: ``--db`` if given, else ``$YARLUNG_POS_DB``, else
    ``<user data dir>/yarlung-pos.db``."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return default_data_dir() / "yarlung-pos.db"
