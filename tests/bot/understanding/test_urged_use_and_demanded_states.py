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
        ("Kestrel 3 needs to be open source as well.", "closed"),
        ("Kestrel 3 must become open source.", "closed"),
        ("Kestrel 3 should remain open source.", "open"),
    ],
)
def test_a_product_asked_to_become_open_is_not_open_yet(analyzer, text, side):
    assert stances(analyzer, text)["Kestrel 3"] == side


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
