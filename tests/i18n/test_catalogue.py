"""The French catalogue is complete and current: no unfinished entry, nothing in the sources that
pyside6-lupdate would add, the same placeholders on both sides, plurals that lupdate can see, and a
compiled .qm that matches the .ts files."""

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = [TRANSLATIONS / "nnstudio_fr.ts", TRANSLATIONS / "pyqtgraph_fr.ts"]
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n")

sys.path.insert(0, str(TRANSLATIONS))
import update  # noqa: E402


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_no_unfinished_or_empty_translation(ts):
    unfinished = [(ctx, m.findtext("source")) for ctx, m in messages(ts)
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not ("".join(m.find("translation").itertext()).strip())]
    assert not unfinished, unfinished[:20]


def test_lupdate_over_the_sources_finds_no_new_message():
    """A new English text in the sources without its translation fails here."""
    assert update.check() == 0


def test_placeholders_and_plural_forms_match():
    problems = []
    for ctx, m in messages(CATALOGUES[0]):
        source = m.findtext("source")
        forms = [f.text or "" for f in m.iter("numerusform")] or [m.findtext("translation") or ""]
        if "%n" in source and (m.get("numerus") != "yes" or len(forms) != 2):
            problems.append((ctx, source, "plural without its two French forms"))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form))):
                problems.append((ctx, source, form))
    assert not problems, problems[:10]


def test_every_plural_call_passes_its_count_as_a_name():
    """lupdate silently skips ``translate(ctx, "%n …", None, obj.count)``: the count must be a plain name."""
    bad = []
    for path in (ROOT / "nnstudio").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "translate"
                    and len(node.args) == 4 and not isinstance(node.args[3], ast.Name)):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bad, bad


def test_the_compiled_catalogue_matches_the_sources(tmp_path):
    """The committed .qm files are what pyside6-lrelease makes of the committed .ts files."""
    fresh = tmp_path / "fr.qm"
    subprocess.run([update.tool("pyside6-lrelease"), *map(str, CATALOGUES), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == (TRANSLATIONS / "nnstudio_fr.qm").read_bytes()
    english = tmp_path / "en.qm"
    subprocess.run([update.tool("pyside6-lrelease"), str(TRANSLATIONS / "nnstudio_en.ts"), "-qm", str(english)],
                   check=True, capture_output=True)
    assert english.read_bytes() == (TRANSLATIONS / "nnstudio_en.qm").read_bytes()


def test_the_glossary_covers_the_tutorials_vocabulary():
    text = (TRANSLATIONS / "glossary.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| English")]
    assert len(rows) >= 60
    for term in ("neurone", "poids", "biais", "couche cachée", "fonction d'activation", "sigmoïde",
                 "propagation avant", "rétropropagation", "règle de dérivation en chaîne", "fonction de perte",
                 "descente de gradient", "taux d'apprentissage", "époque", "lot", "surapprentissage",
                 "régularisation", "jeu d'entraînement", "jeu de test"):
        assert term in text, term
