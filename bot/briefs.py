"""The work behind a posted link or a mention, off Slack's acknowledgement path.

Slack-free: it talks to Slack through the `Poster` protocol, which the Slack layer implements
with a WebClient and the tests with a plain fake. Jobs run in a bounded pool sized so that a few
slow sites cannot starve the others; analysis itself takes milliseconds.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from bot.core import Core
from bot.ledger import Ledger
from bot.links import MAX_LINKS_PER_MESSAGE
from bot.models import Analysis, Failure
from bot.render import (
    BLOCK_LIMIT,
    brief_blocks,
    brief_fallback,
    escape,
    failure_message,
)
from bot.urls import normalize_url

log = logging.getLogger(__name__)

HELP = (
    "I read the news links shared here and reply in their thread with the key players and "
    "where each stands on *open vs closed AI*, with the sentences that show it.\n"
    "Paste a link, or mention me with one. In a brief's thread, ask me things like: "
    "_who is for open models?_, _what did Zuckerberg say about China?_, _summarize_."
)


class Poster(Protocol):
    """What the service needs from Slack."""

    def react(self, channel: str, ts: str, name: str) -> None: ...

    def reply(
        self, channel: str, thread_ts: str, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> str | None: ...


@dataclass(frozen=True)
class Message:
    """Where a message was posted, and by whom."""

    channel: str
    ts: str
    thread_ts: str | None = None
    user: str | None = None
    team: str | None = None

    @property
    def reply_ts(self) -> str:
        """Replies go in the message's thread: its own, or the one it was posted in."""
        return self.thread_ts or self.ts


Answerer = Callable[[Message, str, list[Analysis]], tuple[str, list[dict[str, Any]] | None]]


class BriefService:
    """Schedules link analyses and answers; posts exactly one reply per link per message."""

    def __init__(
        self,
        core: Core,
        ledger: Ledger,
        poster: Poster,
        workers: int = 16,
        answerer: Answerer | None = None,
    ) -> None:
        self.core = core
        self.ledger = ledger
        self.poster = poster
        self.answerer = answerer
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="brief")
        self._analysis_lock = threading.Lock()  # CPU-bound and quick: one at a time

    # -- links ------------------------------------------------------------------------------

    def handle_links(self, message: Message, links: list[str]) -> list[Future[None]]:
        """Take on a message's links (at most 3); returns the scheduled jobs."""
        fresh = [
            u
            for u in links
            if self.ledger.claim_link(message.channel, message.ts, normalize_url(u))
        ]
        if not fresh:
            return []
        jobs = []
        taken = fresh[:MAX_LINKS_PER_MESSAGE]
        try:
            self.poster.react(message.channel, message.ts, "eyes")
        except Exception:  # a missing reaction must never cost the brief
            log.warning("could not add the reaction to %s/%s", message.channel, message.ts)
        for url in taken:
            jobs.append(self.pool.submit(self._brief, message, url))
        if len(links) > MAX_LINKS_PER_MESSAGE and len(taken) == MAX_LINKS_PER_MESSAGE:
            jobs.append(
                self.pool.submit(
                    self._say,
                    message,
                    (
                        f"That message has {len(links)} links; I read the first "
                        f"{MAX_LINKS_PER_MESSAGE}. Mention me with a link to have another one read."
                    ),
                )
            )
        return jobs

    def _analyze(self, url: str) -> Analysis | Failure:
        article = self.core.reader.read(url)
        if isinstance(article, Failure):
            return article
        with self._analysis_lock:
            return self.core.analyzer.analyze(article)

    def _brief(self, message: Message, url: str) -> None:
        try:
            result = self._analyze(url)
        except Exception:
            log.exception("analysis of %s failed", url)
            result = Failure("extract_failed", "something went wrong while reading it", url)
        try:
            if isinstance(result, Failure):
                self.poster.reply(message.channel, message.reply_ts, failure_message(result))
                return
            self.ledger.remember(message.channel, message.reply_ts, result)
            self.post_blocks(message, brief_fallback(result), brief_blocks(result))
        except Exception:
            log.exception("could not post the brief for %s in %s", url, message.channel)

    def post_blocks(self, message: Message, text: str, blocks: list[dict[str, Any]]) -> None:
        """Post blocks in the thread, split into messages under Block Kit's 50-block cap."""
        for start in range(0, max(len(blocks), 1), BLOCK_LIMIT):
            part = blocks[start : start + BLOCK_LIMIT]
            self.poster.reply(message.channel, message.reply_ts, text, part or None)

    def _say(self, message: Message, text: str) -> None:
        try:
            self.poster.reply(message.channel, message.reply_ts, text)
        except Exception:
            log.exception("could not reply in %s", message.channel)

    # -- mentions ---------------------------------------------------------------------------

    def handle_mention(self, message: Message, question: str) -> Future[None]:
        """Answer a mention without links: the questions engine when there is one, else help
        and the brief of the thread's article."""
        return self.pool.submit(self._answer, message, question)

    def _answer(self, message: Message, question: str) -> None:
        analyses = self.ledger.thread_analyses(message.channel, message.reply_ts)
        try:
            if self.answerer is not None:
                text, blocks = self.answerer(message, question, analyses)
                if blocks:
                    self.post_blocks(message, text, blocks)
                else:
                    self.poster.reply(message.channel, message.reply_ts, text)
                return
            if analyses:
                latest = analyses[-1]
                blocks = [
                    {"type": "section", "text": {"type": "mrkdwn", "text": HELP}},
                    *brief_blocks(latest),
                ]
                self.post_blocks(message, escape(latest.article.title or "brief"), blocks)
            else:
                self.poster.reply(message.channel, message.reply_ts, HELP)
        except Exception:
            log.exception("could not answer in %s", message.channel)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
