"""Text keys for matching and sorting product names in three scripts.

* :func:`fold` — the form both the catalogue's keys and the typed text are compared in:
  Unicode NFKC (so full-width ``ｑｋｊ`` from a Chinese input method is ``qkj``), case-folded,
  with white space, punctuation (Tibetan tsheg ``་``/``༌`` and shad ``།`` included) and the
  EWTS stack mark ``+`` removed.  So ``bkra shis``, ``bkra-shis`` and
  ``bkrashis`` are one key, and Tibetan typed with or without tsheg matches.
* :func:`words` — the folded words of a name (split where :func:`fold` removes something), so
  Tibetan splits into syllables.
* :func:`wylie_words` — a Tibetan name in Wylie (EWTS, via ``pyewts``), one folded syllable a
  word: ``ནས་ཆང་`` → ``["nas", "chang"]``.  Folding drops EWTS punctuation (``'`` of
  a-chung, ``.`` of ``g.yag``), so a-chung may be typed or left out.
* :func:`pinyin_words` — a Chinese word in pinyin (via ``pypinyin``): the full syllables and the
  initials, the likeliest reading first (``lazy_pinyin``, which reads phrases in context),
  then readings of polyphonic characters (``藏`` is ``cang`` and ``zang``) one at a time.
* :func:`tibetan_sort_key` — Tibetan dictionary order (CLDR's ``bo`` collation, via ICU).

pypinyin (≈ 150 ms), pyewts and ICU are imported on first use, not at start-up.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: characters :func:`fold` removes besides white space, punctuation and controls
_EXTRA_DROPPED = "+"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
#: readings of one polyphonic character tried besides the likeliest
_MAX_READINGS = 3
#: reading variants kept per word (beyond the likeliest)
_MAX_VARIANTS = 6


@functools.cache
def _tables() -> tuple[dict[int, None], dict[int, str]]:
    """``(drop, to_space)``: ``str.translate`` tables of every character :func:`fold`
    removes (Unicode categories Z*, P*, Cc, Cf, and ``+``)."""
    drop: dict[int, None] = {}
    for cp in range(0x10000):  # the Basic Multilingual Plane holds all the punctuation names use
        if 0xD800 <= cp <= 0xF8FF:  # surrogates, private use
            continue
        cat = unicodedata.category(chr(cp))
        if cat[0] in "ZP" or cat in ("Cc", "Cf"):
            drop[cp] = None
    for ch in _EXTRA_DROPPED:
        drop[ord(ch)] = None
    return drop, dict.fromkeys(drop, " ")


def fold(text: str) -> str:
    """``text`` as compared in search: NFKC (full-width letters and digits as ASCII),
    case-folded, without white space, punctuation (tsheg and shad too), control characters
    and ``+``.  ``"bkra-shis"`` → ``"bkrashis"``, ``"ནས་ཆང"`` → ``"ནསཆང"``, ``"OIL-001"`` →
    ``"oil001"``, ``"ＱＫＪ"`` → ``"qkj"``."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_tables()[0])


def words(text: str) -> list[str]:
    """The folded words of ``text``, split wherever :func:`fold` removes a character (white
    space, punctuation, Tibetan tsheg and shad): Tibetan comes apart into syllables."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_tables()[1]).split()


# ---------------------------------------------------------------------------- Tibetan
@functools.cache
def _ewts():
    import pyewts
    return pyewts.pyewts()


_TIBETAN_LETTERS = re.compile(r"[\u0f00-\u0fff]")


def wylie_syllable(syllable: str) -> str:
    """One folded Tibetan syllable (a word of :func:`words`) in Wylie, folded: ``"བཀྲ"`` →
    ``"bkra"``; text without Tibetan letters is returned as it is."""
    if not _TIBETAN_LETTERS.search(syllable):  # digits, Latin: already as typed
        return syllable
    return _wylie(syllable)


@functools.lru_cache(maxsize=1 << 14)  # a language has a few thousand syllables in use
def _wylie(syllable: str) -> str:
    return fold(_ewts().toWylie(syllable))


def wylie_words(name_bo: str) -> list[str]:
    """The syllables of a Tibetan name in Wylie (EWTS), folded: ``"བཀྲ་ཤིས་"`` →
    ``["bkra", "shis"]``.  Text that is not Tibetan (digits, Latin) passes through folded."""
    return [w for w in map(wylie_syllable, words(name_bo)) if w]


# ---------------------------------------------------------------------------- Chinese
@functools.lru_cache(maxsize=1 << 15)
def _readings(ch: str) -> tuple[str, ...]:
    """Up to ``_MAX_READINGS`` readings of one character, commonest first."""
    from pypinyin import Style, pinyin
    seen: list[str] = []
    for r in pinyin(ch, style=Style.NORMAL, heteronym=True)[0]:
        r = fold(r)
        if r and r not in seen:
            seen.append(r)
    return tuple(seen[:_MAX_READINGS])


@functools.lru_cache(maxsize=1 << 16)
def _han_keys(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(full, initials)`` readings of a run of Chinese characters: the likeliest (read in
    context by ``lazy_pinyin``) first, then variants reading one polyphonic character
    another way."""
    from pypinyin import Style, lazy_pinyin
    syllables = [fold(s) for s in lazy_pinyin(run, style=Style.NORMAL)]
    if len(syllables) != len(run):  # one syllable a character, whatever the phrase split
        syllables = [fold(lazy_pinyin(ch, style=Style.NORMAL)[0]) for ch in run]
    initials = [s[:1] for s in syllables]
    full = ["".join(syllables)]
    init = ["".join(initials)]
    variants = 0
    for i, ch in enumerate(run):
        for other in _readings(ch):
            if other == syllables[i]:
                continue
            if variants >= _MAX_VARIANTS:
                return tuple(full), tuple(init)
            variants += 1
            f = "".join(syllables[:i] + [other] + syllables[i + 1:])
            if f not in full:
                full.append(f)
            n = "".join(initials[:i] + [other[:1]] + initials[i + 1:])
            if n not in init:
                init.append(n)
    return tuple(full), tuple(init)


def pinyin_words(word: str) -> tuple[list[str], list[str]]:
    """``(full, initials)`` of one folded word: pinyin syllables joined (``"qingkejiu"``)
    and their first letters (``"qkj"``), the likeliest reading first, then at most
    ``_MAX_VARIANTS`` variants that read a polyphonic character another way (``藏`` is
    ``cang`` or ``zang``).  Characters that are not Chinese are kept as they are in both.  A
    word without Chinese gives ``([], [])``."""
    runs = _HAN.split(word)
    if len(runs) == 1:
        return [], []
    hans = _HAN.findall(word)
    full, init = [runs[0]], [runs[0]]
    for han, tail in zip(hans, runs[1:]):
        f_keys, i_keys = _han_keys(han)
        full = [a + b + tail for a in full for b in f_keys][:_MAX_VARIANTS + 1]
        init = [a + b + tail for a in init for b in i_keys][:_MAX_VARIANTS + 1]
    return full, init


# ---------------------------------------------------------------------------- collation
@functools.cache
def _bo_collator():
    import icu
    return icu.Collator.createInstance(icu.Locale("bo"))


def tibetan_sort_key(text: str) -> bytes:
    """Sort key for Tibetan dictionary order: ``sorted(names, key=tibetan_sort_key)``.

    The order is the traditional one of Tibetan dictionaries: by the root letter of the first
    syllable in alphabet order ཀ ཁ ག ང … ཨ; for one root letter the bare letter, with suffixes,
    with vowels, with subscripts, then with prefixes (ད བ མ འ) and superscripts (ར ལ ས) —
    ``ཀ < ཀག < ཀར < ཀི < ཀུ < ཀྱ < ཀྲ < དཀར < བཀའ < རྐང < སྐད < ཁ``; the tsheg ends a syllable.
    It is CLDR's collation for Tibetan (``bo``, which tailors the root of the Unicode
    Collation Algorithm with the dictionary order of prefixed and superscribed syllables), as
    ICU implements it (PyICU).  Text in other scripts sorts after Tibetan, by the Unicode
    root collation."""
    return _bo_collator().getSortKey(unicodedata.normalize("NFC", text))
