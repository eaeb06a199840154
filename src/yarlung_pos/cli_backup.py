"""``yarlung-pos backup list|now|verify|restore`` (issue #14; registered by :mod:`yarlung_pos.cli`).

Backups live in ``<db folder>/backups`` (and the ``backup_folder`` setting's folder).  A
restore needs a manager: ``--by MANAGER`` with their PIN, asked for on the terminal or read
from standard input with ``--pin-stdin`` (never an argument).  Close the till first.
"""

from __future__ import annotations

import sys
from pathlib import Path

from yarlung_pos.cli_support import EXIT_OK, CliError, emit
from yarlung_pos.config import resolve_db_path
from yarlung_pos.domain.clock import system_clock

COMMANDS = ("backup",)


def add_parsers(sub, common) -> None:
    """Add the ``backup`` command and its actions to ``sub``."""
    bk = sub.add_parser("backup", help="backups of the database: list, make, verify, restore", parents=[common])
    bk_sub = bk.add_subparsers(dest="action", required=True, metavar="ACTION")
    bl = bk_sub.add_parser("list", parents=[common], help="the backups, newest first, and what each holds")
    bl.add_argument("--folder", type=Path, metavar="PATH", help="another backup folder (default: <db folder>/backups)")
    bn = bk_sub.add_parser("now", parents=[common], help="back up the database now (also to the backup_folder setting's)")
    bv = bk_sub.add_parser("verify", parents=[common], help="check a backup file: integrity, manifest, schema")
    bv.add_argument("file", type=Path, metavar="FILE")
    br = bk_sub.add_parser("restore", parents=[common],
                           help="put a backup in place of the database (a manager; close the till first)")
    br.add_argument("file", type=Path, metavar="FILE")
    br.add_argument("--by", required=True, metavar="MANAGER", help="the manager or admin approving it (asks for their PIN)")
    br.add_argument("--pin-stdin", action="store_true", help="read the PIN as one line from standard input")
    bc = bk_sub.add_parser("confirm-numbering", parents=[common],
                           help="after a restore, a manager confirms the receipt, shift and Z numbering "
                                "(a till not enrolled; an enrolled one asks the county at its next sync)")
    bc.add_argument("--by", required=True, metavar="MANAGER", help="the manager or admin confirming it (asks for their PIN)")
    bc.add_argument("--pin-stdin", action="store_true", help="read the PIN as one line from standard input")
    for kind in ("receipt", "shift", "z"):
        bc.add_argument(f"--{kind}", type=int, metavar="N",
                        help=f"the highest {'Z report' if kind == 'z' else kind} number used (default: what the till shows; "
                             "never lower)")
    for p in (bl, bn, bv, br, bc):
        p.add_argument("--json", action="store_true", help="print the result as JSON")


def _line(b: dict) -> str:
    return (f"{b['name']}  {b['created_at'][:19]}  {b['reason'] or '?':<14} last receipt {b['last_receipt'] or '-'}, "
            f"{b['sales'] if b['sales'] is not None else '?'} sales, Z {b['last_z'] or '-'}, "
            f"{b['unacknowledged_events'] if b['unacknowledged_events'] is not None else '?'} event(s) not yet at the county")


def run(args) -> int:
    """Run a ``backup`` action; raises ``CliError``."""
    from yarlung_pos.services import backup
    db = resolve_db_path(getattr(args, "db", None))
    try:
        if args.action == "list":
            folder = args.folder or backup.data_backup_folder(db)
            rows = [b.to_json() for b in backup.list_backups(folder)]
            emit(args, {"folder": str(folder), "backups": rows},
                 "\n".join(_line(r) for r in rows) or f"no backups in {folder}")
        elif args.action == "now":
            from yarlung_pos.config import SettingsError, load_settings, resolve_config_path
            from yarlung_pos.db.sqlite_file import check_access
            check_access(db, create=False)
            try:
                settings = load_settings(resolve_config_path(getattr(args, "config", None)))
            except SettingsError as exc:
                raise CliError(str(exc)) from None
            result = backup.backup_all(db, settings, system_clock, "manual")
            if result.warning:
                print(f"yarlung-pos: warning: {result.warning}", file=sys.stderr)
            rows = [b.to_json() for b in result.backups]
            emit(args, {"backups": rows, "warning": result.warning},
                 "\n".join(f"backed up to {r['file']} ({r['sales']} sales, last receipt {r['last_receipt'] or '-'})"
                           for r in rows))
        elif args.action == "verify":
            report = backup.verify_backup(args.file)
            emit(args, report, f"{args.file}: ok (integrity check passed, schema {','.join(report['schema'])})\n"
                               + _line(report))
        elif args.action == "confirm-numbering":
            return _confirm_numbering(args)
        else:
            from yarlung_pos.cli_counter import _pin
            report = backup.verify_backup(args.file)
            if not args.json and not args.pin_stdin:
                print(f"restoring {_line(report)}\nover {db}", file=sys.stderr)
            pin = _pin(args, f"PIN of {args.by}: ")
            approval = backup.approve_restore(db, args.file, args.by, pin, system_clock)
            result = backup.restore_backup(db, args.file, approval.approver, approval, system_clock)
            f = result["floors"]
            emit(args, result, f"restored {args.file} over {db}; the old database is kept as "
                               f"{result['safety_copy'] or '(there was none)'}.\nBefore the next sale the till checks "
                               f"its numbering (receipt, shift and Z numbers after {f['receipt']}, {f['shift']}, {f['z']}): "
                               "with the county server when enrolled, else a manager confirms it.")
    except backup.BackupError as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


def _confirm_numbering(args) -> int:
    """``backup confirm-numbering --by MANAGER``: what the till shows, then confirmed."""
    from yarlung_pos.cli_common import open_store
    from yarlung_pos.cli_counter import _pin
    from yarlung_pos.domain.model import DomainError
    from yarlung_pos.services.authority import approve
    from yarlung_pos.services.numbering_check import confirm_numbering, numbering_to_confirm
    store = open_store(args, create=False)
    try:
        shown = numbering_to_confirm(store)
        if shown is None:
            emit(args, {"numbering_check_due": False}, "no numbering check is due: the till numbers on as it is")
            return EXIT_OK
        wanted = {k: getattr(args, k) if getattr(args, k) is not None else shown[k] for k in ("receipt", "shift", "z")}
        if not args.json and not args.pin_stdin:
            print(f"terminal {shown['terminal']}: the next numbers come after receipt {wanted['receipt']}, "
                  f"shift {wanted['shift']}, Z report {wanted['z']}", file=sys.stderr)
        try:
            approval = approve(store, args.by, _pin(args, f"PIN of {args.by}: "), "restore", system_clock)
            done = confirm_numbering(store, wanted, actor=approval.approver, approval=approval, clock=system_clock)
        except DomainError as exc:
            raise CliError(str(exc)) from None
    finally:
        store.close()
    emit(args, {"numbering_check_due": False, "terminal": shown["terminal"], **done},
         f"numbering confirmed: the next receipt, shift and Z numbers come after {done['receipt']}, {done['shift']}, "
         f"{done['z']}; the till sells again")
    return EXIT_OK
