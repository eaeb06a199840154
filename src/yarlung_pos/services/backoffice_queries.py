"""What the back-office screens read: each function opens its own read session on the
``Store``, reads everything one screen shows in that one snapshot, and returns plain values
(dataclasses of the services, ``domain`` objects), so no widget ever holds a session.

Quantities are ``Decimal`` in the product's unit (kg to three decimals, counted units whole);
money is integer fen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from yarlung_pos.db.schema import ProductRow, UserRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.model import Category, Cooperative
from yarlung_pos.services.backoffice import (CooperativeValues, CountSheet, ProductValues, count_sheet,
                                             cooperative_values, latest_open_stocktake, product_names, product_values,
                                             sale_numbers)
from yarlung_pos.services.catalogue import list_categories, list_cooperatives
from yarlung_pos.services.inventory import LedgerEntry, StockLine, ledger, stock_report
from yarlung_pos.services.reports import DailyReport, daily_report
from yarlung_pos.services.settlement import SettlementDraft, draft_settlement

#: (Tibetan, Chinese, English) names of a product or cooperative
Names = tuple[str, str, str]


def cooperatives(store: Store) -> list[Cooperative]:
    """Every cooperative, ordered as the catalogue lists them (see ``list_cooperatives``)."""
    with store.read() as s:
        return list_cooperatives(s)


def categories(store: Store) -> list[Category]:
    """Every category in display order (``sort_order``, then code)."""
    with store.read() as s:
        return list_categories(s)


@dataclass(frozen=True)
class StockOverview:
    """The Stock tab's table: ``lines`` (one per product, filtered) and every product's
    names by SKU."""

    lines: list[StockLine]
    names: dict[str, Names]


def stock_overview(store: Store, only: str | None = None) -> StockOverview:
    """Stock levels of every product (``only``: ``None`` for all, ``"low"`` at or below the
    low-stock threshold, ``"negative"`` below zero) with the products' names."""
    with store.read() as s:
        return StockOverview(stock_report(s, only=only), product_names(s))


@dataclass(frozen=True)
class LedgerView:
    """The stock moves of one product, oldest first, with what their sources are called.

    ``numbers`` maps the UUID of each sale or refund in a move's source (``"sale <uuid>"``)
    to its receipt number (``T01-000012``); ``unit`` is the product's unit."""

    entries: list[LedgerEntry]
    numbers: dict[str, str]
    unit: str


def ledger_view(store: Store, sku: str) -> LedgerView:
    """The ledger of ``sku`` (any case, spaces around ignored; see :class:`LedgerView`).
    Raises ``InventoryError`` for an unknown SKU."""
    with store.read() as s:
        entries = ledger(s, sku)
        refs = [e.source.split(" ", 1)[1] for e in entries if e.source.split(" ", 1)[0] in ("sale", "refund")]
        unit = s.scalar(select(ProductRow.unit).where(ProductRow.sku == sku.strip().upper()))
        return LedgerView(entries, sale_numbers(s, refs), unit)


def open_stocktake_number(store: Store) -> str | None:
    """The number of the newest stocktake still open (``ST-T01-000001``), if any."""
    with store.read() as s:
        return latest_open_stocktake(s)


def stocktake_sheet(store: Store, number: str) -> CountSheet:
    """Stocktake ``number`` with its lines and today's levels; raises ``LookupError`` for an
    unknown number."""
    with store.read() as s:
        return count_sheet(s, number)


def settlement_preview(store: Store, cooperative: str, date_from: date, date_to: date) -> SettlementDraft:
    """The settlement of ``cooperative`` (code) for local dates ``date_from``–``date_to``
    (inclusive) as it would be created, without saving anything.  Raises
    ``SettlementError``."""
    with store.read() as s:
        return draft_settlement(s, cooperative, date_from, date_to)


@dataclass(frozen=True)
class DailySummary:
    """The Reports tab's day: the report, and (Chinese, Tibetan) names of every category
    and cooperative by code."""

    report: DailyReport
    category_names: dict[str, tuple[str, str]]
    cooperative_names: dict[str, tuple[str, str]]


def daily_summary(store: Store, day: date) -> DailySummary:
    """The daily report of local date ``day`` with the names the screen shows."""
    with store.read() as s:
        return DailySummary(daily_report(s, day),
                            {c.code: (c.name_zh, c.name_bo) for c in list_categories(s)},
                            {c.code: (c.name_zh, c.name_bo) for c in list_cooperatives(s)})


@dataclass(frozen=True)
class CatalogueView:
    """The catalogue editor's lists: every product by SKU (active or not), every
    cooperative by code, and the categories in display order."""

    products: list[ProductValues]
    cooperatives: list[CooperativeValues]
    categories: list[Category]


def catalogue_view(store: Store) -> CatalogueView:
    """Products, cooperatives and categories as the catalogue editor lists them."""
    with store.read() as s:
        return CatalogueView(product_values(s), cooperative_values(s), list_categories(s))


@dataclass(frozen=True)
class UserLine:
    """One row of the Users tab: ``username`` (login), ``name`` (shown), ``role``
    (``cashier``/``manager``/``admin``), ``active``, and ``locked_until`` (an aware UTC
    ``datetime`` while a lock-out after wrong PINs runs at the time asked about, else
    ``None``)."""

    username: str
    name: str
    role: str
    active: bool
    locked_until: datetime | None


def user_lines(store: Store, now: datetime) -> list[UserLine]:
    """Every user (active or not) by name, with lock-outs still running at ``now`` (aware)."""
    with store.read() as s:
        out = []
        for r in s.scalars(select(UserRow).order_by(UserRow.display_name, UserRow.username)):
            until = datetime.fromisoformat(r.locked_until) if r.locked_until else None
            out.append(UserLine(r.username, r.display_name, r.role, bool(r.active),
                                until if until is not None and until > now else None))
        return out
