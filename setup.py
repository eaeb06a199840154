"""Build hook: compile the translations (``src/yarlung_pos/i18n/*.ts`` → ``*.qm``) with Qt's
lrelease before the package's files are collected, so every wheel and every editable install
has the ``.qm`` files.  The metadata lives in ``pyproject.toml``; lrelease comes from
PySide6-Essentials, which ``[build-system] requires``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py as _build_py

I18N = Path(__file__).resolve().parent / "src" / "yarlung_pos" / "i18n"


def _lrelease() -> list[str]:
    try:
        import PySide6
    except ImportError as exc:  # PySide6-Essentials is a build requirement
        raise SystemExit(f"cannot compile the translations: PySide6 is not installed in the build environment ({exc})")
    folder = Path(PySide6.__file__).resolve().parent
    for exe in (folder / "lrelease", folder / "lrelease.exe"):
        if exe.is_file():
            return [str(exe)]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def compile_translations() -> list[Path]:
    """Run lrelease on every ``.ts`` under ``src/yarlung_pos/i18n``; the ``.qm`` lands beside it."""
    out = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        r = subprocess.run(_lrelease() + ["-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if r.returncode != 0 or not qm.is_file():
            raise SystemExit(f"lrelease failed for {ts}: {r.stdout}{r.stderr}")
        out.append(qm)
    return out


class build_py(_build_py):  # noqa: N801 (setuptools' command name)
    """``build_py`` that first compiles the ``.qm`` files (also in editable mode)."""

    def run(self):
        qms = compile_translations()
        self.announce(f"compiled {len(qms)} translation(s) in {I18N}", level=2)
        self.__dict__.pop("data_files", None)  # collect the package data again, now with the .qm files
        super().run()


setup(cmdclass={"build_py": build_py})
