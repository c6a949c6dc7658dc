"""The learning-rate tab: the sweep on the left, the range test on the right, the document's settings on top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from .adopt import adopt_learning_rate, settings_text
from .range_panel import RangeTestPanel
from .sweep_panel import SweepPanel


class LearningRateTab(QWidget):
    """Both panels adopt a learning rate through one undoable command."""

    def __init__(self, doc, undo_stack, tasks, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = undo_stack
        self.header = QLabel()
        self.header.setStyleSheet("font-weight: bold; padding: 2px;")
        self.sweep = SweepPanel(doc, tasks)
        self.range_test = RangeTestPanel(doc, tasks)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.sweep)
        split.addWidget(self.range_test)
        split.setSizes([680, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        self.sweep.adoptRequested.connect(lambda lr: self.adopt(lr, self.sweep.message))
        self.range_test.adoptRequested.connect(lambda lr: self.adopt(lr, self.range_test.message))
        self._unsubscribe = doc.subscribe(self._settings_changed, kinds=["settings", "reset"])
        self._settings_changed()

    def adopt(self, lr: float, message=None) -> bool:
        ok, text = adopt_learning_rate(self.doc, self.undo_stack, lr)
        if message is not None:
            (message.show_hint if ok else message.show_error)(text)
        return ok

    def _settings_changed(self, *_args) -> None:
        self.header.setText(settings_text(self.doc.training))

    def detach(self) -> None:
        self._unsubscribe()
        self.sweep.shutdown()
