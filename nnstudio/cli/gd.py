"""``nnstudio gd --function EXPR --x0 X [--y0 Y] --lr X --steps N [--optimizer NAME] [--json]``.

Gradient descent on an analytic function (a formula or a preset name), one row per step:
step, point, gradient, value. With ``--json`` stdout is one object
``{"steps": [{"step": 0, "point": [5.0], "gradient": [9.0], "value": 21.0}, …],
"diverged": false, "stopped_at": null}``. For a preset, ``--x0``/``--y0``/``--lr`` default to
the preset's own start and suggested learning rate.
"""

from __future__ import annotations

import json
import math
import sys

from nnstudio.engine.gd import OPTIMIZERS, PRESETS, make_function, preset_key, run_gd

from .errors import CliError

MAX_STEPS = 1_000_000


def _number(option: str, *, minimum: float | None = None):
    """An argparse ``type=`` for one finite number (raising CliError with the option's name)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise CliError(f"{option}: expected a number, got {text!r}") from None
        if not math.isfinite(value):
            raise CliError(f"{option}: expected a finite number, got {text!r}")
        if minimum is not None and value < minimum:
            raise CliError(f"{option}: expected a number ≥ {minimum:g}, got {text!r}")
        return value

    return parse


def _steps(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise CliError(f"--steps: expected a whole number, got {text!r}") from None
    if not 0 <= value <= MAX_STEPS:
        raise CliError(f"--steps: expected a whole number from 0 to {MAX_STEPS}, got {text!r}")
    return value


def register(subparsers):
    """Add the ``gd`` sub-command to an argparse ``subparsers`` object; returns its parser."""
    presets = ", ".join(PRESETS)
    p = subparsers.add_parser(
        "gd", help="gradient descent on an analytic function f(x) or f(x, y)",
        description="Gradient descent on a typed formula or a preset, one row per step. Formulas use "
                    "numbers, x, y, + - * / ^ (power), parentheses, pi, e and sin cos tan exp log sqrt abs "
                    f"tanh. Presets: {presets}. Negative values: --x0=-2 (or --x0 -2).")
    p.add_argument("--function", required=True, metavar="EXPR",
                   help=f"a formula such as 'x^2 - x + 1', or a preset ({presets}) (required)")
    p.add_argument("--x0", type=_number("--x0"), metavar="X",
                   help="start x (default: the preset's start; required for a formula)")
    p.add_argument("--y0", type=_number("--y0"), metavar="Y",
                   help="start y, for f(x, y) (default: the preset's start; required for a formula of y)")
    p.add_argument("--lr", type=_number("--lr", minimum=0.0), metavar="X",
                   help="learning rate η ≥ 0 (default: the preset's suggestion; required for a formula)")
    p.add_argument("--steps", required=True, type=_steps, metavar="N", help="number of updates (required)")
    p.add_argument("--optimizer", default="gd", metavar="NAME",
                   help=f"one of {', '.join(OPTIMIZERS)} (default: gd)")
    p.add_argument("--momentum", type=_number("--momentum", minimum=0.0), metavar="M",
                   help="momentum μ (gd/sgd/momentum/nesterov/rmsprop) "
                        "(default: 0.9 for momentum and nesterov, else 0)")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout (default: a table)")
    p.set_defaults(run=run)
    return p


def run(args) -> int:
    """Run the descent described by ``args`` and print it; user errors raise CliError."""
    is_preset = preset_key(args.function) in PRESETS
    try:
        function = make_function(args.function)
    except ValueError as exc:
        raise CliError(f"--function: {exc}") from None
    if args.y0 is not None and function.dims == 1:
        function = function.with_dims(2)
    start = [args.x0, args.y0][:function.dims]
    for i, value in enumerate(start):
        if value is None:
            if not is_preset:
                need = "uses y, so it needs --y0" if i else "needs a start point --x0"
                raise CliError(f"the formula {function.formula} {need}")
            start[i] = function.start[i]
    lr = args.lr if args.lr is not None else (function.suggested_lr if is_preset else None)
    if lr is None:
        raise CliError("--lr is required for a typed formula")
    try:
        result = run_gd(function, start, lr, args.steps, args.optimizer, momentum=args.momentum)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        json.dump(result.to_dict(), sys.stdout, allow_nan=False)
        sys.stdout.write("\n")
    else:
        _print_table(result)
    return 0


def _print_table(result) -> None:
    function = result.function
    names = function.variables
    print(f"f({', '.join(names)}) = {function.formula}")
    for name, partial in zip(names, function.gradient_formulas, strict=True):
        print(f"df/d{name} = {partial}")
    settings = ", ".join(f"{key} = {_fmt(value)}" for key, value in result.settings.items())
    print(f"optimizer {result.optimizer}: {settings}")
    header = ["step", *names, *(f"df/d{name}" for name in names), "f"]
    body = [[str(row.step), *map(_fmt, row.point), *map(_fmt, row.gradient), _fmt(row.value)]
            for row in result.rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    for line in [header, *body]:
        print("  ".join(cell.rjust(width) for cell, width in zip(line, widths, strict=True)))
    if result.diverged:
        print(f"diverged at {result.reason}")


def _fmt(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return f"{value:.10g}"
