"""A tiny Qt-free publish/subscribe mechanism for document change events."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

#: Every event kind the document publishes.
EVENT_KINDS = (
    "reset",                # a new file was loaded / the whole document replaced
    "structure",            # layers or neurons added/removed: re-read network, labels and positions
    "activation",           # a layer's activation function or the loss changed
    "parameters",           # weights, biases or masks changed (detail: layers, source)
    "layout",               # neuron positions changed (detail: ids or None = all)
    "labels",               # feature / class names changed
    "settings",             # the training settings changed
    "dataset",              # the dataset block or its encoding changed
    "history",              # the training history changed
    "meta",                 # name / description changed
    "path",                 # the file path changed (save as / open)
    "activations-preview",  # the z/a values shown as neuron fill changed (not saved)
)


@dataclass(frozen=True)
class Event:
    """One change: ``kind`` is one of EVENT_KINDS; ``detail`` is kind-specific."""

    kind: str
    detail: dict = field(default_factory=dict)

    def __getitem__(self, key):
        return self.detail[key]

    def get(self, key, default=None):
        return self.detail.get(key, default)


class Publisher:
    """Subscribers are plain callables ``fn(event)``, optionally filtered by kind.

    An exception in one subscriber does not stop the others; the first one is re-raised after
    every subscriber has run, so a faulty view cannot leave the other views stale.
    """

    def __init__(self):
        self._subscribers: list[tuple[Callable[[Event], None], frozenset | None]] = []

    def subscribe(self, fn: Callable[[Event], None],
                  kinds: Iterable[str] | None = None) -> Callable[[], None]:
        """Register ``fn``; returns a function that unsubscribes it."""
        if kinds is not None:
            kinds = frozenset([kinds] if isinstance(kinds, str) else kinds)
            unknown = kinds - set(EVENT_KINDS)
            if unknown:
                raise ValueError(f"unknown event kinds: {', '.join(sorted(unknown))}")
        entry = (fn, kinds)
        self._subscribers.append(entry)

        def unsubscribe():
            if entry in self._subscribers:
                self._subscribers.remove(entry)

        return unsubscribe

    def publish(self, kind: str, **detail) -> None:
        if kind not in EVENT_KINDS:
            raise ValueError(f"unknown event kind {kind!r}")
        event = Event(kind, detail)
        first_error = None
        for fn, kinds in list(self._subscribers):
            if kinds is not None and kind not in kinds:
                continue
            try:
                fn(event)
            except Exception as exc:  # noqa: BLE001 - reported after the others ran
                log.exception("subscriber %r failed on %s", fn, kind)
                first_error = first_error or exc
        if first_error is not None:
            raise first_error
