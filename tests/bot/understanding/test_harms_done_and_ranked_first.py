"""A harm the cue does (its subject) against a harm done to it, and "no greater X than"
(self-written text): a warning verb reports the harm, it is no second worry."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # the cue does the harm: a worry about it, said or warned
        ("Maria Lopez said that open-source development will hurt startups.", "closed"),
        ("Maria Lopez warned that open-source development will hurt startups.", "closed"),
        ("Maria Lopez warned that open-weight models could harm national security.", "closed"),
        ("Maria Lopez argued that closed models stifle innovation.", "open"),
        # the harm denied
        ("Maria Lopez said that open-source models will not hurt startups.", "open"),
        # a restraint on the cue does the harm: a defence of the cue, warned or said
        (
            "Maria Lopez warned that the restrictions on open-source development will hurt "
            "startups.",
            "open",
        ),
        ("Maria Lopez warned that limits on open-source AI would stifle innovation.", "open"),
        ("Maria Lopez said restricting open models would hurt startups.", "open"),
    ],
)
def test_who_does_the_harm_decides_the_side(analyzer, text, side):
    assert stances(analyzer, text)["Maria Lopez"] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            '"There is no more urgent task for our members than the legal recognition of '
            'open-source AI," said Maria Lopez.',
            "open",
        ),
        (
            "There is no bigger threat to the open web than closed AI models, said Maria Lopez.",
            "open",
        ),
        # near misses: "no more ... than" said of the cue itself still denies
        ("Maria Lopez said open models are no more dangerous than closed ones.", "open"),
        ("Maria Lopez said there is no threat from open models.", "open"),
        ("Maria Lopez said there is no greater danger than open-weight models.", "closed"),
    ],
)
def test_no_greater_than_ranks_the_cue_first(analyzer, text, side):
    assert stances(analyzer, text)["Maria Lopez"] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Maria Lopez criticized the restrictions the bill sets on open-source development.",
            "open",
        ),
        (
            "Maria Lopez supports the restrictions the bill sets on open-source development.",
            "closed",
        ),
        ("Maria Lopez opposed the limits the bill places on open models.", "open"),
    ],
)
def test_a_restraint_named_by_a_relative_clause_counts_once(analyzer, text, side):
    assert stances(analyzer, text)["Maria Lopez"] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The AI Act will have a chilling effect on open-source research.", "closed"),
        (
            "The memo lists the grave consequences the AI Act would have on open-source labs.",
            "closed",
        ),
        # near miss: an impact not judged harmful
        ("The AI Act will have a positive effect on open-source research.", "open"),
    ],
)
def test_a_harmful_impact_on_the_cue_is_the_doers_side(analyzer, text, side):
    assert stances(analyzer, text)["EU AI Act"] == side


def test_who_warns_of_a_harmful_impact_defends_the_cue(analyzer):
    text = "Maria Lopez warned of the grave consequences the AI Act would have on open-source labs."
    assert stances(analyzer, text)["Maria Lopez"] == "open"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "The NTIA said the data is not strong enough to warrant limits on open-weight models.",
            "open",
        ),
        (
            "The NTIA said the data is strong enough to warrant limits on open-weight models.",
            "closed",
        ),
    ],
)
def test_a_warrant_denied_by_its_judgement(analyzer, text, side):
    got = stances(analyzer, text)
    assert got["National Telecommunications and Information Administration"] == side


def test_a_warrant_denied_in_quotes_on_the_copula(analyzer):
    text = (
        "The NTIA\u2019s memo says \u201cthe data is not sufficient\u201d to warrant limits on "
        "models with \u201cpublicly available weights.\u201d"
    )
    got = stances(analyzer, text)
    assert got["National Telecommunications and Information Administration"] == "open"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Open models harm nobody, Maria Lopez said.", "open"),
        ("Maria Lopez said open models will dent proprietary rivals' profits.", "open"),
        ("Maria Lopez said there is no greater friend of open models than Meta.", "open"),
        # near misses: a harm to others than rivals stays a worry; a plain "no" still denies
        ("Maria Lopez said open models will hurt small publishers.", "closed"),
        ("Maria Lopez said there is no support for open models in Congress.", "closed"),
    ],
)
def test_harms_denied_boasted_or_ranked(analyzer, text, side):
    assert stances(analyzer, text)["Maria Lopez"] == side


def test_a_harmful_impact_denied_is_no_defence_of_the_cue(analyzer):
    # (she defends the act against the charge: read as before this rule, closed)
    text = "Maria Lopez argued that the AI Act would not have a chilling effect on open labs."
    assert stances(analyzer, text)["Maria Lopez"] == "closed"


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        # a verb of beating that harms: rivalry only against rivals
        ("The AI Act would crush open-source developers.", "EU AI Act", "closed"),
        ("Maria Lopez warned that the bill would crush open-source AI.", "Maria Lopez", "open"),
        # a denial or doubt above a restraint's harm turns it
        (
            "Maria Lopez denied that restricting open models would hurt startups.",
            "Maria Lopez",
            "closed",
        ),
        (
            "Maria Lopez does not believe that limits on open models would hurt startups.",
            "Maria Lopez",
            "closed",
        ),
        # a harm to others than rivals stays a worry
        ("Maria Lopez said open models will hurt small businesses.", "Maria Lopez", "closed"),
        ("Maria Lopez said open models will hurt America's lead in AI.", "Maria Lopez", "closed"),
        ("Maria Lopez said open models will dent OpenAI's profits.", "Maria Lopez", "open"),
    ],
)
def test_harms_after_review(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        (
            "Open-source AI threatens the dominance of closed labs, said Clement Delangue.",
            "Clement Delangue",
            "open",
        ),
        (
            "Open models will undermine the safety of small firms, Maria Lopez said.",
            "Maria Lopez",
            "closed",
        ),
    ],
)
def test_a_threat_to_closed_labs_trade_is_a_boast(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side
