"""When a player's side may be stated as a side: one bar for the brief, the overview and answers.

A player's `confidence` comes from the frame rules that found its positions (a quote or a
statement counts more than a description or a product's maker; see frames.RULE_STRENGTH) and
from how much evidence agrees. Below `ASSERT_CONFIDENCE` the side is shown as unsure or left
out, never asserted. This module imports nothing heavy: the renderer and the question engine
can use it without loading spaCy.
"""

from __future__ import annotations

from typing import Protocol

ASSERT_CONFIDENCE = 0.3  # one description or one maker's product alone stays below it
CLEAR_CONFIDENCE = 0.6  # a plain statement, or several pieces of evidence that agree


class HasStance(Protocol):
    stance: str
    confidence: float


def is_asserted(player: HasStance) -> bool:
    """Whether the brief may state this player's side as a fact of the article."""
    return player.stance != "none" and player.confidence >= ASSERT_CONFIDENCE


def sureness(player: HasStance) -> str:
    """'clear', 'likely' or 'unsure' (or 'none' without a side): how to word the side."""
    if player.stance == "none":
        return "none"
    if player.confidence >= CLEAR_CONFIDENCE:
        return "clear"
    return "likely" if is_asserted(player) else "unsure"
