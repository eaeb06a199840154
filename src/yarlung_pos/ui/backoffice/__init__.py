"""Back office: stock, stocktakes, consignment settlements, daily reports, the catalogue, and
what an admin does — catalogue files, users, counter rules, the county office.

One window (:class:`BackOfficeWindow`, in :mod:`.window`) with nine tabs, a module each:
:mod:`.stock` (with the Receive goods dialog of :mod:`.receive`), :mod:`.stocktake`,
:mod:`.settlement`, :mod:`.reports` (with its chart), :mod:`.catalogue` (products,
cooperatives, categories), :mod:`.catalogue_files` (CSV import and export), :mod:`.users`,
:mod:`.policy` (counter rules) and :mod:`.county` (enrolment, sync, set-aside records).
Forms whose action may need someone else's approval are :mod:`.approving`'s dialogs: they
collect the approver's PIN and the service decides.  Each tab is its own widget whose public methods do what its
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
from yarlung_pos.ui.backoffice.catalogue_files import CatalogueFilesTab
from yarlung_pos.ui.backoffice.county import CountyTab
from yarlung_pos.ui.backoffice.common import SEARCH_DELAY_MS, SORT_ROLE
from yarlung_pos.ui.backoffice.editor import Field, FormDialog, RecordEditor
from yarlung_pos.ui.backoffice.policy import PolicyTab
from yarlung_pos.ui.backoffice.receive import ReceiveDialog
from yarlung_pos.ui.backoffice.reports import ReportsTab, SalesChart
from yarlung_pos.ui.backoffice.settlement import SettlementTab
from yarlung_pos.ui.backoffice.stock import StockTab, adjust_reason_name
from yarlung_pos.ui.backoffice.stocktake import StocktakeTab
from yarlung_pos.ui.backoffice.users import UsersTab
from yarlung_pos.ui.backoffice.window import BackOfficeWindow

__all__ = ["BackOfficeError", "BackOfficeWindow", "CatalogueEditError", "CatalogueFilesTab", "CatalogueTab",
           "CategoriesSection", "CountyTab", "Field", "FormDialog", "PolicyTab", "ReceiveDialog", "RecordEditor",
           "ReportsTab", "SEARCH_DELAY_MS", "SORT_ROLE", "SalesChart", "SettlementTab", "StockTab", "StocktakeTab",
           "UsersTab", "adjust_reason_name"]
