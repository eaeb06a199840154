"""``sales export``: completed sales as JSON Lines, one object per sale (see
:func:`yarlung_pos.services.sales.sale_record` for the shape)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from yarlung_pos.db.schema import SaleRow
from yarlung_pos.db.store import Store
from yarlung_pos.fileio import atomic_write
from yarlung_pos.services.sales import sale_record


def export_sales_jsonl(store: Store, path: Path | str) -> int:
    """Write every completed sale, in terminal sequence order, to ``path`` (UTF-8 JSONL).
    The file is written beside and renamed into place, so a crash never leaves half a file;
    the database itself, folders and devices are refused (:class:`OutputError`).
    Returns the number of sales written."""
    path = Path(path)
    count = 0
    protect = (store.path,) if store.path else ()
    with store.read() as session, atomic_write(path, protect, newline="\n") as fh:
        stmt = (select(SaleRow).options(selectinload(SaleRow.lines), selectinload(SaleRow.payments))
                .order_by(SaleRow.terminal_code, SaleRow.seq))
        for sale in session.scalars(stmt):
            fh.write(json.dumps(sale_record(sale), ensure_ascii=False) + "\n")
            count += 1
    return count
