"""``yarlung-pos delivery …``: delivery orders for scripts and tests, the same use cases as
the till's screens (:mod:`yarlung_pos.services.delivery`; who may do what is decided there).

``--by USER`` names who does it (their PIN is asked on the terminal, or read from standard
input with ``--pin-stdin``); without it a command acts as ``cli``, which may do what a cashier
may — a return (a refund) and ``--unmasked`` need a manager's ``--by``.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from yarlung_pos.cli_common import open_store
from yarlung_pos.cli_support import EXIT_OK, EXIT_USAGE, CliError, emit
from yarlung_pos.domain.clock import system_clock

COMMANDS = ("delivery",)
METHODS = ("cash", "wechat", "alipay", "unionpay", "card")  # card: a UnionPay card


def add_parsers(sub, common) -> None:
    """Register ``delivery`` and its verbs."""
    dv = sub.add_parser("delivery", help="home-delivery orders through the post office", parents=[common])
    verbs = dv.add_subparsers(dest="action", required=True, metavar="VERB")
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--by", metavar="USER", help="who does it (their PIN is asked, or read with --pin-stdin)")
    who.add_argument("--pin-stdin", action="store_true", help="read the PIN of --by from standard input")
    who.add_argument("--json", action="store_true", help="print one JSON document")

    c = verbs.add_parser("create", parents=[common, who], help="sell goods for delivery (a sale with postage)")
    c.add_argument("--sku", action="extend", nargs="+", required=True, metavar="SKU[:QTY]")
    c.add_argument("--name", required=True, help="the recipient's name (any script)")
    c.add_argument("--name-bo", help="the recipient's name in Tibetan")
    c.add_argument("--phone", required=True, help="mobile (11 digits) or landline with area code (0893-7831234)")
    c.add_argument("--address", required=True,
                   help="largest place first, parts separated by '/': [province/]prefecture/county/[township/]"
                        "village or street, e.g. '山南市/琼结县/下水乡/雪村3组12号' or '四川省/成都市/武侯区/人民南路1号'")
    c.add_argument("--pay", action="extend", nargs="+", required=True, metavar="METHOD[:YUAN[:REF]]",
                   help=f"a tender: {', '.join(METHODS)}, amount in yuan (left out: what is still due), "
                        "optional reference")
    c.add_argument("--channel", default="counter", choices=("counter", "phone", "wechat", "online"))
    c.add_argument("--channel-order", metavar="NUMBER", help="the channel's own order number")
    c.add_argument("--weight", metavar="KG", help="parcel weight in kg (postage band)")
    c.add_argument("--postage", metavar="YUAN", help="postage charged (default: from the postage table)")
    c.add_argument("--date", metavar="YYYY-MM-DD", help="requested delivery date")
    c.add_argument("--note", default="")

    ls = verbs.add_parser("list", parents=[common, who], help="deliveries, newest first (phones masked)")
    ls.add_argument("--status", choices=("to_pack", "packed", "handed_over", "delivered", "returned"))
    ls.add_argument("--search", default="", metavar="TEXT", help="name, phone, delivery or tracking number")
    ls.add_argument("--unmasked", action="store_true", help="full phones and addresses (a manager's --by)")
    sh = verbs.add_parser("show", parents=[common, who], help="one delivery and its history")
    sh.add_argument("number", help="delivery or tracking number")
    sh.add_argument("--unmasked", action="store_true", help="full phone and address (a manager's --by)")
    pk = verbs.add_parser("pack", parents=[common, who], help="mark packed (with its waybill when known)")
    pk.add_argument("number")
    pk.add_argument("--tracking", help="the waybill's tracking number, when the post office gave it in advance")
    pk.add_argument("--carrier")
    dl = verbs.add_parser("deliver", parents=[common, who], help="mark delivered")
    dl.add_argument("number")
    ho = verbs.add_parser("handover", parents=[common, who], help="hand a parcel to the post office")
    ho.add_argument("number")
    ho.add_argument("--tracking", help="the carrier's tracking number (S10 numbers are checked); "
                                       "needed unless given at packing")
    ho.add_argument("--weight", metavar="KG")
    ho.add_argument("--carrier", help="default: the one given at packing, else China Post")
    ho.add_argument("--postage-paid", metavar="YUAN", help="postage paid to the post office")
    rt = verbs.add_parser("return", parents=[common, who], help="a parcel came back: refund against its sale")
    rt.add_argument("number")
    how = rt.add_mutually_exclusive_group(required=True)
    how.add_argument("--restock", action="store_true", help="the goods go back on the shelf")
    how.add_argument("--write-off", action="store_true", help="the goods are written off")
    lb = verbs.add_parser("labels", parents=[common, who], help="shipping labels as PDF (a page per label)")
    lb.add_argument("numbers", nargs="+", metavar="NUMBER")
    lb.add_argument("--template", default="100x150", choices=("100x150", "100x180"))
    lb.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    sl = verbs.add_parser("slips", parents=[common, who], help="A5 packing slips as PDF")
    sl.add_argument("numbers", nargs="+", metavar="NUMBER")
    sl.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    po = verbs.add_parser("postage", parents=[common, who], help="the postage table (weight bands × zones, fen)")
    po.add_argument("--set", metavar="FILE.json", help="replace the table with this JSON (the shape --json prints)")
    pl = verbs.add_parser("policy", parents=[common, who],
                          help="days until personal data is erased, postage on returned parcels")
    pl.add_argument("--erase-days", type=int, metavar="N", help="erase phone and address N days after delivery")
    pl.add_argument("--return-postage", choices=("keep", "refund"), help="refund the postage of a returned parcel?")
    se = verbs.add_parser("sender", parents=[common, who], help="the hall's address and phone printed as the sender")
    se.add_argument("--address", metavar="TEXT", help="one line in Chinese (the post office reads it)")
    se.add_argument("--phone", metavar="PHONE")
    verbs.add_parser("erase", parents=[common, who],
                     help="erase phones and addresses of deliveries ended more than the set days ago")


def _pin(args) -> str:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the PIN on: pass --pin-stdin and give it on standard input")
    return getpass.getpass(f"PIN of {args.by}: ")


def _actor(args, store):
    from yarlung_pos.services import users
    if not args.by:
        return None
    return users.authenticate(store, args.by, _pin(args), system_clock)


def _address(text: str):
    """``--address`` parts, largest place first: 5 = province/prefecture/county/township/street;
    4 = province/prefecture/county/street when the first is a province (省, 自治区, a
    municipality, Tibet), else prefecture/county/township/street; 3 = prefecture/county/street."""
    from yarlung_pos.domain.delivery import Address, looks_like_province
    parts = [p.strip() for p in text.replace("／", "/").split("/")]
    if len(parts) == 5:
        return Address(*parts)
    if len(parts) == 4 and looks_like_province(parts[0]):
        return Address(parts[0], parts[1], parts[2], "", parts[3])
    if len(parts) == 4:
        return Address("", parts[0], parts[1], parts[2], parts[3])
    if len(parts) == 3:
        return Address("", parts[0], parts[1], "", parts[2])
    raise CliError("--address: give 3 to 5 parts separated by '/': [province/]prefecture/county/[township/]street",
                   EXIT_USAGE)


def _tenders(items: list[str], due_fen: int):
    """Tenders of ``--pay``; one without an amount pays what the others leave of ``due_fen``."""
    from yarlung_pos.domain.model import PaymentMethod, Tender
    from yarlung_pos.domain.money import parse_yuan
    parsed = []
    for item in items:
        method, _, rest = item.partition(":")
        amount, _, ref = rest.partition(":")
        if method.lower() not in METHODS:
            raise CliError(f"--pay {item}: give METHOD[:YUAN] with a method of {', '.join(METHODS)}", EXIT_USAGE)
        try:
            fen = parse_yuan(amount) if amount else None
        except ValueError as exc:
            raise CliError(f"--pay {item}: {exc}", EXIT_USAGE) from None
        code = "unionpay" if method.lower() == "card" else method.lower()
        parsed.append((PaymentMethod(code), fen, ref or None))
    if sum(fen is None for _, fen, _ in parsed) > 1:
        raise CliError("--pay: only one tender may leave out its amount (it pays the rest)", EXIT_USAGE)
    rest = max(0, due_fen - sum(fen for _, fen, _ in parsed if fen is not None))
    return [Tender(m, rest if fen is None else fen, ref) for m, fen, ref in parsed]


def _yuan(text: str | None, what: str) -> int | None:
    from yarlung_pos.domain.money import parse_yuan
    if text is None:
        return None
    try:
        return parse_yuan(text)
    except ValueError as exc:
        raise CliError(f"{what}: {exc}", EXIT_USAGE) from None


def _line(v) -> str:
    return (f"{v.number:15} {v.created_at:%Y-%m-%d %H:%M}  {v.status:11} {v.channel:8} {v.name:12} {v.phone:13} "
            f"{v.address.county:8} {v.tracking or ''}")


def run(args) -> int:
    """Run a ``delivery`` verb; raises ``CliError``."""
    return run_on_store(args, _run)


def run_on_store(args, body) -> int:
    """``body(args, store)`` on the database of ``--db`` (closed afterwards); a refusal of the
    rules (``DomainError``) becomes a ``CliError`` with its one-line reason."""
    from yarlung_pos.domain.model import DomainError
    store = open_store(args, create=False)
    try:
        try:
            return body(args, store)
        except DomainError as exc:
            raise CliError(str(exc)) from None
    finally:
        store.close()


def _run(args, store) -> int:
    from yarlung_pos.domain.delivery import parse_weight_g
    from yarlung_pos.services import delivery as d
    actor = _actor(args, store)
    by = actor.username if actor else "cli"
    clock = system_clock
    if args.action == "create":
        from yarlung_pos.domain.model import Cart, parse_quantity
        from yarlung_pos.services.catalogue import lookup_code
        from yarlung_pos.services.inventory import parse_sku_qty
        cart = Cart()
        with store.read() as s:
            for item in args.sku:
                sku, qty = parse_sku_qty(item) if ":" in item else (item, "1")
                product = lookup_code(s, sku)
                cart.add(product, parse_quantity(qty, product.unit))  # "abc", "1e3": a clear refusal
        request = d.DeliveryRequest(name=args.name, name_bo=args.name_bo, phone=args.phone,
                                    address=_address(args.address), requested_date=args.date, note=args.note,
                                    channel=args.channel, channel_order=args.channel_order,
                                    weight_g=parse_weight_g(args.weight), postage_fen=_yuan(args.postage, "--postage"))
        checked = d.check_request(request, clock().date())
        _zone, quoted = d.quote_postage(store, checked.address, checked.weight_g)
        from yarlung_pos.services.policy import load_policy
        priced = Cart(lines=[*cart.lines, d.postage_line(quoted if checked.postage_fen is None else checked.postage_fen)])
        due = priced.pricing(load_policy(store).rounding).due_fen
        made = d.create_delivery(store, cart, _tenders(args.pay, due), request, actor.name if actor else by, clock,
                                 actor=actor)
        emit(args, {"number": made.number, "uuid": made.uuid, "sale_number": made.sale.number,
                    "total_fen": made.sale.total_fen, "postage_fen": made.postage_fen,
                    "change_fen": made.sale.change_fen, "status": "to_pack"},
             f"delivery {made.number}: sale {made.sale.number}, total {made.sale.total_fen / 100:.2f} yuan "
             f"(postage {made.postage_fen / 100:.2f}), to pack")
    elif args.action == "list":
        views = d.list_deliveries(store, status=args.status, text=args.search, unmasked=args.unmasked, actor=actor)
        if args.json:
            emit(args, [v.as_json() for v in views], "")
        else:
            for v in views:
                print(_line(v))
    elif args.action == "show":
        v = d.get_delivery(store, args.number, unmasked=args.unmasked, actor=actor, clock=clock)
        history = "\n".join(f"  {at:%Y-%m-%d %H:%M}  {st:11} {who}" for st, at, who in v.history)
        items = "\n".join(f"  {i[0]:12} {i[4]:>8} {i[5]:6} {i[2]}" for i in v.items)
        emit(args, v.as_json(), f"{_line(v)}\n{v.name_bo or ''} {' '.join(v.address.lines())}\n{items}\n{history}")
    elif args.action in ("pack", "deliver"):
        v = (d.pack(store, args.number, by, clock, tracking=args.tracking, carrier=args.carrier)
             if args.action == "pack" else d.mark_delivered(store, args.number, by, clock))
        emit(args, v.as_json(), f"delivery {v.number}: {v.status}")
    elif args.action == "handover":
        v = d.hand_over(store, args.number, args.tracking, by, clock, carrier=args.carrier, weight_g=args.weight,
                        postage_paid_fen=_yuan(args.postage_paid, "--postage-paid"))
        emit(args, v.as_json(), f"delivery {v.number}: handed over to {v.carrier}, tracking {v.tracking}")
    elif args.action == "return":
        refund = d.return_delivery(store, args.number, actor.name if actor else by, clock, restock=args.restock,
                                   actor=actor)
        emit(args, {"number": args.number.upper(), "status": "returned", "refund": refund.number,
                    "refund_uuid": refund.uuid, "total_fen": refund.total_fen,
                    "disposition": "restock" if args.restock else "write_off"},
             f"delivery {args.number.upper()}: returned; refund {refund.number} of {-refund.total_fen / 100:.2f} yuan")
    elif args.action in ("labels", "slips"):
        from pathlib import Path

        from yarlung_pos.fileio import check_output_path
        from yarlung_pos.services import delivery_docs
        out = Path(args.output)
        check_output_path(out)
        pages = (delivery_docs.write_shipping_labels(store, args.numbers, args.template, out) if args.action == "labels"
                 else delivery_docs.write_packing_slips(store, args.numbers, out))
        emit(args, {"output": str(out), "pages": pages}, f"{out}: pages: {pages}")
    elif args.action == "postage":
        from yarlung_pos.domain.delivery import PostageTable
        if args.set:
            from pathlib import Path
            try:
                text = Path(args.set).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CliError(f"--set {args.set}: {exc}") from None
            d.save_postage_table(store, PostageTable.from_json(text), actor, clock=clock)  # a manager's --by
        table = d.postage_table(store)
        rows = "\n".join(f"up to {g / 1000:g} kg: " + ", ".join(f"{z} {p / 100:.2f}" for z, p in prices.items())
                         for g, prices in table.bands)
        emit(args, table.as_dict(), f"{rows}\nthen per {table.step_g / 1000:g} kg: "
             + ", ".join(f"{z} {p / 100:.2f}" for z, p in table.step_fen.items()))
    elif args.action == "policy":
        if args.erase_days is not None or args.return_postage is not None:
            d.save_delivery_policy(store, actor, erase_days=args.erase_days, return_postage=args.return_postage,
                                   clock=clock)
        policy = d.delivery_policy(store)
        emit(args, policy, f"personal data erased {policy['erase_days']} days after delivery; "
                           f"postage of a returned parcel: {policy['return_postage']}")
    elif args.action == "sender":
        from yarlung_pos.services import delivery_docs
        if args.address is not None or args.phone is not None:
            hall = delivery_docs.save_sender(store, actor, args.address, args.phone, clock=clock)  # a manager's --by
        else:
            hall = delivery_docs.sender(store)
        emit(args, {"name_zh": hall.name_zh, "name_bo": hall.name_bo, "address_zh": hall.address_zh,
                    "phone": hall.phone}, f"{hall.name_zh} {hall.address_zh} {hall.phone}")
    elif args.action == "erase":
        done = d.erase_personal_data(store, clock)
        emit(args, {"erased": done}, f"personal data erased from {len(done)} deliveries")
    else:  # pragma: no cover - argparse allows only the verbs above
        raise CliError(f"unknown verb {args.action}", EXIT_USAGE)
    return EXIT_OK


__all__ = ["add_parsers", "run", "COMMANDS"]
