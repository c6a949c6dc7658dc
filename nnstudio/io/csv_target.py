"""The target of a CSV import: which column, which task, which classes.

Which column
    The one named, else the first column (in the order of :data:`LABEL_NAMES`, compared without
    case) named like a label — ``class``, ``target``, ``label``, ``y``, … — else the last
    column. Ignored columns are never chosen.
Which task
    A text target means classification; a numeric target whose values are all integers with at
    most :data:`MAX_CLASS_INTEGERS` (10) distinct values means classification too; any other
    numeric target means regression. ``task=`` overrides the guess. Several target columns mean
    regression.
Classes
    Sorted (numerically for numeric targets); the label of a row is its class's index.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from nnstudio.engine.dataset import CLASSIFICATION, REGRESSION
from nnstudio.engine.text import translate

from .csv_columns import Column, number_name, to_float
from .csv_table import CsvImportError, Table
from .csv_typing import CATEGORICAL, NUMERIC, sort_categories

LABEL_NAMES = ("class", "target", "label", "labels", "y", "outcome", "output", "species", "category")
"""Column names taken as the target when none is named, in this order of preference."""

MAX_CLASS_INTEGERS = 10
"""A numeric target with at most this many distinct integer values is taken as class labels."""


def default_target(header: list[str], ignored: Iterable[str] = ()) -> str | None:
    """The column taken as the target when none is named (see module doc); None when all are ignored."""
    ignored = set(ignored)
    candidates = [name for name in header if name not in ignored]
    if not candidates:
        return None
    by_name = {name.strip().lower(): name for name in reversed(candidates)}
    for label in LABEL_NAMES:
        if label in by_name:
            return by_name[label]
    return candidates[-1]


def target_spec(table: Table, targets: list[str], columns: Mapping[str, Column], kinds: Mapping[str, str],
                task: str | None, rows: np.ndarray | None = None) -> dict:
    """The ``encoding["target"]`` entry: columns, task, kind and (classification) classes.

    Classes and the task guess come from the target cells of ``rows`` (default all rows).
    """
    if len(targets) > 1:
        if task == CLASSIFICATION:
            raise CsvImportError(translate("CSV", "{file}: classification takes one target column, got {targets} "
                                                  "({quoted})").format(
                file=table.name, targets=len(targets), quoted=quoted(targets)))
        text = [name for name in targets if kinds[name] != NUMERIC]
        if text:
            raise CsvImportError(translate("CSV", "{file}: target column \"{text}\" is not numeric; several target "
                                                  "columns must all be numbers (regression)").format(
                file=table.name, text=text[0]))
        return {"columns": list(targets), "task": REGRESSION, "kind": NUMERIC}
    name = targets[0]
    col, kind = columns[name], kinds[name]
    if rows is None:
        rows = np.arange(col.n)
    rows = rows[~col.missing[rows]]
    if kind == CATEGORICAL:
        if task == REGRESSION:
            raise CsvImportError(translate("CSV", "{file}: target column \"{name}\" holds text, so it cannot be a "
                                                  "regression target").format(
                file=table.name, name=name))
        classes = sort_categories(col.names_in(rows))
    else:
        distinct = _distinct_numbers(col, rows)
        looks_like_labels = (distinct.size <= MAX_CLASS_INTEGERS
                             and bool(np.all(distinct == np.round(distinct))))
        if task == REGRESSION or (task is None and not looks_like_labels):
            return {"columns": [name], "task": REGRESSION, "kind": NUMERIC}
        classes = [number_name(v) for v in distinct]
    if len(classes) < 2:
        raise CsvImportError(translate("CSV", "{file}: target column \"{name}\" has only one class (\"{classes}\"); "
                                              "a classifier needs at least two").format(
            file=table.name, name=name, classes=classes[0]))
    return {"columns": [name], "task": CLASSIFICATION, "kind": kind, "classes": classes}


def _distinct_numbers(col: Column, rows: np.ndarray) -> np.ndarray:
    """The sorted distinct numbers at ``rows`` (from the codes when the column has them: no sort of
    every row)."""
    if col.codes is not None:
        values = [to_float(name, col.comma_rows > 0) for name in col.names_in(rows)]
        return np.unique(np.array(values, dtype=np.float64))
    return np.unique(col.numbers[rows])


def quoted(names: Iterable[str]) -> str:
    return ", ".join(f"\"{name}\"" for name in names)
