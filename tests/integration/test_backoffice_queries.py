"""The back office's read helpers take the Store (no widget holds a session): each returns
what one screen shows, read in one snapshot, as plain values."""

from datetime import date
from decimal import Decimal

import pytest

from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services import backoffice_queries as q
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.inventory import (InventoryError, open_stocktake, receive_stock, record_count,
                                            set_low_stock_threshold)
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.settlement import SettlementError

DAY = date(2026, 11, 29)  # the FixedClock's day


def sell(store, clock, *items):
    cart = Cart()
    with store.read() as s:
        for code, qty in items:
            cart.set_qty(cart.add(lookup_code(s, code)), qty)
    return complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "P", clock)


def test_cooperatives_and_categories(demo_store):
    coops = q.cooperatives(demo_store)
    assert "JIANGSE" in [c.code for c in coops] and all(c.name_bo and c.name_zh for c in coops)
    cats = q.categories(demo_store)
    assert "GRAIN" in [c.code for c in cats]
    assert [c.sort_order for c in cats] == sorted(c.sort_order for c in cats)


def test_stock_overview_filters_and_names(demo_store, clock):
    overview = q.stock_overview(demo_store)
    levels = {line.sku: line.level for line in overview.lines}
    assert levels["GRAIN-001"] == Decimal(40)
    assert set(overview.names) >= set(levels)
    bo, zh, en = overview.names["GRAIN-001"]
    assert bo and zh and en
    low = [line.sku for line in q.stock_overview(demo_store, only="low").lines]
    assert "GRAIN-004" not in low
    set_low_stock_threshold(demo_store, "GRAIN-004", "20")               # 12 in stock
    assert [line.sku for line in q.stock_overview(demo_store, only="low").lines] == sorted(low + ["GRAIN-004"])
    sell(demo_store, clock, ("GRAIN-004", "13"))
    assert [line.sku for line in q.stock_overview(demo_store, only="negative").lines] == ["GRAIN-004"]


def test_ledger_view_names_the_sales(demo_store, clock):
    sale = sell(demo_store, clock, ("GRAIN-002", "0.735"))
    number = receive_stock(demo_store, "JIANGSE", [("GRAIN-002", "2.5")], "", clock=clock)
    view = q.ledger_view(demo_store, "GRAIN-002")
    assert view.unit == "kg"
    assert [e.qty for e in view.entries][-2:] == [Decimal("-0.735"), Decimal("2.5")]
    assert view.numbers == {sale.uuid: sale.number}
    assert number.startswith("GR-")
    assert q.ledger_view(demo_store, " grain-002 ").entries == view.entries
    with pytest.raises(InventoryError):
        q.ledger_view(demo_store, "NOPE-1")


def test_open_stocktake_and_its_sheet(demo_store, clock):
    assert q.open_stocktake_number(demo_store) is None
    number = open_stocktake(demo_store, "GRAIN", clock=clock)
    record_count(demo_store, number, "GRAIN-001", "35")
    assert q.open_stocktake_number(demo_store) == number
    sheet = q.stocktake_sheet(demo_store, number)
    assert sheet.status == "open" and sheet.scope == "GRAIN"
    line = next(ln for ln in sheet.lines if ln.sku == "GRAIN-001")
    assert (line.expected, line.counted) == (Decimal(40), Decimal(35))
    with pytest.raises(LookupError):
        q.stocktake_sheet(demo_store, "ST-T01-999999")


def test_settlement_preview_saves_nothing(demo_store, clock):
    sell(demo_store, clock, ("GRAIN-001", "2"))
    first = q.settlement_preview(demo_store, "JIANGSE", DAY, DAY)
    assert first.number is None and first.gross_fen == 2 * 2200 and first.line_ids
    assert q.settlement_preview(demo_store, "JIANGSE", DAY, DAY).line_ids == first.line_ids
    with pytest.raises(SettlementError):
        q.settlement_preview(demo_store, "JIANGSE", DAY, date(2026, 11, 1))


def test_daily_summary_has_the_names(demo_store, clock):
    sell(demo_store, clock, ("GRAIN-001", "1"), ("WINE-001", "1"))
    summary = q.daily_summary(demo_store, DAY)
    assert summary.report.sales == 1
    assert summary.category_names["GRAIN"][0] == "粮油"
    assert summary.cooperative_names["JIANGSE"][0] == "江色农产品合作社"
    assert q.daily_summary(demo_store, date(2025, 11, 29)).report.sales == 0


def test_catalogue_view(demo_store):
    view = q.catalogue_view(demo_store)
    skus = [p.sku for p in view.products]
    assert skus == sorted(skus) and "GRAIN-001" in skus
    grain = next(p for p in view.products if p.sku == "GRAIN-001")
    assert (grain.category, grain.cooperative, grain.price_fen) == ("GRAIN", "JIANGSE", 2200)
    assert [c.code for c in view.cooperatives] == sorted(c.code for c in view.cooperatives)
    assert [c.code for c in view.categories] == [c.code for c in q.categories(demo_store)]
