"""Players who act together share the act's side (self-written sentences)."""

from tests.conftest import stances


def test_the_partners_a_holder_joins_in_an_act_hold_its_side(analyzer):
    got = stances(
        analyzer,
        "Larkspur has joined Ridgeway Labs and the Quillon Foundation in a letter urging "
        "lawmakers to protect open-source models.",
    )
    assert got["Larkspur"] == got["Ridgeway Labs"] == got["Quillon Foundation"] == "open"


def test_teaming_up_with_a_partner_shares_the_practice(analyzer):
    got = stances(analyzer, "Orbital Systems teamed up with Vantage to release open-weight models.")
    assert got["Vantage"] == "open"


def test_an_employer_joined_years_ago_is_no_partner(analyzer):
    got = stances(
        analyzer,
        "Dana Okafor, who joined Meridian in 2019, says open-source models are safer.",
    )
    assert got["Dana Okafor"] == "open" and got.get("Meridian", "none") == "none"
