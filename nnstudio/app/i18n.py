"""The interface language: French or English, chosen at start-up, the Qt way.

Which language: ``main.py --lang fr|en`` first, then the Preferences choice saved in QSettings
(``language`` = ``fr``, ``en`` or ``system``), then the system locale (French on a French system).
A change in Preferences applies at the next start (the texts are built once, with the windows).

``install_language(app, "fr")`` loads ``resources/translations/nnstudio_fr.qm`` (our catalogue, which
also carries pyqtgraph's context-menu texts) and Qt's own ``qtbase_fr.qm`` (standard dialogs and
buttons), makes French the default ``QLocale`` (spin boxes show ``0,5``), switches the displayed
decimals to the comma (``document.numbers``), makes the '.' key type the comma in numeric fields and
writes pyqtgraph's axis ticks with the comma. In English only the plural forms are loaded
(``nnstudio_en.qm``): the sources are English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nnstudio.engine import text
from nnstudio.io import numbers
from nnstudio.resources import RESOURCES

LANGUAGES = ("en", "fr")
TRANSLATIONS = RESOURCES / "translations"
SETTINGS_KEY = "language"


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def choose_language(cli_choice: str | None, settings=None) -> str:
    """``--lang`` if given, else the saved preference (unless "system"), else the system locale."""
    if cli_choice in LANGUAGES:
        return cli_choice
    saved = str(settings.value(SETTINGS_KEY, "system")) if settings is not None else "system"
    if saved in LANGUAGES:
        return saved
    return system_language()


def saved_preference(settings) -> str:
    """``"fr"``, ``"en"`` or ``"system"`` as stored in the settings."""
    value = str(settings.value(SETTINGS_KEY, "system"))
    return value if value in LANGUAGES else "system"


def save_preference(settings, choice: str) -> None:
    settings.setValue(SETTINGS_KEY, choice if choice in LANGUAGES else "system")


def current_language() -> str:
    return _installed["language"]


_installed: dict = {"language": "en", "objects": []}


def install_language(app, language: str) -> bool:
    """Install the translators for ``language``; returns False when our catalogue could not be loaded."""
    remove_language(app)
    text.set_translator(QCoreApplication.translate)
    _installed["language"] = language if language in LANGUAGES else "en"
    if _installed["language"] == "en":
        plurals = QTranslator(app)  # the sources are English; this only gives "1 epoch" / "2 epochs"
        if plurals.load(str(TRANSLATIONS / "nnstudio_en.qm")):
            app.installTranslator(plurals)
            _installed["objects"].append(plurals)
        return True
    ok = True
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"nnstudio_{language}.qm")):
        app.installTranslator(ours)
        _installed["objects"].append(ours)
    else:
        ok = False
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed["objects"].append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    numbers.use_decimal_comma(True)
    from nnstudio.widgets.decimal_keys import install_decimal_keys
    from nnstudio.widgets.plot_numbers import install_axis_decimal_comma

    _installed["objects"].append(install_decimal_keys(app))
    install_axis_decimal_comma()
    return ok


def remove_language(app) -> None:
    """Back to English (the sources): used by tests that switch languages in one process."""
    from nnstudio.widgets.decimal_keys import DecimalKeyFilter

    for obj in _installed["objects"]:
        if isinstance(obj, QTranslator):
            app.removeTranslator(obj)
        elif isinstance(obj, DecimalKeyFilter):
            app.removeEventFilter(obj)
    _installed["objects"] = []
    _installed["language"] = "en"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    numbers.use_decimal_comma(False)


def fill_language_menu(window, menu) -> None:
    """View ▸ Language: the system's language, English or Français; saved in the settings, applied at
    the next start (every text is built once, when the windows are made)."""
    from PySide6.QtGui import QAction, QActionGroup

    from nnstudio.widgets.i18n import translate

    group = QActionGroup(menu)
    current = saved_preference(window.settings)
    # The languages' own names are not translated: a learner looks for the name of their language.
    for choice, name in (("system", translate("MainWindow", "System language")), ("en", "English"),
                         ("fr", "Français")):
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(choice == current)
        action.setData(choice)
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _checked=False, c=choice: _choose(window, c))
    window.language_actions = group


def _choose(window, choice: str) -> None:
    save_preference(window.settings, choice)
    window.settings.sync()
    from nnstudio.widgets.i18n import translate

    window.show_status(translate("MainWindow", "The interface language changes at the next start."), 8000)
