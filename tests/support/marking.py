"""A translator that answers every text of one context with ``«text»``: a test sees what went
through translation (and what did not)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator


class Marking(QTranslator):
    """Answers every text of ``context`` with ``«text»``, nothing else."""

    def __init__(self, context: str):
        super().__init__()
        self.context = context

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt's signature
        return f"«{source}»" if context == self.context else None

    def isEmpty(self):  # noqa: N802, D102 - Qt's name
        return False
