"""The documents of delivery orders: shipping labels and packing slips from the stored
deliveries (:mod:`yarlung_pos.printing.shipping_label`, :mod:`~yarlung_pos.printing.packing_slip`).

A label and a slip carry the recipient's full phone and address — the post office and the
packer need them; that is printing on purpose, by staff at the counter — while lists show them
masked (:mod:`yarlung_pos.services.delivery`).  The sender is the hall: its names
(:mod:`yarlung_pos.services.hall`) and the address and phone of the till settings
``hall.address_zh`` and ``hall.phone`` (:func:`save_sender`)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from yarlung_pos.db.schema import DeliveryRow
from yarlung_pos.db.store import Store, get_setting, set_setting
from yarlung_pos.domain.delivery import (QT_TRANSLATE_NOOP, HOME_COUNTY, HOME_PREFECTURE, PROVINCE, DeliveryError,
                                         check_phone, check_text)
from yarlung_pos.printing.packing_slip import PackingItem, PackingSlip, render_packing_slips_pdf
from yarlung_pos.printing.shipping_label import Sender, ShippingLabel, render_shipping_labels_pdf
from yarlung_pos.domain.clock import system_clock
from yarlung_pos.services import audit
from yarlung_pos.services.authority import require
from yarlung_pos.services.delivery import delivery_view
from yarlung_pos.services.hall import hall_names_in
from yarlung_pos.services.print_jobs import enqueue_document

ADDRESS_SETTING = "hall.address_zh"
PHONE_SETTING = "hall.phone"
DEFAULT_HALL_ADDRESS = PROVINCE.zh + HOME_PREFECTURE + HOME_COUNTY


def sender(store: Store) -> Sender:
    """The hall as the sender of parcels."""
    with store.read() as s:
        return _sender(s)


def _sender(s) -> Sender:
    names = hall_names_in(s)
    return Sender(names["zh"], names["bo"], get_setting(s, ADDRESS_SETTING) or DEFAULT_HALL_ADDRESS,
                  get_setting(s, PHONE_SETTING) or "")


def save_sender(store: Store, actor, address_zh: str | None = None, phone: str | None = None, *,
                approval=None, clock=system_clock) -> Sender:
    """Set the hall's address (Chinese, one line) and phone printed as the sender (action
    ``settings``: a manager; ``ApprovalRequired`` otherwise; audited); returns the sender.
    Raises ``DeliveryError`` for a bad phone or an address over 120 characters."""
    grant = require(actor, "settings", approval)
    address = check_text(address_zh, "street", 120, required=True) if address_zh is not None else None
    number = check_phone(phone) if phone is not None else None
    at = clock()
    with store.write() as s:
        before = _sender(s)
        if address is not None:
            set_setting(s, ADDRESS_SETTING, address)
        if number is not None:
            set_setting(s, PHONE_SETTING, number)
        after = _sender(s)
        changed = {k: [getattr(before, a), getattr(after, a)] for k, a in (("hall_address", "address_zh"),
                                                                            ("hall_phone", "phone"))
                   if getattr(before, a) != getattr(after, a)}
        grant.record(s, at)
        audit.record(s, at, grant.actor, "settings_changed", grant.approved_by if grant.approved else None,
                     scope="delivery", changed=changed)
        return after


class _Unknown(DeliveryError, LookupError):
    """An unknown delivery: a DeliveryError for screens, a LookupError for the print queue."""


def _rows(s, keys: list[str]) -> list[DeliveryRow]:
    """The deliveries named by ``keys`` (numbers, tracking numbers or UUIDs), in that order;
    raises ``LookupError`` naming the first unknown one."""
    out = []
    for key in keys:
        k = (key or "").strip()
        row = s.scalar(select(DeliveryRow).where(or_(DeliveryRow.number == k.upper(), DeliveryRow.tracking == k.upper(),
                                                     DeliveryRow.uuid == k))
                       .options(selectinload(DeliveryRow.history)))
        if row is None:
            raise _Unknown(QT_TRANSLATE_NOOP("DomainError", "There is no delivery {number} on this till."),
                           number=k[:40])
        out.append(row)
    return out


def shipping_labels(store: Store, keys: list[str]) -> list[ShippingLabel]:
    """The :class:`ShippingLabel` of each delivery in ``keys``.  Raises ``LookupError``."""
    with store.read() as s:
        hall = _sender(s)
        out = []
        for row in _rows(s, keys):
            v = delivery_view(s, row, True)
            out.append(ShippingLabel(v.number, hall, v.name, v.name_bo, v.phone, v.address.lines(), v.weight_g,
                                     v.tracking, v.carrier, v.requested_date, v.sale_number))
        return out


def packing_slips(store: Store, keys: list[str]) -> list[PackingSlip]:
    """The :class:`PackingSlip` of each delivery in ``keys``.  Raises ``LookupError``."""
    with store.read() as s:
        hall = _sender(s)
        out = []
        for row in _rows(s, keys):
            v = delivery_view(s, row, True)
            items = [PackingItem(sku, name_zh, name_bo, name_en, qty, unit)
                     for sku, name_bo, name_zh, name_en, qty, unit in v.items]
            out.append(PackingSlip(v.number, v.sale_number, v.created_at, v.channel, v.channel_order, hall, v.name,
                                   v.name_bo, v.phone, v.address.lines(), v.note or None, items, v.requested_date))
        return out


def write_shipping_labels(store: Store, keys: list[str], template: str, path: Path) -> int:
    """Write the shipping labels of ``keys`` to the PDF ``path`` (a page per label, the page
    the label's size: ``100x150`` or ``100x180`` mm); returns the pages.  Raises
    ``DeliveryError`` (unknown delivery), ``ShippingLabelError`` (unknown template, a label
    that cannot hold the address) or ``OSError``."""
    return render_shipping_labels_pdf(shipping_labels(store, keys), template, Path(path))


def write_packing_slips(store: Store, keys: list[str], path: Path) -> int:
    """Write the A5 packing slips of ``keys`` to the PDF ``path``; returns the pages."""
    return render_packing_slips_pdf(packing_slips(store, keys), Path(path))


def queue_packing_slip(service, key: str) -> int | None:
    """Queue the packing slip of delivery ``key`` on ``service``'s receipt printer; the job
    id, or ``None`` when the till prints nothing.  Raises ``DeliveryError`` when unknown."""
    if not service.prints:
        return None
    with service.store.write() as s:
        row, = _rows(s, [key])
        return enqueue_document(s, "packing_slip", row.uuid)
