"""The table of iterations of one run: k, the point, the gradient and the value."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from nnstudio.engine.gd import GDResult
from nnstudio.io.numbers import fmt

from ..style import MISSING

CURRENT_ROW = QColor(255, 240, 190)


class IterationModel(QAbstractTableModel):
    """Rows 0 … ``visible`` of a run (``set_visible`` grows or shrinks them for the animation)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: GDResult | None = None
        self.count = 0
        self.headers: list[str] = []

    def set_run(self, result: GDResult | None, visible: int | None = None) -> None:
        self.beginResetModel()
        self.result = result
        dims = result.function.dims if result is not None else 1
        if dims == 1:
            self.headers = ["k", "x", "f′(x)", "f(x)"]
        else:
            self.headers = ["k", "x", "y", "∂f/∂x", "∂f/∂y", "f(x, y)"]
        self.count = self._rows(visible)
        self.endResetModel()

    def set_visible(self, visible: int | None) -> None:
        new = self._rows(visible)
        if new > self.count:
            self.beginInsertRows(QModelIndex(), self.count, new - 1)
            self.count = new
            self.endInsertRows()
        elif new < self.count:
            self.beginRemoveRows(QModelIndex(), new, self.count - 1)
            self.count = new
            self.endRemoveRows()
        if self.count:
            self.dataChanged.emit(self.index(0, 0), self.index(self.count - 1, len(self.headers) - 1))

    def _rows(self, visible: int | None) -> int:
        if self.result is None:
            return 0
        total = len(self.result.rows)
        return total if visible is None else min(total, visible + 1)

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else self.count

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None:
            return None
        row = self.result.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.count - 1:
            return CURRENT_ROW
        return None

    def cell(self, row, column: int) -> str:
        values = [row.step, *row.point, *row.gradient, row.value]
        return str(row.step) if column == 0 else fmt(values[column], 6, MISSING)


class IterationTable(QTableView):
    """A read-only table view on an ``IterationModel``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.iterations = IterationModel(self)
        self.setModel(self.iterations)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(22)

    def column_texts(self, column: int) -> list[str]:
        """The texts of one column (for tests and copying)."""
        model = self.iterations
        return [model.data(model.index(r, column)) for r in range(model.rowCount())]
