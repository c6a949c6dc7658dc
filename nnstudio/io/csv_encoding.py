"""The input encoding of a CSV import: how columns become network inputs, recorded as a dict.

Numeric inputs become one column each, ``(x - mean) / std`` when standardising (statistics of the
training rows only, a std of 0 becomes 1) and ``x`` otherwise. A numeric column holding only 0s
and 1s (already one-hot, or a yes/no flag) is never standardised. Categorical inputs are one-hot
encoded over their sorted categories (taken from all rows used); an unknown category encodes as
all zeros. Missing cells take the column's fill value (``missing="fill"``: the median of the
training values, or one more category, :data:`MISSING_CATEGORY`, for a categorical column).
Targets are never scaled, except regression targets when standardising (:func:`target_scaling`).

The encoding is a JSON-serialisable dict (layout in :func:`check_encoding`), so that raw rows are
turned into the same inputs later.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from nnstudio.engine.dataset import CLASSIFICATION, REGRESSION
from nnstudio.engine.text import translate

from .csv_columns import MISSING_TOKENS, Column, number_name, to_float
from .csv_table import CsvImportError, Table
from .csv_typing import CATEGORICAL, KINDS, NUMERIC, sort_categories

ENCODING_FORMAT = "nnstudio-csv-encoding"
ENCODING_VERSION = 1
MISSING_POLICIES = ("drop", "fill")
MISSING_CATEGORY = "missing"
"""The category that missing cells of a categorical input take with ``missing="fill"``."""
TASKS = (CLASSIFICATION, REGRESSION)

Locate = Callable[[int], str]
"""Names the ``i``-th encoded row in messages (``data.csv: row 3 (line 4)``, ``row 3``)."""


# -- specs -------------------------------------------------------------------------------------------
def feature_spec(table: Table, name: str, kind: str, col: Column, used: np.ndarray, fit: np.ndarray,
                 missing: str, standardize: bool) -> dict:
    """The ``encoding["features"]`` entry of one input column.

    ``used`` are the rows kept, ``fit`` the training rows whose statistics (mean, std, fill
    value) are recorded.
    """
    present_fit = fit[~col.missing[fit]]
    if present_fit.size == 0:
        raise CsvImportError(translate("CSV", "{file}: column \"{name}\" has no values in the training rows, so it "
                                              "cannot be filled or scaled; ignore it").format(
            file=table.name, name=name))
    if kind == NUMERIC:
        values = col.numbers[present_fit]
        binary = bool(np.all((values == 0) | (values == 1)))
        scale = standardize and not binary
        with np.errstate(over="ignore", invalid="ignore"):
            mean = float(values.mean()) if scale else 0.0
            std = float(values.std()) if scale else 1.0
        if not (math.isfinite(mean) and math.isfinite(std)):
            raise CsvImportError(translate("CSV", "{file}: column \"{name}\": the numbers are too large to average "
                                                  "(up to {max:g})").format(
                file=table.name, name=name, max=np.abs(values).max()))
        spec = {"column": name, "kind": NUMERIC, "mean": 0.0, "std": 1.0, "fill": None}
        if scale:
            spec["mean"], spec["std"] = mean, std if std > 0 else 1.0
        if missing == "fill":
            spec["fill"] = float(np.median(values))
        return spec
    present = [n for n in col.names_in(used) if n not in MISSING_TOKENS]
    spec = {"column": name, "kind": CATEGORICAL, "categories": sort_categories(present), "fill": None}
    if missing == "fill" and col.missing[used].any():
        if MISSING_CATEGORY not in spec["categories"]:
            spec["categories"].append(MISSING_CATEGORY)
        spec["fill"] = MISSING_CATEGORY
    return spec


def target_scaling(columns: Mapping[str, Column], names: list[str], rows: np.ndarray) -> dict:
    """Regression targets are z-scored like the inputs when standardising: ``(y − mean) / std``
    from the training rows (std 0 → 1), so the loss has a sane scale. The network then predicts
    in these units: ``y = mean + std · ŷ``."""
    means, stds = [], []
    for name in names:
        values = columns[name].numbers[rows]
        means.append(float(values.mean()) if values.size else 0.0)
        std = float(values.std()) if values.size else 1.0
        stds.append(std if std > 0 else 1.0)
    return {"mean": means, "std": stds}


def feature_width(spec: Mapping) -> int:
    return 1 if spec["kind"] == NUMERIC else len(spec["categories"])


def feature_names(features: Sequence[Mapping]) -> list[str]:
    names = []
    for spec in features:
        if spec["kind"] == NUMERIC:
            names.append(spec["column"])
        else:
            names.extend(f"{spec['column']}={c}" for c in spec["categories"])
    return names


# -- encoding ----------------------------------------------------------------------------------------
def encode_features(features: Sequence[Mapping], columns: Mapping[str, Column], rows: np.ndarray,
                    locate: Locate) -> np.ndarray:
    """The input matrix ``(len(rows), width)`` of the given rows of ``columns``."""
    X = np.zeros((len(rows), sum(feature_width(spec) for spec in features)))
    offset = 0
    for spec in features:
        col = columns[spec["column"]]
        if spec["kind"] == NUMERIC:
            X[:, offset] = encode_numeric(spec, col, rows, locate)
        else:
            index = category_indices(spec, col, rows, locate)
            hot = np.flatnonzero(index >= 0)
            X[hot, offset + index[hot]] = 1.0
        offset += feature_width(spec)
    return X


def encode_numeric(spec: Mapping, col: Column, rows: np.ndarray, locate: Locate) -> np.ndarray:
    """One numeric input column at ``rows``: text refused, missing filled, then scaled."""
    if col.text_rows.size:
        text = np.flatnonzero(np.isin(rows, col.text_rows))
        if text.size:
            first = int(text[0])
            raise CsvImportError(translate("CSV", "{locate}, column {spec}: '{cell}' is not a number").format(
                locate=locate(first), spec=spec['column'], cell=col.cell(int(rows[first]))))
    values = col.numbers[rows]  # a copy (fancy indexing), changed in place below
    missing = col.missing[rows]
    if missing.any():
        if spec["fill"] is None:
            raise _missing_error(spec, missing, locate)
        values[missing] = spec["fill"]
    with np.errstate(over="ignore", invalid="ignore"):
        values -= spec["mean"]
        values /= spec["std"]
    bad = np.flatnonzero(~np.isfinite(values))
    if bad.size:
        raise CsvImportError(translate("CSV", "{locate}, column {spec}: '{cell}' is too large to encode").format(
            locate=locate(int(bad[0])), spec=spec['column'], cell=col.cell(int(rows[bad[0]]))))
    return values


def category_indices(spec: Mapping, col: Column, rows: np.ndarray, locate: Locate) -> np.ndarray:
    """Category index per row (-1 for an unknown category), missing cells filled."""
    codes, names, _ = col.category_codes(rows)
    index = {c: i for i, c in enumerate(spec["categories"])}
    lookup = np.array([index.get(name, -1) for name in names] + [-1], dtype=np.int64)
    missing = np.array([name in MISSING_TOKENS for name in names] + [False])[codes]
    result = lookup[codes]
    if missing.any():
        if spec["fill"] is None:
            raise _missing_error(spec, missing, locate)
        result[missing] = index[spec["fill"]]
    return result


def _missing_error(spec: Mapping, missing: np.ndarray, locate: Locate) -> CsvImportError:
    first = int(np.flatnonzero(missing)[0])
    return CsvImportError(translate("CSV", "{locate}, column {spec}: the value is missing and the encoding has "
                                           "no fill value (it was made with missing=\"drop\")").format(
        locate=locate(first), spec=spec['column']))


def encode_targets(target: Mapping, columns: Mapping[str, Column], rows: np.ndarray, locate: Locate) -> np.ndarray:
    """Labels ``(n,)`` for classification, float targets ``(n, m)`` for regression."""
    if target["task"] == REGRESSION:
        means = target.get("mean") or [0.0] * len(target["columns"])
        stds = target.get("std") or [1.0] * len(target["columns"])
        blocks = [encode_numeric({"column": name, "fill": None, "mean": mean, "std": std}, columns[name], rows,
                                 locate)
                  for name, mean, std in zip(target["columns"], means, stds, strict=True)]
        return np.column_stack(blocks) if blocks else np.zeros((0, 0))
    name = target["columns"][0]
    col = columns[name]
    index = {c: i for i, c in enumerate(target["classes"])}
    if target["kind"] == NUMERIC and col.codes is None:
        distinct, codes = np.unique(col.numbers[rows], return_inverse=True)
        names = [number_name(v) if v == v else None for v in distinct.tolist()]
    else:
        codes, names, _ = col.category_codes(rows)
        if target["kind"] == NUMERIC:  # "2.0" and "2" are the class "2"
            numbers = [to_float(name, col.comma_rows > 0) for name in names]
            names = [number_name(v) if v == v else None for v in numbers]
    lookup = np.array([index.get(n, -1) if n is not None else -1 for n in names] + [-1], dtype=np.int64)
    labels = lookup[codes.reshape(-1)]
    unknown = np.flatnonzero(labels < 0)
    if unknown.size:
        first = int(unknown[0])
        raise CsvImportError(translate("CSV", "{locate}, column {name}: '{cell}' is not one of the classes "
                                              "({target})").format(
            locate=locate(first), name=name, cell=col.cell(int(rows[first])), target=', '.join(target['classes'])))
    return labels


# -- validating a saved encoding ---------------------------------------------------------------------
def check_encoding(encoding) -> None:
    """Validate an encoding dict (e.g. loaded from a network file); raise :class:`CsvImportError`.

    Layout::

        {"format": "nnstudio-csv-encoding", "version": 1,
         "columns": [all CSV column names in file order],
         "features": [{"column": "age", "kind": "numeric", "mean": m, "std": s, "fill": f | null},
                      {"column": "odor", "kind": "categorical", "categories": [...],
                       "fill": category | null}, ...],
         "target": {"columns": [...], "task": "classification" | "regression",
                    "kind": "numeric" | "categorical", "classes": [...]},   # classes: classification
         "missing": "drop" | "fill", "standardize": bool}

    A numeric input encodes as ``(x - mean) / std`` (``mean`` 0 and ``std`` 1 when not
    standardised).
    """
    _expect(isinstance(encoding, Mapping), "encoding", "expected an object")
    _expect(encoding.get("format") == ENCODING_FORMAT, "encoding.format", f"expected \"{ENCODING_FORMAT}\"")
    _expect(encoding.get("version") == ENCODING_VERSION, "encoding.version",
            f"expected {ENCODING_VERSION}, got {encoding.get('version')!r}")
    columns = encoding.get("columns")
    _expect(_is_str_list(columns) and len(set(columns)) == len(columns), "encoding.columns",
            "expected a list of distinct column names")
    _expect(encoding.get("missing") in MISSING_POLICIES, "encoding.missing", "expected \"drop\" or \"fill\"")
    _expect(isinstance(encoding.get("standardize"), bool), "encoding.standardize", "expected true or false")
    features = encoding.get("features")
    _expect(isinstance(features, list) and features, "encoding.features", "expected a non-empty list")
    for i, spec in enumerate(features):
        _check_feature(spec, f"encoding.features[{i}]", columns)
    _check_target(encoding.get("target"), columns)


def _check_feature(spec, where: str, columns: list[str]) -> None:
    _expect(isinstance(spec, Mapping), where, "expected an object")
    _expect(spec.get("column") in columns, f"{where}.column", "expected one of encoding.columns")
    _expect(spec.get("kind") in KINDS, f"{where}.kind", "expected \"numeric\" or \"categorical\"")
    fill = spec.get("fill")
    if spec["kind"] == NUMERIC:
        _expect(_is_finite(spec.get("mean")), f"{where}.mean", "expected a finite number")
        _expect(_is_finite(spec.get("std")) and spec["std"] > 0, f"{where}.std", "expected a positive number")
        _expect(fill is None or _is_finite(fill), f"{where}.fill", "expected a finite number or null")
    else:
        categories = spec.get("categories")
        _expect(_is_str_list(categories) and categories and len(set(categories)) == len(categories),
                f"{where}.categories", "expected a non-empty list of distinct strings")
        _expect(fill is None or fill in categories, f"{where}.fill", "expected one of the categories or null")


def _check_target(target, columns: list[str]) -> None:
    where = "encoding.target"
    _expect(isinstance(target, Mapping), where, "expected an object")
    names = target.get("columns")
    _expect(_is_str_list(names) and names and all(n in columns for n in names), f"{where}.columns",
            "expected a non-empty list of names from encoding.columns")
    _expect(target.get("task") in TASKS, f"{where}.task", "expected \"classification\" or \"regression\"")
    _expect(target.get("kind") in KINDS, f"{where}.kind", "expected \"numeric\" or \"categorical\"")
    for key in ("mean", "std"):
        if key in target:
            values = target[key]
            _expect(isinstance(values, list) and len(values) == len(names) and all(map(_is_finite, values))
                    and (key == "mean" or all(v > 0 for v in values)), f"{where}.{key}",
                    f"expected {len(names)} finite number(s){' > 0' if key == 'std' else ''}")
    if target["task"] == CLASSIFICATION:
        _expect(len(names) == 1, f"{where}.columns", "classification takes exactly one column")
        classes = target.get("classes")
        _expect(_is_str_list(classes) and len(classes) >= 2 and len(set(classes)) == len(classes),
                f"{where}.classes", "expected a list of at least two distinct class names")


def _expect(condition, where: str, message: str) -> None:
    if not condition:
        raise CsvImportError(translate("CSV", "{where}: {message}").format(where=where, message=message))


def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_finite(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
