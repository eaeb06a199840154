"""Pydantic models of the wire protocol v1 (see PROTOCOL.md): ``…Create`` is what a client
sends, ``…Public`` what the server answers.

Every string that reaches the database is checked here: bounded length, no NUL character and
no lone UTF-16 surrogate (neither SQLite nor PostgreSQL can store those); every integer is
bounded so that it fits a 64-bit column.  Integers are strict (``"12"`` or ``true`` is not a
number of fen).
"""

from __future__ import annotations

import json
import re
import uuid as uuid_mod
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints,
                      WithJsonSchema, model_serializer, model_validator)

from yarlung_pos.domain.delivery import POSTAGE_SKU

#: payload/envelope schema versions: the current one and the previous one
CURRENT_SCHEMA = 2
ACCEPTED_SCHEMAS = (1, 2)
MAX_EVENTS_PER_BATCH = 5000
MAX_FEN = 10**12  # ￥10,000,000,000 — far above any sale, far below 2**63
MAX_SEQ = 2**62

MAX_ROUNDING_FEN = 99  # cash rounding (抹零) moves a total by less than one yuan
MAX_DETAILS_BYTES = 16 * 1024  # an audit entry's ``details`` as compact UTF-8 JSON

SALE_KINDS = ("sale.completed", "refund.completed")
STOCK_KINDS = ("stock.received", "stock.adjusted", "stocktake.confirmed")
SHIFT_KINDS = ("shift.opened", "shift.cash_moved", "shift.closed")
#: home-delivery orders (issue #16); their payloads are checked by server/deliveries.py
DELIVERY_KINDS = ("delivery.created", "delivery.packed", "delivery.handed_over", "delivery.delivered",
                  "delivery.returned", "delivery.erased")
EVENT_KINDS = (*SALE_KINDS, *STOCK_KINDS, "settlement.created", *SHIFT_KINDS, "audit.recorded", *DELIVERY_KINDS)


def _clean_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from None
    return value


def Text(max_length: int):
    return Annotated[str, StringConstraints(max_length=max_length), AfterValidator(_clean_text)]


def _utc(value: datetime) -> datetime:
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValueError("time out of range") from None


def _uuid(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 64:
        raise ValueError("must be a UUID string")
    try:
        return str(uuid_mod.UUID(value))
    except ValueError:
        raise ValueError("not a UUID") from None


#: an aware ISO 8601 time, normalised to UTC
UtcTime = Annotated[AwareDatetime, AfterValidator(_utc)]
#: a UUID as text, canonical lower-case ``8-4-4-4-12``
Uuid = Annotated[str, BeforeValidator(_uuid), WithJsonSchema({"type": "string", "format": "uuid"})]
TerminalCode = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9_-]{1,16}$")]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9_-]{1,32}$")]
Sku = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9._-]{0,63}$")]
Fen = Annotated[int, Field(strict=True, ge=-MAX_FEN, le=MAX_FEN)]
#: fen that cannot be negative
FenOrZero = Annotated[int, Field(strict=True, ge=0, le=MAX_FEN)]
#: a count of things (sales, coins)
Count = Annotated[int, Field(strict=True, ge=0, le=MAX_FEN)]
#: the till's offset from UTC when it recorded a time, minutes
UtcOffset = Annotated[int, Field(strict=True, ge=-1440, le=1440)]
#: a payment method code (``cash``, ``wechat``, …)
Method = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,16}$")]
#: a quantity as a decimal string with at most 3 decimals (``"2"``, ``"-0.735"``)
Qty = Annotated[str, StringConstraints(pattern=r"^-?[0-9]{1,9}(\.[0-9]{1,3})?$")]


def _schema_version(value: int) -> int:
    if value not in ACCEPTED_SCHEMAS:
        raise ValueError(f"unsupported schema version {value} (this server accepts "
                         f"{' and '.join(map(str, ACCEPTED_SCHEMAS))})")
    return value


#: ``1`` (previous) or ``2`` (current); anything else is refused with the reason
SchemaVersion = Annotated[int, Field(strict=True), AfterValidator(_schema_version),
                          WithJsonSchema({"type": "integer", "enum": list(ACCEPTED_SCHEMAS)})]


def qty_milli(qty: str) -> int:
    """``"1.5"`` → ``1500`` (a :data:`Qty` is exact in thousandths)."""
    return int(Decimal(qty) * 1000)


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


# ---------------------------------------------------------------- enrolment

#: most codes a terminal may have sold under before its enrolment
MAX_SOLD_BEFORE = 16
#: codes a till sold under before it was enrolled (``["T01"]``), optional everywhere
SoldBeforeAs = Annotated[list[TerminalCode], Field(max_length=MAX_SOLD_BEFORE)]


class EnrolmentCreate(_Model):
    """``sold_before_as`` (optional, since issue #13): the terminal codes of the till's sales
    not yet sent that were made before this enrolment (its default ``T01``); the server then
    accepts those sales from this terminal's token and stores them under its own code."""

    schema_: SchemaVersion = Field(alias="schema")
    enrolment_code: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    sold_before_as: SoldBeforeAs = []


class EnrolmentPublic(BaseModel):
    terminal: str
    token: str
    #: highest receipt sequence the server holds for this terminal (a replacement till
    #: numbers on from it); 0 for a new terminal
    last_receipt_seq: int = 0
    #: highest shift (``SH-<code>-N``) and Z report (``Z-<code>-N``) sequence the server holds
    #: for this terminal under its own code; 0 for a new terminal
    last_shift_seq: int = 0
    last_z_seq: int = 0
    #: every code the server accepts in this terminal's sales besides its own
    sold_before_as: list[str] = []


class NumbersPublic(BaseModel):
    """``GET /numbers``: the highest numbers the server holds for the asking terminal (a till
    restored from a backup numbers on after them)."""

    terminal: str
    last_receipt_seq: int = 0
    last_shift_seq: int = 0
    last_z_seq: int = 0


# ---------------------------------------------------------------- push

class EventCreate(_Model):
    """One outbox event.  ``kind`` is checked by the service (unknown kinds are rejected with a
    reason, not a 422), ``payload`` by the model of its kind."""

    uuid: Uuid
    seq: Annotated[int, Field(strict=True, ge=0, le=MAX_SEQ)]
    kind: Text(64)
    created_at: UtcTime
    payload: dict[str, Any]


class BatchCreate(_Model):
    """A push.  ``events`` are validated one by one by the service so that one malformed event
    is rejected on its own (the JSON schema below documents what each must look like)."""

    schema_: SchemaVersion = Field(alias="schema")
    terminal: TerminalCode
    sent_at: UtcTime
    #: optional: codes the till sold under before it was enrolled, declared late (a till
    #: enrolled by a version that did not declare them); see PROTOCOL.md, "Enrolment"
    sold_before_as: SoldBeforeAs = []
    #: optional (issue #17): the till's program version and how many of its events still wait
    #: to be sent after this batch — shown in the office's overview of the tills' health
    app_version: Text(32) | None = None
    waiting: Annotated[int, Field(ge=0, le=1_000_000_000)] | None = None
    events: Annotated[list[Annotated[Any, WithJsonSchema(EventCreate.model_json_schema())]],
                      Field(max_length=MAX_EVENTS_PER_BATCH)]


class EventResultPublic(BaseModel):
    """``uuid`` is ``null`` only for an event without a readable UUID; ``reason`` is present
    for ``rejected`` only."""

    uuid: str | None
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None = None

    @model_serializer(mode="wrap")
    def _drop_empty_reason(self, handler):
        data = handler(self)
        if data.get("reason") is None:
            data.pop("reason", None)
        return data


class BatchResultPublic(BaseModel):
    """``sold_before_as``: every code the server accepts in this terminal's sales besides its
    own (after the envelope's declaration, if any)."""

    results: list[EventResultPublic]
    sold_before_as: list[str] = []


# ---------------------------------------------------------------- event payloads

class _Payload(_Model):
    schema_: SchemaVersion = Field(alias="schema")


class SaleLineCreate(_Model):
    sku: Sku
    name_bo: Text(500)
    name_zh: Text(500)
    name_en: Text(500)
    unit: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,16}$")]
    qty: Qty
    unit_price_fen: Annotated[int, Field(strict=True, ge=0, le=MAX_FEN)]
    line_total_fen: Fen
    #: schema 2: the product's category and cooperative when sold
    category: Code | None = None
    cooperative: Code | None = None
    #: optional (default 0/None): the line's own discount and its share of the
    #: whole-sale discount, both signed fen (a refund carries the refunded part, negative);
    #: the catalogue price when a manager overrode ``unit_price_fen``
    discount_fen: Fen = 0
    order_discount_fen: Fen = 0
    list_price_fen: FenOrZero | None = None

    @property
    def net_fen(self) -> int:
        """What the line sold for: ``line_total_fen − discount_fen − order_discount_fen``."""
        return self.line_total_fen - self.discount_fen - self.order_discount_fen


class PaymentCreate(_Model):
    method: Method
    amount_fen: Fen
    change_fen: FenOrZero = 0
    reference: Text(200) | None = None


class SaleCreate(_Model):
    """``sale_record`` of services/sales.py (a refund: ``kind == "refund"`` with ``refund_of``
    and negative quantities and amounts).

    Checked: every line's ``line_total_fen`` is unit price × quantity half-up; the lines' nets
    (line total − line discount − order discount share) plus ``rounding_fen`` add up to
    ``total_fen``; the payments' ``amount_fen − change_fen`` add up to ``total_fen``; a sale has
    positive quantities and non-negative line totals, nets, ``discount_fen`` and total, a refund
    the opposite.  A record without the issue-#7 fields (discounts, rounding, shift) is checked
    exactly as before they existed."""

    uuid: Uuid
    number: Text(32)
    kind: Literal["sale", "refund"]
    completed_at: UtcTime
    utc_offset_min: UtcOffset
    terminal: TerminalCode
    cashier: Text(200)
    total_fen: Fen
    change_fen: FenOrZero = 0
    refund_of: Uuid | None = None
    restock: bool = True
    #: optional: the whole-sale discount, already allocated to the lines as their
    #: ``order_discount_fen`` (a sale ≥ 0, a refund ≤ 0); the cash rounding (抹零) added to the
    #: total, signed, at most 99 fen either way; the till's shift number
    discount_fen: Fen = 0
    rounding_fen: Annotated[int, Field(strict=True, ge=-MAX_ROUNDING_FEN, le=MAX_ROUNDING_FEN)] = 0
    shift: Text(32) | None = None
    lines: Annotated[list[SaleLineCreate], Field(min_length=1, max_length=2000)]
    payments: Annotated[list[PaymentCreate], Field(max_length=50)]

    @model_validator(mode="after")
    def _totals(self) -> SaleCreate:
        lines = sum(ln.line_total_fen for ln in self.lines)
        discounts = sum(ln.discount_fen + ln.order_discount_fen for ln in self.lines)
        due = lines - discounts + self.rounding_fen
        if due != self.total_fen:
            if discounts or self.rounding_fen:
                raise ValueError(f"line totals sum to {lines} fen, less discounts of {discounts} fen plus rounding "
                                 f"of {self.rounding_fen} fen is {due} fen, total_fen is {self.total_fen}")
            raise ValueError(f"line totals sum to {lines} fen, total_fen is {self.total_fen}")
        paid = sum(p.amount_fen - p.change_fen for p in self.payments)
        if paid != self.total_fen:
            raise ValueError(f"payments (amount - change) sum to {paid} fen, total_fen is {self.total_fen}")
        if self.kind == "refund" and self.refund_of is None:
            raise ValueError("a refund needs refund_of (the refunded sale's uuid)")
        sign = 1 if self.kind == "sale" else -1
        for i, ln in enumerate(self.lines, start=1):
            milli = qty_milli(ln.qty)
            if milli * sign <= 0 or ln.line_total_fen * sign < 0:
                raise ValueError(f"line {i}: a {self.kind} has {'positive' if sign > 0 else 'negative'} quantities "
                                 "and amounts")
            # the till's rounding rule: unit price × quantity, half up to a fen (domain.money)
            from yarlung_pos.domain.money import line_total_fen
            expected = line_total_fen(ln.unit_price_fen, Decimal(ln.qty))
            if ln.line_total_fen != expected:
                raise ValueError(f"line {i}: {ln.unit_price_fen} fen × {ln.qty} is {expected} fen, "
                                 f"not {ln.line_total_fen}")
            if ln.net_fen * sign < 0:
                raise ValueError(f"line {i}: {ln.line_total_fen} fen less discounts of {ln.discount_fen} and "
                                 f"{ln.order_discount_fen} fen is {ln.net_fen} fen; a {self.kind} line's net must be "
                                 f"{'at least' if sign > 0 else 'at most'} 0")
        if self.discount_fen * sign < 0:
            raise ValueError(f"discount_fen is {self.discount_fen}; a {self.kind}'s discount must be "
                             f"{'at least' if sign > 0 else 'at most'} 0")
        if self.total_fen * sign < 0:
            raise ValueError(f"total_fen is {self.total_fen}; a {self.kind}'s total must be "
                             f"{'at least' if sign > 0 else 'at most'} 0")
        return self


class SalePayload(_Payload):
    sale: SaleCreate

    @model_validator(mode="after")
    def _snapshot(self) -> SalePayload:
        # a delivery's postage line (SKU POSTAGE) is no product: no category, no cooperative
        if self.schema_ >= 2 and any((ln.category is None or ln.cooperative is None) and ln.sku != POSTAGE_SKU
                                     for ln in self.sale.lines):
            raise ValueError("schema 2 sale lines need category and cooperative")
        return self


class QtyLine(_Model):
    sku: Sku
    qty: Qty


class StockReceivedPayload(_Payload):
    number: Text(32)
    cooperative: Code
    lines: Annotated[list[QtyLine], Field(min_length=1, max_length=10000)]


class StockAdjustedPayload(_Payload):
    sku: Sku
    qty: Qty
    reason: Text(32)
    note: Text(1000) = ""


class StocktakePayload(_Payload):
    number: Text(32)
    scope: Text(32)
    differences: Annotated[list[QtyLine], Field(max_length=100000)]


class SettlementPayload(_Payload):
    """Stored as received; only its identity is checked."""

    number: Text(32)
    cooperative: Code


# ---------------------------------------------------------------- shifts and audit

class ShiftCreate(_Model):
    """A shift opened at the till: its number (``SH-T01-000003``) and opening float."""

    uuid: Uuid
    number: Text(32)
    opened_at: UtcTime
    utc_offset_min: UtcOffset
    opened_by: Text(200)
    float_fen: FenOrZero


class ShiftOpenedPayload(_Payload):
    """``shift.opened``: stored as received (the event itself)."""

    shift: ShiftCreate


class CashMovementCreate(_Model):
    """Cash put into (``in``) or taken out of (``out``) the drawer during shift ``shift``
    (its number); ``amount_fen`` > 0 either way."""

    uuid: Uuid
    shift: Text(32)
    kind: Literal["in", "out"]
    amount_fen: Annotated[int, Field(strict=True, ge=1, le=MAX_FEN)]
    reason: Text(500)
    user: Text(200)
    at: UtcTime
    utc_offset_min: UtcOffset


class CashMovedPayload(_Payload):
    """``shift.cash_moved``: stored as received (the event itself)."""

    movement: CashMovementCreate


class MethodTotalCreate(_Model):
    """One payment method of a Z report: ``sales_fen`` = Σ(amount − change) of the shift's sale
    payments, ``refunds_fen`` ≤ 0, ``net_fen = sales_fen + refunds_fen``."""

    method: Method
    sales_fen: Fen
    refunds_fen: Annotated[int, Field(strict=True, ge=-MAX_FEN, le=0)]
    net_fen: Fen

    @model_validator(mode="after")
    def _net(self) -> MethodTotalCreate:
        if self.sales_fen + self.refunds_fen != self.net_fen:
            raise ValueError(f"{self.method}: sales {self.sales_fen} fen plus refunds {self.refunds_fen} fen is "
                             f"{self.sales_fen + self.refunds_fen} fen, net_fen is {self.net_fen}")
        return self


#: a denomination in fen as a JSON key (``"10000"`` = ￥100)
Denomination = Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{0,8}$")]


class ZReportCreate(_Model):
    """The Z report of a closed shift (``Z-T01-000001``), unique per terminal by ``number``."""

    number: Text(32)
    shift: Text(32)
    shift_uuid: Uuid
    opened_at: UtcTime
    closed_at: UtcTime
    utc_offset_min: UtcOffset
    opened_by: Text(200)
    closed_by: Text(200)
    float_fen: FenOrZero
    sales_count: Count
    refunds_count: Count
    by_method: Annotated[list[MethodTotalCreate], Field(max_length=50)]
    cash_in_fen: Fen
    cash_out_fen: Fen
    expected_cash_fen: Fen
    counted_cash_fen: Fen
    over_short_fen: Fen
    #: denomination in fen → how many were counted
    counted: Annotated[dict[Denomination, Count], Field(max_length=50)] = {}
    discounts_fen: Fen = 0
    rounding_fen: Fen = 0

    @model_validator(mode="after")
    def _methods_once(self) -> ZReportCreate:
        methods = [x.method for x in self.by_method]
        if len(set(methods)) != len(methods):
            raise ValueError("by_method lists a payment method twice")
        return self


class ShiftClosedPayload(_Payload):
    """``shift.closed``: the shift's Z report (a row of ``shifts``)."""

    z_report: ZReportCreate


def _details(value: dict[str, Any]) -> dict[str, Any]:
    try:
        size = len(json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8"))
    except (ValueError, UnicodeEncodeError):
        raise ValueError("details must be JSON (no NaN or Infinity, no lone surrogates)") from None
    if size > MAX_DETAILS_BYTES:
        raise ValueError(f"details are {size} bytes of JSON, at most {MAX_DETAILS_BYTES}")
    return value


class AuditEntryCreate(_Model):
    """One entry of the till's audit log: who did ``action`` (``refund``, ``price_override``,
    ``drawer_opened``, …), who approved it, and free JSON ``details`` (≤ 16 kB)."""

    uuid: Uuid
    at: UtcTime
    utc_offset_min: UtcOffset
    user: Text(200)
    action: Annotated[str, StringConstraints(min_length=1, max_length=64), AfterValidator(_clean_text)]
    approved_by: Text(200) | None = None
    details: Annotated[dict[str, Any], AfterValidator(_details)] = {}


class AuditRecordedPayload(_Payload):
    """``audit.recorded``: a row of ``audit_entries``, unique by the entry's ``uuid``."""

    entry: AuditEntryCreate


PAYLOAD_MODELS: dict[str, type[_Payload]] = {
    "sale.completed": SalePayload, "refund.completed": SalePayload,
    "stock.received": StockReceivedPayload, "stock.adjusted": StockAdjustedPayload,
    "stocktake.confirmed": StocktakePayload, "settlement.created": SettlementPayload,
    "shift.opened": ShiftOpenedPayload, "shift.cash_moved": CashMovedPayload, "shift.closed": ShiftClosedPayload,
    "audit.recorded": AuditRecordedPayload,
}

TERMINAL_CODE_RE = re.compile(r"^[A-Z0-9_-]{1,16}$")


# the answers (catalogue pull, county views) live in models_views; re-exported here
from yarlung_pos.server.models_views import (  # noqa: E402, F401
    CategoryPublic,
    CooperativePublic,
    ProductPublic,
    CataloguePublic,
    SalesRowPublic,
    StockRowPublic,
    ShiftRowPublic,
    AuditRowPublic,
    TerminalPublic,
    HealthPublic)
