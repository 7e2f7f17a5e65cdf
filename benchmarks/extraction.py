"""Extraction quality and speed on ../shared/extraction-benchmark: ours vs trafilatura defaults.

python benchmarks/extraction.py
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH = ROOT.parent / "shared" / "extraction-benchmark"


def main() -> int:
    if not (BENCH / "ground-truth.json").is_file():
        print("../shared/extraction-benchmark is absent: nothing to measure")
        return 0
    import trafilatura

    from bot.reading.extract import extract_fields, strip_boilerplate

    spec = importlib.util.spec_from_file_location("score", BENCH / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    truth = json.loads((BENCH / "ground-truth.json").read_text("utf-8"))
    ids = sorted(truth)
    pages = {
        i: gzip.decompress((BENCH / "html" / f"{i}.html.gz").read_bytes()).decode() for i in ids
    }

    def ours(html: str, url: str) -> str:
        fields = extract_fields(html, url)
        return strip_boilerplate(fields["text"]) if fields and fields.get("text") else ""

    def defaults(html: str, url: str) -> str:
        return trafilatura.extract(html, url=url) or ""

    print(f"{'extractor':<32}{'F1':>8}{'precision':>11}{'recall':>9}{'ms/page':>10}{'p95 ms':>9}")
    for name, fn in (
        ("trafilatura defaults", defaults),
        ("newsbrief (precision, no comments)", ours),
    ):
        times, pred = [], {}
        for i in ids:
            t = time.perf_counter()
            pred[i] = {"articleBody": fn(pages[i], truth[i]["url"])}
            times.append((time.perf_counter() - t) * 1000)
        s = scorer.score(truth, pred, ids)
        p95 = statistics.quantiles(times, n=20)[18]
        print(
            f"{name:<32}{s['f1']:>8.4f}{s['precision']:>11.4f}{s['recall']:>9.4f}"
            f"{statistics.mean(times):>10.1f}{p95:>9.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
