"""The network canvas (QGraphicsView/QGraphicsScene): items paint, the scene maps document ids to
items and turns gestures into intents, the controller turns intents into undo commands.

Hooks for the step-through and the training panel (all on ``NetworkCanvas``, ``window.canvas``):

- ``set_overlay(neuron_texts=None, connection_texts=None, highlight_layer=None, connection_values=None,
  value_name=None)`` — ``neuron_texts[(l, j)] = "z = 0.53\\na = 0.49"`` shows a badge under the neuron;
  ``connection_texts[(l, j, i)] = "…"`` labels connection i → j of layer l; ``highlight_layer`` draws a
  band behind that layer; ``connection_values`` is a per-layer list (index 0 None, others shaped like
  ``W[l]``) used instead of the weights for colour and width (a gradient view), named ``value_name``
  in tooltips. Overlays are cleared when the network's structure changes.
- ``clear_overlay()``.
- ``set_neuron_thumbnails({(l, j): QImage})`` / ``clear_neuron_thumbnails()`` — images drawn inside the
  neurons (e.g. each neuron's output over the input plane).
- ``selectionChangedTo(kind, ids)`` signal — kind "neuron" (ids [(l, j), …]), "connection" ([(l, j, i)]),
  "layer" ([l]) or "none" ([]); ``selection()`` returns the same pair; ``select(kind, ids)`` sets it.
- ``statusMessage(str)`` signal — refused edits and hints, for the status bar.
- Activations shown as neuron fill come from the document: ``doc.set_preview_input(x)`` or
  ``doc.set_activations_preview(z, a)``.
- View: ``fit()``, ``zoom_in()``, ``zoom_out()``, ``set_show_weights(bool)``, ``set_show_biases(bool)``,
  ``set_theme("light"|"dark")``, ``set_connect_mode(bool)``, ``set_threshold_fraction(f)``,
  ``render_image()``, ``export_png(path)``, ``export_svg(path)``.

Gestures: click / rubber band select; drag neurons (one undo step per drag); Ctrl+drag (or the connect
tool) from a neuron to a neuron of the next layer restores a deleted connection; double-click edits a
bias, weight, input name or layer; Shift+wheel or Alt+drag on the selected neuron/connection changes its
bias/weight coarsely; wheel zooms around the mouse; middle button or Space+drag pans.
"""

from .widget import NetworkCanvas

__all__ = ["NetworkCanvas"]
