"""``python -m nnstudio`` and the ``nnstudio`` command: a sub-command runs the headless CLI, anything else
(nothing, a file, the app's options) opens the app. The one module above both ``cli`` and ``app``."""

import sys

from nnstudio.cli import COMMANDS
from nnstudio.cli import main as run_command


def main(argv: list[str] | None = None) -> int:
    """Dispatch ``argv`` (default: the process's arguments); returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help")):
        return run_command(argv)
    from nnstudio.app.launch import run_app  # Qt is imported only when the app is asked for

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
