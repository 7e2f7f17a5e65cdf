"""`python -m bot analyze|extract` as a user runs it, on self-written articles."""

import json
import subprocess
import sys

import pytest

from tests.articles import ARTICLE_HTML
from tests.conftest import ROOT

SAMPLE = ROOT / "bot" / "data" / "sample-article.txt"


def run(*args, env=None):
    import os

    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "FETCH_"))}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def html_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "article.html"
    path.write_text(
        ARTICLE_HTML.format(title="Lumen Labs opens Aurora", canonical="https://ledger.example/a")
    )
    return path


def test_analyze_text_prints_a_brief():
    out = run("analyze", str(SAMPLE))
    assert out.returncode == 0, out.stderr
    assert "Key players" in out.stdout and "Lumen Labs" in out.stdout
    assert "[open]" in out.stdout and "[closed]" in out.stdout


def test_analyze_json_several_sources_one_failing(html_file, tmp_path):
    out = run(
        "analyze",
        "--json",
        str(SAMPLE),
        str(tmp_path / "missing.txt"),
        str(html_file),
        "http://127.0.0.1/",
    )
    assert out.returncode == 1
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 4
    ok, missing, html, blocked = lines
    assert {"source", "title", "summary", "players", "positions"} <= ok.keys()
    assert 2 <= len(ok["summary"]) <= 4
    assert missing["error"]["code"] == "not_found"
    assert html["title"] == "Lumen Labs opens Aurora" and html["author"] == "Jordan Pike"
    assert "Jordan Pike" not in {p["name"] for p in html["players"]}
    assert blocked["error"]["code"] == "blocked_address"


def test_analyze_json_is_schema_valid(schema, html_file):
    import jsonschema

    out = run("analyze", "--json", str(SAMPLE), str(html_file))
    for line in out.stdout.splitlines():
        jsonschema.validate(json.loads(line), schema)


def test_extract_json(html_file):
    out = run("extract", "--json", str(html_file))
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert set(data) == {
        "source",
        "url",
        "title",
        "author",
        "published",
        "site",
        "language",
        "text",
    }
    assert data["site"] == "The Test Ledger" and data["language"] == "en"


def test_bad_url_gives_exit_1_and_one_line():
    out = run("analyze", "gopher://example.com/")
    assert out.returncode == 1
    assert len(out.stdout.strip().splitlines()) == 1
    assert "invalid_url" in out.stdout


def test_usage_errors_exit_2():
    assert run("analyze").returncode == 2
    assert run("frobnicate").returncode == 2


def test_configuration_errors_are_one_clear_message():
    out = run("analyze", str(SAMPLE), env={"FETCH_TIMEOUT": "soon", "PORT": "x"})
    assert out.returncode == 2
    assert "FETCH_TIMEOUT" in out.stderr and "PORT" in out.stderr
    assert "Traceback" not in out.stderr


def test_missing_model_is_one_actionable_line():
    out = run("analyze", str(SAMPLE), env={"SPACY_MODEL": "no_such_model_xyz"})
    assert out.returncode == 1
    assert "pip install" in out.stderr and "Traceback" not in out.stderr
