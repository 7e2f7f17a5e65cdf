"""The service's decisions, posted to Slack: reactions, Block Kit briefs, threaded replies.

Implements the core's `Poster` protocol over a WebClient. Retries are the client's: rate limits
(honouring Retry-After), 5xx and dropped connections by slack_sdk's built-in handlers, and the
errors Slack reports in a 200 (`internal_error`, ...) by `TransientErrorRetryHandler`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from bot.asking.questions import Answer
from bot.config import SlackClientLimits
from bot.models import Analysis, Failure
from bot.remembering.store import Stored
from bot.service import Message
from handlers.render import (
    BLOCK_LIMIT,
    answer_text,
    brief_blocks,
    brief_fallback,
    failure_message,
    home_view,
    repost_text,
    too_many_links_text,
)

log = logging.getLogger(__name__)
READING_REACTION = "eyes"
# Message metadata on every reply that belongs to a job: which job. A job taken over after a
# crash reads the thread (conversations.replies) for it before posting again.
JOB_EVENT_TYPE = "newsbrief_reply"
# Replies read per page when looking for a job's reply in a thread.
THREAD_PAGE = 200
# Errors Slack reports with a 200 that mean "try again", not "you are wrong".
TRANSIENT_ERRORS = frozenset(
    {"internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)
# Only posting is retried on them: a post that failed inside Slack left nothing behind.
RETRIED_METHODS = ("chat.postMessage",)


class TransientErrorRetryHandler(RetryHandler):
    """Retries a 200 response whose body says `ok: false` with a transient error."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 200 or error is not None:
            return False
        if not request.url.rstrip("/").endswith(RETRIED_METHODS):
            return False
        body = response.body if isinstance(response.body, dict) else {}
        return body.get("ok") is False and body.get("error") in TRANSIENT_ERRORS


def web_client(token: str | None, api_url: str, limits: SlackClientLimits) -> WebClient:
    """A Web API client that retries rate limits, server errors, dropped connections and
    transient errors a bounded number of times."""
    return WebClient(
        token=token,
        base_url=api_url,
        timeout=limits.timeout,  # type: ignore[arg-type]  # urllib takes seconds as a float
        retry_handlers=[
            RateLimitErrorRetryHandler(max_retry_count=limits.rate_limit_retries),
            ServerErrorRetryHandler(max_retry_count=limits.server_error_retries),
            ConnectionErrorRetryHandler(max_retry_count=limits.connection_retries),
            TransientErrorRetryHandler(max_retry_count=limits.transient_retries),
        ],
    )


class SlackPoster:
    """The core's Poster on Slack's Web API."""

    def __init__(self, client: WebClient, bot_user_id: str | None = None) -> None:
        self.client = client
        # how the brief tells people to address the bot: a real mention when we know our id
        self.bot_mention = f"<@{bot_user_id}>" if bot_user_id else "@newsbrief"

    def reading(self, message: Message) -> None:
        try:
            self.client.reactions_add(
                channel=message.channel, timestamp=message.ts, name=READING_REACTION
            )
        except SlackApiError as exc:
            if exc.response.get("error") != "already_reacted":
                raise

    def brief(self, message: Message, analysis: Analysis) -> str | None:
        """The brief's blocks, split into messages under Block Kit's 50-block cap; returns the
        ts of the first."""
        blocks = brief_blocks(analysis, self.bot_mention)
        text = brief_fallback(analysis)
        first = None
        for start in range(0, max(len(blocks), 1), BLOCK_LIMIT):
            ts = self._reply(message, text, blocks[start : start + BLOCK_LIMIT] or None)
            first = first or ts
        return first

    def repost(self, message: Message, earlier: Stored) -> str | None:
        link = None
        if earlier.channel and earlier.thread_ts:
            link = self.permalink(earlier.channel, earlier.thread_ts)
        return self._reply(message, repost_text(earlier.analysis, link))

    def failure(self, message: Message, failure: Failure) -> None:
        self._reply(message, failure_message(failure))

    def too_many_links(self, message: Message, found: int, read: int) -> None:
        self._reply(message, too_many_links_text(found, read))

    def answer(self, message: Message, answer: Answer) -> None:
        self._reply(message, answer_text(answer))

    def home(self, user: str, latest: Sequence[Stored]) -> None:
        self.client.views_publish(user_id=user, view=home_view(latest))

    def posted(self, message: Message) -> bool:
        """Whether a reply of ours marked with this message's job is in its thread."""
        if not message.job:
            return False
        cursor = None
        while True:
            resp = self.client.conversations_replies(
                channel=message.channel,
                ts=message.reply_ts,
                include_all_metadata=True,
                limit=THREAD_PAGE,
                cursor=cursor,
            )
            for reply in resp.get("messages") or []:
                meta = reply.get("metadata") or {}
                payload = meta.get("event_payload") or {}
                if meta.get("event_type") == JOB_EVENT_TYPE and payload.get("job") == message.job:
                    return True
            cursor = (resp.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return False

    def permalink(self, channel: str, ts: str) -> str | None:
        try:
            return self.client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
        except SlackApiError:
            return None

    def _reply(
        self, message: Message, text: str, blocks: list[dict[str, Any]] | None = None
    ) -> str | None:
        metadata = None
        if message.job:
            metadata = {"event_type": JOB_EVENT_TYPE, "event_payload": {"job": message.job}}
        resp = self.client.chat_postMessage(
            channel=message.channel,
            thread_ts=message.reply_ts,
            text=text,
            blocks=blocks,
            metadata=metadata,
            unfurl_links=False,
            unfurl_media=False,
        )
        return resp.get("ts")
