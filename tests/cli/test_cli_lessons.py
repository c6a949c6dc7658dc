"""``nnstudio lessons list [--json]`` and ``nnstudio lessons check FILE|DIR`` (DESIGN §4)."""

import json
import subprocess
import sys
from pathlib import Path

from nnstudio.cli import main
from nnstudio.io.lessons import CONCEPTS, lesson_files
from nnstudio.resources import LESSONS

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_is_the_contract(capsys):
    code, out, err = run_cli("lessons", "list", "--json", capsys=capsys)
    assert code == 0, err
    lessons = json.loads(out)["lessons"]
    assert [item["path"] for item in lessons] == [p.relative_to(ROOT).as_posix() for p in lesson_files(LESSONS)]
    for item in lessons:
        assert set(item) == {"id", "title", "languages", "concepts", "steps", "path"}
        assert item["languages"] == ["en", "fr"] and item["steps"] >= 1
        assert set(item["concepts"]) <= set(CONCEPTS)
        assert (ROOT / item["path"]).is_file()


def test_list_text_has_one_line_per_lesson(capsys):
    code, out, _ = run_cli("lessons", "list", "--lang", "fr", capsys=capsys)
    assert code == 0 and len(out.splitlines()) == len(lesson_files(LESSONS))
    assert "La descente de gradient, pas à pas" in out


def test_check_a_folder_prints_one_summary_line(capsys):
    code, out, err = run_cli("lessons", "check", LESSONS, capsys=capsys)
    assert code == 0, err
    assert out.count("\n") == 1 and f"{len(lesson_files(LESSONS))} lesson file" in out and "valid" in out


def test_check_fails_with_one_line_naming_file_step_and_problem(tmp_path, capsys):
    source = lesson_files(LESSONS)[0].read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(source.replace('do = "stepper.start"', 'do = "stepper.begin"', 1), encoding="utf-8")
    code, out, err = run_cli("lessons", "check", bad, capsys=capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and f"{bad}: step " in err and "unknown action 'stepper.begin'" in err
    for content in (b"", b"\x00\x01binary", source.encode()[:300]):
        bad.write_bytes(content)
        code, _, err = run_cli("lessons", "check", bad, capsys=capsys)
        assert code == 2 and err.count("\n") == 1 and str(bad) in err


def test_the_lessons_command_never_imports_qt(tmp_path):
    probe = ("import sys\nfrom nnstudio.cli import main\nmain(['lessons', 'check', sys.argv[1]])\n"
             "main(['lessons', 'list', '--json'])\n"
             "print('QT:' + ','.join(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))")
    result = subprocess.run([sys.executable, "-c", probe, str(LESSONS)], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip().endswith("QT:"), result.stderr
