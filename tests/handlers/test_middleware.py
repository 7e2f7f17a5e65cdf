"""The listener middleware through a real Bolt app: which events reach a listener, and that
every dropped one is still acknowledged (Slack retries what we do not ack)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from slack_bolt import App, BoltRequest
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient

from bot.remembering.store import Store
from bot.service import BriefService, Conversation
from handlers.listeners import register


class RecordingService:
    """The service's listener-facing methods, recorded; first delivery on a real store."""

    def __init__(self) -> None:
        self.store = Store("sqlite://")
        self.calls: list[tuple] = []

    first_delivery = BriefService.first_delivery

    def handle_links(self, message, links):
        self.calls.append(("links", message, links))

    def handle_mention(self, message, question, links=()):
        self.calls.append(("mention", message, question, list(links)))

    def publish_home(self, user):
        self.calls.append(("home", user))


@pytest.fixture
def world():
    app = App(
        client=WebClient(base_url="http://127.0.0.1:9/"),
        signing_secret="unused",
        authorize=lambda **_: AuthorizeResult(
            enterprise_id=None, team_id="T1", bot_user_id="UBOT", bot_token="xoxb-test"
        ),
        request_verification_enabled=False,
        ignoring_self_events_enabled=False,  # the middleware alone must drop our own messages
        process_before_response=True,  # listeners run before dispatch returns: no sleeps here
    )
    service = RecordingService()
    register(app, service)

    def send(event, event_id="Ev1"):
        body = {
            "type": "event_callback",
            "team_id": "T1",
            "event_id": event_id,
            "event": event,
            "authorizations": [{"user_id": "UBOT", "is_bot": True, "team_id": "T1"}],
        }
        req = BoltRequest(body=json.dumps(body), headers={"content-type": ["application/json"]})
        resp = app.dispatch(req)
        assert resp.status == 200  # dropped or handled, every event is acknowledged
        return resp

    return SimpleNamespace(send=send, service=service)


def message(text, **extra):
    return {"type": "message", "channel": "C1", "ts": "1.0", "user": "U1", "text": text, **extra}


def test_a_persons_link_reaches_the_listener_and_is_not_claimed_by_event(world):
    """Links are deduped by their durable job (one per message and link, inserted by the
    service: tests/bot/test_service.py), not by an event claim a crash could strand."""
    event = message("read <https://news.example/a>")
    world.send(event, "EvA")
    world.send(event, "EvA")  # redelivered: the service finds its job key taken
    assert [(c[0], c[2]) for c in world.service.calls] == [
        ("links", ["https://news.example/a"])
    ] * 2
    assert world.service.calls[0][1].team == "T1"
    assert world.service.store.claim_event("EvA")  # the event id was not used up


def test_bots_edits_our_own_and_linkless_channel_messages_are_dropped(world):
    world.send(message("<https://news.example/b>", bot_id="B1"), "Ev1")
    world.send(message("<https://news.example/b>", subtype="message_changed"), "Ev2")
    world.send(message("<https://news.example/b>", user="UBOT"), "Ev3")
    world.send(message("no link here"), "Ev4")
    world.send({"type": "message", "text": "<https://news.example/b>", "user": "U1"}, "Ev5")
    assert world.service.calls == []
    # dropped before the claim: a linkless message does not use up its event id
    assert world.service.store.claim_event("Ev4")


def test_a_direct_message_is_a_question(world):
    world.send(message("who is for open models?", channel="D1", channel_type="im"), "EvD")
    kind, incoming, question, links = world.service.calls[0]
    assert kind == "mention" and question == "who is for open models?" and links == []
    assert incoming.conversation is Conversation.DIRECT
    # a question beside a link, in a direct message: both, for the service to answer after
    text = "who is for open models? <https://news.example/d|news.example/d>"
    world.send(message(text, channel="D1", ts="2.0", channel_type="im"), "EvD2")
    assert world.service.calls[1][2:] == ("who is for open models?", ["https://news.example/d"])


def test_mentions_links_questions_and_bots(world):
    mention = dict(message("<@UBOT> what did Lumen Labs say?"), type="app_mention")
    world.send(mention, "EvM1")
    world.send(dict(mention, text="<@UBOT> <https://news.example/c>"), "EvM2")
    world.send(dict(mention, bot_id="B2"), "EvM3")
    world.send(mention, "EvM1")  # redelivered
    assert [c[:1] + c[2:] for c in world.service.calls] == [
        ("mention", "what did Lumen Labs say?", []),
        ("mention", "", ["https://news.example/c"]),
    ]


def test_a_mention_with_a_question_and_a_link_keeps_both(world):
    # Slack sends such a channel message twice: as a message and as an app_mention
    text = "<@UBOT> who is for open models? <https://news.example/q|news.example/q>"
    in_thread = message(text, ts="2.0", thread_ts="1.0", channel_type="channel")
    world.send(in_thread, "EvQ1")  # the message event: left to the mention
    world.send(dict(in_thread, type="app_mention"), "EvQ2")
    assert [c[:1] + c[2:] for c in world.service.calls] == [
        ("mention", "who is for open models?", ["https://news.example/q"])
    ]
    assert world.service.calls[0][1].thread_ts == "1.0"
    # a message that mentions someone else is still ours to read
    world.send(dict(in_thread, text="<@U2> see <https://news.example/r>"), "EvQ3")
    assert world.service.calls[-1][0] == "links"


def test_home_opened(world):
    world.send({"type": "app_home_opened", "user": "U1", "tab": "home"}, "EvH1")
    world.send({"type": "app_home_opened", "user": "U1", "tab": "messages"}, "EvH2")
    assert world.service.calls == [("home", "U1")]


@pytest.mark.parametrize(
    "event",
    [
        {"type": "reaction_added", "user": "U1", "reaction": "eyes", "item": {"type": "message"}},
        {"type": "member_joined_channel", "user": "U1", "channel": "C1"},
        {"type": "app_uninstalled"},
        {"type": "some_event_slack_adds_next_year", "channel": "C1", "ts": "1.0"},
        {"channel": "C1", "ts": "1.0", "text": "an event without a type"},
        {"type": None},
        {"type": 5},
    ],
)
def test_event_types_without_a_listener_are_acknowledged(world, event):
    resp = world.send(event, "EvX")  # asserts the 200; unhandled events got a 404 before
    assert resp.body == ""
    assert world.service.calls == []


def test_a_me_message_is_a_persons_message(world):
    # `/me reading <link>`: Slack sends it with subtype me_message, from the person's own user
    world.send(message("reading <https://news.example/me>", subtype="me_message"), "EvMe")
    assert [(c[0], c[2]) for c in world.service.calls] == [("links", ["https://news.example/me"])]
