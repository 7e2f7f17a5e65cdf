"""Kinds of cue sentence, end to end: which side each player ends up with (self-written text)."""

import pytest

from tests.conftest import analyze_text


def stances(analyzer, text, title="Cue test"):
    return {p.name: p.stance for p in analyze_text(analyzer, title, text).players}


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        ("OpenAI has refused to release the weights of GPT-4.", "OpenAI", "closed"),
        ("Google declined to release the weights of Gemini.", "Gemini", "closed"),
        ("Senator Jane Roe is leading the fight against open-source AI.", "Jane Roe", "closed"),
        # near misses
        ("Google plans to release the weights of Gemma.", "Gemma", "open"),
        ("Senator Jane Roe is leading the fight for open-source AI.", "Jane Roe", "open"),
    ],
)
def test_refusing_or_fighting_against_a_side(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side
