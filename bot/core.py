"""The Slack-free core, assembled: settings in, a ready reader and analyser out.

The CLI and the Slack app both build this once per process; the spaCy pipeline and the
extraction workers are started here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.analyze import Analyzer
from bot.config import Settings
from bot.extract import Extractor
from bot.fetch import Fetcher
from bot.models import Analysis, Failure
from bot.nlp import get_gazetteer, get_pipeline
from bot.sources import SourceReader


@dataclass
class Core:
    settings: Settings
    reader: SourceReader
    analyzer: Analyzer

    def analyze_source(self, source: str) -> Analysis | Failure:
        """Read and analyse one source; a value either way."""
        article = self.reader.read(source)
        if isinstance(article, Failure):
            return article
        return self.analyzer.analyze(article)

    def close(self) -> None:
        self.reader.extractor.close()


def build_core(settings: Settings, *, extract_in_process: bool = False) -> Core:
    nlp = get_pipeline(settings.spacy_model, settings.gazetteer_extra)
    gazetteer = get_gazetteer(settings.spacy_model, settings.gazetteer_extra)
    reader = build_reader(settings, extract_in_process=extract_in_process)
    return Core(settings, reader, Analyzer(nlp, gazetteer))


def build_reader(settings: Settings, *, extract_in_process: bool = False) -> SourceReader:
    """Fetcher plus extractor: all that `extract` needs (no spaCy)."""
    extractor = Extractor(
        None if extract_in_process else settings.fetch.extract_timeout,
        workers=max(1, min(settings.workers, 4)),
    )
    return SourceReader(Fetcher(settings.fetch), extractor)
