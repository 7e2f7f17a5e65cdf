"""The work behind a posted link or a mention, off Slack's acknowledgement path.

Slack-free: it talks to Slack through the `Poster` protocol, which the Slack layer implements
with a WebClient and the tests with a plain fake. Jobs run in a bounded pool sized so that a few
slow sites cannot starve the others; analysis itself takes milliseconds.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Protocol

from bot.asking.questions import CROSS_ARTICLE, Context, QuestionEngine
from bot.core import Core
from bot.links import MAX_LINKS_PER_MESSAGE
from bot.models import Analysis, Failure
from bot.reading.urls import normalize_url
from bot.remembering.store import Store, Stored
from bot.render import (
    BLOCK_LIMIT,
    brief_blocks,
    brief_fallback,
    clip,
    escape,
    failure_message,
    home_view,
)

log = logging.getLogger(__name__)


def _date(ts: float | None) -> str | None:
    import datetime as dt

    if ts is None:
        return None
    return dt.datetime.fromtimestamp(ts, dt.UTC).date().isoformat()


class Poster(Protocol):
    """What the service needs from Slack."""

    def react(self, channel: str, ts: str, name: str) -> None: ...

    def permalink(self, channel: str, ts: str) -> str | None: ...

    def publish_home(self, user: str, view: dict[str, Any]) -> None: ...

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


class BriefService:
    """Schedules link analyses and answers; posts exactly one reply per link per message."""

    def __init__(
        self,
        core: Core,
        store: Store,
        poster: Poster,
        workers: int = 16,
        engine: QuestionEngine | None = None,
        repost_window_hours: float = 24.0,
        bot_user_id: str | None = None,
    ) -> None:
        self.core = core
        self.store = store
        self.poster = poster
        self.engine = engine or QuestionEngine(core.analyzer.gazetteer)
        self.repost_window_hours = repost_window_hours
        # how the brief tells people to address the bot: a real mention when we know our id
        self.bot_mention = f"<@{bot_user_id}>" if bot_user_id else "@newsbrief"
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="brief")
        self._pending: set[Future[None]] = set()
        self._pending_lock = threading.Lock()

    # -- links ------------------------------------------------------------------------------

    def handle_links(self, message: Message, links: list[str]) -> list[Future[None]]:
        """Take on a message's links (at most 3); returns the scheduled jobs."""
        fresh = [
            u for u in links if self.store.claim_link(message.channel, message.ts, normalize_url(u))
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
            jobs.append(self._submit(self._brief, message, url))
        if len(links) > MAX_LINKS_PER_MESSAGE and len(taken) == MAX_LINKS_PER_MESSAGE:
            jobs.append(
                self._submit(
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
        return self.core.analyze_source(url)

    def _brief(self, message: Message, url: str) -> None:
        try:
            prior = self.store.recent_post(url, self.repost_window_hours, message.team)
            if prior is not None:
                self._repost(message, prior)
                return
            result = self._analyze(url)
        except Exception:
            log.exception("analysis of %s failed", url)
            result = Failure("extract_failed", "something went wrong while reading it", url)
        try:
            if isinstance(result, Failure):
                self.poster.reply(message.channel, message.reply_ts, failure_message(result))
                return
            blocks = brief_blocks(result, self.bot_mention)
            reply_ts = self.post_blocks(message, brief_fallback(result), blocks)
            self.store.remember(
                message.channel,
                message.reply_ts,
                result,
                message_ts=message.ts,
                reply_ts=reply_ts,
                team=message.team,
                user=message.user,
            )
        except Exception:
            log.exception("could not post the brief for %s in %s", url, message.channel)

    def _repost(self, message: Message, prior: Stored) -> None:
        """A link briefed recently: a short brief and the way to the earlier thread."""
        a = prior.analysis
        where = None
        if prior.channel and prior.thread_ts:
            where = self.poster.permalink(prior.channel, prior.thread_ts)
        stances = ", ".join(f"{p.name} ({p.stance})" for p in a.players[:5])
        text = f"*{escape(a.article.title or 'This article')}*: {escape(stances)}."
        if where:
            text += f"\nShared before, full brief: <{escape(where)}|earlier thread>"
        reply_ts = self.poster.reply(message.channel, message.reply_ts, text)
        self.store.record_post(
            prior.analysis_id,
            channel=message.channel,
            message_ts=message.ts,
            thread_ts=message.reply_ts,
            reply_ts=reply_ts,
            team=message.team,
            user=message.user,
        )

    def post_blocks(self, message: Message, text: str, blocks: list[dict[str, Any]]) -> str | None:
        """Post blocks in the thread, split into messages under Block Kit's 50-block cap;
        returns the ts of the first."""
        first = None
        for start in range(0, max(len(blocks), 1), BLOCK_LIMIT):
            part = blocks[start : start + BLOCK_LIMIT]
            ts = self.poster.reply(message.channel, message.reply_ts, text, part or None)
            first = first or ts
        return first

    def _say(self, message: Message, text: str) -> None:
        try:
            self.poster.reply(message.channel, message.reply_ts, text)
        except Exception:
            log.exception("could not reply in %s", message.channel)

    # -- mentions ---------------------------------------------------------------------------

    def handle_mention(self, message: Message, question: str) -> Future[None]:
        """Answer a mention without links: the questions engine when there is one, else help
        and the brief of the thread's article."""
        return self._submit(self._answer, message, question)

    def scope(self, message: Message, question: str) -> list[Context]:
        """What a question is about: the thread's article(s); in a channel, its recent
        articles; in a direct message, what that user shared. Questions across articles
        ("where has X stood") always look at the whole channel (or the user's links)."""
        direct = message.channel.startswith("D")
        cross = bool(CROSS_ARTICLE.search(question))
        rows: list[Stored] = []
        if message.thread_ts and not cross:
            rows = self.store.thread_stored(message.channel, message.thread_ts)
        if not rows:
            if direct and message.user:
                rows = self.store.user_stored(message.user)
            else:
                rows = self.store.channel_stored(message.channel)
            rows = list(reversed(rows))  # oldest first
            if not cross and rows and not message.thread_ts:
                rows = rows[-5:]
        return [Context(r.analysis, _date(r.posted_at)) for r in rows]

    def _answer(self, message: Message, question: str) -> None:
        try:
            answer = self.engine.answer(question, self.scope(message, question))
            text = escape(answer.text)
            links = []
            for a in answer.sources[:3]:
                url = a.article.url or (
                    a.article.source if a.article.source.startswith("http") else None
                )
                if url:
                    links.append(f"<{escape(url)}|{escape(a.article.title or url)}>")
            if links:
                text += "\n" + " · ".join(links)
            self.poster.reply(message.channel, message.reply_ts, clip(text, 3900))
        except Exception:
            log.exception("could not answer in %s", message.channel)

    # -- App Home ---------------------------------------------------------------------------

    def publish_home(self, user: str) -> Future[None]:
        return self._submit(self._home, user)

    def _home(self, user: str) -> None:
        try:
            self.poster.publish_home(user, home_view(self.store.latest(20)))
        except Exception:
            log.exception("could not publish the App Home for %s", user)

    def _submit(self, fn: Any, *args: Any) -> Future[None]:
        future = self.pool.submit(fn, *args)
        with self._pending_lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: Future[None]) -> None:
        with self._pending_lock:
            self._pending.discard(future)

    def close(self, grace: float = 10.0) -> None:
        """Stop taking work; let the briefs under way finish (up to `grace` seconds), so a
        restart does not swallow a link that was already acknowledged."""
        with self._pending_lock:
            pending = list(self._pending)
        wait(pending, timeout=grace)
        self.pool.shutdown(wait=False, cancel_futures=True)
