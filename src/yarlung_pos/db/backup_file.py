"""Backups of the terminal database as files, with plain ``sqlite3`` (issue #14).

A backup is made online, while the till sells: a separate connection copies the database
with SQLite's backup API (``Connection.backup``) into ``<folder>/.tmp-<pid>-<random>.db``.
The copy is taken in one step by default: in WAL mode a reader never blocks the writer, so a
sale at the counter is not held up at all, and one step is one consistent snapshot — a copy
taken in several steps restarts whenever another connection writes between two steps, so
under a steady stream of sales it might never finish (SQLite's ``sqlite3_backup_step``
documentation).  The copy is switched to a rollback journal (one self-contained file), gets
its manifest (table :data:`MANIFEST_TABLE`: what it holds), passes ``PRAGMA
integrity_check``, is fsync'd and only then renamed (``os.replace``, atomic) to
``yarlung-pos-<TERMINAL>-<UTC yyyymmddThhmmssZ>.db``.  A crash before the rename leaves a
``.tmp-`` file that is never listed and is removed by the next backup into that folder.

:mod:`yarlung_pos.services.backup` builds the backup service on this; the engine uses it
directly for the backup before a migration (the db layer imports no services).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from yarlung_pos.db.sqlite_file import _REVISION_LINE, BUSY_TIMEOUT_S, MIGRATIONS_DIR, DatabaseError
from yarlung_pos.domain.backup_tiers import backups_to_keep

#: the table inside every backup that says what it holds (one row, key ``manifest``, JSON)
MANIFEST_TABLE = "yarlung_backup"
TMP_PREFIX = ".tmp-"
#: ``yarlung-pos-T01-20261129T060500Z.db`` (``-2``, ``-3`` … for a second backup in the same second)
NAME_RE = re.compile(r"^yarlung-pos-(?P<terminal>[A-Za-z0-9_-]+?)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.db$")
REASONS = ("shift_close", "daily", "migration", "manual", "before_restore")
#: a temporary file of another process older than this is stale even where liveness cannot be asked
STALE_TMP_S = 3600.0
DEFAULT_TERMINAL = "T01"
#: the share of the wall time a backup made while the till sells may work (see :class:`Pacer`)
TILL_DUTY = 0.5

_lock = threading.Lock()  # one backup at a time per process (names, pruning)


class BackupError(DatabaseError):
    """A backup that cannot be made, read or restored; ``str()`` is a one-line reason."""


def _tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def holdings(con: sqlite3.Connection) -> dict:
    """What the database on ``con`` holds, by plain SQL (the same rules as
    ``services.numbering.used_numbers``: the floors count): ``terminal``, ``receipt_seq``,
    ``shift_seq``, ``z_seq`` (highest used or to number after; 0 when none), ``last_receipt``,
    ``last_shift``, ``last_z`` (numbers or ``None``), ``sales``, ``refunds``,
    ``unacknowledged_events`` (outbox events the county has not acknowledged), ``rejected_events``,
    ``schema`` (Alembic revisions, sorted).  Tables an old schema lacks count as empty."""
    tables = _tables(con)

    def one(sql: str, *params):
        row = con.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def setting(key: str) -> str | None:
        return one("SELECT value FROM settings WHERE key = ?", key) if "settings" in tables else None

    def floor(key: str) -> int:
        try:
            return int(setting(key) or 0)
        except ValueError:
            return 0

    terminal = setting("terminal_code") or DEFAULT_TERMINAL
    out: dict = {"terminal": terminal}
    if "sales" in tables:
        last_seq = one("SELECT max(seq) FROM sales WHERE terminal_code = ?", terminal) or 0
        out["last_receipt"] = one("SELECT number FROM sales WHERE terminal_code = ? ORDER BY seq DESC LIMIT 1", terminal)
        out["sales"] = one("SELECT count(*) FROM sales WHERE kind = 'sale'")
        out["refunds"] = one("SELECT count(*) FROM sales WHERE kind = 'refund'")
    else:
        last_seq, out["last_receipt"], out["sales"], out["refunds"] = 0, None, 0, 0
    out["receipt_seq"] = max(last_seq, floor("receipt_seq_floor"))
    if "shifts" in tables:
        shifts = one("SELECT count(*) FROM shifts") or 0
        closed = one("SELECT count(*) FROM shifts WHERE z_number IS NOT NULL") or 0
        out["last_shift"] = one("SELECT number FROM shifts ORDER BY id DESC LIMIT 1")
        out["last_z"] = one("SELECT z_number FROM shifts WHERE z_number IS NOT NULL ORDER BY id DESC LIMIT 1")
    else:
        shifts = closed = 0
        out["last_shift"] = out["last_z"] = None
    out["shift_seq"] = max(shifts, floor("shift_seq_floor"))
    out["z_seq"] = max(closed, floor("z_seq_floor"))
    if "outbox" in tables:
        cols = {r[1] for r in con.execute("PRAGMA table_info(outbox)")}
        if "rejected_reason" in cols:
            out["unacknowledged_events"] = one("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND rejected_reason IS NULL")
            out["rejected_events"] = one("SELECT count(*) FROM outbox WHERE sent_at IS NULL AND rejected_reason IS NOT NULL")
        else:
            out["unacknowledged_events"] = one("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
            out["rejected_events"] = 0
    else:
        out["unacknowledged_events"] = out["rejected_events"] = 0
    out["schema"] = (sorted(r[0] for r in con.execute("SELECT version_num FROM alembic_version"))
                     if "alembic_version" in tables else [])
    return out


def stamp(at: datetime) -> str:
    """``at`` (aware) in UTC as ``yyyymmddThhmmssZ``."""
    if at.utcoffset() is None:
        raise ValueError("time must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def parse_name(name: str) -> tuple[str, datetime] | None:
    """``(terminal, UTC time)`` of a backup file name, ``None`` for any other name."""
    m = NAME_RE.match(name)
    if m is None:
        return None
    return m["terminal"], datetime.strptime(m["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def backup_files(folder: Path) -> list[Path]:
    """The backup files in ``folder`` (by name; temporary and other files left out), oldest
    first.  A missing folder has none."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = [(parse_name(n), n) for n in names]
    return [Path(folder) / n for p, n in sorted((p[1], n) for p, n in found if p is not None)]


def _safe_code(code: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", code) or DEFAULT_TERMINAL


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s data to the disk."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _pid_alive(pid: int) -> bool | None:
    if os.name != "posix":
        return None  # cannot ask safely (os.kill would end the process on Windows)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_temp(folder: Path, prefix: str = TMP_PREFIX) -> list[Path]:
    """Remove temporary files a killed backup (or restore) left in ``folder``: those of a process
    that no longer runs, or older than :data:`STALE_TMP_S`; never this process's own.  Returns
    what was removed."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    now = time.time()
    for name in names:
        if not name.startswith(prefix):
            continue
        path = Path(folder) / name
        try:
            pid = int(name[len(prefix):].split("-", 1)[0])
        except ValueError:
            pid = -1
        if pid == os.getpid():
            continue
        try:
            old = now - path.stat().st_mtime > STALE_TMP_S
        except OSError:
            continue
        if _pid_alive(pid) is False or old:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def temp_path(folder: Path, prefix: str = TMP_PREFIX) -> Path:
    """A fresh temporary file name in ``folder`` naming this process (see :func:`clean_temp`)."""
    return Path(folder) / f"{prefix}{os.getpid()}-{secrets.token_hex(4)}.db"


class Pacer:
    """Keeps a backup to a share of the machine: after each piece of work, :meth:`rest` sleeps
    long enough that the work takes at most ``duty`` of the wall time (1.0: never sleeps).  On
    a small till (2 cores, the till's own work beside) a backup at full speed doubles the time
    a sale takes to commit; at half speed it hardly shows (``bench/run.py backup``)."""

    def __init__(self, duty: float = 1.0):
        self.duty = min(1.0, max(0.05, duty))
        self._since = time.perf_counter()

    def rest(self, *_args) -> int:
        """Sleep as the duty cycle asks; returns 0 (so it can be SQLite's progress handler)."""
        if self.duty < 1.0:
            worked = time.perf_counter() - self._since
            time.sleep(worked * (1.0 - self.duty) / self.duty)
            self._since = time.perf_counter()
        return 0


def integrity_of(con: sqlite3.Connection, pacer: Pacer | None = None) -> str:
    """``"ok"`` or SQLite's first complaint from ``PRAGMA integrity_check`` (paced by ``pacer``)."""
    if pacer is not None and pacer.duty < 1.0:
        con.set_progress_handler(pacer.rest, 200_000)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
    finally:
        con.set_progress_handler(None, 0)
    return "ok" if rows == ["ok"] else str(rows[0] if rows else "no answer")


#: pages copied per step of a paced backup (1 MiB of 4 KiB pages)
STEP_PAGES = 256


def copy_database(src_path: Path, dst_path: Path, pages: int = -1,
                  progress: Callable[[int, int, int], object] | None = None, pacer: Pacer | None = None) -> None:
    """Copy the live database ``src_path`` to the new file ``dst_path`` with SQLite's backup
    API, as one self-contained file in rollback-journal mode.  ``pages`` per step (-1: all at
    once; a ``pacer`` with ``duty < 1`` steps by :data:`STEP_PAGES` and rests between steps);
    ``progress(status, remaining, total)`` after each step.

    The source is read in one read transaction held across the steps, so the copy is one
    snapshot and never restarts when the till commits a sale meanwhile (``sqlite3_backup_step``
    uses an open read transaction of the source connection and leaves it open; in WAL mode it
    holds up no writer).  Raises ``sqlite3.Error``."""
    paced = pacer is not None and pacer.duty < 1.0
    if paced and pages <= 0:
        pages = STEP_PAGES

    def step(status, remaining, total):
        if progress is not None:
            progress(status, remaining, total)
        if paced:
            pacer.rest()

    src = sqlite3.connect(str(src_path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        dst = sqlite3.connect(str(dst_path))
        try:
            dst.execute("PRAGMA synchronous=OFF")  # one fsync at the end (write_backup), not one per step
            src.backup(dst, pages=pages, progress=step if (paced or progress) else None, sleep=0.05)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()


def read_manifest(path: Path) -> dict | None:
    """The manifest inside the backup file ``path`` (``None`` when it has none); raises
    ``sqlite3.Error`` when the file is not a database."""
    con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        if MANIFEST_TABLE not in _tables(con):
            return None
        row = con.execute(f"SELECT value FROM {MANIFEST_TABLE} WHERE key = 'manifest'").fetchone()
        return json.loads(row[0]) if row else None
    finally:
        con.close()


def write_backup(db_path: Path, folder: Path, at: datetime, reason: str, pages: int = -1,
                 progress: Callable[[int, int, int], object] | None = None,
                 duty: float = 1.0) -> tuple[Path, dict]:
    """Back up the database ``db_path`` into ``folder`` (created if missing) at time ``at``
    (aware) for ``reason`` (one of :data:`REASONS`); returns ``(backup file, manifest)``.

    The manifest (also stored in the backup, table :data:`MANIFEST_TABLE`) is
    :func:`holdings` of the copy plus ``created_at`` (UTC ISO), ``utc_offset_min``,
    ``reason``.  ``duty`` < 1 paces the copy and its integrity check (:class:`Pacer`): the
    till's own backups use :data:`TILL_DUTY`.  Raises :class:`BackupError` (folder not
    writable, disk full, the copy fails its integrity check); nothing half-written is left
    under a backup's name."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path, folder = Path(db_path), Path(folder)
    if not db_path.is_file():
        raise BackupError(f"there is no database at {db_path}")
    with _lock:
        tmp = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            clean_temp(folder)
            tmp = temp_path(folder)
            pacer = Pacer(duty)
            copy_database(db_path, tmp, pages, progress, pacer)
            con = sqlite3.connect(str(tmp))
            try:
                manifest = holdings(con)
                offset = at.utcoffset()
                manifest.update(created_at=at.astimezone(UTC).isoformat(),
                                utc_offset_min=int(offset.total_seconds() // 60), reason=reason)
                with con:
                    con.execute(f"CREATE TABLE IF NOT EXISTS {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                    con.execute(f"INSERT OR REPLACE INTO {MANIFEST_TABLE} VALUES ('manifest', ?)",
                                (json.dumps(manifest, ensure_ascii=False),))
                check = integrity_of(con, pacer)
            finally:
                con.close()
            if check != "ok":
                raise BackupError(f"the backup of {db_path} failed its integrity check ({check}); nothing was kept")
            fsync_file(tmp)
            base = f"yarlung-pos-{_safe_code(manifest['terminal'])}-{stamp(at)}"
            final, n = folder / f"{base}.db", 1
            while final.exists():
                n += 1
                final = folder / f"{base}-{n}.db"
            os.replace(tmp, final)
            tmp = None
            _fsync_dir(folder)
        except sqlite3.Error as exc:
            raise BackupError(f"cannot back up {db_path} into {folder}: {exc}") from None
        except OSError as exc:
            raise BackupError(f"cannot back up into {folder}: {exc.strerror or exc}") from None
        finally:
            if tmp is not None:
                for p in (tmp, tmp.with_name(tmp.name + "-journal")):
                    try:
                        p.unlink()
                    except OSError:
                        pass
    return final, manifest


def prune(folder: Path, terminal: str, now: datetime) -> list[Path]:
    """Delete the backups of ``terminal`` in ``folder`` that the tiers
    (:func:`yarlung_pos.domain.backup_tiers.backups_to_keep`) no longer keep at ``now``;
    other terminals' backups (a shared USB stick) are left alone.  Returns what was deleted."""
    mine = [(p, parse_name(p.name)[1]) for p in backup_files(folder) if parse_name(p.name)[0] == _safe_code(terminal)]
    keep = backups_to_keep([t for _, t in mine], now)
    removed = []
    for path, t in mine:
        if t not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def known_revisions(versions_dir: Path | None = None) -> frozenset[str]:
    """Every revision id of the till's migrations (to tell a backup from a newer version)."""
    folder = MIGRATIONS_DIR / "versions" if versions_dir is None else versions_dir
    found = set()
    for file in folder.glob("*.py"):
        for name, value in _REVISION_LINE.findall(file.read_text(encoding="utf-8")):
            if name == "revision":
                found.add(value.strip("'\""))
    return frozenset(found)


def backup_before_migration(db_path: Path, at: datetime) -> Path | None:
    """The backup a migration makes first (reason ``migration``, into ``<db folder>/backups``,
    pruned by tiers), when the database already has tables; ``None`` for a new, empty one.
    Raises :class:`BackupError`: a migration that cannot be backed up does not run."""
    db_path = Path(db_path)
    if not db_path.is_file():
        return None
    con = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_S)
    try:
        has_tables = bool(_tables(con))
    finally:
        con.close()
    if not has_tables:
        return None
    folder = db_path.parent / "backups"
    path, manifest = write_backup(db_path, folder, at, "migration")
    prune(folder, manifest["terminal"], at)
    return path
