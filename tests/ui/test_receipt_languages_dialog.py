"""The settings dialog's receipt languages row (issue #8) and the label dialog's choices."""

from yarlung_pos.config import Settings, load_settings
from yarlung_pos.ui.labels import LANGUAGE_CHOICES
from yarlung_pos.ui.settings_dialog import RECEIPT_LANGUAGE_CHOICES, SettingsDialog, receipt_languages_text


def test_receipt_languages_are_chosen_kept_on_error_and_saved(qtbot, tmp_path):
    path = tmp_path / "settings.ini"
    dialog = SettingsDialog(Settings(path=path))
    qtbot.addWidget(dialog)
    combo = dialog.receipt_languages_combo
    assert combo.currentData() == "bo,zh,en" and combo.currentText() == "བོད་ཡིག + 中文 + English"
    assert [combo.itemText(i) for i in range(combo.count())][:3] == [
        "བོད་ཡིག + 中文 + English", "བོད་ཡིག + 中文", "中文 + བོད་ཡིག"]
    combo.setCurrentIndex(combo.findData("bo,zh"))
    dialog.url_input.setText("ftp://nowhere")
    dialog.save()
    assert "Not saved" in dialog.message.text() and not path.exists()
    assert combo.currentData() == "bo,zh"                             # the choice is kept on an error
    assert dialog.edited().receipt_languages == ("bo", "zh")
    dialog.url_input.setText("https://yarlung.example/r")
    dialog.save()
    assert dialog.result_settings.receipt_languages == ("bo", "zh")
    assert load_settings(path).receipt_languages == ("bo", "zh")


def test_a_setting_not_offered_is_shown_and_kept(qtbot, tmp_path):
    dialog = SettingsDialog(Settings(path=tmp_path / "s.ini", receipt_languages=("en", "bo", "zh")))
    qtbot.addWidget(dialog)
    assert dialog.receipt_languages_combo.currentText() == "English + བོད་ཡིག + 中文"
    assert dialog.edited().receipt_languages == ("en", "bo", "zh")


def test_choices_cover_one_or_two_scripts_in_either_order():
    for choices in (RECEIPT_LANGUAGE_CHOICES, LANGUAGE_CHOICES):
        assert {("bo",), ("zh",), ("en",)} <= set(choices)
        assert len(set(choices)) == len(choices)
    for choices in (RECEIPT_LANGUAGE_CHOICES, LANGUAGE_CHOICES):
        for a, b in (("bo", "zh"), ("zh", "en"), ("bo", "en")):
            assert (a, b) in choices and (b, a) in choices                    # two, in either order
    assert receipt_languages_text(("zh", "bo")) == "中文 + བོད་ཡིག"
