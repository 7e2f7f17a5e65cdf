"""Which frame rule gives right and wrong positions on the real labelled articles.

python benchmarks/rules.py [--ids 41-60,71-90] [-v]

The dev figures say how often a position is right; this says *which rule* gave it, so a rule that
fires too broadly shows up before it costs us on unseen text. Each listed player that matches a
label is counted under its `basis` (the rule behind its stance): right (the label accepts the
stance), wrong (positioned label, other stance), invented (a high-confidence no-position label
given a side), or missed (a positioned label left at `none`). With -v it prints each wrong,
invented and missed case as article id, player, stance, label: no article text is printed.

Matching follows ../shared/eval/score_stances.py (names, aliases, a person's surname), which this
script imports from ../shared; it exits with a note when ../shared is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.understanding.evaluation import id_ranges  # noqa: E402

SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev" / "articles"
SCORER_DIR = SHARED / "eval"
ALL_IDS = "41-140"


def analyse(ids: list[int]) -> tuple[dict[int, dict], list[dict]]:
    """Write each article as the scorer does (headline first) and analyse them in one call."""
    golds = {i: json.loads((DEV / f"{i}.json").read_text("utf-8")) for i in ids}
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, gold in golds.items():
            path = Path(tmp) / f"{i}.txt"
            title = (gold.get("title") or "").strip()
            path.write_text(f"{title}\n{gold['text']}\n" if title else f"{gold['text']}\n")
            files.append(str(path))
        done = subprocess.run(
            [sys.executable, "-m", "bot", "analyze", "--json", *files],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
    docs = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return golds, docs


def tally(golds: dict[int, dict], docs: list[dict], matches) -> tuple[dict, list[str]]:
    """Count each matched player's outcome under the rule that gave its stance."""
    counts: dict[str, Counter] = defaultdict(Counter)
    cases: list[str] = []
    for (i, gold), doc in zip(golds.items(), docs, strict=True):
        for label in gold["players"]:
            hit = next((p for p in doc.get("players", []) if matches(label, p)), None)
            if hit is None:
                continue
            stance, basis = hit.get("stance") or "none", hit.get("basis") or "(no position)"
            accepted = {label["stance"], *(label.get("alt_stances") or [])}
            conf = label.get("confidence", "high")
            if label["stance"] != "none" and conf != "low":
                if stance in accepted:
                    counts[basis]["right"] += 1
                elif stance == "none":
                    counts["(no position)"]["missed"] += 1
                    cases.append(f"{i} {hit['name']}: none, label {label['stance']}")
                else:
                    counts[basis]["wrong"] += 1
                    cases.append(f"{i} {hit['name']}: {stance} by {basis}, label {label['stance']}")
            elif label["stance"] == "none" and conf == "high" and stance not in accepted:
                counts[basis]["invented"] += 1
                cases.append(f"{i} {hit['name']}: {stance} by {basis}, label none")
    return counts, cases


def main() -> int:
    if not DEV.is_dir():
        print("../shared/eval/dev is absent: nothing to measure")
        return 0
    sys.path.insert(0, str(SCORER_DIR))
    from score_stances import matches  # the scorer's own name matching

    spec = sys.argv[sys.argv.index("--ids") + 1] if "--ids" in sys.argv else ALL_IDS
    golds, docs = analyse(id_ranges(spec))
    counts, cases = tally(golds, docs, matches)
    keys = ["right", "wrong", "invented", "missed"]
    print(f"{'rule':<28}" + "".join(f"{k:>10}" for k in keys) + f"{'precision':>11}")
    for basis, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        given = c["right"] + c["wrong"] + c["invented"]
        share = f"{c['right'] / given:.2f}" if given else "-"
        print(f"{basis:<28}" + "".join(f"{c[k]:>10}" for k in keys) + f"{share:>11}")
    if "-v" in sys.argv:
        print()
        print("\n".join(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
