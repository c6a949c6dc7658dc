"""File ▸ New from template: a gallery of the example networks.

Each card shows a picture of the network (drawn by the canvas itself), its name, what it teaches
(the first sentences of its description) and the accuracy or R² it reaches (its ``expected``
block, which the example tests check). Two more cards: "Empty network" (two inputs wired straight
to one output, to build up with the + buttons) and "Start from a CSV file…".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from nnstudio.io.numbers import localize, percent
from nnstudio.resources import example_files
from nnstudio.widgets.i18n import translate

from .example_texts import translate_example

THUMB = QSize(200, 120)
EMPTY, CSV = "empty", "csv"
_thumbnails: dict[tuple, QPixmap] = {}


@dataclass
class Template:
    key: str                 # a file path, EMPTY or CSV
    title: str
    teaches: str
    reaches: str
    network_file: object = None


def teaches(description: str, sentences: int = 2) -> str:
    """The first ``sentences`` sentences of a description."""
    parts = re.split(r"(?<=[.!?])\s+", description.strip())
    return " ".join(parts[:sentences])


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def reaches(expected) -> str:
    """ "reaches ≥ 90 % test accuracy" from an example's ``expected`` block ('' when none)."""
    for goal in expected or []:
        metric, at_least = goal.get("metric"), goal.get("at_least")
        if at_least is None:
            continue
        where = goal.get("on", "test")
        data = translate("MainWindow", "test") if where == "test" else translate("MainWindow", "training")
        if metric == "accuracy":
            return translate("MainWindow", "reaches ≥ {value} {data} accuracy").format(
                value=percent(at_least, 0), data=data)
        if metric == "r2":
            return localize(translate("MainWindow", "reaches R² ≥ {value} on the {data} data").format(
                value=f"{at_least:g}", data=data))
    return ""


def load_templates() -> list[Template]:
    """The example files (those that load), then the empty network and the CSV start."""
    from nnstudio.io import netfile

    out = []
    for path in example_files():
        try:
            nf = netfile.load(str(path))
        except (ValueError, OSError):
            continue
        extra = getattr(nf, "extra", None) or {}
        translate_example(nf)
        out.append(Template(str(path), nf.name or path.stem, teaches(nf.description or ""),
                            reaches(extra.get("expected")), nf))
    out.append(Template(EMPTY, translate("MainWindow", "Empty network"),
                        translate("MainWindow", "Two inputs wired straight to one output: add hidden layers and "
                                                "neurons with the + buttons on the canvas, as in Playground."), ""))
    out.append(Template(CSV, translate("MainWindow", "Start from a CSV file…"),
                        translate("MainWindow", "Your own table: pick the target column; the network's inputs and "
                                                "outputs are fitted to the data."), ""))
    return out


def thumbnail(template: Template) -> QPixmap:
    """The network as the canvas draws it, scaled into ``THUMB`` (cached per file and mtime)."""
    key = (template.key, Path(template.key).stat().st_mtime_ns if Path(template.key).exists() else 0)
    hit = _thumbnails.get(key)
    if hit is not None:
        return hit
    pixmap = QPixmap(THUMB)
    pixmap.fill(QColor("#fbfbfd"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if template.network_file is not None or template.key == EMPTY:
        image = _render(template)
        scaled = image.scaled(THUMB.width() - 8, THUMB.height() - 8, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((THUMB.width() - scaled.width()) // 2, (THUMB.height() - scaled.height()) // 2, scaled)
    else:
        _draw_table(painter)
    painter.end()
    _thumbnails[key] = pixmap
    return pixmap


def _render(template: Template) -> QImage:
    from nnstudio.canvas import NetworkCanvas
    from nnstudio.document import NetworkDocument

    doc = NetworkDocument(empty_network() if template.key == EMPTY else None)
    if template.network_file is not None:
        doc.load_file(template.network_file)
    canvas = NetworkCanvas(doc, QUndoStack())
    try:
        return canvas.render_image(scale=1.0)
    finally:
        canvas.scene.detach()
        canvas.deleteLater()


def _draw_table(painter: QPainter) -> None:
    """A small table with a highlighted target column: the CSV card's picture."""
    w, h = THUMB.width(), THUMB.height()
    cols, rows, left, top = 5, 6, 30, 18
    cw, rh = (w - 2 * left) / cols, (h - 2 * top) / rows
    painter.setPen(QColor("#9aa3b2"))
    for c in range(cols):
        for r in range(rows):
            fill = QColor("#dbeafe") if c == cols - 1 else QColor("#ffffff" if r else "#e5e7eb")
            painter.fillRect(int(left + c * cw), int(top + r * rh), int(cw), int(rh), fill)
            painter.drawRect(int(left + c * cw), int(top + r * rh), int(cw), int(rh))


def empty_network():
    from nnstudio.engine.network import Network

    return Network([2, 1], ["sigmoid"], "bce", seed=1)


class TemplateGallery(QDialog):
    """Pick a template; ``chosen`` is the picked :class:`Template` after ``exec()``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("MainWindow", "New from template"))
        self.templates = load_templates()
        self.chosen: Template | None = None
        self.cards = QListWidget()
        self.cards.setViewMode(QListView.ViewMode.IconMode)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setMovement(QListView.Movement.Static)
        self.cards.setWordWrap(True)
        self.cards.setIconSize(THUMB)
        self.cards.setGridSize(QSize(THUMB.width() + 50, THUMB.height() + 112))
        self.cards.setSpacing(6)
        for template in self.templates:
            text = "\n".join(part for part in (template.title, _short(teaches(template.teaches, 1)),
                                                 template.reaches) if part)
            item = QListWidgetItem(QIcon(thumbnail(template)), text)
            item.setToolTip(f"<b>{template.title}</b><br>{template.teaches}"
                            + (f"<br><i>{template.reaches}</i>" if template.reaches else ""))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            self.cards.addItem(item)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setMinimumHeight(60)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.cards.currentRowChanged.connect(self._show)
        self.cards.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(translate("MainWindow", "Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("MainWindow", "Start from an example network, an empty one or your own "
                                                        "data:")))
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.about)
        layout.addWidget(buttons)
        self.resize(4 * (THUMB.width() + 56) + 40, 2 * (THUMB.height() + 118) + 150)
        self.cards.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            t = self.templates[row]
            self.about.setText(f"<b>{t.title}</b> — {t.teaches}" + (f" <i>({t.reaches})</i>" if t.reaches else ""))

    def choose(self, key: str) -> None:
        """Select the card of ``key`` (a file path, ``EMPTY`` or ``CSV``)."""
        for row, template in enumerate(self.templates):
            if template.key == key or Path(template.key).name == key:
                self.cards.setCurrentRow(row)
                return
        raise KeyError(key)

    def accept(self) -> None:
        row = self.cards.currentRow()
        self.chosen = self.templates[row] if 0 <= row < len(self.templates) else None
        super().accept()


def start_from(window, template: Template) -> bool:
    """Open the chosen template in ``window`` (which has already asked to save)."""
    if template.key == CSV:
        window.open_example()
        training = getattr(window, "panels", {}).get("training")
        box = getattr(getattr(training, "panel", None), "data_box", None)
        if box is None:
            window.show_status(translate("MainWindow", "CSV import needs the training panel"))
            return False
        box.import_csv()
        return True
    if template.key == EMPTY:
        from nnstudio.io import netfile

        nf = netfile.network_file_for(empty_network(), name=translate("MainWindow", "Empty network"),
                                      dataset={"name": "xor", "samples": 200, "noise": 0.1,
                                               "test_fraction": 0.3, "seed": 1})
        window.document.load_file(nf)
        window.undo_stack.clear()
        window.undo_stack.setClean()
        window.update_title()
        window.canvas.fit()
        return True
    return window.open_file(template.key, as_template=True, ask=False)
