"""The shared test world of the county office's web console (issue #17): a real county server
(``yarlung-pos-server serve``, uvicorn on 127.0.0.1) whose SQLite database was filled by REAL
till syncs — three till databases (T01, T02 in the hall, T03 the market van) selling through
the till's own services (``complete_sale``, ``refund_sale``, shifts with Z reports,
settlements, home deliveries) on an injected clock through every month of :data:`YEAR`, each
pushing to the server with the till's sync client (``push``) at the end of every month and a
last ``sync_now`` (push and pull) at the year's end.

Dates are fixed (:data:`YEAR` = 2025), never today's: the server's own clock is the real
one, so page tests pass explicit ``year`` / period query parameters.  Everything the tills
sold is random but seeded: the same figures on every run and every machine.

Use it from a test module with ``from .console_world import world`` (the fixture) and, for
the browser, ``from .browser import browser, page``.  The world is built ONCE per test run
(pytest-xdist: the first worker to need it builds it under a file lock, the others wait and
reuse the files); each process runs its own server on its own copy, shared by every module of
that process: tests must not change it (sign-ins and reads only).  A test that
edits (a manager's form) takes ``private_world`` instead: a copy of the files with its own
server, per module.

``World`` (the fixture's value):

- ``url`` (``http://127.0.0.1:PORT``), ``db_url`` (the server's SQLite URL), ``server``
  (tests/server/conftest.py's ``Server``), ``year`` (2025), ``tz`` (Beijing, UTC+8);
- ``terminals``: ``{"T01": Till, "T02": Till, "T03": Till}`` — ``Till.code``, ``.path`` (the
  till's SQLite file), ``.store`` (a ``Store`` opened on it, lazily) and ``.sync()`` (push
  and pull with the till's client to THIS world's server);
- ``users``: ``{"pema": "viewer", "dawa": "manager", "tashi": "admin"}``, ``password``
  (every user's), ``names`` (username → display name);
- ``sign_in(page, username, password=None, next="/")``: signs a Playwright page in through
  ``/login`` and waits for the page ``next`` (raises ``AssertionError`` when refused);
- ``report(by)``: ``yarlung-pos-server report sales --by BY --json`` (``day``, ``terminal``,
  ``cooperative``, ``category``);
- ``expected``: :class:`Expected`, the figures computed from the tills' own SQLite files
  (not through the server) to cross-check the server's;
- ``build_seconds``: how long the build took (0.0 when another worker built it; the build's
  CPU seconds are in ``world.json`` beside the built files);
- ``folder``: this process's copy of the files; ``close()`` (the fixture calls it).
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import resource
import shutil
import sqlite3
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import pytest

from .conftest import DEMO, Server, cli_json, import_demo_catalogue
from .test_office_auth import PASSWORD, add_user

YEAR = 2025
BEIJING = timezone(timedelta(hours=8))
TERMINALS = ("T01", "T02", "T03")
USERS = {"pema": "viewer", "dawa": "manager", "tashi": "admin"}
NAMES = {"pema": "Pema Lhamo", "dawa": "Dawa Tsering", "tashi": "Tashi Namgyal"}
#: what each till sells: (SKU, quantities to pick from — kg items weighed to the gram)
GOODS = {
    "T01": (("WINE-001", ("1", "2", "3")), ("GRAIN-002", ("0.735", "1.250", "2.000")), ("GRAIN-008", ("1", "2")),
            ("DAIRY-006", ("0.480", "1.125")), ("OIL-003", ("1",)), ("DAIRY-001", ("1", "4")),
            ("EGG-001", ("1",)), ("GRAIN-005", ("3.400", "5.000"))),
    "T02": (("DAIRY-004", ("0.650", "1.200")), ("DAIRY-007", ("1", "2")), ("OIL-001", ("1",)),
            ("GRAIN-011", ("2.500", "4.180")), ("GRAIN-014", ("1", "3")), ("DAIRY-009", ("1", "2")),
            ("WINE-001", ("1", "6")), ("GRAIN-007", ("1.000", "0.850"))),
    "T03": (("GRAIN-012", ("1", "2")), ("DAIRY-005", ("1", "2", "3")), ("GRAIN-013", ("1.730",)),
            ("OIL-002", ("1",)), ("DAIRY-008", ("0.250", "0.500"))),
}
#: (sales per selling day: low, high; one selling day in every …)
PACE = {"T01": (3, 8, 3), "T02": (3, 7, 3), "T03": (2, 5, 4)}
#: who sells at each till: (name on receipts, login name)
CASHIERS = {"T01": ("Padma", "padma"), "T02": ("Dolkar", "dolkar"), "T03": ("Norbu", "norbu")}
#: T02's deliveries (one a month, on the 15th) in turn: 0 to pack, 1 packed, 2 handed over, 3 delivered
DELIVERY_STEPS = (3, 3, 2, 1, 0, 3)
#: settlements made at a till: (till, cooperative, months whose last day settles the quarter)
SETTLEMENTS = (("T01", "CHAMCHEN", (3, 6, 9, 12)), ("T02", "SAILONG", (3, 6)))
#: the hall a till serves, when not the shipped one (Yarlung Youxuan): the market van
HALLS = {"T03": {"bo": "雅砻优选流动售货车", "zh": "雅砻优选流动售货车", "en": "Yarlung Youxuan market van"}}
PLACES = (("琼结县", "下水乡"), ("乃东区", "泽当镇"), ("琼结县", "拉玉乡"))
SEED = 17


class StepClock:
    """The tills' clock: ``at`` is set before every operation (aware, Beijing time)."""

    def __init__(self, at: datetime):
        self.at = at

    def __call__(self) -> datetime:
        return self.at


# ---------------------------------------------------------------- what the tills sold

@dataclass
class Expected:
    """The year's figures read from the tills' own SQLite files (not through the server).
    Money in integer fen; ``sales`` counts sales (not refunds); ``total_fen`` nets refunds.

    - ``by_terminal`` / ``by_day`` (``YYYY-MM-DD``, the till's local date) / ``by_month``
      (``YYYY-MM``): ``{key: {"sales": n, "total_fen": t}}`` of the sales' totals;
    - ``by_cooperative`` / ``by_category`` (codes): the same of the lines' nets (line total −
      line discount − share of the sale discount), postage lines left out;
    - ``by_method``: ``{"cash": fen, ...}`` what the payments came to (tendered − change);
    - ``refunds``: number of refunds; ``shifts_closed``: ``{terminal: [Z numbers]}``;
      ``settlements``: ``{terminal: [settlement numbers]}``; ``deliveries``: ``{terminal: n}``;
      ``delivery_statuses``: ``{status: n}`` over all tills;
    - ``cooperative_months`` / ``category_months`` / ``town_months`` (the cooperative's
      ``town_en``): ``{key: {"YYYY-MM": net fen}}`` of the lines' nets (refunds negative,
      postage left out) — the bureau's statistics;
    - ``settled_fen``: ``{cooperative: net fen of its lines in a till's settlement}``.
    """

    by_terminal: dict = field(default_factory=dict)
    by_day: dict = field(default_factory=dict)
    by_month: dict = field(default_factory=dict)
    by_cooperative: dict = field(default_factory=dict)
    by_category: dict = field(default_factory=dict)
    by_method: dict = field(default_factory=dict)
    refunds: int = 0
    shifts_closed: dict = field(default_factory=dict)
    settlements: dict = field(default_factory=dict)
    deliveries: dict = field(default_factory=dict)
    delivery_statuses: dict = field(default_factory=dict)
    cooperative_months: dict = field(default_factory=dict)
    category_months: dict = field(default_factory=dict)
    town_months: dict = field(default_factory=dict)
    settled_fen: dict = field(default_factory=dict)

    def total_fen(self) -> int:
        """Everything the three tills took, net of refunds, in fen."""
        return sum(v["total_fen"] for v in self.by_terminal.values())


def _add(table: dict, key, is_sale: bool, fen: int) -> None:
    row = table.setdefault(key, {"sales": 0, "total_fen": 0})
    row["sales"] += 1 if is_sale else 0
    row["total_fen"] += fen


def expected_from_tills(paths: dict[str, Path]) -> Expected:
    """:class:`Expected` summed over the till databases ``paths`` (code → SQLite file)."""
    exp = Expected()
    for code, path in paths.items():
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for sid, kind, at, offset, total in con.execute(
                    "select id, kind, completed_at, utc_offset_min, total_fen from sales"):
                local = datetime.fromisoformat(at).astimezone(UTC) + timedelta(minutes=offset)
                day = local.date().isoformat()
                _add(exp.by_terminal, code, kind == "sale", total)
                _add(exp.by_day, day, kind == "sale", total)
                _add(exp.by_month, day[:7], kind == "sale", total)
                exp.refunds += kind == "refund"
            lines = con.execute(
                "select s.id, s.kind, co.code, ca.code, l.line_total_fen - l.discount_fen - l.order_discount_fen,"
                " s.completed_at, s.utc_offset_min, co.town_en, l.id in (select sale_line_id from settled_lines)"
                " from sale_lines l join sales s on s.id = l.sale_id"
                " left join products p on p.id = l.product_id left join categories ca on ca.id = p.category_id"
                " left join cooperatives co on co.id = l.cooperative_id where l.sku != 'POSTAGE'").fetchall()
            for table, col in ((exp.by_cooperative, 2), (exp.by_category, 3)):
                seen: set = set()
                for row in lines:
                    key = row[col]
                    first = (row[0], key) not in seen
                    seen.add((row[0], key))
                    _add(table, key, row[1] == "sale" and first, row[4])
            for _sid, _kind, coop, category, net, at, offset, town, settled in lines:
                month = (datetime.fromisoformat(at).astimezone(UTC) + timedelta(minutes=offset)).strftime("%Y-%m")
                for table, key in ((exp.cooperative_months, coop), (exp.category_months, category),
                                   (exp.town_months, town)):
                    table.setdefault(key, {}).setdefault(month, 0)
                    table[key][month] += net
                if settled:
                    exp.settled_fen[coop] = exp.settled_fen.get(coop, 0) + net
            for method, fen in con.execute("select method, sum(amount_fen - change_fen) from payments group by method"):
                exp.by_method[method] = exp.by_method.get(method, 0) + fen
            exp.shifts_closed[code] = [z for (z,) in con.execute(
                "select z_number from shifts where status = 'closed' order by id")]
            exp.settlements[code] = [n for (n,) in con.execute("select number from settlements order by id")]
            exp.deliveries[code] = con.execute("select count(*) from deliveries").fetchone()[0]
            for status, n in con.execute("select status, count(*) from deliveries group by status"):
                exp.delivery_statuses[status] = exp.delivery_statuses.get(status, 0) + n
        finally:
            con.close()
    return exp


# ---------------------------------------------------------------- building it

class Till:
    """One till of the world: ``code``, ``path`` (its SQLite file), ``store`` (opened on first
    use) and :meth:`sync` to the world's server."""

    def __init__(self, code: str, path: Path, server_url: str):
        self.code, self.path, self.server_url = code, path, server_url
        self._store = None

    @property
    def store(self):
        if self._store is None:
            from yarlung_pos.db.store import Store, set_setting
            self._store = Store.open(self.path, create=False)
            with self._store.write() as s:  # the files may come from another process's build server
                set_setting(s, "sync_server_url", self.server_url)
        return self._store

    def sync(self):
        """Push and pull with the till's client (``sync_now``); returns its ``SyncResult``."""
        from yarlung_pos.sync import client
        return client.sync_now(self.store)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _tender(rng: random.Random, due: int):
    from yarlung_pos.domain.model import PaymentMethod, Tender
    method = rng.choices([PaymentMethod.CASH, PaymentMethod.WECHAT, PaymentMethod.ALIPAY, PaymentMethod.UNIONPAY],
                         weights=[4, 4, 2, 1])[0]
    if method is PaymentMethod.CASH:
        return [Tender(method, -(-due // 1000) * 1000 if rng.random() < 0.6 else due)]  # up to the next ￥10
    return [Tender(method, due, reference=f"{method.value[:2].upper()}{rng.randrange(10**9):09d}")]


def _tracking(serial: int) -> str:
    """A China Post (UPU S10) tracking number with its check digit: ``RB12345678xCN``."""
    digits = f"{serial:08d}"
    check = 11 - sum(int(d) * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7))) % 11
    return f"RB{digits}{ {10: 0, 11: 5}.get(check, check)}CN"


class _Seller:
    """One till selling through the year."""

    def __init__(self, code: str, path: Path, server: Server, rng: random.Random):
        from yarlung_pos.db.store import Store
        from yarlung_pos.services.demo import load_demo
        from yarlung_pos.sync import client

        self.code, self.path, self.rng = code, path, rng
        self.clock = StepClock(datetime(YEAR - 1, 12, 31, 9, 0, tzinfo=BEIJING))
        self.store = Store.open(path)
        load_demo(self.store, self.clock, DEMO)
        doc = cli_json(server.db_url, "terminal", "add", code)
        assert client.enrol(self.store, server.url, doc["enrolment_code"]) == code
        if code in HALLS:
            from yarlung_pos.db.store import set_setting
            from yarlung_pos.services.hall import HALL_KEYS
            with self.store.write() as s:
                for script, key in HALL_KEYS.items():
                    set_setting(s, key, HALLS[code][script])
        with self.store.read() as s:
            from yarlung_pos.services.catalogue import lookup_code
            self.products = [(lookup_code(s, sku), qtys) for sku, qtys in GOODS[code]]
        self.today: list[str] = []
        self.cashier, self.login = CASHIERS[code]

    def sell(self, at: datetime) -> None:
        from yarlung_pos.domain.model import Cart
        from yarlung_pos.domain.pricing import Discount
        from yarlung_pos.services.sales import complete_sale

        from ..support.people import MANAGER
        self.clock.at = at
        rng = self.rng
        cart = Cart()
        for product, qtys in rng.sample(self.products, rng.choice((1, 1, 2, 2, 3))):
            cart.set_qty(cart.add(product), rng.choice(qtys))
        if rng.random() < 0.06:
            cart.discount = Discount.percent(rng.choice(("5", "10")))
        due = cart.pricing("none").due_fen
        done = complete_sale(self.store, cart, _tender(rng, due), self.cashier, self.clock,
                             actor=MANAGER, rounding="none")
        self.today.append(done.uuid)

    def refund(self, at: datetime) -> None:
        from yarlung_pos.services.refunds import refund_sale, refundable

        from ..support.people import MANAGER
        self.clock.at = at
        sale = self.rng.choice(self.today)
        left = refundable(self.store, sale)
        if left:
            line_no = min(left)
            refund_sale(self.store, sale, [(line_no, left[line_no])], self.cashier, self.clock, actor=MANAGER,
                        reason="customer changed their mind")

    def deliver(self, at: datetime, n: int) -> None:
        """The ``n``-th home delivery (0, 1, …): it goes as far as :data:`DELIVERY_STEPS` says."""
        from yarlung_pos.domain.delivery import Address
        from yarlung_pos.domain.model import Cart
        from yarlung_pos.services import delivery

        self.clock.at = at
        cart = Cart()
        product, qtys = self.products[n % len(self.products)]
        cart.set_qty(cart.add(product), qtys[0])
        county, township = PLACES[n % len(PLACES)]
        req = delivery.DeliveryRequest(name="索朗卓玛", name_bo="བསོད་ནམས་སྒྲོལ་མ", phone="13812345678",
                                       address=Address(prefecture="山南市", county=county, township=township,
                                                       street=f"雪村 {n + 1} 组"),
                                       channel=("phone", "counter", "wechat", "online")[n % 4],
                                       weight_g=1000 + 250 * n, postage_fen=800 + 100 * (n % 3))
        due = cart.pricing("none").due_fen + req.postage_fen
        made = delivery.create_delivery(self.store, cart, _tender(self.rng, due), req, self.cashier, self.clock,
                                        rounding="none")
        steps = DELIVERY_STEPS[n % len(DELIVERY_STEPS)]
        if steps > 0:
            self.clock.at = at + timedelta(hours=1)
            delivery.pack(self.store, made.number, self.login, self.clock)
        if steps > 1:
            self.clock.at = at + timedelta(hours=2)
            delivery.hand_over(self.store, made.number, _tracking(self.rng.randrange(10**8)), self.login, self.clock)
        if steps > 2:
            self.clock.at = at + timedelta(days=3)
            delivery.mark_delivered(self.store, made.number, self.login, self.clock)

    def open_shift(self, at: datetime) -> None:
        from yarlung_pos.services.shifts import open_shift
        self.clock.at = at
        open_shift(self.store, self.login, 50_000, self.clock)

    def close_shift(self, at: datetime) -> None:
        from yarlung_pos.services.shifts import DENOMINATIONS_FEN, close_shift, x_report
        self.clock.at = at
        cash = x_report(self.store, self.clock).expected_cash_fen - (100 if self.rng.random() < 0.2 else 0)
        counted = {}
        for denom in DENOMINATIONS_FEN:
            counted[denom], cash = divmod(cash, denom)
        close_shift(self.store, self.login, counted, self.clock)

    def push(self, last: bool = False) -> None:
        """Send what is waiting with the till's sync client (``push``; the year's last time
        ``sync_now``: push and pull, as the till's worker does)."""
        from yarlung_pos.sync import client
        result = client.sync_now(self.store) if last else client.push(self.store, client.load_config(self.store))
        assert result.rejected == 0 and result.waiting == 0, (self.code, result)

    def settle(self, at: datetime, cooperative: str, first: date, last: date) -> None:
        from yarlung_pos.services.settlement import create_settlement
        self.clock.at = at
        create_settlement(self.store, cooperative, first, last, self.clock)


def _sell_the_year(sellers: dict[str, _Seller]) -> None:
    day = date(YEAR, 1, 1)
    while day.year == YEAR:
        for code, seller in sellers.items():
            low, high, every = PACE[code]
            rng = seller.rng
            if day.day != 15 and rng.randrange(every):  # the 15th: every till sells (each month has sales)
                continue
            start = datetime(day.year, day.month, day.day, 9, 30, tzinfo=BEIJING)
            shift = code != "T03" and rng.random() < 0.5
            if shift:
                seller.open_shift(start - timedelta(minutes=20))
            seller.today = []
            for n in range(rng.randint(low, high)):
                seller.sell(start + timedelta(minutes=40 * n + rng.randrange(30)))
            if rng.random() < 0.12:
                seller.refund(start + timedelta(hours=7))
            if code == "T02" and day.day == 15:
                seller.deliver(start + timedelta(hours=7, minutes=30), day.month - 1)
            if shift:
                seller.close_shift(start + timedelta(hours=10))
        nxt = day + timedelta(days=1)
        if nxt.month != day.month:  # the month's end: settle a quarter, push everything
            evening = datetime(day.year, day.month, day.day, 20, tzinfo=BEIJING)
            for code, cooperative, months in SETTLEMENTS:
                if day.month in months:
                    sellers[code].settle(evening, cooperative, date(YEAR, day.month - 2, 1), day)
            for seller in sellers.values():
                seller.push(last=nxt.year != YEAR)
        day = nxt


def build(folder: Path) -> float:
    """Build the world's files in ``folder`` (``server.db``, ``T01.db`` …, ``world.json``);
    returns the seconds it took.  Runs its own server while building, stopped at the end.
    Built in memory (``/dev/shm``, when there is one: the tills' and the server's SQLite
    commit with ``synchronous=FULL``, thousands of disk syncs otherwise), then copied."""
    started, cpu = time.monotonic(), _cpu_seconds()
    shm = Path("/dev/shm")
    work = Path(tempfile.mkdtemp(prefix="yarlung-world-", dir=shm if shm.is_dir() and os.access(shm, os.W_OK)
                                 else folder))
    try:
        db_url = f"sqlite:///{work / 'server.db'}"
        import_demo_catalogue(db_url)
        for username, role in USERS.items():
            code, _out, err = add_user(db_url, username, role, PASSWORD, "--name", NAMES[username])
            assert code == 0, err
        server = Server(db_url, work).start()
        sellers = {}
        try:
            for n, code in enumerate(TERMINALS):
                sellers[code] = _Seller(code, work / f"{code}.db", server, random.Random(SEED * 100 + n))
            _sell_the_year(sellers)
        finally:
            for seller in sellers.values():
                seller.store.close()
            server.stop()
        for name in ("server", *TERMINALS):  # closed cleanly: no -wal file left (copied if there were)
            for part in (f"{name}.db", f"{name}.db-wal"):
                if (work / part).exists():
                    shutil.copyfile(work / part, folder / part)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    seconds = time.monotonic() - started
    (folder / "world.json").write_text(json.dumps({"build_seconds": seconds, "year": YEAR,
                                                   "cpu_seconds": _cpu_seconds() - cpu}))
    return seconds


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the build's server), in seconds."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# ---------------------------------------------------------------- the fixture

class World:
    """The fixture's value (see the module's docstring)."""

    year = YEAR
    tz = BEIJING
    users = USERS
    names = NAMES
    password = PASSWORD

    def __init__(self, folder: Path, server: Server, build_seconds: float):
        self.folder, self.server = folder, server
        self.url, self.db_url = server.url, server.db_url
        self.terminals = {code: Till(code, folder / f"{code}.db", server.url) for code in TERMINALS}
        self.expected = expected_from_tills({c: t.path for c, t in self.terminals.items()})
        self.build_seconds = build_seconds

    def sign_in(self, page, username: str, password: str | None = None, next: str = "/") -> None:
        """Sign Playwright ``page`` in as ``username`` through the sign-in form; waits until
        the console answers (raises on a refused sign-in)."""
        page.goto(f"{self.url}/login?next={quote(next, safe='/')}")
        page.fill("#username", username)
        page.fill("#password", password or self.password)
        with page.expect_response(lambda r: r.url.split("?")[0].endswith("/login")
                                  and r.request.method == "POST") as answer:
            page.click("button[type=submit]")
        if answer.value.status >= 400:
            raise AssertionError(f"signing in as {username} refused: {answer.value.status}")
        page.wait_for_url(lambda u: "/login" not in u)
        page.wait_for_load_state()

    def report(self, by: str) -> list[dict]:
        """``report sales --by BY`` of the server's CLI: ``[{"key", "sales", "total_fen"}]``."""
        return cli_json(self.db_url, "report", "sales", "--by", by)

    def close(self) -> None:
        for till in self.terminals.values():
            till.close()
        self.server.stop()


def _golden(tmp_path_factory) -> tuple[Path, float]:
    """The built files, shared by the xdist workers of one run: the first to come builds them
    under a lock in the run's common tmp folder, the others wait and reuse them."""
    root = tmp_path_factory.getbasetemp()
    if root.name.startswith("popen-gw"):  # pytest-xdist: the workers' common parent
        root = root.parent
    folder = root / "console-world"
    folder.mkdir(exist_ok=True)
    with open(root / "console-world.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            done = folder / "world.json"
            if done.exists():
                return folder, 0.0
            for old in folder.iterdir():  # a build that failed half-way
                if old.is_file():
                    old.unlink()
            return folder, build(folder)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def copy_world(tmp_path_factory, name: str) -> tuple[Path, float]:
    """A private copy of the built files in a new tmp folder; (folder, build seconds)."""
    golden, seconds = _golden(tmp_path_factory)
    folder = tmp_path_factory.mktemp(name)
    for code in ("server", *TERMINALS):
        for part in (f"{code}.db", f"{code}.db-wal"):
            if (golden / part).exists():
                shutil.copyfile(golden / part, folder / part)
    return folder, seconds


_SHARED: dict = {}


@pytest.fixture(scope="session")
def world(tmp_path_factory):
    """The shared :class:`World` (read-only by convention), one per test process."""
    if "world" not in _SHARED:
        folder, seconds = copy_world(tmp_path_factory, "world")
        server = Server(f"sqlite:///{folder / 'server.db'}", folder).start()
        _SHARED["world"] = World(folder, server, seconds)
    yield _SHARED["world"]
    # every module importing the fixture has its own session-scoped definition of it, all torn
    # down at the session's end: the first stops the server (close() may run more than once)
    _SHARED["world"].close()


@pytest.fixture(scope="module")
def private_world(tmp_path_factory):
    """A :class:`World` of the module's own (a copy of the files, its own server): for
    tests that change things."""
    folder, seconds = copy_world(tmp_path_factory, "private-world")
    w = World(folder, Server(f"sqlite:///{folder / 'server.db'}", folder).start(), seconds)
    yield w
    w.close()
