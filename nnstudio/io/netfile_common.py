"""What every part of the network-file code shares: the error type, the format name and the limits.

The limits keep a hostile or broken file from exhausting memory or time; each one is refused
with a message that names it.
"""

from __future__ import annotations

FORMAT = "nnstudio-network"
"""The value of the top-level ``format`` key."""

VERSION = 1
"""The newest format version this code reads and the one it writes."""

MAX_FILE_BYTES = 200_000_000
"""A larger file is refused before it is read (200 MB)."""

MAX_DEPTH = 20
"""Deepest nesting of arrays and objects; the format itself needs 5 (layout positions)."""

MAX_VALUES = 40_000_000
"""At most this many commas in the text: a cheap bound on the number of JSON values, checked
before parsing (a full-size network of MAX_WEIGHTS weights with masks and a layout needs ~3·10⁷)."""

MAX_LAYERS = 64
"""At most this many layers, the input layer included."""

MAX_LAYER_SIZE = 100_000
"""At most this many neurons in one layer."""

MAX_WEIGHTS = 10_000_000
"""At most this many weights (connections) in the whole network."""


class NetworkFileError(ValueError):
    """The one error of reading or writing a network file.

    Its message names the file (when known), the JSON path of the offending value (when there is
    one) and the problem: ``xor.nnet: layers[2].weights[1]: expected 4 numbers, got 3``.
    """

    def __init__(self, message: str, path: str = "", source: str = ""):
        self.reason = message
        self.path = path
        self.source = source
        parts = [p for p in (source, path, message) if p]
        super().__init__(": ".join(parts))

    def with_source(self, source: str) -> NetworkFileError:
        """The same error, its message prefixed with the file name ``source``."""
        if not source or self.source:
            return self
        return NetworkFileError(self.reason, self.path, source)
