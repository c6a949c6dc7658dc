"""The CSV reader streams: chunk boundaries change nothing, columns of many distinct values keep no
Python string per cell, and a numeric file peaks at most 3x its size (issue: hostile files)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.io import csv_columns, csv_table
from nnstudio.io.csv_import import import_csv, preview

ROOT = Path(__file__).resolve().parents[2]

TWO_LINES = '"two\nlines"'
TRICKY = "id,x,colour,note,label\n" + "".join(
    f"u{i},{i * 0.5 if i % 7 else ''},{'rgb'[i % 3] if i % 11 else '?'},"
    f"{TWO_LINES if i % 5 == 0 else 'n' + str(i % 4)},{'yes' if i % 2 else 'no'}\n" for i in range(60))


def summary_of(path, **options):
    ds, summary = import_csv(path, **options)
    return ds, json.dumps(summary.as_dict(), sort_keys=True)


@pytest.mark.parametrize("chunk, codes", [(1, 1000), (7, 1000), (13, 2), (59, 3)])
def test_chunk_boundaries_and_dropped_codes_change_nothing(tmp_path, monkeypatch, chunk, codes):
    path = tmp_path / "t.csv"
    path.write_text(TRICKY)
    options = {"missing": "fill", "standardize": True, "test_fraction": 0.25, "ignore": ["id"]}
    reference, ref_summary = summary_of(path, **options)
    monkeypatch.setattr(csv_table, "CHUNK_ROWS", chunk)
    monkeypatch.setattr(csv_columns, "MAX_CODES", codes)
    ds, summary = summary_of(path, **options)
    np.testing.assert_array_equal(ds.X_train, reference.X_train)
    np.testing.assert_array_equal(ds.X_test, reference.X_test)
    np.testing.assert_array_equal(ds.y_train, reference.y_train)
    assert ds.encoding == reference.encoding and summary == ref_summary
    assert preview(path).rows[1:3] == [row.split(",") for row in TRICKY.splitlines()[3:5]]


def test_a_typo_far_into_a_large_column_is_found_with_its_line(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_table, "CHUNK_ROWS", 100)
    lines = ["x,y"] + [f"{i}.5,{i % 2}" for i in range(1000)]
    lines[777] = "7x6.5,0"
    path = tmp_path / "typo.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ValueError, match=r"^typo\.csv, line 778: row 777, column x: '7x6\.5' is not a number"):
        import_csv(path)


def test_a_continuous_column_keeps_no_strings(tmp_path):
    rng = np.random.default_rng(0)
    path = tmp_path / "n.csv"
    path.write_text("a,b\n" + "\n".join(f"{v:.6f},{i % 3}" for i, v in enumerate(rng.normal(size=5000))) + "\n")
    table = csv_table.read_table(path)
    a, b = table.columns
    assert a.codes is None and a.text_rows.size == 0 and a.numbers.dtype == np.float64
    assert b.codes is not None and b.values == ["0", "1", "2"] and b.codes.dtype == np.int32


PEAK = """
import resource, sys
sys.path.insert(0, sys.argv[1])
from nnstudio.io.csv_import import import_csv
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
data, summary = import_csv(sys.argv[2], target="class")
assert data.X_train.shape == (int(sys.argv[3]), 8)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) * 1024)
"""


def test_a_numeric_file_peaks_at_most_three_times_its_size(tmp_path):
    rng = np.random.default_rng(1)
    rows = 250_000
    data = np.column_stack([rng.uniform(-10, 10, (rows, 8)), rng.integers(0, 3, rows)])
    path = tmp_path / "numeric.csv"
    np.savetxt(path, data, fmt=["%.6f"] * 8 + ["%d"], delimiter=",",
               header=",".join([f"x{i}" for i in range(8)] + ["class"]), comments="")
    size = path.stat().st_size
    result = subprocess.run([sys.executable, "-c", PEAK, str(ROOT), str(path), str(rows)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    above = int(result.stdout)
    assert above <= 3 * size, f"peak {above / 1e6:.0f} MB above the start for a {size / 1e6:.0f} MB file"
