"""SQLAlchemy 2 table mapping of the terminal's SQLite database.

Units: ``*_fen`` columns are integer fen; ``*_milli`` columns are quantities in thousandths of
the product's unit (``1.5 kg`` → ``1500``) so that stock levels sum exactly in SQL; times are
ISO 8601 UTC text (``2026-11-29T08:05:00.123456+00:00``) with the terminal's offset in minutes
beside them.  The schema is created and changed only by Alembic migrations (``migrations/``).
"""

from __future__ import annotations

from sqlalchemy import (Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base of the terminal schema."""


class SettingRow(Base):
    """Key/value settings that belong with the data (terminal code, receipt counters …)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CategoryRow(Base):
    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class CooperativeRow(Base):
    __tablename__ = "cooperatives"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    town_bo: Mapped[str] = mapped_column(Text, default="")
    town_zh: Mapped[str] = mapped_column(Text, default="")
    town_en: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    contact_phone: Mapped[str] = mapped_column(Text, default="", server_default="")
    payout_details: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: the hall's commission on this cooperative's net sales, in basis points (1 % = 100)
    commission_bp: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ProductRow(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    cooperative_id: Mapped[int] = mapped_column(ForeignKey("cooperatives.id"))
    unit: Mapped[str] = mapped_column(String(16))
    price_fen: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: warn when the level falls to or below this (thousandths of the unit); None = no warning
    low_stock_milli: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: lower-cased names, SKU and barcode joined by "\x1f", for search as you type
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(Text)

    category: Mapped[CategoryRow] = relationship(lazy="joined")
    cooperative: Mapped[CooperativeRow] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint("price_fen >= 0", name="ck_products_price_nonneg"),
        Index("ix_products_category", "category_id"),
        Index("ix_products_updated_at", "updated_at"),  # catalogue_version(): newest change
    )


class SaleRow(Base):
    """A completed sale (order).  Immutable once written; corrections are new documents."""

    __tablename__ = "sales"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="sale")
    terminal_code: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    cashier: Mapped[str] = mapped_column(Text)
    completed_at: Mapped[str] = mapped_column(Text)  # UTC ISO 8601
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    total_fen: Mapped[int] = mapped_column(Integer)
    change_fen: Mapped[int] = mapped_column(Integer, default=0)
    #: for ``kind == "refund"``: the UUID of the sale refunded
    refund_of: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    #: the cash session the sale (or refund) was taken in
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), nullable=True, index=True)
    #: the whole-sale discount (already allocated to the lines' ``order_discount_fen``)
    discount_fen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: cash rounding added to the total (抹零: ``-7`` when ¥12.37 became ¥12.30)
    rounding_fen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    lines: Mapped[list["SaleLineRow"]] = relationship(
        back_populates="sale", order_by="SaleLineRow.line_no", cascade="all, delete-orphan")
    payments: Mapped[list["PaymentRow"]] = relationship(
        back_populates="sale", order_by="PaymentRow.id", cascade="all, delete-orphan")
    shift: Mapped["ShiftRow | None"] = relationship(lazy="select")

    __table_args__ = (UniqueConstraint("terminal_code", "seq", name="uq_sales_terminal_seq"),)


class SaleLineRow(Base):
    """An order line: snapshot of SKU, names and unit price at the time of sale."""

    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="RESTRICT"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    #: NULL for a line that is no product (a delivery's postage, SKU ``POSTAGE``)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True, nullable=True)
    #: the product's cooperative when sold (snapshot: settlements pay whoever supplied it)
    cooperative_id: Mapped[int | None] = mapped_column(ForeignKey("cooperatives.id"), nullable=True, index=True)
    sku: Mapped[str] = mapped_column(String(64))
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(16))
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    qty_milli: Mapped[int] = mapped_column(Integer)
    line_total_fen: Mapped[int] = mapped_column(Integer)
    #: the line's own discount (refunds: the refunded part, negative)
    discount_fen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: the line's share of the whole-sale discount
    order_discount_fen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: the catalogue price when a manager overrode ``unit_price_fen``
    list_price_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)

    sale: Mapped[SaleRow] = relationship(back_populates="lines")

    @property
    def net_fen(self) -> int:
        """What the line actually sold for: ``line_total_fen`` less both discounts (fen)."""
        return self.line_total_fen - self.discount_fen - self.order_discount_fen


class PaymentRow(Base):
    """A tender of a sale: ``amount_fen`` as tendered; ``change_fen`` given back (cash)."""

    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="RESTRICT"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount_fen: Mapped[int] = mapped_column(Integer)
    change_fen: Mapped[int] = mapped_column(Integer, default=0)
    reference: Mapped[str | None] = mapped_column(Text, nullable=True)

    sale: Mapped[SaleRow] = relationship(back_populates="payments")


class StockMoveRow(Base):
    """A signed stock movement; the level of a product is the sum of its moves (a ledger)."""

    __tablename__ = "stock_moves"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    qty_milli: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(24))  # receipt, sale, refund, adjustment, count
    source_type: Mapped[str] = mapped_column(String(24))  # sale, stock_receipt, demo, …
    source_ref: Mapped[str] = mapped_column(String(64))  # e.g. the sale's UUID
    created_at: Mapped[str] = mapped_column(Text)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_stock_moves_product", "product_id", "qty_milli"),)


class OutboxRow(Base):
    """An immutable event for the county server, written in the same transaction as the change.

    ``seq`` orders events per terminal (never the device clock).  ``sent_at`` is set once the
    server has accepted it (sync, a later issue)."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text)  # JSON
    created_at: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: set when the server refused the event: it is set aside (shown, re-sendable) and
    #: never blocks the events after it
    rejected_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class PrintJobRow(Base):
    """A receipt waiting for (or sent to) the printer.  Written in the sale's own transaction
    so that a crash or a dead printer never loses it; the print worker sends pending jobs
    oldest first and marks them printed.  ``kind``: ``receipt`` (``sale_uuid`` = the sale or
    refund), ``zreport``/``xreport`` (``sale_uuid`` = the shift's UUID), ``drawer`` (just the
    drawer kick).  ``status``: ``pending``, ``printed``, ``cancelled``, ``failed`` (can never
    print: set aside with ``last_error``, never blocking the jobs behind it)."""

    __tablename__ = "print_jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="receipt")
    sale_uuid: Mapped[str] = mapped_column(String(36), index=True)
    copy: Mapped[bool] = mapped_column(Boolean, default=False)
    open_drawer: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[str] = mapped_column(Text)
    next_try_at: Mapped[str] = mapped_column(Text)  # UTC ISO; retries back off
    printed_at: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_print_jobs_status", "status", "id"),)


class StockReceiptRow(Base):
    """Goods received from a cooperative: a numbered document (``GR-T01-000001``) whose lines
    became ``receipt`` stock moves."""

    __tablename__ = "stock_receipts"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    cooperative_id: Mapped[int] = mapped_column(ForeignKey("cooperatives.id"))
    received_at: Mapped[str] = mapped_column(Text)  # UTC ISO
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    cooperative: Mapped[CooperativeRow] = relationship(lazy="joined")
    lines: Mapped[list["StockReceiptLineRow"]] = relationship(order_by="StockReceiptLineRow.id",
                                                              cascade="all, delete-orphan")


class StockReceiptLineRow(Base):
    __tablename__ = "stock_receipt_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("stock_receipts.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    qty_milli: Mapped[int] = mapped_column(Integer)
    product: Mapped[ProductRow] = relationship(lazy="joined")


class StocktakeRow(Base):
    """A stock count (``ST-T01-000001``) of a category or of everything; ``open`` while
    counted quantities are entered, ``confirmed`` once the differences were posted."""

    __tablename__ = "stocktakes"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    scope: Mapped[str] = mapped_column(String(32))  # category code or "ALL"
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[str] = mapped_column(Text)
    confirmed_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    lines: Mapped[list["StocktakeLineRow"]] = relationship(order_by="StocktakeLineRow.id",
                                                           cascade="all, delete-orphan")


class StocktakeLineRow(Base):
    __tablename__ = "stocktake_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    counted_milli: Mapped[int | None] = mapped_column(Integer, nullable=True)
    product: Mapped[ProductRow] = relationship(lazy="joined")
    __table_args__ = (UniqueConstraint("stocktake_id", "product_id", name="uq_stocktake_product"),)


class SettlementRow(Base):
    """A consignment settlement with one cooperative (``SET-T01-000001``): what its goods
    sold for in a date range, less refunds and the hall's commission."""

    __tablename__ = "settlements"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    cooperative_id: Mapped[int] = mapped_column(ForeignKey("cooperatives.id"))
    date_from: Mapped[str] = mapped_column(String(10))  # local dates, inclusive
    date_to: Mapped[str] = mapped_column(String(10))
    commission_bp: Mapped[int] = mapped_column(Integer)  # basis points (1 % = 100)
    gross_fen: Mapped[int] = mapped_column(Integer)
    refunds_fen: Mapped[int] = mapped_column(Integer)
    commission_fen: Mapped[int] = mapped_column(Integer)
    due_fen: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(Text)
    cooperative: Mapped[CooperativeRow] = relationship(lazy="joined")


class SettledLineRow(Base):
    """A sale line paid out in a settlement.  ``sale_line_id`` is unique: no line (so no
    sale of a cooperative's goods) is ever settled twice."""

    __tablename__ = "settled_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(ForeignKey("settlements.id"), index=True)
    sale_line_id: Mapped[int] = mapped_column(ForeignKey("sale_lines.id"), unique=True)


class UserRow(Base):
    """A person who works the till.  ``pin_hash`` is a scrypt hash
    (:mod:`yarlung_pos.services.users`); ``role`` is ``cashier``, ``manager`` or ``admin``.
    ``failed_attempts`` counts wrong PINs since the last good one; ``locked_until`` (UTC ISO)
    is set when too many were wrong."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[str] = mapped_column(Text)

    __table_args__ = (CheckConstraint("role IN ('cashier', 'manager', 'admin')", name="ck_users_role"),)


class ShiftRow(Base):
    """A cash session (shift) of this till's drawer (``SH-T01-000001``): opened with a counted
    float, closed with the cash counted, which produces its Z report (``Z-T01-000001``,
    ``z_report`` JSON).  At most one shift is open (a partial unique index)."""

    __tablename__ = "shifts"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, closed
    opened_at: Mapped[str] = mapped_column(Text)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    opened_by: Mapped[str] = mapped_column(Text)
    float_fen: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    closed_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    z_number: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    expected_cash_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted_cash_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    z_report: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON

    __table_args__ = (CheckConstraint("float_fen >= 0", name="ck_shifts_float"),
                      Index("ux_shifts_one_open", "status", unique=True, sqlite_where=text("status = 'open'")))


class CashMovementRow(Base):
    """Cash put into (``in``) or taken out of (``out``) the drawer during a shift, with a
    reason; ``amount_fen`` > 0."""

    __tablename__ = "cash_movements"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    user: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(Text)
    utc_offset_min: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("amount_fen > 0", name="ck_cash_movements_amount"),
                      CheckConstraint("kind IN ('in', 'out')", name="ck_cash_movements_kind"))


class ParkedSaleRow(Base):
    """A sale put aside before payment (F8), to be recalled later; ``cart`` is
    ``Cart.to_json()`` as JSON text.  Deleted when recalled."""

    __tablename__ = "parked_sales"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    parked_at: Mapped[str] = mapped_column(Text)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    cashier: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    line_count: Mapped[int] = mapped_column(Integer)
    total_fen: Mapped[int] = mapped_column(Integer)
    cart: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    """An append-only record of a sensitive action (refund, approval, override, cancellation,
    drawer opened, failed sign-in, settings change …).  SQLite triggers refuse UPDATE and
    DELETE on this table."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[str] = mapped_column(Text)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    user: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(64), index=True)
    approved_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON


class DeliveryRow(Base):
    """A delivery order: the parcel of a sale going to a recipient through the post office.
    Personal data (``phone``, ``township``, ``street``, ``note``) is erased
    (``erased_at`` set, the columns NULL) some days after delivery; the order stays."""

    __tablename__ = "deliveries"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    terminal_code: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # D-T01-000001
    sale_uuid: Mapped[str] = mapped_column(String(36), index=True)
    sale_number: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    channel_order: Mapped[str | None] = mapped_column(String(64), nullable=True)
    name: Mapped[str] = mapped_column(Text)
    name_bo: Mapped[str | None] = mapped_column(Text, nullable=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    province: Mapped[str] = mapped_column(Text, default="")
    prefecture: Mapped[str] = mapped_column(Text, default="")
    county: Mapped[str] = mapped_column(Text, default="")
    township: Mapped[str | None] = mapped_column(Text, nullable=True)
    street: Mapped[str | None] = mapped_column(Text, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    requested_date: Mapped[str | None] = mapped_column(String(10), nullable=True)  # local YYYY-MM-DD
    weight_g: Mapped[int | None] = mapped_column(Integer, nullable=True)
    zone: Mapped[str] = mapped_column(String(16))
    postage_fen: Mapped[int] = mapped_column(Integer, default=0)  # charged on the sale
    status: Mapped[str] = mapped_column(String(16), index=True)
    carrier: Mapped[str | None] = mapped_column(String(40), nullable=True)
    tracking: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    postage_paid_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)  # paid to the post office
    created_at: Mapped[str] = mapped_column(Text, index=True)  # UTC ISO 8601
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(Text)
    delivered_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    refund_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    return_disposition: Mapped[str | None] = mapped_column(String(16), nullable=True)  # restock | write_off
    erased_at: Mapped[str | None] = mapped_column(Text, nullable=True)

    history: Mapped[list["DeliveryEventRow"]] = relationship(
        back_populates="delivery", order_by="DeliveryEventRow.id", cascade="all, delete-orphan")

    __table_args__ = (UniqueConstraint("terminal_code", "seq", name="uq_deliveries_terminal_seq"),
                      CheckConstraint("status IN ('to_pack','packed','handed_over','delivered','returned')",
                                      name="ck_deliveries_status"))


class DeliveryEventRow(Base):
    """One status a delivery reached: when (UTC and the terminal's offset) and by whom."""

    __tablename__ = "delivery_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    at: Mapped[str] = mapped_column(Text)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    by: Mapped[str] = mapped_column(Text)

    delivery: Mapped[DeliveryRow] = relationship(back_populates="history")


class OnlineOrderRow(Base):
    """An order from the county's online shop (issue #18), pulled with the catalogue
    (``GET /api/v1/orders``) and kept as the server last sent it — until the hall decides on
    it here: then the local outcome (``outcome`` ``confirmed`` | ``cancelled``, who, when, the
    sale and delivery it became) is never overwritten by a pull; ``server_status`` keeps what
    the server says meanwhile.  Money in fen; times ISO 8601 UTC text."""

    __tablename__ = "online_orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # W-000001
    #: the order's status on this till (the server's, or the local outcome's)
    status: Mapped[str] = mapped_column(String(24), index=True)
    server_status: Mapped[str] = mapped_column(String(24))
    fulfilment: Mapped[str] = mapped_column(String(16))  # delivery | pickup
    lang: Mapped[str] = mapped_column(String(8), default="")
    name: Mapped[str] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    province: Mapped[str] = mapped_column(Text, default="")
    prefecture: Mapped[str] = mapped_column(Text, default="")
    county: Mapped[str] = mapped_column(Text, default="")
    township: Mapped[str | None] = mapped_column(Text, nullable=True)
    street: Mapped[str | None] = mapped_column(Text, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    items_fen: Mapped[int] = mapped_column(Integer)
    postage_fen: Mapped[int] = mapped_column(Integer, default=0)
    total_fen: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(Text)  # at the server, UTC
    updated_at: Mapped[str] = mapped_column(Text)  # at the server, UTC
    terminal: Mapped[str | None] = mapped_column(String(16), nullable=True)  # the till that decided (server)
    pulled_at: Mapped[str] = mapped_column(Text)  # when this till last took the server's copy, UTC
    cancel_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: the local outcome: None while undecided here
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)
    decided_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(Text, nullable=True)  # login name
    payment_method: Mapped[str | None] = mapped_column(String(16), nullable=True)  # cash|wechat|alipay|card
    payment_reference: Mapped[str | None] = mapped_column(String(64), nullable=True)
    sale_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    sale_number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    delivery_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    delivery_number: Mapped[str | None] = mapped_column(String(32), nullable=True)

    lines: Mapped[list["OnlineOrderLineRow"]] = relationship(
        back_populates="order", order_by="OnlineOrderLineRow.line_no", cascade="all, delete-orphan")

    __table_args__ = (CheckConstraint("fulfilment IN ('delivery','pickup')", name="ck_online_orders_fulfilment"),
                      CheckConstraint("outcome IS NULL OR outcome IN ('confirmed','cancelled')",
                                      name="ck_online_orders_outcome"))


class OnlineOrderLineRow(Base):
    """A line of an online order: the SKU, names and price as the customer ordered them."""

    __tablename__ = "online_order_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("online_orders.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    name_bo: Mapped[str] = mapped_column(Text, default="")
    name_zh: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(16))
    qty_milli: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    line_total_fen: Mapped[int] = mapped_column(Integer)

    order: Mapped[OnlineOrderRow] = relationship(back_populates="lines")

    __table_args__ = (UniqueConstraint("order_id", "line_no", name="uq_online_order_lines_order_line"),)
