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

import re
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP, DomainError

DEFAULT_TCP_PORT = 9100
DEFAULT_TIMEOUT_S = 3.0


class PrinterError(DomainError):
    """The printer could not be reached or did not take the job.

    DomainError-style: ``template`` (one of the ``T_*`` texts below, marked for translation in
    context ``"DomainError"``) with ``params``; ``detail`` is the system's own English reason
    (or ``None``).  ``str()`` is the English one line (command line, logs, the print queue's
    ``last_error``): the filled template, then ``": detail"`` when there is one — e.g.
    "Printer 192.168.1.50:9100 did not answer within 3 s — is it switched on?".  The UI shows
    the translated template (:func:`yarlung_pos.ui.messages.describe`) and the detail only in a
    tooltip; :func:`printer_error_of` turns a stored ``str()`` back into the error."""

    def __init__(self, template: str, detail: str | None = None, **params):
        super().__init__(template, **params)
        self.detail = detail or None
        if self.detail:
            self.args = (f"{self.args[0]}: {self.detail}",)


#: the printer failures a cashier sees (``{printer}``: :meth:`PrinterTarget.describe`)
T_IS_DATABASE = QT_TRANSLATE_NOOP("DomainError", "The printer address {printer} is the till's own database — "
                                                 "check the printer address.")
T_DROPPED = QT_TRANSLATE_NOOP("DomainError", "Printer {printer} dropped the connection — the receipt may not "
                                             "have printed.")
T_NO_ANSWER = QT_TRANSLATE_NOOP("DomainError", "Printer {printer} did not answer within {seconds} s — is it "
                                               "switched on?")
T_REFUSED = QT_TRANSLATE_NOOP("DomainError", "Printer {printer} refused the connection — is it switched on and "
                                             "is the port right?")
T_NO_USB_DRIVER = QT_TRANSLATE_NOOP("DomainError", "Printer {printer}: no USB driver found — install libusb, or "
                                                   "on Windows use the printer's driver.")
T_NEEDS_PACKAGE = QT_TRANSLATE_NOOP("DomainError", "This kind of printer needs the {package} package.")
T_FAILED = QT_TRANSLATE_NOOP("DomainError", "Printer {printer} could not be used")  # + ": detail"
T_NOT_READY = QT_TRANSLATE_NOOP("DomainError", "The receipt could not be prepared for printing")  # + ": detail"
#: templates whose English form may be followed by ``": detail"``, and those that may not
_WITH_DETAIL = (T_FAILED, T_NOT_READY)
_WHOLE = (T_IS_DATABASE, T_DROPPED, T_NO_ANSWER, T_REFUSED, T_NO_USB_DRIVER, T_NEEDS_PACKAGE)


def _pattern(template: str) -> "re.Pattern[str]":
    """A regex matching ``template`` filled in, with a named group per placeholder."""
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(body)


def printer_error_of(text: str | None) -> PrinterError:
    """The :class:`PrinterError` whose ``str()`` is ``text`` (a reason the print queue stored in
    ``last_error`` or passed on as a string), so the UI can show it translated: a text of one
    of the known forms gets its template and params back (and its ``detail``); any other text
    becomes ``T_NOT_READY`` with the text as ``detail`` (a leading ``"cannot print: "``, the
    queue's old wording, dropped).  Never raises."""
    text = (text or "").strip()
    for template in _WHOLE:
        m = _pattern(template).fullmatch(text)
        if m:
            return PrinterError(template, **m.groupdict())
    for template in _WITH_DETAIL:
        m = re.fullmatch(_pattern(template).pattern + r": (?P<_detail>.*)", text, re.S)
        if m:
            params = m.groupdict()
            detail = params.pop("_detail")
            return PrinterError(template, detail, **params)
    prefix = "cannot print: "  # the print queue's wording for a job that failed before sending
    return PrinterError(T_NOT_READY, text[len(prefix):] if text.startswith(prefix) else text or None)


class PrinterURIError(DomainError, ValueError):
    """A printer URI that cannot be understood; ``str()`` says what is wrong (English), the
    ``template`` (context ``"DomainError"``) with ``params`` is shown translated."""


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
        raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "The timeout must be seconds, not {value}: {uri}"),
                              value=repr(raw)[:40], uri=uri) from None
    if not 0 < value <= 120:
        raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "The timeout must be between 0 and 120 s: {uri}"), uri=uri)
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
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "There is no host in {uri} (e.g. network://192.168.1.50:9100)."),
                                  uri=repr(text))
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "The port in {uri} is not a number from 1 to 65535."), uri=repr(text)) from None
        if parts.port == 0:
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "Port 0 is not a printer port: {uri}"), uri=repr(text))
        raw_rate = query.get("rate", ["50000"])[-1]
        if not raw_rate.isdigit() or int(raw_rate) < 1000:
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "The rate must be bytes per second (at least 1000), not {value}."),
                                  value=repr(raw_rate)[:40])
        return PrinterTarget("network", text, host=parts.hostname, port=port, timeout_s=_timeout(query, text),
                             min_rate=int(raw_rate))
    if scheme == "usb":
        ids = (parts.netloc or parts.path.strip("/")).split(":")
        try:
            vid, pid = (int(x, 16) for x in ids)
        except ValueError:
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "A USB printer is usb://VID:PID in hexadecimal (e.g. usb://0483:5743), "
                                                        "not {uri}."), uri=repr(text)) from None
        if not (0 < vid <= 0xFFFF and 0 < pid <= 0xFFFF):
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "The USB ids are out of range in {uri}."), uri=repr(text))
        return PrinterTarget("usb", text, vendor_id=vid, product_id=pid, timeout_s=_timeout(query, text))
    if scheme == "serial":
        device = unquote(parts.path) if parts.path else parts.netloc
        if parts.netloc and parts.path:
            device = parts.netloc + unquote(parts.path)
        if not device:
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "There is no serial device in {uri} (e.g. serial:///dev/ttyS0?baud=9600)."),
                                  uri=repr(text))
        raw = query.get("baud", ["9600"])[-1]
        if not raw.isdigit() or int(raw) not in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200):
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "The baud must be a standard rate (9600, 19200, 38400, 115200 …), "
                                                        "not {value}."), value=repr(raw)[:40])
        return PrinterTarget("serial", text, device=device, baud=int(raw), timeout_s=_timeout(query, text))
    if scheme == "file":
        if parts.netloc:
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "A file printer is file:///full/path (three slashes), not {uri}."),
                                  uri=repr(text))
        device = unquote(parts.path)
        if not device:
            raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "There is no file in {uri} (e.g. file:///dev/usb/lp0)."), uri=repr(text))
        return PrinterTarget("file", text, device=device)
    raise PrinterURIError(QT_TRANSLATE_NOOP("DomainError", "unknown printer {uri}: use network://HOST:PORT, "
                                            "usb://VID:PID, serial:///dev/ttyS0?baud=9600, file:///dev/usb/lp0 "
                                            "or preview"), uri=repr(text[:80]))


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
            raise PrinterError(T_IS_DATABASE, printer=target.device)
    if target.kind == "network":
        _send_tcp(target, data)
    elif target.kind == "file":
        try:
            with Path(target.device).open("ab", buffering=0) as fh:
                fh.write(data)
        except OSError as exc:
            raise PrinterError(T_FAILED, str(exc.strerror or exc), printer=target.device) from None
    elif target.kind == "serial":
        _send_serial(target, data)
    elif target.kind == "usb":
        _send_usb(target, data)
    else:  # pragma: no cover - parse_printer_uri admits no other kind
        raise PrinterError(T_FAILED, "unknown kind of printer", printer=target.uri)


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
        raise PrinterError(T_DROPPED, printer=where) from None
    except TimeoutError:
        raise PrinterError(T_NO_ANSWER, printer=where, seconds=f"{target.timeout_s:g}") from None
    except ConnectionRefusedError:
        raise PrinterError(T_REFUSED, printer=where) from None
    except OSError as exc:
        raise PrinterError(T_FAILED, str(exc.strerror or exc), printer=where) from None


def _send_serial(target: PrinterTarget, data: bytes) -> None:
    try:
        import serial  # pyserial
    except ImportError:  # pragma: no cover - a dependency of ours
        raise PrinterError(T_NEEDS_PACKAGE, package="pyserial") from None
    try:
        # 10 bits a byte on the wire: the whole job must get time to flow at the baud rate
        wire_s = len(data) * 10 / target.baud
        with serial.Serial(target.device, target.baud, timeout=target.timeout_s,
                           write_timeout=target.timeout_s + wire_s * 1.5) as port:
            port.write(data)
            port.flush()
    except (serial.SerialException, OSError) as exc:
        raise PrinterError(T_FAILED, str(exc), printer=target.device) from None


def _send_usb(target: PrinterTarget, data: bytes) -> None:
    try:
        from escpos.printer import Usb
    except ImportError:
        raise PrinterError(T_NEEDS_PACKAGE, package="pyusb") from None
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
            raise PrinterError(T_NO_USB_DRIVER, printer=target.describe()) from None
        raise PrinterError(T_FAILED, reason, printer=target.describe()) from None
