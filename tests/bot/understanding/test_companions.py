"""Players who act together share the act's side (self-written sentences)."""

import pytest

from tests.conftest import stances


def test_the_partners_a_holder_joins_in_an_act_hold_its_side(analyzer):
    got = stances(
        analyzer,
        "Larkspur has joined Ridgeway Labs and the Quillon Foundation in a letter urging "
        "lawmakers to protect open-source models.",
    )
    assert got["Larkspur"] == got["Ridgeway Labs"] == got["Quillon Foundation"] == "open"


def test_teaming_up_with_a_partner_shares_the_practice(analyzer):
    got = stances(analyzer, "Orbital Systems teamed up with Vantage to release open-weight models.")
    assert got["Vantage"] == "open"


def test_an_employer_joined_years_ago_is_no_partner(analyzer):
    got = stances(
        analyzer,
        "Dana Okafor, who joined Meridian in 2019, says open-source models are safer.",
    )
    assert got["Dana Okafor"] == "open" and got.get("Meridian", "none") == "none"


# -- who repeats an act takes its side -----------------------------------------------------------


@pytest.mark.parametrize(
    "second", ["Orrin Labs does the same with Pyre 2.", "Orrin Labs followed suit with Pyre 2."]
)
def test_who_repeats_the_act_before_takes_its_side(analyzer, second):
    got = stances(analyzer, f"Kestrel Systems keeps Corvid 3 behind an API. {second}")
    assert got["Kestrel Systems"] == got["Orrin Labs"] == got["Pyre 2"] == "closed"


def test_who_does_not_repeat_the_act_takes_no_side(analyzer):
    text = "Kestrel Systems keeps Corvid 3 behind an API. Orrin Labs did not do the same."
    assert stances(analyzer, text).get("Orrin Labs", "none") == "none"


def test_a_repeated_act_after_a_sentence_of_both_sides_takes_none(analyzer):
    text = (
        "Kestrel Systems keeps Corvid 3 behind an API but released Corvid Mini with open "
        "weights. Orrin Labs does the same."
    )
    assert stances(analyzer, text).get("Orrin Labs", "none") == "none"


# -- who reacts to the act a sentence reports ------------------------------------------------


@pytest.mark.parametrize(
    ("reaction", "side"),
    [
        (", which Dana Pell praised", "open"),
        (", a move Dana Pell welcomed", "open"),
        (", which Dana Pell criticized as reckless", "closed"),
        (", a decision Dana Pell condemned", "closed"),
    ],
)
def test_who_reacts_to_the_act_of_the_sentence_takes_or_turns_its_side(analyzer, reaction, side):
    got = stances(analyzer, f"Orrin Labs released Pyre 2 with open weights{reaction}.")
    assert got["Dana Pell"] == side
    # the reaction is hers: the act and its product keep their own side
    assert got["Orrin Labs"] == got["Pyre 2"] == "open"


def test_a_relative_clause_on_a_noun_without_a_comma_is_no_reaction_to_the_act(analyzer):
    # she criticized the chatbot, not the release
    text = (
        "Orrin Labs released Pyre 2 with open weights for the chatbot which Dana Pell criticized."
    )
    got = stances(analyzer, text)
    assert got.get("Dana Pell", "none") == "none"


@pytest.mark.parametrize(
    "second",
    [
        "Kestrel AI has yet to follow suit.",
        "Kestrel AI is expected to follow suit.",
        "Other labs should follow suit.",
        # the act repeated is the one joined to it, not the sentence before
        "In June it raised its API prices, and Kestrel AI followed suit.",
    ],
)
def test_a_repeat_not_done_or_of_another_act_takes_no_side(analyzer, second):
    got = stances(analyzer, f"Orrin Labs released Pyre 2 with open weights. {second}")
    assert got.get("Kestrel AI", "none") == "none"


@pytest.mark.parametrize(
    "reaction",
    [
        # a reason given with the reaction may cut either way
        ", a move Dana Pell criticised for coming too late",
        ", which Dana Pell criticised for poor benchmark scores",
    ],
)
def test_a_reaction_with_its_reason_takes_no_side(analyzer, reaction):
    got = stances(analyzer, f"Orrin Labs open-sourced Pyre 2{reaction}.")
    assert got.get("Dana Pell", "none") == "none"
