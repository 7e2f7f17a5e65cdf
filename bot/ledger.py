"""What the bot has already handled and posted: the interface the Slack work relies on.

`bot.store.Store` implements it on SQLite or PostgreSQL (use `sqlite://` for a throwaway
in-memory one), so dedupe and the bot's memory survive restarts.
"""

from __future__ import annotations

from typing import Protocol

from bot.models import Analysis


class Ledger(Protocol):
    def claim_event(self, event_id: str) -> bool:
        """True the first time an event id is seen, False for every redelivery."""

    def claim_link(self, channel: str, message_ts: str, url_key: str) -> bool:
        """True the first time a link of a message is taken on (message and app_mention
        events for one message share it)."""

    def remember(
        self,
        channel: str,
        thread_ts: str,
        analysis: Analysis,
        message_ts: str | None = None,
        reply_ts: str | None = None,
        team: str | None = None,
        user: str | None = None,
    ) -> int:
        """Keep an analysis and where it was posted."""

    def thread_analyses(self, channel: str, thread_ts: str) -> list[Analysis]:
        """The analyses posted in a thread, oldest first."""
