"""Migrations carry a database of an older version forward without losing anything."""

import sqlite3

from alembic import command
from alembic.config import Config

from yarlung_pos.db.engine import MIGRATIONS_DIR, make_engine
from yarlung_pos.db.store import Store


def database_at(db, revision: str):
    """Create the SQLite file ``db`` with the schema of migration ``revision`` only."""
    engine = make_engine(db)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    return db


def test_0002_database_gets_cooperatives_on_its_sale_lines(tmp_path):
    db = database_at(tmp_path / "old.db", "0002")
    con = sqlite3.connect(db)
    con.executescript("""
        insert into categories (id, code, name_bo, name_zh, name_en, sort_order) values (1, 'DRINK', 'བཏུང་བ།', '饮品', 'Drinks', 1);
        insert into cooperatives (id, code, name_bo, name_zh, name_en, town_bo, town_zh, town_en)
            values (7, 'CHAMCHEN', 'བྱམས་ཆེན།', '强钦', 'Chamchen', '', '', '');
        insert into products (id, sku, name_bo, name_zh, name_en, category_id, cooperative_id, unit, price_fen, active,
                              search_text, updated_at)
            values (1, 'WINE-001', 'ཆང་', '青稞酒', 'Wine', 1, 7, 'bottle', 3500, 1, '', '2026-01-01');
        insert into sales (id, uuid, kind, terminal_code, seq, number, cashier, completed_at, utc_offset_min, total_fen, change_fen)
            values (1, 'u-1', 'sale', 'T01', 1, 'T01-000001', 'P', '2026-11-29T06:00:00+00:00', 480, 3500, 0);
        insert into sale_lines (id, sale_id, line_no, product_id, sku, name_bo, name_zh, name_en, unit, unit_price_fen,
                                qty_milli, line_total_fen)
            values (1, 1, 1, 1, 'WINE-001', 'ཆང་', '青稞酒', 'Wine', 'bottle', 3500, 1000, 3500);
    """)
    con.commit()
    con.close()
    store = Store.open(db)   # migrates to head
    store.close()
    con = sqlite3.connect(db)
    assert con.execute("select cooperative_id from sale_lines").fetchone() == (7,)
    assert con.execute("select commission_bp, contact_name from cooperatives").fetchone() == (0, "")
    assert con.execute("select count(*) from sales").fetchone() == (1,)
    con.close()
