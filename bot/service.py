"""The work behind a posted link or a mention, off Slack's acknowledgement path.

Slack-free in concept as well as in imports: the service decides what to do with a message
(read which links, answer from which articles, point to an earlier thread) and remembers it; it
hands plain data (an Analysis, a Failure, an Answer, an earlier post) to a `Poster`, which the
Slack edge (handlers/poster.py) turns into reactions, Block Kit and threaded replies. Jobs run
in a bounded pool sized so that a few slow sites cannot starve the others; analysis itself
takes milliseconds.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from bot.asking.questions import CROSS_ARTICLE, Answer, Context, QuestionEngine
from bot.core import Core
from bot.models import Analysis, Failure
from bot.remembering.store import Store, Stored

log = logging.getLogger(__name__)

# Links read from one message; more are named in a note, not read (a paste of ten links is
# rarely ten requests for a brief).
MAX_LINKS_PER_MESSAGE = 3
# What a brief job that failed unexpectedly is reported as.
UNEXPECTED_FAILURE = Failure("extract_failed", "something went wrong while reading it")


class Conversation(StrEnum):
    """The kind of conversation a message is in: it decides what a question is about."""

    CHANNEL = "channel"
    DIRECT = "direct"


@dataclass(frozen=True)
class Message:
    """Where a message was posted, and by whom."""

    channel: str
    ts: str
    thread_ts: str | None = None
    user: str | None = None
    team: str | None = None
    conversation: Conversation = Conversation.CHANNEL

    @property
    def reply_ts(self) -> str:
        """Replies go in the message's thread: its own, or the one it was posted in."""
        return self.thread_ts or self.ts


class Poster(Protocol):
    """How the service's decisions reach people; the Slack edge implements it."""

    def reading(self, message: Message) -> None:
        """The message's links are being read (may fail: the brief comes anyway)."""

    def brief(self, message: Message, analysis: Analysis) -> str | None:
        """The brief of one article in the message's thread; returns the reply's id."""

    def repost(self, message: Message, earlier: Stored) -> str | None:
        """A short brief of an article briefed recently, and the way to its thread."""

    def failure(self, message: Message, failure: Failure) -> None:
        """Why a link could not be read."""

    def too_many_links(self, message: Message, found: int, read: int) -> None:
        """The message had `found` links and only the first `read` are read."""

    def answer(self, message: Message, answer: Answer) -> None:
        """The answer to a question, in the message's thread."""

    def home(self, user: str, latest: Sequence[Stored]) -> None:
        """A person's home view: the latest analysed articles, newest first."""


@dataclass(frozen=True)
class ServiceLimits:
    """The service's tunable numbers (see Settings for their environment variables)."""

    jobs: int = 16
    repost_window_hours: float = 24.0
    channel_scope_articles: int = 5
    home_articles: int = 20
    shutdown_grace: float = 10.0


def _date(ts: float | None) -> str | None:
    if ts is None:
        return None
    return dt.datetime.fromtimestamp(ts, dt.UTC).date().isoformat()


class BriefService:
    """Schedules link analyses and answers; posts exactly one reply per link per message."""

    def __init__(
        self,
        core: Core,
        store: Store,
        poster: Poster,
        workers: int | None = None,
        engine: QuestionEngine | None = None,
        limits: ServiceLimits | None = None,
    ) -> None:
        self.core = core
        self.store = store
        self.poster = poster
        self.engine = engine or QuestionEngine(core.analyzer.gazetteer)
        self.limits = limits or ServiceLimits()
        jobs = workers if workers is not None else self.limits.jobs
        self.pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="brief")
        self._pending: set[Future[None]] = set()
        self._pending_lock = threading.Lock()

    # -- links ------------------------------------------------------------------------------

    def first_delivery(self, event_id: str | None) -> bool:
        """False for an event already handled (a redelivery); events without an id count as
        first."""
        return not event_id or self.store.claim_event(event_id)

    def handle_links(self, message: Message, links: list[str]) -> list[Future[None]]:
        """Take on a message's links (at most 3); returns the scheduled jobs."""
        fresh = [u for u in links if self.store.claim_link(message.channel, message.ts, u)]
        if not fresh:
            return []
        taken = fresh[:MAX_LINKS_PER_MESSAGE]
        try:
            self.poster.reading(message)
        except Exception:  # a missing reaction must never cost the brief
            log.warning("could not mark %s/%s as being read", message.channel, message.ts)
        jobs = [self._submit(self._brief, message, url) for url in taken]
        if len(links) > MAX_LINKS_PER_MESSAGE and len(taken) == MAX_LINKS_PER_MESSAGE:
            jobs.append(
                self._submit(
                    self._post, self.poster.too_many_links, message, len(links), len(taken)
                )
            )
        return jobs

    def _brief(self, message: Message, url: str) -> None:
        try:
            prior = self.store.recent_post(url, self.limits.repost_window_hours, message.team)
            if prior is not None:
                self._repost(message, prior)
                return
            result = self.core.analyze_source(url)
        except Exception:
            log.exception("analysis of %s failed", url)
            result = Failure(UNEXPECTED_FAILURE.code, UNEXPECTED_FAILURE.message, url)
        try:
            if isinstance(result, Failure):
                self.poster.failure(message, result)
                return
            reply_ts = self.poster.brief(message, result)
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
        reply_ts = self.poster.repost(message, prior)
        self.store.record_post(
            prior.analysis_id,
            channel=message.channel,
            message_ts=message.ts,
            thread_ts=message.reply_ts,
            reply_ts=reply_ts,
            team=message.team,
            user=message.user,
        )

    def _post(self, post: Callable[..., Any], message: Message, *args: Any) -> None:
        try:
            post(message, *args)
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
        direct = message.conversation is Conversation.DIRECT
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
                rows = rows[-self.limits.channel_scope_articles :]
        return [Context(r.analysis, _date(r.posted_at)) for r in rows]

    def _answer(self, message: Message, question: str) -> None:
        try:
            answer = self.engine.answer(question, self.scope(message, question))
            self.poster.answer(message, answer)
        except Exception:
            log.exception("could not answer in %s", message.channel)

    # -- home -------------------------------------------------------------------------------

    def publish_home(self, user: str) -> Future[None]:
        return self._submit(self._home, user)

    def _home(self, user: str) -> None:
        try:
            self.poster.home(user, self.store.latest(self.limits.home_articles))
        except Exception:
            log.exception("could not publish the home view for %s", user)

    # -- the pool ---------------------------------------------------------------------------

    def _submit(self, fn: Any, *args: Any) -> Future[None]:
        future = self.pool.submit(fn, *args)
        with self._pending_lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: Future[None]) -> None:
        with self._pending_lock:
            self._pending.discard(future)

    def close(self, grace: float | None = None) -> None:
        """Stop taking work; let the briefs under way finish (up to `grace` seconds), so a
        restart does not swallow a link that was already acknowledged."""
        with self._pending_lock:
            pending = list(self._pending)
        wait(pending, timeout=self.limits.shutdown_grace if grace is None else grace)
        self.pool.shutdown(wait=False, cancel_futures=True)
