"""Sales reports: the daily summary (by payment method, category, cooperative, top products)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import CategoryRow, CooperativeRow, ProductRow, SaleRow


@dataclass
class DailyReport:
    """Sales of one local day.  Money in fen (refunds negative in ``net_fen``); each
    breakdown is a list of ``{"key", "name", "fen"}`` (payments: money kept, i.e. tendered
    minus change); ``top_products`` by revenue with quantities as decimal strings."""

    date: date
    sales: int = 0
    refunds: int = 0
    gross_fen: int = 0
    refunds_fen: int = 0
    net_fen: int = 0
    by_method: list[dict] = field(default_factory=list)
    by_category: list[dict] = field(default_factory=list)
    by_cooperative: list[dict] = field(default_factory=list)
    top_products: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        """The ``report daily --json`` document."""
        return {"date": self.date.isoformat(), "sales": self.sales, "refunds": self.refunds,
                "gross_fen": self.gross_fen, "refunds_fen": self.refunds_fen, "net_fen": self.net_fen,
                "by_method": self.by_method, "by_category": self.by_category,
                "by_cooperative": self.by_cooperative, "top_products": self.top_products}


def daily_report(session: Session, day: date, top: int = 10) -> DailyReport:
    """The summary of local date ``day`` (each sale's own UTC offset decides its day)."""
    lo = (datetime.combine(day, datetime.min.time(), timezone.utc) - timedelta(days=1)).isoformat()
    hi = (datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(days=2)).isoformat()
    report = DailyReport(day)
    by_method: dict[str, int] = defaultdict(int)
    by_cat: dict[str, int] = defaultdict(int)
    by_coop: dict[str, int] = defaultdict(int)
    products: dict[str, dict] = {}
    cat_of = {pid: (code, name) for pid, code, name in session.execute(
        select(ProductRow.id, CategoryRow.code, CategoryRow.name_zh).join(CategoryRow, ProductRow.category_id == CategoryRow.id))}
    coop_names = {cid: (code, name) for cid, code, name in session.execute(
        select(CooperativeRow.id, CooperativeRow.code, CooperativeRow.name_zh))}
    for sale in session.scalars(select(SaleRow).where(SaleRow.completed_at >= lo, SaleRow.completed_at < hi)
                                .order_by(SaleRow.seq)):
        local = datetime.fromisoformat(sale.completed_at).astimezone(timezone(timedelta(minutes=sale.utc_offset_min)))
        if local.date() != day:
            continue
        if sale.kind == "refund":
            report.refunds += 1
            report.refunds_fen += -sale.total_fen
        else:
            report.sales += 1
            report.gross_fen += sale.total_fen
        for p in sale.payments:
            by_method[p.method] += p.amount_fen - p.change_fen
        for ln in sale.lines:
            if ln.product_id is None:  # a delivery's postage: no category, no cooperative
                by_cat["postage"] += ln.net_fen
                continue
            code, _ = cat_of.get(ln.product_id, ("?", "?"))
            by_cat[code] += ln.net_fen
            coop_code = coop_names.get(ln.cooperative_id, ("?", "?"))[0]
            by_coop[coop_code] += ln.net_fen
            entry = products.setdefault(ln.sku, {"sku": ln.sku, "name": ln.name_zh, "qty_milli": 0, "fen": 0})
            entry["qty_milli"] += ln.qty_milli
            entry["fen"] += ln.net_fen
    report.net_fen = report.gross_fen - report.refunds_fen
    cat_names = dict(cat_of.values())
    coop_by_code = dict(coop_names.values())
    report.by_method = [{"key": k, "name": k, "fen": v} for k, v in sorted(by_method.items(), key=lambda kv: -kv[1])]
    report.by_category = [{"key": k, "name": cat_names.get(k, k), "fen": v} for k, v in sorted(by_cat.items(), key=lambda kv: -kv[1])]
    report.by_cooperative = [{"key": k, "name": coop_by_code.get(k, k), "fen": v}
                             for k, v in sorted(by_coop.items(), key=lambda kv: -kv[1])]
    from yarlung_pos.services.stock import from_milli
    report.top_products = [{"sku": e["sku"], "name": e["name"], "qty": format(from_milli(e["qty_milli"]).normalize(), "f"),
                            "fen": e["fen"]} for e in sorted(products.values(), key=lambda e: -e["fen"])[:top]]
    return report


def daily_report_csv(report: DailyReport, path) -> None:
    """The daily summary as UTF-8 CSV with columns ``section, key, name, count, qty, fen``:
    each value in its own column — the numbers of sales and refunds under ``count`` (``fen``
    empty), money in fen under ``fen``, a top product's quantity (decimal string) under ``qty``.
    Written atomically; raises ``OSError`` when ``path`` cannot be written."""
    import csv

    from yarlung_pos.fileio import atomic_write
    with atomic_write(path) as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["section", "key", "name", "count", "qty", "fen"])
        for k in ("sales", "refunds"):
            w.writerow(["total", k, "", getattr(report, k), "", ""])
        for k in ("gross_fen", "refunds_fen", "net_fen"):
            w.writerow(["total", k, "", "", "", getattr(report, k)])
        for section in ("by_method", "by_category", "by_cooperative"):
            for row in getattr(report, section):
                w.writerow([section, row["key"], row["name"], "", "", row["fen"]])
        for row in report.top_products:
            w.writerow(["top_products", row["sku"], row["name"], "", row["qty"], row["fen"]])
