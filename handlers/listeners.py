"""The listeners: one top-level function per kind of event, registered by `register`.

A listener is thin: its middleware has already checked the event and found its message (and
links); it hands them to the brief service and returns. Bolt acknowledges the event once it
returns (process_before_response is on), so every link is a durable job before Slack hears
back, and the ack stays fast: recording a link is one insert, the reading runs in the pool.
"""

from __future__ import annotations

import html
import re
from typing import Any

from slack_bolt import App

from bot.service import BriefService, Conversation, Message
from handlers.middleware import (
    ProvideService,
    addressed_to_us,
    first_delivery,
    from_a_person,
    left_to_the_mention,
    located,
    not_from_a_bot,
    typed_event,
    with_links,
)

# Slack's markup in a message's text: mentions, links, channels (`<@U1>`, `<https://x|x>`)
_MARKUP = re.compile(r"<[^<>]*>")
ANY_EVENT_TYPE = re.compile(".*")


def question_in(event: dict[str, Any]) -> str:
    """The words of a message without its mentions and links: what is asked, or ""."""
    text = _MARKUP.sub(" ", str(event.get("text") or ""))
    return " ".join(html.unescape(text).split())


def on_message(
    event: dict[str, Any], incoming: Message, links: list[str], service: BriefService
) -> None:
    """Links posted in channels, private channels and direct messages; a direct message is
    addressed to us as a whole, its question beside its links."""
    if incoming.conversation is Conversation.DIRECT or not links:
        service.handle_mention(incoming, question_in(event), links)
    else:
        service.handle_links(incoming, links)


def on_mention(
    event: dict[str, Any], incoming: Message, links: list[str], service: BriefService
) -> None:
    """A question about the thread's article(s), links to read, or both: "who is for open
    models? <link>" gets the link's brief if the thread lacks it, and the answer."""
    service.handle_mention(incoming, question_in(event), links)


def on_home_opened(event: dict[str, Any], service: BriefService) -> None:
    """The App Home tab: the latest analysed articles and the players board."""
    user = event.get("user")
    if event.get("tab", "home") == "home" and isinstance(user, str):
        service.publish_home(user)


def on_any_other_event() -> None:
    """Every other event type (reactions, joins, uninstalls, types Slack adds later): nothing
    to do, but acknowledged. Unacknowledged, Socket Mode redelivers it and HTTP answers 404,
    which Slack retries and, repeated, counts against the app."""


# The checks, in order, before each listener runs.
MESSAGE_CHECKS = [
    from_a_person,
    located,
    with_links,
    addressed_to_us,
    left_to_the_mention,
    first_delivery,
]
MENTION_CHECKS = [not_from_a_bot, located, first_delivery, with_links]


def register(app: App, service: BriefService) -> None:
    """Every listener with its middleware, and the service in each request's context."""
    app.use(ProvideService(service))
    app.use(typed_event)
    app.event("message", middleware=MESSAGE_CHECKS)(on_message)
    app.event("app_mention", middleware=MENTION_CHECKS)(on_mention)
    app.event("app_home_opened")(on_home_opened)
    # last: Bolt tries listeners in order, so this only takes what no listener above matched
    app.event(ANY_EVENT_TYPE)(on_any_other_event)
