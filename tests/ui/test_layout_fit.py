"""Issue #15: every first screen fits a small screen in every language — the till window,
the sign-in screen, the open-shift, payment and back-office dialogs, in Tibetan, Chinese and
English, on 1024 × 768 and 1366 × 768 offscreen screens: no window larger than the screen, no
visible label or button whose text does not fit it.  Screenshots go to ``$YARLUNG_SCREENSHOTS``
(or the test's tmp_path), never into git."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = {"till", "sign_in", "open_shift", "payment", "backoffice", "sign_in_wrong_pin", "close_shift", "cash_in",
           "audit_log", "labels", "parked", "refund", "settings", "discount", "approval", "delivery", "deliveries"} | {f"backoffice_{tab}" for tab in (
    "stocktakeTab", "settlementTab", "reportsTab", "catalogueTab", "catalogueFilesTab", "usersTab", "policyTab",
    "deliveryTab", "countyTab", "backupsTab")} | {
    "add_user", "set_pin", "change_role", "unlock_user", "deactivate_user", "receive", "adjust", "threshold"} | {
    f"{dialog}_error" for dialog in ("add_user", "set_pin", "change_role", "unlock_user", "deactivate_user", "adjust",
                                     "threshold")} | {
    f"setup_{page}" for page in ("language", "hall", "enrol", "admin", "printer", "catalogue", "float")}


def inside(inner: list[int], outer: list[int]) -> bool:
    """Whether rectangle ``inner`` lies wholly in ``outer`` (both ``[x, y, w, h]``)."""
    return (inner[0] >= outer[0] and inner[1] >= outer[1] and inner[0] + inner[2] <= outer[0] + outer[2]
            and inner[1] + inner[3] <= outer[1] + outer[3])


@pytest.mark.parametrize("lang", ["bo", "zh_CN", "en"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_windows_and_texts_fit_the_screen(tmp_path, size, lang):
    width, height = size
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    shots = Path(os.environ.get("YARLUNG_SCREENSHOTS") or tmp_path / "shots") / f"{width}x{height}"
    shots.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([sys.executable, "-m", "tests.ui.layout_worker", str(tmp_path / "till.db"), lang,
                           str(shots)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"})
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["screen"] == [0, 0, width, height]
    assert set(seen["windows"]) == WINDOWS
    too_big = {name: w["frame"] for name, w in seen["windows"].items() if not inside(w["frame"], seen["screen"])}
    assert too_big == {}
    clipped = {name: w["clipped"] for name, w in seen["windows"].items() if w["clipped"]}
    assert clipped == {}, json.dumps(clipped, ensure_ascii=False, indent=1)
    overlapping = {name: w["overlapping"] for name, w in seen["windows"].items() if w["overlapping"]}
    assert overlapping == {}, json.dumps(overlapping, ensure_ascii=False, indent=1)
    assert {p.name for p in shots.glob(f"*-{lang}.png")} == {f"{name}-{lang}.png" for name in WINDOWS}
