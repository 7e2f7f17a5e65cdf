"""Policy sentences whose side turns on a word or two (self-written text): a restraint whose
imposing is urged not to happen, a lack of grounds, a thing branded a ban, a harm that drives
work away, liability laid by "treat" or "make", a check demanded before release, a statement
that argues; and who releases or backs: the agent of joined passives, a group's founders,
weights available for a model, access limited to paying customers."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Orbit Labs signed a letter urging the agency not to impose licensing requirements "
            "on open-weight models.",
            "open",
        ),
        (
            "Orbit Labs signed a letter urging the agency to impose licensing requirements on "
            "open-weight models.",
            "closed",
        ),
    ],
)
def test_a_restraint_urged_not_to_be_imposed(analyzer, text, side):
    assert stances(analyzer, text)["Orbit Labs"] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "The Federal Model Board concluded that there was not enough evidence to justify "
            "restricting open-weight models.",
            "open",
        ),
        (
            "The Federal Model Board concluded that there was insufficient evidence to justify "
            "restricting open-weight models.",
            "open",
        ),
        (
            "The Federal Model Board concluded that there was enough evidence to justify "
            "restricting open-weight models.",
            "closed",
        ),
    ],
)
def test_grounds_said_to_be_lacking_deny_what_they_would_justify(analyzer, text, side):
    assert stances(analyzer, text)["Federal Model Board"] == side


def test_a_measure_branded_a_ban_is_charged_not_backed(analyzer):
    text = "Senator Jane Roe opposed the rule, calling it a ban on open models in all but name."
    assert stances(analyzer, text)["Jane Roe"] == "open"


def test_calling_for_a_ban_is_backing_it(analyzer):
    text = "Senator Jane Roe is calling for a ban on open models."
    assert stances(analyzer, text)["Jane Roe"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe argued that a federal licence for open models would push research offshore.",
        "Jane Roe said the measure's licence for open models would drive startups abroad.",
    ],
)
def test_a_restraint_that_drives_work_away_is_a_harm(analyzer, text):
    assert stances(analyzer, text)["Jane Roe"] == "open"


def test_pushing_without_driving_away_is_no_harm(analyzer):
    text = "Jane Roe argued that a federal licence for open models would push safety forward."
    assert stances(analyzer, text)["Jane Roe"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Orbit Labs said it would fight any rule that treats open-source developers as liable "
        "for misuse.",
        "Orbit Labs warned that the wording could make maintainers of open-source models legally "
        "responsible for harms.",
    ],
)
def test_liability_laid_by_treat_or_make_is_a_restraint(analyzer, text):
    assert stances(analyzer, text)["Orbit Labs"] == "open"


def test_a_check_demanded_before_release_holds_it_back(analyzer):
    text = "Jane Roe urged regulators to require a security audit before weights are published."
    assert stances(analyzer, text)["Jane Roe"] == "closed"


def test_a_statement_arguing_a_restraint_harms_speaks_for_its_signers(analyzer):
    text = (
        "Jane Roe signed a statement arguing that restricting open models would cripple "
        "academic research."
    )
    assert stances(analyzer, text)["Jane Roe"] == "open"


def test_the_agent_of_joined_passives_did_both(analyzer):
    text = "The open model was trained and released by Plover Labs, a startup in Ohio."
    assert stances(analyzer, text)["Plover Labs"] == "open"


def test_the_agent_of_a_passive_joined_to_one_with_its_own_subject_did_only_that(analyzer):
    text = "The open model was trained in Ohio, and the report was released by Plover Labs."
    assert stances(analyzer, text)["Plover Labs"] == "none"


def test_who_set_up_a_group_for_a_side_shares_it(analyzer):
    text = (
        "The Builders Circle, a network funded by Orbit Labs to champion open-source AI, "
        "met in Berlin."
    )
    got = stances(analyzer, text)
    assert got["Builders Circle"] == "open"
    assert got["Orbit Labs"] == "open"


def test_weights_made_available_for_a_model_are_its_weights(analyzer):
    text = "Nordlys AI is not making any weights public for Tern Large, its newest model."
    got = stances(analyzer, text)
    assert got["Nordlys AI"] == "closed"
    assert got["Tern Large"] == "closed"


def test_access_limited_to_paying_customers_is_closed(analyzer):
    text = "Access to Kestrel-4 is limited to paying enterprise customers, Brightline said."
    assert stances(analyzer, text)["Brightline"] == "closed"


def test_developers_downloading_a_model_for_free_is_open(analyzer):
    assert stances(analyzer, "Developers can download Kestrel-4 for free.")["Kestrel-4"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "The Data Shield Act would also ban posting model weights on public sites without "
        "prior approval.",
        "The Data Shield Act includes a provision meant to discourage publishing weights at all.",
    ],
)
def test_a_gerund_read_as_a_noun_still_names_the_release(analyzer, text):
    assert stances(analyzer, text)["Data Shield Act"] == "closed"


def test_barring_a_licence_requirement_lifts_it(analyzer):
    text = "The Open Builders Act would bar federal agencies from requiring licences to publish weights."
    assert stances(analyzer, text)["Open Builders Act"] == "open"


def test_requiring_licences_to_publish_weights_restrains_them(analyzer):
    text = "The Data Shield Act would require licences to publish model weights."
    assert stances(analyzer, text)["Data Shield Act"] == "closed"
