"""Inside a quote, the speaker says it and the named subject of the cue's practice does it."""

import pytest

from tests.conftest import stances


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


def test_a_quote_closed_by_its_own_verb_belongs_to_that_verbs_subject(analyzer):
    got = stances(
        analyzer,
        '"Open models will win," quipped Sam Altman on X. While ChatGPT and the API services '
        "maintain a wide lead, rivals gained.",
    )
    assert got["Sam Altman"] == "open"
    assert got["ChatGPT"] == "none"  # keeping a position is not speaking


def test_maintaining_a_clause_still_reports_speech(analyzer):
    got = stances(
        analyzer,
        '"Open models will win," Sam Altman said. Microsoft maintains that closed '
        "models are safer.",
    )
    assert got["Microsoft"] == "closed"


def test_highlighting_a_view_that_is_quoted_reports_that_view(analyzer):
    got = stances(
        analyzer,
        "Nick Clegg wrote to the minister to highlight his belief that Europe should "
        '"back open models" in AI.',
    )
    assert got["Nick Clegg"] == "open"


def test_a_worry_in_a_clause_before_the_speakers_verb_is_not_said_of_the_quote(analyzer):
    got = stances(
        analyzer,
        "As big tech firms firmly oppose sharing AI expertise, IBM takes another path; its CEO "
        'Arvind Krishna says, "Open will win in AI."',
    )
    assert got["Arvind Krishna"] == "open"


def test_a_worry_in_the_speakers_own_clause_still_counts(analyzer):
    got = stances(analyzer, 'Arvind Krishna says open models are dangerous and that "open is key".')
    assert got["Arvind Krishna"] != "open"


def test_a_verb_of_the_quotation_later_on_does_not_take_the_quote(analyzer):
    got = stances(
        analyzer,
        '"Closed models protect national security," the senator said. Mark Zuckerberg '
        "asked for more time.",
    )
    assert got["Mark Zuckerberg"] == "none"


@pytest.mark.parametrize(
    "belief",
    [
        "Kestrel AI and Larch Labs, who build their businesses believing they can make a "
        "better closed model than anyone else.",
        "Kestrel AI and Larch Labs still believe they can make a better closed model than "
        "anyone else.",
    ],
)
def test_a_quote_telling_what_named_others_believe_is_their_view_not_the_speakers(analyzer, belief):
    text = (
        "“Open models will win in the end,” Ada Brooks said.\n"
        f"“Some still will not accept it. {belief}”"
    )
    got = stances(analyzer, text, "Interview")
    assert got["Ada Brooks"] == "open"
    assert got["Kestrel AI"] == got["Larch Labs"] == "closed"


@pytest.mark.parametrize(
    ("quote", "pyre"),
    [
        ("Pyre is already leading on openness and cost", "open"),
        ("Pyre leads in open models", "open"),
        # "has leading open models": an adjective the parser may read as a verb
        ("We need to ensure Pyre has leading open models", "none"),
    ],
)
def test_a_product_leading_on_openness_in_a_quote_holds_it(analyzer, quote, pyre):
    got = stances(analyzer, f'"{quote}," Dana Pell said.')
    assert got["Dana Pell"] == "open"
    assert got.get("Pyre", "none") == pyre


def test_a_quote_listing_what_others_models_are_describes_the_field_not_the_speaker(analyzer):
    got = stances(
        analyzer, '"Orrin Labs, Kestrel AI and Vantage Labs are also open source," said Dana Pell.'
    )
    assert got["Orrin Labs"] == got["Kestrel AI"] == got["Vantage Labs"] == "open"
    assert got["Dana Pell"] == "none"


def test_a_quote_stating_one_product_open_stays_the_speakers_word(analyzer):
    got = stances(analyzer, '"Pyre 2 is open source," Dana Pell said.')
    assert got["Dana Pell"] == got["Pyre 2"] == "open"


@pytest.mark.parametrize(
    "quote",
    [
        # judged, not only stated
        "Orrin Labs and Kestrel AI are open source, and that is great for everyone",
        # the speaker's own models
        "Our models, Pyre 2 and Pyre Max, are open source",
    ],
)
def test_a_quote_judging_others_or_listing_its_own_models_is_the_speakers(analyzer, quote):
    assert stances(analyzer, f'"{quote}," said Dana Pell.')["Dana Pell"] == "open"
