"""Sign-in of the county office's web console (issue #17): sessions, CSRF, pages.

* **Session**: a cookie ``yarlung_session`` signed with ``itsdangerous`` (the secret from
  :attr:`Settings.session_secret` or generated and stored in ``server_secrets``, see
  :func:`office_users.session_secret`) holding the user id, a fingerprint of the password hash,
  the session's CSRF token and the time of the last request (the injected clock).  HttpOnly,
  SameSite=Lax, Secure when the request came over https; re-issued on every request and refused
  after :attr:`Settings.session_idle_hours` (8) hours without one.
* **CSRF**: every POST of the console's router must carry a form field ``csrf_token`` equal
  (constant-time compare) to the session's token — the public forms (:data:`PUBLIC_FORMS`:
  ``/login``, the shop's ``/shop/order``) to the pre-session token of the signed cookie
  ``yarlung_login`` — else 403.  Templates put the field in with
  ``{{ csrf_field(csrf_token) }}``.
* :func:`office_user` is the dependency of console routes: the signed-in :class:`OfficeUser`,
  303 to ``/login?next=…`` for a page (``Accept: text/html``) or 401 for JSON, 403 when the
  role is too low.
* Pages carry ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: same-origin`` and a CSP
  without inline scripts (``default-src 'self'``).
"""

from __future__ import annotations

import hmac
import secrets
from functools import cached_property
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from itsdangerous import BadSignature, URLSafeSerializer
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.formparsers import MultiPartException, MultiPartParser

from yarlung_pos.server import office_users as users
from yarlung_pos.server import web
from yarlung_pos.server.common import Clock, ServiceError, Unauthorized
from yarlung_pos.server.database import Database
from yarlung_pos.server.office_users import OfficeUser
from yarlung_pos.server.settings import Settings
from yarlung_pos.server.web import safe_next

SESSION_COOKIE = "yarlung_session"
LOGIN_COOKIE = "yarlung_login"
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
}
#: paths that are not console pages (the API and FastAPI's own docs keep their headers)
_NOT_PAGES = ("/api/", "/docs", "/redoc", "/openapi.json")
#: forms posted without a session: their CSRF token is the pre-session one (``yarlung_login``)
PUBLIC_FORMS = ("/login", "/shop/order")
WRONG = web._("The username or password is wrong. After 5 wrong passwords in a row, signing in is "
              "locked for 15 minutes.")
STALE_FORM = web._("The form is out of date or did not come from this site: reload the page and try again.")
LOW_ROLE = web._("This needs the role {role} or higher (you are {you}).")
#: the most bytes of a multipart form (a file upload): 2 MiB of file and room for the fields
MAX_MULTIPART_BYTES = 2 * 1024 * 1024 + 64 * 1024
TOO_LARGE = web._("The upload is larger than 2 MiB: split the file and upload the parts one by one.")
BAD_FORM = web._("The form could not be read: reload the page and try again.")


def csrf_field(token: str) -> Markup:
    """The hidden form field ``<input type="hidden" name="csrf_token" value="…">`` (escaped)."""
    return Markup('<input type="hidden" name="csrf_token" value="{}">').format(escape(token))


class PageRefused(ServiceError):
    """A refusal whose reason is an English source string of the console's catalogue
    (``web._``) with ``{name}`` placeholders: a page shows it translated, the API as is."""

    def __init__(self, status: int, message: str, **values: str):
        self.status, self.message, self.values = status, message, values
        super().__init__(message.format(**values) if values else message)


class SignInRequired(Exception):
    """A page needs a signed-in user: answered with 303 to ``/login?next=<path>``."""

    def __init__(self, next_path: str):
        super().__init__(next_path)
        self.next_path = next_path


class Console:
    """The console's state on ``app.state.console``: signer, templates, clock."""

    def __init__(self, db: Database, settings: Settings, clock: Clock):
        self.db, self.settings, self.clock = db, settings, clock
        self.idle_s = settings.session_idle_hours * 3600
        self.templates = Environment(loader=PackageLoader("yarlung_pos.server", "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self.templates.globals["csrf_field"] = csrf_field
        web.install_templates(self.templates)

    @cached_property
    def _secret(self) -> str:  # read (or generated) on first use: the schema is migrated by then
        return users.session_secret(self.db, self.settings.session_secret, clock=self.clock)

    def _signer(self, salt: str) -> URLSafeSerializer:
        return URLSafeSerializer(self._secret, salt=f"yarlung-console-{salt}")

    # ------------------------------------------------------------ cookies

    @staticmethod
    def _set_cookie(request: Request, name: str, value: str | None, max_age: int | None = None) -> None:
        """Queue a cookie for the response (``None``: delete it); sent by :class:`_PageMiddleware`."""
        request.state.console_cookies = {**getattr(request.state, "console_cookies", {}), name: (value, max_age)}

    def _load(self, request: Request, name: str, salt: str):
        raw = request.cookies.get(name)
        if not raw:
            return None
        try:
            return self._signer(salt).loads(raw)
        except BadSignature:
            return None

    def session(self, request: Request) -> dict | None:
        """The live session of the request (``u`` user id, ``s`` password stamp, ``c`` CSRF
        token, ``t`` last request in POSIX seconds), else ``None``; a live one is re-issued."""
        if hasattr(request.state, "console_session"):
            return request.state.console_session
        doc, at = self._load(request, SESSION_COOKIE, "session"), self.clock().timestamp()
        if not isinstance(doc, dict) or not isinstance(doc.get("t"), (int, float)) or not 0 <= at - doc["t"] <= self.idle_s:
            doc = None
        else:
            doc = {**doc, "t": at}
            self._set_cookie(request, SESSION_COOKIE, self._signer("session").dumps(doc), int(self.idle_s))
        request.state.console_session = doc
        return doc

    def user(self, request: Request) -> OfficeUser | None:
        """The signed-in, active user of the request, else ``None``."""
        if hasattr(request.state, "console_user"):
            return request.state.console_user
        doc = self.session(request)
        who = None
        if doc is not None and isinstance(doc.get("u"), int) and isinstance(doc.get("s"), str):
            who = users.current_user(self.db, doc["u"], doc["s"])
        request.state.console_user = who
        return who

    def start_session(self, request: Request, who: OfficeUser) -> None:
        """Sign ``who`` in: a new session (new CSRF token) replaces any old one."""
        doc = {"u": who.id, "s": who.stamp, "c": secrets.token_urlsafe(32), "t": self.clock().timestamp()}
        request.state.console_session, request.state.console_user = doc, who
        self._set_cookie(request, SESSION_COOKIE, self._signer("session").dumps(doc), int(self.idle_s))

    def end_session(self, request: Request) -> None:
        request.state.console_session, request.state.console_user = None, None
        self._set_cookie(request, SESSION_COOKIE, None)

    def login_token(self, request: Request) -> str:
        """The pre-session CSRF token of the sign-in form (its signed cookie, set if missing)."""
        if hasattr(request.state, "console_login_token"):
            return request.state.console_login_token
        token = self._load(request, LOGIN_COOKIE, "login")
        if not isinstance(token, str):
            token = secrets.token_urlsafe(32)
            self._set_cookie(request, LOGIN_COOKIE, self._signer("login").dumps(token))
        request.state.console_login_token = token
        return token

    def csrf_token(self, request: Request) -> str:
        """The token a form of this request's page must carry (the session's, or the pre-session one)."""
        doc = self.session(request)
        return doc["c"] if doc and isinstance(doc.get("c"), str) else self.login_token(request)

    # ------------------------------------------------------------ pages

    def page(self, template: str, status: int = 200, *, request: Request, **context) -> HTMLResponse:
        """``template`` rendered (autoescaped) as an HTML response, in the request's language
        (:func:`web.page_context`), with ``user`` (the signed-in :class:`OfficeUser` or
        ``None``) and ``csrf_token`` for its forms; ``context`` wins over those."""
        values = {**web.page_context(request), "user": self.user(request), "csrf_token": self.csrf_token(request),
                  **context}
        return HTMLResponse(self.templates.get_template(template).render(**values), status_code=status)


def _console(request: Request) -> Console:
    return request.app.state.console


def _wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def office_user(role: str = "viewer"):
    """A dependency returning the signed-in :class:`OfficeUser` whose role is ``role`` or higher
    (viewer < manager < admin).  Not signed in (or the session expired): a page request
    (``Accept: text/html``) is answered 303 to ``/login?next=<path>``, others 401; role too low:
    403.  Raises ``ValueError`` at once for an unknown role."""
    if role not in users.ROLES:
        raise ValueError(f"unknown role {role!r}")

    def dependency(request: Request) -> OfficeUser:
        who = _console(request).user(request)
        if who is None:
            if _wants_html(request):
                path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                raise SignInRequired(path)
            raise Unauthorized("sign in to the console first")
        if not who.at_least(role):
            raise PageRefused(403, LOW_ROLE, role=role, you=who.role)
        return who

    return dependency


async def _multipart(request: Request) -> tuple[dict[str, str], dict[str, list[tuple[str, bytes]]]]:
    """The text fields (first value of each) and the files (``{field: [(filename, bytes)]}``)
    of a ``multipart/form-data`` body of at most :data:`MAX_MULTIPART_BYTES`; 413 past that,
    400 for a body that is not multipart."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > 16 * MAX_MULTIPART_BYTES:
            break  # not worth reading on: the browser may see the connection closed
        if size <= MAX_MULTIPART_BYTES:
            chunks.append(chunk)
    if size > MAX_MULTIPART_BYTES:  # read to the end (up to a point), so the browser gets the answer
        raise PageRefused(413, TOO_LARGE)

    async def body():
        yield b"".join(chunks)
    try:
        parsed = await MultiPartParser(request.headers, body(), max_files=5, max_fields=50,
                                       max_part_size=64 * 1024).parse()
    except MultiPartException:
        raise PageRefused(400, BAD_FORM) from None
    form: dict[str, str] = {}
    files: dict[str, list[tuple[str, bytes]]] = {}
    for key, value in parsed.multi_items():
        if isinstance(value, str):
            form.setdefault(key, value)
        else:
            files.setdefault(key, []).append((value.filename or "", await value.read()))
    await parsed.close()
    return form, files


async def csrf_protect(request: Request) -> None:
    """Router dependency: a POST must be a form whose ``csrf_token`` equals the session's token
    (:data:`PUBLIC_FORMS`: the pre-session token), else 403.  The parsed form is ``request.state.form``
    (a dict of the first value of each field); a ``multipart/form-data`` form (at most
    :data:`MAX_MULTIPART_BYTES`, else 413) also gives ``request.state.files``
    (``{field: [(filename, bytes)]}``)."""
    if request.method != "POST":
        return
    form: dict[str, str] = {}
    files: dict[str, list[tuple[str, bytes]]] = {}
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        body = (await request.body()).decode("utf-8", "replace")
        form = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True, max_num_fields=50).items()}
    elif kind == "multipart/form-data":
        form, files = await _multipart(request)
    request.state.form, request.state.files = form, files
    console = _console(request)
    if request.url.path in PUBLIC_FORMS:
        expected = console._load(request, LOGIN_COOKIE, "login")
    else:
        doc = console.session(request)
        expected = doc.get("c") if doc else None
    given = form.get("csrf_token", "")
    if not isinstance(expected, str) or not hmac.compare_digest(given.encode(), expected.encode()):
        raise PageRefused(403, STALE_FORM)


class _PageMiddleware:
    """Adds the queued console cookies and, outside the API, the security headers."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        state = scope.setdefault("state", {})
        page = not scope["path"].startswith(_NOT_PAGES)
        secure = scope.get("scheme") == "https"

        async def sending(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if page:
                    present = {k.lower() for k, _ in headers}
                    headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                                if k.lower().encode() not in present]
                cookies = Response()
                for name, (value, max_age) in state.get("console_cookies", {}).items():
                    if value is None:
                        cookies.delete_cookie(name, httponly=True, samesite="lax", secure=secure)
                    else:
                        cookies.set_cookie(name, value, max_age=max_age, httponly=True, samesite="lax", secure=secure)
                headers += [(k, v) for k, v in cookies.raw_headers if k == b"set-cookie"]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, sending)


router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/"):
    console = _console(request)
    target = safe_next(next)
    return console.page("login.html", request=request, csrf_token=console.login_token(request),
                        next=target, username="", message="", path=f"/login?next={quote(target, safe='/')}")


@router.post("/login", response_class=HTMLResponse)
def login(request: Request):
    console, form = _console(request), request.state.form
    username, target = form.get("username", ""), safe_next(form.get("next"))
    who = users.sign_in(console.db, username, form.get("password", ""), clock=console.clock)
    if who is None:
        return console.page("login.html", 401, request=request, csrf_token=console.login_token(request),
                            next=target, username=username[:200], message=WRONG,
                            path=f"/login?next={quote(target, safe='/')}")
    console.start_session(request, who)
    return RedirectResponse(target, status_code=303)


@router.post("/logout")
def logout(request: Request):
    _console(request).end_session(request)
    return RedirectResponse("/login", status_code=303)


def install(app: FastAPI, db: Database, settings: Settings, clock: Clock) -> None:
    """Add the console to ``app``: its state, the sign-in pages, the cookie/header middleware and
    the 303 to ``/login`` of :class:`SignInRequired`."""
    app.state.console = Console(db, settings, clock)

    @app.exception_handler(SignInRequired)
    async def _sign_in(_request, exc: SignInRequired):
        return RedirectResponse(f"/login?next={quote(exc.next_path, safe='/')}", status_code=303)

    json_refusal = app.exception_handlers.get(ServiceError)

    @app.exception_handler(ServiceError)
    async def _refused(request: Request, exc: ServiceError):
        """A refusal on a page asked for as HTML: the error page in the page's language."""
        if request.url.path.startswith(_NOT_PAGES) or not _wants_html(request) or json_refusal is None:
            if json_refusal is None:
                return Response(str(exc), status_code=exc.status, media_type="text/plain")
            return await json_refusal(request, exc)
        lang = web.page_language(request)
        message = (web.translate(lang, exc.message, **exc.values) if isinstance(exc, PageRefused)
                   else str(exc))
        return app.state.console.page("error.html", exc.status, request=request, message=message)

    app.include_router(router)
    web.install(app)
    app.add_middleware(_PageMiddleware)
