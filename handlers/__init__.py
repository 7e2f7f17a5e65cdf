"""Slack listeners, one module per kind of event, each with `register(app, service)`.

A handler is thin: parse the event, hand it to the core's BriefService, return. Bolt has already
acknowledged the event by then (process_before_response is off), so Slack gets its answer within
its 3 seconds whatever the articles do.
"""

from __future__ import annotations

from slack_bolt import App

from bot.briefs import BriefService
from handlers import app_home, mentions, messages


def register_all(app: App, service: BriefService) -> None:
    messages.register(app, service)
    mentions.register(app, service)
    app_home.register(app, service)
