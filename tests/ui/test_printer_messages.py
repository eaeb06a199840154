"""Printer failures on screen in the user's language (issue #15): the printing layer's reasons
are translatable templates; the screen shows them translated, the English detail only in a
tooltip; the printer URI hint stays whole when an error shows."""

from __future__ import annotations

import pytest

from tests.support.marking import Marking
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from tests.support.fake_printer import free_port
from yarlung_pos.config import Settings
from yarlung_pos.printing.printer import (T_FAILED, T_NO_ANSWER, T_NOT_READY, T_REFUSED, PrinterError,
                                          parse_printer_uri, printer_error_of, send_bytes)
from yarlung_pos.services.print_queue import QueueState
from yarlung_pos.ui.messages import describe, describe_printer_problem
from yarlung_pos.ui.settings_dialog import SettingsDialog


@pytest.fixture
def marking(qapp):
    tr = Marking("DomainError")
    QCoreApplication.installTranslator(tr)
    yield tr
    QCoreApplication.removeTranslator(tr)


def refused() -> PrinterError:
    """A real refused connection: nobody listens on the port."""
    with pytest.raises(PrinterError) as info:
        send_bytes(parse_printer_uri(f"network://127.0.0.1:{free_port()}?timeout=2"), b"x")
    return info.value


def test_printer_errors_are_templates_and_survive_the_queue_as_text():
    error = refused()
    assert error.template == T_REFUSED and error.params["printer"].startswith("127.0.0.1:")
    assert str(error).startswith("Printer 127.0.0.1:") and "refused the connection" in str(error)
    again = printer_error_of(str(error))                              # as stored in last_error
    assert (again.template, again.params, str(again)) == (error.template, error.params, str(error))
    with_detail = PrinterError(T_FAILED, "No such file or directory", printer="/dev/usb/lp9")
    assert str(with_detail) == "Printer /dev/usb/lp9 could not be used: No such file or directory"
    back = printer_error_of(str(with_detail))
    assert (back.template, back.params, back.detail) == (T_FAILED, {"printer": "/dev/usb/lp9"},
                                                         "No such file or directory")
    timeout = PrinterError(T_NO_ANSWER, printer="10.0.0.9:9100", seconds="3")
    assert printer_error_of(str(timeout)).params == {"printer": "10.0.0.9:9100", "seconds": "3"}
    other = printer_error_of("cannot print: unknown print job kind 'label'")
    assert (other.template, other.detail) == (T_NOT_READY, "unknown print job kind 'label'")


def test_the_screen_shows_the_translated_template_without_the_english_detail(marking):
    text = describe_printer_problem("Printer /dev/usb/lp9 could not be used: No such file or directory")
    assert text == "«Printer {printer} could not be used»".replace("{printer}", "/dev/usb/lp9")
    assert describe(refused()).startswith("«Printer 127.0.0.1:")


def test_test_page_failure_is_translated_and_the_uri_hint_stays_whole(qtbot, tmp_path, marking):
    def print_test_page(settings):
        send_bytes(parse_printer_uri(settings.printer_uri), b"x")
        return "printed"

    dialog = SettingsDialog(Settings(path=tmp_path / "s.ini"), test_print=print_test_page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.findChild(QLabel, "printerUriExamples")
    dialog.printer_input.setText(f"network://127.0.0.1:{free_port()}?timeout=2")
    dialog.print_test()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20000)
    message = dialog.message.text()
    assert message.startswith("Test page not printed: «Printer 127.0.0.1:")   # the reason went through tr
    assert "refused the connection" in dialog.message.toolTip()              # English detail: tooltip only
    # a long message (several lines in Tibetan) makes the dialog taller instead of squeezing the hint
    dialog._show(" ".join([message] * 8), error=True)
    qtbot.wait(50)
    assert hint.height() >= hint.heightForWidth(hint.width())                 # not cut
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width())


def test_till_status_shows_the_printer_problem_translated(qtbot, demo_till, marking):
    till = demo_till
    reason = str(refused())
    till._on_print_status(QueueState(2, reason), reason)
    text = till.printer_status.text()
    assert "«Printer 127.0.0.1:" in text and "receipts waiting: 2" in text and "(s)" not in text
    assert till.printer_status.toolTip() == reason
    till._on_print_status(QueueState(0, None), None)
    assert till.printer_status.toolTip() == ""


def test_a_printer_address_that_cannot_be_used_is_shown_translated(qtbot, tmp_path, marking):
    from yarlung_pos.config import SettingsError
    from yarlung_pos.printing.printer import PrinterURIError
    with pytest.raises(PrinterURIError) as info:
        parse_printer_uri("lpt1")
    assert str(info.value).startswith("unknown printer 'lpt1': use network://HOST:PORT")   # English: CLI, logs
    with pytest.raises(SettingsError) as bad:
        Settings(path=tmp_path / "s.ini", printer_uri="network://:9100").validate()
    assert str(bad.value).startswith("printer: There is no host in")
    assert describe(bad.value).startswith("«There is no host in")                          # the screen's words
    dialog = SettingsDialog(Settings(path=tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    dialog.printer_input.setText("lpt1")
    dialog.save()
    assert dialog.message.text().startswith("Not saved: «unknown printer 'lpt1': use network://")
    assert not (tmp_path / "s.ini").exists()
