"""Several real `python -m bot` instances sharing one PostgreSQL, against the fake Slack and the
local article server: started, killed with SIGKILL, restarted, and fed a burst of link messages
with redeliveries as Slack sends them. Shared by the fault test and benchmarks/instances.py.

Socket Mode: each instance has its own app token on the fake, so an envelope goes to the
connection of the instance chosen (Slack spreads events over an app's connections); an envelope
that an instance never acknowledged is redelivered to another, as Slack does. HTTP mode: the
driver is the load balancer, round-robin over the live instances, retrying an unanswered
request on the next one.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from slack_sdk.signature import SignatureVerifier

from tests.articles import ArticleServer
from tests.e2e_helpers import BotProcess, free_port
from tests.fake_slack import FakeSlack, event_callback, message_event

SECRET = "instances-signing-secret"
SOCKET, HTTP = "socket", "http"


@dataclass
class Sent:
    """One link message of the burst: where it went and when."""

    channel: str
    ts: str
    body: dict
    at: float
    instance: int
    envelope: str | None = None


@dataclass
class Cluster:
    slack: FakeSlack
    database_url: str
    tmp: Path
    mode: str = SOCKET
    env: dict[str, str] = field(default_factory=dict)
    procs: dict[int, BotProcess] = field(default_factory=dict)
    ports: dict[int, int] = field(default_factory=dict)
    ready_ones: set[int] = field(default_factory=set)
    generation: itertools.count = field(default_factory=itertools.count)

    def token(self, n: int) -> str:
        return f"xapp-instance-{n}"

    def start(self, n: int) -> BotProcess:
        """Start instance n (again, after a kill: same token or port, new process)."""
        env = {
            "SLACK_BOT_TOKEN": "xoxb-instances",
            "SLACK_API_URL": self.slack.api_url,
            "DATABASE_URL": self.database_url,
            "ANALYSIS_PROCESSES": "0",
            "WORKERS": "2",
            "JOB_LEASE_SECONDS": "3",
            "JOB_POLL_SECONDS": "1",
            "SHUTDOWN_GRACE_SECONDS": "5",
            "FETCH_TIMEOUT": "10",  # two shared cores under a burst: no fetch should time out
            **self.env,
        }
        if self.mode == SOCKET:
            env["SLACK_APP_TOKEN"] = self.token(n)
        else:
            self.ports.setdefault(n, free_port())
            env.update(SLACK_SIGNING_SECRET=SECRET, PORT=str(self.ports[n]))
        self.ready_ones.discard(n)
        home = self.tmp / f"instance-{n}-{next(self.generation)}"
        home.mkdir(parents=True)
        self.procs[n] = BotProcess(env, home)
        return self.procs[n]

    def ready(self, n: int, timeout: float = 120) -> None:
        line = "connected to Slack in Socket Mode" if self.mode == SOCKET else "listening for"
        self.procs[n].wait_for_log(line, timeout=timeout)
        if self.mode == SOCKET:
            self.slack.wait_for(lambda: self.slack.connected(self.token(n)), timeout=timeout)
        self.ready_ones.add(n)

    def restart_in_background(self, n: int) -> threading.Thread:
        """Start instance n again; it takes events once it is ready."""
        self.start(n)
        thread = threading.Thread(target=self.ready, args=(n,), daemon=True)
        thread.start()
        return thread

    def kill(self, n: int) -> float:
        """SIGKILL instance n (and its analysis workers); returns when."""
        proc = self.procs[n].proc
        self.ready_ones.discard(n)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
        if self.mode == SOCKET:  # the fake sees the connection drop
            self.slack.wait_for(lambda: self.slack.connected(self.token(n)) is None, timeout=10)
        return time.monotonic()

    def live(self, wait: float = 120) -> list[int]:
        """The instances up and taking events (waiting for one to be, as Slack holds events
        while no connection is open)."""
        deadline = time.monotonic() + wait
        while True:
            up = sorted(n for n in list(self.ready_ones) if self.procs[n].proc.poll() is None)
            if up or time.monotonic() > deadline:
                return up
            time.sleep(0.05)

    def deliver(self, n: int, body: dict, retry: int = 0) -> str | None:
        """Deliver an event to instance n: Socket Mode returns the envelope id; HTTP returns
        "200" when the instance answered 200, None when it did not."""
        if self.mode == SOCKET:
            envelope, _ = self.slack.send_envelope(body, retry_attempt=retry, to=self.token(n))
            return envelope
        raw = json.dumps(body)
        stamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(
                timestamp=stamp, body=raw
            ),
        }
        if retry:
            headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "timeout"})
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.ports[n]}/slack/events",
            data=raw.encode(),
            method="POST",
            headers=headers,
        )
        try:
            with urllib.request.urlopen(request, timeout=3) as resp:
                return "200" if resp.status == 200 else None
        except (urllib.error.URLError, OSError):
            return None

    def stop_all(self) -> dict[int, int]:
        return {n: p.stop() for n, p in self.procs.items()}


def link_event(
    articles: ArticleServer, i: int, channels: int, slow: bool = False
) -> tuple[str, str, dict]:
    channel = f"C{i % channels:03d}"
    ts = f"{1_700_000_000 + i}.{i:06d}"
    url = articles.url(f"/slow-article-burst-{i}" if slow else f"/article-burst-{i}")
    event = message_event(f"new today <{url}>", channel=channel, ts=ts)
    return channel, ts, event_callback(event, event_id=f"EvBURST{i:05d}")


def burst(
    cluster: Cluster,
    articles: ArticleServer,
    count: int = 300,
    channels: int = 20,
    redeliver_every: int = 3,
    kill: int | None = None,
    kill_after: int = 150,
    on_kill=None,
    spacing: float = 0.0,
) -> dict[tuple[str, str], Sent]:
    """Send `count` link messages round-robin over the live instances; every
    `redeliver_every`-th is delivered again (same event id) to another instance; instance
    `kill` is SIGKILLed after `kill_after` messages (`on_kill(at)` is called then), once it has
    acknowledged what it was sent, so that it dies holding acknowledged links it has not
    answered yet (its last ones are slow pages): the loss the jobs exist to prevent. Events
    it never acknowledged (none in Socket Mode, then) are redelivered to a live one, as Slack
    does."""
    sent: dict[tuple[str, str], Sent] = {}
    killed_at = None
    for i in range(count):
        if kill is not None and i == kill_after:
            _wait_for_acks(cluster, sent, kill)
            killed_at = cluster.kill(kill)
            if on_kill:
                on_kill(killed_at)
            _redeliver_unacked(cluster, sent, kill)
        live = cluster.live()
        n = live[i % len(live)]
        # the instance to be killed gets its last links before the kill on slow pages, so it
        # is certainly still working on them when it dies (a fast machine would otherwise
        # have answered all it had, leaving nothing for the others to take over)
        held = kill is not None and n == kill and kill_after - len(live) <= i < kill_after
        channel, ts, body = link_event(articles, i, channels, slow=held)
        outcome = _deliver_somewhere(cluster, live, n, body)
        sent[(channel, ts)] = Sent(channel, ts, body, time.monotonic(), outcome[0], outcome[1])
        if redeliver_every and i % redeliver_every == 0 and len(live) > 1:
            other = live[(live.index(outcome[0]) + 1) % len(live)]
            _deliver_somewhere(cluster, live, other, body, retry=1)
        if spacing:
            time.sleep(spacing)
    if kill is not None and killed_at is None:
        raise AssertionError("the burst ended before the kill")
    return sent


def _deliver_somewhere(
    cluster: Cluster, live: list[int], first: int, body: dict, retry: int = 0
) -> tuple[int, str | None]:
    """Deliver to `first`; over HTTP, an unanswered request goes to the next live instance
    (Slack retries it), until one answers."""
    order = live[live.index(first) :] + live[: live.index(first)]
    for attempt, n in enumerate(order):
        outcome = cluster.deliver(n, body, retry=retry + attempt)
        if cluster.mode == SOCKET or outcome:
            return n, outcome
    raise AssertionError("no instance answered")


def _wait_for_acks(cluster: Cluster, sent: dict[tuple[str, str], Sent], n: int) -> None:
    if cluster.mode == SOCKET:
        mine = [s.envelope for s in sent.values() if s.instance == n]
        cluster.slack.wait_for(lambda: all(e in cluster.slack.acks for e in mine), timeout=60)


def _redeliver_unacked(cluster: Cluster, sent: dict[tuple[str, str], Sent], dead: int) -> None:
    """Slack redelivers what a dead Socket Mode connection never acknowledged."""
    if cluster.mode != SOCKET:
        return
    live = cluster.live()
    with cluster.slack._ws_lock:
        acked = set(cluster.slack.acks)
    for item in sent.values():
        if item.instance == dead and item.envelope not in acked:
            n = live[0]
            item.envelope = cluster.deliver(n, item.body, retry=1)
            item.instance = n


def link_replies(slack: FakeSlack) -> dict[tuple[str, str], list[dict]]:
    """Every reply that belongs to a link job, by the thread (channel, ts) it is in."""
    out: dict[tuple[str, str], list[dict]] = {}
    for call in slack.posts():
        job = ((call["args"].get("metadata") or {}).get("event_payload") or {}).get("job", "")
        if job.startswith("link:"):
            key = (call["args"]["channel"], call["args"]["thread_ts"])
            out.setdefault(key, []).append(call)
    return out


def wait_for_all(slack: FakeSlack, sent: dict, timeout: float) -> float:
    """Until every sent link has a reply; returns when the last one came (monotonic)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = link_replies(slack)
        if all(key in replies for key in sent):
            return max(min(c["at"] for c in replies[key]) for key in sent)
        time.sleep(0.2)
    replies = link_replies(slack)
    missing = [key for key in sent if key not in replies]
    raise AssertionError(f"{len(missing)} links never got a reply, e.g. {missing[:5]}")
