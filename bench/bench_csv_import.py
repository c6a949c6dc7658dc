"""Time the CSV import of the shared real data sets (median of 5 runs).

Run ``python bench/bench_csv_import.py``. The reference in the same process is a bare
``list(csv.reader(file))`` of the same file, so the ratio says how much the typing, encoding
and splitting cost on top of the csv module's parsing. Skips when ``../shared/datasets`` is
absent.
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
RUNS = 5

CASES = [
    ("mushrooms.csv", "drop", {"target": "class"}),
    ("mushrooms.csv", "fill+split", {"target": "class", "missing": "fill", "test_fraction": 0.2}),
    ("california_housing.csv", "drop", {"target": "median_house_value"}),
    ("california_housing.csv", "fill+std+split",
     {"target": "median_house_value", "missing": "fill", "standardize": True, "test_fraction": 0.2}),
]


def median_seconds(fn: Callable[[], object], runs: int = RUNS) -> float:
    """Median wall time of ``runs`` calls of ``fn``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def read_with_csv_module(path: Path) -> list[list[str]]:
    """The reference: parse the file with the csv module and nothing else."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))


def main() -> int:
    if not DATASETS.is_dir():
        print(f"skipped: {DATASETS} is absent")
        return 0
    sys.path.insert(0, str(REPO))
    from nnstudio.io.csv_import import import_csv

    print(f"CSV import, median of {RUNS} runs (reference: list(csv.reader(file)) of the same file)")
    print(f"{'file':<24}{'options':<16}{'rows used':>10}{'width':>7}{'csv.reader ms':>15}"
          f"{'import ms':>11}{'ratio':>7}")
    for name, label, options in CASES:
        path = DATASETS / name
        if not path.is_file():
            print(f"{name:<24}{label:<16}  skipped: file absent")
            continue
        _, summary = import_csv(path, **options)
        reference = median_seconds(lambda path=path: read_with_csv_module(path))
        seconds = median_seconds(lambda path=path, options=options: import_csv(path, **options))
        print(f"{name:<24}{label:<16}{summary.rows_used:>10}{summary.encoded_width:>7}"
              f"{reference * 1e3:>15.1f}{seconds * 1e3:>11.1f}{seconds / reference:>7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
