"""Consignment settlement: totals equal the included lines, no sale line is settled twice,
prices actually charged are used across a price change; the statement PDF and CSV; CLI."""

import csv
import re
import json
from datetime import date, datetime, timedelta

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from yarlung_pos.db.schema import ProductRow
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.refunds import RefundError, refund_sale
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.settlement import SettlementError, create_settlement, draft_settlement

from ..conftest import BEIJING, FixedClock
from .test_cli import cli
from ..support.people import MANAGER

DAY = date(2026, 11, 29)


def sell(store, clock, *items, method=PaymentMethod.CASH):
    cart = Cart()
    with store.read() as s:
        for code, qty in items:
            i = cart.add(lookup_code(s, code))
            cart.set_qty(i, qty)
    return complete_sale(store, cart, [Tender(method, cart.total_fen)], "P", clock, actor=MANAGER)


def set_price(store, sku, fen):
    with store.write() as s:
        s.scalar(select(ProductRow).where(ProductRow.sku == sku)).price_fen = fen


def set_commission(store, code, bp):
    from yarlung_pos.db.schema import CooperativeRow
    with store.write() as s:
        s.scalar(select(CooperativeRow).where(CooperativeRow.code == code)).commission_bp = bp


def test_totals_price_change_refunds_and_no_double_settlement(demo_store, clock):
    set_commission(demo_store, "CHAMCHEN", 1250)                 # 12.5 %
    a = sell(demo_store, clock, ("WINE-001", "2"), ("GRAIN-002", "0.735"))   # wine is Chamchen's
    set_price(demo_store, "WINE-001", 3900)                      # price change between sales
    b = sell(demo_store, clock, ("WINE-001", "1"))
    refund_sale(demo_store, a.uuid, [(1, "1")], "P", clock, actor=MANAGER)             # one bottle of sale a back
    with pytest.raises(RefundError):
        refund_sale(demo_store, a.uuid, [(1, "2")], "P", clock, actor=MANAGER)         # only one is left to refund
    other_day = FixedClock(datetime(2026, 11, 30, 10, 0, tzinfo=BEIJING))
    sell(demo_store, other_day, ("WINE-001", "5"))               # outside the period
    draft = create_settlement(demo_store, "chamchen", DAY, DAY, clock)
    wine, = draft.products
    assert (wine.sku, wine.sold, wine.returned) == ("WINE-001", 3, 1)
    assert wine.gross_fen == 2 * 3500 + 3900                     # prices actually charged
    assert draft.refunds_fen == 3500
    assert draft.commission_fen == round((10900 - 3500) * 0.125)  # 925
    assert draft.due_fen == 10900 - 3500 - 925
    assert a.uuid in draft.sales and b.uuid in draft.sales and draft.number == "SET-T01-000001"
    with pytest.raises(SettlementError, match="nothing to settle"):
        create_settlement(demo_store, "CHAMCHEN", DAY, DAY, clock)   # a sale can't enter two settlements
    with demo_store.read() as s:                                 # the next day is still open
        assert draft_settlement(s, "CHAMCHEN", DAY, DAY + timedelta(days=1)).products[0].sold == 5


def test_a_sale_of_two_cooperatives_is_split(demo_store, clock):
    sell(demo_store, clock, ("WINE-001", "1"), ("GRAIN-002", "1"))
    chamchen = create_settlement(demo_store, "CHAMCHEN", DAY, DAY, clock)
    jiangse = create_settlement(demo_store, "JIANGSE", DAY, DAY, clock)
    assert chamchen.gross_fen == 3500 and jiangse.gross_fen == 1600
    assert chamchen.sales == jiangse.sales                       # the same sale, different lines


def test_statement_pdf_and_csv(qapp, demo_store, clock, tmp_path):
    sell(demo_store, clock, ("RUG-003", "1"), ("WINE-001", "2"))
    draft = create_settlement(demo_store, "HONGXING", DAY, DAY, clock)
    from yarlung_pos.printing.statement import render_statement_pdf
    from yarlung_pos.services.settlement import settlement_csv
    pdf_path, csv_path = tmp_path / "s.pdf", tmp_path / "s.csv"
    render_statement_pdf(draft, pdf_path)
    settlement_csv(draft, csv_path)
    pdf = pdfium.PdfDocument(str(pdf_path))
    text = pdf[0].get_textpage().get_text_range()
    assert draft.number in text and "RUG-003" in text and "3800.00" in text.replace(",", "")
    whole = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    from yarlung_pos.printing.statement import LABELS
    squeeze = "".join(whole.split())
    # Every fixed label in three scripts: the Tibetan just before its Chinese and English.  A
    # shaped stack (e.g. སྒྲི) is one glyph with no Unicode in the PDF's ToUnicode map, so
    # pdfium gives stray characters for it: the Tibetan is matched syllable by syllable —
    # the same syllables, split by the same tsheg (་) and shad (།), each with Tibetan letters.
    syllable = "[^་།\u4e00-\u9fffA-Za-z0-9]+"
    for key, (bo, zh, en) in LABELS.items():
        if key == "draft":                                       # a created settlement has its number
            continue
        skeleton = "".join(syllable if part not in "་།" else part for part in re.split("([་།])", bo) if part)
        found = re.search(f"({skeleton}){re.escape(zh + ''.join(en.split()))}", squeeze)
        assert found, (key, squeeze[squeeze.find(zh) - 40:squeeze.find(zh) + 30])
        run = found.group(1)
        assert sum("\u0f40" <= c <= "\u0fbc" for c in run) >= bo.count("་") + 1, (key, run)
        plain = [syl for syl in re.split("[་།]", bo) if syl and all("\u0f40" <= c <= "\u0f6c" for c in syl)]
        assert all(syl in run for syl in plain), (key, run)      # unstacked, vowel-less syllables as typed
    rows = list(csv.reader(csv_path.open(encoding="utf-8")))
    assert rows[2][0] == "RUG-003" and rows[-1][0] == "due" and int(rows[-1][7]) == draft.due_fen


def test_cli_stock_settlement_report(demo_store, clock, db_path, tmp_path):
    sell(demo_store, clock, ("WINE-001", "3"))
    demo_store.close()
    r = cli("stock", "receive", "--cooperative", "CHAMCHEN", "WINE-001:12", "GRAIN-002:2.5", "--db", db_path, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["number"] == "GR-T01-000001"
    r = cli("stock", "adjust", "WINE-001", "-2", "--db", db_path)
    assert r.returncode == 2 and "--reason is required" in r.stderr
    r = cli("stock", "adjust", "WINE-001", "-2", "--reason", "damaged", "--db", db_path, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["level"] == str(72 - 3 + 12 - 2)
    r = cli("stock", "level", "WINE-001", "--db", db_path, "--json")
    assert json.loads(r.stdout)[0] == {"sku": "WINE-001", "name_zh": "强钦青稞酒 500毫升", "unit": "bottle",
                                       "level": "79", "threshold": "5"}
    r = cli("stock", "level", "--db", db_path, "--json")
    assert {row["sku"]: row["level"] for row in json.loads(r.stdout)}["GRAIN-002"] == "51.000"
    # the sale used the test clock (2026-11-29, Beijing); settle that day
    r = cli("settlement", "create", "--cooperative", "CHAMCHEN", "--from", "2026-11-29", "--to", "2026-11-29",
            "-o", tmp_path / "st.pdf", "--csv", tmp_path / "st.csv", "--db", db_path, "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert {k: out[k] for k in ("number", "cooperative", "gross_fen", "refunds_fen", "commission_fen", "due_fen")} == {
        "number": "SET-T01-000001", "cooperative": "CHAMCHEN", "gross_fen": 10500, "refunds_fen": 0,
        "commission_fen": 0, "due_fen": 10500}
    assert len(out["sales"]) == 1 and (tmp_path / "st.pdf").stat().st_size > 1000
    r = cli("settlement", "create", "--cooperative", "CHAMCHEN", "--from", "2026-11-29", "--to", "2026-11-29",
            "--db", db_path)
    assert r.returncode == 1 and "nothing to settle" in r.stderr
    r = cli("settlement", "create", "--cooperative", "CHAMCHEN", "--from", "29/11", "--to", "2026-11-29", "--db", db_path)
    assert r.returncode == 2 and "date like" in r.stderr
    r = cli("report", "daily", "--date", "2026-11-29", "--db", db_path, "--json", "--csv", tmp_path / "d.csv")
    rep = json.loads(r.stdout)
    assert (rep["sales"], rep["gross_fen"], rep["net_fen"]) == (1, 10500, 10500)
    assert rep["by_method"] == [{"key": "cash", "name": "cash", "fen": 10500}]
    assert rep["top_products"][0] == {"sku": "WINE-001", "name": "强钦青稞酒 500毫升", "qty": "3", "fen": 10500}
    # the CSV: counts under "count", money under "fen", never the one in the other's column
    with open(tmp_path / "d.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["section", "key", "name", "count", "qty", "fen"]
    totals = {r["key"]: (r["count"], r["fen"]) for r in rows if r["section"] == "total"}
    assert totals == {"sales": ("1", ""), "refunds": ("0", ""), "gross_fen": ("", "10500"),
                      "refunds_fen": ("", "0"), "net_fen": ("", "10500")}
    top = next(r for r in rows if r["section"] == "top_products")
    assert (top["key"], top["count"], top["qty"], top["fen"]) == ("WINE-001", "", "3", "10500")
    assert {(r["key"], r["fen"]) for r in rows if r["section"] == "by_method"} == {("cash", "10500")}


def test_counts_and_thresholds_take_zero_in_any_spelling(demo_store, clock):
    from yarlung_pos.services import inventory
    number = inventory.open_stocktake(demo_store, "GRAIN", clock=clock)
    inventory.record_count(demo_store, number, "GRAIN-002", "0.00")
    inventory.set_low_stock_threshold(demo_store, "GRAIN-002", "0,0")
    inventory.confirm_stocktake(demo_store, number, clock)
    with demo_store.read() as s:
        line, = inventory.stock_report(s, "GRAIN-002")
    assert line.level == 0 and line.threshold == 0
    with pytest.raises(Exception):
        inventory.record_count(demo_store, inventory.open_stocktake(demo_store, clock=clock), "GRAIN-002", "-1")
