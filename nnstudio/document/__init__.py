"""The edited network: the one source of truth (plain Python + NumPy; commands use QUndoCommand).

API summary (for the canvas, the training panel, the step-through):

``NetworkDocument`` (model.py)
    Reading: ``doc.network`` (engine ``Network``; re-read it after ``structure``/``reset`` events, its
    identity changes), ``doc.sizes``, ``doc.labels[l]`` (list[str] or None), ``doc.neuron_label(l, j)``,
    ``doc.positions[l][j] = [x, y]`` (always complete), ``doc.training`` (engine ``TrainingSettings``),
    ``doc.dataset`` (dict | None), ``doc.encoding``, ``doc.history`` (dict of lists), ``doc.extra``,
    ``doc.name``, ``doc.description``, ``doc.path``, ``doc.title``, ``doc.dirty`` (changed outside the
    undo stack), ``doc.preview`` / ``doc.activation_values(l, j) -> (z, a) | None``.
    Files: ``NetworkDocument.open(path)``, ``doc.load_file(nf, path)``, ``doc.to_file()``, ``doc.save(path)``.
    Events: ``unsubscribe = doc.subscribe(fn, kinds=None)``; ``fn(event)`` gets ``event.kind`` (see
    ``events.EVENT_KINDS``: reset, structure, activation, parameters, layout, labels, settings, dataset,
    history, meta, path, activations-preview) and ``event.detail`` — for ``parameters``:
    ``layers`` (list or None = all), ``source`` ("edit", "train", "step"), ``mask`` (bool);
    for ``layout``: ``ids`` (list of (l, j) or None = all).
    Mutations (commands call them): ``apply_structure``, ``set_positions``, ``set_layout``, ``set_weight``,
    ``set_bias``, ``set_connection``, ``set_mask``, ``replace_parameters(flat, source)``, ``set_activation``,
    ``set_loss``, ``set_labels``, ``set_training_settings``, ``set_dataset_block(dataset, encoding=...)``,
    ``set_history(history, mark_dirty=False)``, ``set_meta``.
    Not undoable, for live views: ``set_preview_input(x)`` (activations of one input, recomputed when the
    network changes), ``set_activations_preview(z, a, label)`` (given per-layer vectors), both None to clear.

Commands (commands.py; push them on the window's ``QUndoStack``, ``window.undo_stack``)
    MoveNeuronsCommand(doc, before, after), RelayoutCommand(doc, positions),
    AddLayerCommand(doc, index, size, activation, seed), RemoveLayerCommand(doc, index),
    AddNeuronCommand(doc, layer), RemoveNeuronsCommand(doc, ids), SetUseBiasCommand(doc, l, flag),
    SetWeightCommand(doc, l, j, i, value, gesture=None), SetBiasCommand(doc, l, j, value, gesture=None),
    MaskConnectionsCommand(doc, ids), RestoreConnectionCommand(doc, l, j, i, weight=None),
    ReplaceParametersCommand(doc, flat, "Train 250 epochs", before=None, history=None),
    RandomiseWeightsCommand(doc, init, seed), SetActivationCommand(doc, l, name), SetLossCommand,
    SetLabelsCommand(doc, l, labels), SetTrainingSettingsCommand(doc, settings, gesture=None),
    SetDatasetCommand(doc, dataset, encoding=...), SetHistoryCommand(doc, history).
    Constructors raise ``EditRefused`` (a ValueError with a user-facing message) for broken edits;
    ``commands.push(stack, Cls, *args)`` returns ``(ok, message)``. Commands with the same non-None
    ``gesture`` id (``new_gesture_id()``) merge into one undo step.
"""

from .edits import EditRefused, Structure
from .events import EVENT_KINDS, Event, Publisher
from .layout import auto_layout
from .model import NetworkDocument, default_network

__all__ = ["EVENT_KINDS", "EditRefused", "Event", "NetworkDocument", "Publisher", "Structure", "auto_layout",
           "default_network"]
