"""Back office: stock, stocktakes, consignment settlements, daily reports and the catalogue.

One window (:class:`BackOfficeWindow`, in :mod:`.window`) with five tabs, a module each:
:mod:`.stock` (with the Receive goods dialog of :mod:`.receive`), :mod:`.stocktake`,
:mod:`.settlement`, :mod:`.reports` (with its chart) and :mod:`.catalogue` (products,
cooperatives, categories).  Each tab is its own widget whose public methods do what its
buttons do (``StockTab.receive``, ``StocktakeTab.confirm``, ``SettlementTab.create`` …) so
that they can be driven without dialogs.  Every form — the product and cooperative
editors, the Stock tab's small dialogs, the categories table — is the one record editor of
:mod:`.editor`, driven by a list of fields; :mod:`.common` holds the cells, tables and
message line the tabs share.

Widgets call the services (``services.inventory``, ``services.settlement``,
``services.reports``, ``services.backoffice``) and read through
``services.backoffice_queries``, whose functions take the ``Store``: no widget opens a
session or touches the ORM.

A refused request shows its reason in red under the tab and nothing typed is lost: dialogs
stay open with their fields as typed, a bad count stays in its cell, and the catalogue editor
keeps its fields.
"""

from yarlung_pos.services.backoffice import BackOfficeError, CatalogueEditError
from yarlung_pos.ui.backoffice.catalogue import CatalogueTab, CategoriesSection
from yarlung_pos.ui.backoffice.common import SEARCH_DELAY_MS, SORT_ROLE
from yarlung_pos.ui.backoffice.editor import Field, FormDialog, RecordEditor
from yarlung_pos.ui.backoffice.receive import ReceiveDialog
from yarlung_pos.ui.backoffice.reports import ReportsTab, SalesChart
from yarlung_pos.ui.backoffice.settlement import SettlementTab
from yarlung_pos.ui.backoffice.stock import StockTab, adjust_reason_name
from yarlung_pos.ui.backoffice.stocktake import StocktakeTab
from yarlung_pos.ui.backoffice.window import BackOfficeWindow

__all__ = ["BackOfficeError", "BackOfficeWindow", "CatalogueEditError", "CatalogueTab", "CategoriesSection", "Field",
           "FormDialog", "ReceiveDialog", "RecordEditor", "ReportsTab", "SEARCH_DELAY_MS", "SORT_ROLE", "SalesChart",
           "SettlementTab", "StockTab", "StocktakeTab", "adjust_reason_name"]
