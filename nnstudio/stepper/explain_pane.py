"""The explanation pane: the selected neuron's or connection's formula with the numbers substituted,
and the numerical gradient check of the selected weight (or bias).

``ExplanationPane.show_item(st, item, chosen)`` renders ``explain(st, item).html()``; ``chosen`` says
whether the learner picked the item or the pane picked one of the current layer for them.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from nnstudio.widgets.i18n import translate

from .explain import connection_name, explain, gradient_check, neuron_name
from .steps import UPDATE

CSS = "p { margin: 2px 0 6px 0; } b { font-size: 15px; }"
def idle_html() -> str:
    """What the pane shows before Start: the four parts of a training step."""
    return translate("Stepper", "<p><b>One training step, in four parts</b></p>"
                                "<p><b style='color:#2166ac'>Forward</b>, layer by layer: each neuron computes "
                                "z = Σ w·a + b and a = f(z).</p>"
                                "<p><b style='color:#7c3aed'>Loss</b>: the output ŷ is compared with the target y.</p>"
                                "<p><b style='color:#e66101'>Backward</b>, from the output back: δ = ∂L/∂z of each "
                                "neuron and ∂L/∂w = δ·a of each weight (the chain rule).</p>"
                                "<p><b style='color:#1a7f37'>Update</b>: every weight moves against its gradient, "
                                "w ← w − η·∂L/∂w.</p>"
                                "<p>Here you will see the formula of the selected neuron or connection with its "
                                "numbers.</p>")


def default_item(st, step) -> tuple:
    """What to explain when nothing is selected: the first neuron of the current layer (the first
    connection at the update)."""
    if step.kind == UPDATE:
        return (1, 0, 0)
    return (step.highlight_layer or 1, 0)


def item_name(st, item) -> str:
    return neuron_name(st, *item) if len(item) == 2 else connection_name(st, *item)


class ExplanationPane(QWidget):
    """Rich text of the explanation, a hint, and the gradient-check button with its result."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.st, self.item = None, None
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(CSS)
        font = self.browser.font()
        font.setPixelSize(14)
        self.browser.setFont(font)
        self.check_button = QPushButton(translate("Stepper", "Check this gradient numerically"))
        self.check_button.setToolTip(translate("Stepper", "Compare backprop's ∂L/∂w with a central finite difference "
                                     "(L(w + h) − L(w − h)) / 2h on the same sample"))
        self.check_button.clicked.connect(self.run_check)
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)
        self.check_result.setObjectName("checkResult")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        layout.addWidget(self.check_result)
        self.show_item(None, None)

    def show_item(self, st, item, chosen: bool = True) -> None:
        """Explain ``item`` ((l, j) or (l, j, i)) at the stepper's current step; None clears."""
        changed = (st, item) != (self.st, self.item)
        self.st, self.item = st, item
        if st is None or item is None:
            self.hint.setText(translate("Stepper", "Press Start to step through."))
            self.browser.setHtml(idle_html())
        else:
            self.hint.setText(translate("Stepper", "Click a neuron or a connection on the canvas to explain it.")
                              if not chosen else
                              translate("Stepper", "Explaining the selected {item}.").format(item=item_name(st, item)))
            self.browser.setHtml(explain(st, item).html())
        can_check = st is not None and item is not None and item[0] >= 1 and (len(item) == 2 or st.exists(*item))
        self.check_button.setEnabled(can_check)
        weight = item is not None and len(item) == 3
        self.check_button.setText((translate("Stepper", "Check this weight's gradient numerically") if weight
                                   else translate("Stepper", "Check this bias's gradient numerically")) if can_check
                                  else translate("Stepper", "Check a gradient numerically (select a connection)"))
        if changed:
            self.check_result.setText("")

    def run_check(self) -> None:
        st, item = self.st, self.item
        if st is None or item is None or item[0] < 1:
            return
        check = gradient_check(st, item[0], item[1], item[2] if len(item) == 3 else None)
        colour = "#1a7f37" if check.ok else "#cf222e"
        lines = html.escape(check.text()).replace("\n", "<br>")
        self.check_result.setText(f"<span style='color:{colour}'>{lines}</span>")
        self.last_check = check

    def text(self) -> str:
        """The plain text shown (tests and accessibility)."""
        return self.browser.toPlainText()
