"""Open CSV…: the dialog proposes a column named like a label as the target (mushrooms → class,
not the last column, habitat), and a typo in a numeric column is reported, not made categorical."""

from nnstudio.training.csv_dialog import CsvImportDialog


def test_the_dialog_proposes_the_class_column_and_imports_it(qtbot, window, tmp_path):
    path = tmp_path / "mushrooms.csv"
    path.write_text("class,odor,habitat\n" + "".join(f"{'ep'[i % 2]},{'an'[i % 2]},{'gdu'[i % 3]}\n"
                                                     for i in range(30)))
    dialog = CsvImportDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.set_path(str(path))
    assert dialog.target.currentText() == "class"
    dialog.refresh_summary()
    assert dialog.result_block is not None and "Target class: classification, 2 classes" in dialog.summary_text


def test_the_dialog_reports_a_typo_in_a_numeric_column(qtbot, window, tmp_path):
    path = tmp_path / "typo.csv"
    path.write_text("x1,x2,y\n" + "".join(f"{i},{'abc' if i == 8 else i * 2},{i % 2}\n" for i in range(20)))
    dialog = CsvImportDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.set_path(str(path))
    dialog.refresh_summary()
    assert dialog.result_block is None
    assert "line 10: row 9, column x2: 'abc' is not a number" in dialog.summary_text
