"""Opening the server database (SQLite file or PostgreSQL), migrations and transactions.

* SQLite: WAL journal, ``synchronous=FULL``, foreign keys on, pysqlite's own transaction
  handling off; writers take ``BEGIN IMMEDIATE`` so that they are serialised up front.
* PostgreSQL (``postgresql+psycopg://…``): ``READ COMMITTED`` writers; catalogue writers take
  ``LOCK TABLE catalogue_changes IN EXCLUSIVE MODE`` (see :func:`lock_catalogue`); the catalogue
  pull reads one ``REPEATABLE READ`` snapshot.

Nothing here runs at import time; :class:`Database` opens connections lazily.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
ENV_DATABASE_URL = "YARLUNG_SERVER_DATABASE_URL"
BUSY_TIMEOUT_S = 30.0
#: pg_advisory_xact_lock key held while migrating (two processes starting at once)
_MIGRATION_LOCK = 0x59_41_52_4C  # "YARL"


class DatabaseError(RuntimeError):
    """The database cannot be used; ``str(error)`` is a one-line reason for people."""


def default_database_url() -> str:
    """``$YARLUNG_SERVER_DATABASE_URL`` or a SQLite file in the user data folder."""
    env = os.environ.get(ENV_DATABASE_URL, "").strip()
    if env:
        return env
    from platformdirs import user_data_path
    return f"sqlite:///{user_data_path('yarlung-pos-server', appauthor=False) / 'server.db'}"


def normalise_url(url: str) -> str:
    """Accept a plain file path (SQLite) and ``postgresql://`` (→ the psycopg 3 driver)."""
    url = url.strip()
    if not url:
        raise DatabaseError("empty database URL")
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_engine(url) -> Engine:
    database = url.database or ""
    if database and database != ":memory:":
        path = Path(database).expanduser()
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the folder {path.parent}: {exc.strerror}") from None
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False})

    from yarlung_pos.db.engine import install_sqlite_pragmas
    install_sqlite_pragmas(engine, BUSY_TIMEOUT_S)

    return engine


def make_engine(database_url: str) -> Engine:
    """An engine for ``database_url`` (see :func:`normalise_url`); raises :class:`DatabaseError`."""
    try:
        url = make_url(normalise_url(database_url))
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {database_url!r}") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url)
    if backend == "postgresql":
        if url.get_driver_name() not in ("psycopg", "psycopg_async"):
            raise DatabaseError("use the psycopg 3 driver: postgresql+psycopg://USER@HOST:PORT/DATABASE")
        try:
            return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
        except ImportError as exc:
            raise DatabaseError(f"PostgreSQL support is not installed ({exc})") from None
    raise DatabaseError(f"unsupported database {backend!r} (use a SQLite file or postgresql+psycopg://…)")


def _describe(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (no-op when already there), one process at a time."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    heads = set(script.get_heads())
    known = {rev.revision for rev in script.walk_revisions()}
    conn = engine.connect()
    if engine.dialect.name == "sqlite":
        conn = conn.execution_options(sqlite_immediate=True)
    with conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        current = set(MigrationContext.configure(conn).get_current_heads())
        if current == heads:
            return
        if current - known:
            raise DatabaseError(f"{_describe(engine)} is not a Yarlung POS server database, or one written "
                                f"by a newer server (schema {', '.join(sorted(current - known))})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """The server database: engine, session factory and transaction helpers."""

    def __init__(self, database_url: str):
        self.engine = make_engine(database_url)
        self.dialect = self.engine.dialect.name
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return _describe(self.engine)

    def migrate(self) -> None:
        """Apply migrations; raises :class:`DatabaseError` with a one-line reason."""
        try:
            migrate(self.engine)
        except DatabaseError:
            raise
        except Exception as exc:  # noqa: BLE001 - driver errors: unreachable server, permission denied, locked …
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            raise DatabaseError(f"cannot open the database {self.url}: {reason[0] if reason else exc}") from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (SQLite: ``BEGIN IMMEDIATE``), committed when the block ends."""
        with self._sessions() as session:
            if self.dialect == "sqlite":
                session.connection(execution_options={"sqlite_immediate": True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self, snapshot: bool = False) -> Iterator[Session]:
        """A read-only session; with ``snapshot``, every query sees the same committed state
        (PostgreSQL ``REPEATABLE READ``; a SQLite read transaction in WAL mode is one already)."""
        with self._sessions() as session:
            if snapshot and self.dialect == "postgresql":
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()


def lock_catalogue(session: Session) -> None:
    """Serialise catalogue writers until the end of the transaction (see PROTOCOL.md, "Cursor").

    PostgreSQL: ``EXCLUSIVE`` table lock on ``catalogue_changes`` — blocks other writers of it,
    never readers.  SQLite: the write transaction is ``BEGIN IMMEDIATE`` already (one writer)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE catalogue_changes IN EXCLUSIVE MODE"))
