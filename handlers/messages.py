"""`message` events: links posted in channels, private channels and direct messages."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext

from bot.briefs import BriefService
from bot.links import links_from_message
from handlers.common import first_delivery, is_from_a_person, message_of

log = logging.getLogger(__name__)


def register(app: App, service: BriefService) -> None:
    @app.event("message")
    def on_message(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        if not is_from_a_person(event, context.bot_user_id):
            return
        message = message_of(event, body)
        if message is None:
            log.warning("message event without channel or ts ignored")
            return
        links = links_from_message(event)
        direct = event.get("channel_type") == "im"
        if not (links or direct) or not first_delivery(service, body):
            return
        if links:
            service.handle_links(message, links)
        else:  # in a direct message every message is addressed to us
            service.handle_mention(message, " ".join(str(event.get("text") or "").split()))
