"""Screenshots of every page of the first-run setup window, in Tibetan, Chinese and English,
at 1024×768, to docs/screenshots/setup-<page>-<lang>.png for review.

A real county server (``yarlung-pos-server serve`` on 127.0.0.1, a temporary database with the
demo catalogue) is started for the enrolment and catalogue pages and stopped at the end.

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/setup_screens.py
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "assets" / "demo"
OUT = ROOT / "docs" / "screenshots"
LANGS = ("bo", "zh_CN", "en")


def server_cli(db_url: str, *args: str):
    """``yarlung-pos-server --database-url db_url ARGS --json`` in this process."""
    from yarlung_pos.server.cli import main
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--database-url", db_url, *args, "--json"])
    if code:
        raise SystemExit(f"server command failed: {args}")
    return json.loads(out.getvalue())


def start_county(folder: Path) -> tuple[subprocess.Popen, str, str]:
    """A county server on a free port with the demo catalogue: ``(process, url, db_url)``."""
    import httpx
    db_url = f"sqlite:///{folder / 'county.db'}"
    server_cli(db_url, "catalogue", "import", *(str(DEMO / f"{k}.csv") for k in ("categories", "cooperatives",
                                                                                   "products")))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "yarlung_pos.server", "--database-url", db_url, "serve",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            cwd=folder, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                return proc, url, db_url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the county server did not start")


def wait(app, condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.01)


def shoot(app, wizard, name: str, lang: str) -> None:
    for _ in range(3):
        app.processEvents()
    path = OUT / f"setup-{name}-{lang}.png"
    wizard.grab().save(str(path))
    print(path.relative_to(ROOT))


def bad_products(folder: Path) -> Path:
    """The demo products with two bad rows (a price in yuan, an unknown category)."""
    lines = (DEMO / "products.csv").read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("2200", "22.00")
    lines[3] = lines[3].replace(",GRAIN,", ",NOSUCH,")
    path = folder / "products.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    from yarlung_pos.config import Settings
    from yarlung_pos.db.store import Store
    from yarlung_pos.domain.clock import system_clock
    from yarlung_pos.i18n import install_language
    from yarlung_pos.ui.app import create_app
    from yarlung_pos.ui.setup import SetupWizard

    app = create_app()
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    proc, url, db_url = start_county(folder)
    try:
        for n, lang in enumerate(LANGS):
            install_language("en")
            store = Store.open(folder / f"till-{lang}.db")
            wizard = SetupWizard(store, system_clock, Settings(path=folder / f"settings-{lang}.ini"))
            wizard.resize(1024, 768)
            wizard.show()
            wizard.language_page.select(lang)
            shoot(app, wizard, "language", lang)
            wizard.next()
            shoot(app, wizard, "hall", lang)
            wizard.next()
            page = wizard.enrol_page
            page.form.url.setText(url)
            page.form.code.setText("WRONG-CODE-1")
            wizard.next()  # refused: the reason in words
            shoot(app, wizard, "enrol-error", lang)
            page.form.code.setText(server_cli(db_url, "terminal", "add", f"T{11 + n}")["enrolment_code"])
            page.form.message.clear()
            shoot(app, wizard, "enrol", lang)
            wizard.next()
            admin = wizard.admin_page
            admin.name.setText("Tsering Dolma")
            admin.username.setText("tsering")
            admin.pin.setText("4826")
            admin.pin2.setText("4827")
            wizard.next()  # the PINs differ
            shoot(app, wizard, "admin", lang)
            admin.pin2.setText("4826")
            wizard.next()
            wizard.printer_page.uri.setText("network://192.168.1.50:9100")
            shoot(app, wizard, "printer", lang)
            wizard.printer_page.skip.setChecked(True)
            wizard.next()
            cat = wizard.catalogue_page
            cat.csv_choice.setChecked(True)
            cat.form.set_file("categories", DEMO / "categories.csv")
            cat.form.set_file("cooperatives", DEMO / "cooperatives.csv")
            cat.form.set_file("products", bad_products(folder))
            cat.form.check()
            shoot(app, wizard, "catalogue-csv", lang)
            cat.county_choice.setChecked(True)
            cat.auto_advance = False
            wizard.next()  # fetches the catalogue
            wait(app, lambda: cat.thread is None)
            shoot(app, wizard, "catalogue", lang)
            wizard.next()
            wizard.float_page.amount.setText("200.00")
            shoot(app, wizard, "float", lang)
            wizard.reject()
            store.close()
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
