"""Tests of nnstudio.engine.metrics against hand-computed values and plain-loop references."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnstudio.engine.metrics import (
    accuracy,
    confusion_matrix,
    evaluate,
    mae,
    mse,
    precision_recall_f1,
    predicted_labels,
    r2,
)

# ------------------------------------------------------------------------ plain-loop references


def loop_confusion(labels, predicted, k):
    matrix = [[0] * k for _ in range(k)]
    for t, p in zip(labels, predicted, strict=True):
        matrix[t][p] += 1
    return matrix


def loop_precision_recall_f1(matrix):
    k = len(matrix)
    precision, recall, f1 = [], [], []
    for c in range(k):
        predicted_c = sum(matrix[i][c] for i in range(k))
        true_c = sum(matrix[c])
        p = matrix[c][c] / predicted_c if predicted_c else 0.0
        r = matrix[c][c] / true_c if true_c else 0.0
        precision.append(p)
        recall.append(r)
        f1.append(2 * p * r / (p + r) if p + r else 0.0)
    return precision, recall, f1


def loop_r2(rows_true, rows_pred):
    n, m = len(rows_true), len(rows_true[0])
    means = [sum(row[j] for row in rows_true) / n for j in range(m)]
    ss_res = sum((rows_true[i][j] - rows_pred[i][j]) ** 2 for i in range(n) for j in range(m))
    ss_tot = sum((rows_true[i][j] - means[j]) ** 2 for i in range(n) for j in range(m))
    return 1 - ss_res / ss_tot


@st.composite
def label_pairs(draw):
    k = draw(st.integers(1, 6))
    n = draw(st.integers(1, 60))
    labels = draw(st.lists(st.integers(0, k - 1), min_size=n, max_size=n))
    predicted = draw(st.lists(st.integers(0, k - 1), min_size=n, max_size=n))
    return labels, predicted, k


# -------------------------------------------------------------------------------- predicted_labels


def test_predicted_labels_threshold_one_column():
    outputs = np.array([[0.0], [0.49], [0.5], [0.51], [1.0]])
    np.testing.assert_array_equal(predicted_labels(outputs), [0, 0, 1, 1, 1])
    np.testing.assert_array_equal(predicted_labels(outputs[:, 0]), [0, 0, 1, 1, 1])
    assert predicted_labels(outputs).dtype == np.int64


def test_predicted_labels_argmax_several_columns():
    outputs = np.array([[0.1, 0.7, 0.2], [0.8, 0.1, 0.1], [0.2, 0.3, 0.5], [0.4, 0.4, 0.2]])
    np.testing.assert_array_equal(predicted_labels(outputs), [1, 0, 2, 0])  # a tie goes to the first


def test_predicted_labels_rejects_bad_shapes():
    with pytest.raises(ValueError, match="outputs"):
        predicted_labels(np.zeros((2, 2, 2)))
    with pytest.raises(ValueError, match="outputs"):
        predicted_labels(np.zeros((3, 0)))


# ---------------------------------------------------------------------------------------- accuracy


def test_accuracy_hand_example():
    assert accuracy([0, 1, 1, 0], [0, 1, 0, 0]) == 0.75
    assert accuracy(np.array([[2], [1]]), np.array([2, 1])) == 1.0  # an (n, 1) column is accepted
    assert accuracy([1.0, 0.0], [0, 0]) == 0.5  # whole-number floats are labels
    assert isinstance(accuracy([0], [0]), float)


@pytest.mark.parametrize("labels, predicted, message", [
    ([0, 1], [0], "differ in length"),
    ([], [], "no samples"),
    ([0.5, 1], [0, 1], "whole numbers"),
    ([np.nan, 1], [0, 1], "whole numbers"),
    (np.zeros((2, 2)), np.zeros((2, 2)), r"expected class labels of shape \(n,\)"),
])
def test_accuracy_rejects_bad_input(labels, predicted, message):
    with pytest.raises(ValueError, match=message):
        accuracy(labels, predicted)


# -------------------------------------------------------------------------------- confusion matrix


def test_confusion_matrix_hand_example():
    labels = [0, 0, 1, 2, 2, 2]
    predicted = [0, 1, 1, 2, 0, 2]
    expected = [[1, 1, 0],
                [0, 1, 0],
                [1, 0, 2]]
    matrix = confusion_matrix(labels, predicted, 3)
    np.testing.assert_array_equal(matrix, expected)
    assert matrix.dtype == np.int64


def test_confusion_matrix_keeps_classes_that_never_occur():
    np.testing.assert_array_equal(confusion_matrix([0, 0], [0, 0], 3), [[2, 0, 0], [0, 0, 0], [0, 0, 0]])


@pytest.mark.parametrize("labels, predicted, message", [
    ([0, 3], [0, 1], r"labels: class labels must lie in 0\.\.2"),
    ([0, 1], [0, -1], r"predicted: class labels must lie in 0\.\.2"),
])
def test_confusion_matrix_rejects_labels_out_of_range(labels, predicted, message):
    with pytest.raises(ValueError, match=message):
        confusion_matrix(labels, predicted, 3)


@settings(max_examples=150, deadline=None)
@given(label_pairs())
def test_confusion_matrix_matches_a_loop(pair):
    labels, predicted, k = pair
    matrix = confusion_matrix(np.array(labels), np.array(predicted), k)
    assert matrix.tolist() == loop_confusion(labels, predicted, k)
    assert matrix.sum() == len(labels)
    assert np.trace(matrix) / len(labels) == pytest.approx(accuracy(labels, predicted))


# ----------------------------------------------------------------------- precision, recall, F1


def test_precision_recall_f1_hand_example():
    #            predicted 0  1  2
    confusion = np.array([[1, 1, 0],   # true 0
                          [0, 1, 0],   # true 1
                          [1, 0, 2]])  # true 2
    precision, recall, f1 = precision_recall_f1(confusion)
    np.testing.assert_allclose(precision, [1 / 2, 1 / 2, 2 / 2])
    np.testing.assert_allclose(recall, [1 / 2, 1 / 1, 2 / 3])
    np.testing.assert_allclose(f1, [1 / 2, 2 / 3, 0.8])


def test_precision_recall_f1_empty_class_gives_zeros_without_warnings():
    # class 2 never occurs and is never predicted; class 1 occurs but is never predicted correctly
    confusion = np.array([[3, 0, 0],
                          [2, 0, 0],
                          [0, 0, 0]])
    with np.errstate(all="raise"):
        precision, recall, f1 = precision_recall_f1(confusion)
    np.testing.assert_allclose(precision, [3 / 5, 0, 0])
    np.testing.assert_allclose(recall, [1, 0, 0])
    np.testing.assert_allclose(f1, [2 * 0.6 / 1.6, 0, 0])
    assert np.all(np.isfinite(f1))


def test_precision_recall_f1_all_zero_matrix():
    precision, recall, f1 = precision_recall_f1(np.zeros((2, 2), dtype=int))
    for values in (precision, recall, f1):
        np.testing.assert_array_equal(values, [0.0, 0.0])


def test_precision_recall_f1_rejects_non_square():
    with pytest.raises(ValueError, match="square"):
        precision_recall_f1(np.zeros((2, 3)))


@settings(max_examples=150, deadline=None)
@given(label_pairs())
def test_precision_recall_f1_match_a_loop(pair):
    labels, predicted, k = pair
    matrix = loop_confusion(labels, predicted, k)
    with np.errstate(all="raise"):
        got = precision_recall_f1(np.array(matrix))
    for ours, reference in zip(got, loop_precision_recall_f1(matrix), strict=True):
        np.testing.assert_allclose(ours, reference, rtol=1e-12, atol=0)


# -------------------------------------------------------------------------------------- regression


def test_regression_hand_example():
    y_true = np.array([3.0, -0.5, 2.0, 7.0])
    y_pred = np.array([2.5, 0.0, 2.0, 8.0])
    assert mse(y_true, y_pred) == pytest.approx((0.25 + 0.25 + 0 + 1) / 4)
    assert mae(y_true, y_pred) == pytest.approx((0.5 + 0.5 + 0 + 1) / 4)
    # mean 2.875: SS_tot = 0.015625 + 11.390625 + 0.765625 + 17.015625 = 29.1875, SS_res = 1.5
    assert r2(y_true, y_pred) == pytest.approx(1 - 1.5 / 29.1875)
    # an (n,) array and an (n, 1) column mean the same
    assert r2(y_true[:, None], y_pred) == r2(y_true, y_pred)


def test_r2_multi_output_pools_sums_over_all_elements():
    y_true = np.array([[0.0, 10.0], [2.0, 20.0], [4.0, 30.0]])
    y_pred = np.array([[1.0, 10.0], [2.0, 22.0], [3.0, 30.0]])
    # column means 2 and 20: SS_tot = (4+0+4) + (100+0+100) = 208; SS_res = (1+0+1) + (0+4+0) = 6
    assert r2(y_true, y_pred) == pytest.approx(1 - 6 / 208)
    assert mse(y_true, y_pred) == pytest.approx(6 / 6)
    assert mae(y_true, y_pred) == pytest.approx(4 / 6)


def test_r2_reference_points():
    y = np.array([1.0, 2.0, 4.0, 8.0])
    assert r2(y, y) == 1.0
    assert r2(y, np.full(4, y.mean())) == pytest.approx(0.0)
    assert r2(y, -y) < 0


def test_r2_constant_target_does_not_crash():
    y = np.full((5, 1), 3.0)
    with np.errstate(all="raise"):
        assert r2(y, y) == 1.0
        assert r2(y, y + 0.1) == 0.0
    assert mse(y, y + 0.1) == pytest.approx(0.01)


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 20), st.integers(1, 3), st.integers(0, 2**32 - 1))
def test_regression_metrics_match_loops(n, m, seed):
    rng = np.random.default_rng(seed)
    y_true = rng.normal(size=(n, m))
    y_pred = y_true + rng.normal(scale=0.5, size=(n, m))
    rows_true, rows_pred = y_true.tolist(), y_pred.tolist()
    elements = [(t, p) for rt, rp in zip(rows_true, rows_pred, strict=True)
                for t, p in zip(rt, rp, strict=True)]
    assert mse(y_true, y_pred) == pytest.approx(sum((t - p) ** 2 for t, p in elements) / (n * m))
    assert mae(y_true, y_pred) == pytest.approx(sum(abs(t - p) for t, p in elements) / (n * m))
    assert r2(y_true, y_pred) == pytest.approx(loop_r2(rows_true, rows_pred))


@pytest.mark.parametrize("y_true, y_pred, message", [
    (np.zeros((3, 1)), np.zeros((3, 2)), "differ in shape"),
    (np.zeros(3), np.zeros(4), "differ in shape"),
    (np.zeros((0, 1)), np.zeros((0, 1)), "no samples"),
    (np.zeros((2, 2, 2)), np.zeros((2, 2, 2)), "expected shape"),
])
@pytest.mark.parametrize("metric", [mse, mae, r2])
def test_regression_metrics_reject_bad_input(metric, y_true, y_pred, message):
    with pytest.raises(ValueError, match=message):
        metric(y_true, y_pred)


# ---------------------------------------------------------------------------------------- evaluate


def assert_plain_json(result: dict) -> None:
    """Every value is a Python float/int or a (nested) list of them, and strict JSON accepts it."""
    def check(value):
        if isinstance(value, list):
            for item in value:
                check(item)
        else:
            assert type(value) in (float, int), (value, type(value))
    for value in result.values():
        check(value)
    assert json.loads(json.dumps(result, allow_nan=False)) == result


def test_evaluate_binary_classification():
    outputs = np.array([[0.9], [0.2], [0.6], [0.4], [0.1]])
    y = np.array([1, 0, 0, 1, 0])
    result = evaluate(outputs, y, "classification")
    assert set(result) == {"accuracy", "confusion_matrix", "precision", "recall", "f1"}
    assert result["accuracy"] == pytest.approx(3 / 5)
    assert result["confusion_matrix"] == [[2, 1], [1, 1]]
    assert result["precision"] == pytest.approx([2 / 3, 1 / 2])
    assert result["recall"] == pytest.approx([2 / 3, 1 / 2])
    assert result["f1"] == pytest.approx([2 / 3, 1 / 2])
    assert_plain_json(result)


def test_evaluate_softmax_classification_keeps_all_classes():
    outputs = np.array([[0.7, 0.2, 0.1, 0.0], [0.1, 0.8, 0.1, 0.0], [0.3, 0.3, 0.4, 0.0]])
    result = evaluate(outputs, np.array([0, 1, 1]), "classification")
    assert result["accuracy"] == pytest.approx(2 / 3)
    assert result["confusion_matrix"] == [[1, 0, 0, 0], [0, 1, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
    assert result["precision"] == [1.0, 1.0, 0.0, 0.0]
    assert result["recall"] == [1.0, 0.5, 0.0, 0.0]
    assert_plain_json(result)


def test_evaluate_regression():
    outputs = np.array([[1.0], [2.0], [4.0]])
    y = np.array([[1.0], [3.0], [5.0]])
    result = evaluate(outputs, y, "regression")
    assert set(result) == {"mse", "mae", "r2"}
    assert result["mse"] == pytest.approx(2 / 3)
    assert result["mae"] == pytest.approx(2 / 3)
    assert result["r2"] == pytest.approx(1 - 2 / 8)  # mean 3: SS_tot = 4 + 0 + 4, SS_res = 0 + 1 + 1
    assert_plain_json(result)


def test_evaluate_errors():
    with pytest.raises(ValueError, match="unknown task 'clustering'"):
        evaluate(np.zeros((2, 1)), np.zeros(2), "clustering")
    with pytest.raises(ValueError, match=r"labels: class labels must lie in 0\.\.1"):
        evaluate(np.zeros((3, 1)), np.array([0, 1, 2]), "classification")
    with pytest.raises(ValueError, match="no samples"):
        evaluate(np.zeros((0, 1)), np.zeros(0, dtype=int), "classification")
