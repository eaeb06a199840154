"""The first-run setup window: language, the hall, the county office, the administrator, the
receipt printer, the catalogue and the first shift's float.

What is kept when (see :mod:`yarlung_pos.services.setup`): the language as soon as it is
chosen (the settings file), the enrolment and the catalogue as soon as they are done (safe to
keep: a second run finds them), the printer in the settings file on Finish, and the rest —
the hall's name, the administrator, the first shift and ``setup_complete`` — in one
transaction on Finish.  Closing the window half way leaves a till that asks again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QWizard

from yarlung_pos.config import SettingsError, save_settings
from yarlung_pos.domain.model import DomainError
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.setup.catalogue_page import CataloguePage
from yarlung_pos.ui.setup.pages import AdminPage, EnrolPage, FloatPage, HallPage, LanguagePage, PrinterPage

#: the pages in order, by the names screenshots and tests use
PAGE_NAMES = ("language", "hall", "enrol", "admin", "printer", "catalogue", "float")


class SetupWizard(QWizard):
    """Sets up a new till in ``store`` with ``clock``; ``settings`` (the terminal's
    :class:`~yarlung_pos.config.Settings`, changed in place: language and printer) are saved
    through :func:`~yarlung_pos.config.save_settings`.  After Finish, :attr:`result_user` is the
    administrator (signed in, with the first shift open)."""

    def __init__(self, store, clock, settings, parent=None):
        from yarlung_pos.i18n import current_language
        from yarlung_pos.services.hall import hall_names
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.store, self.clock, self.settings = store, clock, settings
        self.result_user = None
        self.result_shift = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.language_page = LanguagePage(self)
        self.hall_page = HallPage(self, hall_names(store))
        self.enrol_page = EnrolPage(self, store, clock)
        self.admin_page = AdminPage(self)
        self.printer_page = PrinterPage(self, settings)
        self.catalogue_page = CataloguePage(self, store, clock)
        self.float_page = FloatPage(self)
        self.pages = dict(zip(PAGE_NAMES, (self.language_page, self.hall_page, self.enrol_page, self.admin_page,
                                           self.printer_page, self.catalogue_page, self.float_page)))
        self.page_ids = {name: self.addPage(page) for name, page in self.pages.items()}
        language = current_language() if current_language() in self.language_page.buttons else "zh_CN"
        self.language_page.buttons[language].blockSignals(True)
        self.language_page.buttons[language].setChecked(True)
        self.language_page.buttons[language].blockSignals(False)
        self.resize(960, 700)
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(960, 700)

    # ------------------------------------------------------------------ language
    def set_language(self, code: str) -> None:
        """Switch the window (and the till after it) to ``code`` now; saved on Next."""
        from yarlung_pos.i18n import check_language, install_language
        code = check_language(code)
        install_language(code)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # every page retranslates now
        self.settings.ui_language = code

    def save_language(self) -> None:
        """Write the chosen language to the settings file.  Raises ``SettingsError``/``OSError``."""
        from yarlung_pos.config import load_settings
        path = self.settings.path
        if path is not None and path.exists():  # keep what else the file holds; change the language only
            try:
                saved = load_settings(path)
            except SettingsError:  # a file the till could not use: written anew from the settings in use
                save_settings(self.settings)
                return
            if saved.ui_language != self.settings.ui_language:
                saved.ui_language = self.settings.ui_language
                save_settings(saved, path)
            return
        save_settings(self.settings)

    def retranslate(self) -> None:
        """The window's own texts in the current language (the pages do theirs)."""
        self.setWindowTitle(self.tr("Yarlung POS — setting up this till"))
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< Back")),
                             (QWizard.WizardButton.NextButton, self.tr("Next >")),
                             (QWizard.WizardButton.FinishButton, self.tr("Finish")),
                             (QWizard.WizardButton.CancelButton, self.tr("Close"))):
            self.setButtonText(button, text)

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ finishing
    def summary(self) -> str:
        """What Finish will set up, one line each."""
        from yarlung_pos.i18n import current_language
        names = self.hall_page.names()
        script = {"bo": "bo", "zh_CN": "zh", "en": "en"}.get(current_language(), "zh")
        hall = next((n.strip() for n in (names[script], names["bo"], names["zh"], names["en"]) if n.strip()), "")
        config = self.enrol_page.enrolled()
        if config is not None:
            county = self.tr("Enrolled with the county office as {0}.").format(config.terminal)
        else:
            county = self.tr("Working alone as {0}.").format(self.enrol_page.code.text().strip().upper())
        admin = self.admin_page.draft()
        printer = self.printer_page.edited(self.settings).printer_uri
        lines = [self.tr("Hall: {0}").format(hall), county,
                 self.tr("Administrator: {0} ({1})").format(admin.name or admin.username, admin.username),
                 self.tr("Receipt printer: {0}").format(printer if printer != "preview" else self.tr("none for now"))]
        return "\n".join(lines)

    def finish(self, float_fen: int) -> str | None:
        """Set the till up (the settings file, then one transaction for the rest); returns
        ``None`` when done, else the reason in words (nothing of the transaction was kept)."""
        from yarlung_pos.services.setup import finish_setup
        edited = self.printer_page.edited(self.settings)
        try:
            edited.validate()
            save_settings(edited, self.settings.path)
        except (SettingsError, OSError) as exc:
            return self.tr("The settings could not be saved: {0}").format(str(exc))
        for name in ("printer_uri", "paper_width_dots", "ui_language"):
            setattr(self.settings, name, getattr(edited, name))
        self.settings.path = edited.path
        alone = self.enrol_page.works_alone() and self.enrol_page.enrolled() is None
        try:
            self.result_user, self.result_shift = finish_setup(
                self.store, self.clock, admin=self.admin_page.draft(), float_fen=float_fen,
                hall_names=self.hall_page.names(), terminal_code=self.enrol_page.code.text() if alone else None)
        except DomainError as exc:
            return describe(exc)
        return None

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Closing waits for a catalogue pull that is running (it is kept)."""
        self.catalogue_page.wait_for_pull()
        super().done(result)
