"""The main window: files, the unsaved-changes prompt, autosave and recovery, the crash dialog,
settings, drag and drop."""

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from nnstudio.app import autosave
from nnstudio.app.main_window import MainWindow
from nnstudio.app.settings import app_settings, recent_files
from nnstudio.document import commands as C
from nnstudio.engine.training import TrainingSettings

SAVE, DISCARD, CANCEL = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)


def edit(window):
    window.undo_stack.push(C.SetBiasCommand(window.document, 1, 0, 0.625))


def test_title_shows_file_name_and_unsaved_mark(window):
    assert window.windowTitle().startswith("xor.nnet")
    assert not window.isWindowModified()
    edit(window)
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_and_reopen_give_the_same_network_layout_and_settings(window, qtbot, tmp_path):
    doc = window.document
    edit(window)
    window.undo_stack.push(C.MoveNeuronsCommand(doc, {(2, 0): doc.position(2, 0)}, {(2, 0): (512.5, 3.25)}))
    window.undo_stack.push(C.MaskConnectionsCommand(doc, [(1, 1, 0)]))
    window.undo_stack.push(C.SetTrainingSettingsCommand(doc, TrainingSettings(learning_rate=0.25, epochs=33)))
    target = tmp_path / "saved.nnet"
    window.ask_save_path = lambda: str(target)
    assert window.save_as()
    assert not window.isWindowModified() and window.windowTitle().startswith("saved.nnet")
    saved = doc.structure(), doc.training
    other = MainWindow(settings=app_settings(), panels=False)
    qtbot.addWidget(other)
    assert other.open_file(str(target), ask=False)
    assert other.document.structure().same_as(saved[0])
    assert other.document.training == saved[1]
    assert str(target.resolve()) in recent_files(other.settings)


def test_unsaved_prompt_appears_only_when_needed(window, tmp_path):
    asked = []

    def answer(choice):
        def ask():
            asked.append(choice)
            return choice
        return ask

    window.ask_save_choice = answer(CANCEL)
    assert window.maybe_save()            # nothing changed: no question
    assert asked == []
    edit(window)
    assert not window.maybe_save()        # Cancel keeps the window open
    assert not window.close()
    assert asked == [CANCEL, CANCEL]
    window.ask_save_choice = answer(SAVE)
    target = tmp_path / "out.nnet"
    window.document.path = None
    window.ask_save_path = lambda: str(target)
    assert window.maybe_save() and target.exists()  # Save writes, then goes on
    assert not window.is_modified()
    edit(window)
    window.ask_save_choice = answer(DISCARD)
    assert window.maybe_save()
    assert asked == [CANCEL, CANCEL, SAVE, DISCARD]


def test_unsaved_prompt_through_the_real_message_box(window, monkeypatch):
    from nnstudio.app import main_window

    calls = []
    monkeypatch.setattr(main_window.QMessageBox, "question", lambda *a, **k: calls.append(a) or CANCEL)
    window.ask_save_choice = window._ask_save_choice
    edit(window)
    assert not window.close()
    assert len(calls) == 1 and "Save the changes" in calls[0][2]
    window.undo_stack.undo()
    window.ask_save_choice = lambda: DISCARD


def test_corrupt_file_shows_the_loader_message_and_keeps_the_network(window, tmp_path, monkeypatch):
    from nnstudio.app import main_window

    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window.interactive = True
    before = window.document.structure()
    bad = tmp_path / "broken.nnet"
    bad.write_text('{"format": "nnstudio-network", "version": 1, "layers": [{"size": 2}], "loss": "mse"}')
    assert not window.open_file(str(bad), ask=False)
    assert shown and "broken.nnet" in shown[0]
    assert window.document.structure().same_as(before)
    assert window.windowTitle().startswith("xor.nnet")


def test_dropping_a_network_file_opens_it(window, tmp_path, xor_file):
    from nnstudio.io import netfile

    nf = netfile.load(xor_file)
    nf.name = "dropped"
    target = tmp_path / "dropped.nnet"
    netfile.save(nf, target)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.name == "dropped"
    assert window.windowTitle().startswith("dropped.nnet")


def test_autosave_and_recovery_after_a_simulated_crash(window, qtbot):
    edit(window)
    assert window.autosaver.autosave()
    assert window.autosaver.network_path.exists()
    # simulate a crash: the note now belongs to a process that no longer exists
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    note = json.loads(window.autosaver.note_path.read_text())
    note["pid"] = dead.pid
    window.autosaver.note_path.write_text(json.dumps(note))
    edited = window.document.structure()
    fresh = MainWindow(settings=app_settings(), panels=False)
    fresh.ask_save_choice = lambda: DISCARD
    qtbot.addWidget(fresh)
    assert len(autosave.find_recoverable()) == 1
    questions = []
    assert fresh.offer_recovery(ask=lambda text: questions.append(text) or True)
    assert "Recover" in questions[0]
    assert fresh.document.structure().same_as(edited)
    assert fresh.is_modified() and fresh.document.path == window.document.path
    assert autosave.find_recoverable() == []     # offered once


def test_no_recovery_offer_after_a_clean_exit(window, qtbot):
    edit(window)
    window.autosaver.autosave()
    window.ask_save_choice = lambda: DISCARD
    assert window.close()
    assert not window.autosaver.network_path.exists()
    assert autosave.find_recoverable() == []


def test_unexpected_exception_shows_details_and_saves_a_copy(window, tmp_path):
    shown = []
    handler = window.crash_handler
    handler.show = lambda exc_type, exc, details: shown.append(details)
    edit(window)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        handler(*sys.exc_info())
    assert shown and "boom in a slot" in shown[0] and "Traceback" in shown[0]
    assert window.autosaver.network_path.exists()      # the emergency copy
    copy = tmp_path / "copy.nnet"
    assert handler.save_copy(str(copy)) and copy.exists()
    assert window.isVisible()


def test_preferences_persist_between_windows(window, qtbot):
    window.act_weights.trigger()
    window.set_theme("dark")
    window.ask_save_choice = lambda: DISCARD
    window.close()
    again = MainWindow(settings=app_settings(), panels=False)
    qtbot.addWidget(again)
    assert again.act_weights.isChecked() and again.canvas.scene.show_weights
    assert again.act_dark.isChecked() and again.canvas.scene.theme.name == "dark"
    again.set_theme("light")


def test_menus_hold_the_documented_actions(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:5] == ["File", "Edit", "View", "Network", "Help"][:5] or titles[:4] == ["File", "Edit",
                                                                                           "View", "Network"]
    texts = {a.text().replace("&", "") for m in window.menuBar().actions() for a in m.menu().actions()}
    for needed in ["New from Template…", "Open…", "Open Recent", "Save", "Save As…", "Export", "Quit", "Undo",
                   "Redo", "Delete", "Select All", "Zoom In", "Zoom Out", "Fit to Window", "Show Weight Values",
                   "Show Biases", "Theme", "Add Layer…", "Add Neuron", "Set Activation…", "Randomise Weights…",
                   "Re-layout", "A Short Tour", "Keyboard Shortcuts", "About NN Studio"]:
        assert needed in texts, needed
    assert window.act_save.shortcut().toString() == "Ctrl+S"
    assert window.act_fit.shortcut().toString() == "Ctrl+0"


def test_export_canvas_png_and_svg(window, tmp_path):
    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    assert window.canvas.export_png(str(png)) and png.stat().st_size > 1000
    assert window.canvas.export_svg(str(svg)) and "<svg" in svg.read_text()


@pytest.mark.parametrize("panels", [True])
def test_window_with_every_panel_installed(qtbot, xor_file, panels):
    w = MainWindow(settings=app_settings(), panels=panels)
    w.ask_save_choice = lambda: DISCARD
    qtbot.addWidget(w)
    assert w.open_file(str(xor_file), ask=False)
    assert w.panel_errors == {}
    assert {"inspector", "training", "plots", "step-through"} <= set(w.docks.docks)
    assert set(w.panels) == {"training", "stepper", "lab"}
    assert w.docks.docks["training"].windowTitle() == "Training"     # the id stays when the title is translated
    assert "&Lab" in [a.text() for a in w.menuBar().actions()]
    w.panels["training"].controller.shutdown()


def test_example_with_its_own_csv_trains_wherever_the_app_was_started(qtbot, tmp_path, monkeypatch):
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "from_scratch_341.nnet"
    monkeypatch.chdir(tmp_path)                   # the CSV's path in the file is relative to the file
    w = MainWindow(settings=app_settings(), panels=True)
    w.ask_save_choice = lambda: DISCARD
    qtbot.addWidget(w)
    assert w.open_file(str(example), ask=False)
    assert w.panels["training"].controller.ensure_data() is not None, w.panels["training"].controller.data_error
    assert w.panels["training"].controller.fit_problem() == ""
    w.panels["training"].controller.shutdown()


def test_inspector_edits_through_undoable_commands(window, qtbot):
    from nnstudio.widgets.number_entry import NumberEntry

    doc, stack = window.document, window.undo_stack
    window.canvas.select("neuron", [(1, 0)])
    qtbot.waitUntil(lambda: window.inspector.findChildren(NumberEntry) != [])
    edit_box = window.inspector.findChildren(NumberEntry)[0]
    edit_box.setText("-1.25")
    edit_box.editingFinished.emit()
    assert doc.network.biases[1][0] == -1.25 and stack.count() == 1
    window.canvas.select("connection", [(2, 0, 1)])
    qtbot.waitUntil(lambda: "→" in window.inspector.widget().findChildren(type(window._summary))[0].text())
    edit_box = window.inspector.findChildren(NumberEntry)[0]
    edit_box.setText("2e-3")
    edit_box.editingFinished.emit()
    assert doc.network.weights[2][0, 1] == 0.002 and stack.count() == 2
    stack.undo()
    stack.undo()
    assert doc.network.biases[1][0] != -1.25


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_disabled_toolbar_icons_look_disabled(window, theme):
    """An action that cannot run (Undo with nothing to undo) is drawn clearly dimmer than one that can."""
    import numpy as np
    from PySide6.QtGui import QIcon

    def contrast(mode) -> float:
        """Mean distance of the icon's opaque pixels from the window background's lightness."""
        image = window.act_undo.icon().pixmap(24, mode).toImage()
        background = window.palette().window().color().lightnessF()
        values = [abs(image.pixelColor(x, y).lightnessF() - background)
                  for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
        return float(np.mean(values))

    window.set_theme(theme)
    try:
        assert not window.act_undo.isEnabled()
        assert contrast(QIcon.Mode.Disabled) < 0.6 * contrast(QIcon.Mode.Normal)
    finally:
        window.set_theme("light")
