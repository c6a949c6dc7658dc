"""The preview of a CSV file for the import dialog: its first rows and what an import would make
of each column (type, missing cells, distinct values, problems) and of the default target."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .csv_options import check_column_types
from .csv_table import CsvImportError, read_table
from .csv_target import default_target, target_spec
from .csv_typing import kind_and_problem


@dataclass
class CsvPreview:
    """The start of a CSV file and what the import would make of its columns (for the dialog).

    ``types`` maps each column to ``"numeric"``, ``"categorical"`` or ``"empty"``;
    ``problems`` maps a column to the error an import would raise for it (e.g. a typo);
    ``target`` is the column an import takes as target by default (named like a label, else the
    last); ``task`` is the task guessed for it (``None`` when the target has a problem).
    """

    source: str
    delimiter: str
    header: list[str]
    rows: list[list[str]]
    row_count: int
    types: dict[str, str]
    missing: dict[str, int]
    distinct: dict[str, int]
    problems: dict[str, str]
    target: str
    task: str | None


def preview(path: str | Path, rows: int = 20, column_types: Mapping[str, str] | None = None) -> CsvPreview:
    """Header, the first ``rows`` data rows and the inferred column types of a CSV file.

    Unlike an import, a typo or an empty column does not raise; it is reported in ``problems``.
    Unreadable files still raise :class:`CsvImportError`.
    """
    table = read_table(path)
    overrides = check_column_types(table, column_types)
    types, problems = {}, {}
    for name, col in zip(table.header, table.columns, strict=True):
        kind, problem = kind_and_problem(table, name, col, overrides.get(name))
        types[name] = kind or "empty"
        if problem:
            problems[name] = problem
    target = default_target(table.header)
    task = None
    if target not in problems:
        try:
            task = target_spec(table, [target], {target: table.column(target)}, {target: types[target]}, None)["task"]
        except CsvImportError as exc:
            problems[target] = str(exc)
    return CsvPreview(
        source=table.name, delimiter=table.delimiter_name, header=list(table.header),
        rows=table.head(rows), row_count=table.n_rows, types=types,
        missing={name: int(col.missing.sum()) for name, col in zip(table.header, table.columns, strict=True)},
        distinct={name: col.distinct_present() for name, col in zip(table.header, table.columns, strict=True)},
        problems=problems, target=target, task=task)
