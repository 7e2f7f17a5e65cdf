"""An "it" that stands for a bill ('X attacked the bill, warning that it would ...', 'The bill
... . Supporters say it will ...'): the side that sentence gives is the bill's, and its
sponsor's; not when a company is the "it" ('Acme said it would ...'). And a possessive inside
a law's own title ('the Shielding America's Compute from Rivals Act') names no author.
Self-written text."""

import pytest

from tests.conftest import stances

FILED = "Senator Jane Roe introduced the Safe Models Act on Monday. "


@pytest.mark.parametrize(
    ("text", "side", "critic", "critic_side"),
    [
        (
            FILED + "Professor Sam Lee attacked the bill, warning that it would gut "
            "open-source development.",
            "closed",
            "Sam Lee",
            "open",
        ),
        (
            FILED + "The bill sets new reporting duties for labs. Supporters say it will "
            "protect open-source developers.",
            "open",
            None,
            None,
        ),
        (
            FILED + "The bill passed on Monday. Sam Lee said it would hurt open-source developers.",
            "closed",
            "Sam Lee",
            "open",
        ),
    ],
)
def test_it_standing_for_the_bill(analyzer, text, side, critic, critic_side):
    got = stances(analyzer, text)
    assert got["Safe Models Act"] == side
    assert got["Jane Roe"] == side  # the sponsor holds the bill's side
    if critic is not None:
        assert got[critic] == critic_side


@pytest.mark.parametrize(
    "text",
    [
        # a company is the subject above the "it": the "it" is the company
        FILED + "The bill passed on Monday. Mistral said it would release its model as "
        "open source.",
        # a maker's act: bills release nothing
        FILED + "Acme Labs criticized the bill, saying it would release its own model as "
        "open source.",
    ],
)
def test_it_that_is_no_bill(analyzer, text):
    got = stances(analyzer, text)
    assert got["Safe Models Act"] == "none"
    assert got["Jane Roe"] == "none"


ACT = (
    "Senator Jane Roe unveiled legislation on Tuesday to curb chip sales abroad. Named the "
    "Shielding America's Compute from Rivals Act, it would guard US know-how, her office "
    "said. Critics warned that the bill could kill open-source development."
)


def test_possessive_inside_a_law_title_is_no_author(analyzer):
    got = stances(analyzer, ACT)
    assert got["Jane Roe"] == "closed"
    assert got["United States"] == "none"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "The bill follows Governor Sam Lee's Open Compute Plan, which backs open-source "
            "models.",
            "Sam Lee",
        ),
        ("The EU's AI Act backs open-source models, officials said.", "European Union"),
    ],
)
def test_possessive_before_a_title_is_its_author(analyzer, text, author):
    assert stances(analyzer, text)[author] == "open"
