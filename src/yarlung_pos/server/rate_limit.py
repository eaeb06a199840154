"""A sliding-window rate limit per key (a client address), kept in memory.

The counts live in the server process: each uvicorn worker (and each server) counts on its
own, and a restart forgets them — a limit against a phone or a script hammering the public
order form, not an accounting.  Time comes from the injected clock (tests move it).
"""

from __future__ import annotations

import math
import threading
from collections import deque

from yarlung_pos.server.common import Clock


class RateLimiter:
    """At most ``limit`` hits per ``window_s`` seconds per key.  At most ``max_keys`` keys are
    remembered (the least recently hit are forgotten first)."""

    def __init__(self, limit: int, window_s: float, clock: Clock, max_keys: int = 20_000):
        if limit < 1 or window_s <= 0:
            raise ValueError("a rate limit needs limit >= 1 and window_s > 0")
        self.limit, self.window_s, self.clock, self.max_keys = limit, window_s, clock, max_keys
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, at: float) -> deque[float]:
        hits = self._hits.pop(key, None) or deque()
        while hits and hits[0] <= at - self.window_s:
            hits.popleft()
        self._hits[key] = hits  # re-inserted: dict order is least recently used first
        while len(self._hits) > self.max_keys:
            self._hits.pop(next(iter(self._hits)))
        return hits

    def retry_after(self, key: str) -> int:
        """Whole seconds until ``key`` may hit again (0: now), without counting a hit."""
        at = self.clock().timestamp()
        with self._lock:
            hits = self._recent(key, at)
            if len(hits) < self.limit:
                return 0
            return max(1, math.ceil(hits[0] + self.window_s - at))

    def hit(self, key: str) -> int:
        """Count a hit of ``key`` if allowed and return 0; else the whole seconds until it is
        allowed again (the hit is not counted)."""
        at = self.clock().timestamp()
        with self._lock:
            hits = self._recent(key, at)
            if len(hits) >= self.limit:
                return max(1, math.ceil(hits[0] + self.window_s - at))
            hits.append(at)
            return 0
