"""The work behind a posted link or a mention, off Slack's acknowledgement path.

Slack-free in concept as well as in imports: the service decides what to do with a message
(read which links, answer from which articles, point to an earlier thread) and remembers it; it
hands plain data (an Analysis, a Failure, an Answer, an earlier post) to a `Poster`, which the
Slack edge (handlers/poster.py) turns into reactions, Block Kit and threaded replies. Jobs run
in a bounded pool sized so that a few slow sites cannot starve the others; analysis itself
takes milliseconds.

Every accepted link is a durable job in the store (`bot.remembering.jobs`) before
`handle_links` returns, that is before Slack gets its ack: if this process dies, another
instance (or this one, restarted) takes the job over once its lease runs out, and first asks the
Poster whether the brief already reached the thread, so a crash between posting and marking the
job done gives no second brief.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Protocol

from bot.asking.questions import CROSS_ARTICLE, Answer, Context, QuestionEngine
from bot.core import Core
from bot.models import Analysis, Failure
from bot.remembering.jobs import Job, JobQueue, JobRunner
from bot.remembering.store import Store, Stored, url_key
from bot.turns import Turns, link_turns

log = logging.getLogger(__name__)

# Links read from one message; more are named in a note, not read (a paste of ten links is
# rarely ten requests for a brief).
MAX_LINKS_PER_MESSAGE = 3
# Answers a brief already gives (its summary, overview, players), or no answer at all: not
# posted under the brief of a link shared with the words that asked for them.
SAID_BY_THE_BRIEF = frozenset({"unknown", "help", "summary", "about", "players"})
# What a brief job that failed unexpectedly is reported as.
UNEXPECTED_FAILURE = Failure("extract_failed", "something went wrong while reading it")
ANSWER_FAILED = "Sorry, something went wrong while answering that. Please ask again."


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
    # the durable job a reply belongs to: the Poster marks the reply with it, so a job taken
    # over after a crash can see whether its reply is already in the thread
    job: str | None = None

    @property
    def reply_ts(self) -> str:
        """Replies go in the message's thread: its own, or the one it was posted in."""
        return self.thread_ts or self.ts

    def to_payload(self) -> dict[str, Any]:
        """What a job stores of its message (plain JSON)."""
        return {k: v for k, v in dataclasses.asdict(self).items() if k != "job"}

    @classmethod
    def from_job(cls, job: Job) -> Message:
        data = dict(job.payload["message"])
        data["conversation"] = Conversation(data.get("conversation", "channel"))
        return cls(**data, job=job.key)


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

    def posted(self, message: Message) -> bool:
        """Whether a reply marked with `message.job` is already in the message's thread."""


@dataclass(frozen=True)
class ServiceLimits:
    """The service's tunable numbers (see Settings for their environment variables)."""

    jobs: int = 16
    repost_window_hours: float = 24.0
    channel_scope_articles: int = 5
    home_articles: int = 20
    shutdown_grace: float = 10.0
    job_lease_seconds: float = 60.0
    job_poll_seconds: float = 10.0
    job_max_attempts: int = 3


def _order_key(message: Message) -> str:
    """The message whose replies keep their links' order."""
    return f"{message.channel}:{message.ts}"


def _nothing() -> None:
    """A job that only marks the end of the ones before it."""


def _short_brief(a: Analysis) -> str:
    lead = f": {a.summary[0]}" if a.summary else ""
    return f"*{a.article.title or 'The article'}*{lead}\n{a.overview}"


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
        self.turns = Turns()
        self.jobs = JobRunner(
            JobQueue(store, lease_seconds=self.limits.job_lease_seconds),
            self._submit,
            {
                "brief": self._brief_job,
                "too_many_links": self._too_many_links_job,
                "answer": self._answer_job,
            },
            capacity=jobs * 2,
            poll_seconds=self.limits.job_poll_seconds,
            max_attempts=self.limits.job_max_attempts,
            resumed=lambda job: self.poster.posted(Message.from_job(job)),
            give_up=self._give_up,
        )

    def start(self) -> BriefService:
        """Take over jobs left by instances that died (now and every JOB_POLL_SECONDS), and
        keep the leases of this instance's jobs alive."""
        self.jobs.start()
        return self

    # -- links ------------------------------------------------------------------------------

    def first_delivery(self, event_id: str | None) -> bool:
        """False for an event already handled (a redelivery); events without an id count as
        first."""
        return not event_id or self.store.claim_event(event_id)

    def handle_links(self, message: Message, links: list[str]) -> list[Future[None]]:
        """Take on a message's links (at most 3) new to its thread: each becomes a durable job,
        keyed by message and link, so a redelivery (to this or another instance) finds it
        taken. Fast: one insert per link, run before Slack's ack; the reading is done off it.
        Returns the jobs started."""
        links = self._new_to_thread(message, links)
        taken = links[:MAX_LINKS_PER_MESSAGE]
        payload = {"message": message.to_payload()}
        turns, note_turn = link_turns(len(taken), len(links) > MAX_LINKS_PER_MESSAGE)
        self.turns.expect(_order_key(message), len(turns) + (note_turn is not None))
        jobs = [
            self.jobs.accept(
                f"link:{message.channel}:{message.ts}:{url_key(url)}",
                "brief",
                {**payload, "url": url, "turn": turn},
            )
            for url, turn in zip(taken, turns, strict=True)
        ]
        started = [j for j in jobs if j is not None]
        if not started:
            self.turns.forget(_order_key(message))
            return []
        self._submit(self._reading, message)
        if note_turn is not None:
            note = self.jobs.accept(
                f"note:{message.channel}:{message.ts}",
                "too_many_links",
                {**payload, "found": len(links), "read": len(taken), "turn": note_turn},
            )
            if note is not None:
                started.append(note)
        return started

    def _reading(self, message: Message) -> None:
        try:
            self.poster.reading(message)
        except Exception:  # a missing reaction must never cost the brief
            log.warning("could not mark %s/%s as being read", message.channel, message.ts)

    def _new_to_thread(self, message: Message, links: list[str]) -> list[str]:
        """The links this thread has not had a brief of: a link repeated inside its own thread
        (in discussion, or beside a question) is neither read again nor pointed at the thread
        it is already in."""
        if not message.thread_ts or not links:
            return links
        known = set()
        for row in self.store.thread_stored(message.channel, message.thread_ts):
            known.update(
                url_key(u) for u in (row.analysis.article.source, row.analysis.article.link) if u
            )
        return [u for u in links if url_key(u) not in known]

    def _brief_job(self, job: Job) -> None:
        """One link's brief, posted in its turn among the message's links. A failure to read
        the link is an answer (posted); a failure to post raises, and the job goes back to the
        queue to be tried again."""
        message, turn = Message.from_job(job), int(job.payload.get("turn", 0))
        try:
            self._read_and_brief(job, message, turn)
        finally:
            self.turns.done(_order_key(message), turn)

    def _read_and_brief(self, job: Job, message: Message, turn: int) -> None:
        url = str(job.payload["url"])
        try:
            prior = self.store.recent_post(url, self.limits.repost_window_hours, message.team)
            if prior is not None:
                self.turns.wait(_order_key(message), turn)
                if self._still_mine(job):
                    self._repost(message, prior)
                return
            result = self.core.analyze_url(url)
        except Exception:
            log.exception("analysis of %s failed", url)
            result = Failure(UNEXPECTED_FAILURE.code, UNEXPECTED_FAILURE.message, url)
        self.turns.wait(_order_key(message), turn)
        if not self._still_mine(job):
            return
        if isinstance(result, Failure):
            self.poster.failure(message, result)
            return
        # stored before it is posted: a question asked the moment the brief appears finds it
        post_id = self.store.remember_before_posting(
            message.channel,
            message.reply_ts,
            result,
            message_ts=message.ts,
            team=message.team,
            user=message.user,
        )
        reply_ts = self.poster.brief(message, result)
        self.store.set_reply(post_id, reply_ts)

    def _still_mine(self, job: Job) -> bool:
        """Right before posting: does this instance still hold the job? If its lease ran out
        (a long stall) another instance has it, and only that one may post."""
        if self.jobs.holds(job):
            return True
        log.warning("job %s was taken over by another instance; not posting", job.id)
        return False

    def _too_many_links_job(self, job: Job) -> None:
        message, turn = Message.from_job(job), int(job.payload.get("turn", 0))
        try:
            self.turns.wait(_order_key(message), turn)
            if self._still_mine(job):
                found, read = int(job.payload["found"]), int(job.payload["read"])
                self.poster.too_many_links(message, found, read)
        finally:
            self.turns.done(_order_key(message), turn)

    def _give_up(self, job: Job) -> None:
        """A job that failed every try: say so in the thread rather than stay silent."""
        if job.kind == "brief":
            url = str(job.payload["url"])
            failure = Failure(UNEXPECTED_FAILURE.code, UNEXPECTED_FAILURE.message, url)
            self.poster.failure(Message.from_job(job), failure)
        elif job.kind == "answer" and job.payload.get("reply", True):
            question = str(job.payload.get("question") or "")
            self.poster.answer(Message.from_job(job), Answer(question, "error", ANSWER_FAILED))

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

    # -- mentions ---------------------------------------------------------------------------

    def handle_mention(
        self, message: Message, question: str, links: Sequence[str] = ()
    ) -> Future[None] | None:
        """A message addressed to us (a mention, a direct message), answered once.

        Slack sends an edited mention again as a new event: one message (channel, ts) gets one
        answer, and None is returned for the others. The message's links new to its thread are
        briefed first; then its question is answered about the thread, so about those links
        too (unless the brief already says it: "what about <link>"). With no question and
        nothing new to read, it gets the thread's brief and the help (see `_greeting`).

        The answer is a durable job like the briefs, recorded after the links' jobs: a process
        that dies at any point loses neither (a redelivery finds the links taken and records
        the answer; a job left running is taken over). The future is done when everything is
        posted."""
        jobs = self.handle_links(message, list(links)) if links else []
        if links:  # about the message's own thread, where its links' briefs go
            message = replace(message, thread_ts=message.reply_ts)
        payload = {
            "message": message.to_payload(),
            "question": question,
            "reply": bool(question) or not jobs,  # a link alone: its brief is the reply
            "after_briefs": bool(jobs),
        }
        key = f"mention:{message.channel}:{message.ts}"
        return self.jobs.accept(key, "answer", payload, after=jobs)

    def _answer_job(self, job: Job) -> None:
        """Answer a mention. Unlike a brief, a failure here raises, so the job is tried
        again (and given up with a reply), never dropped."""
        if not job.payload.get("reply", True):
            return
        message, question = Message.from_job(job), str(job.payload.get("question") or "")
        contexts = self.scope(message, question)
        if not question:
            answer = self._greeting(message, contexts)
        else:
            answer = self.engine.answer(question, contexts)
            if job.payload.get("after_briefs") and answer.intent in SAID_BY_THE_BRIEF:
                return  # "have a look at <link>", "what about <link>": the brief is the reply
        if self._still_mine(job):
            self.poster.answer(message, answer)

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

    def _greeting(self, message: Message, contexts: list[Context]) -> Answer:
        """A bare mention: someone asking what the bot knows here and what it can do. In a
        thread with briefs: a short brief of each (title, lead, overview; the full one is
        above), then the help; elsewhere the help (or that there is no article yet)."""
        helped = self.engine.answer("", contexts)
        thread = self.store.thread_stored(message.channel, message.thread_ts or message.ts)
        if not (message.thread_ts and thread) or helped.intent != "help":
            return helped
        distinct = {url_key(row.analysis.article.source): row.analysis for row in thread}
        shown = list(distinct.values())[-MAX_LINKS_PER_MESSAGE:]
        briefs = [_short_brief(a) for a in shown]
        text = "What I read in this thread:\n" + "\n".join(briefs) + "\n\n" + helped.text
        return Answer("", "help", text, sources=shown)

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
        self.jobs.stop_polling()
        with self._pending_lock:
            pending = list(self._pending)
        wait(pending, timeout=self.limits.shutdown_grace if grace is None else grace)
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.jobs.stop()  # jobs that never started go back to the queue for the others
