"""The shop pages' web fonts (issue #18): WOFF2 subsets of the shipped fonts, made with
fontTools' subsetter (WOFF2 needs ``brotli``) and kept in memory.

* **Tibetan** (:func:`tibetan_woff2`): Noto Serif Tibetan cut to the Tibetan block, the dotted
  circle, basic Latin, digits and punctuation, with every OpenType layout feature kept (the
  browser shapes the stacks with them).  Made once per process.
* **Chinese** (:func:`chinese_woff2`): Droid Sans Fallback (4 MB) cut to the characters the
  shop's pages can show: every catalogue name, town and about text, the Chinese translations
  of the pages, the place names of the order form, digits and punctuation.  Keyed by the
  newest catalogue change number (an about text saved makes a change too) and the time of the
  translation file, so it is made again after the catalogue changes; the page's ``ETag`` is
  the key.  Text typed by a customer outside that set falls back to the phone's own font.

Both are served by ``page_shop`` at :data:`TIBETAN_PATH` and :data:`CHINESE_PATH`; the
``@font-face`` rules are in ``static/shop.css`` with ``unicode-range``, so a page fetches a
font only when it shows that script.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from pathlib import Path

from yarlung_pos.domain.delivery import PROVINCE, SHANNAN_COUNTIES, TIBET_PREFECTURES
from yarlung_pos.server import shop, web
from yarlung_pos.server.database import Database

TIBETAN_PATH = "/fonts/shop-tibetan.woff2"
CHINESE_PATH = "/fonts/shop-chinese.woff2"
TIBETAN_FONT = "NotoSerifTibetan-Regular.ttf"
CHINESE_FONT = "DroidSansFallbackFull.ttf"
#: always in a subset: basic Latin (digits, punctuation), Latin-1 punctuation, general
#: punctuation, the yuan sign, the dotted circle
_COMMON = [*range(0x20, 0x7F), 0xA0, 0xA5, 0xB7, 0xD7, *range(0x2010, 0x2027), 0x2212, 0x25CC, 0xFFE5]
_TIBETAN = [*range(0x0F00, 0x1000)]
_CJK_PUNCTUATION = [*range(0x3000, 0x3040), *range(0xFF01, 0xFF5F)]
_VERSION = 1  # of the subset's recipe: change it when the code points or options change
_lock = threading.Lock()
_cache: dict[str, tuple[str, bytes]] = {}


def _subset(file: str, codepoints: set[int]) -> bytes:
    """``file`` of the shipped fonts cut to ``codepoints`` (layout features all kept) as WOFF2."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    font = TTFont(str(web.assets_fonts() / file), lazy=True)
    try:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(codepoints))
        subsetter.subset(font)
        out = io.BytesIO()
        font.flavor = "woff2"
        font.save(out)
        return out.getvalue()
    finally:
        font.close()


def cache_dir() -> Path:
    """Where the Tibetan subset is kept between runs: ``$YARLUNG_SHOP_FONT_CACHE``, else the
    user's cache folder (``platformdirs``) ``…/yarlung-pos-server/fonts``."""
    override = os.environ.get("YARLUNG_SHOP_FONT_CACHE")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("yarlung-pos-server")) / "fonts"


def tibetan_woff2() -> tuple[bytes, str]:
    """The Tibetan subset (WOFF2 bytes) and its ETag: made once (some seconds), kept in memory
    and on disk (:func:`cache_dir`, named by the source font's size and time and fontTools'
    version; an unwritable folder is only not used)."""
    with _lock:
        if "bo" not in _cache:
            from fontTools import version
            source = (web.assets_fonts() / TIBETAN_FONT).stat()
            name = f"tibetan-{source.st_size}-{int(source.st_mtime)}-{version}-{_VERSION}.woff2"
            path = cache_dir() / name
            try:
                data = path.read_bytes()
            except OSError:
                data = _subset(TIBETAN_FONT, set(_TIBETAN) | set(_COMMON))
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    temporary = path.with_suffix(f".{os.getpid()}.tmp")
                    temporary.write_bytes(data)
                    temporary.replace(path)
                except OSError:
                    pass
            _cache["bo"] = (hashlib.sha256(data).hexdigest()[:32], data)
        etag, data = _cache["bo"]
    return data, etag


def chinese_characters(db: Database) -> tuple[str, set[int]]:
    """The key (newest catalogue change, translation file time) and the code points of the
    Chinese subset (see the module)."""
    newest, texts = shop.catalogue_texts(db)
    po = web.LOCALE_DIR / "zh_CN" / "console.po"
    stamp = int(po.stat().st_mtime) if po.is_file() else 0
    catalogue = getattr(web.translations("zh_CN"), "_catalog", {})
    texts += [v for v in catalogue.values() if isinstance(v, str)]
    texts += [p.zh for p in (PROVINCE, *TIBET_PREFECTURES, *SHANNAN_COUNTIES)]
    texts += list(web.LANGUAGES.values())
    points = {ord(c) for t in texts for c in t if ord(c) >= 0x2E80 and not 0xAC00 <= ord(c) <= 0xD7FF}
    return f"{newest}-{stamp}", points | set(_CJK_PUNCTUATION) | set(_COMMON)


def chinese_woff2(db: Database) -> tuple[bytes, str]:
    """The Chinese subset for the catalogue as it is now (WOFF2 bytes) and its ETag; made again
    only when the key of :func:`chinese_characters` changed."""
    key, points = chinese_characters(db)
    with _lock:
        cached = _cache.get("zh")
        if cached is None or cached[0] != key:
            data = _subset(CHINESE_FONT, points)
            _cache["zh"] = (key, data)
        key, data = _cache["zh"]
    return data, hashlib.sha256(key.encode()).hexdigest()[:32]


#: most characters of one extra subset (a customer's name, address and note)
MAX_EXTRA = 200
_extra: dict[tuple[int, ...], bytes] = {}


def extra_characters(db: Database, texts: list[str]) -> tuple[int, ...]:
    """The Han characters of ``texts`` (what a customer typed: name, address, note) that the
    catalogue's Chinese subset lacks, sorted, at most :data:`MAX_EXTRA`."""
    _key, have = chinese_characters(db)
    wanted = {ord(c) for t in texts if t for c in t if 0x3400 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF}
    return tuple(sorted(wanted - have))[:MAX_EXTRA]


def extra_woff2(points: tuple[int, ...]) -> bytes:
    """A WOFF2 of Droid Sans Fallback cut to ``points`` (Han characters), kept in memory (the
    last 256 sets)."""
    with _lock:
        data = _extra.get(points)
    if data is None:
        data = _subset(CHINESE_FONT, set(points))
        with _lock:
            if len(_extra) >= 256:
                _extra.pop(next(iter(_extra)))
            _extra[points] = data
    return data


def extra_name(points: tuple[int, ...]) -> str:
    """The file stem of an extra subset: its code points in hex, joined by ``-``."""
    return "-".join(f"{p:x}" for p in points)


def parse_extra_name(stem: str) -> tuple[int, ...] | None:
    """The code points of :func:`extra_name`'s ``stem`` if they are Han characters, sorted and at
    most :data:`MAX_EXTRA`; else ``None``."""
    parts = stem.split("-")
    if not stem or len(parts) > MAX_EXTRA or any(not 1 <= len(p) <= 5 for p in parts):
        return None
    try:
        points = tuple(int(p, 16) for p in parts)
    except ValueError:
        return None
    if list(points) != sorted(set(points)) or not all(0x3400 <= p <= 0x9FFF or 0xF900 <= p <= 0xFAFF for p in points):
        return None
    return points
