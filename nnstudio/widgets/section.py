"""A foldable section of a panel: a header button with an arrow and the title, and the content below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from nnstudio.widgets.i18n import translate


class Section(QWidget):
    """``Section("Data", widget)``; clicking the header folds or unfolds ``widget`` (``folded`` says which)."""

    toggled = Signal(bool)     # True: unfolded

    def __init__(self, title: str, content: QWidget, folded: bool = False, parent=None):
        super().__init__(parent)
        self.content = content
        self.header = QToolButton()
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setChecked(not folded)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.setStyleSheet("QToolButton { font-weight: 600; text-align: left; border: none; }")
        self.header.setToolTip(translate("Widgets", "Show or hide the {title} section").format(title=title.lower()))
        self.header.toggled.connect(self.set_unfolded)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(content)
        self.set_unfolded(not folded)

    @property
    def folded(self) -> bool:
        return not self.header.isChecked()

    def set_unfolded(self, unfolded: bool) -> None:
        if self.header.isChecked() != unfolded:
            self.header.setChecked(unfolded)
            return
        self.header.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.content.setVisible(unfolded)
        self.toggled.emit(unfolded)
