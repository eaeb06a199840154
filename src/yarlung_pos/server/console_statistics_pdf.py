"""The bureau's statistics as a PDF report, made on the server with reportlab (issue #17).

A4 landscape: the title in the three languages, the year, then the table of the ``by``
dimension — a name cell per row holding three paragraphs, each in its own script's font
(Tibetan in Noto Serif Tibetan, Chinese in Droid Sans Fallback, Latin in Noto Sans, the
shipped fonts of :func:`web.assets_fonts`), then twelve months and the total in yuan.

**Tibetan** needs OpenType shaping (stacked consonants, vowel signs).  reportlab 5.1 shapes
a paragraph with HarfBuzz when ``uharfbuzz`` is installed and the style has ``shaping=1``;
it shapes a line right, but when *it* wraps a paragraph over several lines the vowel signs
of the wrapped lines land on the following letter (``ཆེན`` drawn as ``ཆནེ``) and a syllable
may be cut in two — see the note of issue #17.  So the Tibetan names are broken into lines
here, between syllables (after a tsheg ``་``, shad ``།`` or space), measured with HarfBuzz
itself, and joined with ``<br/>``: reportlab never wraps them, and each line is shaped whole.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from xml.sax.saxutils import escape

from yarlung_pos.server import web
from yarlung_pos.server.console_statistics import StatisticsTable
from yarlung_pos.server.console_statistics_export import (DIMENSION_LABELS, MONTHS, TOTAL, table_rows)

TIBETAN, CJK, LATIN, LATIN_BOLD = "YarlungTibetan", "YarlungCJK", "YarlungLatin", "YarlungLatinBold"
FONT_FILES = {TIBETAN: "NotoSerifTibetan-Regular.ttf", CJK: "DroidSansFallbackFull.ttf",
              LATIN: "NotoSans-Regular.ttf", LATIN_BOLD: "NotoSans-Bold.ttf"}
TITLE = web._("Net sales by month, {year}")
SUBTITLE = web._("Net sales in yuan: sales less refunds, after discounts, without postage; by the till's local date.")
MADE = web._("Yarlung POS county office")
_TIBETAN_RE = re.compile(r"[\u0F00-\u0FFF]")
_CJK_RE = re.compile(r"[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]")
#: where a Tibetan name may be broken: after a tsheg, a shad or a space
_SYLLABLE_RE = re.compile(r"[^\u0F0B\u0F0D\u0F0E ]*[\u0F0B\u0F0D\u0F0E ]*")


class PdfUnavailable(RuntimeError):
    """reportlab, uharfbuzz or a shipped font is missing: the PDF cannot be made right."""


@lru_cache(maxsize=1)
def register_fonts() -> dict[str, str]:
    """Register the shipped fonts with reportlab once (Tibetan shapable); raises
    :class:`PdfUnavailable` when uharfbuzz or a font file is missing."""
    try:
        import uharfbuzz  # noqa: F401 - reportlab shapes with it
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
    except ImportError as exc:
        raise PdfUnavailable(f"the PDF needs reportlab and uharfbuzz: {exc}") from None
    folder = web.assets_fonts()
    for name, file in FONT_FILES.items():
        if not (folder / file).is_file():
            raise PdfUnavailable(f"the font {file} is missing in {folder}")
        pdfmetrics.registerFont(TTFont(name, str(folder / file), shapable=True))
    return {name: str(folder / file) for name, file in FONT_FILES.items()}


@lru_cache(maxsize=4)
def _hb_font(font_name: str):
    import uharfbuzz as hb
    with open(register_fonts()[font_name], "rb") as fh:
        face = hb.Face(fh.read())
    return hb.Font(face), face.upem


def shaped_width(text: str, font_name: str, size: float) -> float:
    """The advance of ``text`` shaped by HarfBuzz in ``font_name`` at ``size`` points."""
    import uharfbuzz as hb
    font, upem = _hb_font(font_name)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    return sum(p.x_advance for p in buf.glyph_positions) * size / upem


def break_tibetan(text: str, width: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``width`` points at ``size`` (shaped widths), broken only
    between syllables; a syllable wider than the line stands alone on its line."""
    lines, line = [], ""
    for syllable in (s for s in _SYLLABLE_RE.findall(text) if s):
        if line and shaped_width(line + syllable, TIBETAN, size) > width:
            lines.append(line.rstrip())
            line = syllable
        else:
            line += syllable
    if line.strip():
        lines.append(line.rstrip())
    return lines


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into ``(font, part)`` runs by script — Tibetan letters and marks in the
    Tibetan font, Han and CJK punctuation in the CJK font, everything else (digits, Latin,
    brackets) in Noto Sans; a space joins the run it follows — so that no character is drawn
    by a font without its glyph (Noto Serif Tibetan has no digits, Droid Sans Fallback no
    Latin digits of its own)."""
    out: list[tuple[str, str]] = []
    for ch in text:
        font = TIBETAN if _TIBETAN_RE.match(ch) else CJK if _CJK_RE.match(ch) else LATIN
        if out and (font == out[-1][0] or ch == " "):
            out[-1] = (out[-1][0], out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def markup(text: str, base: str) -> str:
    """``text`` escaped for a reportlab paragraph whose font is ``base``, each run of another
    script in a ``<font name=…>`` of its own (:func:`runs`).  reportlab shapes a word (text
    between spaces) in one font — the Tibetan of ``(སྒོར།)`` came out as boxes in the Latin
    font of its brackets — so where the font changes inside a word a thin space (U+2009)
    is put in, which reportlab takes as a word break."""
    parts = runs(text)
    out = []
    for i, (font, part) in enumerate(parts):
        if i + 1 < len(parts) and not part.endswith(" ") and not parts[i + 1][1].startswith(" "):
            part += "\u2009"
        out.append(escape(part) if font == base else f'<font name="{font}">{escape(part)}</font>')
    return "".join(out)


def font_for(text: str) -> str:
    """The font of ``text``'s script: Tibetan if it has Tibetan letters, else CJK if it has
    Han/CJK punctuation, else Latin."""
    if _TIBETAN_RE.search(text):
        return TIBETAN
    return CJK if _CJK_RE.search(text) else LATIN


def statistics_pdf(table: StatisticsTable, lang: str) -> bytes:
    """``table`` as a PDF report (bytes), labels in ``lang`` (the title in all three
    languages).  Raises :class:`PdfUnavailable` (see :func:`register_fonts`)."""
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    def style(name: str, font: str, size: float, **kw) -> ParagraphStyle:
        leading = size * (1.75 if font == TIBETAN else 1.3)
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                              shaping=1 if font == TIBETAN else 0,
                              wordWrap="CJK" if font == CJK else None, **kw)

    def para(text: str, size: float, width: float | None = None, **kw) -> Paragraph:
        font = font_for(text)
        if font == TIBETAN and width:
            body = "<br/>".join(markup(line, font) for line in break_tibetan(text, width * 0.96, size))
        else:
            body = markup(text, font)
        return Paragraph(body, style(f"{font}-{size}", font, size, **kw))

    page_w, page_h = landscape(A4)
    margin = 24
    full = page_w - 2 * margin  # Tibetan lines are broken here, never by reportlab
    title_text = [web.translate(code, TITLE, year=table.year) for code in ("bo", "zh_CN", "en")]
    label = web.translate(lang, DIMENSION_LABELS[table.by])
    story = [para(t, 15 if i == 0 else 14, width=full) for i, t in enumerate(dict.fromkeys(title_text))]
    story += [Spacer(1, 4), para(f"{label} · {table.year}", 11, width=full),
              para(web.translate(lang, SUBTITLE), 8, width=full, textColor=colors.HexColor("#5b6770")), Spacer(1, 8)]
    name_w, num_w = 150, (page_w - 2 * margin - 150) / 13
    num_style = ParagraphStyle("num", fontName=LATIN, fontSize=6.6, leading=8.5, alignment=TA_RIGHT)
    bold_num = ParagraphStyle("numb", parent=num_style, fontName=LATIN_BOLD)
    header = [para(web.translate(lang, DIMENSION_LABELS[table.by]), 7.5)] + \
             [Paragraph(m, bold_num) for m in MONTHS] + [para(web.translate(lang, TOTAL), 7.5, alignment=TA_RIGHT)]
    data = [header]
    for r in table_rows(table):
        names = [para(r[f], 7.5 if f != "name_bo" else 8, width=name_w - 8)
                 for f in ("name_bo", "name_zh", "name_en") if r[f]]
        if r["key"] and table.by != "township":
            names.append(para(r["key"], 6, textColor=colors.HexColor("#5b6770")))
        st = bold_num if r["is_total"] else num_style
        data.append([names] + [Paragraph(web.yuan(f), st) for f in r["months"]] + [Paragraph(web.yuan(r["total_fen"]), bold_num)])
    grid = LongTable(data, colWidths=[name_w] + [num_w] * 13, repeatRows=1)
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1ee")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d7dde1")),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(grid)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(LATIN, 7)
        canvas.drawRightString(page_w - margin, 14, f"{table.year} · {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=(page_w, page_h), leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin + 6,
                            title=web.translate(lang, TITLE, year=table.year), author=web.translate(lang, MADE))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
