"""``yarlung-pos order …``: the online shop's orders (issue #18) for scripts and tests, the
same use cases as the deliveries screen (:mod:`yarlung_pos.services.online_orders`; who may
do what is decided there).

``--by USER`` names who does it (their PIN is asked on the terminal, or read from standard
input with ``--pin-stdin``); without it a command acts as ``cli`` with a cashier's rights
(a cashier may confirm and cancel online orders).
"""

from __future__ import annotations

import argparse

from yarlung_pos.cli_delivery import _actor, run_on_store
from yarlung_pos.cli_support import EXIT_OK, EXIT_USAGE, CliError, emit
from yarlung_pos.domain.clock import system_clock

COMMANDS = ("order",)
STATUSES = ("awaiting_payment", "confirmed", "to_pack", "packed", "handed_over", "delivered", "returned",
            "picked_up", "cancelled")


def add_parsers(sub, common) -> None:
    """Register ``order`` and its verbs."""
    od = sub.add_parser("order", help="online shop orders: confirm the payment or cancel", parents=[common])
    verbs = od.add_subparsers(dest="action", required=True, metavar="VERB")
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--by", metavar="USER", help="who does it (their PIN is asked, or read with --pin-stdin)")
    who.add_argument("--pin-stdin", action="store_true", help="read the PIN of --by from standard input")
    who.add_argument("--json", action="store_true", help="print one JSON document")
    ls = verbs.add_parser("list", parents=[common, who], help="online orders, oldest first (phones masked)")
    ls.add_argument("--status", default="awaiting_payment", choices=(*STATUSES, "all"),
                    help="default: awaiting_payment")
    cf = verbs.add_parser("confirm", parents=[common, who],
                          help="the payment was received: the order becomes a sale (and a delivery)")
    cf.add_argument("number", help="the order number, e.g. W-000001")
    cf.add_argument("--method", required=True, choices=("cash", "wechat", "alipay", "card"))
    cf.add_argument("--reference", help="the transaction number (needed unless cash)")
    cn = verbs.add_parser("cancel", parents=[common, who], help="cancel an order awaiting payment")
    cn.add_argument("number")
    cn.add_argument("--reason", required=True, help="why (1-200 characters; the customer sees it)")


def _line(v) -> str:
    return (f"{v.number:10} {v.status:17} {v.fulfilment:8} {v.name:12} {v.total_fen / 100:>9.2f}  {v.items_text}")


def run(args) -> int:
    """Run an ``order`` verb; raises ``CliError``."""
    return run_on_store(args, _run)


def _run(args, store) -> int:
    from yarlung_pos.services import online_orders as oo
    from yarlung_pos.services.users import User
    actor = _actor(args, store) or User(0, "cli", "cli", "cashier")
    if args.action == "list":
        views = oo.list_orders(store, None if args.status == "all" else args.status)
        if args.json:
            emit(args, [v.as_json() for v in views], "")
        else:
            for v in views:
                print(_line(v))
    elif args.action == "confirm":
        done = oo.confirm_order(store, args.number, args.method, args.reference, actor, system_clock)
        emit(args, {"number": done.number, "status": done.status, "sale_uuid": done.sale.uuid,
                    "sale_number": done.sale.number, "delivery_uuid": done.delivery_uuid,
                    "delivery_number": done.delivery_number, "postage_fen": done.postage_fen,
                    "total_fen": done.total_fen},
             f"order {done.number}: sale {done.sale.number}, total {done.total_fen / 100:.2f} yuan"
             + (f", delivery {done.delivery_number} to pack" if done.delivery_number else ", picked up"))
    elif args.action == "cancel":
        v = oo.cancel_order(store, args.number, args.reason, actor, system_clock)
        emit(args, v.as_json(), f"order {v.number}: cancelled ({v.cancel_reason})")
    else:  # pragma: no cover - argparse allows only the verbs above
        raise CliError(f"unknown verb {args.action}", EXIT_USAGE)
    return EXIT_OK


__all__ = ["add_parsers", "run", "COMMANDS"]
