"""The labels screen under its former import path: the code is in :mod:`yarlung_pos.ui.labels`
(import from there)."""

from __future__ import annotations

from yarlung_pos.ui.labels import (LANGUAGE_CHOICES, MAX_COPIES, PREVIEW_DELAY_MS, PREVIEW_DPI, SEARCH_DELAY_MS,
                                   LabelsDialog, labels_cache_dir, render_first_page)

__all__ = ["LANGUAGE_CHOICES", "MAX_COPIES", "PREVIEW_DELAY_MS", "PREVIEW_DPI", "SEARCH_DELAY_MS", "LabelsDialog",
           "labels_cache_dir", "render_first_page"]
