"""The Slack-free core, assembled: settings in, a ready reader and analyser out.

The CLI and the Slack app both build this once per process; the spaCy pipeline and the
extraction workers are started here and nowhere else.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from bot.config import Settings
from bot.models import Analysis, Article, Failure
from bot.reading.extract import Extractor
from bot.reading.fetch import Fetcher
from bot.reading.sources import SourceReader
from bot.understanding.analyze import Analyzer
from bot.understanding.nlp import get_gazetteer, get_pipeline
from bot.understanding.workers import ProcessAnalyzer


@dataclass
class Core:
    settings: Settings
    reader: SourceReader
    analyzer: Analyzer
    workers: ProcessAnalyzer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def analyze_article(self, article: Article) -> Analysis | Failure:
        """Analyse in the worker processes when there are some (a Failure after
        ANALYSIS_TIMEOUT), else here (one at a time: the pass is CPU-bound; the text bounded)."""
        if self.workers is not None:
            return self.workers.analyze(article)
        with self._lock:
            return self.analyzer.analyze(article)

    def analyze_source(self, source: str) -> Analysis | Failure:
        """Read and analyse one source; a value either way."""
        article = self.reader.read(source)
        if isinstance(article, Failure):
            return article
        return self.analyze_article(article)

    def close(self) -> None:
        self.reader.extractor.close()
        if self.workers is not None:
            self.workers.close()


def build_core(
    settings: Settings, *, extract_in_process: bool = False, analysis_processes: int = 0
) -> Core:
    """The core; with analysis_processes > 0 (the Slack app) analyses run in that many
    worker processes, started and warmed up here."""
    nlp = get_pipeline(settings.spacy_model, settings.gazetteer_extra)
    gazetteer = get_gazetteer(settings.spacy_model, settings.gazetteer_extra)
    reader = build_reader(settings, extract_in_process=extract_in_process)
    analyzer = Analyzer(nlp, gazetteer, settings.analysis_max_chars)
    workers = None
    if analysis_processes > 0:
        workers = ProcessAnalyzer(
            analyzer,
            analysis_processes,
            settings.spacy_model,
            settings.gazetteer_extra,
            timeout=settings.analysis_timeout,
        )
        workers.warm_up()
    return Core(settings, reader, analyzer, workers)


def build_reader(settings: Settings, *, extract_in_process: bool = False) -> SourceReader:
    """Fetcher plus extractor: all that `extract` needs (no spaCy)."""
    extractor = Extractor(
        None if extract_in_process else settings.fetch.extract_timeout,
        workers=max(1, min(settings.workers, 4)),
    )
    return SourceReader(Fetcher(settings.fetch), extractor)
