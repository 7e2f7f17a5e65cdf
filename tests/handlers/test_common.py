from bot.service import Conversation
from handlers.common import is_from_a_person, message_of


def test_who_counts_as_a_person():
    assert is_from_a_person({"user": "U1", "text": "x"}, "UBOT")
    assert is_from_a_person({"user": "U1", "subtype": "thread_broadcast"}, "UBOT")
    assert is_from_a_person({"user": "U1", "subtype": "me_message"}, "UBOT")
    assert not is_from_a_person({"user": "UBOT"}, "UBOT")
    assert not is_from_a_person({"user": "U1", "bot_id": "B1"}, "UBOT")
    assert not is_from_a_person({"subtype": "message_changed", "message": {}}, "UBOT")
    assert not is_from_a_person({"subtype": "message_deleted"}, "UBOT")
    assert not is_from_a_person({"subtype": "bot_message", "bot_id": "B2"}, "UBOT")
    assert not is_from_a_person({"text": "no user"}, "UBOT")


def test_message_of_threads_and_malformed():
    m = message_of({"channel": "C1", "ts": "2.0", "thread_ts": "1.0", "user": "U1"}, {})
    assert m.reply_ts == "1.0"
    assert message_of({"channel": "C1", "ts": "2.0"}, {}).reply_ts == "2.0"
    assert message_of({"channel": None, "ts": "2.0"}, {}) is None


def test_direct_messages_are_told_by_their_channel_id():
    assert message_of({"channel": "D1", "ts": "2.0"}, {}).conversation is Conversation.DIRECT
    assert message_of({"channel": "C1", "ts": "2.0"}, {}).conversation is Conversation.CHANNEL
    assert message_of({"channel": "G1", "ts": "2.0"}, {}).conversation is Conversation.CHANNEL
