"""What the listeners share: who counts as a person, and where a message lives."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.service import Conversation, Message

# Subtypes that are still a person's message (`/me reading <link>` is a me_message); every other
# one (edits, deletions, bot posts, joins, ...) is ignored.
USER_SUBTYPES = {None, "thread_broadcast", "file_share", "me_message"}
# Slack's direct-message conversation ids start with this letter.
DIRECT_MESSAGE_PREFIX = "D"


def is_from_a_person(event: Mapping[str, Any], bot_user_id: str | None) -> bool:
    """A person's own message: no bot, not us, no edit or deletion (malformed fields: no)."""
    subtype = event.get("subtype")
    if not (subtype is None or isinstance(subtype, str)) or subtype not in USER_SUBTYPES:
        return False
    if event.get("bot_id") or event.get("bot_profile"):
        return False
    user = event.get("user")
    return isinstance(user, str) and bool(user) and user != bot_user_id


def conversation_of(channel: str) -> Conversation:
    return (
        Conversation.DIRECT if channel.startswith(DIRECT_MESSAGE_PREFIX) else Conversation.CHANNEL
    )


def message_of(event: Mapping[str, Any], body: Mapping[str, Any]) -> Message | None:
    """The core's view of where an event's message lives; None when the event lacks it."""
    channel, ts = event.get("channel"), event.get("ts")
    if not isinstance(channel, str) or not isinstance(ts, str):
        return None
    thread_ts = event.get("thread_ts")
    return Message(
        channel=channel,
        ts=ts,
        thread_ts=thread_ts if isinstance(thread_ts, str) else None,
        user=event.get("user"),
        team=body.get("team_id") or event.get("team"),
        conversation=conversation_of(channel),
    )
