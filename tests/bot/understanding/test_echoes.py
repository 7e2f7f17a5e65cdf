"""Words that point back to the side just named (self-written text): "this approach", "the
move", "doing so" carry the side of the sentence before them."""

import pytest

from bot.understanding.nlp import cues
from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        (
            "Orbit publishes its model weights for anyone to download. Helix and Quill Labs "
            "have said that this approach is dangerous.",
            "Quill Labs",
            "closed",
        ),
        (
            "Orbit publishes its model weights for anyone to download. OpenAI has warned that "
            "doing so is reckless.",
            "OpenAI",
            "closed",
        ),
        (
            "Orbit publishes its model weights for anyone to download. Jane Roe praised the "
            "approach.",
            "Jane Roe",
            "open",
        ),
        (
            "Meta released Llama openly on Tuesday. The move drew sharp criticism from Senator "
            "Jane Roe.",
            "Jane Roe",
            "closed",
        ),
        ("OpenAI keeps GPT-4 closed. Jane Roe called the decision a mistake.", "Jane Roe", "open"),
        (
            "Orbit publishes its model weights for anyone to download. Quill Labs has said that "
            "working this way is dangerous.",
            "Quill Labs",
            "closed",
        ),
    ],
)
def test_a_pointing_word_carries_the_side_before_it(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "player"),
    [
        # its own words say what it is
        (
            "Meta released Llama openly on Tuesday. Jane Roe said the way forward is rules.",
            "Jane Roe",
        ),
        ("Meta released Llama openly. Jane Roe praised the move to Paris.", "Jane Roe"),
        # the move is only the time of something else
        ("Meta released Llama openly on Tuesday. The move came as Google cut prices.", "Google"),
        # the sentence before turns its cue: the cue word alone misstates the act's side
        (
            "OpenAI refused to open its models to outsiders. Jane Roe criticized the decision.",
            "Jane Roe",
        ),
        ("Lawmakers voted to ban open models. Meta criticized the move.", "Meta"),
        # the pointing sentence names an act of its own, or does not judge
        (
            "OpenAI keeps GPT-5 closed. Separately, the EU fined Google, and Google called the "
            "decision unfair.",
            "Google",
        ),
        ("OpenAI keeps GPT-5 closed. The move lifted Microsoft shares, Jane Roe said.", "Jane Roe"),
        # both sides before it: which one is meant is not said
        (
            "Meta released Llama openly but kept its largest model closed. Jane Roe praised "
            "the approach.",
            "Jane Roe",
        ),
    ],
)
def test_pointing_words_that_carry_no_side(analyzer, text, player):
    assert stances(analyzer, text)[player] == "none"


def test_a_sentence_with_its_own_cue_gets_no_echo(analyzer):
    doc = analyzer.nlp(
        "Meta released Llama openly. Jane Roe said this approach beats closed models."
    )
    second = list(doc.sents)[1]
    assert [c.side for c in cues(doc) if c.start >= second.start] == ["closed"]


def test_the_opposite_case_points_to_the_other_side(analyzer):
    got = stances(
        analyzer,
        "Kestrel says the best models should be open and shared with all. Nimbus and "
        "Halcyon make the opposite case.",
    )
    assert (got["Nimbus"], got["Halcyon"]) == ("closed", "closed")
    # near miss: a case for something else points nowhere
    got = stances(analyzer, "Kestrel releases open models. Nimbus makes the case for its products.")
    assert got["Nimbus"] == "none"
