"""Labels: choose products and print QR shelf labels (A4 sticker sheets or label rolls).

Products come from the search field (type a name, SKU or barcode; scan a label or barcode;
Enter adds the highlighted match, ↓/↑ move in the matches) or a whole category.  Adding a
product already listed adds one copy.  The preview shows the first page exactly as the PDF
and the printer get it (the same drawing, :func:`~yarlung_pos.printing.labels.paint_labels`),
with the sheet's sticker outlines and the used positions greyed.

Calibration (right/down mm) is kept per template while the dialog is open and used for the
preview, the PDF and printing; "Save calibration" writes it to the settings file.  A refused
request shows its reason in red and nothing chosen or typed is lost.

The screen (:class:`LabelsDialog`, in :mod:`.dialog`: layout, preview, messages) is made of
parts, one module each: :mod:`.products` (search, scan, category, the table of copies),
:mod:`.options` (template, start position, languages, calibration) and :mod:`.output`
(Save PDF, Open in viewer, Print); :mod:`.preview` draws the first page.
"""

from __future__ import annotations

from yarlung_pos.ui.labels.dialog import PREVIEW_DELAY_MS, LabelsDialog
from yarlung_pos.ui.labels.options import LANGUAGE_CHOICES
from yarlung_pos.ui.labels.output import labels_cache_dir, remove_old_pdfs
from yarlung_pos.ui.labels.preview import PREVIEW_DPI, render_first_page
from yarlung_pos.ui.labels.products import MAX_COPIES, SEARCH_DELAY_MS

__all__ = ["LANGUAGE_CHOICES", "MAX_COPIES", "PREVIEW_DELAY_MS", "PREVIEW_DPI", "SEARCH_DELAY_MS", "LabelsDialog",
           "labels_cache_dir", "remove_old_pdfs", "render_first_page"]
