"""Command-line commands of the counter's people and cash: ``user``, ``shift``, ``audit`` and
``policy`` (registered by :mod:`yarlung_pos.cli`).

PINs are never taken as arguments (they would show in the process list and shell history):
they are asked for on the terminal, or read as one line from standard input with
``--pin-stdin`` (scripts).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from decimal import Decimal, InvalidOperation

from yarlung_pos.cli_support import CliError
from yarlung_pos.domain.clock import system_clock

#: the commands this module adds
COMMANDS = ("user", "shift", "audit", "policy")


def add_parsers(sub, common) -> None:
    """Add the ``user``, ``shift``, ``audit`` and ``policy`` sub-commands to ``sub``."""
    usr = sub.add_parser("user", help="cashiers, managers and admins (PINs, lock-outs)", parents=[common])
    usr_sub = usr.add_subparsers(dest="action", required=True, metavar="ACTION")
    uadd = usr_sub.add_parser("add", parents=[common], help="add a user (asks for the PIN)")
    uadd.add_argument("username", help="login name: lower-case letters, digits, '.', '_' or '-'")
    uadd.add_argument("--name", help="name shown on screen and receipts (default: the login name)")
    uadd.add_argument("--role", choices=("cashier", "manager", "admin"), default="cashier")
    ulist = usr_sub.add_parser("list", parents=[common], help="the users")
    upin = usr_sub.add_parser("set-pin", parents=[common], help="give a user a new PIN (also unlocks)")
    upin.add_argument("username")
    uunl = usr_sub.add_parser("unlock", parents=[common], help="lift a lock-out after wrong PINs")
    uunl.add_argument("username")
    udea = usr_sub.add_parser("deactivate", parents=[common], help="stop a user from signing in")
    udea.add_argument("username")
    uact = usr_sub.add_parser("activate", parents=[common], help="let a deactivated user sign in again")
    uact.add_argument("username")
    for p in (uadd, upin, uunl, udea, uact, ulist):
        p.add_argument("--json", action="store_true")
    for p in (uadd, upin, uunl, udea, uact):
        p.add_argument("--by", metavar="USER", help="the admin (a manager may unlock) making the change; "
                       "asks for their PIN (not needed for the very first user of a new till)")
        p.add_argument("--pin-stdin", action="store_true",
                       help="read PINs from standard input, one per line: --by's PIN first, then the new PIN")

    sh = sub.add_parser("shift", help="the open shift, X and Z reports", parents=[common])
    sh_sub = sh.add_subparsers(dest="action", required=True, metavar="ACTION")
    sx = sh_sub.add_parser("status", parents=[common], help="the open shift and its X report")
    sz = sh_sub.add_parser("z", parents=[common], help="a stored Z report (by Z or shift number)")
    sz.add_argument("number")
    sz.add_argument("-o", "--output", metavar="FILE.png", help="also write it as a receipt image")
    sl = sh_sub.add_parser("list", parents=[common], help="recent shifts")
    for p in (sx, sz, sl):
        p.add_argument("--json", action="store_true")

    au = sub.add_parser("audit", help="the audit log (append-only)", parents=[common])
    au.add_argument("--action", metavar="NAME", help="only this action (refund, approval, login_failed …)")
    au.add_argument("--limit", type=int, default=100)
    au.add_argument("--json", action="store_true")

    po = sub.add_parser("policy", help="cash rounding, discount limits, idle lock", parents=[common])
    po.add_argument("--rounding", choices=("none", "drop_fen", "nearest_jiao"))
    po.add_argument("--discount-limit-pct", metavar="PCT", help="discounts above this percentage need a manager")
    po.add_argument("--discount-limit", metavar="YUAN", help="discounts above this amount need a manager")
    po.add_argument("--idle-lock-min", type=int, metavar="MIN", help="lock the till after this idle time (0 = never)")
    po.add_argument("--by", metavar="USER", help="the admin or manager making the change (asks for their PIN)")
    po.add_argument("--pin-stdin", action="store_true")
    po.add_argument("--json", action="store_true")


def _pin(args, prompt: str = "PIN: ") -> str:
    if getattr(args, "pin_stdin", False):
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the PIN on: pass --pin-stdin and give it on standard input")
    first = getpass.getpass(prompt)
    return first


def _actor(args, store, users):
    """The signed-in ``User`` for a user change: ``--by`` with their PIN, or ``None`` on a
    till with no users yet (the first admin).  Who may do what is the services' decision
    (:mod:`yarlung_pos.services.authority`); this only collects the PIN.  Raises ``CliError``."""
    if not users.has_users(store):
        if args.action != "add":
            raise CliError("this till has no users yet: add its administrator first (user add NAME --role admin)")
        if args.role != "admin":
            raise CliError("the first user of a till must be its administrator: add --role admin")
        return None
    if not args.by:
        raise CliError("say who makes the change with --by ADMIN (they are asked for their PIN)")
    return users.authenticate(store, args.by, _pin(args, f"PIN of {args.by}: "), system_clock)


def run(args, open_store, emit) -> int:
    """Run a ``user``/``shift``/``audit``/``policy`` command; raises ``CliError``."""
    from yarlung_pos.domain.model import DomainError
    store = open_store(args, create=args.command == "user" and args.action == "add")
    try:
        try:
            return _run(args, store, emit)
        except DomainError as exc:
            raise CliError(str(exc)) from None
    finally:
        store.close()


def _run(args, store, emit) -> int:
    from yarlung_pos.domain.money import format_fen
    if args.command == "user":
        from yarlung_pos.services import users
        if args.action == "list":
            rows = users.user_table(store, system_clock())
            emit(args, {"users": rows}, "\n".join(
                f"{r['username']:<16} {r['role']:<8} {r['name']}"
                + ("" if r["active"] else "  (deactivated)") + ("  (locked)" if r["locked"] else "") for r in rows)
                 or "no users")
            return 0
        from yarlung_pos.services import user_admin
        actor = _actor(args, store, users)
        done = {"actor": actor, "clock": system_clock}
        if args.action == "add":
            pin = _pin(args, "PIN of the new user: ")
            user = user_admin.add_user(store, args.username, args.name or args.username, args.role, pin, **done)
            emit(args, {"username": user.username, "name": user.name, "role": user.role},
                 f"added {user.role} {user.username} ({user.name})")
        elif args.action == "set-pin":
            user_admin.set_pin(store, args.username, _pin(args, "new PIN: "), **done)
            emit(args, {"username": args.username, "changed": "pin"}, f"new PIN set for {args.username}")
        elif args.action == "unlock":
            user_admin.unlock(store, args.username, **done)
            emit(args, {"username": args.username, "changed": "unlocked"}, f"{args.username} unlocked")
        else:
            active = args.action == "activate"
            user_admin.set_active(store, args.username, active, **done)
            word = "activated" if active else "deactivated"
            emit(args, {"username": args.username, "changed": word}, f"{args.username} {word}")
        return 0
    if args.command == "shift":
        from yarlung_pos.services import shifts
        if args.action == "status":
            shift = shifts.current_shift(store)
            if shift is None:
                emit(args, {"open": None}, "no shift is open")
                return 0
            rep = shifts.x_report(store, system_clock)
            emit(args, {"open": shift.number, "x_report": rep.to_json()},
                 f"shift {shift.number} open since {shift.opened_at:%Y-%m-%d %H:%M} by {shift.opened_by}; "
                 f"{rep.sales_count} sales, {rep.refunds_count} refunds, expected cash {format_fen(rep.expected_cash_fen)}")
        elif args.action == "z":
            rep = shifts.z_report(store, args.number)
            if args.output:
                from pathlib import Path
                from yarlung_pos.fileio import check_output_path
                from yarlung_pos.printing.zreport import render_shift_report
                try:
                    out = check_output_path(Path(args.output), (store.path,) if store.path else ())
                    render_shift_report(rep, 576).save(out, format="PNG")
                except (OSError, ValueError) as exc:
                    raise CliError(f"cannot write {args.output}: {getattr(exc, 'strerror', None) or exc}") from None
            emit(args, rep.to_json(), f"{rep.number} ({rep.shift}): expected {format_fen(rep.expected_cash_fen)}, "
                                      f"counted {format_fen(rep.counted_cash_fen)}, over/short {format_fen(rep.over_short_fen)}")
        else:
            rows = [{"number": s.number, "status": s.status, "opened_at": s.opened_at.isoformat(),
                     "opened_by": s.opened_by, "float_fen": s.float_fen, "z_number": s.z_number}
                    for s in shifts.list_shifts(store)]
            emit(args, {"shifts": rows}, "\n".join(f"{r['number']}  {r['status']:<6}  {r['opened_at'][:16]}  "
                                                   f"{r['z_number'] or ''}" for r in rows) or "no shifts")
        return 0
    if args.command == "audit":
        from yarlung_pos.services.audit import entries
        import json
        rows = [{"at": e.at.isoformat(), "user": e.user, "action": e.action, "approved_by": e.approved_by,
                 "details": e.details} for e in entries(store, args.action, max(1, args.limit))]
        emit(args, {"entries": rows}, "\n".join(
            f"{r['at'][:19]}  {r['user']:<12} {r['action']:<16} {r['approved_by'] or '':<10} "
            f"{json.dumps(r['details'], ensure_ascii=False)}" for r in rows) or "the audit log is empty")
        return 0
    # policy
    from yarlung_pos.domain.money import parse_yuan
    from yarlung_pos.services.policy import load_policy, save_policy
    from dataclasses import replace, asdict
    policy = load_policy(store)
    changes = {}
    if args.rounding:
        changes["rounding"] = args.rounding
    if args.discount_limit_pct is not None:
        try:
            changes["discount_limit_pct"] = Decimal(args.discount_limit_pct)
        except InvalidOperation:
            raise CliError(f"--discount-limit-pct: not a number: {args.discount_limit_pct}") from None
    if args.discount_limit is not None:
        try:
            changes["discount_limit_fen"] = parse_yuan(args.discount_limit)
        except ValueError as exc:
            raise CliError(f"--discount-limit: {exc}") from None
    if args.idle_lock_min is not None:
        changes["idle_lock_min"] = args.idle_lock_min
    if changes:
        if not args.by:
            raise CliError("changing the counter rules needs --by USER (a manager or admin, who gives their PIN)")
        from yarlung_pos.services.users import authenticate
        who = authenticate(store, args.by, _pin(args), system_clock)
        policy = replace(policy, **changes)
        save_policy(store, policy, actor=who, clock=system_clock)
    data = {k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(policy).items()}
    emit(args, data, "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0


__all__ = ["add_parsers", "run", "argparse"]
