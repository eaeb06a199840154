"""The county server's answers to the tills' catalogue pull and to the county views (JSON
shapes of ``/catalogue`` and ``/reports/*``; money in fen).  Split from :mod:`models` (the
requests the server takes), which re-exports these names."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel


# ---------------------------------------------------------------- catalogue

class CategoryPublic(BaseModel):
    code: str
    name_bo: str
    name_zh: str
    name_en: str
    sort_order: int


class CooperativePublic(BaseModel):
    code: str
    name_bo: str
    name_zh: str
    name_en: str
    town_bo: str
    town_zh: str
    town_en: str


class ProductPublic(BaseModel):
    sku: str
    barcode: str | None
    name_bo: str
    name_zh: str
    name_en: str
    category: str
    cooperative: str
    unit: str
    price_fen: int
    active: bool


class CataloguePublic(BaseModel):
    #: the change number reached (an int) — or, while ``more`` is true, the page cursor (opaque text)
    cursor: int | str
    #: the response holds the whole catalogue (cursor 0, or a cursor this server never gave out)
    full: bool
    #: only with ``limit`` (paged pull): another page follows; rows of this pull after this page
    more: bool = False
    remaining: int = 0
    categories: list[CategoryPublic]
    cooperatives: list[CooperativePublic]
    products: list[ProductPublic]


# ---------------------------------------------------------------- county views

class SalesRowPublic(BaseModel):
    key: str | None
    sales: int
    total_fen: int


class StockRowPublic(BaseModel):
    sku: str
    unit: str | None
    level: str
    negative: bool


class ShiftRowPublic(BaseModel):
    """A Z report: ``closed_at`` UTC; ``net_by_method`` method → net fen (sales + refunds)."""

    terminal: str
    number: str
    shift: str
    closed_at: str
    closed_by: str
    expected_cash_fen: int
    counted_cash_fen: int
    over_short_fen: int
    net_by_method: dict[str, int]


class AuditRowPublic(BaseModel):
    """An audit entry: ``at`` UTC, ``details`` the till's JSON object."""

    uuid: str
    terminal: str
    at: str
    user: str
    action: str
    approved_by: str | None
    details: dict[str, Any]


class TerminalPublic(BaseModel):
    code: str
    status: Literal["pending", "enrolled", "revoked"]
    last_seen: str | None
    clock_skew_s: float | None
    events: int
    last_seq: int | None


class HealthPublic(BaseModel):
    status: str
    schemas: list[int]
