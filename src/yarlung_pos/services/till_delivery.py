"""The delivery use cases of :class:`~yarlung_pos.services.till.TillService` (a mixin: the
till's store, clock, signed-in user and settings), so screens call one object.  The rules and
permissions are in :mod:`yarlung_pos.services.delivery`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from yarlung_pos.domain.delivery import Address
from yarlung_pos.domain.model import Cart, Tender
from yarlung_pos.services import delivery
from yarlung_pos.services.authority import Approval


class DeliveryUseCases:
    """Mixed into ``TillService``; every method acts as the signed-in user."""

    def quote_postage(self, address: Address, weight_g: int | None) -> tuple[str, int]:
        """``(zone, postage fen)`` for a parcel (:func:`~yarlung_pos.services.delivery.quote_postage`)."""
        return delivery.quote_postage(self.store, address, weight_g)

    def create_delivery(self, cart: Cart, tenders: list[Tender], request: delivery.DeliveryRequest,
                        approval: Approval | None = None) -> delivery.DeliveryCreated:
        """Sell ``cart`` (plus postage) as a delivery to ``request``'s recipient in the open
        shift, with the counter's rules and its receipt.  Raises ``DeliveryError`` (the
        request), and what :meth:`complete` raises."""
        return delivery.create_delivery(self.store, cart, tenders, request, self.cashier, self.clock, actor=self.user,
                                        approval=approval, print_receipt=self.prints, require_shift=True,
                                        policy=self.policy)

    def deliveries(self, status: str | None = None, date_from: date | None = None, date_to: date | None = None,
                   text: str = "", unmasked: bool = False, approval: Approval | None = None):
        """Deliveries newest first (:func:`~yarlung_pos.services.delivery.list_deliveries`)."""
        return delivery.list_deliveries(self.store, status=status, date_from=date_from, date_to=date_to, text=text,
                                        unmasked=unmasked, actor=self.user, approval=approval)

    def delivery_counts(self, date_from: date | None = None, date_to: date | None = None) -> dict[str, int]:
        """Deliveries per status (:func:`~yarlung_pos.services.delivery.status_counts`)."""
        return delivery.status_counts(self.store, date_from, date_to)

    def delivery(self, number_or_tracking: str, unmasked: bool = False, approval: Approval | None = None):
        """One delivery (:func:`~yarlung_pos.services.delivery.get_delivery`)."""
        return delivery.get_delivery(self.store, number_or_tracking, unmasked=unmasked, actor=self.user,
                                     approval=approval, clock=self.clock)

    def pack_delivery(self, number: str, tracking: str | None = None, carrier: str | None = None):
        """Mark a delivery packed (with its waybill's tracking number when known)."""
        return delivery.pack(self.store, number, self.actor, self.clock, tracking=tracking, carrier=carrier)

    def hand_over(self, number: str, tracking: str | None, carrier: str | None = "China Post", weight_g=None,
                  postage_paid_fen: int | None = None):
        """Hand a parcel to the post office with its tracking number."""
        return delivery.hand_over(self.store, number, tracking, self.actor, self.clock, carrier=carrier,
                                  weight_g=weight_g, postage_paid_fen=postage_paid_fen)

    def mark_delivered(self, number: str):
        """Mark a delivery delivered."""
        return delivery.mark_delivered(self.store, number, self.actor, self.clock)

    def return_delivery(self, number: str, restock: bool, approval: Approval | None = None):
        """A parcel came back: refund against its sale (a manager's refund)."""
        return delivery.return_delivery(self.store, number, self.cashier, self.clock, restock=restock,
                                        actor=self.user, approval=approval, require_shift=True)

    def print_shipping_labels(self, numbers: list[str], template: str, path: Path) -> int:
        """Write the shipping labels of ``numbers`` as a PDF (a page per label); returns pages."""
        from yarlung_pos.services import delivery_docs
        return delivery_docs.write_shipping_labels(self.store, numbers, template, Path(path))

    def print_packing_slips(self, numbers: list[str], path: Path) -> int:
        """Write the A5 packing slips of ``numbers`` as a PDF; returns pages."""
        from yarlung_pos.services import delivery_docs
        return delivery_docs.write_packing_slips(self.store, numbers, Path(path))

    def print_packing_slip_receipt(self, number: str) -> int | None:
        """Queue the packing slip of ``number`` on the receipt printer; the job id, or ``None``
        without a printer."""
        from yarlung_pos.services import delivery_docs
        return delivery_docs.queue_packing_slip(self, number)

    # ------------------------------------------------------------------ online shop orders (issue #18)
    def online_orders(self, status: str | None = "awaiting_payment"):
        """Online orders oldest first (:func:`~yarlung_pos.services.online_orders.list_orders`)."""
        from yarlung_pos.services import online_orders
        return online_orders.list_orders(self.store, status)

    def confirm_online_order(self, number: str, method: str, reference: str | None,
                             approval: Approval | None = None):
        """The payment of online order ``number`` was received: its sale (and delivery) in the
        open shift, with the till's receipt
        (:func:`~yarlung_pos.services.online_orders.confirm_order`)."""
        from yarlung_pos.services import online_orders
        return online_orders.confirm_order(self.store, number, method, reference, self.user, self.clock,
                                           approval=approval, cashier=self.cashier, print_receipt=self.prints,
                                           require_shift=True, policy=self.policy)

    def cancel_online_order(self, number: str, reason: str, approval: Approval | None = None):
        """Cancel online order ``number`` (:func:`~yarlung_pos.services.online_orders.cancel_order`)."""
        from yarlung_pos.services import online_orders
        return online_orders.cancel_order(self.store, number, reason, self.user, self.clock, approval=approval)

    # ------------------------------------------------------------------ the delivery rules (back office)
    def delivery_rules(self) -> dict:
        """``{"postage": PostageTable, "erase_days", "return_postage", "sender": Sender}``."""
        from yarlung_pos.services import delivery_docs, delivery_settings
        return {"postage": delivery_settings.postage_table(self.store), **delivery_settings.delivery_policy(self.store),
                "sender": delivery_docs.sender(self.store)}

    def save_delivery_rules(self, postage, erase_days: int, return_postage: str, sender_address: str,
                            sender_phone: str, approval: Approval | None = None) -> None:
        """Save the postage table, the erase days, the postage-on-return rule and the sender
        (a manager's, or with their ``approval``; each change audited).  Everything is checked
        before anything is saved: raises ``DeliveryError`` or ``ApprovalRequired``."""
        from yarlung_pos.domain.delivery import check_phone, check_text
        from yarlung_pos.services import delivery_docs, delivery_settings
        from yarlung_pos.services.authority import require
        require(self.user, "settings", approval)
        if sender_phone.strip():
            check_phone(sender_phone)
        check_text(sender_address, "street", 120, required=True)
        delivery_settings.check_delivery_policy(erase_days, return_postage)
        delivery_settings.save_postage_table(self.store, postage, self.user, approval, self.clock)
        delivery_settings.save_delivery_policy(self.store, self.user, erase_days=erase_days,
                                               return_postage=return_postage, approval=approval, clock=self.clock)
        delivery_docs.save_sender(self.store, self.user, sender_address,
                                  sender_phone if sender_phone.strip() else None, approval=approval, clock=self.clock)
