"""Receipts reach a (fake) network printer byte for byte; a dead printer never costs a sale."""

import time
from dataclasses import replace

import pytest
import zxingcpp
from PIL import ImageChops
from sqlalchemy import select

from yarlung_pos.config import Settings
from yarlung_pos.db.schema import PrintJobRow, SaleRow
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.printing.escpos_codec import decode_job
from yarlung_pos.printing.printer import PrinterError
from yarlung_pos.printing.receipt import render_receipt
from yarlung_pos.services import print_queue
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.print_worker import PrintWorker
from yarlung_pos.services.receipts import receipt_doc
from yarlung_pos.services.sales import complete_sale, get_sale

from ..support.fake_printer import FakePrinter, free_port
from ..support.people import MANAGER


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.stop()


def sell(store, clock, tenders=None, codes=("IRON-003", "WINE-001", "GRAIN-002")):
    cart = Cart()
    with store.read() as s:
        for c in codes:
            cart.add(lookup_code(s, c))
    tenders = tenders or [Tender(PaymentMethod.CASH, cart.total_fen + 1000)]
    return complete_sale(store, cart, tenders, "Padma", clock, print_receipt=True, actor=MANAGER)


def preview(store, sale_uuid, settings, copy=False):
    with store.read() as s:
        doc = receipt_doc(s, get_sale(s, sale_uuid), copy=copy, url_base=settings.receipt_url_base)
    return doc, render_receipt(doc, settings.paper_width_dots)


def same_pixels(a, b) -> bool:
    return a.size == b.size and ImageChops.difference(a.convert("L"), b.convert("L")).getbbox() is None


@pytest.mark.parametrize("width", [384, 576])
def test_printed_bytes_decode_to_the_preview_and_its_qr(qapp, demo_store, clock, printer, width):
    settings = Settings(printer_uri=printer.uri, paper_width_dots=width, receipt_url_base="https://yarlung.example/r")
    done = sell(demo_store, clock)
    assert PrintWorker(demo_store, lambda: settings).run_once() == 1
    job, = printer.wait_for_jobs(1)
    image, info = decode_job(job)
    doc, shown = preview(demo_store, done.uuid, settings)
    assert same_pixels(image, shown)                       # the printer got exactly the preview
    assert info == {"init": 1, "drawer": [2], "feed": [6], "cut": ["full"]}
    codes = zxingcpp.read_barcodes(image.convert("L"))
    assert [c.text for c in codes] == [f"https://yarlung.example/r/{done.uuid}"] == [doc.qr_url]
    with demo_store.read() as s:
        row, = s.scalars(select(PrintJobRow))
        assert row.status == "printed" and row.printed_at


def test_no_cut_no_drawer_for_card_payments(qapp, demo_store, clock, printer):
    settings = Settings(printer_uri=printer.uri, auto_cut=False)
    cart_total = 1600 + 3500
    sell(demo_store, clock, [Tender(PaymentMethod.WECHAT, cart_total)], codes=("GRAIN-002", "WINE-001"))
    PrintWorker(demo_store, lambda: settings).run_once()
    _, info = decode_job(printer.wait_for_jobs(1)[0])
    assert info["drawer"] == [] and info["cut"] == []


def test_printer_down_during_a_sale_prints_exactly_once_when_back(qapp, demo_store, clock):
    port = free_port()
    settings = Settings(printer_uri=f"network://127.0.0.1:{port}?timeout=1")
    statuses = []
    worker = PrintWorker(demo_store, lambda: settings, lambda state, err: statuses.append((state, err)))
    done = sell(demo_store, clock)
    assert worker.run_once() == 0                          # printer off: nothing printed …
    state, err = statuses[-1]
    assert state.waiting == 1 and "refused" in err
    with demo_store.read() as s:                           # … but the sale is stored
        assert s.scalar(select(SaleRow.uuid)) == done.uuid
        job = s.scalar(select(PrintJobRow))
        assert (job.status, job.attempts) == ("pending", 1) and "refused" in job.last_error
    assert worker.run_once() == 0                          # backing off: not due yet
    printer = FakePrinter(port)                            # printer switched on again
    try:
        print_queue.retry_now(demo_store)                  # "Retry printing"
        assert worker.run_once() == 1
        print_queue.retry_now(demo_store)
        assert worker.run_once() == 0
        time.sleep(0.3)
        assert len(printer.jobs) == 1
        assert statuses[-1] == (print_queue.QueueState(0, None), None)
    finally:
        printer.stop()


def test_jobs_survive_a_restart(qapp, db_path, demo_store, clock, printer):
    sell(demo_store, clock)                                # queued, never printed …
    demo_store.close()
    from yarlung_pos.db.store import Store
    again = Store.open(db_path)                            # … the till restarts
    try:
        assert PrintWorker(again, lambda: Settings(printer_uri=printer.uri)).run_once() == 1
        assert len(printer.wait_for_jobs(1)) == 1
    finally:
        again.close()


def test_reprint_one_press_prints_once_and_is_marked_copy(qapp, demo_store, clock, printer):
    settings = Settings(printer_uri=printer.uri)
    done = sell(demo_store, clock)
    worker = PrintWorker(demo_store, lambda: settings)
    worker.run_once()
    with demo_store.write() as s:
        first = print_queue.enqueue_receipt(s, done.uuid, copy=True)
    with demo_store.write() as s:                          # a second press while it waits
        assert print_queue.enqueue_receipt(s, done.uuid, copy=True) == first
    assert worker.run_once() == 1
    jobs = printer.wait_for_jobs(2)
    assert len(jobs) == 2
    image, info = decode_job(jobs[1])
    _, copy_preview = preview(demo_store, done.uuid, settings, copy=True)
    assert same_pixels(image, copy_preview) and info["drawer"] == []   # a copy never opens the drawer
    _, original = preview(demo_store, done.uuid, settings)
    assert not same_pixels(image, original)


def test_a_jammed_printer_times_out_with_a_clear_reason(qapp, demo_store, clock):
    jammed = FakePrinter(read=False)
    try:
        settings = Settings(printer_uri=f"network://127.0.0.1:{jammed.port}?timeout=0.5&rate=20000000")
        sell(demo_store, clock, codes=("IRON-003",) * 1)
        job = print_queue.next_due_job(demo_store)
        big = replace(settings, paper_width_dots=576)
        t0 = time.monotonic()
        with pytest.raises(PrinterError):
            # a long job into a socket nobody reads: sendall blocks, then times out
            from yarlung_pos.printing.printer import parse_printer_uri, send_bytes
            send_bytes(parse_printer_uri(big.printer_uri), b"\x00" * 50_000_000)
        assert time.monotonic() - t0 < 30
        assert job is not None
    finally:
        jammed.stop()


def test_worker_thread_prints_in_the_background(qapp, demo_store, clock, printer):
    settings = Settings(printer_uri=printer.uri)
    worker = PrintWorker(demo_store, lambda: settings)
    worker.start()
    try:
        sell(demo_store, clock)
        worker.wake()
        assert len(printer.wait_for_jobs(1)) == 1
    finally:
        worker.stop()
    assert not worker.is_alive()


def test_two_workers_never_print_a_receipt_twice(qapp, demo_store, clock, printer):
    settings = Settings(printer_uri=printer.uri)
    for _ in range(3):
        sell(demo_store, clock)
    import threading
    workers = [PrintWorker(demo_store, lambda: settings) for _ in range(2)]
    counts = []
    threads = [threading.Thread(target=lambda w=w: counts.append(w.run_once())) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sum(counts) == 3
    time.sleep(0.3)
    assert len(printer.jobs) == 3


def test_receipts_keep_their_order_and_late_ones_do_not_open_the_drawer(qapp, demo_store, clock):
    port = free_port()
    settings = Settings(printer_uri=f"network://127.0.0.1:{port}?timeout=1")
    worker = PrintWorker(demo_store, lambda: settings)
    first = sell(demo_store, clock)
    assert worker.run_once() == 0                          # printer down: first waits (back-off)
    second = sell(demo_store, clock)
    printer = FakePrinter(port)
    try:
        assert worker.run_once() == 0                      # the newer one does not jump the queue
        print_queue.retry_now(demo_store)
        assert worker.run_once() == 2
        jobs = printer.wait_for_jobs(2)
        numbers = [decode_job(job)[0] for job in jobs]
        assert decode_job(jobs[0])[1]["drawer"] == []      # the late one: no drawer
        _, shown_first = preview(demo_store, first.uuid, settings)
        assert same_pixels(numbers[0], shown_first)
        assert decode_job(jobs[1])[1]["drawer"] == [2]     # the fresh one still opens it
        _, shown_second = preview(demo_store, second.uuid, settings)
        assert same_pixels(numbers[1], shown_second)
    finally:
        printer.stop()


def test_readme_settings_example_loads(tmp_path):
    from yarlung_pos.config import load_settings
    ini = tmp_path / "settings.ini"
    ini.write_text("\ufeff[printer]\nuri = network://192.168.1.50:9100   ; or usb://0483:5743\n"
                   "paper_width_dots = 576              ; 384 = 58 mm\nprofile = TM-T20II\nauto_cut = yes\n"
                   "drawer_pin = 2  # pin\n[receipt]\nurl_base = https://yarlung.example/r\n"
                   "[labels]\nurl_base = https://yarlung.example\nlanguages = bo,zh\n"
                   "[label_offsets]\na4-3x8 = 0.5, -0.3\n", encoding="utf-8")
    s = load_settings(ini)
    assert (s.printer_uri, s.paper_width_dots, s.drawer_pin, s.label_offsets) == (
        "network://192.168.1.50:9100", 576, 2, {"a4-3x8": (0.5, -0.3)})
    from yarlung_pos.config import SettingsError
    with pytest.raises(SettingsError, match="is a folder"):
        load_settings(tmp_path)


def test_no_cut_still_feeds_and_file_printer_never_writes_the_database(qapp, db_path, demo_store):
    from PIL import Image

    from yarlung_pos.printing.escpos_codec import encode_receipt
    from yarlung_pos.printing.printer import parse_printer_uri, send_bytes
    _, info = decode_job(encode_receipt(Image.new("1", (384, 10), 1), cut=False))
    assert info["feed"] == [6] and info["cut"] == []
    before = db_path.stat().st_size
    with pytest.raises(PrinterError, match="database"):
        send_bytes(parse_printer_uri(f"file://{db_path}"), b"x" * 100, (db_path,))
    assert db_path.stat().st_size == before
