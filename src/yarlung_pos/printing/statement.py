"""The settlement statement a cooperative signs: an A4 PDF in Tibetan, Chinese and English.

Laid out as HTML in a ``QTextDocument`` and written by ``QPdfWriter`` (Qt shapes every script
with the shipped fonts and embeds them; see the issue #4 note on why not reportlab).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from yarlung_pos.domain.hall import HALL_ADDRESS, HALL_NAME_BO, HALL_NAME_EN, HALL_NAME_ZH
from yarlung_pos.domain.money import format_fen


def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("Statement", text)


def statement_html(draft) -> str:
    """The statement of a :class:`~yarlung_pos.services.settlement.SettlementDraft` as HTML."""
    bo, zh, en = (escape(x) for x in draft.cooperative_names)
    rows = []
    for p in draft.products:
        rows.append(
            "<tr>"
            f"<td>{escape(p.sku)}</td>"
            f"<td><span style='font-size:11pt'>{escape(p.name_bo)}</span><br/>{escape(p.name_zh)}<br/>"
            f"<span style='color:#444'>{escape(p.name_en)}</span></td>"
            f"<td align='right'>{p.sold.normalize():f}</td><td align='right'>{p.returned.normalize():f}</td>"
            f"<td align='right'>{format_fen(p.gross_fen)}</td><td align='right'>{format_fen(p.refunds_fen)}</td>"
            "</tr>")
    rate = f"{draft.commission_bp / 100:g} %"
    totals = [
        (_t("销售额 Gross sales"), format_fen(draft.gross_fen)),
        (_t("退款 Refunds"), "-" + format_fen(draft.refunds_fen) if draft.refunds_fen else format_fen(0)),
        (_t("佣金 Commission") + f" ({rate})", "-" + format_fen(draft.commission_fen) if draft.commission_fen else format_fen(0)),
        (_t("应付 Amount due"), format_fen(draft.due_fen)),
    ]
    total_rows = "".join(f"<tr><td width='45%'></td><td width='35%'>{escape(k)}</td>"
                         f"<td width='20%' align='right'><b>{escape(v)}</b></td></tr>" for k, v in totals)
    return f"""
<html><body style="font-size:10pt">
<p align="center" style="font-size:16pt"><b>{HALL_NAME_BO}</b><br/><b>{HALL_NAME_ZH}</b> · <b>{HALL_NAME_EN}</b><br/>
<span style="font-size:9pt">{escape(HALL_ADDRESS)}</span></p>
<p align="center" style="font-size:13pt"><b>{_t("寄售结算单 Consignment settlement")}</b><br/>
{escape(draft.number or _t("(draft)"))}</p>
<table width="100%" cellpadding="3">
<tr><td width="25%">{_t("合作社 Cooperative")}</td><td><span style="font-size:11pt">{bo}</span><br/>{zh}<br/>{en} ({escape(draft.cooperative)})</td></tr>
<tr><td>{_t("期间 Period")}</td><td>{draft.date_from.isoformat()} – {draft.date_to.isoformat()}</td></tr>
<tr><td>{_t("单据 Sales and refunds")}</td><td>{len(draft.sales)}</td></tr>
</table>
<br/>
<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-color:#888; font-size:9pt">
<tr style="background:#eee"><th width="14%">SKU</th><th width="36%">{_t("商品 Product")}</th>
<th width="9%">{_t("售出 Sold")}</th><th width="11%">{_t("退回 Returned")}</th>
<th width="15%">{_t("销售额 Gross")}</th><th width="15%">{_t("退款 Refunds")}</th></tr>
{''.join(rows)}
</table>
<br/>
<table width="100%" cellpadding="4">{total_rows}</table>
<p>{_t("收款信息 Payout details")}: {escape(draft.payout_details) or "—"}</p>
<br/><br/>
<table width="100%"><tr>
<td width="50%">{_t("合作社签字 Cooperative signature")}: ____________________</td>
<td width="50%">{_t("服务点签字 Service point signature")}: ____________________</td></tr></table>
</body></html>"""


def render_statement_pdf(draft, path: Path, hall_names=None) -> None:
    """Write the statement of ``draft`` as an A4 PDF at ``path`` (whole or not at all)."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from yarlung_pos import fonts
    from yarlung_pos.fileio import check_output_path
    fonts.ensure_gui_app()
    real = check_output_path(Path(path))
    tmp = real.with_name(f".{real.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(300)
    writer.setTitle(f"Settlement {draft.number or ''} {draft.cooperative}")
    writer.setCreator("Yarlung POS")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # lay out at the PDF's resolution, not the screen's
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    font = QFont()
    font.setFamilies(fonts.register_qt_fonts())
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setHtml(statement_html(draft))
    try:
        doc.print_(writer)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    del writer
    tmp.replace(real)
