"""Batch analysis from the command line against a bare spaCy pass over the same texts.

    python benchmarks/batch_cli.py [RUNS]

Times the whole command `python -m bot analyze --json f1 ... f100` (start-up and pipeline load
included) against a bare `python -c` that loads the same trained pipeline and runs `nlp.pipe`
over the same texts in one process. The texts are the dev set's 100 articles
(../shared/eval/dev/articles), written to a temporary directory at run time as the scorer writes
them (headline on the first line): never copied into the project. Each command runs RUNS times
(default 3), alternating; the medians give the ratio (issue 12 asks for at most 0.8).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"

BARE = """
import sys
from pathlib import Path
from bot.understanding.nlp import load_base
nlp = load_base({model!r})
texts = [Path(p).read_text() for p in sys.argv[1:]]
for _ in nlp.pipe(texts):
    pass
"""


def write_texts(folder: Path) -> list[Path]:
    files = []
    for path in sorted(DEV.glob("[0-9]*.json"), key=lambda p: int(p.stem)):
        item = json.loads(path.read_text("utf-8"))
        title = (item.get("title") or "").strip()
        out = folder / f"{path.stem}.txt"
        out.write_text(f"{title}\n{item['text']}\n" if title else f"{item['text']}\n", "utf-8")
        files.append(out)
    return files


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the command and its worker processes, its stdout)."""
    cpu, start = _cpu(), time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{args[:4]} failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    return took, _cpu() - cpu, proc.stdout


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if not DEV.is_dir():
        print(f"skipped: {DEV} is absent (the dev set lives in ../shared beside the project)")
        return 0
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "FETCH_"))}
    model = env.get("SPACY_MODEL") or None
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(f) for f in write_texts(Path(tmp))]
        ours_cmd = [sys.executable, "-m", "bot", "analyze", "--json", *files]
        bare_cmd = [sys.executable, "-c", BARE.format(model=model), *files]
        ours, bare, ours_cpu, bare_cpu = [], [], [], []
        for _ in range(runs):
            took, cpu, out = timed(ours_cmd, env)
            ours.append(took)
            ours_cpu.append(cpu)
            docs = [json.loads(line) for line in out.splitlines()]
            assert [d["source"] for d in docs] == files, "one JSON per source, in order"
            took, cpu, _ = timed(bare_cmd, env)
            bare.append(took)
            bare_cpu.append(cpu)
    o, b = statistics.median(ours), statistics.median(bare)
    oc, bc = statistics.median(ours_cpu), statistics.median(bare_cpu)
    print(f"{len(files)} dev texts, {runs} runs each, {os.cpu_count()} cores, load {_load()}")
    print(f"bare python -c (load + nlp.pipe, one process): {b:6.2f} s wall  {_runs(bare)}")
    print(f"python -m bot analyze --json (whole command):  {o:6.2f} s wall  {_runs(ours)}")
    print(f"CPU (all processes): bare {bc:.2f} s, newsbrief {oc:.2f} s ({oc / bc:.2f}x)")
    print(f"ratio (wall, medians): {o / b:.2f}x (target at most 0.8x)")
    return 0


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _runs(values: list[float]) -> str:
    return "(" + ", ".join(f"{v:.2f}" for v in values) + ")"


if __name__ == "__main__":
    sys.exit(main())
