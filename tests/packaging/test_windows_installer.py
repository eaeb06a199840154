"""The Windows installer script compiles (NSIS's ``makensis`` exists on Linux too: Debian's
``nsis``).  The Windows bundle itself cannot be built here (PyInstaller builds for the system
it runs on), so the script is compiled against a stand-in folder with the same layout."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "packaging" / "windows" / "yarlung-pos.nsi"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("makensis") is None, reason="needs makensis (apt-get install nsis)")]


def test_the_installer_script_compiles(tmp_path):
    folder = tmp_path / "yarlung-pos"
    (folder / "_internal" / "assets" / "fonts").mkdir(parents=True)
    for exe in ("yarlung-pos.exe", "yarlung-pos-till.exe"):
        (folder / exe).write_bytes(b"MZ stand-in")
    (folder / "_internal" / "assets" / "fonts" / "NotoSans-Regular.ttf").write_bytes(b"font")
    out = tmp_path / "yarlung-pos-setup.exe"
    r = subprocess.run(["makensis", "-V2", "-WX", "-DVERSION=0.1.0", f"-DBUNDLE={folder}", f"-DOUTFILE={out}", str(NSI)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert out.read_bytes()[:2] == b"MZ"
    assert out.stat().st_size > 30_000  # the Modern UI pages and the stand-in files
