"""Lesson files: the reader's limits, the validator's one-line messages, the checks, the shipped lessons."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from nnstudio.io.lessons import (
    CONCEPTS,
    LessonError,
    check_paths,
    evaluate,
    load_lesson,
    parse_number,
    shipped_lessons,
)
from nnstudio.io.lessons.catalogue import ACTIONS, STATES
from nnstudio.io.lessons.model import Check
from nnstudio.io.lessons.reader import MAX_BYTES
from nnstudio.resources import DATA, LESSONS

MINIMAL = """
id = "tiny"
concepts = ["gradient-descent"]
network = "xor"
title.en = "Tiny"
title.fr = "Minuscule"
summary.en = "A tiny lesson."
summary.fr = "Une leçon minuscule."

[[step]]
title.en = "One"
title.fr = "Un"
text.en = "Open the Lab."
text.fr = "Ouvrez le Labo."
[step.check]
state = "lab.eta"
at_least = 0.1
[[step.show_me]]
do = "lab.open_function"
expr = "x^2 - x + 1"
x0 = 5
eta = 0.3
[[step.hints]]
en = "Use the Lab menu."
fr = "Utilisez le menu Labo."

[[step]]
title.en = "Two"
title.fr = "Deux"
text.en = "Type x1."
text.fr = "Tapez x1."
[step.check]
answer = "lab.iterate"
args = { k = 1 }
tolerance = 0.01
"""


def write(tmp_path: Path, text: str, name: str = "lesson.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(LessonError) as info:
        load_lesson(write(tmp_path, text))
    message = str(info.value)
    assert "\n" not in message
    return message


def test_a_minimal_lesson_loads_with_its_actions_checks_and_hints(tmp_path):
    lesson = load_lesson(write(tmp_path, MINIMAL))
    assert lesson.id == "tiny" and lesson.title.get("fr") == "Minuscule" and len(lesson.steps) == 2
    assert [a.name for a in lesson.start] == ["app.open_example"]
    first, second = lesson.steps
    assert first.actions[0].args == {"expr": "x^2 - x + 1", "x0": 5, "eta": 0.3}
    assert first.check.kind == "compare" and first.check.op == "at_least"
    assert first.hints[0].get("fr") == "Utilisez le menu Labo."
    assert second.check.kind == "answer" and second.check.args == {"k": 1}
    assert second.check.answers() == [second.check]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('title.fr = "Minuscule"\n', "", "tests.toml: title: no French text (title.fr)"),
    ('concepts = ["gradient-descent"]', 'concepts = ["gradient-ascent"]', "'gradient-ascent' is not a concept"),
    ('network = "xor"', 'network = "nowhere"', "no example network or .nnet file 'nowhere'"),
    ('do = "lab.open_function"', 'do = "lab.open_fonction"', "step 1: show_me[1]: unknown action 'lab.open_fonction'"),
    ('state = "lab.eta"', 'state = "lab.etta"', "step 1: check: unknown state value 'lab.etta'"),
    ("x0 = 5\n", "", "step 1: show_me[1] (lab.open_function): missing argument 'x0'"),
    ("x0 = 5\n", 'x0 = "five"\n', "x0: expected a number, got 'five'"),
    ("eta = 0.3\n", "eta = 0.3\nspeed = 2\n", "unknown argument 'speed'"),
    ('expr = "x^2 - x + 1"', 'expr = "x^2 - y"', "uses y"),
    ('expr = "x^2 - x + 1"', 'expr = "x^^2"', "step 1: show_me[1] (lab.open_function): expr: unexpected '^'"),
    ("at_least = 0.1", 'at_least = "high"', "at_least: expected a number"),
    ("at_least = 0.1", "at_least = 0.1\nat_most = 1", "exactly one of"),
    ("args = { k = 1 }", 'args = { k = "one" }', "step 2: check (lab.iterate): k: expected a whole number"),
    ("args = { k = 1 }\n", "", "step 2: check (lab.iterate): missing argument 'k'"),
    ('[[step.hints]]\nen = "Use the Lab menu."', '[[step.hints]]\nde = "x"\nen = "Use the Lab menu."',
     "step 1: hints[1]: unknown key 'de'"),
    ('text.fr = "Tapez x1."\n', "", "step 2: text: no French text (text.fr)"),
    ('title.en = "Two"', 'titel = "Two"\ntitle.en = "Two"', "step 2: the step: unknown key 'titel'"),
    ('id = "tiny"', 'id = "Tiny Lesson"', "id: expected lower-case letters"),
])
def test_each_problem_is_one_line_naming_the_file_the_step_and_what_is_wrong(tmp_path, old, new, expected):
    assert old in MINIMAL
    with pytest.raises(LessonError) as info:
        load_lesson(write(tmp_path, MINIMAL.replace(old, new, 1), "tests.toml"))
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(tmp_path / "tests.toml") + ": ")
    assert expected.removeprefix("tests.toml: ") in message


def test_check_values_must_fit_the_state_they_compare(tmp_path):
    bad_bool = MINIMAL.replace('state = "lab.eta"\nat_least = 0.1', 'state = "lab.open"\nat_least = 1')
    assert "lab.open is bool; at_least needs a number" in error_of(tmp_path, bad_bool)
    bad_answer = MINIMAL.replace('answer = "lab.iterate"\nargs = { k = 1 }', 'answer = "lab.open"')
    assert "the learner can only be asked for a number" in error_of(tmp_path, bad_answer)
    bad_setting = MINIMAL.replace('state = "lab.eta"\nat_least = 0.1', 'state = "training.running"\nequals = 1')
    assert "training.running is bool, got 1" in error_of(tmp_path, bad_setting)


def test_training_set_checks_the_value_against_the_setting(tmp_path):
    base = MINIMAL.replace('do = "lab.open_function"\nexpr = "x^2 - x + 1"\nx0 = 5\neta = 0.3',
                           'do = "training.set"\nfield = "FIELD"\nvalue = VALUE')

    def lesson(field, value):
        return base.replace("FIELD", field).replace("VALUE", value)

    assert load_lesson(write(tmp_path, lesson("learning_rate", "0.03")))
    assert load_lesson(write(tmp_path, lesson("regularization", '"l2"')))
    assert "batch_size must be ≥ 1" in error_of(tmp_path, lesson("batch_size", "0"))
    l3 = lesson("regularization", '"l3"')
    assert "regularization must be one of none, l1, l2, got 'l3'" in error_of(tmp_path, l3)
    assert "learning_rate expects a number" in error_of(tmp_path, lesson("learning_rate", '"x"'))
    assert "'speed' is not one of" in error_of(tmp_path, lesson("speed", "1"))


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "the file is empty"),
    (b"  \n\t\n", "the file is empty"),
    (b"id = \"x\"\x00\x01\x02", "a binary file"),
    (b"id = \"\xe9t\xe9\"", "not UTF-8 text"),
    (MINIMAL.encode()[:200], "not valid TOML"),
    (b"a = " + b"[" * 5000, "not valid TOML"),
    (b"x = 1\n", "the lesson: unknown key 'x'"),
    (b"id = \"a\"\n", "the lesson has no title"),
])
def test_damaged_files_give_one_clear_line(tmp_path, content, expected):
    path = tmp_path / "damaged.toml"
    path.write_bytes(content)
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    assert expected in str(info.value) and "\n" not in str(info.value)


def test_huge_files_folders_and_pipes_are_refused_without_reading_them(tmp_path):
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# " + b"x" * (MAX_BYTES + 10))
    with pytest.raises(LessonError, match="too large for a lesson"):
        load_lesson(huge)
    with pytest.raises(LessonError, match="not a regular file"):
        load_lesson(tmp_path)
    with pytest.raises(LessonError, match="cannot read it"):
        load_lesson(tmp_path / "missing.toml")
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.toml"
        os.mkfifo(fifo)
        with pytest.raises(LessonError, match="not a regular file"):
            load_lesson(fifo)  # would block forever if it were opened


def test_check_paths_reports_duplicates_and_the_first_error_of_a_folder(tmp_path):
    write(tmp_path, MINIMAL, "a.toml")
    write(tmp_path, MINIMAL, "b.toml")
    report = check_paths([tmp_path])
    assert len(report.lessons) == 1 and "id 'tiny' is already used" in report.summary()
    write(tmp_path, "", "c.toml")
    assert "(and 1 more invalid file)" in check_paths([tmp_path]).summary()


# --- checks ------------------------------------------------------------------------------------

def reader(values):
    def read(name, args):
        key = (name, tuple(sorted(args.items())))
        if key not in values:
            raise KeyError(name)
        return values[key]
    return read


def state(name, **args):
    return (name, tuple(sorted(args.items())))


def test_comparisons_are_met_only_when_true():
    read = reader({state("training.test_accuracy"): 0.87, state("training.diverged"): False,
                   state("network.hidden_sizes"): [4, 2], state("network.loss"): "bce"})
    cases = [
        (Check("compare", "training.test_accuracy", op="at_least", value=0.9), False),
        (Check("compare", "training.test_accuracy", op="at_least", value=0.85), True),
        (Check("compare", "training.test_accuracy", op="below", value=0.87), False),
        (Check("compare", "training.test_accuracy", op="between", value=[0.8, 0.9]), True),
        (Check("compare", "training.test_accuracy", op="equals", value=0.9, tolerance=0.05), True),
        (Check("compare", "training.diverged", op="equals", value=True), False),
        (Check("compare", "training.diverged", op="equals", value=False), True),
        (Check("compare", "network.hidden_sizes", op="equals", value=[4, 2]), True),
        (Check("compare", "network.loss", op="equals", value="BCE"), True),
        (Check("compare", "training.test_loss", op="at_most", value=1.0), False),  # not available
    ]
    for check, met in cases:
        outcome = evaluate(check, read)
        assert outcome.met is met, (check, outcome)
    assert "0.87 (needs ≥ 0.9)" in evaluate(cases[0][0], read).detail


def test_answers_accept_a_decimal_comma_and_never_give_the_expected_number_away():
    read = reader({state("lab.iterate", k=1): 2.3})
    check = Check("answer", "lab.iterate", {"k": 1}, tolerance=0.005)
    assert evaluate(check, read, ["2,3"]).met and evaluate(check, read, ["2.302"]).met
    wrong = evaluate(check, read, ["2.4"])
    assert not wrong.met and "2.3" not in wrong.detail.replace("2.4", "")
    assert not evaluate(check, read, [""]).met and not evaluate(check, read, ["deux"]).met
    assert not evaluate(check, reader({}), ["2.3"]).met  # nothing to compare with yet


@pytest.mark.parametrize(("state_name", "show_me", "language", "expected"), [
    ("stepper.value", False, "en", "the app cannot compute this number yet: open the step-through (F8)"),
    ("stepper.value", True, "en",
     "the app cannot compute this number yet: open the step-through (F8), or press Show me"),
    ("lab.iterate", False, "en", "the app cannot compute this number yet: open the Lab (Ctrl+Shift+G)"),
    ("training.updates_per_epoch", True, "en", "the app cannot compute this number yet: press Show me"),
    ("training.updates_per_epoch", False, "en", "the app cannot compute this number yet: do the previous steps first"),
    ("stepper.value", False, "fr", "l'application ne peut pas encore calculer ce nombre : ouvrez le pas à pas (F8)"),
    ("lab.iterate", True, "fr", "l'application ne peut pas encore calculer ce nombre : ouvrez le Labo "
                                "(Ctrl+Maj+G), ou cliquez sur Montrez-moi"),
])
def test_a_number_not_computable_yet_says_how_to_get_it(state_name, show_me, language, expected):
    """Show me is mentioned only when the step has one (its button is disabled otherwise)."""
    check = Check("answer", state_name, {})
    outcome = evaluate(check, reader({}), ["2.3"], language, show_me=show_me)
    assert not outcome.met and outcome.detail == expected


def test_all_and_any_combine_their_parts_and_route_each_answer():
    read = reader({state("lab.iterate", k=1): 2.3, state("lab.iterate", k=2): 1.22, state("lab.eta"): 0.3})
    both = Check("all", parts=(Check("answer", "lab.iterate", {"k": 1}), Check("answer", "lab.iterate", {"k": 2})))
    assert evaluate(both, read, ["2.3", "1.22"]).met
    assert not evaluate(both, read, ["1.22", "2.3"]).met
    either = Check("any", parts=(Check("compare", "lab.eta", op="above", value=1),
                                 Check("compare", "lab.eta", op="below", value=0.5)))
    assert evaluate(either, read).met


def test_parse_number_reads_what_learners_type():
    assert parse_number("−0,5") == -0.5 and parse_number(" 1e-3 ") == 0.001 and parse_number("2.3") == 2.3
    assert parse_number("nan") is None and parse_number("1/2") is None and parse_number(None) is None


# --- the shipped lessons -------------------------------------------------------------------------

def test_every_shipped_lesson_is_valid_and_names_only_catalogue_entries():
    lessons = shipped_lessons()
    assert lessons
    for lesson in lessons:
        for step in lesson.steps:
            assert all(action.name in ACTIONS for action in step.actions)
            if step.check is not None:
                assert all(name in STATES for name in step.check.states())
        raw = tomllib.loads(lesson.path.read_text(encoding="utf-8"))
        assert raw["id"] == lesson.id


def test_shipped_data_sets_are_in_the_repository():
    assert (DATA / "mushrooms.csv").stat().st_size > 300_000
    assert (DATA / "california_housing.csv").stat().st_size > 1_000_000
    assert "CC BY 4.0" in (DATA / "README.md").read_text(encoding="utf-8")
    assert LESSONS.is_dir()


def test_concepts_are_the_seventeen_of_the_curriculum():
    assert len(CONCEPTS) == 17 and len(set(CONCEPTS)) == 17


def test_the_curriculum_has_at_least_twelve_lessons_covering_every_concept_in_both_languages():
    lessons = shipped_lessons()
    assert len(lessons) >= 12 and len({lesson.id for lesson in lessons}) == len(lessons)
    assert {c for lesson in lessons for c in lesson.concepts} == set(CONCEPTS)
    for lesson in lessons:
        for step in lesson.steps:
            assert step.text.get("fr") != step.text.get("en") and step.title.get("fr")


def test_the_guide_documents_every_action_state_value_and_control():
    from nnstudio.io.lessons.catalogue import CONTROLS

    guide = (LESSONS.parent.parent / "docs" / "lessons.md").read_text(encoding="utf-8")
    for name in [*ACTIONS, *STATES, *CONTROLS, *CONCEPTS]:
        assert f"`{name}`" in guide or f"`{name.split('.')[0]}.{name.split('.')[-1]}`" in guide, name
    for lesson in shipped_lessons():
        assert f"| `{lesson.id}` | {', '.join(lesson.concepts)} | {len(lesson.steps)} |" in guide, lesson.id


def test_outcome_lines_speak_the_lessons_language():
    read = reader({state("lab.iterate", k=1): 2.3, state("lab.eta"): 0.3})
    answer = Check("answer", "lab.iterate", {"k": 1}, tolerance=0.01)
    assert evaluate(answer, read, ["2,3"], "fr").detail == "exact : l'application calcule 2.3"
    assert "ce n'est pas encore ça" in evaluate(answer, read, ["2"], "fr").detail
    compare = Check("compare", "lab.eta", op="between", value=[0.5, 1])
    assert evaluate(compare, read, language="fr").detail == "lab.eta = 0.3 (il faut entre 0.5 et 1)"
    missing = Check("compare", "training.loss", op="below", value=1)
    assert evaluate(missing, read, language="fr").detail == "training.loss : pas encore disponible"
