"""The boundary between the core and the Slack edge, both ways.

- Nothing under bot/ imports Slack's libraries or handlers/, with one exception: the CLI's `run`
  command imports the Slack runtime (handlers.app) inside the function that starts it.
- handlers/ uses only the core's public names: no module or name with a leading underscore.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLACK_ROOTS = {"slack_bolt", "slack_sdk", "slack"}
EDGE = "handlers"
# (file under bot/, function): what that function alone may import from the edge
ALLOWED_EDGE_IMPORTS = {("cli.py", "cmd_run"): {"handlers.app"}}


def _imports(path: Path) -> list[tuple[str, str | None, str | None]]:
    """(module, imported name or None, enclosing function or None) for every import."""
    tree = ast.parse(path.read_text("utf-8"))
    found: list[tuple[str, str | None, str | None]] = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, function or child.name)
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, None, function) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.extend((child.module, alias.name, function) for alias in child.names)
            visit(child, function)

    visit(tree, None)
    return found


def _root(module: str) -> str:
    return module.split(".")[0]


def core_offences(path: Path) -> list[str]:
    allowed = ALLOWED_EDGE_IMPORTS
    out = []
    for module, _name, function in _imports(path):
        if _root(module) in SLACK_ROOTS:
            out.append(f"{path.name}: imports {module}")
        elif _root(module) == EDGE and module not in allowed.get((path.name, function), set()):
            out.append(f"{path.name}: imports {module} (in {function or 'the module'})")
    return out


def edge_offences(path: Path) -> list[str]:
    out = []
    for module, name, _function in _imports(path):
        if _root(module) != "bot":
            continue
        parts = module.split(".") + ([name] if name else [])
        if any(p.startswith("_") for p in parts):
            out.append(f"{path.name}: uses the core's private {'.'.join(parts)}")
    return out


def test_the_core_imports_neither_slack_nor_the_edge():
    core = list((ROOT / "bot").rglob("*.py"))
    assert len(core) >= 20
    assert [o for p in core for o in core_offences(p)] == []


def test_the_edge_uses_only_the_cores_public_names():
    edge = list((ROOT / EDGE).rglob("*.py"))
    assert len(edge) >= 6
    assert any(_root(m) == "bot" for p in edge for m, _, _ in _imports(p))
    assert [o for p in edge for o in edge_offences(p)] == []


def test_slack_lives_in_the_edge_only():
    """Every module that talks to Slack is under handlers/ (the app, the poster, middleware)."""
    edge = {p.name for p in (ROOT / EDGE).rglob("*.py")}
    assert {"app.py", "poster.py", "listeners.py", "middleware.py", "links.py", "render.py"} <= edge


def test_the_checks_see_offences(tmp_path):
    core = tmp_path / "x.py"
    core.write_text(
        "from slack_sdk import WebClient\nimport slack_bolt.app\n"
        "from handlers.render import escape\n"
        "def cmd_run():\n    from handlers.app import main\n"
    )
    assert len(core_offences(core)) == 4  # cmd_run is allowed in cli.py only
    cli = tmp_path / "cli.py"
    cli.write_text("def cmd_run():\n    from handlers.app import main\n")
    assert core_offences(cli) == []
    cli.write_text("from handlers.app import main\n")
    assert len(core_offences(cli)) == 1
    edge = tmp_path / "e.py"
    edge.write_text(
        "from bot.service import BriefService\nfrom bot.service import _date\n"
        "import bot._private\nfrom bot.remembering.store import Store\n"
    )
    assert len(edge_offences(edge)) == 2


def test_the_cli_loads_slack_only_to_run_it():
    import subprocess
    import sys

    code = (
        "import sys, bot.cli, bot.service, bot.core\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('slack_sdk', 'slack_bolt', 'handlers')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
