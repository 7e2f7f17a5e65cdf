"""Analyses in worker processes, so a busy bot uses every core.

The Slack app's own process is mostly I/O glue; spaCy's pass is CPU work that Python threads
cannot spread over cores. Each worker process loads the pipeline once, at start, and then only
receives articles and returns analyses (plain data).

Every analysis has a time limit (ANALYSIS_TIMEOUT): a worker still busy after it is killed and
replaced, and the caller gets an `analysis_timeout` failure instead of waiting for ever (two
pathological links must not stall every worker). A worker that dies is replaced too, and that
article is analysed in the caller's process instead: a crash never loses a brief.
"""

from __future__ import annotations

import logging
import queue
import threading
from multiprocessing.connection import Connection

from bot.models import Analysis, Article, Failure
from bot.processes import Processes, Worker
from bot.understanding.analyze import DEFAULT_MAX_CHARS, Analyzer

log = logging.getLogger(__name__)
START_TIMEOUT = 180.0  # loading the pipeline in a fresh worker (slow on a busy machine)
DEFAULT_TIMEOUT = 60.0


def _worker_main(conn: Connection, model: str | None, extra: str | None, max_chars: int) -> None:
    from bot.understanding.nlp import get_gazetteer, get_pipeline

    analyzer = Analyzer(get_pipeline(model, extra), get_gazetteer(model, extra), max_chars)
    conn.send(("ready", None))
    while True:
        try:
            article = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if article is None:
            return
        try:
            conn.send(("ok", analyzer.analyze(article)))
        except Exception as exc:  # the parent logs it and answers in-process
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class _Died(Exception):
    """The worker process did not start or ended (killed, crashed)."""


class ProcessAnalyzer:
    """Thread-safe front to a pool of analysing processes, with an in-process fallback."""

    def __init__(
        self,
        local: Analyzer,
        processes: int,
        model: str | None = None,
        extra: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.local = local
        self.processes = processes
        self.timeout = timeout
        args = (model, extra, getattr(local, "max_chars", DEFAULT_MAX_CHARS))
        self._processes = Processes(_worker_main, args, "newsbrief-analyze")
        self._lock = threading.Lock()  # for the in-process fallback
        self._idle: queue.Queue[Worker] = queue.Queue()
        for _ in range(max(1, processes)):
            self._idle.put(self._processes.start())

    def _replace(self, worker: Worker) -> Worker:
        """Kill worker (stuck or dead) and start its successor, which loads meanwhile."""
        self._processes.kill(worker, wait=5.0)
        return self._processes.start()

    @property
    def pids(self) -> list[int]:
        return self._processes.pids

    def _ensure_ready(self, worker: Worker) -> None:
        if worker.ready:
            return
        if not worker.conn.poll(START_TIMEOUT):
            raise _Died("the worker did not start")
        status, _ = worker.conn.recv()
        if status != "ready":
            raise _Died("the worker did not start")
        worker.ready = True

    def warm_up(self) -> None:
        """Wait until every worker has loaded the pipeline, rather than on the first links."""
        workers = [self._idle.get() for _ in range(max(1, self.processes))]
        try:
            for worker in workers:
                self._ensure_ready(worker)
        finally:
            for worker in workers:
                self._idle.put(worker)

    def analyze(self, article: Article) -> Analysis | Failure:
        """The analysis, or an `analysis_timeout` failure after ANALYSIS_TIMEOUT seconds."""
        worker = self._idle.get()
        try:
            try:
                self._ensure_ready(worker)
                worker.conn.send(article)
                if not worker.conn.poll(self.timeout):
                    log.warning(
                        "analysis of %s took over %g s; replacing its worker",
                        article.source,
                        self.timeout,
                    )
                    worker = self._replace(worker)
                    return Failure(
                        "analysis_timeout",
                        f"the article took longer than {self.timeout:g} s to analyse",
                        source=article.source,
                        title=article.title,
                    )
                status, payload = worker.conn.recv()
                if status == "ok":
                    return payload
                # the worker is fine; the article made the analysis raise: retried here, so
                # the exception reaches the caller as it would without workers
                log.warning("analysis of %s failed in a worker: %s", article.source, payload)
            except (_Died, EOFError, OSError) as exc:
                log.warning("an analysis worker failed (%s); replacing it", exc)
                worker = self._replace(worker)
        finally:
            self._idle.put(worker)
        with self._lock:
            return self.local.analyze(article)

    def close(self) -> None:
        """Stop the worker processes."""
        self._processes.close(wait=2.0)
