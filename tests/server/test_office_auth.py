"""Sign-in of the county office's web console (issue #17): office users from the CLI, the
sign-in form, lock-out, sessions, CSRF, roles — on a real uvicorn and, where the clock must
move, on the app in this process with a fixed clock; SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import anyio
import httpx
import pytest

from ..conftest import FixedClock
from .conftest import API, alembic_to, auth, cli, cli_json, query

T0 = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)
PASSWORD = "yak-butter-tea-42"
HTML = {"Accept": "text/html"}


def with_stdin(line: str, db_url: str, *args: str) -> tuple[int, str, str]:
    """The CLI run in this process with ``line`` as its standard input."""
    old = sys.stdin
    sys.stdin = io.StringIO(line + "\n")
    try:
        return cli(db_url, *args)
    finally:
        sys.stdin = old


def add_user(db_url: str, name: str, role: str, password: str = PASSWORD, *extra: str):
    return with_stdin(password, db_url, "user", "add", name, "--role", role, "--password-stdin", *extra)


def set_password(db_url: str, name: str, password: str):
    return with_stdin(password, db_url, "user", "set-password", name, "--password-stdin", "--json")


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


class Browser:
    """HTTP to the app in this process, keeping cookies like a browser (one request at a time)."""

    def __init__(self, app, base_url: str = "http://office.test"):
        self.app, self.base_url = app, base_url
        self.cookies = httpx.Cookies()

    def request(self, method: str, path: str, **kwargs) -> httpx.Response:
        async def send() -> httpx.Response:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=self.base_url,
                                         cookies=self.cookies, headers={"Accept-Language": "en"}) as client:
                r = await client.request(method, path, **kwargs)
                self.cookies = httpx.Cookies(client.cookies)
                return r
        # in a thread of its own: Playwright's sync API keeps an event loop running in this one
        # when a browser test of the same module came first
        with ThreadPoolExecutor(1) as pool:
            return pool.submit(anyio.run, send).result(timeout=60)

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def sign_in(self, username: str, password: str = PASSWORD, next: str = "/") -> httpx.Response:
        token = csrf_of(self.get("/login", headers=HTML).text)
        return self.post("/login", data={"username": username, "password": password, "csrf_token": token,
                                         "next": next})


@pytest.fixture
def office(new_database):
    """A migrated database with users viewer ``pema`` and manager ``dawa``, the app on a fixed
    clock with a manager-only test route ``/test/manager``, and a browser."""
    from fastapi import Depends

    from yarlung_pos.server.app import create_app
    from yarlung_pos.server.console import office_user
    from yarlung_pos.server.database import Database

    url = new_database()
    assert add_user(url, "pema", "viewer", PASSWORD, "--name", "Pema Lhamo")[0] == 0
    assert add_user(url, "dawa", "manager")[0] == 0
    db = Database(url)
    clock = FixedClock(T0)
    app = create_app(db, clock=clock)

    @app.get("/test/manager")
    def manager_only(who=Depends(office_user("manager"))):  # noqa: B008 - FastAPI's way
        return {"user": who.username}

    yield {"url": url, "db": db, "clock": clock, "app": app, "browser": Browser(app)}
    db.close()


# ---------------------------------------------------------------- the CLI

def test_users_are_added_listed_and_given_a_new_password_with_the_cli(new_database):
    url = new_database()
    code, out, err = add_user(url, "Dawa", "manager", PASSWORD, "--name", "Dawa Tsering")
    assert code == 0 and out.strip() == "dawa: added as manager (Dawa Tsering)", err
    code, out, err = add_user(url, "nyima", "viewer", "too-short")
    assert (code, out) == (2, "") and err.strip().endswith("the password must have at least 10 characters")
    code, _out, err = add_user(url, "dawa", "admin")
    assert code == 1 and "exists already" in err and "Traceback" not in err
    [row] = cli_json(url, "user", "list")
    assert {k: row[k] for k in ("username", "display_name", "role", "active", "locked_until")} == {
        "username": "dawa", "display_name": "Dawa Tsering", "role": "manager", "active": True, "locked_until": None}
    [(hashed,)] = query(url, "SELECT password_hash FROM office_users")
    assert hashed.startswith("$argon2id$") and PASSWORD not in hashed
    code, out, err = set_password(url, "dawa", "another-long-one")
    assert code == 0 and '"username": "dawa"' in out, err
    [(again,)] = query(url, "SELECT password_hash FROM office_users")
    assert again != hashed
    code, out, err = cli(url, "user", "unlock", "nobody", "--json")
    assert code == 1 and out.strip() == '{"error": "no office user \'nobody\'"}'
    assert cli_json(url, "user", "deactivate", "dawa")["active"] is False


# ---------------------------------------------------------------- sign-in, sessions, CSRF

def test_sign_in_right_and_wrong_and_an_unknown_user_gets_the_same_answer(office):
    b = office["browser"]
    r = b.get("/", headers=HTML)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/"
    assert b.get("/", headers={"Accept": "application/json"}).status_code == 401
    wrong = b.sign_in("dawa", "not-the-password")
    unknown = b.sign_in("nobody", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    assert 'value="dawa"' in wrong.text and 'value="nobody"' in unknown.text  # the username kept
    assert wrong.text.replace("dawa", "X") == unknown.text.replace("nobody", "X")
    r = b.sign_in("DAWA", next="/reports?by=day")
    assert r.status_code == 303 and r.headers["location"] == "/reports?by=day"
    r = b.get("/")
    assert r.status_code == 200 and "Signed in as dawa (manager)" in r.text
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    # no inline script: scripts come from files, chart data in JSON blocks only
    assert all(" src=" in tag or 'type="application/json"' in tag for tag in re.findall(r"<script[^>]*>", r.text))


def test_five_wrong_passwords_lock_for_fifteen_minutes(office):
    b, clock = office["browser"], office["clock"]
    for _ in range(5):
        assert b.sign_in("dawa", "wrong-password").status_code == 401
    assert b.sign_in("dawa").status_code == 401  # locked: the right password is refused too
    [row] = [r for r in cli_json(office["url"], "user", "list") if r["username"] == "dawa"]
    assert row["locked_until"] == "2031-05-06T07:23:09.000000+00:00"
    clock.at = T0 + timedelta(minutes=14, seconds=59)
    assert b.sign_in("dawa").status_code == 401
    clock.at = T0 + timedelta(minutes=15, seconds=1)
    assert b.sign_in("dawa").status_code == 303
    # the CLI lifts a lock at once
    for _ in range(5):
        b.sign_in("pema", "wrong-password")
    assert b.sign_in("pema").status_code == 401
    assert cli_json(office["url"], "user", "unlock", "pema")["locked_until"] is None
    assert b.sign_in("pema").status_code == 303


def test_a_post_without_or_with_a_wrong_csrf_token_is_refused(office):
    b = office["browser"]
    b.get("/login", headers=HTML)
    assert b.post("/login", data={"username": "dawa", "password": PASSWORD}).status_code == 403
    assert b.post("/login", data={"username": "dawa", "password": PASSWORD,
                                  "csrf_token": "forged"}).status_code == 403
    assert b.sign_in("dawa").status_code == 303
    home = b.get("/")
    assert b.post("/logout", data={}).status_code == 403
    assert b.post("/logout", data={"csrf_token": csrf_of(home.text) + "x"}).status_code == 403
    assert b.get("/").status_code == 200  # still signed in


def test_logout_clears_the_session(office):
    b = office["browser"]
    b.sign_in("dawa")
    stolen = b.cookies.get("yarlung_session")
    r = b.post("/logout", data={"csrf_token": csrf_of(b.get("/").text)})
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert "yarlung_session" not in b.cookies
    assert b.get("/", headers=HTML).status_code == 303
    assert stolen


def test_a_viewer_is_refused_a_manager_page(office):
    b = office["browser"]
    b.sign_in("pema")
    assert "Signed in as Pema Lhamo (viewer)" in b.get("/").text
    r = b.get("/test/manager")
    assert r.status_code == 403 and "manager" in r.json()["detail"]
    b.post("/logout", data={"csrf_token": csrf_of(b.get("/").text)})
    b.sign_in("dawa")
    assert b.get("/test/manager").json() == {"user": "dawa"}


def test_a_session_ends_after_eight_hours_without_a_request(office):
    b, clock = office["browser"], office["clock"]
    b.sign_in("dawa")
    clock.at = T0 + timedelta(hours=7, minutes=59)
    assert b.get("/").status_code == 200  # a request keeps it alive
    clock.at += timedelta(hours=7, minutes=59)
    assert b.get("/").status_code == 200
    clock.at += timedelta(hours=8, seconds=1)
    r = b.get("/", headers=HTML)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/"


def test_a_new_password_or_deactivation_ends_the_sessions(office):
    b = office["browser"]
    b.sign_in("dawa")
    assert set_password(office["url"], "dawa", "a-new-password-1")[0] == 0
    assert b.get("/", headers=HTML).status_code == 303
    b.sign_in("dawa", "a-new-password-1")
    assert b.get("/").status_code == 200
    cli_json(office["url"], "user", "deactivate", "dawa")
    assert b.get("/", headers=HTML).status_code == 303
    assert b.sign_in("dawa", "a-new-password-1").status_code == 401


@pytest.mark.parametrize("target", ["https://evil.example", "//evil.example/x", "/\\evil.example",
                                    "javascript:alert(1)", "http:/evil.example"])
def test_next_only_goes_to_a_local_path(office, target):
    b = office["browser"]
    r = b.get("/login", params={"next": target}, headers=HTML)
    assert "evil" not in r.text and "javascript" not in r.text
    r = b.sign_in("dawa", next=target)
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_cookies_are_secure_over_https(office):
    b = Browser(office["app"], "https://office.test")
    r = b.get("/login", headers=HTML)
    assert "; secure" in r.headers["set-cookie"].lower()
    r = b.sign_in("dawa")
    [cookie] = [c for c in r.headers.get_list("set-cookie") if c.startswith("yarlung_session=")]
    assert "; secure" in cookie.lower() and "; httponly" in cookie.lower() and "samesite=lax" in cookie.lower()


# ---------------------------------------------------------------- a real server

def test_the_console_and_the_admin_token_on_a_real_server(srv):
    assert add_user(srv.db_url, "tashi", "admin")[0] == 0
    with httpx.Client(base_url=srv.url, headers={**HTML, "Accept-Language": "en"}) as client:
        r = client.get("/login")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        [pre] = r.headers.get_list("set-cookie")
        assert pre.startswith("yarlung_login=") and "HttpOnly" in pre and "SameSite=lax" in pre
        assert "Secure" not in pre  # plain http
        r = client.post("/login", data={"username": "tashi", "password": PASSWORD, "csrf_token": csrf_of(r.text),
                                        "next": "https://evil.example"})
        assert r.status_code == 303 and r.headers["location"] == "/"
        [session] = r.headers.get_list("set-cookie")
        assert session.startswith("yarlung_session=") and "HttpOnly" in session and "SameSite=lax" in session
        r = client.get("/")
        assert r.status_code == 200 and "Signed in as tashi (admin)" in r.text
        # a cookie is no API credential
        assert client.get(f"{API}/reports/sales", params={"by": "day"}).status_code == 401
    r = httpx.get(f"{srv.url}{API}/reports/sales", params={"by": "day"}, headers=auth(srv.admin))
    assert r.status_code == 200 and isinstance(r.json(), list)
    assert "content-security-policy" not in r.headers  # the API keeps its headers
    [(value,)] = query(srv.db_url, "SELECT value FROM server_secrets WHERE name = 'session'")
    assert len(value) >= 40


def test_s0004_database_migrates_to_s0005_and_back(new_database):
    from yarlung_pos.server.database import Database

    url = new_database()
    alembic_to(url, "s0004",
               then="INSERT INTO terminals (code, created_at) VALUES ('M05', '2026-11-01T00:00:00+00:00')")
    db = Database(url)
    try:
        db.migrate()
    finally:
        db.close()
    assert add_user(url, "dawa", "admin")[0] == 0
    assert query(url, "SELECT username, role, failed_attempts, active FROM office_users")[0][:3] == ("dawa", "admin", 0)
    alembic_to(url, "s0004", down=True)
    assert [tuple(r) for r in query(url, "SELECT code FROM terminals")] == [("M05",)]
    with pytest.raises(Exception, match="office_users"):
        query(url, "SELECT count(*) FROM office_users")


def test_names_typed_by_people_are_escaped_on_the_pages(office):
    b = office["browser"]
    assert add_user(office["url"], "lobsang", "viewer", PASSWORD, "--name", '<b onclick="x()">Lobsang</b>')[0] == 0
    r = b.sign_in('"><script>alert(1)</script>', "wrong-password")
    assert r.status_code == 401 and "<script>" not in r.text and "&lt;script&gt;" in r.text
    b.sign_in("lobsang")
    page = b.get("/").text
    assert "<b onclick" not in page and "&lt;b onclick=&#34;x()&#34;&gt;Lobsang&lt;/b&gt; (viewer)" in page
    assert all("password" not in key for row in cli_json(office["url"], "user", "list") for key in row)


def test_a_configured_secret_signs_the_cookies_and_another_secret_is_refused(office):
    from yarlung_pos.server.app import create_app
    from yarlung_pos.server.settings import Settings

    ours = Browser(create_app(office["db"], Settings(session_secret="s" * 43), clock=office["clock"]))
    assert ours.sign_in("dawa").status_code == 303 and ours.get("/").status_code == 200
    assert query(office["url"], "SELECT count(*) FROM server_secrets")[0][0] == 0  # nothing generated
    theirs = Browser(office["app"])  # the generated secret
    theirs.cookies = ours.cookies
    assert theirs.get("/", headers=HTML).status_code == 303
    assert query(office["url"], "SELECT count(*) FROM server_secrets")[0][0] == 1


def test_the_password_is_read_from_the_real_standard_input(new_database):
    import subprocess

    from .conftest import ROOT

    url = new_database()
    env = {k: v for k, v in os.environ.items() if k != "YARLUNG_SERVER_DATABASE_URL"}
    env["PYTHONPATH"] = str(ROOT / "src")

    def run(*args: str, stdin: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "yarlung_pos.server", "--database-url", url, "user", *args],
                              input=stdin, capture_output=True, text=True, timeout=60, env=env)

    r = run("add", "sonam", "--role", "admin", "--password-stdin", "--json", stdin=PASSWORD + "\n")
    assert r.returncode == 0 and json.loads(r.stdout)["role"] == "admin", r.stderr
    r = run("set-password", "sonam", "--password-stdin", "--json", stdin="short\n")
    assert r.returncode == 2 and json.loads(r.stdout) == {"error": "the password must have at least 10 characters"}
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    r = run("add", "norbu", "--role", "viewer", stdin="")
    assert r.returncode == 2 and "--password-stdin" in r.stderr and "Traceback" not in r.stderr
