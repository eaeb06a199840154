"""The till's stock and money commands: ``stock``, ``settlement`` and ``report``."""

from __future__ import annotations

import json

from yarlung_pos.cli_common import open_store as _open_store, parse_date as _date
from yarlung_pos.cli_support import EXIT_OK, EXIT_USAGE, CliError, emit as _emit
from yarlung_pos.domain.clock import system_clock


def _stock_level(args) -> int:
    """``stock level``: read with plain sqlite3, no SQLAlchemy (issue #13: under 0.5 s)."""
    from yarlung_pos.cli_common import open_for_reading
    from yarlung_pos.domain.model import DomainError
    from yarlung_pos.services.read_only import stock_report
    only = "low" if args.low else "negative" if args.negative else None
    con = open_for_reading(args)
    try:
        rows = stock_report(con, args.sku, only)
    except DomainError as exc:
        raise CliError(str(exc)) from None
    finally:
        con.close()
    data = [{"sku": r.sku, "name_zh": r.name_zh, "unit": r.unit, "level": str(r.level),
             "threshold": None if r.threshold is None else str(r.threshold)} for r in rows]
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r.sku:12} {r.level:>10} {r.unit:6} {r.name_zh}")
    return EXIT_OK


def cmd_stock(args) -> int:
    if args.action == "level":
        return _stock_level(args)
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


def cmd_settlement(args) -> int:
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


def cmd_report(args) -> int:
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
