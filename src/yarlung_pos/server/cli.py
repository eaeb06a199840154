"""``yarlung-pos-server``: the county office server and its administration commands.

Every command takes ``--database-url URL`` (or ``$YARLUNG_SERVER_DATABASE_URL``; default a
SQLite file in the user data folder) and applies the migrations first.  A user's mistake exits
non-zero with a one-line reason on stderr, never a traceback; ``--json`` prints exactly one
JSON document on stdout (``{"error": reason}`` on failure).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from yarlung_pos.cli_support import EXIT_OK, EXIT_USAGE, CliError, Parser as _Parser, emit as _emit, run_main

PROG = "yarlung-pos-server"


def _common() -> argparse.ArgumentParser:
    p = _Parser(add_help=False)
    p.add_argument("--database-url", default=argparse.SUPPRESS, metavar="URL",
                   help="sqlite:///FILE, a file path, or postgresql+psycopg://USER@HOST:PORT/DB "
                        "(default: $YARLUNG_SERVER_DATABASE_URL or server.db in the user data folder)")
    return p


def _json_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print the result as one JSON document")


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(prog=PROG, parents=[common], description="Yarlung POS county office server.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--max-body-bytes", type=int, metavar="N", help="largest request body as sent (default 8 MiB)")
    serve.add_argument("--max-decompressed-bytes", type=int, metavar="N",
                       help="largest request body after gzip decompression (default 64 MiB)")
    serve.add_argument("--delivery-erase-days", type=int, metavar="N",
                       help="erase a delivery's phone, township, street and note N days after delivery or return "
                            "(default 180)")
    serve.add_argument("--shop-payee", metavar="NAME", help="the shop's payee shown for WeChat Pay / Alipay "
                                                            "(default $YARLUNG_SHOP_PAYEE)")
    serve.add_argument("--shop-wechat", metavar="ACCOUNT", help="the hall's WeChat Pay account (default $YARLUNG_SHOP_WECHAT)")
    serve.add_argument("--shop-alipay", metavar="ACCOUNT", help="the hall's Alipay account (default $YARLUNG_SHOP_ALIPAY)")
    serve.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    serve.add_argument("--access-log", action="store_true", help="log every request")
    serve.add_argument("--ssl-certfile", metavar="PEM", help="serve HTTPS with this certificate (chain)")
    serve.add_argument("--ssl-keyfile", metavar="PEM", help="the certificate's private key")

    term = sub.add_parser("terminal", parents=[common], help="enrol, list and revoke terminals")
    tsub = term.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    for name, help_text in (("add", "register a terminal and print its one-time enrolment code"),
                            ("reissue", "a new one-time enrolment code for an existing terminal")):
        p = tsub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("code", help="terminal code, e.g. T02 (the receipt number prefix)")
        p.add_argument("--expires-days", type=float, default=7.0, help="days the code stays valid (default 7)")
        _json_opt(p)
    p = tsub.add_parser("list", parents=[common], help="list terminals")
    _json_opt(p)
    p = tsub.add_parser("revoke", parents=[common], help="revoke a terminal's token")
    p.add_argument("code")
    _json_opt(p)

    adm = sub.add_parser("admin-token", parents=[common], help="create a token for the county views (reports)")
    adm.add_argument("--label", default="", help="who the token is for")
    adm.add_argument("--revoke-all", action="store_true", help="revoke every admin token instead")
    _json_opt(adm)

    usr = sub.add_parser("user", parents=[common], help="office users of the web console")
    usub = usr.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    p = usub.add_parser("add", parents=[common], help="create an office user")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=("viewer", "manager", "admin"))
    p.add_argument("--name", default="", metavar="TEXT", help="the name shown in the console (default: the username)")
    p.add_argument("--password-stdin", action="store_true", required=True,
                   help="read the password (at least 10 characters) as one line from standard input")
    _json_opt(p)
    p = usub.add_parser("list", parents=[common], help="list office users")
    _json_opt(p)
    p = usub.add_parser("set-password", parents=[common], help="give an office user a new password")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true", required=True,
                   help="read the password (at least 10 characters) as one line from standard input")
    _json_opt(p)
    for name, help_text in (("unlock", "lift a lock-out after too many wrong passwords"),
                            ("deactivate", "bar an office user from signing in")):
        p = usub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("username")
        _json_opt(p)

    cat = sub.add_parser("catalogue", parents=[common], help="the catalogue terminals pull")
    csub = cat.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    p = csub.add_parser("import", parents=[common], help="import catalogue CSV files (the till's format)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.csv")
    p.add_argument("--kind", choices=("products", "categories", "cooperatives"),
                   help="what the files hold (default: told from each header)")
    _json_opt(p)
    p = csub.add_parser("price", parents=[common], help="change a product's price")
    p.add_argument("sku")
    p.add_argument("price_fen", type=int, help="new price in fen (￥12.50 = 1250)")
    _json_opt(p)

    imp = sub.add_parser("import", parents=[common], help="apply a till's hand-over file (USB stick)")
    imp.add_argument("file", type=Path, metavar="FILE")
    _json_opt(imp)
    acks = sub.add_parser("export-acks", parents=[common], help="write the answer file for a till (USB stick)")
    acks.add_argument("--terminal", required=True, metavar="CODE")
    acks.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _json_opt(acks)

    rep = sub.add_parser("report", parents=[common], help="county views")
    rsub = rep.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    p = rsub.add_parser("sales", parents=[common], help="sales of all terminals")
    p.add_argument("--by", required=True, choices=("day", "cooperative", "category", "terminal"))
    for name, help_text in (("stock", "stock per product from all terminals' moves"),
                            ("terminals", "last contact and clock skew per terminal")):
        rsub.add_parser(name, parents=[common], help=help_text)
    p = rsub.add_parser("shifts", parents=[common], help="Z reports of closed shifts (cash expected, counted, over/short)")
    p.add_argument("--terminal", metavar="CODE", help="one terminal's only")
    p = rsub.add_parser("audit", parents=[common], help="the tills' audit log (refunds, approvals, overrides …)")
    p.add_argument("--terminal", metavar="CODE", help="one terminal's only")
    p.add_argument("--action", dest="action_name", metavar="NAME",
                   help="one action only, e.g. refund, price_override, drawer_opened")
    p = rsub.add_parser("deliveries", parents=[common],
                        help="home deliveries: counts per status, postage, days to hand over and deliver")
    p.add_argument("--by", required=True, choices=("status", "county", "channel", "month"))
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first order date (YYYY-MM-DD, the till's)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last order date (YYYY-MM-DD, the till's)")
    p = rsub.add_parser("settlements", parents=[common], help="the tills' settlements with cooperatives, paid or not")
    p.add_argument("--cooperative", metavar="CODE", help="one cooperative's only")
    for p in rsub.choices.values():
        fmt = p.add_mutually_exclusive_group()
        fmt.add_argument("--json", action="store_true")
        fmt.add_argument("--csv", action="store_true")

    dlv = sub.add_parser("deliveries", parents=[common], help="home deliveries' personal data")
    dsub = dlv.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    p = dsub.add_parser("erase", parents=[common],
                        help="erase phone, township, street and note of deliveries done long enough ago")
    p.add_argument("--days", type=int, default=None, metavar="N",
                   help="days after delivery or return (default 180, the server setting delivery_erase_days)")
    _json_opt(p)
    return parser


def _open(args):
    from yarlung_pos.server.database import Database, default_database_url
    url = getattr(args, "database_url", None) or default_database_url()
    db = Database(url)
    try:
        db.migrate()
    except BaseException:
        db.close()
        raise
    return db


def _serve(args) -> int:
    import uvicorn

    from yarlung_pos.server.app import create_app
    from yarlung_pos.server.settings import Settings
    if not 0 <= args.port <= 65535:
        raise CliError(f"--port must be 0–65535, not {args.port}", EXIT_USAGE)
    if args.delivery_erase_days is not None and args.delivery_erase_days < 0:
        raise CliError("--delivery-erase-days cannot be negative", EXIT_USAGE)
    settings = Settings.from_env(max_body_bytes=args.max_body_bytes,
                                 max_decompressed_bytes=args.max_decompressed_bytes,
                                 delivery_erase_days=args.delivery_erase_days,
                                 shop_payee=args.shop_payee, shop_wechat=args.shop_wechat,
                                 shop_alipay=args.shop_alipay)
    db = _open(args)
    app = create_app(db, settings)
    print(f"{PROG}: database {db.url}", file=sys.stderr, flush=True)
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise CliError("--ssl-certfile and --ssl-keyfile go together", EXIT_USAGE)
    for path in (args.ssl_certfile, args.ssl_keyfile):
        if path and not Path(path).is_file():
            raise CliError(f"no such file: {path}")
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=args.access_log,
                timeout_graceful_shutdown=5, ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile)
    return EXIT_OK


def _table(rows: list[dict], columns: list[str]) -> str:
    if not rows:
        return "(none)"
    cells = [[("" if r[c] is None else str(r[c])) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def _run(args) -> int:
    from yarlung_pos.server import catalogue, reports, terminals
    from yarlung_pos.server.settings import Settings

    if args.command == "serve":
        return _serve(args)
    db = _open(args)
    try:
        if args.command == "terminal":
            if args.action in ("add", "reissue"):
                if not 0 < args.expires_days <= 365:
                    raise CliError("--expires-days must be above 0 and at most 365", EXIT_USAGE)
                fn = terminals.add_terminal if args.action == "add" else terminals.reissue_terminal
                doc = fn(db, args.code, Settings(enrolment_ttl_days=args.expires_days))
                _emit(args, {"terminal": doc["terminal"], "enrolment_code": doc["enrolment_code"],
                             "expires_at": doc["expires_at"]},
                      f"{doc['terminal']}: enrolment code {doc['enrolment_code']} (one use, valid until "
                      f"{doc['expires_at'][:16].replace('T', ' ')} UTC)")
            elif args.action == "list":
                rows = terminals.list_terminals(db)
                _emit(args, rows, _table(rows, ["terminal", "status", "enrolled_at", "last_seen", "sold_before_as"]))
            else:
                doc = terminals.revoke_terminal(db, args.code)
                _emit(args, doc, f"{doc['terminal']}: revoked")
        elif args.command == "admin-token":
            if args.revoke_all:
                doc = terminals.revoke_admin_tokens(db)
                _emit(args, doc, f"{doc['revoked']} admin token(s) revoked")
            else:
                doc = terminals.create_admin_token(db, args.label)
                _emit(args, doc, doc["token"])
        elif args.command == "user":
            _user(db, args)
        elif args.command == "catalogue":
            if args.action == "import":
                results = catalogue.import_catalogue(db, args.files, args.kind)
                _emit(args, [{"file": r.file, "kind": r.kind, "added": r.added, "updated": r.updated} for r in results],
                      "\n".join(f"{r.file}: {r.kind}: {r.added} added, {r.updated} updated" for r in results))
            else:
                doc = catalogue.set_price(db, args.sku, args.price_fen)
                _emit(args, doc, f"{doc['sku']}: {doc['old_price_fen']} → {doc['price_fen']} fen")
        elif args.command in ("import", "export-acks"):
            _handover(db, args)
        elif args.command == "deliveries":
            _erase(db, args)
        elif args.command == "report":
            # ``rows`` is the JSON document; ``flat`` the same rows for CSV and the text table
            # (shifts and audit nest JSON: net per method, details)
            if args.action == "sales":
                rows, cols = reports.sales_report(db, args.by), ["key", "sales", "total_fen"]
                flat = rows
            elif args.action == "stock":
                rows, cols = reports.stock_report(db), ["sku", "unit", "level", "negative"]
                flat = rows
            elif args.action == "shifts":
                rows = reports.shifts_report(db, args.terminal)
                flat, cols = reports.shifts_table(rows)
            elif args.action == "audit":
                rows = reports.audit_report(db, args.terminal, args.action_name)
                flat, cols = reports.audit_table(rows)
            elif args.action == "deliveries":
                rows = reports.deliveries_report(db, args.by, args.date_from, args.date_to)
                flat, cols = rows, reports.DELIVERY_COLUMNS
            elif args.action == "settlements":
                from yarlung_pos.server.settlements import SETTLEMENT_COLUMNS, settlements_report
                rows = flat = settlements_report(db, args.cooperative)
                cols = SETTLEMENT_COLUMNS
            else:
                rows, cols = reports.terminals_report(db), ["code", "status", "last_seen", "clock_skew_s", "events",
                                                            "last_seq"]
                flat = rows
            if args.csv:
                sys.stdout.write(reports.to_csv(flat, cols))
            else:
                _emit(args, rows, _table(flat, cols))
        return EXIT_OK
    finally:
        db.close()


def _read_password() -> str:
    line = sys.stdin.readline()
    if not line:
        raise CliError("no password on standard input", EXIT_USAGE)
    password = line.rstrip("\r\n")
    if len(password) < 10:
        raise CliError("the password must have at least 10 characters", EXIT_USAGE)
    return password


def _user(db, args) -> None:
    from yarlung_pos.server import office_users as users
    if args.action == "add":
        doc = users.add_user(db, args.username, args.role, _read_password(), args.name)
        _emit(args, doc, f"{doc['username']}: added as {doc['role']} ({doc['display_name']})")
    elif args.action == "list":
        rows = users.list_users(db)
        table = [{**r, "active": "yes" if r["active"] else "no", "locked_until": r["locked_until"] or ""} for r in rows]
        _emit(args, rows, _table(table, ["username", "display_name", "role", "active", "locked_until", "created_at"]))
    elif args.action == "set-password":
        doc = users.set_password(db, args.username, _read_password())
        _emit(args, doc, f"{doc['username']}: new password set (signed out everywhere)")
    elif args.action == "unlock":
        doc = users.unlock(db, args.username)
        _emit(args, doc, f"{doc['username']}: unlocked")
    else:
        doc = users.deactivate(db, args.username)
        _emit(args, doc, f"{doc['username']}: deactivated (can no longer sign in)")


def _erase(db, args) -> None:
    from yarlung_pos.server.common import now
    from yarlung_pos.server.deliveries import erase_personal_data
    from yarlung_pos.server.settings import Settings
    days = Settings().delivery_erase_days if args.days is None else args.days
    if days < 0:
        raise CliError("--days cannot be negative", EXIT_USAGE)
    erased = erase_personal_data(db, now(), days)
    _emit(args, {"erased": erased, "days": days},
          f"{erased} {'delivery' if erased == 1 else 'deliveries'} erased: the phone, township, street and "
          f"note of deliveries delivered or returned {days} days ago or more")


def _handover(db, args) -> None:
    from yarlung_pos.server import handover
    if args.command == "import":
        doc = handover.import_file(db, args.file)
        lines = [f"{doc['file']}: terminal {doc['terminal']}: {doc['events']} event(s): {doc['accepted']} accepted, "
                 f"{doc['duplicates']} already here, {doc['rejected']} rejected"]
        lines += [f"  rejected {r['uuid']}: {r['reason']}" for r in doc["rejected_events"][:20]]
        _emit(args, doc, "\n".join(lines))
    else:
        doc = handover.export_acks(db, args.terminal, args.output)
        _emit(args, doc, f"wrote the answer for terminal {doc['terminal']} to {doc['file']}: {doc['accepted']} "
                         f"event(s) held, {doc['rejected']} rejected (read it on the till with "
                         f"'yarlung-pos sync import-acks FILE')")


def _reason(exc: BaseException) -> str | None:
    """The one-line reason of an expected failure (see :func:`cli_support.run_main`)."""
    from sqlalchemy.exc import SQLAlchemyError

    from yarlung_pos.server.database import DatabaseError
    from yarlung_pos.server.common import ServiceError
    from yarlung_pos.services.catalogue_csv import CatalogueImportError
    if isinstance(exc, CatalogueImportError):
        for err in exc.errors:
            print(f"{exc.path}: {err}", file=sys.stderr)
        return str(exc)
    if isinstance(exc, (ServiceError, DatabaseError)):
        return str(exc)
    if isinstance(exc, SQLAlchemyError):  # the database failed under us (unreachable, locked, disk full)
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return f"database error: {reason[0] if reason else type(exc).__name__}"
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code (the one error path of
    :func:`yarlung_pos.cli_support.run_main`)."""
    return run_main(PROG, argv, lambda a: _run(build_parser().parse_args(a)), _reason)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
