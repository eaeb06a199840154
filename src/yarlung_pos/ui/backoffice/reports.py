"""The Reports tab: the daily summary (totals, by payment method, category and cooperative,
top products) and its bar chart of sales by category."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QTableWidget, QVBoxLayout, QWidget)

from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.services.backoffice_queries import daily_summary
from yarlung_pos.services.reports import DailyReport, daily_report_csv
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.common import GREY, Message, date_edit, make_table, names_text, py_date, q_date, text_cell


class SalesChart(QWidget):
    """A horizontal bar chart of money per label (sales by category), painted with QPainter:
    the label on the left, the bar, and the ￥ amount after it."""

    COLORS = ("#8e2430", "#d9822b", "#2f6f9f", "#3c8d5a", "#7b5ea7", "#b8862b", "#4a7f86", "#a34d6d")
    MARGIN = 8

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("salesChart")
        self._bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        """Show ``(label, fen)`` bars in the given order."""
        self._bars = list(bars)
        self.setToolTip("\n".join(f"{label}: {format_fen(fen)}" for label, fen in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        """The bars shown."""
        return list(self._bars)

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2)

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(480, max(160, 2 * self.MARGIN + self._row_height() * max(1, len(self._bars))))

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (in widget coordinates)."""
        if not self._bars:
            return []
        fm = self.fontMetrics()
        area = self.rect().adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        label_w = min(max(fm.horizontalAdvance(label) for label, _ in self._bars), int(area.width() * 0.4))
        amount_w = max(fm.horizontalAdvance(format_fen(fen)) for _, fen in self._bars)
        x0 = area.left() + label_w + 10
        room = max(1, area.width() - label_w - 10 - amount_w - 10)
        top_value = max(max(fen for _, fen in self._bars), 1)
        row_h = min(max(self._row_height(), area.height() / len(self._bars)), self._row_height() * 1.6)
        rects = []
        for i, (_, fen) in enumerate(self._bars):
            y = area.top() + i * row_h
            bar_h = row_h * 0.62
            rects.append(QRectF(x0, y + (row_h - bar_h) / 2, max(0, fen) / top_value * room, bar_h))
        return rects

    def paintEvent(self, event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        if not self._bars:
            painter.setPen(QColor(GREY))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No sales on this day"))
            painter.end()
            return
        area = self.rect().adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        label_w = min(max(fm.horizontalAdvance(label) for label, _ in self._bars), int(area.width() * 0.4))
        for i, ((label, fen), r) in enumerate(zip(self._bars, self.bar_rects())):
            row = QRectF(area.left(), r.center().y() - fm.height(), label_w, 2 * fm.height())
            painter.setPen(self.palette().text().color())
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.COLORS[i % len(self.COLORS)]))
            painter.drawRoundedRect(r, 3, 3)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(r.right() + 8, row.top(), area.right() - r.right() - 8, row.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_fen(fen))
        painter.end()


class ReportsTab(QWidget):
    """The daily summary: totals, sales by payment method, category and cooperative, the
    top products, and a bar chart of sales by category; Export CSV."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.service = service
        self.report: DailyReport | None = None
        self._last_dir: Path | None = None

        self.date_edit = date_edit("reportDate", service.clock().date())
        self.date_edit.dateChanged.connect(lambda *_: self.show_day(py_date(self.date_edit)))
        today = QPushButton(self.tr("Today"), objectName="reportTodayButton")
        today.clicked.connect(lambda: self.date_edit.setDate(q_date(self.service.clock().date())))
        export = QPushButton(self.tr("Export CSV…"), objectName="exportReportButton")
        export.clicked.connect(self._on_export)
        self.totals = QLabel(objectName="reportTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.chart = SalesChart()
        self.method_table = make_table("paymentMethodTable", [self.tr("Payment method"), self.tr("Amount")], stretch=0)
        self.category_table = make_table("categoryTable", [self.tr("Category"), self.tr("Amount")], stretch=0)
        self.cooperative_table = make_table("cooperativeReportTable", [self.tr("Cooperative"), self.tr("Amount")],
                                            stretch=0)
        self.top_table = make_table("topProductsTable", [self.tr("SKU"), self.tr("Product"), self.tr("Quantity"),
                                                         self.tr("Amount")])
        self.message = Message("reportsMessage")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.date_edit)
        top.addWidget(today)
        top.addSpacing(16)
        top.addWidget(self.totals, 1)
        top.addWidget(export)
        chart_box = QGroupBox(self.tr("Sales by category"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        grid = QGridLayout()
        grid.addWidget(chart_box, 0, 0)
        grid.addWidget(self._titled(self.tr("Top products"), self.top_table), 1, 0)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self._titled(self.tr("By payment method"), self.method_table), 2)
        side_box.addWidget(self._titled(self.tr("By category"), self.category_table), 3)
        grid.addWidget(side, 0, 1)
        grid.addWidget(self._titled(self.tr("By cooperative"), self.cooperative_table), 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        self.show_day(py_date(self.date_edit))

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel(title))
        v.addWidget(widget)
        return box

    def refresh(self) -> None:
        """Show the chosen day again (sales may have been made since)."""
        self.show_day(py_date(self.date_edit))

    def method_name(self, method: str) -> str:
        """Translated name of a payment method code."""
        return {"cash": self.tr("Cash"), "wechat": self.tr("WeChat Pay"), "alipay": self.tr("Alipay"),
                "unionpay": self.tr("UnionPay card")}.get(method, method)

    def show_day(self, day: date) -> DailyReport:
        """Compute and show the summary of local date ``day``."""
        if py_date(self.date_edit) != day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(q_date(day))
            self.date_edit.blockSignals(False)
        summary = daily_summary(self.service.store, day)
        report, cat_names, coop_names = summary.report, summary.category_names, summary.cooperative_names
        self.report = report
        self.totals.setText(self.tr("Sales: {0} · gross {1} · refunds: {2} ({3}) · <b>net {4}</b>").format(
            report.sales, format_fen(report.gross_fen), report.refunds, format_fen(report.refunds_fen),
            format_fen(report.net_fen)))
        self._fill(self.method_table, [(self.method_name(r["key"]), r["fen"], r["key"]) for r in report.by_method])
        self._fill(self.category_table, [(r["name"], r["fen"], r["key"]) for r in report.by_category])
        self._fill(self.cooperative_table, [(names_text(*coop_names.get(r["key"], (r["name"], ""))), r["fen"], r["key"])
                                            for r in report.by_cooperative])
        self.top_table.setRowCount(0)
        self.top_table.setRowCount(len(report.top_products))
        for i, p in enumerate(report.top_products):
            for c, item in enumerate((text_cell(p["sku"]), text_cell(p["name"]), text_cell(p["qty"], right=True),
                                      text_cell(format_fen(p["fen"]), right=True))):
                self.top_table.setItem(i, c, item)
        self.chart.set_bars([(cat_names.get(r["key"], (r["name"], ""))[0], r["fen"]) for r in report.by_category])
        self.message.say("", "hint")
        return report

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, int, str]]) -> None:
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for i, (name, fen, key) in enumerate(rows):
            table.setItem(i, 0, text_cell(name, tip=key))
            table.setItem(i, 1, text_cell(format_fen(fen), right=True))

    def export_csv(self, path: Path) -> Path:
        """Write the shown day's summary as CSV (``daily_report_csv``); raises ``OSError``."""
        report = self.report or self.show_day(py_date(self.date_edit))
        daily_report_csv(report, Path(path))
        self.message.say(self.tr("Report saved to {0}").format(path), "ok")
        return Path(path)

    def _on_export(self) -> None:
        start = self._last_dir or Path.home()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export daily report"),
                                              str(start / f"daily-{py_date(self.date_edit).isoformat()}.csv"),
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self._last_dir = path.parent
        try:
            self.export_csv(path)
        except OSError as exc:
            self.message.say(self.tr("Report not saved: {0}").format(str(exc)), "error")
