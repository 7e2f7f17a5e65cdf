"""Policy acts read whole: a vote for (against) a bill takes (opposes) the bill's side;
'declined (refused) to restrict open models' is no restraint; 'does not go far enough in
restricting ...' wants more of the act, not less. Self-written text."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Senator Jane Roe voted for the bill, which would restrict open-weight models.", "closed"),
        (
            "Senator Jane Roe voted against the bill, which would restrict open-weight models.",
            "open",
        ),
        (
            "Senator Jane Roe did not vote for the bill, which would restrict open-weight models.",
            "open",
        ),
    ],
)
def test_vote_on_a_bill(analyzer, text, side):
    assert stances(analyzer, text)["Jane Roe"] == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        (
            "The Commerce Department declined to restrict open-weight models.",
            "Department of Commerce",
            "open",
        ),
        ("Meta declined to release the weights of Llama 3.", "Meta", "closed"),
        ("Meta refused to keep its models closed.", "Meta", "open"),
        ("Jane Roe refused to back open-source AI.", "Jane Roe", "closed"),
    ],
)
def test_refused_acts(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Jane Roe said the Safe Models Act does not go far enough in restricting open models.",
            "closed",
        ),
        (
            "Jane Roe said the bill does not go far enough to protect open-source developers.",
            "open",
        ),
    ],
)
def test_not_far_enough_wants_more(analyzer, text, side):
    assert stances(analyzer, text)["Jane Roe"] == side


def test_a_measure_called_for_is_still_a_stance(analyzer):
    # "measures" is a word for a law too, but one called for is the caller's own stance
    assert (
        stances(analyzer, "Dana Pell called for tough measures against open-source AI.")[
            "Dana Pell"
        ]
        == "closed"
    )


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a failure or a hesitation denied is no refusal (review18c)
        ("Lena Ortiz tried but failed to ban open models.", "closed"),
        ("Lena Ortiz did not hesitate to restrict open models.", "closed"),
        # a vote on a named law
        ("Lena Ortiz voted for the Safe Models Act, which would ban open-weight models.", "closed"),
        (
            "Lena Ortiz voted against the Safe Models Act, which would ban open-weight models.",
            "open",
        ),
    ],
)
def test_failures_and_votes_on_named_laws(analyzer, text, side):
    assert stances(analyzer, text)["Lena Ortiz"] == side


def test_vote_in_favour_of_a_bill(analyzer):
    text = "Jane Roe voted in favour of the bill, which would restrict open-weight models."
    assert stances(analyzer, text)["Jane Roe"] == "closed"


def test_role_dated_only_by_its_own_words(analyzer):
    # "now" elsewhere in the sentence does not date the sponsorship (review18d)
    text = (
        "Senator Jane Roe, a sponsor of the Safe Models Act, now says the bill must pass. "
        "The bill would ban open model weights."
    )
    assert stances(analyzer, text)["Jane Roe"] == "closed"


def test_suing_without_a_deed_is_read_as_what_is_argued(analyzer):
    text = (
        'Elon Musk has sued OpenAI, arguing that the lab became "a closed-source de facto '
        'subsidiary" of its investor.'
    )
    assert stances(analyzer, text)["Elon Musk"] == "open"
