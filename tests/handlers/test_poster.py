"""SlackPoster on a real WebClient against the fake Slack: what each decision looks like in
Slack, and the retries (transient errors in a 200 included) done by the client's handlers."""

from __future__ import annotations

import json

import pytest
from slack_sdk.errors import SlackApiError

from bot.asking.questions import Answer
from bot.config import SlackClientLimits
from bot.models import Analysis, Article, Failure, Player
from bot.remembering.store import Stored
from bot.service import Message
from handlers.poster import SlackPoster, web_client
from handlers.render import TEXT_LIMIT
from tests.fake_slack import FakeSlack


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


def poster_on(slack, transient_retries=3):
    limits = SlackClientLimits(timeout=5, transient_retries=transient_retries)
    return SlackPoster(web_client("xoxb-test", slack.api_url, limits), bot_user_id="UBOT")


def analysis(n_players=3, title="Lumen <!channel> news"):
    players = [
        Player(
            name=f"Player {i}",
            type="ORG",
            stance="open",
            confidence=0.9,
            mentions=1,
            evidence=["It said so."],
        )
        for i in range(n_players)
    ]
    return Analysis(
        article=Article(source="https://n.example/a", text="t", title=title),
        summary=["s"],
        overview="o",
        players=players,
        positions=[],
        word_count=1,
    )


def posts(slack):
    return [c["args"] for c in slack.calls if c["method"] == "chat.postMessage"]


MSG = Message(channel="C1", ts="2.0", thread_ts="1.0")


def test_reading_is_the_eyes_reaction_and_already_reacted_is_fine(slack):
    poster = poster_on(slack)
    poster.reading(MSG)
    slack.fail_next["reactions.add"] = [(200, {"ok": False, "error": "already_reacted"}, {})]
    poster.reading(MSG)
    reactions = [c["args"] for c in slack.calls if c["method"] == "reactions.add"]
    assert reactions[0] == {"channel": "C1", "timestamp": "2.0", "name": "eyes"}
    slack.fail_next["reactions.add"] = [(200, {"ok": False, "error": "channel_not_found"}, {})]
    with pytest.raises(SlackApiError):
        poster.reading(MSG)


def test_brief_in_the_thread_with_a_real_mention_unfurls_off(slack):
    ts = poster_on(slack).brief(MSG, analysis())
    (post,) = posts(slack)
    assert ts and post["thread_ts"] == "1.0" and post["channel"] == "C1"
    assert str(post["unfurl_links"]).lower() in ("false", "0")
    text = json.dumps(post["blocks"])
    assert "<@UBOT>" in text and "<!channel>" not in text and "&lt;!channel&gt;" in text


def test_a_brief_over_fifty_blocks_is_split(slack, monkeypatch):
    import handlers.poster as poster_module

    many = [{"type": "divider"}] * 120
    monkeypatch.setattr(poster_module, "brief_blocks", lambda *_: many)
    first = poster_on(slack).brief(MSG, analysis())
    sizes = [len(p["blocks"]) for p in posts(slack)]
    assert sizes == [50, 50, 20]
    assert first.endswith(".000001")  # the ts of the first of the three posts
    assert all(p["thread_ts"] == "1.0" for p in posts(slack))


def test_repost_links_the_earlier_thread(slack):
    earlier = Stored(
        analysis=analysis(), analysis_id=1, analyzed_at=0.0, channel="C7", thread_ts="30.1"
    )
    poster_on(slack).repost(MSG, earlier)
    (post,) = posts(slack)
    assert "earlier thread" in post["text"] and "archives/C7/p301" in post["text"]


def test_failure_and_too_many_links_are_plain_replies(slack):
    poster = poster_on(slack)
    poster.failure(MSG, Failure("http_status", "the page does not exist (404)"))
    poster.too_many_links(MSG, 5, 3)
    texts = [p["text"] for p in posts(slack)]
    assert "does not exist" in texts[0] and "first 3" in texts[1] and "5 links" in texts[1]


def test_answer_is_escaped_linked_and_clipped(slack):
    answer = Answer(
        question="q",
        intent="summary",
        text="<!here> " + "word " * 2000,
        sources=[analysis(title="First")],
    )
    poster_on(slack).answer(MSG, answer)
    (post,) = posts(slack)
    assert len(post["text"]) <= TEXT_LIMIT and "<!here>" not in post["text"]
    short = Answer(question="q", intent="summary", text="ok", sources=[analysis(title="First")])
    poster_on(slack).answer(MSG, short)
    assert "<https://n.example/a|First>" in posts(slack)[-1]["text"]


def test_home_view_published(slack):
    row = Stored(analysis=analysis(), analysis_id=1, analyzed_at=0.0, channel="C1", thread_ts="1.0")
    poster_on(slack).home("U1", [row])
    (call,) = [c["args"] for c in slack.calls if c["method"] == "views.publish"]
    view = call["view"] if isinstance(call["view"], dict) else json.loads(call["view"])
    assert call["user_id"] == "U1" and "Players across" in json.dumps(view)


def test_transient_error_in_a_200_is_retried_by_the_handler(slack):
    slack.fail_next["chat.postMessage"] = [(200, {"ok": False, "error": "internal_error"}, {})]
    poster_on(slack).failure(MSG, Failure("x", "y"))
    assert len(posts(slack)) == 2  # the refused try, then the delivered one


def test_transient_retries_are_bounded_and_permanent_errors_are_not_retried(slack):
    slack.fail_next["chat.postMessage"] = [
        (200, {"ok": False, "error": "internal_error"}, {}) for _ in range(3)
    ]
    with pytest.raises(SlackApiError):
        poster_on(slack, transient_retries=1).failure(MSG, Failure("x", "y"))
    assert len(posts(slack)) == 2
    slack.fail_next["chat.postMessage"] = [(200, {"ok": False, "error": "not_in_channel"}, {})]
    with pytest.raises(SlackApiError):
        poster_on(slack).failure(MSG, Failure("x", "y"))
    assert len(posts(slack)) == 3


def test_a_jobs_replies_are_marked_and_found_in_the_thread(slack):
    """A reply for a job carries the job in its metadata, and `posted` finds it through
    conversations.replies: how a job taken over after a crash sees its brief is out."""
    poster = poster_on(slack)
    mine = Message(channel="C1", ts="5.1", job="link:C1:5.1:https://n.example/a")
    other = Message(channel="C1", ts="5.1", job="link:C1:5.1:https://n.example/b")
    assert not poster.posted(mine)
    poster.brief(mine, analysis())
    [post] = slack.posts("C1")
    assert post["args"]["metadata"]["event_payload"] == {"job": mine.job}
    assert poster.posted(mine)
    assert not poster.posted(other)  # another link of the same message: not yet
    assert not poster.posted(Message(channel="C1", ts="5.1"))  # no job, nothing to find
    reads = [c for c in slack.calls if c["method"] == "conversations.replies"]
    assert reads and reads[-1]["args"]["ts"] == "5.1"
    assert str(reads[-1]["args"]["include_all_metadata"]).lower() in ("1", "true")
