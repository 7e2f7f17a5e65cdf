"""Many articles at once (`python -m bot analyze` with several sources): nlp.pipe in worker
processes, every result in its source's place.

The Slack app's ProcessAnalyzer (workers.py) serves one link at a time from spawned workers that
each load the pipeline. A batch instead forks its workers from the process that has just loaded
it: they share that memory and start in milliseconds, so the whole command is quicker than a
bare one-process spaCy pass rather than paying a pipeline load per worker. Each worker runs
Analyzer.analyze_many (nlp.pipe, in batches) over a chunk of articles and sends back plain
Analyses; a chunk whose worker died is analysed here instead, so nothing is lost.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot.models import Analysis, Article, Failure
from bot.understanding.analyze import Analyzer

log = logging.getLogger(__name__)

# Articles from which worker processes pay off (fewer: one nlp.pipe here is as quick).
MIN_ARTICLES = 4
# Articles a worker takes at a time: enough for nlp.pipe's batches, few enough that the chunks
# share out evenly and the first results print early.
CHUNK = 8
# A long batch takes bigger chunks (about two per worker, up to this many): nlp.pipe is a little
# cheaper per article in bigger batches.
MAX_CHUNK = 32

_analyzer: Analyzer | None = None  # the parent's, inherited by the forked workers


def _analyze_chunk(articles: list[Article]) -> list[Analysis | Failure]:
    assert _analyzer is not None, "batch worker started without an analyser"
    return guarded(_analyzer, articles)


def guarded(analyzer: Analyzer, articles: list[Article]) -> list[Analysis | Failure]:
    """The articles' analyses by nlp.pipe; when that fails, one by one, so an internal error
    on one article costs only that article (a Failure in its place, the detail in the log)."""
    try:
        return list(analyzer.analyze_many(articles, batch_size=max(1, len(articles))))
    except Exception:
        log.debug("a batch of %d failed; analysing one by one", len(articles), exc_info=True)
    return [_one(analyzer, article) for article in articles]


def _one(analyzer: Analyzer, article: Article) -> Analysis | Failure:
    try:
        return analyzer.analyze(article)
    except Exception:
        log.debug("analysing %s failed", article.source, exc_info=True)
        return Failure.internal(article.source)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def analyze_in_order(
    analyzer: Analyzer, items: Iterable[Article | Failure], processes: int, expected: int
) -> Iterator[Analysis | Failure]:
    """Each item's analysis (or the item itself when it is not an Article: a Failure), in the
    order of `items`, which are read lazily (reading the next sources overlaps the analysis of
    the first). `expected` (how many items there are) decides whether workers pay off;
    with `processes` < 2 everything runs here, still through nlp.pipe."""
    if processes < 2 or expected < MIN_ARTICLES or not can_fork():
        yield from _in_process(analyzer, items)
        return
    global _analyzer
    _analyzer = analyzer
    workers = min(processes, -(-expected // CHUNK))
    size = max(CHUNK, min(MAX_CHUNK, -(-expected // (2 * workers))))
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    # fork now, while this process runs no other thread (reading may start some)
    pool.submit(int).result()
    try:
        yield from _ordered(analyzer, pool, items, size)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _analyzer = None


def _in_process(
    analyzer: Analyzer, items: Iterable[Article | Failure]
) -> Iterator[Analysis | Failure]:
    for group in _chunks(items, CHUNK):
        yield from _merge(group, guarded(analyzer, _articles(group)))


def _chunks(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    """The items in consecutive groups of `size` articles (a Failure rides along in its place)."""
    group: list[Article | Failure] = []
    for item in items:
        group.append(item)
        if isinstance(item, Article) and len(_articles(group)) == size:
            yield group
            group = []
    if group:
        yield group


def _submit(
    pool: ProcessPoolExecutor, articles: list[Article]
) -> Future[list[Analysis | Failure]] | None:
    """The chunk handed to a worker; None when there is nothing to analyse or the pool is
    broken (a worker died)."""
    if not articles:
        return None
    try:
        return pool.submit(_analyze_chunk, articles)
    except BrokenProcessPool:
        return None


def _ordered(
    analyzer: Analyzer, pool: ProcessPoolExecutor, items: Iterable[Article | Failure], size: int
) -> Iterator[Analysis | Failure]:
    """Chunks go to the workers as they fill; finished chunks at the head are given out at
    once, the rest at the end, always in order."""
    pending: deque[tuple[list[Article | Failure], Future[list[Analysis | Failure]] | None]] = (
        deque()
    )
    for group in _chunks(items, size):
        pending.append((group, _submit(pool, _articles(group))))
        while pending and pending[0][1] is not None and pending[0][1].done():
            yield from _settle(analyzer, *pending.popleft())
    while pending:
        yield from _settle(analyzer, *pending.popleft())


def _settle(
    analyzer: Analyzer,
    group: list[Article | Failure],
    future: Future[list[Analysis | Failure]] | None,
) -> Iterator[Analysis | Failure]:
    """A chunk's results in place; analysed here when its worker could not do it."""
    done: list[Analysis | Failure] | None = None
    if future is not None:
        try:
            done = future.result()
        except BrokenProcessPool:
            log.warning("an analysis worker died; analysing its articles in this process")
        except Exception:  # the chunk could not travel back, say: never lose it
            log.debug("a worker's chunk failed; analysing it here", exc_info=True)
    if done is None:
        done = guarded(analyzer, _articles(group))
    yield from _merge(group, done)


def _articles(group: list[Article | Failure]) -> list[Article]:
    return [x for x in group if isinstance(x, Article)]


def _merge(
    group: list[Article | Failure], analyses: Iterable[Analysis | Failure]
) -> Iterator[Analysis | Failure]:
    """The group with each Article replaced by its analysis (same order)."""
    it = iter(analyses)
    for item in group:
        yield next(it) if isinstance(item, Article) else item
