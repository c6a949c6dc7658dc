"""Column types of a CSV import: numeric, categorical, or a problem (a typo, an empty column).

The rule ("typos are errors, not categories")
    * a column whose present cells are all numbers is **numeric**;
    * a column of which at least :data:`NUMERIC_SHARE` (half) of the present cells are numbers
      but some are text is **numbers with typos**: an error naming the first text cell's row,
      line and column (``data.csv, line 10: row 9, column x2: 'abc' is not a number …``),
      unless the column is declared categorical;
    * a column with fewer numbers than that is **categorical** (its numbers are categories like
      its words);
    * a column with no present cell is a problem ("has no values"; ignore it);
    * numbers written with a decimal comma (``0,53``, in ``;``- or tab-separated files) are
      numbers; a column mixing them with decimal points (``1.5``) is a problem, since ``1.234``
      could then mean 1234 — the message says to use one notation. In a comma-separated file a
      quoted ``"0,53"`` is text: a few among numbers get the typo message saying why, and a column
      that is numbers only once its decimal commas are read is a problem saying how to fix the file
      (not a silent categorical column).

A declared type wins: ``categorical`` always; ``numeric`` when every present cell is a number.
"""

from __future__ import annotations

from collections.abc import Iterable

from nnstudio.engine.text import translate

from .csv_columns import Column, number_name, to_float
from .csv_table import CsvImportError, Table

NUMERIC_SHARE = 0.5
"""A column with at least this share of numbers among its present cells is numeric (text cells in
it are typos)."""

NUMERIC = "numeric"
CATEGORICAL = "categorical"
KINDS = (NUMERIC, CATEGORICAL)


def kind_and_problem(table: Table, name: str, col: Column, override: str | None) -> tuple[str | None, str | None]:
    """The column's kind (``None`` when empty) and the error an import would raise, if any."""
    if col.present == 0:
        return None, translate("CSV", "{file}: column \"{column}\" has no values (every cell is missing); "
                                      "ignore the column").format(file=table.name, column=name)
    if override == CATEGORICAL:
        return CATEGORICAL, None
    text = len(col.text_rows)
    numbers = col.present - text
    if col.comma_rows and col.point:
        return NUMERIC, translate("CSV", "{file}: column \"{column}\" mixes decimal commas (\"0,5\") and decimal "
                                         "points (\"0.5\"); write all its numbers one way (points are safest)").format(
            file=table.name, column=name)
    if override == NUMERIC:
        if not text:
            return NUMERIC, None
        return NUMERIC, typo_message(table, name, col, translate("CSV", "the column is set to numeric"))
    if text == 0:
        return NUMERIC, None
    if numbers < NUMERIC_SHARE * col.present:
        commas = col.decimal_comma_cells()
        if commas and numbers + commas >= NUMERIC_SHARE * col.present:
            return NUMERIC, translate("CSV", "{file}: column {column} holds numbers written with a decimal comma "
                                             "(\"{cell}\" and {more} more), which only ;- or tab-separated files may "
                                             "use; write them with decimal points (0.5), or save the file with \";\" "
                                             "as the separator").format(
                file=table.name, column=name, cell=_first_comma_cell(col), more=commas - 1)
        return CATEGORICAL, None
    share = (translate("CSV", "1 of {present} cells in this column is not a number") if text == 1 else
             translate("CSV", "{count} of {present} cells in this column are not a number")).format(
        count=text, present=col.present)
    advice = translate("CSV", "{share}; fix the cell, or make the column categorical").format(share=share)
    return NUMERIC, typo_message(table, name, col, advice)


def _first_comma_cell(col: Column) -> str:
    return next(cell for cell in col.text_cells if to_float(cell, decimal_comma=True) == to_float(cell, True))


def typo_message(table: Table, name: str, col: Column, advice: str) -> str:
    """``data.csv, line 10: row 9, column x2: 'abc' is not a number (advice)``."""
    first = int(col.text_rows[0])
    cell = col.cell(first)
    hint = ""
    if to_float(cell, decimal_comma=True) == to_float(cell, decimal_comma=True):
        hint = translate("CSV", "; it has a decimal comma, which only ;- or tab-separated files may use")
    return translate("CSV", "{where}, column {column}: '{cell}' is not a number ({advice}{hint})").format(
        where=table.where(first), column=name, cell=cell, advice=advice, hint=hint)


def resolve_kind(table: Table, name: str, col: Column, override: str | None) -> str:
    """The column's kind, or :class:`CsvImportError` for an empty column or a typo."""
    kind, problem = kind_and_problem(table, name, col, override)
    if problem:
        raise CsvImportError(problem)
    return kind


def sort_categories(values: Iterable[str]) -> list[str]:
    """Sorted category names: numbers first, by value, then text in string order."""
    return sorted(values, key=_category_key)


def _category_key(value: str) -> tuple[int, float, str]:
    number = to_float(value)
    return (0, number, value) if number == number else (1, 0.0, value)


__all__ = ["CATEGORICAL", "KINDS", "NUMERIC", "NUMERIC_SHARE", "kind_and_problem", "number_name", "resolve_kind",
           "sort_categories", "typo_message"]
