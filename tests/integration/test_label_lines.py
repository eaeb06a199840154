"""Label names wrap where the scripts allow: Tibetan after a tsheg or shad, Chinese between
words, and never between a number and its unit ("2公斤", "སྤྱི་ཚད་༡") — checked on the lines
Qt lays out for every demo product's names at the widths of the label stocks."""

import csv
import re
from pathlib import Path

import pytest

from yarlung_pos.printing.linebreak import protect

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo" / "products.csv"
NUMBER_UNIT = {False: re.compile(r"[\d.]+(?:公斤|毫升|厘米|克|升)|\d+×\d+厘米"),
               True: re.compile(r"(?:སྤྱི་ཚད་|ཧའོ་ཧྲེང་|ཧྲེང་|ཁེ་|རྡོག་)[༠-༩.]+")}
#: (text box width mm, font size pt) of the label stocks' names (printing.labels._layout)
STOCKS = ((35.0, 10.0), (16.9, 8.0), (18.9, 10.0), (24.3, 10.0), (29.6, 10.0), (34.3, 10.0), (16.9, 6.0))
#: a line that is only a number (or a number's unit, or closing marks): what must not happen
LONE = re.compile(r"[\s\d༠-༩.་།)）]+|(?:公斤|毫升|厘米|克|升)[)）]*|[)）]+")


@pytest.fixture(scope="module")
def painter(qapp):
    from PySide6.QtGui import QImage, QPainter
    from yarlung_pos.printing.labels import _Painter
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    p = QPainter(image)
    yield _Painter(p, 1200)
    p.end()


def names():
    rows = list(csv.DictReader(DEMO.open(encoding="utf-8")))
    return [(r["name_bo"], True) for r in rows] + [(r["name_zh"], False) for r in rows]


def test_numbers_stay_with_their_units_and_words_stay_whole(painter):
    wrapped = 0
    for name, tibetan in names():
        spans = [m.span() for m in NUMBER_UNIT[tibetan].finditer(name)]
        for width_mm, base in STOCKS:
            size = base                                    # as the label does: smaller until it wraps whole
            while not painter.breaks_allowed(name, size, False, tibetan, width_mm * painter.px) and size > 4.5:
                size -= 0.5
            lines = painter.line_texts(name, size, False, tibetan, width_mm * painter.px)
            assert "".join(lines) == name                  # nothing lost, nothing added
            wrapped += len(lines) > 1
            cuts, at = [], 0
            for line in lines[:-1]:
                at += len(line)
                cuts.append(at)
            for cut in cuts:
                assert not any(a < cut < b for a, b in spans), (name, lines)   # never "2公 / 斤"
                if tibetan and name[cut - 1] not in " ":
                    assert name[cut - 1] in "་།", (name, lines)                 # after a tsheg or shad
            for line in lines[1:]:
                assert not LONE.fullmatch(line), (name, lines)                  # no "༡" alone on a line
    assert wrapped > 100                                    # the widths do make the names wrap


def test_chinese_words_are_not_split():
    # ICU's dictionary: 公斤, 荞麦, 面粉 are words; WORD JOINERs keep them whole, one between
    # the number and its unit
    assert protect("荞麦面粉 2公斤", False) == "荞\u2060麦面\u2060粉 2\u2060公\u2060斤"
    assert protect("བྲ་ཕྱེ་ སྤྱི་ཚད་༡", True) == "བྲ་ཕྱེ་ སྤྱི་\u2060ཚད་\u2060༡"
