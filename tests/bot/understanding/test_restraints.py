"""A restraint on the cue, and opposition to that restraint (self-written sentences).

"A ban on open models" is against them; opposing, fighting or lifting that ban backs them.
"""

import pytest

from tests.conftest import analyze_text


def stance_of(analyzer, text, name):
    players = {p.name: p.stance for p in analyze_text(analyzer, "Restraint test", text).players}
    return players[name]


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Senator Ada Brooks opposes a ban on open-source models.", "Ada Brooks", "open"),
        (
            "The Hartwell Institute rejected restrictions on open-weight releases.",
            "Hartwell Institute",
            "open",
        ),
        ("Kestrel Labs fought new limits on open models.", "Kestrel Labs", "open"),
        ("Kestrel Labs lobbied against curbs on open models.", "Kestrel Labs", "open"),
        ("Brooks called for lifting the ban on open-source models.", "Brooks", "open"),
    ],
)
def test_opposing_a_restraint_on_the_cue_backs_the_cue(analyzer, text, name, side):
    assert stance_of(analyzer, text, name) == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("The Ravel Group supports restrictions on open-source models.", "Ravel Group", "closed"),
        ("Senator Ada Brooks wants a ban on open-source models.", "Ada Brooks", "closed"),
        ("Senator Ada Brooks opposes open-source models.", "Ada Brooks", "closed"),
        (
            "Senator Ada Brooks did not oppose the ban on open-source models.",
            "Ada Brooks",
            "closed",
        ),
    ],
)
def test_a_restraint_not_opposed_stays_against_the_cue(analyzer, text, name, side):
    assert stance_of(analyzer, text, name) == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Senator Ada Brooks fears a ban on open-source models.", "Ada Brooks", "open"),
        (
            "Senator Ada Brooks wants to remove barriers to open-source models.",
            "Ada Brooks",
            "open",
        ),
        (
            "Senator Ada Brooks warned that a ban on open-source models is needed.",
            "Ada Brooks",
            "closed",
        ),
    ],
)
def test_a_chain_of_restraints_and_oppositions_turns_the_side_at_each_link(
    analyzer, text, name, side
):
    assert stance_of(analyzer, text, name) == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "The Safe Exports Act moves to block the export of AI models to China.",
            "Safe Exports Act",
            "closed",
        ),
        ("Senator Ada Brooks moved to block the ban on open-source models.", "Ada Brooks", "open"),
        (
            "Senator Ada Brooks wants to remove barriers to open-source models.",
            "Ada Brooks",
            "open",
        ),
        (
            "The bill would make it easier for the Biden administration to impose export "
            "restrictions on AI models.",
            "Biden administration",
            "closed",
        ),
    ],
)
def test_blocking_lifting_and_imposing_restraints(analyzer, text, name, side):
    assert stance_of(analyzer, text, name) == side
