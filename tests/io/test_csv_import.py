"""Tests of the CSV import (nnstudio.io.csv_table and nnstudio.io.csv_import)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from generated_csv import HOUSING_MISSING, HOUSING_ROWS, MUSHROOM_MISSING, MUSHROOM_ROWS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnstudio.engine.dataset import CLASSIFICATION, REGRESSION
from nnstudio.io.csv_import import (
    CsvImportError,
    apply_encoding,
    check_encoding,
    encode_rows,
    import_csv,
    preview,
    split_indices,
)


def write(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    """Write ``text`` as UTF-8 bytes, keeping its line endings."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def numbers_csv(n: int = 20, typo_row: int | None = None, typo: str = "4O") -> str:
    """A CSV with a numeric ``age``, a numeric ``income`` and a class ``label``."""
    lines = ["age,income,label"]
    for i in range(n):
        age = typo if i == typo_row else str(20 + i)
        lines.append(f"{age},{1000 + 10 * i},{'yes' if i % 2 else 'no'}")
    return "\n".join(lines) + "\n"


MIXED = (
    "colour,size,weight,label\n"
    "red,S,1.5,a\n"
    "blue,M,2.5,b\n"
    "red,L,3.0,c\n"
    "green,S,4.0,a\n"
    "blue,M,5.5,b\n"
    "red,L,6.0,c\n"
)


# ----------------------------------------------------------------------------------------------
# Reading: delimiters, BOM, quotes, line endings
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_gives_the_same_dataset(tmp_path, delimiter):
    text = MIXED.replace(",", delimiter)
    ds, summary = import_csv(write(tmp_path, text))
    reference, _ = import_csv(write(tmp_path, MIXED, "reference.csv"))
    np.testing.assert_array_equal(ds.X_train, reference.X_train)
    np.testing.assert_array_equal(ds.y_train, reference.y_train)
    assert summary.delimiter == {",": "comma", ";": "semicolon", "\t": "tab"}[delimiter]


def test_semicolon_file_with_commas_in_cells_keeps_semicolon(tmp_path):
    text = "name;value;label\nSmith, J;1;a\nDoe, K;2;b\nRoe, L;3;a\n"
    ds, summary = import_csv(write(tmp_path, text), ignore=["name"])
    assert summary.delimiter == "semicolon"
    np.testing.assert_array_equal(ds.X_train[:, 0], [1, 2, 3])


def test_bom_is_dropped_from_first_column_name(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfx,y\n1,2.5\n2,3.5\n3,4.25\n")
    ds, _ = import_csv(path)
    assert ds.feature_names == ["x"]
    assert ds.target_names == ["y"]


def test_quoted_fields_with_delimiters_quotes_and_newlines(tmp_path):
    text = ('note,x,label\n'
            '"a, b",1,yes\n'
            '"two\nlines",2,no\n'
            '"say ""hi""",3,yes\n')
    ds, _ = import_csv(write(tmp_path, text))
    assert ds.feature_names == ["note=a, b", 'note=say "hi"', "note=two\nlines", "x"]
    np.testing.assert_array_equal(ds.X_train[:, 3], [1, 2, 3])


def test_line_numbers_count_lines_inside_quoted_fields(tmp_path):
    text = 'note,x,label\n"two\nlines",2,no\n"one",3\n'
    with pytest.raises(CsvImportError, match=r"data\.csv: line 4: expected 3 fields.*found 2"):
        import_csv(write(tmp_path, text))


def test_crlf_line_endings_whitespace_and_blank_lines(tmp_path):
    text = "x , label\r\n 1 , a\r\n\r\n2,\u00a0b\t\r\n3,a\r\n\r\n"
    ds, summary = import_csv(write(tmp_path, text))
    assert summary.rows_read == 3
    assert ds.feature_names == ["x"]
    assert ds.target_names == ["a", "b"]
    np.testing.assert_array_equal(ds.y_train, [0, 1, 0])


# ----------------------------------------------------------------------------------------------
# Column types and the typo rule
# ----------------------------------------------------------------------------------------------


def test_mostly_numeric_column_with_one_text_cell_is_a_typo_error(tmp_path):
    # data row 16 is file line 17 (line 1 is the header)
    path = write(tmp_path, numbers_csv(20, typo_row=15))
    message = r"^data\.csv, line 17: row 16, column age: '4O' is not a number"
    with pytest.raises(CsvImportError, match=message) as err:
        import_csv(path)
    assert "1 of 20" in str(err.value)
    assert "categorical" in str(err.value)


def test_typo_column_can_be_declared_categorical(tmp_path):
    path = write(tmp_path, numbers_csv(20, typo_row=15))
    ds, summary = import_csv(path, column_types={"age": "categorical"})
    assert summary.inputs[0] == {"column": "age", "kind": "categorical", "width": 20}
    assert "age=4O" in ds.feature_names


def test_column_mostly_text_is_categorical(tmp_path):
    # 4 of 10 cells are numbers: fewer than half, so the numbers are categories like the words
    rows = ["size,label"] + [f"{v},{'a' if i % 2 else 'b'}" for i, v in
                             enumerate(["1", "2", "3", "many", "5", "few", "lots", "some", "none", "all"])]
    ds, summary = import_csv(write(tmp_path, "\n".join(rows)))
    assert summary.inputs[0]["kind"] == "categorical"
    assert ds.feature_names[:4] == ["size=1", "size=2", "size=3", "size=5"]  # numeric-looking sorted by value
    assert ds.feature_names[4:] == ["size=all", "size=few", "size=lots", "size=many", "size=none", "size=some"]


def test_a_few_text_cells_among_numbers_are_typos_not_categories(tmp_path):
    # 2 of 10 cells are text (80 % numbers): before, this silently became a categorical column
    rows = ["x1,x2,label"] + [f"{i},{v},{'a' if i % 2 else 'b'}" for i, v in
                              enumerate(["1", "2", "3", "many", "5", "6", "7", "abc", "9", "10"])]
    with pytest.raises(CsvImportError) as err:
        import_csv(write(tmp_path, "\n".join(rows)))
    assert str(err.value) == ("data.csv, line 5: row 4, column x2: 'many' is not a number (2 of 10 cells in "
                              'this column are not a number; fix the cell, or make the column categorical)')
    # exactly half numbers is still numbers with typos; one fewer is categorical
    half = ["v,label"] + [f"{i if i % 2 else 'w' + str(i)},{i % 2}" for i in range(10)]
    with pytest.raises(CsvImportError, match=r"line 2: row 1, column v: 'w0' is not a number"):
        import_csv(write(tmp_path, "\n".join(half), "half.csv"))
    fewer = ["v,label"] + [f"{i if i % 2 and i > 1 else 'w' + str(i)},{i % 2}" for i in range(10)]
    ds, summary = import_csv(write(tmp_path, "\n".join(fewer), "fewer.csv"))
    assert summary.inputs[0]["kind"] == "categorical"


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_decimal_commas_are_numbers_in_semicolon_and_tab_files(tmp_path, delimiter):
    text = "x;y;label\n0,53;1;a\n-1,5;2,25e1;b\n3;,5;a\n".replace(";", delimiter)
    ds, summary = import_csv(write(tmp_path, text))
    assert [col["kind"] for col in summary.inputs] == ["numeric", "numeric"]
    np.testing.assert_array_equal(ds.X_train, [[0.53, 1], [-1.5, 22.5], [3, 0.5]])


def test_decimal_commas_mixed_with_points_or_in_a_comma_file_say_how_to_fix_them(tmp_path):
    mixed = "x;label\n0,5;a\n1.5;b\n2;a\n"
    with pytest.raises(CsvImportError, match=r'column "x" mixes decimal commas \("0,5"\) and decimal points'):
        import_csv(write(tmp_path, mixed))
    quoted = 'x,label\n"0,5",a\n1.5,b\n2,a\n'
    with pytest.raises(CsvImportError, match=r"line 2: row 1, column x: '0,5' is not a number \(.*it has a "
                                             r'decimal comma, which only ;- or tab-separated files may use\)'):
        import_csv(write(tmp_path, quoted, "quoted.csv"))


def test_a_comma_file_whose_numbers_all_have_decimal_commas_is_not_read_as_categories(tmp_path):
    """Quoted "0,53" cells in a comma-separated file are text; a column that is numbers once its decimal
    commas are read stops the import saying how to fix the file, instead of becoming 4 categories."""
    text = 'x1,x2,y\n"0,53",1.2,0\n"0,1",0.7,1\n"1,5",2.25,0\n"-0,9e1",0.3,1\n'
    with pytest.raises(CsvImportError) as err:
        import_csv(write(tmp_path, text, "virgules.csv"), target="y")
    assert str(err.value) == ('virgules.csv: column x1 holds numbers written with a decimal comma ("0,53" and 3 '
                              'more), which only ;- or tab-separated files may use; write them with decimal points '
                              '(0.5), or save the file with ";" as the separator')
    semicolons = "x1;x2;y\n0,53;1.2;0\n0,1;0.7;1\n1,5;2.25;0\n-0,9e1;0.3;1\n"  # the advice followed
    ds, _ = import_csv(write(tmp_path, semicolons, "v.csv"), target="y")
    np.testing.assert_allclose(ds.X_train[:, 0], [0.53, 0.1, 1.5, -9.0])
    words = 'x1,y\n"1,2 kg",0\n"a,b",1\nc,0\n"0,5",1\n'  # mostly text: still categorical
    _, summary = import_csv(write(tmp_path, words, "words.csv"), target="y")
    assert summary.inputs[0]["kind"] == "categorical"


def test_ninety_percent_numbers_is_a_typo(tmp_path):
    rows = ["v,label"] + [f"{'x' if i == 3 else i},{i % 2}" for i in range(10)]
    with pytest.raises(CsvImportError, match=r"line 5: row 4, column v: 'x' is not a number"):
        import_csv(write(tmp_path, "\n".join(rows)))


@pytest.mark.parametrize("bad", ["inf", "1_000", "NAN"])
def test_infinite_and_odd_numbers_count_as_text(tmp_path, bad):
    path = write(tmp_path, numbers_csv(20, typo_row=2, typo=bad))
    with pytest.raises(CsvImportError, match=rf"line 4: row 3, column age: '{bad}' is not a number"):
        import_csv(path)


def test_numeric_override_on_text_column_is_an_error(tmp_path):
    with pytest.raises(CsvImportError, match=r"line 2: row 1, column colour: 'red' is not a number"):
        import_csv(write(tmp_path, MIXED), column_types={"colour": "numeric"})


def test_numeric_column_declared_categorical_is_one_hot(tmp_path):
    text = "zip,label\n10,a\n20,b\n10,a\n30,b\n"
    ds, _ = import_csv(write(tmp_path, text), column_types={"zip": "categorical"})
    assert ds.feature_names == ["zip=10", "zip=20", "zip=30"]
    np.testing.assert_array_equal(ds.X_train, [[1, 0, 0], [0, 1, 0], [1, 0, 0], [0, 0, 1]])


def test_categories_are_sorted_and_one_hot(tmp_path):
    ds, summary = import_csv(write(tmp_path, MIXED))
    assert ds.feature_names == ["colour=blue", "colour=green", "colour=red",
                                "size=L", "size=M", "size=S", "weight"]
    np.testing.assert_array_equal(ds.X_train[0], [0, 0, 1, 0, 0, 1, 1.5])
    assert summary.encoded_width == 7
    assert ds.encoding["features"][0]["categories"] == ["blue", "green", "red"]


# ----------------------------------------------------------------------------------------------
# Target and task
# ----------------------------------------------------------------------------------------------


def test_text_target_three_classes_is_softmax_classification(tmp_path):
    ds, summary = import_csv(write(tmp_path, MIXED))
    assert ds.task == CLASSIFICATION
    assert ds.target_names == ["a", "b", "c"]
    np.testing.assert_array_equal(ds.y_train, [0, 1, 2, 0, 1, 2])
    assert ds.y_train.dtype == np.int64
    assert ds.n_outputs == 3
    assert summary.class_counts == {"a": 2, "b": 2, "c": 2}
    assert "3 softmax outputs" in summary.text()


def test_few_integer_target_values_are_classes_sorted_by_value(tmp_path):
    rows = ["x,grade"] + [f"{i},{g}" for i, g in enumerate([2, 10, 1, 2, 10, 1])]
    ds, _ = import_csv(write(tmp_path, "\n".join(rows)))
    assert ds.task == CLASSIFICATION
    assert ds.target_names == ["1", "2", "10"]
    np.testing.assert_array_equal(ds.y_train, [1, 2, 0, 1, 2, 0])


def test_integer_labels_written_as_floats_are_classes(tmp_path):
    rows = ["x,y"] + [f"{i},{float(i % 2)}" for i in range(6)]
    ds, _ = import_csv(write(tmp_path, "\n".join(rows)))
    assert ds.target_names == ["0", "1"]
    assert ds.n_outputs == 1


def test_eleven_distinct_integers_or_fractions_are_regression(tmp_path):
    rows = ["x,y"] + [f"{i},{i * 3}" for i in range(11)]
    ds, _ = import_csv(write(tmp_path, "\n".join(rows)))
    assert ds.task == REGRESSION
    assert ds.y_train.shape == (11, 1)
    assert ds.y_train.dtype == np.float64
    rows = ["x,y"] + [f"{i},{i / 2}" for i in range(4)]
    ds, _ = import_csv(write(tmp_path, "\n".join(rows), "half.csv"))
    assert ds.task == REGRESSION


def test_task_override_both_ways(tmp_path):
    rows = ["x,y"] + [f"{i},{i % 3}" for i in range(9)]
    path = write(tmp_path, "\n".join(rows))
    assert import_csv(path)[0].task == CLASSIFICATION
    ds, _ = import_csv(path, task="regression")
    assert ds.task == REGRESSION
    np.testing.assert_array_equal(ds.y_train[:, 0], [0, 1, 2] * 3)
    rows = ["x,y"] + [f"{i},{i * 7 % 20}" for i in range(20)]
    ds, _ = import_csv(write(tmp_path, "\n".join(rows), "many.csv"), task="classification")
    assert ds.task == CLASSIFICATION
    assert ds.n_classes == 20


def test_text_target_cannot_be_regression(tmp_path):
    with pytest.raises(CsvImportError, match=r'target column "label" holds text'):
        import_csv(write(tmp_path, MIXED), task="regression")


def test_target_by_name_and_several_targets(tmp_path):
    text = "a,b,c,label\n1,2,3,x\n4,5,6,y\n7,8,9.5,x\n"
    ds, _ = import_csv(write(tmp_path, text), target="a", ignore=["label"])
    assert ds.feature_names == ["b", "c"]
    ds, summary = import_csv(write(tmp_path, text), target=["b", "c"])
    assert ds.task == REGRESSION
    assert ds.target_names == ["b", "c"]
    np.testing.assert_array_equal(ds.y_train, [[2, 3], [5, 6], [8, 9.5]])
    assert ds.feature_names == ["a", "label=x", "label=y"]
    assert summary.target_columns == ["b", "c"]


def test_several_targets_must_be_numeric_and_not_classification(tmp_path):
    text = "a,b,c,label\n1,2,3,x\n4,5,6,y\n7,8,9,x\n"
    with pytest.raises(CsvImportError, match=r'target column "label" is not numeric'):
        import_csv(write(tmp_path, text), target=["a", "label"])
    with pytest.raises(CsvImportError, match=r"classification takes one target column"):
        import_csv(write(tmp_path, text), target=["a", "b"], task="classification")


@pytest.mark.parametrize("header, target", [
    ("class,odor,habitat", "class"), ("Class,odor,habitat", "Class"), ("a,TARGET,b", "TARGET"),
    ("x,y,z", "y"), ("label,class,z", "class"), ("a,b,c", "c"), ("Outcome,a,b", "Outcome")])
def test_default_target_is_a_column_named_like_a_label_else_the_last(tmp_path, header, target):
    text = header + "\n" + "\n".join(f"{i % 2},{i},{i * 2}" for i in range(6)) + "\n"
    ds, summary = import_csv(write(tmp_path, text))
    assert summary.target_columns == [target]
    assert preview(write(tmp_path, text)).target == target


def test_mushrooms_like_file_gets_class_not_habitat(mushrooms_csv):
    ds, summary = import_csv(mushrooms_csv)
    assert summary.target_columns == ["class"] and ds.target_names == ["e", "p"]


def test_default_target_skips_ignored_last_column(tmp_path):
    text = "x,label,id\n1,a,100\n2,b,101\n3,a,102\n"
    ds, summary = import_csv(write(tmp_path, text), ignore=["id"])
    assert ds.target_names == ["a", "b"]
    assert summary.ignored == ["id"]


# ----------------------------------------------------------------------------------------------
# Missing values
# ----------------------------------------------------------------------------------------------

WITH_GAPS = (
    "x,colour,label\n"
    "1,red,a\n"
    ",blue,b\n"      # line 3: x missing
    "3,?,a\n"        # line 4: colour missing
    "NA,red,b\n"     # line 5: x missing
    "5,blue,\n"      # line 6: target missing
    "7,N/A,a\n"      # line 7: colour missing
    "9,blue,b\n"
)


def test_drop_policy_drops_rows_and_reports_per_column(tmp_path):
    ds, summary = import_csv(write(tmp_path, WITH_GAPS))
    assert summary.rows_read == 7
    assert summary.rows_used == 2
    assert summary.rows_dropped == 5
    assert summary.dropped_by_column == {"x": 2, "colour": 2, "label": 1}
    assert summary.filled_by_column == {}
    np.testing.assert_array_equal(ds.X_train[:, 0], [1, 9])
    assert "5 dropped (x 2, colour 2, label 1 missing)" in summary.text()


def test_fill_policy_fills_the_median_and_a_missing_category_and_still_drops_missing_targets(tmp_path):
    ds, summary = import_csv(write(tmp_path, WITH_GAPS), missing="fill")
    assert summary.rows_used == 6
    assert summary.dropped_by_column == {"label": 1}
    assert summary.filled_by_column == {"x": 2, "colour": 2}
    median_x = 5.0  # of 1, 3, 7, 9 (the mean would be 5 too: see the next test for a skewed column)
    np.testing.assert_allclose(ds.X_train[:, 0], [1, median_x, 3, median_x, 7, 9])
    colour = ds.encoding["features"][1]
    assert colour["categories"] == ["blue", "red", "missing"] and colour["fill"] == "missing"
    np.testing.assert_array_equal(ds.X_train[:, 1:], [[0, 1, 0], [1, 0, 0], [0, 0, 1], [0, 1, 0],
                                                      [0, 0, 1], [1, 0, 0]])
    assert "Filled 4 missing cells (x 2, colour 2)" in summary.text()


def test_fill_adds_no_missing_category_to_a_column_without_gaps(tmp_path):
    ds, _ = import_csv(write(tmp_path, "colour,x,label\nred,1,a\nblue,,b\nred,3,a\n"), missing="fill")
    assert ds.encoding["features"][0]["categories"] == ["blue", "red"]
    assert ds.encoding["features"][0]["fill"] is None


def test_fill_values_come_from_the_training_part_only(tmp_path):
    rows = ["x,label"] + [f"{'' if i == 0 else i * i},{i % 2}" for i in range(40)]
    ds, summary = import_csv(write(tmp_path, "\n".join(rows)), missing="fill", test_fraction=0.25,
                             seed=3)
    train, test = split_indices(40, 0.25, 3)
    values = np.array([i * i for i in range(40)], dtype=float)
    present = values[train][train != 0]
    fill = float(np.sort(present)[len(present) // 2] if len(present) % 2 else
                 np.sort(present)[len(present) // 2 - 1:len(present) // 2 + 1].mean())
    assert ds.encoding["features"][0]["fill"] == pytest.approx(fill)
    assert fill != pytest.approx(present.mean()) and fill != pytest.approx(np.median(values[1:]))
    part, position = (ds.X_train, 0) if 0 in train else (ds.X_test, 0)
    assert part[position, 0] == pytest.approx(fill)


def test_no_rows_left_is_an_error_suggesting_fill(tmp_path):
    text = "x,y,label\n1,,a\n,2,b\n"
    with pytest.raises(CsvImportError, match=r'no rows left.*x 1, y 1.*missing="fill"'):
        import_csv(write(tmp_path, text))


def test_numbers_too_large_to_average_or_encode(tmp_path):
    text = "x,label\n1e308,a\n1.5e308,b\n"
    with pytest.raises(CsvImportError, match=r'column "x": the numbers are too large to average'):
        import_csv(write(tmp_path, text), standardize=True)
    ds, _ = import_csv(write(tmp_path, "x,label\n-1e308,a\n1e308,b\n3,a\n", "big.csv"))
    np.testing.assert_array_equal(ds.X_train[:, 0], [-1e308, 1e308, 3])
    ds, _ = import_csv(write(tmp_path, "x,label\n1,a\n2,b\n3,a\n", "ok.csv"), standardize=True)
    with pytest.raises(CsvImportError, match=r"row 2, column x: '1.7e308' is too large to encode"):
        encode_rows(ds.encoding, [["-1e308"], ["1.7e308"]])


def test_empty_column_is_an_error_unless_ignored(tmp_path):
    text = "x,empty,label\n1,,a\n2,?,b\n3,,a\n"
    with pytest.raises(CsvImportError, match=r'column "empty" has no values'):
        import_csv(write(tmp_path, text), missing="fill")
    ds, _ = import_csv(write(tmp_path, text), ignore=["empty"])
    assert ds.feature_names == ["x"]


# ----------------------------------------------------------------------------------------------
# Standardisation and split
# ----------------------------------------------------------------------------------------------


def test_standardisation_uses_training_statistics_only(tmp_path):
    rng = np.random.default_rng(0)
    x = rng.normal(5, 3, 50).round(3)
    rows = ["x,const,label"] + [f"{v},7,{i % 2}" for i, v in enumerate(x)]
    ds, summary = import_csv(write(tmp_path, "\n".join(rows)), standardize=True, test_fraction=0.3,
                             seed=4)
    train, test = split_indices(50, 0.3, 4)
    mean, std = x[train].mean(), x[train].std()
    np.testing.assert_allclose(ds.X_train[:, 0], (x[train] - mean) / std)
    np.testing.assert_allclose(ds.X_test[:, 0], (x[test] - mean) / std)
    assert abs(x.mean() - mean) > 1e-6  # the whole column's mean would give other numbers
    spec = ds.encoding["features"][1]
    assert (spec["mean"], spec["std"]) == (7.0, 1.0)  # std 0 becomes 1
    np.testing.assert_array_equal(ds.X_train[:, 1], 0.0)
    assert summary.standardized


def test_zero_one_columns_are_not_standardised(tmp_path):
    rng = np.random.default_rng(1)
    x, flag = rng.normal(3, 2, 40).round(3), rng.integers(0, 2, 40)
    rows = ["x,flag,colour,label"] + [f"{a},{b},{'rgb'[i % 3]},{i % 2}"
                                      for i, (a, b) in enumerate(zip(x, flag, strict=True))]
    ds, _ = import_csv(write(tmp_path, "\n".join(rows)), standardize=True)
    specs = {spec["column"]: spec for spec in ds.encoding["features"]}
    assert (specs["flag"]["mean"], specs["flag"]["std"]) == (0.0, 1.0)
    np.testing.assert_array_equal(ds.X_train[:, 1], flag)  # the 0/1 column as it is
    np.testing.assert_allclose(ds.X_train[:, 0], (x - x.mean()) / x.std())
    np.testing.assert_array_equal(ds.X_train[:, 2:].sum(axis=1), 1)  # one-hot, not scaled either


def test_without_standardisation_columns_are_used_as_given(tmp_path):
    ds, _ = import_csv(write(tmp_path, numbers_csv(5)))
    np.testing.assert_array_equal(ds.X_train[:, 1], [1000, 1010, 1020, 1030, 1040])
    assert ds.encoding["features"][1]["mean"] == 0.0
    assert ds.encoding["features"][1]["std"] == 1.0


def test_split_is_deterministic_and_keeps_file_order(tmp_path):
    path = write(tmp_path, numbers_csv(30))
    first, s1 = import_csv(path, test_fraction=0.2, seed=7)
    again, _ = import_csv(path, test_fraction=0.2, seed=7)
    other, _ = import_csv(path, test_fraction=0.2, seed=8)
    np.testing.assert_array_equal(first.X_test, again.X_test)
    assert not np.array_equal(first.X_test, other.X_test)
    assert (s1.train_rows, s1.test_rows) == (24, 6)
    assert np.all(np.diff(first.X_train[:, 0]) > 0)
    assert np.all(np.diff(first.X_test[:, 0]) > 0)
    all_ages = np.sort(np.concatenate([first.X_train[:, 0], first.X_test[:, 0]]))
    np.testing.assert_array_equal(all_ages, np.arange(20, 50))


def test_zero_test_fraction_gives_empty_test_arrays_of_the_right_width(tmp_path):
    ds, summary = import_csv(write(tmp_path, MIXED))
    assert ds.X_test.shape == (0, 7)
    assert ds.y_test.shape == (0,)
    ds, _ = import_csv(write(tmp_path, numbers_csv(12)), target=["age", "income"], ignore=[])
    assert ds.X_test.shape == (0, 2)
    assert ds.y_test.shape == (0, 2)
    assert summary.test_rows == 0


def test_split_indices_bounds():
    train, test = split_indices(10, 0.01, 1)
    assert len(test) == 1 and len(train) == 9
    train, test = split_indices(10, 0.99, 1)
    assert len(test) == 9 and len(train) == 1
    train, test = split_indices(1, 0.5, 1)
    assert len(train) == 1 and len(test) == 0


# ----------------------------------------------------------------------------------------------
# Encoding raw rows
# ----------------------------------------------------------------------------------------------


def test_encode_rows_reproduces_x_from_raw_rows(tmp_path):
    text = WITH_GAPS.replace("5,blue,\n", "5,blue,a\n")
    path = write(tmp_path, text)
    ds, _ = import_csv(path, missing="fill", standardize=True, test_fraction=0.3, seed=2)
    lines = text.splitlines()
    header = lines[0].split(",")
    raw = [line.split(",") for line in lines[1:]]
    train, test = split_indices(len(raw), 0.3, 2)
    X = np.vstack([ds.X_train, ds.X_test])
    order = np.concatenate([train, test])
    np.testing.assert_allclose(encode_rows(ds.encoding, [raw[i] for i in order]), X)
    as_dicts = [dict(zip(header, raw[i], strict=True)) for i in order]
    np.testing.assert_allclose(encode_rows(ds.encoding, as_dicts), X)
    features_only = [raw[i][:2] for i in order]
    np.testing.assert_allclose(encode_rows(ds.encoding, features_only), X)


def test_encode_rows_after_json_round_trip_unknown_category_and_numbers(tmp_path):
    ds, _ = import_csv(write(tmp_path, MIXED))
    encoding = json.loads(json.dumps(ds.encoding))
    X = encode_rows(encoding, [{"colour": "purple", "size": " M ", "weight": 2}, ["red", "S", 1.5, "a"]])
    np.testing.assert_array_equal(X, [[0, 0, 0, 0, 1, 0, 2], [0, 0, 1, 0, 0, 1, 1.5]])
    assert encode_rows(encoding, []).shape == (0, 7)


def test_encode_rows_errors_name_the_row_and_column(tmp_path):
    ds, _ = import_csv(write(tmp_path, MIXED))
    with pytest.raises(CsvImportError, match=r'row 2, column weight: the value is missing'):
        encode_rows(ds.encoding, [["red", "S", "1"], ["red", "S", "?"]])
    with pytest.raises(CsvImportError, match=r'row 1, column size: the value is missing'):
        encode_rows(ds.encoding, [{"colour": "red", "size": None, "weight": 1}])
    with pytest.raises(CsvImportError, match=r"row 1, column weight: 'heavy' is not a number"):
        encode_rows(ds.encoding, [["red", "S", "heavy"]])
    with pytest.raises(CsvImportError, match=r'row 1: no value for column "size"'):
        encode_rows(ds.encoding, [{"colour": "red", "weight": 1}])
    with pytest.raises(CsvImportError, match=r"row 1: expected 4 values .* or 3 .* got 2"):
        encode_rows(ds.encoding, [["red", "S"]])
    with pytest.raises(CsvImportError, match=r"row 1: expected a mapping or a sequence"):
        encode_rows(ds.encoding, ["red,S,1"])


def test_encoding_is_json_and_apply_encoding_reproduces_the_dataset(tmp_path):
    path = write(tmp_path, WITH_GAPS)
    ds, summary = import_csv(path, missing="fill", standardize=True)
    encoding = json.loads(json.dumps(ds.encoding))
    again, summary2 = apply_encoding(path, encoding)
    np.testing.assert_allclose(again.X_train, ds.X_train)
    np.testing.assert_array_equal(again.y_train, ds.y_train)
    assert again.target_names == ds.target_names
    assert summary2.filled_by_column == summary.filled_by_column
    json.dumps(summary.as_dict())


def test_apply_encoding_to_another_file(tmp_path):
    ds, _ = import_csv(write(tmp_path, MIXED))
    other = write(tmp_path, "label,weight,extra,size,colour\nb,2,z,M,blue\na,1,z,XL,red\n", "new.csv")
    result, summary = apply_encoding(other, ds.encoding)
    np.testing.assert_array_equal(result.X_train, [[1, 0, 0, 0, 1, 0, 2], [0, 0, 1, 0, 0, 0, 1]])
    np.testing.assert_array_equal(result.y_train, [1, 0])
    assert summary.ignored == ["extra"]
    unknown = write(tmp_path, "colour,size,weight,label\nred,S,1,zzz\n", "unknown.csv")
    with pytest.raises(CsvImportError, match=r"unknown\.csv, line 2: row 1, column label: 'zzz' is not one of"):
        apply_encoding(unknown, ds.encoding)
    absent = write(tmp_path, "colour,size,label\nred,S,a\n", "absent.csv")
    with pytest.raises(CsvImportError, match=r'absent\.csv: the file has no column "weight"'):
        apply_encoding(absent, ds.encoding)


def test_apply_encoding_matches_numeric_classes_by_value(tmp_path):
    rows = ["x,y"] + [f"{i},{i % 3}" for i in range(9)]
    ds, _ = import_csv(write(tmp_path, "\n".join(rows)))
    result, _ = apply_encoding(write(tmp_path, "x,y\n1,2.0\n2,0\n", "b.csv"), ds.encoding)
    np.testing.assert_array_equal(result.y_train, [2, 0])


@pytest.mark.parametrize("change, message", [
    (lambda e: e.update(version=2), r"encoding\.version: expected 1"),
    (lambda e: e.update(format="x"), r"encoding\.format"),
    (lambda e: e["features"][2].update(std=0), r"encoding\.features\[2\]\.std: expected a positive"),
    (lambda e: e["features"][0].update(categories=[]), r"encoding\.features\[0\]\.categories"),
    (lambda e: e["features"][0].update(fill="pink"), r"encoding\.features\[0\]\.fill"),
    (lambda e: e["features"][1].update(column="nope"), r"encoding\.features\[1\]\.column"),
    (lambda e: e["target"].update(classes=["a"]), r"encoding\.target\.classes"),
    (lambda e: e.update(missing="guess"), r"encoding\.missing"),
    (lambda e: e.update(features=[]), r"encoding\.features: expected a non-empty list"),
])
def test_check_encoding_names_the_bad_path(tmp_path, change, message):
    ds, _ = import_csv(write(tmp_path, MIXED))
    check_encoding(ds.encoding)
    encoding = json.loads(json.dumps(ds.encoding))
    change(encoding)
    with pytest.raises(CsvImportError, match=message):
        check_encoding(encoding)
    with pytest.raises(CsvImportError, match=message):
        encode_rows(encoding, [])


# ----------------------------------------------------------------------------------------------
# Errors
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("content, message", [
    (b"", r"bad\.csv: the file is empty"),
    (b"  \n\n \r\n", r"bad\.csv: the file is empty"),
    (b"a,b,c\n", r"bad\.csv: no data rows after the header \(line 1\)"),
    (b"\n\na,b,c\n\n", r"no data rows after the header \(line 3\)"),
    (b"a,b\n1,2\n\x00\x01\x02", r"bad\.csv: line 3: contains a NUL byte; this looks like a binary file"),
    (b"a,b\n1,2\n3,\xff\n", r"bad\.csv: line 3: byte 0xff is not valid UTF-8"),
    ("a,b\n1,2\n".encode("utf-16"), r"UTF-16"),
    (b"a,b,c\n1,2,3\n4,5\n6,7,8\n", r"bad\.csv: line 3: expected 3 fields like the header, found 2"),
    (b"a,b,c\n1,2,3\n4,5,6,7\n", r"line 3: expected 3 fields like the header, found 4"),
    (b"a,b,a\n1,2,3\n", r'bad\.csv: line 1: duplicate column name "a" \(columns 1 and 3\)'),
    (b"a,,c\n1,2,3\n", r"bad\.csv: line 1: column 2 of the header has no name"),
    (b'a,b\n1,"2\n3,4\n', r"bad\.csv: line 2: malformed CSV"),
    (b'a,b\n1,"2"x\n', r"bad\.csv: line 2: malformed CSV"),
    (b"label\na\nb\n", r"no input columns"),
    (b"1,2.5,3\n4,5,6\n", r"bad\.csv: line 1: the first row holds only numbers, so it looks like data"),
    (b"x,label\n1,a\n2,a\n", r'target column "label" has only one class \("a"\)'),
])
def test_bad_files_raise_csv_import_error_with_a_useful_message(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(CsvImportError, match=message):
        import_csv(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(CsvImportError, match=r"nope\.csv: no such file"):
        import_csv(tmp_path / "nope.csv")
    with pytest.raises(CsvImportError, match=r"is not a regular file \(a directory\)"):
        import_csv(tmp_path)
    with pytest.raises(CsvImportError, match=r"no such file"):
        preview(tmp_path / "nope.csv")


@pytest.mark.parametrize("kwargs, message", [
    ({"target": "nope"}, r'target: no column "nope" \(the columns are "colour", "size", "weight", "label"\)'),
    ({"target": []}, r"no target column given"),
    ({"target": 3}, r"target must be a list of column names"),
    ({"ignore": ["nope"]}, r'ignore: no column "nope"'),
    ({"ignore": "colour"}, r"ignore must be a list of column names"),
    ({"ignore": ["label"], "target": "label"}, r'target column "label" is also ignored'),
    ({"ignore": ["colour", "size", "weight"]}, r"no input columns"),
    ({"ignore": ["colour", "size", "weight", "label"]}, r"every column is ignored"),
    ({"column_types": {"nope": "numeric"}}, r'column_types: no column "nope"'),
    ({"column_types": {"size": "text"}}, r'column_types: "size": unknown type \'text\''),
    ({"column_types": ["size"]}, r"column_types must map"),
    ({"task": "clustering"}, r"unknown task 'clustering'"),
    ({"missing": "zero"}, r"unknown missing-value policy 'zero'"),
    ({"test_fraction": 1.0}, r"test_fraction must be a number from 0 to below 1"),
    ({"test_fraction": -0.1}, r"test_fraction"),
    ({"test_fraction": "0.2"}, r"test_fraction"),
    ({"seed": -1}, r"seed must be a non-negative integer"),
    ({"seed": 1.5}, r"seed must be"),
])
def test_bad_arguments_raise_csv_import_error(tmp_path, kwargs, message):
    with pytest.raises(CsvImportError, match=message):
        import_csv(write(tmp_path, MIXED), **kwargs)


def test_csv_import_error_is_a_value_error():
    assert issubclass(CsvImportError, ValueError)


GARBAGE_SETTINGS = settings(max_examples=300, deadline=None,
                            suppress_health_check=[HealthCheck.function_scoped_fixture])


@GARBAGE_SETTINGS
@given(data=st.binary(max_size=300))
def test_random_bytes_raise_only_csv_import_error(tmp_path, data):
    _import_garbage(tmp_path, data)


@GARBAGE_SETTINGS
@given(text=st.text(alphabet=st.sampled_from(list(',;\t"\n\r ab1.-?\ufeffé')), max_size=80))
def test_random_csv_like_text_raises_only_csv_import_error(tmp_path, text):
    _import_garbage(tmp_path, text.encode("utf-8"))


def _import_garbage(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(data)
    for call in (lambda: import_csv(path, missing="fill", test_fraction=0.5),
                 lambda: import_csv(path, standardize=True), lambda: preview(path)):
        try:
            result = call()
        except CsvImportError as exc:
            assert str(exc)
            continue
        if isinstance(result, tuple):
            ds, summary = result
            assert np.isfinite(ds.X_train).all()
            json.dumps(ds.encoding)
            json.dumps(summary.as_dict())
            assert summary.text()


# ----------------------------------------------------------------------------------------------
# Preview and summary
# ----------------------------------------------------------------------------------------------


def test_preview_shows_types_and_problems_without_raising(tmp_path):
    path = write(tmp_path, numbers_csv(30, typo_row=4).replace("\n", ",\n").replace("label,", "label,empty"))
    p = preview(path, rows=3)
    assert p.header == ["age", "income", "label", "empty"]
    assert p.rows[0] == ["20", "1000", "no", ""]
    assert len(p.rows) == 3
    assert p.row_count == 30
    assert p.types == {"age": "numeric", "income": "numeric", "label": "categorical", "empty": "empty"}
    assert "line 6: row 5, column age: '4O' is not a number" in p.problems["age"]
    assert "has no values" in p.problems["empty"]
    assert p.missing["empty"] == 30
    assert p.distinct["label"] == 2
    assert p.target == "label" and p.task == CLASSIFICATION  # named like a label, though not the last
    p = preview(path, column_types={"age": "categorical"})
    assert p.types["age"] == "categorical" and "age" not in p.problems


def test_preview_guesses_the_task_of_the_last_column(tmp_path):
    p = preview(write(tmp_path, MIXED))
    assert p.target == "label"
    assert p.task == CLASSIFICATION
    assert p.delimiter == "comma"


def test_summary_dict_and_text(tmp_path):
    rows = ["id,x,label"] + [f"u{i},{i},{'abc'[i % 3]}" for i in range(120)]
    ds, summary = import_csv(write(tmp_path, "\n".join(rows)), test_fraction=0.25)
    d = json.loads(json.dumps(summary.as_dict()))
    assert d["rows_read"] == 120 and d["rows_used"] == 120 and d["rows_dropped"] == 0
    assert d["encoded_width"] == 121 and d["task"] == "classification"
    assert d["classes"] == ["a", "b", "c"] and d["class_counts"] == {"a": 40, "b": 40, "c": 40}
    assert d["train_rows"] == 90 and d["test_rows"] == 30
    assert d["inputs"] == [{"column": "id", "kind": "categorical", "width": 120},
                           {"column": "x", "kind": "numeric", "width": 1}]
    assert 'column "id" has 120 different values' in d["warnings"][0]
    text = summary.text()
    assert text.startswith("data.csv: 120 rows read, 120 used.")
    assert "Inputs: 2 columns (1 numeric, 1 categorical) -> 121 encoded inputs." in text
    assert "classification, 3 classes (a 40, b 40, c 40) -> 3 softmax outputs" in text
    assert "Split: 90 training rows, 30 test rows." in text
    assert "Warning: column \"id\"" in text


def test_importing_the_csv_modules_does_not_import_qt():
    code = ("import sys, nnstudio.io.csv_import, nnstudio.io.csv_table; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    subprocess.run([sys.executable, "-c", code], check=True)


# ----------------------------------------------------------------------------------------------
# Data shaped like the real data sets (generated in tests/io/conftest.py)
# ----------------------------------------------------------------------------------------------


def test_mushrooms_drop_and_fill(mushrooms_csv):
    ds, summary = import_csv(mushrooms_csv, target="class")
    assert summary.rows_read == MUSHROOM_ROWS
    assert summary.dropped_by_column == {"stalk-root": MUSHROOM_MISSING}
    assert summary.rows_used == MUSHROOM_ROWS - MUSHROOM_MISSING
    assert ds.task == CLASSIFICATION and ds.target_names == ["e", "p"] and ds.n_outputs == 1
    assert all(col["kind"] == "categorical" for col in summary.inputs)
    filled, fsummary = import_csv(mushrooms_csv, target="class", missing="fill")
    assert fsummary.rows_used == MUSHROOM_ROWS
    assert fsummary.filled_by_column == {"stalk-root": MUSHROOM_MISSING}
    labels = [line.split(",")[0] for line in mushrooms_csv.read_text().splitlines()[1:]]
    assert fsummary.class_counts == {"e": labels.count("e"), "p": labels.count("p")}
    assert filled.X_train.shape == (MUSHROOM_ROWS, fsummary.encoded_width)
    np.testing.assert_array_equal(filled.X_train.sum(axis=1), 22)  # one hot per input column


def test_california_housing_regression(housing_csv):
    ds, summary = import_csv(housing_csv, target="median_house_value", missing="fill", standardize=True,
                             test_fraction=0.2, seed=1)
    assert summary.rows_read == HOUSING_ROWS
    assert summary.filled_by_column == {"total_bedrooms": HOUSING_MISSING}
    assert ds.task == REGRESSION and ds.target_names == ["median_house_value"]
    ocean = [spec for spec in ds.encoding["features"] if spec["column"] == "ocean_proximity"][0]
    assert ocean["kind"] == "categorical" and len(ocean["categories"]) == 5
    assert ds.X_train.shape == (HOUSING_ROWS * 4 // 5, 13) and ds.X_test.shape == (HOUSING_ROWS // 5, 13)
    assert ds.y_train.shape == (HOUSING_ROWS * 4 // 5, 1)
    means = ds.X_train[:, :8].mean(axis=0)       # z-scored with the present cells' statistics …
    bedrooms = [spec["column"] for spec in ds.encoding["features"]].index("total_bedrooms")
    np.testing.assert_allclose(np.delete(means, bedrooms), 0, atol=1e-9)
    assert 0 < abs(means[bedrooms]) < 0.01        # … and the missing ones filled with the median, not the mean
    dropped, dsummary = import_csv(housing_csv, target="median_house_value")
    assert dsummary.rows_used == HOUSING_ROWS - HOUSING_MISSING
    assert dsummary.dropped_by_column == {"total_bedrooms": HOUSING_MISSING}


def test_a_housing_sized_file_imports_quickly(tmp_path):
    import time

    from generated_csv import write_housing_like

    path = write_housing_like(tmp_path / "housing.csv", rows=20640)  # the real file's size
    start = time.perf_counter()
    import_csv(path, target="median_house_value", missing="fill", standardize=True, test_fraction=0.2)
    assert time.perf_counter() - start < 1.0
