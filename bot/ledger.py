"""What the bot has already handled, so Slack's redeliveries never give a second brief.

`MemoryLedger` keeps it in the process; the database store (bot/store.py) keeps it across
restarts. Both answer the same questions.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Protocol

from bot.models import Analysis


class Ledger(Protocol):
    def claim_event(self, event_id: str) -> bool:
        """True the first time an event id is seen, False for every redelivery."""

    def claim_link(self, channel: str, message_ts: str, url_key: str) -> bool:
        """True the first time a link of a message is taken on (message and app_mention
        events for one message share it)."""

    def remember(self, channel: str, thread_ts: str, analysis: Analysis) -> None:
        """Keep the analysis posted in a thread, for questions asked there."""

    def thread_analyses(self, channel: str, thread_ts: str) -> list[Analysis]:
        """The analyses posted in a thread, oldest first."""


class MemoryLedger:
    """A bounded in-process ledger (the oldest entries are forgotten first)."""

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._seen: OrderedDict[tuple[str, ...], None] = OrderedDict()
        self._threads: OrderedDict[tuple[str, str], list[Analysis]] = OrderedDict()

    def _claim(self, key: tuple[str, ...]) -> bool:
        with self._lock:
            if key in self._seen:
                return False
            self._seen[key] = None
            while len(self._seen) > self.limit:
                self._seen.popitem(last=False)
            return True

    def claim_event(self, event_id: str) -> bool:
        return self._claim(("event", event_id))

    def claim_link(self, channel: str, message_ts: str, url_key: str) -> bool:
        return self._claim(("link", channel, message_ts, url_key))

    def remember(self, channel: str, thread_ts: str, analysis: Analysis) -> None:
        with self._lock:
            self._threads.setdefault((channel, thread_ts), []).append(analysis)
            while len(self._threads) > self.limit // 10:
                self._threads.popitem(last=False)

    def thread_analyses(self, channel: str, thread_ts: str) -> list[Analysis]:
        with self._lock:
            return list(self._threads.get((channel, thread_ts), []))
