"""The back office on a real demo database: goods received, adjustments, a stocktake, a
consignment settlement of a real sale, the daily report and its chart, and catalogue edits
(prices never touch sold lines; a sold product is never deleted)."""

from decimal import Decimal

import pytest

from tests.ui.conftest import approve_as_manager
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QWidget, QAbstractButton, QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTabWidget)
from sqlalchemy import select

from yarlung_pos.db.schema import ProductRow, SaleLineRow
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.domain.money import format_fen
from yarlung_pos.fonts import missing_glyphs
from yarlung_pos.services.inventory import InventoryError
from yarlung_pos.services.settlement import SettlementError
from yarlung_pos.ui.backoffice import BackOfficeError, BackOfficeWindow, CatalogueEditError
from yarlung_pos.ui.labels import LabelsDialog


@pytest.fixture
def office(qtbot, demo_till):
    bo = BackOfficeWindow(demo_till.service)
    bo.confirm_close = False
    qtbot.addWidget(bo)
    bo.show()
    qtbot.waitExposed(bo)
    return bo


def sell(service, *items):
    """Ring up ``(sku, qty)`` items at the counter and pay cash; returns the CompletedSale."""
    cart = Cart()
    for sku, qty in items:
        cart.add(service.lookup(sku), Decimal(qty))
    return service.complete(cart, [Tender(PaymentMethod.CASH, cart.total_fen)])


def cells(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, c).text() if table.item(row, c) else "" for c in range(table.columnCount())]


def test_window_has_its_tabs(office):
    assert office.objectName() == "backOfficeWindow"
    tabs = office.findChild(QTabWidget, "backOfficeTabs")
    assert tabs.count() == 11
    for i in range(tabs.count()):  # each tab is built when first shown
        tabs.setCurrentIndex(i)
    names = [tabs.widget(i).widget().objectName() for i in range(tabs.count())]  # each in a scroll area
    assert names == ["stockTab", "stocktakeTab", "settlementTab", "reportsTab", "catalogueTab", "catalogueFilesTab",
                     "usersTab", "policyTab", "deliveryTab", "countyTab", "backupsTab"]
    for name in ("stockTable", "ledgerTable", "countTable", "settlementTable"):
        assert office.findChild(QTableWidget, name) is not None
    for name in ("stockFilterCombo", "stocktakeScopeCombo", "settlementCooperativeCombo"):
        assert office.findChild(QComboBox, name) is not None
    for name in ("settlementFrom", "settlementTo", "reportDate"):
        assert office.findChild(QDateEdit, name) is not None
    for name in ("adjustButton", "startStocktakeButton", "confirmStocktakeButton", "createSettlementButton"):
        assert office.findChild(QPushButton, name) is not None
    assert office.findChild(QLabel, "settlementTotals") is not None
    assert office.findChild(QAbstractButton, "receiveButton") is not None


def test_a_tab_is_built_and_reads_its_data_only_when_first_shown(qtbot, demo_till):
    """Opening the back office fills the Stock tab only; a tab not yet shown has not been
    built (so has not queried); once shown, it holds the data."""
    bo = BackOfficeWindow(demo_till.service)
    bo.confirm_close = False
    qtbot.addWidget(bo)
    bo.show()
    qtbot.waitExposed(bo)
    assert bo.is_built("stock_tab") and bo.stock_tab.level_of("GRAIN-001") == "40"
    others = ("stocktake_tab", "settlement_tab", "reports_tab", "catalogue_tab", "catalogue_files_tab", "users_tab",
              "policy_tab", "county_tab", "backups_tab")
    assert not any(bo.is_built(name) for name in others)
    assert bo.findChild(QTableWidget, "usersTable") is None
    tabs = bo.findChild(QTabWidget, "backOfficeTabs")
    tabs.setCurrentIndex(6)                                        # Users
    assert bo.is_built("users_tab") and not bo.is_built("catalogue_tab")
    users = bo.findChild(QTableWidget, "usersTable")
    assert users is not None and users.rowCount() >= 2
    assert any("dorje" in cells(users, r) for r in range(users.rowCount()))
    sell(demo_till.service, ("GRAIN-001", "3"))                    # shown again: it reloads
    tabs.setCurrentIndex(0)
    assert bo.stock_tab.level_of("GRAIN-001") == "37"


def test_receive_goods_changes_the_level_and_the_ledger(office):
    stock = office.stock_tab
    assert stock.level_of("GRAIN-001") == "40"
    assert stock.level_of("GRAIN-002") == "48.500"
    number = stock.receive("JIANGSE", [("GRAIN-001", "10"), ("grain-002", "2.5")], "truck from Jiangse")
    assert number == "GR-T01-000001"
    assert stock.level_of("GRAIN-001") == "50"
    assert stock.level_of("GRAIN-002") == "51.000"
    assert stock.selected_sku() == "GRAIN-001"
    newest = cells(stock.ledger_table, 0)
    assert newest[1] == "+10" and newest[2] == "Received" and newest[3] == number and newest[5] == "50"
    assert cells(stock.ledger_table, 1)[3] == "opening stock (demo)"
    # refused: the message says why and the level is untouched
    with pytest.raises(InventoryError):
        stock.receive("NOSUCH", [("GRAIN-001", "1")], "")
    assert stock.level_of("GRAIN-001") == "50"


def test_receive_dialog_scan_search_bad_quantity_kept_then_labels(office, qtbot):
    stock = office.stock_tab
    dialog = stock.open_receive_dialog()
    qtbot.waitExposed(dialog)
    field = dialog.findChild(QLineEdit, "receiveSkuInput")
    qtbot.keyClicks(field, "GRAIN-003:5")                   # SKU:quantity
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.lines() == [("GRAIN-003", "5")]
    assert dialog.coop_combo.currentData() == "JIANGSE"     # the supplier, chosen for us
    qtbot.keyClicks(field, "6972042001076")                 # a scanned EAN-13 (GRAIN-001)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, "noodles")                       # search, Enter takes the first match
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.lines() == [("GRAIN-003", "6"), ("GRAIN-001", "1")]
    dialog.lines_table.item(1, dialog.COL_QTY).setText("1.5")  # half a bag: refused, kept
    dialog.findChild(QLineEdit, "receiveNotesInput").setText("delivery 17")
    qtbot.mouseClick(dialog.findChild(QPushButton, "receiveConfirmButton"), Qt.MouseButton.LeftButton)
    assert dialog.number is None
    assert dialog.message.property("kind") == "error" and "GRAIN-001" in dialog.message.text()
    assert dialog.lines() == [("GRAIN-003", "6"), ("GRAIN-001", "1.5")]
    assert dialog.notes_input.text() == "delivery 17"
    dialog.lines_table.item(1, dialog.COL_QTY).setText("3")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.number == "GR-T01-000001"
    assert stock.level_of("GRAIN-003") == "66" and stock.level_of("GRAIN-001") == "43"
    assert dialog.labels_button.isVisible()
    qtbot.mouseClick(dialog.labels_button, Qt.MouseButton.LeftButton)
    labels = stock.labels_dialog
    assert isinstance(labels, LabelsDialog)
    qtbot.addWidget(labels)
    assert [(p.sku, n) for p, n in labels.items()] == [("GRAIN-003", 6), ("GRAIN-001", 3)]
    labels.close()


def test_unknown_code_in_receive_dialog_is_kept(office, qtbot):
    dialog = office.stock_tab.open_receive_dialog()
    field = dialog.findChild(QLineEdit, "receiveSkuInput")
    qtbot.keyClicks(field, "NOPE-999:2")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "NOPE-999:2" and dialog.lines() == []
    assert dialog.message.property("kind") == "error"


def test_adjustment_needs_a_reason(office, qtbot):
    stock = office.stock_tab
    with pytest.raises(InventoryError):
        stock.adjust("GRAIN-001", "-2", "", "two bags torn")
    assert stock.level_of("GRAIN-001") == "40"
    # through the dialog: refused without a reason, everything typed stays
    stock.select_sku("GRAIN-001")
    dialog = stock.open_adjust_dialog()
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLineEdit, "adjustSkuInput").text() == "GRAIN-001"
    dialog.findChild(QLineEdit, "adjustQtyInput").setText("-2")
    dialog.findChild(QLineEdit, "adjustNoteInput").setText("two bags torn")
    qtbot.mouseClick(dialog.findChild(QPushButton, "adjustConfirmButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "reason" in dialog.message.text()
    assert dialog.findChild(QLineEdit, "adjustQtyInput").text() == "-2"
    assert stock.level_of("GRAIN-001") == "40"
    reasons = dialog.findChild(QComboBox, "adjustReasonCombo")
    reasons.setCurrentIndex(reasons.findData("damaged"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "adjustConfirmButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert stock.level_of("GRAIN-001") == "38"
    row = cells(stock.ledger_table, 0)
    assert row[1] == "-2" and row[2] == "Adjustment" and row[3] == "damaged" and row[4] == "two bags torn"
    assert stock.adjust("GRAIN-002", "+0.75", "correction") == Decimal("49.250")


def test_threshold_and_filters(office, qtbot):
    stock = office.stock_tab
    stock.select_sku("GRAIN-004")
    dialog = stock.open_threshold_dialog()
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit, "thresholdInput")
    field.setText("2.5")                                       # boxes are whole: refused, kept
    qtbot.mouseClick(dialog.findChild(QPushButton, "thresholdConfirmButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and field.text() == "2.5" and "whole" in dialog.message.text()
    field.setText("20")                                        # 12 in stock: low
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stock.filter_combo.setCurrentIndex(stock.filter_combo.findData("low"))
    low = [stock.stock_table.item(r, 0).text() for r in range(stock.stock_table.rowCount())]
    assert "GRAIN-004" in low and "GRAIN-001" not in low
    sell(office.service, ("GRAIN-004", 13))                    # sold without stock: -1
    stock.filter_combo.setCurrentIndex(stock.filter_combo.findData("negative"))
    assert [stock.stock_table.item(r, 0).text() for r in range(stock.stock_table.rowCount())] == ["GRAIN-004"]
    assert stock.level_of("GRAIN-004") == "-1"
    assert cells(stock.stock_table, 0)[4] == "20"


def test_stocktake_bad_count_kept_then_confirm(office, qtbot):
    take = office.stocktake_tab
    with pytest.raises(BackOfficeError):
        take.confirm()                                          # nothing open
    number = take.start("GRAIN")
    assert number == "ST-T01-000001"
    skus = [take.count_table.item(r, 0).text() for r in range(take.count_table.rowCount())]
    assert "GRAIN-001" in skus and "OIL-004" in skus and "WINE-001" not in skus
    row = skus.index("GRAIN-001")
    assert take.count_table.item(row, take.COL_EXPECTED).text() == "40"
    assert take.enter_count("GRAIN-001", "35")
    assert take.count_table.item(row, take.COL_DIFF).text() == "-5"
    bad_row = skus.index("GRAIN-002")
    assert not take.enter_count("GRAIN-002", "47,2x")           # refused …
    assert take.count_table.item(bad_row, take.COL_COUNTED).text() == "47,2x"  # … and kept
    assert take.message.property("kind") == "error" and "GRAIN-002" in take.message.text()
    with pytest.raises(BackOfficeError):
        take.confirm()                                          # a red cell first
    assert take.enter_count("GRAIN-002", "47.25")
    # at the keyboard: the cursor stays in the Counted column; type and Enter saves
    office.show_tab(take)
    office.activateWindow()
    qtbot.waitUntil(office.isActiveWindow)
    take.count_table.setFocus()
    take.count_table.setCurrentCell(skus.index("GRAIN-003"), take.COL_SKU)
    assert take.count_table.currentColumn() == take.COL_COUNTED
    qtbot.keyClick(take.count_table, "5")                     # the first key opens the cell's editor …
    editor = office.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "8")                               # … which takes the rest
    qtbot.keyClick(editor, Qt.Key.Key_Return)                  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: take.count_table.item(skus.index("GRAIN-003"), take.COL_DIFF).text() == "-2")
    assert take.count_table.currentRow() == skus.index("GRAIN-003") + 1
    # typing into the cell saves too
    oil = skus.index("OIL-004")
    take.count_table.item(oil, take.COL_COUNTED).setText("0")
    diffs = dict(take.confirm())
    assert diffs["GRAIN-001"] == Decimal(-5)
    assert diffs["GRAIN-002"] == Decimal("-1.250")
    assert diffs["GRAIN-003"] == Decimal(-2)
    assert "OIL-004" in diffs
    assert "confirmed" in take.status_label.text()
    assert not take.confirm_button.isEnabled()
    stock = office.stock_tab
    stock.refresh()
    assert stock.level_of("GRAIN-001") == "35"
    assert stock.level_of("GRAIN-002") == "47.250"
    assert stock.level_of("OIL-004") == "0"
    stock.select_sku("GRAIN-001")
    assert cells(stock.ledger_table, 0)[2:4] == ["Stocktake", number]


def test_open_stocktake_is_resumed(office):
    office.stocktake_tab.start(None)
    office.stocktake_tab.enter_count("WINE-001", "3")
    again = BackOfficeWindow(office.service)
    try:
        take = again.stocktake_tab
        assert take.number == "ST-T01-000001" and take.status == "open"
        row = take._row_of("WINE-001")
        assert take.count_table.item(row, take.COL_COUNTED).text() == "3"
    finally:
        again.close()
        again.deleteLater()


def test_settlement_preview_create_and_refuse_twice(office, tmp_path):
    service = office.service
    office.catalogue_tab.select_cooperative("JIANGSE")
    office.catalogue_tab.c_commission.setText("12.5")
    office.catalogue_tab.c_payout.setPlainText("Agricultural Bank of China, Qonggyai branch 6228 4801 2345")
    office.catalogue_tab.save_cooperative()
    sale = sell(service, ("GRAIN-001", 2), ("GRAIN-002", "0.735"), ("WINE-001", 1))
    sell(service, ("GRAIN-003", 1))
    tab = office.settlement_tab
    office.show_tab(tab)
    today = service.clock().date()
    draft = tab.preview("JIANGSE", today, today)
    with service.store.read() as s:
        gross = sum(s.scalars(select(SaleLineRow.line_total_fen)
                              .where(SaleLineRow.sku.in_(["GRAIN-001", "GRAIN-002", "GRAIN-003"]))))
    assert gross == 2 * 2200 + 1176 + 1290
    assert draft.gross_fen == gross and draft.refunds_fen == 0
    assert draft.commission_fen == round(gross * 0.125) and draft.due_fen == gross - draft.commission_fen
    assert sale.uuid in draft.sales
    assert tab.table.rowCount() == 3
    assert cells(tab.table, 0)[:3] == ["GRAIN-001", cells(tab.table, 0)[1], "2 bag"]
    assert "吉祥海螺荞麦面粉" in cells(tab.table, 0)[1]
    totals = tab.findChild(QLabel, "settlementTotals").text()
    for fen in (draft.gross_fen, -draft.commission_fen, draft.due_fen):
        assert format_fen(fen) in totals
    assert "12.5 %" in totals and "Agricultural Bank" in totals
    assert tab.create_button.isEnabled() and not tab.pdf_button.isEnabled()
    created = tab.create()
    assert created.number == "SET-T01-000001" and created.due_fen == draft.due_fen
    assert "SET-T01-000001" in tab.findChild(QLabel, "settlementNumber").text()
    assert tab.pdf_button.isEnabled() and tab.csv_button.isEnabled()
    with pytest.raises(SettlementError, match="nothing to settle"):
        tab.create()
    again = tab.preview("JIANGSE", today, today)
    assert again.line_ids == [] and tab.table.rowCount() == 0 and not tab.create_button.isEnabled()
    csv_path = tab.save_csv(tmp_path / "set.csv")
    assert "SET-T01-000001" in csv_path.read_text(encoding="utf-8")
    pdf = tab.save_pdf(tmp_path / "set.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_settlement_errors_are_shown_not_raised_from_buttons(office, qtbot):
    tab = office.settlement_tab
    today = office.service.clock().date()
    tab.from_edit.setDate(tab.to_edit.date().addDays(1))
    assert tab.to_edit.date().toPython() == today
    qtbot.mouseClick(tab.findChild(QPushButton, "previewSettlementButton"), Qt.MouseButton.LeftButton)
    assert tab.message.property("kind") == "error" and "ends before" in tab.message.text()
    with pytest.raises(BackOfficeError):
        tab.save_csv("/tmp/never.csv")


def test_daily_report_totals_tables_and_chart(office, tmp_path):
    service = office.service
    sale1 = sell(service, ("GRAIN-001", 2), ("WINE-001", 1))
    sale2 = sell(service, ("DAIRY-001", 3))
    tab = office.reports_tab
    office.show_tab(tab)                          # reloads
    report = tab.report
    assert report.sales == 2 and report.gross_fen == sale1.total_fen + sale2.total_fen
    totals = tab.findChild(QLabel, "reportTotals").text()
    assert "Sales: 2" in totals and format_fen(report.net_fen) in totals
    chart = tab.findChild(type(tab.chart), "salesChart")
    bars = dict(chart.bars())
    assert bars == {"粮油": 4400, "青稞酒与饮品": 3500, "乳品、蛋品与肉干": 2400}
    rects = chart.bar_rects()
    assert len(rects) == 3 and rects[0].width() > rects[1].width() > rects[2].width() > 0
    assert cells(tab.method_table, 0) == ["Cash", format_fen(report.net_fen)]
    assert tab.category_table.rowCount() == 3 and tab.cooperative_table.rowCount() == 3
    assert cells(tab.top_table, 0)[0] == "GRAIN-001"
    out = tab.export_csv(tmp_path / "day.csv")
    assert "total,sales,,2,,\n" in out.read_text(encoding="utf-8")  # the count under "count", not "fen"
    tab.show_day(report.date.replace(year=report.date.year - 1))
    assert tab.chart.bars() == [] and tab.report.sales == 0


def test_price_change_keeps_sold_lines_and_sold_product_is_never_deleted(office):
    sell(office.service, ("GRAIN-001", 1))
    cat = office.catalogue_tab
    office.show_tab(cat)
    assert cat.select_product("GRAIN-001")
    assert cat.p_price.text() == "22.00" and cat.p_sku.isReadOnly()
    cat.p_price.setText("25.5")
    cat.save_product()
    with office.service.store.read() as s:
        row = s.scalar(select(ProductRow).where(ProductRow.sku == "GRAIN-001"))
        assert row.price_fen == 2550
        assert [ln.unit_price_fen for ln in s.scalars(select(SaleLineRow).where(SaleLineRow.sku == "GRAIN-001"))] == [2200]
    assert office.service.lookup("GRAIN-001").price_fen == 2550
    with pytest.raises(CatalogueEditError, match="was sold"):
        cat.delete_product("GRAIN-001")
    cat.p_active.setChecked(False)                             # deactivating is allowed
    cat.save_product()
    assert office.service.search("GRAIN-001") == []
    with office.service.store.read() as s:
        assert s.scalar(select(ProductRow.active).where(ProductRow.sku == "GRAIN-001")) is False


def test_new_product_validation_keeps_what_was_typed(office, qtbot):
    cat = office.catalogue_tab
    cat.new_product(ask=False)
    cat.p_sku.setText("tea-001")
    cat.p_name_bo.setText("Butter tea")                       # not Tibetan
    cat.p_name_zh.setText("酥油茶")
    cat.p_name_en.setText("Butter tea")
    cat.p_category.setCurrentIndex(cat.p_category.findData("DRINK"))
    cat.p_cooperative.setCurrentIndex(cat.p_cooperative.findData("CHAMCHEN"))
    cat.p_unit.setCurrentIndex(cat.p_unit.findData("jar"))
    cat.p_price.setText("12.345")
    qtbot.mouseClick(cat.findChild(QPushButton, "saveProductButton"), Qt.MouseButton.LeftButton)
    assert cat.product_message.property("kind") == "error" and "yuan" in cat.product_message.text()
    cat.p_price.setText("18")
    qtbot.mouseClick(cat.p_save, Qt.MouseButton.LeftButton)
    assert "Tibetan" in cat.product_message.text()
    assert cat.p_name_bo.text() == "Butter tea" and cat.p_sku.text() == "tea-001"
    cat.p_name_bo.setText("བོད་ཇ་")
    cat.p_threshold.setText("4")
    qtbot.mouseClick(cat.p_save, Qt.MouseButton.LeftButton)
    assert cat.product_message.property("kind") == "ok", cat.product_message.text()
    product = office.service.lookup("TEA-001")
    assert (product.price_fen, product.unit, product.cooperative) == (1800, "jar", "CHAMCHEN")
    assert "TEA-001" in [p.sku for p in office.service.search("酥油茶")]  # search text kept up to date
    assert not cat.has_unsaved_changes()
    # never sold, no stock: may be deleted
    cat.delete_product("TEA-001")
    assert office.service.search("TEA-001") == []
    cat.new_product(ask=False)
    cat.p_sku.setText("GRAIN-001")
    cat.p_name_bo.setText("བོད་ཇ་")
    cat.p_name_zh.setText("重复")
    cat.p_name_en.setText("Duplicate")
    cat.p_price.setText("1")
    with pytest.raises(CatalogueEditError, match="already a product"):
        cat.save_product()


def test_cooperative_editor(office):
    cat = office.catalogue_tab
    cat.select_cooperative("DORJE")
    cat.c_contact.setText("Dorje Tsering")
    cat.c_phone.setText("139 0893 0000")
    cat.c_commission.setText("abc")
    with pytest.raises(CatalogueEditError):
        cat.save_cooperative()
    assert cat.c_commission.text() == "abc" and cat.c_contact.text() == "Dorje Tsering"
    cat.c_commission.setText("8")
    assert cat.save_cooperative() == "DORJE"
    row = next(r for r in range(cat.coop_table.rowCount()) if cat.coop_table.item(r, 0).text() == "DORJE")
    assert cat.coop_table.item(row, 3).text() == "8 %"
    cat.new_cooperative(ask=False)
    cat.c_code.setText("newcoop")
    cat.c_name_bo.setText("མཉམ་ལས་ཁང་གསར་པ་")
    cat.c_name_zh.setText("新合作社")
    cat.c_name_en.setText("")
    with pytest.raises(CatalogueEditError, match="English name is missing"):
        cat.save_cooperative()
    cat.c_name_en.setText("New Cooperative")
    assert cat.save_cooperative() == "NEWCOOP"
    office.show_tab(office.settlement_tab)
    assert office.settlement_tab.coop_combo.findData("NEWCOOP") >= 0


def test_every_visible_text_has_glyphs(office):
    texts = [w.text() for w in office.findChildren(QLabel)]
    texts += [w.text() for w in office.findChildren(QAbstractButton)]
    texts += [w.placeholderText() for w in office.findChildren(QLineEdit)]
    tabs = office.tabs
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    for table in office.findChildren(QTableWidget):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        texts += [table.item(r, c).text() for r in range(min(table.rowCount(), 200)) for c in range(table.columnCount())
                  if table.item(r, c)]
    for combo in office.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    gaps = {t: missing_glyphs(t) for t in set(texts) if t and missing_glyphs(t)}
    assert gaps == {}


def test_screenshots(office, qtbot):
    """Stock tab and Settlement tab with data, for people to look at."""
    service = office.service
    office.stock_tab.receive("JIANGSE", [("GRAIN-001", "10")], "")
    office.stock_tab.adjust("GRAIN-001", "-2", "damaged", "torn bags")
    sell(service, ("GRAIN-001", 2), ("GRAIN-002", "0.735"), ("GRAIN-004", 13))
    sell(service, ("WINE-001", 2), ("DAIRY-001", 3), ("IRON-001", 1))
    office.stock_tab.refresh()
    office.stock_tab.select_sku("GRAIN-001")
    qtbot.wait(50)
    office.grab().save("/tmp/backoffice-stock.png")
    today = service.clock().date()
    office.show_tab(office.settlement_tab)
    office.settlement_tab.preview("JIANGSE", today.replace(day=1), today)
    qtbot.wait(50)
    office.grab().save("/tmp/backoffice-settlement.png")
    for tab, name in ((office.reports_tab, "reports"), (office.stocktake_tab, "stocktake"),
                      (office.catalogue_tab, "catalogue")):
        office.show_tab(tab)
        if tab is office.stocktake_tab:
            tab.start("GRAIN")
            tab.enter_count("GRAIN-001", "17")
            tab.enter_count("GRAIN-003", "x")
        if tab is office.catalogue_tab:
            tab.select_product("GRAIN-002")
        qtbot.wait(50)
        office.grab().save(f"/tmp/backoffice-{name}.png")
    office.catalogue_tab.sections.setCurrentIndex(1)
    office.catalogue_tab.select_cooperative("JIANGSE")
    qtbot.wait(50)
    office.grab().save("/tmp/backoffice-cooperatives.png")
    dialog = office.stock_tab.open_receive_dialog()
    for text in ("GRAIN-003:24", "GRAIN-002:12.5", "GRAIN-001"):
        dialog.add_text(text)
    qtbot.wait(50)
    dialog.grab().save("/tmp/backoffice-receive.png")
    dialog.close()


def test_till_opens_the_back_office_and_reloads_the_grid(qtbot, demo_till):
    till = demo_till
    qtbot.mouseClick(till.findChild(QPushButton, "backOfficeButton"), Qt.MouseButton.LeftButton)
    assert getattr(till, "backoffice_window", None) is None  # a cashier needs a manager first
    approve_as_manager(till)
    window = till.backoffice_window
    assert window is not None and window.isVisible()
    window.confirm_close = False
    window.reject()
    qtbot.waitUntil(lambda: till.backoffice_window is None)


def test_categories_are_edited_in_three_scripts(qtbot, demo_till):
    store = demo_till.service.store
    window = BackOfficeWindow(demo_till.service)
    window.confirm_close = False
    qtbot.addWidget(window)
    window.show_tab(window.catalogue_tab)                           # built when first used
    section = window.findChild(QWidget, "categoriesSection")
    before = len(section.rows())
    section.add_row()
    r = section.table.rowCount() - 1
    for col, text in enumerate(["TEA", "ཇ།", "", "Tea", "70"]):
        section.table.item(r, col).setText(text)
    assert section.save() is False and "Row" in section.message.text()   # Chinese name missing
    assert section.rows()[r] == ["TEA", "ཇ།", "", "Tea", "70"]             # nothing typed is lost
    section.table.item(r, 2).setText("茶叶")
    assert section.save() is True and len(section.rows()) == before + 1
    with store.read() as s:
        from yarlung_pos.services.catalogue import list_categories
        assert [c.name_zh for c in list_categories(s) if c.code == "TEA"] == ["茶叶"]
    window.reject()


def test_catalogue_lists_sort_tibetan_names_in_dictionary_order(office):
    from yarlung_pos.domain.textkeys import tibetan_sort_key
    cat = office.catalogue_tab
    for table, column in ((cat.product_table, cat.P_BO), (cat.coop_table, 2)):
        codes = [table.item(r, 0).text() for r in range(table.rowCount())]
        assert codes == sorted(codes)                              # by SKU / code at first
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)     # a click on "Tibetan"
        names = [table.item(r, column).text() for r in range(table.rowCount())]
        assert names == sorted(names, key=tibetan_sort_key) and names != sorted(names)
    coops = [cat.coop_table.item(r, 0).text() for r in range(cat.coop_table.rowCount())]
    assert coops.index("JIANGSE") < coops.index("DORJE") < coops.index("CHAMCHEN")  # ལྕང < རྡོ < བྱམས
    # the filter and the editor follow the sorted rows
    cat.product_filter.setText("WINE-00")
    shown = [cat.product_table.item(r, 0).text() for r in range(cat.product_table.rowCount())
             if not cat.product_table.isRowHidden(r)]
    assert sorted(shown) == [f"WINE-00{i}" for i in range(1, 8)]
    cat.product_table.sortByColumn(cat.P_PRICE, Qt.SortOrder.AscendingOrder)
    prices = [int(cat.product_table.item(r, cat.P_PRICE).data(Qt.ItemDataRole.UserRole + 7))
              for r in range(cat.product_table.rowCount())]
    assert prices == sorted(prices)
    assert sorted(cat.product_table.item(r, 0).text() for r in range(cat.product_table.rowCount())
                  if not cat.product_table.isRowHidden(r)) == sorted(shown) and cat.select_product("WINE-003")
    assert cat.p_sku.text() == "WINE-003"
