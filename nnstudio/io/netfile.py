"""Network files (``.nnet``): load, validate, save (DESIGN §3, format version 1).

A network file is UTF-8 JSON. Loading validates every field and fails with one
:class:`NetworkFileError` whose message names the file and the JSON path of the problem
(``xor.nnet: layers[2].weights[1]: expected 4 numbers, got 3``). Never pickle, never eval.

Decisions
---------
Missing weights or bias
    A non-input layer may leave out ``weights`` (drawn with ``training.initializer``, Xavier-uniform
    by default, from a ``numpy.random.default_rng(training.seed)``, drawing for every layer in order,
    so a file with no weights at all gives exactly ``Network(sizes, activations, loss, init=init,
    seed=seed)``) and
    ``bias`` (zeros). ``mask`` is optional (all ones); weights under a 0 are set to 0.
Layers without bias
    ``"use_bias": false`` on a non-input layer (absent = true): the layer has no bias and the file
    has no ``bias`` for it (one given is an error); written only when false.
Required keys
    ``format`` (``"nnstudio-network"``), ``version`` (an integer), ``layers`` (each with ``size``,
    and ``activation`` except on the input layer, where it may only be ``"identity"``) and
    ``loss``. ``name``, ``description``, ``training``, ``dataset``, ``layout``, ``history`` and
    ``encoding`` are optional (``dataset``, ``layout`` and ``encoding`` may be ``null``).
Versions
    A newer version is refused; older ones go through :data:`MIGRATIONS` (see
    :mod:`nnstudio.io.netfile_migrate` for what version 0 was).
Unknown keys
    Kept and written back: top level (``extra``), per layer (``layer_extra[l]``), in
    ``training`` (``training_extra``), ``layout`` (``layout_extra``) and ``dataset`` (which is
    kept whole as a dict). ``layer_extra`` entries beyond the network's layers are not written.
History
    Lists of numbers of equal length; a missing value is ``null`` in the file and NaN in memory
    (NaN and ±inf are written as ``null``).
Limits
    See :mod:`nnstudio.io.netfile_common`: 200 MB per file, nesting depth 20, 4·10⁷ values, 64
    layers, 100,000 neurons per layer, 10⁷ weights.
Reading and saving
    Only a regular file is read (a pipe or a device is refused without blocking), within the size
    limit. Saving is atomic: a temporary file beside the target (symlinks resolved), flushed and
    fsynced, then ``os.replace``; the previous file is first copied to ``NAME.nnet.bak``; devices,
    pipes and folders are refused (:mod:`nnstudio.io.safe_files`). A failure raises
    NetworkFileError naming the file (a full disk: "no space left on the device") and leaves the
    old file as it was. ``to_dict`` refuses a document it could not read back
    (non-finite weights, labels or layout of the wrong shape, …).
CSV data
    A ``"csv"`` data set's ``path`` may be relative: to the network file's folder. ``load`` makes it
    absolute; ``save`` writes it relative when the CSV lies in the file's folder or below.
"""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nnstudio.engine.initializers import initialize
from nnstudio.engine.network import Network
from nnstudio.engine.text import translate
from nnstudio.engine.training import TrainingSettings

from . import netfile_validate as check
from . import training_block
from .netfile_common import (
    FORMAT,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_LAYER_SIZE,
    MAX_LAYERS,
    MAX_VALUES,
    MAX_WEIGHTS,
    VERSION,
    NetworkFileError,
)
from .netfile_migrate import MIGRATIONS, migrate_0_to_1, upgrade
from .netfile_text import format_json, parse_json
from .safe_files import FileWriteError, UnsafeFileError, read_regular_file, write_atomically

__all__ = ["FORMAT", "MAX_DEPTH", "MAX_FILE_BYTES", "MAX_LAYERS", "MAX_LAYER_SIZE", "MAX_VALUES",
           "MAX_WEIGHTS", "MIGRATIONS", "VERSION", "NetworkFile", "NetworkFileError", "dumps",
           "from_dict", "load", "loads", "migrate_0_to_1", "network_file_for", "save", "to_dict"]

TOP_KEYS = ("format", "version", "name", "description", "layers", "loss", "training", "dataset",
            "layout", "history", "encoding")
"""The top-level keys this version understands; others are kept in ``NetworkFile.extra``."""


@dataclass
class NetworkFile:
    """A network with everything a ``.nnet`` file holds around it.

    ``labels[l]`` is layer ``l``'s list of neuron labels or None (index 0 = the input layer);
    ``layout[l][j] = [x, y]`` or None; ``history`` maps names to equally long lists of numbers.
    """

    network: Network
    name: str = ""
    description: str = ""
    labels: list = field(default_factory=list)
    training: TrainingSettings = field(default_factory=TrainingSettings)
    dataset: dict | None = None
    layout: list | None = None
    history: dict = field(default_factory=dict)
    encoding: dict | None = None
    extra: dict = field(default_factory=dict)
    layer_extra: list = field(default_factory=list)
    training_extra: dict = field(default_factory=dict)
    layout_extra: dict = field(default_factory=dict)

    def __post_init__(self):
        if not self.labels:
            self.labels = [None] * len(self.network.sizes)


def network_file_for(network: Network, **kwargs) -> NetworkFile:
    """A NetworkFile around ``network`` with defaults for everything not given."""
    return NetworkFile(network=network, **kwargs)


# -- reading ---------------------------------------------------------------------------------------
def load(path) -> NetworkFile:
    """Read and validate the network file at ``path`` (errors are prefixed with its name)."""
    path = Path(path)
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)  # no pipes or devices; bounded
    except UnsafeFileError as exc:
        too_large = exc.reason.startswith("the file is too large")
        reason = exc.reason if too_large else f"could not read the file: {exc.reason}"
        raise NetworkFileError(reason, source=path.name) from None
    nf = loads(data, source=path.name)
    nf.dataset = _csv_path_from_folder(nf.dataset, path.parent)
    return nf


def loads(text: str | bytes, source: str = "") -> NetworkFile:
    """Parse and validate a network file's text; ``source`` (a file name) prefixes errors."""
    try:
        data = parse_json(text)
    except NetworkFileError as exc:
        raise exc.with_source(source) from None
    return from_dict(data, source)


def from_dict(data: dict, source: str = "") -> NetworkFile:
    """Validate a document (as ``json.loads`` returns it) and build the NetworkFile."""
    try:
        return _from_dict(data)
    except NetworkFileError as exc:
        raise exc.with_source(source) from None


def _from_dict(data) -> NetworkFile:
    if not isinstance(data, dict):
        raise NetworkFileError(translate("Files", "expected a JSON object at the top level, got {data}").format(
            data=check.describe(data)))
    data = upgrade(data, _version(data))
    if "format" not in data:
        check.fail("format", f"missing (expected \"{FORMAT}\")")
    specs = check.layers(_required(data, "layers"))
    loss = check.loss(_required(data, "loss"))
    settings, training_extra = training_block.read(data.get("training", {}))
    sizes = [spec.size for spec in specs]
    layout, layout_extra = _optional(data, "layout", lambda v: check.layout(v, sizes), (None, {}))
    return NetworkFile(
        network=_build_network(specs, loss, settings.seed, settings.initializer),
        name=check.string(data.get("name", ""), "name"),
        description=check.string(data.get("description", ""), "description"),
        labels=[spec.labels for spec in specs],
        training=settings,
        dataset=_optional(data, "dataset", check.dataset, None),
        layout=layout,
        history=check.history(data.get("history", {})),
        encoding=_optional(data, "encoding", _encoding, None),
        extra=check.extras(data, TOP_KEYS, ""),
        layer_extra=[spec.extra for spec in specs],
        training_extra=training_extra,
        layout_extra=layout_extra,
    )


def _encoding(value) -> dict:
    """The input encoding of a CSV import: any JSON object (checked by the CSV importer)."""
    return dict(check.json_value(check.obj(value, "encoding"), "encoding"))


def _version(data: dict) -> int:
    """The document's format version, checked: known format, an integer, not newer than ours."""
    fmt = data.get("format")
    if "format" in data and fmt != FORMAT:
        check.fail("format", f"expected \"{FORMAT}\", got {check.describe(fmt)}; "
                             "not an NN Studio network file")
    if "version" not in data:
        if "format" not in data:
            raise NetworkFileError(translate("Files", "not an NN Studio network file (no \"format\": "
                                                      "\"{FORMAT}\")").format(FORMAT=FORMAT))
        check.fail("version", "missing (expected an integer)")
    version = check.integer(data["version"], "version")
    if version > VERSION:
        check.fail("version", f"written by a newer NN Studio (format version {version}; "
                              f"this version reads up to {VERSION})")
    if version < 0 or (version not in MIGRATIONS and version != VERSION):
        check.fail("version", f"unknown format version {version}")
    return version


def _required(data: dict, key: str):
    if key not in data:
        check.fail(key, "missing")
    return data[key]


def _optional(data: dict, key: str, validate, default):
    """``validate(data[key])``, or ``default`` when the key is absent or null."""
    value = data.get(key)
    return default if value is None else validate(value)


def _build_network(specs: list, loss: str, seed: int, init: str) -> Network:
    """The Network of validated layers; absent weights drawn, absent biases zero (see module doc)."""
    sizes = [spec.size for spec in specs]
    last_missing = max((l for l in range(1, len(specs)) if specs[l].weights is None), default=0)
    rng = np.random.default_rng(seed)
    weights, biases, masks = [], [], []
    for l in range(1, len(specs)):
        drawn = initialize(init, rng, sizes[l - 1], sizes[l]) if l <= last_missing else None
        weights.append(specs[l].weights if specs[l].weights is not None else drawn)
        biases.append(specs[l].bias if specs[l].bias is not None else np.zeros(sizes[l]))
        masks.append(specs[l].mask)
    return Network(sizes, [spec.activation for spec in specs], loss, weights=weights, biases=biases,
                   masks=masks, seed=seed, use_bias=[spec.use_bias for spec in specs])


# -- writing ---------------------------------------------------------------------------------------
def dumps(nf: NetworkFile) -> str:
    """The file's text: indented JSON, one weight row per line, floats exact (``repr``)."""
    return format_json(to_dict(nf))


def to_dict(nf: NetworkFile) -> dict:
    """The JSON document of ``nf``; raises NetworkFileError for what could not be read back."""
    try:
        return _to_dict(nf)
    except RecursionError:
        raise NetworkFileError(translate("Files", "a value is nested deeper than {MAX_DEPTH} levels").format(
            MAX_DEPTH=MAX_DEPTH)) from None


def _to_dict(nf: NetworkFile) -> dict:
    net = nf.network
    if len(nf.labels) != len(net.sizes):
        check.fail("labels", f"expected one entry per layer ({len(net.sizes)}), got {len(nf.labels)}")
    doc = {"format": FORMAT, "version": VERSION, "name": nf.name}
    if nf.description:
        doc["description"] = nf.description
    doc["layers"] = [_layer_dict(nf, l) for l in range(len(net.sizes))]
    doc["loss"] = net.loss
    doc["training"] = _merge(_plain(training_block.write(nf.training)), nf.training_extra)
    if nf.dataset is not None:
        doc["dataset"] = _plain(dict(nf.dataset))
    if nf.layout is not None or nf.layout_extra:
        positions = {} if nf.layout is None else {"positions": _plain(nf.layout)}
        doc["layout"] = _merge(positions, nf.layout_extra)
    doc["history"] = {str(k): _history_list(v) for k, v in nf.history.items()}
    if nf.encoding is not None:
        doc["encoding"] = _plain(nf.encoding)
    doc = _merge(doc, nf.extra)
    _check_written(doc, net.sizes)
    return doc


def _layer_dict(nf: NetworkFile, l: int) -> dict:
    net = nf.network
    layer = {"size": net.sizes[l], "activation": "identity" if l == 0 else net.activations[l - 1]}
    if nf.labels[l] is not None:
        layer["labels"] = list(nf.labels[l])
    if l > 0:
        if not (np.isfinite(net.weights[l]).all() and np.isfinite(net.biases[l]).all()):
            check.fail(f"layers[{l}]", "weights or biases are not finite numbers (did training diverge?)")
        if not net.has_bias(l):
            layer["use_bias"] = False
        layer["weights"] = net.weights[l].astype(np.float64).tolist()
        if net.has_bias(l):
            layer["bias"] = net.biases[l].astype(np.float64).tolist()
        if net.masks[l] is not None:
            layer["mask"] = (net.masks[l] != 0).astype(int).tolist()
    extra = nf.layer_extra[l] if l < len(nf.layer_extra) and nf.layer_extra[l] else {}
    return _merge(layer, extra)


def _merge(known: dict, extra: dict) -> dict:
    """``known`` followed by the keys of ``extra`` it does not have (known keys win)."""
    return {**known, **{k: v for k, v in _plain(dict(extra)).items() if k not in known}}


def _plain(value):
    """NumPy scalars and arrays (possibly nested in lists/dicts) as plain JSON values."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _history_list(values):
    """A history list with NaN/±inf (and None) as null; anything else is left to the validator."""
    values = _plain(values)
    if not isinstance(values, list):
        return values
    return [None if isinstance(x, float) and not math.isfinite(x) else x for x in values]


def _check_written(doc: dict, sizes: list) -> None:
    """Refuse to write a document that would not load back (the cheap sections only; weights
    were checked as they were written)."""
    for l, layer in enumerate(doc["layers"]):
        if "labels" in layer:
            check.labels(layer["labels"], f"labels[{l}]", sizes[l])
    training_block.read(doc["training"])
    for key, validate in (("dataset", check.dataset), ("history", check.history),
                          ("layout", lambda v: check.layout(v, sizes)),
                          ("encoding", _encoding)):
        if key in doc:
            validate(doc[key])
    for key in ("name", "description"):
        if key in doc:
            check.string(doc[key], key)
    check.extras(doc, TOP_KEYS, "")
    for l, layer in enumerate(doc["layers"]):
        check.extras(layer, check.LAYER_KEYS, f"layers[{l}]")


def save(nf: NetworkFile, path) -> None:
    """Write ``nf`` to ``path`` atomically, keeping the previous file as ``NAME.bak``
    (symlinks resolved, devices and pipes refused: :func:`nnstudio.io.safe_files.write_atomically`)."""
    path = Path(path)
    data = dumps(dataclasses.replace(nf, dataset=_csv_path_for_folder(nf.dataset, path.parent))).encode("utf-8")
    try:
        write_atomically(path, data, backup=True)
    except FileWriteError as exc:
        raise NetworkFileError(translate("Files", "could not save {file}: {reason}").format(
            file=path.name, reason=exc.reason)) from None


def _csv_path_from_folder(dataset: dict | None, folder: Path) -> dict | None:
    """A CSV data set's relative ``path`` is relative to the network file's folder: made absolute."""
    if not dataset or dataset.get("name") != "csv" or os.path.isabs(dataset["path"]):
        return dataset
    return {**dataset, "path": os.path.normpath(os.path.join(os.path.abspath(folder), dataset["path"]))}


def _csv_path_for_folder(dataset: dict | None, folder: Path) -> dict | None:
    """The CSV path as written into a file in ``folder``: relative when the CSV lies in that folder
    or below it (the two can move together), else absolute."""
    if not dataset or dataset.get("name") != "csv" or not os.path.isabs(dataset["path"]):
        return dataset
    relative = os.path.relpath(dataset["path"], os.path.abspath(folder))
    if relative.startswith(os.pardir + os.sep) or relative == os.pardir:
        return dataset
    return {**dataset, "path": relative}
