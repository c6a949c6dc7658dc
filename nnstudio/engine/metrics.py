"""Classification and regression metrics on NumPy arrays.

All functions raise ``ValueError`` for empty or mismatched inputs rather than returning NaN, and
never emit NumPy warnings. ``evaluate`` returns plain Python floats and lists (JSON-serialisable).
"""

from __future__ import annotations

import numpy as np

from nnstudio.engine.dataset import CLASSIFICATION, REGRESSION

# ----------------------------------------------------------------------------------------- helpers


def _as_labels(values, name: str) -> np.ndarray:
    """Integer class labels of shape ``(n,)`` from an ``(n,)`` or ``(n, 1)`` array of whole numbers."""
    array = np.asarray(values)
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim != 1:
        raise ValueError(f"{name}: expected class labels of shape (n,), got shape {array.shape}")
    if array.dtype.kind in "iub":
        return array.astype(np.int64)
    if array.dtype.kind != "f" or not np.all(np.isfinite(array)) or np.any(array != np.round(array)):
        raise ValueError(f"{name}: class labels must be whole numbers")
    return array.astype(np.int64)


def _label_pair(labels, predicted) -> tuple[np.ndarray, np.ndarray]:
    true = _as_labels(labels, "labels")
    pred = _as_labels(predicted, "predicted")
    if true.shape != pred.shape:
        raise ValueError(f"labels and predicted differ in length: {len(true)} vs {len(pred)}")
    if true.size == 0:
        raise ValueError("no samples: labels are empty")
    return true, pred


def _as_targets(values, name: str) -> np.ndarray:
    """Float targets of shape ``(n, m)`` from an ``(n,)`` or ``(n, m)`` array."""
    array = np.asarray(values, dtype=np.float64)
    if array.ndim == 1:
        array = array[:, None]
    if array.ndim != 2:
        raise ValueError(f"{name}: expected shape (n,) or (n, m), got shape {array.shape}")
    return array


def _target_pair(y_true, y_pred) -> tuple[np.ndarray, np.ndarray]:
    true = _as_targets(y_true, "y_true")
    pred = _as_targets(y_pred, "y_pred")
    if true.shape != pred.shape:
        raise ValueError(f"y_true and y_pred differ in shape: {true.shape} vs {pred.shape}")
    if true.size == 0:
        raise ValueError("no samples: targets are empty")
    return true, pred


def _safe_divide(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """``numerator / denominator`` element-wise, 0 where the denominator is 0."""
    numerator = np.asarray(numerator, dtype=np.float64)
    denominator = np.asarray(denominator, dtype=np.float64)
    out = np.zeros(np.broadcast(numerator, denominator).shape)
    np.divide(numerator, denominator, out=out, where=denominator != 0)
    return out


# ---------------------------------------------------------------------------------- classification


def predicted_labels(outputs) -> np.ndarray:
    """Class labels from network outputs.

    One column (or a 1-D array): ``ŷ = 1`` if ``output ≥ 0.5`` else ``0`` (a sigmoid output);
    several columns: ``ŷ = argmax_j output_j`` (a softmax output; ties go to the lowest index).
    """
    array = np.asarray(outputs, dtype=np.float64)
    if array.ndim == 1:
        array = array[:, None]
    if array.ndim != 2 or array.shape[1] == 0:
        raise ValueError(f"outputs: expected shape (n,) or (n, k), got shape {np.shape(outputs)}")
    if array.shape[1] == 1:
        return (array[:, 0] >= 0.5).astype(np.int64)
    return np.argmax(array, axis=1).astype(np.int64)


def accuracy(labels, predicted) -> float:
    """Fraction of correct predictions: ``(1/n) · Σᵢ [yᵢ = ŷᵢ]``."""
    true, pred = _label_pair(labels, predicted)
    return float(np.count_nonzero(true == pred) / true.size)


def confusion_matrix(labels, predicted, n_classes: int) -> np.ndarray:
    """Counts ``C[i, j] = #{samples of true class i predicted as class j}`` (rows true, columns predicted).

    Returns an ``(n_classes, n_classes)`` int64 array; labels must lie in ``0 … n_classes-1``.
    """
    true, pred = _label_pair(labels, predicted)
    if int(n_classes) < 1:
        raise ValueError(f"n_classes must be at least 1, got {n_classes}")
    k = int(n_classes)
    for name, values in (("labels", true), ("predicted", pred)):
        if values.min() < 0 or values.max() >= k:
            raise ValueError(f"{name}: class labels must lie in 0..{k - 1}, got values "
                             f"from {values.min()} to {values.max()}")
    return np.bincount(true * k + pred, minlength=k * k).reshape(k, k).astype(np.int64)


def precision_recall_f1(confusion) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-class precision, recall and F1 from a confusion matrix (rows true, columns predicted).

    ``precision_c = C[c,c] / Σᵢ C[i,c]``, ``recall_c = C[c,c] / Σⱼ C[c,j]``,
    ``F1_c = 2·P·R / (P + R)``; each is 0 where its denominator is 0.
    """
    matrix = np.asarray(confusion, dtype=np.float64)
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise ValueError(f"confusion: expected a square matrix, got shape {matrix.shape}")
    hits = np.diag(matrix)
    precision = _safe_divide(hits, matrix.sum(axis=0))
    recall = _safe_divide(hits, matrix.sum(axis=1))
    f1 = _safe_divide(2.0 * precision * recall, precision + recall)
    return precision, recall, f1


# -------------------------------------------------------------------------------------- regression


def mse(y_true, y_pred) -> float:
    """Mean squared error over all elements: ``(1/N) · Σ (y − ŷ)²``."""
    true, pred = _target_pair(y_true, y_pred)
    return float(np.mean((true - pred) ** 2))


def mae(y_true, y_pred) -> float:
    """Mean absolute error over all elements: ``(1/N) · Σ |y − ŷ|``."""
    true, pred = _target_pair(y_true, y_pred)
    return float(np.mean(np.abs(true - pred)))


def r2(y_true, y_pred) -> float:
    """Coefficient of determination ``R² = 1 − SS_res / SS_tot``.

    ``SS_res = Σ_{i,j} (y_ij − ŷ_ij)²`` and ``SS_tot = Σ_{i,j} (y_ij − ȳ_j)²`` with ``ȳ_j`` the mean
    of output column ``j``: for several outputs both sums run over all elements (scikit-learn's
    ``multioutput="variance_weighted"``). A constant target (``SS_tot = 0``) gives 1.0 for a perfect
    prediction and 0.0 otherwise (scikit-learn's ``force_finite`` convention).
    """
    true, pred = _target_pair(y_true, y_pred)
    ss_res = float(np.sum((true - pred) ** 2))
    ss_tot = float(np.sum((true - true.mean(axis=0)) ** 2))
    if ss_tot == 0.0:
        return 1.0 if ss_res == 0.0 else 0.0
    return 1.0 - ss_res / ss_tot


# ---------------------------------------------------------------------------------------- summary


def evaluate(outputs, y, task: str) -> dict:
    """All metrics of network ``outputs`` against the data's ``y``, as plain Python values.

    Classification (``y`` integer labels of shape ``(n,)``): labels are predicted by
    ``predicted_labels``; the number of classes is 2 for a single output column, else the number
    of columns. Returns ``{"accuracy", "confusion_matrix", "precision", "recall", "f1"}``.
    Regression (``y`` of the outputs' shape): returns ``{"mse", "mae", "r2"}``.
    """
    if task == CLASSIFICATION:
        return _evaluate_classification(outputs, y)
    if task == REGRESSION:
        return {"mse": mse(y, outputs), "mae": mae(y, outputs), "r2": r2(y, outputs)}
    raise ValueError(f"unknown task {task!r}; expected {CLASSIFICATION!r} or {REGRESSION!r}")


def _evaluate_classification(outputs, y) -> dict:
    predicted = predicted_labels(outputs)
    columns = 1 if np.ndim(outputs) == 1 else np.shape(outputs)[1]
    n_classes = 2 if columns == 1 else columns
    matrix = confusion_matrix(y, predicted, n_classes)
    precision, recall, f1 = precision_recall_f1(matrix)
    return {
        "accuracy": accuracy(y, predicted),
        "confusion_matrix": matrix.tolist(),
        "precision": precision.tolist(),
        "recall": recall.tolist(),
        "f1": f1.tolist(),
    }
