"""Time the CSV import of real data sets (median of 5 runs) and measure the peak memory of
importing a generated 200 MB numeric CSV file.

Run ``python bench/bench_csv_import.py [DATASETS_FOLDER] [--mb 200]``. The reference in the same
process is a bare ``list(csv.reader(file))`` of the same file, so the ratio says how much the
typing, encoding and splitting cost on top of the csv module's parsing. The timing part skips when
the folder with ``mushrooms.csv`` and ``california_housing.csv`` (default ``../shared/datasets``)
is absent.

Memory: a numeric CSV file of ``--mb`` megabytes (8 inputs with 6 decimals, an integer class
target; generated once in a temporary folder) is imported in a fresh process; the figure is that
process's peak resident memory (``ru_maxrss``), also less the memory of the process after its
imports, divided by the file size. The target is at most 3x the file size.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import subprocess
import sys
import tempfile
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


def write_numeric_csv(path: Path, megabytes: float, seed: int = 1) -> None:
    """A numeric CSV of about ``megabytes`` MB: x1..x8 uniform in [-10, 10] with 6 decimals and an
    integer class 0..2, written in chunks."""
    import numpy as np

    rng = np.random.default_rng(seed)
    target = int(megabytes * 1e6)
    with path.open("w", newline="") as fh:
        fh.write(",".join([f"x{i}" for i in range(1, 9)] + ["class"]) + "\n")
        while fh.tell() < target:
            block = np.column_stack([rng.uniform(-10, 10, (20000, 8)), rng.integers(0, 3, 20000)])
            fh.write("\n".join(",".join(f"{v:.6f}" for v in row[:8]) + f",{int(row[8])}" for row in block) + "\n")


PEAK_PROBE = """
import resource, sys, time
sys.path.insert(0, sys.argv[1])
from nnstudio.io.csv_import import import_csv
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
data, summary = import_csv(sys.argv[2], target="class")
seconds = time.perf_counter() - start
print(base * 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, seconds, summary.rows_used)
"""


def peak_memory(megabytes: float) -> None:
    """Import a generated numeric CSV of ``megabytes`` MB in a fresh process; print the peak."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "numeric.csv"
        write_numeric_csv(path, megabytes)
        size = path.stat().st_size
        result = subprocess.run([sys.executable, "-c", PEAK_PROBE, str(REPO), str(path)], capture_output=True,
                                text=True, check=False)
        if result.returncode != 0:
            print(f"numeric CSV {size / 1e6:.0f} MB: the import failed: {result.stderr.strip()[-300:]}")
            return
        base, peak, seconds, rows = result.stdout.split()
        base, peak = int(base), int(peak)
        print(f"numeric CSV {size / 1e6:.0f} MB ({int(rows):,} rows x 9 columns): import {float(seconds):.1f} s, "
              f"peak memory {peak / 1e6:,.0f} MB = {peak / size:.2f}x the file "
              f"({(peak - base) / 1e6:,.0f} MB = {(peak - base) / size:.2f}x above the "
              f"{base / 1e6:.0f} MB of the process after its imports); target <= 3x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="?", default=str(DATASETS), help="folder with the real data sets")
    parser.add_argument("--mb", type=float, default=200.0, help="size of the generated numeric CSV (0: skip)")
    args = parser.parse_args()
    if args.mb > 0:
        peak_memory(args.mb)
    datasets = Path(args.datasets)
    if not datasets.is_dir():
        print(f"timing skipped: {datasets} is absent")
        return 0
    sys.path.insert(0, str(REPO))
    from nnstudio.io.csv_import import import_csv

    print(f"CSV import, median of {RUNS} runs (reference: list(csv.reader(file)) of the same file)")
    print(f"{'file':<24}{'options':<16}{'rows used':>10}{'width':>7}{'csv.reader ms':>15}"
          f"{'import ms':>11}{'ratio':>7}")
    for name, label, options in CASES:
        path = datasets / name
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
