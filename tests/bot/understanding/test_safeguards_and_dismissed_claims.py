"""Red-team kinds left from last round (self-written text for each kind): safeguards judged
too weak or too strict, oversight of open models, and a claim others make that the speaker
calls wrong; with the near misses of each."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # safeguards are rules: too weak wants more of them, too strict fewer
        ("Dana Reyes said the current safeguards for open models are too weak.", "closed"),
        ("Dana Reyes said the safeguards on open models are too strict.", "open"),
        ("Dana Reyes called for safeguards on open models.", "closed"),
        ("Dana Reyes opposed new oversight of open models.", "open"),
        ("Dana Reyes wants more oversight of open models.", "closed"),
        # near miss: safeguards said to be enough judge nothing
        ("Dana Reyes said the safeguards for open models were adequate.", "none"),
    ],
)
def test_safeguards_judged(analyzer, text: str, side: str) -> None:
    assert stances(analyzer, text)["Dana Reyes"] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # others' claim, then called wrong after "but": the speaker holds the other side
        (
            "Some argue that open models are dangerous, but they are wrong, Dana Reyes said.",
            "open",
        ),
        (
            "Dana Reyes said some argue that open models are dangerous, but that argument is "
            "wrong.",
            "open",
        ),
        (
            "Dana Reyes said critics claim open models are unsafe, but she sees the fears as "
            "overblown.",
            "open",
        ),
        # near miss: a "but" that agrees with the claim keeps it
        (
            "Some argue that open models are dangerous, but the risks are real, Dana Reyes said.",
            "closed",
        ),
    ],
)
def test_claims_of_others_dismissed(analyzer, text: str, side: str) -> None:
    assert stances(analyzer, text)["Dana Reyes"] == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "open-washing" is a charge only a defender of openness makes: the accused is closed
        ("Critics accused Kestrel of open-washing.", {"Kestrel": "closed"}),
        ("Kestrel has been accused of openwashing its models.", {"Kestrel": "closed"}),
        (
            "Kestrel was accused of open-washing by Omar Haddad.",
            {"Kestrel": "closed", "Omar Haddad": "open"},
        ),
        ("Omar Haddad called the licence open-washing.", {"Omar Haddad": "open"}),
        # near misses: other attack words in the passive; a charge of keeping models closed
        ("Kestrel has been accused of regulatory capture.", {"Kestrel": "closed"}),
        ("Kestrel has been accused of keeping its models closed.", {"Kestrel": "closed"}),
    ],
)
def test_open_washing_charged(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
