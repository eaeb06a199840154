"""``sales_months`` (issue #17): the monthly nets the statistics read are, after real till syncs,
a resent batch, refunds, postage and unknown SKUs, exactly
the sum of the sale lines — and migration s0007 builds the same table from the lines alone."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from .conftest import alembic_to, batch, enrol, push, query, sale_event
from .console_world import world  # noqa: F401 - the fixture

KEYS = ("month", "terminal_code", "cooperative", "category")
DIRECT = ("SELECT substr(s.local_date, 1, 7), s.terminal_code, coalesce(l.cooperative, ''), coalesce(l.category, ''), "
          "sum(l.line_total_fen - l.discount_fen - l.order_discount_fen), count(*) FROM sale_lines l "
          "JOIN sales s ON s.id = l.sale_id WHERE l.sku <> 'POSTAGE' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")
KEPT = "SELECT month, terminal_code, cooperative, category, net_fen, lines FROM sales_months ORDER BY 1, 2, 3, 4"


def rows(db_url: str, sql: str) -> list[tuple]:
    return [tuple(r) for r in query(db_url, sql)]


def test_after_a_year_of_real_till_syncs_the_monthly_nets_are_the_lines_sums(world, tmp_path):
    kept = rows(world.db_url, KEPT)
    assert kept == rows(world.db_url, DIRECT)
    assert {r[0] for r in kept} == {f"{world.year}-{m:02d}" for m in range(1, 13)}
    by_coop: dict[str, int] = {}
    for r in kept:
        by_coop[r[2] or None] = by_coop.get(r[2] or None, 0) + r[4]
    assert by_coop == {r["key"]: r["total_fen"] for r in world.report("cooperative")}
    # the migration fills the table from the lines alone: back to s0006 and up again on a copy
    copy = tmp_path / "copy.db"
    src = sqlite3.connect(world.db_url.removeprefix("sqlite:///"))
    dst = sqlite3.connect(copy)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    url = f"sqlite:///{copy}"
    alembic_to(url, "s0006", down=True)
    alembic_to(url, "head")
    assert rows(url, KEPT) == kept


def test_a_resent_batch_refunds_postage_and_unknown_skus(srv):
    token = enrol(srv, "M01")
    march, april = datetime(2025, 3, 31, 17, 0, tzinfo=UTC), datetime(2025, 4, 1, 2, 0, tzinfo=UTC)
    sale = sale_event("M01", [("WINE-001", "2", 3800), ("POSTAGE", "1", 1200), ("NO-SUCH-SKU", "1", 500)],
                      seq=1, at=march)                      # 01:00 on 1 April in Lhasa: April's
    refund = sale_event("M01", [("WINE-001", "-1", 3800)], kind="refund", seq=2, at=april,
                        refund_of=sale["payload"]["sale"]["uuid"])
    body = batch("M01", [sale, refund])
    assert push(srv, token, body).status_code == 200
    assert push(srv, token, body).status_code == 200        # the reply was lost: sent again
    mine = [r for r in rows(srv.db_url, KEPT) if r[1] == "M01"]
    wine = rows(srv.db_url, "SELECT category, cooperative FROM products WHERE sku = 'WINE-001'")[0]
    assert mine == sorted([("2025-04", "M01", wine[1], wine[0], 7600 - 3800, 2), ("2025-04", "M01", "", "", 500, 1)])
    assert [r for r in rows(srv.db_url, DIRECT) if r[1] == "M01"] == mine


def test_the_tills_say_their_version_and_what_waits_at_every_push(world):
    from yarlung_pos import __version__
    said = {code: (version, waiting) for code, version, waiting in
            query(world.db_url, "SELECT code, app_version, events_waiting FROM terminals")}
    assert said == {code: (__version__, 0) for code in world.terminals}
