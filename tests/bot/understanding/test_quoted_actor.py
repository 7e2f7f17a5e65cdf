"""Inside a quote, the speaker says it and the named subject of the cue's practice does it."""

from tests.conftest import analyze_text


def stances(analyzer, text):
    return {p.name: p.stance for p in analyze_text(analyzer, "Quote test", text).players}


def test_the_named_subject_of_a_quoted_release_holds_its_side(analyzer):
    got = stances(
        analyzer, '"Next month, Nimbus will open-source Falcon," Jack Reeve wrote on Monday.'
    )
    assert got["Jack Reeve"] == got["Nimbus"] == "open"


def test_a_quoted_subject_that_only_judges_holds_nothing_by_this_rule(analyzer):
    got = stances(
        analyzer, '"Nimbus fears that open-source models help criminals," Jack Reeve said.'
    )
    assert got["Jack Reeve"] == "closed" and got.get("Nimbus", "none") == "none"


def test_a_pronoun_inside_a_quote_is_not_made_an_actor(analyzer):
    got = stances(analyzer, '"They will open-source Falcon next month," Jack Reeve said.')
    assert got["Jack Reeve"] == "open"
    assert set(got) <= {"Jack Reeve", "Falcon"}
