"""Analysis quality: real labelled articles (../shared/eval/dev), the self-written sets in
tests/fixtures and the seed article's gold.

python benchmarks/quality.py [-v] [--check]

The dev set's tune split is scored every run; its check split only with --check. The check split
was the honest estimate for unseen articles until it was scored and its misses read; all 100 dev
articles are tune data now, so an honest figure needs articles read for the first time (the
README says how the last ones were scored).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.reading.sources import article_from_text  # noqa: E402
from bot.understanding.analyze import Analyzer  # noqa: E402
from bot.understanding.evaluation import (  # noqa: E402
    evaluate_gold,
    evaluate_labelled,
    id_ranges,
)
from bot.understanding.nlp import get_gazetteer, get_pipeline  # noqa: E402

SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev" / "articles"
SCORER = SHARED / "eval" / "score_stances.py"
SPLITS = {  # the dev README's splits
    "tune": "41-60,71-90,101-115,121-135",
    "check": "61-70,91-100,116-120,136-140",
}
KINDS = {  # the dev README's kinds of article, as id ranges
    "companies and products": range(41, 71),
    "policy and debate": range(71, 121),
    "mixed and contested": range(121, 141),
}
DEV_KEYS = ["stance_correct", "false_position_rate", "recall", "precision"]
SETS = [  # (file in tests/fixtures, what it is)
    ("labelled.json", "short labelled set"),
    ("realistic.json", "realistic set"),
    ("heldout.json", "held-out set"),
    ("blind.json", "blind set"),
    ("blind2.json", "second blind set"),
    ("blind3.json", "third blind set"),
    ("blind4.json", "fourth blind set"),
]


def _spec(ids: list[int]) -> str:
    return ",".join(str(i) for i in ids)


def score_dev(ids: list[int]) -> dict:
    """Run the shared scorer (it drives `python -m bot analyze --json`) and read its summary."""
    done = subprocess.run(
        [sys.executable, str(SCORER), sys.executable, str(DEV), "--ids", _spec(ids)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def report_dev(check: bool) -> None:
    """Real articles: each split, whole and by kind of article."""
    if not (SCORER.is_file() and DEV.is_dir()):
        print("(../shared/eval/dev absent: real-article figures skipped)")
        return
    print(f"{'real articles (dev)':<44}" + "".join(f"{k:>20}" for k in DEV_KEYS))
    for split, spec in SPLITS.items():
        if split == "check" and not check:
            continue
        ids = id_ranges(spec)
        groups = [(f"{split} split, all ({len(ids)})", ids)]
        for kind, span in KINDS.items():
            part = [i for i in ids if i in span]
            groups.append((f"{split} split, {kind} ({len(part)})", part))
        for name, part in groups:
            summary = score_dev(part)
            print(f"{name:<44}" + "".join(f"{summary[k]:>20}" for k in DEV_KEYS))
    print()


def main() -> int:
    verbose = "-v" in sys.argv
    report_dev("--check" in sys.argv)
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
