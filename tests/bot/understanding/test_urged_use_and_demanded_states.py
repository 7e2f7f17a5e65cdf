"""Uses urged, reasons given, states demanded, sides compared and practices that fail: each
read by the kind of clause, on self-written sentences."""

import pytest

from tests.conftest import stances


def test_a_use_of_open_models_urged_by_a_speaker_is_their_side(analyzer):
    text = (
        "Jane Roe said Ruritania should mix its strategies and use open models, given what "
        "training a proprietary model costs."
    )
    got = stances(analyzer, text)
    assert got["Jane Roe"] == "open"
    # the country is what the speaker wants something of, not a holder
    assert got.get("Ruritania", "none") == "none"


def test_a_use_merely_reported_is_still_no_position(analyzer):
    assert stances(analyzer, "Quillon Labs has relied on open models for years.") == {
        "Quillon Labs": "none"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Vireo Research concludes that the best open models trail the leading closed models "
        "by about a year.",
        "Vireo Research found that open models now match closed models on most benchmarks.",
    ],
)
def test_a_measure_of_one_side_against_the_other_takes_neither(analyzer, text):
    assert stances(analyzer, text) == {"Vireo Research": "none"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Kestrel 2 needs to be open source as well.", "closed"),
        ("Kestrel 2 must become open source.", "closed"),
        ("Kestrel 2 should remain open source.", "open"),
    ],
)
def test_a_product_asked_to_become_open_is_not_open_yet(analyzer, text, side):
    assert stances(analyzer, text)["Kestrel 2"] == side


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        (
            "According to Altman, keeping models closed was not preventing competitors from "
            "copying their capabilities.",
            "Sam Altman",
            "open",
        ),
        (
            "Roe said keeping the weights secret has not stopped rivals from catching up.",
            "Roe",
            "open",
        ),
        ("Roe said closed models deter attacks.", "Roe", "closed"),
    ],
)
def test_what_a_practice_stops_or_fails_to_stop_judges_it(analyzer, text, speaker, side):
    assert stances(analyzer, text)[speaker] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Jane Roe said Llama is and should be open source.", "Llama", "open"),
        ("Jane Roe said Llama should be open source, as it always has been.", "Llama", "open"),
        ("Jane Roe said Gemini, like Llama, should be open source.", "Llama", "open"),
        (
            "Meta said Llama should be open source because openness drives progress.",
            "Llama",
            "open",
        ),
        ("Jane Roe said Gemini should be proprietary.", "Gemini", "closed"),
        ("Meta said Llama 4 should be open-sourced by June.", "Llama 4", "open"),
    ],
)
def test_a_product_that_is_or_may_be_open_already_is_not_flipped(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Jane Roe said closed models curb competition.", "open"),
        ("Jane Roe said closed models stop startups from competing.", "open"),
        ("Jane Roe said open models curb innovation.", "closed"),
        ("Jane Roe said open models do not stop innovation.", "open"),
        ("Jane Roe said releasing open weights does not prevent misuse.", "closed"),
    ],
)
def test_stopping_a_good_thing_is_a_harm_and_failing_to_stop_a_harm_a_failure(analyzer, text, side):
    assert stances(analyzer, text)["Jane Roe"] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Jane Roe said open models must compete with closed models on price.", "open"),
        (
            "Jane Roe warned that open models could soon match closed models in dangerous "
            "abilities.",
            "closed",
        ),
        ("Given the risks of open-weight models, Jane Roe backed export controls.", "closed"),
    ],
)
def test_judged_comparisons_and_judging_reasons_keep_their_side(analyzer, text, side):
    assert stances(analyzer, text)["Jane Roe"] == side


def test_a_relative_clause_speaker_leaves_the_main_clause_its_side(analyzer):
    text = "Meta released open-weight models, which Jane Roe says could arm hostile states."
    assert stances(analyzer, text)["Meta"] == "open"
