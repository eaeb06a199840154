"""The back-office window: the Stock, Stocktake, Settlement, Reports, Catalogue, Catalogue
files, Users, Counter rules, County office and Backups tabs in one dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QMessageBox, QPushButton, QScrollArea, QTabWidget,
                               QVBoxLayout, QWidget)

from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.backups import BackupsTab
from yarlung_pos.ui.backoffice.catalogue import CatalogueTab
from yarlung_pos.ui.backoffice.catalogue_files import CatalogueFilesTab
from yarlung_pos.ui.backoffice.county import CountyTab
from yarlung_pos.ui.backoffice.common import no_default_buttons
from yarlung_pos.ui.backoffice.policy import PolicyTab
from yarlung_pos.ui.backoffice.reports import ReportsTab
from yarlung_pos.ui.backoffice.settlement import SettlementTab
from yarlung_pos.ui.backoffice.stock import StockTab
from yarlung_pos.ui.backoffice.stocktake import StocktakeTab
from yarlung_pos.ui.backoffice.users import UsersTab
from yarlung_pos.ui.widgets import fit_to_screen


class BackOfficeWindow(QDialog):
    """The back office of ``service``'s store: Stock, Stocktake, Settlement, Reports,
    Catalogue, Catalogue files, Users, Counter rules, County office and Backups tabs.  Each tab
    reloads when shown (the counter may have sold meanwhile).  ``restore_handler(path,
    approval)`` is the till's way to restore a backup (it ends the till); ``None``: the Backups
    tab says to restore from the command line."""

    #: the till was enrolled (or enrolled again) in the County office tab: its terminal code
    enrolled = Signal(str)

    def __init__(self, service: TillService, parent=None, restore_handler=None):
        super().__init__(parent)
        self.setObjectName("backOfficeWindow")
        self.setWindowTitle(self.tr("Back office — Yarlung POS"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.service = service
        self.confirm_close = True  # ask before dropping unsaved catalogue edits (tests switch it off)

        self.stock_tab = StockTab(service)
        self.stocktake_tab = StocktakeTab(service)
        self.settlement_tab = SettlementTab(service)
        self.reports_tab = ReportsTab(service)
        self.catalogue_tab = CatalogueTab(service)
        self.catalogue_files_tab = CatalogueFilesTab(service)
        self.users_tab = UsersTab(service)
        self.policy_tab = PolicyTab(service)
        self.county_tab = CountyTab(service)
        self.backups_tab = BackupsTab(service, restore_handler=restore_handler)
        self.county_tab.enrol_form.enrolled.connect(self.enrolled)
        self.tabs = QTabWidget(objectName="backOfficeTabs")
        for tab in (self.stock_tab, self.stocktake_tab, self.settlement_tab, self.reports_tab, self.catalogue_tab,
                    self.catalogue_files_tab, self.users_tab, self.policy_tab, self.county_tab, self.backups_tab):
            # each tab scrolls when it needs more room than the screen has (longer Tibetan words)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(tab)
            self.tabs.addTab(scroll, "")
        self._title_tabs()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        close = self.close_button = QPushButton(self.tr("Close"), objectName="closeBackOfficeButton")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 1280, 800)  # never larger than the screen: Close stays on it
        no_default_buttons(self)

    def _title_tabs(self) -> None:
        titles = (self.tr("Stock"), self.tr("Stocktake"), self.tr("Settlement"), self.tr("Reports"),
                  self.tr("Catalogue"), self.tr("Catalogue files"), self.tr("Users"), self.tr("Counter rules"),
                  self.tr("County office"), self.tr("Backups"))
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Back office — Yarlung POS"))
            self._title_tabs()
            self.close_button.setText(self.tr("Close"))
        super().changeEvent(event)

    def show_tab(self, tab: QWidget) -> None:
        """Bring ``tab`` (``stock_tab``, ``settlement_tab`` …) to the front."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).widget() is tab:
                self.tabs.setCurrentIndex(i)
                return

    def _on_tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        tab = tab.widget() if isinstance(tab, QScrollArea) else tab
        if hasattr(tab, "refresh"):
            tab.refresh()

    def reject(self) -> None:  # Esc, Close and the window's ✕
        """Close, asking first when the catalogue editor holds unsaved changes."""
        if self.confirm_close and self.catalogue_tab.has_unsaved_changes():
            answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                          self.tr("The catalogue editor has changes that are not saved. Close anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                self.show_tab(self.catalogue_tab)
                return
        super().reject()
