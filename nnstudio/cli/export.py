"""``nnstudio export NET --onnx OUT.onnx --torch OUT.py``: export a network file (DESIGN §4).

At least one of ``--onnx`` and ``--torch`` is required; both may be given. ``--json`` prints
``{"onnx": path or null, "torch": path or null}``. A missing ``onnx`` package is a one-line
error with the install hint.
"""

from __future__ import annotations

from pathlib import Path

from .common import check_writable, load_network_file, print_json, progress
from .errors import CliError


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="export a network file to ONNX and/or a PyTorch script")
    p.add_argument("net", metavar="NET", help="network file (.nnet)")
    p.add_argument("--onnx", metavar="OUT.onnx", help="write an ONNX model (needs the onnx extra) (default: none)")
    p.add_argument("--torch", metavar="OUT.py", help="write a standalone PyTorch script (default: none)")
    p.add_argument("--opset", type=int, default=None, help="ONNX opset version (default: 17)")
    p.add_argument("--float64", action="store_true", help="ONNX tensors in float64 (default: float32)")
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout (default: a line on stderr)")


def run(args) -> int:
    if not args.onnx and not args.torch:
        raise CliError("nothing to export: give --onnx OUT.onnx and/or --torch OUT.py")
    if args.onnx and args.torch and Path(args.onnx).resolve() == Path(args.torch).resolve():
        raise CliError("--onnx and --torch name the same file")
    check_writable(args.onnx, args.torch)
    nf = load_network_file(args.net)
    if args.onnx:
        _export_onnx(nf, args)
    if args.torch:
        from nnstudio.io.export_torch import export_torch

        export_torch(nf, args.torch)
        _report("PyTorch script", args.torch, args.json)
    if args.json:
        print_json({"onnx": args.onnx, "torch": args.torch})
    return 0


def _export_onnx(nf, args) -> None:
    from nnstudio.io.export_common import MissingExtraError
    from nnstudio.io.export_onnx import DEFAULT_OPSET, export_onnx

    opset = DEFAULT_OPSET if args.opset is None else args.opset
    try:
        export_onnx(nf, args.onnx, opset=opset, dtype="float64" if args.float64 else "float32")
    except MissingExtraError as exc:
        raise CliError(str(exc)) from None
    _report("ONNX model", args.onnx, args.json)


def _report(what: str, path: str, as_json: bool) -> None:
    """Say what was written: on stdout normally, on stderr with --json (stdout is the JSON)."""
    message = f"wrote {what} {path}"
    if as_json:
        progress(message)
    else:
        print(message)
