"""End to end: real terminal databases sync with a real server (uvicorn on 127.0.0.1) through
the terminal's own client, with faults injected.  After each: the server's totals equal the
sum of the terminals' sales — nothing missing, nothing doubled."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from yarlung_pos.db.store import Store, set_setting
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.sync import client

from .conftest import DEMO, cli_json, query
from yarlung_pos.domain.clock import system_clock

from ..support.people import MANAGER


class Terminal:
    """A till's database enrolled with ``server``."""

    def __init__(self, path: Path, server, code: str, clock=None):
        self.path = path
        self.store = Store.open(path)
        load_demo(self.store, system_clock, DEMO)
        doc = cli_json(server.db_url, "terminal", "add", code)
        assert client.enrol(self.store, server.url, doc["enrolment_code"]) == code
        self.clock = clock

    def sell(self, *items, n: int = 1) -> list[str]:
        out = []
        for _ in range(n):
            cart = Cart()
            with self.store.read() as s:
                for code, qty in items:
                    cart.set_qty(cart.add(lookup_code(s, code)), qty)
            out.append(complete_sale(self.store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "sync",
                                     self.clock or system_clock, actor=MANAGER).uuid)
        return out

    def total_fen(self) -> int:
        con = sqlite3.connect(self.path)
        try:
            return con.execute("select coalesce(sum(total_fen), 0) from sales").fetchone()[0]
        finally:
            con.close()

    def count(self) -> int:
        con = sqlite3.connect(self.path)
        try:
            return con.execute("select count(*) from sales").fetchone()[0]
        finally:
            con.close()

    def close(self):
        self.store.close()


@contextlib.contextmanager
def serving(db_url: str, *serve_args: str, https_ca: Path | None = None):
    """A server with extra ``serve`` options (limits, TLS) on a free 127.0.0.1 port; yields
    its URL once /health answers, stops it afterwards."""
    import ssl
    import time

    import httpx
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "yarlung_pos.server", "--database-url", db_url, "serve",
                             "--port", str(port), "--log-level", "warning", *serve_args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"{'https' if https_ca else 'http'}://127.0.0.1:{port}"
    verify = ssl.create_default_context(cafile=str(https_ca)) if https_ca else True
    try:
        for _ in range(600):
            try:
                httpx.get(url + "/api/v1/health", verify=verify, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def server_by_terminal(server) -> dict[str, tuple[int, int]]:
    rows = cli_json(server.db_url, "report", "sales", "--by", "terminal")
    return {r["key"]: (r["sales"], r["total_fen"]) for r in rows}


def assert_in_step(server, *terminals):
    totals = server_by_terminal(server)
    for t in terminals:
        code = t.store and client.load_config(t.store).terminal
        assert totals.get(code, (0, 0)) == (t.count(), t.total_fen()), (code, totals)
        assert client.pending_count(t.store) == 0


_codes = iter(f"{n:02d}" for n in range(10, 1000))  # codes unique across the module's server


@pytest.fixture
def terminals(tmp_path, srv):
    made = []
    counter = _codes

    def make(clock=None):
        code = f"T{next(counter)}"  # noqa: B020
        t = Terminal(tmp_path / f"{code}.db", srv, code, clock)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()


def test_sales_arrive_exactly_once_and_receipt_numbers_carry_the_terminal(srv, terminals):
    t = terminals()
    uuids = t.sell(("WINE-001", "2"), ("GRAIN-002", "0.735"), n=3)
    result = client.sync_now(t.store)
    assert result.sent >= 3 and result.rejected == 0 and result.waiting == 0
    assert_in_step(srv, t)
    con = sqlite3.connect(t.path)
    assert con.execute("select number from sales order by seq limit 1").fetchone()[0].startswith(
        client.load_config(t.store).terminal + "-")
    con.close()
    again = client.sync_now(t.store)                     # nothing left to send
    assert again.sent == 0 and again.waiting == 0
    assert len(uuids) == 3


class DropReplyProxy:
    """A TCP proxy to the server that, once armed, passes a request through but drops the
    server's reply: the server has committed, the terminal never hears it."""

    def __init__(self, target_port: int):
        self.target = target_port
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.drop_next = True
        self.dropped = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn):
        up = socket.create_connection(("127.0.0.1", self.target))
        drop = self.drop_next

        def pump(src, dst, swallow):
            try:
                while data := src.recv(65536):
                    if not swallow:
                        dst.sendall(data)
                    elif self.drop_next:
                        self.drop_next = False
                        self.dropped += 1
                        conn.shutdown(socket.SHUT_RDWR)  # the reply is lost on the way back
                        conn.close()
                        return
            except OSError:
                pass
            finally:
                for s in (src, dst):
                    try:
                        s.close()
                    except OSError:
                        pass

        threading.Thread(target=pump, args=(conn, up, False), daemon=True).start()
        pump(up, conn, drop)

    def close(self):
        self.sock.close()


def test_reply_lost_after_the_server_committed_leaves_one_copy(srv, terminals):
    t = terminals()
    t.sell(("OIL-001", "1"), n=4)
    proxy = DropReplyProxy(srv.port)
    try:
        with t.store.write() as s:
            from yarlung_pos.db.store import set_setting
            set_setting(s, "sync_server_url", f"http://127.0.0.1:{proxy.port}")
        with pytest.raises(client.SyncError):
            client.push(t.store, client.load_config(t.store))   # committed on the server, reply lost
        assert proxy.dropped == 1 and client.pending_count(t.store) == 4
        result = client.sync_now(t.store)                       # the retry: all duplicates
        assert result.duplicates == 4 and result.sent == 0
    finally:
        proxy.close()
    assert_in_step(srv, t)


def test_server_killed_mid_backlog_then_back(new_database, start_server, tmp_path):
    db_url = new_database()
    cli_json(db_url, "catalogue", "import", str(DEMO / "categories.csv"), str(DEMO / "cooperatives.csv"),
             str(DEMO / "products.csv"))
    server = start_server(db_url)
    t = Terminal(tmp_path / "k.db", server, "T77")
    try:
        t.sell(("WINE-001", "1"), n=300)
        config = client.load_config(t.store)
        killer = threading.Timer(0.05, server.kill)
        killer.start()
        try:
            client.push(t.store, config, max_bytes=4096)         # many small batches; killed part way
        except client.SyncError:
            pass
        killer.join()
        server.start()                                           # same database, new process
        with t.store.write() as s:
            from yarlung_pos.db.store import set_setting
            set_setting(s, "sync_server_url", server.url)
        client.sync_now(t.store)
        assert_in_step(server, t)
    finally:
        t.close()


def test_two_processes_sync_the_same_terminal_at_once(srv, terminals):
    t = terminals()
    t.sell(("GRAIN-001", "1"), n=40)
    cmd = [sys.executable, "-m", "yarlung_pos", "sync", "now", "--db", str(t.path), "--json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert_in_step(srv, t)


def test_clock_set_back_a_year_is_accepted_and_reported(srv, terminals):
    year_ago = datetime.now(timezone(timedelta(hours=8))) - timedelta(days=365)
    t = terminals(clock=lambda: year_ago)
    t.sell(("WINE-001", "1"), n=2)
    client.sync_now(t.store)
    assert_in_step(srv, t)
    import httpx
    rows = httpx.get(f"{srv.url}/api/v1/reports/terminals", headers={"Authorization": f"Bearer {srv.admin}"}).json()
    code = client.load_config(t.store).terminal
    skew = next(r for r in rows if r["code"] == code)["clock_skew_s"]
    assert skew is None or abs(skew) < 3600 or skew < -300 * 86400 or skew > 300 * 86400


def test_two_terminals_sell_the_last_unit_offline(srv, terminals):
    a, b = terminals(), terminals()
    a.sell(("RUG-003", "1"))       # the demo has one carpet in each till's own stock
    b.sell(("RUG-003", "1"))
    client.sync_now(a.store)
    client.sync_now(b.store)
    assert_in_step(srv, a, b)
    import httpx
    stock = httpx.get(f"{srv.url}/api/v1/reports/stock", headers={"Authorization": f"Bearer {srv.admin}"}).json()
    rug = next(r for r in stock if r["sku"] == "RUG-003")
    assert Decimal(rug["level"]) <= Decimal("-1") or rug.get("negative") is True


def test_price_change_while_a_sale_is_open(srv, terminals):
    t = terminals()
    client.sync_now(t.store)
    cart = Cart()
    with t.store.read() as s:
        cart.add(lookup_code(s, "WINE-001"))               # open cart at the old price
    old = cart.lines[0].unit_price_fen
    cli_json(srv.db_url, "catalogue", "price", "WINE-001", str(old + 500))
    result = client.sync_now(t.store)
    assert result.pulled >= 1
    with t.store.read() as s:
        assert lookup_code(s, "WINE-001").price_fen == old + 500
    done = complete_sale(t.store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "sync", system_clock, actor=MANAGER)
    assert done.total_fen == old                           # the line kept its snapshot
    t.sell(("WINE-001", "1"))                              # a new sale uses the new price
    client.sync_now(t.store)
    assert_in_step(srv, t)
    cli_json(srv.db_url, "catalogue", "price", "WINE-001", str(old))   # leave the module's server as it was


class CopiedTerminal(Terminal):
    """A till's database copied from ``source`` (sales already made under ``code``), then
    enrolled with ``server`` as ``code``."""

    def __init__(self, source: Path, path: Path, server, code: str):
        src, dst = sqlite3.connect(source), sqlite3.connect(path)
        try:
            src.backup(dst)  # the whole database, WAL included
        finally:
            src.close()
            dst.close()
        self.path, self.clock = path, None
        self.store = Store.open(path)
        doc = cli_json(server.db_url, "terminal", "add", code)
        assert client.enrol(self.store, server.url, doc["enrolment_code"]) == code


@pytest.fixture(scope="session")
def backlog_till(tmp_path_factory) -> Path:
    """A till database holding 10,000 real sales through complete_sale (each its own
    transaction) as terminal T98, made once and copied by each backend's test (making them
    is most of the test's time)."""
    path = tmp_path_factory.mktemp("backlog") / "T98.db"
    store = Store.open(path)
    try:
        load_demo(store, system_clock, DEMO)
        with store.write() as s:
            set_setting(s, "terminal_code", "T98")
        cart = Cart()
        with store.read() as s:
            cart.add(lookup_code(s, "INC-001"))
        for _ in range(10_000):
            complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "backlog", system_clock,
                          actor=MANAGER)
    finally:
        store.close()
    return path


@pytest.mark.slow
def test_a_10000_sale_backlog_drains(srv, backlog_till, tmp_path):
    t = CopiedTerminal(backlog_till, tmp_path / "T98.db", srv, "T98")
    try:
        assert client.pending_count(t.store) >= 10_000
        result = client.sync_now(t.store)
        assert result.sent >= 10_000 and result.waiting == 0 and result.rejected == 0
        assert t.count() == 10_000
        assert_in_step(srv, t)
    finally:
        t.close()


def test_till_status_bar_shows_sync_state(qtbot, srv, terminals):
    from PySide6.QtWidgets import QLabel, QPushButton

    from yarlung_pos.sync.worker import SyncWorker
    from yarlung_pos.ui.app import build_till, create_app
    t = terminals()
    t.sell(("WINE-001", "1"))
    t.store.close()
    create_app()
    till, store = build_till(t.path)
    till.confirm_close = False
    qtbot.addWidget(till)
    try:
        worker = SyncWorker(store)
        till.attach_sync_worker(worker)
        label = till.findChild(QLabel, "syncStatusLabel")
        assert "1 waiting" in label.text() and till.findChild(QPushButton, "syncNowButton").isVisibleTo(till)
        worker.run_once()                                  # what the background thread does
        qtbot.waitUntil(lambda: label.text().startswith("Online") and "0 waiting" in label.text())
    finally:
        store.close()
        t.store = Store.open(t.path)


def test_sales_made_before_enrolment_are_sent_under_the_enrolled_terminal(srv, tmp_path):
    store = Store.open(tmp_path / "early.db")
    try:
        load_demo(store, system_clock, DEMO)
        cart = Cart()
        with store.read() as s:
            cart.add(lookup_code(s, "WINE-001"))
        early = complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "early", system_clock,
                              actor=MANAGER)   # as T01
        code = f"T{next(_codes)}"
        doc = cli_json(srv.db_url, "terminal", "add", code)
        client.enrol(store, srv.url, doc["enrolment_code"])
        assert client.rejected_events(store) == []                 # declared at enrolment: nothing set aside
        later = complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "later", system_clock,
                              actor=MANAGER)
        result = client.sync_now(store)
        assert result.waiting == 0 and result.rejected == 0 and result.sent >= 2
    finally:
        store.close()
    assert (early.number, later.number) == ("T01-000001", f"{code}-000001")
    assert {n for (n,) in query(srv.db_url, "SELECT number FROM sales WHERE terminal_code = :t", t=code)} == {
        early.number, later.number}


def test_tls_certificates_are_verified_and_a_ca_file_can_be_given(new_database, tmp_path):
    import shutil
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    db_url = new_database()
    with serving(db_url, "--ssl-certfile", str(cert), "--ssl-keyfile", str(key), https_ca=cert) as url:
        store = Store.open(tmp_path / "tls.db")
        try:
            code = cli_json(db_url, "terminal", "add", "T55")["enrolment_code"]
            with pytest.raises(client.SyncError, match="CERTIFICATE_VERIFY_FAILED|certificate"):
                client.enrol(store, url, code)                      # a self-signed server is not trusted …
            assert client.enrol(store, url, code, ca_file=str(cert)) == "T55"   # … unless its CA is given
            assert client.sync_now(store).waiting == 0
        finally:
            store.close()


def test_resent_sales_made_before_enrolment_go_once_and_a_replacement_till_numbers_on(srv, tmp_path):
    code = f"T{next(_codes)}"
    early = Store.open(tmp_path / "early2.db")
    try:
        load_demo(early, system_clock, DEMO)
        cart = Cart()
        with early.read() as s:
            cart.add(lookup_code(s, "WINE-001"))
        complete_sale(early, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "early", system_clock, actor=MANAGER)     # as T01
        client.enrol(early, srv.url, cli_json(srv.db_url, "terminal", "add", code)["enrolment_code"])
        assert client.resend_rejected(early) == 0                  # nothing set aside
        for _ in range(3):
            complete_sale(early, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "later", system_clock, actor=MANAGER)
        result = client.sync_now(early)
        assert result.waiting == 0 and client.rejected_events(early) == []
        assert client.sync_now(early).sent == 0                    # once
    finally:
        early.close()
    assert len(query(srv.db_url, "SELECT id FROM sales WHERE terminal_code = :t", t=code)) == 4
    # the till breaks; a replacement is enrolled under the same code and numbers on
    fresh = Store.open(tmp_path / "replacement.db")
    try:
        load_demo(fresh, system_clock, DEMO)
        doc = cli_json(srv.db_url, "terminal", "reissue", code)
        client.enrol(fresh, srv.url, doc["enrolment_code"])
        done = complete_sale(fresh, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "new till", system_clock, actor=MANAGER)
        assert done.number == f"{code}-000004"                     # the T01 receipt does not count for the code
        client.sync_now(fresh)
    finally:
        fresh.close()


def test_batches_shrink_after_413_and_bad_ca_files_are_one_line(new_database, tmp_path):
    db_url = new_database()
    cli_json(db_url, "catalogue", "import", str(DEMO / "categories.csv"), str(DEMO / "cooperatives.csv"),
             str(DEMO / "products.csv"))
    with serving(db_url, "--max-body-bytes", "4000") as url:
        class _S:  # what Terminal needs of a server
            pass
        server = _S()
        server.url, server.db_url = url, db_url
        t = Terminal(tmp_path / "big.db", server, "T88")
        try:
            t.sell(("WINE-001", "1"), ("GRAIN-002", "0.5"), n=150)   # far more than 4,000 bytes gzipped
            result = client.sync_now(t.store)                     # 413s: the client halves its batches
            assert result.waiting == 0 and result.rejected == 0
            totals = {r["key"]: (r["sales"], r["total_fen"]) for r in
                      cli_json(db_url, "report", "sales", "--by", "terminal")}
            assert totals["T88"] == (t.count(), t.total_fen())
        finally:
            t.close()
        with pytest.raises(client.SyncError, match="cannot use the CA file"):
            client.enrol(Store.open(tmp_path / "x.db"), url, "NOPE", ca_file=str(tmp_path / "missing.pem"))


def test_server_rejects_implausible_sales(srv):
    import httpx

    from .conftest import auth, batch, enrol, sale_event
    code = f"T{next(_codes)}"
    token = enrol(srv, code)
    good = sale_event(code, [("WINE-001", "2", 3500)], seq=1)
    negative = sale_event(code, [("WINE-001", "-2", 3500)], seq=2)
    wrong_total = sale_event(code, [("WINE-001", "2", 3500)], seq=3)
    wrong_total["payload"]["sale"]["lines"][0]["line_total_fen"] = 6900
    wrong_total["payload"]["sale"]["total_fen"] = 6900
    for p in wrong_total["payload"]["sale"]["payments"]:
        p["amount_fen"] = 6900
    positive_refund = sale_event(code, [("WINE-001", "1", 3500)], seq=4, kind="refund",
                                 refund_of=good["payload"]["sale"]["uuid"])
    orphan_refund = sale_event(code, [("WINE-001", "-1", 3500)], seq=5, kind="refund",
                               refund_of="00000000-0000-4000-8000-000000000000")
    real_refund = sale_event(code, [("WINE-001", "-1", 3500)], seq=6, kind="refund",
                             refund_of=good["payload"]["sale"]["uuid"])
    r = httpx.post(f"{srv.url}/api/v1/events",
                   json=batch(code, [good, negative, wrong_total, positive_refund, orphan_refund, real_refund]),
                   headers=auth(token))
    assert r.status_code == 200, r.text
    statuses = [x["status"] for x in r.json()["results"]]
    assert statuses == ["accepted", "rejected", "rejected", "rejected", "rejected", "accepted"], r.json()
    assert "never received" in r.json()["results"][4]["reason"]
    reasons = " ".join(x.get("reason", "") for x in r.json()["results"][1:])
    assert "positive quantities" in reasons and "3500 fen × 2 is 7000 fen" in reasons and "negative quantities" in reasons
