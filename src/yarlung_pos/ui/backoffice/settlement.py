"""The Settlement tab: a cooperative's consignment settlement for a date range — preview,
create, then save the statement (PDF) or CSV."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.services.backoffice import BackOfficeError
from yarlung_pos.services.backoffice_queries import settlement_preview
from yarlung_pos.services.settlement import SettlementDraft, create_settlement, settlement_csv
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.common import (GREEN, GREY, Message, cooperative_combo, date_edit, fill_cooperatives,
                                              make_table, names_text, py_date, q_date, qty_text, text_cell)
from yarlung_pos.ui.cart_model import unit_name
from yarlung_pos.ui.messages import describe


class SettlementTab(QWidget):
    """Consignment settlement with a cooperative for a date range: preview what its goods
    sold for, create (number it and mark its sales settled), then save the statement as PDF
    or CSV."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("settlementTab")
        self.service = service
        self.draft: SettlementDraft | None = None  # as previewed (or just created)
        self.created: SettlementDraft | None = None  # the last one saved, for PDF/CSV
        self._last_dir: Path | None = None

        today = service.clock().date()
        self.coop_combo = cooperative_combo("settlementCooperativeCombo")
        fill_cooperatives(self.coop_combo, service)
        self.from_edit = date_edit("settlementFrom", today.replace(day=1))
        self.to_edit = date_edit("settlementTo", today)
        preview = QPushButton(self.tr("Preview"), objectName="previewSettlementButton")
        preview.clicked.connect(self._on_preview)
        self.create_button = QPushButton(self.tr("Create settlement"), objectName="createSettlementButton")
        self.create_button.clicked.connect(self._on_create)
        self.create_button.setEnabled(False)
        for w in (self.coop_combo, self.from_edit, self.to_edit):
            signal = w.currentIndexChanged if isinstance(w, QComboBox) else w.dateChanged
            signal.connect(self._on_choice_changed)

        self.table = make_table("settlementTable", [self.tr("SKU"), self.tr("Product"), self.tr("Sold"),
                                                    self.tr("Returned"), self.tr("Gross"), self.tr("Refunds")])
        self.totals = QLabel(objectName="settlementTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number_label = QLabel(objectName="settlementNumber")
        self.number_label.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save statement PDF…"), objectName="saveStatementPdfButton")
        self.pdf_button.clicked.connect(self._on_save_pdf)
        self.csv_button = QPushButton(self.tr("Save CSV…"), objectName="saveSettlementCsvButton")
        self.csv_button.clicked.connect(self._on_save_csv)
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(False)
        self.message = Message("settlementMessage")

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Cooperative")))
        choose.addWidget(self.coop_combo, 1)
        choose.addWidget(QLabel(self.tr("from")))
        choose.addWidget(self.from_edit)
        choose.addWidget(QLabel(self.tr("to")))
        choose.addWidget(self.to_edit)
        choose.addWidget(preview)
        saved = QVBoxLayout()
        saved.addWidget(self.number_label)
        files = QHBoxLayout()
        files.addWidget(self.pdf_button)
        files.addWidget(self.csv_button)
        files.addStretch(1)
        saved.addLayout(files)
        saved.addStretch(1)
        below = QHBoxLayout()
        below.addLayout(saved, 1)
        below.addWidget(self.totals)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addLayout(actions)
        self._show_totals(None)

    def refresh(self) -> None:
        """Reload the cooperatives (names or commissions may have changed)."""
        fill_cooperatives(self.coop_combo, self.service)

    def _on_choice_changed(self, *_args) -> None:
        if self.draft is not None and self.draft.number is None:
            self.draft = None
            self.table.setRowCount(0)
            self._show_totals(None)
            self.create_button.setEnabled(False)
            self.message.say(self.tr("Press Preview to see the settlement."), "hint")

    # ------------------------------------------------------------------ actions
    def preview(self, coop: str, date_from: date, date_to: date) -> SettlementDraft:
        """Compute (without saving) and show the settlement of ``coop`` (code) for local
        dates ``date_from``–``date_to``.  Raises ``SettlementError``."""
        index = self.coop_combo.findData(coop.strip().upper())
        for w in (self.coop_combo, self.from_edit, self.to_edit):
            w.blockSignals(True)
        if index >= 0:
            self.coop_combo.setCurrentIndex(index)
        self.from_edit.setDate(q_date(date_from))
        self.to_edit.setDate(q_date(date_to))
        for w in (self.coop_combo, self.from_edit, self.to_edit):
            w.blockSignals(False)
        draft = settlement_preview(self.service.store, coop, date_from, date_to)
        self.draft = draft
        self._show(draft)
        self.create_button.setEnabled(bool(draft.line_ids))
        if draft.line_ids:
            self.message.say(self.tr("Preview only — nothing is saved until “Create settlement”."), "hint")
        else:
            self.message.say(self.tr("No unsettled sales of this cooperative in these dates."), "hint")
        return draft

    def create(self) -> SettlementDraft:
        """Create (number and save) the settlement of the chosen cooperative and dates; its
        sales are marked settled.  Raises ``SettlementError`` ("nothing to settle" when
        every sale in the range is settled already)."""
        draft = create_settlement(self.service.store, self.coop_combo.currentData() or "", py_date(self.from_edit),
                                  py_date(self.to_edit), self.service.clock)
        self.draft = self.created = draft
        self._show(draft)
        self.create_button.setEnabled(False)
        self.number_label.setText(self.tr("Settlement {0} saved: {1}, {2} – {3}").format(
            draft.number, draft.cooperative_names[1], draft.date_from.isoformat(), draft.date_to.isoformat()))
        self.number_label.setStyleSheet(f"color: {GREEN}; font-weight: bold;")
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(True)
        self.message.say(self.tr("Saved as {0}. Save the statement for the cooperative to sign.").format(draft.number),
                         "ok")
        return draft

    def save_csv(self, path: Path) -> Path:
        """Write the created settlement as CSV; raises ``BackOfficeError``/``OSError``."""
        draft = self._require_created()
        path = Path(path)
        settlement_csv(draft, path)
        self.message.say(self.tr("CSV saved to {0}").format(path), "ok")
        return path

    def save_pdf(self, path: Path) -> Path:
        """Write the created settlement's statement as PDF; raises ``BackOfficeError``/``OSError``."""
        draft = self._require_created()
        from yarlung_pos.printing.statement import render_statement_pdf  # heavy (QtPdf writer); only when asked
        path = Path(path)
        render_statement_pdf(draft, path)
        self.message.say(self.tr("Statement saved to {0}").format(path), "ok")
        return path

    def _require_created(self) -> SettlementDraft:
        if self.created is None:
            raise BackOfficeError(QT_TRANSLATE_NOOP("DomainError", "create the settlement first"))
        return self.created

    # ------------------------------------------------------------------ display
    def _show(self, draft: SettlementDraft) -> None:
        table = self.table
        table.setRowCount(0)
        table.setRowCount(len(draft.products))
        for r, p in enumerate(draft.products):
            tip = f"{p.name_bo}\n{p.name_zh}\n{p.name_en}"
            returned = text_cell(qty_text(p.returned, p.unit) if p.returned else "", right=True)
            refunds = text_cell(format_fen(p.refunds_fen) if p.refunds_fen else "", right=True)
            for c, item in enumerate((text_cell(p.sku, tip=tip), text_cell(names_text(p.name_zh, p.name_bo), tip=tip),
                                      text_cell(f"{qty_text(p.sold, p.unit)} {unit_name(p.unit)}", right=True), returned,
                                      text_cell(format_fen(p.gross_fen), right=True), refunds)):
                table.setItem(r, c, item)
        self._show_totals(draft)

    def _show_totals(self, draft: SettlementDraft | None) -> None:
        if draft is None:
            self.totals.setText("")
            return
        rate = f"{draft.commission_bp / 100:g} %"
        rows = [(self.tr("Gross sales"), format_fen(draft.gross_fen), False),
                (self.tr("Refunds"), format_fen(-draft.refunds_fen), False),
                (self.tr("Commission ({0})").format(rate), format_fen(-draft.commission_fen), False),
                (self.tr("Amount due to the cooperative"), format_fen(draft.due_fen), True)]
        html = "<table cellspacing='0' cellpadding='2'>"
        for label, value, bold in rows:
            b, eb = ("<b>", "</b>") if bold else ("", "")
            html += f"<tr><td>{b}{label}{eb}</td><td width='16'></td><td align='right'>{b}{value}{eb}</td></tr>"
        html += "</table>"
        if draft.payout_details:
            pay_to = self.tr("Pay to: {0}").format(escape(draft.payout_details))
            html += f"<p style='color:{GREY}'>{pay_to}</p>"
        self.totals.setText(html)

    # ------------------------------------------------------------------ slots
    def _on_preview(self) -> None:
        try:
            self.preview(self.coop_combo.currentData() or "", py_date(self.from_edit), py_date(self.to_edit))
        except DomainError as exc:
            self.message.say(describe(exc), "error")

    def _on_create(self) -> None:
        draft = self.draft
        if draft is not None and draft.number is None:
            answer = QMessageBox.question(self, self.tr("Create settlement"), self.tr(
                "Settle {0} sales of {1} from {2} to {3}: {4} due. These sales are then marked as settled "
                "and cannot be settled again. Create it?").format(
                len(draft.sales), self.coop_combo.currentText(), draft.date_from.isoformat(),
                draft.date_to.isoformat(), format_fen(draft.due_fen)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.create()
        except DomainError as exc:
            self.message.say(describe(exc), "error")

    def _ask_path(self, title: str, suffix: str, filter_text: str) -> Path | None:
        draft = self.created
        start = self._last_dir or Path.home()
        name, _ = QFileDialog.getSaveFileName(self, title, str(start / f"{draft.number}-{draft.cooperative}{suffix}"),
                                              filter_text)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._last_dir = path.parent
        return path

    def _on_save_pdf(self) -> None:
        path = self._ask_path(self.tr("Save statement as PDF"), ".pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            self.save_pdf(path)
        except ImportError:
            self.message.say(self.tr("This version cannot make statement PDFs yet; save the CSV instead."), "error")
        except (DomainError, OSError, RuntimeError) as exc:
            self.message.say(self.tr("PDF not saved: {0}").format(describe(exc)), "error")

    def _on_save_csv(self) -> None:
        path = self._ask_path(self.tr("Save settlement as CSV"), ".csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return
        try:
            self.save_csv(path)
        except (DomainError, OSError) as exc:
            self.message.say(self.tr("CSV not saved: {0}").format(describe(exc)), "error")
