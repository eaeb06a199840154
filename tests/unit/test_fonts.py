"""Shipped fonts: located, registered with Qt, and covering our three scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextLayout

from yarlung_pos import fonts

TIBETAN_STACKS = "བསྒྲུབས་ སྤྱི་ཚོགས་ རྒྱ་མཚོ།"
CHINESE = "青稞酒雅砻优选琼结"
YEN = "\uffe5"  # ￥


@pytest.fixture()
def families(qapp) -> list[str]:
    return fonts.register_qt_fonts()


def test_assets_dir_is_the_repo_assets_folder(monkeypatch):
    monkeypatch.delenv(fonts.ASSETS_ENV_VAR, raising=False)
    path = fonts.assets_dir()
    assert path == Path(fonts.__file__).resolve().parents[2] / "assets"
    for name in fonts.FONT_FILES:
        assert (path / "fonts" / name).is_file()


def test_assets_dir_env_override(monkeypatch, tmp_path):
    monkeypatch.setenv(fonts.ASSETS_ENV_VAR, str(tmp_path))
    assert fonts.assets_dir() == tmp_path.resolve()


def test_assets_dir_missing_names_the_path(monkeypatch, tmp_path):
    missing = tmp_path / "nope"
    monkeypatch.setenv(fonts.ASSETS_ENV_VAR, str(missing))
    with pytest.raises(FileNotFoundError, match="nope"):
        fonts.assets_dir()


def test_missing_font_file_is_named(monkeypatch, tmp_path):
    (tmp_path / "fonts").mkdir()
    monkeypatch.setenv(fonts.ASSETS_ENV_VAR, str(tmp_path))
    with pytest.raises(FileNotFoundError, match="NotoSans-Regular.ttf"):
        fonts.font_paths()


def test_register_reads_family_names_from_the_files(families):
    assert families == ["Noto Sans", "Noto Serif Tibetan", "Droid Sans Fallback"]
    assert fonts.UI_FAMILIES == families
    for family in families:
        assert family in QFontDatabase.families()


def test_register_is_idempotent(families):
    count = len(QFontDatabase.families())
    assert fonts.register_qt_fonts() == families
    assert fonts.register_qt_fonts() == families
    assert len(QFontDatabase.families()) == count


def test_ensure_gui_app_reuses_the_running_app(qapp):
    assert fonts.ensure_gui_app() is qapp


def test_app_font_uses_the_fallback_chain(families):
    font = fonts.app_font(11.5, bold=True)
    assert font.families() == families
    assert font.pointSizeF() == pytest.approx(11.5)
    assert font.bold()
    assert not fonts.app_font().bold()
    with pytest.raises(ValueError):
        fonts.app_font(0)


@pytest.mark.parametrize(
    "text",
    [TIBETAN_STACKS, CHINESE, YEN, "Qonggyai 0123456789 ×/-.,:", "ཐུགས་རྗེ་ཆེ། 谢谢惠顾 Thank you"],
)
def test_no_tofu_for_our_scripts(families, text):
    assert fonts.missing_glyphs(text) == []


def test_missing_glyphs_reports_uncovered_scripts(families):
    # Hangul and Ethiopic are in none of the shipped fonts: the check can fail.
    assert fonts.missing_glyphs("青 한 ሰ 한") == ["한", "ሰ"]


def test_missing_glyphs_ignores_whitespace_and_controls(families):
    assert fonts.missing_glyphs(" \t\n\u200b\u200d") == []


def test_missing_glyphs_restricted_to_given_families(families):
    assert fonts.missing_glyphs("青A", families=["Noto Sans"]) == ["青"]
    assert fonts.missing_glyphs("ཀ", families="Noto Serif Tibetan") == []
    with pytest.raises(ValueError, match="DejaVu Sans"):
        fonts.missing_glyphs("A", families=["DejaVu Sans"])


def _glyph_runs(text: str, font: QFont):
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return line.glyphRuns()


def _dotted_circle_glyph() -> int:
    path = fonts.assets_dir() / "fonts" / "NotoSerifTibetan-Regular.ttf"
    (glyph,) = QRawFont(str(path), 20).glyphIndexesForString("\u25cc")
    assert glyph != 0
    return glyph


def test_tibetan_stacks_are_shaped_by_the_shipped_font(families):
    dotted = _dotted_circle_glyph()
    runs = _glyph_runs(TIBETAN_STACKS, fonts.app_font(20))
    assert {run.rawFont().familyName() for run in runs} <= set(families)
    tibetan = [run for run in runs if run.rawFont().familyName() == "Noto Serif Tibetan"]
    assert tibetan
    glyphs = [g for run in tibetan for g in run.glyphIndexes()]
    assert 0 not in glyphs  # no .notdef (tofu)
    assert dotted not in glyphs  # no broken cluster
    # Stacks become ligature glyphs: fewer glyphs than Tibetan code points.
    assert len(glyphs) < sum(1 for ch in TIBETAN_STACKS if "\u0f00" <= ch <= "\u0fff")


def test_broken_cluster_check_can_fail(families):
    # A subjoined letter with no base is an invalid cluster: HarfBuzz inserts ◌.
    dotted = _dotted_circle_glyph()
    runs = _glyph_runs("\u0fb2\u0f40", fonts.app_font(20))
    assert dotted in [g for run in runs for g in run.glyphIndexes()]
