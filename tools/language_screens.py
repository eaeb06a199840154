"""Screenshots of the till in each language: docs/screenshots/till-<lang>.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/language_screens.py
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from yarlung_pos.ui.app import build_till, create_app  # noqa: E402


def main() -> None:
    app = create_app()
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        till, store = build_till(Path(tmp) / "lang.db", demo=True)
        till.confirm_close = False
        till.resize(1280, 800)
        till.show()
        for code in ("WINE-001", "GRAIN-002", "OIL-001"):
            till.add_by_code(code)
        for lang in ("bo", "zh_CN", "en"):
            till.set_language(lang)
            till.add_by_code("WINE-001")  # a fresh message in this language
            till.show_category(1)
            app.processEvents()
            path = out / f"till-{lang}.png"
            till.grab().save(str(path))
            print(path)
        till.close()
        store.close()


if __name__ == "__main__":
    main()
