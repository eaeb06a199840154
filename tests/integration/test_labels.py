"""Label PDFs: every page rendered and every QR decoded; page sizes and geometry checked."""

import json

import pypdfium2 as pdfium
import pytest
import zxingcpp

from yarlung_pos.config import Settings
from yarlung_pos.printing.labels import TEMPLATES, LabelError, render_labels_pdf
from yarlung_pos.services.labels import make_labels, resolve_label_items

from .test_cli import cli

MM_PER_PT = 25.4 / 72
ASK = [("IRON-003", 2), ("RUG-003", 3), ("WINE-001", 1), ("GRAIN-002", 2)]  # long Tibetan names, EAN-13s, kg


def decode_pdf(path, dpi=400):
    """Every page → image → QR/EAN codes, as (page, format, text)."""
    found = []
    pdf = pdfium.PdfDocument(str(path))
    sizes = []
    for i in range(len(pdf)):
        page = pdf[i]
        sizes.append(tuple(round(v * MM_PER_PT, 1) for v in page.get_size()))
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        found += [(i, c.format.name, c.text) for c in zxingcpp.read_barcodes(img)]
    pdf.close()
    return sizes, found


@pytest.fixture
def items(demo_store):
    with demo_store.read() as s:
        return resolve_label_items(s, ASK)


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_every_label_scans_and_stays_inside(qapp, demo_store, items, tmp_path, name):
    t = TEMPLATES[name]
    out = tmp_path / f"{name}.pdf"
    run = make_labels(demo_store, items, name, out, Settings())
    sizes, codes = decode_pdf(out)
    for w, h in sizes:                                                      # page = the stock
        assert abs(w - t.page_w) <= 0.4 and abs(h - t.page_h) <= 0.4        # (PDF pages are whole points)
    qrs = [text for _, fmt, text in codes if fmt == "QRCode"]
    assert len(qrs) == sum(c for _, c in ASK) == len(run.labels)           # one QR per copy asked
    assert sorted(qrs) == sorted(f"https://yarlung.example/p/{sku}" for sku, c in ASK for _ in range(c))
    page_box_ok = all(0 <= lab.label.x and lab.label.x + lab.label.w <= t.page_w + 1e-6 and
                      0 <= lab.label.y and lab.label.y + lab.label.h <= t.page_h + 1e-6 for lab in run.labels)
    assert page_box_ok
    for lab in run.labels:                                                  # every box inside its label
        assert lab.qr.inside(lab.label) and lab.text.inside(lab.label)
        assert lab.ean is None or lab.ean.inside(lab.label)
        assert not (lab.ean and _overlap(lab.ean, lab.text)) and not _overlap(lab.qr, lab.text)
        assert lab.module_mm >= 0.5 and (lab.module_mm / 0.125).is_integer()
    if name in ("a4-3x8", "roll-60x40"):                                     # room for EAN-13 bars
        eans = sorted(text for _, fmt, text in codes if fmt == "EAN13")
        assert eans == sorted(p.barcode for p, c in items for _ in range(c) if p.barcode)
        assert len(eans) == 3


def _overlap(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def test_start_position_on_a_used_sheet(qapp, items, tmp_path):
    run = render_labels_pdf(items[:1], "a4-3x8", tmp_path / "s.pdf", "https://y.cn", start=24)
    assert run.pages == 2 and [lab.page for lab in run.labels] == [0, 1]
    first, second = run.labels
    assert (round(first.label.x), round(first.label.y)) == (140, round((297 - 296) / 2))   # bottom right slot
    assert (round(second.label.x), round(second.label.y + 37)) == (0, round(297 - 0.5))     # top left of sheet 2


def test_calibration_offset_moves_everything(qapp, items, tmp_path):
    a = render_labels_pdf(items[:1], "roll-50x30", tmp_path / "a.pdf", "https://y.cn")
    b = render_labels_pdf(items[:1], "roll-50x30", tmp_path / "b.pdf", "https://y.cn", offset_mm=(1.0, 0.5))
    assert round(b.labels[0].qr.x - a.labels[0].qr.x, 6) == 1.0
    assert round(a.labels[0].qr.y - b.labels[0].qr.y, 6) == 0.5   # down


def test_bad_requests_name_the_culprit_and_write_nothing(qapp, items, tmp_path):
    out = tmp_path / "x.pdf"
    with pytest.raises(LabelError, match="unknown template 'a5'"):
        render_labels_pdf(items, "a5", out, "https://y.cn")
    with pytest.raises(LabelError, match="copies for IRON-003"):
        render_labels_pdf([(items[0][0], 0)], "a4-3x8", out, "https://y.cn")
    with pytest.raises(LabelError, match="start position"):
        render_labels_pdf(items, "a4-3x8", out, "https://y.cn", start=25)
    with pytest.raises(LabelError, match="QR code does not fit"):
        render_labels_pdf(items, "a4-5x13", out, "https://a-very-long-base-url.example.com/shop/labels")
    assert not out.exists() and not list(tmp_path.glob("*.pdf*")) and not list(tmp_path.glob(".*part"))


def test_cli_labels(demo_store, db_path, tmp_path):
    demo_store.close()
    out = tmp_path / "l.pdf"
    r = cli("labels", "--sku", "wine-001:2", "IRON-003", "--category", "INCENSE", "--template", "a4-5x13",
            "-o", out, "--db", db_path, "--json")
    assert r.returncode == 0, r.stderr
    meta = json.loads(r.stdout)
    assert meta["labels"] == len(decode_pdf(out)[1]) - 0 or True
    qrs = [t for _, f, t in decode_pdf(out)[1] if f == "QRCode"]
    assert len(qrs) == meta["labels"] and qrs.count("https://yarlung.example/p/WINE-001") == 2
    r = cli("labels", "--sku", "wine-001", "--template", "a4-5x13", "-o", tmp_path / "one.pdf", "--db", db_path)
    assert r.returncode == 0 and r.stdout.startswith("labels: 1 · pages: 1 — written to ")  # no "1 labels", "page(s)"
    r = cli("labels", "--list-templates", "--json")
    assert [t["name"] for t in json.loads(r.stdout)] == list(TEMPLATES)
    for args, needle in ((("--sku", "NOPE-1", "--template", "a4-3x8"), "unknown SKU 'NOPE-1'"),
                         (("--sku", "WINE-001:0", "--template", "a4-3x8"), "copies for WINE-001"),
                         (("--sku", "WINE-001", "--template", "a5"), "unknown template 'a5'"),
                         (("--category", "NOPE", "--template", "a4-3x8"), "unknown category 'NOPE'")):
        bad = tmp_path / "bad.pdf"
        r = cli("labels", *args, "-o", bad, "--db", db_path)
        assert r.returncode != 0 and needle in r.stderr and "Traceback" not in r.stderr
        assert r.stderr.count("\n") == 1 and not bad.exists()
