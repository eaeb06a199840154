"""Delivery documents (issue #16): shipping labels as PDF, 203 dpi raster and TSPL; packing
slips as A5 PDF and on the receipt printer.  Every page is rendered and its codes decoded."""

import re
from datetime import datetime, timedelta, timezone

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from yarlung_pos.domain.delivery import Address, mask_phone
from yarlung_pos.domain.hall import HALL_NAME_BO, HALL_NAME_ZH
from yarlung_pos.domain.model import UNITS
from yarlung_pos.printing.escpos_codec import decode_job, encode_receipt
from yarlung_pos.printing.packing_slip import (
    PackingItem,
    PackingSlip,
    _pages,
    a5_blocks,
    packing_slip_blocks,
    packing_slip_receipt,
    render_packing_slips_pdf,
    unit_label,
)
from yarlung_pos.printing.raster import Banner, Paragraph, Row, Style
from yarlung_pos.printing.shipping_label import (
    MARGIN_MM,
    NAME_MM,
    QUIET_MODULES_128,
    SHIPPING_TEMPLATES,
    T_TOO_LONG,
    T_TRACKING_TOO_LONG,
    T_UNKNOWN_TEMPLATE,
    Sender,
    ShippingLabel,
    ShippingLabelError,
    code128_modules,
    dots_per_mm,
    format_weight,
    layout_shipping_label,
    render_shipping_labels_pdf,
    shipping_label_image,
    tspl_bitmap,
)

MM_PER_PT = 25.4 / 72
HALL = Sender(HALL_NAME_ZH, HALL_NAME_BO, "西藏自治区山南市琼结县琼结镇 雅砻优选展馆", "0893-7831234")
ADDRESS = Address("西藏自治区", "山南市", "琼结县", "下水乡", "下水村三组 12号")
LONG_ADDRESS = Address("西藏自治区", "山南市", "琼结县", "拉玉乡" * 6,
                       "琼果村四组 牧业合作社仓库后面第三排左数第二户 靠近水渠的蓝色大门（请先打电话）" * 2)
LONG_BO = "བསོད་ནམས་སྒྲོལ་མ་བཀྲ་ཤིས་དབང་མོ་ཚེ་རིང་ལྷ་མོ་བདེ་སྐྱིད་"  # ~60 characters


def label(number="D-T01-000001", tracking="RB123456785GB", address=ADDRESS, name="索朗卓玛",
          name_bo="བསོད་ནམས་སྒྲོལ་མ", weight_g=1250):
    return ShippingLabel(number, HALL, name, name_bo, "13812345678", address.lines(), weight_g, tracking, "EMS",
                         "2026-12-05", "T01-000123")


def pdf_pages(path, dpi=300):
    """[(size in mm, decoded codes as (format, text), page text)] of every page."""
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for page in pdf:
        size = tuple(round(v * MM_PER_PT, 1) for v in page.get_size())
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        text = re.sub(r"\s", "", page.get_textpage().get_text_range())  # pdfium breaks lines anywhere
        out.append((size, sorted((c.format.name, c.text) for c in zxingcpp.read_barcodes(img)), text))
    pdf.close()
    return out


def codes(img):
    return sorted((c.format.name, c.text) for c in zxingcpp.read_barcodes(img.convert("L")))


# ---------------------------------------------------------------------- shipping labels

@pytest.mark.parametrize("template", list(SHIPPING_TEMPLATES))
def test_label_pdf_pages_are_the_label_and_their_codes_scan(qapp, tmp_path, template):
    out = tmp_path / "labels.pdf"
    pages = render_shipping_labels_pdf([label(), label("D-T01-000002", tracking=None)], template, out)
    assert pages == 2
    (size1, codes1, text1), (size2, codes2, _) = pdf_pages(out)
    w, h = SHIPPING_TEMPLATES[template]
    for pw, ph in (size1, size2):
        assert abs(pw - w) <= 0.4 and abs(ph - h) <= 0.4        # PDF pages are whole points
    assert codes1 == [("Code128", "RB123456785GB"), ("QRCode", "D-T01-000001")]
    assert codes2 == [("QRCode", "D-T01-000002")]              # no tracking number: no bars, still the QR
    assert "13812345678" in text1 and "1.25kg" in text1       # the post office gets the full phone
    assert not list(tmp_path.glob(".*part"))


def test_barcode_modules_fall_on_printer_dots_with_quiet_zones(qapp):
    lay = layout_shipping_label(label(), "100x150", dots_per_mm(203))
    modules = len(code128_modules("RB123456785GB")) + 2 * QUIET_MODULES_128
    assert lay.barcode_module_mm in (0.5, 0.375, 0.25)
    assert lay.barcode.w == pytest.approx(modules * lay.barcode_module_mm)
    assert (lay.barcode.x * 8) == pytest.approx(round(lay.barcode.x * 8))   # starts on a whole dot
    assert lay.barcode.inside(lay.page) and lay.qr.inside(lay.page)
    img = shipping_label_image(label(), "100x150")
    # the quiet zones (10 modules each side) across the bars' rows are bare paper
    top = round((lay.page.h - lay.barcode.y - lay.barcode.h) * 8)
    x0, quiet = round(lay.barcode.x * 8), round(QUIET_MODULES_128 * lay.barcode_module_mm * 8)
    x1 = round((lay.barcode.x + lay.barcode.w) * 8)
    band = img.crop((x0, top, x0 + quiet, top + round(lay.barcode.h * 8)))
    assert band.getextrema() == (255, 255)
    assert img.crop((x1 - quiet, top, x1, top + round(lay.barcode.h * 8))).getextrema() == (255, 255)
    assert img.crop((x0 + quiet, top, x0 + quiet + 1, top + 5)).getextrema() == (0, 0)  # start bar


@pytest.mark.parametrize("template, size", [("100x150", (800, 1200)), ("100x180", (800, 1440))])
def test_raster_at_203_dpi_is_the_label_in_dots_and_scans(qapp, template, size):
    img = shipping_label_image(label(), template)
    assert img.mode == "1" and img.size == size
    assert codes(img) == [("Code128", "RB123456785GB"), ("QRCode", "D-T01-000001")]


def _inside_margins(lay):
    m = MARGIN_MM - 1e-6
    for t in lay.texts:
        b = t.box
        assert b.x >= m and b.y >= m and b.x + b.w <= lay.page.w - m and b.y + b.h <= lay.page.h - m, t


def _overlap(a, b):
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


@pytest.mark.parametrize("template", list(SHIPPING_TEMPLATES))
def test_long_address_and_long_tibetan_name_shrink_and_stay_inside(qapp, template):
    long = label(address=LONG_ADDRESS, name_bo=LONG_BO, name="次仁旺姆·扎西卓嘎·德吉央宗")
    for dpm in (dots_per_mm(203), dots_per_mm(1200)):
        lay = layout_shipping_label(long, template, dpm)
        _inside_margins(lay)
        assert lay.name_mm < NAME_MM[0]                                     # shrunk to fit
        assert [t.text for t in lay.text("address")] == LONG_ADDRESS.lines()   # whole, never shortened
        assert lay.text("recipient_name_bo")[0].text == LONG_BO
        recipient = [t.box for t in lay.texts if t.key.startswith(("recipient", "address"))]
        others = [t.box for t in lay.texts if not t.key.startswith(("recipient", "address"))] + [lay.qr]
        assert not any(_overlap(a, b) for a in recipient for b in others)
        assert len(lay.text("address")[1].text) > 60
    img = shipping_label_image(long, template)
    ring = 8 * 2  # 2 mm of bare paper all round: nothing painted runs off the label
    w, h = img.size
    for box in ((0, 0, w, ring), (0, h - ring, w, h), (0, 0, ring, h), (w - ring, 0, w, h)):
        assert img.crop(box).getextrema() == (255, 255)
    assert codes(img) == [("Code128", "RB123456785GB"), ("QRCode", "D-T01-000001")]


def test_longer_tracking_numbers_get_narrower_bars_or_a_clear_error(qapp):
    mid = "YTA1B2C3D4E5F6G7H8CN"                                  # 20 characters of code set B: 2-dot modules
    lay = layout_shipping_label(label(tracking=mid), "100x150", 8)
    assert lay.barcode_module_mm == 0.25 and lay.barcode.inside(lay.page)
    assert codes(shipping_label_image(label(tracking=mid), "100x150"))[0] == ("Code128", mid)
    with pytest.raises(ShippingLabelError) as err:
        layout_shipping_label(label(tracking="AB-12-CD-34-EF-56-GH-78-IJ-90-KL-12-MN-3"), "100x150", 8)
    assert err.value.template == T_TRACKING_TOO_LONG


def test_a_short_label_keeps_its_largest_name(qapp):
    assert layout_shipping_label(label(), "100x180", dots_per_mm(203)).name_mm == NAME_MM[0]


def test_errors_are_translatable_and_write_nothing(qapp, tmp_path):
    out = tmp_path / "x.pdf"
    with pytest.raises(ShippingLabelError) as err:
        render_shipping_labels_pdf([label()], "a6", out)
    assert err.value.template == T_UNKNOWN_TEMPLATE and str(err.value) == (
        "a6 is not a shipping label size; the sizes are 100x150, 100x180")
    with pytest.raises(ShippingLabelError):
        shipping_label_image(label(), "100x200")
    huge = Address("西藏自治区", "山南市" * 40, "琼结县" * 40, "下水乡" * 40, "下水村" * 40)  # 120 each, as allowed
    with pytest.raises(ShippingLabelError) as err:
        render_shipping_labels_pdf([label(address=huge, name_bo=LONG_BO), label()], "100x150", out)
    assert err.value.template == T_TOO_LONG and "100x150" in str(err.value)
    with pytest.raises(ShippingLabelError):
        render_shipping_labels_pdf([], "100x150", out)
    with pytest.raises(ShippingLabelError, match="no packing slip"):
        render_packing_slips_pdf([], out)
    assert not list(tmp_path.iterdir())


def test_a_file_that_cannot_be_written_is_an_os_error(qapp, tmp_path):
    with pytest.raises(OSError, match="does not exist"):
        render_shipping_labels_pdf([label()], "100x150", tmp_path / "missing" / "x.pdf")
    (tmp_path / ".x.pdf.part").mkdir()       # where the PDF is written first: Qt cannot open it
    (tmp_path / ".s.pdf.part").mkdir()
    with pytest.raises(OSError, match="could not be written"):
        render_shipping_labels_pdf([label()], "100x150", tmp_path / "x.pdf")
    with pytest.raises(OSError, match="could not be written"):
        render_packing_slips_pdf([slip()], tmp_path / "s.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".s.pdf.part", ".x.pdf.part"]
    with pytest.raises(OSError):
        shipping_label_image(label(), "100x150").save(tmp_path / "missing" / "x.png")


def test_tspl_bytes(qapp):
    img = shipping_label_image(label(), "100x150")
    data = tspl_bitmap(img, copies=2)
    head = b"SIZE 100 mm,150 mm\r\nGAP 2 mm,0 mm\r\nCLS\r\nBITMAP 0,0,100,1200,0,"
    assert data.startswith(head) and data.endswith(b"\r\nPRINT 1,2\r\n")
    raw = data[len(head):-len(b"\r\nPRINT 1,2\r\n")]
    assert len(raw) == 100 * 1200                               # 800 dots = 100 bytes a row, 1200 rows
    back = Image.frombytes("1", (800, 1200), raw)               # TSPL: bit 0 = black dot
    assert back.tobytes() == img.tobytes() and codes(back) == codes(img)
    assert raw[0] == 0xFF                                      # the corner is paper: all bits 1
    lay = layout_shipping_label(label(), "100x150", 8)         # a dot inside the start bar → its bit is 0
    x = round((lay.barcode.x + QUIET_MODULES_128 * lay.barcode_module_mm) * 8) + 1
    y = round((lay.page.h - lay.barcode.y - lay.barcode.h / 2) * 8)
    assert raw[y * 100 + x // 8] >> (7 - x % 8) & 1 == 0
    narrow = Image.new("1", (13, 2), 1)                         # rows pad to whole bytes
    assert tspl_bitmap(narrow).count(b"BITMAP 0,0,2,2,0,") == 1
    with pytest.raises(ValueError):
        tspl_bitmap(img, copies=0)


def test_weight_and_code128_pattern():
    assert [format_weight(g) for g in (1250, 1000, 5, 12345)] == ["1.25 kg", "1 kg", "0.005 kg", "12.345 kg"]
    pattern = code128_modules("RB123456785GB")
    assert set(pattern) == {"0", "1"} and pattern.startswith("11010010000")   # start code B
    assert pattern.endswith("1100011101011") and len(pattern) % 11 == 2        # stop: 13 modules


# ---------------------------------------------------------------------- packing slips

BEIJING = timezone(timedelta(hours=8))
ITEMS = [PackingItem("WINE-001", "青稞酒", "ནས་ཆང་།", "Highland barley wine", "2", "bottle"),
         PackingItem("OIL-001", "菜籽油", "ཡུངས་མར།", "Colza oil", "1", "bottle"),
         PackingItem("GRAIN-002", "青稞糌粑", "ནས་རྩམ་པ།", "Roasted barley flour", "1.5", "kg")]


def slip(number="D-T01-000001", items=ITEMS):
    return PackingSlip(number, "T01-000123", datetime(2026, 12, 3, 10, 24, tzinfo=BEIJING), "wechat", "WX-8842",
                       HALL, "索朗卓玛", "བསོད་ནམས་སྒྲོལ་མ", "13812345678", ADDRESS.lines(), "下午送", items, "2026-12-05")


def test_a5_slip_page_qr_and_masked_phone(qapp, tmp_path):
    out = tmp_path / "slip.pdf"
    assert render_packing_slips_pdf([slip(), slip("D-T01-000002")], out) == 2   # a page per slip
    pages = pdf_pages(out)
    assert [p[0] for p in pages] == [(148.0, 210.0)] * 2 or all(
        abs(w - 148) <= 0.4 and abs(h - 210) <= 0.4 for (w, h), _, _ in pages)
    assert [p[1] for p in pages] == [[("QRCode", "D-T01-000001")], [("QRCode", "D-T01-000002")]]
    text = pages[0][2]
    assert "138****5678" in text and "13812345678" not in text
    for word in ("配货单", "Packingslip", "WINE-001", "Highlandbarleywine", "2026-12-0310:24", "微信商城"):
        assert word in text


def test_a5_slip_runs_on_with_the_heading_again(qapp, tmp_path):
    many = [PackingItem(f"RUG-{i:03d}", "藏式卡垫", "གདན།", "Tibetan rug", "1", "piece") for i in range(30)]
    out = tmp_path / "long.pdf"
    pages = render_packing_slips_pdf([slip(items=many)], out)
    assert pages >= 2
    read = pdf_pages(out)
    assert len(read) == pages and read[0][1] == [("QRCode", "D-T01-000001")]
    joined = "".join(p[2] for p in read)
    assert all(f"RUG-{i:03d}" in joined for i in range(30))
    blocks, heading, rows = a5_blocks(slip(items=many), 1512)
    assert len(rows) == 30 and blocks[rows.start - 1] is heading
    laid = _pages(blocks, heading, rows, 2244)
    assert len(laid) == pages
    for page in laid[1:]:                                        # every page the items run on to
        has_items = any(b in page for b in (blocks[i] for i in rows))
        assert (page[0] is heading) == has_items
        assert "SKU" in read[laid.index(page)][2] or not has_items


def test_80mm_slip_prints_through_the_receipt_path(qapp):
    img = packing_slip_receipt(slip())
    assert img.mode == "1" and img.width == 576
    printed, info = decode_job(encode_receipt(img, "default", cut=True))
    assert printed.crop((0, 0, 576, img.height)).tobytes() == img.tobytes() and info["cut"]
    assert codes(printed) == [("QRCode", "D-T01-000001")]
    joined = "\n".join(_texts(packing_slip_blocks(slip(), Style.for_width(576))))
    assert mask_phone("13812345678") in joined and "13812345678" not in joined
    assert "ནས་ཆང་།" in joined and "2 瓶 bottle" in joined and "1.5 公斤 kg" in joined
    assert re.search("配货单 Packing slip", joined)
    assert packing_slip_receipt(slip(), 384).width == 384


def _texts(blocks):
    """The texts the blocks print, top to bottom."""
    for b in blocks:
        if isinstance(b, Paragraph):
            yield b.layout.text()
        elif isinstance(b, Row):
            yield from _texts([b.left, b.right])
        elif isinstance(b, Banner):
            yield from _texts([b.text])
        else:
            yield from _texts(getattr(b, "children", []))


def test_unit_names_in_three_scripts():
    assert unit_label("bottle") == "ཤེལ་དམ། 瓶 bottle" and unit_label("kg", ("zh", "en")) == "公斤 kg"
    assert all(unit_label(u) != u for u in UNITS) and unit_label("crate") == "crate"
    with pytest.raises(ValueError):
        PackingSlip("D", "S", datetime(2026, 12, 3), "phone", None, HALL, "n", None, "1", [], None, [], None)
