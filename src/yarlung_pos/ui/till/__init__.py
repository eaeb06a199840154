"""The till window: scan, search or tap products into the sale, pay, see change and receipt.

Keyboard (the scan field keeps focus):
  scan / type + Enter   add by EAN-13, SKU or label URL (``…/p/<SKU>``); an exact code always
                        wins; otherwise the highlighted match, or the best-ranked one (names in
                        three scripts, pinyin and its initials, Wylie); scanner-like input (a URL,
                        8+ digits) never falls back to search
  ↓ / ↑                 move in the search matches (or, with none shown, in the cart)
  + / -                 one more / one less of the selected line (empty scan field)
  * then a number       set the selected line's quantity, e.g. ``*0.735`` Enter for kg
  Delete                remove the selected line (empty scan field)
  F12                   pay
  F6                    open the cash drawer without a sale (manager)
  F7 / Shift+F7         discount or price override on the selected line / the whole sale
  F8                    park the sale; with an empty sale, list parked sales (Enter recalls)
  F9                    refund against a sale (scan its receipt QR or type its number)
  F10                   the sale goes out for delivery (recipient, address, postage; then pay)
  Ctrl+D                the deliveries screen (pack, hand over, delivered, return, print)
  Ctrl+Delete           cancel the whole sale (logged)
  Ctrl+Shift+L          lock the till (it also locks itself after the idle time)
  Esc                   close the search matches / clear the scan field

The window (:class:`TillWindow`, in :mod:`.window`: layout, shortcuts, language) is made of
parts, one module each: :mod:`.scan` (scan field, search, touch grid, cart keys),
:mod:`.counter` (discounts, park/recall, cancel, refunds, shifts, drawer, locking, approvals,
the other screens), :mod:`.checkout` (totals, payment, after-sale panel, receipt), :mod:`.delivery` (delivery
orders and the deliveries screen) and
:mod:`.status` (status bar, sync and printer state, messages).
"""

from __future__ import annotations

from yarlung_pos.ui.till.scan import GRID_LIMIT, SEARCH_DELAY_MS, QApplicationBeep
from yarlung_pos.ui.till.window import TillWindow

__all__ = ["GRID_LIMIT", "SEARCH_DELAY_MS", "QApplicationBeep", "TillWindow"]
