"""Both sides named as a pair, a condition of the subject's verb, the occasion of a talk and
the object of a study: places where a cue stands in a sentence without a holder's side."""

import pytest

from tests.bot.understanding.test_open_access_cues import sides
from tests.conftest import stances


@pytest.mark.parametrize(
    "text",
    [
        "The review covers many areas, including chip supply, open and closed LLMs, and the "
        "national AI plan.",
        "The course compares open and closed models.",
    ],
)
def test_the_two_sides_named_as_a_pair_take_neither(analyzer, text):
    assert sides(analyzer, text) == []


def test_a_pair_of_sides_someone_backs_keeps_both_cues(analyzer):
    text = "Jane Roe supports both open and closed models."
    assert sides(analyzer, text) == ["open", "closed"]


def test_one_side_for_one_and_the_other_for_another_is_no_pair(analyzer):
    text = "Meta keeps its models open and OpenAI keeps its closed."
    got = stances(analyzer, text)
    assert got["Meta"] == "open"
    assert got["OpenAI"] == "closed"


def test_a_subject_whose_verb_has_the_cue_in_a_condition_does_not_do_it(analyzer):
    text = (
        "Ruritania would lose out if lobby groups manage to restrict open source software, "
        "Jane Roe said."
    )
    assert stances(analyzer, text).get("Ruritania", "none") == "none"


def test_the_person_a_talk_was_with_is_not_the_one_explaining(analyzer):
    text = (
        "Altman spoke at a dinner with Jonas Kron, where he argued that closed models are "
        "copied by rivals within months."
    )
    assert stances(analyzer, text)["Jonas Kron"] == "none"


def test_what_a_study_looks_at_is_a_topic(analyzer):
    text = (
        "Epoch AI published a report on AI, offering a careful examination of trends in "
        "openness and in compute."
    )
    assert stances(analyzer, text)["Epoch AI"] == "none"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Meta makes open and closed models.", "Meta"),
        ("Meta split its lineup into open-source and proprietary models.", "Meta"),
    ],
)
def test_a_pair_of_sides_a_player_makes_is_mixed(analyzer, text, name):
    assert stances(analyzer, text)[name] == "mixed"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Anthropic keeps Claude closed, open models being too risky.", "Anthropic", "closed"),
        ("Meta releases open weights and closed labs complain.", "Meta", "open"),
        ("Meta, where researchers publish open weights, raised its forecast.", "Meta", "open"),
        ("Yann LeCun said the trend in open models is worrying.", "Yann LeCun", "closed"),
        ("OpenAI published an overview of its closed models.", "OpenAI", "closed"),
    ],
)
def test_cues_in_separate_clauses_or_with_a_verdict_keep_their_side(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side
