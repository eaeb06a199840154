"""Shifts (issue #7 item 5): the Z report's totals equal the shift's payments less refunds per
method; expected cash = float + cash sales − cash refunds + cash in − cash out; over/short;
Z numbers in sequence and never twice for a shift (also when two threads or two processes
race to close); no sale without an open shift; a shift over midnight; the shift.closed event;
Z reports, X reports and drawer kicks through a fake network printer."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, event, given, settings
from PIL import ImageChops
from sqlalchemy import select

from yarlung_pos.config import Settings
from yarlung_pos.db.schema import OutboxRow, PrintJobRow, SaleRow, ShiftRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.domain.pricing import Discount
from yarlung_pos.printing.escpos_codec import decode_job
from yarlung_pos.printing.zreport import render_shift_report
from yarlung_pos.services import print_queue, shifts
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.print_worker import PrintWorker
from yarlung_pos.services.refunds import RefundError, refund_sale, refundable
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.shifts import DENOMINATIONS_FEN, NoOpenShift, ShiftError

from ..conftest import BEIJING, FixedClock
from ..support.fake_printer import FakePrinter, free_port
from ..support.people import MANAGER, approved
from .helpers import load_small_catalogue

ROOT = Path(__file__).resolve().parents[2]
METHODS = [m.value for m in PaymentMethod]


# ---------------------------------------------------------------------------- helpers


def cart_of(store, *items, line_discounts=(), order_discount=None) -> Cart:
    cart = Cart()
    with store.read() as s:
        for code, qty in items:
            cart.set_qty(cart.add(lookup_code(s, code)), qty)
    for i, d in line_discounts:
        cart.lines[i].discount = d
    cart.discount = order_discount
    return cart


def counts_for(fen: int) -> dict[int, int]:
    """Notes and coins (down to the fen coins) for ``fen``."""
    out = {}
    for d in DENOMINATIONS_FEN:
        out[d], fen = divmod(fen, d)
    return out


def sql_totals(db: Path, shift_number: str) -> dict[str, list[int]]:
    """Independent of the service: plain SQL on the file, method → [sales, refunds] (fen)."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "select p.method, s.kind, sum(p.amount_fen - p.change_fen) from payments p "
            "join sales s on s.id = p.sale_id join shifts sh on sh.id = s.shift_id "
            "where sh.number = ? group by p.method, s.kind", (shift_number,)).fetchall()
    finally:
        con.close()
    out = {m: [0, 0] for m in METHODS}
    for method, kind, amount in rows:
        out[method][1 if kind == "refund" else 0] += amount
    return out


class Model:
    """What the drawer and the report should say, kept from what the services returned."""

    def __init__(self, float_fen: int):
        self.float_fen = float_fen
        self.sales = {m: 0 for m in METHODS}
        self.refunds = {m: 0 for m in METHODS}
        self.cash_in = self.cash_out = 0
        self.n_sales = self.n_refunds = 0

    def sold(self, done) -> None:
        self.n_sales += 1
        for p in done.payments:
            self.sales[p.method.value] += p.amount_fen - p.change_fen

    def refunded(self, done) -> None:
        self.n_refunds += 1
        for method, fen in done.payments:
            assert fen <= 0
            self.refunds[method] += fen

    @property
    def expected_cash(self) -> int:
        return self.float_fen + self.sales["cash"] + self.refunds["cash"] + self.cash_in - self.cash_out

    def check(self, rep, db: Path) -> None:
        assert rep.sales_count == self.n_sales and rep.refunds_count == self.n_refunds
        sql = sql_totals(db, rep.shift)
        for m in METHODS:
            t = rep.method(m)
            assert (t.sales_fen, t.refunds_fen) == (self.sales[m], self.refunds[m]) == tuple(sql[m]), m
            assert t.net_fen == self.sales[m] + self.refunds[m]
        assert rep.net_fen == sum(self.sales.values()) + sum(self.refunds.values())
        assert (rep.cash_in_fen, rep.cash_out_fen, rep.float_fen) == (self.cash_in, self.cash_out, self.float_fen)
        assert rep.expected_cash_fen == self.expected_cash
        cash = rep.method("cash")
        assert rep.expected_cash_fen == (rep.float_fen + cash.sales_fen - abs(cash.refunds_fen)
                                         + rep.cash_in_fen - rep.cash_out_fen)


def report_text(rep, width: int = 576) -> list[str]:
    """Every text of the rendered report's layout, in order (rows as 'left | right')."""
    from yarlung_pos.printing import raster, zreport
    out = []
    for b in zreport.shift_report_blocks(rep, raster.Style.for_width(width)):
        if isinstance(b, raster.Row):
            out.append(f"{b.left.layout.text()} | {b.right.layout.text()}")
        elif isinstance(b, raster.Banner):
            out.append(b.text.layout.text())
        elif isinstance(b, raster.Paragraph):
            out.append(b.layout.text())
    return out


def same_pixels(a, b) -> bool:
    return a.size == b.size and ImageChops.difference(a.convert("L"), b.convert("L")).getbbox() is None


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.stop()


# ---------------------------------------------------------------------------- Z totals


def test_z_report_is_payments_less_refunds_per_method(demo_store, db_path, clock):
    """Split tenders, change, line and whole-sale discounts, cash rounding (drop_fen), refunds
    to the original methods and in cash, cash in and out."""
    store = demo_store
    shifts.open_shift(store, "padma", 20000, clock)
    m = Model(20000)
    # 2 × ￥35 + 0.735 kg × ￥16 = ￥81.76 → ￥81.70 (drop_fen); cash 100, change 18.30
    a = complete_sale(store, cart_of(store, ("WINE-001", "2"), ("GRAIN-002", "0.735")), [Tender(PaymentMethod.CASH, 10000)], "Padma", clock, rounding="drop_fen", require_shift=True, actor=MANAGER)
    assert (a.total_fen, a.change_fen) == (8170, 1830)
    m.sold(a)
    # line discount 10 % and ￥5 off the sale; WeChat part + cash with change
    cart = cart_of(store, ("IRON-003", "1"), ("WINE-002", "3"), line_discounts=[(0, Discount.percent("10"))],
                   order_discount=Discount.amount(500))
    due = cart.pricing("drop_fen").due_fen
    b = complete_sale(store, cart, [Tender(PaymentMethod.WECHAT, 5000), Tender(PaymentMethod.CASH, due - 5000 + 730)], "Padma", clock, rounding="drop_fen", require_shift=True, actor=MANAGER)
    assert b.change_fen == 730
    m.sold(b)
    rug = cart_of(store, ("RUG-003", "1"))
    m.sold(complete_sale(store, rug, [Tender(PaymentMethod.UNIONPAY, rug.total_fen, "1234")], "Padma", clock, require_shift=True, actor=MANAGER))
    d = complete_sale(store, cart_of(store, ("WINE-001", "1")), [Tender(PaymentMethod.ALIPAY, 2000),
                                                                  Tender(PaymentMethod.CASH, 2000)], "Padma", clock, require_shift=True, actor=MANAGER)
    m.sold(d)
    # refunds: part of b to its own methods (WeChat first), all of a in cash, d by its methods
    m.refunded(refund_sale(store, b.uuid, [(2, "2")], "Padma", clock, require_shift=True, actor=MANAGER))
    m.refunded(refund_sale(store, a.uuid, [(1, "2"), (2, "0.735")], "Padma", clock, require_shift=True, method=PaymentMethod.CASH, actor=MANAGER))
    m.refunded(refund_sale(store, d.uuid, [(1, "1")], "Padma", clock, require_shift=True, actor=MANAGER))
    shifts.move_cash(store, "padma", "in", 5000, "change from the bank", clock, actor=MANAGER)
    shifts.move_cash(store, "padma", "out", 3000, "to the safe", clock, approval=approved("cash_out", "dorje"))
    m.cash_in, m.cash_out = 5000, 3000

    x = shifts.x_report(store, clock)
    m.check(x, db_path)
    assert x.kind == "X" and x.number is None and x.counted_cash_fen is None
    assert x.method("wechat").refunds_fen < 0 and x.method("cash").refunds_fen < 0
    with store.read() as s:
        rows = list(s.scalars(select(SaleRow)))
        assert x.rounding_fen == sum(r.rounding_fen or 0 for r in rows)   # a fully refunded: its rounding reversed
        assert [r.rounding_fen for r in rows if r.uuid == a.uuid] == [-6]
        lines = [ln for r in rows for ln in r.lines]
        assert x.discounts_fen == sum(ln.discount_fen + ln.order_discount_fen for ln in lines) > 0

    counted = counts_for(m.expected_cash)
    z = shifts.close_shift(store, "padma", counted, clock=clock)
    m.check(z, db_path)
    assert z.kind == "Z" and z.number == "Z-T01-000001" and z.closed_by == "padma"
    assert z.counted_cash_fen == sum(d * n for d, n in counted.items())
    assert z.over_short_fen == z.counted_cash_fen - m.expected_cash == 0   # fen coins count to the fen
    assert (z.discounts_fen, z.rounding_fen) == (x.discounts_fen, x.rounding_fen)
    assert shifts.report_from_json(z.to_json()).to_json() == z.to_json()
    assert shifts.z_report(store, "Z-T01-000001").to_json() == z.to_json()


def test_expected_cash_and_over_short(demo_store, clock):
    store = demo_store
    shifts.open_shift(store, "padma", 15000, clock)
    done = complete_sale(store, cart_of(store, ("WINE-001", "1")), [Tender(PaymentMethod.CASH, 5000)], "Padma", clock, require_shift=True, actor=MANAGER)
    assert done.change_fen == 1500
    shifts.move_cash(store, "padma", "out", 2000, "lunch delivery", clock, actor=MANAGER)
    shifts.move_cash(store, "padma", "in", 1000, "coins from the bank", clock, actor=MANAGER)
    expected = 15000 + 3500 - 2000 + 1000
    assert shifts.x_report(store, clock).expected_cash_fen == expected
    with pytest.raises(ShiftError):     # more out than the drawer should hold
        shifts.move_cash(store, "padma", "out", expected + 10, "too much", clock, actor=MANAGER)
    with pytest.raises(ShiftError):     # a reason is required
        shifts.move_cash(store, "padma", "in", 100, "  ", clock, actor=MANAGER)
    z = shifts.close_shift(store, "padma", {10000: 1, 5000: 1, 1000: 2, 500: 1}, clock=clock)   # ￥175 counted
    assert (z.expected_cash_fen, z.counted_cash_fen, z.over_short_fen) == (expected, 17500, 17500 - expected)
    assert z.over_short_fen == 0
    shifts.open_shift(store, "padma", 10000, clock)
    assert shifts.close_shift(store, "padma", {10000: 1, 10: 3}, clock=clock).over_short_fen == 30       # over
    shifts.open_shift(store, "padma", 10000, clock)
    assert shifts.close_shift(store, "padma", {5000: 1}, clock=clock).over_short_fen == -5000             # short
    with pytest.raises(ShiftError):
        shifts.count_total({7: 1})
    with pytest.raises(ShiftError):
        shifts.count_total({100: -1})


# ------------------------------------------------------------------- property-based


sale_items = st.lists(st.tuples(st.sampled_from(["WINE-001", "GRN-001", "OIL-001"]),
                                st.integers(min_value=1, max_value=3000)), min_size=1, max_size=3)
ops = st.lists(st.one_of(
    st.tuples(st.just("sale"), sale_items, st.sampled_from(["cash", "noncash", "split"]),
              st.sampled_from(METHODS[1:]), st.integers(min_value=0, max_value=5000),
              st.sampled_from(["none", "drop_fen", "nearest_jiao"]),
              st.one_of(st.none(), st.integers(min_value=1, max_value=30)),
              st.one_of(st.none(), st.integers(min_value=1, max_value=20))),
    st.tuples(st.just("refund"), st.integers(min_value=0, max_value=50), st.booleans(), st.booleans()),
    st.tuples(st.just("in"), st.integers(min_value=1, max_value=50_000)),
    st.tuples(st.just("out"), st.integers(min_value=1, max_value=50_000)),
    st.tuples(st.just("rotate"), st.integers(min_value=0, max_value=100_000)),
), min_size=1, max_size=12)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(float_fen=st.integers(min_value=0, max_value=100_000), steps=ops)
def test_property_z_equals_payments_less_refunds(float_fen, steps):
    """Under any mix of sales (split tenders, change, discounts, rounding), refunds (partial,
    to the original methods or in cash, also of an earlier shift's sale), cash in/out and
    shift changes, every X and Z report equals the payments of its own shift less its refunds,
    per method, and its expected cash = float + cash sales − cash refunds + in − out."""
    clock = FixedClock()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "p.db"
        store = Store.open(db)
        try:
            load_small_catalogue(store, Path(tmp))
            shifts.open_shift(store, "padma", float_fen, clock)
            model, sales, z_numbers = Model(float_fen), [], []
            for step in steps:
                clock.at += timedelta(minutes=7)
                kind = step[0]
                if kind == "sale":
                    _, items, how, method, extra, rounding, line_pct, order_pct = step
                    cart = cart_of(store, *[(sku, str(Decimal(q) / 1000) if sku == "GRN-001" else str(q % 4 + 1))
                                            for sku, q in items],
                                   line_discounts=[(0, Discount.percent(line_pct))] if line_pct else (),
                                   order_discount=Discount.percent(order_pct) if order_pct else None)
                    due = cart.pricing(rounding).due_fen
                    if due <= 0:
                        continue
                    pm = PaymentMethod(method)
                    if how == "cash":
                        tenders = [Tender(PaymentMethod.CASH, due + extra)]
                    elif how == "noncash":
                        tenders = [Tender(pm, due)]
                    else:
                        part = max(1, due // 3)
                        tenders = [Tender(pm, part), Tender(PaymentMethod.CASH, due - part + extra)] \
                            if due > 1 else [Tender(PaymentMethod.CASH, due + extra)]
                    done = complete_sale(store, cart, tenders, "Padma", clock, rounding=rounding, require_shift=True, actor=MANAGER)
                    event(f"sale paid {how}")
                    assert done.total_fen == due
                    model.sold(done)
                    sales.append(done.uuid)
                elif kind == "refund":
                    _, pick, whole, in_cash = step
                    if not sales:
                        continue
                    sale_uuid = sales[pick % len(sales)]
                    left = {n: q for n, q in refundable(store, sale_uuid).items() if q > 0}
                    if not left:
                        continue
                    line_no = sorted(left)[pick % len(left)]
                    qty = left[line_no]
                    if not whole and qty > 1:
                        qty = Decimal(int(qty) // 2) if qty == qty.to_integral() else (qty / 2).quantize(Decimal("0.001"))
                    try:
                        done = refund_sale(store, sale_uuid, [(line_no, str(qty))], "Padma", clock, require_shift=True, method=PaymentMethod.CASH if in_cash else None, actor=MANAGER)
                    except RefundError as exc:  # more cash back than the drawer holds: refused, nothing written
                        assert "drawer should hold only" in str(exc) and exc.params["fen"] == model.expected_cash
                        event("cash refund above the drawer refused")
                        continue
                    assert model.expected_cash >= 0
                    model.refunded(done)
                    event("refund in cash" if in_cash else "refund to the sale's methods")
                elif kind in ("in", "out"):
                    amount = step[1]
                    if kind == "out" and amount > model.expected_cash:
                        with pytest.raises(ShiftError):
                            shifts.move_cash(store, "padma", "out", amount, "too much", clock, actor=MANAGER)
                        continue
                    shifts.move_cash(store, "padma", kind, amount, "reason", clock, actor=MANAGER)
                    if kind == "in":
                        model.cash_in += amount
                    else:
                        model.cash_out += amount
                else:  # rotate: close this shift (counted as expected) and open the next
                    z = shifts.close_shift(store, "padma", counts_for(max(model.expected_cash, 0)), clock=clock)
                    model.check(z, db)
                    z_numbers.append(z.number)
                    model = Model(step[1])
                    event("a second shift")
                    shifts.open_shift(store, "padma", step[1], clock)
                model.check(shifts.x_report(store, clock), db)
            # (a cash refund larger than the drawer holds makes the expected cash negative)
            z = shifts.close_shift(store, "padma", counts_for(max(model.expected_cash, 0)), clock=clock)
            model.check(z, db)
            assert z.over_short_fen == z.counted_cash_fen - model.expected_cash
            assert -10 < z.over_short_fen <= 0 or model.expected_cash < 0
            z_numbers.append(z.number)
            assert z_numbers == [f"Z-T01-{i:06d}" for i in range(1, len(z_numbers) + 1)]
            with store.read() as s:   # every sale and refund belongs to exactly one shift
                assert s.scalar(select(SaleRow.id).where(SaleRow.shift_id.is_(None))) is None
        finally:
            store.close()


# --------------------------------------------------------------- numbering, no double Z


def test_z_numbers_are_sequential_and_a_shift_closes_once(demo_store, clock):
    store = demo_store
    numbers = []
    for i in range(3):
        sh = shifts.open_shift(store, "padma", 10000 * (i + 1), clock)
        assert sh.number == f"SH-T01-{i + 1:06d}"
        with pytest.raises(ShiftError):                        # one open shift at a time
            shifts.open_shift(store, "padma", 100, clock)
        numbers.append(shifts.close_shift(store, "padma", {10000: i + 1}, clock=clock).number)
        with pytest.raises(NoOpenShift):                        # closing again is refused
            shifts.close_shift(store, "padma", {10000: i + 1}, clock=clock)
    assert numbers == ["Z-T01-000001", "Z-T01-000002", "Z-T01-000003"]
    assert [sh.z_number for sh in shifts.list_shifts(store)] == numbers[::-1]
    assert shifts.get_shift(store, "z-t01-000002").number == "SH-T01-000002"
    assert shifts.z_report(store, "SH-T01-000003").number == "Z-T01-000003"
    with pytest.raises(ShiftError):
        shifts.z_report(store, "Z-T01-000009")
    with store.read() as s:
        assert len(list(s.scalars(select(OutboxRow).where(OutboxRow.kind == "shift.closed")))) == 3


def test_two_threads_racing_to_close_make_one_z(demo_store, clock):
    store = demo_store
    shifts.open_shift(store, "padma", 10000, clock)
    barrier, results = threading.Barrier(4), []

    def close(who):
        barrier.wait()
        try:
            results.append(shifts.close_shift(store, who, {10000: 1}, print_report=True, clock=clock).number)
        except NoOpenShift as exc:
            results.append(exc)

    threads = [threading.Thread(target=close, args=(f"u{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(r for r in results if isinstance(r, str)) == ["Z-T01-000001"]
    assert sum(isinstance(r, NoOpenShift) for r in results) == 3
    with store.read() as s:
        assert len(list(s.scalars(select(ShiftRow).where(ShiftRow.z_number.is_not(None))))) == 1
        assert len(list(s.scalars(select(OutboxRow).where(OutboxRow.kind == "shift.closed")))) == 1
        assert len(list(s.scalars(select(PrintJobRow).where(PrintJobRow.kind == "zreport")))) == 1


RACER = """
import json, sys, time
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import system_clock
from yarlung_pos.services import shifts
store = Store.open(sys.argv[1], create=False)
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
try:
    print(json.dumps({"z": shifts.close_shift(store, sys.argv[3], {10000: 2}, system_clock, print_report=True).number}))
except shifts.NoOpenShift as exc:
    print(json.dumps({"refused": str(exc)}))
store.close()
"""


@pytest.mark.slow
def test_two_processes_racing_to_close_make_one_z(demo_store, db_path, clock):
    shifts.open_shift(demo_store, "padma", 20000, clock)
    demo_store.close()
    start = time.time() + 3
    procs = [subprocess.Popen([sys.executable, "-c", RACER, str(db_path), str(start), f"till{i}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for i in range(3)]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        outs.append(json.loads(out.strip().splitlines()[-1]))
    assert [o["z"] for o in outs if "z" in o] == ["Z-T01-000001"]
    assert sum("refused" in o for o in outs) == 2
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("select count(*) from shifts where z_number is not null").fetchone() == (1,)
        assert con.execute("select count(*) from outbox where kind = 'shift.closed'").fetchone() == (1,)
        assert con.execute("select count(*) from print_jobs where kind = 'zreport'").fetchone() == (1,)
    finally:
        con.close()


# ---------------------------------------------------------------------- open shift needed


def test_sales_refunds_and_cash_need_an_open_shift(demo_store, clock):
    store = demo_store
    cart = cart_of(store, ("WINE-001", "1"))
    with pytest.raises(NoOpenShift):
        complete_sale(store, cart, [Tender(PaymentMethod.CASH, 3500)], "Padma", clock, require_shift=True, actor=MANAGER)
    shifts.open_shift(store, "padma", 0, clock)
    done = complete_sale(store, cart, [Tender(PaymentMethod.CASH, 3500)], "Padma", clock, require_shift=True, actor=MANAGER)
    shifts.close_shift(store, "padma", {1000: 3, 500: 1}, clock=clock)
    with pytest.raises(NoOpenShift):
        complete_sale(store, cart, [Tender(PaymentMethod.CASH, 3500)], "Padma", clock, require_shift=True, actor=MANAGER)
    with pytest.raises(NoOpenShift):
        refund_sale(store, done.uuid, [(1, "1")], "Padma", clock, require_shift=True, actor=MANAGER)
    with pytest.raises(NoOpenShift):
        shifts.move_cash(store, "padma", "in", 100, "coins", clock, actor=MANAGER)
    with pytest.raises(NoOpenShift):
        shifts.x_report(store, clock)
    with store.read() as s:                                   # nothing was written by the refusals
        assert [r.kind for r in s.scalars(select(SaleRow))] == ["sale"]
    with pytest.raises(ShiftError):
        shifts.open_shift(store, "padma", -1, clock)


# ------------------------------------------------------------------------- past midnight


def test_a_shift_over_midnight_keeps_its_sales_and_shows_both_dates(qapp, demo_store, db_path):
    from yarlung_pos.ui.shift_dialogs.common import stale_shift_text
    store = demo_store
    clock = FixedClock(datetime(2026, 11, 29, 23, 30, tzinfo=BEIJING))
    sh = shifts.open_shift(store, "padma", 20000, clock)
    clock.at = datetime(2026, 11, 29, 23, 50, tzinfo=BEIJING)
    m = Model(20000)
    m.sold(complete_sale(store, cart_of(store, ("WINE-001", "1")), [Tender(PaymentMethod.CASH, 5000)], "Padma", clock, require_shift=True, actor=MANAGER))
    assert not sh.is_stale(clock()) and stale_shift_text(shifts.current_shift(store), clock()) == ""
    clock.at = datetime(2026, 11, 30, 0, 10, tzinfo=BEIJING)
    open_now = shifts.current_shift(store)
    assert open_now.is_stale(clock())                       # the till asks to close it …
    assert "SH-T01-000001" in stale_shift_text(open_now, clock()) and "2026-11-29" in stale_shift_text(open_now, clock())
    m.sold(complete_sale(store, cart_of(store, ("WINE-002", "1")), [Tender(PaymentMethod.WECHAT, 6800)], "Padma", clock, require_shift=True, actor=MANAGER))   # … but selling goes on in the same shift
    clock.at = datetime(2026, 11, 30, 0, 30, tzinfo=BEIJING)
    z = shifts.close_shift(store, "padma", counts_for(m.expected_cash), clock=clock)
    m.check(z, db_path)
    assert z.sales_count == 2 and z.opened_at.date().isoformat() == "2026-11-29" and z.at.date().isoformat() == "2026-11-30"
    text = report_text(shifts.z_report(store, z.number))
    assert "开班 Opened | 2026-11-29 23:30" in text and "结班 Closed | 2026-11-30 00:30" in text
    assert any("2 days" in t for t in text)
    # the next shift starts clean on the new day
    nxt = shifts.open_shift(store, "padma", 20000, clock)
    assert nxt.number == "SH-T01-000002" and not nxt.is_stale(clock())
    assert shifts.x_report(store, clock).sales_count == 0


# ------------------------------------------------------------------------ events, audit


def test_shift_events_carry_the_z_report(demo_store, clock):
    store = demo_store
    sh = shifts.open_shift(store, "padma", 5000, clock)
    shifts.move_cash(store, "padma", "in", 1000, "coins", clock, actor=MANAGER)
    z = shifts.close_shift(store, "dorje", {1000: 6}, clock=clock)
    with store.read() as s:
        events = {r.kind: json.loads(r.payload) for r in s.scalars(select(OutboxRow))
                  if r.kind.startswith("shift.")}
    assert events["shift.opened"]["shift"]["uuid"] == sh.uuid
    assert events["shift.cash_moved"]["movement"]["amount_fen"] == 1000
    data = events["shift.closed"]["z_report"]
    assert data == z.to_json()
    assert (data["number"], data["expected_cash_fen"], data["counted_cash_fen"], data["over_short_fen"]) == \
        ("Z-T01-000001", 6000, 6000, 0)
    assert data["counted"] == {str(d): (6 if d == 1000 else 0) for d in DENOMINATIONS_FEN}
    assert data["closed_at"] == clock().astimezone(UTC).isoformat() and data["utc_offset_min"] == 480


# ------------------------------------------------------------------------------ printing


@pytest.mark.parametrize("width", [384, 576])
def test_z_report_prints_exactly_its_preview_after_the_receipts(qapp, demo_store, clock, printer, width):
    store = demo_store
    settings = Settings(printer_uri=printer.uri, paper_width_dots=width)
    shifts.open_shift(store, "padma", 10000, clock)
    complete_sale(store, cart_of(store, ("WINE-001", "1")), [Tender(PaymentMethod.CASH, 5000)], "Padma", clock, print_receipt=True, require_shift=True, actor=MANAGER)
    z = shifts.close_shift(store, "padma", {10000: 1, 1000: 3, 500: 1}, print_report=True, clock=clock)
    with store.write() as s:                                     # queued once: asking again adds nothing
        assert print_queue.enqueue_document(s, "zreport", z.shift_uuid) == \
            s.scalar(select(PrintJobRow.id).where(PrintJobRow.kind == "zreport"))
    assert PrintWorker(store, lambda: settings).run_once() == 2
    receipt_job, z_job = printer.wait_for_jobs(2)
    assert decode_job(receipt_job)[1]["drawer"] == [2]          # the receipt came first
    image, info = decode_job(z_job)
    assert info == {"init": 1, "drawer": [], "feed": [6], "cut": ["full"]}   # a report never opens the drawer
    assert same_pixels(image, render_shift_report(shifts.z_report(store, z.number), width))
    assert image.width == width
    with store.read() as s:
        assert {r.kind: r.status for r in s.scalars(select(PrintJobRow))} == {"receipt": "printed", "zreport": "printed"}


def test_x_report_prints_as_the_shift_stands(qapp, demo_store, clock, printer):
    store = demo_store
    settings = Settings(printer_uri=printer.uri, paper_width_dots=384, auto_cut=False)
    sh = shifts.open_shift(store, "padma", 10000, clock)
    job = print_queue.queue_document(store, "xreport", sh.uuid)
    assert print_queue.queue_document(store, "xreport", sh.uuid) == job        # one press prints once
    assert PrintWorker(store, lambda: settings).run_once() == 1
    image, info = decode_job(printer.wait_for_jobs(1)[0])
    assert image.width == 384 and info == {"init": 1, "drawer": [], "feed": [6], "cut": []}
    assert shifts.current_shift(store) is not None                               # nothing was closed


@pytest.mark.parametrize("pin", [2, 5])
def test_drawer_job_sends_only_the_kick(qapp, demo_store, clock, printer, pin):
    from yarlung_pos.services.till import TillService
    settings = Settings(printer_uri=printer.uri, drawer_pin=pin)
    till = TillService(demo_store, "Dorje", clock, settings)
    assert till.open_drawer(approved("drawer", "dorje"), reason="no sale")
    assert PrintWorker(demo_store, lambda: settings).run_once() == 1
    data = printer.wait_for_jobs(1)[0]
    image, info = decode_job(data)
    assert image is None and info == {"init": 1, "drawer": [pin], "feed": [], "cut": []}   # no paper moves
    assert len(data) == 7


def test_a_late_drawer_kick_is_dropped_and_blocks_nothing(qapp, demo_store, clock):
    port = free_port()
    settings = Settings(printer_uri=f"network://127.0.0.1:{port}?timeout=1")
    statuses = []
    worker = PrintWorker(demo_store, lambda: settings, lambda state, err: statuses.append((state, err)))
    print_queue.queue_document(demo_store, "drawer", "")
    assert worker.run_once() == 0                                 # printer off: the kick waits
    with demo_store.write() as s:                                 # … for longer than anyone waits at a drawer
        row = s.scalar(select(PrintJobRow))
        row.created_at = (datetime.now(UTC) - timedelta(minutes=10)).isoformat()
    shifts.open_shift(demo_store, "padma", 0, clock)
    complete_sale(demo_store, cart_of(demo_store, ("WINE-001", "1")), [Tender(PaymentMethod.WECHAT, 3500)], "Padma", clock, print_receipt=True, require_shift=True, actor=MANAGER)
    printer = FakePrinter(port)
    try:
        print_queue.retry_now(demo_store)
        assert worker.run_once() == 1                             # the receipt prints …
        jobs = printer.wait_for_jobs(1)
        time.sleep(0.2)
        assert len(jobs) == 1 and decode_job(jobs[0])[1]["drawer"] == []   # … the stale kick never fires
    finally:
        printer.stop()
    with demo_store.read() as s:
        drawer = s.scalar(select(PrintJobRow).where(PrintJobRow.kind == "drawer"))
        assert drawer.status == "failed" and "waited too long" in drawer.last_error
    assert any(err and "waited too long" in err for _, err in statuses)
    assert print_queue.queue_state(demo_store).waiting == 0


def test_jobs_of_an_unknown_kind_are_set_aside_with_a_clear_error(qapp, demo_store, clock, printer):
    now = datetime.now(UTC).isoformat()
    with demo_store.write() as s:
        s.add(PrintJobRow(kind="label", sale_uuid="x", copy=False, open_drawer=False, status="pending", attempts=0,
                          created_at=now, next_try_at=now))
    shifts.open_shift(demo_store, "padma", 0, clock)
    complete_sale(demo_store, cart_of(demo_store, ("WINE-001", "1")), [Tender(PaymentMethod.CASH, 3500)], "Padma", clock, print_receipt=True, require_shift=True, actor=MANAGER)
    statuses = []
    settings = Settings(printer_uri=printer.uri, drawer_pin=0)
    assert PrintWorker(demo_store, lambda: settings, lambda st_, err: statuses.append(err)).run_once() == 1
    assert len(printer.wait_for_jobs(1)) == 1
    with demo_store.read() as s:
        bad = s.scalar(select(PrintJobRow).where(PrintJobRow.kind == "label"))
        assert bad.status == "failed" and "unknown print job kind 'label'" in bad.last_error
    assert statuses[0] and "unknown print job kind" in statuses[0] and statuses[-1] is None
    # a drawer kick with no drawer set up, a Z of a shift that has none: set aside, not retried for ever
    sh = shifts.current_shift(demo_store)
    print_queue.queue_document(demo_store, "drawer", "")
    print_queue.queue_document(demo_store, "zreport", sh.uuid)
    assert PrintWorker(demo_store, lambda: settings).run_once() == 0
    with demo_store.read() as s:
        errors = {r.kind: (r.status, r.last_error) for r in s.scalars(select(PrintJobRow))
                  if r.kind in ("drawer", "zreport")}
    assert errors["drawer"][0] == "failed" and "no cash drawer" in errors["drawer"][1]
    assert errors["zreport"][0] == "failed" and "has no Z report" in errors["zreport"][1]
    with pytest.raises(ValueError):
        print_queue.queue_document(demo_store, "label", "x")
    with pytest.raises(ValueError):
        print_queue.queue_document(demo_store, "zreport", "")


def test_receipt_jobs_keep_their_old_shape(demo_store, clock):
    """PrintJob built positionally (as before kinds existed) is still a receipt job."""
    job = print_queue.PrintJob(1, "u", False, True, 0, None, "")
    assert job.kind == "receipt"
    shifts.open_shift(demo_store, "padma", 0, clock)
    complete_sale(demo_store, cart_of(demo_store, ("WINE-001", "1")), [Tender(PaymentMethod.CASH, 3500)], "Padma", clock, print_receipt=True, actor=MANAGER)
    due = print_queue.next_due_job(demo_store)
    assert due.kind == "receipt" and due.open_drawer
    assert replace(due, kind="zreport").kind == "zreport"
