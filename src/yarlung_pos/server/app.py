"""The HTTP API of the county server (wire protocol v1, see PROTOCOL.md).

``create_app(database_url, settings, clock=)`` builds a FastAPI application; nothing is
created at import time.  Routes only translate HTTP to calls of the server's services
(:mod:`~yarlung_pos.server.terminals`, :mod:`~yarlung_pos.server.push`,
:mod:`~yarlung_pos.server.catalogue`, :mod:`~yarlung_pos.server.reports`).
"""

import json
import zlib
from contextlib import asynccontextmanager
from typing import Annotated, Literal

import anyio
from fastapi import Depends, FastAPI, Query, Security
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from starlette.datastructures import Headers
from starlette.middleware.gzip import GZipMiddleware

from yarlung_pos.server import models as m
from yarlung_pos.server.catalogue import MAX_PAGE_ROWS, pull_catalogue
from yarlung_pos.server.console import install as install_console
from yarlung_pos.server.pages import install as install_pages
from yarlung_pos.server.common import Clock, ServiceError, Unauthorized, now
from yarlung_pos.server.database import Database
from yarlung_pos.server.push import push_batch, sold_before
from yarlung_pos.server.deliveries import DeliveryReportRowPublic, list_deliveries
from yarlung_pos.server.reports import (DELIVERY_COLUMNS, audit_report, audit_table, deliveries_report, sales_report,
                                        shifts_report, shifts_table, stock_report, terminals_report, to_csv)
from yarlung_pos.server.settings import Settings
from yarlung_pos.server.settlements import SETTLEMENT_COLUMNS, settlements_report
from yarlung_pos.server.shop_models import DEFAULT_ORDERS_PAGE, MAX_ORDERS_PAGE, OrdersPublic
from yarlung_pos.server.shop_orders import pull_orders
from yarlung_pos.server.terminals import Principal, authenticate, last_numbers
from yarlung_pos.server.terminals import enrol as enrol_terminal

API = "/api/v1"


class ErrorPublic(BaseModel):
    detail: str
    errors: list[dict] | None = None


_ERRORS = {401: {"model": ErrorPublic, "description": "unknown or revoked token"},
           403: {"model": ErrorPublic, "description": "the token may not do this"},
           413: {"model": ErrorPublic, "description": "request body too large"},
           422: {"model": ErrorPublic, "description": "malformed request (the reason is in detail)"}}


class _AsciiJSONResponse(JSONResponse):
    """Errors may quote what the client sent (a lone surrogate included): ASCII-escaped JSON."""

    def render(self, content) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _error(status: int, detail: str, **headers: str) -> JSONResponse:
    return _AsciiJSONResponse({"detail": detail}, status_code=status, headers=headers or None)


class BodyLimitMiddleware:
    """Reads a request body up to ``max_body`` bytes (else 413), decompresses
    ``Content-Encoding: gzip`` up to ``max_decoded`` bytes (else 413; broken gzip → 400) and
    hands the plain body to the application."""

    def __init__(self, app, max_body: int, max_decoded: int):
        self.app = app
        self.max_body = max_body
        self.max_decoded = max_decoded

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "gzip", ""):
            return await _error(415, f"unsupported Content-Encoding {encoding[:40]!r} (use gzip)")(scope, receive, send)
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or len(length) > 18):
            return await _error(400, "bad Content-Length")(scope, receive, send)
        too_large = length is not None and int(length) > self.max_body
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            more = message.get("more_body", False)
            size += len(body)
            if size > self.max_body:
                too_large = True
            if too_large:
                if size > 4 * self.max_body:  # stop reading a runaway upload
                    break
                continue
            chunks.append(body)
        if too_large:
            return await _error(413, f"request body above {self.max_body} bytes")(scope, receive, send)
        raw = b"".join(chunks)
        if encoding == "gzip":
            try:
                raw = await anyio.to_thread.run_sync(self._gunzip, raw)
            except _TooLarge:
                return await _error(413, f"request body above {self.max_decoded} bytes decompressed")(scope, receive, send)
            except (zlib.error, EOFError, ValueError):
                return await _error(400, "the body is not valid gzip")(scope, receive, send)
            headers_list = [(k, v) for k, v in scope["headers"] if k.lower() not in (b"content-encoding", b"content-length")]
            headers_list.append((b"content-length", str(len(raw)).encode()))
            scope = dict(scope, headers=headers_list)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": raw, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _gunzip(self, data: bytes) -> bytes:
        out = bytearray()
        while True:  # a gzip file may hold several members
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += d.decompress(data, self.max_decoded - len(out) + 1)
            if len(out) > self.max_decoded:
                raise _TooLarge()
            if not d.eof:
                raise EOFError("truncated gzip stream")
            data = d.unused_data
            if not data.strip(b"\0"):
                return bytes(out)


class _TooLarge(Exception):
    pass


def create_app(database_url: str | Database, settings: Settings | None = None, *, clock: Clock = now) -> FastAPI:
    """The server application on ``database_url`` (or an open :class:`Database`); the schema
    must be migrated already (``yarlung-pos-server serve`` does it).  ``clock`` is the time
    the services stamp (enrolment, receipt of pushes); tests pass a fixed one."""
    settings = settings or Settings()
    db = database_url if isinstance(database_url, Database) else Database(database_url)

    @asynccontextmanager
    async def lifespan(_app):
        yield
        db.close()

    app = FastAPI(title="Yarlung POS county server", version="1",
                  description="Wire protocol v1 between the tills and the county office (PROTOCOL.md).",
                  lifespan=lifespan, docs_url=None, redoc_url=None)  # /docs below: local assets, no CDN
    _local_docs(app)
    app.state.db = db
    app.state.settings = settings
    app.state.clock = clock
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(BodyLimitMiddleware, max_body=settings.max_body_bytes,
                       max_decoded=settings.max_decompressed_bytes)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                  for e in exc.errors()[:20]]
        reason = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors[:3]) or "malformed request"
        return _AsciiJSONResponse({"detail": reason, "errors": errors}, status_code=422)

    @app.exception_handler(ServiceError)
    async def _refused(_request, exc: ServiceError):
        extra = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
        return _error(exc.status, str(exc), **extra)

    @app.exception_handler(OperationalError)
    async def _unavailable(_request, _exc: OperationalError):
        return _error(503, "the database is unavailable; try again later", **{"Retry-After": "5"})

    bearer = HTTPBearer(auto_error=False, description="a terminal token (from /enrol) or an admin token")

    def principal(creds: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]) -> Principal:
        if creds is None or creds.scheme.lower() != "bearer":
            raise Unauthorized("missing bearer token (Authorization: Bearer <token>)")
        who = authenticate(db, creds.credentials)
        if who is None:
            raise Unauthorized("unknown or revoked token")
        return who

    def terminal(who: Annotated[Principal, Depends(principal)]) -> str:
        return who.as_terminal()

    def admin(who: Annotated[Principal, Depends(principal)]) -> str:
        return who.as_admin()

    @app.get(f"{API}/health", response_model=m.HealthPublic)
    def health():
        with db.read() as s:
            s.execute(text("SELECT 1"))
        return {"status": "ok", "schemas": list(m.ACCEPTED_SCHEMAS)}

    @app.post(f"{API}/enrol", response_model=m.EnrolmentPublic, responses=_ERRORS)
    def enrol(body: m.EnrolmentCreate):
        return enrol_terminal(db, body.enrolment_code, body.sold_before_as, clock=clock)

    @app.get(f"{API}/numbers", response_model=m.NumbersPublic, responses=_ERRORS)
    def numbers(code: Annotated[str, Depends(terminal)]):
        return last_numbers(db, code)

    @app.post(f"{API}/events", response_model=m.BatchResultPublic, responses=_ERRORS)
    def push(body: m.BatchCreate, code: Annotated[str, Depends(terminal)]):
        results = push_batch(db, code, body, settings, clock=clock)
        return {"results": results, "sold_before_as": sold_before(db, code)}

    @app.get(f"{API}/catalogue", response_model=m.CataloguePublic, response_model_exclude_unset=True,
             responses=_ERRORS)
    def catalogue(_code: Annotated[str, Depends(terminal)],
                  cursor: Annotated[str, Query(max_length=400, description="a change number, or a page cursor "
                                                                           "from the last answer")] = "0",
                  limit: Annotated[int | None, Query(ge=1, le=MAX_PAGE_ROWS,
                                                     description="rows per page (paged pull)")] = None):
        answer = pull_catalogue(db, cursor, limit)
        if limit is None:  # unset fields stay out: exactly the answer of protocol v1 as first written
            return answer
        return JSONResponse(answer)  # a page is built in the wire's shape already: not validated again

    @app.get(f"{API}/orders", response_model=OrdersPublic, responses=_ERRORS)
    def orders(_code: Annotated[str, Depends(terminal)],
               cursor: Annotated[int, Query(ge=0, le=m.MAX_SEQ, description="the cursor of the last answer "
                                                                            "(0: every order)")] = 0,
               limit: Annotated[int, Query(ge=1, le=MAX_ORDERS_PAGE, description="orders per page")] = DEFAULT_ORDERS_PAGE):
        """The shop's orders changed after ``cursor`` (PROTOCOL.md, "Shop orders (issue #18)")."""
        return JSONResponse(pull_orders(db, cursor, limit))

    Format = Annotated[Literal["json", "csv"], Query()]

    def _table(rows: list[dict], columns: list[str], fmt: str, name: str):
        if fmt == "csv":
            return Response(to_csv(rows, columns), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
        return JSONResponse(rows)

    @app.get(f"{API}/reports/sales", response_model=list[m.SalesRowPublic], responses=_ERRORS)
    def sales(_admin: Annotated[str, Depends(admin)],
              by: Annotated[Literal["day", "cooperative", "category", "terminal"], Query()],
              format: Format = "json"):
        return _table(sales_report(db, by), ["key", "sales", "total_fen"], format, f"sales-by-{by}")

    @app.get(f"{API}/reports/stock", response_model=list[m.StockRowPublic], responses=_ERRORS)
    def stock(_admin: Annotated[str, Depends(admin)], format: Format = "json"):
        return _table(stock_report(db), ["sku", "unit", "level", "negative"], format, "stock")

    @app.get(f"{API}/reports/terminals", response_model=list[m.TerminalPublic], responses=_ERRORS)
    def terminals(_admin: Annotated[str, Depends(admin)], format: Format = "json"):
        return _table(terminals_report(db),
                      ["code", "status", "last_seen", "clock_skew_s", "events", "last_seq"], format, "terminals")

    TerminalFilter = Annotated[str | None, Query(min_length=1, max_length=16, description="a terminal code")]

    @app.get(f"{API}/reports/shifts", response_model=list[m.ShiftRowPublic], responses=_ERRORS)
    def shifts(_admin: Annotated[str, Depends(admin)], terminal: TerminalFilter = None, format: Format = "json"):
        rows = shifts_report(db, terminal)
        if format == "csv":
            return _table(*shifts_table(rows), format, "shifts")
        return JSONResponse(rows)

    @app.get(f"{API}/reports/audit", response_model=list[m.AuditRowPublic], responses=_ERRORS)
    def audit(_admin: Annotated[str, Depends(admin)], terminal: TerminalFilter = None,
              action: Annotated[str | None, Query(min_length=1, max_length=64, description="an action, e.g. refund")] = None,
              format: Format = "json"):
        rows = audit_report(db, terminal, action)
        if format == "csv":
            return _table(*audit_table(rows), format, "audit")
        return JSONResponse(rows)

    @app.get(f"{API}/reports/deliveries", response_model=list[DeliveryReportRowPublic], responses=_ERRORS)
    def delivery_report(_admin: Annotated[str, Depends(admin)],
                        by: Annotated[Literal["status", "county", "channel", "month"], Query()],
                        date_from: Annotated[str | None, Query(alias="from", min_length=10, max_length=10,
                                                               description="first order date, YYYY-MM-DD")] = None,
                        date_to: Annotated[str | None, Query(alias="to", min_length=10, max_length=10,
                                                             description="last order date, YYYY-MM-DD")] = None,
                        format: Format = "json"):
        rows = deliveries_report(db, by, date_from, date_to)
        return _table(rows, DELIVERY_COLUMNS, format, f"deliveries-by-{by}")

    @app.get(f"{API}/reports/settlements", responses=_ERRORS)
    def settlement_report(_admin: Annotated[str, Depends(admin)],
                          cooperative: Annotated[str | None, Query(min_length=1, max_length=32,
                                                                   description="a cooperative code")] = None,
                          format: Format = "json"):
        """The tills' settlements, paid or not (``settlements.settlements_report``)."""
        return _table(settlements_report(db, cooperative), SETTLEMENT_COLUMNS, format, "settlements")

    @app.get(f"{API}/deliveries", responses=_ERRORS)
    def deliveries(who: Annotated[str, Depends(admin)],
                   status: Annotated[str | None, Query(max_length=16, description="one status only")] = None,
                   unmasked: Annotated[bool, Query(description="show phone numbers, streets and notes "
                                                               "(noted in the server's log)")] = False):
        return JSONResponse(list_deliveries(db, status, unmasked=unmasked, who=who))

    install_console(app, db, settings, clock)
    install_pages(app)
    return app


def _local_docs(app: FastAPI) -> None:
    """``/docs`` (Swagger UI) from the files shipped in ``server/static/swagger-ui`` (the npm
    package swagger-ui-dist, see SOURCE.txt there) instead of FastAPI's default CDN, so the page
    works in an office without internet (issue #17)."""
    from pathlib import Path

    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.staticfiles import StaticFiles
    app.mount("/static", StaticFiles(directory=Path(__file__).with_name("static")), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} — API",
                                   swagger_js_url="/static/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger-ui/favicon-32x32.png")

