"""Numbers in the French interface: shown with the decimal comma everywhere (formatter, lists, plot
ticks, spin boxes) and typed either way (``0,5`` and ``0.5``) in every kind of numeric field."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit

from nnstudio.io import numbers


@pytest.fixture
def french(qapp):
    from nnstudio.app.i18n import install_language

    install_language(qapp, "fr")
    yield
    install_language(qapp, "en")


def test_shown_numbers_use_the_comma_and_lists_the_semicolon(french):
    assert numbers.fmt(0.559714) == "0,5597" and numbers.fmt(-0.3) == "−0,3"
    assert numbers.percent(0.9234) == "92,3 %"
    assert numbers.format_values([0.5, -0.25]) == "0,5 ; −0,25"
    assert numbers.localize("η = 0.01, x = (1.5, 2)") == "η = 0,01, x = (1,5, 2)"
    assert numbers.parse_values("0,5 ; -0,25").tolist() == [0.5, -0.25]
    assert numbers.parse_values("0.5 ; 1e-3").tolist() == [0.5, 0.001]
    assert numbers.parse_entry("0,125") == numbers.parse_entry("0.125") == 0.125


def test_english_keeps_the_point(qapp):
    assert numbers.DECIMAL_SEPARATOR == "."
    assert numbers.fmt(0.5) == "0.5" and numbers.format_values([0.5, 1]) == "0.5, 1"
    assert numbers.parse_values("0.5,1").tolist() == [0.5, 1.0]


def test_plot_ticks_use_the_comma(french):
    import pyqtgraph as pg

    axis = pg.AxisItem("bottom")
    assert axis.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5) == ["0", "0,5", "1,0"]  # pyqtgraph writes "1.0" here


@pytest.mark.parametrize("typed", ["0.5", "0,5"])
def test_a_spin_box_takes_a_point_or_a_comma(french, qtbot, typed):
    box = QDoubleSpinBox()
    box.setDecimals(3)
    box.setRange(-10, 10)
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 0.5
    assert box.text() == "0,500"


@pytest.mark.parametrize("typed", ["2.25", "2,25"])
def test_a_validated_line_edit_and_the_number_entry_take_both(french, qtbot, typed):
    from nnstudio.widgets.number_entry import NumberEntry

    edit = QLineEdit()
    edit.setValidator(QDoubleValidator(edit))
    entry = NumberEntry(1.0)
    for w in (edit, entry):
        qtbot.addWidget(w)
        w.show()
        w.setFocus()
        w.selectAll()
        qtbot.keyClicks(w, typed)
    assert edit.text() == "2,25"
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.value() == 2.25 and entry.text() == "2,25"
