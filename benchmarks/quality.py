"""Analysis quality: the labelled set in tests/fixtures and the seed article's gold.

python benchmarks/quality.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.reading.sources import article_from_text  # noqa: E402
from bot.understanding.analyze import Analyzer  # noqa: E402
from bot.understanding.evaluation import evaluate_gold, evaluate_labelled  # noqa: E402
from bot.understanding.nlp import get_gazetteer, get_pipeline  # noqa: E402

SHARED = ROOT.parent / "shared"
SETS = [  # (file in tests/fixtures, what it is)
    ("labelled.json", "short labelled set"),
    ("realistic.json", "realistic set"),
    ("heldout.json", "held-out set"),
    ("blind.json", "blind set"),
    ("blind2.json", "second blind set"),
    ("blind3.json", "third blind set"),
    ("blind4.json", "fourth blind set"),
]


def main() -> int:
    verbose = "-v" in sys.argv
    analyzer = Analyzer(get_pipeline(), get_gazetteer())
    rows = []
    for name, label in SETS:
        path = ROOT / "tests" / "fixtures" / name
        count = len(json.loads(path.read_text("utf-8"))["articles"])
        rows.append((f"{label} ({count})", evaluate_labelled(analyzer, path)))
    seed = SHARED / "fixtures" / "seed-article.txt"
    if seed.is_file():
        article = article_from_text(seed.read_text("utf-8"), str(seed))
        gold = json.loads((SHARED / "eval" / "seed-article.gold.json").read_text("utf-8"))
        rows.append(("seed article vs gold", evaluate_gold(analyzer.analyze(article), gold)))
    else:
        print("(../shared absent: seed article skipped)")
    keys = [
        "player_precision",
        "player_recall",
        "stance_accuracy",
        "positioned_right",
        "wrongly_positioned",
    ]
    print(f"{'set':<28}" + "".join(f"{k:>20}" for k in keys))
    for name, score in rows:
        d = score.as_dict()
        print(f"{name:<28}" + "".join(f"{d[k]:>20}" for k in keys))
        if d["forbidden_found"]:
            print("  forbidden players found:", d["forbidden_found"])
        if verbose:
            for err in score.errors:
                print("   ", err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
