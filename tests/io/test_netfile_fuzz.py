"""Property tests: a mutated network file either loads into a valid network (that saves and loads
back the same) or raises NetworkFileError with a message — never any other exception.

Two generators, 2,000 examples each: mutations of a valid document's dict (types changed, keys
dropped or added, lists grown or cut, huge numbers, NaN, strings) fed both to ``from_dict`` and,
as JSON text, to ``loads``; and raw byte mutations (flips, insertions, deletions, truncations,
JSON-significant tokens) of the valid document's text.
"""

from __future__ import annotations

import copy
import json

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnstudio.io import netfile
from nnstudio.io.netfile import NetworkFileError

VALID = {
    "format": "nnstudio-network",
    "version": 1,
    "name": "fuzz",
    "layers": [
        {"size": 2, "activation": "identity", "labels": ["x1", "x2"]},
        {"size": 3, "activation": "tanh", "weights": [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]],
         "bias": [0.0, 0.1, -0.1], "mask": [[1, 1], [1, 0], [1, 1]], "note": "hidden"},
        {"size": 2, "activation": "softmax", "weights": [[0.7, -0.8, 0.9], [1, 2, 3]], "bias": [0.0, 1e-300],
         "labels": ["no", "yes"]},
    ],
    "loss": "cross_entropy",
    "training": {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 4, "epochs": 3, "seed": 2,
                 "regularization": "l2", "regularization_rate": 1e-4, "custom": [1, 2]},
    "dataset": {"name": "xor", "samples": 50, "noise": 0.1, "test_fraction": 0.2, "seed": 1},
    "layout": {"positions": [[[0, 0], [0, 1]], [[1, 0], [1, 1], [1, 2]], [[2, 0], [2, 1]]], "zoom": 1},
    "history": {"epoch": [1, 2], "train_loss": [0.7, 0.6], "test_loss": [None, 0.65]},
    "encoding": {"format": "nnstudio-csv-encoding", "columns": ["a", "b", "c"]},
    "extra": {"kept": True},
}
VALID_TEXT = json.dumps(VALID).encode()

SETTINGS = settings(max_examples=2000, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

INTERESTING = [0, 1, 2, 3, -1, 0.5, -0.0, 64, 65, 100_000, 100_001, 10**400, 1e308, -1e308, 5e-324,
               float("nan"), float("inf"), float("-inf"), True, False, None, "", "relu", "softmax",
               "identity", "mse", "bce", "csv", "xor", "nnstudio-network", "\ud800", [], {}, [[1]], [[]]]
KEYS = ["size", "activation", "weights", "bias", "mask", "labels", "format", "version", "layers", "loss",
        "positions", "epoch", "name", "path", "act", "seed", "training", "history"]

leaves = st.one_of(st.sampled_from(INTERESTING), st.none(), st.booleans(), st.integers(),
                   st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=6))
json_values = st.recursive(
    leaves, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(KEYS) | st.text(max_size=4), inner, max_size=4), max_leaves=8)


def slots(value, found=None) -> list:
    """Every (container, key) pair in a JSON document, in a stable order."""
    found = [] if found is None else found
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, item in items:
        found.append((value, key))
        slots(item, found)
    return found


def fresh(data, strategy):
    """A drawn value that shares nothing with the strategy's constants (they must stay unchanged)."""
    return copy.deepcopy(data.draw(strategy))


def mutate(doc, data) -> None:
    """One random change somewhere in ``doc`` (in place)."""
    container, key = data.draw(st.sampled_from(slots(doc)))
    op = data.draw(st.sampled_from(["replace", "delete", "insert", "grow", "cut", "number"]))
    current = container[key]
    if op == "replace":
        container[key] = fresh(data, json_values)
    elif op == "delete":
        del container[key]
    elif op == "insert" and isinstance(current, dict):
        current[data.draw(st.sampled_from(KEYS))] = fresh(data, json_values)
    elif op == "insert" and isinstance(current, list):
        current.insert(data.draw(st.integers(0, len(current))), fresh(data, json_values))
    elif op == "grow" and isinstance(current, list) and current:
        current.append(copy.deepcopy(current[-1]))
    elif op == "cut" and isinstance(current, list | str):
        container[key] = current[:data.draw(st.integers(0, max(len(current) - 1, 0)))]
    elif op == "number" and type(current) in (int, float):
        container[key] = data.draw(st.sampled_from(variants(current)))
    else:
        container[key] = fresh(data, st.sampled_from(INTERESTING))


def variants(number) -> list:
    """Neighbours of a number: off by one, negated, scaled out of range, retyped."""
    found = [-number, number + 1, str(number), bool(number)]
    for change in (int, float, lambda x: float(x) * 1e308):
        try:
            found.append(change(number))
        except (OverflowError, ValueError):  # int(nan), float(10**400)
            pass
    return found


def check_outcome(load) -> None:
    """``load()`` gives a valid, re-savable network or raises NetworkFileError with a message."""
    try:
        nf = load()
    except NetworkFileError as exc:
        assert str(exc).strip()
        return
    net = nf.network
    assert len(net.sizes) >= 2 and min(net.sizes) >= 1
    assert np.isfinite(net.params).all()
    assert len(nf.labels) == len(net.sizes)
    back = netfile.loads(netfile.dumps(nf))
    assert back.network.same_as(net)
    assert back.labels == nf.labels and back.extra == nf.extra and back.dataset == nf.dataset


@SETTINGS
@given(st.data())
def test_mutated_documents(data):
    doc = copy.deepcopy(VALID)
    for _ in range(data.draw(st.integers(1, 3))):
        if not slots(doc):
            break
        mutate(doc, data)
    check_outcome(lambda: netfile.from_dict(copy.deepcopy(doc)))
    try:
        text = json.dumps(doc)
    except (ValueError, UnicodeEncodeError):  # e.g. an integer of more than 4300 digits
        return
    check_outcome(lambda: netfile.loads(text))


TOKENS = [b"NaN", b"Infinity", b"-", b"[", b"]", b"{", b"}", b'"', b"\\", b",", b":", b"1e999", b"0", b"\xff",
          b"\x00", b"true", b"null", b'"\\ud800"', b"\xef\xbb\xbf", b"\xc3", b"[" * 30, b'"size": 1,']


def mutate_bytes(text: bytes, data) -> bytes:
    """One random byte-level change of ``text``."""
    op = data.draw(st.sampled_from(["truncate", "delete", "insert", "flip", "token"]))
    at = data.draw(st.integers(0, len(text)))
    if op == "truncate":
        return text[:at]
    if op == "delete":
        return text[:at] + text[at + data.draw(st.integers(1, 20)):]
    if op == "insert":
        return text[:at] + data.draw(st.binary(min_size=1, max_size=8)) + text[at:]
    if op == "flip" and at < len(text):
        return text[:at] + bytes([data.draw(st.integers(0, 255))]) + text[at + 1:]
    return text[:at] + data.draw(st.sampled_from(TOKENS)) + text[at:]


@SETTINGS
@given(st.data())
def test_mutated_bytes(data):
    text = VALID_TEXT
    for _ in range(data.draw(st.integers(1, 4))):
        text = mutate_bytes(text, data)
    check_outcome(lambda: netfile.loads(text))


def test_the_valid_documents_load():
    nf = netfile.from_dict(copy.deepcopy(VALID))
    assert nf.network.sizes == [2, 3, 2] and nf.extra == {"extra": {"kept": True}}
    assert netfile.loads(VALID_TEXT).network.same_as(nf.network)
