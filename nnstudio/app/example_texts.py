"""The example networks' names, descriptions and neuron labels in the interface language.

The ``.nnet`` files stay in English (one file format, no per-language keys); their texts are
messages of the catalogue's context "examples", which ``resources/translations/update.py`` reads
from the files themselves, so a new or edited example shows up as unfinished entries to translate.
An example (opened as a template, or from the examples folder) gets the translated texts; the user's own
files are shown as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

from nnstudio.resources import EXAMPLES
from nnstudio.widgets.i18n import translate

CONTEXT = "examples"
_SYMBOL = re.compile(r"[a-z]\d*")  # x, x1, h2, y: the same in every language


def is_example(path) -> bool:
    """True for a file of the built-in examples folder."""
    try:
        return Path(path).resolve().parent == EXAMPLES.resolve()
    except OSError:
        return False


def is_translatable_label(label) -> bool:
    """Words only: not a symbol (``x1``, ``h2``) nor a data column's encoding (``cap-shape=b``)."""
    return isinstance(label, str) and bool(label) and not _SYMBOL.fullmatch(label) and "=" not in label


def translate_example(nf) -> None:
    """Replace ``nf``'s name, description and neuron labels by their translations (in place)."""
    nf.name = translate(CONTEXT, nf.name) if nf.name else nf.name
    nf.description = translate(CONTEXT, nf.description) if nf.description else nf.description
    nf.labels = [None if labels is None else
                 [translate(CONTEXT, t) if is_translatable_label(t) else t for t in labels]
                 for labels in nf.labels]
