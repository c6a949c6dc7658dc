"""The training history: one row per evaluation, appended by the worker, read by the views.

Rows are tuples (immutable), appended to a plain list: under the GIL an append and a slice are
atomic, so the GUI can read ``rows[:n]`` while the worker appends without a lock.
"""

from __future__ import annotations

import math

COLUMNS = ("epoch", "step", "train_loss", "test_loss", "penalty", "accuracy", "test_accuracy")


def row_from_progress(progress) -> tuple:
    """A history row from an engine ``Progress`` (NaN for what the task does not have)."""
    nan = math.nan
    test = nan if progress.test_loss is None else float(progress.test_loss)
    acc = progress.metrics.get("accuracy", progress.metrics.get("r2", nan)) if progress.metrics else nan
    tacc = progress.test_metrics.get("accuracy", progress.test_metrics.get("r2", nan)) \
        if progress.test_metrics else nan
    return (float(progress.epoch), float(progress.step), float(progress.train_loss), test,
            float(progress.penalty), float(acc), float(tacc))


class History:
    """Rows of :data:`COLUMNS`; converts to and from the document's ``history`` dict."""

    def __init__(self, rows=None):
        self.rows: list[tuple] = list(rows or [])

    def __len__(self) -> int:
        return len(self.rows)

    def append(self, row: tuple) -> None:
        self.rows.append(row)

    @property
    def last_epoch(self) -> float:
        return self.rows[-1][0] if self.rows else 0.0

    @classmethod
    def from_dict(cls, data: dict | None) -> History:
        """Rows from a document history (missing columns become NaN; unknown ones are ignored)."""
        if not data or "epoch" not in data:
            return cls()
        n = len(data["epoch"])
        cols = [data.get(c) if data.get(c) is not None and len(data.get(c)) == n else [math.nan] * n
                for c in COLUMNS]
        if data.get("step") is None or len(data.get("step")) != n:
            cols[1] = [math.nan] * n
        return cls(tuple(_num(v) for v in values) for values in zip(*cols, strict=True))

    def to_dict(self, upto: int | None = None) -> dict:
        rows = self.rows[:upto] if upto is not None else list(self.rows)
        return {c: [r[i] for r in rows] for i, c in enumerate(COLUMNS)}

    def column(self, name: str, upto: int | None = None) -> list[float]:
        i = COLUMNS.index(name)
        rows = self.rows[:upto] if upto is not None else self.rows
        return [r[i] for r in rows]


def _num(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan
