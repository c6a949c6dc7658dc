"""Learning-rate sweep: same start for every rate, identical results inline / 1 / 2 processes and as a
plain Trainer run, divergence reported (not raised), cancellation, the summary table."""

import dataclasses
import math
import os
import threading
import time

import numpy as np
import pytest

from nnstudio.engine import lr_sweep
from nnstudio.engine.datasets import make_dataset
from nnstudio.engine.landscape import param_index
from nnstudio.engine.lr_sweep import CANCELLED, best_result, default_learning_rates, format_summary, summary_table
from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings
from nnstudio.parallel import pool
from nnstudio.parallel.sweep import run_sweep, shutdown_pool, start_sweep

LRS = [0.03, 0.3, 3.0]
EPOCHS = 15


@pytest.fixture(scope="module", autouse=True)
def _pool_is_shut_down():
    yield
    shutdown_pool()
    assert pool.current_pool() is None


def xor_setup(samples=200):
    data = TrainData.from_dataset(make_dataset("xor", samples, 0.1, 0.3, 1), 1)
    net = Network([2, 4, 1], ["tanh", "sigmoid"], "bce", seed=3)
    return net, data, TrainingSettings(batch_size=10, seed=5)


def assert_same(a, b):
    assert a.learning_rate == b.learning_rate and a.status == b.status and a.steps == b.steps
    for key in ("epochs", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "final_params"):
        np.testing.assert_array_equal(getattr(a, key), getattr(b, key), err_msg=key)


def test_default_learning_rates_are_log_spaced():
    lrs = default_learning_rates()
    assert lrs == [0.001, 0.00398, 0.0158, 0.0631, 0.251, 1.0]
    ratios = np.diff(np.log10(lrs))
    np.testing.assert_allclose(ratios, 0.6, atol=0.002)
    assert default_learning_rates(3, 0.01, 1) == [0.01, 0.1, 1.0]
    with pytest.raises(ValueError):
        default_learning_rates(3, 0.0, 1.0)


def test_inline_sweep_equals_a_plain_trainer_run_with_the_same_seed():
    net, data, settings = xor_setup()
    before = net.params.copy()
    results = run_sweep(net, data, settings, LRS, EPOCHS, max_workers=0)
    np.testing.assert_array_equal(net.params, before)          # the caller's network is untouched
    for lr, result in zip(LRS, results, strict=True):
        plain = net.copy()
        trainer = Trainer(plain, data, TrainingSettings(batch_size=10, seed=5, learning_rate=lr))
        start = trainer.evaluate()
        progress = [start] + list(trainer.run(EPOCHS))
        assert result.status == "done" and not result.diverged
        np.testing.assert_array_equal(result.epochs, np.arange(EPOCHS + 1))
        np.testing.assert_array_equal(result.train_loss, [p.train_loss for p in progress])
        np.testing.assert_array_equal(result.test_loss, [p.test_loss for p in progress])
        np.testing.assert_array_equal(result.train_accuracy, [p.metrics["accuracy"] for p in progress])
        np.testing.assert_array_equal(result.test_accuracy, [p.test_metrics["accuracy"] for p in progress])
        np.testing.assert_array_equal(result.final_params, plain.params)
        assert result.steps == trainer.step
    # every run started from the same weights: the epoch-0 figures agree
    assert len({r.train_loss[0] for r in results}) == 1
    assert results[0].final_train_loss > results[1].final_train_loss   # and the rate matters


def test_results_are_identical_inline_and_in_one_or_two_processes():
    net, data, settings = xor_setup()
    inline = run_sweep(net, data, settings, LRS, EPOCHS, max_workers=0)
    one = run_sweep(net, data, settings, LRS, EPOCHS, max_workers=1)
    two = run_sweep(net, data, settings, LRS, EPOCHS, max_workers=2)
    for a, b, c in zip(inline, one, two, strict=True):
        assert_same(a, b)
        assert_same(a, c)
    assert all(r.process != os.getpid() for r in one + two)     # really in worker processes
    assert len({r.process for r in two}) <= 2
    assert pool.current_pool() is not None                             # kept warm for the next sweep


def test_masked_network_and_adam_survive_the_trip_to_a_worker():
    net, data, _ = xor_setup()
    mask = np.ones((4, 2))
    mask[1, 0] = 0
    net.set_mask(1, mask)
    settings = TrainingSettings(optimizer="adam", batch_size=16, seed=2)
    inline = run_sweep(net, data, settings, [0.01, 0.1], 5, max_workers=0)
    worker = run_sweep(net, data, settings, [0.01, 0.1], 5, max_workers=2)
    for a, b in zip(inline, worker, strict=True):
        assert_same(a, b)
        assert a.final_params[param_index(net, 1, 1, 0)] == 0.0   # the masked weight stayed 0


def test_a_huge_learning_rate_is_reported_as_diverged_not_raised():
    net, data, settings = xor_setup()
    results = run_sweep(net, data, settings, [0.3, 1e4], 40, max_workers=2)
    good, huge = results
    assert not good.diverged and good.status == "done" and good.epochs[-1] == 40
    assert huge.diverged and huge.status == "diverged" and "exceeded" in huge.reason
    assert huge.epochs[-1] < 40                                       # stopped early
    assert huge.final_train_loss > 4 * huge.train_loss[0]
    assert summary_table(results)[1]["diverged"] is True


def test_non_finite_divergence_comes_from_the_trainer_status():
    ds = make_dataset("plane", 100, 0.1, 0.0, 1)
    data = TrainData.from_dataset(ds, 1)
    net = Network([2, 16, 16, 1], ["relu", "relu", "identity"], "mse", seed=1)
    result = run_sweep(net, data, TrainingSettings(batch_size=10), [50.0], 30, max_workers=0,
                       divergence_factor=None)[0]
    assert result.diverged and "finite" in result.reason
    assert not math.isfinite(result.final_train_loss) or not np.isfinite(result.final_params).all()


def test_start_sweep_is_non_blocking_and_can_be_polled():
    net, data, settings = xor_setup()
    handle = start_sweep(net, data, settings, LRS, EPOCHS, max_workers=2)
    seen = []
    deadline = time.monotonic() + 60
    while not handle.done and time.monotonic() < deadline:
        seen += handle.poll()
        time.sleep(0.01)
    seen += handle.poll()
    assert handle.done and handle.progress == (3, 3)
    assert sorted(r.learning_rate for r in seen) == LRS
    assert [r.learning_rate for r in handle.results] == LRS
    assert handle.elapsed > 0


def test_cancel_stops_running_and_queued_runs():
    net, data, settings = xor_setup(500)
    handle = start_sweep(net, data, settings, [0.01, 0.02, 0.03, 0.04, 0.05], 100_000, max_workers=2)
    time.sleep(0.5)
    t0 = time.monotonic()
    handle.cancel()
    results = handle.wait(timeout=30)
    assert time.monotonic() - t0 < 10
    assert all(r is not None and r.status == CANCELLED for r in results)
    assert any(len(r.epochs) > 0 for r in results)                     # partial curves kept
    assert all(len(r.epochs) == 0 or r.epochs[-1] < 100_000 for r in results)
    # the pool is still usable afterwards
    again = run_sweep(net, data, settings, [0.1], 2, max_workers=2)
    assert again[0].status == "done"


def test_run_sweep_calls_back_per_run_and_honours_a_cancel_event():
    net, data, settings = xor_setup()
    calls = []
    run_sweep(net, data, settings, LRS, 3, max_workers=2,
              progress_callback=lambda done, total, r: calls.append((done, total, r.learning_rate)))
    assert [c[:2] for c in calls] == [(1, 3), (2, 3), (3, 3)]
    assert sorted(c[2] for c in calls) == LRS
    stop = threading.Event()
    stop.set()
    results = run_sweep(net, data, settings, LRS, 50, max_workers=0, cancel_event=stop)
    assert all(r.status == CANCELLED for r in results)


def test_summary_table_and_best_result():
    net, data, settings = xor_setup()
    results = run_sweep(net, data, settings, [0.001, 0.3, 1e4], 20, max_workers=0)
    rows = summary_table(results)
    assert [row["learning_rate"] for row in rows] == [0.001, 0.3, 1e4]
    assert set(rows[0]) == set(lr_sweep.SUMMARY_COLUMNS)
    assert rows[1]["train_loss"] == results[1].train_loss[-1]
    assert rows[1]["test_accuracy"] == results[1].test_accuracy[-1]
    assert rows[1]["epochs"] == 20 and rows[2]["diverged"]
    assert best_result(results) is results[1]
    text = format_summary(results)
    assert len(text.splitlines()) == 4 and "diverged" in text


def test_bad_learning_rates_are_rejected_before_anything_starts():
    net, data, settings = xor_setup()
    for bad in ([], [0.1, -1.0], [float("nan")]):
        with pytest.raises(ValueError):
            run_sweep(net, data, settings, bad, 2, max_workers=2)


def test_errors_in_a_run_become_error_results():
    net, data, settings = xor_setup()
    job = lr_sweep.make_job(net, data, settings, 0.1, 2, None)
    job = dataclasses.replace(job, data=dataclasses.replace(data, X_train=np.ones((10, 3))))  # wrong inputs
    result = lr_sweep.run_job(job)
    assert result.status == "error" and "input column" in result.error


def test_zero_epochs_gives_the_starting_point_only():
    net, data, settings = xor_setup()
    result = run_sweep(net, data, settings, [0.1], 0, max_workers=0)[0]
    assert result.status == "done" and list(result.epochs) == [0] and result.steps == 0
    np.testing.assert_array_equal(result.final_params, net.params)


def test_a_job_cancelled_before_it_starts_does_not_train():
    net, data, settings = xor_setup()
    job = lr_sweep.make_job(net, data, settings, 0.1, 50, None)
    result = lr_sweep.run_job(job, lambda: True)
    assert result.status == CANCELLED and result.steps == 0 and list(result.epochs) == [0]


def test_warm_up_starts_every_worker():
    pool.warm_up_pool(2)
    assert len(pool.get_pool(2)._processes) == 2


def test_shutdown_stops_running_sweeps_promptly():
    net, data, settings = xor_setup(500)
    handle = start_sweep(net, data, settings, [0.01, 0.02], 100_000, max_workers=2)
    time.sleep(0.3)
    t0 = time.monotonic()
    shutdown_pool()
    assert time.monotonic() - t0 < 10
    results = handle.wait(timeout=10)
    assert all(r.status == CANCELLED for r in results)
    assert run_sweep(net, data, settings, [0.1], 1, max_workers=2)[0].status == "done"   # a new pool


def test_the_engine_owns_no_processes_threads_or_pools():
    """Pools, threads and cancellation live in ``nnstudio.parallel``; the engine only computes."""
    import ast
    from pathlib import Path

    import nnstudio.engine

    banned = {"multiprocessing", "threading", "concurrent", "subprocess", "queue", "asyncio"}
    for path in Path(nnstudio.engine.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[0] in banned for n in names), (path.name, names)
