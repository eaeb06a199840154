"""The first-run setup window (:class:`SetupWizard`), shown by ``ui/app.py`` while the till is
not set up (:func:`yarlung_pos.services.setup.is_set_up`)."""

from yarlung_pos.ui.setup.wizard import PAGE_NAMES, SetupWizard

__all__ = ["PAGE_NAMES", "SetupWizard"]
