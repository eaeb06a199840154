"""The fixed receipts behind the committed golden images (tests/golden/receipt-*.png).

Regenerate after an intended layout change with
``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.golden_receipts`` and look at them.
"""

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from yarlung_pos.printing.receipt_doc import ReceiptDoc, ReceiptLine, ReceiptPayment

GOLDEN = Path(__file__).with_name("golden")
LONG_BO = "རྒྱལ་སྨན་ཞིང་འབྲོག་པས་ལག་ཐག་གིས་བཏགས་པའི་བལ་གྱི་ས་གདན་ཆེན་པོ་བསྒྲུབས་པ་སྤྱི་ཚོགས།"


def golden_doc() -> ReceiptDoc:
    """A sale with a very long Tibetan name, a kg line, split payment and change."""
    return ReceiptDoc(
        number="T01-000042",
        local_time=datetime(2026, 11, 29, 14, 5, tzinfo=timezone(timedelta(hours=8))),
        cashier="Padma Chozom",
        lines=(
            ReceiptLine(LONG_BO, "加麻农牧民手工编织羊毛大地毯 200×300厘米", "Gyaimain hand-woven wool carpet 200 x 300 cm",
                        Decimal("1"), "piece", 380000, 380000),
            ReceiptLine("བྱམས་ཆེན་ནས་ཆང་", "强钦青稞酒 500毫升", "Chamchen highland barley wine 500 ml",
                        Decimal("2"), "bottle", 3500, 7000),
            ReceiptLine("བཀྲ་ཤིས་དུང་དཀར་བྲ་བོ་", "吉祥海螺荞麦（散装）", "Jixiang Hailuo buckwheat, loose",
                        Decimal("0.735"), "kg", 1600, 1176),
        ),
        total_fen=388176,
        payments=(ReceiptPayment("wechat", 300000, 0, "4200001234"), ReceiptPayment("cash", 100000, 11824)),
        change_fen=11824,
        qr_url="https://yarlung.example/r/0b0f8c1e-5f0a-4c39-9d1e-2b7c1a000042",
    )


if __name__ == "__main__":
    from yarlung_pos.printing.receipt import render_receipt
    for width, name in ((384, "receipt-58mm.png"), (576, "receipt-80mm.png")):
        render_receipt(golden_doc(), width).save(GOLDEN / name)
        print(GOLDEN / name)
