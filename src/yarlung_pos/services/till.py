"""The till's use cases behind one object, shared by the till window and the command line.

``TillService`` holds the store and the terminal's identity; every method opens its own unit
of work.  Widgets call these methods, never the ORM.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from yarlung_pos.config import Settings, save_settings
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock
from yarlung_pos.domain.model import Cart, Category, Product, Tender
from yarlung_pos.domain.pricing import approval_needed, is_override, mark_approved
from yarlung_pos.services import audit, authority, catalogue, users
from yarlung_pos.services.authority import Approval
from yarlung_pos.services.parked import park, parked_sales, recall
from yarlung_pos.services.policy import CounterPolicy, load_policy, save_policy
from yarlung_pos.services.print_jobs import enqueue_document, enqueue_receipt
from yarlung_pos.services.refunds import find_sale, refund_sale
from yarlung_pos.services.sales import CompletedSale, complete_sale, get_sale, last_sale, terminal_code
from yarlung_pos.services import shifts
from yarlung_pos.services.till_delivery import DeliveryUseCases


@dataclass
class TillService(DeliveryUseCases):
    """Use cases of the counter for one ``store`` and signed-in ``cashier`` (display name).

    ``clock`` stamps every time the till records; ``user`` is the signed-in
    :class:`~yarlung_pos.services.users.User` (``None`` only when a caller built the service
    with a bare name, e.g. tools and benchmarks: such a caller can do nothing that needs a
    manager without an :class:`~yarlung_pos.services.authority.Approval`); ``policy`` the
    counter rules (rounding, discount limits, idle lock), loaded from the database.

    Who may do what is decided by the use cases themselves
    (:mod:`~yarlung_pos.services.authority`): methods that need a manager take an
    ``approval`` (from :meth:`approve`) and raise ``ApprovalRequired`` without one."""

    store: Store
    cashier: str
    clock: Clock
    settings: Settings = field(default_factory=Settings)
    user: users.User | None = None
    policy: CounterPolicy | None = None
    #: called after every shift close: the till's backup worker (issue #14); ``None``: no backup
    after_shift_close: Callable[[], None] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.policy is None:
            self.policy = load_policy(self.store)

    # ------------------------------------------------------------------ people
    @property
    def can_approve(self) -> bool:
        """True when the signed-in user is a manager or admin (needs no one's approval for
        what a manager may do)."""
        return authority.allowed(self.user, "refund")

    def may(self, action: str) -> bool:
        """True when the signed-in user may do ``action`` without an approval (to show or
        hide an approval box; the use case decides again)."""
        return authority.allowed(self.user, action)

    def sign_in(self, username: str, pin: str) -> users.User:
        """Check the PIN and make ``username`` the till's user; returns the ``User``.  Raises
        ``AuthError`` (wrong PIN — counted towards lock-out and audited —, locked, unknown)."""
        user = users.authenticate(self.store, username, pin, self.clock)
        self.user, self.cashier = user, user.name
        audit.log(self.store, user.username, "login", self.clock)
        return user

    def approve(self, username: str, pin: str, action: str, **_details) -> Approval:
        """A manager's approval of ``action`` for the signed-in user: checks the manager's PIN
        (wrong ones count towards their lock-out) and role; returns the
        :class:`~yarlung_pos.services.authority.Approval` to pass to the use case, which
        audits it when it succeeds.  Raises ``AuthError`` or ``ApprovalRequired``."""
        return authority.approve(self.store, username, pin, action, self.clock)

    def check(self, action: str, approval: Approval | None = None) -> authority.Grant:
        """Permission to open a manager's screen (``back_office``, ``audit_log``,
        ``settings``); the approval is audited now, since opening is the action.  Raises
        ``ApprovalRequired``."""
        grant = authority.require(self.user, action, approval)
        if grant.approved:
            with self.store.write() as s:
                grant.record(s, self.clock())
        return grant

    @property
    def actor(self) -> str:
        """Who is acting, as written in the audit log: the user's login name (or the bare
        cashier name)."""
        return self.user.username if self.user is not None else self.cashier

    def audit(self, action: str, approved_by: str | None = None, **details) -> None:
        """Append an audit entry for the signed-in user (see :mod:`services.audit`)."""
        audit.log(self.store, self.actor, action, self.clock, approved_by, **details)

    def approvers(self) -> list[users.User]:
        """Active managers and admins (for the approval box)."""
        return [u for u in users.list_users(self.store) if u.can_approve]

    # ------------------------------------------------------------------ shifts
    def current_shift(self):
        """The open shift or ``None``."""
        return shifts.current_shift(self.store)

    def open_shift(self, float_fen: int):
        """Open a shift with ``float_fen`` counted; raises ``ShiftError``."""
        return shifts.open_shift(self.store, self.actor, float_fen, self.clock)

    def move_cash(self, kind: str, amount_fen: int, reason: str, approval: Approval | None = None) -> None:
        """Cash in (``"in"``) or out (``"out"``: a manager, or their ``approval``) of the
        drawer; raises ``ShiftError`` or ``ApprovalRequired``."""
        shifts.move_cash(self.store, self.actor, kind, amount_fen, reason, self.clock, actor=self.user,
                         approval=approval)

    def x_report(self):
        """The open shift's X report; raises ``NoOpenShift``."""
        return shifts.x_report(self.store, self.clock)

    def close_shift(self, counted: dict[int, int]):
        """Close the shift with the cash counted (denomination fen → count); returns the Z
        report (queued for printing when a printer is set up), then asks for the backup every
        shift close makes (:attr:`after_shift_close`, set by the till to its backup worker;
        issue #14).  Erases the recipients' personal data whose time has come (issue #16: at
        least daily, since a shift closes every day).  Raises ``ShiftError``."""
        report = shifts.close_shift(self.store, self.actor, counted, self.clock, print_report=self.prints)
        from yarlung_pos.services.delivery import erase_personal_data
        erase_personal_data(self.store, self.clock)
        if self.after_shift_close is not None:
            self.after_shift_close()
        return report

    # ------------------------------------------------------------------ after a restore (issue #14)
    def numbering_to_confirm(self) -> dict | None:
        """``None``, or after a restore the numbers the till would number after (``{"terminal",
        "receipt", "shift", "z"}``) until the county's numbers or a manager confirm them."""
        from yarlung_pos.services.numbering_check import numbering_to_confirm
        return numbering_to_confirm(self.store)

    def confirm_numbering(self, numbers: dict[str, int], approval: Approval | None = None) -> dict:
        """A manager (or their ``approval``) confirms the numbering after a restore; returns the
        numbers in force.  Raises ``ApprovalRequired``, ``NumberingError``."""
        from yarlung_pos.services.numbering_check import confirm_numbering
        return confirm_numbering(self.store, numbers, actor=self.user, clock=self.clock, approval=approval)

    # ------------------------------------------------------------------ refunds, parking
    def find_sale(self, text: str):
        """The sale a receipt QR/number names, with what is left to refund; raises ``RefundError``."""
        return find_sale(self.store, text)

    def refund(self, sale_uuid: str, lines, method=None, restock: bool = True, approval: Approval | None = None,
               reason: str = ""):
        """Refund ``lines`` [(line number, qty)] of a sale in the open shift (a manager, or
        their ``approval``), printing the refund receipt when a printer is set up; returns
        the ``CompletedRefund``.  Raises ``RefundError``, ``NoOpenShift`` or
        ``ApprovalRequired``."""
        return refund_sale(self.store, sale_uuid, lines, self.cashier, self.clock, method=method, restock=restock,
                           actor=self.user, approval=approval, reason=reason, print_receipt=self.prints,
                           require_shift=True)

    def park(self, cart: Cart, note: str = "") -> str:
        """Park ``cart`` (stored); returns its UUID.  The caller clears the cart."""
        return park(self.store, cart, self.cashier, self.clock, note, actor=self.actor)

    def parked(self):
        """Parked sales, oldest first."""
        return parked_sales(self.store)

    def recall(self, parked_uuid: str) -> Cart:
        """Take a parked sale back as a cart; raises ``ParkError``."""
        return recall(self.store, parked_uuid, self.cashier, self.clock, actor=self.actor)

    def open_drawer(self, approval: Approval | None = None, reason: str = "") -> bool:
        """Open the cash drawer without a sale (a manager, or their ``approval``): queued to
        the printer, which drives the drawer, and audited; returns False when no printer is
        set up (the attempt is still audited).  Raises ``ApprovalRequired``."""
        grant = authority.require(self.user, "drawer", approval)
        at = self.clock()
        with self.store.write() as s:
            grant.record(s, at)
            audit.record(s, at, self.actor, "drawer_opened", grant.approved_by, reason=reason.strip()[:200])
            if self.prints:
                enqueue_document(s, "drawer", "")
        return self.prints

    # ------------------------------------------------------------------ discounts, policy, settings
    def record_discount(self, cart: Cart, action: str, approval: Approval | None = None, **details) -> str | None:
        """Audit a discount (``"discount"``) or price override (``"price_override"``)
        just applied to ``cart`` (``action``).  When ``cart`` now needs a manager (any override; discounts
        above the limits), decides it (:func:`authority.require`), records the approver on
        the cart (:func:`pricing.mark_approved`) and audits the approval with the change, in
        one transaction; returns the approver's login name (``None`` when none was needed).
        Raises ``ApprovalRequired`` — the caller then undoes the change.  ``details`` must be
        JSON-ready (fen as ints)."""
        needed = action == "price_override" and any(is_override(ln) for ln in cart.lines) or approval_needed(
            cart, self.policy.discount_limit_pct, self.policy.discount_limit_fen)
        grant = authority.require(self.user, action, approval) if needed else None
        at = self.clock()
        with self.store.write() as s:
            if grant is not None:
                grant.record(s, at, **details)
            audit.record(s, at, self.actor, action, grant.approved_by if grant else None, **details)
        if grant is not None:
            mark_approved(cart, grant.approved_by)
        return grant.approved_by if grant else None

    def save_policy(self, policy: CounterPolicy, approval: Approval | None = None) -> None:
        """Store the counter rules (a manager, or their ``approval``) and use them from now
        on; raises ``PolicyError`` or ``ApprovalRequired``."""
        save_policy(self.store, policy, actor=self.user, clock=self.clock, approval=approval)
        self.policy = policy

    def save_settings(self, settings: Settings, approval: Approval | None = None) -> dict:
        """Write the terminal settings file (a manager, or their ``approval``), audit what
        changed (``settings_changed``, old → new) and use them from now on; returns the
        changes ``{field: [old, new]}``.  Raises ``ApprovalRequired``, ``SettingsError`` or
        ``OSError`` (nothing is changed then)."""
        grant = authority.require(self.user, "settings", approval)
        old, new = asdict(self.settings), asdict(settings)
        changed = {k: [str(old[k]), str(new[k])] for k in new if k != "path" and old.get(k) != new[k]}
        save_settings(settings, settings.path or self.settings.path)
        if changed:
            at = self.clock()
            with self.store.write() as s:
                grant.record(s, at, scope="terminal")
                audit.record(s, at, self.actor, "settings_changed", grant.approved_by if grant.approved else None,
                             scope="terminal", changed=changed)
        self.settings = settings
        return changed

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

    def complete(self, cart: Cart, tenders: list[Tender], approval: Approval | None = None) -> CompletedSale:
        """Store the sale in the open shift with the counter's rules (cash rounding, discount
        limits; one transaction, with its print job when a printer is configured).  Discounts
        above the limits that no approval on the cart covers need ``approval``.  Raises
        ``PaymentError``, ``EmptySale``, ``DiscountError``, ``NoOpenShift`` or
        ``ApprovalRequired``."""
        return complete_sale(self.store, cart, tenders, self.cashier, self.clock, print_receipt=self.prints,
                             require_shift=True, actor=self.user, approval=approval, policy=self.policy)

    def reprint(self, number_or_uuid: str) -> int | None:
        """Queue a copy of a sale's receipt (one press prints once); returns the job id, or
        ``None`` when no printer is configured.  Raises ``LookupError`` for an unknown sale."""
        if not self.prints:
            return None
        with self.store.write() as s:
            sale = get_sale(s, number_or_uuid)
            if sale is None:
                raise LookupError(f"no sale {number_or_uuid}")
            return enqueue_receipt(s, sale.uuid, copy=True)

    def receipt(self, number_or_uuid: str | None = None):
        """The :class:`~yarlung_pos.printing.receipt_doc.ReceiptDoc` of a sale (default: the last
        one), or ``None`` if there is no such sale; in the terminal's receipt languages and QR
        address, so its image is exactly what the printer gets."""
        from yarlung_pos.services.receipts import receipt_doc
        with self.store.read() as s:
            sale = get_sale(s, number_or_uuid) if number_or_uuid else last_sale(s)
            return None if sale is None else receipt_doc(s, sale, url_base=self.settings.receipt_url_base,
                                                         languages=self.settings.receipt_languages)
