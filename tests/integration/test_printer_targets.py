"""Printer URIs and every way of reaching a printer: TCP (see test_printing), a serial port
(a real pseudo-terminal), a device file, and USB (mocked: no USB printer exists here)."""

import os
import sys
import threading

import pytest

from yarlung_pos.printing.printer import (PrinterError, PrinterURIError, parse_printer_uri,
                                          send_bytes)


@pytest.mark.parametrize("uri,kind,desc", [
    ("network://192.168.1.50:9100", "network", "192.168.1.50:9100"),
    ("network://printer.local?timeout=7", "network", "printer.local:9100"),
    ("usb://0483:5743", "usb", "USB 0483:5743"),
    ("serial:///dev/ttyS0?baud=9600", "serial", "/dev/ttyS0"),
    ("serial://COM3?baud=19200", "serial", "COM3"),
    ("file:///dev/usb/lp0", "file", "/dev/usb/lp0"),
    ("preview", "preview", "preview"),
    ("", "preview", "preview"),
])
def test_parse(uri, kind, desc):
    target = parse_printer_uri(uri)
    assert (target.kind, target.describe()) == (kind, desc)


def test_parse_options():
    assert parse_printer_uri("network://h:9100?timeout=7").timeout_s == 7
    assert parse_printer_uri("serial:///dev/ttyUSB0?baud=115200").baud == 115200


@pytest.mark.parametrize("uri", ["lpt1", "network://", "network://h:99999", "usb://zz:1", "usb://0483",
                                 "serial:///dev/ttyS0?baud=1234", "network://h?timeout=0", "file://",
                                 "network://h?timeout=abc", "file://tmp/x", "network://h:0"])
def test_parse_refuses(uri):
    with pytest.raises(PrinterURIError):
        parse_printer_uri(uri)


def test_file_printer(tmp_path):
    dev = tmp_path / "lp0"
    send_bytes(parse_printer_uri(f"file://{dev}"), b"\x1b@hello")
    send_bytes(parse_printer_uri(f"file://{dev}"), b"again")
    assert dev.read_bytes() == b"\x1b@helloagain"
    with pytest.raises(PrinterError, match="No such file"):
        send_bytes(parse_printer_uri(f"file://{tmp_path}/missing/lp0"), b"x")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_serial_printer_over_a_pseudo_terminal():
    import tty
    master, slave = os.openpty()
    tty.setraw(master)
    got = bytearray()
    payload = bytes(range(256)) * 40

    def read():
        while len(got) < len(payload):
            got.extend(os.read(master, 4096))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        send_bytes(parse_printer_uri(f"serial://{os.ttyname(slave)}?baud=115200"), payload)
        reader.join(10)
        assert bytes(got) == payload
    finally:
        os.close(master)
        os.close(slave)
    with pytest.raises(PrinterError):
        send_bytes(parse_printer_uri("serial:///dev/nonexistent-tty?baud=9600"), b"x")


def test_usb_printer_is_opened_written_and_closed(monkeypatch):
    calls = []

    class FakeUsb:  # stands in for escpos.printer.Usb: no USB printer can exist here
        def __init__(self, vid, pid, timeout=0, **kw):
            calls.append(("init", vid, pid, timeout))

        def open(self):
            calls.append(("open",))

        def _raw(self, data):
            calls.append(("raw", data))

        def close(self):
            calls.append(("close",))

    import escpos.printer
    monkeypatch.setattr(escpos.printer, "Usb", FakeUsb)
    send_bytes(parse_printer_uri("usb://0483:5743?timeout=2"), b"job")
    assert calls == [("init", 0x0483, 0x5743, 2000), ("open",), ("raw", b"job"), ("close",)]

    class DeadUsb(FakeUsb):
        def open(self):
            raise RuntimeError("Device not found (Unable to open USB printer on (1155, 22339))")

    monkeypatch.setattr(escpos.printer, "Usb", DeadUsb)
    with pytest.raises(PrinterError, match="USB 0483:5743 could not be used: Device not found"):
        send_bytes(parse_printer_uri("usb://0483:5743"), b"job")
