"""How an analysis reads in a terminal: the brief `python -m bot analyze` prints.

Plain text, no markup: the Slack edge renders the same analysis as Block Kit
(handlers/render.py).
"""

from __future__ import annotations

from bot.models import Analysis, Failure, Player

TEXT_MARKERS = {"open": "[open]", "closed": "[closed]", "mixed": "[mixed]", "none": "[none]"}
MAX_PLAYERS_SHOWN = 8
QUOTE_LIMIT = 220


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _role(player: Player) -> str:
    return f" ({player.role})" if player.role else ""


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
            lines.append(f"           “{clip(' '.join(p.evidence[0].split()), QUOTE_LIMIT)}”")
    rest = analysis.players[MAX_PLAYERS_SHOWN:]
    if rest:
        lines.append("  also mentioned: " + ", ".join(p.name for p in rest))
    return "\n".join(lines)


def failure_text(failure: Failure) -> str:
    title = f" ({failure.title})" if failure.title else ""
    return f"Could not read {failure.source}{title}: {failure.message} [{failure.code}]"
