"""Resident memory of a long-running analyser: after start-up, after 500 and 1,000 analyses of
distinct articles (fresh names and numbers in every one, so spaCy's string store would keep
growing), with and without `nlp.memory_zone()`.

    python benchmarks/memory.py [N]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYLLABLES = [
    "ka",
    "lo",
    "mer",
    "vin",
    "tra",
    "zel",
    "dor",
    "qui",
    "sab",
    "ren",
    "tov",
    "lix",
    "mar",
    "pel",
    "gor",
    "fen",
    "yas",
    "bru",
    "cal",
    "nim",
]


def name(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def article(i: int, rng: random.Random):
    from bot.models import Article

    org, org2 = f"{name(rng)} Labs", f"{name(rng)} AI"
    person, person2 = f"{name(rng, 2)} {name(rng)}", f"{name(rng, 2)} {name(rng)}"
    model = f"{name(rng)} {rng.randint(2, 9)}"
    body = (
        f"{org} said on Monday that it will publish the weights of its {model} model under an "
        f"open licence, after raising ${rng.randint(10, 900)} million.\n"
        f'"Open models are the future," {org} chief executive {person} said in an interview '
        f"in {name(rng)} City.\n"
        f"{org2} president {person2} argued that releasing weights is reckless and said "
        f"{org2} would keep its {name(rng)} system proprietary.\n"
        f"Analysts at {name(rng)} Capital expect {rng.randint(2, 40)} more labs to pick a side "
        f"by {rng.randint(2027, 2040)}."
    )
    return Article(source=f"mem-{i}", title=f"{org} opens {model}", text=body)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(n: int, zone: bool) -> tuple[float, float, float, int]:
    from bot.understanding.analyze import Analyzer, doc_text
    from bot.understanding.nlp import get_gazetteer, get_pipeline

    analyzer = Analyzer(get_pipeline(), get_gazetteer())
    rng = random.Random(7)
    analyzer.analyze(article(-1, rng))  # warm up
    start = rss_mb()
    half = 0.0
    for i in range(n):
        a = article(i, rng)
        if zone:
            analyzer.analyze(a)
        else:
            text, at = doc_text(a)
            analyzer.analyze_doc(a, analyzer.nlp(text), at)
        if i + 1 == n // 2:
            half = rss_mb()
    return start, half, rss_mb(), len(analyzer.nlp.vocab.strings)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    zone = "--no-zone" not in sys.argv
    start, half, end, strings = run(n, zone)
    growth = (end - half) / half * 100
    label = "with memory_zone" if zone else "without memory_zone"
    print(
        f"{label}: RSS after start-up {start:.0f} MB, after {n // 2} analyses {half:.0f} MB, "
        f"after {n} {end:.0f} MB; growth over the second {n // 2}: {growth:.1f}%; "
        f"string store {strings} entries"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
