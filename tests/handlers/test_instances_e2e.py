"""Several real `python -m bot` instances on one PostgreSQL, one killed with SIGKILL in the
middle of a burst and started again: every link gets exactly one brief, none lost, none
doubled. Socket Mode (three instances, Slack's redeliveries) and HTTP (two behind our own
round-robin). Runs in CI, where .ci/run starts the PostgreSQL server."""

from __future__ import annotations

import time

import pytest

from tests.articles import ArticleServer
from tests.fake_slack import FakeSlack
from tests.instances import HTTP, SOCKET, Cluster, burst, link_replies, wait_for_all
from tests.postgres import fresh_database

pytestmark = pytest.mark.e2e
LINKS, CHANNELS = 300, 20
# lease (3 s) + poll (1 s) + a margin: a late second brief would have come by then
SETTLE_SECONDS = 6


@pytest.fixture
def world(tmp_path):
    with (
        fresh_database("nb_e2e") as url,
        FakeSlack() as slack,
        ArticleServer() as articles,
    ):
        yield slack, articles, url, tmp_path


def taken_over(cluster: Cluster) -> int:
    """Jobs the live instances picked up from the killed one (from their logs)."""
    return sum(p.output().count("picked up job") for p in cluster.procs.values())


def exactly_one_brief_each(slack, sent) -> None:
    wait_for_all(slack, sent, timeout=150)
    time.sleep(SETTLE_SECONDS)
    replies = link_replies(slack)
    doubled = {key: len(calls) for key, calls in replies.items() if len(calls) > 1}
    assert doubled == {}, f"{len(doubled)} links got more than one reply"
    assert set(replies) == set(sent)
    not_briefs = [key for key, [call] in replies.items() if not call["args"].get("blocks")]
    assert not_briefs == [], f"replies that are not briefs: {not_briefs[:3]}"


def run_with_a_kill(cluster: Cluster, articles, count: int) -> dict:
    for n in range(count):
        cluster.start(n)
    for n in range(count):
        cluster.ready(n)
    restarts = []
    sent = burst(
        cluster,
        articles,
        count=LINKS,
        channels=CHANNELS,
        redeliver_every=3,
        kill=0,
        kill_after=LINKS // 2,
        on_kill=lambda _at: restarts.append(cluster.restart_in_background(0)),
    )
    return sent, restarts


def test_three_socket_mode_instances_one_killed_mid_burst(world):
    slack, articles, url, tmp = world
    cluster = Cluster(slack, url, tmp, SOCKET)
    try:
        sent, [restart] = run_with_a_kill(cluster, articles, 3)
        exactly_one_brief_each(slack, sent)
        assert taken_over(cluster) > 0  # the dead instance's acknowledged links were resumed
        restart.join(60)
        assert 0 in cluster.live(), "the killed instance did not come back"
    finally:
        codes = cluster.stop_all()
    assert codes == {0: 0, 1: 0, 2: 0}, {n: p.output()[-3000:] for n, p in cluster.procs.items()}
    # a third went to a second instance too, and Slack redelivered what the dead one left
    assert len(slack.sent_to) >= LINKS + LINKS // 3


def test_two_http_instances_behind_a_round_robin_one_killed(world):
    slack, articles, url, tmp = world
    cluster = Cluster(slack, url, tmp, HTTP)
    try:
        sent, [restart] = run_with_a_kill(cluster, articles, 2)
        exactly_one_brief_each(slack, sent)
        assert taken_over(cluster) > 0  # the dead instance's acknowledged links were resumed
        restart.join(60)
        assert 0 in cluster.live(), "the killed instance did not come back"
    finally:
        codes = cluster.stop_all()
    assert codes == {0: 0, 1: 0}, {n: p.output()[-3000:] for n, p in cluster.procs.items()}
