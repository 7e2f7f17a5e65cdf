"""Analyses in worker processes: same answers as in-process, a dead worker loses nothing, a
stuck one is replaced after ANALYSIS_TIMEOUT; and every analysis is bounded in size."""

import os
import signal

from bot.models import Analysis, Article, Failure
from bot.reading.sources import article_from_text
from bot.understanding.analyze import Analyzer
from bot.understanding.workers import ProcessAnalyzer
from tests.conftest import ROOT

SAMPLE = (ROOT / "bot" / "data" / "sample-article.txt").read_text()


def long_article(chars: int) -> Article:
    """The project's own sample article, repeated to chars characters."""
    head, body = SAMPLE.split("\n", 1)
    text = ("\n\n".join([body.strip()] * (chars // len(body) + 1)))[:chars]
    return Article(source="long.txt", title=head, text=text)


def test_worker_processes_match_in_process_and_survive_a_crash(analyzer):
    article = article_from_text(SAMPLE, "s")
    pool = ProcessAnalyzer(analyzer, processes=1)
    try:
        pool.warm_up()
        assert pool.analyze(article).to_dict() == analyzer.analyze(article).to_dict()
        for pid in pool.pids:  # a worker dies (OOM killer, segfault, ...)
            os.kill(pid, signal.SIGKILL)
        again = pool.analyze(article)  # answered in-process meanwhile
        assert again.to_dict() == analyzer.analyze(article).to_dict()
        assert pool.analyze(article).players  # and the pool works again
    finally:
        pool.close()


def test_stuck_analysis_times_out_and_its_worker_is_replaced(analyzer):
    """Issue 11 item 8: no analysis waits for ever; the stuck worker is killed and replaced."""
    article = article_from_text(SAMPLE, "s")
    big = long_article(90_000)  # seconds of work: far beyond the 0.2 s limit below
    pool = ProcessAnalyzer(analyzer, processes=1, timeout=0.2)
    try:
        pool.warm_up()
        [stuck_pid] = pool.pids
        got = pool.analyze(big)
        assert isinstance(got, Failure) and got.code == "analysis_timeout"
        assert "0.2 s" in got.message
        [new_pid] = pool.pids
        assert new_pid != stuck_pid
        assert not _alive(stuck_pid)
        pool.timeout = 120  # the replacement loads its pipeline, then answers as before
        again = pool.analyze(article)
        assert isinstance(again, Analysis)
        assert again.to_dict() == analyzer.analyze(article).to_dict()
    finally:
        pool.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie not yet reaped still answers signal 0: look at its state
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_text_over_the_cap_is_analysed_up_to_it(analyzer):
    """Issue 11 items 7 and 8: more than spaCy's 1,000,000 characters is no crash (E088), and
    a long text is analysed up to ANALYSIS_MAX_CHARS, which the analysis reports."""
    capped = Analyzer(analyzer.nlp, analyzer.gazetteer, max_chars=6_000)
    article = long_article(1_200_000)
    got = capped.analyze(article)
    assert got.truncated is True
    assert 5_400 <= got.analysed_chars <= 6_000
    assert got.article.text == article.text  # the article itself is kept whole
    assert got.players and got.to_dict()["truncated"] is True
    assert got.to_dict()["analysed_chars"] == got.analysed_chars


def test_default_cap_is_documented_and_configurable(analyzer):
    from bot.config import load_settings

    assert Analyzer(analyzer.nlp, analyzer.gazetteer).max_chars == 100_000
    assert load_settings({}).analysis_max_chars == 100_000
    settings = load_settings({"ANALYSIS_MAX_CHARS": "20000", "ANALYSIS_TIMEOUT": "30"})
    assert (settings.analysis_max_chars, settings.analysis_timeout) == (20_000, 30.0)
    assert "ANALYSIS_MAX_CHARS=" in (ROOT / ".env.example").read_text()
    assert "ANALYSIS_TIMEOUT=" in (ROOT / ".env.example").read_text()


def test_short_text_is_not_truncated(analyzer):
    got = analyzer.analyze(article_from_text(SAMPLE, "s"))
    assert got.truncated is False and got.analysed_chars == len(got.article.text)
