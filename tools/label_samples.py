"""Render one page of every label template with Tibetan names to docs/labels/*.png for review.

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/label_samples.py
"""

import tempfile
from pathlib import Path

import pypdfium2 as pdfium

from yarlung_pos.config import Settings
from yarlung_pos.db.store import Store
from yarlung_pos.printing.labels import TEMPLATES
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services.labels import make_labels, resolve_label_items
from yarlung_pos.domain.clock import system_clock

OUT = Path("docs/labels")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as d:
        store = Store.open(Path(d) / "l.db")
        load_demo(store, system_clock)
        with store.read() as s:
            items = resolve_label_items(s, [("RUG-003", 1), ("IRON-003", 1), ("WINE-001", 1), ("GRAIN-002", 1),
                                            ("OIL-001", 1), ("EGG-001", 1)])
        for name, t in TEMPLATES.items():
            pdf_path = Path(d) / f"{name}.pdf"
            make_labels(store, items, name, pdf_path, Settings(label_languages=("bo", "zh", "en")))
            pdf = pdfium.PdfDocument(str(pdf_path))
            img = pdf[0].render(scale=(600 if t.is_roll else 200) / 72).to_pil()
            if not t.is_roll:  # the filled top part of the sheet
                rows = (len(items) + t.cols - 1) // t.cols
                img = img.crop((0, 0, img.width, int(img.height * (t.top + rows * t.pitch_y + 3) / t.page_h)))
            img.save(OUT / f"{name}.png")
            pdf.close()
            print(OUT / f"{name}.png")
        store.close()


if __name__ == "__main__":
    main()
