"""Validation of the JSON values of a network file, field by field (DESIGN §3).

Each function takes a value as ``json.loads`` returns it and the JSON path it came from, and
returns the value checked and converted (NumPy arrays for matrices), or raises
:class:`NetworkFileError` naming the path: ``layers[2].weights[1]: expected 4 numbers, got 3``.

Numbers are JSON numbers only: ``true``/``false`` are not numbers, and a number must be finite as
a float64 (``1e400`` is refused). Big matrices are checked with one pass over the element types
and one NumPy conversion; the slow element-by-element walk only runs to name a bad element.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.datasets import DATASET_NAMES, MAX_CLASSES, MAX_SAMPLES, MIN_CLASSES, MIN_SAMPLES
from nnstudio.engine.losses import LOSSES
from nnstudio.engine.text import QT_TRANSLATE_NOOP, translate

from .netfile_common import MAX_DEPTH, MAX_LAYER_SIZE, MAX_LAYERS, MAX_WEIGHTS, NetworkFileError

LAYER_KEYS = ("size", "activation", "labels", "use_bias", "weights", "bias", "mask")
"""The keys of a layer object this version understands; others are kept as the layer's extras."""

CSV_DATASET = "csv"
"""The ``dataset.name`` of a data set imported from a CSV file (then ``dataset.path`` is required)."""

_NUMBER_TYPES = {int, float}
_MAX_INT_BITS = 13_000  # ~3900 digits: Python refuses to write integers of more than 4300


@dataclass
class LayerSpec:
    """One validated layer object; ``weights``/``bias``/``mask`` are None when absent;
    ``use_bias`` False for a layer without bias."""

    size: int
    activation: str
    labels: list | None = None
    use_bias: bool = True
    weights: np.ndarray | None = None
    bias: np.ndarray | None = None
    mask: np.ndarray | None = None
    extra: dict = field(default_factory=dict)


# -- primitives ------------------------------------------------------------------------------------
def fail(path: str, message: str):
    """Raise the error for ``path``."""
    raise NetworkFileError(message, path)


def describe(value) -> str:
    """A short description of a JSON value for messages: ``a string ("abc")``, ``true``, ``null``."""
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f"a string ({shown!r})"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, float):
        return repr(value) if len(repr(value)) <= 24 else f"{value:.6g}"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**15 else "a huge integer"
    return type(value).__name__


#: The counted words of the messages, in the interface's language when it has a translator.
_COUNTED = {"number": QT_TRANSLATE_NOOP("Files", "%n number(s)"), "row": QT_TRANSLATE_NOOP("Files", "%n row(s)"),
            "layer": QT_TRANSLATE_NOOP("Files", "%n layer(s)"), "value": QT_TRANSLATE_NOOP("Files", "%n value(s)"),
            "[x, y] point": QT_TRANSLATE_NOOP("Files", "%n [x, y] point(s)")}


def plural(n: int, word: str) -> str:
    """``1 row``, ``3 rows``."""
    if word in _COUNTED:
        return translate("Files", _COUNTED[word], None, n)
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def json_value(value, path: str, depth: int = 1):
    """Check that ``value`` is plain JSON (for kept unknown keys and opaque blocks): null, bools,
    finite numbers, strings, lists, objects with string keys, nested at most MAX_DEPTH deep.
    Anything ``json.loads`` returns passes; this guards documents built in Python."""
    if depth > MAX_DEPTH:
        fail(path, translate("Files", "nested deeper than {MAX_DEPTH} levels").format(MAX_DEPTH=MAX_DEPTH))
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                fail(path, translate("Files", "expected string keys, got {key}").format(key=describe(key)))
            json_value(item, f"{path}.{key}", depth + 1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            json_value(item, f"{path}[{i}]", depth + 1)
    elif type(value) is int and value.bit_length() > _MAX_INT_BITS:
        fail(path, translate("Files", "integer too large"))
    elif value is not None and type(value) not in (bool, str, int) and number_or_none(value) is None:
        fail(path, translate("Files", "expected a JSON value (null, true/false, a finite number, a string, a list "
                                      "or an object), got {value}").format(
            value=describe(value)))
    return value


def extras(value: dict, known, path: str) -> dict:
    """The items of object ``value`` whose keys are not ``known``, checked to be plain JSON."""
    prefix = f"{path}." if path else ""
    return {k: json_value(v, f"{prefix}{k}", 2) for k, v in value.items() if k not in known}


def number_or_none(value) -> float | int | None:
    """``value`` if it is a JSON number that is finite as a float64, else None."""
    if type(value) not in _NUMBER_TYPES:
        return None
    try:
        return value if math.isfinite(value) else None
    except OverflowError:  # an integer beyond the float64 range
        return None


def number(value, path: str, minimum: float | None = None, below: float | None = None) -> float:
    """A finite number (optionally ``minimum ≤ value < below``), as a float."""
    if number_or_none(value) is None:
        fail(path, translate("Files", "expected a finite number, got {value}").format(value=describe(value)))
    if minimum is not None and value < minimum:
        fail(path, translate("Files", "expected a number ≥ {minimum:g}, got {value}").format(
            minimum=minimum, value=describe(value)))
    if below is not None and value >= below:
        fail(path, translate("Files", "expected a number below {below:g}, got {value}").format(
            below=below, value=describe(value)))
    return float(value)


def integer(value, path: str, minimum: int | None = None, maximum: int | None = None) -> int:
    """An integer (not a bool, not 1.0) in ``[minimum, maximum]``."""
    if type(value) is not int:
        fail(path, translate("Files", "expected an integer, got {value}").format(value=describe(value)))
    if minimum is not None and value < minimum:
        fail(path, translate("Files", "expected an integer ≥ {minimum}, got {value}").format(
            minimum=minimum, value=describe(value)))
    if maximum is not None and value > maximum:
        fail(path, translate("Files", "expected an integer ≤ {maximum:,}, got {value}").format(
            maximum=maximum, value=describe(value)))
    return value


def string(value, path: str) -> str:
    if not isinstance(value, str):
        fail(path, translate("Files", "expected a string, got {value}").format(value=describe(value)))
    return value


def obj(value, path: str) -> dict:
    if not isinstance(value, dict):
        fail(path, translate("Files", "expected an object, got {value}").format(value=describe(value)))
    return value


def choice(value, path: str, known) -> str:
    """One of the ``known`` names (listed in the message)."""
    string(value, path)
    if value not in known:
        fail(path, translate("Files", "unknown name {value!r} (known: {known})").format(
            value=value, known=', '.join(known)))
    return value


def string_list(value, path: str, count: int | None = None, what: str = "strings") -> list[str]:
    if not isinstance(value, list):
        fail(path, translate("Files", "expected a list of {what}, got {value}").format(
            what=what, value=describe(value)))
    if count is not None and len(value) != count:
        fail(path, translate("Files", "expected {count}, got {value}").format(
            count=plural(count, what.rstrip('s')), value=len(value)))
    for i, item in enumerate(value):
        string(item, f"{path}[{i}]")
    return list(value)


def vector(value, path: str, size: int) -> np.ndarray:
    """A list of ``size`` finite numbers, as a float64 array."""
    if not isinstance(value, list):
        fail(path, translate("Files", "expected a list of {size}, got {value}").format(
            size=plural(size, 'number'), value=describe(value)))
    if len(value) != size:
        fail(path, translate("Files", "expected {size}, got {value}").format(
            size=plural(size, 'number'), value=len(value)))
    return _numbers_array(value, path, [value], single=True)[0]


def matrix(value, path: str, rows: int, cols: int) -> np.ndarray:
    """A list of ``rows`` lists of ``cols`` finite numbers, as a float64 array."""
    _check_rows(value, path, rows, cols)
    return _numbers_array(value, path, value, single=False)


def mask(value, path: str, rows: int, cols: int) -> np.ndarray:
    """A ``rows`` × ``cols`` list of 0/1 entries, as a float64 array of 0.0 and 1.0."""
    _check_rows(value, path, rows, cols)
    arr = _numbers_array(value, path, value, single=False)
    binary = (arr == 0) | (arr == 1)
    if not binary.all():
        j, i = np.argwhere(~binary)[0]
        fail(f"{path}[{j}][{i}]", translate("Files", "expected 0 or 1, got {value}").format(
            value=describe(value[j][i])))
    return arr


def _check_rows(value, path: str, rows: int, cols: int) -> None:
    if not isinstance(value, list):
        fail(path, translate("Files", "expected a list of {rows}, got {value}").format(
            rows=plural(rows, 'row'), value=describe(value)))
    if len(value) != rows:
        fail(path, translate("Files", "expected {rows}, got {value}").format(
            rows=plural(rows, 'row'), value=len(value)))
    for j, row in enumerate(value):
        if not isinstance(row, list):
            fail(f"{path}[{j}]", translate("Files", "expected a list of {cols}, got {row}").format(
                cols=plural(cols, 'number'), row=describe(row)))
        if len(row) != cols:
            fail(f"{path}[{j}]", translate("Files", "expected {cols}, got {row}").format(
                cols=plural(cols, 'number'), row=len(row)))


def _numbers_array(value, path: str, rows: list, single: bool) -> np.ndarray:
    """Rows of JSON numbers as a 2-D float64 array: a fast type scan, one conversion, a finiteness
    check; only on failure a walk that names the first bad element."""
    types: set = set()
    for row in rows:
        types.update(map(type, row))
    if types <= _NUMBER_TYPES:
        try:
            arr = np.array(rows, dtype=np.float64)
            if np.isfinite(arr).all():
                return arr
        except OverflowError:
            pass
    for j, row in enumerate(rows):
        for i, item in enumerate(row):
            if number_or_none(item) is None:
                where = f"{path}[{i}]" if single else f"{path}[{j}][{i}]"
                fail(where, translate("Files", "expected a finite number, got {item}").format(item=describe(item)))
    raise AssertionError("unreachable: a bad element was expected")  # pragma: no cover


# -- layers ----------------------------------------------------------------------------------------
def layers(value, path: str = "layers") -> list[LayerSpec]:
    """The ``layers`` list: sizes first (with the limits), then each layer's fields."""
    if not isinstance(value, list):
        fail(path, translate("Files", "expected a list of layers, got {value}").format(value=describe(value)))
    if not 2 <= len(value) <= MAX_LAYERS:
        fail(path, translate("Files", "expected 2 to {MAX_LAYERS} layers (the input layer included), got "
                                      "{value}").format(MAX_LAYERS=MAX_LAYERS, value=len(value)))
    sizes = [_layer_size(layer, f"{path}[{l}]") for l, layer in enumerate(value)]
    n_weights = sum(sizes[l] * sizes[l - 1] for l in range(1, len(sizes)))
    if n_weights > MAX_WEIGHTS:
        fail(path, translate("Files", "{n_weights:,} weights in all; the limit is {MAX_WEIGHTS:,}").format(
            n_weights=n_weights, MAX_WEIGHTS=MAX_WEIGHTS))
    return [_layer(layer, f"{path}[{l}]", l, sizes) for l, layer in enumerate(value)]


def _layer_size(layer, path: str) -> int:
    obj(layer, path)
    if "size" not in layer:
        fail(f"{path}.size", translate("Files", "missing (the number of neurons)"))
    return integer(layer["size"], f"{path}.size", 1, MAX_LAYER_SIZE)


def _layer(layer: dict, path: str, l: int, sizes: list[int]) -> LayerSpec:
    size = sizes[l]
    spec = LayerSpec(size, _activation(layer, path, l, len(sizes) - 1))
    spec.extra = extras(layer, LAYER_KEYS, path)
    if "labels" in layer:
        spec.labels = labels(layer["labels"], f"{path}.labels", size)
    if l == 0:
        for key in ("weights", "bias", "mask", "use_bias"):
            if key in layer:
                fail(f"{path}.{key}", translate("Files", "the input layer has no weights, bias or mask"))
        return spec
    if "use_bias" in layer:
        if not isinstance(layer["use_bias"], bool):
            fail(f"{path}.use_bias", f"expected true or false, got {describe(layer['use_bias'])}")
        spec.use_bias = layer["use_bias"]
    if "weights" in layer:
        spec.weights = matrix(layer["weights"], f"{path}.weights", size, sizes[l - 1])
    if "bias" in layer:
        if not spec.use_bias:
            fail(f"{path}.bias", "this layer has \"use_bias\": false, so it has no bias; "
                                 "remove \"bias\" or set \"use_bias\" to true")
        spec.bias = vector(layer["bias"], f"{path}.bias", size)
    if "mask" in layer:
        spec.mask = mask(layer["mask"], f"{path}.mask", size, sizes[l - 1])
    return spec


def _activation(layer: dict, path: str, l: int, last: int) -> str:
    if l == 0:
        name = layer.get("activation", "identity")
        if name != "identity":
            fail(f"{path}.activation", translate("Files", "the input layer has no activation; expected "
                                                          "\"identity\", got {name}").format(
                name=describe(name)))
        return name
    if "activation" not in layer:
        fail(f"{path}.activation", translate("Files", "missing (known: {ACTIVATIONS})").format(
            ACTIVATIONS=', '.join(ACTIVATIONS)))
    name = choice(layer["activation"], f"{path}.activation", tuple(ACTIVATIONS))
    if name == "softmax" and l != last:
        fail(f"{path}.activation", translate("Files", "softmax is allowed on the output layer only"))
    return name


def labels(value, path: str, size: int) -> list[str]:
    """A layer's neuron labels: one string per neuron."""
    return string_list(value, path, size, "labels")


def loss(value, path: str = "loss") -> str:
    return choice(value, path, tuple(LOSSES))


# -- dataset, layout, history (the training block: training_block.py) ---------------------------
def dataset(value, path: str = "dataset") -> dict:
    """The dataset block: a built-in data set's options, or ``"csv"`` with a ``path`` and how it
    was read (``target``, ``missing``, ``standardize``, ``test_fraction``, ``seed``; the statistics
    are in the top-level ``encoding``). Unknown keys are kept; the returned dict is a copy."""
    obj(value, path)
    if "name" not in value:
        fail(f"{path}.name", translate("Files", "missing (known: {value})").format(
            value=', '.join((*DATASET_NAMES, CSV_DATASET))))
    name = choice(value["name"], f"{path}.name", (*DATASET_NAMES, CSV_DATASET))
    if name == CSV_DATASET and "path" not in value:
        fail(f"{path}.path", translate("Files", "missing (the CSV file of a \"csv\" data set)"))
    checks = {
        "samples": lambda v, p: integer(v, p, MIN_SAMPLES, MAX_SAMPLES),
        "noise": lambda v, p: number(v, p, minimum=0),
        "test_fraction": lambda v, p: number(v, p, minimum=0, below=1),
        "seed": lambda v, p: integer(v, p, 0),
        "classes": lambda v, p: integer(v, p, MIN_CLASSES, MAX_CLASSES),
        "path": string,
        "target": _target,
        "missing": lambda v, p: choice(v, p, ("drop", "fill")),
        "standardize": _boolean,
    }
    for key, check in checks.items():
        if key in value:
            check(value[key], f"{path}.{key}")
    extras(value, checks, path)
    return dict(value)


def _boolean(value, path: str) -> bool:
    if not isinstance(value, bool):
        fail(path, f"expected true or false, got {describe(value)}")
    return value


def _target(value, path: str):
    if value is None or isinstance(value, str):
        return value
    return string_list(value, path, what="column names")


def layout(value, sizes: list[int], path: str = "layout") -> tuple[list | None, dict]:
    """The layout block: ``positions[l][j] = [x, y]`` (or None when absent) and its unknown keys."""
    obj(value, path)
    extra = extras(value, ("positions",), path)
    if "positions" not in value:
        return None, extra
    value, path = value["positions"], f"{path}.positions"
    if not isinstance(value, list):
        fail(path, translate("Files", "expected a list with one list per layer, got {value}").format(
            value=describe(value)))
    if len(value) != len(sizes):
        fail(path, translate("Files", "expected {sizes}, got {value}").format(
            sizes=plural(len(sizes), 'layer'), value=len(value)))
    positions = []
    for l, layer in enumerate(value):
        points = f"{path}[{l}]"
        if not isinstance(layer, list):
            fail(points, translate("Files", "expected a list of {sizes}, got {layer}").format(
                sizes=plural(sizes[l], '[x, y] point'), layer=describe(layer)))
        if len(layer) != sizes[l]:
            fail(points, translate("Files", "expected {sizes}, got {layer}").format(
                sizes=plural(sizes[l], '[x, y] point'), layer=len(layer)))
        positions.append(matrix(layer, points, sizes[l], 2).tolist())
    return positions, extra


def history(value, path: str = "history") -> dict:
    """The history block: lists of numbers (``null`` = a missing value, loaded as NaN), all as
    long as ``epoch`` (or as the first list)."""
    obj(value, path)
    result, length, first = {}, None, None
    for key in (["epoch"] if "epoch" in value else []) + [k for k in value if k != "epoch"]:
        items = value[key]
        where = f"{path}.{key}"
        if not isinstance(items, list):
            fail(where, translate("Files", "expected a list of numbers, got {items}").format(items=describe(items)))
        if length is None:
            length, first = len(items), key
        elif len(items) != length:
            fail(where, translate("Files", "expected {length} (as many as {path}.{first}), got {items}").format(
                length=plural(length, 'value'), path=path, first=first, items=len(items)))
        result[key] = [_history_value(item, f"{where}[{i}]") for i, item in enumerate(items)]
    return {key: result[key] for key in value}


def _history_value(value, path: str):
    if value is None:
        return math.nan
    number(value, path)
    return value
