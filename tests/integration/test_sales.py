"""Completing sales against a real SQLite file: rows, stock moves, outbox, numbering, export."""

import json
import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from yarlung_pos.db.schema import OutboxRow, SaleRow, StockMoveRow
from yarlung_pos.domain.model import Cart, EmptySale, PaymentError, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.export import export_sales_jsonl
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.stock import stock_level_by_sku

from .helpers import load_small_catalogue
from ..support.people import MANAGER

CASH, WECHAT = PaymentMethod.CASH, PaymentMethod.WECHAT


@pytest.fixture
def shop(store, tmp_path):
    load_small_catalogue(store, tmp_path)
    return store


def cart_of(store, *items):
    cart = Cart()
    with store.read() as s:
        for code, qty in items:
            i = cart.add(lookup_code(s, code))
            cart.set_qty(i, qty)
    return cart


def test_pragmas_are_set(shop):
    with shop.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_complete_sale_writes_everything_once(shop, clock, db_path):
    cart = cart_of(shop, ("6901234567892", "2"), ("GRN-001", "0.735"))
    assert cart.total_fen == 9000 + 919  # 1250 × 0.735 = 918.75 → 919
    done = complete_sale(shop, cart, [Tender(CASH, 20000)], "Padma", clock, actor=MANAGER)
    assert done.number == "T01-000001" and done.change_fen == 20000 - 9919
    raw = sqlite3.connect(db_path)
    (uuid, number, total, change, at, off), = raw.execute(
        "select uuid, number, total_fen, change_fen, completed_at, utc_offset_min from sales")
    assert (number, total, change, off) == ("T01-000001", 9919, 10081, 480)
    assert at == "2026-11-29T06:05:00+00:00"  # 14:05 Beijing time stored as UTC
    lines = raw.execute("select sku, qty_milli, unit_price_fen, line_total_fen from sale_lines order by line_no").fetchall()
    assert lines == [("WINE-001", 2000, 4500, 9000), ("GRN-001", 735, 1250, 919)]
    assert raw.execute("select method, amount_fen, change_fen from payments").fetchall() == [("cash", 20000, 10081)]
    moves = raw.execute("select qty_milli, reason, source_ref from stock_moves order by id").fetchall()
    assert moves == [(-2000, "sale", uuid), (-735, "sale", uuid)]
    (payload,), = raw.execute("select payload from outbox")
    assert json.loads(payload)["sale"]["uuid"] == uuid
    with shop.read() as s:
        assert stock_level_by_sku(s, "GRN-001") == Decimal("-0.735")
    assert done.negative_stock == ("GRN-001", "WINE-001")


def test_numbers_follow_per_terminal(shop, clock):
    numbers = [complete_sale(shop, cart_of(shop, ("WINE-001", "1")), [Tender(CASH, 4500)], "P", clock, actor=MANAGER).number
               for _ in range(3)]
    assert numbers == ["T01-000001", "T01-000002", "T01-000003"]


def test_refused_payment_writes_nothing(shop, clock):
    cart = cart_of(shop, ("WINE-001", "1"))
    with pytest.raises(PaymentError):
        complete_sale(shop, cart, [Tender(CASH, 4499)], "P", clock, actor=MANAGER)
    with pytest.raises(EmptySale):
        complete_sale(shop, Cart(), [Tender(CASH, 100)], "P", clock, actor=MANAGER)
    with shop.read() as s:
        assert s.scalar(select(func.count(SaleRow.id))) == 0
        assert s.scalar(select(func.count(StockMoveRow.id))) == 0


def test_failure_inside_the_transaction_rolls_back_everything(shop, clock):
    cart = cart_of(shop, ("WINE-001", "1"), ("OIL-001", "1"))

    def boom(session):
        raise OSError("disk full")

    with pytest.raises(OSError):
        complete_sale(shop, cart, [Tender(CASH, 20000)], "P", clock, before_commit=boom, actor=MANAGER)
    with shop.read() as s:
        for model in (SaleRow, StockMoveRow, OutboxRow):
            assert s.scalar(select(func.count()).select_from(model)) == 0
    assert complete_sale(shop, cart, [Tender(CASH, 20000)], "P", clock, actor=MANAGER).number == "T01-000001"


def test_split_payment_and_export(shop, clock, tmp_path):
    cart = cart_of(shop, ("OIL-001", "1"), ("GRN-001", "1.5"))
    total = 9990 + 1875
    done = complete_sale(shop, cart, [Tender(WECHAT, 5000, "wx-123"), Tender(CASH, 10000)], "P", clock, actor=MANAGER)
    assert done.total_fen == total and done.change_fen == 15000 - total
    out = tmp_path / "sales.jsonl"
    assert export_sales_jsonl(shop, out) == 1
    rec, = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rec["kind"] == "sale" and rec["number"] == "T01-000001" and rec["total_fen"] == total
    assert rec["completed_at"].endswith("+00:00")
    assert rec["lines"] == [
        {"sku": "OIL-001", "name_bo": "ཡུངས་མར།", "name_zh": "雅砻阿佳菜籽油", "name_en": "Yarlung Ajia colza oil",
         "unit": "bottle", "qty": "1", "unit_price_fen": 9990, "line_total_fen": 9990,
         "discount_fen": 0, "order_discount_fen": 0, "list_price_fen": None},
        {"sku": "GRN-001", "name_bo": "བྲ་བོ།", "name_zh": "吉祥海螺荞麦", "name_en": "Jixiang Hailuo buckwheat",
         "unit": "kg", "qty": "1.500", "unit_price_fen": 1250, "line_total_fen": 1875,
         "discount_fen": 0, "order_discount_fen": 0, "list_price_fen": None}]
    assert rec["discount_fen"] == 0 and rec["rounding_fen"] == 0 and rec["shift"] is None
    assert [(p["method"], p["amount_fen"], p["change_fen"], p["reference"]) for p in rec["payments"]] == [
        ("wechat", 5000, 0, "wx-123"), ("cash", 10000, 15000 - total, None)]
    assert sum(p["amount_fen"] - p["change_fen"] for p in rec["payments"]) == rec["total_fen"]


def test_integrity_check_refuses_a_damaged_file(tmp_path):
    from yarlung_pos.db.engine import DatabaseError
    from yarlung_pos.db.store import Store
    p = tmp_path / "junk.db"
    p.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="cannot be read|damaged"):
        Store.open(p)


def test_demo_loads_once_and_never_over_a_real_catalogue(store, tmp_path, clock):
    from tests.conftest import DEMO
    from yarlung_pos.services.demo import load_demo
    from yarlung_pos.services.stock import stock_levels
    assert load_demo(store, clock, DEMO) is True
    assert load_demo(store, clock, DEMO) is False  # never twice
    with store.read() as s:
        assert len(stock_levels(s)) >= 70  # opening stock for every product
    from yarlung_pos.db.store import Store
    other = Store.open(tmp_path / "real.db")
    try:
        load_small_catalogue(other, tmp_path)
        assert load_demo(other, clock, DEMO) is False  # a shop's own catalogue is left alone
    finally:
        other.close()


def test_a_broken_demo_file_leaves_nothing_half_loaded(store, tmp_path, clock):
    import shutil

    from tests.conftest import DEMO
    from yarlung_pos.services.catalogue_csv import CatalogueImportError
    from yarlung_pos.services.demo import load_demo
    src = tmp_path / "demo"
    shutil.copytree(DEMO, src)
    with (src / "products.csv").open("a", encoding="utf-8") as fh:
        fh.write("BAD-1,,,,,,,,\n")
    with pytest.raises(CatalogueImportError):
        load_demo(store, clock, src)
    with store.read() as s:
        from yarlung_pos.db.schema import CategoryRow
        assert s.scalar(select(func.count(CategoryRow.id))) == 0
