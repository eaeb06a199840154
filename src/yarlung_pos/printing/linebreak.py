"""Where a label's text may break across lines (issue #15): ICU's line breaking (UAX #14; in
Tibetan after a tsheg ་ or shad །) at ICU's word boundaries only (Chinese by ICU's
dictionary: never inside a word such as 公斤), and never between a number and its unit
(``2公斤``, ``སྤྱི་ཚད་༡``, ``200×300厘米``; ``2.5升 / ×2`` may break before the ×) unless a space stands between them.

Qt lays the text out (and shapes it with HarfBuzz); :func:`protect` tells it where it must not
break by putting U+2060 WORD JOINER at each line-break opportunity that is not allowed here —
only between whole characters ICU may break between, never inside a Tibetan stack.
"""

from __future__ import annotations

from functools import lru_cache

WORD_JOINER = "\u2060"
_DIGITS = set("0123456789༠༡༢༣༤༥༦༧༨༩")
#: Tibetan measure words of more than one syllable written before their number (སྤྱི་ཚད་༡ "1 kg",
#: ཧའོ་ཧྲེང་༥༠༠ "500 ml"): never broken inside when a number follows
TIBETAN_UNITS = ("སྤྱི་ཚད་", "ཧའོ་ཧྲེང་", "ཧའོ་མི་", "ལི་སྨི་", "སྤྱི་ལེ་")


def _boundaries(iterator, text: str) -> set[int]:
    iterator.setText(text)
    return set(iterator)


@lru_cache(maxsize=8)
def _iterators(locale: str):
    import icu
    loc = icu.Locale(locale)
    return icu.BreakIterator.createLineInstance(loc), icu.BreakIterator.createWordInstance(loc)


def allowed_breaks(text: str, tibetan: bool) -> set[int]:
    """Offsets (into ``text``, 0 < i < len) where a line may end before ``text[i]``."""
    line, word = _iterators("bo" if tibetan else "zh_CN")
    can = _boundaries(line, text) & _boundaries(word, text)
    out = set()
    for i in can:
        if not 0 < i < len(text):
            continue
        before, after = text[i - 1], text[i]
        if (before in _DIGITS and not after.isspace()) or before == "×" or \
                (after in _DIGITS and (before.isalnum() or before in "་.")):
            continue  # a number stays with its unit, and ×2 or 200×300 with its number
        out.add(i)
    if tibetan:
        for unit in TIBETAN_UNITS:
            start = text.find(unit)
            while start >= 0:
                end = start + len(unit)
                if end < len(text) and text[end] in _DIGITS:
                    out -= set(range(start + 1, end + 1))
                start = text.find(unit, end)
    return out


@lru_cache(maxsize=4096)
def protect(text: str, tibetan: bool) -> str:
    """``text`` with a WORD JOINER at every place a line breaker (Qt's, UAX #14) would break
    but :func:`allowed_breaks` does not allow; the same text to the eye."""
    line, _word = _iterators("bo" if tibetan else "zh_CN")
    ok = allowed_breaks(text, tibetan)
    forbidden = sorted(i for i in _boundaries(line, text) if 0 < i < len(text) and i not in ok
                       and not text[i - 1].isspace())
    # a break that Qt would take before the first character after a space is left alone
    parts, last = [], 0
    for i in forbidden:
        parts += [text[last:i], WORD_JOINER]
        last = i
    parts.append(text[last:])
    return "".join(parts)
