"""Who a token belongs to decides what it may do: a till pushes and pulls, an admin reads the
county views; each refusal is a 403 with the reason."""

from __future__ import annotations

import pytest


def test_a_terminal_token_is_no_admin_token_and_back():
    from yarlung_pos.server.common import Forbidden
    from yarlung_pos.server.terminals import Principal

    till, office = Principal("terminal", "T01"), Principal("admin", "office")
    assert (till.as_terminal(), office.as_admin()) == ("T01", "office")
    with pytest.raises(Forbidden, match="needs a terminal token") as refused:
        office.as_terminal()
    assert refused.value.status == 403
    with pytest.raises(Forbidden, match="need an admin token"):
        till.as_admin()
