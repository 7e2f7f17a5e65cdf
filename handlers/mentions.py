"""`app_mention` events: a link to read, or a question about the thread's article."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App, BoltContext

from bot.briefs import BriefService
from bot.links import links_from_message
from handlers.common import first_delivery, message_of

log = logging.getLogger(__name__)
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def register(app: App, service: BriefService) -> None:
    @app.event("app_mention")
    def on_mention(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        if event.get("bot_id") or event.get("user") == context.bot_user_id:
            return
        message = message_of(event, body)
        if message is None:
            log.warning("app_mention without channel or ts ignored")
            return
        if not first_delivery(service, body):
            return
        links = links_from_message(event)
        if links:
            # the same message also arrives as a `message` event: the link claim makes one brief
            service.handle_links(message, links)
            return
        question = " ".join(_MENTION.sub(" ", str(event.get("text") or "")).split())
        service.handle_mention(message, question)
