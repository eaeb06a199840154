"""The till's languages: Tibetan (``bo``), Simplified Chinese (``zh_CN``) and English (``en``).

Translations live in ``yarlung_pos_<lang>.ts`` (edited with Qt Linguist or
``tools/i18n.py``); the build compiles them to ``.qm`` files beside them
(``make setup``, and the wheel build).  :func:`install_language` loads one into the running
application together with Qt's own translations (standard buttons, dialogs) and sets the
default :class:`QLocale`, so numbers and dates follow the language.  Widgets that are open
receive a ``LanguageChange`` event and retranslate themselves.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: language code → its own name (shown in the language chooser)
LANGUAGES: dict[str, str] = {"bo": "བོད་ཡིག", "zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
#: the QLocale of each language (Tibetan as written in China)
LOCALES = {"bo": "bo_CN", "zh_CN": "zh_CN", "en": "en_US"}

_installed: list = []
_current = "en"  # the source strings are English


class LanguageError(ValueError):
    """An unknown language code."""


def i18n_dir() -> Path:
    """The folder holding the ``.ts`` and compiled ``.qm`` files."""
    return Path(__file__).resolve().parent


def check_language(code: str) -> str:
    """``code`` if it is one of :data:`LANGUAGES`, in any case (``zh``, ``zh-CN`` and ``ZH_cn``
    are taken as ``zh_CN``); raises :class:`LanguageError` naming the choices."""
    norm = (code or "").strip().replace("-", "_").lower()
    norm = {"zh": "zh_CN", "zh_cn": "zh_CN", "bo_cn": "bo", "en_us": "en", "en_gb": "en"}.get(norm, norm)
    if norm not in LANGUAGES:
        raise LanguageError(f"unknown language {code!r}: choose bo, zh_CN or en")
    return norm


def current_language() -> str:
    """The language installed now (``en`` before any)."""
    return _current


def install_language(code: str, app=None) -> bool:
    """Make ``code`` the application's language: remove the translators installed before,
    install the till's ``.qm`` and Qt's own (:data:`QT_DIALOG_LANGUAGE`), set the default ``QLocale``.  Returns False (and
    says why on stderr, leaving English) when the ``.qm`` file is missing — run the build.
    Raises :class:`LanguageError` for an unknown code."""
    global _current
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    code = check_language(code)
    app = app or QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    locale = QLocale(LOCALES[code])
    QLocale.setDefault(locale)
    _current = code
    if code == "en":
        return True
    ours = QTranslator(app)
    if not ours.load(str(i18n_dir() / f"yarlung_pos_{code}.qm")):
        print(f"yarlung-pos: no translation file for {code} in {i18n_dir()} (run 'make setup'); "
              "the till stays in English", file=sys.stderr)
        _current = "en"
        return False
    qt = QTranslator(app)
    for folder in qt_translation_dirs():
        if qt.load(f"qtbase_{QT_DIALOG_LANGUAGE[code]}", str(folder)):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    app.installTranslator(ours)  # installed last, asked first: the till's own (Tibetan) buttons win over Qt's
    _installed.append(ours)
    ok = True
    return ok


#: the language of Qt's own dialogs and buttons (file dialog, OK/Cancel …: Qt's qtbase
#: translations) in each till language.  Qt ships no Tibetan one: a Tibetan till shows
#: them in Chinese, which its users read (China's signage and forms are bilingual), rather
#: than in English, which most of them do not.
QT_DIALOG_LANGUAGE = {"bo": "zh_CN", "zh_CN": "zh_CN"}


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's translations folder, then PySide6's own
    (``PySide6/Qt/translations``, ``PySide6/translations``: where the PyInstaller bundle
    keeps them)."""
    from PySide6.QtCore import QLibraryInfo
    import PySide6
    here = Path(PySide6.__file__).resolve().parent
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), here / "Qt" / "translations",
            here / "translations"]


# ---------------------------------------------------------------- numbers and dates (QLocale)

def format_money(fen: int, sign: bool = True, group: bool = True) -> str:
    """``fen`` as ``￥1,234.50`` with the current language's digit grouping and decimal point
    (the screen's form of :func:`yarlung_pos.domain.money.format_fen`, same arguments:
    ``sign=False`` leaves out ``￥``, ``group=False`` the grouping).  Raises ``TypeError`` for
    anything but an ``int``."""
    from PySide6.QtCore import QLocale
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise TypeError("fen must be int")
    loc = QLocale()
    yuan, rest = divmod(abs(fen), 100)
    whole = loc.toString(yuan) if group else str(yuan)
    return ("-" if fen < 0 else "") + ("￥" if sign else "") + f"{whole}{loc.decimalPoint()}{rest:02d}"


def format_quantity(qty, decimals: int) -> str:
    """A ``Decimal`` quantity with ``decimals`` places and the locale's decimal point (never
    through a float)."""
    from PySide6.QtCore import QLocale
    text = f"{qty:.{decimals}f}"
    whole, _, frac = text.partition(".")
    loc = QLocale()
    out = loc.toString(int(whole)) if whole.lstrip("-").isdigit() else whole
    return out + (loc.decimalPoint() + frac if frac else "")


def format_datetime(at, seconds: bool = False) -> str:
    """An aware ``datetime`` in its own offset, the current language's short date and time
    (``2026/11/29 14:05`` in Chinese, ``2026-11-29 14:05`` in Tibetan, ``11/29/26 2:05 PM`` in
    English)."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
    loc = QLocale()
    dt = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second if seconds else 0))
    if seconds:  # the date as the language writes it, the time of day to the second (24 h)
        return loc.toString(dt.date(), QLocale.FormatType.ShortFormat) + " " + f"{at:%H:%M:%S}"
    return loc.toString(dt, QLocale.FormatType.ShortFormat)


def format_date(day) -> str:
    """A ``date`` in the current language's long form (``2026年11月29日星期日``)."""
    from PySide6.QtCore import QDate, QLocale
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
