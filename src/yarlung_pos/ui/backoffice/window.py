"""The back-office window: the Stock, Stocktake, Settlement, Reports, Catalogue, Catalogue
files, Users, Counter rules, County office and Backups tabs in one dialog.

A tab is built (its module imported, its widgets made, its data read) only when it is first
shown or first asked for (``window.stock_tab`` …): the window appears at once after the
manager's PIN, with only the Stock tab filled (issue #15)."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QMessageBox, QPushButton, QScrollArea, QTabWidget,
                               QVBoxLayout, QWidget)

from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.common import no_default_buttons
from yarlung_pos.ui.widgets import fit_to_screen

#: the tabs in order: (attribute, module under yarlung_pos.ui.backoffice, class)
TABS = (("stock_tab", "stock", "StockTab"), ("stocktake_tab", "stocktake", "StocktakeTab"),
        ("settlement_tab", "settlement", "SettlementTab"), ("reports_tab", "reports", "ReportsTab"),
        ("catalogue_tab", "catalogue", "CatalogueTab"), ("catalogue_files_tab", "catalogue_files", "CatalogueFilesTab"),
        ("users_tab", "users", "UsersTab"), ("policy_tab", "policy", "PolicyTab"),
        ("delivery_tab", "delivery_rules", "DeliveryRulesTab"),
        ("county_tab", "county", "CountyTab"), ("backups_tab", "backups", "BackupsTab"))


class BackOfficeWindow(QDialog):
    """The back office of ``service``'s store: Stock, Stocktake, Settlement, Reports,
    Catalogue, Catalogue files, Users, Counter rules, Delivery, County office and Backups tabs.  A tab
    is built when first shown or first used through its attribute (``stock_tab`` …), and
    reloads each time it is shown again (the counter may have sold meanwhile).
    ``restore_handler(path, approval)`` is the till's way to restore a backup (it ends the
    till); ``None``: the Backups tab says to restore from the command line."""

    #: the till was enrolled (or enrolled again) in the County office tab: its terminal code
    enrolled = Signal(str)

    def __init__(self, service: TillService, parent=None, restore_handler=None):
        super().__init__(parent)
        self.setObjectName("backOfficeWindow")
        self.setWindowTitle(self.tr("Back office — Yarlung POS"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.service = service
        self.confirm_close = True  # ask before dropping unsaved catalogue edits (tests switch it off)
        self._restore_handler = restore_handler
        self._built: dict[str, QWidget] = {}
        self.tabs = QTabWidget(objectName="backOfficeTabs")
        for _attr, _module, _cls in TABS:
            # each tab scrolls when it needs more room than the screen has (longer Tibetan words)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.tabs.addTab(scroll, "")
        self._title_tabs()
        self._tab(0)  # the first tab shows at once; the others wait until chosen
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

    def _tab(self, index: int) -> QWidget:
        """The tab at ``index``, built (and so loaded) on first use."""
        attr, module, cls = TABS[index]
        tab = self._built.get(attr)
        if tab is None:
            factory = getattr(import_module(f"yarlung_pos.ui.backoffice.{module}"), cls)
            tab = factory(self.service, restore_handler=self._restore_handler) if attr == "backups_tab" \
                else factory(self.service)
            self._built[attr] = tab
            if attr == "county_tab":  # the till names its new terminal code at once
                tab.enrol_form.enrolled.connect(self.enrolled)
            self.tabs.widget(index).setWidget(tab)
            no_default_buttons(tab)
        return tab

    def is_built(self, attr: str) -> bool:
        """True when the tab called ``attr`` (``"users_tab"`` …) has been built (shown or used)."""
        return attr in self._built

    def _title_tabs(self) -> None:
        titles = (self.tr("Stock"), self.tr("Stocktake"), self.tr("Settlement"), self.tr("Reports"),
                  self.tr("Catalogue"), self.tr("Catalogue files"), self.tr("Users"), self.tr("Counter rules"),
                  self.tr("Delivery"), self.tr("County office"), self.tr("Backups"))
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
        tab = self._tab(index)
        if hasattr(tab, "refresh"):
            tab.refresh()

    def reject(self) -> None:  # Esc, Close and the window's ✕
        """Close, asking first when the catalogue editor holds unsaved changes."""
        catalogue = self._built.get("catalogue_tab")
        if self.confirm_close and catalogue is not None and catalogue.has_unsaved_changes():
            answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                          self.tr("The catalogue editor has changes that are not saved. Close anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                self.show_tab(catalogue)
                return
        super().reject()


def _tab_property(index: int) -> property:
    attr = TABS[index][0]
    return property(lambda self: self._tab(index), doc=f"The {attr.replace('_tab', '').replace('_', ' ')} tab "
                                                       "(built on first use).")


for _i, (_attr, _m, _c) in enumerate(TABS):
    setattr(BackOfficeWindow, _attr, _tab_property(_i))
