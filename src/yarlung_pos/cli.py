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

from yarlung_pos import cli_backup, cli_counter, cli_delivery, cli_handover, cli_orders, cli_printing, cli_stock
from yarlung_pos.cli_common import open_store as _open_store
from yarlung_pos.cli_support import EXIT_OK, EXIT_USAGE, CliError, Parser as _Parser, emit as _emit, run_main


def _common() -> argparse.ArgumentParser:
    p = _Parser(add_help=False)
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH",
                   help="SQLite database file (default: $YARLUNG_POS_DB or the user data folder)")
    p.add_argument("--config", default=argparse.SUPPRESS, metavar="PATH",
                   help="settings file (default: $YARLUNG_POS_CONFIG or settings.ini in the user config folder)")
    return p


def _printer_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--printer", metavar="URI", help="printer to use instead of the configured one: "
                   "network://HOST:PORT, usb://VID:PID, serial:///dev/ttyS0?baud=9600, file:///dev/usb/lp0")
    p.add_argument("--width", type=int, choices=(384, 512, 576), help="paper width in dots (384 = 58 mm, 576 = 80 mm)")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (exposed for tests and documentation)."""
    common = _common()
    parser = _Parser(prog="yarlung-pos", parents=[common],
                     description="Yarlung POS — the till of the Yarlung Youxuan hall. "
                                 "With no command, starts the till window.")
    parser.add_argument("--demo", action="store_true",
                        help="load the demo catalogue into an empty database and sign in a demo cashier")
    parser.add_argument("--smoke", action="store_true",
                        help="start the till, print 'ready in N ms' once its first screen (sign-in, setup, "
                        "or with --demo the till) is shown, exit")
    parser.add_argument("--cashier", metavar="NAME", help=argparse.SUPPRESS)  # --smoke only
    parser.add_argument("--lang", metavar="LANG", help="screen language: bo (Tibetan), zh_CN (Chinese) or en "
                        "(default: the settings file's, else zh_CN); switch any time in the till")
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

    rec = sub.add_parser("receipt", help="print or render a sale's receipt", parents=[common])
    rec_sub = rec.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    rprint = rec_sub.add_parser("print", parents=[common], help="reprint a sale's receipt (marked as a copy)")
    rprint.add_argument("number", metavar="NUMBER", help="receipt number (T01-000123) or sale UUID")
    _printer_opt(rprint)
    rprint.add_argument("--json", action="store_true")
    rrender = rec_sub.add_parser("render", parents=[common], help="write a sale's receipt image as PNG")
    rrender.add_argument("number", metavar="NUMBER")
    rrender.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")
    rrender.add_argument("--width", type=int, choices=(384, 512, 576))
    rrender.add_argument("--copy", action="store_true", help="mark it as a copy")
    rrender.add_argument("--json", action="store_true")

    stk = sub.add_parser("stock", help="goods received, adjustments, levels", parents=[common])
    stk_sub = stk.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    srec = stk_sub.add_parser("receive", parents=[common], help="goods received from a cooperative")
    srec.add_argument("--cooperative", required=True, metavar="CODE")
    srec.add_argument("lines", nargs="+", metavar="SKU:QTY")
    srec.add_argument("--notes", default="")
    srec.add_argument("--json", action="store_true")
    sadj = stk_sub.add_parser("adjust", parents=[common], help="add or remove stock with a reason")
    sadj.add_argument("sku", metavar="SKU")
    sadj.add_argument("qty", metavar="QTY", help="signed quantity, e.g. -2 or 1.5")
    sadj.add_argument("--reason", metavar="REASON", help="damaged, spoiled, sample, gift or correction")
    sadj.add_argument("--note", default="")
    sadj.add_argument("--json", action="store_true")
    slev = stk_sub.add_parser("level", parents=[common], help="stock levels")
    slev.add_argument("sku", nargs="?", metavar="SKU")
    slev.add_argument("--low", action="store_true", help="only products at or below their threshold")
    slev.add_argument("--negative", action="store_true", help="only products below zero")
    slev.add_argument("--json", action="store_true")
    sled = stk_sub.add_parser("ledger", parents=[common], help="every stock move of a product")
    sled.add_argument("sku", metavar="SKU")
    sled.add_argument("--json", action="store_true")

    stl = sub.add_parser("settlement", help="consignment settlement with a cooperative", parents=[common])
    stl_sub = stl.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    screate = stl_sub.add_parser("create", parents=[common], help="settle a cooperative's sales for a period")
    screate.add_argument("--cooperative", required=True, metavar="CODE")
    screate.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    screate.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    screate.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="statement PDF")
    screate.add_argument("--csv", type=Path, metavar="FILE.csv", help="also write the statement as CSV")
    screate.add_argument("--dry-run", action="store_true", help="compute only; settle nothing")
    screate.add_argument("--json", action="store_true")

    rep = sub.add_parser("report", help="sales reports", parents=[common])
    rep_sub = rep.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    rday = rep_sub.add_parser("daily", parents=[common], help="one day's sales summary")
    rday.add_argument("--date", metavar="YYYY-MM-DD", help="local date (default: today)")
    rday.add_argument("--csv", type=Path, metavar="FILE.csv")
    rday.add_argument("--json", action="store_true")

    syn = sub.add_parser("sync", help="sync with the county office server", parents=[common])
    syn_sub = syn.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    senrol = syn_sub.add_parser("enrol", parents=[common], help="enrol this terminal with a one-time code")
    senrol.add_argument("--server", required=True, metavar="URL")
    senrol.add_argument("--code", required=True, metavar="CODE")
    senrol.add_argument("--ca-file", metavar="PATH", help="CA bundle that signed the server's certificate")
    senrol.add_argument("--json", action="store_true")
    snow = syn_sub.add_parser("now", parents=[common], help="send waiting events and pull the catalogue now")
    snow.add_argument("--json", action="store_true")
    sstat = syn_sub.add_parser("status", parents=[common], help="enrolment, events waiting, last sync")
    sstat.add_argument("--json", action="store_true")
    srej = syn_sub.add_parser("rejected", parents=[common], help="events the server refused")
    srej.add_argument("--resend", action="store_true", help="queue them again")
    srej.add_argument("--json", action="store_true")
    cli_handover.add_parsers(syn_sub, common)

    lab = sub.add_parser("labels", help="QR product labels as PDF (A4 sheets or label rolls)", parents=[common])
    lab.add_argument("--sku", nargs="+", action="extend", default=[], metavar="SKU[:COPIES]",
                     help="products and copies (default 1); may be given more than once")
    lab.add_argument("--category", metavar="CODE", help="one label for every active product of a category")
    lab.add_argument("--template", metavar="NAME", help="label stock (see --list-templates)")
    lab.add_argument("-o", "--output", type=Path, metavar="FILE.pdf")
    lab.add_argument("--start", type=int, default=1, metavar="N", help="first position on a partly used sheet (1 = top left)")
    lab.add_argument("--languages", metavar="bo,zh", help="names to print, in order: bo, zh, en (default from settings)")
    lab.add_argument("--list-templates", action="store_true", help="list the label templates and exit")
    lab.add_argument("--json", action="store_true")

    prn = sub.add_parser("printer", help="receipt printer", parents=[common])
    prn_sub = prn.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    ptest = prn_sub.add_parser("test", parents=[common], help="print a test page (three scripts, a QR code, the width)")
    _printer_opt(ptest)
    ptest.add_argument("-o", "--output", type=Path, metavar="FILE.png", help="also write the page as PNG")
    ptest.add_argument("--json", action="store_true")
    pq = prn_sub.add_parser("queue", parents=[common], help="receipts waiting for the printer")
    pq.add_argument("--json", action="store_true")
    pq.add_argument("--retry", action="store_true", help="send the waiting receipts now")
    pq.add_argument("--cancel", action="store_true", help="give up the waiting receipts")
    cli_counter.add_parsers(sub, common)
    cli_backup.add_parsers(sub, common)
    cli_delivery.add_parsers(sub, common)
    cli_orders.add_parsers(sub, common)
    return parser


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


def _cmd_sync(args) -> int:
    if args.action in cli_handover.ACTIONS:
        return cli_handover.run(args, _open_store, _emit)
    if args.action == "status":  # read-only: plain sqlite3, no SQLAlchemy (issue #13, under 0.5 s)
        from yarlung_pos.cli_common import open_for_reading
        from yarlung_pos.services.read_only import sync_status
        con = open_for_reading(args)
        try:
            data = sync_status(con)
        finally:
            con.close()
        _emit(args, data, "\n".join(f"{k}: {v}" for k, v in data.items()))
        return EXIT_OK
    from yarlung_pos.sync import client
    store = _open_store(args, create=args.action == "enrol")
    try:
        if args.action == "enrol":
            try:
                terminal = client.enrol(store, args.server, args.code, args.ca_file)
            except client.SyncError as exc:
                raise CliError(str(exc)) from None
            from yarlung_pos.services.sales import format_sale_number, next_seq
            with store.read() as s:
                first = format_sale_number(terminal, next_seq(s, terminal))
            _emit(args, {"terminal": terminal, "server": args.server.rstrip("/"), "next_receipt": first},
                  f"enrolled as terminal {terminal}; the next receipt is {first}")
        elif args.action == "now":
            try:
                r = client.sync_now(store)
            except client.SyncError as exc:
                raise CliError(str(exc)) from None
            _emit(args, {"sent": r.sent, "duplicates": r.duplicates, "rejected": r.rejected, "waiting": r.waiting,
                         "pulled": r.pulled, "cursor": r.cursor},
                  f"sent {r.sent} event(s) ({r.duplicates} already there, {r.rejected} rejected or set aside), "
                  f"pulled {r.pulled} catalogue change(s); {r.waiting} waiting"
                  + (" — see 'sync rejected' for what to do" if r.rejected else ""))
        else:
            if args.resend:
                n = client.resend_rejected(store)
                _emit(args, {"resent": n}, f"{n} set-aside event(s) queued again; the next sync ('sync now') sends them")
            else:
                rows = client.rejected_events(store)
                if args.json:
                    print(json.dumps(rows, ensure_ascii=False))
                elif not rows:
                    print("0 rejected: nothing is set aside")
                else:
                    for r in rows:
                        print(f"{r['seq']:>8} {r['kind']:20} {r['reason']}" + (f" — {r['action']}" if r["action"] else ""))
    finally:
        store.close()
    return EXIT_OK


def _cmd_till(args) -> int:
    from yarlung_pos.ui.app import run_till
    from yarlung_pos.config import resolve_config_path
    from yarlung_pos.i18n import LanguageError, check_language
    if args.lang is not None:
        try:
            check_language(args.lang)
        except LanguageError as exc:
            raise CliError(f"--lang: {exc}", EXIT_USAGE) from None
    return run_till(db_path=resolve_db_path(getattr(args, "db", None)), demo=args.demo,
                    config_path=resolve_config_path(getattr(args, "config", None)),
                    smoke=args.smoke, cashier=args.cashier, started=_STARTED, language=args.lang)


def _run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    commands = {"catalogue": _cmd_catalogue, "sales": _cmd_sales, "receipt": cli_printing.cmd_receipt,
                "printer": cli_printing.cmd_printer, "labels": cli_printing.cmd_labels, "stock": cli_stock.cmd_stock,
                "settlement": cli_stock.cmd_settlement, "report": cli_stock.cmd_report,
                "sync": _cmd_sync}
    if args.command in commands:
        return commands[args.command](args)
    if args.command in cli_delivery.COMMANDS:
        return cli_delivery.run(args)
    if args.command in cli_orders.COMMANDS:
        return cli_orders.run(args)
    if args.command in cli_backup.COMMANDS:
        return cli_backup.run(args)
    if args.command in cli_counter.COMMANDS:
        return cli_counter.run(args, _open_store, _emit)
    return _cmd_till(args)


def _reason(exc: BaseException) -> str | None:
    """The one-line reason of an expected failure that escaped a command (see
    :func:`cli_support.run_main`)."""
    from sqlalchemy.exc import SQLAlchemyError

    from yarlung_pos.config import SettingsError
    from yarlung_pos.db.engine import DatabaseError
    if isinstance(exc, (SettingsError, DatabaseError)):
        return str(exc)
    if isinstance(exc, SQLAlchemyError):  # the database failed under us (locked, disk full)
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return f"database error: {reason[0] if reason else type(exc).__name__}"
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``yarlung-pos``; returns the process exit code.  Failures take the one
    error path of :func:`yarlung_pos.cli_support.run_main`: one line on stderr, non-zero, and
    with ``--json`` also ``{"error": "<reason>"}`` on stdout."""
    return run_main("yarlung-pos", argv, _run, _reason)
