"""Analysis time against text length (issue 11 item 8): is the cost linear, and does a big text
slow the analyses after it?

    python benchmarks/big_texts.py [SIZES]     # default 50000,100000,200000,950000

Texts are built at run time by concatenating the tune-split articles of ../shared/eval/dev (the
third-party texts are never written anywhere), or the project's own sample article when that
set is absent. Each size is analysed twice in one process: with the ANALYSIS_MAX_CHARS cap
lifted (the raw cost of that much text) and with the default cap (what the bot does). Last, a
50k text is timed before and after the biggest one in the same process.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
TUNE_IDS = [*range(41, 61), *range(71, 91), *range(101, 116), *range(121, 136)]


def pieces() -> list[str]:
    if DEV.is_dir():
        return [json.loads((DEV / f"{i}.json").read_text())["text"] for i in TUNE_IDS]
    return [(ROOT / "bot" / "data" / "sample-article.txt").read_text().split("\n", 1)[1]]


def text_of(size: int, parts: list[str]) -> str:
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        out.append(parts[i % len(parts)])
        total += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)[:size]


def timed(analyzer, text: str) -> float:
    """CPU seconds of this process: the machine is shared, so wall time says more about the
    neighbours than about the text (the wall time is printed to stderr)."""
    from bot.models import Article

    started, wall = time.process_time(), time.perf_counter()
    analyzer.analyze(Article(source="benchmark", title="A long benchmark text", text=text))
    print(f"  ({len(text)} chars: {time.perf_counter() - wall:.2f} s wall)", file=sys.stderr)
    return time.process_time() - started


def main() -> int:
    arg = sys.argv[1] if len(sys.argv) > 1 else "50000,100000,200000,950000"
    sizes = [int(s) for s in arg.split(",")]
    from bot.understanding.analyze import Analyzer
    from bot.understanding.nlp import get_gazetteer, get_pipeline

    parts = pieces()
    analyzer = Analyzer(get_pipeline(), get_gazetteer())
    default_cap = getattr(analyzer, "max_chars", None)
    timed(analyzer, text_of(2_000, parts))  # warm-up
    print(f"texts from {'the dev tune split' if DEV.is_dir() else 'the sample article'}")
    print("CPU seconds")
    print(f"{'chars':>9}{'uncapped s':>12}{'s per 10k':>11}{'capped s':>10}")
    for size in sizes:
        text = text_of(size, parts)
        if default_cap is not None:
            analyzer.max_chars = 10**7
        raw = timed(analyzer, text)
        capped = float("nan")
        if default_cap is not None:
            analyzer.max_chars = default_cap
            capped = timed(analyzer, text)
        print(f"{size:>9}{raw:>12.2f}{raw / size * 10_000:>11.2f}{capped:>10.2f}", flush=True)
    small = text_of(50_000, parts)
    before = timed(analyzer, small)
    if default_cap is not None:
        analyzer.max_chars = 10**7
    timed(analyzer, text_of(max(sizes), parts))
    if default_cap is not None:
        analyzer.max_chars = default_cap
    after = timed(analyzer, small)
    print(f"50k text: {before:.2f} s before the {max(sizes)} one, {after:.2f} s after it")
    if default_cap is not None:
        print(f"default cap ANALYSIS_MAX_CHARS = {default_cap}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
