"""Frame pacing: how often the training writes the weights into the document while it runs.

Writing the weights redraws the canvas (and whatever else listens), which for a large network
costs far more than a frame. ``FramePacer`` keeps the GUI thread's CPU share between
``GUI_BUSY_LOW`` and ``GUI_BUSY_HIGH``: above, the weights are written every n-th frame only.
"""

from __future__ import annotations

import time

GUI_BUSY_HIGH, GUI_BUSY_LOW = 0.55, 0.35
MAX_WRITE_EVERY = 30


class FramePacer:
    """``gui_busy``: the GUI thread's CPU share (EMA); ``write_every``: write on every n-th frame."""

    def __init__(self):
        self.write_every = 1
        self.gui_busy = 0.0
        self._mark: tuple[float, float] | None = None

    def restart(self) -> None:
        """A new run: measure from the next frame."""
        self._mark = None

    def update(self) -> None:
        """Measure the CPU share since the last call and adapt ``write_every`` by one."""
        now = (time.perf_counter(), time.thread_time())
        if self._mark is not None:
            wall, cpu = now[0] - self._mark[0], now[1] - self._mark[1]
            if wall > 0:
                self.gui_busy = 0.8 * self.gui_busy + 0.2 * min(1.0, cpu / wall)
            if self.gui_busy > GUI_BUSY_HIGH and self.write_every < MAX_WRITE_EVERY:
                self.write_every += 1
            elif self.gui_busy < GUI_BUSY_LOW and self.write_every > 1:
                self.write_every -= 1
        self._mark = now

    def writes_on(self, frame: int) -> bool:
        return frame % self.write_every == 0
