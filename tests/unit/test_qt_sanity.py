"""Guards against a Qt binding that corrupts the interpreter.

PySide6/shiboken6 6.12.0 returns None from void C++ methods without taking a reference; on
CPython < 3.12 (where None is not immortal) every such call drops None's reference count by
one and the process soon aborts with "none_dealloc".  pyproject.toml pins PySide6 below 6.12;
this test fails if a broken build is installed anyway.
"""

import sys

from PySide6.QtCore import QPointF


def test_void_calls_keep_none_alive():
    p = QPointF()
    before = sys.getrefcount(None)
    for _ in range(200):
        p.setX(1.0)
    assert sys.getrefcount(None) >= before - 5
