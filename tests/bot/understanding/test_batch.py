"""Several articles at once (issue 12, item 18): nlp.pipe in worker processes, every result in
its source's place and the same as analysing the articles one by one."""

import json
import multiprocessing

import pytest

from bot.models import Article, Failure
from bot.understanding import batch
from tests.conftest import FIXTURES

LABELLED = json.loads((FIXTURES / "labelled.json").read_text())["articles"]


def articles() -> list[Article]:
    return [Article(source=a["id"], title=a["title"], text=a["text"]) for a in LABELLED]


def with_failures(items: list[Article]) -> list[Article | Failure]:
    """The articles with a failure at the start, in the middle and at the end."""
    gap = [Failure("not_found", "there is no such file", source=f"gap-{i}") for i in range(3)]
    return [gap[0], *items[:9], gap[1], *items[9:], gap[2]]


def new_children(before: set) -> set:
    """Child processes started since `before` (other tests may have left theirs running)."""
    return set(multiprocessing.active_children()) - before


def as_json(results) -> list[str]:
    return [json.dumps(r.to_dict(), sort_keys=True) for r in results]


@pytest.fixture(scope="module")
def one_by_one(analyzer):
    return as_json(
        r if isinstance(r, Failure) else analyzer.analyze(r) for r in with_failures(articles())
    )


def test_several_articles_run_in_worker_processes_in_order(analyzer, one_by_one):
    items = with_failures(articles())
    assert len(articles()) > 2 * batch.CHUNK  # several chunks, shared by the workers
    before = set(multiprocessing.active_children())
    results = batch.analyze_in_order(analyzer, iter(items), processes=2, expected=len(items))
    first = next(results)
    assert len(new_children(before)) == 2  # the workers, forked and running
    got = as_json([first, *results])
    assert got == one_by_one  # same analyses, same places, failures kept where they were
    assert new_children(before) == set()  # and stopped when done


@pytest.mark.parametrize(
    ("processes", "count"), [(0, len(LABELLED)), (1, len(LABELLED)), (2, batch.MIN_ARTICLES - 1)]
)
def test_few_articles_or_no_processes_stay_in_this_process(analyzer, processes, count):
    items = articles()[:count]
    expected = as_json(analyzer.analyze(a) for a in items)
    before = set(multiprocessing.active_children())
    results = batch.analyze_in_order(analyzer, iter(items), processes, expected=count)
    first = next(results)
    assert new_children(before) == set()
    assert as_json([first, *results]) == expected


def test_a_chunk_whose_worker_died_is_analysed_here(analyzer, one_by_one, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    real_submit = batch._submit
    calls = []

    def flaky_submit(pool, chunk):
        calls.append(len(chunk))
        if len(calls) == 2:  # the second chunk's worker "dies"
            return _broken()
        return real_submit(pool, chunk)

    def _broken():
        from concurrent.futures import Future

        future = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    monkeypatch.setattr(batch, "_submit", flaky_submit)
    items = with_failures(articles())
    results = batch.analyze_in_order(analyzer, iter(items), processes=2, expected=len(items))
    assert as_json(results) == one_by_one
    assert len(calls) >= 3


@pytest.mark.parametrize("processes", [0, 2])
def test_an_internal_error_costs_only_its_article(analyzer, one_by_one, monkeypatch, processes):
    real = analyzer.analyze_doc
    bad = LABELLED[3]["id"]

    def analyze_doc(article, doc, body_at):
        if article.source == bad:
            raise RuntimeError("internal detail nobody should see")
        return real(article, doc, body_at)

    monkeypatch.setattr(analyzer, "analyze_doc", analyze_doc)  # the workers inherit it
    items = with_failures(articles())
    got = list(batch.analyze_in_order(analyzer, iter(items), processes, expected=len(items)))
    failed = [r for r in got if isinstance(r, Failure) and r.code == "analysis_failed"]
    assert [f.source for f in failed] == [bad]
    assert "internal detail" not in failed[0].message
    at = next(i for i, r in enumerate(got) if r is failed[0])
    expected = list(one_by_one)
    expected[at] = json.dumps(failed[0].to_dict(), sort_keys=True)
    assert as_json(got) == expected  # everything else as before, in its place
