"""A layout that places its items left to right and wraps them onto the next line when the width runs
out (Qt's "flow layout" example), so a panel's controls fit any dock width."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidgetItem

GROWING = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


class FlowLayout(QLayout):
    """Items in rows; ``spacing`` pixels between them; each row as tall as its tallest item. An item
    whose horizontal size policy expands takes the rest of its row."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 - Qt virtual
        self._items.append(item)

    def insertWidget(self, index: int, widget) -> None:  # noqa: N802 - as QBoxLayout's
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt virtual
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt virtual
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt virtual
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt virtual
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt virtual
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt virtual
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt virtual
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt virtual
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self):
        return [i for i in self._items if not (isinstance(i, QWidgetItem) and i.widget().isHidden())]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows, row, row_width = [], [], 0
        for item in self._visible():
            w = item.sizeHint().width()
            if row and row_width + self._spacing + w > area.width():
                rows.append(row)
                row, row_width = [], 0
            row_width += (self._spacing if row else 0) + w
            row.append(item)
        if row:
            rows.append(row)
        y = area.y()
        for row in rows:
            height = max(i.sizeHint().height() for i in row)
            widths = [min(i.sizeHint().width(), area.width()) for i in row]
            spare = area.width() - sum(widths) - self._spacing * (len(row) - 1)
            growing = [k for k, i in enumerate(row) if i.widget() is not None
                       and i.widget().sizePolicy().horizontalPolicy() in GROWING]
            for k in growing:
                widths[k] += spare // len(growing)
            x = area.x()
            for item, w in zip(row, widths, strict=True):
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - item.sizeHint().height()) // 2),
                                           QSize(w, item.sizeHint().height())))
                x += w + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom() if rows else m.top() + m.bottom()
