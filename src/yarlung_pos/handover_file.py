"""The hand-over file carried on a USB stick between a till and the county server (issue #14;
``server/PROTOCOL.md``, "Hand-over on a USB stick").  Shared by both sides, standard library
only.

A file is one header line and a gzip body::

    {"count":2,"created_at":"…","format":"yarlung-pos-handover","kind":"events","mac":"<64 hex>",…}\\n
    <gzip of JSON Lines: one event (or one answer) a line>

The header is compact JSON with sorted keys (written exactly so: a header that is not in that
form is refused).  ``mac`` is HMAC-SHA256 under the terminal's key — the SHA-256 digest of its
bearer token, which the till holds and the server stores (``terminals.token_hash``) — over the
header without ``mac`` (in the same form), a newline, and the gzip bytes exactly as stored.  So
any byte changed anywhere in the file, including the gzip header and padding, is refused, and
the MAC is checked before anything is decompressed.
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import io
import json
from pathlib import Path

from yarlung_pos.fileio import atomic_write

FORMAT = "yarlung-pos-handover"
VERSION = 1
KINDS = ("events", "acks")
#: the largest body accepted, decompressed (a month of a busy hall is ~50 MiB of JSON)
MAX_BODY_BYTES = 1024 * 1024 * 1024
_MAX_HEADER = 64 * 1024


class HandoverFileError(ValueError):
    """A hand-over file that cannot be used; ``str()`` is a one-line reason (nothing was applied)."""


def key_of_token(token: str) -> bytes:
    """The MAC key of a terminal from its bearer token: SHA-256 of the token (32 bytes)."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


def key_of_token_hash(token_hash: str) -> bytes:
    """The same key from the SHA-256 hex digest the server stores (``terminals.token_hash``)."""
    return bytes.fromhex(token_hash)


def _canonical(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode("ascii")


def _mac(key: bytes, header: dict, body: bytes) -> str:
    return hmac.new(key, _canonical(header) + b"\n" + body, hashlib.sha256).hexdigest()


def write(path: Path, kind: str, header: dict, rows: list[dict], key: bytes) -> int:
    """Write ``rows`` (JSON objects) as a signed hand-over file of ``kind`` at ``path``,
    atomically (a temporary file replaced at the end: never half a file).  ``header``: the
    fields besides ``format``, ``version``, ``kind``, ``count`` and ``mac`` (``terminal`` at
    least).  Returns the file's size in bytes.  Raises ``OSError`` (cannot write)."""
    lines = b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for r in rows)
    body = gzip.compress(lines, 6, mtime=0)
    head = {**header, "format": FORMAT, "version": VERSION, "kind": kind, "count": len(rows)}
    signed = {**head, "mac": _mac(key, head, body)}
    with atomic_write(Path(path), binary=True) as fh:
        fh.write(_canonical(signed) + b"\n")
        fh.write(body)
    return len(_canonical(signed)) + 1 + len(body)


def read_header(path: Path, kind: str) -> tuple[dict, bytes]:
    """The header of the hand-over file at ``path`` (with ``mac``) and its gzip body, not yet
    verified.  Raises :class:`HandoverFileError` (not such a file, another kind, a header
    altered into another form) or ``OSError`` (cannot read)."""
    data = Path(path).read_bytes()
    line, sep, body = data.partition(b"\n")
    if not sep or len(line) > _MAX_HEADER:
        raise HandoverFileError(f"{path} is not a Yarlung hand-over file, or it was altered; nothing was applied")
    try:
        header = json.loads(line)
    except ValueError:
        raise HandoverFileError(f"{path} is not a Yarlung hand-over file, or it was altered; "
                                "nothing was applied") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise HandoverFileError(f"{path} is not a Yarlung hand-over file, or it was altered; nothing was applied")
    if header.get("version") != VERSION:
        raise HandoverFileError(f"{path} is a hand-over file of version {header.get('version')!r}; "
                                f"this program reads version {VERSION}; nothing was applied")
    if header.get("kind") != kind:
        other = {"events": "a till's events (read it with 'yarlung-pos-server import')",
                 "acks": "the county's answer (read it with 'yarlung-pos sync import-acks')"}
        raise HandoverFileError(f"{path} holds {other.get(header.get('kind'), repr(header.get('kind')))}, "
                                f"not {'events' if kind == 'events' else 'an answer'}; nothing was applied")
    if _canonical(header) != line or not isinstance(header.get("mac"), str) or not isinstance(
            header.get("terminal"), str) or not isinstance(header.get("count"), int):
        raise HandoverFileError(f"{path}: the file was altered (its header is damaged); nothing was applied")
    return header, body


def verify(path: Path, header: dict, body: bytes, key: bytes, terminal: str) -> list[dict]:
    """Check the MAC under ``key`` (terminal ``terminal``'s), then decompress and parse the
    rows.  Returns the rows.  Raises :class:`HandoverFileError` when the file was altered or
    is not signed by that terminal's key (one message for both: they cannot be told apart)."""
    unsigned = {k: v for k, v in header.items() if k != "mac"}
    if not hmac.compare_digest(_mac(key, unsigned, body), header["mac"]):
        raise HandoverFileError(f"{path}: the file was altered, or it is not from terminal {terminal} (its "
                                f"signature does not match {terminal}'s key); nothing was applied")
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as gz:
            text = gz.read(MAX_BODY_BYTES + 1)
    except (OSError, EOFError, ValueError) as exc:
        raise HandoverFileError(f"{path}: the body cannot be decompressed ({exc}); nothing was applied") from None
    if len(text) > MAX_BODY_BYTES:
        raise HandoverFileError(f"{path}: the body is above {MAX_BODY_BYTES} bytes; nothing was applied")
    try:
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    except ValueError as exc:
        raise HandoverFileError(f"{path}: a line is not JSON ({exc}); nothing was applied") from None
    if len(rows) != header["count"] or not all(isinstance(r, dict) for r in rows):
        raise HandoverFileError(f"{path}: {len(rows)} rows, the header says {header['count']}; nothing was applied")
    return rows
