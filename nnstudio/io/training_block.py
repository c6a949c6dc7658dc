"""The file's ``training`` block (DESIGN §3) ⇄ ``TrainingSettings``: the one (de)serialiser.

Every field of ``TrainingSettings`` is a key of the block, written in field order; a key's JSON
type follows the field's default (true/false, integer, number, string). Unknown keys are returned
apart so that they are written back unchanged.
"""

from __future__ import annotations

from dataclasses import asdict, fields

from nnstudio.engine.training import TrainingSettings

from .netfile_validate import describe, extras, fail, integer, number, obj, string

FIELDS = {f.name: type(f.default) for f in fields(TrainingSettings)}


def read(value, path: str = "training") -> tuple[TrainingSettings, dict]:
    """The block as validated ``TrainingSettings`` and its unknown keys (raises
    ``NetworkFileError`` naming the path, e.g. ``training.batch_size: must be ≥ 1, got 0``)."""
    obj(value, path)
    known = {key: _value(item, f"{path}.{key}", FIELDS[key]) for key, item in value.items() if key in FIELDS}
    settings = TrainingSettings(**known)
    try:
        settings.validate()
    except ValueError as exc:
        message = str(exc)
        key = message.split(" ", 1)[0]
        if key in FIELDS:
            fail(f"{path}.{key}", message.split(" ", 1)[1])
        key = "optimizer" if "optimizer" in message else ""
        fail(f"{path}.{key}" if key else path, message)
    return settings, extras(value, FIELDS, path)


def write(settings: TrainingSettings) -> dict:
    """The block's known keys, in field order."""
    return asdict(settings)


def _value(value, path: str, kind: type):
    if kind is bool:
        if not isinstance(value, bool):
            fail(path, f"expected true or false, got {describe(value)}")
        return value
    if kind is int:  # bounded: a huge integer would overflow the float checks of validate()
        return integer(value, path, 0, 2**63 - 1)
    if kind is float:
        return number(value, path)
    return string(value, path)
