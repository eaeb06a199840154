"""Render sample delivery documents to docs/delivery/*.png for review: the shipping label on
both stocks, the A5 packing slip and the 80 mm packing slip (issue #16).

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/delivery_samples.py
"""

import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium

from yarlung_pos.domain.delivery import Address
from yarlung_pos.domain.hall import HALL_NAME_BO, HALL_NAME_ZH
from yarlung_pos.printing.packing_slip import PackingItem, PackingSlip, packing_slip_receipt, render_packing_slips_pdf
from yarlung_pos.printing.shipping_label import (
    SHIPPING_TEMPLATES,
    Sender,
    ShippingLabel,
    render_shipping_labels_pdf,
)

OUT = Path("docs/delivery")
HALL = Sender(HALL_NAME_ZH, HALL_NAME_BO, "西藏自治区山南市琼结县琼结镇 雅砻优选展馆", "0893-7831234")
ADDRESS = Address("西藏自治区", "山南市", "琼结县", "下水乡", "下水村三组 12号（村委会旁）")
LABEL = ShippingLabel("D-T01-000001", HALL, "索朗卓玛", "བསོད་ནམས་སྒྲོལ་མ", "13812345678", ADDRESS.lines(), 2350,
                      "RB123456785GB", "China Post", "2026-12-05", "T01-000123")
ITEMS = [PackingItem("WINE-001", "青稞酒", "ནས་ཆང་།", "Highland barley wine", "2", "bottle"),
         PackingItem("OIL-001", "菜籽油", "ཡུངས་མར།", "Colza oil", "1", "bottle"),
         PackingItem("GRAIN-002", "青稞糌粑", "ནས་རྩམ་པ།", "Roasted barley flour (tsampa)", "1.5", "kg")]
SLIP = PackingSlip("D-T01-000001", "T01-000123", datetime(2026, 12, 3, 10, 24, tzinfo=timezone(timedelta(hours=8))),
                   "wechat", "WX20261203-8842", HALL, "索朗卓玛", "བསོད་ནམས་སྒྲོལ་མ", "13812345678", ADDRESS.lines(),
                   "请在下午送到，电话联系", ITEMS, "2026-12-05")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as d:
        for name in SHIPPING_TEMPLATES:
            pdf_path = Path(d) / f"{name}.pdf"
            render_shipping_labels_pdf([LABEL], name, pdf_path)
            _png(pdf_path, OUT / f"shipping-label-{name}.png", 200)
        pdf_path = Path(d) / "slip.pdf"
        render_packing_slips_pdf([SLIP], pdf_path)
        _png(pdf_path, OUT / "packing-slip-a5.png", 150)
    packing_slip_receipt(SLIP).save(OUT / "packing-slip-80mm.png")
    print(OUT / "packing-slip-80mm.png")


def _png(pdf_path: Path, png: Path, dpi: int) -> None:
    pdf = pdfium.PdfDocument(str(pdf_path))
    pdf[0].render(scale=dpi / 72).to_pil().save(png)
    pdf.close()
    print(png)


if __name__ == "__main__":
    main()
