"""Several instances on one PostgreSQL: 1, 2 and 3 real `python -m bot` processes in Socket
Mode against the fake Slack and the local article server (tests/instances.py), all on loopback.

For each count: a burst of link messages over 20 channels, a third of them redelivered to a
second instance, gives briefs per minute, p95 link-to-brief (mostly the burst's own queue),
duplicates and losses; then links at a steady 4 a second give the p95 acknowledgement time.
A second burst with one instance SIGKILLed halfway, once it has acknowledged what it was sent
(and started again at once), gives the recovery: from the kill to the first and to the last of
its jobs finished by another process (the jobs table: attempts >= 2), the last including the
backlog ahead of them.

    python benchmarks/instances.py [--links N] [--counts 1,2,3] [--analysis-processes N]

Uses the server in NEWSBRIEF_TEST_POSTGRES_URL, or starts a throwaway one with .ci/postgres.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.articles import ArticleServer  # noqa: E402
from tests.fake_slack import FakeSlack, event_callback, message_event  # noqa: E402
from tests.instances import SOCKET, Cluster, burst, link_replies  # noqa: E402
from tests.postgres import ENV, fresh_database  # noqa: E402

# how long the last brief may take before the missing ones count as lost
PATIENCE = 120.0
# lease (3 s) + poll (1 s) + margin: time for a late duplicate to show before counting
SETTLE = 6.0


def arg(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def settle(slack: FakeSlack, sent: dict) -> dict:
    """Wait until every link has a reply (or PATIENCE runs out), then SETTLE more seconds."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline and not all(k in link_replies(slack) for k in sent):
        time.sleep(0.1)
    time.sleep(SETTLE)
    return link_replies(slack)


def warm_up(cluster: Cluster, slack: FakeSlack, articles: ArticleServer, count: int) -> None:
    """One link per instance first, so pipelines and connections are warm."""
    for n in range(count):
        ts = f"1600000000.{n:06d}"
        event = message_event(f"<{articles.url(f'/article-warm-{n}')}>", channel="CWARM", ts=ts)
        cluster.deliver(n, event_callback(event))
        slack.wait_for(lambda ts=ts: ("CWARM", ts) in link_replies(slack), timeout=120)


def steady_acks(cluster: Cluster, slack: FakeSlack, articles: ArticleServer) -> list[float]:
    """Acknowledgement times (ms) of 60 links sent 4 a second over the instances."""
    out, pending = [], []
    live = cluster.live()
    for i in range(60):
        ts = f"1650000000.{i:06d}"
        url = articles.url(f"/article-steady-{i}")
        event = message_event(f"<{url}>", channel=f"CS{i % 20:02d}", ts=ts)
        envelope, at = slack.send_envelope(
            event_callback(event), to=cluster.token(live[i % len(live)])
        )
        pending.append((envelope, at))
        time.sleep(0.25)
    for envelope, at in pending:
        slack.wait_for(lambda e=envelope: e in slack.acks, timeout=30)
        out.append((slack.acks[envelope] - at) * 1000)
    return out


def finished_on_another_try(url: str) -> list[float]:
    """When each job that a second process took over was finished (epoch seconds)."""
    from sqlalchemy import select

    from bot.remembering.jobs import DONE
    from bot.remembering.store import Store, jobs

    store = Store(url)
    try:
        with store.engine.connect() as conn:
            query = select(jobs.c.updated_at).where(jobs.c.attempts >= 2, jobs.c.state == DONE)
            return [float(t) for t in conn.execute(query).scalars()]
    finally:
        store.close()


def measure(count: int, links: int, kill: bool) -> dict:
    with (
        tempfile.TemporaryDirectory() as tmp,
        fresh_database("nb_bench") as url,
        FakeSlack() as slack,
        ArticleServer() as articles,
    ):
        processes = arg("--analysis-processes", "0")
        cluster = Cluster(slack, url, Path(tmp), SOCKET, env={"ANALYSIS_PROCESSES": processes})
        try:
            for n in range(count):
                cluster.start(n)
            for n in range(count):
                cluster.ready(n)
            warm_up(cluster, slack, articles, count)
            killed: list[float] = []

            def on_kill(at: float) -> None:
                killed.append(time.time())
                cluster.restart_in_background(0)

            first = time.monotonic()
            sent = burst(
                cluster,
                articles,
                count=links,
                channels=20,
                redeliver_every=3,
                kill=0 if kill else None,
                kill_after=links // 2,
                on_kill=on_kill,
            )
            replies = settle(slack, sent)
            acks = dict(slack.acks)
            resumed = finished_on_another_try(url)
            paced = [] if kill else steady_acks(cluster, slack, articles)
        finally:
            cluster.stop_all()
    got = {k: replies[k] for k in sent if k in replies}
    firsts = {k: min(c["at"] for c in calls) for k, calls in got.items()}
    latencies = [firsts[k] - sent[k].at for k in firsts]
    ack_ms = [(acks[s.envelope] - s.at) * 1000 for s in sent.values() if s.envelope in acks]
    out = {
        "instances": count,
        "links": links,
        "per_minute": len(firsts) / (max(firsts.values()) - first) * 60 if firsts else 0.0,
        "p95": pct(latencies, 95) if latencies else float("nan"),
        "burst_ack_p95_ms": pct(ack_ms, 95) if ack_ms else float("nan"),
        "ack_p95_ms": pct(paced, 95) if paced else float("nan"),
        "duplicates": sum(len(calls) - 1 for calls in got.values()),
        "losses": len(sent) - len(got),
    }
    if kill and killed:
        out["orphans"] = len(resumed)
        out["first_back"] = min(resumed, default=killed[0]) - killed[0]
        out["all_back"] = max(resumed, default=killed[0]) - killed[0]
    return out


def main() -> int:
    links = int(arg("--links", "300"))
    counts = [int(c) for c in arg("--counts", "1,2,3").split(",")]
    own_server = None
    if not os.environ.get(ENV):
        own_server = tempfile.mkdtemp(prefix="nb-bench-pg-")
        url = subprocess.run(
            ["bash", str(ROOT / ".ci" / "postgres"), "start", own_server],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        os.environ[ENV] = url
    try:
        print(
            f"{links} links over 20 channels, a third redelivered to a second instance; "
            "JOB_LEASE_SECONDS=3, JOB_POLL_SECONDS=1, WORKERS=2, "
            f"ANALYSIS_PROCESSES={arg('--analysis-processes', '0')}"
        )
        print(
            "instances  briefs/min  p95 link-to-brief  p95 ack (burst)  duplicates  losses  |  "
            "SIGKILL: duplicates  losses  taken over  first back  all back"
        )
        for count in counts:
            calm = measure(count, links, kill=False)
            hit = measure(count, links, kill=True)
            print(
                f"{count:>9}  {calm['per_minute']:>10.0f}  {calm['p95']:>15.1f} s  "
                f"{calm['ack_p95_ms']:>4.0f} ms ({calm['burst_ack_p95_ms']:>4.0f} ms)  "
                f"{calm['duplicates']:>10}  {calm['losses']:>6}  |  "
                f"{hit['duplicates']:>19}  {hit['losses']:>6}  {hit.get('orphans', 0):>10}  "
                f"{hit.get('first_back', float('nan')):>8.1f} s  "
                f"{hit.get('all_back', float('nan')):>6.1f} s",
                flush=True,
            )
    finally:
        if own_server:
            subprocess.run(["bash", str(ROOT / ".ci" / "postgres"), "stop", own_server])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
