"""Property tests: a damaged or hostile lesson file either loads or raises LessonError with one line —
never any other exception. Mutations of a shipped lesson's bytes (flips, cuts, insertions of TOML
tokens) and of its parsed table (values of the wrong type, keys dropped)."""

from __future__ import annotations

import copy
import tomllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnstudio.io.lessons import LessonError, lesson_files, load_lesson
from nnstudio.io.lessons.validate import lesson_from_table
from nnstudio.resources import LESSONS

SOURCE = lesson_files(LESSONS)[0].read_bytes()
TABLE = tomllib.loads(SOURCE.decode("utf-8"))
TOKENS = [b"[[step]]", b"[step.check]", b"=", b"\"", b"'''", b"{", b"}", b"[", b"]", b"\n", b"\x00", b"\xff",
          b"do = \"x\"", b"nan", b"inf", b"1e999", b"\"\"\"", b"answer = \"lab.iterate\""]
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def loads_or_fails_cleanly(path) -> None:
    try:
        load_lesson(path)
    except LessonError as exc:
        assert str(exc) and "\n" not in str(exc)


@FUZZ
@given(data=st.data())
def test_byte_mutations_give_a_lesson_or_one_line(tmp_path, data):
    raw = bytearray(SOURCE)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw)))
        how = data.draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if how == "flip" and at < len(raw):
            raw[at] = data.draw(st.integers(0, 255))
        elif how == "cut":
            del raw[at:at + data.draw(st.integers(1, 40))]
        elif how == "insert":
            raw[at:at] = data.draw(st.sampled_from(TOKENS))
        else:
            del raw[at:]
    path = tmp_path / "fuzz.toml"
    path.write_bytes(bytes(raw))
    loads_or_fails_cleanly(path)


VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True),
                   st.text(max_size=20), st.lists(st.integers(-3, 3), max_size=4),
                   st.dictionaries(st.sampled_from(["en", "fr", "de", "do", "k"]), st.text(max_size=5), max_size=3))


def _paths(table, prefix=()):
    if isinstance(table, dict):
        for key, value in table.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(table, list):
        for i, value in enumerate(table):
            yield (*prefix, i)
            yield from _paths(value, (*prefix, i))


PATHS = list(_paths(TABLE))


@FUZZ
@given(data=st.data())
def test_table_mutations_give_a_lesson_or_one_line(tmp_path, data):
    table = copy.deepcopy(TABLE)
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(PATHS))
        parent = table
        try:
            for key in path[:-1]:
                parent = parent[key]
            if data.draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = data.draw(VALUES)
        except (KeyError, IndexError, TypeError):
            continue
    try:
        lesson_from_table(table, tmp_path / "fuzz.toml")
    except LessonError as exc:
        assert str(exc) and "\n" not in str(exc)
