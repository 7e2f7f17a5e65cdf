"""An "it" that stands for a bill ('X attacked the bill, warning that it would ...', 'The bill
... . Supporters say it will ...'): the side that sentence gives is the bill's, and its
sponsor's; not when a company is the "it" ('Acme said it would ...'). And a possessive inside
a law's own title ('the Shielding America's Compute from Rivals Act') names no author.
Self-written text."""

import pytest

from tests.conftest import stances

FILED = "Senator Jane Roe introduced the Safe Models Act on Monday. "


@pytest.mark.parametrize(
    ("text", "side", "critic", "critic_side"),
    [
        (
            FILED + "Professor Sam Lee attacked the bill, warning that it would gut "
            "open-source development.",
            "closed",
            "Sam Lee",
            "open",
        ),
        (
            FILED + "The bill sets new reporting duties for labs. Supporters say it will "
            "protect open-source developers.",
            "open",
            None,
            None,
        ),
        (
            FILED + "The bill passed on Monday. Sam Lee said it would hurt open-source developers.",
            "closed",
            "Sam Lee",
            "open",
        ),
    ],
)
def test_it_standing_for_the_bill(analyzer, text, side, critic, critic_side):
    got = stances(analyzer, text)
    assert got["Safe Models Act"] == side
    assert got["Jane Roe"] == side  # the sponsor holds the bill's side
    if critic is not None:
        assert got[critic] == critic_side


@pytest.mark.parametrize(
    "text",
    [
        # a company is the subject above the "it": the "it" is the company
        FILED + "The bill passed on Monday. Mistral said it would release its model as "
        "open source.",
        # a maker's act: bills release nothing
        FILED + "Acme Labs criticized the bill, saying it would release its own model as "
        "open source.",
    ],
)
def test_it_that_is_no_bill(analyzer, text):
    got = stances(analyzer, text)
    assert got["Safe Models Act"] == "none"
    assert got["Jane Roe"] == "none"


ACT = (
    "Senator Jane Roe unveiled legislation on Tuesday to curb chip sales abroad. Named the "
    "Shielding America's Compute from Rivals Act, it would guard US know-how, her office "
    "said. Critics warned that the bill could smother open-source research."
)


def test_possessive_inside_a_law_title_is_no_author(analyzer):
    got = stances(analyzer, ACT)
    # the country is a word of the title, named whole; "US know-how" only sets the scene
    assert got == {"Jane Roe": "closed", "Shielding America's Compute from Rivals Act": "closed"}


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "The bill follows Governor Sam Lee's Open Compute Plan, which backs open-source "
            "models.",
            "Sam Lee",
        ),
        ("The EU's AI Act backs open-source models, officials said.", "European Union"),
    ],
)
def test_possessive_before_a_title_is_its_author(analyzer, text, author):
    assert stances(analyzer, text)[author] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Governor Sam Lee vetoed the Safe Models Act, a bill that would have dealt "
        "open-source AI a major blow.",
        "Governor Sam Lee vetoed the Safe Models Act. Critics said the bill would have dealt "
        "open-source AI a serious blow.",
    ],
)
def test_a_blow_dealt_to_the_cue_is_the_bills_harm(analyzer, text):
    got = stances(analyzer, text)
    assert got["Safe Models Act"] == "closed"
    assert got["Sam Lee"] == "open"  # vetoed it


def test_a_blow_dealt_by_the_cue_is_no_harm_to_it(analyzer):
    text = "Mistral said that open-source AI has dealt proprietary labs a heavy blow."
    assert stances(analyzer, text)["Mistral AI"] == "open"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Andrew Price, a vocal critic of the Safe Models Act, spoke on Monday. Critics say "
            "the bill would shut down open-source AI.",
            "open",
        ),
        (
            "Andrew Price is a longtime backer of the Safe Models Act. The bill would restrict "
            "open-source models.",
            "closed",
        ),
    ],
)
def test_named_partisan_of_a_law(analyzer, text, side):
    got = stances(analyzer, text)
    assert got["Andrew Price"] == side


def test_partisan_of_a_side_is_no_partisan_of_the_law(analyzer):
    got = stances(
        analyzer, "Andrew Price, a critic of open-source AI, praised the Safe Models Act."
    )
    assert got["Andrew Price"] == "closed"  # his own side, not the law's
    assert got["Safe Models Act"] == "none"


VOSS = "Senator Mara Voss introduced the Compute Security Act. "


@pytest.mark.parametrize(
    "text",
    [
        # no modal: an expletive or a weather "it" acts as no bill
        VOSS + "The bill passed on Friday. Lena Ortiz said it was time for open-source "
        "models to be shared.",
        VOSS + "The bill passed on Friday. It rained all day, and open-source developers "
        "stayed home.",
        # a company named before the "it" may be the "it"
        VOSS + "The bill cleared committee. Nexa's chief executive said it would move its "
        "open-source team abroad.",
        VOSS + "The bill exempts small labs. Critics of Nexa say it will keep its models closed.",
        # a maker's act, or a maker's things
        VOSS + "Lena Ortiz discussed the bill, saying it would keep its model weights private.",
    ],
)
def test_it_that_acts_as_no_bill(analyzer, text):
    got = stances(analyzer, text)
    assert got["Compute Security Act"] == "none"
    assert got["Mara Voss"] == "none"


def test_bill_passing_a_legislature_is_still_the_it(analyzer):
    text = (
        VOSS + "The bill passed the Senate on Monday. It would also ban the release of open "
        "model weights."
    )
    got = stances(analyzer, text)
    assert got["Compute Security Act"] == "closed"
    assert got["Mara Voss"] == "closed"
    assert got["Senate"] == "none"


def test_person_described_by_an_organisation_leaves_the_it_to_the_bill(analyzer):
    text = (
        VOSS + "Lena Ortiz, a researcher at Acme University, criticized the bill, warning "
        "that it could ruin open-source research."
    )
    got = stances(analyzer, text)
    assert got["Compute Security Act"] == "closed"
    assert got["Lena Ortiz"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Critics say Representative Tom Hale's Compute Security Act would chill open-source "
        "research.",
        "Critics say California Democrat Tom Hale's Compute Security Act would chill "
        "open-source research.",
    ],
)
def test_person_before_a_law_title_is_its_author(analyzer, text):
    assert stances(analyzer, text)["Tom Hale"] == "closed"


def test_a_blow_to_the_cues_rivals_is_no_harm_to_the_cue(analyzer):
    text = "The Safe Models Act dealt a blow to open-source AI's rivals, Paul Grant said."
    assert stances(analyzer, text)["Safe Models Act"] == "open"


BANS = " The bill would ban open model weights."


@pytest.mark.parametrize(
    "text",
    [
        "Andrew Price, a former critic of the Safe Models Act, spoke on Monday." + BANS,
        "Andrew Price is not a supporter of the Safe Models Act." + BANS,
        "Andrew Price is no longer a backer of the Safe Models Act." + BANS,
        "Andrew Price is hardly a critic of the Safe Models Act." + BANS,
    ],
)
def test_partisan_denied_or_of_the_past_is_no_partisan(analyzer, text):
    assert stances(analyzer, text)["Andrew Price"] == "none"


def test_it_after_a_named_law_acted_on_is_that_law(analyzer):
    text = (
        "The coalition, which includes Acme Ventures, sent a memo opposing the Safe Models "
        "Act, arguing it would restrict open-source development."
    )
    got = stances(analyzer, text)
    assert got["Safe Models Act"] == "closed"
    assert got["Acme Ventures"] == "none"  # the memo's "it" is the Act, not a member


def test_it_after_a_named_law_is_the_maker_when_it_releases(analyzer):
    text = (
        "Mistral opposed the Safe Models Act, saying it would release its next model as open "
        "source anyway."
    )
    got = stances(analyzer, text)
    assert got["Safe Models Act"] == "none"
    assert got["Mistral AI"] == "open"
