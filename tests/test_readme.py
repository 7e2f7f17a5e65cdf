"""The README's sample brief is what `make demo` prints today (issue 12, item 15).

The brief changes whenever players or positions improve, so the README is compared with the live
output, never with a frozen copy. After such a change, regenerate the README's block with

    .venv/bin/python tests/test_readme.py
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
# The sentence that introduces the sample, then the fenced block that is the sample.
SAMPLE_BLOCK = re.compile(r"(as `make demo` prints it[^\n]*\n\n```\n)(.*?)(\n```\n)", re.S)


def demo_command() -> list[str]:
    """The `demo` target's command from the Makefile, run with this interpreter."""
    recipe = re.search(r"^demo:.*\n\t(.+)$", (ROOT / "Makefile").read_text(), re.M)
    assert recipe, "the Makefile has no demo target"
    args = shlex.split(recipe.group(1))
    assert args[0] == "$(BIN)/python", args
    return [sys.executable, *args[1:]]


def demo_output() -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "FETCH_"))}
    env.pop("SPACY_MODEL", None)  # the demo runs with the defaults a new user has
    env.pop("GAZETTEER_EXTRA", None)
    done = subprocess.run(
        demo_command(), capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.rstrip("\n")


def readme_sample() -> str:
    found = SAMPLE_BLOCK.search(README.read_text("utf-8"))
    assert found, "README.md has no sample brief after 'as `make demo` prints it'"
    return found.group(2)


def test_readme_sample_brief_is_what_make_demo_prints():
    assert readme_sample() == demo_output(), (
        "README.md's sample brief differs from `make demo`: regenerate it with "
        "`.venv/bin/python tests/test_readme.py`"
    )


def write() -> None:
    """Put the live `make demo` output into README.md's sample block."""
    text = README.read_text("utf-8")
    output = demo_output()
    new = SAMPLE_BLOCK.sub(lambda m: m.group(1) + output + m.group(3), text, count=1)
    README.write_text(new, "utf-8")


if __name__ == "__main__":
    write()
