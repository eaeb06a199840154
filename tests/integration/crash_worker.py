"""Subprocess used by test_crash.py: completes sales on a database until it is killed.

usage: crash_worker.py DB MODE
  MODE "kill-before-commit": SIGKILL itself inside the sale's transaction, after every row
        of the sale is written but before COMMIT.
  MODE "loop": complete sales forever, printing each sale's number once it is committed.
"""

import os
import signal
import sys

from yarlung_pos.db.store import Store
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.domain.clock import system_clock as clock  # a real run: the machine's clock
from yarlung_pos.services.users import User

#: the worker sells as a manager (no approvals asked)
MANAGER = User(0, "crash", "Crash", "manager")


def main() -> None:
    db, mode = sys.argv[1], sys.argv[2]
    store = Store.open(db)
    cart = Cart()
    with store.read() as s:
        cart.add(lookup_code(s, "WINE-001"))
        i = cart.add(lookup_code(s, "GRN-001"))
        cart.set_qty(i, "0.735")
    tenders = [Tender(PaymentMethod.CASH, 10000)]
    if mode == "kill-before-commit":
        def die(session):
            session.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        complete_sale(store, cart, tenders, "crash", clock, before_commit=die, actor=MANAGER)
        print("not reached", flush=True)
        return
    print("started", flush=True)
    while True:
        done = complete_sale(store, cart, tenders, "crash", clock, actor=MANAGER)
        print(done.number, flush=True)


if __name__ == "__main__":
    main()
