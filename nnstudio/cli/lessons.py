"""``nnstudio lessons list [--json]`` and ``nnstudio lessons check FILE|DIR …`` (DESIGN §4).

``list`` prints the shipped lessons (with ``--json`` one object ``{"lessons": [{"id", "title",
"languages", "concepts", "steps", "path"}]}``, paths relative to the repository root). ``check``
validates lesson files and folders: exit 0 with one summary line, or exit 2 with one line naming the
file, the step and the problem.
"""

from __future__ import annotations

from pathlib import Path

from nnstudio.io.lessons import LANGUAGES, check_paths, shipped_lessons
from nnstudio.resources import RESOURCES

from .common import print_json
from .errors import CliError


def register(subparsers):
    """Add the ``lessons`` sub-command (with ``list`` and ``check``) to an argparse ``subparsers``."""
    p = subparsers.add_parser("lessons", help="list the lessons, or check lesson files",
                              description="The lessons that follow the tutorials inside the app.")
    actions = p.add_subparsers(dest="lessons_command", metavar="list|check")
    actions.required = True
    listing = actions.add_parser("list", help="the shipped lessons: id, steps, concepts, title")
    listing.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    listing.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the titles (default en)")
    listing.set_defaults(run=run_list)
    checking = actions.add_parser("check", help="validate lesson files (exit 2 naming the file, step, problem)")
    checking.add_argument("paths", nargs="+", metavar="FILE|DIR", help="lesson files (.toml) or folders of them")
    checking.set_defaults(run=run_check)
    return p


def run(args) -> int:
    """Run ``lessons list`` or ``lessons check`` as ``args.lessons_command`` says."""
    return run_check(args) if args.lessons_command == "check" else run_list(args)


def run_list(args) -> int:
    """Print the shipped lessons; an invalid shipped lesson is an error naming it."""
    language = getattr(args, "lang", "en")
    lessons = [{"id": lesson.id, "title": lesson.title.get(language), "languages": list(LANGUAGES),
                "concepts": list(lesson.concepts), "steps": len(lesson.steps), "path": _shown(lesson.path)}
               for lesson in shipped_lessons()]
    if getattr(args, "json", False):
        print_json({"lessons": lessons})
        return 0
    width = max((len(item["id"]) for item in lessons), default=2)
    for item in lessons:
        print(f"{item['id']:<{width}}  {item['steps']:>2} steps  {item['title']}  [{', '.join(item['concepts'])}]")
    return 0


def run_check(args) -> int:
    report = check_paths(args.paths)
    if report.errors:
        raise CliError(report.summary())
    print(report.summary())
    return 0


def _shown(path: Path) -> str:
    """``resources/lessons/…`` relative to the repository root (absolute when outside it)."""
    try:
        return Path(path).resolve().relative_to(RESOURCES.parent).as_posix()
    except ValueError:
        return str(Path(path).resolve())
