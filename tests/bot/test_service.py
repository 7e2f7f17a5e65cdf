"""BriefService with plain fakes: a poster that records plain data, a core that reads local
pages. How the data reads in Slack is tested in tests/handlers/test_poster.py."""

from __future__ import annotations

import threading

import pytest

from bot.asking.questions import HELP_TEXT
from bot.config import load_settings
from bot.core import build_core
from bot.remembering.store import Store
from bot.service import BriefService, Conversation, Message
from tests.articles import ArticleServer


class FakePoster:
    """Records what the service hands over, as the plain data it is."""

    def __init__(self, fail_reactions: bool = False) -> None:
        self.replies: list[dict] = []
        self.reading_marks: list[tuple[str, str]] = []
        self.homes: list[tuple[str, list]] = []
        self.fail_reactions = fail_reactions
        self.lock = threading.Lock()

    def _record(self, message, kind, **data):
        with self.lock:
            self.replies.append(
                {"channel": message.channel, "thread_ts": message.reply_ts, "kind": kind, **data}
            )
        return "1.0"

    def reading(self, message):
        if self.fail_reactions:
            raise RuntimeError("reactions.add failed")
        self.reading_marks.append((message.channel, message.ts))

    def brief(self, message, analysis):
        return self._record(message, "brief", analysis=analysis)

    def repost(self, message, earlier):
        return self._record(message, "repost", earlier=earlier)

    def failure(self, message, failure):
        self._record(message, "failure", failure=failure)

    def too_many_links(self, message, found, read):
        self._record(message, "too_many_links", found=found, read=read)

    def answer(self, message, answer):
        self._record(message, "answer", answer=answer)

    def home(self, user, latest):
        self.homes.append((user, list(latest)))


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
    brief = next(r for r in poster.replies if r["kind"] == "brief")
    assert any(p.name == "Lumen Labs" for p in brief["analysis"].players)
    failure = next(r for r in poster.replies if r["kind"] == "failure")
    assert "does not exist" in failure["failure"].message
    assert failure["failure"].source == server.url("/404")
    assert poster.reading_marks == [("C1", "10.1")]
    run(service, msg, [server.url("/article-a")])  # same message again: nothing new
    assert len(poster.replies) == 2


def test_more_than_three_links(core, server):
    poster = FakePoster()
    service = BriefService(core, Store("sqlite://"), poster, workers=4)
    links = [server.url(f"/article-{i}") for i in range(5)]
    run(service, Message(channel="C2", ts="11.1"), links)
    notes = [r for r in poster.replies if r["kind"] == "too_many_links"]
    assert len(notes) == 1 and len(poster.replies) == 4
    assert (notes[0]["found"], notes[0]["read"]) == (5, 3)


def test_reaction_failure_does_not_cost_the_brief(core, server):
    poster = FakePoster(fail_reactions=True)
    service = BriefService(core, Store("sqlite://"), poster, workers=2)
    run(service, Message(channel="C3", ts="12.1"), [server.url("/article-r")])
    assert len(poster.replies) == 1 and poster.replies[0]["kind"] == "brief"


def test_mention_gives_help_then_the_thread_brief(core, server):
    poster = FakePoster()
    store = Store("sqlite://")
    service = BriefService(core, store, poster, workers=2)
    service.handle_mention(Message(channel="C4", ts="13.1"), "hi").result(timeout=10)
    assert HELP_TEXT in poster.replies[-1]["answer"].text
    run(service, Message(channel="C4", ts="14.1"), [server.url("/article-t")])
    service.handle_mention(Message(channel="C4", ts="14.5", thread_ts="14.1"), "summary").result(
        timeout=10
    )
    last = poster.replies[-1]
    assert last["thread_ts"] == "14.1"
    assert "Lumen Labs opens its Aurora model" in last["answer"].text  # the thread's article
    assert [a.article.link for a in last["answer"].sources] == [server.url("/article-t")]


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
        assert any(r["channel"] == "CF" and r["kind"] == "brief" for r in poster.replies)
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
    assert short["thread_ts"] == "31.1" and short["kind"] == "repost"
    assert (short["earlier"].channel, short["earlier"].thread_ts) == ("C7", "30.1")
    # the new thread can be asked about it too
    assert store.thread_analyses("C8", "31.1")


def test_app_home_lists_articles_and_board(core, server):
    poster = FakePoster()
    store = Store("sqlite://")
    service = BriefService(core, store, poster, workers=2)
    run(service, Message(channel="C9", ts="40.1"), [server.url("/article-home")])
    service.publish_home("U1").result(timeout=10)
    user, latest = poster.homes[-1]
    assert user == "U1"
    assert [r.analysis.article.title for r in latest] == ["Lumen Labs opens its Aurora model"]


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
    assert reply["thread_ts"] == "50.1" and "Lumen Labs" in reply["answer"].text
    assert [a.article.link for a in reply["answer"].sources] == [server.url("/article-q1")]
    ask(
        Message(channel="CQ", ts="53.1"), "where has Lumen Labs stood across this channel's links?"
    ).result(timeout=10)
    assert "2 articles" in poster.replies[-1]["answer"].text
    ask(Message(channel="CQ", ts="54.1", thread_ts="50.1"), "what did Elon Musk say?").result(
        timeout=10
    )
    assert "I don't see Elon Musk" in poster.replies[-1]["answer"].text


def test_close_lets_briefs_under_way_finish(core):
    with ArticleServer(hang_seconds=1) as srv:
        poster = FakePoster()
        service = BriefService(core, Store("sqlite://"), poster, workers=2)
        service.handle_links(Message(channel="CZ", ts="60.1"), [srv.url("/hang")])
        service.close(grace=10)  # SIGTERM arrives while the site is still answering
        assert len(poster.replies) == 1 and poster.replies[0]["channel"] == "CZ"


def test_direct_message_questions_look_at_what_the_user_shared(core, server):
    poster = FakePoster()
    store = Store("sqlite://")
    service = BriefService(core, store, poster, workers=2)
    run(service, Message(channel="CD1", ts="70.1", user="U7"), [server.url("/article-dm")])
    direct = Message(channel="D1", ts="71.1", user="U7", conversation=Conversation.DIRECT)
    assert [c.analysis.article.link for c in service.scope(direct, "summary")] == [
        server.url("/article-dm")
    ]
    in_channel = Message(channel="CD2", ts="72.1", user="U7")
    assert service.scope(in_channel, "summary") == []
