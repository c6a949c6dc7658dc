"""The host interface: named actions, state values and events between panels (Qt-free)."""

import pytest

from nnstudio.document.host import NamedHooks


def test_actions_and_states_are_registered_once_and_named_when_missing():
    hooks = NamedHooks()
    opened = []
    hooks.register_action("lab.open", lambda tab="analytic": opened.append(tab) or tab)
    hooks.register_state("training.epoch", lambda: 7)
    assert hooks.perform("lab.open", tab="rates") == "rates" and opened == ["rates"]
    assert hooks.read("training.epoch") == 7
    with pytest.raises(ValueError, match="registered twice"):
        hooks.register_action("lab.open", print)
    with pytest.raises(KeyError, match="lab.close"):
        hooks.perform("lab.close")
    with pytest.raises(KeyError, match="training.loss"):
        hooks.read("training.loss")


def test_events_reach_every_listener_and_nobody_listening_is_fine():
    hooks = NamedHooks()
    hooks.announce("training.sample_chosen", part="train", row=3)   # no listener yet
    seen = []
    hooks.listen("training.sample_chosen", lambda **d: seen.append(("a", d)))
    hooks.listen("training.sample_chosen", lambda part, row: seen.append(("b", part, row)))
    hooks.announce("training.sample_chosen", part="test", row=5)
    assert seen == [("a", {"part": "test", "row": 5}), ("b", "test", 5)]
