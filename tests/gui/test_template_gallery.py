"""File ▸ New from template is a gallery: a picture, what each example teaches and what it reaches,
plus an empty network and a CSV start."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from nnstudio.app.template_gallery import CSV, EMPTY, TemplateGallery, reaches, teaches
from nnstudio.resources import example_files


def _pixels_differ(pixmap) -> bool:
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    return len(colours) >= 4          # a drawing, not a blank card


def test_gallery_cards_show_picture_lesson_and_reach(qtbot):
    gallery = TemplateGallery()
    qtbot.addWidget(gallery)
    gallery.show()
    files = example_files()
    assert gallery.cards.count() == len(files) + 2
    keys = [gallery.cards.item(r).data(Qt.ItemDataRole.UserRole) for r in range(gallery.cards.count())]
    assert keys[-2:] == [EMPTY, CSV]
    for row in range(gallery.cards.count()):
        item = gallery.cards.item(row)
        assert _pixels_differ(item.icon().pixmap(200, 120)), item.text()
    xor = next(t for t in gallery.templates if t.key.endswith("xor.nnet"))
    assert "reaches ≥ 90 % test accuracy" == xor.reaches
    assert xor.teaches.startswith("XOR is the classic problem")
    gallery.choose("xor.nnet")
    assert "XOR is the classic problem" in gallery.about.text() and "90" in gallery.about.text()
    sine = next(t for t in gallery.templates if t.key.endswith("sine_regression.nnet"))
    assert sine.reaches == "reaches R² ≥ 0.95 on the test data"


def test_helpers():
    assert teaches("One. Two! Three? Four.") == "One. Two!"
    assert reaches([{"on": "train", "metric": "loss", "at_most": 0.1}]) == ""


def _drive(qtbot, window, key):
    """Trigger File ▸ New from template, pick ``key`` and press Start (while the dialog runs)."""
    def pick():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TemplateGallery)
        dialog.choose(key)
        start = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, pick)
    window.act_new.trigger()


def test_new_from_template_opens_the_chosen_example(qtbot, window):
    _drive(qtbot, window, "spiral.nnet")
    assert "Spiral" in window.document.name and window.document.path is None
    _drive(qtbot, window, EMPTY)
    assert window.document.sizes == [2, 1] and window.document.name == "Empty network"
    assert window.undo_stack.count() == 0


def test_start_from_a_csv_opens_the_import(qtbot, window, tmp_path, monkeypatch):
    from nnstudio.training.install import install

    window.panels["training"] = parts = install(window)
    calls = []
    monkeypatch.setattr(parts.panel.data_box, "import_csv", lambda: calls.append(True))
    _drive(qtbot, window, CSV)
    assert calls == [True]
    parts.controller.shutdown()
    assert np.isfinite(window.document.network.params).all()
