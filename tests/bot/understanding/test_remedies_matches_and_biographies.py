"""Kinds of sentence read wrong on this round's later first-read pages (self-written text for
each kind): a remedy after "unless", a match in quality ("parity with"), harm done "without"
a restraint, one's own models built in-house, and names in a speaker's biography; with the
near misses of each."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what would avert a feared outcome ("unless ...") is what the speaker wants
        (
            "Europe risks falling behind unless it pours money into open-source AI labs of its "
            "own, according to Omar Haddad.",
            {"Omar Haddad": "open"},
        ),
        (
            "Kestrel will lose ground unless it keeps its models closed, Dana Reyes said.",
            {"Dana Reyes": "closed"},
        ),
        # near miss: a condition on the cue's own clause keeps the worry
        (
            "Open models are dangerous unless they are tested, Dana Reyes said.",
            {"Dana Reyes": "closed"},
        ),
        # a match in quality measures against the cue; it takes no side
        (
            "Kestrel said Vega reaches near-parity with the proprietary Tern-mini.",
            {"Kestrel": "none", "Vega": "none", "Tern-mini": "closed"},
        ),
        # "without restriction" is no worry; a harm done with the cue still is
        (
            "Dana Reyes said open models let anyone deploy them without restriction.",
            {"Dana Reyes": "open"},
        ),
        (
            "Dana Reyes said open models let criminals deploy them to cause harm.",
            {"Dana Reyes": "closed"},
        ),
        # one's own models built in-house are made, not kept closed; kept in-house are kept
        (
            "Lena Park said the firm wants to build its own models in-house.",
            {"Lena Park": "none"},
        ),
        ("Lena Park said the company keeps its models in-house.", {"Lena Park": "closed"}),
        # a name in the speaker's biography takes no lean from the sentence
        (
            "Omar Haddad, who co-founded Nimbus alongside Lena Park in 2015, says Nimbus moved "
            "away from its open-source commitments.",
            {"Lena Park": "none", "Nimbus": "closed"},
        ),
    ],
)
def test_remedies_matches_and_biographies(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "like X" after the noun's comma, hung on the verb above: the noun's examples
        (
            "The agency wants to curb the release of open models, like Kestrel's Vega 2.",
            {"Kestrel": "open", "Vega 2": "open"},
        ),
        # near miss: "like X did" compares a deed, it lists no example
        (
            "Kestrel praised open models, like Nimbus did last year.",
            {"Kestrel": "open", "Nimbus": "none"},
        ),
    ],
)
def test_examples_after_a_comma(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a restraint that would hand an advantage to another country or to rivals harms
        (
            "Lena Park testified that restricting open-source AI would hand the lead to China.",
            "open",
        ),
        ("Lena Park said that banning open models would give rivals an edge.", "open"),
        # near misses: the cue itself giving adversaries an edge is feared; an edge for
        # developers is a boon
        ("Lena Park said that open models would give adversaries an edge.", "closed"),
        ("Lena Park said open models give developers an edge.", "open"),
    ],
)
def test_restraints_that_hand_a_lead(analyzer, text: str, side: str) -> None:
    assert stances(analyzer, text)["Lena Park"] == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named critics (supporters) of a law: they speak, and the law holds the side they
        # argue against (for)
        (
            "Critics of the Harbor Act, including Kestrel and Halcyon, say it would chill open "
            "research.",
            {"Harbor Act": "closed", "Kestrel": "open", "Halcyon": "open"},
        ),
        (
            "Supporters of the Harbor Act, including Kestrel, say open models are risky.",
            {"Harbor Act": "closed", "Kestrel": "closed"},
        ),
    ],
)
def test_named_partisans_of_a_law(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
