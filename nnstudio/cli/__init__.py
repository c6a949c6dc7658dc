"""The command line: ``python -m nnstudio`` / ``nnstudio`` (DESIGN §4).

Every sub-command runs headless and never imports Qt (``nnstudio.__main__`` opens the app when there is
no sub-command). User errors print one line (``error: …``) and exit with status 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from .errors import CliError

COMMANDS = ("new", "train", "eval", "trace", "export", "gd", "lessons")
_MODULES = {"new": "new", "train": "train", "eval": "evaluate", "trace": "trace", "export": "export", "gd": "gd",
            "lessons": "lessons"}


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line, not a usage block."""

    def error(self, message):
        raise CliError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="nnstudio", description="NN Studio: a visual neural-network simulator. "
                     "Without a sub-command it opens the app: nnstudio [FILE.nnet] [--theme light|dark] [--lang fr|en] "
                     "[--screenshot OUT.png [--size WIDTHxHEIGHT]] (the screenshot is rendered offscreen "
                     "and the app exits).")
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMANDS:
        module = _command_module(name)
        if module is not None:
            module.register(subparsers)
            subparsers.choices[name].set_defaults(run=module.run)
    return parser


def _command_module(name: str):
    try:
        return importlib.import_module(f"nnstudio.cli.{_MODULES[name]}")
    except ModuleNotFoundError as exc:
        if exc.name == f"nnstudio.cli.{_MODULES[name]}":
            return None
        raise


def main(argv: list[str] | None = None) -> int:
    """Run the sub-command named in ``argv``; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        return _fail(f"name a sub-command: {', '.join(COMMANDS)} (the app opens from nnstudio.__main__)")
    try:
        args = build_parser().parse_args(_attach_dash_values(argv))
        return int(args.run(args) or 0)
    except CliError as exc:
        return _fail(str(exc))
    except BrokenPipeError:  # the reader went away (``nnstudio … | head``): stop quietly, as cat does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0
    except (ValueError, OSError) as exc:  # the loaders' and importers' own errors are ValueErrors
        return _fail(_describe(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")


EXPRESSION_OPTIONS = ("--function", "--input")
"""Options whose value may start with a dash (``--function ---x``, ``--input -0.5,1``)."""


def _attach_dash_values(argv: list[str]) -> list[str]:
    """``--function -x`` → ``--function=-x``: argparse would read a value starting with ``-`` as an
    option; for these options the next word is always the value."""
    out, i = [], 0
    while i < len(argv):
        if argv[i] in EXPRESSION_OPTIONS and i + 1 < len(argv) and argv[i + 1].startswith("-"):
            out.append(f"{argv[i]}={argv[i + 1]}")
            i += 2
        else:
            out.append(argv[i])
            i += 1
    return out


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


def _fail(message: str) -> int:
    message = " ".join(str(message).split()) or "failed"
    print(f"error: {message}", file=sys.stderr)
    return 2
