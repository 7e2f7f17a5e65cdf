"""`python -m bot analyze|extract` as a user runs it, on self-written articles."""

import json
import re
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
    assert out.returncode == 2  # a configuration error (issue 12, item 17)
    assert "pip install" in out.stderr and "Traceback" not in out.stderr


# -- failures: exit codes and one style (issue 12, item 17) ---------------------------------

# Every line a person reads about a failure is a sentence: a capital first, a full stop last.
# On stderr it starts with the program's name; a source's failure on stdout names the source
# and ends with its code.
STDERR_LINE = r"^newsbrief(?: \w+)?: [A-Z0-9`].*[.?]$"
SOURCE_LINE = r"^Could not read .+: [a-z0-9{].*[^.]\. \[[a-z_]+\]$"


def test_a_spacy_model_that_does_not_load_is_a_configuration_error():
    out = run("analyze", str(SAMPLE), env={"SPACY_MODEL": "no_such_model_xyz"})
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert re.match(STDERR_LINE, lines[0]), lines[0]
    assert "no_such_model_xyz" in lines[0] and "pip install" in lines[0]
    # spaCy's own reason, whole: not cut in the middle of a word
    assert "a valid path to a data directory" in lines[0]


def test_a_directory_as_source_says_it_is_a_directory(tmp_path):
    out = run("analyze", "--json", str(tmp_path))
    assert out.returncode == 1
    error = json.loads(out.stdout)["error"]
    assert "directory" in error["message"] and "no such file" not in error["message"]
    text = run("extract", str(tmp_path))
    assert "is a directory" in text.stdout, text.stdout


def test_ask_with_an_empty_question_is_a_usage_error():
    out = run("ask", str(SAMPLE), "  ")
    assert out.returncode == 2
    assert out.stdout == ""
    assert "QUESTION" in out.stderr and "empty" in out.stderr
    assert "articles shared here" not in out.stderr  # the Slack help is not a usage message
    assert re.match(STDERR_LINE, out.stderr.strip().splitlines()[-1]), out.stderr


def test_failure_lines_share_one_style(tmp_path):
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    sources = [
        str(tmp_path / "missing.txt"),
        str(tmp_path),
        str(pdf),
        "gopher://example.com/",
        "file:///etc/hostname",
        "http://127.0.0.1/",
        "http://user:pw@example.com/",
    ]
    out = run("extract", *sources)
    lines = [line for line in out.stdout.splitlines() if line.strip() and set(line) != {"-"}]
    assert len(lines) == len(sources), out.stdout
    for line in lines:
        assert re.match(SOURCE_LINE, line), line
    for args, env in (
        (("analyze", str(SAMPLE)), {"FETCH_TIMEOUT": "soon", "PORT": "x"}),
        (("analyze", str(SAMPLE)), {"SPACY_MODEL": "no_such_model_xyz"}),
        (("analyze",), {}),
        (("frobnicate",), {}),
        (("ask", str(SAMPLE), ""), {}),
    ):
        err = run(*args, env=env).stderr
        firsts = [line for line in err.splitlines() if line.startswith("newsbrief")]
        assert firsts, err
        for line in firsts:
            assert re.match(STDERR_LINE, line), line
        for detail in err.splitlines():
            if detail.startswith("  "):  # one line per configuration problem
                assert detail.strip()[0].isupper() and detail.endswith("."), detail


def _message_literals() -> list[tuple[str, str]]:
    """(where, literal text) of every message given to Failure(...) or BadURL(...) in bot/."""
    import ast

    found = []
    for path in (ROOT / "bot").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id == "Failure" and len(node.args) >= 2:
                arg = node.args[1]
            elif node.func.id == "BadURL" and node.args:
                arg = node.args[0]
            else:
                continue
            where = f"{path.name}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((where, arg.value))
            elif isinstance(arg, ast.JoinedStr):
                found.append(
                    (
                        where,
                        "".join(
                            v.value if isinstance(v, ast.Constant) else "{}" for v in arg.values
                        ),
                    )
                )
            else:
                found.append((where, "{}"))  # a message built elsewhere: checked at its source
    return found


def test_failure_messages_are_clauses_in_one_style():
    """A Failure's message is a clause the reader's sentence wraps ("Could not read X: ...",
    "I couldn't read that link: ..."): lower case first, no full stop of its own."""
    literals = _message_literals()
    assert len(literals) > 20
    for where, text in literals:
        assert not text[:1].isupper(), (where, text)
        assert not text.rstrip().endswith((".", ":")) or text.endswith("{}"), (where, text)


def test_analyze_many_sources_in_workers_gives_the_same_lines_in_order(tmp_path):
    """Several sources go through worker processes (issue 12, item 18): one JSON line per
    source, in order, each the same as in one process."""
    labelled = json.loads((ROOT / "tests" / "fixtures" / "labelled.json").read_text())
    files = []
    for item in labelled["articles"][:10]:
        path = tmp_path / f"{item['id']}.txt"
        path.write_text(f"{item['title']}\n{item['text']}\n")
        files.append(str(path))
    files.insert(4, str(tmp_path / "missing.txt"))
    workers = run("analyze", "--json", *files, env={"ANALYSIS_PROCESSES": "2"})
    here = run("analyze", "--json", *files, env={"ANALYSIS_PROCESSES": "0"})
    assert workers.returncode == here.returncode == 1  # the missing file
    lines = [json.loads(line) for line in workers.stdout.splitlines()]
    assert [d["source"] for d in lines] == files
    assert lines[4]["error"]["code"] == "not_found"
    assert workers.stdout == here.stdout


# -- issue 11 items 7 and 9: huge texts, failing sources, binary files ---------------------


def test_text_over_a_million_characters_is_analysed_and_the_next_source_too(tmp_path):
    head, body = SAMPLE.read_text().split("\n", 1)
    huge = tmp_path / "huge.txt"
    huge.write_text(head + "\n" + "\n\n".join([body.strip()] * (1_100_000 // len(body) + 1)))
    assert len(huge.read_text()) > 1_000_000  # past spaCy's max_length (E088)
    env = {"ANALYSIS_MAX_CHARS": "20000"}
    out = run("analyze", "--json", str(huge), str(SAMPLE), env=env)
    assert "Traceback" not in out.stderr
    assert out.returncode == 0, out.stderr
    first, second = [json.loads(line) for line in out.stdout.splitlines()]
    assert first["truncated"] is True and first["analysed_chars"] <= 20_000
    assert first["players"] and second["players"] and second["truncated"] is False
    text = run("analyze", str(huge), env=env)
    assert "analysed its first" in text.stdout and "Traceback" not in text.stderr


def test_a_failing_analysis_does_not_skip_the_other_sources(
    monkeypatch, capsys, analyzer, tmp_path
):
    """An internal error on one source: a clear line for it, the next source still analysed."""
    import bot.core
    from bot import cli
    from bot.config import load_settings

    class Flaky:
        def analyze(self, article):
            if article.source.endswith("first.txt"):
                raise RuntimeError("internal detail nobody should see")
            return analyzer.analyze(article)

        def close(self):
            pass

    def fake_core(settings):
        return bot.core.Core(settings, bot.core.build_reader(settings), Flaky(), Flaky())

    monkeypatch.setattr(bot.core, "build_core", fake_core)
    monkeypatch.setattr(cli, "_settings", lambda: load_settings({}))
    first = tmp_path / "first.txt"
    first.write_text(SAMPLE.read_text())
    code = cli.main(["analyze", "--json", str(first), str(SAMPLE)])
    captured = capsys.readouterr()
    failed, ok = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 1
    assert failed["error"]["code"] == "analysis_failed"
    assert "internal detail" not in captured.out + captured.err
    assert ok["players"]


def test_binary_file_is_unsupported_and_never_printed(tmp_path):
    import random

    paths = [tmp_path / name for name in ("blob", "blob.txt", "blob.html")]
    for path in paths:
        path.write_bytes(random.Random(11).randbytes(6000))
    out = run("analyze", "--json", *map(str, paths))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["error"]["code"] for line in lines] == ["unsupported_type"] * 3
    assert all("title" not in line["error"] for line in lines) and len(out.stdout) < 1200
    text = run("analyze", str(paths[1]))
    assert "[unsupported_type]" in text.stdout and len(text.stdout) < 400
