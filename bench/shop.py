"""The shop's figures of ``bench/run.py`` (issue #18); ``bench/run.py shop`` runs just these.

  product_page_ms_p95        GET /p/<SKU> by 50 concurrent clients (asyncio, one keep-alive
                             connection each, 40 requests each over the demo catalogue's
                             SKUs in turn, no pause) against a real uvicorn on loopback on SQLite (the
                             demo catalogue, stock levels for every product, a photo on
                             GRAIN-001), after one warm-up round (every page rendered and
                             cached once): the 95th percentile of the 2,000 requests' wall ms
  product_page_ms_median     the median of the same
  product_page_server_cpu_ms the server process's CPU ms per request of the same (steadier
                             than wall ms on a loaded machine: with 50 clients in flight a
                             request waits for about 49 others, so p95 ≈ 50 × this on one core)
  product_page_bytes         what a phone downloads for /p/GRAIN-001 (gzip accepted):
                             the HTML, shop.css, shop.js and the photo, bytes on the wire
                             (bodies, without headers; the fonts aside)
  product_page_font_bytes    the Tibetan and the Chinese WOFF2 subsets together
"""

from __future__ import annotations

import io
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

CLIENTS = 50
REQUESTS_EACH = 40
DEMO = Path(__file__).resolve().parents[1] / "assets" / "demo"


def _prepare(db_url: str) -> list[str]:
    """The demo catalogue, a stock level for every product and a photo on GRAIN-001; the SKUs."""
    from PIL import Image
    from sqlalchemy import insert, select

    from yarlung_pos.server.cli import main
    from yarlung_pos.server.database import Database
    from yarlung_pos.server.office_users import OfficeUser
    from yarlung_pos.server.schema import ProductRow, StockMoveRow
    from yarlung_pos.server.shop import save_photo

    with open("/dev/null", "w") as quiet:
        old, sys.stdout = sys.stdout, quiet
        try:
            main(["--database-url", db_url, "catalogue", "import", str(DEMO / "categories.csv"),
                  str(DEMO / "cooperatives.csv"), str(DEMO / "products.csv"), "--json"])
        finally:
            sys.stdout = old
    db = Database(db_url)
    try:
        with db.write() as s:
            skus = list(s.scalars(select(ProductRow.sku).where(ProductRow.active.is_(True)).order_by(ProductRow.sku)))
            s.execute(insert(StockMoveRow), [
                {"event_uuid": f"bench-{i}", "terminal_code": "R01", "sku": sku, "qty_milli": (i % 4) * 4000,
                 "reason": "receipt", "created_at": "2025-01-01T00:00:00+00:00"} for i, sku in enumerate(skus)])
        image = Image.effect_mandelbrot((2400, 1600), (-2.2, -1.1, 1.0, 1.1), 60).convert("RGB")
        raw = io.BytesIO()
        image.save(raw, "JPEG", quality=95)
        save_photo(db, OfficeUser(0, "bench", "Bench", "manager", ""), "GRAIN-001", raw.getvalue())
    finally:
        db.close()
    return skus


def _serve(db_url: str, tmp: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "yarlung_pos.server", "--database-url", db_url, "serve",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(url + "/api/v1/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.05)
    proc.terminate()
    raise RuntimeError("the server did not start")


async def _get(reader, writer, host: str, path: str) -> tuple[int, bytes]:
    """One HTTP/1.1 keep-alive GET on an open connection: (status, body)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Language: zh-CN\r\n"
                 f"Accept-Encoding: gzip\r\nAccept: text/html\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(int(v) for k, _, v in (x.partition(":") for x in lines[1:]) if k.lower() == "content-length")
    return status, await reader.readexactly(length)


def _load(url: str, skus: list[str]) -> list[float]:
    """Wall ms of every request of :data:`CLIENTS` clients doing :data:`REQUESTS_EACH` each,
    each client one keep-alive connection (a plain asyncio HTTP/1.1 client: light, so that the
    figure is the server's and not a heavy client's on the same cores)."""
    import asyncio
    host = url.split("://", 1)[1]
    address, port = host.split(":")
    samples: list[float] = []

    async def client(number: int) -> None:
        reader, writer = await asyncio.open_connection(address, int(port))
        try:
            for i in range(REQUESTS_EACH):
                sku = skus[(number * 7 + i) % len(skus)]
                started = time.perf_counter()
                status, body = await asyncio.wait_for(_get(reader, writer, host, f"/p/{sku}"), 60)
                samples.append((time.perf_counter() - started) * 1000)
                assert status == 200 and body, status
        finally:
            writer.close()

    async def run() -> None:
        await asyncio.gather(*(client(n) for n in range(CLIENTS)))
    asyncio.run(run())
    return samples


def _page_bytes(url: str) -> tuple[int, int]:
    """(the product page with its CSS, JS and photo; the two fonts) in bytes on the wire."""
    import re
    with httpx.Client(base_url=url, headers={"Accept-Language": "zh-CN", "Accept-Encoding": "gzip"}, timeout=120) as c:
        page = c.get("/p/GRAIN-001")
        photo = re.search(r'src="(/p/GRAIN-001/photo\.jpg[^"]*)"', page.text).group(1)
        total = 0
        for r in (page, c.get("/static/shop.css"), c.get("/static/shop.js"), c.get(photo)):
            assert r.status_code == 200
            total += r.num_bytes_downloaded
        fonts = sum(c.get(f"/shop/fonts/{f}.woff2").num_bytes_downloaded for f in ("tibetan", "chinese"))
    return total, fonts


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) of process ``pid`` so far (Linux ``/proc``; -1 elsewhere)."""
    import os
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return -1.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_shop_bench(tmp: Path, report) -> None:
    """Issue #18's figures (see the module)."""
    folder = tmp / "shop"
    folder.mkdir(exist_ok=True)
    db_url = f"sqlite:///{folder / 'server.db'}"
    skus = _prepare(db_url)
    proc, url = _serve(db_url, folder)
    try:
        _load(url, skus)  # warm-up: every page rendered once (the steady state: pages cached)
        cpu_before = _cpu_s(proc.pid)
        samples = sorted(_load(url, skus))
        cpu = _cpu_s(proc.pid) - cpu_before
        report("product_page_ms_p95", samples[int(len(samples) * 0.95) - 1], "ms")
        report("product_page_ms_median", statistics.median(samples), "ms")
        if cpu_before >= 0:
            report("product_page_server_cpu_ms", cpu * 1000 / len(samples), "ms")
        page, fonts = _page_bytes(url)
        report("product_page_bytes", page, "bytes")
        report("product_page_font_bytes", fonts, "bytes")
    finally:
        proc.terminate()
        proc.wait(10)
