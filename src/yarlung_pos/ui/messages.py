"""Showing domain errors to people, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yarlung_pos.domain.model import DomainError


def describe(error: Exception) -> str:
    """The translated one-line message of ``error`` (a :class:`DomainError`'s template is
    translated in context ``"DomainError"``, then filled); other errors as ``str``."""
    if isinstance(error, DomainError):
        text = QCoreApplication.translate("DomainError", error.template)
        try:
            return text.format(**error.params)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return str(error)
    return str(error)
