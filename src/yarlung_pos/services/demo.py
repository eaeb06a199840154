"""Loading the demo catalogue (``--demo``): categories, cooperatives, products and an opening
stock from ``assets/demo/`` into an EMPTY database, once.  Prices, barcodes and some
cooperatives are demo data (``assets/demo/README.md``)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from yarlung_pos.db.schema import ProductRow
from yarlung_pos.db.store import Store, get_setting, set_setting
from yarlung_pos.domain.clock import Clock
from yarlung_pos.services import users
from yarlung_pos.services.shifts import current_shift, open_shift
from yarlung_pos.services.stock import add_move

DEMO_CASHIER = "Padma Chozom"
#: demo people (username, name, role, PIN) — shown in the README; never use these PINs for real
DEMO_USERS = (("padma", DEMO_CASHIER, "cashier", "1111"),
              ("dorje", "Dorje Tsering", "manager", "2222"),
              ("admin", "Admin", "admin", "9999"))
DEMO_FLOAT_FEN = 20000  # ￥200 in the drawer when the demo opens a shift


def demo_dir() -> Path:
    """``assets/demo`` of this installation."""
    from yarlung_pos.fonts import assets_dir
    return assets_dir() / "demo"


def load_demo(store: Store, clock: Clock, source: Path | None = None) -> bool:
    """Load the demo catalogue and opening stock if the database has no products and never
    had the demo.  Returns True if it loaded, False if it left the database alone."""
    source = source or demo_dir()
    at = clock()
    with store.write() as session:  # all of the demo or none of it, even if killed half way
        if get_setting(session, "demo_loaded") or session.scalar(select(func.count(ProductRow.id))):
            return False
        from yarlung_pos.services.catalogue_csv import import_catalogue_file  # only when loading
        import_catalogue_file(session, source / "categories.csv", "categories")
        import_catalogue_file(session, source / "cooperatives.csv", "cooperatives")
        import_catalogue_file(session, source / "products.csv", "products")
        session.flush()
        ids = dict(session.execute(select(ProductRow.sku, ProductRow.id)).all())
        with (source / "stock.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                add_move(session, ids[row["sku"].upper()], Decimal(row["qty"]), "receipt",
                         "demo", "opening-stock", at, note="demo opening stock")
        # demo low-stock thresholds: 5 of counted goods, 2 kg of goods sold by weight
        for row in session.scalars(select(ProductRow)):
            row.low_stock_milli = 2000 if row.unit == "kg" else 5000
        set_setting(session, "demo_loaded", at.isoformat())
    return True


def ensure_demo_people(store: Store, clock: Clock):
    """On a demo database: create the demo users if the database has none, and open a shift
    with ￥200 if none is open.  Returns the demo cashier's ``User``."""
    if not users.has_users(store):
        from yarlung_pos.services.user_admin import add_user
        admin = None
        for username, name, role, pin in sorted(DEMO_USERS, key=lambda u: u[2] != "admin"):  # the admin first
            user = add_user(store, username, name, role, pin, actor=admin, clock=clock)
            admin = admin or user
    cashier = next((u for u in users.list_users(store) if u.username == DEMO_USERS[0][0]), None)
    if current_shift(store) is None:
        open_shift(store, cashier.username if cashier else "demo", DEMO_FLOAT_FEN, clock)
    return cashier
