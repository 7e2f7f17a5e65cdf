"""How an analysis reads in a terminal: the brief `python -m bot analyze` prints.

Plain text, no markup: the Slack edge renders the same analysis as Block Kit
(handlers/render.py).
"""

from __future__ import annotations

import unicodedata

from bot.models import Analysis, Failure, Player

TEXT_MARKERS = {"open": "[open]", "closed": "[closed]", "mixed": "[mixed]", "none": "[none]"}
MAX_PLAYERS_SHOWN = 8
QUOTE_LIMIT = 220


# Invisible but not format characters: fillers that render blank, the combining grapheme joiner,
# Khmer's inherent vowels, and variation selectors 17-256 (they can smuggle hidden text).
_INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")
_VARIATION_SUPPLEMENT = range(0xE0100, 0xE01F0)


def _shown(c: str) -> str:
    category = unicodedata.category(c)
    if category in ("Zl", "Zp"):  # line and paragraph separators: a space
        return " "
    if category in ("Cf", "Cs", "Co") or (category == "Cc" and c not in "\n\t"):
        return ""  # zero-width, bidi embeddings, overrides and isolates, tags, terminal escapes
    if c in _INVISIBLE or ord(c) in _VARIATION_SUPPLEMENT:
        return ""
    return c


def visible(text: str) -> str:
    """Article text as it may be shown: without invisible or direction-changing characters
    (zero-width spaces and joiners, bidi overrides and isolates, tag characters, control
    characters such as a terminal's ESC), which could hide words or reorder what a reader sees."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(_shown(c) for c in text)


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _role(player: Player) -> str:
    return f" ({player.role})" if player.role else ""


def brief_text(analysis: Analysis) -> str:
    """The brief a person reads in a terminal: what the Slack reply says, every piece of the
    article's text made `visible`."""
    a = analysis.article
    lines = [visible(a.title or "(untitled)")]
    meta = " · ".join(visible(x) for x in (a.site, a.author, a.published) if x)
    if meta:
        lines.append(meta)
    if a.url:
        lines.append(visible(a.url))
    lines.append("")
    lines.append("Summary")
    lines.extend(f"  {visible(s)}" for s in analysis.summary)
    lines.append("")
    lines.append("Debate: " + visible(analysis.overview))
    lines.append("")
    lines.append("Key players")
    for p in analysis.players[:MAX_PLAYERS_SHOWN]:
        lines.append(f"  {TEXT_MARKERS[p.stance]:<9}{visible(p.name + _role(p))}")
        if p.evidence:
            quote = clip(" ".join(visible(p.evidence[0]).split()), QUOTE_LIMIT)
            lines.append(f"           “{quote}”")
    rest = analysis.players[MAX_PLAYERS_SHOWN:]
    if rest:
        lines.append("  also mentioned: " + visible(", ".join(p.name for p in rest)))
    return "\n".join(lines)


def failure_text(failure: Failure) -> str:
    title = f" ({failure.title})" if failure.title else ""
    return visible(f"Could not read {failure.source}{title}: {failure.message} [{failure.code}]")
