"""Consignment settlement: what each cooperative is owed for its goods sold in a date range.

For a cooperative and local dates ``[from, to]``: every unsettled sale line of its goods
(sold at the price actually charged — the line's snapshot, never today's price) and every
refund line of them; gross = sales, refunds = money given back, commission = the hall's rate
on (gross − refunds), rounded half-up to a fen; due = gross − refunds − commission.  Saving
it numbers it (``SET-T01-000001``) and marks each line settled in the same transaction; a
line can be settled only once (``settled_lines.sale_line_id`` is unique).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import (CooperativeRow, OutboxRow, SaleLineRow, SaleRow, SettledLineRow,
                                   SettlementRow)
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.services.numbering import terminal_code
from yarlung_pos.services.stock import from_milli


class SettlementError(DomainError):
    """A settlement request that is refused (unknown cooperative, bad dates, nothing to settle)."""


@dataclass
class ProductTotals:
    """One product of a settlement: quantities sold and returned, money in and back (fen)."""

    sku: str
    name_bo: str
    name_zh: str
    name_en: str
    unit: str
    sold: Decimal = Decimal(0)
    returned: Decimal = Decimal(0)
    gross_fen: int = 0
    refunds_fen: int = 0


@dataclass
class SettlementDraft:
    """A computed settlement (saved or not).  Money in fen; ``sales`` are the UUIDs of the
    sales and refunds whose lines it pays; ``line_ids`` the sale lines."""

    cooperative: str
    cooperative_names: tuple[str, str, str]
    date_from: date
    date_to: date
    commission_bp: int
    products: list[ProductTotals] = field(default_factory=list)
    gross_fen: int = 0
    refunds_fen: int = 0
    commission_fen: int = 0
    due_fen: int = 0
    sales: list[str] = field(default_factory=list)
    line_ids: list[int] = field(default_factory=list)
    number: str | None = None
    payout_details: str = ""

    def as_json(self) -> dict:
        """The ``settlement create --json`` document."""
        return {"number": self.number, "cooperative": self.cooperative, "from": self.date_from.isoformat(),
                "to": self.date_to.isoformat(), "gross_fen": self.gross_fen, "refunds_fen": self.refunds_fen,
                "commission_bp": self.commission_bp, "commission_fen": self.commission_fen, "due_fen": self.due_fen,
                "sales": self.sales,
                "products": [{"sku": p.sku, "sold": str(p.sold), "returned": str(p.returned),
                              "gross_fen": p.gross_fen, "refunds_fen": p.refunds_fen} for p in self.products]}


def commission_fen(net_fen: int, bp: int) -> int:
    """Commission of ``bp`` basis points on ``net_fen``, rounded half-up to a fen."""
    return int((Decimal(net_fen) * bp / 10000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _local_date(utc_text: str, offset_min: int) -> date:
    return datetime.fromisoformat(utc_text).astimezone(timezone(timedelta(minutes=offset_min))).date()


def draft_settlement(session: Session, cooperative: str, date_from: date, date_to: date) -> SettlementDraft:
    """Compute (without saving) the settlement of ``cooperative`` for local dates
    ``date_from``–``date_to`` inclusive, over lines not yet settled."""
    if date_to < date_from:
        raise SettlementError(QT_TRANSLATE_NOOP("DomainError", "the period ends before it starts"))
    coop = session.scalar(select(CooperativeRow).where(CooperativeRow.code == cooperative.strip().upper()))
    if coop is None:
        raise SettlementError(QT_TRANSLATE_NOOP("DomainError", "unknown cooperative {code}"), code=cooperative)
    draft = SettlementDraft(coop.code, (coop.name_bo, coop.name_zh, coop.name_en), date_from, date_to,
                            coop.commission_bp, payout_details=coop.payout_details)
    # a day's margin either side in UTC, then the exact local date of each sale
    lo = (datetime.combine(date_from, datetime.min.time(), timezone.utc) - timedelta(days=1)).isoformat()
    hi = (datetime.combine(date_to, datetime.min.time(), timezone.utc) + timedelta(days=2)).isoformat()
    settled = select(SettledLineRow.sale_line_id)
    rows = session.execute(
        select(SaleLineRow, SaleRow.uuid, SaleRow.completed_at, SaleRow.utc_offset_min)
        .join(SaleRow, SaleLineRow.sale_id == SaleRow.id)
        .where(SaleLineRow.cooperative_id == coop.id, SaleRow.completed_at >= lo, SaleRow.completed_at < hi,
               SaleLineRow.id.not_in(settled))
        .order_by(SaleRow.seq, SaleLineRow.line_no)).all()
    products: dict[str, ProductTotals] = {}
    sales: list[str] = []
    for line, sale_uuid, at, offset in rows:
        if not date_from <= _local_date(at, offset) <= date_to:
            continue
        p = products.setdefault(line.sku, ProductTotals(line.sku, line.name_bo, line.name_zh, line.name_en, line.unit))
        qty = from_milli(line.qty_milli)
        # what the goods actually sold for: after line and whole-sale discounts (the hall's
        # cash rounding is the hall's, not the cooperative's)
        if line.qty_milli >= 0:
            p.sold += qty
            p.gross_fen += line.net_fen
        else:
            p.returned += -qty
            p.refunds_fen += -line.net_fen
        draft.line_ids.append(line.id)
        if sale_uuid not in sales:
            sales.append(sale_uuid)
    draft.products = sorted(products.values(), key=lambda p: p.sku)
    draft.gross_fen = sum(p.gross_fen for p in draft.products)
    draft.refunds_fen = sum(p.refunds_fen for p in draft.products)
    draft.commission_fen = commission_fen(draft.gross_fen - draft.refunds_fen, coop.commission_bp)
    draft.due_fen = draft.gross_fen - draft.refunds_fen - draft.commission_fen
    draft.sales = sales
    return draft


def create_settlement(store: Store, cooperative: str, date_from: date, date_to: date,
                      clock: Clock) -> SettlementDraft:
    """Compute and save a settlement in one transaction (lines marked settled, an outbox
    event written).  Raises :class:`SettlementError` when there is nothing to settle."""
    at = clock()
    with store.write() as s:
        draft = draft_settlement(s, cooperative, date_from, date_to)
        if not draft.line_ids:
            raise SettlementError(QT_TRANSLATE_NOOP(
                "DomainError", "nothing to settle for {code} from {start} to {end} (no unsettled sales)"),
                code=draft.cooperative, start=date_from.isoformat(), end=date_to.isoformat())
        count = s.scalar(select(func.count(SettlementRow.id))) or 0
        draft.number = f"SET-{terminal_code(s)}-{count + 1:06d}"
        coop_id = s.scalar(select(CooperativeRow.id).where(CooperativeRow.code == draft.cooperative))
        row = SettlementRow(number=draft.number, cooperative_id=coop_id, date_from=date_from.isoformat(),
                            date_to=date_to.isoformat(), commission_bp=draft.commission_bp, gross_fen=draft.gross_fen,
                            refunds_fen=draft.refunds_fen, commission_fen=draft.commission_fen, due_fen=draft.due_fen,
                            created_at=utc_iso(at))
        s.add(row)
        s.flush()
        for line_id in draft.line_ids:
            s.add(SettledLineRow(settlement_id=row.id, sale_line_id=line_id))
        s.add(OutboxRow(uuid=str(uuid.uuid4()), kind="settlement.created", created_at=utc_iso(at),
                        payload=json.dumps({"schema": 1, **draft.as_json()}, ensure_ascii=False, separators=(",", ":"))))
    return draft


def settlement_csv(draft: SettlementDraft, path) -> None:
    """The settlement as UTF-8 CSV: one row per product, then the totals (money in yuan with
    two decimals and in fen)."""
    import csv

    from yarlung_pos.domain.money import format_fen
    from yarlung_pos.fileio import atomic_write
    with atomic_write(path) as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["settlement", draft.number or "", "cooperative", draft.cooperative, "from",
                    draft.date_from.isoformat(), "to", draft.date_to.isoformat()])
        w.writerow(["sku", "name_bo", "name_zh", "name_en", "unit", "sold", "returned", "gross_fen", "refunds_fen",
                    "gross", "refunds"])
        for p in draft.products:
            w.writerow([p.sku, p.name_bo, p.name_zh, p.name_en, p.unit, p.sold, p.returned, p.gross_fen, p.refunds_fen,
                        format_fen(p.gross_fen, sign=False, group=False), format_fen(p.refunds_fen, sign=False, group=False)])
        for label, fen in (("gross", draft.gross_fen), ("refunds", draft.refunds_fen),
                           (f"commission {draft.commission_bp / 100:g}%", draft.commission_fen), ("due", draft.due_fen)):
            w.writerow([label, "", "", "", "", "", "", fen, "", format_fen(fen, sign=False, group=False), ""])
