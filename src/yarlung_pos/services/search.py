"""Search as you type over the active catalogue, held in memory.

A product matches typed text on any of its three names, its SKU or barcode, the pinyin of its
Chinese name in full or by initials (``qkj`` → 青稞酒) and its Tibetan name in Wylie
(``nas chang``), the Tibetan also without tsheg.  Keys and typed text are compared folded
(:func:`yarlung_pos.domain.textkeys.fold`: NFC, case-folded, no spaces, punctuation, tsheg or
shad), so ``bkra shis`` = ``bkra-shis`` = ``bkrashis``.

Ranking, best first:

0. the SKU (any case) or barcode is exactly the text;
1. the text starts a key — an SKU, barcode, whole name or its pinyin/Wylie — or a word of one
   (a Tibetan syllable, an English word, a Chinese word between spaces or brackets);
2. the text is anywhere in a key.

Within a tier: shorter Chinese name first, then SKU.

How it stays fast (≤ 16 ms a keystroke with 100,000 products; ``make bench`` measures it):
the keys of all products are joined into one string per kind of text (ASCII: SKU, barcode,
English, pinyin, Wylie; the rest: Chinese, Tibetan), products in ranking order, and searched
with a compiled literal pattern (C speed), stopping once the best ``limit`` are found.  The first pass for a
text that few products hold (at most 1/256 of them) remembers them all, so the next keystroke
(the same text and one more character) only checks those.  A text many products hold finds
its best matches near the start.  Cost: one pass over the keys (a few ms at 100,000 products)
now and then, a fraction of a millisecond usually.

The index follows the catalogue: every search compares :func:`catalogue_version` (one indexed
query) and, when it changed, reads only the products changed since (``updated_at`` newer than
the newest seen) into a small overlay; past ``DELTA_MAX`` changed products it is rebuilt.
Building it reads and keys every product (pinyin, Wylie): ≈ 3 s for 100,000 products, done on
the first search or by :meth:`SearchIndex.refresh` (``TillService.warm_search``).
"""

from __future__ import annotations

import operator
import re
import threading
import time
import weakref
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from sqlalchemy import select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import CategoryRow, CooperativeRow, ProductRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.model import Product
from yarlung_pos.domain.textkeys import fold, pinyin_words, words, wylie_syllable
from yarlung_pos.services.catalogue import catalogue_version

_KEY = "\x1f"  # before every key (prefix records) / between keys (contains records)
_REC = "\x1e"  # between records
_COMMON = object()
_INITIALS = re.compile(_KEY + "([^" + _KEY + "])")

#: changed products kept in the overlay before the index is rebuilt
DELTA_MAX = 2000


@dataclass(frozen=True)
class _Entry:
    """One product's searchable keys."""

    product: Product
    order: tuple[int, str]
    latin: tuple[str, str]  # (contains record, prefix record) of the ASCII keys
    native: tuple[str, str]  # the same for Chinese and Tibetan


def _unique(items: list[str]) -> list[str]:
    out = list(dict.fromkeys(items))
    if "" in out:
        out.remove("")
    return out


def product_keys(p: Product) -> tuple[tuple[str, str], tuple[str, str]]:
    """The keys of ``p`` as ``(latin, native)``, each ``(contains, prefix)``: ``contains``
    holds the whole folded keys joined by ``\\x1f``; ``prefix`` every key and word that a
    tier-1 match may start, each after a ``\\x1f``.  Latin: SKU, barcode, English name, pinyin
    (full and initials, with readings of polyphonic characters) and Wylie; native: the
    Chinese and the Tibetan name."""
    sku_w, en_w, zh_w, bo_w = words(p.sku), words(p.name_en), words(p.name_zh), words(p.name_bo)
    sku, en, zh, bo = "".join(sku_w), "".join(en_w), "".join(zh_w), "".join(bo_w)
    barcode = p.barcode or ""
    py_words: list[str] = []     # pinyin of each word, full and initials, every reading
    py_variants: list[str] = []  # readings other than the likeliest (the name's keys hold those)
    name_full: list[str] = []
    name_init: list[str] = []
    for w in zh_w:
        full, init = pinyin_words(w)
        if full:
            name_full.append(full[0])
            name_init.append(init[0])
            py_words += full
            py_words += init
            py_variants += full[1:]
            py_variants += init[1:]
        else:
            name_full.append(w)
            name_init.append(w)
            py_words.append(w)
    pinyin_full, pinyin_init = "".join(name_full), "".join(name_init)
    wy = [w for w in map(wylie_syllable, bo_w) if w]
    wylie = "".join(wy)
    latin_contains = _unique([sku, barcode, en, pinyin_full, pinyin_init, wylie, *py_variants])
    latin_prefix = [sku, *sku_w, barcode, en, *en_w, pinyin_full, pinyin_init, *py_words, wylie, *wy]
    native_prefix = [zh, *zh_w, bo, *bo_w]
    return ((_KEY.join(latin_contains), _KEY + _KEY.join(_starts(latin_prefix))),
            (_KEY.join(_unique([zh, bo])), _KEY + _KEY.join(_starts(native_prefix))))


def _starts(tokens: list[str]) -> list[str]:
    """``tokens`` without those that begin another one (text starting them starts that one
    too): ``["grain001", "grain", "001"]`` → ``["001", "grain001"]``."""
    tokens = sorted(set(tokens))
    return [t for t, after in zip(tokens, tokens[1:] + [""]) if t and not after.startswith(t)]


def _order(p: Product) -> tuple[int, str]:
    """Order within a tier: shorter Chinese name first, then SKU."""
    return len(p.name_zh), p.sku


def _entry(p: Product) -> _Entry:
    latin, native = product_keys(p)
    return _Entry(p, _order(p), latin, native)


def _finder(needle: str):
    """``search(text, pos)`` for ``needle``: a compiled literal pattern, which scans long text
    several times faster than ``str.find`` for the short needles of typing (CPython 3.11:
    ≈ 3 ms instead of 10–16 ms over 8 MB)."""
    return re.compile(re.escape(needle)).search


class _Field:
    """The keys of one kind of text of all records, in record order, searchable.

    ``contains`` maps text seen in searches to the records holding it — all of them, in
    order, when at most ``cap`` do, else ``_COMMON`` — and ``prefixes`` the same for records
    with a key or word starting with it.  Each is found once by one pass over the joined
    keys, on first use; text typed one character at a time then only checks the records of
    the text before it."""

    CACHE_MAX = 4096

    def __init__(self, records: list[tuple[str, str]]):
        contains = [c for c, _ in records]
        prefixes = [p for _, p in records]
        self.c_blob = _REC.join(contains) + _REC
        self.c_starts = array("q", [0, *accumulate(len(c) + 1 for c in contains)])
        self.p_blob = _REC.join(prefixes) + _REC
        self.p_starts = array("q", [0, *accumulate(len(p) + 1 for p in prefixes)])
        self.cap = max(200, len(records) // 256)
        self.contains: dict[str, object] = {}
        self.prefixes: dict[str, object] = {}
        # records with a key or word starting with each character (the first keystroke)
        initials: dict[str, list[int]] = {}
        for i, p in enumerate(prefixes):
            for ch in set(_INITIALS.findall(p)):
                found = initials.get(ch)
                if found is None:
                    initials[ch] = [i]
                else:
                    found.append(i)
        self.initials = {ch: found if len(found) <= self.cap else _COMMON for ch, found in initials.items()}

    def _remember(self, cache: dict[str, object], text: str, found: object) -> None:
        if len(cache) >= self.CACHE_MAX:
            del cache[next(iter(cache))]
        cache[text] = found

    def _collect(self, blob: str, starts, needle: str) -> tuple[list[int], bool]:
        """The first records holding ``needle``, in order, and whether that is all of them
        (at most ``cap``; else ``cap + 1`` are returned)."""
        out: list[int] = []
        search, cap = _finder(needle), self.cap
        m = search(blob)
        while m is not None:
            i = bisect_right(starts, m.start()) - 1
            out.append(i)
            if len(out) > cap:
                return out, False
            m = search(blob, starts[i + 1])
        return out, True

    @staticmethod
    def _known(cache: dict[str, object], q: str, substrings: bool):
        """The fewest records known to hold every record holding ``q`` (from a cached
        substring of ``q``, or prefix when not ``substrings``); ``None`` when none is known."""
        best = None
        n = len(q)
        for length in range(n, 0, -1):
            for s in range(0, n - length + 1 if substrings else 1):
                found = cache.get(q[s:s + length])
                if found is None or found is _COMMON:
                    continue
                if best is None or len(found) < len(best):
                    best = found
                    if not best:
                        return best
        return best

    def matches(self, q: str, want: int, skip: set[int]) -> tuple[list[int], list[int]]:
        """Records (not in ``skip``) whose keys hold the folded text ``q``: ``(tier 1,
        tier 2)``, each in record order; the first ``want`` in tier order are complete."""
        if want <= 0:
            return [], []
        first_hits = None
        candidates = self._known(self.contains, q, substrings=True)
        if candidates is None and self.contains.get(q) is not _COMMON:
            found, complete = self._collect(self.c_blob, self.c_starts, q)
            self._remember(self.contains, q, found if complete else _COMMON)
            if complete:
                candidates = found
            else:
                first_hits = found
        if candidates is not None:
            return self._check(candidates, q, want, skip)
        # many records hold q: tier 1 from the records with a word starting with it …
        needle = _KEY + q
        p_blob, ps = self.p_blob, self.p_starts
        t1: list[int] = []
        starting = self._known(self.prefixes, q, substrings=False)
        first = self.initials.get(q[0], [])
        if first is not _COMMON and (starting is None or len(first) < len(starting)):
            starting = first
        if starting is None:
            found = None
            if self.prefixes.get(q) is not _COMMON:
                found, complete = self._collect(p_blob, ps, needle)
                self._remember(self.prefixes, q, found if complete else _COMMON)
                if complete:
                    starting = found
            if starting is None:  # many: the first ones found are the best
                t1 = [i for i in found if i not in skip][:want] if found is not None else []
                if len(t1) < want:
                    t1 = []
                    self._scan(p_blob, ps, needle, want, skip, t1)
        if starting is not None:
            for i in starting:
                if i not in skip and p_blob.find(needle, ps[i], ps[i + 1]) >= 0:
                    t1.append(i)
                    if len(t1) >= want:
                        break
        if len(t1) >= want:
            return t1, []
        # … tier 2 from the first records holding it
        excluded = skip.union(t1) if t1 else skip
        rest = want - len(t1)
        t2 = [i for i in first_hits if i not in excluded][:rest] if first_hits is not None else []
        if len(t2) < rest:
            t2 = []
            self._scan(self.c_blob, self.c_starts, q, rest, excluded, t2)
        return t1, t2

    def _check(self, candidates: list[int], q: str, want: int, skip: set[int]) -> tuple[list[int], list[int]]:
        """Tiers of the ``candidates`` that hold ``q``."""
        t1: list[int] = []
        t2: list[int] = []
        c_blob, cs, p_blob, ps = self.c_blob, self.c_starts, self.p_blob, self.p_starts
        needle = _KEY + q
        for i in candidates:
            if i in skip or c_blob.find(q, cs[i], cs[i + 1]) < 0:
                continue
            if p_blob.find(needle, ps[i], ps[i + 1]) >= 0:
                t1.append(i)
                if len(t1) >= want:
                    break
            elif len(t2) < want:
                t2.append(i)
        return t1, t2

    @staticmethod
    def _scan(blob: str, starts, needle: str, want: int, skip: set[int], out: list[int]) -> None:
        """Append to ``out`` the first records (in order, not in ``skip``) holding ``needle``
        until it has ``want``."""
        search = _finder(needle)
        m = search(blob)
        while m is not None:
            i = bisect_right(starts, m.start()) - 1
            if i not in skip:
                out.append(i)
                if len(out) >= want:
                    return
            m = search(blob, starts[i + 1])


class _Snapshot:
    """The index of the active products at one time, in ranking order."""

    def __init__(self, entries: list[_Entry]):
        entries.sort(key=operator.attrgetter("order"))
        self.latin = _Field([e.latin for e in entries])
        self.native = _Field([e.native for e in entries])
        self.products = [e.product for e in entries]  # the keys live on in the fields only
        self.by_id = {p.id: i for i, p in enumerate(self.products)}
        self.by_sku = {p.sku.upper(): i for i, p in enumerate(self.products)}
        self.by_barcode = {p.barcode: i for i, p in enumerate(self.products) if p.barcode}


def _exact_code(raw: str) -> tuple[str, str | None]:
    """``(SKU, barcode)`` forms of typed text for the exact tier."""
    code = raw.strip()
    barcode = None
    if code.isascii() and code.isdigit():
        barcode = "0" + code if len(code) == 12 else code  # UPC-A is stored as EAN-13
    return code.upper(), barcode


def _rows(session: Session, since: str | None = None, ids: set[int] | None = None):
    """``(Product, updated_at)`` of every product (active or not), or of those changed after
    ``since``, or of the ``ids``."""
    if ids is not None:
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            yield from _rows_where(session, ProductRow.id.in_(ordered[start:start + 500]))
    else:
        yield from _rows_where(session, None if since is None else ProductRow.updated_at > since)


def _rows_where(session: Session, where):
    stmt = (select(ProductRow.id, ProductRow.sku, ProductRow.name_bo, ProductRow.name_zh, ProductRow.name_en,
                   CategoryRow.code, CooperativeRow.code, ProductRow.unit, ProductRow.price_fen,
                   ProductRow.barcode, ProductRow.active, ProductRow.updated_at)
            .join(CategoryRow, ProductRow.category_id == CategoryRow.id)
            .join(CooperativeRow, ProductRow.cooperative_id == CooperativeRow.id))
    if where is not None:
        stmt = stmt.where(where)
    for r in session.execute(stmt):
        yield Product(id=r[0], sku=r[1], name_bo=r[2], name_zh=r[3], name_en=r[4], category=r[5],
                      cooperative=r[6], unit=r[7], price_fen=r[8], barcode=r[9], active=bool(r[10])), r[11]


class SearchIndex:
    """Search as you type over the active products of ``store`` (see the module's doc).

    Built on the first search (about 3 s for 100,000 products; ``build_seconds`` says how long
    the last full build took) and kept in step with the catalogue on every search.  Safe to
    use from several threads."""

    def __init__(self, store: Store):
        self.store = store
        self.build_seconds: float | None = None
        self._lock = threading.Lock()
        self._version: tuple[int, str] | None = None
        self._snap: _Snapshot | None = None
        self._masked: set[int] = set()       # snapshot records changed or gone since it was built
        self._delta: dict[int, _Entry] = {}  # product id -> active product changed since the build
        self._ids: set[int] = set()          # every product id in the database (active or not)
        self._since = ""                     # newest updated_at read

    # ------------------------------------------------------------------ keeping up
    def refresh(self) -> None:
        """Bring the index up to date with the catalogue (a cheap check when nothing
        changed); builds it the first time."""
        with self._lock, self.store.read() as s:
            version = catalogue_version(s)
            if version == self._version:
                return
            if self._snap is None:
                self._build(s)
            else:
                for product, updated_at in _rows(s, self._since):
                    self._apply(product)
                    self._since = max(self._since, updated_at)
                if len(self._ids) != version[0]:  # deleted, or added with an older time stamp
                    present = set(s.scalars(select(ProductRow.id)))
                    for gone in self._ids - present:
                        self._drop(gone)
                    for product, _ in _rows(s, ids=present - self._ids):
                        self._apply(product)
                    self._ids = present
                if len(self._delta) > DELTA_MAX or len(self._masked) > DELTA_MAX:
                    self._build(s)
            self._version = version
            self._since = max(self._since, version[1])

    def _build(self, session: Session) -> None:
        t0 = time.perf_counter()
        entries, ids, since = [], set(), ""
        for product, updated_at in _rows(session):
            ids.add(product.id)
            since = max(since, updated_at)
            if product.active:
                entries.append(_entry(product))
        self._snap = _Snapshot(entries)
        self._masked, self._delta, self._ids, self._since = set(), {}, ids, since
        self.build_seconds = time.perf_counter() - t0

    def _apply(self, product: Product) -> None:
        self._ids.add(product.id)
        self._drop(product.id)
        if product.active:
            self._delta[product.id] = _entry(product)

    def _drop(self, product_id: int) -> None:
        i = self._snap.by_id.get(product_id)
        if i is not None:
            self._masked.add(i)
        self._delta.pop(product_id, None)

    # ------------------------------------------------------------------ searching
    def search(self, text: str, limit: int = 20) -> list[Product]:
        """Active products matching ``text``, best first, at most ``limit`` (see the
        module's doc for the ranking).  Empty or blank text gives ``[]``."""
        raw = text.strip()
        if not raw or limit <= 0:
            return []
        self.refresh()
        with self._lock:
            snap, masked, delta = self._snap, self._masked, list(self._delta.values())
            sku, barcode = _exact_code(raw)
            # tier 0: exact SKU, then barcode
            found: list[tuple[int, tuple[int, str], Product]] = []
            skip = masked
            for i in (snap.by_sku.get(sku), snap.by_barcode.get(barcode)):
                if i is not None and i not in skip:
                    found.append((0, (len(found), ""), snap.products[i]))
                    skip = skip | {i}
            taken = {p.id for _, _, p in found}
            for e in delta:
                if e.product.sku.upper() == sku or (barcode and e.product.barcode == barcode):
                    found.append((0, (len(found), ""), e.product))
                    taken.add(e.product.id)
            q = fold(raw)
            if q:
                latin = max(q) < "\u0f00"  # Latin letters and digits (below Tibetan and CJK)
                field = snap.latin if latin else snap.native
                t1, t2 = field.matches(q, limit - len(found), skip)
                products = snap.products
                found += [(1, _order(products[i]), products[i]) for i in t1]
                found += [(2, _order(products[i]), products[i]) for i in t2]
                needle = _KEY + q
                for e in delta:
                    if e.product.id in taken:
                        continue
                    contains, prefix = e.latin if latin else e.native
                    if needle in prefix:
                        found.append((1, e.order, e.product))
                    elif q in contains:
                        found.append((2, e.order, e.product))
            found.sort(key=operator.itemgetter(0, 1))
            return [p for _, _, p in found[:limit]]


_INDEXES: weakref.WeakKeyDictionary[Store, SearchIndex] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


def index_for(store: Store) -> SearchIndex:
    """The one :class:`SearchIndex` of ``store`` (made on first use, shared by every
    :class:`~yarlung_pos.services.till.TillService` of the store)."""
    with _INDEXES_LOCK:
        index = _INDEXES.get(store)
        if index is None:
            index = _INDEXES[store] = SearchIndex(store)
        return index


def search(store: Store, text: str, limit: int = 20) -> list[Product]:
    """Active products of ``store`` matching ``text``, best first (see :class:`SearchIndex`)."""
    return index_for(store).search(text, limit)
