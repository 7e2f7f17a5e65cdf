"""Positions that a second sentence or a clause gives back to a player named before
(self-written text): weights that come with a model, "it" after an opening phrase, "it was the
largest model ...", "neither company", "whose company", a body founded to build open models."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeshore Institute released Wren 2, a model accompanied by its full training data, "
        "code and intermediate checkpoints.",
        "The Lakeshore Institute released Wren 2 to researchers on Monday, weights included.",
    ],
)
def test_weights_that_come_with_a_model_open_it(analyzer, text):
    got = stances(analyzer, text)
    assert got["Lakeshore Institute"] == "open"


def test_a_model_accompanied_by_a_warning_is_not_opened(analyzer):
    text = "The Lakeshore Institute released Wren 2, a model accompanied by a safety card."
    assert stances(analyzer, text)["Lakeshore Institute"] == "none"


@pytest.mark.parametrize(
    "second",
    [
        "At launch, it was an open-weight model.",
        "It was the largest model whose weights anyone could download.",
        "At the time of its release, it was the largest model whose weights anyone could download.",
    ],
)
def test_it_called_a_model_is_the_model_the_last_sentence_was_about(analyzer, second):
    text = "Falcon 9X arrived on Wednesday from the Dunmore Institute. " + second
    assert stances(analyzer, text)["Falcon 9X"] == "open"


def test_it_after_an_opening_phrase_that_is_no_model_stays_unsettled(analyzer):
    text = (
        "Orbit Labs signed a deal with Lumen Labs on Monday. At the signing, it said it would "
        "publish open models."
    )
    got = stances(analyzer, text)
    assert got["Lumen Labs"] == "none"


def test_neither_company_denies_the_act_for_both(analyzer):
    text = "Orbis Health licensed a medical model from Vantage AI. Neither company will release the weights."
    got = stances(analyzer, text)
    assert got["Orbis Health"] == "closed"
    assert got["Vantage AI"] == "closed"


def test_both_companies_do_the_act(analyzer):
    text = "Orbis Health licensed a medical model from Vantage AI. Both companies will release the weights."
    got = stances(analyzer, text)
    assert got["Orbis Health"] == "open"
    assert got["Vantage AI"] == "open"


def test_whose_company_is_the_company_of_the_person_it_follows(analyzer):
    text = (
        "In an interview, the Anthropic chief executive, whose company keeps the weights of its "
        "models private, argued for more oversight."
    )
    assert stances(analyzer, text)["Anthropic"] == "closed"


def test_a_body_founded_to_build_open_models_holds_that_aim(analyzer):
    text = "Two former engineers said they had founded Northwind AI to build fully open models."
    assert stances(analyzer, text)["Northwind AI"] == "open"


def test_a_body_founded_to_compete_with_open_models_holds_nothing(analyzer):
    text = "Two former engineers said they had founded Northwind AI to compete with open models."
    assert stances(analyzer, text)["Northwind AI"] == "none"
