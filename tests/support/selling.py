"""Sales for tests that need some (not about selling itself): ``n`` cash sales of one bottle of
WINE-001 (the demo's and the small catalogue's) by the manager acting alone."""

from __future__ import annotations

from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.sales import complete_sale

from tests.support.people import MANAGER


def sell_wine(store, clock, n: int = 1) -> list:
    """Complete ``n`` sales of one WINE-001, paid exactly in cash; returns the ``CompletedSale``s."""
    done = []
    for _ in range(n):
        cart = Cart()
        with store.read() as s:
            cart.add(lookup_code(s, "WINE-001"))
        done.append(complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "padma", clock,
                                  actor=MANAGER))
    return done
