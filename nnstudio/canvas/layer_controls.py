"""Playground's +/− buttons on the canvas, and layer captions that never overlap.

Above each hidden layer's caption: "+" adds a neuron, "−" removes its last neuron. In the canvas's
bottom bar, "Hidden layers + −": "+" inserts a hidden layer before the output, "−" removes the last.
Each button is one undoable command. The captions keep their size on screen, so when zoomed out
(a wide input layer squashes the columns) neighbouring captions would collide: they then show their
titles only (the rest in the tooltip), staggered on several rows if still needed, each with its buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from nnstudio.document import commands as C
from nnstudio.widgets.i18n import translate

BUTTON = 20          # button side (pixels)
GAP = 8              # pixels kept between captions on one row
NEW_LAYER_SIZE = 4
MAX_CAPTION_REFITS = 2   # a zoom smaller by each refit staggers more captions: stop before the network shrinks


def caption_rows(spans: list[tuple[float, float]]) -> list[int]:
    """Row of each caption so that captions on one row never overlap: ``spans[k] = (left, right)``
    in screen pixels; greedy from left to right, lowest free row first."""
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    row_ends: list[float] = []
    rows = [0] * len(spans)
    for k in order:
        left, right = spans[k]
        for r, end in enumerate(row_ends):
            if left >= end + GAP:
                rows[k], row_ends[r] = r, right
                break
        else:
            rows[k] = len(row_ends)
            row_ends.append(right)
    return rows


class _Pair(QWidget):
    """A "+" and a "−" button side by side."""

    def __init__(self, parent, plus_tip: str, minus_tip: str, title: str = ""):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        if title:
            row.addWidget(QLabel(title))
        self.plus, self.minus = QToolButton(), QToolButton()
        for button, text, tip in ((self.plus, "+", plus_tip), (self.minus, "−", minus_tip)):
            button.setText(text)
            button.setToolTip(tip)
            button.setFixedSize(max(BUTTON, button.sizeHint().width()), BUTTON)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        self.adjustSize()


class LayerControls(QObject):
    """Owns the buttons over ``canvas.view`` and keeps them and the captions placed."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas, self.doc = canvas, canvas.doc
        self.view, self.scene = canvas.view, canvas.scene
        viewport = self.view.viewport()
        self.layers_pair = _Pair(None, translate("Canvas", "Add a hidden layer before the output layer"),
                                 translate("Canvas", "Remove the last hidden layer"),
                                 translate("Canvas", "Hidden layers"))
        canvas.bar.insertWidget(0, self.layers_pair)
        self.layers_pair.plus.clicked.connect(self.add_layer)
        self.layers_pair.minus.clicked.connect(self.remove_layer)
        self.pairs: dict[int, _Pair] = {}
        self._key = None
        self._pending = False
        viewport.installEventFilter(self)
        self._unsubscribe = self.doc.subscribe(lambda _e: self.schedule(), ["reset", "structure", "layout",
                                                                            "labels", "activation"])
        self._rebuild()

    # -- actions (each one undoable command) ----------------------------------------------------
    def add_neuron(self, layer: int) -> bool:
        return self.canvas.controller.add_neuron(layer)

    def remove_neuron(self, layer: int) -> bool:
        return self.canvas.controller.push(C.RemoveNeuronsCommand, [(layer, self.doc.sizes[layer] - 1)])

    def add_layer(self) -> bool:
        net = self.doc.network
        L = net.n_layers
        size = net.sizes[L - 1] if L > 1 else NEW_LAYER_SIZE
        activation = net.activations[L - 2] if L > 1 else "tanh"
        return self.canvas.controller.add_layer(L, size, activation)

    def remove_layer(self) -> bool:
        L = self.doc.network.n_layers
        if L < 2:
            self.canvas.controller.statusMessage.emit(translate("Canvas", "Not possible: the network has no hidden "
                                                                          "layer"))
            return False
        return self.canvas.controller.push(C.RemoveLayerCommand, L - 1)

    # -- placing --------------------------------------------------------------------------------
    def schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._rebuild)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt virtual
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Resize) and not self._pending:
            self.place()
        return False

    def _rebuild(self) -> None:
        self._pending = False
        self.view.extra_top = 0
        L = self.doc.network.n_layers
        hidden = set(range(1, L))
        for l in list(self.pairs):
            if l not in hidden:
                self.pairs.pop(l).deleteLater()
        for l in sorted(hidden - set(self.pairs)):
            pair = _Pair(self.view.viewport(), translate("Canvas", "Add a neuron to this layer"),
                         translate("Canvas", "Remove this layer's last neuron"))
            pair.plus.clicked.connect(lambda _=False, pair=pair: self.add_neuron(pair.layer))
            pair.minus.clicked.connect(lambda _=False, pair=pair: self.remove_neuron(pair.layer))
            pair.layer = l
            pair.show()
            self.pairs[l] = pair
        for l, pair in self.pairs.items():
            pair.minus.setEnabled(self.doc.sizes[l] > 1)
        self.layers_pair.minus.setEnabled(L > 1)
        self._key = None
        self.place()

    def place(self) -> None:
        """Stagger the captions when they would overlap at this zoom; put each pair above its caption."""
        headers = self.scene.headers
        if not headers or any(not hasattr(h, "anchor") for h in headers):
            return
        scale = self.view.transform().m11()
        key = (round(scale, 6), tuple((h.anchor, h.boundingRect().width()) for h in headers),
               self.view.mapFromScene(QPointF(0, 0)))
        if key == self._key:
            return
        self._key = key
        for h in headers:                      # full captions when they fit on one row, else titles only
            h.set_compact(False)
        rows = caption_rows(self._spans(headers, scale))
        if max(rows):
            for h in headers:
                h.set_compact(True)
            rows = caption_rows(self._spans(headers, scale))
        block = max(h.boundingRect().height() for h in headers) + BUTTON + 4
        needed = max(rows) * block
        fitted = self.view.fitted_zoom is not None and abs(scale - self.view.fitted_zoom) < 1e-9
        if (fitted and needed > self.view.extra_top and self.view.caption_refits < MAX_CAPTION_REFITS
                and self._grow_room(headers, rows, block, scale)):
            self._key = None                   # refit with room for the extra rows of captions (a few
            self.view.fit(self.view._fit_overlay, caption_room=needed)   # times: each zooms out more)
            return
        if needed < self.view.extra_top:
            self.view.extra_top = needed       # less room needed now: the next fit uses it
        for h, row in zip(headers, rows, strict=True):
            x, y = h.anchor
            target = QPointF(x, y - row * block / scale)
            if h.pos() != target:
                h.setPos(target)
        for l, pair in self.pairs.items():
            if l >= len(headers):
                continue
            h = headers[l]
            top_left = self.view.mapFromScene(h.pos()) + QPoint(0, int(h.boundingRect().top()) - BUTTON - 2)
            pos = QPoint(top_left.x() - pair.width() // 2, top_left.y())
            if pair.pos() != pos:
                pair.move(pos)

    @staticmethod
    def _spans(headers, scale: float) -> list[tuple[float, float]]:
        """Each caption's (left, right) in screen pixels, its buttons included."""
        spans = []
        for h in headers:
            x = h.anchor[0] * scale
            half = max(h.boundingRect().width(), 2 * BUTTON + 2) / 2
            spans.append((x - half, x + half))
        return spans

    def _grow_room(self, headers, rows, block: float, scale: float) -> bool:
        """Whether the captions' top row would leave the view (then the fit needs more room above)."""
        top = min(self.view.mapFromScene(QPointF(*h.anchor)).y() + h.boundingRect().top() - row * block
                  for h, row in zip(headers, rows, strict=True))
        return top - BUTTON - 2 < 0

    def detach(self) -> None:
        self._unsubscribe()
