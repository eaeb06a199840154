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

from importlib import import_module

#: public name → the module of this package that defines it (imported on first use, so that
#: opening the back office imports only the tabs shown)
_WHERE = {"BackOfficeError": "yarlung_pos.services.backoffice", "CatalogueEditError": "yarlung_pos.services.backoffice",
          "CatalogueTab": ".catalogue", "CategoriesSection": ".catalogue", "CatalogueFilesTab": ".catalogue_files",
          "CountyTab": ".county", "SEARCH_DELAY_MS": ".common", "SORT_ROLE": ".common", "Field": ".editor",
          "FormDialog": ".editor", "RecordEditor": ".editor", "PolicyTab": ".policy", "ReceiveDialog": ".receive",
          "ReportsTab": ".reports", "SalesChart": ".reports", "SettlementTab": ".settlement", "StockTab": ".stock",
          "adjust_reason_name": ".stock", "StocktakeTab": ".stocktake", "UsersTab": ".users",
          "BackupsTab": ".backups", "BackOfficeWindow": ".window"}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    """The public names of the tab modules, imported when first asked for (PEP 562)."""
    try:
        where = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(where, __name__), name)
    globals()[name] = value
    return value
