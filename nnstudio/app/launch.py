"""Start the app: ``main.py [FILE] [--screenshot OUT.png]``."""

from __future__ import annotations

import argparse
import os
import sys


def parse_app_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nnstudio", description="NN Studio: a visual neural-network "
                                     "simulator. Sub-commands: train, eval, trace, export, gd.")
    parser.add_argument("file", nargs="?", help="a network file (.nnet) to open")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the main window offscreen, save it as a PNG and exit")
    parser.add_argument("--size", default="1400x900", help="window size for --screenshot (WIDTHxHEIGHT)")
    parser.add_argument("--theme", choices=("light", "dark"), help="colour theme")
    parser.add_argument("--lesson", metavar="ID", help="open the app on a lesson (nnstudio lessons list shows the ids)")
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="interface language (default: the Preferences choice, else the system's)")
    return parser.parse_args(argv)


NO_DISPLAY = ("error: no display to open the window on ({}); run it on a virtual screen with "
              "'xvfb-run -a python main.py [FILE]', or render the window to a PNG with "
              "'python main.py --screenshot OUT.png [FILE]'")


def display_problem(env=None, platform: str | None = None) -> str | None:
    """Why Qt could not open a window here (Linux/BSD without X11 or Wayland), or None when it can.

    Qt itself would abort with a hint about plugins that sends users the wrong way."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    has_x, has_wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if qpa == "xcb" and not has_x:
        return "QT_QPA_PLATFORM is xcb and DISPLAY is not set"
    if qpa == "" and not has_x and not has_wayland:
        return "neither DISPLAY nor WAYLAND_DISPLAY is set"
    if qpa.startswith("wayland") and not has_wayland:
        return "WAYLAND_DISPLAY is not set"
    return None


def run_app(argv: list[str]) -> int:
    args = parse_app_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = display_problem()
    if problem:
        print(NO_DISPLAY.format(problem), file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from .i18n import choose_language, install_language
    from .main_window import MainWindow
    from .settings import app_settings
    from .theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("NN Studio")
    app.setOrganizationName("NN Studio")
    apply_theme(app, "light")
    settings = None if args.screenshot else app_settings()
    if not install_language(app, choose_language(args.lang, settings)):
        print("warning: the French translation file is missing; the interface stays in English",
              file=sys.stderr)
    if args.screenshot:
        return _screenshot(app, args)
    window = MainWindow(settings=settings)
    if args.theme:
        window.set_theme(args.theme)
    window.crash_handler.install()
    window.show()
    recovered = window.offer_recovery()
    if args.file:
        window.open_file(args.file, ask=recovered)
    elif not recovered:
        window.open_example()
    if args.lesson:
        open_lesson(window, args.lesson)
    elif "lessons" in window.panels:
        window.panels["lessons"].offer_welcome()
    window.autosaver.start()
    return app.exec()


def _screenshot(app, args) -> int:
    """Render offscreen with throw-away settings (the user's preferences are neither read nor written)."""
    import tempfile

    from PySide6.QtCore import QSettings

    from .main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NNSTUDIO_DATA_DIR"] = tmp
        settings = QSettings(os.path.join(tmp, "nnstudio.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.interactive = False
        if args.theme:
            window.set_theme(args.theme)
        ok = window.open_file(args.file, ask=False) if args.file else (window.open_example() or True)
        if not ok:
            print(f"error: could not open {args.file}", file=sys.stderr)
        elif args.lesson:
            ok = open_lesson(window, args.lesson)
        if not ok:
            window.undo_stack.setClean()
            window.close()
            return 2
        try:
            w, h = (int(v) for v in args.size.lower().split("x"))
        except ValueError:
            w, h = 1400, 900
        code = save_screenshot(app, window, args.screenshot, (w, h))
        window.undo_stack.setClean()
        window.document.dirty = False
        window.close()
        return code


def open_lesson(window, lesson_id: str) -> bool:
    """Start the lesson ``lesson_id`` in the Lessons panel (a message on stderr when it cannot)."""
    lessons = window.panels.get("lessons")
    if lessons is None or not lessons.open_lesson_id(lesson_id):
        if lessons is not None and lessons.panel.lesson_by_id(lesson_id) is not None:
            print(f"error: the lesson {lesson_id!r} did not start: {lessons.panel.last_error}",
                  file=sys.stderr)
        else:
            print(f"error: no lesson {lesson_id!r} (nnstudio lessons list shows them)", file=sys.stderr)
        return False
    return True


def save_screenshot(app, window, path: str, size=(1400, 900)) -> int:
    """Lay the window out at a fixed size offscreen, render it and write the PNG."""
    window.resize(*size)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.canvas.fit()
    for _ in range(3):
        app.processEvents()
    ok = window.grab().save(path)
    if not ok:
        print(f"error: could not write {path}", file=sys.stderr)
        return 2
    return 0
