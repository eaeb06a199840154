"""A fake ESC/POS network printer: a real TCP server on 127.0.0.1 that keeps every job."""

from __future__ import annotations

import socket
import threading
import time


def free_port() -> int:
    """A TCP port on 127.0.0.1 with nothing listening (yet)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakePrinter:
    """Accepts connections on ``port`` (0 = any free port); each connection's bytes, read
    until the client closes, are one job in :attr:`jobs`.  ``read=False`` makes a jammed
    printer that accepts but never reads."""

    def __init__(self, port: int = 0, read: bool = True):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.read = read
        self.jobs: list[bytes] = []
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"network://127.0.0.1:{self.port}?timeout=2"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            if not self.read:
                self._held.append(conn)
                continue
            with conn:
                conn.settimeout(5)
                chunks = []
                while True:
                    try:
                        data = conn.recv(65536)
                    except OSError:
                        break
                    if not data:
                        break
                    chunks.append(data)
                self.jobs.append(b"".join(chunks))

    def wait_for_jobs(self, n: int, timeout: float = 10.0) -> list[bytes]:
        deadline = time.monotonic() + timeout
        while len(self.jobs) < n and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.jobs

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)
        for c in self._held:
            c.close()
        self.sock.close()
