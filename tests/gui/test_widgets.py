"""The shared numeric entry field, driven like a learner would."""

from PySide6.QtCore import Qt

from nnstudio.widgets.number_entry import NumberEntry


def test_typing_a_new_value_emits_it_once(qtbot):
    entry = NumberEntry(0.1, 0.0, 10.0)
    qtbot.addWidget(entry)
    seen, refused = [], []
    entry.valueEdited.connect(seen.append)
    entry.rejected.connect(refused.append)
    entry.selectAll()
    qtbot.keyClicks(entry, "2e-3")
    assert entry.typing
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert seen == [0.002] and entry.value() == 0.002 and not entry.typing and refused == []
    entry.editingFinished.emit()                     # no change: nothing more
    assert seen == [0.002]


def test_a_typo_or_a_value_out_of_range_is_refused_and_the_value_shown_again(qtbot):
    entry = NumberEntry(1.5, 0.0, 10.0)
    qtbot.addWidget(entry)
    refused = []
    entry.rejected.connect(refused.append)
    for text in ("1.5x", "-3", "20"):
        entry.setText(text)
        entry.editingFinished.emit()
        assert entry.value() == 1.5 and entry.text() == "1.5"
    assert refused[0] == "Not a number: '1.5x'" and "from 0 to 10" in refused[1] and len(refused) == 3


def test_the_exact_mode_shows_every_digit(qtbot):
    entry = NumberEntry(0.1 + 0.2, digits=None)
    qtbot.addWidget(entry)
    assert entry.text() == repr(0.1 + 0.2)
    entry.set_value(-1e-8)
    assert float(entry.text()) == -1e-8
