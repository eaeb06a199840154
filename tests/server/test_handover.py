"""The USB hand-over (issue #14): a till offline for weeks writes its events into one signed
file, the county server imports it (twice, then the till uploads them too: each event stored
once), and the county's signed answer goes back to the till.  A real server (uvicorn on
127.0.0.1), real till databases, the commands as real subprocesses; the till's clock is injected
(weeks pass between its sales)."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from yarlung_pos import handover_file
from yarlung_pos.db.store import Store, get_setting
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.sync import client, handover
from yarlung_pos.sync.client import SyncError

from ..conftest import BEIJING, FixedClock
from ..support.people import MANAGER
from .conftest import DEMO, ROOT, cli_json, query


def run(prog: str, *args: str) -> tuple[int, dict, str]:
    """``yarlung-pos`` (``prog="till"``) or ``yarlung-pos-server`` as a subprocess with
    ``--json``: (exit code, the JSON document, stderr)."""
    module = "yarlung_pos" if prog == "till" else "yarlung_pos.server"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("YARLUNG_SERVER_DATABASE_URL", None)
    p = subprocess.run([sys.executable, "-m", module, *args, "--json"], capture_output=True, text=True, env=env,
                       timeout=120)
    docs = p.stdout.strip().splitlines()
    assert len(docs) == 1, p.stdout + p.stderr
    return p.returncode, json.loads(docs[0]), p.stderr


class Till:
    """A till database with the demo catalogue, enrolled with the server as ``code``; its
    clock starts on 2 November 2026 and is moved by :meth:`sell_on`."""

    def __init__(self, path: Path, server, code: str, sold_before: int = 0):
        self.path, self.code = path, code
        self.clock = FixedClock(datetime(2026, 11, 2, 10, 0, tzinfo=BEIJING))
        self.store = Store.open(path)
        load_demo(self.store, self.clock, DEMO)
        self.sell_on(0, sold_before)  # working alone, as T01, before enrolment
        doc = cli_json(server.db_url, "terminal", "add", code)
        assert client.enrol(self.store, server.url, doc["enrolment_code"]) == code

    def sell_on(self, days_later: int, n: int = 1) -> None:
        """Move the clock ``days_later`` days on, then make ``n`` sales (offline: no sync)."""
        self.clock.at += timedelta(days=days_later)
        for _ in range(n):
            cart = Cart()
            with self.store.read() as s:
                cart.set_qty(cart.add(lookup_code(s, "GRAIN-001")), 2)
                cart.add(lookup_code(s, "DAIRY-001"))
            complete_sale(self.store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma", self.clock,
                          actor=MANAGER)
            self.clock.at += timedelta(minutes=7)

    def outbox(self) -> dict[str, int]:
        with self.store.read() as s:
            rows = s.execute(__import__("sqlalchemy").text(
                "select sent_at is not null, rejected_reason is not null from outbox")).all()
        return {"sent": sum(1 for a, _ in rows if a), "set_aside": sum(1 for a, b in rows if b and not a),
                "waiting": sum(1 for a, b in rows if not a and not b), "all": len(rows)}

    def close(self) -> None:
        self.store.close()


@pytest.fixture
def till(tmp_path, srv):
    made = []

    def make(code: str, sold_before: int = 0) -> Till:
        t = Till(tmp_path / f"{code}.db", srv, code, sold_before)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()


def held(db_url: str, code: str) -> dict[str, int]:
    """What the server holds of terminal ``code``: rows per table, and distinct event/sale UUIDs."""
    out = {table: query(db_url, f"SELECT count(*) FROM {table} WHERE terminal_code = :c", c=code)[0][0]
           for table in ("events", "sales", "stock_moves", "rejected_events")}
    out["event_uuids"] = query(db_url, "SELECT count(DISTINCT uuid) FROM events WHERE terminal_code = :c", c=code)[0][0]
    out["sale_uuids"] = query(db_url, "SELECT count(DISTINCT uuid) FROM sales WHERE terminal_code = :c", c=code)[0][0]
    return out


def weeks_offline(t: Till) -> None:
    """Three weeks of sales without a connection: 3 on a Monday, 2 a week later, 4 a week after."""
    t.sell_on(0, 3)
    t.sell_on(7, 2)
    t.sell_on(7, 4)


def test_weeks_offline_export_import_twice_then_upload_each_event_once(srv, till, tmp_path):
    t = till("T05")
    weeks_offline(t)
    pending = client.pending_count(t.store)
    assert pending >= 9 and t.outbox()["sent"] == 0
    usb = tmp_path / "usb" / "T05.yhand"
    usb.parent.mkdir()
    code, doc, err = run("till", "--db", str(t.path), "sync", "export", "-o", str(usb))
    assert code == 0, err
    assert doc["terminal"] == "T05" and doc["events"] == pending and doc["file"] == str(usb)
    assert client.pending_count(t.store) == pending  # only the county's answer marks them sent

    code, first, err = run("server", "--database-url", srv.db_url, "import", str(usb))
    assert code == 0, err
    assert (first["events"], first["accepted"], first["duplicates"], first["rejected"]) == (pending, pending, 0, 0)
    code, second, err = run("server", "--database-url", srv.db_url, "import", str(usb))
    assert code == 0, err
    assert (second["accepted"], second["duplicates"], second["rejected"]) == (0, pending, 0)
    # a file says nothing of the till's clock now: no skew measured from it (weeks old)
    assert query(srv.db_url, "SELECT last_sent_at, clock_skew_s FROM terminals WHERE code = 'T05'")[0] == (None, None)

    result = client.sync_now(t.store)  # the link is back: a normal upload sends the same events
    assert (result.sent, result.duplicates, result.rejected, result.waiting) == (0, pending, 0, 0)
    h = held(srv.db_url, "T05")
    assert h["events"] == h["event_uuids"] == pending
    assert h["sales"] == h["sale_uuids"] == 9 and h["stock_moves"] == 18 and h["rejected_events"] == 0
    # the clock moved: the sales are on three local days, weeks apart, as the till recorded them
    days = [r[0] for r in query(srv.db_url, "SELECT DISTINCT local_date FROM sales WHERE terminal_code = 'T05' "
                                            "ORDER BY local_date")]
    assert days == ["2026-11-02", "2026-11-09", "2026-11-16"]
    totals = cli_json(srv.db_url, "report", "sales", "--by", "terminal")
    with t.store.read() as s:
        till_total = s.execute(__import__("sqlalchemy").text("select sum(total_fen) from sales")).scalar()
    assert {r["key"]: r["total_fen"] for r in totals}["T05"] == till_total


def test_county_answer_marks_the_events_sent_and_an_altered_answer_changes_nothing(srv, till, tmp_path):
    t, other = till("T07"), till("T08")
    weeks_offline(t)
    other.sell_on(1, 1)
    usb = tmp_path / "T07.yhand"
    assert handover.export_events(t.store, usb, t.clock)["events"] == t.outbox()["waiting"]
    n = t.outbox()["waiting"]
    code, doc, err = run("server", "--database-url", srv.db_url, "import", str(usb))
    assert code == 0 and doc["accepted"] == n, err
    t.sell_on(1, 1)  # sold after the export: the county does not hold it yet
    waiting_after = t.outbox()["waiting"] - n
    answer = tmp_path / "T07.acks"
    code, doc, err = run("server", "--database-url", srv.db_url, "export-acks", "--terminal", "T07", "-o",
                         str(answer))
    assert code == 0, err
    assert doc == {"file": str(answer), "terminal": "T07", "answers": n, "accepted": n, "rejected": 0}

    # an answer with one byte changed: refused whole, the till unchanged
    before = t.outbox()
    data = answer.read_bytes()
    altered = tmp_path / "altered.acks"
    altered.write_bytes(data[:-9] + bytes([data[-9] ^ 0x01]) + data[-8:])
    code, doc, err = run("till", "--db", str(t.path), "sync", "import-acks", str(altered))
    assert code == 1 and "altered" in doc["error"] and err.startswith("yarlung-pos: ") and err.count("\n") == 1
    assert t.outbox() == before
    # another terminal's answer: refused
    code, doc, err = run("till", "--db", str(other.path), "sync", "import-acks", str(answer))
    assert code == 1 and "for terminal T07, this till is T08" in doc["error"]
    # a till's own events file is not an answer
    code, doc, err = run("till", "--db", str(t.path), "sync", "import-acks", str(usb))
    assert code == 1 and "not an answer" in doc["error"]
    assert t.outbox() == before

    code, doc, err = run("till", "--db", str(t.path), "sync", "import-acks", str(answer))
    assert code == 0, err
    assert (doc["sent"], doc["already_sent"], doc["rejected"], doc["unknown"]) == (n, 0, 0, 0)
    assert doc["waiting"] == waiting_after and t.outbox()["sent"] == n
    # read twice: nothing more changes
    again = handover.import_acks(t.store, answer, t.clock)
    assert (again["sent"], again["already_sent"]) == (0, n)
    # the upload later sends only what the county does not hold
    result = client.sync_now(t.store)
    assert (result.sent, result.duplicates, result.waiting) == (waiting_after, 0, 0)
    assert held(srv.db_url, "T07")["events"] == n + waiting_after


def _change_byte(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1:]


def test_an_altered_or_forged_file_is_refused_whole(srv, till, tmp_path):
    t, other = till("T09"), till("T10")
    t.sell_on(0, 2)
    other.sell_on(0, 1)
    usb, theirs = tmp_path / "T09.yhand", tmp_path / "T10.yhand"
    handover.export_events(t.store, usb, t.clock)
    handover.export_events(other.store, theirs, other.clock)
    data = usb.read_bytes()
    header_end = data.index(b"\n")
    # one byte changed anywhere — the header's count, the MAC, the gzip header's time, the
    # compressed events, the gzip trailer — and the whole file is refused, nothing stored
    for at in (data.index(b'"count":') + 8, data.index(b'"mac":"') + 10, header_end + 5, header_end + 30,
               len(data) // 2 + header_end // 2, len(data) - 1):
        bad = tmp_path / f"bad-{at}.yhand"
        bad.write_bytes(_change_byte(data, at))
        code, doc, err = run("server", "--database-url", srv.db_url, "import", str(bad))
        assert code == 1, (at, doc)
        assert "altered" in doc["error"] and "nothing was applied" in doc["error"], (at, doc)
        assert err.startswith("yarlung-pos-server: ") and err.count("\n") == 1
    # a header still well formed but with another value (a date one day on): the MAC tells
    digit = data.index(b'"created_at":"') + len(b'"created_at":"2026-11-0')
    bad = tmp_path / "bad-date.yhand"
    bad.write_bytes(data[:digit] + bytes([data[digit] ^ 0x01]) + data[digit + 1:])
    code, doc, _err = run("server", "--database-url", srv.db_url, "import", str(bad))
    assert code == 1 and "not from terminal T09" in doc["error"] and "altered" in doc["error"]
    assert held(srv.db_url, "T09")["events"] == 0

    # T09's file presented as T10's: the signature is not T10's
    head, body = data[:header_end], data[header_end:]
    as_other = tmp_path / "as-T10.yhand"
    as_other.write_bytes(head.replace(b'"terminal":"T09"', b'"terminal":"T10"') + body)
    code, doc, _err = run("server", "--database-url", srv.db_url, "import", str(as_other))
    assert code == 1 and "not from terminal T10" in doc["error"]
    # T10's own file relabelled as T09's (T10's key, T09's name): refused
    theirs_data = theirs.read_bytes()
    relabelled = tmp_path / "T10-as-T09.yhand"
    relabelled.write_bytes(theirs_data.replace(b'"terminal":"T10"', b'"terminal":"T09"', 1))
    code, doc, _err = run("server", "--database-url", srv.db_url, "import", str(relabelled))
    assert code == 1 and "not from terminal T09" in doc["error"]
    # a file signed with a key the server does not know (a forger's): refused
    rows = [json.loads(line) for line in gzip.decompress(body[1:]).splitlines()]
    forged = tmp_path / "forged.yhand"
    handover_file.write(forged, "events", {k: v for k, v in json.loads(head).items()
                                           if k not in ("format", "version", "kind", "count", "mac")},
                        rows, handover_file.key_of_token("guessed"))
    code, doc, _err = run("server", "--database-url", srv.db_url, "import", str(forged))
    assert code == 1 and "not from terminal T09" in doc["error"]
    assert held(srv.db_url, "T09")["events"] == held(srv.db_url, "T10")["events"] == 0
    # an unknown terminal; not a hand-over file at all
    code, doc, _err = run("server", "--database-url", srv.db_url, "import",
                          str(tmp_path / "nothing.yhand"))
    assert code == 1 and "No such file" in doc["error"]
    (tmp_path / "notes.txt").write_text("shopping list\n")
    code, doc, _err = run("server", "--database-url", srv.db_url, "import", str(tmp_path / "notes.txt"))
    assert code == 1 and "not a Yarlung hand-over file" in doc["error"]

    # the untouched file goes in
    code, doc, err = run("server", "--database-url", srv.db_url, "import", str(usb))
    assert code == 0 and doc["accepted"] == doc["events"] > 0, err


def test_sales_before_enrolment_and_a_refused_event_travel_back(srv, till, tmp_path):
    import uuid

    from yarlung_pos.db.schema import OutboxRow
    t = till("T11", sold_before=2)
    t.sell_on(3, 2)
    with t.store.write() as s:  # an event kind this server does not know (a newer till)
        s.add(OutboxRow(uuid=str(uuid.uuid4()), kind="loyalty.awarded", payload='{"schema": 1, "points": 5}',
                        created_at="2026-11-05T02:00:00+00:00"))
    n = t.outbox()["waiting"]
    usb = tmp_path / "T11.yhand"
    handover.export_events(t.store, usb, t.clock)
    assert json.loads(usb.read_bytes().split(b"\n", 1)[0])["sold_before_as"] == ["T01"]
    code, doc, err = run("server", "--database-url", srv.db_url, "import", str(usb))
    assert code == 0, err
    assert (doc["accepted"], doc["duplicates"], doc["rejected"]) == (n - 1, 0, 1)
    assert "unknown event kind 'loyalty.awarded'" in doc["rejected_events"][0]["reason"]
    numbers = sorted(r[0] for r in query(srv.db_url, "SELECT number FROM sales WHERE terminal_code = 'T11'"))
    assert numbers == ["T01-000001", "T01-000002", "T11-000001", "T11-000002"]  # kept their numbers

    answer = tmp_path / "T11.acks"
    code, doc, err = run("server", "--database-url", srv.db_url, "export-acks", "--terminal", "T11", "-o",
                         str(answer))
    assert code == 0 and (doc["accepted"], doc["rejected"]) == (n - 1, 1), err
    code, doc, err = run("till", "--db", str(t.path), "sync", "import-acks", str(answer))
    assert code == 0, err
    assert (doc["sent"], doc["rejected"], doc["waiting"]) == (n - 1, 1, 0)
    [aside] = client.rejected_events(t.store)
    assert aside["kind"] == "loyalty.awarded" and aside["reason"].startswith("unknown event kind")

    # a sale claiming a code T11 may not sell under, in a file signed with T11's key: that
    # event is answered rejected (an upload's till would have kept it back), the rest go in
    t.sell_on(1, 2)
    handover.export_events(t.store, usb, t.clock)
    header, body = handover_file.read_header(usb, "events")
    rows = [json.loads(line) for line in gzip.decompress(body).splitlines()]
    rows[0]["payload"]["sale"]["terminal"] = "Q99"
    with t.store.read() as s:
        token = get_setting(s, "sync_token")
    handover_file.write(usb, "events", {k: v for k, v in header.items()
                                        if k not in ("format", "version", "kind", "count", "mac")},
                        rows, handover_file.key_of_token(token))
    doc = cli_json(srv.db_url, "import", str(usb))
    assert (doc["accepted"], doc["rejected"]) == (1, 1)
    assert doc["rejected_events"][0]["reason"].startswith("sold as Q99 before this till was enrolled as T11")
    assert query(srv.db_url, "SELECT count(*) FROM sales WHERE terminal_code = 'T11'")[0][0] == 5


def test_export_needs_an_enrolled_till(tmp_path, clock):
    store = Store.open(tmp_path / "alone.db")
    try:
        load_demo(store, clock, DEMO)
        with pytest.raises(SyncError, match="not enrolled"):
            handover.export_events(store, tmp_path / "x.yhand", clock)
        with pytest.raises(SyncError, match="not enrolled"):
            handover.import_acks(store, tmp_path / "x.acks", clock)
    finally:
        store.close()
    code, doc, err = run("till", "--db", str(tmp_path / "alone.db"), "sync", "export", "-o", str(tmp_path / "x.yhand"))
    assert code == 1 and "not enrolled" in doc["error"] and err.count("\n") == 1
    assert not (tmp_path / "x.yhand").exists()
