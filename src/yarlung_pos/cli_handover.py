"""``yarlung-pos sync export`` and ``yarlung-pos sync import-acks``: the USB hand-over of a
till offline for weeks (:mod:`yarlung_pos.sync.handover`)."""

from __future__ import annotations

from pathlib import Path

from yarlung_pos.cli_support import EXIT_OK, CliError

ACTIONS = ("export", "import-acks")


def add_parsers(sync_sub, common) -> None:
    """Add ``export`` and ``import-acks`` to the ``sync`` subcommands."""
    exp = sync_sub.add_parser("export", parents=[common],
                              help="write the events not yet sent into one signed file for the county office (USB)")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exp.add_argument("--json", action="store_true")
    acks = sync_sub.add_parser("import-acks", parents=[common],
                               help="read the county office's answer file (USB): marks what the county holds")
    acks.add_argument("file", type=Path, metavar="FILE")
    acks.add_argument("--json", action="store_true")


def run(args, open_store, emit) -> int:
    """Run ``sync export`` / ``sync import-acks``; a refusal is a :class:`CliError`."""
    from yarlung_pos.sync import handover
    from yarlung_pos.sync.client import SyncError
    store = open_store(args, create=False)
    try:
        try:
            if args.action == "export":
                doc = handover.export_events(store, args.output)
                emit(args, doc, f"wrote {doc['events']} event(s) of terminal {doc['terminal']} to {doc['file']}; "
                                "take it to the county office ('yarlung-pos-server import FILE')")
            else:
                doc = handover.import_acks(store, args.file)
                emit(args, doc, f"{doc['file']}: {doc['sent']} event(s) now marked sent, {doc['already_sent']} "
                                f"sent before, {doc['rejected']} set aside (see 'sync rejected'), "
                                f"{doc['unknown']} not of this till; {doc['waiting']} waiting")
        except SyncError as exc:
            raise CliError(str(exc)) from None
    finally:
        store.close()
    return EXIT_OK
