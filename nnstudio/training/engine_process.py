"""The training engine in its own process (no Qt), and the parent's handle on it.

Why a process: a small network trains at tens of thousands of steps per second in pure Python, so
training in a thread competes with the GUI for the GIL — every frame of plots and canvas then costs
training throughput and the GUI stutters. In its own process the engine has a core to itself; the
GUI process only receives snapshots. One long-lived process hosts one trainer at a time.

Protocol (tuples over a ``multiprocessing`` pipe). Requests answered with ``("ok", …)`` or
``("error", message)``: ``setup(spec)``, ``params(flat)``, ``settings(changes)``, ``step``,
``evaluate``. ``run(mode, epoch_limit, history_length)`` streams ``("snap", …)`` messages and ends
with ``("final", …)``; while it runs the parent may send ``pause`` and ``live(changes)`` (no answer;
ignored when they arrive after the run ended). ``quit`` ends the process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import traceback

import numpy as np

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings

from .loop import RunLoop, apply_changes

START_TIMEOUT = 20.0
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@contextlib.contextmanager
def _single_threaded_blas():
    """The spawned engine inherits the environment: give its BLAS one thread (mini-batches are small),
    so the GUI keeps a core; variables the user set are respected."""
    added = [v for v in BLAS_THREAD_VARIABLES if v not in os.environ]
    for v in added:
        os.environ[v] = "1"
    try:
        yield
    finally:
        for v in added:
            os.environ.pop(v, None)


class EngineError(RuntimeError):
    """The engine process reported an error or did not answer."""


# -- network and trainer specs (picklable) ------------------------------------------------------------
def network_spec(net: Network) -> dict:
    return {"sizes": list(net.sizes), "activations": list(net.activations), "loss": net.loss,
            "dtype": net.dtype.str, "params": net.params.copy(),
            "masks": [None if m is None else m.copy() for m in net.masks], "use_bias": list(net.use_bias)}


def network_from_spec(spec: dict) -> Network:
    net = Network(spec["sizes"], spec["activations"], spec["loss"], dtype=np.dtype(spec["dtype"]),
                  use_bias=spec["use_bias"])
    for l, m in enumerate(spec["masks"]):
        if m is not None:
            net.set_mask(l, m)
    np.copyto(net.params, spec["params"])
    return net


def trainer_spec(net: Network, data: TrainData, settings: TrainingSettings, epoch: int, step: int) -> dict:
    return {"network": network_spec(net), "data": data, "settings": settings.to_dict(), "epoch": epoch,
            "step": step}


def trainer_from_spec(spec: dict) -> Trainer:
    tr = Trainer(network_from_spec(spec["network"]), spec["data"], TrainingSettings.from_dict(spec["settings"]))
    tr.epoch, tr.step = int(spec["epoch"]), int(spec["step"])
    return tr


def state(tr: Trainer, status: str, loop: RunLoop | None, rows: list, message: str = "") -> tuple:
    """What a snapshot carries: counters, parameters, the latest Progress, new history rows, speed."""
    return (status, tr.epoch, tr.step, tr.net.params, loop.progress if loop else None, list(rows),
            loop.rate if loop else 0.0, message)


# -- the child ------------------------------------------------------------------------------------------
def serve(conn) -> None:
    """The engine process's main loop."""
    trainer = None
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        kind = msg[0]
        if kind == "quit":
            return
        if kind in ("pause", "live"):  # meant for a run that has already ended
            continue
        try:
            if kind == "setup":
                trainer = trainer_from_spec(msg[1])
                conn.send(("ok",))
            elif kind == "params":
                np.copyto(trainer.net.params, msg[1])
                conn.send(("ok",))
            elif kind == "settings":
                apply_changes(trainer, msg[1])
                conn.send(("ok",))
            elif kind == "step":
                ended = trainer.train_batch()
                conn.send(("ok", ended, trainer.epoch, trainer.step, trainer.net.params))
            elif kind == "evaluate":
                conn.send(("ok", trainer.evaluate()))
            elif kind == "run":
                if _run(conn, trainer, *msg[1:]):
                    return
            else:
                conn.send(("error", f"unknown request {kind!r}"))
        except Exception as exc:  # noqa: BLE001 - reported to the parent
            traceback.print_exc()
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _run(conn, trainer: Trainer, mode: str, epoch_limit, history_length: int) -> bool:
    """Stream snapshots until paused/done/diverged; True when the parent asked to quit."""
    rows: list = []
    flags = {"quit": False}

    def publish(status, loop):
        conn.send(("snap",) + state(trainer, status, loop, rows))
        rows.clear()

    def poll():
        stop, changes = False, {}
        while conn.poll():
            m = conn.recv()
            if m[0] in ("pause", "quit"):
                stop = True
                flags["quit"] |= m[0] == "quit"
            elif m[0] == "live":
                changes.update(m[1])
        return stop, changes

    loop = RunLoop(trainer, mode, epoch_limit, history_length, publish, rows.append, poll)
    try:
        status, message = loop.run(), ""
    except Exception as exc:  # noqa: BLE001
        traceback.print_exc()
        status, message = "error", f"{type(exc).__name__}: {exc}"
    conn.send(("final",) + state(trainer, status, loop, rows, message))
    return flags["quit"]


# -- the parent's handle --------------------------------------------------------------------------------
class EngineProcess:
    """Starts the engine process (spawned: no inherited threads or Qt state) and talks to it."""

    def __init__(self):
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=serve, args=(child,), name="nnstudio-training", daemon=True)
        with _single_threaded_blas():
            self.process.start()
        child.close()

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def send(self, msg) -> None:
        self.conn.send(msg)

    def request(self, msg, timeout: float = START_TIMEOUT):
        """Send ``msg`` and return the reply's payload (raises EngineError)."""
        try:
            self.conn.send(msg)
            if not self.conn.poll(timeout):
                raise EngineError(f"the training process did not answer {msg[0]!r} within {timeout:g} s")
            reply = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            raise EngineError(f"the training process is gone ({exc})") from None
        if reply[0] == "error":
            raise EngineError(reply[1])
        return reply[1:]

    def close(self, timeout: float = 0.5) -> None:
        """Ask the process to quit; terminate it if it does not within ``timeout`` seconds."""
        try:
            self.conn.send(("quit",))
        except (OSError, BrokenPipeError):
            pass
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(0.3)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(0.3)
        self.conn.close()
