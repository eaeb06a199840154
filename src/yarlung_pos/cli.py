"""Command line: the composition root.  ``yarlung-pos`` with no command starts the till.

Every command takes ``--db PATH`` (or ``$YARLUNG_POS_DB``).  A user's mistake exits non-zero
with a one-line reason on stderr, never a traceback; ``--json`` prints exactly one JSON
document on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from yarlung_pos.config import resolve_db_path

_STARTED = time.perf_counter()  # for --smoke's 'ready in N ms'

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user-facing failure: printed as ``yarlung-pos: <message>``, exit code ``code``."""

    def __init__(self, message: str, code: int = EXIT_FAIL):
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2 (argparse prints usage first by default)
        raise CliError(f"{message} (see '{self.prog} --help')", EXIT_USAGE)


def _common() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH",
                   help="SQLite database file (default: $YARLUNG_POS_DB or the user data folder)")
    return p


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (exposed for tests and documentation)."""
    common = _common()
    parser = _Parser(prog="yarlung-pos", parents=[common],
                     description="Yarlung POS — the till of the Yarlung Youxuan hall. "
                                 "With no command, starts the till window.")
    parser.add_argument("--demo", action="store_true",
                        help="load the demo catalogue into an empty database and sign in a demo cashier")
    parser.add_argument("--smoke", action="store_true",
                        help="start the till, print 'ready in N ms' once the window is shown, exit")
    parser.add_argument("--cashier", metavar="NAME", help="name of the cashier signing in")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    cat = sub.add_parser("catalogue", help="import or export the catalogue as CSV", parents=[common])
    cat_sub = cat.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    imp = cat_sub.add_parser("import", parents=[common], help="import products, categories or cooperatives")
    imp.add_argument("file", type=Path)
    imp.add_argument("--kind", choices=("products", "categories", "cooperatives"),
                     help="what the file holds (default: told from its header)")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    exp = cat_sub.add_parser("export", parents=[common], help="export the catalogue")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exp.add_argument("--kind", choices=("products", "categories", "cooperatives"), default="products")
    exp.add_argument("--json", action="store_true")

    sales = sub.add_parser("sales", help="completed sales", parents=[common])
    sales_sub = sales.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    sexp = sales_sub.add_parser("export", parents=[common], help="export sales as JSON Lines")
    sexp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sexp.add_argument("--json", action="store_true")
    return parser


def _open_store(args, create: bool = True):
    """The store named by ``--db``; ``create=False`` for commands that only read (a mistyped
    path must not quietly make an empty database)."""
    from yarlung_pos.db.engine import DatabaseError
    from yarlung_pos.db.store import Store
    path = resolve_db_path(getattr(args, "db", None))
    try:
        return Store.open(path, create=create)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None


def _emit(args, data: dict, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(text)


def _cmd_catalogue(args) -> int:
    from yarlung_pos.services.catalogue_csv import (CatalogueImportError, export_catalogue_csv,
                                                    import_catalogue_csv)
    store = _open_store(args, create=args.action == "import")
    try:
        if args.action == "import":
            try:
                report = import_catalogue_csv(store, args.file, args.kind)
            except CatalogueImportError as exc:
                for err in exc.errors:
                    print(f"{exc.path}: {err}", file=sys.stderr)
                raise CliError(str(exc)) from None
            _emit(args, {"kind": report.kind, "added": report.added, "updated": report.updated},
                  f"imported {report.kind}: {report.added} added, {report.updated} updated")
        else:
            try:
                n = export_catalogue_csv(store, args.output, args.kind)
            except OSError as exc:
                raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
            _emit(args, {"kind": args.kind, "rows": n, "file": str(args.output)},
                  f"exported {n} {args.kind} to {args.output}")
    finally:
        store.close()
    return EXIT_OK


def _cmd_sales(args) -> int:
    from yarlung_pos.services.export import export_sales_jsonl
    store = _open_store(args, create=False)
    try:
        try:
            n = export_sales_jsonl(store, args.output)
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        _emit(args, {"sales": n, "file": str(args.output)}, f"exported {n} sales to {args.output}")
    finally:
        store.close()
    return EXIT_OK


def _cmd_till(args) -> int:
    from yarlung_pos.ui.app import run_till
    return run_till(db_path=resolve_db_path(getattr(args, "db", None)), demo=args.demo,
                    smoke=args.smoke, cashier=args.cashier, started=_STARTED)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``yarlung-pos``; returns the process exit code.  With ``--json``, a
    failure also prints ``{"error": "<reason>"}`` on stdout so scripts always get one JSON
    document."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command == "catalogue":
            return _cmd_catalogue(args)
        if args.command == "sales":
            return _cmd_sales(args)
        return _cmd_till(args)
    except CliError as exc:
        print(f"yarlung-pos: {exc}", file=sys.stderr)
        if "--json" in argv:
            print(json.dumps({"error": str(exc)}, ensure_ascii=False))
        return exc.code
    except KeyboardInterrupt:
        return 130
