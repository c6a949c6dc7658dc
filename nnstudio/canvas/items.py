"""Graphics items that only paint: neurons, layer headers, overlay badges, the layer highlight.

Every pen, brush, text rectangle and image is prepared by ``set_*`` methods when the data
changes; ``paint`` just draws them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

NEURON_TYPE = QGraphicsItem.UserType + 1
HEADER_TYPE = QGraphicsItem.UserType + 2
BADGE_TYPE = QGraphicsItem.UserType + 3


def _font(pixels: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(pixels)
    f.setBold(bold)
    return f


class NeuronItem(QGraphicsItem):
    """A circle: fill = activation (when known), ring = bias (colour = sign, width = magnitude)."""

    def __init__(self, layer: int, index: int, radius: float):
        super().__init__()
        self.layer, self.index = layer, index
        self.radius = radius
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setZValue(10)
        self.on_moved = None  # set by the scene: called with the item after each move
        self._fill = QBrush(Qt.GlobalColor.white)
        self._outline = QPen(Qt.GlobalColor.black)
        self._selected_pen = QPen(Qt.GlobalColor.magenta)
        self._ring: QPen | None = None
        self._ring_radius = radius
        self._label_item: LabelItem | None = None
        self._style_key = None
        self._thumb: QImage | None = None
        self._bounds = QRectF()
        self._update_bounds()

    @property
    def id(self) -> tuple[int, int]:
        return self.layer, self.index

    def type(self) -> int:
        return NEURON_TYPE

    # -- style ----------------------------------------------------------------------------------
    def set_style(self, fill: QColor, outline: QColor, selection: QColor, ring_colour: QColor | None,
                  ring_width: float) -> None:
        key = (fill.rgba(), outline.rgba(), selection.rgba(), None if ring_colour is None else ring_colour.rgba(),
               round(ring_width, 3))
        if key == self._style_key:
            return  # unchanged: nothing to prepare or repaint
        self._style_key = key
        self._fill = QBrush(fill)
        self._outline = QPen(outline, max(1.0, self.radius / 12))
        self._selected_pen = QPen(selection, max(2.5, self.radius / 5))
        if ring_colour is None or ring_width <= 0:
            self._ring = None
        else:
            self._ring = QPen(ring_colour, ring_width)
            self._ring.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._ring_radius = self.radius + ring_width / 2 + 1
        self._update_bounds()
        if self._label_item is not None and self._label_item.isVisible():
            self._place_label()
        self.update()

    def _place_label(self) -> None:
        gap = self.radius + 3 + (self._ring.widthF() if self._ring is not None else 0)
        self._label_item.setPos(-gap if self._label_item.side == "left" else gap, 0)

    def set_label(self, text: str, side: str | None, colour: QColor) -> None:
        """A name left (``side="left"``) or right of the circle, constant size on screen; None hides it."""
        if not side or not text:
            if self._label_item is not None:
                self._label_item.setVisible(False)
            return
        if self._label_item is None:
            self._label_item = LabelItem(self)
        self._label_item.set_text(text, side, colour)
        self._label_item.setVisible(True)
        self._place_label()

    def outer_radius(self) -> float:
        """The circle's radius including its bias ring."""
        return max(self.radius, self._ring_radius + self._ring.widthF() / 2) if self._ring is not None else self.radius

    def label_text(self) -> str:
        item = self._label_item
        return item.text if item is not None and item.isVisible() else ""

    def set_thumbnail(self, image: QImage | None) -> None:
        self._thumb = None if image is None or image.isNull() else image
        self.update()

    def _update_bounds(self) -> None:
        extra = 6 if self._ring is None else self._ring.widthF() + 6
        r = self.radius + extra
        rect = QRectF(-r, -r, 2 * r, 2 * r)
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect

    # -- Qt virtuals ----------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = max(self.radius, 3.0)
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(self, painter, option, widget=None) -> None:
        r = self.radius
        if self._ring is not None:
            painter.setPen(self._ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), self._ring_radius, self._ring_radius)
        painter.setPen(self._selected_pen if self.isSelected() else self._outline)
        painter.setBrush(self._fill)
        painter.drawEllipse(QPointF(0, 0), r, r)
        if self._thumb is not None:
            path = QPainterPath()
            inner = r * 0.92
            path.addEllipse(QPointF(0, 0), inner, inner)
            painter.save()
            painter.setClipPath(path)
            painter.drawImage(QRectF(-inner, -inner, 2 * inner, 2 * inner), self._thumb)
            painter.restore()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r, r)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.on_moved is not None:
            self.on_moved(self)
        return super().itemChange(change, value)


class LabelItem(QGraphicsItem):
    """A neuron's name beside it, a child of the neuron, drawn at a constant size on screen."""

    def __init__(self, parent: QGraphicsItem):
        super().__init__(parent)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.text = ""
        self.side = "right"
        self._font = _font(13)
        self._pen = QPen(Qt.GlobalColor.black)
        self._rect = QRectF()
        self._align = Qt.AlignmentFlag.AlignLeft

    def set_text(self, text: str, side: str, colour: QColor) -> None:
        self.text, self.side = text, side
        self._pen = QPen(colour)
        m = QFontMetricsF(self._font)
        w, h = m.horizontalAdvance(text) + 2, m.height()
        self.prepareGeometryChange()
        self._rect = QRectF(-w - 5 if side == "left" else 5, -h / 2, w, h)
        self._align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if side == "left" else Qt.AlignmentFlag.AlignLeft)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        painter.setFont(self._font)
        painter.setPen(self._pen)
        painter.drawText(self._rect, self._align, self.text)


class LayerHeaderItem(QGraphicsItem):
    """The caption above a layer ("Hidden 1" / "3 neurons · tanh"); click selects the layer.

    Drawn at a constant size on screen, above its anchor point (the top of the layer)."""

    def __init__(self, layer: int):
        super().__init__()
        self.layer = layer
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # readable at any zoom
        self.setZValue(5)
        self._title = ""
        self._subtitle = ""
        self._title_font = _font(13, bold=True)
        self._sub_font = _font(11)
        self._pens = (QPen(Qt.GlobalColor.black), QPen(Qt.GlobalColor.gray), QPen(Qt.GlobalColor.magenta))
        self._rects = (QRectF(), QRectF())
        self._bounds = QRectF()
        self.compact = False     # the title only (the subtitle in the tooltip), when the columns are close

    def type(self) -> int:
        return HEADER_TYPE

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self._measure()

    def set_text(self, title: str, subtitle: str, text: QColor, muted: QColor, selection: QColor) -> None:
        self._title, self._subtitle = title, subtitle
        self._pens = (QPen(text), QPen(muted), QPen(selection, 2))
        self._measure()

    def _measure(self) -> None:
        title, subtitle = self._title, "" if self.compact else self._subtitle
        self.setToolTip(self._subtitle if self.compact else "")
        mt, ms = QFontMetricsF(self._title_font), QFontMetricsF(self._sub_font)
        wt, ws = mt.horizontalAdvance(title) + 4, ms.horizontalAdvance(subtitle) + 4
        ht, hs = mt.height(), ms.height() if subtitle else 0.0
        top = -(ht + hs)
        self._rects = (QRectF(-wt / 2, top, wt, ht), QRectF(-ws / 2, top + ht, ws, hs))
        bounds = self._rects[0].united(self._rects[1]).adjusted(-6, -4, 6, 4)
        self.prepareGeometryChange()
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        if self.isSelected():
            painter.setPen(self._pens[2])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._bounds.adjusted(1, 1, -1, -1), 5, 5)
        painter.setFont(self._title_font)
        painter.setPen(self._pens[0])
        painter.drawText(self._rects[0], Qt.AlignmentFlag.AlignCenter, self._title)
        if not self.compact:
            painter.setFont(self._sub_font)
            painter.setPen(self._pens[1])
            painter.drawText(self._rects[1], Qt.AlignmentFlag.AlignCenter, self._subtitle)


class BadgeItem(QGraphicsItem):
    """A small rounded text box (overlay values of the step-through), a child of its neuron.

    Placed below the neuron unless :meth:`place` moves it; a moved box has a leader line to the circle."""

    def __init__(self, parent: QGraphicsItem, text: str, fill: QColor, colour: QColor, below: float):
        super().__init__(parent)
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._font = _font(11)
        self._font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)   # same width at any zoom
        self._text = text
        self._brush = QBrush(fill)
        self._pen = QPen(colour)
        self._border = QPen(colour.lighter(180) if colour.lightness() < 128 else colour.darker(200), 0.8)
        m = QFontMetricsF(self._font)
        lines = text.split("\n")
        w = max(m.horizontalAdvance(s) for s in lines) * 1.05 + 10
        h = m.height() * len(lines) + 4
        self.below = below
        self._rect = QRectF(-w / 2, below, w, h)
        self._leader: tuple[QPointF, QPointF] | None = None
        self._bounds = self._rect.adjusted(-1, -1, 1, 1)

    def type(self) -> int:
        return BADGE_TYPE

    def size(self) -> tuple[float, float]:
        return self._rect.width(), self._rect.height()

    def box(self) -> QRectF:
        """The text box in the neuron's coordinates."""
        return QRectF(self._rect)

    def place(self, rect: QRectF, radius: float) -> None:
        """Move the box to ``rect`` (neuron coordinates); away from its natural spot below the circle,
        a leader line joins the box to the circle of ``radius``."""
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self._leader = None
        if abs(rect.top() - self.below) > 0.5 or abs(rect.center().x()) > 0.5:
            from .label_layout import leader_end

            end = leader_end(rect, QPointF(0, 0))
            length = (end.x() ** 2 + end.y() ** 2) ** 0.5
            if length > radius + 1:
                start = QPointF(end.x() * radius / length, end.y() * radius / length)
                self._leader = (start, end)
        bounds = self._rect.adjusted(-1, -1, 1, 1)
        if self._leader is not None:
            bounds = bounds.united(QRectF(self._leader[0], self._leader[1]).normalized().adjusted(-1, -1, 1, 1))
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        if self._leader is not None:
            painter.setPen(self._border)
            painter.drawLine(*self._leader)
        painter.setPen(self._border)
        painter.setBrush(self._brush)
        painter.drawRoundedRect(self._rect, 4, 4)
        painter.setFont(self._font)
        painter.setPen(self._pen)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


class LayerBandItem(QGraphicsItem):
    """A translucent rounded band behind one layer (the step-through's current layer)."""

    def __init__(self, rect: QRectF, colour: QColor):
        super().__init__()
        self.setZValue(-20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = rect
        self._brush = QBrush(colour)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._brush)
        painter.drawRoundedRect(self._rect, 14, 14)
