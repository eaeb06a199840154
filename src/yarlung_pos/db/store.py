"""Unit of work over the terminal database.

``Store.write()`` is one SQLite transaction taken with ``BEGIN IMMEDIATE``: everything done in
the block commits together when it ends, or not at all if it raises (docs/architecture.md:
one sale = one SQLite transaction).  ``Store.read()`` is a read-only snapshot.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from yarlung_pos.db.engine import open_database
from yarlung_pos.db.schema import SettingRow


class Store:
    """The terminal's database: a session factory plus a few settings helpers.

    Create with :meth:`open` (checks integrity, migrates) or from an existing engine."""

    def __init__(self, engine: Engine, path: Path | None = None):
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path | str, create: bool = True) -> "Store":
        """Open the SQLite file at ``path`` (``create=False``: it must exist already); raises
        :class:`yarlung_pos.db.engine.DatabaseError`."""
        return cls(open_database(path, create), Path(path))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it changes is committed."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one ``BEGIN IMMEDIATE`` transaction, committed when the block ends."""
        with self._sessions() as session:
            session.connection(execution_options={"sqlite_immediate": True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        """Release all connections."""
        self.engine.dispose()


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    """Value of setting ``key`` or ``default``."""
    value = session.scalar(select(SettingRow.value).where(SettingRow.key == key))
    return default if value is None else value


def set_setting(session: Session, key: str, value: str) -> None:
    """Insert or replace setting ``key``."""
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
