"""Pulling the online shop's orders (issue #18, ``server/PROTOCOL.md`` "Shop orders"):
``GET /api/v1/orders?cursor=N&limit=L`` pages of full order documents, each page upserted by
order number with its cursor (setting ``orders_cursor``) in ONE transaction, so a pull stopped
half way goes on where it stopped.  A server without the endpoint (404: older than issue #18)
is no error: the pull is skipped.  Orders decided on this till keep their outcome
(:func:`yarlung_pos.services.online_orders.upsert_orders`)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError

from yarlung_pos.db.store import Store, get_setting, set_setting
from yarlung_pos.services.online_orders import upsert_orders
from yarlung_pos.sync.transport import SyncError, _client, _http_error

CURSOR_SETTING = "orders_cursor"
PAGE_ORDERS = 200  # the server's default; it allows up to 1000


def pull_orders(store: Store, config, page_size: int = PAGE_ORDERS) -> tuple[int, int] | None:
    """Fetch the orders changed after the saved cursor (``config``: the till's
    :class:`~yarlung_pos.sync.client.SyncConfig`); returns ``(orders applied, cursor reached)``,
    or ``None`` when the server has no orders endpoint (404).  Raises
    :class:`~yarlung_pos.sync.transport.SyncError` (unreachable, refusing, a document the till
    cannot take — nothing of that page applied, the cursor stays)."""
    import httpx

    with store.read() as s:
        cursor = int(get_setting(s, CURSOR_SETTING, "0") or "0")
    done = 0
    try:
        with _client(config.server_url, config.ca_file, timeout=60.0) as http:
            while True:
                try:
                    r = http.get("/api/v1/orders", params={"cursor": cursor, "limit": page_size},
                                 headers={"Authorization": f"Bearer {config.token}"})
                    if r.status_code == 404:
                        return None
                    r.raise_for_status()
                    data = r.json()
                    new_cursor, orders = int(data["cursor"]), data["orders"]
                    if not isinstance(orders, list):
                        raise ValueError("orders is not a list")
                except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
                    raise _http_error(exc) from None
                more = data.get("more") is True
                if more and new_cursor <= cursor:
                    raise SyncError("the server sent the same orders page again; sync later")
                try:
                    with store.write() as s:
                        done += upsert_orders(s, orders, datetime.now(UTC).isoformat())
                        set_setting(s, CURSOR_SETTING, str(max(cursor, new_cursor)))
                except (KeyError, TypeError, ValueError, AttributeError, IntegrityError) as exc:
                    raise SyncError(f"the server sent an order this till cannot take ({type(exc).__name__}: "
                                    f"{str(exc).splitlines()[0][:200] if str(exc) else ''}); nothing of that "
                                    "page was applied") from None
                cursor = max(cursor, new_cursor)
                if not more:
                    return done, cursor
    except httpx.HTTPError as exc:  # closing the connection
        raise _http_error(exc) from None
