"""Checking the arguments of a CSV import against the file: column names, roles, types, options.

Every problem is a :class:`~nnstudio.io.csv_table.CsvImportError` naming the file and the
argument.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.text import translate

from .csv_encoding import MISSING_POLICIES, TASKS
from .csv_table import CsvImportError, Table
from .csv_target import default_target, quoted
from .csv_typing import KINDS


@dataclass
class Plan:
    """Which columns are inputs, targets and ignored, and the type overrides."""

    features: list[str]
    targets: list[str]
    ignored: list[str]
    overrides: dict[str, str]


def plan(table: Table, target, column_types, ignore) -> Plan:
    """Check the column arguments against the header and sort the columns into roles (the
    default target: :func:`nnstudio.io.csv_target.default_target`)."""
    ignored = names_argument(table, ignore, "ignore")
    overrides = check_column_types(table, column_types)
    if target is None:
        chosen = default_target(table.header, ignored)
        if chosen is None:
            raise CsvImportError(translate("CSV", "{file}: every column is ignored").format(file=table.name))
        targets = [chosen]
    else:
        targets = names_argument(table, [target] if isinstance(target, str) else target, "target")
        if not targets:
            raise CsvImportError(translate("CSV", "{file}: no target column given").format(file=table.name))
    clash = [name for name in targets if name in ignored]
    if clash:
        raise CsvImportError(translate("CSV", "{file}: target column {quoted} is also ignored").format(
            file=table.name, quoted=quoted(clash)))
    features = [name for name in table.header if name not in targets and name not in ignored]
    if not features:
        raise CsvImportError(translate("CSV", "{file}: no input columns: every column is the target or ignored").format(
            file=table.name))
    return Plan(features, targets, ignored, overrides)


def names_argument(table: Table, names, what: str) -> list[str]:
    """Check that ``names`` is a collection of column names of ``table``; no duplicates."""
    if isinstance(names, str) or not isinstance(names, Iterable):
        raise CsvImportError(translate("CSV", "{file}: {what} must be a list of column names, got {names!r}").format(
            file=table.name, what=what, names=names))
    names = list(names)
    for name in names:
        if not isinstance(name, str):
            raise CsvImportError(translate("CSV", "{file}: {what}: {name!r} is not a column name").format(
                file=table.name, what=what, name=name))
        if name not in table.header:
            raise CsvImportError(translate("CSV", "{file}: {what}: no column \"{name}\" (the columns are "
                                                  "{quoted})").format(file=table.name, what=what, name=name,
                                                                      quoted=quoted(table.header)))
    if len(set(names)) != len(names):
        raise CsvImportError(translate("CSV", "{file}: {what}: a column is named twice").format(
            file=table.name, what=what))
    return names


def check_column_types(table: Table, column_types) -> dict[str, str]:
    """Validate ``column_types``: known columns, kinds ``numeric``/``categorical``."""
    if column_types is None:
        return {}
    if not isinstance(column_types, Mapping):
        raise CsvImportError(translate("CSV", "{file}: column_types must map column names to types").format(
            file=table.name))
    names_argument(table, list(column_types), "column_types")
    for name, kind in column_types.items():
        if kind not in KINDS:
            raise CsvImportError(translate("CSV", "{file}: column_types: \"{name}\": unknown type {kind!r} (use "
                                                  "{KINDS})").format(
                file=table.name, name=name, kind=kind, KINDS=' or '.join(KINDS)))
    return dict(column_types)


def check_options(table: Table, task, missing, test_fraction, seed) -> None:
    """Validate ``task``, ``missing``, ``test_fraction`` and ``seed``."""
    if task is not None and task not in TASKS:
        raise CsvImportError(translate("CSV", "{file}: unknown task {task!r} (use {TASKS})").format(
            file=table.name, task=task, TASKS=' or '.join(TASKS)))
    if missing not in MISSING_POLICIES:
        raise CsvImportError(translate("CSV", "{file}: unknown missing-value policy {missing!r} (use "
                                              "{MISSING_POLICIES})").format(
            file=table.name, missing=missing, MISSING_POLICIES=' or '.join(MISSING_POLICIES)))
    if (isinstance(test_fraction, bool) or not isinstance(test_fraction, int | float)
            or not 0 <= test_fraction < 1):
        raise CsvImportError(translate("CSV", "{file}: test_fraction must be a number from 0 to below 1, got "
                                              "{test_fraction!r}").format(
            file=table.name, test_fraction=test_fraction))
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise CsvImportError(translate("CSV", "{file}: seed must be a non-negative integer, got {seed!r}").format(
            file=table.name, seed=seed))
