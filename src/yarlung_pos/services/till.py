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
    """Use cases of the counter for one ``store`` and signed-in ``cashier`` (display name).

    ``user`` is the signed-in :class:`~yarlung_pos.services.users.User` (``None`` only when a
    caller built the service with a bare name, e.g. tools and benchmarks); ``policy`` the
    counter rules (rounding, discount limits, idle lock), loaded from the database."""

    store: Store
    cashier: str
    clock: Clock = system_clock
    settings: Settings = field(default_factory=Settings)
    user: object | None = None
    policy: object | None = None

    def __post_init__(self) -> None:
        if self.policy is None:
            from yarlung_pos.services.policy import load_policy
            self.policy = load_policy(self.store)

    # ------------------------------------------------------------------ people
    @property
    def can_approve(self) -> bool:
        """True when the signed-in user is a manager or admin (approves their own actions)."""
        return self.user is not None and self.user.can_approve

    def sign_in(self, username: str, pin: str):
        """Check the PIN and make ``username`` the till's user; returns the ``User``.  Raises
        ``AuthError`` (wrong PIN — counted towards lock-out and audited —, locked, unknown)."""
        from yarlung_pos.services import audit, users
        user = users.authenticate(self.store, username, pin, self.clock)
        self.user, self.cashier = user, user.name
        audit.log(self.store, user.username, "login", clock=self.clock)
        return user

    def approve(self, username: str, pin: str, action: str, **details):
        """A manager's approval of ``action`` for the signed-in user: checks the manager's PIN
        (wrong ones count towards their lock-out) and role, audits ``approval``; returns the
        approving ``User``.  Raises ``AuthError``."""
        from yarlung_pos.domain.model import QT_TRANSLATE_NOOP
        from yarlung_pos.services import audit, users
        approver = users.authenticate(self.store, username, pin, self.clock, purpose=action)
        if not approver.can_approve:
            raise users.AuthError(QT_TRANSLATE_NOOP("DomainError", "{name} is not a manager and cannot approve this"),
                                  name=approver.name)
        audit.log(self.store, self.actor, "approval", approver.username, clock=self.clock, approved=action, **details)
        return approver

    @property
    def actor(self) -> str:
        """Who is acting, as written in the audit log: the user's login name (or the bare
        cashier name)."""
        return self.user.username if self.user is not None else self.cashier

    def audit(self, action: str, approved_by: str | None = None, **details) -> None:
        """Append an audit entry for the signed-in user (see :mod:`services.audit`)."""
        from yarlung_pos.services import audit
        audit.log(self.store, self.actor, action, approved_by, clock=self.clock, **details)

    def approvers(self):
        """Active managers and admins (for the approval box)."""
        from yarlung_pos.services import users
        return [u for u in users.list_users(self.store) if u.can_approve]

    # ------------------------------------------------------------------ shifts
    def current_shift(self):
        """The open shift or ``None``."""
        from yarlung_pos.services.shifts import current_shift
        return current_shift(self.store)

    def open_shift(self, float_fen: int):
        """Open a shift with ``float_fen`` counted; raises ``ShiftError``."""
        from yarlung_pos.services.shifts import open_shift
        return open_shift(self.store, self.actor, float_fen, self.clock)

    def move_cash(self, kind: str, amount_fen: int, reason: str, approved_by: str | None = None) -> None:
        """Cash in (``"in"``) or out (``"out"``) of the drawer; raises ``ShiftError``."""
        from yarlung_pos.services.shifts import move_cash
        move_cash(self.store, self.actor, kind, amount_fen, reason, approved_by, self.clock)

    def x_report(self):
        """The open shift's X report; raises ``NoOpenShift``."""
        from yarlung_pos.services.shifts import x_report
        return x_report(self.store, self.clock)

    def close_shift(self, counted: dict[int, int]):
        """Close the shift with the cash counted (denomination fen → count); returns the Z
        report (queued for printing when a printer is set up).  Raises ``ShiftError``."""
        from yarlung_pos.services.shifts import close_shift
        return close_shift(self.store, self.actor, counted, print_report=self.prints, clock=self.clock)

    # ------------------------------------------------------------------ refunds, parking
    def find_sale(self, text: str):
        """The sale a receipt QR/number names, with what is left to refund; raises ``RefundError``."""
        from yarlung_pos.services.refunds import find_sale
        return find_sale(self.store, text)

    def refund(self, sale_uuid: str, lines, method=None, restock: bool = True, approved_by: str | None = None,
               reason: str = ""):
        """Refund ``lines`` [(line number, qty)] of a sale in the open shift, printing the
        refund receipt when a printer is set up; returns the ``CompletedRefund``.  Raises
        ``RefundError``/``NoOpenShift``."""
        from yarlung_pos.services.refunds import refund_sale
        return refund_sale(self.store, sale_uuid, lines, self.cashier, method, restock, self.clock,
                           approved_by=approved_by, reason=reason, print_receipt=self.prints, require_shift=True,
                           actor=self.actor)

    def park(self, cart: Cart, note: str = "") -> str:
        """Park ``cart`` (stored); returns its UUID.  The caller clears the cart."""
        from yarlung_pos.services.parked import park
        return park(self.store, cart, self.cashier, note, self.clock, actor=self.actor)

    def parked(self):
        """Parked sales, oldest first."""
        from yarlung_pos.services.parked import parked_sales
        return parked_sales(self.store)

    def recall(self, parked_uuid: str) -> Cart:
        """Take a parked sale back as a cart; raises ``ParkError``."""
        from yarlung_pos.services.parked import recall
        return recall(self.store, parked_uuid, self.cashier, self.clock, actor=self.actor)

    def open_drawer(self, approved_by: str | None, reason: str = "") -> bool:
        """Open the cash drawer without a sale (queued to the printer, which drives the
        drawer) and audit it; returns False when no printer is set up."""
        self.audit("drawer_opened", approved_by, reason=reason.strip()[:200])
        if not self.prints:
            return False
        from yarlung_pos.services.print_queue import enqueue_document
        with self.store.write() as s:
            enqueue_document(s, "drawer", "")
        return True

    @property
    def prints(self) -> bool:
        """True when a receipt printer is configured (not ``preview``)."""
        return self.settings.printer_uri.strip() not in ("", "preview")

    def lookup(self, code: str) -> Product:
        """Product named by a scan (label URL, barcode, SKU); raises ``UnknownCode``."""
        with self.store.read() as s:
            return catalogue.lookup_code(s, code)

    def search(self, text: str, limit: int = 20) -> list[Product]:
        """Active products matching typed text, best first, at most ``limit``: any of the
        three names, SKU, barcode, pinyin in full or by initials, Tibetan in Wylie or without
        tsheg.  Ranked exact SKU/barcode, then prefix (of a key or a word), then anywhere;
        ties by shorter Chinese name, then SKU.  Blank text gives ``[]``.  Served from the
        store's in-memory :class:`~yarlung_pos.services.search.SearchIndex`, which follows
        catalogue changes on every call."""
        from yarlung_pos.services.search import index_for
        return index_for(self.store).search(text, limit)

    def warm_search(self) -> None:
        """Build the search index now (e.g. once the till is on screen) rather than on the
        first keystroke; cheap when it is built already."""
        from yarlung_pos.services.search import index_for
        index_for(self.store).refresh()

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
        """Store the sale in the open shift with the counter's cash rounding (one transaction,
        with its print job when a printer is configured); raises ``PaymentError``,
        ``EmptySale``, ``DiscountError`` or ``NoOpenShift``."""
        return complete_sale(self.store, cart, tenders, self.cashier, self.clock, print_receipt=self.prints,
                             rounding=self.policy.rounding, require_shift=True)

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
        one), or ``None`` if there is no such sale; in the terminal's receipt languages and QR
        address, so its image is exactly what the printer gets."""
        from yarlung_pos.services.receipts import receipt_doc
        with self.store.read() as s:
            sale = get_sale(s, number_or_uuid) if number_or_uuid else last_sale(s)
            return None if sale is None else receipt_doc(s, sale, url_base=self.settings.receipt_url_base,
                                                         languages=self.settings.receipt_languages)
