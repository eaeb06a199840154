"""Issue #18 at the till: online orders pulled from the county wait as ``awaiting_payment``;
the cashier confirms the payment — ONE transaction: a sale at the ordered prices (no manager:
the agreed price is no override), a delivery ``to_pack`` on channel ``online`` with the
hall's postage, stock leaving now, the outbox event ``order.confirmed`` exactly as the
contract says — or cancels with a reason (``order.cancelled``).  Real SQLite, fixed clocks."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from yarlung_pos.db.schema import Base, DeliveryRow, OnlineOrderRow, OutboxRow, ProductRow, SaleRow
from yarlung_pos.domain.delivery import DeliveryError
from yarlung_pos.services import online_orders as oo
from yarlung_pos.services.authority import PERMISSIONS, ApprovalRequired
from yarlung_pos.services.shifts import NoOpenShift, open_shift
from yarlung_pos.services.stock import stock_levels
from tests.support.people import CASHIER
from tests.support.shop_orders import line, order, put_orders


@pytest.fixture
def hall(demo_store, clock):
    open_shift(demo_store, "padma", 10_000, clock)
    return demo_store


def _levels(store, *skus) -> dict[str, Decimal]:
    with store.read() as s:
        ids = dict(s.execute(select(ProductRow.sku, ProductRow.id).where(ProductRow.sku.in_(skus))).all())
        levels = stock_levels(s, list(ids.values()))
    return {sku: levels.get(i, Decimal(0)) for sku, i in ids.items()}


def _events(store, kind=None):
    with store.read() as s:
        q = select(OutboxRow).order_by(OutboxRow.seq)
        return [(r.kind, json.loads(r.payload)) for r in s.scalars(q) if kind is None or r.kind == kind]


def test_the_models_are_the_migrations(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    mine = [d for d in diff if "online_order" in repr(d)]
    assert mine == []
    assert {"online_orders", "online_order_lines"} <= set(Base.metadata.tables)


def test_cashiers_may_confirm_and_cancel():
    for action in ("online_order_confirm", "online_order_cancel"):
        assert {"cashier", "manager", "admin"} == PERMISSIONS[action].alone


def test_a_pulled_order_waits_and_moves_no_stock(hall):
    before, events = _levels(hall, "WINE-001", "EGG-001"), _events(hall)
    put_orders(hall, order())
    put_orders(hall, order())  # the same again: idempotent
    assert _levels(hall, "WINE-001", "EGG-001") == before
    [view] = oo.list_orders(hall)
    assert (view.number, view.status, view.fulfilment, view.items_fen, view.phone) == (
        "W-000001", "awaiting_payment", "delivery", 9100, "138****5678")
    assert view.items_text == "2 × WINE-001, 1 × EGG-001"
    with hall.read() as s:
        assert s.query(OnlineOrderRow).count() == 1
    assert _events(hall) == events  # nothing to tell the county about a pull


def test_confirming_a_delivery_order_is_one_sale_a_delivery_and_the_event(hall, clock):
    put_orders(hall, order())
    before = _levels(hall, "WINE-001", "EGG-001")
    done = oo.confirm_order(hall, "w-000001", "wechat", "4200001234 2026", CASHIER, clock, require_shift=True)
    # the postage table's first band in the county: ￥5
    assert (done.status, done.postage_fen, done.total_fen) == ("to_pack", 500, 9600)
    after = _levels(hall, "WINE-001", "EGG-001")
    assert {k: before[k] - after[k] for k in before} == {"WINE-001": 2, "EGG-001": 1}
    with hall.read() as s:
        sale = s.scalar(select(SaleRow).where(SaleRow.uuid == done.sale.uuid))
        assert [(ln.sku, ln.unit_price_fen, ln.list_price_fen, ln.line_total_fen) for ln in sale.lines] == [
            ("WINE-001", 3300, None, 6600), ("EGG-001", 2500, None, 2500), ("POSTAGE", 500, None, 500)]
        assert [(p.method, p.amount_fen, p.reference) for p in sale.payments] == [("wechat", 9600, "4200001234 2026")]
        assert sale.cashier == "Padma Chozom" and sale.total_fen == 9600
        d = s.scalar(select(DeliveryRow))
        assert (d.channel, d.channel_order, d.status, d.name, d.phone, d.county, d.street, d.postage_fen) == (
            "online", "W-000001", "to_pack", "索朗卓玛", "13812345678", "琼结县", "雪村 3 组 12 号", 500)
        d_uuid, d_number = d.uuid, d.number
        row = s.scalar(select(OnlineOrderRow))
        assert (row.status, row.outcome, row.decided_by, row.sale_number, row.delivery_number) == (
            "to_pack", "confirmed", "padma", sale.number, d.number)
    kinds = [k for k, _ in _events(hall)]
    # the order's event goes before delivery.created: the county takes the payment first
    assert kinds.index("sale.completed") < kinds.index("order.confirmed") < kinds.index("delivery.created")
    [(_, payload)] = _events(hall, "order.confirmed")
    assert payload == {"schema": 1, "number": "W-000001", "payment_method": "wechat",
                       "payment_reference": "4200001234 2026", "sale_uuid": done.sale.uuid,
                       "sale_number": done.sale.number, "postage_fen": 500, "total_fen": 9600,
                       "delivery_uuid": d_uuid, "delivery_number": d_number}
    with pytest.raises(oo.OnlineOrderError, match="is to_pack, not awaiting payment"):
        oo.confirm_order(hall, "W-000001", "cash", None, CASHIER, clock)
    assert _levels(hall, "WINE-001", "EGG-001") == after  # the second confirm wrote nothing
    assert len(_events(hall, "order.confirmed")) == 1
    assert oo.list_orders(hall) == []  # no longer waiting


def test_a_pickup_is_the_sale_only_paid_by_card_in_kg(hall, clock):
    put_orders(hall, order("W-000007", line(1, "GRAIN-002", "1.500", 1600, "kg"), fulfilment="pickup"))
    before = _levels(hall, "GRAIN-002")
    done = oo.confirm_order(hall, "W-000007", "card", "slip 0042", CASHIER, clock)
    assert (done.status, done.postage_fen, done.total_fen, done.delivery_number) == ("picked_up", 0, 2400, None)
    assert before["GRAIN-002"] - _levels(hall, "GRAIN-002")["GRAIN-002"] == Decimal("1.5")
    [(_, payload)] = _events(hall, "order.confirmed")
    assert payload["payment_method"] == "card" and payload["delivery_uuid"] is None and payload["postage_fen"] == 0
    with hall.read() as s:
        assert s.query(DeliveryRow).count() == 0
        assert [p.method for p in s.scalar(select(SaleRow)).payments] == ["unionpay"]


def test_cash_at_pickup_needs_no_reference_and_the_hall_may_set_postage(hall, clock):
    put_orders(hall, order("W-000002", fulfilment="pickup"), order("W-000003"))
    assert oo.confirm_order(hall, "W-000002", "cash", "", CASHIER, clock).total_fen == 9100
    done = oo.confirm_order(hall, "W-000003", "alipay", "2026112922001", CASHIER, clock, postage_fen=0)
    assert (done.postage_fen, done.total_fen) == (0, 9100)


def test_cancel_with_a_reason(hall, clock):
    put_orders(hall, order())
    before = _levels(hall, "WINE-001", "EGG-001")
    with pytest.raises(oo.OnlineOrderError, match="reason"):
        oo.cancel_order(hall, "W-000001", "   ", CASHIER, clock)
    view = oo.cancel_order(hall, "W-000001", "  customer  did not pay ", CASHIER, clock)
    assert (view.status, view.outcome, view.cancel_reason) == ("cancelled", "cancelled", "customer did not pay")
    assert [p for _, p in _events(hall, "order.cancelled")] == [
        {"schema": 1, "number": "W-000001", "reason": "customer did not pay"}]
    assert _levels(hall, "WINE-001", "EGG-001") == before
    with pytest.raises(oo.OnlineOrderError, match="cancelled, not awaiting payment"):
        oo.confirm_order(hall, "W-000001", "cash", None, CASHIER, clock)
    with pytest.raises(oo.OnlineOrderError, match="not awaiting payment"):
        oo.cancel_order(hall, "W-000001", "again", CASHIER, clock)


@pytest.mark.parametrize("number, method, reference, error, match", [
    ("W-404", "cash", None, oo.OnlineOrderError, "no online order W-404"),
    ("W-000001", "bitcoin", "x", oo.OnlineOrderError, "bitcoin is not a payment method"),
    ("W-000001", "wechat", None, oo.OnlineOrderError, "needs its reference"),
    ("W-000001", "wechat", "9" * 65, oo.OnlineOrderError, "at most 64"),
    ("W-000009", "cash", None, oo.OnlineOrderError, "NOPE-1, which this till does not know"),
    ("W-000010", "cash", None, oo.OnlineOrderError, "by the kg, but this till sells it by the bottle"),
    ("W-000011", "cash", None, oo.OnlineOrderError, "does not add up"),
    ("W-000012", "cash", None, DeliveryError, "phone"),
])
def test_refusals_write_nothing(hall, clock, number, method, reference, error, match):
    bad_line = dict(line(1, "WINE-001", "1", 3300), line_total_fen=1)
    put_orders(hall, order(), order("W-000009", line(1, "NOPE-1", "1", 100)),
               order("W-000010", line(1, "WINE-001", "1.5", 3300, "kg")),
               order("W-000011", bad_line, items_fen=1, total_fen=1), order("W-000012", phone="12345"))
    before, events = _levels(hall, "WINE-001", "EGG-001"), _events(hall)
    with pytest.raises(error, match=match):
        oo.confirm_order(hall, number, method, reference, CASHIER, clock)
    assert _levels(hall, "WINE-001", "EGG-001") == before
    assert _events(hall) == events and len(oo.list_orders(hall)) == 5
    with hall.read() as s:
        assert s.query(SaleRow).count() == 0


def test_a_caller_without_a_signed_in_user_or_without_a_shift(demo_store, clock):
    put_orders(demo_store, order())
    events = _events(demo_store)
    with pytest.raises(ApprovalRequired, match="confirming an online order"):
        oo.confirm_order(demo_store, "W-000001", "cash", None, None, clock)
    with pytest.raises(ApprovalRequired, match="cancelling an online order"):
        oo.cancel_order(demo_store, "W-000001", "no", None, clock)
    with pytest.raises(NoOpenShift):  # no shift is open on this till
        oo.confirm_order(demo_store, "W-000001", "cash", None, CASHIER, clock, require_shift=True)
    assert _events(demo_store) == events and oo.get_order(demo_store, "W-000001").status == "awaiting_payment"


def test_a_pull_never_overwrites_a_local_outcome(hall, clock):
    put_orders(hall, order(), order("W-000002"))
    oo.confirm_order(hall, "W-000001", "cash", None, CASHIER, clock)
    oo.cancel_order(hall, "W-000002", "out of stock", CASHIER, clock)
    # the server has not had our events yet: it still says awaiting payment, with other lines
    put_orders(hall, order(name="someone else"), order("W-000002", line(1, "OIL-001", "1", 100)))
    with hall.read() as s:
        rows = {r.number: r for r in s.scalars(select(OnlineOrderRow))}
        assert (rows["W-000001"].status, rows["W-000001"].outcome, rows["W-000001"].name) == (
            "to_pack", "confirmed", "索朗卓玛")
        assert rows["W-000001"].server_status == "awaiting_payment"
        assert (rows["W-000002"].status, [ln.sku for ln in rows["W-000002"].lines]) == (
            "cancelled", ["WINE-001", "EGG-001"])
    assert oo.list_orders(hall) == []
    # an undecided order follows the server (another till took it)
    put_orders(hall, order("W-000003"))
    put_orders(hall, order("W-000003", status="to_pack", terminal="T02"))
    assert oo.get_order(hall, "W-000003").status == "to_pack" and oo.list_orders(hall) == []
