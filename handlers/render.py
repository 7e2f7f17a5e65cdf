"""How an analysis reads in Slack: Block Kit data (plain dicts) and mrkdwn text.

Everything that comes from an article is escaped for Slack's mrkdwn (&, <, >) so no article can
ping @channel or anyone, and loses its invisible and direction-changing characters so it shows
what it says; a URL inside `<url|label>` has `|`, `<`, `>` and blanks percent-encoded so it can
set neither a link's label nor its end. Sections stay under Block Kit's 3,000 characters and a
message under 50 blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.asking.questions import Answer
from bot.models import Analysis, Failure, Player
from bot.text import clip, key_players, shown_stance, truncation_note, visible
from bot.understanding.confidence import is_asserted

MARKERS = {
    "open": "🟢 open",
    "closed": "🔴 closed",
    "mixed": "🟡 mixed",
    "none": "⚪ no position",
    # below the bar for asserting a side: said as a leaning, never as a fact
    "open?": "⚪ leans open (unsure)",
    "closed?": "⚪ leans closed (unsure)",
    "mixed?": "⚪ both ways? (unsure)",
}
SECTION_LIMIT = 3000
CONTEXT_LIMIT = 2000
BLOCK_LIMIT = 50
HOME_BLOCK_LIMIT = 100
TEXT_LIMIT = 3900  # chat.postMessage's `text` is truncated past 4,000 characters
FALLBACK_LIMIT = 3000
QUOTE_LIMIT = 280
PLAYERS_IN_SHORT_BRIEF = 5
SOURCES_IN_ANSWER = 3
HOME_ARTICLES_LISTED = 10
HOME_BOARD_PLAYERS = 20


def escape(text: str | None) -> str:
    """Slack's three control characters, so `<!channel>` becomes harmless text; and only
    visible characters (no zero-width or bidi tricks)."""
    return visible(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _percent(c: str) -> str:
    return "".join(f"%{b:02X}" for b in c.encode("utf-8"))


def _unsafe_in_link(c: str) -> bool:
    return c in "|<>" or not c.isprintable() or c.isspace()


def link_url(url: str) -> str:
    """A URL as the target of `<url|label>`: `|` would end the URL and start the label (a crafted
    URL could name itself "Official Slack Security Notice"), `<` and `>` would end the link, and
    blank or invisible characters hide parts of it; all are percent-encoded, then `&` escaped."""
    url = "".join(_percent(c) if _unsafe_in_link(c) else c for c in url)
    return url.replace("&", "&amp;")


def link(url: str, label: str) -> str:
    """A mrkdwn link: the URL made safe by `link_url`, the label escaped."""
    return f"<{link_url(url)}|{escape(label)}>"


def _quote(sentence: str, limit: int = QUOTE_LIMIT) -> str:
    return clip(" ".join(sentence.split()), limit)


def _role(player: Player) -> str:
    return f" ({player.role})" if player.role else ""


# -- Slack Block Kit ---------------------------------------------------------------------


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, SECTION_LIMIT)}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, CONTEXT_LIMIT)}]}


def brief_blocks(analysis: Analysis, bot_mention: str = "@newsbrief") -> list[dict[str, Any]]:
    """The threaded brief as Block Kit blocks (at most 50)."""
    a = analysis.article
    title = a.title or "Untitled article"
    heading = f"*{link(a.link, title)}*" if a.link else f"*{escape(title)}*"
    meta = " · ".join(escape(x) for x in (a.site, a.published and a.published[:10]) if x)
    blocks: list[dict[str, Any]] = [_section(heading + (f"\n{meta}" if meta else ""))]
    if analysis.summary:
        blocks.append(_section("\n".join(f"> {escape(s)}" for s in analysis.summary)))
    blocks.append(_context("*Debate:* " + escape(analysis.overview)))
    if analysis.truncated:
        blocks.append(_context(escape(truncation_note(analysis))))
    blocks.append({"type": "divider"})
    key, rest = key_players(analysis)
    for p in key:
        text = f"{MARKERS[shown_stance(p)]} · *{escape(p.name)}*{escape(_role(p))}"
        if p.evidence:
            text += f"\n> _{escape(_quote(p.evidence[0]))}_"
        blocks.append(_section(text))
    if rest:
        blocks.append(_context("Also mentioned: " + escape(", ".join(p.name for p in rest))))
    blocks.append(
        _context(
            f"Ask me in this thread: {bot_mention} who is for open models? · "
            "what did &lt;name&gt; say? · summarize · help"
        )
    )
    return blocks[:BLOCK_LIMIT]


def brief_fallback(analysis: Analysis) -> str:
    """Plain-text `text` for notifications and clients without blocks."""
    a = analysis.article
    stances = ", ".join(
        f"{p.name} ({shown_stance(p)})" for p in analysis.players[:PLAYERS_IN_SHORT_BRIEF]
    )
    return clip(escape(f"{a.title or 'Article'}: {stances}"), FALLBACK_LIMIT)


def failure_message(failure: Failure) -> str:
    """A short human reply for a link we could not read."""
    title = f" “{escape(failure.title)}”" if failure.title else ""
    return f":warning: I couldn't read that link{title}: {escape(failure.message)}."


def repost_text(earlier: Analysis, permalink: str | None) -> str:
    """A short brief of an article briefed recently, linking to the earlier thread."""
    stances = ", ".join(
        f"{p.name} ({shown_stance(p)})" for p in earlier.players[:PLAYERS_IN_SHORT_BRIEF]
    )
    text = f"*{escape(earlier.article.title or 'This article')}*: {escape(stances)}."
    if permalink:
        text += f"\nShared before, full brief: {link(permalink, 'earlier thread')}"
    return text


def too_many_links_text(found: int, read: int) -> str:
    return (
        f"That message has {found} links; I read the first "
        f"{read}. Mention me with a link to have another one read."
    )


def answer_text(answer: Answer) -> str:
    """The answer, escaped, with links to the articles it comes from; within `TEXT_LIMIT`."""
    text = escape(answer.text)
    links = []
    for a in answer.sources[:SOURCES_IN_ANSWER]:
        url = a.article.link
        if url:
            links.append(link(url, a.article.title or url))
    if links:
        text += "\n" + " · ".join(links)
    return clip(text, TEXT_LIMIT)


# -- App Home ----------------------------------------------------------------------------


def home_view(latest: Sequence[Any]) -> dict[str, Any]:
    """The App Home: the latest analysed articles and a board of players across them.

    `latest` holds stored analyses (objects with `.analysis`), newest first.
    """
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "newsbrief"}},
        _context("Who stands where on open vs closed AI, from the links shared with me."),
    ]
    if not latest:
        blocks.append(_section("No article yet. Invite me to a channel and paste a news link."))
        return {"type": "home", "blocks": blocks}
    blocks.append(_section("*Latest articles*"))
    for row in latest[:HOME_ARTICLES_LISTED]:
        a = row.analysis
        url = a.article.link or ""
        title = a.article.title or url or "Untitled"
        head = link(url, title) if url else escape(title)
        stances = ", ".join(
            f"{escape(p.name)} {MARKERS[shown_stance(p)].split()[0]}"
            for p in a.players[:PLAYERS_IN_SHORT_BRIEF]
        )
        blocks.append(_section(f"{head}\n{stances}"))
    board: dict[str, dict[str, int]] = {}
    for row in latest:
        for p in row.analysis.players:
            if is_asserted(p):  # the board counts only sides the briefs stated
                board.setdefault(p.name, {"open": 0, "closed": 0, "mixed": 0})[p.stance] += 1
    if board:
        blocks.append({"type": "divider"})
        blocks.append(_section("*Players across these articles*"))
        ranked = sorted(board.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[
            :HOME_BOARD_PLAYERS
        ]
        lines = []
        for name, counts in ranked:
            parts = [f"{MARKERS[s]} ×{n}" for s, n in counts.items() if n]
            lines.append(f"*{escape(name)}*: " + ", ".join(parts))
        blocks.append(_section("\n".join(lines)))
    return {"type": "home", "blocks": blocks[:HOME_BLOCK_LIMIT]}
