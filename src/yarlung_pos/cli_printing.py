"""The till's printing commands: ``receipt``, ``printer`` and ``labels``."""

from __future__ import annotations

import json

from yarlung_pos.cli_common import cli_settings as _settings, open_store as _open_store
from yarlung_pos.cli_support import EXIT_OK, EXIT_USAGE, CliError, emit as _emit


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


def cmd_receipt(args) -> int:
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


def cmd_printer(args) -> int:
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


def cmd_labels(args) -> int:
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
          f"labels: {len(run.labels)} · pages: {run.pages} — written to {args.output}")
    return EXIT_OK
