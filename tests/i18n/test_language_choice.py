"""Which language the app starts in: --lang first, then the View ▸ Language choice saved in the
settings, then the system locale; the menu saves the choice for the next start."""

from PySide6.QtCore import QLocale, QSettings

from nnstudio.app.i18n import choose_language, saved_preference, system_language


def test_the_command_line_wins_then_the_saved_choice_then_the_system(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert choose_language(None, settings) == system_language()
    settings.setValue("language", "fr")
    assert choose_language(None, settings) == "fr"
    assert choose_language("en", settings) == "en"
    settings.setValue("language", "system")
    assert choose_language(None, settings) == system_language()
    assert choose_language("fr", None) == "fr"


def test_a_french_system_starts_in_french(monkeypatch):
    canadian = QLocale(QLocale.Language.French, QLocale.Country.Canada)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: canadian))
    assert system_language() == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert system_language() == "en"


def test_the_language_menu_saves_the_choice_for_the_next_start(qtbot, tmp_path):
    from nnstudio.app.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, panels=False)
    window.interactive = False
    qtbot.addWidget(window)
    actions = {a.data(): a for a in window.language_actions.actions()}
    assert set(actions) == {"system", "en", "fr"} and actions["system"].isChecked()
    actions["fr"].trigger()
    assert saved_preference(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)) == "fr"
    assert "next start" in window.statusBar().currentMessage()
    assert actions["fr"].isChecked() and not actions["system"].isChecked()
    window.undo_stack.setClean()
    window.close()
