"""People for service tests that are not about permissions: a manager acting alone, and
approvals given by a named manager (the permission rules themselves are tested in
``tests/integration/test_authority.py``)."""

from __future__ import annotations

from yarlung_pos.services.authority import Approval
from yarlung_pos.services.users import User

MANAGER = User(0, "dorje", "Dorje", "manager")
ADMIN = User(0, "admin", "Admin", "admin")
CASHIER = User(0, "padma", "Padma Chozom", "cashier")


def approved(action: str, who: str | None = "dorje") -> Approval | None:
    """An approval of ``action`` by manager ``who`` (``None`` stays ``None``)."""
    return None if who is None else Approval(action, User(0, who, who.title(), "manager"))


def user_named(username: str, role: str = "cashier") -> User:
    """A signed-in user ``username``."""
    return User(0, username, username.title(), role)
