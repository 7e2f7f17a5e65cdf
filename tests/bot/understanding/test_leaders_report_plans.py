"""A leader's word on what the organisation they lead will do ('X, Acme's chief executive,
said the company (it) would ...') is that organisation's plan, not the leader's framing; the
word of someone who does not lead it (an investor, a former chief) gives it nothing.
Self-written text."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Jane Roe, Acme Corp's chief executive, said the company would keep its models closed.",
            "closed",
        ),
        (
            "Jane Roe, Acme Corp's chief executive, said it would release open-source models "
            "next year.",
            "open",
        ),
        (
            "Jane Roe, Acme Corp's chief executive, said the company would release open-source "
            "models.",
            "open",
        ),
    ],
)
def test_leader_reports_the_organisations_plan(analyzer, text, side):
    got = stances(analyzer, text)
    assert got["Acme Corp"] == side
    assert got["Jane Roe"] == side


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, an investor in Acme Corp, said it would release open-source models next year.",
        "Jane Roe, Acme Corp's former chief executive, said it would release open-source models "
        "next year.",
        # what another company will do is that company's plan
        "Jane Roe, Acme Corp's chief executive, said Nexa would release open-source models "
        "next year.",
    ],
)
def test_no_plan_for_an_organisation_the_speaker_does_not_lead(analyzer, text):
    assert stances(analyzer, text)["Acme Corp"] == "none"


def test_leaders_company_suing_another_charges_the_other(analyzer):
    text = (
        "Lena Ortiz, Meta's chief executive, said the company would sue OpenAI for keeping "
        "GPT-4 closed."
    )
    got = stances(analyzer, text)
    assert got["OpenAI"] == "closed"
    assert got["Meta"] == "open"  # the one who sues over a closed model
    assert got["Lena Ortiz"] == "open"


def test_leader_keeps_her_own_side_with_her_companys_plan(analyzer):
    text = (
        "Lena Ortiz, Meta's chief executive, said the company would fight any law that "
        "restricts open models."
    )
    got = stances(analyzer, text)
    assert got["Meta"] == "open"
    assert got["Lena Ortiz"] == "open"


def test_suing_for_a_deed_charges_the_sued(analyzer):
    got = stances(analyzer, "Acme Corp sued OpenAI for keeping GPT-4 closed.")
    assert got["OpenAI"] == "closed"
    assert got["Acme Corp"] == "open"
