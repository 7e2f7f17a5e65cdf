"""Analyses in worker processes, so a busy bot uses every core.

The Slack app's own process is mostly I/O glue; spaCy's pass is CPU work that Python threads
cannot spread over cores. Each worker process loads the pipeline once, at start, and then only
receives articles and returns analyses (plain data). A worker that dies is replaced and the
article is analysed in the caller's process instead: a failure here never loses a brief.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot.models import Analysis, Article
from bot.understanding.analyze import Analyzer

log = logging.getLogger(__name__)
_worker_analyzer: Analyzer | None = None


def _init(model: str | None, extra: str | None) -> None:
    global _worker_analyzer
    from bot.understanding.nlp import get_gazetteer, get_pipeline

    _worker_analyzer = Analyzer(get_pipeline(model, extra), get_gazetteer(model, extra))


def _run(article: Article) -> Analysis:
    assert _worker_analyzer is not None, "worker not initialised"
    return _worker_analyzer.analyze(article)


class ProcessAnalyzer:
    """Thread-safe front to a pool of analysing processes, with an in-process fallback."""

    def __init__(
        self, local: Analyzer, processes: int, model: str | None = None, extra: str | None = None
    ) -> None:
        self.local = local
        self.processes = processes
        self._args = (model, extra)
        self._lock = threading.Lock()  # for the in-process fallback (CPU-bound, quick)
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init,
            initargs=self._args,
        )

    def warm_up(self) -> None:
        """Start every worker now (each loads the pipeline) rather than on the first links."""
        probe = Article(
            source="warm-up", title="Warm-up", text="Acme Labs released an open model. " * 3
        )
        futures = [self._pool.submit(_run, probe) for _ in range(self.processes)]
        for f in futures:
            f.result(timeout=120)

    def analyze(self, article: Article) -> Analysis:
        try:
            return self._pool.submit(_run, article).result()
        except BrokenProcessPool:
            log.warning("an analysis worker died; restarting the pool")
            with self._lock:
                self._pool = self._start()
        with self._lock:
            return self.local.analyze(article)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
