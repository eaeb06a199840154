"""Tables of QR-scan shopping (issue #18): product photos, the cooperatives' short texts (on
``cooperatives``), and the orders customers place on the shop pages.

* ``product_photos``: one JPEG per SKU, resized in the console when uploaded (``width`` ×
  ``height`` pixels; ``etag`` the SHA-256 of the bytes, for caching).
* ``online_orders``: an order from the shop.  ``number`` is shown to the customer and is the
  payment note (``W-000001``); ``token_hash`` the SHA-256 of the unguessable token of its status
  page ``/o/<token>`` (the token itself is never stored).  ``status``: ``awaiting_payment`` →
  ``confirmed`` (the hall took the payment: a sale, and a delivery when ``fulfilment`` is
  ``delivery``) → the delivery's statuses (``to_pack``, ``packed``, ``handed_over``,
  ``delivered``, ``returned``) or ``picked_up``; or ``cancelled`` (``cancel_reason``).
  ``fulfilment`` is ``delivery`` (the address fields, as a delivery order's) or ``pickup``
  (at the hall; no address).  Money in fen: ``items_fen`` the goods at the prices shown when
  ordered, ``postage_fen`` set by the hall when it confirms (``None`` before), ``total_fen``
  items + postage.  ``change_id`` grows with every change (the tills' pull cursor of orders);
  ``terminal_code`` the till that confirmed or cancelled it; ``sale_number``/``delivery_number``
  and ``carrier``/``tracking`` as the till reported them.  Times UTC ISO text.
* ``online_order_lines``: the order's goods (names and price as shown to the customer).

The classes share :class:`~yarlung_pos.server.schema.Base` (the migrations' ``env.py`` imports
this module); migration ``s0008`` creates them.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yarlung_pos.server.schema import Base, Big

ORDER_STATUSES = ("awaiting_payment", "confirmed", "to_pack", "packed", "handed_over", "delivered", "returned",
                  "picked_up", "cancelled")
FULFILMENTS = ("delivery", "pickup")


class ProductPhotoRow(Base):
    """A product's photo (JPEG bytes, resized on upload)."""

    __tablename__ = "product_photos"
    sku: Mapped[str] = mapped_column(String(64), ForeignKey("products.sku"), primary_key=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    etag: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(Text, default="")


class OnlineOrderRow(Base):
    """An order placed on the shop pages (see the module)."""

    __tablename__ = "online_orders"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    fulfilment: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str] = mapped_column(String(8), default="zh_CN")
    name: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(String(20))
    province: Mapped[str | None] = mapped_column(Text, nullable=True)
    prefecture: Mapped[str | None] = mapped_column(Text, nullable=True)
    county: Mapped[str | None] = mapped_column(Text, nullable=True)
    township: Mapped[str | None] = mapped_column(Text, nullable=True)
    street: Mapped[str | None] = mapped_column(Text, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    items_fen: Mapped[int] = mapped_column(Big)
    postage_fen: Mapped[int | None] = mapped_column(Big, nullable=True)
    total_fen: Mapped[int] = mapped_column(Big)
    created_at: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(Text)
    change_id: Mapped[int] = mapped_column(Big, index=True)
    terminal_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    payment_method: Mapped[str | None] = mapped_column(String(16), nullable=True)
    payment_reference: Mapped[str | None] = mapped_column(Text, nullable=True)
    cancel_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    sale_number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    delivery_number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    carrier: Mapped[str | None] = mapped_column(Text, nullable=True)
    tracking: Mapped[str | None] = mapped_column(String(40), nullable=True)


class OnlineOrderLineRow(Base):
    """A line of an online order: quantity in thousandths of the unit, money in fen."""

    __tablename__ = "online_order_lines"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    order_id: Mapped[int] = mapped_column(Big, ForeignKey("online_orders.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(16))
    qty_milli: Mapped[int] = mapped_column(Big)
    unit_price_fen: Mapped[int] = mapped_column(Big)
    line_total_fen: Mapped[int] = mapped_column(Big)
