"""Online orders for the till's tests (issue #18): order documents exactly as
``GET /api/v1/orders`` sends them (shop_protocol), and a small real HTTP server on 127.0.0.1
(``http.server`` in a thread) standing in for the county: it serves the orders in change-id
pages and an empty catalogue, and records every pushed event (gzip JSON) as the real server
would accept it."""

from __future__ import annotations

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from yarlung_pos.db.store import set_setting

TOKEN = "test-terminal-token"


def line(no: int, sku: str, qty: str, price: int, unit: str = "bottle", names=("བོད", "中文", "English")) -> dict:
    """One order line as the server sends it; ``line_total_fen`` = price × qty (half up)."""
    from decimal import ROUND_HALF_UP, Decimal
    total = int((Decimal(price) * Decimal(qty)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return {"line_no": no, "sku": sku, "name_bo": names[0], "name_zh": names[1], "name_en": names[2], "unit": unit,
            "qty": qty, "unit_price_fen": price, "line_total_fen": total}


def order(number: str = "W-000001", *lines: dict, fulfilment: str = "delivery", status: str = "awaiting_payment",
          **kw) -> dict:
    """An order document of the contract (``orders[]`` of ``GET /api/v1/orders``)."""
    lines = lines or (line(1, "WINE-001", "2", 3300), line(2, "EGG-001", "1", 2500, "box"))
    items = sum(ln["line_total_fen"] for ln in lines)
    doc = {"number": number, "status": status, "fulfilment": fulfilment, "lang": "zh_CN", "name": "索朗卓玛",
           "phone": "13812345678", "province": "西藏自治区", "prefecture": "山南市", "county": "琼结县",
           "township": "下水乡", "street": "雪村 3 组 12 号", "note": "请电话联系", "items_fen": items,
           "postage_fen": None, "total_fen": items, "created_at": "2026-11-29T05:00:00+00:00",
           "updated_at": "2026-11-29T05:00:00+00:00", "terminal": None, "cancel_reason": None, "lines": list(lines)}
    if fulfilment == "pickup":
        doc.update(province=None, prefecture=None, county=None, township=None, street=None)
    doc.update(kw)
    return doc


class CountyStandIn:
    """A real HTTP server on 127.0.0.1 speaking the parts of protocol v1 a till's sync uses:
    ``POST /api/v1/events`` (answers every event ``accepted``; :attr:`events` records them),
    ``GET /api/v1/catalogue`` (nothing new), ``GET /api/v1/orders`` (:attr:`orders`: a list
    of ``(change_id, document)``, served in pages of ``limit`` after ``cursor``; 404 when
    :attr:`has_orders` is False).  :attr:`requests` records each orders query."""

    def __init__(self):
        self.orders: list[tuple[int, dict]] = []
        self.events: list[dict] = []
        self.requests: list[dict] = []
        self.has_orders = True
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):  # noqa: N802 (http.server API)
                url = urlparse(self.path)
                q = {k: v[0] for k, v in parse_qs(url.query).items()}
                if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                    return self._send(401, {"detail": "unknown terminal token"})
                if url.path == "/api/v1/catalogue":
                    return self._send(200, {"schema": 1, "cursor": int(q.get("cursor", 0)), "more": False,
                                            "categories": [], "cooperatives": [], "products": []})
                if url.path == "/api/v1/orders" and stand_in.has_orders:
                    stand_in.requests.append(q)
                    cursor, limit = int(q.get("cursor", 0)), int(q.get("limit", 200))
                    after = sorted((c, d) for c, d in stand_in.orders if c > cursor)
                    page = after[:limit]
                    return self._send(200, {"schema": 1, "cursor": page[-1][0] if page else cursor,
                                            "more": len(after) > limit, "orders": [d for _, d in page]})
                return self._send(404, {"detail": "Not Found"})

            def do_POST(self):  # noqa: N802 (http.server API)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                data = json.loads(body)
                stand_in.events.extend(data.get("events", []))
                return self._send(200, {"schema": 1, "results": [{"uuid": e["uuid"], "status": "accepted"}
                                                                 for e in data.get("events", [])]})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.timeout = 10
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> "CountyStandIn":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)

    def kinds(self, kind: str) -> list[dict]:
        """The payloads of the pushed events of ``kind``, in the order they came."""
        return [e["payload"] for e in self.events if e["kind"] == kind]


def enrol_with(store, server_url: str, terminal: str = "T01") -> None:
    """Make ``store`` a till enrolled at ``server_url`` (the settings enrolment writes)."""
    with store.write() as s:
        set_setting(s, "sync_server_url", server_url)
        set_setting(s, "sync_token", TOKEN)
        set_setting(s, "terminal_code", terminal)


def put_orders(store, *docs: dict) -> None:
    """Store ``docs`` on the till as a pull would (:func:`upsert_orders`)."""
    from yarlung_pos.services.online_orders import upsert_orders
    with store.write() as s:
        upsert_orders(s, list(docs), "2026-11-29T05:30:00+00:00")
