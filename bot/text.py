"""How an analysis reads in a terminal: the brief `python -m bot analyze` prints.

Plain text, no markup: the Slack edge renders the same analysis as Block Kit
(handlers/render.py).
"""

from __future__ import annotations

import unicodedata

from bot.models import Analysis, Failure, Player
from bot.understanding.confidence import sureness

TEXT_MARKERS = {
    "open": "[open]",
    "closed": "[closed]",
    "mixed": "[mixed]",
    "none": "[none]",
    "open?": "[open?]",
    "closed?": "[closed?]",
    "mixed?": "[mixed?]",
}
MAX_PLAYERS_SHOWN = 8
QUOTE_LIMIT = 220
# A player the article gives no position is a key player only with weight in the story: named
# at least twice and with this share of the leading player's salience. The others (a product
# named once in an aside) go to "also mentioned" so they do not crowd the players who argue.
KEY_MENTIONS = 2
KEY_SALIENCE = 0.2


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


def shown_stance(player: Player) -> str:
    """The side as the brief may state it: `open`, or `open?` when the evidence is below the
    bar for asserting a side (confidence.is_asserted), so an unsure reading is never shown as
    a fact."""
    if sureness(player) == "unsure":
        return f"{player.stance}?"
    return player.stance


def key_players(analysis: Analysis) -> tuple[list[Player], list[Player]]:
    """The players the brief lists one by one, and those it only names ("also mentioned"):
    everyone with a position, then those without one who carry weight in the story."""
    key: list[Player] = []
    rest: list[Player] = []
    for p in analysis.players:
        weighty = p.stance != "none" or (p.mentions >= KEY_MENTIONS and p.salience >= KEY_SALIENCE)
        (key if weighty and len(key) < MAX_PLAYERS_SHOWN else rest).append(p)
    return key, rest


def truncation_note(analysis: Analysis) -> str:
    """What a brief of a very long article says about the part it read ('' when whole)."""
    if not analysis.truncated:
        return ""
    return (
        f"A long article: newsbrief analysed its first {analysis.analysed_chars:,} "
        f"characters of {len(analysis.article.text):,}."
    )


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
    key, rest = key_players(analysis)
    for p in key:
        lines.append(f"  {TEXT_MARKERS[shown_stance(p)]:<10}{visible(p.name + _role(p))}")
        if p.evidence:
            quote = clip(" ".join(visible(p.evidence[0]).split()), QUOTE_LIMIT)
            lines.append(f"            “{quote}”")
    if rest:
        lines.append("  also mentioned: " + visible(", ".join(p.name for p in rest)))
    return "\n".join(lines)


def failure_text(failure: Failure) -> str:
    """One sentence (the Failure's message is a clause), then the stable code."""
    title = f" ({failure.title})" if failure.title else ""
    return visible(f"Could not read {failure.source}{title}: {failure.message}. [{failure.code}]")
