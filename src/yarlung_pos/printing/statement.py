"""The settlement statement a cooperative signs: an A4 PDF in Tibetan, Chinese and English
(names and every fixed label, :data:`LABELS`).

Laid out as HTML in a ``QTextDocument`` and written by ``QPdfWriter`` (Qt shapes every script
with the shipped fonts and embeds them; see the issue #4 note on why not reportlab).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from yarlung_pos.domain.hall import HALL_ADDRESS, HALL_NAME_BO, HALL_NAME_EN, HALL_NAME_ZH
from yarlung_pos.domain.money import format_fen


#: the statement's fixed labels in the three scripts a cooperative signs in (README): Tibetan,
#: Chinese, English — the same on every statement, whatever the till's language
LABELS = {
    "title": ("བཅོལ་ཚོང་རྩིས་སྒྲིལ།", "寄售结算单", "Consignment settlement"),
    "draft": ("ཟིན་བྲིས།", "草稿", "draft"),
    "cooperative": ("མཉམ་ལས་ཁང་།", "合作社", "Cooperative"),
    "period": ("དུས་ཡུན།", "期间", "Period"),
    "documents": ("ཉོ་ཚོང་དང་དངུལ་ཕྱིར་སློག", "单据", "Sales and refunds"),
    "product": ("ཚོང་ཟོག", "商品", "Product"),
    "sold": ("བཙོངས་པ།", "售出", "Sold"),
    "returned": ("ཕྱིར་ལོག", "退回", "Returned"),
    "gross": ("འཚོང་འབབ།", "销售额", "Gross"),
    "refunds": ("དངུལ་ཕྱིར་སློག", "退款", "Refunds"),
    "gross_sales": ("འཚོང་འབབ་ཁྱོན་བསྡོམས།", "销售额", "Gross sales"),
    "commission": ("ཐོབ་ཆ།", "佣金", "Commission"),
    "due": ("སྤྲོད་དགོས་པའི་དངུལ།", "应付", "Amount due"),
    "payout": ("དངུལ་ལེན་གནས་ཚུལ།", "收款信息", "Payout details"),
    "coop_signature": ("མཉམ་ལས་ཁང་གི་མིང་རྟགས།", "合作社签字", "Cooperative signature"),
    "hall_signature": ("ཞབས་ཞུ་ས་ཚིགས་ཀྱི་མིང་རྟགས།", "服务点签字", "Service point signature"),
}

#: Tibetan a size up: its letters are small beside Han characters at the same point size
_BO = "<span style='font-size:{size}pt'>{text}</span>"


def _label(key: str, size: float = 11, join: str = "<br/>", tail: str = "") -> str:
    """HTML of the label ``key``: Tibetan, then ``join``, then Chinese and English (and ``tail``)."""
    bo, zh, en = LABELS[key]
    return f"{_BO.format(size=size, text=escape(bo))}{join}{escape(zh)} {escape(en)}{escape(tail)}"


def statement_html(draft, break_before_totals: bool = False) -> str:
    """The statement of a :class:`~yarlung_pos.services.settlement.SettlementDraft` as HTML
    (every fixed label in Tibetan, Chinese and English); ``break_before_totals`` starts the
    totals, payout details and signatures on a new page."""
    tail_break = "page-break-before: always" if break_before_totals else ""
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
        (_label("gross_sales", join=" "), format_fen(draft.gross_fen)),
        (_label("refunds", join=" "), "-" + format_fen(draft.refunds_fen) if draft.refunds_fen else format_fen(0)),
        (_label("commission", join=" ", tail=f" ({rate})"),
         "-" + format_fen(draft.commission_fen) if draft.commission_fen else format_fen(0)),
        (_label("due", join=" "), format_fen(draft.due_fen)),
    ]
    total_rows = "".join(f"<tr><td width='25%'></td><td width='55%' valign='middle'>{k}</td>"
                         f"<td width='20%' align='right' valign='middle'><b>{escape(v)}</b></td></tr>" for k, v in totals)
    number = escape(draft.number) if draft.number else f"({_label('draft', size=10, join=' ')})"
    head = "".join(f"<th width='{w}%'>{_label(k, size=10)}</th>" for k, w in
                   (("product", 33), ("sold", 10), ("returned", 11), ("gross", 16), ("refunds", 16)))
    return f"""
<html><body style="font-size:10pt">
<p align="center" style="font-size:16pt"><b>{HALL_NAME_BO}</b><br/><b>{HALL_NAME_ZH}</b> · <b>{HALL_NAME_EN}</b><br/>
<span style="font-size:9pt">{escape(HALL_ADDRESS)}</span></p>
<p align="center" style="font-size:13pt"><b>{_label("title", size=15)}</b><br/>
{number}</p>
<table width="100%" cellpadding="3">
<tr><td width="30%">{_label("cooperative")}</td><td><span style="font-size:11pt">{bo}</span><br/>{zh}<br/>{en} ({escape(draft.cooperative)})</td></tr>
<tr><td>{_label("period", join=" ")}</td><td>{draft.date_from.isoformat()} – {draft.date_to.isoformat()}</td></tr>
<tr><td>{_label("documents")}</td><td>{len(draft.sales)}</td></tr>
</table>
<br/>
<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-color:#888; font-size:9pt">
<tr style="background:#eee"><th width="14%">SKU</th>{head}</tr>
{''.join(rows)}
</table>
<br/>
<table width="100%" cellpadding="1" style="{tail_break}">{total_rows}</table>
<p>{_label("payout", join=" ")}: {escape(draft.payout_details) or "—"}</p>
<br/><br/>
<table width="100%"><tr>
<td width="50%">{_label("coop_signature")}<br/><br/>____________________________</td>
<td width="50%">{_label("hall_signature")}<br/><br/>____________________________</td></tr></table>
</body></html>"""


def _tail_straddles(doc) -> bool:
    """True when the totals table through the signatures (the document's last two tables)
    would run over a page break of the laid-out ``doc``."""
    from PySide6.QtGui import QTextTable
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    if len(tables) < 2:
        return False
    layout, page_h = doc.documentLayout(), doc.pageSize().height()
    top = layout.frameBoundingRect(tables[-2]).top()
    bottom = layout.frameBoundingRect(tables[-1]).bottom()
    return int(top // page_h) != int(bottom // page_h)


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
    if _tail_straddles(doc):  # totals and signatures stay together, on one page, never cut
        doc.setHtml(statement_html(draft, break_before_totals=True))
    try:
        doc.print_(writer)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    del writer
    tmp.replace(real)
