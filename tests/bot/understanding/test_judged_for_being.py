"""'Criticized X for being (becoming) closed', 'praised X for being open': the object of the
judging verb is what the gerund calls open or closed, also when a relative clause names it
('rivals like X, which Z criticized for ...'). Self-written text."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "judged", "side", "judge", "judge_side"),
    [
        (
            "Tom Baker criticized Cohere for becoming closed.",
            "Cohere",
            "closed",
            "Tom Baker",
            "open",
        ),
        (
            "Tom Baker criticized Cohere for being closed.",
            "Cohere",
            "closed",
            "Tom Baker",
            "open",
        ),
        (
            "The talk named peers like Cohere, which Tom Baker openly faulted for growing "
            "more closed.",
            "Cohere",
            "closed",
            "Tom Baker",
            "open",
        ),
        ("Tom Baker praised Cohere for being open.", "Cohere", "open", "Tom Baker", None),
    ],
)
def test_judged_for_being_open_or_closed(analyzer, text, judged, side, judge, judge_side):
    got = stances(analyzer, text)
    assert got[judged] == side
    if judge_side is not None:
        assert got[judge] == judge_side


def test_being_open_for_business_is_no_side(analyzer):
    got = stances(analyzer, "Tom Baker praised the Cohere shop for being open on Sundays.")
    assert set(got.values()) <= {"none"}
