"""Loss and metrics of a network on some rows — one function for ``train``'s report and ``eval``,
so that both print the same numbers for the same rows."""

from __future__ import annotations

import math

import numpy as np

from nnstudio.engine.dataset import REGRESSION, Dataset
from nnstudio.engine.training import network_metrics


def score(net, dataset: Dataset, X: np.ndarray, y: np.ndarray) -> dict:
    """``{"loss", <metrics>, "samples"}`` of ``net`` on inputs ``X`` and labels/targets ``y``.

    Regression adds ``rmse = √mse``; when the target was standardised (``y_z = (y − μ)/σ``, the
    encoding's target ``mean``/``std``) it also gives ``mae_units`` and ``rmse_units``, the errors
    in the target's own units (``|y − ŷ| = σ·|y_z − ŷ_z|``), and ``units`` names the column(s).
    """
    Y = dataset.targets(y, net.n_outputs)
    outputs = net.forward(X)
    result = {"loss": net.loss_value(X, Y), **network_metrics(outputs, Y, dataset.task)}
    if dataset.task == REGRESSION and "mse" in result:
        result["rmse"] = math.sqrt(result["mse"])
        target = (dataset.encoding or {}).get("target") or {}
        if target.get("std") and target.get("mean"):
            errors = (outputs - Y) * np.asarray(target["std"], dtype=np.float64)
            result["mae_units"] = float(np.mean(np.abs(errors)))
            result["rmse_units"] = float(np.sqrt(np.mean(errors ** 2)))
            result["units"] = ", ".join(target["columns"])
    result["samples"] = int(len(X))
    return result


def summary_line(label: str, result: dict) -> str:
    """``"test: loss 0.0123, accuracy 0.9950 (1625 rows)"`` — the headline figures of a score."""
    parts = [f"loss {result['loss']:.6g}"]
    for key in ("accuracy", "r2", "mae", "rmse"):
        if key in result:
            parts.append(f"{key} {result[key]:.4f}" if key in ("accuracy", "r2") else f"{key} {result[key]:.6g}")
    if "mae_units" in result:
        parts.append(f"in {result['units']} units: mae {result['mae_units']:.6g}, rmse {result['rmse_units']:.6g}")
    return f"{label}: " + ", ".join(parts) + f" ({result['samples']} rows)"
