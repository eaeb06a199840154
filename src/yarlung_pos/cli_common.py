"""Helpers the till's command modules share (``cli``, ``cli_printing``, ``cli_stock``,
``cli_counter``): opening the store named by ``--db``, the settings with ``--printer``
applied, dates in arguments."""

from __future__ import annotations

import sys

from yarlung_pos.cli_support import EXIT_USAGE, CliError
from yarlung_pos.config import resolve_db_path


def open_store(args, create: bool = True):
    """The ``Store`` named by ``--db``; ``create=False`` for commands that only read (a mistyped
    path must not quietly make an empty database).  Raises ``CliError``."""
    from yarlung_pos.db.engine import DatabaseError
    from yarlung_pos.db.store import Store
    path = resolve_db_path(getattr(args, "db", None))
    try:
        return Store.open(path, create=create)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None


def open_for_reading(args):
    """A plain ``sqlite3`` connection to the database named by ``--db``, for a command that only
    reads (no SQLAlchemy: :mod:`yarlung_pos.services.read_only`).  A database whose schema is
    not the newest is opened through the ``Store`` once first (which migrates it, or says why it
    cannot).  The caller closes the connection.  Raises ``CliError``."""
    from yarlung_pos.db.sqlite_file import DatabaseError, open_for_reading as _open
    path = resolve_db_path(getattr(args, "db", None))
    try:
        con = _open(path)
        if con is None:
            open_store(args, create=False).close()
            con = _open(path)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None
    if con is None:  # pragma: no cover - the Store left a schema this app does not know
        raise CliError(f"the database {path} has a schema this version cannot read; update the app")
    return con


def cli_settings(args, printer: str | None = None, width: int | None = None):
    """The settings file's values, with ``--printer``/``--width`` (dots) applied; raises
    ``CliError``."""
    from yarlung_pos.config import Settings, SettingsError, load_settings, resolve_config_path
    try:
        try:
            settings = load_settings(resolve_config_path(getattr(args, "config", None)))
        except SettingsError as exc:
            if not printer:
                raise
            print(f"yarlung-pos: warning: {exc}; using defaults with --printer", file=sys.stderr)
            settings = Settings()
        if printer:
            settings.printer_uri = printer
        if width:
            settings.paper_width_dots = width
        settings.validate()
    except SettingsError as exc:
        raise CliError(str(exc)) from None
    return settings


def parse_date(text: str, what: str):
    """``text`` (``YYYY-MM-DD``) as a date; raises ``CliError`` (exit 2) naming option ``what``."""
    from datetime import date
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{what} must be a date like 2026-11-29, not {text!r}", EXIT_USAGE) from None
