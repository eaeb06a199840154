"""The domain's error base and the marker lupdate reads for translatable messages."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation without importing Qt (the domain stays Qt-free); the UI
    translates it when shown (:func:`yarlung_pos.ui.messages.describe`)."""
    return text


class DomainError(Exception):
    """Base of every rule the till refuses.

    ``template`` is an English message with ``{name}`` placeholders, marked for translation
    in context ``"DomainError"``; ``params`` fill them.  ``str(error)`` is the English one-line
    reason (command line, logs); the UI shows the translated form.  Parameters named in
    ``translated_params`` are themselves marked texts, translated before they are filled in."""

    #: names of ``params`` whose values are translatable texts (context ``"DomainError"``)
    translated_params: tuple[str, ...] = ()

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


__all__ = ["QT_TRANSLATE_NOOP", "DomainError"]
