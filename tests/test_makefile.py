"""`make demo` and `make test` reinstall the package only when pyproject.toml changed."""

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _project(tmp_path: Path) -> Path:
    """A copy of the Makefile beside a pyproject.toml and a venv whose python exists."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.write_text("#!/bin/sh\nexit 0\n")
    python.chmod(0o755)
    return tmp_path


def _install_is_due(project: Path) -> bool:
    """`make -q` exits 1 when the target is out of date, 0 when there is nothing to do."""
    done = subprocess.run(["make", "-q", "install"], cwd=project, capture_output=True)
    return done.returncode != 0


def test_install_runs_once_then_only_after_pyproject_changes(tmp_path):
    project = _project(tmp_path)
    assert _install_is_due(project)
    subprocess.run(["make", "install"], cwd=project, check=True, capture_output=True)
    assert not _install_is_due(project)
    later = time.time() + 5
    os.utime(project / "pyproject.toml", (later, later))
    assert _install_is_due(project)


def test_make_run_adds_no_line_of_its_own_before_the_apps(tmp_path):
    """`make run` with tokens set but Slack unreachable: the app's one line is all that comes
    before make's own "Error 1" (no echoed command, no reinstall)."""
    project = _project(tmp_path)
    subprocess.run(["make", "install"], cwd=project, check=True, capture_output=True)
    (project / ".venv" / "bin" / "python").write_text(
        "#!/bin/sh\necho 'newsbrief: cannot reach Slack' >&2\nexit 1\n"
    )
    # as a user runs it: not nested in another make (as under `make test`, where make would
    # add its own "Entering directory" lines)
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    out = subprocess.run(["make", "run"], cwd=project, capture_output=True, text=True, env=env)
    assert out.returncode != 0
    assert out.stdout == ""
    assert out.stderr.splitlines()[0] == "newsbrief: cannot reach Slack"
    assert [line for line in out.stderr.splitlines()[1:] if not line.startswith("make")] == []
