"""The office's list of shop orders (issue #18) for the console page ``/orders``."""

from __future__ import annotations

from sqlalchemy import func, select

from yarlung_pos.domain.delivery import mask_phone
from yarlung_pos.server.database import Database
from yarlung_pos.server.schema_shop import ORDER_STATUSES, OnlineOrderRow

#: most orders listed at once (the newest first)
MAX_LISTED = 500


def list_orders(db: Database, status: str | None = None, limit: int = MAX_LISTED) -> dict:
    """``{"orders": [{"number", "status", "fulfilment", "name", "phone" (masked: 138****5678),
    "county", "items_fen", "postage_fen", "total_fen" (fen), "created_at", "updated_at" (UTC ISO),
    "terminal", "tracking", "cancel_reason"}], "counts": {status: count}}`` — the newest
    ``limit`` orders (of ``status`` only, when it is one of ``ORDER_STATUSES``; anything else:
    every status) and how many orders each status has."""
    stmt = select(OnlineOrderRow).order_by(OnlineOrderRow.created_at.desc(), OnlineOrderRow.number.desc()).limit(limit)
    if status in ORDER_STATUSES:
        stmt = stmt.where(OnlineOrderRow.status == status)
    with db.read(snapshot=True) as s:
        counts = dict(s.execute(select(OnlineOrderRow.status, func.count()).group_by(OnlineOrderRow.status)).all())
        orders = [{"number": r.number, "status": r.status, "fulfilment": r.fulfilment, "name": r.name,
                   "phone": mask_phone(r.phone), "county": r.county, "items_fen": r.items_fen,
                   "postage_fen": r.postage_fen, "total_fen": r.total_fen, "created_at": r.created_at,
                   "updated_at": r.updated_at, "terminal": r.terminal_code, "tracking": r.tracking,
                   "cancel_reason": r.cancel_reason} for r in s.scalars(stmt)]
    return {"orders": orders, "counts": {k: int(counts.get(k, 0)) for k in ORDER_STATUSES}}
