"""`receipt print/render` and `printer test/queue` as a script uses them."""

import json

import pytest
import zxingcpp
from PIL import Image

from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.printing.escpos_codec import decode_job
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.sales import complete_sale

from ..support.fake_printer import FakePrinter, free_port
from .test_cli import cli
from ..support.people import MANAGER


@pytest.fixture
def sold(demo_store, clock, db_path):
    cart = Cart()
    with demo_store.read() as s:
        cart.add(lookup_code(s, "RUG-003"))
    done = complete_sale(demo_store, cart, [Tender(PaymentMethod.UNIONPAY, cart.total_fen, "6222")], "Padma", clock, print_receipt=True, actor=MANAGER)
    demo_store.close()
    return db_path, done


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.stop()


def test_receipt_print_sends_a_copy(sold, printer, tmp_path):
    db, done = sold
    r = cli("receipt", "print", done.number, "--printer", printer.uri, "--db", db, "--width", "384", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["number"] == done.number and out["copy"] is True and out["printer"] == f"127.0.0.1:{printer.port}"
    image, info = decode_job(printer.wait_for_jobs(1)[0])
    assert image.width == 384 and info["drawer"] == []
    assert [c.text for c in zxingcpp.read_barcodes(image.convert("L"))] == [f"https://yarlung.example/r/{done.uuid}"]


def test_receipt_render_writes_the_png(sold, tmp_path):
    db, done = sold
    out = tmp_path / "r.png"
    r = cli("receipt", "render", done.uuid, "-o", out, "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    meta = json.loads(r.stdout)
    with Image.open(out) as img:
        assert img.size == (576, meta["height"])


def test_failed_print_is_one_line_and_non_zero(sold):
    db, done = sold
    r = cli("receipt", "print", done.number, "--printer", f"network://127.0.0.1:{free_port()}?timeout=1", "--db", db)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1 and "refused" in r.stderr
    for args, needle in ((("receipt", "print", "T01-999999", "--printer", "network://127.0.0.1:9"), "no sale"),
                         (("receipt", "print", done.number, "--printer", "lpt1"), "unknown printer"),
                         (("receipt", "print", done.number), "no printer is configured")):
        r = cli(*args, "--db", db)
        assert r.returncode == 1 and needle in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_printer_test_page(printer, tmp_path):
    png = tmp_path / "test.png"
    r = cli("printer", "test", "--printer", printer.uri, "-o", png, "--json")
    assert r.returncode == 0, r.stderr
    image, info = decode_job(printer.wait_for_jobs(1)[0])
    assert image.width == 576 and info["cut"] == ["full"]
    assert [c.text for c in zxingcpp.read_barcodes(image.convert("L"))] == ["https://yarlung.example/r/test"]
    with Image.open(png) as img:
        assert img.size == image.size


def test_settings_file_is_used_and_checked(tmp_path, printer, sold):
    db, done = sold
    ini = tmp_path / "settings.ini"
    ini.write_text(f"[printer]\nuri = {printer.uri}\npaper_width_dots = 384\nprofile = POS-5890\n", encoding="utf-8")
    r = cli("receipt", "print", done.number, "--db", db, "--config", ini)
    assert r.returncode == 0, r.stderr
    assert decode_job(printer.wait_for_jobs(1)[0])[0].width == 384
    ini.write_text("[printer]\npaper_width_dots = 576\nprofile = POS-5890\n", encoding="utf-8")
    r = cli("receipt", "print", done.number, "--db", db, "--config", ini)
    assert r.returncode == 1 and "prints at most 384 dots" in r.stderr


def test_printer_queue_retry(sold, printer):
    db, done = sold
    r = cli("printer", "queue", "--db", db, "--json")
    assert json.loads(r.stdout) == {"waiting": 1, "last_error": None}
    r = cli("printer", "queue", "--retry", "--db", db, "--json", "--config", "/nonexistent.ini")
    assert r.returncode == 1 and "no printer is configured" in r.stderr
    assert list(json.loads(r.stdout)) == ["error"]           # still exactly one JSON document
    import os
    env = {**os.environ, "YARLUNG_POS_CONFIG": str(db.parent / "p.ini")}
    (db.parent / "p.ini").write_text(f"[printer]\nuri = {printer.uri}\n", encoding="utf-8")
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-m", "yarlung_pos", "printer", "queue", "--retry", "--db", str(db), "--json"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["waiting"] == 0 and len(printer.wait_for_jobs(1)) == 1
