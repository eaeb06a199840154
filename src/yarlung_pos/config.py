"""Where the terminal keeps its files, and the settings a user can change.

Paths come from platformdirs (per-user data dir), overridable by ``--db`` or the
``YARLUNG_POS_DB`` environment variable (tests and the demo use these).  Terminal settings
(printer, paper, receipt URL) live in an INI file: ``--config`` / ``YARLUNG_POS_CONFIG`` /
``settings.ini`` in the user config folder.
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "yarlung-pos"
ENV_DB = "YARLUNG_POS_DB"


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/yarlung-pos`` on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_db_path(cli_value: str | None) -> Path:
    """The database file: ``--db`` if given, else ``$YARLUNG_POS_DB``, else
    ``<user data dir>/yarlung-pos.db``."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return default_data_dir() / "yarlung-pos.db"


# --------------------------------------------------------------------------- settings file

ENV_CONFIG = "YARLUNG_POS_CONFIG"
PAPER_WIDTHS = {384: "58 mm", 512: "80 mm (Epson TM-T88, 512 dots)", 576: "80 mm"}
DRAWER_PINS = (0, 2, 5)  # 0 = no cash drawer
DEFAULT_RECEIPT_URL_BASE = "https://yarlung.example/r"
DEFAULT_LABEL_URL_BASE = "https://yarlung.example"


class SettingsError(ValueError):
    """A setting with a value the till cannot use; ``str()`` names the setting and why (English).
    ``error`` is the translatable :class:`~yarlung_pos.domain.errors.DomainError` behind it when
    there is one (a printer URI's :class:`~yarlung_pos.printing.printer.PrinterURIError`), for
    the UI to show in the user's language; else ``None``."""

    def __init__(self, message: str, error: Exception | None = None):
        super().__init__(message)
        self.error = error


@dataclass
class Settings:
    """What the settings dialog and the settings file (INI) hold.

    ``printer_uri``: see :mod:`yarlung_pos.printing.printer` (``preview`` = no printer);
    ``paper_width_dots``: 384 (58 mm) or 576 (80 mm) at 203 dpi, 512 for Epson TM-T88;
    ``printer_profile``: a python-escpos capability profile name (``default`` = generic);
    ``auto_cut``: cut after each receipt; ``drawer_pin``: 2 or 5 to kick the cash drawer on
    cash sales, 0 for none; ``receipt_url_base``: the receipt QR is ``<base>/<sale uuid>``;
    ``receipt_languages``: the scripts receipts and X/Z reports print in, in stacking order
    (one to three of ``bo``, ``zh``, ``en``; see :mod:`yarlung_pos.printing.receipt_text`);
    ``label_*``: see the fields.
    """

    printer_uri: str = "preview"
    paper_width_dots: int = 576
    printer_profile: str = "default"
    auto_cut: bool = True
    drawer_pin: int = 2
    receipt_url_base: str = DEFAULT_RECEIPT_URL_BASE
    #: receipts and X/Z reports: the default (all three) is the receipt printed before the
    #: setting existed: Tibetan, Chinese and English names, labels in Chinese and English
    receipt_languages: tuple[str, ...] = ("bo", "zh", "en")
    #: product labels: QR payload ``<label_url_base>/p/<SKU>`` (keep it short), names printed
    #: (``bo``, ``zh``, ``en`` in order), calibration per template (right, down) in mm
    label_url_base: str = DEFAULT_LABEL_URL_BASE
    label_languages: tuple[str, ...] = ("bo", "zh")
    label_offsets: dict = field(default_factory=dict)
    #: the till's screen language (``bo``, ``zh_CN``, ``en``); ``--lang`` overrides it
    ui_language: str = "zh_CN"
    #: a second folder every automatic backup is also written to (a USB stick), empty for none
    #: (INI: ``[backup] folder``); backups always go to ``<data folder>/backups`` as well
    backup_folder: str = ""
    path: Path | None = field(default=None, compare=False)

    def validate(self) -> None:
        """Raise :class:`SettingsError` for a value the till cannot use."""
        from yarlung_pos.printing.printer import PrinterURIError, parse_printer_uri
        try:
            parse_printer_uri(self.printer_uri)
        except PrinterURIError as exc:
            raise SettingsError(f"printer: {exc}", exc) from None
        if self.paper_width_dots not in PAPER_WIDTHS:
            raise SettingsError(f"paper width must be one of {sorted(PAPER_WIDTHS)} dots, not {self.paper_width_dots}")
        if self.drawer_pin not in DRAWER_PINS:
            raise SettingsError(f"cash drawer pin must be 2, 5 or 0 (none), not {self.drawer_pin}")
        from yarlung_pos.printing.escpos_codec import profile_width
        try:
            width = profile_width(self.printer_profile)
        except KeyError:
            raise SettingsError(f"unknown printer profile {self.printer_profile!r}") from None
        if width and self.paper_width_dots > width:
            raise SettingsError(f"profile {self.printer_profile} prints at most {width} dots; "
                                f"the paper width is set to {self.paper_width_dots}")
        for what, base, limit in (("receipt URL base", self.receipt_url_base, 80),
                                  ("label URL base", self.label_url_base, 40)):
            base = base.strip()
            if not base.startswith(("http://", "https://")) or len(base) > limit:
                raise SettingsError(f"{what} must start with http:// or https:// and be short (≤ {limit} characters)")
        from yarlung_pos.i18n import LanguageError, check_language
        try:
            self.ui_language = check_language(self.ui_language)
        except LanguageError as exc:
            raise SettingsError(f"screen language: {exc}") from None
        from yarlung_pos.printing.receipt_text import check_receipt_languages
        try:
            self.receipt_languages = check_receipt_languages(self.receipt_languages)
        except ValueError as exc:
            raise SettingsError(f"receipt languages: {exc}") from None
        from yarlung_pos.printing.labels import LANGUAGES, TEMPLATES
        if (not self.label_languages or any(x not in LANGUAGES for x in self.label_languages)
                or len(set(self.label_languages)) != len(self.label_languages)):
            raise SettingsError(f"label languages must be some of {', '.join(LANGUAGES)}, each once, "
                                f"not {','.join(self.label_languages) or 'none'}")
        for name, (dx, dy) in self.label_offsets.items():
            if name not in TEMPLATES:
                raise SettingsError(f"calibration for unknown label template {name!r}")
            if abs(dx) > 10 or abs(dy) > 10:
                raise SettingsError(f"calibration of {name} must be within ±10 mm")


def default_config_path() -> Path:
    """``settings.ini`` in the per-user config folder."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


def resolve_config_path(cli_value: str | None) -> Path:
    """``--config`` if given, else ``$YARLUNG_POS_CONFIG``, else :func:`default_config_path`."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_CONFIG)
    return Path(env).expanduser() if env else default_config_path()


def load_settings(path: Path) -> Settings:
    """Read the settings file (a missing file gives the defaults).  Raises
    :class:`SettingsError` naming the file and the bad setting."""
    settings = Settings(path=path)
    if not path.exists():
        return settings
    if path.is_dir():
        raise SettingsError(f"{path} is a folder, not a settings file")
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";", "#"))
    try:
        with path.open(encoding="utf-8-sig") as fh:  # a BOM (Windows Notepad) is fine
            parser.read_file(fh)
        if parser.has_section("printer"):
            sec = parser["printer"]
            settings.printer_uri = sec.get("uri", settings.printer_uri).strip()
            settings.paper_width_dots = sec.getint("paper_width_dots", settings.paper_width_dots)
            settings.printer_profile = sec.get("profile", settings.printer_profile).strip()
            settings.auto_cut = sec.getboolean("auto_cut", settings.auto_cut)
            settings.drawer_pin = sec.getint("drawer_pin", settings.drawer_pin)
        if parser.has_section("ui"):
            settings.ui_language = parser["ui"].get("language", settings.ui_language).strip()
        if parser.has_section("backup"):
            settings.backup_folder = parser["backup"].get("folder", settings.backup_folder).strip()
        if parser.has_section("receipt"):
            sec = parser["receipt"]
            settings.receipt_url_base = sec.get("url_base", settings.receipt_url_base).strip()
            langs = sec.get("languages", ",".join(settings.receipt_languages))
            settings.receipt_languages = tuple(x.strip() for x in langs.split(",") if x.strip())
        if parser.has_section("labels"):
            sec = parser["labels"]
            settings.label_url_base = sec.get("url_base", settings.label_url_base).strip()
            langs = sec.get("languages", ",".join(settings.label_languages))
            settings.label_languages = tuple(x.strip() for x in langs.split(",") if x.strip())
        if parser.has_section("label_offsets"):
            for name, value in parser["label_offsets"].items():
                parts = [float(x) for x in value.split(",")]
                if len(parts) != 2:
                    raise ValueError(f"label offset for {name} must be 'right_mm, down_mm'")
                settings.label_offsets[name] = (parts[0], parts[1])
        settings.validate()
    except OSError as exc:
        raise SettingsError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (configparser.Error, ValueError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: {str(exc).splitlines()[0]}") from None
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Validate and write ``settings`` to ``path`` (default: where they were read from),
    replacing the file atomically.  Returns the path."""
    settings.validate()
    path = path or settings.path or default_config_path()
    parser = configparser.ConfigParser(interpolation=None)
    parser["printer"] = {"uri": settings.printer_uri, "paper_width_dots": str(settings.paper_width_dots),
                         "profile": settings.printer_profile, "auto_cut": "yes" if settings.auto_cut else "no",
                         "drawer_pin": str(settings.drawer_pin)}
    parser["ui"] = {"language": settings.ui_language}
    parser["backup"] = {"folder": settings.backup_folder}
    parser["receipt"] = {"url_base": settings.receipt_url_base, "languages": ",".join(settings.receipt_languages)}
    parser["labels"] = {"url_base": settings.label_url_base, "languages": ",".join(settings.label_languages)}
    parser["label_offsets"] = {name: f"{dx:g}, {dy:g}" for name, (dx, dy) in sorted(settings.label_offsets.items())}
    path.parent.mkdir(parents=True, exist_ok=True)
    from yarlung_pos.fileio import atomic_write
    with atomic_write(path) as fh:
        fh.write("# Yarlung POS terminal settings (edited by the settings dialog)\n")
        parser.write(fh)
    settings.path = path
    return path
