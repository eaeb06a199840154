"""X and Z shift reports, rendered like receipts: one 1-bit image at the printer's dot width.

The layout reuses the receipt's building blocks (:mod:`yarlung_pos.printing.receipt`): Qt
shapes the three scripts, the page is thresholded to a Pillow ``"1"`` image exactly
``width_dots`` wide (384 dots = 58 mm, 576 dots = 80 mm at 203 dpi).  The same image is the
preview on screen and the raster the printer gets.

Contents (all money integer fen, printed by :func:`format_fen`): the report's number (Z only),
terminal, shift, opened and closed (or printed) local times **with their dates** — a shift
left open past midnight shows both days and is flagged —, who opened and closed it, the
number of sales and refunds, per payment method sales / refunds / net, the cash drawer (float,
cash sales and refunds, cash in and out, expected), for a Z the cash counted per denomination
and the over/short, then discounts and cash rounding.  Fixed labels go through
``QCoreApplication.translate("ShiftReport", …)`` at render time.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from yarlung_pos import fonts
from yarlung_pos.domain.hall import HALL_NAME_BO, HALL_NAME_EN, HALL_NAME_ZH
from yarlung_pos.printing.receipt import (
    PAPER_80MM_DOTS,
    _Banner,
    _Block,
    _font,
    _Gap,
    _method_label,
    _render,
    _Row,
    _Rule,
    _Style,
    _Text,
    format_fen,
)

if TYPE_CHECKING:  # pragma: no cover
    from PIL.Image import Image as PILImage

    from yarlung_pos.services.shifts import ShiftReport

__all__ = ["denomination_label", "over_short_text", "render_shift_report", "report_title"]

_MIN_WIDTH_DOTS, _MAX_WIDTH_DOTS = 200, 2400
_YEN = "\uffe5"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShiftReport", text)


def denomination_label(fen: int) -> str:
    """A note or coin as people name it: ``10000 → "￥100"``, ``50 → "￥0.5"``, ``10 → "￥0.1"``
    (``fen`` an int count of fen)."""
    if isinstance(fen, bool) or not isinstance(fen, int) or fen <= 0:
        raise TypeError("a denomination is a positive int count of fen")
    yuan, rest = divmod(fen, 100)
    if rest == 0:
        return f"{_YEN}{yuan}"
    return f"{_YEN}{yuan}.{rest:02d}".rstrip("0")


def _signed(fen: int) -> str:
    """``+￥3.00`` / ``-￥3.00`` / ``￥0.00``: a difference with its sign always shown."""
    return ("+" if fen > 0 else "") + format_fen(fen)


def over_short_text(fen: int) -> str:
    """The over/short line's value: ``"长款 Over +￥3.00"``, ``"短款 Short -￥3.00"`` or
    ``"相符 Exact ￥0.00"`` (``fen`` = counted − expected)."""
    if fen > 0:
        return _tr("长款 Over") + " " + _signed(fen)
    if fen < 0:
        return _tr("短款 Short") + " " + _signed(fen)
    return _tr("相符 Exact") + " " + format_fen(0)


def report_title(kind: str) -> str:
    """The report's banner: ``"Z 报告 Z REPORT"`` or ``"X 报告 X REPORT"``."""
    return _tr("Z 报告 Z REPORT") if kind == "Z" else _tr("X 报告 X REPORT")


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def _build(rep: ShiftReport, st: _Style) -> list[_Block]:
    x, w = st.margin, st.width - 2 * st.margin
    center = Qt.AlignmentFlag.AlignHCenter
    f_small, f_body = _font(st.small), _font(st.body)
    f_body_b, f_total = _font(st.body, bold=True), _font(st.total, bold=True)
    f_title = _font(st.shop_en, bold=True)
    blocks: list[_Block] = []

    def text(s: str, font, align=Qt.AlignmentFlag.AlignLeft, indent: int = 0) -> None:
        if s:
            blocks.append(_Text(s, font, x + indent, w - indent, align))

    def row(left: str, right: str, lf=f_body, rf=f_body, indent: int = 0) -> None:
        blocks.append(_Row(left, right, lf, rf, x + indent, w - indent, st.gap))

    def rule(dashed: bool = True) -> None:
        blocks.append(_Rule(x, w, st.rule, st.gap, dashed))

    def heading(s: str) -> None:
        text(s, f_body_b)

    z = rep.kind == "Z"
    # Header: the hall in three scripts, the report's banner and its Tibetan name.
    text(HALL_NAME_BO, _font(st.shop_bo, bold=True), center)
    text(HALL_NAME_ZH, _font(st.shop_zh, bold=True), center)
    text(HALL_NAME_EN, f_title, center)
    blocks.append(_Gap(st.gap))
    blocks.append(_Banner(report_title(rep.kind), f_title, x, w, st.gap // 2 + 2))
    # "shift report" (ལས་རེས་ = shift, སྙན་ཞུ། = report).  Have a native speaker confirm.
    text(_tr("ལས་རེས་སྙན་ཞུ།") if not z else _tr("ལས་རེས་མཇུག་སྒྲིལ་སྙན་ཞུ།"), _font(st.name_bo), center)
    rule(dashed=False)

    # Identity and times (dates always printed: a shift past midnight shows both days).
    if z and rep.number:
        row(_tr("编号 No."), rep.number, f_body_b, f_body_b)
    row(_tr("终端 Terminal"), rep.terminal, f_small, f_small)
    row(_tr("班次 Shift"), rep.shift, f_small, f_small)
    row(_tr("开班 Opened"), _when(rep.opened_at), f_small, f_small)
    at = rep.at.astimezone(rep.opened_at.tzinfo) if rep.at.tzinfo else rep.at
    row(_tr("结班 Closed") if z else _tr("截至 As of"), _when(rep.at), f_small, f_small)
    if at.date() != rep.opened_at.date():
        days = (at.date() - rep.opened_at.date()).days + 1
        text(_tr("跨日班次 Shift over {0} days").format(days), f_small, center)
    row(_tr("开班人 Opened by"), rep.opened_by, f_small, f_small)
    if z and rep.closed_by:
        row(_tr("结班人 Closed by"), rep.closed_by, f_small, f_small)
    row(_tr("销售笔数 Sales"), str(rep.sales_count), f_small, f_small)
    row(_tr("退款笔数 Refunds"), str(rep.refunds_count), f_small, f_small)
    rule()

    # Per payment method: sales, refunds, net.  Cash always; others when used.
    heading(_tr("按支付方式 By payment method"))
    for m in rep.by_method:
        if m.method != "cash" and not (m.sales_fen or m.refunds_fen):
            continue
        blocks.append(_Gap(st.gap // 2))
        row(_method_label(m.method), format_fen(m.net_fen), f_body_b, f_body_b)
        row(_tr("销售 Sales"), format_fen(m.sales_fen), f_small, f_small, st.indent)
        row(_tr("退款 Refunds"), format_fen(m.refunds_fen), f_small, f_small, st.indent)
    blocks.append(_Gap(st.gap // 2))
    row(_tr("净额 Net"), format_fen(rep.net_fen), f_total, f_total)
    rule()

    # The cash drawer.
    cash = rep.method("cash")
    heading(_tr("钱箱 Cash drawer"))
    row(_tr("备用金 Float"), format_fen(rep.float_fen), f_body, f_body, st.indent)
    row(_tr("现金销售 Cash sales"), _signed(cash.sales_fen), f_body, f_body, st.indent)
    row(_tr("现金退款 Cash refunds"), _signed(cash.refunds_fen), f_body, f_body, st.indent)
    row(_tr("存入 Cash in"), _signed(rep.cash_in_fen), f_body, f_body, st.indent)
    row(_tr("取出 Cash out"), _signed(-rep.cash_out_fen), f_body, f_body, st.indent)
    row(_tr("应有现金 Expected"), format_fen(rep.expected_cash_fen), f_body_b, f_body_b)

    if z and rep.counted_cash_fen is not None:
        rule()
        heading(_tr("清点 Counted"))
        for denom, n in sorted((rep.counted or {}).items(), reverse=True):
            if denom < 10 and not n:  # fen coins: only when some were counted
                continue
            row(f"{denomination_label(denom)} × {n}", format_fen(denom * n), f_small, f_small, st.indent)
        row(_tr("实点现金 Counted"), format_fen(rep.counted_cash_fen), f_body_b, f_body_b)
        row(_tr("应有现金 Expected"), format_fen(rep.expected_cash_fen), f_body, f_body)
        diff = rep.over_short_fen or 0
        blocks.append(_Gap(st.gap // 2))
        if diff:
            blocks.append(_Banner(over_short_text(diff), f_body_b, x, w, st.gap // 2 + 2))
        else:
            row(_tr("长短款 Over/short"), over_short_text(0), f_body_b, f_body_b)
    rule()

    row(_tr("折扣 Discounts"), format_fen(rep.discounts_fen), f_small, f_small)
    row(_tr("抹零 Rounding"), _signed(rep.rounding_fen), f_small, f_small)

    if z:
        # Signatures: the cashier who counted and the manager who took the cash.
        rule()
        blocks.append(_Gap(st.gap * 2))
        row(_tr("收银员 Cashier"), "____________", f_small, f_small)
        blocks.append(_Gap(st.gap * 2))
        row(_tr("经理 Manager"), "____________", f_small, f_small)
    else:
        rule()
        text(_tr("班次未结 Shift still open"), f_small, center)
    rule(dashed=False)
    return blocks


def render_shift_report(report: ShiftReport, width_dots: int = PAPER_80MM_DOTS) -> PILImage:
    """Render an X or Z :class:`~yarlung_pos.services.shifts.ShiftReport` as a 1-bit image
    ``width_dots`` wide (384 dots for 58 mm paper, 576 for 80 mm; 200–2400 accepted), as
    tall as its content (mode ``"1"``: 0 = black dot).  Works without a window.  Raises
    ``TypeError``/``ValueError`` for a width that is not an int in range."""
    if isinstance(width_dots, bool) or not isinstance(width_dots, int):
        raise TypeError(f"width_dots must be an int, got {type(width_dots).__name__}")
    if not _MIN_WIDTH_DOTS <= width_dots <= _MAX_WIDTH_DOTS:
        raise ValueError(f"width_dots must be between {_MIN_WIDTH_DOTS} and {_MAX_WIDTH_DOTS}, got {width_dots}")
    fonts.ensure_gui_app()
    style = _Style.for_width(width_dots)
    return _render(_build(report, style), style, width_dots)
