"""SQLAlchemy 2 table mapping of the terminal's SQLite database.

Units: ``*_fen`` columns are integer fen; ``*_milli`` columns are quantities in thousandths of
the product's unit (``1.5 kg`` → ``1500``) so that stock levels sum exactly in SQL; times are
ISO 8601 UTC text (``2026-11-29T08:05:00.123456+00:00``) with the terminal's offset in minutes
beside them.  The schema is created and changed only by Alembic migrations (``migrations/``).
"""

from __future__ import annotations

from sqlalchemy import (Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
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
    #: lower-cased names, SKU and barcode joined by "\x1f", for search as you type
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(Text)

    category: Mapped[CategoryRow] = relationship(lazy="joined")
    cooperative: Mapped[CooperativeRow] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint("price_fen >= 0", name="ck_products_price_nonneg"),
        Index("ix_products_category", "category_id"),
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

    lines: Mapped[list["SaleLineRow"]] = relationship(
        back_populates="sale", order_by="SaleLineRow.line_no", cascade="all, delete-orphan")
    payments: Mapped[list["PaymentRow"]] = relationship(
        back_populates="sale", order_by="PaymentRow.id", cascade="all, delete-orphan")

    __table_args__ = (UniqueConstraint("terminal_code", "seq", name="uq_sales_terminal_seq"),)


class SaleLineRow(Base):
    """An order line: snapshot of SKU, names and unit price at the time of sale."""

    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="RESTRICT"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(16))
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    qty_milli: Mapped[int] = mapped_column(Integer)
    line_total_fen: Mapped[int] = mapped_column(Integer)

    sale: Mapped[SaleRow] = relationship(back_populates="lines")


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


class PrintJobRow(Base):
    """A receipt waiting for (or sent to) the printer.  Written in the sale's own transaction
    so that a crash or a dead printer never loses it; the print worker sends pending jobs
    oldest first and marks them printed.  ``status``: ``pending``, ``printed``,
    ``cancelled``."""

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
