"""Every word list and every method is bound once: a second binding of the same name in a
module (or a class) silently replaces the first for every rule that reads it (this round a
new "CONCEDING" shadowed the verbs of granting a point, and a second `Holders.ranged` the
first, and rules went wrong without an error)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[3] / "bot"
MODULES = sorted(BOT.rglob("*.py"))


def top_level_bindings(path: Path) -> Counter[str]:
    """Names bound by plain assignment at a module's top level (an augmented "|=" adds to a
    list on purpose and is not counted)."""
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text()).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def method_bindings(path: Path) -> Counter[str]:
    """Methods defined in each class of a module, as "Class.method"."""
    names: Counter[str] = Counter()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ClassDef):
            names.update(
                f"{node.name}.{f.name}"
                for f in node.body
                if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
            )
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BOT)))
def test_no_class_defines_a_method_twice(path):
    twice = [name for name, n in method_bindings(path).items() if n > 1]
    assert twice == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BOT)))
def test_no_module_binds_a_name_twice(path):
    twice = [name for name, n in top_level_bindings(path).items() if n > 1]
    assert twice == []


def test_a_second_binding_is_caught(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("WORDS = {'a'}\nWORDS |= {'b'}\nOTHER = 1\nWORDS = {'c'}\n")
    assert top_level_bindings(module)["WORDS"] == 2


def test_a_second_method_is_caught(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "class A:\n    def f(self): ...\n    def g(self): ...\n    def f(self): ...\n"
    )
    assert method_bindings(module)["A.f"] == 2
