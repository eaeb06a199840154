"""Writing output files safely: all or nothing, never over something that isn't a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


class OutputError(OSError):
    """An output path the command refuses; ``str()`` is a one-line reason."""


#: the first 16 bytes of every SQLite 3 database file (https://www.sqlite.org/fileformat.html)
SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite_database(path: Path) -> bool:
    """True when ``path`` is an existing file that begins with SQLite's header (an empty or
    unreadable file is not)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_output_path(path: Path, protect: tuple[Path, ...] = ()) -> Path:
    """The real file ``path`` names (symlinks followed), after refusing folders, devices and
    other non-regular files, any SQLite database (the till's, the county server's — whatever
    ``-o`` names), and any of ``protect`` (e.g. the database itself and its WAL).  Raises
    :class:`OutputError`."""
    real = Path(os.path.realpath(path))
    if real.exists() and not real.is_file():
        raise OutputError(f"{path} is not a regular file; name a file to write")
    if is_sqlite_database(real):  # the till's, the county's or any other: an output never replaces one
        raise OutputError(f"{path} is a database; an output file never replaces a database — name another file")
    for p in protect:
        for candidate in (p, p.with_name(p.name + "-wal"), p.with_name(p.name + "-shm")):
            if Path(os.path.realpath(candidate)) == real:
                raise OutputError(f"{path} is the till's database; name another file")
    if not real.parent.is_dir():
        raise OutputError(f"the folder {real.parent} does not exist")
    return real


@contextmanager
def atomic_write(path: Path, protect: tuple[Path, ...] = (), newline: str | None = "",
                 binary: bool = False) -> Iterator[IO]:
    """Open a UTF-8 text file (``binary``: a bytes file) that replaces ``path`` only when the
    block ends without error; on error the partial file is removed and ``path`` is untouched."""
    real = check_output_path(path, protect)
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline=newline)) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
