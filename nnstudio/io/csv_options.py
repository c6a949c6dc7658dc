"""Checking the arguments of a CSV import against the file: column names, roles, types, options.

Every problem is a :class:`~nnstudio.io.csv_table.CsvImportError` naming the file and the
argument.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

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
            raise CsvImportError(f"{table.name}: every column is ignored")
        targets = [chosen]
    else:
        targets = names_argument(table, [target] if isinstance(target, str) else target, "target")
        if not targets:
            raise CsvImportError(f"{table.name}: no target column given")
    clash = [name for name in targets if name in ignored]
    if clash:
        raise CsvImportError(f"{table.name}: target column {quoted(clash)} is also ignored")
    features = [name for name in table.header if name not in targets and name not in ignored]
    if not features:
        raise CsvImportError(f"{table.name}: no input columns: every column is the target or ignored")
    return Plan(features, targets, ignored, overrides)


def names_argument(table: Table, names, what: str) -> list[str]:
    """Check that ``names`` is a collection of column names of ``table``; no duplicates."""
    if isinstance(names, str) or not isinstance(names, Iterable):
        raise CsvImportError(f"{table.name}: {what} must be a list of column names, got {names!r}")
    names = list(names)
    for name in names:
        if not isinstance(name, str):
            raise CsvImportError(f"{table.name}: {what}: {name!r} is not a column name")
        if name not in table.header:
            raise CsvImportError(f"{table.name}: {what}: no column \"{name}\" "
                                 f"(the columns are {quoted(table.header)})")
    if len(set(names)) != len(names):
        raise CsvImportError(f"{table.name}: {what}: a column is named twice")
    return names


def check_column_types(table: Table, column_types) -> dict[str, str]:
    """Validate ``column_types``: known columns, kinds ``numeric``/``categorical``."""
    if column_types is None:
        return {}
    if not isinstance(column_types, Mapping):
        raise CsvImportError(f"{table.name}: column_types must map column names to types")
    names_argument(table, list(column_types), "column_types")
    for name, kind in column_types.items():
        if kind not in KINDS:
            raise CsvImportError(f"{table.name}: column_types: \"{name}\": unknown type {kind!r} "
                                 f"(use {' or '.join(KINDS)})")
    return dict(column_types)


def check_options(table: Table, task, missing, test_fraction, seed) -> None:
    """Validate ``task``, ``missing``, ``test_fraction`` and ``seed``."""
    if task is not None and task not in TASKS:
        raise CsvImportError(f"{table.name}: unknown task {task!r} (use {' or '.join(TASKS)})")
    if missing not in MISSING_POLICIES:
        raise CsvImportError(f"{table.name}: unknown missing-value policy {missing!r} "
                             f"(use {' or '.join(MISSING_POLICIES)})")
    if (isinstance(test_fraction, bool) or not isinstance(test_fraction, int | float)
            or not 0 <= test_fraction < 1):
        raise CsvImportError(f"{table.name}: test_fraction must be a number from 0 to below 1, "
                             f"got {test_fraction!r}")
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise CsvImportError(f"{table.name}: seed must be a non-negative integer, got {seed!r}")
