"""The training engine in its own process (no Qt), and the parent's handle on it.

Why a process: a small network trains at tens of thousands of steps per second in pure Python, so
training in a thread competes with the GUI for the GIL — every frame of plots and canvas then costs
training throughput and the GUI stutters. In its own process the engine has a core to itself; the
GUI process only receives snapshots. One long-lived process hosts one trainer at a time.

Protocol (tuples over a ``multiprocessing`` pipe). Requests answered with ``("ok", …)`` or
``("error", message)``: ``setup(TrainerSetup)``, ``params(flat)``, ``settings(TrainingSettings)``,
``step``, ``evaluate``. ``run(mode, epoch_limit, history_length)`` streams ``("snap", …)`` messages
and ends with ``("final", …)``; while it runs the parent may send ``pause`` and ``live(LiveChange)``
(no answer; ignored when they arrive after the run ended). ``quit`` ends the process. Networks,
data and settings travel as themselves (they pickle).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import traceback
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.network import Network
from nnstudio.engine.training import TrainData, Trainer, TrainingSettings

from .loop import RunLoop

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


# -- what the process is asked to train -------------------------------------------------------------
@dataclass(frozen=True)
class TrainerSetup:
    """A trainer to build in the engine process: network, data, settings and the counters it
    continues from (all picklable as they are)."""

    network: Network
    data: TrainData
    settings: TrainingSettings
    epoch: int = 0
    step: int = 0

    def trainer(self) -> Trainer:
        tr = Trainer(self.network, self.data, self.settings)
        tr.epoch, tr.step = int(self.epoch), int(self.step)
        return tr


def state(tr: Trainer, status: str, loop: RunLoop | None, rows: list, message: str = "") -> tuple:
    """What a snapshot carries: counters, parameters, the latest Progress, new history rows, speed, and
    after a divergence the engine's last good state ``(params, epoch, step)`` (see ``last_good_of``)."""
    return (status, tr.epoch, tr.step, tr.net.params, loop.progress if loop else None, list(rows),
            loop.rate if loop else 0.0, message, last_good_of(tr, status))


def last_good_of(tr: Trainer, status: str) -> tuple | None:
    """``(params, epoch, step)`` of the trainer's last healthy evaluation when the run diverged, else None."""
    good = tr.last_good if status == "diverged" else None
    return None if good is None else (good.params, good.epoch, good.step)


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
                trainer = msg[1].trainer()
                conn.send(("ok",))
            elif kind == "params":
                np.copyto(trainer.net.params, msg[1])
                conn.send(("ok",))
            elif kind == "settings":
                trainer.apply(msg[1])
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
        stop, change = False, None
        while conn.poll():
            m = conn.recv()
            if m[0] in ("pause", "quit"):
                stop = True
                flags["quit"] |= m[0] == "quit"
            elif m[0] == "live":
                change = m[1]      # each holds the whole settings: the newest wins
        return stop, change

    loop = RunLoop(trainer, mode, epoch_limit, history_length, publish, rows.append, poll)
    try:
        status = loop.run()
        message = loop.note
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
