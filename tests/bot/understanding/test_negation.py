"""Negation counted once, and only where it reaches the cue (self-written sentences)."""

import pytest

from bot.understanding.nlp import cues
from bot.understanding.polarity import polarity
from tests.conftest import analyze_text, stances


def sign(analyzer, text):
    doc = analyzer.nlp(text)
    cue = cues(doc)[0]
    root = doc[cue.start : cue.end].root
    return polarity(cue, [root, *root.ancestors])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel's models are not open source.", -1),  # the "not" counts once, not twice
        ("The new model is not open-weight.", -1),
        ("Kestrel's models are open source.", 1),
        ("The danger is open models.", -1),  # the subject judges the complement
        ("The danger is not open models but careless deployment.", 1),
        # "not X but Y": the negation is X's
        ("For her, the lesson was not the threat but the value of keeping models open source.", 1),
        ("Kestrel did not release open models, but it published papers.", -1),
    ],
)
def test_negation_reaches_the_cue_once(analyzer, text, expected):
    assert sign(analyzer, text) == expected


def test_the_owner_of_a_product_said_not_to_be_open_holds_closed(analyzer):
    players = analyze_text(analyzer, "Negation test", "Kestrel's models are not open source.")
    assert {p.name: p.stance for p in players.players}["Kestrel"] == "closed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel AI shipped Nimbus without open weights.", "closed"),
        ("Kestrel AI launched its new model without open-sourcing it.", "closed"),
        ("Kestrel AI released Nimbus without releasing its weights openly.", "closed"),
        # "without" over something else than the cue's clause leaves the side alone
        (
            "Kestrel AI argues that developers should be able to build on open models without "
            "asking permission.",
            "open",
        ),
    ],
)
def test_a_model_put_out_without_the_side_is_put_out_without_it(analyzer, text, expected):
    got = stances(analyzer, text, "Releases")
    assert got["Kestrel AI"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to open-source X" is often parsed as the adjective before a noun; what the clauses
        # above it say (refused, no plans, decided) still decides
        ("Kestrel AI has no plans to open-source Granite.", "closed"),
        ("Kestrel AI has no plans to open-source its models.", "closed"),
        ("Ada Brooks said Kestrel AI has no plans to open-source Granite.", "closed"),
        ("Kestrel AI declined to open-source its models.", "closed"),
        ("Kestrel AI refused to open-source Granite.", "closed"),
        ("Kestrel AI has no intention of open-sourcing its models.", "closed"),
        ("Kestrel AI is not going to open-source Granite.", "closed"),
        ("Kestrel AI plans to open-source Granite next year.", "open"),
        ("Kestrel AI decided to open-source Granite.", "open"),
        ("Kestrel AI is open-sourcing its models.", "open"),
    ],
)
def test_a_refusal_to_open_source_keeps_the_model_closed(analyzer, text, expected):
    got = stances(analyzer, text, "Releases")
    assert got["Kestrel AI"] == expected
    assert got.get("Granite", expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula's "not" reaches the predicate the cue hangs from
        ("Ada Brooks is not opposed to open-source AI.", "open"),
        ("Ada Brooks said she is not against open source but wants safeguards.", "open"),
        ("Ada Brooks is against open-source AI.", "closed"),
        ("Ada Brooks is not a fan of open-weight models.", "closed"),
        ("Ada Brooks is not a fan of closed models.", "open"),
        # feelings of worry, and "concerned" only when it worries
        ("Ada Brooks is worried about open-source AI.", "closed"),
        ("Ada Brooks is wary of open-source AI.", "closed"),
        ("Ada Brooks is concerned about open-source AI.", "closed"),
        ("Ada Brooks is not worried about open-source AI.", "open"),
        ("Ada Brooks is concerned with making open-source AI succeed.", "open"),
        ("Where open models are concerned, Ada Brooks backs them fully.", "open"),
    ],
)
def test_a_stated_attitude_towards_open_ai(analyzer, text, expected):
    got = stances(analyzer, text, "Battery")
    assert got["Ada Brooks"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a choice not yet made is nobody's practice
        ("Kestrel AI is considering whether to open-source Granite.", "none"),
        ("Kestrel AI is weighing whether to release Granite openly.", "none"),
        # a "whether" about something else leaves the description and the act alone
        (
            "It remains unclear whether the charges concern Kestrel AI's open-source models or "
            "its API.",
            "open",
        ),
        ("Kestrel AI said it would release Granite openly, whether or not rivals follow.", "open"),
    ],
)
def test_a_choice_weighed_with_whether_is_not_yet_made(analyzer, text, expected):
    got = stances(analyzer, text, "Battery")
    assert got["Kestrel AI"] == expected
    assert got.get("Granite", expected) == expected


@pytest.mark.parametrize(
    ("clause", "side"),
    [
        # a subject that is nobody denies its verb, as "not" would
        ("no startup should publish open weights", "closed"),
        ("nobody doubts that open models are the future", "open"),
        ("no one should ban open-source models", "open"),
        # and a denied liability on open developers is no restraint on them
        ("nobody should hold open-source developers liable for misuse", "open"),
        ("lawmakers should not hold open-source developers liable for misuse", "open"),
        ("lawmakers should hold open-source developers liable for misuse", "closed"),
    ],
)
def test_a_subject_that_is_nobody_denies_its_verb(analyzer, clause, side):
    assert stances(analyzer, f"Senator Mara Quill said {clause}.")["Mara Quill"] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Orrin Labs withholds open models.", "closed"),
        ("Orrin Labs decided to withhold open models.", "closed"),
        # a worry given as the reason for an act grounds it; it is no worry about the act
        (
            "Orrin Labs now gives security worries as its reason to withhold its newest models.",
            "closed",
        ),
        ("Orrin Labs said safety fears are no reason to withhold open models.", "open"),
    ],
)
def test_withholding_and_the_reasons_given_for_it(analyzer, text, side):
    assert stances(analyzer, text)["Orrin Labs"] == side


def test_no_one_in_a_comparison_praises_rather_than_denies(analyzer):
    text = "No one has done more for open-source AI than Orrin Labs, Dana Pell said."
    assert stances(analyzer, text)["Dana Pell"] == "open"


def test_withholding_judgement_on_an_open_release_withholds_no_model(analyzer):
    text = "Orrin Labs withheld judgement on the open-weight release of Pyre 2."
    assert stances(analyzer, text).get("Orrin Labs", "none") != "closed"
