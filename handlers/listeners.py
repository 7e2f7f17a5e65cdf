"""The listeners: one top-level function per kind of event, registered by `register`.

A listener is thin: its middleware has already checked the event and found its message (and
links); it hands them to the brief service and returns. Bolt acknowledges the event once it
returns (process_before_response is on), so every link is a durable job before Slack hears
back, and the ack stays fast: recording a link is one insert, the reading runs in the pool.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App

from bot.service import BriefService, Message
from handlers.middleware import (
    ProvideService,
    addressed_to_us,
    first_delivery,
    from_a_person,
    located,
    not_from_a_bot,
    with_links,
)

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def on_message(
    event: dict[str, Any], incoming: Message, links: list[str], service: BriefService
) -> None:
    """Links posted in channels, private channels and direct messages; in a direct message
    every other message is a question addressed to us."""
    if links:
        service.handle_links(incoming, links)
    else:
        service.handle_mention(incoming, " ".join(str(event.get("text") or "").split()))


def on_mention(
    event: dict[str, Any], incoming: Message, links: list[str], service: BriefService
) -> None:
    """A link to read, or a question about the thread's article(s)."""
    if links:
        # the same message also arrives as a `message` event: the link claim makes one brief
        service.handle_links(incoming, links)
        return
    question = " ".join(_MENTION.sub(" ", str(event.get("text") or "")).split())
    service.handle_mention(incoming, question)


def on_home_opened(event: dict[str, Any], service: BriefService) -> None:
    """The App Home tab: the latest analysed articles and the players board."""
    user = event.get("user")
    if event.get("tab", "home") == "home" and isinstance(user, str):
        service.publish_home(user)


# The checks, in order, before each listener runs.
MESSAGE_CHECKS = [from_a_person, located, with_links, addressed_to_us, first_delivery]
MENTION_CHECKS = [not_from_a_bot, located, with_links, first_delivery]


def register(app: App, service: BriefService) -> None:
    """Every listener with its middleware, and the service in each request's context."""
    app.use(ProvideService(service))
    app.event("message", middleware=MESSAGE_CHECKS)(on_message)
    app.event("app_mention", middleware=MENTION_CHECKS)(on_mention)
    app.event("app_home_opened")(on_home_opened)
