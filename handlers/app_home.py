"""`app_home_opened`: the latest analysed articles and the players board."""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from bot.briefs import BriefService


def register(app: App, service: BriefService) -> None:
    @app.event("app_home_opened")
    def on_home(event: dict[str, Any]) -> None:
        user = event.get("user")
        if event.get("tab", "home") == "home" and isinstance(user, str):
            service.publish_home(user)
