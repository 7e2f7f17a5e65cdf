"""More kinds of sentence (self-written text): a letter that opposes a restraint, and a bill
named before its own restraint; a user of a model described as open; open weights pulled or
taken down; a model released as a free download; work given up as a restraint's outcome."""

import pytest

from tests.conftest import stances


def test_a_letter_opposing_limits_on_open_models_speaks_for_its_signers(analyzer):
    text = (
        "Orbit Labs and a group of startups signed a letter opposing the bill's proposed "
        "limits on open-weight models."
    )
    assert stances(analyzer, text)["Orbit Labs"] == "open"


def test_a_bill_given_a_name_before_its_restraint_does_the_restraint(analyzer):
    text = "Last year a bill named the Safe Weights Act, which would have banned open models, died."
    assert stances(analyzer, text)["Safe Weights Act"] == "closed"


def test_a_user_of_a_model_described_as_open_is_only_a_user(analyzer):
    text = (
        "Orbit Labs is building its support chatbot on Mistral 7B, an open-weight model from "
        "Mistral AI."
    )
    got = stances(analyzer, text)
    assert got["Orbit Labs"] == "none"
    assert got["Mistral 7B"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Pavonine AI pulled the downloadable weights of its Iris model from Hugging Face.",
        "Pavonine AI removed the open weights of Iris from its GitHub page.",
        "Pavonine AI took down the open-source version of Iris after complaints.",
    ],
)
def test_open_weights_pulled_or_taken_down_are_withdrawn(analyzer, text):
    assert stances(analyzer, text)["Pavonine AI"] == "closed"


def test_open_weights_put_up_stay_open(analyzer):
    text = "Pavonine AI put up the open weights of Iris on its GitHub page."
    assert stances(analyzer, text)["Pavonine AI"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Sundew AI released Dew-8B as a free download for businesses.",
        "Sundew AI released Dew-8B for free download.",
    ],
)
def test_a_model_released_as_a_free_download_is_open(analyzer, text):
    assert stances(analyzer, text)["Sundew AI"] == "open"


def test_work_given_up_under_a_restraint_is_its_harm(analyzer):
    text = (
        "Orbit Labs warned that if regulators applied the same duties to every open-source "
        "release, small developers would simply stop publishing their work."
    )
    assert stances(analyzer, text)["Orbit Labs"] == "open"


def test_misuse_that_never_stops_is_no_harm_to_the_restraint(analyzer):
    text = (
        "Orbit Labs warned that if open-source releases continue unchecked, attackers will "
        "never stop exploiting them."
    )
    assert stances(analyzer, text)["Orbit Labs"] == "closed"


def test_a_gift_to_a_kind_of_wrongdoer_is_a_worry(analyzer):
    text = '"Open models are a gift to every scam call centre on earth," said Elena Cruz.'
    assert stances(analyzer, text)["Elena Cruz"] == "closed"


def test_a_gift_to_researchers_is_praise(analyzer):
    text = '"Open models are a gift to every research lab on earth," said Elena Cruz.'
    assert stances(analyzer, text)["Elena Cruz"] == "open"


def test_one_of_the_most_reckless_things_is_a_judgement(analyzer):
    text = (
        "Gil Stone said publishing the weights of the biggest models was one of the most "
        "reckless things the industry could do."
    )
    assert stances(analyzer, text)["Gil Stone"] == "closed"


def test_one_of_the_most_important_things_is_praise(analyzer):
    text = (
        "Gil Stone said publishing the weights of the biggest models was one of the most "
        "important things the industry could do."
    )
    assert stances(analyzer, text)["Gil Stone"] == "open"
