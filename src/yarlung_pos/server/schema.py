"""SQLAlchemy 2 tables of the county office server (SQLite or PostgreSQL).

The server keeps its own schema, independent of the terminal's: it is created and changed only
by the Alembic migrations in ``migrations/`` (applied at the start of ``serve`` and of every CLI
command).  Units as on the terminal: ``*_fen`` integer fen, ``*_milli`` thousandths of the
product's unit; times are ISO 8601 UTC text with microseconds (``now_iso()``), device times
exactly as the terminal sent them (normalised to UTC).
"""

from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: 64-bit integers on PostgreSQL; SQLite's INTEGER is 64-bit already (and only ``INTEGER
#: PRIMARY KEY`` is the rowid alias, so primary keys keep ``Integer`` there).
Big = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """Declarative base of the server schema."""


class TerminalRow(Base):
    """An enrolled (or to be enrolled) till.  ``enrol_code_hash`` is the SHA-256 of the pending
    one-time enrolment code (``None`` once used); ``token_hash`` the SHA-256 of the bearer token
    handed out at enrolment.  Clock skew = device ``sent_at`` − server receive time of the last
    batch, in seconds (positive: the till's clock is ahead).  ``sold_before_as`` is the JSON
    list of the codes the till sold under before it was enrolled (``["T01"]``, declared at
    enrolment): its sales claiming one of them are accepted and stored under ``code``.
    ``app_version`` and ``events_waiting`` are what the till's last push said of itself (its
    program version; events still to send after that batch), ``None`` before it said."""

    __tablename__ = "terminals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    enrol_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    enrol_expires_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    created_at: Mapped[str] = mapped_column(Text)
    enrolled_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    revoked_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_seen_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_sent_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    clock_skew_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    sold_before_as: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    app_version: Mapped[str | None] = mapped_column(String(32), nullable=True)
    events_waiting: Mapped[int | None] = mapped_column(Big, nullable=True)


class AdminTokenRow(Base):
    """A bearer token for the county views (``admin-token``), stored as its SHA-256."""

    __tablename__ = "admin_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(Text)
    revoked_at: Mapped[str | None] = mapped_column(Text, nullable=True)


class CatalogueChangeRow(Base):
    """One committed catalogue write (an import, a price change).  ``id`` is the change number
    handed out as pull cursor: assigned as ``max(id) + 1`` while catalogue writers are
    serialised, so ids grow in commit order (see PROTOCOL.md, "Cursor")."""

    __tablename__ = "catalogue_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    rows: Mapped[int] = mapped_column(Integer)


class CategoryRow(Base):
    __tablename__ = "categories"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    change_id: Mapped[int] = mapped_column(ForeignKey("catalogue_changes.id"), index=True)


class CooperativeRow(Base):
    __tablename__ = "cooperatives"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    town_bo: Mapped[str] = mapped_column(Text, default="")
    town_zh: Mapped[str] = mapped_column(Text, default="")
    town_en: Mapped[str] = mapped_column(Text, default="")
    #: a short text about the cooperative for the shop's pages (issue #18; migration s0008)
    about_bo: Mapped[str] = mapped_column(Text, default="", server_default="")
    about_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    about_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    change_id: Mapped[int] = mapped_column(ForeignKey("catalogue_changes.id"), index=True)


class ProductRow(Base):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    barcode: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(ForeignKey("categories.code"))
    cooperative: Mapped[str] = mapped_column(ForeignKey("cooperatives.code"))
    unit: Mapped[str] = mapped_column(String(16))
    price_fen: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("catalogue_changes.id"), index=True)


class EventRow(Base):
    """Every accepted event, raw (``payload`` is its JSON text; a ``delivery.*`` event's without
    the phone, township, street and note, which only ``deliveries`` keeps), unique by ``uuid``:
    the idempotency key of push (``INSERT … ON CONFLICT (uuid) DO NOTHING``)."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    terminal_code: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Big)
    kind: Mapped[str] = mapped_column(String(32))
    schema: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(Text)  # device time (UTC)
    received_at: Mapped[str] = mapped_column(Text)  # server time (UTC)
    payload: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_events_terminal_seq", "terminal_code", "seq"),)


class RejectedEventRow(Base):
    """An event refused with a reason, kept for the county staff (not unique: a terminal that
    sends it again gets the same answer and another row)."""

    __tablename__ = "rejected_events"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    uuid: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    terminal_code: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)  # JSON text, cut at 64 KiB


class SaleRow(Base):
    """A sale or refund received from a terminal (``sale_record`` of services/sales.py).
    ``local_date`` is the terminal-local date of ``completed_at`` (for the by-day view).
    ``total_fen`` = Σ line nets + ``rounding_fen`` (cash rounding, signed, |x| ≤ 99);
    ``discount_fen`` the whole-sale discount (allocated to the lines); ``shift`` the till's
    shift number (``None`` for sales from tills that do not send it)."""

    __tablename__ = "sales"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    event_uuid: Mapped[str] = mapped_column(String(36), index=True)
    terminal_code: Mapped[str] = mapped_column(String(16), index=True)
    number: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # sale, refund
    completed_at: Mapped[str] = mapped_column(Text)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    local_date: Mapped[str] = mapped_column(String(10), index=True)
    cashier: Mapped[str] = mapped_column(Text)
    total_fen: Mapped[int] = mapped_column(Big)
    change_fen: Mapped[int] = mapped_column(Big)
    refund_of: Mapped[str | None] = mapped_column(String(36), nullable=True)
    received_at: Mapped[str] = mapped_column(Text)
    discount_fen: Mapped[int] = mapped_column(Big, server_default="0")
    rounding_fen: Mapped[int] = mapped_column(Big, server_default="0")
    shift: Mapped[str | None] = mapped_column(String(32), nullable=True)

    lines: Mapped[list[SaleLineRow]] = relationship(order_by="SaleLineRow.id")
    payments: Mapped[list[PaymentRow]] = relationship(order_by="PaymentRow.id")

    #: the overview sums a year of sales from this index alone (migration s0007)
    __table_args__ = (Index("ix_sales_local_date_terminal_kind", "local_date", "terminal_code", "kind", "total_fen"),)


class SaleLineRow(Base):
    """A line as sold (snapshot).  ``category``/``cooperative``: codes sent by the terminal
    (payload schema 2) or looked up in the server catalogue when the event arrived (schema 1);
    ``None`` when the SKU was unknown.  What the line sold for (its net) is ``line_total_fen −
    discount_fen − order_discount_fen``; ``list_price_fen`` is the catalogue price when a
    manager overrode ``unit_price_fen`` (else ``None``)."""

    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    sale_id: Mapped[int] = mapped_column(Big, ForeignKey("sales.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    name_bo: Mapped[str] = mapped_column(Text)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(16))
    qty_milli: Mapped[int] = mapped_column(Big)
    unit_price_fen: Mapped[int] = mapped_column(Big)
    line_total_fen: Mapped[int] = mapped_column(Big)
    category: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    cooperative: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    discount_fen: Mapped[int] = mapped_column(Big, server_default="0")
    order_discount_fen: Mapped[int] = mapped_column(Big, server_default="0")
    list_price_fen: Mapped[int | None] = mapped_column(Big, nullable=True)


class PaymentRow(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    sale_id: Mapped[int] = mapped_column(Big, ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount_fen: Mapped[int] = mapped_column(Big)
    change_fen: Mapped[int] = mapped_column(Big)
    reference: Mapped[str | None] = mapped_column(Text, nullable=True)


class StockMoveRow(Base):
    """A signed stock move derived from an event; a product's county-wide level is the sum of
    its moves from all terminals."""

    __tablename__ = "stock_moves"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    event_uuid: Mapped[str] = mapped_column(String(36), index=True)
    terminal_code: Mapped[str] = mapped_column(String(16))
    sku: Mapped[str] = mapped_column(String(64), index=True)
    qty_milli: Mapped[int] = mapped_column(Big)
    reason: Mapped[str] = mapped_column(String(24))  # sale, refund, receipt, adjustment, count
    created_at: Mapped[str] = mapped_column(Text)  # device time (UTC)


class ShiftRow(Base):
    """The Z report of a closed shift (``shift.closed``), one per ``number`` and terminal.
    ``by_method`` is the report's JSON list ``[{"method", "sales_fen", "refunds_fen",
    "net_fen"}]``, ``counted`` its JSON object denomination (fen, as text) → count.  Opened
    shifts and cash movements are kept as raw events only."""

    __tablename__ = "shifts"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    event_uuid: Mapped[str] = mapped_column(String(36), index=True)
    terminal_code: Mapped[str] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(32))  # Z-T01-000001
    shift: Mapped[str] = mapped_column(String(32))  # SH-T01-000003
    shift_uuid: Mapped[str] = mapped_column(String(36))
    opened_at: Mapped[str] = mapped_column(Text)  # device time (UTC)
    closed_at: Mapped[str] = mapped_column(Text)  # device time (UTC)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    opened_by: Mapped[str] = mapped_column(Text)
    closed_by: Mapped[str] = mapped_column(Text)
    float_fen: Mapped[int] = mapped_column(Big)
    sales_count: Mapped[int] = mapped_column(Big)
    refunds_count: Mapped[int] = mapped_column(Big)
    cash_in_fen: Mapped[int] = mapped_column(Big)
    cash_out_fen: Mapped[int] = mapped_column(Big)
    expected_cash_fen: Mapped[int] = mapped_column(Big)
    counted_cash_fen: Mapped[int] = mapped_column(Big)
    over_short_fen: Mapped[int] = mapped_column(Big)
    discounts_fen: Mapped[int] = mapped_column(Big)
    rounding_fen: Mapped[int] = mapped_column(Big)
    by_method: Mapped[str] = mapped_column(Text)  # JSON
    counted: Mapped[str] = mapped_column(Text)  # JSON
    received_at: Mapped[str] = mapped_column(Text)  # server time (UTC)

    __table_args__ = (UniqueConstraint("terminal_code", "number", name="uq_shifts_terminal_number"),)


class AuditEntryRow(Base):
    """An entry of a till's audit log (``audit.recorded``), unique by its ``uuid``.
    ``user_name`` is the entry's ``user`` (``user`` is a reserved word in PostgreSQL: a bare
    ``SELECT user`` answers the database role); ``details`` its JSON object as text."""

    __tablename__ = "audit_entries"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    event_uuid: Mapped[str] = mapped_column(String(36), index=True)
    terminal_code: Mapped[str] = mapped_column(String(16), index=True)
    at: Mapped[str] = mapped_column(Text)  # device time (UTC)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    user_name: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(64), index=True)
    approved_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    details: Mapped[str] = mapped_column(Text)  # JSON
    received_at: Mapped[str] = mapped_column(Text)  # server time (UTC)


class DeliveryRow(Base):
    """A home-delivery order as the server knows it now: the snapshot with the longest history
    (ties: the latest event time) of all ``delivery.*`` events received (PROTOCOL.md,
    "Deliveries"), one row per delivery ``uuid``.  ``local_date`` is the terminal-local date of
    ``created_at`` (for the by-month report); ``handed_over_at``, ``delivered_at`` and
    ``returned_at`` the till's times (UTC) of those statuses, from the history.  Personal data
    (``phone``, ``township``, ``street``, ``note``) is NULL once ``erased_at`` is set — by the
    till or by the server's :func:`~yarlung_pos.server.deliveries.erase_personal_data` — and
    never comes back.  ``history_len``/``event_at`` rank snapshots; ``event_uuid`` is the
    event of the snapshot kept."""

    __tablename__ = "deliveries"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    terminal_code: Mapped[str] = mapped_column(String(16), index=True)
    number: Mapped[str] = mapped_column(String(32))
    sale_uuid: Mapped[str] = mapped_column(String(36), index=True)
    sale_number: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16), index=True)
    channel_order: Mapped[str | None] = mapped_column(Text, nullable=True)
    name: Mapped[str] = mapped_column(Text)
    name_bo: Mapped[str | None] = mapped_column(Text, nullable=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    province: Mapped[str] = mapped_column(Text)
    prefecture: Mapped[str] = mapped_column(Text, index=True)
    county: Mapped[str] = mapped_column(Text, index=True)
    township: Mapped[str | None] = mapped_column(Text, nullable=True)
    street: Mapped[str | None] = mapped_column(Text, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    requested_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    weight_g: Mapped[int | None] = mapped_column(Integer, nullable=True)
    zone: Mapped[str] = mapped_column(String(16))
    postage_fen: Mapped[int] = mapped_column(Big)
    status: Mapped[str] = mapped_column(String(16), index=True)
    carrier: Mapped[str | None] = mapped_column(Text, nullable=True)
    tracking: Mapped[str | None] = mapped_column(String(40), nullable=True)
    postage_paid_fen: Mapped[int | None] = mapped_column(Big, nullable=True)
    created_at: Mapped[str] = mapped_column(Text, index=True)  # device time (UTC)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    local_date: Mapped[str] = mapped_column(String(10), index=True)
    created_by: Mapped[str] = mapped_column(Text)
    handed_over_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    delivered_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    returned_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    refund_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    return_disposition: Mapped[str | None] = mapped_column(String(16), nullable=True)
    erased_at: Mapped[str | None] = mapped_column(Text, nullable=True)
    history_len: Mapped[int] = mapped_column(Integer)
    event_at: Mapped[str] = mapped_column(Text)  # the kept snapshot's event time (UTC)
    event_uuid: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[str] = mapped_column(Text)  # server time (UTC) the kept snapshot arrived


class DeliveryHistoryRow(Base):
    """One status a delivery reached (the kept snapshot's ``history``, in its order
    ``position`` 0, 1, …): the till's time (UTC) and offset, and who (``by_name``; ``by`` is a
    reserved word in SQL)."""

    __tablename__ = "delivery_history"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(Big, ForeignKey("deliveries.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    at: Mapped[str] = mapped_column(Text)  # device time (UTC)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    by_name: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("delivery_id", "position", name="uq_delivery_history_position"),)


class OfficeUserRow(Base):
    """A person of the county office who signs in to the web console (issue #17).
    ``username`` is lower-case; ``role`` is ``viewer``, ``manager`` or ``admin``;
    ``password_hash`` an argon2id hash (PHC string); ``failed_attempts`` counts wrong
    passwords in a row and ``locked_until`` (UTC ISO) bars sign-in after too many."""

    __tablename__ = "office_users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str | None] = mapped_column(Text, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[str] = mapped_column(Text)


class ServerSecretRow(Base):
    """A secret the server generated for itself (``session`` signs the console's cookies)."""

    __tablename__ = "server_secrets"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(Text)
