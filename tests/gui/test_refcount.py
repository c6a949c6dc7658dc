"""Regression: PySide6 6.12.0 lost a reference to None on every call of a void Qt method, until the
interpreter aborted (none_dealloc). Our pin must keep ``sys.getrefcount(None)`` steady."""

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_none_references(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.setWindowTitle("t")
        obj.setObjectName("n")
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references over 40,000 void calls"
