"""The gradient-descent and learning-rate lab (issue 7): a separate window with three tabs.

- Analytic functions (``analytic``): gradient descent on f(x) or f(x, y), several learning rates
  side by side, animated, with the table of iterations.
- Loss landscape (``landscape``): the network's training loss over a plane through its weights,
  with the training trajectory projected onto it, and a 1-D slice along one weight.
- Learning rates (``rates``): a sweep of K learning rates in worker processes, and the range test.

All numbers come from the engine (``nnstudio.engine.gd``, ``landscape``, ``lr_sweep``,
``lr_range``); this package only lays out, runs work off the GUI thread and draws.
``install(host)`` adds the lab to the host window's Lab menu (``host``: a ``document.host.PanelHost``).
"""

from .install import install
from .window import LabWindow

__all__ = ["LabWindow", "install"]
