"""The till's use cases behind one object, shared by the till window and the command line.

``TillService`` holds the store and the terminal's identity; every method opens its own unit
of work.  Widgets call these methods, never the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yarlung_pos.config import Settings
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, system_clock
from yarlung_pos.domain.model import Cart, Category, Product, Tender
from yarlung_pos.services import catalogue
from yarlung_pos.services.sales import CompletedSale, complete_sale, get_sale, last_sale, terminal_code


@dataclass
class TillService:
    """Use cases of the counter for one ``store`` and signed-in ``cashier``."""

    store: Store
    cashier: str
    clock: Clock = system_clock
    settings: Settings = field(default_factory=Settings)

    @property
    def prints(self) -> bool:
        """True when a receipt printer is configured (not ``preview``)."""
        return self.settings.printer_uri.strip() not in ("", "preview")

    def lookup(self, code: str) -> Product:
        """Product named by a scan (label URL, barcode, SKU); raises ``UnknownCode``."""
        with self.store.read() as s:
            return catalogue.lookup_code(s, code)

    def search(self, text: str, limit: int = 20) -> list[Product]:
        """Products matching typed text, best first (see :func:`catalogue.search_products`)."""
        with self.store.read() as s:
            return catalogue.search_products(s, text, limit)

    def categories(self) -> list[Category]:
        """Categories in display order."""
        with self.store.read() as s:
            return catalogue.list_categories(s)

    def products_in(self, category_code: str, limit: int | None = None) -> list[Product]:
        """Active products of a category (touch grid), at most ``limit``."""
        with self.store.read() as s:
            return catalogue.products_in_category(s, category_code, limit)

    def catalogue_version(self) -> tuple[int, str]:
        """Changes whenever the catalogue does (see :func:`catalogue.catalogue_version`)."""
        with self.store.read() as s:
            return catalogue.catalogue_version(s)

    def label_items(self, requests: list[tuple[str, int]], category: str | None = None):
        """Products and copies for labels (see :func:`services.labels.resolve_label_items`);
        raises ``LabelError`` naming an unknown SKU or category."""
        from yarlung_pos.services.labels import resolve_label_items
        with self.store.read() as s:
            return resolve_label_items(s, requests, category)

    def terminal_code(self) -> str:
        """This terminal's code (receipt-number prefix)."""
        with self.store.read() as s:
            return terminal_code(s)

    def complete(self, cart: Cart, tenders: list[Tender]) -> CompletedSale:
        """Store the sale (one transaction, with its print job when a printer is configured);
        raises ``PaymentError``/``EmptySale``."""
        return complete_sale(self.store, cart, tenders, self.cashier, self.clock, print_receipt=self.prints)

    def reprint(self, number_or_uuid: str) -> int | None:
        """Queue a copy of a sale's receipt (one press prints once); returns the job id, or
        ``None`` when no printer is configured.  Raises ``LookupError`` for an unknown sale."""
        from yarlung_pos.services.print_queue import enqueue_receipt
        if not self.prints:
            return None
        with self.store.write() as s:
            sale = get_sale(s, number_or_uuid)
            if sale is None:
                raise LookupError(f"no sale {number_or_uuid}")
            return enqueue_receipt(s, sale.uuid, copy=True)

    def receipt(self, number_or_uuid: str | None = None):
        """The :class:`~yarlung_pos.printing.receipt.ReceiptDoc` of a sale (default: the last
        one), or ``None`` if there is no such sale."""
        from yarlung_pos.services.receipts import receipt_doc
        with self.store.read() as s:
            sale = get_sale(s, number_or_uuid) if number_or_uuid else last_sale(s)
            return None if sale is None else receipt_doc(s, sale, url_base=self.settings.receipt_url_base)
