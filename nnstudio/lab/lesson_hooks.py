"""The Lab's named actions and state values for lessons (declared in ``io/lessons/catalogue``).

They drive the "Analytic functions" tab as a learner would (formula, start x₀, learning rate η) and
read its runs; ``lab.iterate(k)`` asks the engine for x_k with the tab's own function, start, η and
optimiser, so a lesson compares the learner's prediction with the engine's number.
"""

from __future__ import annotations

from nnstudio.engine.gd import run_gd


def register(hooks, entry) -> None:
    """Register the ``lab.*`` names on ``hooks`` for the Lab menu's ``LabEntry``."""

    def tab():
        window = entry.window
        return None if window is None else window.analytic

    def open_function(expr: str, x0: float, eta: float) -> None:
        window = entry.open()
        analytic = _named(window).analytic
        window.tabs.setCurrentWidget(analytic)
        analytic.functions.select(expr)
        analytic.functions.set_start((float(x0),))
        analytic.descent.set_learning_rates([float(eta)])
        analytic.rewind()

    def set_eta(eta: float) -> None:
        analytic = tab() or _named(entry.open()).analytic
        analytic.descent.set_learning_rates([float(eta)])

    def first_run():
        analytic = tab()
        if analytic is None or not analytic.results:
            return None
        return analytic.results[0]

    def eta():
        analytic = tab()
        if analytic is None:
            return None
        try:
            rates = analytic.descent.learning_rates()
        except ValueError:
            return None
        return rates[0] if rates else None

    def iterate(k: int):
        analytic, lr = tab(), eta()
        if analytic is None or lr is None or analytic.functions.function is None:
            return None
        result = run_gd(analytic.functions.function, analytic.functions.start(), lr, int(k),
                        analytic.descent.name, **analytic.descent.params())
        return result.rows[int(k)].point[0] if len(result.rows) > int(k) else None

    def steps_shown():
        analytic = tab()
        if analytic is None:
            return 0
        return analytic.visible if analytic.visible is not None else analytic._last_step()

    def diverged():
        run = first_run()
        return run is not None and (run.diverged or run.rows[-1].value > run.rows[0].value)

    def overshoots():
        run = first_run()
        if run is None:
            return False
        slopes = [row.gradient[0] for row in run.rows]
        return any(a * b < 0 for a, b in zip(slopes, slopes[1:], strict=False))

    hooks.register_action("lab.open_function", open_function)
    hooks.register_action("lab.set_eta", set_eta)
    hooks.register_state("lab.open", lambda: entry.window is not None and entry.window.isVisible())
    hooks.register_state("lab.eta", eta)
    hooks.register_state("lab.x0", lambda: None if tab() is None else tab().functions.start()[0])
    hooks.register_state("lab.steps_shown", steps_shown)
    hooks.register_state("lab.iterate", iterate)
    hooks.register_state("lab.diverged", diverged)
    hooks.register_state("lab.overshoots", overshoots)


def _named(window):
    """Object names by which a lesson highlights the Lab's controls (``ui.highlight``); returns ``window``."""
    analytic = window.analytic
    analytic.functions.formula.setObjectName("lab.function")
    analytic.descent.rates.setObjectName("lab.eta")
    analytic.plot.setObjectName("lab.plot")
    return window
