"""The till's screens for home-delivery orders (issue #16): the order form taken at the counter
(:mod:`.dialog`, F10), the deliveries screen (:mod:`.window`, Ctrl+D) and its small dialogs
(:mod:`.actions`: hand over, return, batch hand-over).  Who may do what is decided by the
till's service; these screens only collect what is typed and an approval, and show refusals
with :func:`yarlung_pos.ui.messages.describe`."""
