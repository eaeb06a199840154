"""X and Z shift reports, rendered like receipts: one 1-bit image at the printer's dot width.

The layout uses the receipt's raster blocks (:mod:`yarlung_pos.printing.raster`): Qt
shapes the three scripts, the page is thresholded to a Pillow ``"1"`` image exactly
``width_dots`` wide (384 dots = 58 mm, 576 dots = 80 mm at 203 dpi).  The same image is the
preview on screen and the raster the printer gets.

Contents (all money integer fen, printed by :func:`format_fen`): the report's number (Z only),
terminal, shift, opened and closed (or printed) local times **with their dates** — a shift
left open past midnight shows both days and is flagged —, who opened and closed it, the
number of sales and refunds, per payment method sales / refunds / net, the cash drawer (float,
cash sales and refunds, cash in and out, expected), for a Z the cash counted per denomination
and the over/short, then discounts and cash rounding.  Fixed labels come from
:data:`SHIFT_LABELS`, one word per language, joined in the receipt languages' order like the
receipt's (:func:`yarlung_pos.printing.receipt_text.row_languages`: three languages print the
labels in Chinese and English, Tibetan stays in the hall's name and the Tibetan title line).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from yarlung_pos import fonts
from yarlung_pos.domain.hall import HALL_NAME_BO, HALL_NAME_EN, HALL_NAME_ZH
from yarlung_pos.printing.raster import (
    PAPER_80MM_DOTS,
    Banner,
    Block,
    Gap,
    Paragraph,
    Row,
    Rule,
    Style,
    check_width_dots,
    make_font,
    render_blocks,
    tibetan_scale,
)
from yarlung_pos.printing.receipt_text import (
    DEFAULT_RECEIPT_LANGUAGES,
    check_receipt_languages,
    format_fen,
    join_label,
    method_label,
    row_languages,
    signed_fen,
)

if TYPE_CHECKING:  # pragma: no cover
    from PIL.Image import Image as PILImage

    from yarlung_pos.domain.shift_report import ShiftReport

__all__ = ["SHIFT_LABELS", "denomination_label", "over_short_text", "render_shift_report", "report_title",
           "shift_label", "shift_labels", "shift_report_blocks"]

_YEN = "\uffe5"

#: Fixed wording of the X and Z reports, one entry per language (``{0}`` = a number).  The
#: Tibetan is the shop's own wording; have a native speaker confirm changes.
SHIFT_LABELS: dict[str, dict[str, str]] = {
    "z_title": {"bo": "Z སྙན་ཞུ།", "zh": "Z 报告", "en": "Z REPORT"},
    "x_title": {"bo": "X སྙན་ཞུ།", "zh": "X 报告", "en": "X REPORT"},
    # the Tibetan title line under the banner ("shift closing report" / "shift report")
    "z_subtitle": {"bo": "ལས་རེས་མཇུག་སྒྲིལ་སྙན་ཞུ།"},
    "x_subtitle": {"bo": "ལས་རེས་སྙན་ཞུ།"},
    "number": {"bo": "ཨང་གྲངས།", "zh": "编号", "en": "No."},
    "terminal": {"bo": "མཐའ་སྣེ།", "zh": "终端", "en": "Terminal"},
    "shift": {"bo": "ལས་རེས།", "zh": "班次", "en": "Shift"},
    "opened": {"bo": "འགོ་བཙུགས།", "zh": "开班", "en": "Opened"},
    "closed": {"bo": "མཇུག་སྒྲིལ།", "zh": "结班", "en": "Closed"},
    "as_of": {"bo": "ད་ལྟའི་བར།", "zh": "截至", "en": "As of"},
    "days": {"bo": "ལས་རེས་ཉིན་ {0} ལ་ཁྱབ།", "zh": "班次跨{0}天", "en": "Shift over {0} days"},
    "opened_by": {"bo": "འགོ་བཙུགས་མཁན།", "zh": "开班人", "en": "Opened by"},
    "closed_by": {"bo": "མཇུག་སྒྲིལ་མཁན།", "zh": "结班人", "en": "Closed by"},
    "sales_count": {"bo": "ཚོང་ཐེངས།", "zh": "销售笔数", "en": "Sales"},
    "refunds_count": {"bo": "ཕྱིར་སློག་ཐེངས།", "zh": "退款笔数", "en": "Refunds"},
    "by_method": {"bo": "དངུལ་སྤྲོད་སྟངས།", "zh": "按支付方式", "en": "By payment method"},
    "sales": {"bo": "བཙོང་འབབ།", "zh": "销售", "en": "Sales"},
    "refunds": {"bo": "ཕྱིར་སློག", "zh": "退款", "en": "Refunds"},
    "net": {"bo": "གཙང་འབབ།", "zh": "净额", "en": "Net"},
    "drawer": {"bo": "དངུལ་སྒམ།", "zh": "钱箱", "en": "Cash drawer"},
    "float": {"bo": "གྲ་སྒྲིག་དངུལ།", "zh": "备用金", "en": "Float"},
    "cash_sales": {"bo": "དངོས་དངུལ་བཙོང་འབབ།", "zh": "现金销售", "en": "Cash sales"},
    "cash_refunds": {"bo": "དངོས་དངུལ་ཕྱིར་སློག", "zh": "现金退款", "en": "Cash refunds"},
    "cash_in": {"bo": "ནང་འཇུག", "zh": "存入", "en": "Cash in"},
    "cash_out": {"bo": "ཕྱིར་ལེན།", "zh": "取出", "en": "Cash out"},
    "expected": {"bo": "ཡོད་འོས་དངུལ།", "zh": "应有现金", "en": "Expected"},
    "counted_heading": {"bo": "གྲངས་རྩིས།", "zh": "清点", "en": "Counted"},
    "counted": {"bo": "དངོས་ཡོད་དངུལ།", "zh": "实点现金", "en": "Counted"},
    "over": {"bo": "ལྷག", "zh": "长款", "en": "Over"},
    "short": {"bo": "ཆད།", "zh": "短款", "en": "Short"},
    "exact": {"bo": "མཐུན།", "zh": "相符", "en": "Exact"},
    "over_short": {"bo": "ལྷག་ཆད།", "zh": "长短款", "en": "Over/short"},
    "discounts": {"bo": "རིན་ཆག", "zh": "折扣", "en": "Discounts"},
    "rounding": {"bo": "སྐར་མ་སྙོམས།", "zh": "抹零", "en": "Rounding"},
    "cashier": {"bo": "དངུལ་བསྡུ་བ།", "zh": "收银员", "en": "Cashier"},
    "manager": {"bo": "འགན་འཛིན།", "zh": "经理", "en": "Manager"},
    "still_open": {"bo": "ལས་རེས་མཇུག་མ་སྒྲིལ།", "zh": "班次未结", "en": "Shift still open"},
}


def shift_label(key: str, languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES, *args: object) -> str:
    """The fixed label ``key`` of :data:`SHIFT_LABELS` in ``languages`` (rows use
    :func:`~yarlung_pos.printing.receipt_text.row_languages`; the Tibetan title lines print
    whenever Tibetan is chosen, else are empty), ``{0}`` filled with ``args``:
    ``shift_label("net", ("zh", "en")) == "净额 Net"``.  Raises ``KeyError`` for an
    unknown key and ``ValueError`` for bad languages."""
    entry = SHIFT_LABELS[key]
    langs = check_receipt_languages(languages) if key.endswith("_subtitle") else row_languages(languages)
    return join_label({k: v.format(*args) for k, v in entry.items()}, langs)


def shift_labels(languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> dict[str, str]:
    """Every label of :data:`SHIFT_LABELS` as printed in ``languages`` (``{0}`` left as is)."""
    return {key: shift_label(key, languages, "{0}") for key in SHIFT_LABELS}


def denomination_label(fen: int) -> str:
    """A note or coin as people name it: ``10000 → "￥100"``, ``50 → "￥0.5"``, ``10 → "￥0.1"``
    (``fen`` an int count of fen)."""
    if isinstance(fen, bool) or not isinstance(fen, int) or fen <= 0:
        raise TypeError("a denomination is a positive int count of fen")
    yuan, rest = divmod(fen, 100)
    if rest == 0:
        return f"{_YEN}{yuan}"
    return f"{_YEN}{yuan}.{rest:02d}".rstrip("0")


def over_short_text(fen: int, languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> str:
    """The over/short line's value: ``"长款 Over +￥3.00"``, ``"短款 Short -￥3.00"`` or
    ``"相符 Exact ￥0.00"`` (``fen`` = counted − expected; words in ``languages``)."""
    if fen > 0:
        return shift_label("over", languages) + " " + signed_fen(fen)
    if fen < 0:
        return shift_label("short", languages) + " " + signed_fen(fen)
    return shift_label("exact", languages) + " " + format_fen(0)


def report_title(kind: str, languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> str:
    """The report's banner: ``"Z 报告 Z REPORT"`` or ``"X 报告 X REPORT"`` (in ``languages``)."""
    return shift_label("z_title" if kind == "Z" else "x_title", languages)


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def shift_report_blocks(rep: ShiftReport, st: Style,
                        languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> list[Block]:
    """The X or Z report ``rep`` laid out for the paper ``st`` describes, in ``languages``
    (already checked), as raster blocks top to bottom (what :func:`render_shift_report`
    paints; tests read their texts).  Needs a QGuiApplication."""
    x, w = st.margin, st.width - 2 * st.margin
    center = Qt.AlignmentFlag.AlignHCenter
    f_small, f_body = make_font(st.small), make_font(st.body)
    f_body_b, f_total = make_font(st.body, bold=True), make_font(st.total, bold=True)
    f_title = make_font(st.shop_en, bold=True)
    blocks: list[Block] = []

    def text(s: str, font, align=Qt.AlignmentFlag.AlignLeft, indent: int = 0, scale: float = 1.0) -> None:
        if s:
            blocks.append(Paragraph(s, font, x + indent, w - indent, align, scale))

    def row(left: str, right: str, lf=f_body, rf=f_body, indent: int = 0) -> None:
        blocks.append(Row(left, right, lf, rf, x + indent, w - indent, st.gap, tibetan_scale(lf, st)))

    def rule(dashed: bool = True) -> None:
        blocks.append(Rule(x, w, st.rule, st.gap, dashed))

    def heading(s: str) -> None:
        text(s, f_body_b, scale=tibetan_scale(f_body_b, st))

    def _tr(key: str, *args: object) -> str:
        return shift_label(key, languages, *args)

    z = rep.kind == "Z"
    # Header: the hall in the chosen scripts, the report's banner and its Tibetan name.
    hall = {"bo": (HALL_NAME_BO, make_font(st.shop_bo, bold=True)),
            "zh": (HALL_NAME_ZH, make_font(st.shop_zh, bold=True)), "en": (HALL_NAME_EN, f_title)}
    for lang in languages:
        text(*hall[lang], center)
    blocks.append(Gap(st.gap))
    blocks.append(Banner(report_title(rep.kind, languages), f_title, x, w, st.gap // 2 + 2,
                         tibetan_scale(f_title, st)))
    # "shift report" (ལས་རེས་ = shift, སྙན་ཞུ། = report), when Tibetan is chosen.
    text(_tr("z_subtitle" if z else "x_subtitle"), make_font(st.name_bo), center)
    rule(dashed=False)

    # Identity and times (dates always printed: a shift past midnight shows both days).
    if z and rep.number:
        row(_tr("number"), rep.number, f_body_b, f_body_b)
    row(_tr("terminal"), rep.terminal, f_small, f_small)
    row(_tr("shift"), rep.shift, f_small, f_small)
    row(_tr("opened"), _when(rep.opened_at), f_small, f_small)
    at = rep.at.astimezone(rep.opened_at.tzinfo) if rep.at.tzinfo else rep.at
    row(_tr("closed") if z else _tr("as_of"), _when(rep.at), f_small, f_small)
    if at.date() != rep.opened_at.date():
        days = (at.date() - rep.opened_at.date()).days + 1
        text(_tr("days", days), f_small, center, scale=tibetan_scale(f_small, st))
    row(_tr("opened_by"), rep.opened_by_name or rep.opened_by, f_small, f_small)
    if z and rep.closed_by:
        row(_tr("closed_by"), rep.closed_by_name or rep.closed_by, f_small, f_small)
    row(_tr("sales_count"), str(rep.sales_count), f_small, f_small)
    row(_tr("refunds_count"), str(rep.refunds_count), f_small, f_small)
    rule()

    # Per payment method: sales, refunds, net.  Cash always; others when used.
    heading(_tr("by_method"))
    for m in rep.by_method:
        if m.method != "cash" and not (m.sales_fen or m.refunds_fen):
            continue
        blocks.append(Gap(st.gap // 2))
        row(method_label(m.method, languages), format_fen(m.net_fen), f_body_b, f_body_b)
        row(_tr("sales"), format_fen(m.sales_fen), f_small, f_small, st.indent)
        row(_tr("refunds"), format_fen(m.refunds_fen), f_small, f_small, st.indent)
    blocks.append(Gap(st.gap // 2))
    row(_tr("net"), format_fen(rep.net_fen), f_total, f_total)
    rule()

    # The cash drawer.
    cash = rep.method("cash")
    heading(_tr("drawer"))
    row(_tr("float"), format_fen(rep.float_fen), f_body, f_body, st.indent)
    row(_tr("cash_sales"), signed_fen(cash.sales_fen), f_body, f_body, st.indent)
    row(_tr("cash_refunds"), signed_fen(cash.refunds_fen), f_body, f_body, st.indent)
    row(_tr("cash_in"), signed_fen(rep.cash_in_fen), f_body, f_body, st.indent)
    row(_tr("cash_out"), signed_fen(-rep.cash_out_fen), f_body, f_body, st.indent)
    row(_tr("expected"), format_fen(rep.expected_cash_fen), f_body_b, f_body_b)

    if z and rep.counted_cash_fen is not None:
        rule()
        heading(_tr("counted_heading"))
        for denom, n in sorted((rep.counted or {}).items(), reverse=True):
            if denom < 10 and not n:  # fen coins: only when some were counted
                continue
            row(f"{denomination_label(denom)} × {n}", format_fen(denom * n), f_small, f_small, st.indent)
        row(_tr("counted"), format_fen(rep.counted_cash_fen), f_body_b, f_body_b)
        row(_tr("expected"), format_fen(rep.expected_cash_fen), f_body, f_body)
        diff = rep.over_short_fen or 0
        blocks.append(Gap(st.gap // 2))
        if diff:
            blocks.append(Banner(over_short_text(diff, languages), f_body_b, x, w, st.gap // 2 + 2,
                                 tibetan_scale(f_body_b, st)))
        else:
            row(_tr("over_short"), over_short_text(0, languages), f_body_b, f_body_b)
    rule()

    row(_tr("discounts"), format_fen(rep.discounts_fen), f_small, f_small)
    row(_tr("rounding"), signed_fen(rep.rounding_fen), f_small, f_small)

    if z:
        # Signatures: the cashier who counted and the manager who took the cash.
        rule()
        blocks.append(Gap(st.gap * 2))
        row(_tr("cashier"), "____________", f_small, f_small)
        blocks.append(Gap(st.gap * 2))
        row(_tr("manager"), "____________", f_small, f_small)
    else:
        rule()
        text(_tr("still_open"), f_small, center, scale=tibetan_scale(f_small, st))
    rule(dashed=False)
    return blocks


def render_shift_report(report: ShiftReport, width_dots: int = PAPER_80MM_DOTS,
                        languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> PILImage:
    """Render an X or Z :class:`~yarlung_pos.domain.shift_report.ShiftReport` as a 1-bit image
    ``width_dots`` wide (384 dots for 58 mm paper, 576 for 80 mm; 200–2400 accepted), as
    tall as its content (mode ``"1"``: 0 = black dot), in ``languages`` (the terminal's
    ``receipt_languages``; see :func:`shift_label`).  Works without a window.  Raises
    ``TypeError``/``ValueError`` for a width that is not an int in range or bad languages."""
    languages = check_receipt_languages(languages)
    check_width_dots(width_dots)
    fonts.ensure_gui_app()
    style = Style.for_width(width_dots)
    return render_blocks(shift_report_blocks(report, style, languages), style, width_dots)
