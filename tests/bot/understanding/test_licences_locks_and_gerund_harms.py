"""A licence required before release is a restraint ('would require a government licence
before any frontier model is released'), a lab that only obtains one complies; 'under lock and
key' and 'locked down access' keep models closed; and a harm done by a gerund subject
('releasing open-source models could hurt national security', 'keeping models closed would
hurt startups') is a worry about what the gerund does, as it is for a noun subject.
Self-written text."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    "text",
    [
        "The Compute Act would require a government licence before any frontier model could "
        "be released.",
        "The Compute Act would require developers to obtain a license before releasing "
        "powerful models.",
    ],
)
def test_licence_required_before_release_is_a_restraint(analyzer, text):
    assert stances(analyzer, text)["Compute Act"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Nexa obtained approval from regulators before releasing its model.",
        "The city requires a permit before any building is demolished, Lena Ortiz said.",
    ],
)
def test_licence_obtained_or_of_no_model_is_no_side(analyzer, text):
    assert set(stances(analyzer, text).values()) <= {"none"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Meta has kept its newest model under lock and key since its launch.", "Meta"),
        ("Mistral locked down access to its models last year.", "Mistral AI"),
    ],
)
def test_locked_away_is_closed(analyzer, text, holder):
    assert stances(analyzer, text)[holder] == "closed"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Lena Ortiz said that releasing open-source models could hurt national security.",
            "closed",
        ),
        ("Lena Ortiz said that keeping models closed would hurt startups.", "open"),
        (
            "Lena Ortiz warned that requiring a licence before releasing models would stifle "
            "startups.",
            "open",
        ),
        # a restraint as the gerund: the harm it does defends the cue, as before
        ("Lena Ortiz said that restricting open-source models would hurt startups.", "open"),
    ],
)
def test_harm_done_by_a_gerund_subject(analyzer, text, side):
    assert stances(analyzer, text)["Lena Ortiz"] == side


@pytest.mark.parametrize(
    "text",
    [
        # a licence, a lock or a key about no model (review18b)
        "Lena Ortiz said newspapers require permission before a photo is distributed.",
        "The Safe AI Act would require a permit before any drone is deployed.",
        "Google locked down access to its offices after the protest.",
        "The FBI kept Lena Ortiz under lock and key for two days.",
    ],
)
def test_licences_and_locks_of_no_model(analyzer, text):
    assert set(stances(analyzer, text).values()) <= {"none"}


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        # a versioned name between "keep" and "closed" (review18b's basic form)
        ("OpenAI keeps GPT-4 closed.", "GPT-4", "closed"),
        ("Lena Ortiz said OpenAI should keep GPT-4 closed.", "Lena Ortiz", "closed"),
    ],
)
def test_versioned_name_kept_closed(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


def test_versioned_name_kept_up_with_is_no_keeping(analyzer):
    text = "Mistral AI keeps up with GPT-4 and other proprietary models."
    assert stances(analyzer, text)["Mistral AI"] == "none"
