"""The matrix view as a grid of numbers: each equation on one row, each matrix a bracketed block.

``MatrixViewWidget.set_view(view)`` shows a core ``MatrixView``: a caption per equation, then its
terms left to right — ``MatrixBlock`` widgets (label above, right-aligned cells between brackets)
and operator labels. Cells are the core's formatted strings; nothing is computed here.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from nnstudio.widgets.i18n import QT_TRANSLATE_NOOP, translate

from .matrix_view import Matrix

CELL_PAD, ROW_GAP, BRACKET = 9.0, 2.0, 6.0
NUMBER_PIXELS = 13
IDLE_TEXT = QT_TRANSLATE_NOOP("Stepper", "The current layer's equations, written as matrices with their numbers, "
                                        "appear here.")


def number_font(pixels: int = NUMBER_PIXELS) -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPixelSize(pixels)
    return font


class MatrixBlock(QWidget):
    """One labelled matrix: the label centred above, the cells right-aligned between [ ]."""

    def __init__(self, matrix: Matrix, parent=None):
        super().__init__(parent)
        self.matrix = matrix
        self._font = number_font()
        self._label_font = QFont(self._font)
        self._label_font.setBold(True)
        m = QFontMetricsF(self._font)
        cols = len(matrix.rows[0]) if matrix.rows else 0
        self._widths = [max(m.horizontalAdvance(row[c]) for row in matrix.rows) for c in range(cols)]
        self._line = m.height() + ROW_GAP
        self._label_h = QFontMetricsF(self._label_font).height() + 4
        body_w = sum(self._widths) + CELL_PAD * max(cols - 1, 0) + 2 * (BRACKET + CELL_PAD / 2)
        label_w = QFontMetricsF(self._label_font).horizontalAdvance(matrix.label) + 8
        self._size = QSize(int(max(body_w, label_w)) + 2, int(self._label_h + self._line * len(matrix.rows) + 6))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(f"{matrix.label}: {matrix.shape[0]} × {matrix.shape[1]}")

    def sizeHint(self) -> QSize:
        return self._size

    def minimumSizeHint(self) -> QSize:
        return self._size

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self._size.width() - 2
        p.setFont(self._label_font)
        p.setPen(pal.color(QPalette.ColorRole.Link))
        p.drawText(QRectF(0, 0, w, self._label_h), Qt.AlignmentFlag.AlignCenter, self.matrix.label)
        top, bottom = self._label_h, self._label_h + self._line * len(self.matrix.rows) + 4
        body_w = sum(self._widths) + CELL_PAD * max(len(self._widths) - 1, 0) + 2 * (BRACKET + CELL_PAD / 2)
        x0 = (w - body_w) / 2 + 1
        x1 = x0 + body_w
        p.setPen(QPen(text, 1.4))
        for x, d in ((x0, 1), (x1, -1)):
            p.drawPolyline([QPointF(x + d * BRACKET, top), QPointF(x, top), QPointF(x, bottom),
                            QPointF(x + d * BRACKET, bottom)])
        p.setFont(self._font)
        p.setPen(text)
        for r, row in enumerate(self.matrix.rows):
            x = x0 + BRACKET + CELL_PAD / 2
            y = top + 2 + r * self._line
            for c, cell in enumerate(row):
                p.drawText(QRectF(x, y, self._widths[c], self._line), Qt.AlignmentFlag.AlignRight
                           | Qt.AlignmentFlag.AlignVCenter, cell)
                x += self._widths[c] + CELL_PAD


class EquationRow(QWidget):
    """One equation: its caption in symbols, then the terms side by side."""

    def __init__(self, equation, parent=None):
        super().__init__(parent)
        self.equation = equation
        caption = QLabel(equation.caption)
        caption.setObjectName("equationCaption")
        caption.setFont(number_font(13))
        caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.setContentsMargins(0, 0, 0, 0)
        for term in equation.terms:
            if isinstance(term, Matrix):
                row.addWidget(MatrixBlock(term), 0, Qt.AlignmentFlag.AlignVCenter)
            else:
                op = QLabel(str(term))
                op.setFont(number_font(16))
                row.addWidget(op, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.setSpacing(2)
        layout.addWidget(caption)
        layout.addLayout(row)


class MatrixViewWidget(QScrollArea):
    """A scrollable column of ``EquationRow`` s with the view's title and note."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.view = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self.setWidget(self._body)
        self._rows: list[EquationRow] = []
        self._fill_static()

    def _fill_static(self) -> None:
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)
        self._layout.addWidget(self.note)

    def set_view(self, view) -> None:
        """Show ``view`` (a core ``MatrixView``), or nothing for None."""
        self.view = view
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        self.title.setText(translate("Stepper", "<b>{title}</b> — as matrices").format(title=view.title)
                           if view is not None else translate("Stepper", IDLE_TEXT))
        self.note.setText(view.note if view is not None else "")
        if view is None:
            return
        for k, eq in enumerate(view.equations):
            row = EquationRow(eq)
            self._layout.insertWidget(1 + k, row)
            self._rows.append(row)

    def equation_rows(self) -> list[EquationRow]:
        return list(self._rows)
