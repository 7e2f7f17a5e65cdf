"""A speaker in a relative clause on the cue's noun ("open-source AI, which X says could
...") speaks of that noun: what the clause says it does gives the speaker's side."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        (
            "The plan backs open-source AI, which the Smith administration says could give "
            "the country an edge.",
            "Smith administration",
            "open",
        ),
        (
            "The plan backs open-source AI, which Senator Jane Roe says could arm hostile states.",
            "Jane Roe",
            "closed",
        ),
        (
            "The bill targets open models that Senator Jane Roe believes could help terrorists.",
            "Jane Roe",
            "closed",
        ),
        (
            "The plan is a bet on open models that the Smith administration argues could "
            "bring strategic value.",
            "Smith administration",
            "open",
        ),
    ],
)
def test_a_speaker_of_a_relative_clause_judges_its_antecedent(analyzer, text, speaker, side):
    assert stances(analyzer, text)[speaker] == side


def test_a_relative_clause_that_denies_saying_it_gives_no_side(analyzer):
    text = (
        "The plan backs open-source AI, which Senator Jane Roe never said could arm hostile states."
    )
    assert stances(analyzer, text).get("Jane Roe", "none") == "none"


def test_unnamed_critics_in_the_relative_clause_are_no_player(analyzer):
    text = "The plan backs open-source AI, which critics say could arm hostile states."
    assert stances(analyzer, text) == {}
