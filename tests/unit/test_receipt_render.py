"""Receipt rendering: one 1-bit image at the paper's dot width, shaped text, decodable QR."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImage, QRawFont

import yarlung_pos
from yarlung_pos import fonts
from yarlung_pos.printing import raster
from yarlung_pos.printing import receipt as rc
from yarlung_pos.printing.raster import pil_to_qimage
from yarlung_pos.printing.receipt import render_receipt
from yarlung_pos.printing.receipt_doc import ReceiptDoc, ReceiptLine, ReceiptPayment
from yarlung_pos.printing.receipt_text import format_fen, format_qty

CST = timezone(timedelta(hours=8))
WIDTHS = [384, 576]
URL = "https://yarlung.example/r/T01-000123"
LONG_BO = (
    "བོད་ལྗོངས་ལྷོ་ཁ་ས་ཁུལ་འཕྱོང་རྒྱས་རྫོང་གི་ཞིང་པའི་མཉམ་ལས་ཁང་ནས་བཟོས་པའི་"
    "ནས་ཆང་དང་བསྒྲུབས་པའི་སྤྱི་ཚོགས་རྒྱ་མཚོ།"
)


def line(name_bo="ནས་ཆང་།", name_zh="青稞酒", name_en="Barley wine", qty="2", unit="bottle",
         price=4500):
    q = Decimal(qty)
    return ReceiptLine(name_bo, name_zh, name_en, q, unit, price, int(q * price))


def make_doc(lines=None, **kw) -> ReceiptDoc:
    lines = tuple(lines if lines is not None else [line()])
    total = sum(x.line_total_fen for x in lines)
    defaults = dict(
        number="T01-000123",
        local_time=datetime(2026, 11, 29, 14, 5, tzinfo=CST),
        cashier="卓玛 Drolma",
        lines=lines,
        total_fen=total,
        payments=(ReceiptPayment("cash", total + 1000, change_fen=1000),),
        change_fen=1000,
    )
    defaults.update(kw)
    return ReceiptDoc(**defaults)


def twenty_lines() -> list[ReceiptLine]:
    out = [
        line(LONG_BO, "琼结青稞酒（传统酿造，五百毫升玻璃瓶装）", "Qonggyai Highland Barley Wine, 500 ml"),
        line("གཡག་ཤ་སྐམ།", "牦牛肉干", "Yak Jerky", "0.735", "kg", 16800),
    ]
    while len(out) < 20:
        out.append(line("སྤོས།", "藏香", "Tibetan Incense", "1", "box", 3800))
    return out


def black_columns(img: Image.Image, xs) -> int:
    """Number of black pixels in the given columns."""
    w, h = img.size
    px = img.load()
    return sum(1 for x in xs for y in range(h) if px[x, y] == 0)


# ------------------------------------------------------------------ format_fen


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (0, "￥0.00"),
        (5, "￥0.05"),
        (100, "￥1.00"),
        (1250, "￥12.50"),
        (123456, "￥1234.56"),
        (-300, "-￥3.00"),
        (-5, "-￥0.05"),
    ],
)
def test_format_fen(fen, text):
    assert format_fen(fen) == text
    assert "\u00a5" not in format_fen(fen)  # never the half-width ¥ (4 bytes in GB18030)


@pytest.mark.parametrize("bad", [1.5, 100.0, True, "100", Decimal("1")])
def test_format_fen_refuses_non_int(bad):
    with pytest.raises(TypeError):
        format_fen(bad)


@pytest.mark.parametrize(
    ("qty", "unit", "text"),
    [
        (Decimal("2"), "bottle", "2"),
        (Decimal("2.000"), "piece", "2"),
        (Decimal("0.735"), "kg", "0.735 kg"),
        (Decimal("1.500"), "kg", "1.5 kg"),
        (Decimal("100"), "pack", "100"),
        (Decimal("-1"), "jar", "-1"),
        (Decimal("0"), "kg", "0 kg"),
        (3, "bag", "3"),
    ],
)
def test_format_qty(qty, unit, text):
    assert format_qty(qty, unit) == text


def test_format_qty_refuses_float():
    with pytest.raises(TypeError):
        format_qty(0.735, "kg")


def test_doc_requires_aware_time_and_int_fen():
    with pytest.raises(ValueError, match="timezone"):
        make_doc(local_time=datetime(2026, 11, 29, 14, 5))
    with pytest.raises(TypeError):
        make_doc(total_fen=12.5)
    with pytest.raises(TypeError):
        ReceiptLine("", "", "x", Decimal(1), "piece", 1.0, 1)
    assert isinstance(make_doc(footer=["a"]).footer, tuple)


# ---------------------------------------------------------------------- render


@pytest.mark.parametrize("width", WIDTHS)
def test_width_and_mode(qapp, width):
    img = render_receipt(make_doc(qr_url=URL), width)
    assert img.mode == "1"
    assert img.width == width
    assert img.height > 300


def test_default_width_is_80mm(qapp):
    assert render_receipt(make_doc()).width == 576


@pytest.mark.parametrize("width", [100, 5000])
def test_width_out_of_range(qapp, width):
    with pytest.raises(ValueError):
        render_receipt(make_doc(), width)


@pytest.mark.parametrize("width", WIDTHS)
def test_long_names_wrap_and_nothing_is_clipped(qapp, width):
    short = render_receipt(make_doc([line()]), width)
    long_doc = make_doc(
        [line(LONG_BO, "琼结青稞酒（传统酿造，五百毫升玻璃瓶装，合作社特供）" * 2,
              "Qonggyai Highland Barley Wine, traditional brew, 500 ml glass bottle")],
        cashier="ཚེ་རིང་དབང་མོ། 次仁旺姆 Tsering Wangmo",
        footer=("退换货请保留小票 Keep this receipt for returns " * 3,),
        # An unbreakable token longer than the paper must wrap too.
        qr_url="https://yarlung.example/r/" + "X" * 60,
    )
    long = render_receipt(long_doc, width)
    assert long.height > short.height + 100
    for img in (short, long):
        assert black_columns(img, [0, 1, width - 2, width - 1]) == 0
        # and something is drawn
        assert black_columns(img, range(width)) > 1000


def test_text_uses_only_shipped_fonts_and_shapes_cleanly(qapp):
    """Every glyph of the layout comes from a shipped font: no tofu, no ◌, no system font."""
    fonts.ensure_gui_app()
    path = fonts.assets_dir() / "fonts" / "NotoSerifTibetan-Regular.ttf"
    (dotted,) = QRawFont(str(path), 20).glyphIndexesForString("\u25cc")
    doc = make_doc(twenty_lines(), title="副本 COPY", footer=("ཐུགས་རྗེ་ཆེ།",), qr_url=URL)
    for width in WIDTHS:
        texts = []
        for block in rc.receipt_blocks(doc, raster.Style.for_width(width)):
            texts += [getattr(block, a) for a in ("left", "right", "text") if hasattr(block, a)]
            if isinstance(block, raster.Paragraph):
                texts.append(block)
        assert len(texts) > 40
        for text in texts:
            for i in range(text.layout.lineCount()):
                for run in text.layout.lineAt(i).glyphRuns():
                    assert run.rawFont().familyName() in fonts.UI_FAMILIES
                    glyphs = list(run.glyphIndexes())
                    assert 0 not in glyphs
                    if run.rawFont().familyName() == "Noto Serif Tibetan":
                        assert dotted not in glyphs


@pytest.mark.parametrize("width", WIDTHS)
def test_qr_decodes_to_the_url(qapp, width):
    img = render_receipt(make_doc(qr_url=URL), width)
    results = zxingcpp.read_barcodes(img.convert("L"))
    assert [r.text for r in results] == [URL]
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode


@pytest.mark.parametrize(("width", "min_module"), [(384, 3), (576, 4)])
def test_qr_module_size_and_centring(qapp, width, min_module):
    qr = raster.QRBlock(URL, raster.Style.for_width(width))
    assert qr.module >= min_module
    n = len(qr.matrix)
    assert (n - 8 - 21) % 4 == 0  # a QR version's size plus a 4-module quiet zone each side
    for k in (0, 1, 2, 3, n - 4, n - 3, n - 2, n - 1):
        assert not any(qr.matrix[k]) and not any(row[k] for row in qr.matrix)
    assert qr.size == n * qr.module <= width
    assert abs(qr.x - (width - qr.x - qr.size)) <= 1


def test_qr_too_long_for_paper(qapp):
    with pytest.raises(ValueError, match="QR"):
        render_receipt(make_doc(qr_url="https://x/" + "A" * 2500), 384)


def test_no_qr_without_url(qapp):
    img = render_receipt(make_doc(), 576)
    assert zxingcpp.read_barcodes(img.convert("L")) == []


def test_title_banner_and_payments_add_height(qapp):
    base = make_doc()
    more = make_doc(
        title="副本 COPY",
        payments=(
            ReceiptPayment("wechat", 5000, reference="4200002026112914050012345678"),
            ReceiptPayment("alipay", 2000, reference="2026112922001400001"),
            ReceiptPayment("unionpay", 1000),
            ReceiptPayment("cash", 2000),
        ),
    )
    assert render_receipt(more).height > render_receipt(base).height + 100


def test_receipt_does_not_follow_the_screen_language(qapp):
    """The receipt's words come from its own language setting (issue #8), never from the
    screen's translator: the till's preview, the print queue and the command line print the
    same pixels whatever language the screen is in."""
    doc = make_doc(payments=(ReceiptPayment("wechat", 9000),), change_fen=0, title="副本 COPY")
    before = render_receipt(doc).tobytes()

    class Everything(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "XXXXXXXX"

    spy = Everything()
    QCoreApplication.installTranslator(spy)
    try:
        after = render_receipt(doc).tobytes()
    finally:
        QCoreApplication.removeTranslator(spy)
    assert after == before


@pytest.mark.parametrize("width", WIDTHS)
def test_twenty_line_receipt_is_one_image_at_the_paper_width(qapp, width):
    """Twenty lines make one taller image at exactly the paper's dots (its speed is a
    benchmark, ``make bench``: ``receipt_render_ms_20_lines``)."""
    long = render_receipt(make_doc(twenty_lines(), qr_url=URL), width)
    short = render_receipt(make_doc(twenty_lines()[:1], qr_url=URL), width)
    assert long.width == short.width == width
    assert long.height > short.height + 19 * 20  # every line has its own row


# -------------------------------------------------------------------- preview


def _qimage_gray_bytes(qimg: QImage) -> bytes:
    gray = qimg.convertToFormat(QImage.Format.Format_Grayscale8)
    bpl, w = gray.bytesPerLine(), gray.width()
    raw = bytes(gray.constBits())
    return b"".join(raw[y * bpl: y * bpl + w] for y in range(gray.height()))


@pytest.mark.parametrize("width", WIDTHS)
def test_pil_to_qimage_is_pixel_identical(qapp, width):
    img = render_receipt(make_doc(twenty_lines()[:3], qr_url=URL), width)
    qimg = pil_to_qimage(img)
    assert (qimg.width(), qimg.height()) == img.size
    assert _qimage_gray_bytes(qimg) == img.convert("L").tobytes()
    # spot check through the QImage API itself
    px = img.load()
    for y in range(0, img.height, 97):
        for x in range(width):
            assert (qimg.pixelColor(x, y).value() == 255) == (px[x, y] == 255)


@pytest.mark.parametrize("mode", ["L", "RGB", "RGBA"])
def test_pil_to_qimage_other_modes(qapp, mode):
    src = Image.new("L", (37, 11))
    src.putdata([(i * 7) % 256 for i in range(37 * 11)])
    img = src.convert(mode)
    qimg = pil_to_qimage(img)
    assert (qimg.width(), qimg.height()) == img.size
    rgba = img.convert("RGBA")
    for y in range(img.height):
        for x in range(img.width):
            assert qimg.pixelColor(x, y).getRgb() == rgba.getpixel((x, y))


# ------------------------------------------------------------------------ CLI


@pytest.mark.slow
def test_renders_from_a_cli_without_display(tmp_path):
    """No QApplication and no display: ensure_gui_app goes offscreen by itself."""
    src_dir = Path(yarlung_pos.__path__[0]).parent
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src_dir), env.get("PYTHONPATH")]))
    out = tmp_path / "r.png"
    code = (
        "import os, sys\n"
        "from datetime import datetime, timezone\n"
        "from decimal import Decimal\n"
        "from yarlung_pos.printing.receipt import *\n"
        "from yarlung_pos.printing.receipt_doc import *\n"
        "d = ReceiptDoc('T01-1', datetime(2026,1,1,tzinfo=timezone.utc), 'x',"
        " (ReceiptLine('ཀ', '青', 'a', Decimal(1), 'piece', 100, 100),), 100,"
        " (ReceiptPayment('cash', 100),), 0)\n"
        f"render_receipt(d, 384).save({str(out)!r})\n"
        "print(os.environ['QT_QPA_PLATFORM'])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "offscreen"
    assert Image.open(out).size[0] == 384
