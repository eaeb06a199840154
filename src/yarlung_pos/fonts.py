"""Shipped fonts: locating, registering with Qt, and checking glyph coverage.

Yarlung POS must draw Tibetan, Chinese and Latin text identically on every
machine, so it never relies on system fonts.  The fonts under ``assets/fonts/``
are registered with Qt as *application fonts* and every QFont the app makes
lists them as an explicit fallback chain (``QFont.setFamilies``): Latin from
Noto Sans, Tibetan from Noto Serif Tibetan (with OpenType shaping by
HarfBuzz), Chinese from Droid Sans Fallback.

Nothing here runs at import time; call :func:`register_qt_fonts` (or
:func:`ensure_gui_app`) once a Q(Gui)Application exists.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

__all__ = [
    "ASSETS_ENV_VAR",
    "FONT_FILES",
    "UI_FAMILIES",
    "assets_dir",
    "font_paths",
    "register_qt_fonts",
    "app_font",
    "ensure_gui_app",
    "missing_glyphs",
]

#: Environment variable that overrides the location of the ``assets/`` folder.
ASSETS_ENV_VAR = "YARLUNG_POS_ASSETS"

#: The shipped font files (relative to ``assets/fonts/``), in fallback order:
#: Latin first, then Tibetan, then CJK.  The family fallback order of
#: :data:`UI_FAMILIES` follows the order of first appearance here.
FONT_FILES: tuple[str, ...] = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSerifTibetan-Regular.ttf",
    "NotoSerifTibetan-Bold.ttf",
    "DroidSansFallbackFull.ttf",
)

#: Family fallback order for UI and receipt text, e.g.
#: ``["Noto Sans", "Noto Serif Tibetan", "Droid Sans Fallback"]``.
#: Empty until :func:`register_qt_fonts` has run; it is then filled *in place*
#: with the family names read from the font files themselves, so a module that
#: did ``from yarlung_pos.fonts import UI_FAMILIES`` sees the filled list.
UI_FAMILIES: list[str] = []

# font file path -> Qt application-font id, for the QGuiApplication in _registered_app.
_font_ids: dict[Path, int] = {}
# family name -> shipped files that provide it (filled by register_qt_fonts).
_family_files: dict[str, list[Path]] = {}
_registered_app: object | None = None
# path -> QRawFont used by missing_glyphs; dropped when the app changes.
_raw_fonts: dict[Path, QRawFont] = {}
_raw_fonts_app: object | None = None
# Keeps a QGuiApplication created by ensure_gui_app() alive.
_owned_app: QGuiApplication | None = None


def assets_dir() -> Path:
    """Return the absolute path of the project's ``assets/`` folder.

    The environment variable ``YARLUNG_POS_ASSETS`` wins if set; otherwise the
    folder is ``<repo>/assets`` next to ``src/`` (dev checkout or editable
    install: ``Path(__file__).resolve().parents[2] / "assets"``), or ``assets/`` inside the
    PyInstaller bundle (``sys._MEIPASS``) when frozen.

    Raises:
        FileNotFoundError: the folder does not exist (the message names the
            path that was tried and how to override it).
    """
    override = os.environ.get(ASSETS_ENV_VAR)
    if override:
        path = Path(override).expanduser().resolve()
        source = f"${ASSETS_ENV_VAR}"
    elif getattr(sys, "frozen", False):  # the PyInstaller bundle (packaging/yarlung-pos.spec)
        path = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "assets"
        source = "the bundle"
    else:
        path = Path(__file__).resolve().parents[2] / "assets"
        source = "the package location"
    if not path.is_dir():
        raise FileNotFoundError(
            f"Yarlung POS assets folder not found at {path} (from {source}); "
            f"set {ASSETS_ENV_VAR} to the folder that contains fonts/"
        )
    return path


def font_paths() -> list[Path]:
    """Return the absolute paths of the :data:`FONT_FILES`, in fallback order.

    Raises:
        FileNotFoundError: the assets folder or one of the font files is missing
            (the message names the file).
    """
    fonts_dir = assets_dir() / "fonts"
    paths = [fonts_dir / name for name in FONT_FILES]
    for path in paths:
        if not path.is_file():
            raise FileNotFoundError(f"shipped font file missing: {path}")
    return paths


def _require_gui_app() -> QGuiApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError(
            "a QGuiApplication/QApplication must exist before fonts are registered "
            "(use yarlung_pos.fonts.ensure_gui_app() outside the UI)"
        )
    if not isinstance(app, QGuiApplication):
        raise RuntimeError(
            f"the running {type(app).__name__} is not a QGuiApplication; "
            "fonts need QGuiApplication or QApplication"
        )
    return app


def register_qt_fonts() -> list[str]:
    """Register every shipped font with Qt and return the family fallback list.

    Idempotent: a second call with the same application only returns the list.
    (If the application was destroyed and a new one made, the fonts are
    registered again.)  Fills :data:`UI_FAMILIES` in place with the family
    names Qt reads from the files, in :data:`FONT_FILES` order.

    Returns:
        A new list equal to :data:`UI_FAMILIES`, e.g.
        ``["Noto Sans", "Noto Serif Tibetan", "Droid Sans Fallback"]``.

    Raises:
        RuntimeError: no QGuiApplication/QApplication exists, or Qt refused a
            font file (the message names the file).
        FileNotFoundError: the assets folder or a font file is missing.
    """
    global _registered_app
    app = _require_gui_app()
    if _registered_app is app and UI_FAMILIES and _font_ids:
        # Cheap check that the registrations are still live.
        first_id = next(iter(_font_ids.values()))
        if QFontDatabase.applicationFontFamilies(first_id):
            return list(UI_FAMILIES)

    _font_ids.clear()
    _family_files.clear()
    families: list[str] = []
    for path in font_paths():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the shipped font {path}")
        names = QFontDatabase.applicationFontFamilies(font_id)
        if not names:
            raise RuntimeError(f"Qt loaded {path} but found no font family in it")
        _font_ids[path] = font_id
        for name in names:
            _family_files.setdefault(name, []).append(path)
            if name not in families:
                families.append(name)
    UI_FAMILIES[:] = families
    _registered_app = app
    return list(UI_FAMILIES)


def app_font(point_size: float | None = None, bold: bool = False) -> QFont:
    """Return a QFont whose family list is :data:`UI_FAMILIES`.

    Qt picks each character from the first family that has it, so Latin comes
    from Noto Sans, Tibetan from Noto Serif Tibetan (shaped by HarfBuzz) and
    Chinese from Droid Sans Fallback.  Registers the fonts first if needed.

    Args:
        point_size: size in typographic points (1/72 inch); ``None`` keeps the
            application's default size.  For pixel-exact work (receipts) call
            ``font.setPixelSize()`` on the result instead.
        bold: request the bold weight (synthesised for the CJK font, which has
            no bold face).

    Raises:
        RuntimeError: no QGuiApplication exists (see :func:`register_qt_fonts`).
        ValueError: ``point_size`` is not positive.
    """
    families = register_qt_fonts()
    font = QFont()
    font.setFamilies(families)
    if point_size is not None:
        if point_size <= 0:
            raise ValueError(f"point_size must be positive, got {point_size!r}")
        font.setPointSizeF(float(point_size))
    font.setBold(bool(bold))
    return font


def ensure_gui_app() -> QGuiApplication:
    """Return the running Q(Gui)Application, creating a QGuiApplication if none.

    Used by the command line to render receipts without a window.  When it has
    to create the application on Linux with no ``DISPLAY``/``WAYLAND_DISPLAY``
    and ``QT_QPA_PLATFORM`` unset, it sets ``QT_QPA_PLATFORM=offscreen`` first.
    The created application is kept alive by this module.  The shipped fonts
    are registered (idempotently) before returning.

    Raises:
        RuntimeError: a plain QCoreApplication (no GUI) is already running, or a
            font failed to register.
        FileNotFoundError: the assets folder or a font file is missing.
    """
    global _owned_app
    app = QCoreApplication.instance()
    if app is None:
        if (
            sys.platform.startswith("linux")
            and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _owned_app = QGuiApplication(sys.argv[:1] or ["yarlung-pos"])
        app = _owned_app
    register_qt_fonts()  # raises if app is only a QCoreApplication
    return app  # type: ignore[return-value]


def _raw_fonts_for(families: Iterable[str] | None) -> list[QRawFont]:
    global _raw_fonts_app
    ensure_gui_app()
    app = QCoreApplication.instance()
    if _raw_fonts_app is not app:
        _raw_fonts.clear()
        _raw_fonts_app = app
    if families is None:
        wanted = list(UI_FAMILIES)
    elif isinstance(families, str):
        wanted = [families]
    else:
        wanted = list(families)
    paths: list[Path] = []
    for family in wanted:
        if family not in _family_files:
            raise ValueError(
                f"{family!r} is not a shipped font family; shipped: {sorted(_family_files)}"
            )
        paths.extend(p for p in _family_files[family] if p not in paths)
    raws: list[QRawFont] = []
    for path in paths:
        raw = _raw_fonts.get(path)
        if raw is None:
            raw = QRawFont(str(path), 16.0)
            if not raw.isValid():
                raise RuntimeError(f"Qt could not open {path} as a raw font")
            _raw_fonts[path] = raw
        raws.append(raw)
    return raws


def missing_glyphs(text: str, families: Iterable[str] | None = None) -> list[str]:
    """Return the characters of ``text`` that no shipped font can draw ("tofu").

    Each code point is looked up in the cmap of the shipped font *files* (via
    QRawFont.supportsCharacter), never in system fonts, so a pass here means
    the text renders identically on any machine.  Whitespace and control /
    format characters (Unicode categories Cc, Cf, Zs, Zl, Zp) are ignored.
    Ensures a QGuiApplication exists (see :func:`ensure_gui_app`).

    Args:
        text: the string to check.
        families: shipped family names to check against (default: all of
            :data:`UI_FAMILIES`).  A single name may be passed as a string.

    Returns:
        The uncovered characters, each listed once, in order of first
        appearance; an empty list means every character is covered.

    Raises:
        ValueError: a family in ``families`` is not one of the shipped fonts.
    """
    raws = _raw_fonts_for(families)
    missing: list[str] = []
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in {"Cc", "Cf", "Zs", "Zl", "Zp"}:
            continue
        if ch in missing:
            continue
        if not any(raw.supportsCharacter(ord(ch)) for raw in raws):
            missing.append(ch)
    return missing
