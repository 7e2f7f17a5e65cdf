"""The end of a side: feared, brought about, or wished (self-written sentences, one kind
each, with near misses)."""

import pytest

from tests.conftest import analyze_text

CASES = [
    # what dies is defended by whoever warns of its death
    ("Ada Brooks warned of the death of open-source AI.", {"Ada Brooks": "open"}),
    ("Ada Brooks fears the demise of open-source AI.", {"Ada Brooks": "open"}),
    ("Ada Brooks warned of the erosion of closed AI.", {"Ada Brooks": "closed"}),
    # an end predicted, welcomed or called for is wished
    ("Ada Brooks predicted the end of closed models.", {"Ada Brooks": "open"}),
    ("Ada Brooks welcomed the demise of proprietary AI.", {"Ada Brooks": "open"}),
    ("Ada Brooks called for the end of closed models.", {"Ada Brooks": "open"}),
    # an end said to be near is no harm feared
    ("The end of closed AI is near, Ada Brooks said.", {"Ada Brooks": "open"}),
    # whoever brings the end about holds the other side; whoever says so defends the first
    (
        "The Secure Models Act sets the stage for the gradual death of open-source AI.",
        {"Secure Models Act": "closed"},
    ),
    (
        "Ada Brooks said the Secure Models Act will lead to the death of open-source AI.",
        {"Ada Brooks": "open", "Secure Models Act": "closed"},
    ),
    (
        "The Secure Models Act paves the way for the demise of open-source AI.",
        {"Secure Models Act": "closed"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_the_end_of_a_side_is_read_by_who_wants_it(analyzer, text, expected):
    got = {p.name: p.stance for p in analyze_text(analyzer, "Ends", text).players}
    assert {name: got.get(name, "-") for name in expected} == expected
