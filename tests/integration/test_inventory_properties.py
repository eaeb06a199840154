"""Property-based: under any sequence of goods receipts, sales, refunds, adjustments and
stocktakes, every level equals the sum of its moves and equals a simple model of the
shelf, and a confirmed stocktake leaves the level equal to the count."""

import sqlite3
import tempfile
from decimal import Decimal
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from yarlung_pos.db.store import Store
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services import inventory
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.refunds import refund_sale, refundable
from yarlung_pos.services.sales import complete_sale

from .helpers import load_small_catalogue
from ..conftest import FixedClock
from ..support.people import MANAGER

SKUS = {"WINE-001": "bottle", "GRN-001": "kg", "OIL-001": "bottle"}
sku_st = st.sampled_from(sorted(SKUS))
whole = st.integers(min_value=1, max_value=40).map(Decimal)
weight = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("30"), places=3)


def qty_for(sku, data):
    return data.draw(weight if SKUS[sku] == "kg" else whole)


#: every time these tests stamp (never the wall clock)
clock = FixedClock()

class Shelf(RuleBasedStateMachine):
    @initialize()
    def setup(self):
        self.dir = tempfile.TemporaryDirectory()
        self.db = Path(self.dir.name) / "t.db"
        self.store = Store.open(self.db)
        load_small_catalogue(self.store, Path(self.dir.name))
        self.model = {sku: Decimal(0) for sku in SKUS}
        self.sales: list[str] = []

    def teardown(self):
        if hasattr(self, "store"):
            self.store.close()
            self.dir.cleanup()

    @rule(sku=sku_st, data=st.data())
    def receive(self, sku, data):
        qty = qty_for(sku, data)
        inventory.receive_stock(self.store, "CHAMCHEN", [(sku, qty)], clock=clock)
        self.model[sku] += qty

    @rule(sku=sku_st, data=st.data(), negative=st.booleans(), reason=st.sampled_from(inventory.ADJUST_REASONS))
    def adjust(self, sku, data, negative, reason):
        qty = qty_for(sku, data)
        inventory.adjust_stock(self.store, sku, f"-{qty}" if negative else str(qty), reason, clock=clock)
        self.model[sku] += -qty if negative else qty

    @rule(skus=st.lists(sku_st, min_size=1, max_size=3, unique=True), data=st.data())
    def sell(self, skus, data):
        cart = Cart()
        with self.store.read() as s:
            for sku in skus:
                i = cart.add(lookup_code(s, sku))
                cart.set_qty(i, qty_for(sku, data))
        done = complete_sale(self.store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "prop", clock, actor=MANAGER)
        for line in cart.lines:
            self.model[line.sku] -= line.qty
        self.sales.append(done.uuid)

    @precondition(lambda self: self.sales)
    @rule(data=st.data(), restock=st.booleans())
    def refund(self, data, restock):
        sale = data.draw(st.sampled_from(self.sales))
        left = {k: v for k, v in refundable(self.store, sale).items() if v > 0}
        if not left:
            return
        line_no = data.draw(st.sampled_from(sorted(left)))
        with self.store.read() as s:
            from sqlalchemy import select

            from yarlung_pos.db.schema import SaleLineRow, SaleRow
            line = s.scalar(select(SaleLineRow).join(SaleRow).where(SaleRow.uuid == sale, SaleLineRow.line_no == line_no))
            sku, unit = line.sku, line.unit
        qty = left[line_no] if unit != "kg" or data.draw(st.booleans()) else (left[line_no] / 2).quantize(Decimal("0.001"))
        if qty <= 0:
            return
        if unit != "kg":
            qty = Decimal(int(qty))
        refund_sale(self.store, sale, [(line_no, qty)], "prop", clock, restock=restock, actor=MANAGER)
        if restock:
            self.model[sku] += qty

    @rule(use_category=st.booleans(), data=st.data())
    def stocktake(self, use_category, data):
        number = inventory.open_stocktake(self.store, "GRAIN" if use_category else None, clock=clock)
        counted = {}
        scope = [s for s in SKUS if not use_category or s in ("GRN-001", "OIL-001")]
        for sku in scope:
            if data.draw(st.booleans()):
                qty = data.draw(st.sampled_from([Decimal(0), qty_for(sku, data)]))
                inventory.record_count(self.store, number, sku, qty)
                counted[sku] = qty
        inventory.confirm_stocktake(self.store, number, clock)
        with self.store.read() as s:
            levels = {r.sku: r.level for r in inventory.stock_report(s)}
        for sku, qty in counted.items():
            assert levels[sku] == qty            # a confirmed count is the level
            self.model[sku] = qty

    @invariant()
    def level_is_the_sum_of_moves_and_the_model(self):
        if not hasattr(self, "store"):
            return
        with self.store.read() as s:
            levels = {r.sku: r.level for r in inventory.stock_report(s)}
        con = sqlite3.connect(self.db)
        sums = dict(con.execute("select p.sku, coalesce(sum(m.qty_milli), 0) from products p "
                                "left join stock_moves m on m.product_id = p.id group by p.sku").fetchall())
        con.close()
        for sku in SKUS:
            assert levels[sku] == Decimal(sums[sku]) / 1000
            assert levels[sku] == self.model[sku]


Shelf.TestCase.settings = settings(max_examples=25, stateful_step_count=15, deadline=None,
                                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TestShelf = Shelf.TestCase
