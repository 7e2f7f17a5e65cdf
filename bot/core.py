"""The Slack-free core, assembled: settings in, a ready reader and analyser out.

The CLI and the Slack app both build this once per process; the spaCy pipeline and the
extraction workers are started here and nowhere else.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Protocol

from bot.config import Settings
from bot.models import Analysis, Article, Failure
from bot.reading.extract import Extractor
from bot.reading.fetch import Fetcher
from bot.reading.sources import SourceReader
from bot.understanding.analyze import Analyzer
from bot.understanding.nlp import get_gazetteer, get_pipeline
from bot.understanding.workers import ProcessAnalyzer

# Extraction processes at most: each holds a trafilatura worker; more rarely pays off.
MAX_EXTRACT_PROCESSES = 4


class AnalysisBackend(Protocol):
    def analyze(self, article: Article) -> Analysis | Failure: ...

    def close(self) -> None: ...


class SerialAnalyzer:
    """The shared in-process analyser, one analysis at a time (the pass is CPU-bound and
    takes milliseconds): its one lock."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self._lock = threading.Lock()

    def analyze(self, article: Article) -> Analysis:
        with self._lock:
            return self.analyzer.analyze(article)

    def close(self) -> None:
        """Nothing to stop: the analyser lives in this process."""


@dataclass
class Core:
    """The reader, the analyser, and where analyses run: chosen once, when the core is built
    (worker processes, whose fallback guards the analyser with their own lock, or here)."""

    settings: Settings
    reader: SourceReader
    analyzer: Analyzer
    backend: AnalysisBackend

    def analyze_article(self, article: Article) -> Analysis | Failure:
        """Analyse where the core was built to (a Failure after ANALYSIS_TIMEOUT in workers)."""
        return self.backend.analyze(article)

    def analyze_source(self, source: str) -> Analysis | Failure:
        """Read and analyse one source; a value either way."""
        article = self.reader.read(source)
        if isinstance(article, Failure):
            return article
        return self.analyze_article(article)

    def analyze_url(self, url: str) -> Analysis | Failure:
        """Read one link as a web address only, never as a file path, and analyse it: what
        links from Slack get (`" http://x/secret.txt"` must not open a local file)."""
        article = self.reader.read_url(url)
        if isinstance(article, Failure):
            return article
        return self.analyze_article(article)

    def close(self) -> None:
        self.reader.extractor.close()
        self.backend.close()


def build_core(
    settings: Settings, *, extract_in_process: bool = False, analysis_processes: int = 0
) -> Core:
    """The core; with analysis_processes > 0 (the Slack app) analyses run in that many
    worker processes, started and warmed up here."""
    nlp = get_pipeline(settings.spacy_model, settings.gazetteer_extra)
    gazetteer = get_gazetteer(settings.spacy_model, settings.gazetteer_extra)
    reader = build_reader(settings, extract_in_process=extract_in_process)
    analyzer = Analyzer(nlp, gazetteer, settings.analysis_max_chars)
    backend: AnalysisBackend = SerialAnalyzer(analyzer)
    if analysis_processes > 0:
        workers = ProcessAnalyzer(
            analyzer,
            analysis_processes,
            settings.spacy_model,
            settings.gazetteer_extra,
            timeout=settings.analysis_timeout,
        )
        workers.warm_up()
        backend = workers
    return Core(settings, reader, analyzer, backend)


def build_reader(settings: Settings, *, extract_in_process: bool = False) -> SourceReader:
    """Fetcher plus extractor: all that `extract` needs (no spaCy)."""
    extractor = Extractor(
        None if extract_in_process else settings.fetch.extract_timeout,
        workers=max(1, min(settings.workers, MAX_EXTRACT_PROCESSES)),
    )
    return SourceReader(Fetcher(settings.fetch), extractor)
