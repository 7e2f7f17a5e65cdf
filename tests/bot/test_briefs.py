"""BriefService with plain fakes: a poster that records, a core that reads local pages."""

from __future__ import annotations

import threading

import pytest

from bot.asking.questions import HELP_TEXT
from bot.briefs import BriefService, Message
from bot.config import load_settings
from bot.core import build_core
from bot.remembering.store import Store
from tests.articles import ArticleServer


class FakePoster:
    def __init__(self, fail_reactions: bool = False) -> None:
        self.replies: list[dict] = []
        self.reactions: list[tuple[str, str, str]] = []
        self.homes: list[tuple[str, dict]] = []
        self.fail_reactions = fail_reactions
        self.lock = threading.Lock()

    def react(self, channel, ts, name):
        if self.fail_reactions:
            raise RuntimeError("reactions.add failed")
        self.reactions.append((channel, ts, name))

    def permalink(self, channel, ts):
        return f"https://test.slack.com/archives/{channel}/p{ts.replace('.', '')}"

    def publish_home(self, user, view):
        self.homes.append((user, view))

    def reply(self, channel, thread_ts, text, blocks=None):
        with self.lock:
            self.replies.append(
                {"channel": channel, "thread_ts": thread_ts, "text": text, "blocks": blocks}
            )
        return "1.0"


@pytest.fixture(scope="module")
def server():
    with ArticleServer() as srv:
        yield srv


@pytest.fixture(scope="module")
def core():
    settings = load_settings({"FETCH_ALLOW_PRIVATE_HOSTS": "127.0.0.1", "FETCH_TIMEOUT": "3"})
    c = build_core(settings, extract_in_process=True)
    yield c
    c.close()


def run(service, message, links):
    for job in service.handle_links(message, links):
        job.result(timeout=30)


def test_each_link_one_brief_in_the_thread(core, server):
    poster = FakePoster()
    service = BriefService(core, Store("sqlite://"), poster, workers=4)
    msg = Message(channel="C1", ts="10.1", thread_ts="9.9")
    run(service, msg, [server.url("/article-a"), server.url("/404")])
    assert len(poster.replies) == 2
    assert all(r["thread_ts"] == "9.9" for r in poster.replies)
    brief = next(r for r in poster.replies if r["blocks"])
    assert "Lumen Labs" in str(brief["blocks"])
    failure = next(r for r in poster.replies if not r["blocks"])
    assert "does not exist" in failure["text"]
    assert poster.reactions == [("C1", "10.1", "eyes")]
    run(service, msg, [server.url("/article-a")])  # same message again: nothing new
    assert len(poster.replies) == 2


def test_more_than_three_links(core, server):
    poster = FakePoster()
    service = BriefService(core, Store("sqlite://"), poster, workers=4)
    links = [server.url(f"/article-{i}") for i in range(5)]
    run(service, Message(channel="C2", ts="11.1"), links)
    notes = [r for r in poster.replies if "first 3" in r["text"]]
    assert len(notes) == 1 and len(poster.replies) == 4


def test_reaction_failure_does_not_cost_the_brief(core, server):
    poster = FakePoster(fail_reactions=True)
    service = BriefService(core, Store("sqlite://"), poster, workers=2)
    run(service, Message(channel="C3", ts="12.1"), [server.url("/article-r")])
    assert len(poster.replies) == 1 and poster.replies[0]["blocks"]


def test_mention_gives_help_then_the_thread_brief(core, server):
    poster = FakePoster()
    store = Store("sqlite://")
    service = BriefService(core, store, poster, workers=2)
    service.handle_mention(Message(channel="C4", ts="13.1"), "hi").result(timeout=10)
    assert HELP_TEXT in poster.replies[-1]["text"]
    run(service, Message(channel="C4", ts="14.1"), [server.url("/article-t")])
    service.handle_mention(Message(channel="C4", ts="14.5", thread_ts="14.1"), "summary").result(
        timeout=10
    )
    last = poster.replies[-1]
    assert last["thread_ts"] == "14.1"
    assert "Lumen Labs opens its Aurora model" in last["text"]  # the thread's article
    assert server.url("/article-t") in last["text"]  # linked


def test_slow_sites_do_not_starve_the_next_link(core):
    import time

    with ArticleServer(hang_seconds=3) as srv:
        poster = FakePoster()
        service = BriefService(core, Store("sqlite://"), poster, workers=16)
        slow = []
        for i in range(4):  # ten hanging links over four messages
            links = [srv.url(f"/hang?{i}-{j}") for j in range(3 if i < 3 else 1)]
            slow += service.handle_links(Message(channel="CS", ts=f"20.{i}"), links)
        started = time.monotonic()
        fast = service.handle_links(Message(channel="CF", ts="21.0"), [srv.url("/article-fast")])
        fast[0].result(timeout=10)
        assert time.monotonic() - started < 2.0
        assert any(r["channel"] == "CF" and r["blocks"] for r in poster.replies)
        for job in slow:
            job.result(timeout=20)


def test_same_link_again_gets_a_short_brief_and_the_earlier_thread(core, server):
    poster = FakePoster()
    store = Store("sqlite://")
    service = BriefService(core, store, poster, workers=2)
    run(service, Message(channel="C7", ts="30.1", team="T1"), [server.url("/article-re")])
    hits = len(server.hits)
    run(
        service,
        Message(channel="C8", ts="31.1", team="T1"),
        [server.url("/article-re?utm_source=x")],
    )
    assert len(server.hits) == hits  # not fetched again
    short = poster.replies[-1]
    assert short["thread_ts"] == "31.1" and "earlier thread" in short["text"]
    assert "archives/C7/p301" in short["text"]
    # the new thread can be asked about it too
    assert store.thread_analyses("C8", "31.1")


def test_app_home_lists_articles_and_board(core, server):
    poster = FakePoster()
    store = Store("sqlite://")
    service = BriefService(core, store, poster, workers=2)
    run(service, Message(channel="C9", ts="40.1"), [server.url("/article-home")])
    service.publish_home("U1").result(timeout=10)
    user, view = poster.homes[-1]
    assert user == "U1" and view["type"] == "home"
    text = str(view["blocks"])
    assert "Lumen Labs opens its Aurora model" in text and "Players across" in text


def test_questions_in_thread_channel_and_across_articles(core, server):
    poster = FakePoster()
    store = Store("sqlite://")
    service = BriefService(core, store, poster, workers=2)
    run(service, Message(channel="CQ", ts="50.1"), [server.url("/article-q1")])
    run(service, Message(channel="CQ", ts="51.1"), [server.url("/article-q2")])
    ask = service.handle_mention
    ask(Message(channel="CQ", ts="52.1", thread_ts="50.1"), "who is for open models?").result(
        timeout=10
    )
    reply = poster.replies[-1]
    assert reply["thread_ts"] == "50.1" and "Lumen Labs" in reply["text"]
    assert server.url("/article-q1") in reply["text"]  # the answer links its article
    ask(
        Message(channel="CQ", ts="53.1"), "where has Lumen Labs stood across this channel's links?"
    ).result(timeout=10)
    assert "2 articles" in poster.replies[-1]["text"]
    ask(Message(channel="CQ", ts="54.1", thread_ts="50.1"), "what did Elon Musk say?").result(
        timeout=10
    )
    assert "I don't see Elon Musk" in poster.replies[-1]["text"]


def test_close_lets_briefs_under_way_finish(core):
    with ArticleServer(hang_seconds=1) as srv:
        poster = FakePoster()
        service = BriefService(core, Store("sqlite://"), poster, workers=2)
        service.handle_links(Message(channel="CZ", ts="60.1"), [srv.url("/hang")])
        service.close(grace=10)  # SIGTERM arrives while the site is still answering
        assert len(poster.replies) == 1 and poster.replies[0]["channel"] == "CZ"
