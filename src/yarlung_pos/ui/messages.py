"""Showing domain errors to people, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yarlung_pos.domain.model import DomainError


def describe(error: Exception) -> str:
    """The translated one-line message of ``error`` (a :class:`DomainError`'s template is
    translated in context ``"DomainError"``, then filled; an error whose ``error`` attribute is a
    DomainError — ``config.SettingsError`` — shows that one); other errors as ``str``."""
    inner = getattr(error, "error", None)  # a SettingsError over a translatable reason
    if not isinstance(error, DomainError) and isinstance(inner, DomainError):
        return describe(inner)
    if isinstance(error, DomainError):
        text = QCoreApplication.translate("DomainError", error.template)
        params = {k: QCoreApplication.translate("DomainError", v) if k in error.translated_params else v
                  for k, v in error.params.items()}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return str(error)
    return str(error)


def describe_printer_problem(text: str | None) -> str:
    """The translated one line for a printer failure known only by its English ``str()`` (the
    print queue's ``last_error``, a worker's or test page's reason): the known kinds of
    :class:`~yarlung_pos.printing.printer.PrinterError` in the screen's language, without the
    system's English detail (show ``text`` itself in a tooltip)."""
    from yarlung_pos.printing.printer import printer_error_of
    return describe(printer_error_of(text))
