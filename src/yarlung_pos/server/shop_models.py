"""Wire models of the shop's orders (issue #18; PROTOCOL.md, "Shop orders (issue #18)"): the
tills' pull ``GET /api/v1/orders`` (``…Public``) and the payloads of the push event kinds
``order.confirmed`` and ``order.cancelled`` (``…Payload``, checked like every payload in
:mod:`~yarlung_pos.server.models`: bounded, strict integers, no NUL, no lone surrogate).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from yarlung_pos.server import models as m

CONFIRMED = "order.confirmed"
CANCELLED = "order.cancelled"
#: the push event kinds of the shop's orders
ORDER_KINDS = (CONFIRMED, CANCELLED)
PAYMENT_METHODS = ("cash", "wechat", "alipay", "card")
#: an order number as the server gives them out: ``W-000001``
OrderNumber = Annotated[str, StringConstraints(pattern=r"^W-[0-9]{6,12}$")]
#: most rows of one pull page
MAX_ORDERS_PAGE = 1000
DEFAULT_ORDERS_PAGE = 200


class OrderConfirmedPayload(m._Payload):
    """``order.confirmed``: the hall took the payment of order ``number`` (a sale, and for a
    delivery a delivery order).  Money in fen."""

    number: OrderNumber
    payment_method: Literal["cash", "wechat", "alipay", "card"]
    payment_reference: m.Text(64) | None = None
    sale_uuid: m.Uuid
    sale_number: Annotated[m.Text(32), Field(min_length=1)]
    postage_fen: m.FenOrZero
    total_fen: m.FenOrZero
    delivery_uuid: m.Uuid | None = None
    delivery_number: Annotated[str, StringConstraints(pattern=r"^D-[A-Z0-9_-]{1,16}-[0-9]{6,12}$")] | None = None


class OrderCancelledPayload(m._Payload):
    """``order.cancelled``: the hall cancelled order ``number`` (1–200 characters of reason)."""

    number: OrderNumber
    reason: Annotated[m.Text(200), Field(min_length=1)]


PAYLOAD_MODELS: dict[str, type[m._Payload]] = {CONFIRMED: OrderConfirmedPayload, CANCELLED: OrderCancelledPayload}


class OrderLinePublic(BaseModel):
    """A line as the customer ordered it: ``qty`` decimal text with 3 decimals (``"1.500"``)."""

    line_no: int
    sku: str
    name_bo: str
    name_zh: str
    name_en: str
    unit: str
    qty: str
    unit_price_fen: int
    line_total_fen: int


class OrderPublic(BaseModel):
    """A whole order (the till upserts it by ``number``); times UTC ISO 8601, money fen;
    the address fields are ``null`` for a pick-up."""

    number: str
    status: str
    fulfilment: Literal["delivery", "pickup"]
    lang: str
    name: str
    phone: str
    province: str | None
    prefecture: str | None
    county: str | None
    township: str | None
    street: str | None
    note: str | None
    items_fen: int
    postage_fen: int | None
    total_fen: int
    created_at: str
    updated_at: str
    terminal: str | None
    cancel_reason: str | None
    lines: list[OrderLinePublic]


class OrdersPublic(BaseModel):
    """``GET /orders?cursor=N&limit=L``: every order changed after ``N`` (``change_id > N``) in
    change order, at most ``L``; ``cursor`` the highest change returned (``N`` when none);
    ``more``: further orders changed after ``cursor`` wait."""

    schema_: int = Field(1, alias="schema", serialization_alias="schema")
    cursor: int
    more: bool
    orders: list[OrderPublic]
