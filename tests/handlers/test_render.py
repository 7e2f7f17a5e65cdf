import json
import re
from dataclasses import replace

from bot.asking.questions import Answer
from bot.models import Analysis, Article, Failure, Player
from bot.remembering.store import Stored
from handlers.render import (
    SECTION_LIMIT,
    answer_text,
    brief_blocks,
    brief_fallback,
    escape,
    failure_message,
    home_view,
    link_url,
    repost_text,
)


def analysis(title="<!channel> & <@U1> news", n_players=30, long=False):
    players = [
        Player(
            name=f"P{i} <!here>",
            type="ORG",
            stance="open",
            mentions=1,
            evidence=["x" * (5000 if long else 50)],
        )
        for i in range(n_players)
    ]
    return Analysis(
        article=Article(
            source="https://e.example/a", text="t", title=title, url="https://e.example/a?x=1&y=2"
        ),
        summary=["<b>" * 2000],
        overview="o",
        players=players,
        positions=[],
        word_count=1,
    )


def all_text(blocks):
    import json

    return json.dumps(blocks)


def test_escape():
    assert escape("<!channel> & <@U1>") == "&lt;!channel&gt; &amp; &lt;@U1&gt;"


def test_blocks_never_ping_and_stay_in_limits():
    blocks = brief_blocks(analysis(long=True))
    text = all_text(blocks)
    assert "<!channel>" not in text and "<!here>" not in text and "<@U1>" not in text
    assert len(blocks) <= 50
    for b in blocks:
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= SECTION_LIMIT
    assert "<!channel>" not in brief_fallback(analysis())


def test_failure_message_is_human_and_escaped():
    msg = failure_message(
        Failure("http_status", "the site refused <automated> access", title="<!everyone>")
    )
    assert "refused" in msg and "<!everyone>" not in msg


CRAFTED = "https://e.example/a|Official Slack Security Notice"
# zero-width, bidi marks, embeddings, overrides and isolates, word joiner, BOM, soft hyphen,
# Arabic letter mark, a tag character, a terminal escape and a C1 control
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068"
    "\u2069\ufeff\u00ad\u061c\U000e0041\x1b\x9b\u3164"
)


def mrkdwn_links(text):
    """(target, label) of each `<target|label>`, split where Slack splits it: the first `|`."""
    return [tuple(m.split("|", 1)) for m in re.findall(r"<([^<>]*)>", text) if "|" in m]


def crafted(title="Real title", url=CRAFTED):
    a = analysis(title=title, n_players=1)
    return replace(a, article=replace(a.article, url=url))


def test_a_url_cannot_set_its_link_label():
    """`|` in a link URL started the label: a crafted URL named itself (issue 11, item 13)."""
    heading = brief_blocks(crafted())[0]["text"]["text"]
    answer = answer_text(Answer(question="q", intent="summary", text="ok", sources=[crafted()]))
    home = home_view([Stored(analysis=crafted(), analysis_id=1, analyzed_at=0.0)])
    home_text = "\n".join(b["text"]["text"] for b in home["blocks"] if b["type"] == "section")
    repost = repost_text(crafted(), "https://x.slack.com/archives/C1/p1|Click here")
    for text, label in ((heading, "Real title"), (answer, "Real title"), (home_text, "Real title")):
        ((target, shown),) = mrkdwn_links(text)
        assert shown == label
        assert target == "https://e.example/a%7COfficial%20Slack%20Security%20Notice"
    ((_, shown),) = mrkdwn_links(repost)
    assert shown == "earlier thread"
    assert link_url("https://e.example/<!here>\u202e?a=1&b=2") == (
        "https://e.example/%3C!here%3E%E2%80%AE?a=1&amp;b=2"
    )


def test_invisible_and_direction_changing_characters_are_stripped():
    """Zero-width and bidi characters from the article hid or reordered what a reader saw
    (issue 11, item 13)."""
    a = analysis(title=f"Open{INVISIBLE}AI news", n_players=2)
    player = replace(
        a.players[0],
        name="Acme\u200b Labs\u202e",
        role="chief\u200d executive",
        evidence=[f"We\u2067 will publish\u2069 the weights{INVISIBLE}."],
    )
    a = replace(
        a,
        article=replace(a.article, site="The\u2066 Ledger\u2069"),
        summary=[f"It said{INVISIBLE} yes."],
        overview=f"Mostly{INVISIBLE} open.",
        players=[player, *a.players[1:]],
    )
    shown = json.dumps(brief_blocks(a), ensure_ascii=False) + brief_fallback(a)
    shown += failure_message(Failure("http_status", "gone", title=f"Old{INVISIBLE} page"))
    assert not set(INVISIBLE) & set(shown)
    assert "OpenAI news" in shown and "It said yes." in shown and "Acme Labs" in shown
    assert "We will publish the weights." in shown and "The Ledger" in shown
    assert escape("café “quoted” 👍 naïve\u2028next") == "café “quoted” 👍 naïve next"


def test_an_unsure_side_reads_as_a_leaning_and_a_long_article_says_what_was_read():
    a = analysis(n_players=2)
    sure = replace(a.players[0], name="Acme", confidence=0.9)
    hinted = replace(a.players[1], name="Globex", stance="closed", confidence=0.1)
    a = replace(a, players=[sure, hinted], truncated=True, analysed_chars=100_000)
    text = json.dumps(brief_blocks(a), ensure_ascii=False)
    assert "🟢 open · *Acme*" in text
    assert "⚪ leans closed (unsure) · *Globex*" in text
    assert "🔴 closed · *Globex*" not in text
    assert "first 100,000 characters" in text
    assert "Globex (closed?)" in brief_fallback(a)
