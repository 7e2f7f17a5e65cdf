"""The core never imports Slack: only the composition root (bot/app.py) and handlers/ do."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLACK_ROOTS = {"slack_bolt", "slack_sdk"}
ALLOWED = {"app.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_modules_do_not_import_slack():
    core = [p for p in (ROOT / "bot").rglob("*.py") if p.name not in ALLOWED]
    assert len(core) >= 10
    offenders = {str(p): _imports(p) & SLACK_ROOTS for p in core if _imports(p) & SLACK_ROOTS}
    assert offenders == {}


def test_the_check_sees_slack_imports(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from slack_sdk import WebClient\nimport slack_bolt.app\n")
    assert _imports(sample) & SLACK_ROOTS == SLACK_ROOTS
