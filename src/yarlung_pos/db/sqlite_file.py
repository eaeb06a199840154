"""The terminal database as a file, without SQLAlchemy: the checks every opening makes (access,
integrity, schema revision) and a plain ``sqlite3`` connection for the commands that only
read (issue #13: ``sync status`` and ``stock level`` answer in well under 0.5 s, where
importing SQLAlchemy alone costs 0.2–0.8 s).  :mod:`yarlung_pos.db.engine` builds the
SQLAlchemy engine on the same checks.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: How long a writer waits for another one (another process, the sync thread) before giving up.
BUSY_TIMEOUT_S = 10.0


class DatabaseError(RuntimeError):
    """The database cannot be used (corrupt, unreadable, or from a newer version of the app).

    ``str(error)`` is a one-line explanation for the user."""


def check_integrity(path: Path) -> None:
    """Run ``PRAGMA integrity_check`` on an existing database file.

    Raises :class:`DatabaseError` naming the file and SQLite's first complaint if it fails or
    the file is not a database at all.
    """
    if not path.exists():
        return
    try:
        con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"the database {path} cannot be read ({exc}); "
                            "restore it from a backup or move it away to start afresh") from None
    if rows != ["ok"]:
        raise DatabaseError(f"the database {path} is damaged (integrity check: {rows[0]}); "
                            "restore it from a backup before selling")


#: ``revision = '0006'`` / ``down_revision = '0005'`` (or ``None``, or a tuple for a merge) in a
#: migration file, as ``alembic revision`` writes them
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def head_revisions(versions_dir: Path | None = None) -> frozenset[str] | None:
    """The head revision ids of the migrations in ``versions_dir`` (default: the till's),
    read from the migration files' ``revision``/``down_revision`` lines without importing
    Alembic (its import costs more than the rest of a read-only command).  ``None`` when a file
    cannot be read that way; the caller then asks Alembic."""
    import ast
    folder = MIGRATIONS_DIR / "versions" if versions_dir is None else versions_dir
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted(folder.glob("*.py"))
    except OSError:
        return None
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError:
            return None
        found: dict[str, object] = {}
        for name, value in _REVISION_LINE.findall(text):
            if name in found:
                return None  # two assignments: not the plain form alembic writes
            try:
                found[name] = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                return None
        rev, down = found.get("revision"), found.get("down_revision", ...)
        if not isinstance(rev, str) or down is ...:
            return None
        revisions.add(rev)
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, (tuple, list)) and all(isinstance(d, str) for d in down):
            parents.update(down)
        elif down is not None:
            return None
    heads = frozenset(revisions - parents)
    return heads or None


def check_access(path: Path, create: bool) -> None:
    """Clear errors for a missing database (when not creating) and for folders or files the
    till may not write (SQLite in WAL mode writes beside the database)."""
    folder = path.parent
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    if not path.exists():
        if not create:
            raise DatabaseError(f"there is no database at {path} (check --db or $YARLUNG_POS_DB)")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the folder {folder}: {exc.strerror}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(f"the till cannot write in {folder} (permission denied); "
                            "the database and its journal must be in a writable folder")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseError(f"the till cannot read and write {path} (permission denied)")


def stored_revisions(con: sqlite3.Connection) -> frozenset[str]:
    """The revision ids in the database's ``alembic_version`` table (empty for a new one)."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone() is None:
        return frozenset()
    return frozenset(r[0] for r in con.execute("SELECT version_num FROM alembic_version"))


def open_for_reading(path: Path | str) -> sqlite3.Connection | None:
    """A plain ``sqlite3`` connection to the existing database at ``path``, for reading only
    (``PRAGMA query_only``): the same access and integrity checks as
    :func:`yarlung_pos.db.engine.open_database`, and the schema must be the newest this app
    knows.  Returns ``None`` when it is not (a database written by an older or newer version):
    the caller then opens it through :class:`yarlung_pos.db.store.Store` — which migrates it, or
    explains why it cannot — and asks again.  Raises :class:`DatabaseError` (no such file,
    permission denied, damaged)."""
    path = Path(path).expanduser()
    check_access(path, create=False)
    check_integrity(path)
    try:
        con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        try:
            heads = head_revisions()
            if heads is None or stored_revisions(con) != heads:
                con.close()
                return None
            con.execute("PRAGMA query_only = ON")
        except BaseException:
            con.close()
            raise
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open the database {path}: {exc}") from None
    return con
