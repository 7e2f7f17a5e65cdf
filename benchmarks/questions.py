"""Questions on real articles: are "who is for open / closed AI?" and "where does X stand?"
answered right, and is a player absent from the article ever invented?

python benchmarks/questions.py [--ids 41-60,71-90,101-115,121-135] [--dir DIR] [-v]

`--dir` reads another folder of labelled articles in the dev set's format (every NN.json in it,
unless --ids is given), such as a set of real articles kept outside the project.

Each labelled dev article (../shared/eval/dev) is analysed once; then, per article:
- "who is for open AI?" and "who is for closed AI?": a listed player is right when its label
  accepts that side; a labelled high/medium player of that side is covered when it is listed;
- "where does X stand?" for every labelled high/medium positioned player: right when the answer
  gives X an accepted stance;
- "where does Y stand?" for a well-known name absent from the text: right when no player is named.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.asking.questions import Context, QuestionEngine  # noqa: E402
from bot.reading.sources import article_from_text  # noqa: E402
from bot.understanding.analyze import Analyzer  # noqa: E402
from bot.understanding.evaluation import id_ranges  # noqa: E402
from bot.understanding.nlp import get_gazetteer, get_pipeline  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"
DEV = SHARED / "dev" / "articles"
TUNE = "41-60,71-90,101-115,121-135"
ABSENT = ["Jensen Huang", "Sam Altman", "Satya Nadella", "Lina Khan", "Demis Hassabis"]


def _scorer():
    """The shared scorer's name matching, so both benchmarks agree on who is who."""
    spec = importlib.util.spec_from_file_location("score_stances", SHARED / "score_stances.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _accepted(gold: dict) -> set[str]:
    return {gold["stance"], *(gold.get("alt_stances") or [])}


def main() -> int:
    folder = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else DEV
    if not folder.is_dir():
        print(f"({folder} absent: nothing to measure)")
        return 0
    if "--ids" in sys.argv:
        ids = id_ranges(sys.argv[sys.argv.index("--ids") + 1])
    elif folder != DEV:
        ids = sorted(int(f.stem) for f in folder.glob("[0-9]*.json"))
    else:
        ids = id_ranges(TUNE)
    verbose = "-v" in sys.argv
    score = _scorer()
    analyzer = Analyzer(get_pipeline(), get_gazetteer())
    engine = QuestionEngine(analyzer.gazetteer)
    t = dict.fromkeys(
        [
            "listed",
            "listed_right",
            "due",
            "covered",
            "asked",
            "answered_right",
            "absent",
            "absent_ok",
        ],
        0,
    )
    for i in ids:
        gold = json.loads((folder / f"{i}.json").read_text("utf-8"))
        text = f"{gold.get('title', '').strip()}\n{gold['text']}\n"
        contexts = [Context(analyzer.analyze(article_from_text(text, f"{i}.txt")))]
        # an answer names a player; its aliases are the player's too, as in the scorer
        aliases = {p.name: p.aliases for p in contexts[0].analysis.players}
        labelled = [g for g in gold["players"] if g.get("confidence", "high") != "low"]
        for side in ("open", "closed"):
            answer = engine.answer(f"who is for {side} AI?", contexts)
            listed = [{"name": n, "aliases": aliases.get(n, [])} for n, _ in answer.players]
            for p in listed:
                t["listed"] += 1
                label = next((g for g in gold["players"] if score.matches(g, p)), None)
                ok = label is not None and side in _accepted(label)
                t["listed_right"] += ok
                if verbose and not ok:
                    print(f"{i} for {side}: listed {p['name']} (label {label and label['stance']})")
            for g in labelled:
                if g["stance"] == side and g["type"] != "PRODUCT":
                    t["due"] += 1
                    t["covered"] += any(score.matches(g, p) for p in listed)
        for g in labelled:
            if g["stance"] == "none":
                continue
            answer = engine.answer(f"where does {g['name']} stand?", contexts)
            t["asked"] += 1
            said = [
                s
                for n, s in answer.players
                if score.matches(g, {"name": n, "aliases": aliases.get(n, [])})
            ]
            ok = bool(said) and said[0] in _accepted(g)
            t["answered_right"] += ok
            if verbose and not ok:
                print(
                    f"{i} where does {g['name']} stand: {said or 'not found'} (label {g['stance']})"
                )
        absent = next(n for n in ABSENT if n.split()[-1].lower() not in text.lower())
        answer = engine.answer(f"where does {absent} stand?", contexts)
        t["absent"] += 1
        t["absent_ok"] += not answer.players
    print(
        json.dumps(
            {
                "supporters_listed_right": round(t["listed_right"] / max(1, t["listed"]), 3),
                "supporters_covered": round(t["covered"] / max(1, t["due"]), 3),
                "position_right": round(t["answered_right"] / max(1, t["asked"]), 3),
                "absent_never_invented": round(t["absent_ok"] / max(1, t["absent"]), 3),
                **t,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
