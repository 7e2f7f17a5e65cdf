"""Analyses in worker processes: same answers as in-process, and a dead worker loses nothing."""

import os
import signal

from bot.reading.sources import article_from_text
from bot.understanding.workers import ProcessAnalyzer
from tests.conftest import ROOT


def test_worker_processes_match_in_process_and_survive_a_crash(analyzer):
    article = article_from_text((ROOT / "bot" / "data" / "sample-article.txt").read_text(), "s")
    pool = ProcessAnalyzer(analyzer, processes=1)
    try:
        pool.warm_up()
        assert pool.analyze(article).to_dict() == analyzer.analyze(article).to_dict()
        for pid in list(pool._pool._processes):  # a worker dies (OOM killer, segfault, ...)
            os.kill(pid, signal.SIGKILL)
        again = pool.analyze(article)  # answered in-process meanwhile
        assert again.to_dict() == analyzer.analyze(article).to_dict()
        assert pool.analyze(article).players  # and the pool works again
    finally:
        pool.close()
