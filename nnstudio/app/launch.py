"""Start the app: ``main.py [FILE] [--screenshot OUT.png]``."""

from __future__ import annotations

import argparse
import sys


def parse_app_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nnstudio", description="NN Studio: a visual neural-network "
                                     "simulator. Sub-commands: train, eval, trace, export, gd.")
    parser.add_argument("file", nargs="?", help="a network file (.nnet) to open")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the main window offscreen, save it as a PNG and exit")
    return parser.parse_args(argv)


def run_app(argv: list[str]) -> int:
    args = parse_app_args(argv)
    if args.screenshot:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("NN Studio")
    app.setOrganizationName("NN Studio")
    window = MainWindow()
    if args.file:
        window.open_file(args.file)
    else:
        window.open_example()
    if args.screenshot:
        return save_screenshot(app, window, args.screenshot)
    window.show()
    return app.exec()


def save_screenshot(app, window, path: str) -> int:
    """Lay the window out at a fixed size offscreen, render it and write the PNG."""
    window.resize(1400, 900)
    window.show()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(path)
    window.close()
    if not ok:
        print(f"error: could not write {path}", file=sys.stderr)
        return 2
    return 0
