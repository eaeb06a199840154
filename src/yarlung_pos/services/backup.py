"""Automatic backups and a safe restore of the terminal database (issue #14).

Backups (:func:`make_backup`, :func:`backup_all`) are taken online — the till keeps selling —
by :mod:`yarlung_pos.db.backup_file`: SQLite's backup API into a temporary file, ``PRAGMA
integrity_check``, an atomic rename to ``yarlung-pos-<TERMINAL>-<UTC yyyymmddThhmmssZ>.db``,
then the folder is thinned by tiers (:mod:`yarlung_pos.domain.backup_tiers`).  Every backup
holds its manifest (what it holds: last receipt, shift and Z numbers, sales, events the
county has not acknowledged, schema), so :func:`list_backups` needs nothing beside the file.

They are made after every shift close, once a day while the till runs, before every schema
migration (the engine does that one) and on demand (``yarlung-pos backup now``); into
``<data folder>/backups`` and, when the ``backup_folder`` setting names one, also there (a USB
stick: a missing stick is a warning for the status bar, never an error at the counter).

:func:`restore_backup` needs a manager (:mod:`~yarlung_pos.services.authority`, action
``restore``).  **The till must not be running on the database while it is restored** (the
command line is the way; the restore refuses a database another connection holds open).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from yarlung_pos.db import backup_file as bf
from yarlung_pos.db.backup_file import BackupError
from yarlung_pos.db.engine import open_database
from yarlung_pos.db.sqlite_file import BUSY_TIMEOUT_S, DatabaseError
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock
from yarlung_pos.services import audit, authority, numbering
from yarlung_pos.services.authority import Approval
from yarlung_pos.services.users import User

__all__ = ["BackupError", "BackupInfo", "BackupRun", "approve_restore", "backup_all", "daily_backup_due",
           "data_backup_folder", "list_backups", "make_backup", "restore_backup", "verify_backup"]

RESTORE_TMP_PREFIX = ".restore-"
#: how long a restore waits for another connection to let go of the database before refusing
IN_USE_WAIT_S = 1.0


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: ``path``, ``terminal`` (code), ``created_at`` (aware, in the offset it
    was made in; from the file name in UTC when the manifest cannot be read), ``reason``
    (``shift_close``, ``daily``, ``migration``, ``manual``, ``before_restore``; ``None`` when
    unknown), ``size_bytes`` and ``holds`` (the manifest, ``{}`` when unreadable; see
    :func:`yarlung_pos.db.backup_file.holdings`)."""

    path: Path
    terminal: str
    created_at: datetime
    reason: str | None
    size_bytes: int
    holds: dict

    def to_json(self) -> dict:
        """The backup as the command line's ``--json`` prints it."""
        h = self.holds
        return {"file": str(self.path), "name": self.path.name, "terminal": self.terminal,
                "created_at": self.created_at.isoformat(), "reason": self.reason, "size_bytes": self.size_bytes,
                "last_receipt": h.get("last_receipt"), "receipt_seq": h.get("receipt_seq"),
                "last_shift": h.get("last_shift"), "shift_seq": h.get("shift_seq"),
                "last_z": h.get("last_z"), "z_seq": h.get("z_seq"), "sales": h.get("sales"),
                "refunds": h.get("refunds"), "unacknowledged_events": h.get("unacknowledged_events"),
                "schema": h.get("schema")}


@dataclass(frozen=True)
class BackupRun:
    """What :func:`backup_all` made: ``backups`` (data folder first) and ``warning`` (for the
    status bar: the second folder could not be written; ``None`` when all went well)."""

    backups: list[BackupInfo]
    warning: str | None


def _info(path: Path, manifest: dict | None) -> BackupInfo:
    terminal, utc = bf.parse_name(path.name) or ("?", datetime.fromtimestamp(0, UTC))
    manifest = manifest or {}
    created = utc
    if manifest.get("created_at"):
        try:
            created = datetime.fromisoformat(manifest["created_at"]).astimezone(
                timezone(timedelta(minutes=int(manifest.get("utc_offset_min") or 0))))
        except (TypeError, ValueError):
            pass
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, manifest.get("terminal") or terminal, created, manifest.get("reason"), size, manifest)


def data_backup_folder(db_path: Path | str) -> Path:
    """``<db folder>/backups``: where every backup of the database at ``db_path`` goes."""
    return Path(db_path).expanduser().parent / "backups"


def make_backup(db_path: Path | str, folder: Path | str, clock: Clock, reason: str, *, pages: int = -1,
                progress=None, duty: float = bf.TILL_DUTY) -> BackupInfo:
    """Back up the database ``db_path`` (while it is in use) into ``folder`` for ``reason``
    and thin that folder's backups of this terminal by tiers; returns the new backup.
    ``pages``/``progress``: see :func:`yarlung_pos.db.backup_file.copy_database`; ``duty``:
    the share of the wall time the backup may work (default paced for a selling till,
    :class:`yarlung_pos.db.backup_file.Pacer`; 1.0 = full speed).  Raises
    :class:`BackupError`."""
    at = clock()
    path, manifest = bf.write_backup(Path(db_path), Path(folder), at, reason, pages, progress, duty)
    bf.prune(Path(folder), manifest["terminal"], at)
    return _info(path, manifest)


def backup_all(store_or_path: Store | Path | str, settings, clock: Clock, reason: str) -> BackupRun:
    """Back up the database (a :class:`Store` or its path) into ``<db folder>/backups`` and,
    when ``settings.backup_folder`` is set, into that folder too.  Raises
    :class:`BackupError` only for the data folder; the second folder's failure (a USB stick
    not plugged in, read-only, full) is the returned ``warning``."""
    db_path = store_or_path.path if isinstance(store_or_path, Store) else Path(store_or_path)
    if db_path is None:
        raise BackupError("the store has no file to back up")
    made = [make_backup(db_path, data_backup_folder(db_path), clock, reason)]
    warning = None
    second = (getattr(settings, "backup_folder", "") or "").strip()
    if second:
        folder = Path(second).expanduser()
        if folder.exists() and not folder.is_dir():
            warning = (f"the backup folder {folder} is a file, not a folder (check [backup] folder in the settings); "
                       "backed up in the data folder only")
        elif not folder.is_dir():
            warning = f"the backup folder {folder} is not there (is the USB stick plugged in?); backed up in the data folder only"
        else:
            try:
                made.append(make_backup(db_path, folder, clock, reason))
            except BackupError as exc:
                warning = f"no second backup: {exc}"
    return BackupRun(made, warning)


def list_backups(folder: Path | str) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (a backup whose manifest cannot be read is
    listed from its name, ``holds`` empty).  A missing folder has none."""
    out = []
    for path in bf.backup_files(Path(folder)):
        try:
            manifest = bf.read_manifest(path)
        except sqlite3.Error:
            manifest = None
        out.append(_info(path, manifest))
    return sorted(out, key=lambda b: (b.created_at, b.path.name), reverse=True)


def daily_backup_due(folder: Path | str, terminal: str, clock: Clock) -> bool:
    """True when ``folder`` holds no backup of ``terminal`` made today (local date of
    ``clock``): the till's once-a-day backup is due."""
    now = clock()
    for path in bf.backup_files(Path(folder)):
        code, utc = bf.parse_name(path.name)
        if code == terminal and utc.astimezone(now.tzinfo).date() == now.date():
            return False
    return True


def verify_backup(path: Path | str) -> dict:
    """Check the backup file ``path``: a database, ``PRAGMA integrity_check`` ok, a manifest, a
    schema this version knows.  Returns ``{"file", "integrity": "ok", "schema", "holds",
    **BackupInfo.to_json()}``; raises :class:`BackupError` with the first problem."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BackupError(f"there is no backup file at {path}")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            check = bf.integrity_of(con)
            schema = (sorted(r[0] for r in con.execute("SELECT version_num FROM alembic_version"))
                      if "alembic_version" in bf._tables(con) else [])
        finally:
            con.close()
        manifest = bf.read_manifest(path) if check == "ok" else None
    except sqlite3.Error as exc:
        raise BackupError(f"{path} is not a readable backup ({exc})") from None
    if check != "ok":
        raise BackupError(f"the backup {path} is damaged (integrity check: {' '.join(check.split())[:200]})")
    if manifest is None:
        raise BackupError(f"{path} is not a Yarlung POS backup (it has no manifest)")
    if not schema:
        raise BackupError(f"the backup {path} has no schema revision; it is not a till database")
    unknown = set(schema) - bf.known_revisions()
    if unknown:
        raise BackupError(f"the backup {path} was made by a newer version of Yarlung POS "
                          f"(schema {', '.join(sorted(unknown))}); update the app to restore it")
    info = _info(path, manifest)
    return {**info.to_json(), "integrity": "ok", "holds": manifest}


def _readable(db_path: Path) -> dict | None:
    """The holdings of the database ``db_path`` when it is there and passes its integrity check."""
    if not db_path.is_file():
        return None
    try:
        con = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_S)
        try:
            if bf.integrity_of(con) != "ok":
                return None
            return bf.holdings(con)
        finally:
            con.close()
    except sqlite3.Error:
        return None


def approve_restore(db_path: Path | str, backup_path: Path | str, username: str, pin: str,
                    clock: Clock) -> Approval:
    """A manager's approval of a restore: ``username``'s ``pin`` checked against the users of
    the current database — or, when it is missing or unreadable, of the backup (through a
    temporary copy; the backup file is not touched).  Raises ``AuthError`` or
    ``ApprovalRequired`` (a cashier), :class:`BackupError` (the backup is bad)."""
    db_path, backup_path = Path(db_path).expanduser(), Path(backup_path).expanduser()
    if _readable(db_path) is not None:
        store = Store.open(db_path, create=False)
        try:
            return authority.approve(store, username, pin, "restore", clock)
        finally:
            store.close()
    verify_backup(backup_path)
    tmp = bf.temp_path(backup_path.parent if os.access(backup_path.parent, os.W_OK) else db_path.parent,
                       RESTORE_TMP_PREFIX)
    try:
        shutil.copyfile(backup_path, tmp)
        store = Store(open_database(tmp, create=False, backup_before_migration=False), tmp)
        try:
            return authority.approve(store, username, pin, "restore", clock)
        finally:
            store.close()
    finally:
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            try:
                p.unlink()
            except OSError:
                pass


def _numbers(h: dict | None) -> dict[str, int]:
    h = h or {}
    return {"receipt": int(h.get("receipt_seq") or 0), "shift": int(h.get("shift_seq") or 0),
            "z": int(h.get("z_seq") or 0)}


def _leave_wal(db_path: Path, timeout_s: float = BUSY_TIMEOUT_S) -> None:
    """Fold the database's WAL into the file and switch it to a rollback journal, so that no
    ``-wal`` of it can outlive it; refuses (:class:`BackupError`) a database another
    connection holds open (waiting at most ``timeout_s`` for it)."""
    con = sqlite3.connect(str(db_path), timeout=timeout_s)
    try:
        busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise sqlite3.OperationalError("another connection is reading or writing it")
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise BackupError(f"the database {db_path} is in use ({exc}); close the till and restore again") from None
    finally:
        con.close()
    if str(mode).lower() != "delete":
        raise BackupError(f"the database {db_path} is in use; close the till and restore again")


def restore_backup(db_path: Path | str, backup_path: Path | str, actor: User | None, approval: Approval | None,
                   clock: Clock) -> dict:
    """Put the backup ``backup_path`` in place of the database ``db_path`` (the till not
    running on it).  ``actor`` is who restores, ``approval`` a manager's (from
    :func:`approve_restore`); :func:`authority.require` decides (action ``restore``).

    Steps: verify the backup (:func:`verify_backup`); keep a safety copy of the current
    database (a ``before_restore`` backup in ``<db folder>/backups``; a database that cannot
    be read is copied there as is, ``damaged-…``); prepare the restored database beside the
    current one (a copy, migrated if older, with the numbering check due and the floors raised
    to the highest receipt, shift and Z numbers the backup and the replaced database know,
    :func:`numbering.mark_numbering_check_due`, and an audit entry ``restore``), fsync it; fold
    the current database's WAL into it; swap the file in (``os.replace``, atomic) and remove
    stale ``-wal``/``-shm`` files.  Killed at any point, the database is either the old one or
    the restored one, whole.

    Returns ``{"database", "backup", "holds", "integrity", "safety_copy", "replaced",
    "floors", "numbering_check_due"}``.  Raises ``ApprovalRequired`` or :class:`BackupError`
    (nothing changed)."""
    db_path, backup_path = Path(db_path).expanduser(), Path(backup_path).expanduser()
    report = verify_backup(backup_path)
    grant = authority.require(actor, "restore", approval)
    if backup_path.resolve() == db_path.resolve():
        raise BackupError("that file is the database itself; name a backup")
    folder = db_path.parent
    backups = data_backup_folder(db_path)
    bf.clean_temp(folder, RESTORE_TMP_PREFIX)
    replaced = _readable(db_path)
    theirs = (report.get("holds") or {}).get("terminal") or report.get("terminal")
    if replaced is not None and theirs and replaced.get("terminal") and theirs != replaced["terminal"]:
        # another till's backup would make this one number as that till (two tills, one receipt number)
        raise BackupError(f"{backup_path.name} is a backup of terminal {theirs}, this till is {replaced['terminal']}; "
                          "restore one of this till's own backups (backup list shows them)")
    if replaced is not None:  # first: the till must not have it open (and its WAL must not outlive it)
        _leave_wal(db_path, IN_USE_WAIT_S)
    safety = None
    tmp = bf.temp_path(folder, RESTORE_TMP_PREFIX)
    try:
        shutil.copyfile(backup_path, tmp)  # first: thinning after the safety copy may delete the backup
        if replaced is not None:
            safety = str(make_backup(db_path, backups, clock, "before_restore", duty=1.0).path)
        elif db_path.exists():
            backups.mkdir(parents=True, exist_ok=True)
            base = backups / f"damaged-{bf.stamp(clock())}.db"
            for suffix in ("", "-wal", "-shm"):
                src = Path(f"{db_path}{suffix}")
                if src.exists():
                    shutil.copyfile(src, Path(f"{base}{suffix}"))
            safety = str(base)
        con = sqlite3.connect(str(tmp))
        try:
            with con:
                con.execute(f"DROP TABLE IF EXISTS {bf.MANIFEST_TABLE}")
        finally:
            con.close()
        try:
            store = Store(open_database(tmp, create=False, backup_before_migration=False), tmp)
        except DatabaseError as exc:
            raise BackupError(f"the backup {backup_path} cannot be opened: {exc}") from None
        try:
            at = clock()
            with store.write() as s:
                own = numbering.used_numbers(s)
                old = _numbers(replaced)
                known = {k: max(own[k], old[k]) for k in own}
                numbering.mark_numbering_check_due(s, known)
                who = actor.username if actor is not None else grant.actor
                audit.record(s, at, who, "restore", grant.approved_by if grant.approved else None,
                             backup=backup_path.name, backup_created_at=report["created_at"],
                             safety_copy=Path(safety).name if safety else None, floors=known)
                grant.record(s, at, backup=backup_path.name)
        finally:
            store.close()
        _leave_wal(tmp)
        bf.fsync_file(tmp)
        if replaced is not None:
            _leave_wal(db_path, IN_USE_WAIT_S)  # again: nothing may have opened it meanwhile
        for suffix in ("-wal", "-shm"):  # a damaged database's journal must not meet the restored file
            try:
                os.unlink(f"{db_path}{suffix}")
            except FileNotFoundError:
                pass
        os.replace(tmp, db_path)
        tmp = None
        bf._fsync_dir(folder)
    except OSError as exc:
        raise BackupError(f"cannot restore into {folder}: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:
        raise BackupError(f"cannot restore {backup_path}: {exc}") from None
    finally:
        if tmp is not None:
            for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
                try:
                    p.unlink()
                except OSError:
                    pass
    return {"database": str(db_path), "backup": str(backup_path), "holds": report["holds"], "integrity": "ok",
            "safety_copy": safety, "replaced": replaced, "floors": known, "numbering_check_due": True}
