"""Which visible controls of a window are cut by the edge of a panel that holds them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QLabel, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider)


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _is_viewport(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    return parent if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget else None


def cut_controls(root: QWidget, slack: int = 1) -> list[str]:
    """Descriptions of the visible controls under ``root`` that stick out of an ancestor (horizontally
    out of anything; vertically out of anything below the nearest scrolling area, which scrolls), or
    whose text does not fit their own width (a label or button narrower than its size hint)."""
    problems = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or isinstance(w, QScrollBar) or not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) and isinstance(w.parentWidget(), QTabBar):
            continue                      # tab bars scroll their own tabs
        if w.width() <= 0 or w.height() <= 0 or _behind_a_tab(w, root):
            continue                      # in a dock tabbed behind another one
        name = f"{type(w).__name__} {_text(w)!r}"
        if isinstance(w, QLabel | QAbstractButton) and not (isinstance(w, QLabel) and w.wordWrap()):
            need = w.minimumSizeHint().width() if isinstance(w, QLabel) else w.sizeHint().width()
            if w.width() + slack < need and _text(w):
                problems.append(f"{name}: {w.width()} px wide, its text needs {need}")
                continue
        vertical = True
        ancestor = w.parentWidget()
        while ancestor is not None and ancestor is not root.parentWidget():
            area = _is_viewport(ancestor)
            r = _rect_in(w, ancestor)
            inside = ancestor.rect()
            if r.left() < inside.left() - slack or r.right() > inside.right() + slack:
                problems.append(f"{name}: cut horizontally by {type(ancestor).__name__} "
                                f"{ancestor.objectName() or ''} ({r} in {inside})")
                break
            if vertical and (r.top() < inside.top() - slack or r.bottom() > inside.bottom() + slack):
                if area is None or area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                    problems.append(f"{name}: cut vertically by {type(ancestor).__name__} "
                                    f"{ancestor.objectName() or ''} ({r} in {inside})")
                    break
            if area is not None:
                vertical = False          # further out, the scroll area's own edges count
                ancestor = area.parentWidget()
                continue
            ancestor = ancestor.parentWidget()
    return problems


def _behind_a_tab(w: QWidget, root: QWidget) -> bool:
    """Whether ``w`` sits in a dock (or tab page) that is not shown: its top-level part is off-screen."""
    part = w
    while part.parentWidget() is not None and part.parentWidget() is not root:
        part = part.parentWidget()
    return part.visibleRegion().isEmpty()


def _text(w) -> str:
    for attr in ("text", "currentText"):
        if hasattr(w, attr):
            try:
                return str(getattr(w, attr)())[:40]
            except TypeError:
                pass
    return ""
