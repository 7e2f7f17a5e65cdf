"""Kinds of sentence read wrong on round 28's first-read pages (self-written text for each
kind), with near misses: openness as a civic value, a cue that only says where a reaction
happened, public-source intelligence and the names of units, a quoted "X, not Y" contrast,
names listed with "another" or "any other" model, "open-licensed", and a maker keeping
control of its models."""

import pytest

from tests.conftest import stances


def check(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "open" among civic virtues is one of them, quoted or not
        (
            'At the summit, Brazil signed a declaration backing the "fair," "open," and '
            '"inclusive" use of AI.',
            {"Brazil": "none"},
        ),
        (
            "Kenya signed a pledge for an open, inclusive and secure digital future.",
            {"Kenya": "none"},
        ),
        (
            "At the summit, Chile refused to sign a declaration backing open, fair and "
            "sustainable AI.",
            {"Chile": "none"},
        ),
        # near misses: open-source AI, or a model's virtues, still count (a review's probes)
        ("Brazil signed a declaration backing open-source AI.", {"Brazil": "open"}),
        ("Nimbus released an open, safe model called Halcyon 3.", {"Halcyon 3": "open"}),
        (
            "Nimbus wants Halcyon 3 to be open and secure, Omar Haddad said.",
            {"Halcyon 3": "open"},
        ),
        (
            "Omar Haddad argued that models should be open and secure by design.",
            {"Omar Haddad": "open"},
        ),
        (
            "Osprey Labs said its Vega 2 model is open, responsible and available to all.",
            {"Vega 2": "open"},
        ),
        (
            "Kenya signed a pledge for safe and open-weight AI models.",
            {"Kenya": "open"},
        ),
    ],
)
def test_open_among_civic_values(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a reaction happened says nothing of who caused it or who reports it
        (
            'Dana Reyes later replied, "It is Halcyon 3," setting off chatter in the '
            "open-source community.",
            {"Dana Reyes": "none", "Halcyon 3": "none"},
        ),
        (
            "Omar Haddad's chart stirred excitement across the open-source world, Lena Park said.",
            {"Omar Haddad": "none", "Lena Park": "none"},
        ),
        # near misses: the community's own act, a side taken in it, a charge from it
        (
            "Nimbus released the weights of Halcyon 3, drawing praise in the open-source "
            "community.",
            {"Nimbus": "open", "Halcyon 3": "open"},
        ),
        (
            "Lena Park has long been a champion within the open-source community.",
            {"Lena Park": "open"},
        ),
    ],
)
def test_a_reaction_placed_in_a_community(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # facts from public sources, and the capitalised name of a unit, are not open AI
        (
            "Lena Park, the director of the agency's Open Source Intelligence unit, said the "
            "tool will help analysts.",
            {"Lena Park": "none"},
        ),
        (
            "Omar Haddad, who runs the Open Source Program Office at Nimbus, said the tool "
            "will ship soon.",
            {"Omar Haddad": "none", "Nimbus": "none"},
        ),
        (
            "Dana Reyes said the agency relies on open-source intelligence to track arms "
            "shipments.",
            {"Dana Reyes": "none"},
        ),
        # near misses: a view on open-source AI, said by the unit's head or in lower case; a
        # firm's unit that releases models; an intelligence model (a review's probes)
        (
            "Nimbus set up an Open Weights Office to oversee the release of Halcyon 3.",
            {"Nimbus": "open"},
        ),
        (
            "The Harbor Agency released an open-source intelligence model called Vega 2 with "
            "public weights.",
            {"Harbor Agency": "open", "Vega 2": "open"},
        ),
        (
            "Omar Haddad, who runs the Open Source Program Office at Nimbus, said open-source "
            "models are safer.",
            {"Omar Haddad": "open"},
        ),
        (
            "Lena Park said Nimbus should release its model as open source.",
            {"Lena Park": "open"},
        ),
    ],
)
def test_public_sources_and_unit_names(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted "X, not Y": the "not" negates Y only, and a finer flavour of open denied
        # beside one granted leaves the model open
        (
            'Both Halcyon 3 and Vega 2 are "open-weight systems", not "open-source systems".',
            {"Halcyon 3": "open", "Vega 2": "open"},
        ),
        ('Halcyon 3 is "open source", not "proprietary".', {"Halcyon 3": "open"}),
        # near misses: a plain quoted denial, and the other side granted first
        ('Halcyon 3 is not "open source", Priya Nair said.', {"Halcyon 3": "closed"}),
        ('Vega 2 is "proprietary", not "open source".', {"Vega 2": "closed"}),
    ],
)
def test_a_quoted_contrast(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A, B or any other open-weight model": the names are of that kind
        (
            "Teams picked Halcyon 3, Vega 2 or any other open-weight model.",
            {"Halcyon 3": "open", "Vega 2": "open"},
        ),
        (
            "Developers can pick Halcyon 3, Vega 2 and other open-weight models from the hub.",
            {"Halcyon 3": "open", "Vega 2": "open"},
        ),
        # near misses: a list beside an open model, not of its kind, and both kinds after
        (
            "Users can choose Halcyon 3, Vega 2 or any other model, open or closed.",
            {"Halcyon 3": "none", "Vega 2": "none"},
        ),
        (
            "Teams picked Halcyon 3, Vega 2 or an open-weight model.",
            {"Halcyon 3": "none", "Vega 2": "none"},
        ),
    ],
)
def test_names_listed_with_another_of_a_kind(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm trained on the open-licensed Vega 2 base model.", {"Vega 2": "open"}),
        # near miss: a licence with no openness in it
        ("The firm trained on the licensed Vega 2 base model.", {"Vega 2": "none"}),
    ],
)
def test_open_licensed(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a maker keeping its models in its own hands keeps them closed
        (
            "Kestrel AI and Osprey Labs chose to maintain total control of their most "
            "powerful technology.",
            {"Kestrel AI": "closed", "Osprey Labs": "closed"},
        ),
        ("Osprey Labs keeps tight control over its best model weights.", {"Osprey Labs": "closed"}),
        # near misses: control of how others use a model, of a budget, users' and a
        # country's control of their own (a review's probes)
        (
            "Dana Reyes said customers who run Halcyon 3 on their own servers keep full "
            "control of their models and data.",
            {"Dana Reyes": "none"},
        ),
        (
            "Countries such as Kenya and Chile want to keep control of their technology, "
            "Priya Nair said.",
            {"Priya Nair": "none"},
        ),
        (
            "Osprey Labs keeps tight control over how customers use the model.",
            {"Osprey Labs": "none"},
        ),
        ("Kestrel AI keeps tight control of its budget.", {"Kestrel AI": "none"}),
    ],
)
def test_keeping_control_of_its_models(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund the parser hangs on the pair's noun only names what is looked at
        (
            "The Harbor Institute plays a central part in stress-testing open and closed AI "
            "models from any country.",
            {"Harbor Institute": "none"},
        ),
        # near miss: making both is both sides
        ("Nimbus builds both open-weight and proprietary systems.", {"Nimbus": "mixed"}),
    ],
)
def test_a_pair_under_a_gerund_of_testing(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "these companies" after clauses with their own subjects: the subjects, not the
        # backers listed after "from"
        (
            "Kestrel AI won a contract from Nimbus, while Osprey Labs took money from Tern AI "
            "and Vega Bank. These companies keep their models closed.",
            {
                "Kestrel AI": "closed",
                "Osprey Labs": "closed",
                "Nimbus": "none",
                "Tern AI": "none",
                "Vega Bank": "none",
            },
        ),
        # near misses: a list that is the subject, and a list with only one subject beside it
        (
            "Kestrel AI and Osprey Labs met regulators on Monday. These companies keep their "
            "models closed.",
            {"Kestrel AI": "closed", "Osprey Labs": "closed"},
        ),
        (
            "Kestrel AI praised Tern AI and Vega Bank. These companies keep their models closed.",
            {"Tern AI": "closed", "Vega Bank": "closed", "Kestrel AI": "none"},
        ),
        # a review's probes: a reported clause, and a list that is its own clause's source
        (
            "Nimbus said Kestrel AI had signed deals with Tern AI and Osprey Labs. These "
            "companies keep their models closed.",
            {"Tern AI": "closed", "Osprey Labs": "closed", "Nimbus": "none", "Kestrel AI": "none"},
        ),
        (
            "Nimbus makes chips and Kestrel AI makes phones, but the models come from Tern AI "
            "and Osprey Labs. These companies keep their models closed.",
            {"Tern AI": "closed", "Osprey Labs": "closed", "Nimbus": "none", "Kestrel AI": "none"},
        ),
    ],
)
def test_these_companies_after_two_clauses(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "proprietary control" says whose control it is: no restraint on the cue
        (
            "Kestrel AI leads the market with closed-source models, a plan built on "
            "maintaining proprietary control.",
            {"Kestrel AI": "closed"},
        ),
        # near misses: control laid on open models, opposed, or given up
        (
            "Nimbus gave up proprietary control of Halcyon 3 by publishing its weights.",
            {"Nimbus": "open"},
        ),
        ("The Harbor Act imposes tight control on open models.", {"Harbor Act": "closed"}),
        ("Nimbus opposes government control of open models.", {"Nimbus": "open"}),
    ],
)
def test_proprietary_control(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kestrel AI locked its frontier models in-house, letting partners use them only "
            "under tight terms.",
            {"Kestrel AI": "closed"},
        ),
        ("Osprey Labs has locked its best models away.", {"Osprey Labs": "closed"}),
        # near miss: locking other things
        ("Tern AI locked its offices in-house.", {"Tern AI": "none"}),
    ],
)
def test_models_locked_in_house(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the object of "outweigh" says counts for less than its subject
        (
            "Kestrel AI argues that the risks outweigh the benefits of openness.",
            {"Kestrel AI": "closed"},
        ),
        (
            "Lena Park says the dangers outweigh the advantages of open-weight models.",
            {"Lena Park": "closed"},
        ),
        ("Lena Park says the gains outweigh the risks of open models.", {"Lena Park": "open"}),
        # a review's probes: a cost is no judgement to turn, and the cue as who gains
        (
            "Omar Haddad says the savings outweigh the costs of switching to open models.",
            {"Omar Haddad": "open"},
        ),
        (
            "Dana Reyes argues the Harbor Act's burdens outweigh its benefits for open-source "
            "projects.",
            {"Dana Reyes": "open"},
        ),
        # near misses: the cue in the subject
        (
            "Kestrel AI says the benefits of open models outweigh the risks.",
            {"Kestrel AI": "open"},
        ),
        (
            "The risks of open models outweigh the gains, Lena Park says.",
            {"Lena Park": "closed"},
        ),
    ],
)
def test_what_is_outweighed(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # models a denied verb would have made open are the other side
        (
            "Closed-weight models: models not shared as open-source (proprietary systems "
            "like Halcyon 3, Vega 2, Kestrel 5)",
            {"Halcyon 3": "closed", "Vega 2": "closed", "Kestrel 5": "closed"},
        ),
        # near misses: granted, and "not only"
        (
            "Open models: models published as open-source (such as Halcyon 3 and Vega 2)",
            {"Halcyon 3": "open", "Vega 2": "open"},
        ),
        (
            "Halcyon 3 was not only released as open source but also documented.",
            {"Halcyon 3": "open"},
        ),
    ],
)
def test_not_published_as_open(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lab's own work given away for free is its models and research
        (
            "Nimbus and Tern AI, like several labs, now give their work away for free.",
            {"Nimbus": "open", "Tern AI": "open"},
        ),
        # near misses: not said to be free, a lead given away, and writers asked to give
        # theirs to AI firms (a review's probes)
        ("Nimbus gives its work away.", {"Nimbus": "none"}),
        ("Tern AI gave away its lead for free.", {"Tern AI": "none"}),
        (
            "Priya Nair, an author, says writers should not give their work away for free to "
            "Nimbus.",
            {"Priya Nair": "none"},
        ),
        (
            "Musicians say Osprey Labs expects them to give their work away for free.",
            {"Osprey Labs": "none"},
        ),
        ("Vega Bank gives its market research away for free to clients.", {"Vega Bank": "none"}),
    ],
)
def test_work_given_away_for_free(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted participle's noun parsed as a second subject: the named one speaks
        (
            "Quoting figures from the report, Hugging Face CEO claimed that labs should share "
            "their weights instead of keeping them closed-source.",
            {"Hugging Face": "open"},
        ),
        # near miss: a named speaker after a fronted phrase, as before
        ("Citing the report, Lena Park said open models are safer.", {"Lena Park": "open"}),
    ],
)
def test_fronted_participle_beside_the_speaker(
    analyzer, text: str, expected: dict[str, str]
) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" sentence after sentence about one person carries her name further back
        (
            "Dana Reyes runs Nimbus. She spoke on Monday about the firm. She said the market "
            "was changing. She added that growth was slow. She also attacked closed AI "
            "services and praised what open source AI offers.",
            {"Dana Reyes": "open"},
        ),
        # near miss: another person named in between takes the pronoun
        (
            "Dana Reyes runs Nimbus. Omar Haddad spoke on Monday about the firm. He said the "
            "market was changing. He added that growth was slow. He also attacked closed AI "
            "services and praised what open source AI offers.",
            {"Omar Haddad": "open", "Dana Reyes": "none"},
        ),
    ],
)
def test_a_run_of_pronouns(analyzer, text: str, expected: dict[str, str]) -> None:
    check(analyzer, text, expected)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # the languages a model speaks are no players, however the tagger types them
        (
            "The Harbor Agency released models that speak Swahili, Hausa, Amharic and Zulu.",
            {"Swahili", "Hausa", "Amharic", "Zulu"},
            {"Harbor Agency"},
        ),
        (
            "Nimbus added Tamil and Simplified Chinese to Halcyon 3.",
            {"Tamil", "Simplified Chinese"},
            {"Nimbus"},
        ),
    ],
)
def test_languages_are_no_players(analyzer, text: str, absent: set[str], present: set[str]) -> None:
    got = stances(analyzer, text)
    assert not absent & set(got)
    assert present <= set(got)
