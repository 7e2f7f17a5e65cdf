"""Who judges another's model against openness, and other kinds found this round: each on
self-written sentences (never an article's wording)."""

import pytest

from tests.conftest import analyze_text


def stances(analyzer, text, title="Judges test"):
    return {p.name: p.stance for p in analyze_text(analyzer, title, text).players}


@pytest.mark.parametrize(
    "text",
    [
        '"Nimbus is not open source at all," said Dana Whitfield of the Free Code League.',
        "Dana Whitfield said Nimbus isn't truly open, because its licence bans rivals.",
        "Dana Whitfield argues that Nimbus is not really an open model.",
    ],
)
def test_who_says_anothers_model_is_not_open_holds_openness(analyzer, text):
    got = stances(analyzer, text)
    assert got["Dana Whitfield"] == "open"
    assert got["Nimbus"] == "closed"


def test_a_maker_saying_its_own_model_is_not_open_keeps_it_closed(analyzer):
    got = stances(
        analyzer, "Acme chief executive Dana Whitfield said Acme's Nimbus is not open source."
    )
    assert got["Dana Whitfield"] == "closed"


def test_a_wish_that_a_model_not_be_open_is_closed(analyzer):
    got = stances(analyzer, "Dana Whitfield said Nimbus should not be open source.")
    assert got["Dana Whitfield"] == "closed"
