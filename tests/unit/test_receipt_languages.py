"""Receipt and X/Z report languages (issue #8): one script, two stacked in either order, or all
three; fixed labels from one table per language, joined in the chosen order."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from itertools import permutations

import pytest
import zxingcpp
from PySide6.QtGui import QRawFont

from yarlung_pos import fonts
from yarlung_pos.domain.shift_report import MethodTotals, ShiftReport
from yarlung_pos.printing import raster, receipt_text
from yarlung_pos.printing import receipt as rc
from yarlung_pos.printing import zreport as zr
from yarlung_pos.printing.receipt import render_receipt
from yarlung_pos.printing.receipt_doc import ReceiptPayment, name_lines
from yarlung_pos.printing.receipt_text import (
    DEFAULT_RECEIPT_LANGUAGES,
    RECEIPT_LABELS,
    check_receipt_languages,
    method_label,
    receipt_label,
    receipt_labels,
    row_languages,
)
from yarlung_pos.printing.zreport import SHIFT_LABELS, render_shift_report, shift_label, shift_labels

from ..golden_receipts import golden_doc
from .test_receipt_render import URL, black_columns, line, make_doc

WIDTHS = [384, 576]
ALL_CHOICES = [c for n in (1, 2, 3) for c in permutations(("bo", "zh", "en"), n)]
TSHEG, SHAD = "\u0f0b", "\u0f0d"
CST = timezone(timedelta(hours=8))

#: the receipts' words before the setting existed: the default must print exactly these
LEGACY = {
    "no": "单号 No.", "refund_of": "原单 Refund of", "time": "时间 Time", "cashier": "收银员 Cashier",
    "discount": "折扣 Discount", "subtotal": "小计 Subtotal", "sale_discount": "整单折扣 Sale discount",
    "rounding": "抹零 Rounding", "total": "合计 Total", "refund_total": "退款 Refund", "ref": "参考号 Ref.",
    "change": "找零 Change", "thanks": "ཐུགས་རྗེ་ཆེ། 谢谢惠顾 Thank you", "refund_banner": "退款 REFUND",
    "copy": "副本 COPY", "delivery_banner": "送货上门 FOR DELIVERY", "delivery_no": "送货单号 Delivery", "cash": "现金 Cash", "wechat": "微信支付 WeChat Pay", "alipay": "支付宝 Alipay",
    "unionpay": "银联卡 UnionPay", "printer_test": "打印测试 PRINTER TEST", "printer": "打印机 Printer",
    "profile": "型号 Profile", "width": "宽度 Width",
}


# ------------------------------------------------------------------------------ the table


def test_default_languages_print_todays_words():
    assert DEFAULT_RECEIPT_LANGUAGES == ("bo", "zh", "en")
    assert receipt_labels() == LEGACY
    assert row_languages(DEFAULT_RECEIPT_LANGUAGES) == ("zh", "en")   # three do not fit beside an amount


@pytest.mark.parametrize(("languages", "no", "total", "thanks"), [
    (("zh", "en"), "单号 No.", "合计 Total", "谢谢惠顾 Thank you"),
    (("bo", "zh"), "ཨང་གྲངས། 单号", "ཁྱོན་བསྡོམས། 合计", "ཐུགས་རྗེ་ཆེ། 谢谢惠顾"),
    (("zh", "bo"), "单号 ཨང་གྲངས།", "合计 ཁྱོན་བསྡོམས།", "谢谢惠顾 ཐུགས་རྗེ་ཆེ།"),
    (("bo",), "ཨང་གྲངས།", "ཁྱོན་བསྡོམས།", "ཐུགས་རྗེ་ཆེ།"),
    (("zh",), "单号", "合计", "谢谢惠顾"),
    (("en",), "No.", "Total", "Thank you"),
    (("en", "bo"), "No. ཨང་གྲངས།", "Total ཁྱོན་བསྡོམས།", "Thank you ཐུགས་རྗེ་ཆེ།"),
])
def test_labels_join_the_chosen_languages_in_order(languages, no, total, thanks):
    labels = receipt_labels(languages)
    assert (labels["no"], labels["total"], labels["thanks"]) == (no, total, thanks)
    assert receipt_label("total", languages) == total
    for key, entry in RECEIPT_LABELS.items():
        if key != "thanks":
            assert labels[key] == " ".join(entry[x] for x in row_languages(languages))


def test_every_language_has_every_label():
    for table in (RECEIPT_LABELS, SHIFT_LABELS):
        for key, entry in table.items():
            langs = ("bo",) if key.endswith("_subtitle") else ("bo", "zh", "en")
            assert all(entry.get(x, "").strip() for x in langs), key


def test_payment_methods_and_unknown_codes():
    assert method_label("wechat", ("bo", "zh")) == "ཝེ་ཤིན་དངུལ་སྤྲོད། 微信支付"
    assert method_label("cash", ("en",)) == "Cash"
    assert method_label("credit", ("bo",)) == "credit"


@pytest.mark.parametrize(("value", "message"), [
    ((), "at least one"), ([], "at least one"), ("", "at least one"),
    (("fr",), "unknown receipt language 'fr'"), (("bo", "zh_CN"), "unknown"),
    (("bo", "bo"), "each appear once"), (("zh", "en", "zh"), "each appear once"),
    (("bo", "zh", "en", "bo"), "each appear once"), (5, "list of codes"),
])
def test_bad_languages_are_refused_with_a_reason(value, message):
    with pytest.raises(ValueError, match=message):
        check_receipt_languages(value)
    with pytest.raises(ValueError):
        make_doc(languages=value)


def test_languages_accept_lists_and_text():
    assert check_receipt_languages(["zh", "bo"]) == ("zh", "bo")
    assert check_receipt_languages(" bo, zh ") == ("bo", "zh")
    assert make_doc(languages=["en"]).languages == ("en",)
    assert make_doc().languages == DEFAULT_RECEIPT_LANGUAGES


def _tibetan_ok(text: str) -> bool:
    """Tibetan orthography of a label: syllables joined by single tshegs, no space before a
    tsheg or shad, and the end marked by a shad -- none after ག or ཀ, and a tsheg before the
    shad only after ང."""
    if "  " in text or f"{TSHEG}{TSHEG}" in text or f" {TSHEG}" in text or f" {SHAD}" in text:
        return False
    if re.search(f"[^\u0f44]{TSHEG}{SHAD}", text) or f"{SHAD}{SHAD}" in text:
        return False
    text = text.rstrip()
    if text[-1] in "\u0f42\u0f40":  # ends in ག or ཀ: no shad
        return True
    return text[-1] == SHAD and text[-2] not in "\u0f42\u0f40"


@pytest.mark.parametrize("table", [RECEIPT_LABELS, SHIFT_LABELS], ids=["receipt", "shift"])
def test_tibetan_labels_are_well_formed(qapp, table):
    for key, entry in table.items():
        bo = entry["bo"]
        assert _tibetan_ok(bo), (key, bo)
        assert fonts.missing_glyphs(bo) == [], key
        assert all("\u0f00" <= ch <= "\u0fff" or ch in " {}0XZ" for ch in bo), key


def test_tibetan_labels_are_short_enough_for_58mm():
    """A label and a typical amount share one 58 mm line (checked as laid out)."""
    fonts.ensure_gui_app()
    st = raster.Style.for_width(384)
    for key in ("no", "time", "cashier", "discount", "subtotal", "sale_discount", "rounding", "total",
                "refund_total", "change", "cash", "wechat", "alipay", "unionpay"):
        for languages in (("bo",), ("bo", "zh"), ("zh", "bo")):
            font = raster.make_font(st.total, True) if "total" in key else raster.make_font(st.body)
            row = raster.Row(receipt_text.join_label(RECEIPT_LABELS[key], languages), "-￥3881.76", font, font,
                             st.margin, 384 - 2 * st.margin, st.gap, raster.tibetan_scale(font, st))
            assert not row.stacked and row.left.layout.lineCount() == 1, (key, languages)


# ------------------------------------------------------------------------------ names


def test_product_names_print_in_the_chosen_scripts():
    ln = line("ནས་ཆང་།", "青稞酒", "Barley wine")
    assert name_lines(ln) == [("bo", "ནས་ཆང་།"), ("zh", "青稞酒 Barley wine")]    # as before
    assert name_lines(ln, ("bo", "zh")) == [("bo", "ནས་ཆང་།"), ("zh", "青稞酒")]
    assert name_lines(ln, ("zh", "bo")) == [("zh", "青稞酒"), ("bo", "ནས་ཆང་།")]
    assert name_lines(ln, ("en", "zh")) == [("en", "Barley wine 青稞酒")]
    assert name_lines(ln, ("zh", "bo", "en")) == [("zh", "青稞酒"), ("bo", "ནས་ཆང་།"), ("en", "Barley wine")]
    assert name_lines(ln, ("en",)) == [("en", "Barley wine")]
    # a product without a name in the chosen scripts still has a name on the receipt
    assert name_lines(line("ནས་ཆང་།", "青稞酒", ""), ("en",)) == [("zh", "青稞酒")]
    assert name_lines(line("ནས་ཆང་།", "", ""), ("en",)) == [("bo", "ནས་ཆང་།")]
    assert name_lines(line("", "青稞酒", ""), ("bo",)) == [("zh", "青稞酒")]


# ------------------------------------------------------------------------------ rendering


def _texts(blocks) -> list[str]:
    """Every text of a laid-out receipt, top to bottom (rows: label then value)."""
    out = []
    for b in blocks:
        parts = [b.left, b.right] if isinstance(b, raster.Row) else [b.text] if isinstance(b, raster.Banner) else \
            [b] if isinstance(b, raster.Paragraph) else []
        out += [p.layout.text().replace("\u2028", " ") for p in parts]
    return out


def _glyphs_ok(blocks) -> None:
    path = fonts.assets_dir() / "fonts" / "NotoSerifTibetan-Regular.ttf"
    (dotted,) = QRawFont(str(path), 20).glyphIndexesForString("\u25cc")
    for b in blocks:
        for text in ([b.left, b.right] if isinstance(b, raster.Row) else [b.text] if isinstance(b, raster.Banner)
                     else [b] if isinstance(b, raster.Paragraph) else []):
            assert fonts.missing_glyphs(text.layout.text()) == []
            for i in range(text.layout.lineCount()):
                for run in text.layout.lineAt(i).glyphRuns():
                    assert run.rawFont().familyName() in fonts.UI_FAMILIES
                    glyphs = list(run.glyphIndexes())
                    assert 0 not in glyphs, text.layout.text()                   # no tofu
                    if run.rawFont().familyName() == "Noto Serif Tibetan":
                        assert dotted not in glyphs, text.layout.text()          # no broken stack


def _full_doc(languages):
    """A refund-free sale with every kind of row: discounts, rounding, four tenders, a title."""
    lines = [line("ནས་ཆང་།", "青稞酒", "Barley wine"),
             replace(line("གཡག་ཤ་སྐམ།", "牦牛肉干", "Yak Jerky", "0.735", "kg", 16800), discount_fen=350)]
    total = sum(x.line_total_fen - x.discount_fen for x in lines) - 1000 - 5
    return make_doc(lines, total_fen=total, discount_fen=1000, rounding_fen=-5, qr_url=URL, languages=languages,
                    title=receipt_label("copy", languages),
                    payments=(ReceiptPayment("wechat", 5000, reference="4200002026112914050012345678"),
                              ReceiptPayment("alipay", 2000), ReceiptPayment("unionpay", 1000),
                              ReceiptPayment("cash", total - 8000 + 1000, change_fen=1000)))


@pytest.mark.parametrize("languages", [("bo",), ("zh",), ("bo", "zh"), ("en",), ("zh", "bo"), ("bo", "en")])
@pytest.mark.parametrize("width", WIDTHS)
def test_receipt_in_chosen_languages(qapp, languages, width):
    doc = _full_doc(languages)
    img = render_receipt(doc, width)
    assert img.mode == "1" and img.width == width
    assert [r.text for r in zxingcpp.read_barcodes(img.convert("L"))] == [URL]
    assert black_columns(img, [0, 1, width - 2, width - 1]) == 0               # nothing reaches the edge
    blocks = rc.receipt_blocks(doc, raster.Style.for_width(width))
    _glyphs_ok(blocks)
    texts = _texts(blocks)
    labels = receipt_labels(languages)
    want = [labels[k] for k in ("copy", "no", "time", "cashier", "discount", "subtotal", "sale_discount",
                                "rounding", "total", "wechat", "ref", "alipay", "unionpay", "cash", "change",
                                "thanks")]
    got = [t for t in texts if t in want or t.startswith(labels["ref"] + " ")]
    assert [labels["ref"] if t.startswith(labels["ref"] + " ") else t for t in got] == want
    # names: only the chosen scripts, Tibetan on a line of its own
    names = [t for t in texts if t in ("ནས་ཆང་།", "青稞酒", "Barley wine", "青稞酒 Barley wine")]
    want_names = {("bo",): ["ནས་ཆང་།"], ("zh",): ["青稞酒"], ("en",): ["Barley wine"],
                  ("bo", "zh"): ["ནས་ཆང་།", "青稞酒"], ("zh", "bo"): ["青稞酒", "ནས་ཆང་།"],
                  ("bo", "en"): ["ནས་ཆང་།", "Barley wine"]}[languages]
    assert names == want_names
    # no word of a language that was not chosen
    others = [x for x in ("bo", "zh", "en") if x not in languages]
    for key in ("total", "cashier", "change", "thanks"):
        for x in others:
            assert RECEIPT_LABELS[key][x] not in " ".join(texts), (key, x)


def test_refund_receipt_banner_in_tibetan(qapp):
    doc = make_doc([line(qty="-1")], total_fen=-4500, payments=(ReceiptPayment("cash", -4500),), change_fen=0,
                   refund_of="T01-000122", languages=("bo", "zh"))
    blocks = rc.receipt_blocks(doc, raster.Style.for_width(384))
    _glyphs_ok(blocks)
    texts = _texts(blocks)
    assert "ཕྱིར་སློག 退款" in texts and "མ་ཡིག 原单" in texts and "ཕྱིར་སློག 退款" in texts


def test_a_label_too_long_for_its_line_breaks_between_languages(qapp):
    fonts.ensure_gui_app()
    st = raster.Style.for_width(384)
    font = raster.make_font(st.body)
    for languages, want in ((("bo", "zh"), ["དངོས་དངུལ་བཙོང་འབབ།", "现金销售"]),
                            (("zh", "bo"), ["现金销售", "དངོས་དངུལ་བཙོང་འབབ།"])):
        row = raster.Row(zr.shift_label("cash_sales", languages), "+￥1234.00", font, font,
                         st.margin + st.indent, 384 - 2 * st.margin - st.indent, st.gap,
                         raster.tibetan_scale(font, st))
        layout = row.left.layout
        lines = [layout.text()[layout.lineAt(i).textStart():][:layout.lineAt(i).textLength()].strip("\u2028 ")
                 for i in range(layout.lineCount())]
        assert lines == want                      # not "现金 / 销售" or "…བཙོང་ / འབབ།"


def test_golden_receipt_unchanged_by_the_default(qapp):
    """The default ReceiptDoc languages are today's: spelled out they give the same pixels."""
    for width in WIDTHS:
        a = render_receipt(golden_doc(), width)
        b = render_receipt(replace(golden_doc(), languages=("bo", "zh", "en")), width)
        assert a.tobytes() == b.tobytes()
        assert a.tobytes() != render_receipt(replace(golden_doc(), languages=("bo", "zh")), width).tobytes()


def test_test_page_in_the_chosen_languages(qapp):
    img = rc.render_test_page(384, URL, "network://192.0.2.1:9100", languages=("bo",))
    assert [r.text for r in zxingcpp.read_barcodes(img.convert("L"))] == [URL]
    assert img.tobytes() != rc.render_test_page(384, URL, "network://192.0.2.1:9100").tobytes()


# ------------------------------------------------------------------------------ X/Z reports


def _z_report() -> ShiftReport:
    return ShiftReport("Z", "T01", "S-0007", "u", datetime(2026, 11, 29, 8, 0, tzinfo=CST), "Padma", 50000,
                       datetime(2026, 11, 30, 1, 5, tzinfo=CST), 42, 2,
                       [MethodTotals("cash", 123400, -3500), MethodTotals("wechat", 88000, 0),
                        MethodTotals("unionpay", 12000, -1200)],
                       10000, 5000, 2300, -7, "Z-0007", "Dorje", {10000: 3, 5000: 1, 1000: 4, 100: 7, 50: 2},
                       1234500)


def test_shift_labels_in_order():
    assert shift_labels()["net"] == "净额 Net"                           # the default: as before
    assert shift_labels()["z_title"] == "Z 报告 Z REPORT" and shift_labels()["z_subtitle"] == "ལས་རེས་མཇུག་སྒྲིལ་སྙན་ཞུ།"
    assert shift_label("net", ("bo", "zh")) == "གཙང་འབབ། 净额"
    assert shift_label("net", ("zh", "bo")) == "净额 གཙང་འབབ།"
    assert shift_label("days", ("zh", "en"), 2) == "班次跨2天 Shift over 2 days"
    assert shift_label("z_subtitle", ("zh", "en")) == ""                 # no Tibetan line without Tibetan
    assert zr.over_short_text(300, ("en",)) == "Over +￥3.00"
    assert zr.report_title("X", ("bo",)) == "X སྙན་ཞུ།"


@pytest.mark.parametrize("languages", [("bo",), ("bo", "zh"), ("en",), ("zh",)])
@pytest.mark.parametrize("width", WIDTHS)
def test_shift_report_in_chosen_languages(qapp, languages, width):
    rep = _z_report()
    img = render_shift_report(rep, width, languages)
    assert img.width == width and black_columns(img, [0, 1, width - 2, width - 1]) == 0
    blocks = zr.shift_report_blocks(rep, raster.Style.for_width(width), languages)
    _glyphs_ok(blocks)
    texts = _texts(blocks)
    labels = shift_labels(languages)
    want = [labels[k] for k in ("number", "terminal", "shift", "opened", "closed", "opened_by", "closed_by",
                                "by_method", "net", "drawer", "float", "expected", "counted_heading", "counted",
                                "expected", "discounts", "cashier", "manager")]
    assert [t for t in texts if t in want] == want
    assert (labels["z_subtitle"] in texts) == ("bo" in languages)
