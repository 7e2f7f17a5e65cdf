"""End to end through the real app in Socket Mode, against the fake Slack and a local article
server (both on 127.0.0.1, from tests/): acknowledgement latency, link-to-brief latency, and a
burst of 200 link messages across 20 channels.

    python benchmarks/e2e.py [--sequential N] [--burst N]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.articles import ArticleServer  # noqa: E402
from tests.e2e_helpers import BotProcess  # noqa: E402
from tests.fake_slack import FakeSlack, event_callback, message_event  # noqa: E402


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def arg(name: str, default: int) -> int:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main() -> int:
    sequential, burst = arg("--sequential", 50), arg("--burst", 200)
    with tempfile.TemporaryDirectory() as tmp, FakeSlack() as slack, ArticleServer() as articles:
        bot = BotProcess(
            {
                "SLACK_BOT_TOKEN": "xoxb-bench",
                "SLACK_APP_TOKEN": "xapp-bench",
                "SLACK_API_URL": slack.api_url,
                "LOG_LEVEL": "WARNING",
            },
            Path(tmp),
        )
        started = time.monotonic()
        try:
            bot.wait_for_log("", timeout=1)
            slack.wait_for(slack.connected, timeout=60)
            print(f"start-up to Socket Mode connection: {time.monotonic() - started:.1f} s")

            def replies(channel: str, ts: str) -> list:
                return [c for c in slack.posts(channel) if c["args"].get("thread_ts") == ts]

            # warm-up: the first brief starts the extraction workers
            event = message_event(f"<{articles.url('/article-warm')}>", channel="CW", ts="9.1")
            slack.send_envelope(event_callback(event))
            slack.wait_for(lambda: replies("CW", "9.1"), timeout=60)

            acks, briefs = [], []
            for i in range(sequential):
                ts = f"100.{i:04d}"
                event = message_event(f"<{articles.url(f'/article-seq-{i}')}>", "CSEQ", ts)
                env, sent = slack.send_envelope(event_callback(event))
                slack.wait_for(lambda env=env: env in slack.acks)
                post = slack.wait_for(lambda ts=ts: replies("CSEQ", ts))[0]
                acks.append((slack.acks[env] - sent) * 1000)
                briefs.append((post["at"] - sent) * 1000)
            print(f"{sequential} links one after another:")
            print(
                f"  ack latency      median {statistics.median(acks):6.1f} ms   "
                f"p95 {pct(acks, 95):6.1f} ms   (target p95 < 100 ms)"
            )
            print(
                f"  link-to-brief    median {statistics.median(briefs):6.1f} ms   "
                f"p95 {pct(briefs, 95):6.1f} ms   (target p95 < 1000 ms; the local article "
                "server answers in well under 1 ms)"
            )

            sent_at: dict[tuple[str, str], float] = {}
            first = time.monotonic()
            for i in range(burst):
                channel, ts = f"CB{i % 20:02d}", f"200.{i:04d}"
                event = message_event(f"<{articles.url(f'/article-burst-{i}')}>", channel, ts)
                _, sent = slack.send_envelope(event_callback(event))
                sent_at[(channel, ts)] = sent
            # wait cheaply (the harness shares the machine's two cores with the bot)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                done = {
                    (c["args"].get("channel"), c["args"].get("thread_ts")) for c in slack.posts()
                }
                if all(k in done for k in sent_at):
                    break
                time.sleep(0.25)
            time.sleep(2)  # anything posted twice would show up now
            by_key: dict[tuple[str, str], list] = {}
            for c in slack.posts():
                by_key.setdefault(
                    (c["args"].get("channel"), c["args"].get("thread_ts")), []
                ).append(c)
            counts = [len(by_key.get(k, [])) for k in sent_at]
            latencies = [by_key[k][0]["at"] - sent_at[k] for k in sent_at if k in by_key]
            total = max(by_key[k][0]["at"] for k in sent_at if k in by_key) - first
            print(f"burst of {burst} link messages across 20 channels:")
            print(
                f"  answered {sum(1 for n in counts if n)}/{burst}, exactly once: "
                f"{all(n == 1 for n in counts)}, dropped: {sum(1 for n in counts if n == 0)}"
            )
            print(
                f"  brief latency    median {statistics.median(latencies):.2f} s   "
                f"p95 {pct(latencies, 95):.2f} s   max {max(latencies):.2f} s   "
                f"(target max < 10 s); all done in {total:.1f} s"
            )
        finally:
            bot.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
