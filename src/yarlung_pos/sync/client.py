"""The terminal side of sync (protocol v1, ``server/PROTOCOL.md``).

* **Enrol** once: a one-time code becomes this terminal's token and code (the receipt-number
  prefix); both are kept in the terminal's database.
* **Push**: outbox events are sent oldest first in gzip-compressed batches bounded in bytes;
  the server answers per event.  Accepted and duplicate events are marked sent; rejected ones
  are set aside with the reason (shown, re-sendable) and never block the rest.  A batch whose
  reply is lost is simply sent again: the server keys events by UUID, so nothing doubles.
* **Pull**: catalogue rows changed since the saved cursor come in pages (categories, then
  cooperatives, then products); each page is applied together with its cursor in one
  transaction, so a pull stopped half way goes on from where it stopped.  Prices on completed
  sales and on lines already in a cart are snapshots, so a price change never alters them.
"""

from __future__ import annotations

import gc
import gzip
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError

from yarlung_pos import __version__
from yarlung_pos.db.schema import CategoryRow, CooperativeRow, OutboxRow, ProductRow
from yarlung_pos.db.store import Store, get_setting, set_setting
from yarlung_pos.services.catalogue import search_key
# the outbox as the user sees it (waiting, set aside) lives in sync/outbox.py; named here as before
from yarlung_pos.sync.outbox import BEFORE_ENROLMENT as _BEFORE_ENROLMENT
from yarlung_pos.sync.outbox import pending_count, rejected_events, resend_rejected  # noqa: F401
# the HTTP client and its errors live in sync/transport.py (shared with sync/orders.py); named here as before
from yarlung_pos.sync.transport import SYNC_ERROR_REASONS, SyncError, _client, _detail_of, _http_error  # noqa: F401

PROTOCOL_SCHEMA = 1
BATCH_BYTES = 512 * 1024  # uncompressed JSON per request
_locks_guard = threading.Lock()
_upload_locks: dict[str, threading.Lock] = {}  # one upload in flight per terminal database


def _upload_lock(store: Store) -> threading.Lock:
    key = str(store.path or id(store))
    with _locks_guard:
        return _upload_locks.setdefault(key, threading.Lock())


@dataclass(frozen=True)
class SyncConfig:
    """Where the county server is: ``server_url``, this terminal's ``token`` and ``terminal``
    code, and ``ca_file`` (a CA bundle to verify the server's TLS certificate; ``None`` =
    the system's)."""

    server_url: str
    token: str
    terminal: str
    ca_file: str | None = None


@dataclass
class SyncResult:
    """What one sync did."""

    sent: int = 0
    duplicates: int = 0
    rejected: int = 0
    waiting: int = 0
    pulled: int = 0
    cursor: int = 0
    #: online shop orders pulled (``None``: the server has no orders endpoint)
    orders: int | None = 0


def _now() -> str:
    return datetime.now(UTC).isoformat()


def load_config(store: Store) -> SyncConfig | None:
    """This terminal's sync settings, or ``None`` before enrolment."""
    with store.read() as s:
        url, token = get_setting(s, "sync_server_url"), get_setting(s, "sync_token")
        terminal, ca = get_setting(s, "terminal_code", "T01"), get_setting(s, "sync_ca_file") or None
    return SyncConfig(url, token, terminal, ca) if url and token else None


def enrol(store: Store, server_url: str, code: str, ca_file: str | None = None) -> str:
    """Trade a one-time enrolment ``code`` for this terminal's token; returns the terminal
    code, which from now on prefixes receipt, shift and Z numbers.  The codes of the sales not
    yet sent (made before enrolment, as ``T01`` by default) are declared to the server, which
    then takes them under this terminal (they keep their numbers); the server's highest
    receipt, shift and Z numbers of the code become this till's floors (a replacement till
    numbers on).  Raises :class:`SyncError`."""
    import httpx
    if not server_url.startswith(("http://", "https://")):
        raise SyncError(f"the server address must start with https:// (or http:// on a local network): {server_url}",
                        "address")
    if ca_file:
        from pathlib import Path
        ca_file = str(Path(ca_file).expanduser().resolve())  # sync runs from any folder later
    with store.read() as s:
        earlier = sorted(_unsent_sale_codes(s, with_set_aside=True))
    try:
        with _client(server_url, ca_file) as http:
            r = http.post("/api/v1/enrol", json={"schema": PROTOCOL_SCHEMA, "enrolment_code": code.strip(),
                                                 "sold_before_as": earlier[:16]})
            r.raise_for_status()
            data = r.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise _http_error(exc) from None
    terminal, token = data.get("terminal"), data.get("token")
    if not terminal or not token:
        raise SyncError("the server's answer has no terminal or token", "not_server")
    with store.write() as s:
        set_setting(s, "sync_server_url", server_url.rstrip("/"))
        for key, floor_key in (("last_receipt_seq", "receipt_seq_floor"), ("last_shift_seq", "shift_seq_floor"),
                               ("last_z_seq", "z_seq_floor")):
            floor = _int(data.get(key))
            if floor > _int(get_setting(s, floor_key, "0")):
                set_setting(s, floor_key, str(floor))
        set_setting(s, "sync_token", token)
        set_setting(s, "terminal_code", terminal)
        if ca_file:
            set_setting(s, "sync_ca_file", ca_file)
        set_setting(s, "catalogue_cursor", "0")
        accepted = data.get("sold_before_as")
        set_setting(s, "sync_sold_before_as", json.dumps(sorted(accepted) if isinstance(accepted, list) else []))
        _release_set_aside_before_enrolment(s)
        _set_aside_foreign(s, terminal, set(accepted or ()), server_knows=isinstance(accepted, list))
    return terminal


def _int(value) -> int:
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


_SALE_KINDS = ("sale.completed", "refund.completed")


def _sale_terminal(payload: str) -> str | None:
    try:
        sale = json.loads(payload).get("sale")
    except (ValueError, AttributeError):
        return None
    code = sale.get("terminal") if isinstance(sale, dict) else None
    return code if isinstance(code, str) and code else None


def _unsent_sale_codes(s, *, with_set_aside: bool = False) -> set[str]:
    """The terminal codes of the sales and refunds not yet sent (pending; with
    ``with_set_aside`` also those set aside)."""
    where = [OutboxRow.sent_at.is_(None), OutboxRow.kind.in_(_SALE_KINDS)]
    if not with_set_aside:
        where.append(OutboxRow.rejected_reason.is_(None))
    return {c for c in map(_sale_terminal, s.scalars(select(OutboxRow.payload).where(*where))) if c}


def _release_set_aside_before_enrolment(s) -> int:
    """Put back in the queue the sales set aside because they were made before enrolment — by
    this version or an older one (whose reason told to "hand these over to the county office
    separately", which nobody could): :func:`_set_aside_foreign` decides on them again.
    Returns how many."""
    rows = list(s.scalars(select(OutboxRow).where(OutboxRow.sent_at.is_(None), OutboxRow.rejected_reason.is_not(None),
                                                  OutboxRow.kind.in_(_SALE_KINDS))))
    n = 0
    for row in rows:
        if row.rejected_reason.startswith(_BEFORE_ENROLMENT):
            row.rejected_reason = None
            n += 1
    return n


def _set_aside_foreign(s, terminal: str, accepted: set[str] = frozenset(), *, server_knows: bool = True) -> int:
    """Set aside the pending sales and refunds the server would refuse (403, for the whole
    batch): those recorded under a code that is neither this till's ``terminal`` nor one of
    the codes the server ``accepted`` as sold under before enrolment.  Each gets a reason that
    says what the user can do; they never block the rest, and every push decides on them again
    (:func:`_release_set_aside_before_enrolment`).  ``server_knows``: the server answered
    which codes it accepts (``False``: a server older than issue #13).  Returns how many."""
    n = 0
    for row in s.scalars(select(OutboxRow).where(OutboxRow.sent_at.is_(None), OutboxRow.rejected_reason.is_(None),
                                                 OutboxRow.kind.in_(_SALE_KINDS))):
        code = _sale_terminal(row.payload)
        if code is None or code == terminal or code in accepted:
            continue
        if server_knows:
            row.rejected_reason = (
                f"sold as {code} before this till was enrolled as {terminal}; the county server takes them only "
                f"with an enrolment that declares {code} ({code} may be another terminal's code there): ask the "
                f"county office for a new enrolment code for {terminal} ('yarlung-pos-server terminal reissue "
                f"{terminal}'), enrol with it ('sync enrol'), and they are sent at the next sync")
        else:
            row.rejected_reason = (
                f"sold as {code} before this till was enrolled as {terminal}; the county server is too old to take "
                f"sales made before enrolment: ask the county office to update it, and they are sent at the next sync")
        n += 1
    return n


def _batches(store: Store, max_bytes: int):
    """Pending events, oldest first, in batches of at most ``max_bytes`` of JSON."""
    last = 0
    while True:
        with store.read() as s:
            rows = [(r.uuid, r.seq, r.kind, r.created_at, r.payload) for r in s.scalars(
                select(OutboxRow).where(OutboxRow.sent_at.is_(None), OutboxRow.rejected_reason.is_(None),
                                        OutboxRow.seq > last).order_by(OutboxRow.seq).limit(2000))]
        if not rows:
            return
        batch, size = [], 0
        for uuid_, seq, kind, created_at, payload in rows:
            event = {"uuid": uuid_, "seq": seq, "kind": kind, "created_at": created_at, "payload": json.loads(payload)}
            n = len(json.dumps(event, ensure_ascii=False).encode())
            if batch and size + n > max_bytes:
                yield batch
                batch, size = [], 0
            batch.append(event)
            size += n
            last = seq
        if batch:
            yield batch


def _post_events(http, config: SyncConfig, body: dict):
    data = gzip.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), 6)
    return http.post("/api/v1/events", content=data,
                     headers={"Authorization": f"Bearer {config.token}", "Content-Encoding": "gzip",
                              "Content-Type": "application/json"})


def _sort_out_before_enrolment(store: Store, config: SyncConfig, http) -> int:
    """Before a push: sales made before enrolment (another code than this till's) that the
    server does not know of yet are declared in an empty push (``sold_before_as``: a till
    enrolled by an older version, or whose sales were set aside); what the server still will
    not take is set aside with the reason.  Returns how many are set aside."""
    import httpx
    with store.read() as s:
        codes = _unsent_sale_codes(s, with_set_aside=True) - {config.terminal}
        try:
            accepted = set(json.loads(get_setting(s, "sync_sold_before_as", "[]") or "[]"))
        except ValueError:
            accepted = set()
    server_knows = True
    if codes - accepted:
        body = {"schema": PROTOCOL_SCHEMA, "terminal": config.terminal, "sent_at": _now(),
                "sold_before_as": sorted(codes - accepted)[:16], "events": []}
        try:
            r = _post_events(http, config, body)
            r.raise_for_status()
            answer = r.json().get("sold_before_as")
        except (httpx.HTTPError, ValueError, AttributeError) as exc:
            raise _http_error(exc) from None
        server_knows = isinstance(answer, list)
        if server_knows:
            accepted = {c for c in answer if isinstance(c, str)}
    with store.write() as s:
        if server_knows:
            set_setting(s, "sync_sold_before_as", json.dumps(sorted(accepted)))
        _release_set_aside_before_enrolment(s)
        return _set_aside_foreign(s, config.terminal, accepted, server_knows=server_knows)


def push(store: Store, config: SyncConfig, max_bytes: int = BATCH_BYTES) -> SyncResult:
    """Send every pending event; returns counts (``rejected`` includes the sales kept back
    because the server would not take them, see :func:`_set_aside_foreign`).  Raises
    :class:`SyncError` when the server cannot be reached or refuses the whole request (nothing
    is lost: the events stay pending and are sent again next time)."""
    import httpx
    result = SyncResult()
    lock = _upload_lock(store)
    if not lock.acquire(blocking=False):
        raise SyncError("an upload is already running")
    try:
        with _client(config.server_url, config.ca_file) as http:
            result.rejected += _sort_out_before_enrolment(store, config, http)
            pending = list(_batches(store, max_bytes))
            while pending:
                batch = pending.pop(0)
                body = {"schema": PROTOCOL_SCHEMA, "terminal": config.terminal, "sent_at": _now(), "events": batch,
                        "app_version": __version__, "waiting": sum(len(b) for b in pending)}
                try:
                    r = _post_events(http, config, body)
                    if r.status_code == 413:  # too large for this server: halve the batch
                        if len(batch) > 1:
                            half = len(batch) // 2
                            pending[:0] = [batch[:half], batch[half:]]
                            continue
                        with store.write() as s:
                            row = s.scalar(select(OutboxRow).where(OutboxRow.uuid == batch[0]["uuid"]))
                            row.rejected_reason = "too large for the server's request limit"
                        result.rejected += 1
                        continue
                    r.raise_for_status()
                    answers = r.json()["results"]
                except (httpx.HTTPError, ValueError, KeyError) as exc:
                    raise _http_error(exc) from None
                by_uuid = {a["uuid"]: a for a in answers}
                now = _now()
                with store.write() as s:
                    for event in batch:
                        a = by_uuid.get(event["uuid"])
                        if a is None:
                            continue  # not answered: stays pending
                        row = s.scalar(select(OutboxRow).where(OutboxRow.uuid == event["uuid"]))
                        if a["status"] in ("accepted", "duplicate"):
                            row.sent_at = now
                            result.sent += a["status"] == "accepted"
                            result.duplicates += a["status"] == "duplicate"
                        else:
                            row.rejected_reason = str(a.get("reason") or "rejected")[:500]
                            result.rejected += 1
    finally:
        lock.release()
    result.waiting = pending_count(store)
    return result


PAGE_ROWS = 5000  # catalogue rows per pulled page (the server allows up to 10,000)


def pull(store: Store, config: SyncConfig, progress: Callable[[int, int | None], None] | None = None,
         page_size: int = PAGE_ROWS) -> tuple[int, int]:
    """Fetch the catalogue rows changed after the saved cursor, ``page_size`` rows a page
    (categories, then cooperatives, then products), and apply each page **with its cursor in one
    transaction**: a pull stopped between pages (a kill, a lost connection, an exception from
    ``progress``) loses nothing and fetches nothing again that was applied — the next pull goes
    on from the saved page cursor.  ``progress(done, total)`` is called after each page is
    committed: rows applied so far by this call, and ``done`` plus the rows still to come
    (``None`` from a server that does not page).  Returns ``(rows applied, catalogue change
    number reached)``.  Raises :class:`SyncError` (server unreachable or refusing, a product of a
    category or cooperative the till does not know)."""
    import httpx
    with store.read() as s:
        cursor = get_setting(s, "catalogue_cursor", "0") or "0"
    done = 0
    try:
        with _client(config.server_url, config.ca_file, timeout=60.0) as http:
            while True:
                try:
                    r = http.get("/api/v1/catalogue", params={"cursor": cursor, "limit": page_size},
                                 headers={"Authorization": f"Bearer {config.token}"})
                    r.raise_for_status()
                    data = r.json()
                    new_cursor = str(data["cursor"])
                except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
                    raise _http_error(exc) from None
                more = data.get("more") is True  # a server that does not page sends everything at once
                remaining = data.get("remaining")
                if more and new_cursor == cursor:
                    raise SyncError("the server sent the same catalogue page again; sync later")
                try:
                    with store.write() as s:
                        applied = _apply_page(s, data, _now())
                        set_setting(s, "catalogue_cursor", new_cursor)
                except (KeyError, TypeError, ValueError, AttributeError, IntegrityError) as exc:
                    raise SyncError(f"the server sent a catalogue row this till cannot take "
                                    f"({type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}); "
                                    "nothing of that page was applied") from None
                done += applied
                cursor = new_cursor
                del r, data  # a response and its stream refer to each other: collect the page now,
                gc.collect()  # else a 100,000-product pull holds ~20 pages of JSON until a late full GC
                if progress is not None:
                    progress(done, done + remaining if isinstance(remaining, int) else None)
                if not more:
                    break
    except httpx.HTTPError as exc:  # closing the connection
        raise _http_error(exc) from None
    if not cursor.isdigit():
        raise SyncError("the server's last catalogue page has no change number")
    return done, int(cursor)


def _upsert_parties(s, model, rows: list[dict], fields: tuple[str, ...]) -> dict[str, int]:
    """Add or update categories/cooperatives ``rows`` (by code); returns code → id of them all."""
    by_code = {c["code"]: c for c in rows}
    if by_code:
        existing = {r.code: r for r in s.scalars(select(model).where(model.code.in_(list(by_code))))}
        for code, c in by_code.items():
            row = existing.get(code)
            if row is None:
                row = model(code=code)
                s.add(row)
            for k in fields:
                setattr(row, k, c.get(k) or "")
            if model is CategoryRow:
                row.sort_order = int(c.get("sort_order") or 0)
        s.flush()
    return dict(s.execute(select(model.code, model.id)).all())


def _apply_page(s, data: dict, now: str) -> int:
    """Write one catalogue page into session ``s``: categories and cooperatives by code, then
    products by SKU, with two SELECTs for the page's products (their SKUs, their barcodes) and
    bulk INSERT/UPDATE.  A barcode the page gives to another product is first taken from
    whoever holds it on the till (``products.barcode`` is unique), wherever its own new value
    comes — this page, a later one, or none.  Returns the rows applied.  Raises
    :class:`SyncError` for a product naming a category or cooperative the till does not know."""
    names = ("name_bo", "name_zh", "name_en")
    cats = _upsert_parties(s, CategoryRow, data.get("categories") or [], names)
    coops = _upsert_parties(s, CooperativeRow, data.get("cooperatives") or [],
                            (*names, "town_bo", "town_zh", "town_en"))
    products = {p["sku"]: p for p in data.get("products") or []}
    applied = len(data.get("categories") or []) + len(data.get("cooperatives") or [])
    if not products:
        return applied
    values = []
    for sku, p in products.items():
        category, cooperative = cats.get(p.get("category")), coops.get(p.get("cooperative"))
        if category is None or cooperative is None:
            which = (f"category {p.get('category')!r}" if category is None
                     else f"cooperative {p.get('cooperative')!r}")
            raise SyncError(f"the server sent product {sku} of {which}, which this till does not know; "
                            "nothing of this page was applied — sync again, or ask the county office")
        barcode = p.get("barcode") or None
        values.append({"sku": sku, "barcode": barcode, "name_bo": p["name_bo"], "name_zh": p["name_zh"],
                       "name_en": p["name_en"], "category_id": category, "cooperative_id": cooperative,
                       "unit": p["unit"], "price_fen": int(p["price_fen"]),
                       "active": str(p.get("active", "1")) in ("1", "True", "true"),
                       "search_text": search_key(p["name_bo"], p["name_zh"], p["name_en"], sku, barcode),
                       "updated_at": now})
    ids = dict(s.execute(select(ProductRow.sku, ProductRow.id).where(ProductRow.sku.in_(list(products)))).all())
    wanted = {v["barcode"]: v["sku"] for v in values if v["barcode"]}
    holders = s.execute(select(ProductRow.id, ProductRow.sku, ProductRow.barcode, ProductRow.name_bo,
                               ProductRow.name_zh, ProductRow.name_en)
                        .where(ProductRow.barcode.in_(list(wanted)))).all() if wanted else []
    table = ProductRow.__table__  # Core executemany: a page of 10,000 products in well under a second
    by_id = update(table).where(table.c.id == bindparam("row_id"))
    freed = [{"row_id": h.id, "barcode": None,
              "search_text": search_key(h.name_bo, h.name_zh, h.name_en, h.sku, None)}
             for h in holders if wanted[h.barcode] != h.sku]
    if freed:  # the barcode moved to another product at the county: free it first
        s.execute(by_id.values(barcode=bindparam("barcode"), search_text=bindparam("search_text")), freed)
    updates = [{"row_id": ids[v["sku"]], **v} for v in values if v["sku"] in ids]
    inserts = [v for v in values if v["sku"] not in ids]
    if updates:
        s.execute(by_id.values({k: bindparam(k) for k in values[0] if k != "sku"}), updates)
    if inserts:  # the DB-API's executemany straight: most of a first pull's time otherwise
        columns = list(inserts[0])
        s.connection().exec_driver_sql(
            f"INSERT INTO products ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(v[c] for c in columns) for v in inserts])
    return applied + len(values)


def numbers_after_restore(store: Store, config: SyncConfig, clock=None) -> dict | None:
    """After a restore from a backup (issue #14): ask the server for this terminal's highest
    receipt, shift and Z numbers (``GET /api/v1/numbers``) and number on after them
    (:func:`yarlung_pos.services.numbering_check.floors_from_server`).  Returns the numbers now
    in force, or ``None`` when no restore's check was due (nothing asked).  Raises
    :class:`SyncError`."""
    import httpx

    from yarlung_pos.services.numbering import numbering_check_due
    with store.read() as s:
        if not numbering_check_due(s):
            return None
    try:
        with _client(config.server_url, config.ca_file) as http:
            r = http.get("/api/v1/numbers", headers={"Authorization": f"Bearer {config.token}"})
            r.raise_for_status()
            data = r.json()
        if data.get("terminal") != config.terminal:
            raise ValueError(f"numbers of terminal {data.get('terminal')!r}, not {config.terminal}")
    except (httpx.HTTPError, ValueError, AttributeError) as exc:
        raise _http_error(exc) from None
    from yarlung_pos.domain.clock import system_clock
    from yarlung_pos.services.numbering_check import floors_from_server
    return floors_from_server(store, data, clock or system_clock)


def sync_now(store: Store, progress: Callable[[int, int | None], None] | None = None, clock=None) -> SyncResult:
    """Push, then pull the catalogue (``progress`` as for :func:`pull`) and the online shop's
    orders (:func:`yarlung_pos.sync.orders.pull_orders`; skipped on a server without them);
    records the last successful sync time and a log line.  After a restore it first asks the server for this terminal's numbers
    (:func:`numbers_after_restore`; ``clock`` stamps its audit entry, default the system's).
    Raises :class:`SyncError` (not enrolled, server unreachable …)."""
    config = load_config(store)
    if config is None:
        raise SyncError("this terminal is not enrolled: run 'yarlung-pos sync enrol --server URL --code CODE'")
    try:
        if numbers_after_restore(store, config, clock) is not None:
            _log(store, "numbering after the restore taken from the county server")
        result = push(store, config)
        result.pulled, result.cursor = pull(store, config, progress)
        from yarlung_pos.sync.orders import pull_orders  # after the catalogue: the orders' SKUs are known
        got = pull_orders(store, config)
        result.orders = None if got is None else got[0]
        if got is None:
            _log(store, "orders: the server has no /api/v1/orders (older than issue #18); skipped")
    except SyncError as exc:
        _log(store, f"failed: {exc}")
        raise
    with store.write() as s:
        set_setting(s, "last_sync_at", _now())
    _log(store, f"ok: sent {result.sent}, duplicates {result.duplicates}, rejected {result.rejected}, "
                f"pulled {result.pulled}, orders {result.orders if result.orders is not None else '-'}, "
                f"waiting {result.waiting}")
    return result


def _log(store: Store, line: str) -> None:
    """Append to the sync log (``<database>.sync.log`` beside the database)."""
    if store.path is None:
        return
    try:  # one log per till database: <db>.sync.log
        with store.path.with_name(store.path.name + ".sync.log").open("a", encoding="utf-8") as fh:
            fh.write(f"{_now()} {line}\n")
    except OSError:
        pass
