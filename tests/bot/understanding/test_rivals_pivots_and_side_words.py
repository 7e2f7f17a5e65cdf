"""Kinds of sentence read wrong on this round's first-read pages (self-written text for each
kind): rivals named by "those from", a model named with a side word right before it, and a
verb the parser read as a noun; with the near misses of each."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the subject's models rival is no practice of the subject
        (
            "Osprey Labs’ open-weight systems now match those from closed-source US labs, and "
            "run a chatbot that tops the app charts.",
            {"Osprey Labs": "open"},
        ),
        ("Osprey Labs’ models rival the ones of closed-source labs.", {"Osprey Labs": "none"}),
        # near miss: "those" models it sells are its own
        ("Osprey Labs sells those closed models to banks.", {"Osprey Labs": "closed"}),
    ],
)
def test_rivals_named_by_those(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name a side word describes right before it is a model, described so
        (
            "Nimbus pivoted to a dual strategy this year: proprietary Muse Spark on the frontier "
            "side, and open-weight Vega for the broader ecosystem.",
            {"Muse Spark": "closed", "Vega": "open"},
        ),
        ("Nimbus sells proprietary Muse Spark to banks.", {"Muse Spark": "closed"}),
        # a subject and a "to" on a root the parser took for a noun: a verb
        (
            "Nimbus and Kestrel pivot to closed-source models.",
            {"Nimbus": "closed", "Kestrel": "closed"},
        ),
    ],
)
def test_side_words_and_misread_verbs(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is chosen over the cue's noun ("instead of", "rather than") is the other side,
        # however the parser joins the two
        (
            "The startup built its app with Halcyon's Vega models instead of proprietary "
            "systems from US firms.",
            {"Halcyon": "open", "Vega": "open"},
        ),
        (
            "The startup runs Halcyon's Vega models rather than the proprietary systems of US "
            "firms.",
            {"Halcyon": "open", "Vega": "open"},
        ),
        ("Kestrel chose Vega instead of proprietary models.", {"Kestrel": "open", "Vega": "open"}),
        # near misses: what is set aside is no maker of the models chosen; a plain "of" names
        # the maker
        ("Kestrel uses open models instead of Nimbus.", {"Nimbus": "none"}),
        ("The app runs on the open models of Nimbus.", {"Nimbus": "open"}),
    ],
)
def test_chosen_instead_of_the_cue(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the new model" is not the one the sentence sets it against
        (
            "Unlike Vega 3, the newer model's weights stay private.",
            {"Vega 3": "open"},
        ),
        ("Unlike Vega 3, the newer model is not open source.", {"Vega 3": "open"}),
        # near miss: with nothing set against it, "the model" is the one just named
        (
            "Kestrel released the Vega 3 model last year. The model keeps its weights away "
            "from the public.",
            {"Vega 3": "closed"},
        ),
    ],
)
def test_the_model_is_not_its_foil(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
