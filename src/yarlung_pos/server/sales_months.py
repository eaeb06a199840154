"""Net sales per month, terminal, cooperative and category, kept up to date by push (issue #17).

The county's statistics read a year of sale lines (a million sales and more): instead of
summing them on every request, each push adds the nets of the lines it stores to
``sales_months`` in the same transaction (:func:`add_lines`), and migration ``s0007`` filled
it from the lines received before.  A row's ``net_fen`` is Σ ``line_total_fen − discount_fen −
order_discount_fen`` of the lines (refund lines negative) whose sale's terminal-local date
(``sales.local_date``) falls in ``month`` (``YYYY-MM``), postage lines (SKU ``POSTAGE``) left
out — exactly :func:`reports.sales_report`'s net by cooperative/category.  ``cooperative`` and
``category`` are ``""`` for lines of SKUs the catalogue did not know.  Money in fen.

Rows are added to (``INSERT … ON CONFLICT DO UPDATE SET net_fen = net_fen + …``) in key order,
so that two pushes at once on PostgreSQL lock them in the same order and never deadlock.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from yarlung_pos.domain.delivery import POSTAGE_SKU
from yarlung_pos.server.schema import Base, Big, SaleRow


class SalesMonthRow(Base):
    """Net fen and line count of one month × terminal × cooperative × category (see the module)."""

    __tablename__ = "sales_months"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    terminal_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    cooperative: Mapped[str] = mapped_column(String(32), primary_key=True)
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    net_fen: Mapped[int] = mapped_column(Big)
    lines: Mapped[int] = mapped_column(Big)


def add_lines(session: Session, terminal: str, lines: list[dict]) -> None:
    """Add the sale lines just stored (``SaleLineRow`` dicts of one push: ``sale_id``, ``sku``,
    ``cooperative``, ``category``, ``line_total_fen``, ``discount_fen``, ``order_discount_fen``)
    of ``terminal`` to ``sales_months``, in the caller's transaction."""
    if not lines:
        return
    sale_ids = sorted({ln["sale_id"] for ln in lines})
    months: dict[int, str] = {}
    for start in range(0, len(sale_ids), 500):
        chunk = sale_ids[start:start + 500]
        months.update((i, d[:7]) for i, d in session.execute(
            select(SaleRow.id, SaleRow.local_date).where(SaleRow.id.in_(chunk))))
    totals: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for ln in lines:
        if ln["sku"] == POSTAGE_SKU:
            continue
        key = (months[ln["sale_id"]], terminal, ln["cooperative"] or "", ln["category"] or "")
        total = totals[key]
        total[0] += ln["line_total_fen"] - (ln["discount_fen"] or 0) - (ln["order_discount_fen"] or 0)
        total[1] += 1
    if not totals:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    table = SalesMonthRow.__table__
    rows = [{"month": k[0], "terminal_code": k[1], "cooperative": k[2], "category": k[3],
             "net_fen": v[0], "lines": v[1]} for k, v in sorted(totals.items())]
    stmt = insert(table)
    stmt = stmt.on_conflict_do_update(
        index_elements=["month", "terminal_code", "cooperative", "category"],
        set_={"net_fen": table.c.net_fen + stmt.excluded.net_fen, "lines": table.c.lines + stmt.excluded.lines})
    for row in rows:  # one statement each, in key order (see the module)
        session.execute(stmt, row)


#: ``sales_months`` computed from every stored line (the definition of the module's docstring)
REBUILD_SQL = (
    "INSERT INTO sales_months (month, terminal_code, cooperative, category, net_fen, lines) "
    "SELECT substr(s.local_date, 1, 7), s.terminal_code, coalesce(l.cooperative, ''), coalesce(l.category, ''), "
    "sum(l.line_total_fen - l.discount_fen - l.order_discount_fen), count(*) "
    "FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.sku <> :postage "
    "GROUP BY substr(s.local_date, 1, 7), s.terminal_code, coalesce(l.cooperative, ''), coalesce(l.category, '')")


def rebuild(connection) -> int:
    """Recompute ``sales_months`` from all sale lines on ``connection`` (in its transaction): for
    lines stored without push (a bulk load, the benchmarks).  Returns the rows written."""
    from sqlalchemy import delete, func, text
    connection.execute(delete(SalesMonthRow.__table__))
    connection.execute(text(REBUILD_SQL), {"postage": POSTAGE_SKU})
    return connection.execute(select(func.count()).select_from(SalesMonthRow.__table__)).scalar_one()
