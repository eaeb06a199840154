"""Receipt printers: where they are (a URI), and sending ESC/POS bytes to them.

URIs (the settings dialog, the config file and every ``--printer`` option use them):

* ``network://HOST:PORT`` — raw TCP, usually port 9100; ``?timeout=SECONDS`` (default 3) to
  connect and to get going, plus one second per ``?rate=BYTES`` (default 50000) of the job
* ``usb://VID:PID`` — hexadecimal vendor and product id, e.g. ``usb://0483:5743``
* ``serial:///dev/ttyS0?baud=9600`` — serial port (also ``serial://COM3?baud=19200``)
* ``file:///dev/usb/lp0`` — a device file (Linux ``usblp``) or any file
* ``preview`` — no printer: receipts are only shown on screen

Every send opens the device, writes the whole job and closes it again, so a printer that was
switched off and on again needs nothing but a retry.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

DEFAULT_TCP_PORT = 9100
DEFAULT_TIMEOUT_S = 3.0


class PrinterError(Exception):
    """The printer could not be reached or did not take the job; ``str()`` is one line for
    the cashier (e.g. "printer 192.168.1.50:9100 did not answer within 3 s")."""


class PrinterURIError(ValueError):
    """A printer URI that cannot be understood; ``str()`` says what is wrong."""


@dataclass(frozen=True)
class PrinterTarget:
    """A parsed printer URI.  ``kind`` is ``network``, ``usb``, ``serial``, ``file`` or
    ``preview``; the other fields apply to their kind."""

    kind: str
    uri: str
    host: str = ""
    port: int = DEFAULT_TCP_PORT
    timeout_s: float = DEFAULT_TIMEOUT_S
    vendor_id: int = 0
    product_id: int = 0
    device: str = ""
    baud: int = 9600
    #: slowest throughput to allow for (bytes/s): a long raster job gets this much more time
    min_rate: int = 50_000
    options: dict = field(default_factory=dict, compare=False)

    @property
    def is_preview(self) -> bool:
        """True when there is no printer (receipts are only previewed)."""
        return self.kind == "preview"

    def describe(self) -> str:
        """Short human description: ``192.168.1.50:9100``, ``USB 0483:5743``, ``/dev/ttyS0``."""
        if self.kind == "network":
            return f"{self.host}:{self.port}"
        if self.kind == "usb":
            return f"USB {self.vendor_id:04x}:{self.product_id:04x}"
        if self.kind in ("serial", "file"):
            return self.device
        return "preview"


def _timeout(query: dict, uri: str) -> float:
    raw = query.get("timeout", [str(DEFAULT_TIMEOUT_S)])[-1]
    try:
        value = float(raw)
    except ValueError:
        raise PrinterURIError(f"timeout must be seconds, not {raw!r}: {uri}") from None
    if not 0 < value <= 120:
        raise PrinterURIError(f"timeout must be between 0 and 120 s: {uri}")
    return value


def parse_printer_uri(uri: str) -> PrinterTarget:
    """Parse a printer URI (see the module docstring); raises :class:`PrinterURIError`."""
    text = (uri or "").strip()
    if text in ("", "preview", "preview:", "none"):
        return PrinterTarget("preview", "preview")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    query = parse_qs(parts.query)
    if scheme in ("network", "tcp", "socket"):
        if not parts.hostname:
            raise PrinterURIError(f"no host in {text!r} (e.g. network://192.168.1.50:9100)")
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise PrinterURIError(f"bad port in {text!r}") from None
        if parts.port == 0:
            raise PrinterURIError(f"port 0 is not a printer port in {text!r}")
        raw_rate = query.get("rate", ["50000"])[-1]
        if not raw_rate.isdigit() or int(raw_rate) < 1000:
            raise PrinterURIError(f"rate must be bytes per second (≥ 1000), not {raw_rate!r}")
        return PrinterTarget("network", text, host=parts.hostname, port=port, timeout_s=_timeout(query, text),
                             min_rate=int(raw_rate))
    if scheme == "usb":
        ids = (parts.netloc or parts.path.strip("/")).split(":")
        try:
            vid, pid = (int(x, 16) for x in ids)
        except ValueError:
            raise PrinterURIError(f"USB printers are usb://VID:PID in hexadecimal (e.g. usb://0483:5743), not {text!r}") from None
        if not (0 < vid <= 0xFFFF and 0 < pid <= 0xFFFF):
            raise PrinterURIError(f"USB ids out of range in {text!r}")
        return PrinterTarget("usb", text, vendor_id=vid, product_id=pid, timeout_s=_timeout(query, text))
    if scheme == "serial":
        device = unquote(parts.path) if parts.path else parts.netloc
        if parts.netloc and parts.path:
            device = parts.netloc + unquote(parts.path)
        if not device:
            raise PrinterURIError(f"no serial device in {text!r} (e.g. serial:///dev/ttyS0?baud=9600)")
        raw = query.get("baud", ["9600"])[-1]
        if not raw.isdigit() or int(raw) not in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200):
            raise PrinterURIError(f"baud must be a standard rate (9600, 19200, 38400, 115200 …), not {raw!r}")
        return PrinterTarget("serial", text, device=device, baud=int(raw), timeout_s=_timeout(query, text))
    if scheme == "file":
        if parts.netloc:
            raise PrinterURIError(f"a file printer is file:///full/path (three slashes), not {text!r}")
        device = unquote(parts.path)
        if not device:
            raise PrinterURIError(f"no file in {text!r} (e.g. file:///dev/usb/lp0)")
        return PrinterTarget("file", text, device=device)
    raise PrinterURIError(f"unknown printer {text!r}: use network://HOST:PORT, usb://VID:PID, "
                          "serial:///dev/ttyS0?baud=9600, file:///dev/usb/lp0 or preview")


def send_bytes(target: PrinterTarget, data: bytes, protect: tuple[Path, ...] = ()) -> None:
    """Send a complete job to the printer; raises :class:`PrinterError` with a one-line
    reason if it cannot be delivered.  ``preview`` accepts and discards everything.  A
    ``file://`` printer may not be one of ``protect`` (the till's database)."""
    if target.is_preview:
        return
    if target.kind == "file":
        real = Path(target.device).resolve()
        guarded = {Path(str(p) + suffix).resolve() for p in protect if p for suffix in ("", "-wal", "-shm")}
        if real in guarded:
            raise PrinterError(f"printer {target.device} is the till's database — check the printer address")
    if target.kind == "network":
        _send_tcp(target, data)
    elif target.kind == "file":
        try:
            with Path(target.device).open("ab", buffering=0) as fh:
                fh.write(data)
        except OSError as exc:
            raise PrinterError(f"printer {target.device}: {exc.strerror or exc}") from None
    elif target.kind == "serial":
        _send_serial(target, data)
    elif target.kind == "usb":
        _send_usb(target, data)
    else:  # pragma: no cover - parse_printer_uri admits no other kind
        raise PrinterError(f"cannot print to {target.uri}")


def _send_tcp(target: PrinterTarget, data: bytes) -> None:
    where = target.describe()
    try:
        with socket.create_connection((target.host, target.port), timeout=target.timeout_s) as sock:
            # a printer takes data only as fast as it prints (≈ 100 kB/s): allow for that
            sock.settimeout(target.timeout_s + len(data) / target.min_rate)
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
            # a printer that reset the connection did not take the job; most printers simply
            # keep the socket open (timeout) or close it (EOF) — both are fine
            sock.settimeout(0.3)
            try:
                sock.recv(64)
            except TimeoutError:
                pass
    except ConnectionResetError:
        raise PrinterError(f"printer {where} dropped the connection — the receipt may not have printed") from None
    except TimeoutError:
        raise PrinterError(f"printer {where} did not answer within {target.timeout_s:g} s — is it on?") from None
    except ConnectionRefusedError:
        raise PrinterError(f"printer {where} refused the connection — is it on and is the port right?") from None
    except OSError as exc:
        raise PrinterError(f"printer {where}: {exc.strerror or exc}") from None


def _send_serial(target: PrinterTarget, data: bytes) -> None:
    try:
        import serial  # pyserial
    except ImportError:  # pragma: no cover - a dependency of ours
        raise PrinterError("serial printers need the pyserial package") from None
    try:
        # 10 bits a byte on the wire: the whole job must get time to flow at the baud rate
        wire_s = len(data) * 10 / target.baud
        with serial.Serial(target.device, target.baud, timeout=target.timeout_s,
                           write_timeout=target.timeout_s + wire_s * 1.5) as port:
            port.write(data)
            port.flush()
    except (serial.SerialException, OSError) as exc:
        raise PrinterError(f"printer {target.device}: {exc}") from None


def _send_usb(target: PrinterTarget, data: bytes) -> None:
    try:
        from escpos.printer import Usb
    except ImportError:
        raise PrinterError("USB printers need the pyusb package") from None
    try:
        printer = Usb(target.vendor_id, target.product_id, timeout=int(target.timeout_s * 1000))
        printer.open()
        try:
            printer._raw(data)
        finally:
            printer.close()
    except Exception as exc:  # escpos raises its own and usb.core errors
        reason = str(exc)
        if "No backend available" in reason:
            reason = "no USB driver found (install libusb, or on Windows use the printer's driver)"
        raise PrinterError(f"printer {target.describe()}: {reason}") from None
