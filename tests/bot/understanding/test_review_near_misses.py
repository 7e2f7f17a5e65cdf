"""Near misses a reviewer found for this round's later rules, with invented sentences: each
rule narrowed so these read as they should, and the rule's own kind kept."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "instead of" sets the cue aside only for what is chosen, used or backed
        ("Kestrel sued Nimbus instead of open-source developers.", {"Nimbus": "none"}),
        (
            "The committee invited Dana Reyes rather than open-source advocates to testify.",
            {"Dana Reyes": "none"},
        ),
        (
            "Rather than closed models, regulators should target Halcyon, said Dana Reyes.",
            {"Halcyon": "none"},
        ),
        ("Investors funded Osprey Labs rather than closed labs.", {"Osprey Labs": "open"}),
        # open-washing: the accused is closed however the sentence charges it
        (
            "Dana Reyes accused Kestrel of open-washing its Vega model.",
            {"Dana Reyes": "open", "Kestrel": "closed", "Vega": "none"},
        ),
        (
            "Omar Haddad said Nimbus was engaged in open-washing.",
            {"Omar Haddad": "open", "Nimbus": "closed"},
        ),
        ("Tern AI was criticised for open-washing Vega.", {"Tern AI": "closed"}),
        (
            "The report accused Kestrel of open-washing, Lena Park said.",
            {"Kestrel": "closed", "Lena Park": "open"},
        ),
        # a "but" clause dismisses only the claim, and only when not negated
        (
            "Experts say open models are secure, but the startup's launch failed, Omar Haddad "
            "said.",
            {"Omar Haddad": "open"},
        ),
        (
            "Some argue that open models are dangerous, but that is not wrong, Lena Park said.",
            {"Lena Park": "closed"},
        ),
        # "like X" after the comma is an example only for a named model, not a comparison
        ("Kestrel opposes open models, like Osprey Labs.", {"Osprey Labs": "open"}),
        # keeping one's own code in-house is still keeping it
        ("Halcyon keeps its own code in-house, Dana Reyes said.", {"Dana Reyes": "closed"}),
        # "alongside" in a present relative clause is no one's past
        (
            "Kestrel, which leads the push for open models alongside Halcyon, published its "
            "weights.",
            {"Halcyon": "open"},
        ),
        # the receiver of a gift read as the gift's first word
        (
            "Omar Haddad said open models give hackers tools to attack without restriction.",
            {"Omar Haddad": "closed"},
        ),
        ("Omar Haddad said open models give developers tools to build.", {"Omar Haddad": "open"}),
    ],
)
def test_review_near_misses(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in the speaker's past (the parser may hang "founded" as a participle)
        (
            "Omar Haddad, who co-founded Nimbus alongside Lena Park and others in 2015, alleges "
            "that the firm broke faith by moving away from its open-source commitments.",
            {"Lena Park": "none"},
        ),
        # a state expected in an understanding or an expectation is nobody's practice
        (
            "Omar Haddad donated with the understanding that Nimbus would remain open source.",
            {"Nimbus": "none", "Omar Haddad": "none"},
        ),
        (
            "Omar Haddad gave money on the expectation that Nimbus would stay open.",
            {"Nimbus": "none"},
        ),
        # near miss: a pledge is its maker's commitment
        ("Nimbus made a pledge that its models would stay open.", {"Nimbus": "open"}),
    ],
)
def test_past_lives_and_expected_states(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


def test_one_question_answered_under_the_interviewees_name(analyzer) -> None:
    text = (
        "In this Q&A, Lena Park, head of research at Kestrel, discusses the lab's plans.\n"
        "What sets your model apart?\n"
        "Lena Park: Many people see us as just another model maker.\n"
        "Our goal is genuine open source. Our training data is public too."
    )
    assert stances(analyzer, text)["Lena Park"] == "open"
    # near miss: one question heading with an unlabelled answer is the writer's own
    unlabelled = text.replace("Lena Park: Many", "Many")
    assert stances(analyzer, unlabelled)["Lena Park"] == "none"


def test_an_expectation_without_a_that_clause_hides_nothing(analyzer) -> None:
    # the parser hangs "topping ..." on "expectations": no content of an expectation, so the
    # examples are described (the owner too, not only a weak lean on the model)
    got = stances(
        analyzer, "Tern 3 beat expectations, topping open-source models like Kestrel's Vega 2."
    )
    assert (got["Kestrel"], got["Vega 2"]) == ("open", "open")
