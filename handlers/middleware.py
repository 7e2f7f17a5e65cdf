"""Bolt listener middleware: the checks an event passes before a listener sees it.

Each calls `next()` to go on, or acknowledges and drops the event by returning an empty 200
(Slack must not retry an event we chose to ignore). What they learn on the way (the message,
its links) goes into the context, where Bolt hands it to the listener by name.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltResponse
from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest

from bot.service import BriefService
from handlers.common import is_from_a_person, message_of
from handlers.links import links_from_message

log = logging.getLogger(__name__)
Next = Callable[[], BoltResponse]


def _drop() -> BoltResponse:
    return BoltResponse(status=200, body="")


class ProvideService(Middleware):
    """Global middleware: puts the brief service in every request's context as `service`."""

    def __init__(self, service: BriefService) -> None:
        self.service = service

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Next) -> BoltResponse:
        req.context["service"] = self.service
        return next()


def typed_event(body: dict[str, Any], next: Next) -> BoltResponse | None:
    """Global: an event callback whose event has no type string is acknowledged and dropped
    before Bolt's matchers, which would fail on it (a 500, and Slack retries)."""
    event = body.get("event")
    if body.get("type") == "event_callback" and not (
        isinstance(event, dict) and isinstance(event.get("type"), str) and event["type"]
    ):
        log.warning("event without a type ignored")
        return _drop()
    return next()


def from_a_person(event: dict[str, Any], context: BoltContext, next: Next) -> BoltResponse | None:
    """Only people's own messages: no bots, not us, no edits, deletions or joins."""
    if not is_from_a_person(event, context.bot_user_id):
        return _drop()
    return next()


def not_from_a_bot(event: dict[str, Any], context: BoltContext, next: Next) -> BoltResponse | None:
    """A mention by anyone but a bot or ourselves."""
    if event.get("bot_id") or event.get("user") == context.bot_user_id:
        return _drop()
    return next()


def located(
    event: dict[str, Any], body: dict[str, Any], context: BoltContext, next: Next
) -> BoltResponse | None:
    """Events that say where their message is; the message goes into the context as
    `incoming`."""
    incoming = message_of(event, body)
    if incoming is None:
        log.warning("%s event without channel or ts ignored", event.get("type"))
        return _drop()
    context["incoming"] = incoming
    return next()


def with_links(event: dict[str, Any], context: BoltContext, next: Next) -> BoltResponse | None:
    """The message's article links into the context as `links` (possibly none)."""
    context["links"] = links_from_message(event)
    return next()


def addressed_to_us(event: dict[str, Any], context: BoltContext, next: Next) -> BoltResponse | None:
    """A channel message matters when it has links; a direct message always does."""
    if context.get("links") or event.get("channel_type") == "im":
        return next()
    return _drop()


# Channel types whose messages that mention us also arrive as an app_mention.
MENTIONED_IN = ("channel", "group")


def left_to_the_mention(
    event: dict[str, Any], context: BoltContext, next: Next
) -> BoltResponse | None:
    """A channel message that mentions us arrives twice, as a message and as an app_mention:
    the mention takes it, its question and its links together (answering after the briefs),
    and the message is dropped."""
    us = context.bot_user_id
    text = str(event.get("text") or "")
    if (
        us
        and event.get("channel_type") in MENTIONED_IN
        and re.search(f"<@{re.escape(us)}[>|]", text)
    ):
        return _drop()
    return next()


def first_delivery(
    body: dict[str, Any], context: BoltContext, service: BriefService, next: Next
) -> BoltResponse | None:
    """Once per event: an HTTP retry or a Socket Mode redelivery (same event_id) is dropped.

    An event with links is let through unclaimed: each link becomes a durable job keyed by
    message and link, and that one insert both dedupes the redelivery and makes the link
    survive a crash; a separate event claim before it could be left behind by a process killed
    in between, and the redelivery Slack sends then would be dropped, the link lost."""
    if context.get("links"):
        return next()
    event_id = body.get("event_id")
    if not service.first_delivery(str(event_id) if event_id else None):
        return _drop()
    return next()
