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

    def handle_mention(self, message, question):
        self.calls.append(("mention", message, question))

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
    kind, incoming, question = world.service.calls[0]
    assert kind == "mention" and question == "who is for open models?"
    assert incoming.conversation is Conversation.DIRECT


def test_mentions_links_questions_and_bots(world):
    mention = dict(message("<@UBOT> what did Lumen Labs say?"), type="app_mention")
    world.send(mention, "EvM1")
    world.send(dict(mention, text="<@UBOT> <https://news.example/c>"), "EvM2")
    world.send(dict(mention, bot_id="B2"), "EvM3")
    world.send(mention, "EvM1")  # redelivered
    assert [(c[0], c[2]) for c in world.service.calls] == [
        ("mention", "what did Lumen Labs say?"),
        ("links", ["https://news.example/c"]),
    ]


def test_home_opened(world):
    world.send({"type": "app_home_opened", "user": "U1", "tab": "home"}, "EvH1")
    world.send({"type": "app_home_opened", "user": "U1", "tab": "messages"}, "EvH2")
    assert world.service.calls == [("home", "U1")]
