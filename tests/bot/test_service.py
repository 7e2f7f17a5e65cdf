"""BriefService with plain fakes: a poster that records plain data, a core that reads local
pages. How the data reads in Slack is tested in tests/handlers/test_poster.py."""

from __future__ import annotations

import threading
from dataclasses import replace

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
                {
                    "channel": message.channel,
                    "thread_ts": message.reply_ts,
                    "kind": kind,
                    "job": message.job,
                    **data,
                }
            )
        return "1.0"

    def posted(self, message):
        with self.lock:
            return any(r["job"] == message.job for r in self.replies if message.job)

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


# -- durable jobs: what a crash leaves, and what the next instance does with it -------------


def abandoned(store, message, url, owner="crashed"):
    """A link job as a process that died holding it leaves it: running, lease run out."""
    from sqlalchemy import update

    from bot.remembering.jobs import JobQueue
    from bot.remembering.store import jobs, url_key

    key = f"link:{message.channel}:{message.ts}:{url_key(url)}"
    job = JobQueue(store, owner=owner).add(
        key, "brief", {"message": message.to_payload(), "url": url}, run=True
    )
    with store.engine.begin() as conn:
        conn.execute(update(jobs).where(jobs.c.id == job.id).values(lease_until=0.0))
    return job


def drain(service):
    """One look for work (what an instance does at start and every JOB_POLL_SECONDS), and
    wait for what it found."""
    service.jobs.sweep()
    service.close(grace=30)


def test_an_accepted_link_is_a_job_and_a_redelivery_is_not(core, server):
    store = Store("sqlite://")
    poster = FakePoster()
    service = BriefService(core, store, poster, workers=2)
    msg = Message(channel="C1", ts="20.1")
    run(service, msg, [server.url("/article-a")])
    assert service.handle_links(msg, [server.url("/article-a")]) == []
    assert service.jobs.queue.counts()["done"] == 1
    [brief] = poster.replies
    assert brief["kind"] == "brief" and brief["job"].startswith("link:C1:20.1:")


def test_a_job_left_by_a_crash_before_posting_is_briefed_once(core, server):
    store = Store("sqlite://")
    msg = Message(channel="C2", ts="21.1", user="U1")
    job = abandoned(store, msg, server.url("/article-a"))
    poster = FakePoster()
    drain(BriefService(core, store, poster, workers=2))
    assert [r["kind"] for r in poster.replies] == ["brief"]
    assert poster.replies[0]["job"] == job.key
    assert store.thread_analyses("C2", "21.1")  # remembered like any brief


def test_a_job_left_by_a_crash_after_posting_is_not_posted_again(core, server):
    store = Store("sqlite://")
    msg = Message(channel="C3", ts="22.1")
    job = abandoned(store, msg, server.url("/article-a"))
    poster = FakePoster()
    # the crashed instance got its brief out, then died before marking the job done
    poster.brief(Message(channel="C3", ts="22.1", job=job.key), analysis=None)
    service = BriefService(core, store, poster, workers=2)
    drain(service)
    assert len(poster.replies) == 1
    assert service.jobs.queue.get(job.key).state == "done"


def test_a_failed_post_is_tried_again_then_given_up_with_a_reply(core, server):
    class FlakyPoster(FakePoster):
        def __init__(self, failures):
            super().__init__()
            self.failures = failures

        def brief(self, message, analysis):
            if self.failures:
                self.failures -= 1
                raise RuntimeError("Slack is away")
            return super().brief(message, analysis)

    from bot.service import ServiceLimits

    store = Store("sqlite://")
    poster = FlakyPoster(failures=1)
    service = BriefService(core, store, poster, workers=2)
    run(service, Message(channel="C4", ts="23.1"), [server.url("/article-a")])
    assert poster.replies == []  # the post failed: the job is queued again, not lost
    drain(service)
    assert [r["kind"] for r in poster.replies] == ["brief"]

    store = Store("sqlite://")
    poster = FlakyPoster(failures=99)
    limits = ServiceLimits(job_max_attempts=2)
    service = BriefService(core, store, poster, workers=2, limits=limits)
    run(service, Message(channel="C5", ts="24.1"), [server.url("/article-a")])
    for _ in range(2):
        service.jobs.sweep()
        for future in list(service._pending):
            future.result(timeout=30)
    assert [r["kind"] for r in poster.replies] == ["failure"]  # never silence
    assert service.jobs.queue.counts()["failed"] == 1


def answers(poster):
    return [r for r in poster.replies if r["kind"] == "answer"]


def test_an_edited_mention_is_answered_once(core, server):
    # Slack sends an edited mention again: a new app_mention (new event_id, an `edited` field)
    # for the same message (channel, ts)
    poster = FakePoster()
    service = BriefService(core, Store("sqlite://"), poster, workers=2)
    run(service, Message(channel="CE", ts="80.1"), [server.url("/article-edit")])
    mention = Message(channel="CE", ts="80.5", thread_ts="80.1")
    service.handle_mention(mention, "who is for open models?").result(timeout=10)
    assert service.handle_mention(mention, "who is for open models now?") is None
    service.handle_mention(Message(channel="CE", ts="80.6", thread_ts="80.1"), "summary").result(
        timeout=10
    )
    assert [r["answer"].question for r in answers(poster)] == ["who is for open models?", "summary"]


def test_a_question_with_a_link_the_thread_has_is_answered_not_pointed_at_itself(core, server):
    poster = FakePoster()
    service = BriefService(
        core,
        Store(
            "sqlite://",
        ),
        poster,
        workers=2,
    )
    url = server.url("/article-own")
    run(service, Message(channel="CO", ts="81.1", team="T1"), [url])
    hits = len(server.hits)
    asked = Message(channel="CO", ts="81.5", thread_ts="81.1", team="T1")
    service.handle_mention(asked, "who is for open models?", [url + "?utm_source=x"]).result(
        timeout=10
    )
    assert [r["kind"] for r in poster.replies] == ["brief", "answer"]  # no repost, no re-read
    assert len(server.hits) == hits
    reply = poster.replies[-1]
    assert reply["thread_ts"] == "81.1" and "Lumen Labs" in reply["answer"].text
    # the link repeated inside its own thread, without a mention: nothing points here at here
    run(service, Message(channel="CO", ts="81.6", thread_ts="81.1", team="T1"), [url])
    assert [r["kind"] for r in poster.replies] == ["brief", "answer"]
    assert poster.reading_marks == [("CO", "81.1")]


def test_a_question_with_a_new_link_gets_its_brief_then_the_answer_about_it(core, server):
    poster = FakePoster()
    service = BriefService(core, Store("sqlite://"), poster, workers=2)
    run(service, Message(channel="CN", ts="82.0"), [server.url("/article-n0")])  # elsewhere
    asked = Message(channel="CN", ts="82.1")  # a new top-level message: its own thread
    question = "who is for open models?"
    service.handle_mention(asked, question, [server.url("/article-n1")]).result(timeout=30)
    kinds = [(r["kind"], r["thread_ts"]) for r in poster.replies[1:]]
    assert kinds == [("brief", "82.1"), ("answer", "82.1")]
    assert [a.article.link for a in poster.replies[-1]["answer"].sources] == [
        server.url("/article-n1")
    ]


def test_chatter_or_what_the_brief_says_beside_a_new_link_is_not_answered(core, server):
    poster = FakePoster()
    service = BriefService(core, Store("sqlite://"), poster, workers=2)
    for n, words in enumerate(["have a look", "what about", "summary of"]):
        asked = Message(channel="CC", ts=f"83.{n}")
        service.handle_mention(asked, words, [server.url(f"/article-c{n}")]).result(timeout=30)
    assert [r["kind"] for r in poster.replies] == ["brief"] * 3


def test_a_bare_mention_in_a_thread_gets_the_threads_brief_and_the_help(core, server):
    poster = FakePoster()
    service = BriefService(core, Store("sqlite://"), poster, workers=2)
    url = server.url("/article-bare")
    run(service, Message(channel="CB", ts="84.1"), [url])
    brief = poster.replies[-1]["analysis"]
    service.handle_mention(Message(channel="CB", ts="84.5", thread_ts="84.1"), "").result(
        timeout=10
    )
    reply = poster.replies[-1]
    assert reply["kind"] == "answer" and reply["thread_ts"] == "84.1"
    text = reply["answer"].text
    assert brief.article.title in text and brief.overview in text and HELP_TEXT in text
    assert [a.article.link for a in reply["answer"].sources] == [url]
    # the same with the thread's own link beside the mention: nothing new to read
    service.handle_mention(Message(channel="CB", ts="84.6", thread_ts="84.1"), "", [url]).result(
        timeout=10
    )
    assert poster.replies[-1]["answer"].text == text
    # outside a thread, or in a thread with no brief, there is no thread's brief: the help
    service.handle_mention(Message(channel="CB", ts="85.1"), "").result(timeout=10)
    assert poster.replies[-1]["answer"].text == HELP_TEXT
    service.handle_mention(Message(channel="CB", ts="86.5", thread_ts="86.1"), "").result(
        timeout=10
    )
    assert poster.replies[-1]["answer"].text == HELP_TEXT


class SlowFirstCore:
    """The real core, but the first link of a message takes longest to read."""

    def __init__(self, core, slow_path, seconds=1.0):
        self.core, self.slow_path, self.seconds = core, slow_path, seconds
        self.analyzer = core.analyzer

    def analyze_url(self, url):
        import time

        if url.endswith(self.slow_path):
            time.sleep(self.seconds)
        return self.core.analyze_url(url)


def test_replies_keep_the_links_order_and_the_note_comes_with_the_first(core, server):
    poster = FakePoster()
    service = BriefService(
        SlowFirstCore(core, "/article-o0"), Store("sqlite://"), poster, workers=8
    )
    links = [server.url(f"/article-o{i}") for i in range(5)]
    run(service, Message(channel="CO", ts="30.1"), links)
    order = [
        r.get("analysis").article.link if r["kind"] == "brief" else r["kind"]
        for r in poster.replies
    ]
    assert order == [links[0], "too_many_links", links[1], links[2]]


class StoreCheckingPoster(FakePoster):
    """A poster that looks in the store the moment it posts a brief, as a question would."""

    def __init__(self, store):
        super().__init__()
        self.store = store
        self.stored_when_posted: list[int] = []

    def brief(self, message, analysis):
        rows = self.store.thread_stored(message.channel, message.reply_ts)
        self.stored_when_posted.append(len(rows))
        return super().brief(message, analysis)


def test_a_brief_is_stored_before_it_is_posted(core, server):
    store = Store("sqlite://")
    poster = StoreCheckingPoster(store)
    service = BriefService(core, store, poster, workers=2)
    run(service, Message(channel="CB", ts="31.1"), [server.url("/article-stored")])
    assert poster.stored_when_posted == [1]
    (row,) = store.thread_stored("CB", "31.1")
    assert row.analysis.article.link == server.url("/article-stored")


def abandoned_mention(store, message, question):
    """A mention's answer job as a process that died holding it leaves it."""
    from sqlalchemy import update

    from bot.remembering.jobs import JobQueue
    from bot.remembering.store import jobs

    payload = {"message": message.to_payload(), "question": question, "reply": True}
    job = JobQueue(store, owner="crashed").add(
        f"mention:{message.channel}:{message.ts}", "answer", payload, run=True
    )
    with store.engine.begin() as conn:
        conn.execute(update(jobs).where(jobs.c.id == job.id).values(lease_until=0.0))
    return job


def test_a_mention_left_by_a_crash_is_answered_once_by_the_next_instance(core, server):
    store = Store("sqlite://")
    first = FakePoster()
    run(
        BriefService(core, store, first, workers=2),
        Message("CM", "90.1"),
        [server.url("/article-m")],
    )
    mention = Message(channel="CM", ts="90.5", thread_ts="90.1")
    job = abandoned_mention(store, mention, "who is for open models?")
    poster = FakePoster()
    service = BriefService(core, store, poster, workers=2)
    assert service.handle_mention(mention, "who is for open models?") is None  # a redelivery
    drain(service)
    [answer] = answers(poster)
    assert answer["job"] == job.key and answer["answer"].question == "who is for open models?"
    assert answer["thread_ts"] == "90.1"
    again = BriefService(core, store, poster, workers=2)
    drain(again)  # done: never answered twice
    assert len(answers(poster)) == 1


def test_a_mention_answered_just_before_a_crash_is_not_answered_again(core, server):
    store = Store("sqlite://")
    mention = Message(channel="CN", ts="91.5", thread_ts="91.1")
    job = abandoned_mention(store, mention, "summary")
    poster = FakePoster()
    poster.answer(replace(mention, job=job.key), answer=None)  # out, then the crash
    service = BriefService(core, store, poster, workers=2)
    drain(service)
    assert len(poster.replies) == 1
    assert service.jobs.queue.get(job.key).state == "done"


def test_a_mention_whose_links_were_taken_before_a_crash_still_gets_its_answer(core, server):
    # the crashed process recorded the link's job, then died before recording the answer
    store = Store("sqlite://")
    url = server.url("/article-crash-gap")
    mention = Message(channel="CO", ts="92.5")
    abandoned(store, mention, url)
    poster = FakePoster()
    service = BriefService(core, store, poster, workers=2)
    done = service.handle_mention(mention, "who is for open models?", [url])  # Slack retries
    assert done is not None
    done.result(timeout=30)
    drain(service)  # the link's job is taken over once its lease has run out
    # a job taken over from a dead instance posts when it can: the answer may come first
    assert sorted(r["kind"] for r in poster.replies) == ["answer", "brief"]
    assert service.handle_mention(mention, "who is for open models?", [url]) is None


def test_an_answer_that_cannot_be_posted_is_tried_again_then_given_up_with_a_reply(core):
    class FlakyPoster(FakePoster):
        def answer(self, message, answer):
            if answer.intent != "error":
                raise RuntimeError("Slack is away")
            return super().answer(message, answer)

    from bot.service import ServiceLimits

    poster = FlakyPoster()
    limits = ServiceLimits(job_max_attempts=2)
    service = BriefService(core, Store("sqlite://"), poster, workers=2, limits=limits)
    service.handle_mention(Message(channel="CP", ts="93.5"), "summary").result(timeout=10)
    assert poster.replies == []  # the post failed: the job is queued again, not lost
    for _ in range(2):
        service.jobs.sweep()
        for future in list(service._pending):
            future.result(timeout=30)
    [reply] = answers(poster)
    assert reply["answer"].intent == "error" and "ask again" in reply["answer"].text
    assert service.jobs.queue.counts()["failed"] == 1
