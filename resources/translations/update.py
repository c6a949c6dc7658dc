#!/usr/bin/env python3
"""Regenerate the French catalogue: ``python resources/translations/update.py``.

1. ``pyside6-lupdate`` over the app's sources → ``nnstudio_fr.ts`` (new English texts are added as
   unfinished entries, texts no longer in the sources are dropped, translations are kept), with the
   example networks' names, descriptions and labels read from ``resources/examples`` (context
   "examples"). Qt-free code (engine, io, document, the step-through's core) marks its texts with
   ``nnstudio.engine.text``'s ``translate`` / ``QT_TRANSLATE_NOOP``: the app translates them, the CLI
   (which installs no translator) keeps the English;
2. the same over pyqtgraph's context menus and export dialog → ``pyqtgraph_fr.ts`` (pyqtgraph's
   Designer files call ``_translate``, which lupdate does not see, so they are read from a copy where
   it is renamed ``translate``);
3. the messages with ``%n`` made plural (``numerus="yes"``, their French forms kept): the Python
   side of lupdate does not mark them, so this script does;
4. ``pyside6-lrelease`` of both → ``nnstudio_fr.qm``, the file the app loads, and the English plural
   catalogue ``nnstudio_en.qm``, written from the sources' ``(s)`` convention ("%n epoch(s)" → "1 epoch",
   "2 epochs").

Plural calls must pass the count as a plain name (``translate(ctx, "%n step(s)", None, n)``): lupdate
skips a call whose count is an attribute (``final.step``).

Translate the unfinished entries (with Qt Linguist, ``pyside6-linguist nnstudio_fr.ts``, or by hand
with the glossary, ``glossary.md``), then run this script again. ``--check`` only runs lupdate into a
temporary copy and exits 1 when the sources hold a text the catalogue lacks.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "nnstudio"
OURS = HERE / "nnstudio_fr.ts"
PYQTGRAPH_TS = HERE / "pyqtgraph_fr.ts"
QM = HERE / "nnstudio_fr.qm"
ENGLISH_TS = HERE / "nnstudio_en.ts"
ENGLISH_QM = HERE / "nnstudio_en.qm"
SKIP = ("cli",)  # the command line stays English for scripts
PYQTGRAPH_FILES = (
    "GraphicsScene/GraphicsScene.py", "GraphicsScene/exportDialog.py",
    "GraphicsScene/exportDialogTemplate_generic.py", "graphicsItems/PlotItem/PlotItem.py",
    "graphicsItems/PlotItem/plotConfigTemplate_generic.py", "graphicsItems/ViewBox/ViewBoxMenu.py",
    "graphicsItems/ViewBox/axisCtrlTemplate_generic.py", "graphicsItems/ViewBox/ViewBox.py",
    "exporters/CSVExporter.py", "exporters/ImageExporter.py", "exporters/SVGExporter.py",
    "exporters/PrintExporter.py", "exporters/Matplotlib.py", "exporters/HDF5Exporter.py",
)


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` next to this Python, else on the PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py")
                  if p.relative_to(SOURCES).parts[0] not in SKIP)


def examples_source() -> str:
    """The example networks' names, descriptions and labels as ``translate("examples", …)`` calls, for
    lupdate (the files stay English; ``nnstudio/app/example_texts.py`` shows the translations)."""
    sys.path.insert(0, str(ROOT))
    from nnstudio.app.example_texts import CONTEXT, is_translatable_label

    texts = []
    for path in sorted((ROOT / "resources" / "examples").glob("*.nnet")):
        data = json.loads(path.read_text(encoding="utf-8"))
        texts += [data.get("name"), data.get("description")]
        texts += [label for layer in data.get("layers", []) for label in (layer.get("labels") or [])
                  if is_translatable_label(label)]
    seen = dict.fromkeys(t for t in texts if t)
    return "".join(f"translate({CONTEXT!r}, {text!r})\n" for text in seen)


def sources_with_examples(tmp: str) -> list[str]:
    """Our sources plus a generated file holding the examples' texts (an absolute path)."""
    extra = Path(tmp) / "examples_texts.py"
    extra.write_text(examples_source(), encoding="utf-8")
    return [*source_files(), str(extra)]


def lupdate(files: list[str], ts: Path, cwd: Path) -> str:
    result = subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                             "-target-language", "fr_FR", *files, "-ts", str(ts)],
                            cwd=cwd, capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def update_pyqtgraph() -> None:
    import pyqtgraph

    base = Path(pyqtgraph.__file__).parent
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for i, rel in enumerate(PYQTGRAPH_FILES):
            text = (base / rel).read_text(encoding="utf-8").replace("_translate(", "translate(")
            copy = Path(tmp) / f"f{i}.py"
            copy.write_text(text, encoding="utf-8")
            copies.append(copy.name)
        (Path(tmp) / "extra.py").write_text(_pyqtgraph_extra(base), encoding="utf-8")
        lupdate([*copies, "extra.py"], PYQTGRAPH_TS, Path(tmp))


def _pyqtgraph_extra(base: Path) -> str:
    """The texts pyqtgraph translates from variables: its exporters' names, the axis menus' word."""
    names = []
    for path in sorted((base / "exporters").glob("*.py")):
        names += re.findall(r'^\s+Name = "([^"]+)"', path.read_text(encoding="utf-8"), re.MULTILINE)
    lines = [f'translate("Exporter", {name!r})' for name in names]
    lines.append('translate("ViewBox", "axis")')
    return "\n".join(lines) + "\n"


def plural_forms(ts: Path) -> dict:
    """{(context, source): [forms]} of the translated plural messages of ``ts``."""
    forms = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found = [f.text or "" for f in message.iter("numerusform")]
            if found and all(found):
                forms[(name, message.findtext("source"))] = found
    return forms


def mark_plurals(ts: Path, forms: dict) -> None:
    """Every message with ``%n`` becomes plural, with its French forms from before lupdate ran."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source:
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            known = forms.get((name, source))
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in known or ["", ""]:
                ET.SubElement(translation, "numerusform").text = text
            if known:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    write_ts(tree, ts)


def write_english_plurals() -> None:
    """The English forms of the plural messages: "%n epoch(s)" → "%n epoch" / "%n epochs"."""
    root = ET.Element("TS", version="2.1", language="en_US")
    for context in ET.parse(OURS).getroot().iter("context"):
        messages = [m for m in context.iter("message") if "%n" in (m.findtext("source") or "")]
        if not messages:
            continue
        out = ET.SubElement(root, "context")
        ET.SubElement(out, "name").text = context.findtext("name")
        for message in messages:
            source = message.findtext("source")
            entry = ET.SubElement(out, "message", numerus="yes")
            ET.SubElement(entry, "source").text = source
            translation = ET.SubElement(entry, "translation")
            ET.SubElement(translation, "numerusform").text = re.sub(r"\((?:s|es)\)", "", source)
            ET.SubElement(translation, "numerusform").text = re.sub(r"\((s|es)\)", r"\1", source)
    write_ts(ET.ElementTree(root), ENGLISH_TS)


def write_ts(tree, path: Path) -> None:
    ET.indent(tree, "    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def release() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(OURS), str(PYQTGRAPH_TS), "-qm", str(QM)],
                   check=True, capture_output=True)
    subprocess.run([tool("pyside6-lrelease"), str(ENGLISH_TS), "-qm", str(ENGLISH_QM)],
                   check=True, capture_output=True)


def check() -> int:
    """1 when lupdate over the sources would add a message to the catalogue."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / OURS.name
        shutil.copy(OURS, copy)
        report = lupdate(sources_with_examples(tmp), copy, ROOT)
    new = [line for line in report.splitlines() if "new and" in line]
    print(report.strip())
    return 0 if all("(0 new" in line for line in new) else 1


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    forms = plural_forms(OURS) if OURS.exists() else {}
    with tempfile.TemporaryDirectory() as tmp:
        print(lupdate(sources_with_examples(tmp), OURS, ROOT).strip())
    mark_plurals(OURS, forms)
    write_english_plurals()
    update_pyqtgraph()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
