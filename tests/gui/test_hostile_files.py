"""The app on hostile files: a named pipe or a device chosen in File ▸ Open, Open CSV… or Save As
gives one message and the window stays responsive (an alarm fails the test instead of hanging it)."""

import os
import stat

from timeouts import deadline

from nnstudio.training.csv_dialog import CsvImportDialog


def test_opening_a_named_pipe_or_a_device_shows_one_message(window, tmp_path, monkeypatch):
    from nnstudio.app import main_window

    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window.interactive = True
    before = window.document.structure()
    pipe = tmp_path / "net.nnet"
    os.mkfifo(pipe)
    for path, kind in ((pipe, "a named pipe"), ("/dev/zero", "a character device"), (tmp_path, "a directory")):
        shown.clear()
        with deadline():
            assert not window.open_file(str(path), ask=False)
        assert len(shown) == 1 and f"is not a regular file ({kind})" in shown[0], shown
    assert window.document.structure().same_as(before)


def test_open_csv_on_a_named_pipe_says_so_in_the_dialog(qtbot, window, tmp_path):
    pipe = tmp_path / "data.csv"
    os.mkfifo(pipe)
    dialog = CsvImportDialog(window)
    qtbot.addWidget(dialog)
    with deadline():
        assert not dialog.set_path(str(pipe))
    assert "is not a regular file (a named pipe)" in dialog.file_label.text()


def test_saving_onto_a_device_is_refused_and_the_device_stays(window, tmp_path, monkeypatch):
    from nnstudio.app import main_window

    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window.interactive = True
    link = tmp_path / "null.nnet"
    link.symlink_to("/dev/null")
    monkeypatch.setattr(window, "ask_save_path", lambda: str(link))
    with deadline():
        assert not window.save_as()
    assert len(shown) == 1 and "null.nnet: it is not a regular file (a character device)" in shown[0], shown
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_canvas_exports_go_through_the_safe_writer(window, tmp_path):
    import pytest

    from nnstudio.io.safe_files import FileWriteError

    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    assert window.canvas.export_png(str(png)) and png.read_bytes().startswith(b"\x89PNG")
    assert window.canvas.export_svg(str(svg)) and b"<svg" in svg.read_bytes()
    for export in (window.canvas.export_png, window.canvas.export_svg):
        with pytest.raises(FileWriteError, match="not a regular file"):
            export("/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
