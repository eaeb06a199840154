"""What the read-only commands show, read with plain ``sqlite3`` (no SQLAlchemy: its import
alone costs more than issue #13's 0.5 s budget of a whole command on a slow till PC).

Each function takes a connection from :func:`yarlung_pos.db.sqlite_file.open_for_reading` and
answers exactly as the SQLAlchemy services do for the same database
(``tests/integration/test_read_only.py`` compares them): ``sync status`` as
:mod:`yarlung_pos.sync.client` (``load_config``, ``pending_count``, ``rejected_events``),
``stock level`` as :func:`yarlung_pos.services.inventory.stock_report`.
"""

from __future__ import annotations

import sqlite3

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP
from yarlung_pos.domain.stock_levels import InventoryError, StockLine, stock_lines

#: the code of a terminal not yet enrolled with the county server
DEFAULT_TERMINAL_CODE = "T01"


def _setting(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def sync_status(con: sqlite3.Connection) -> dict:
    """``{"enrolled": bool, "server": URL or None, "terminal": code (T01 until enrolled, or the
    code the till works alone as), "waiting": events not yet accepted, "rejected": events set
    aside, "last_sync_at": ISO time (UTC) or None}`` — the document ``sync status --json``
    prints."""
    url, token = _setting(con, "sync_server_url"), _setting(con, "sync_token")
    enrolled = bool(url and token)
    waiting, rejected = con.execute(
        "SELECT COALESCE(SUM(rejected_reason IS NULL), 0), COALESCE(SUM(rejected_reason IS NOT NULL), 0) "
        "FROM outbox WHERE sent_at IS NULL").fetchone()
    return {"enrolled": enrolled, "server": url if enrolled else None,
            "terminal": _setting(con, "terminal_code") or DEFAULT_TERMINAL_CODE,
            "waiting": int(waiting), "rejected": int(rejected), "last_sync_at": _setting(con, "last_sync_at")}


def stock_report(con: sqlite3.Connection, sku: str | None = None, only: str | None = None) -> list[StockLine]:
    """Levels of every product by SKU (or of one ``sku``); ``only`` is ``"low"`` or
    ``"negative"`` as in :func:`yarlung_pos.domain.stock_levels.stock_lines`.  Raises
    :class:`InventoryError` for an unknown SKU."""
    query = "SELECT id, sku, name_zh, unit, low_stock_milli FROM products"
    params: tuple = ()
    if sku:
        query += " WHERE sku = ?"
        params = (sku.strip().upper(),)
    products = con.execute(query + " ORDER BY sku", params).fetchall()
    if sku and not products:
        raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "unknown SKU {sku}"), sku=sku.strip())
    if sku:
        levels = dict(con.execute("SELECT product_id, SUM(qty_milli) FROM stock_moves WHERE product_id = ? "
                                  "GROUP BY product_id", (products[0][0],)).fetchall())
    else:
        levels = dict(con.execute("SELECT product_id, SUM(qty_milli) FROM stock_moves GROUP BY product_id").fetchall())
    return stock_lines(products, levels, only)


def sign_in_choices(con: sqlite3.Connection) -> tuple[bool, list[tuple[str, str]]]:
    """What the till's first screen needs: ``(set_up, users)`` — ``set_up`` as
    :func:`yarlung_pos.services.setup.is_set_up` (setup finished, or a till that has users
    already), ``users`` the active users as ``(username, name)`` by name, as
    :func:`yarlung_pos.services.users.list_users` lists them."""
    done = _setting(con, "setup_complete") == "1"
    users = [(u, n) for u, n in con.execute("SELECT username, display_name FROM users WHERE active = 1 "
                                            "ORDER BY display_name")]
    any_user = users or con.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None
    return done or bool(any_user), users
