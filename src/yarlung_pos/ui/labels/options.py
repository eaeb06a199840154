"""The labels screen's options: label stock (template), start position, languages and the
calibration kept per template."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox

from yarlung_pos.config import SettingsError, save_settings
from yarlung_pos.printing.labels import TEMPLATES, LabelError, LabelTemplate

# language choices offered, in stacking order: one script, two in either order, all three
# (settings may hold another order; it is added)
LANGUAGE_CHOICES: tuple[tuple[str, ...], ...] = (
    ("bo", "zh"), ("zh", "bo"), ("zh",), ("bo",), ("en",), ("zh", "en"), ("en", "zh"), ("bo", "en"), ("en", "bo"),
    ("bo", "zh", "en"))


#: how a label stock is named in the template list: {0} its code (``a4-3x8``), then the sizes
_SHEET_A4 = QT_TRANSLATE_NOOP("LabelTemplate", "{0} — A4 sheet, {1} × {2} labels of {3} × {4} mm")
_SHEET = QT_TRANSLATE_NOOP("LabelTemplate", "{0} — {5} × {6} mm sheet, {1} × {2} labels of {3} × {4} mm")
_ROLL = QT_TRANSLATE_NOOP("LabelTemplate", "{0} — roll labels {3} × {4} mm")


def template_title(t: LabelTemplate) -> str:
    """``t``'s name in the template list, in the user's language (``"a4-3x8 — A4 sheet, 3 × 8
    labels of 70 × 37 mm"``)."""
    form = _ROLL if t.is_roll else (_SHEET_A4 if (t.page_w, t.page_h) == (210, 297) else _SHEET)
    return QCoreApplication.translate("LabelTemplate", form).format(
        t.name, t.cols, t.rows, f"{t.label_w:g}", f"{t.label_h:g}", f"{t.page_w:g}", f"{t.page_h:g}")


class LabelsOptions:
    """Part of :class:`~yarlung_pos.ui.labels.LabelsDialog`: the "Options" box.

    Builds ``template_combo``, ``start_spin`` (1 … the template's labels per page; off for
    rolls), ``languages_combo``, ``offset_x``/``offset_y`` (mm, −10 … 10, step 0.1) and
    ``save_calibration_button``; uses the dialog's ``service``, ``_offsets`` (template name →
    (right, down) mm, as typed while the dialog is open), ``_show`` and ``_schedule_preview``."""

    def _build_options(self) -> QGroupBox:
        """The options box; its signals that redraw the preview are connected by the dialog."""
        self.template_combo = QComboBox(objectName="labelTemplateCombo")
        for t in TEMPLATES.values():
            self.template_combo.addItem(template_title(t), t.name)
        self.start_spin = QSpinBox(objectName="labelStartSpin")
        self.start_spin.setRange(1, 1)
        self.start_spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") * 3)
        self.start_spin.setToolTip(self.tr("Position of the first label on a partly used sheet "
                                           "(counted left to right, top to bottom)"))
        self.languages_combo = QComboBox(objectName="labelLanguagesCombo")
        names = {"bo": self.tr("Tibetan"), "zh": self.tr("Chinese"), "en": self.tr("English")}
        choices = list(LANGUAGE_CHOICES)
        default = tuple(self.service.settings.label_languages)
        if default and default not in choices:
            choices.append(default)
        for langs in choices:
            self.languages_combo.addItem(" + ".join(names.get(x, x) for x in langs), ",".join(langs))
        self.languages_combo.setCurrentIndex(max(0, self.languages_combo.findData(",".join(default))))
        self.offset_x = self._offset_spin("labelOffsetX", self.tr("Move the print right (negative: left)"))
        self.offset_y = self._offset_spin("labelOffsetY", self.tr("Move the print down (negative: up)"))
        self.save_calibration_button = QPushButton(self.tr("Save calibration"), objectName="saveCalibrationButton")
        self.save_calibration_button.clicked.connect(self.save_calibration)
        offsets = QFormLayout()  # right / down one under the other: the row fits a 1024 px screen
        offsets.setContentsMargins(0, 0, 0, 0)
        offsets.addRow(self.tr("right"), self.offset_x)
        offsets.addRow(self.tr("down"), self.offset_y)
        form = QFormLayout()
        form.addRow(self.tr("Label stock"), self.template_combo)
        form.addRow(self.tr("Start at label"), self.start_spin)
        form.addRow(self.tr("Names in"), self.languages_combo)
        form.addRow(self.tr("Calibration (mm)"), offsets)
        form.addRow("", self.save_calibration_button)  # its own line: the row fits a 1024 px screen
        options = QGroupBox(self.tr("Options"))
        options.setLayout(form)
        return options

    def _offset_spin(self, name: str, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(objectName=name)
        spin.setRange(-10.0, 10.0)
        spin.setSingleStep(0.1)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        spin.setToolTip(tip)
        spin.valueChanged.connect(self._on_offset_changed)
        return spin

    def template(self) -> LabelTemplate:
        """The chosen label stock."""
        return TEMPLATES[self.template_combo.currentData()]

    def set_template(self, name: str) -> None:
        """Choose the template ``name``; raises :class:`LabelError` for an unknown one."""
        index = self.template_combo.findData(name)
        if index < 0:
            raise LabelError(f"unknown template {name!r} (known: {', '.join(TEMPLATES)})")
        self.template_combo.setCurrentIndex(index)

    def languages(self) -> tuple[str, ...]:
        """The chosen label languages, in print order (codes ``bo``, ``zh``, ``en``)."""
        return tuple(self.languages_combo.currentData().split(","))

    def offset(self) -> tuple[float, float]:
        """The calibration (right, down) mm shown for the chosen template."""
        return (round(self.offset_x.value(), 1), round(self.offset_y.value(), 1))

    def _on_template_changed(self, *_args) -> None:
        t = self.template()
        self.start_spin.setMaximum(t.per_page)
        self.start_spin.setEnabled(not t.is_roll)
        dx, dy = self._offsets.get(t.name, (0.0, 0.0))
        for spin, value in ((self.offset_x, dx), (self.offset_y, dy)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._schedule_preview()

    def _on_offset_changed(self, *_args) -> None:
        self._offsets[self.template().name] = self.offset()
        self._schedule_preview()

    def save_calibration(self) -> bool:
        """Store the chosen template's calibration in the settings and write the settings
        file; on failure show why (the values stay as typed).  Returns True when saved."""
        name = self.template().name
        settings = self.service.settings
        offsets = dict(settings.label_offsets)
        offsets[name] = self.offset()
        candidate = replace(settings, label_offsets=offsets)
        try:
            path = save_settings(candidate)
        except (SettingsError, OSError) as exc:
            self._show(self.tr("Calibration not saved: {0}").format(str(exc)), error=True)
            return False
        settings.label_offsets = offsets
        settings.path = path
        dx, dy = offsets[name]
        self._show(self.tr("Calibration of {0} saved: {1:g} mm right, {2:g} mm down.").format(name, dx, dy),
                   error=False)
        return True
