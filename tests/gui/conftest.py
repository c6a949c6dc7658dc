"""GUI test fixtures: throw-away settings and data folders, a small network file, a main window."""

import pytest

from nnstudio.engine.network import Network


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp):
    """The app as it starts in English: the English plural forms ("1 epoch", "2 epochs") installed."""
    from nnstudio.app.i18n import install_language

    install_language(qapp, "en")
    yield


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """Never touch the user's real settings or autosaves."""
    monkeypatch.setenv("NNSTUDIO_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NNSTUDIO_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture
def xor_file(tmp_path):
    from nnstudio.io import netfile

    net = Network([2, 2, 1], ["sigmoid", "sigmoid"], "bce", seed=1)
    nf = netfile.network_file_for(net, name="XOR", labels=[["x1", "x2"], None, ["xor"]])
    path = tmp_path / "xor.nnet"
    netfile.save(nf, path)
    return path


@pytest.fixture
def window(qtbot, xor_file):
    from PySide6.QtWidgets import QMessageBox

    from nnstudio.app.main_window import MainWindow
    from nnstudio.app.settings import app_settings

    w = MainWindow(settings=app_settings(), panels=False)
    w.interactive = False
    w.ask_save_choice = lambda: QMessageBox.StandardButton.Discard  # tests that check the prompt replace it
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_file(str(xor_file), ask=False)
    yield w
    w.undo_stack.setClean()
    w.document.dirty = False
    w.close()


@pytest.fixture
def example_window(qtbot, tmp_path):
    """The whole app (every panel) on the default example at 1366×768, shown; training shut down after."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from nnstudio.app.main_window import MainWindow

    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w.interactive = False
    w.ask_save_choice = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(w)
    w.open_example()
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.panels["training"].controller.shutdown()
    w.undo_stack.setClean()
    w.close()


@pytest.fixture
def no_training_left_running():
    """Fail any test that leaves a training thread or an engine process running."""
    import multiprocessing

    from nnstudio.training import threads

    yield
    alive = threads.running()
    children = [p for p in multiprocessing.active_children() if p.name == "nnstudio-training"]
    for t in alive:
        t.quit()
        t.wait(2000)
    for p in children:
        p.kill()
    assert not alive, f"{len(alive)} training thread(s) left running"
    assert not children, f"{len(children)} engine process(es) left running"
