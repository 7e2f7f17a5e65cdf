"""'X agreed with critics who say ...': X takes what the unnamed speakers say; 'disagreed
(broke) with those who say ...' the other side; a meeting with them is no agreement.
Self-written text."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Lena Ortiz agreed with critics who say closed models stifle research.", "open"),
        ("Lena Ortiz agreed with critics who say open models are safer.", "open"),
        ("Lena Ortiz disagreed with those who say open models are safe.", "closed"),
        ("Lena Ortiz does not agree with those who say open models are safe.", "closed"),
        ("Lena Ortiz broke with colleagues who say open models are dangerous.", "open"),
    ],
)
def test_taking_or_refusing_others_words(analyzer, text, side):
    assert stances(analyzer, text)["Lena Ortiz"] == side


def test_meeting_the_speakers_is_no_agreement(analyzer):
    text = "Lena Ortiz met with critics who say open models are safe."
    assert stances(analyzer, text)["Lena Ortiz"] == "none"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Asked whether Meta would keep releasing open models, Lena Ortiz said yes.", "open"),
        ("Asked whether Meta would keep releasing open models, Lena Ortiz said no.", "closed"),
        ("Asked if open models were dangerous, Lena Ortiz said no.", "open"),
    ],
)
def test_answer_to_a_question_put(analyzer, text, side):
    got = stances(analyzer, text)
    assert got["Lena Ortiz"] == side
    others = {k: v for k, v in got.items() if k != "Lena Ortiz"}
    assert others == ({"Meta": "none"} if "Meta" in text else {})  # a question asserts nothing


def test_question_without_an_answer_takes_no_side(analyzer):
    text = "Asked whether Meta would keep releasing open models, Lena Ortiz smiled."
    assert set(stances(analyzer, text).values()) <= {"none"}
