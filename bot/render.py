"""How an analysis reads: a terminal brief, and Slack Block Kit data (plain dicts).

Everything that comes from an article is escaped for Slack's mrkdwn (&, <, >) so no article can
ping @channel or anyone; sections stay under Block Kit's 3,000 characters and a message under
50 blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.models import Analysis, Failure, Player

MARKERS = {"open": "🟢 open", "closed": "🔴 closed", "mixed": "🟡 mixed", "none": "⚪ no position"}
TEXT_MARKERS = {"open": "[open]", "closed": "[closed]", "mixed": "[mixed]", "none": "[none]"}
SECTION_LIMIT = 3000
BLOCK_LIMIT = 50
MAX_PLAYERS_SHOWN = 8


def escape(text: str | None) -> str:
    """Slack's three control characters; `<!channel>` becomes harmless text."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _quote(sentence: str, limit: int = 280) -> str:
    return clip(" ".join(sentence.split()), limit)


def _role(player: Player) -> str:
    return f" ({player.role})" if player.role else ""


# -- terminal ----------------------------------------------------------------------------


def brief_text(analysis: Analysis) -> str:
    """The brief a person reads in a terminal: what the Slack reply says."""
    a = analysis.article
    lines = [a.title or "(untitled)"]
    meta = " · ".join(x for x in (a.site, a.author, a.published) if x)
    if meta:
        lines.append(meta)
    if a.url:
        lines.append(a.url)
    lines.append("")
    lines.append("Summary")
    lines.extend(f"  {s}" for s in analysis.summary)
    lines.append("")
    lines.append("Debate: " + analysis.overview)
    lines.append("")
    lines.append("Key players")
    for p in analysis.players[:MAX_PLAYERS_SHOWN]:
        lines.append(f"  {TEXT_MARKERS[p.stance]:<9}{p.name}{_role(p)}")
        if p.evidence:
            lines.append(f"           “{_quote(p.evidence[0], 220)}”")
    rest = analysis.players[MAX_PLAYERS_SHOWN:]
    if rest:
        lines.append("  also mentioned: " + ", ".join(p.name for p in rest))
    return "\n".join(lines)


def failure_text(failure: Failure) -> str:
    title = f" ({failure.title})" if failure.title else ""
    return f"Could not read {failure.source}{title}: {failure.message} [{failure.code}]"


# -- Slack Block Kit ---------------------------------------------------------------------


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, SECTION_LIMIT)}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, 2000)}]}


def brief_blocks(analysis: Analysis, bot_mention: str = "@newsbrief") -> list[dict[str, Any]]:
    """The threaded brief as Block Kit blocks (at most 50)."""
    a = analysis.article
    title = escape(a.title or "Untitled article")
    link = a.url or (a.source if a.source.startswith("http") else None)
    heading = f"*<{escape(link)}|{title}>*" if link else f"*{title}*"
    meta = " · ".join(escape(x) for x in (a.site, a.published and a.published[:10]) if x)
    blocks: list[dict[str, Any]] = [_section(heading + (f"\n{meta}" if meta else ""))]
    if analysis.summary:
        blocks.append(_section("\n".join(f"> {escape(s)}" for s in analysis.summary)))
    blocks.append(_context("*Debate:* " + escape(analysis.overview)))
    blocks.append({"type": "divider"})
    players = analysis.players[:MAX_PLAYERS_SHOWN]
    for p in players:
        text = f"{MARKERS[p.stance]} · *{escape(p.name)}*{escape(_role(p))}"
        if p.evidence:
            text += f"\n> _{escape(_quote(p.evidence[0]))}_"
        blocks.append(_section(text))
    rest = analysis.players[MAX_PLAYERS_SHOWN:]
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
    stances = ", ".join(f"{p.name} ({p.stance})" for p in analysis.players[:5])
    return clip(escape(f"{a.title or 'Article'}: {stances}"), 3000)


def failure_message(failure: Failure) -> str:
    """A short human reply for a link we could not read."""
    title = f" “{escape(failure.title)}”" if failure.title else ""
    return f":warning: I couldn't read that link{title}: {escape(failure.message)}."


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
    for row in latest[:10]:
        a = row.analysis
        link = a.article.url or (a.article.source if a.article.source.startswith("http") else "")
        title = escape(a.article.title or link or "Untitled")
        head = f"<{escape(link)}|{title}>" if link else title
        stances = ", ".join(
            f"{escape(p.name)} {MARKERS[p.stance].split()[0]}" for p in a.players[:5]
        )
        blocks.append(_section(f"{head}\n{stances}"))
    board: dict[str, dict[str, int]] = {}
    for row in latest:
        for p in row.analysis.players:
            if p.stance != "none":
                board.setdefault(p.name, {"open": 0, "closed": 0, "mixed": 0})[p.stance] += 1
    if board:
        blocks.append({"type": "divider"})
        blocks.append(_section("*Players across these articles*"))
        ranked = sorted(board.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:20]
        lines = []
        for name, counts in ranked:
            parts = [f"{MARKERS[s]} ×{n}" for s, n in counts.items() if n]
            lines.append(f"*{escape(name)}*: " + ", ".join(parts))
        blocks.append(_section("\n".join(lines)))
    return {"type": "home", "blocks": blocks[:100]}
