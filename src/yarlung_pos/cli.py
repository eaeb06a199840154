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

from yarlung_pos import cli_counter
from yarlung_pos.cli_support import EXIT_FAIL, EXIT_OK, EXIT_USAGE, CliError, Parser as _Parser, emit as _emit, run_main
from yarlung_pos.domain.clock import system_clock


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
                        help="start the till, print 'ready in N ms' once the window is shown, exit")
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


def _settings(args, printer: str | None = None, width: int | None = None):
    """The settings file's values, with ``--printer``/``--width`` applied."""
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


def _receipt_image(store, number: str, settings, copy: bool):
    from yarlung_pos.printing.receipt import render_receipt
    from yarlung_pos.services.receipts import receipt_doc
    from yarlung_pos.services.sales import get_sale
    with store.read() as s:
        sale = get_sale(s, number)
        if sale is None:
            raise CliError(f"no sale with number or UUID {number!r}")
        doc = receipt_doc(s, sale, copy=copy, url_base=settings.receipt_url_base,
                          languages=settings.receipt_languages)
        sale_number, sale_uuid = sale.number, sale.uuid
    return render_receipt(doc, settings.paper_width_dots), sale_number, sale_uuid


def _send(settings, data: bytes, protect=()) -> str:
    from yarlung_pos.printing.printer import PrinterError, parse_printer_uri, send_bytes
    target = parse_printer_uri(settings.printer_uri)
    if target.is_preview:
        raise CliError("no printer is configured (printer URI is 'preview'); give --printer URI "
                       "or set it in the settings")
    try:
        send_bytes(target, data, protect)
    except PrinterError as exc:
        raise CliError(str(exc)) from None
    return target.describe()


def _cmd_receipt(args) -> int:
    from yarlung_pos.printing.escpos_codec import encode_receipt
    settings = _settings(args, getattr(args, "printer", None), args.width)
    store = _open_store(args, create=False)
    try:
        if args.action == "render":
            image, number, uuid = _receipt_image(store, args.number, settings, args.copy)
            from yarlung_pos.fileio import OutputError, check_output_path
            try:
                real = check_output_path(args.output, (store.path,))
                image.save(real, format="PNG")
            except (OSError, OutputError) as exc:
                raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
            _emit(args, {"number": number, "uuid": uuid, "file": str(args.output), "width": image.width,
                         "height": image.height}, f"receipt {number} written to {args.output} ({image.width}×{image.height} dots)")
            return EXIT_OK
        image, number, uuid = _receipt_image(store, args.number, settings, copy=True)
        try:
            data = encode_receipt(image, settings.printer_profile, cut=settings.auto_cut)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        where = _send(settings, data, (store.path,))
        _emit(args, {"number": number, "uuid": uuid, "printer": where, "bytes": len(data), "copy": True},
              f"receipt {number} (copy) printed on {where}")
    finally:
        store.close()
    return EXIT_OK


def _cmd_printer(args) -> int:
    if args.action == "queue":
        from yarlung_pos.services import print_queue
        store = _open_store(args, create=False)
        try:
            if args.retry and args.cancel:
                raise CliError("--retry and --cancel exclude each other", EXIT_USAGE)
            if args.cancel:
                n = print_queue.cancel_pending(store)
                _emit(args, {"cancelled": n}, f"{n} waiting receipt(s) cancelled")
                return EXIT_OK
            if args.retry:
                from yarlung_pos.printing.printer import parse_printer_uri
                from yarlung_pos.services.print_worker import PrintWorker
                settings = _settings(args)
                if parse_printer_uri(settings.printer_uri).is_preview:
                    raise CliError("no printer is configured (printer URI is 'preview'); set it in the settings")
                print_queue.retry_now(store)
                PrintWorker(store, lambda: settings).run_once()
            state = print_queue.queue_state(store)
            if args.retry and state.waiting:
                raise CliError(f"{state.waiting} receipt(s) still waiting: {state.last_error}")
            _emit(args, {"waiting": state.waiting, "last_error": state.last_error},
                  f"{state.waiting} receipt(s) waiting" + (f"; last error: {state.last_error}" if state.last_error else ""))
        finally:
            store.close()
        return EXIT_OK
    from yarlung_pos.printing.escpos_codec import encode_receipt
    from yarlung_pos.printing.printer import parse_printer_uri
    from yarlung_pos.printing.receipt import render_test_page
    settings = _settings(args, args.printer, args.width)
    target = parse_printer_uri(settings.printer_uri)
    image = render_test_page(settings.paper_width_dots, settings.receipt_url_base + "/test",
                             target.describe(), settings.printer_profile, settings.receipt_languages)
    if args.output:
        from yarlung_pos.fileio import OutputError, check_output_path
        try:
            image.save(check_output_path(args.output), format="PNG")
        except (OSError, OutputError) as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    if target.is_preview and args.output:
        _emit(args, {"printer": "preview", "file": str(args.output), "width": image.width},
              f"test page written to {args.output}")
        return EXIT_OK
    try:
        data = encode_receipt(image, settings.printer_profile, cut=settings.auto_cut)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    where = _send(settings, data)
    _emit(args, {"printer": where, "bytes": len(data), "width": image.width}, f"test page printed on {where}")
    return EXIT_OK


def _date(text: str, what: str):
    from datetime import date
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{what} must be a date like 2026-11-29, not {text!r}", EXIT_USAGE) from None


def _cmd_stock(args) -> int:
    from yarlung_pos.domain.model import DomainError
    from yarlung_pos.services import inventory
    store = _open_store(args, create=False)
    try:
        if args.action == "receive":
            try:
                lines = [inventory.parse_sku_qty(x) for x in args.lines]
                number = inventory.receive_stock(store, args.cooperative, lines, args.notes, clock=system_clock)
            except DomainError as exc:
                raise CliError(str(exc)) from None
            _emit(args, {"number": number, "cooperative": args.cooperative.upper(),
                         "lines": [{"sku": k.upper(), "qty": v} for k, v in lines]},
                  f"goods receipt {number} recorded ({len(lines)} line(s))")
        elif args.action == "adjust":
            if not args.reason:
                raise CliError(f"--reason is required: {', '.join(inventory.ADJUST_REASONS)}", EXIT_USAGE)
            try:
                level = inventory.adjust_stock(store, args.sku, args.qty, args.reason, args.note, clock=system_clock)
            except DomainError as exc:
                raise CliError(str(exc)) from None
            _emit(args, {"sku": args.sku.upper(), "qty": args.qty, "reason": args.reason, "level": str(level)},
                  f"{args.sku.upper()}: {args.qty} ({args.reason}); level now {level}")
        elif args.action == "level":
            only = "low" if args.low else "negative" if args.negative else None
            try:
                with store.read() as s:
                    rows = inventory.stock_report(s, args.sku, only)
            except DomainError as exc:
                raise CliError(str(exc)) from None
            data = [{"sku": r.sku, "name_zh": r.name_zh, "unit": r.unit, "level": str(r.level),
                     "threshold": None if r.threshold is None else str(r.threshold)} for r in rows]
            if args.json:
                print(json.dumps(data, ensure_ascii=False))
            else:
                for r in rows:
                    print(f"{r.sku:12} {r.level:>10} {r.unit:6} {r.name_zh}")
        else:
            try:
                with store.read() as s:
                    entries = inventory.ledger(s, args.sku)
            except DomainError as exc:
                raise CliError(str(exc)) from None
            data = [{"at": e.at, "qty": str(e.qty), "reason": e.reason, "source": e.source, "note": e.note,
                     "level": str(e.level)} for e in entries]
            if args.json:
                print(json.dumps(data, ensure_ascii=False))
            else:
                for e in entries:
                    print(f"{e.at}  {e.qty:>10}  {e.reason:10} {e.source:32} {e.level:>10}  {e.note}")
    finally:
        store.close()
    return EXIT_OK


def _cmd_settlement(args) -> int:
    from yarlung_pos.domain.model import DomainError
    from yarlung_pos.services import settlement
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    from yarlung_pos.fileio import OutputError, check_output_path
    store = _open_store(args, create=False)
    try:
        try:
            for out in (args.output, args.csv):
                if out:
                    check_output_path(out, (store.path,))
        except OutputError as exc:
            raise CliError(str(exc)) from None
        try:
            if args.dry_run:
                with store.read() as s:
                    draft = settlement.draft_settlement(s, args.cooperative, date_from, date_to)
            else:
                draft = settlement.create_settlement(store, args.cooperative, date_from, date_to, system_clock)
        except DomainError as exc:
            raise CliError(str(exc)) from None
        try:
            if args.output:
                from yarlung_pos.printing.statement import render_statement_pdf
                render_statement_pdf(draft, args.output)
            if args.csv:
                settlement.settlement_csv(draft, args.csv)
        except OSError as exc:
            raise CliError(f"settlement {draft.number} is saved, but its statement could not be written: "
                           f"{exc.strerror or exc}") from None
        from yarlung_pos.domain.money import format_fen
        _emit(args, draft.as_json(),
              f"settlement {draft.number or '(dry run)'} for {draft.cooperative}: {len(draft.sales)} sale(s), "
              f"due {format_fen(draft.due_fen)}")
    finally:
        store.close()
    return EXIT_OK


def _cmd_report(args) -> int:
    from yarlung_pos.services.reports import daily_report, daily_report_csv
    day = _date(args.date, "--date") if args.date else system_clock().date()
    store = _open_store(args, create=False)
    try:
        with store.read() as s:
            report = daily_report(s, day)
        if args.csv:
            try:
                daily_report_csv(report, args.csv)
            except OSError as exc:
                raise CliError(f"cannot write {args.csv}: {exc.strerror or exc}") from None
        from yarlung_pos.domain.money import format_fen
        _emit(args, report.as_json(), f"{day}: {report.sales} sale(s), {report.refunds} refund(s), "
                                      f"net {format_fen(report.net_fen)}")
    finally:
        store.close()
    return EXIT_OK


def _cmd_sync(args) -> int:
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
                  f"sent {r.sent} event(s) ({r.duplicates} already there, {r.rejected} rejected), "
                  f"pulled {r.pulled} catalogue change(s); {r.waiting} waiting")
        elif args.action == "status":
            from yarlung_pos.db.store import get_setting
            config = client.load_config(store)
            with store.read() as s:
                last = get_setting(s, "last_sync_at")
            data = {"enrolled": config is not None, "server": config.server_url if config else None,
                    "terminal": config.terminal if config else None, "waiting": client.pending_count(store),
                    "rejected": len(client.rejected_events(store)), "last_sync_at": last}
            _emit(args, data, "\n".join(f"{k}: {v}" for k, v in data.items()))
        else:
            if args.resend:
                n = client.resend_rejected(store)
                _emit(args, {"resent": n}, f"{n} rejected event(s) queued again")
            else:
                rows = client.rejected_events(store)
                if args.json:
                    print(json.dumps(rows, ensure_ascii=False))
                else:
                    for r in rows:
                        print(f"{r['seq']:>8} {r['kind']:20} {r['reason']}")
    finally:
        store.close()
    return EXIT_OK


def _cmd_labels(args) -> int:
    from yarlung_pos.printing.labels import TEMPLATES, LabelError
    from yarlung_pos.services.labels import make_labels, parse_sku_copies, resolve_label_items
    if args.list_templates:
        rows = [{"name": t.name, "description": t.description, "label_mm": [t.label_w, t.label_h],
                 "page_mm": [t.page_w, t.page_h], "per_page": t.per_page} for t in TEMPLATES.values()]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False))
        else:
            for r in rows:
                print(f"{r['name']:12} {r['description']}")
        return EXIT_OK
    if not args.template:
        raise CliError("--template is required (see 'yarlung-pos labels --list-templates')", EXIT_USAGE)
    if not args.output:
        raise CliError("-o FILE.pdf is required", EXIT_USAGE)
    if not args.sku and not args.category:
        raise CliError("name the products: --sku SKU[:COPIES] ... and/or --category CODE", EXIT_USAGE)
    settings = _settings(args)
    languages = tuple(x.strip() for x in args.languages.split(",") if x.strip()) if args.languages else None
    try:
        requests = [parse_sku_copies(x) for x in args.sku]
        store = _open_store(args, create=False)
        try:
            with store.read() as s:
                items = resolve_label_items(s, requests, args.category)
            if not items:
                raise LabelError(f"category {args.category} has no active products")
            run = make_labels(store, items, args.template, args.output, settings, languages, args.start)
        finally:
            store.close()
    except LabelError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    _emit(args, {"file": str(args.output), "template": run.template.name, "labels": len(run.labels), "pages": run.pages,
                 "skus": sorted({lab.sku for lab in run.labels})},
          f"{len(run.labels)} labels on {run.pages} page(s) written to {args.output}")
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
    commands = {"catalogue": _cmd_catalogue, "sales": _cmd_sales, "receipt": _cmd_receipt, "printer": _cmd_printer,
                "labels": _cmd_labels, "stock": _cmd_stock, "settlement": _cmd_settlement, "report": _cmd_report,
                "sync": _cmd_sync}
    if args.command in commands:
        return commands[args.command](args)
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
