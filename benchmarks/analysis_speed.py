"""Analysis cost against a bare spaCy pass over the same texts with the same trained pipeline.

    python benchmarks/analysis_speed.py [N]

Texts: the labelled set, the sample article and (when present) the seed article, repeated to N
articles. 'bare' is `nlp.pipe` with the plain trained pipeline; 'ours' is Analyzer.analyze_many,
which adds our components and the player/stance pass. Start-up (loading) is timed separately and
included in the ratio, as the issue asks.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts() -> list[tuple[str, str]]:
    items = [
        (a["title"], a["text"])
        for a in json.loads((ROOT / "tests" / "fixtures" / "labelled.json").read_text())["articles"]
    ]
    sample = (ROOT / "bot" / "data" / "sample-article.txt").read_text().split("\n", 1)
    items.append((sample[0], sample[1]))
    seed = ROOT.parent / "shared" / "fixtures" / "seed-article.txt"
    if seed.is_file():
        head, body = seed.read_text().split("\n", 1)
        items.append((head, body))
    return items


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    base = texts()
    corpus = [base[i % len(base)] for i in range(n)]
    import spacy

    from bot.analyze import Analyzer, doc_text
    from bot.models import Article
    from bot.nlp import get_gazetteer, get_pipeline, load_base

    t = time.perf_counter()
    bare = load_base()
    bare_load = time.perf_counter() - t
    t = time.perf_counter()
    nlp = get_pipeline()
    analyzer = Analyzer(nlp, get_gazetteer())
    our_load = time.perf_counter() - t
    articles = [Article(source=str(i), title=h, text=b) for i, (h, b) in enumerate(corpus)]
    raw = [doc_text(a)[0] for a in articles]

    t = time.perf_counter()
    for _ in bare.pipe(raw, batch_size=16):
        pass
    bare_time = time.perf_counter() - t

    t = time.perf_counter()
    for _ in analyzer.analyze_many(articles, batch_size=16):
        pass
    our_time = time.perf_counter() - t

    per = []
    for a in articles[: min(60, n)]:
        s = time.perf_counter()
        analyzer.analyze(a)
        per.append((time.perf_counter() - s) * 1000)
    p95 = statistics.quantiles(per, n=20)[18]
    words = sum(len(b.split()) for _, b in corpus)
    print(
        f"spaCy {spacy.__version__}, pipeline {nlp.meta['name']} {nlp.meta['version']}; "
        f"{n} articles, {words} words"
    )
    print(f"{'':<26}{'load s':>8}{'run s':>8}{'art/s':>8}{'ratio (incl. load)':>20}")
    print(
        f"{'bare nlp.pipe':<26}{bare_load:>8.2f}{bare_time:>8.2f}{n / bare_time:>8.1f}{1.0:>20.2f}"
    )
    ratio = (our_load + our_time) / (bare_load + bare_time)
    print(
        f"{'newsbrief analyze_many':<26}{our_load:>8.2f}{our_time:>8.2f}{n / our_time:>8.1f}"
        f"{ratio:>20.2f}"
    )
    print(f"single analyze(): median {statistics.median(per):.1f} ms, p95 {p95:.1f} ms per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
