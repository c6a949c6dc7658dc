"""Migrations of older network-file versions to the current one, one version step each.

``MIGRATIONS[v]`` turns a version-``v`` document (a dict as ``json.loads`` returns it) into a
version-``v + 1`` document without changing the input; :func:`upgrade` chains them. A migration
moves data around only; the current version's validation runs afterwards.

Version 0 — the pre-release format:
  * the ``format`` key was optional;
  * a layer's activation was stored under ``"act"`` (version 1: ``"activation"``);
  * ``weights`` and ``mask`` were stored input-major: ``weights[i][j]`` was the weight from neuron
    ``i`` of the previous layer to neuron ``j`` — the transpose of version 1's ``torch.nn.Linear``
    order. Since the *meaning* of the field changed, the version was bumped.
"""

from __future__ import annotations

from .netfile_common import FORMAT, VERSION, NetworkFileError


def migrate_0_to_1(data: dict) -> dict:
    """Version 0 → 1: add ``format``, rename ``act`` → ``activation``, transpose weights and masks."""
    out = dict(data)
    out.setdefault("format", FORMAT)
    out["version"] = 1
    if isinstance(out.get("layers"), list):
        out["layers"] = [_layer_0_to_1(layer, f"layers[{l}]") for l, layer in enumerate(out["layers"])]
    return out


def _layer_0_to_1(layer, path: str):
    if not isinstance(layer, dict):
        return layer  # the validation names the problem
    layer = dict(layer)
    if "act" in layer and "activation" not in layer:
        layer["activation"] = layer.pop("act")
    for key in ("weights", "mask"):
        if key in layer:
            layer[key] = _transpose(layer[key], f"{path}.{key}")
    return layer


def _transpose(rows, path: str):
    """The transpose of a rectangular list of lists (anything else is refused: it cannot be
    migrated and its shape would be meaningless after the step)."""
    if not isinstance(rows, list) or not rows:
        return rows
    if not all(isinstance(row, list) for row in rows) or len({len(row) for row in rows}) != 1:
        raise NetworkFileError("expected a rectangular list of rows (format version 0 stores "
                               "weights input-major)", path)
    return [list(column) for column in zip(*rows, strict=True)]


MIGRATIONS = {0: migrate_0_to_1}
"""``MIGRATIONS[v]`` upgrades a version-``v`` document to version ``v + 1``."""


def upgrade(data: dict, version: int) -> dict:
    """``data`` (of format ``version``) brought to :data:`VERSION` through the migrations."""
    for step in range(version, VERSION):
        data = MIGRATIONS[step](data)
    return data
