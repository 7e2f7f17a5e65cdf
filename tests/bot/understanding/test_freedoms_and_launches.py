"""Kinds of sentence read wrong on round 27's first-read pages (self-written text for each
kind), with the near misses of each (several from a review's probes): the models a release
names, a model an earlier first was, a maker named beside "its X model", lists the parser
breaks, perils to the cue, and models taken up by others."""

import pytest

from tests.conftest import analyze_text, stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its first open model ... with the release of X and Y": X and Y are that model
        (
            "Osprey Labs unveiled its first open-weight model in years this spring with the "
            "release of Halcyon 3 and Vega 2.",
            {"Osprey Labs": "open", "Halcyon 3": "open", "Vega 2": "open"},
        ),
        (
            "Tern AI shipped a proprietary model last week with the launch of Kestrel 5.",
            {"Tern AI": "closed", "Kestrel 5": "closed"},
        ),
        # near misses: a verb that sets the release against the model, a model the sentence
        # calls closed, and a release beside the verb
        (
            "Osprey Labs matched Tern AI's open model with the release of Halcyon 4.",
            {"Halcyon 4": "none", "Tern AI": "open"},
        ),
        (
            "Osprey Labs unveiled an open model with the release of Vega 2, alongside the "
            "proprietary Halcyon 4.",
            {"Vega 2": "open"},
        ),
        (
            "Tern AI shipped a proprietary model last week, after the launch of Kestrel 5 by "
            "Osprey Labs.",
            {"Kestrel 5": "none"},
        ),
    ],
)
def test_models_a_release_names(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its first open model since X": X was an open model too
        (
            "This spring Osprey Labs put out its first open models since Halcyon 2.",
            {"Osprey Labs": "open", "Halcyon 2": "open"},
        ),
        (
            "The launch marks the first open model release from Osprey Labs since Halcyon 2.",
            {"Halcyon 2": "open"},
        ),
        (
            "Osprey Labs has released its first closed model since Halcyon 2.",
            {"Halcyon 2": "closed"},
        ),
        # near misses: no "first", a time rather than a model after "since", a model the
        # sentence calls closed, and a company
        ("Tern AI released its first open model since the closed Vega 2.", {"Vega 2": "none"}),
        ("Vega 3 is Tern AI's first open model since Kestrel AI.", {"Kestrel AI": "none"}),
        (
            "Kestrel AI released its first open model since Nimbus's Vega 2.",
            {"Vega 2": "none", "Nimbus": "none"},
        ),
        (
            "Osprey Labs has released several open-weight models since Halcyon 2.",
            {"Halcyon 2": "none"},
        ),
        (
            "Osprey Labs released its first open model since the launch of Halcyon 2 by Tern AI.",
            {"Halcyon 2": "none"},
        ),
    ],
)
def test_a_first_since_an_earlier_one(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "launched its X model": the maker of X, who takes the side of what X is
        (
            "Osprey Labs launched its Halcyon 3 model last week. Halcyon 3 is open source.",
            {"Halcyon 3": "open", "Osprey Labs": "open"},
        ),
        # near misses: a model praised, not launched, is not the praiser's; a programme named
        # after it is no model of the launcher's
        (
            "Kestrel AI launched its Halcyon 3 reseller programme. Halcyon 3 is a closed model.",
            {"Halcyon 3": "closed", "Kestrel AI": "none"},
        ),
        (
            "Osprey Labs praised the Halcyon 3 model last week. Halcyon 3 is open source.",
            {"Halcyon 3": "open", "Osprey Labs": "none"},
        ),
    ],
)
def test_the_maker_of_its_named_model(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


def test_names_after_a_clauses_colon_are_players_but_a_headings_tail_is_not(analyzer) -> None:
    listed = analyze_text(analyzer, "Lists", "Two labs lead: Nimbus Labs and Osprey Labs.")
    assert {p.name for p in listed.players} >= {"Nimbus Labs", "Osprey Labs"}
    heading = (
        "Osprey Labs released a model.\nHalcyon's Big Week: A New Harbor Champion\nIt is open."
    )
    names = {p.name for p in analyze_text(analyzer, "Headings", heading).players}
    assert not any("Harbor" in name for name in names)
    link = "Osprey Labs released a model.\nRead more: Nimbus Keeps Halcyon 3 Closed\nIt is open."
    names = {p.name for p in analyze_text(analyzer, "Links", link).players}
    assert not any("Keeps" in name for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A, B, and C released X" with B read as A's apposition: B is one of the makers
        (
            "Today, Harbor University, Osprey Labs, and the Kestrel Computing Centre released "
            "Halcyon, a multilingual model. Halcyon is fully open source.",
            {
                "Harbor University": "open",
                "Osprey Labs": "open",
                "Kestrel Computing Centre": "open",
            },
        ),
        # near miss: a description set off by commas is no list item
        (
            "Osprey Labs, the maker of Halcyon, and Tern AI released open models.",
            {"Osprey Labs": "open", "Tern AI": "open", "Halcyon": "none"},
        ),
    ],
)
def test_a_lists_second_name_read_as_an_apposition(
    analyzer, text: str, expected: dict[str, str]
) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description the parser made the copula's second complement describes the name
        (
            "The highlight was the launch of Halcyon Large 3, the firm's new open model.",
            {"Halcyon Large 3": "open"},
        ),
        # near miss: a number that is no name's
        ("The deal was worth 3, a large sum for open models.", {}),
    ],
)
def test_a_description_read_as_a_second_complement(
    analyzer, text: str, expected: dict[str, str]
) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
    assert set(got) >= set(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning that the cue is in peril, or against diluting it, defends it
        ("Lena Park warned that open source is under attack.", {"Lena Park": "open"}),
        ("Omar Haddad said open models are now at risk.", {"Omar Haddad": "open"}),
        (
            "Lena Park cautioned the Harbor Agency against diluting what counts as open models.",
            {"Lena Park": "open", "Harbor Agency": "none"},
        ),
        (
            "Priya Nair said the Harbor Act would dilute open source AI.",
            {"Priya Nair": "open", "Harbor Act": "closed"},
        ),
        # near misses: the cue's own harm, a danger the cue poses ("at risk of being
        # misused"), a critics' charge ("under fire"), and a forecast with no object
        (
            "Lena Park warned that open-source AI is under fire for good reason.",
            {"Lena Park": "closed"},
        ),
        (
            "Omar Haddad warned that open-source models are at risk of being hijacked.",
            {"Omar Haddad": "closed"},
        ),
        (
            "Omar Haddad said open-source AI will weaken if funding dries up.",
            {"Omar Haddad": "open"},
        ),
        ("Lena Park said open models undermine security.", {"Lena Park": "closed"}),
        ("Omar Haddad warned that open models are a threat.", {"Omar Haddad": "closed"}),
    ],
)
def test_a_peril_to_the_cue_is_defended(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking up a model a relative clause describes says nothing of the taker's side
        (
            "Nimbus incorporated the model, which came out under the MIT license, into its app.",
            {"Nimbus": "none"},
        ),
        (
            "Kestrel AI integrated the model, which is published under an open licence, into "
            "its search tool.",
            {"Kestrel AI": "none"},
        ),
        ("Tern AI adopted a model which anyone can download.", {"Tern AI": "none"}),
        # near misses: the maker's own release, and a way of working adopted
        (
            "Kestrel AI adopted the approach, which favours open source, across its business.",
            {"Kestrel AI": "open"},
        ),
        ("Tern AI released a model which anyone can download.", {"Tern AI": "open"}),
        ("Tern AI adopted an open-source approach.", {"Tern AI": "open"}),
    ],
)
def test_a_model_taken_up_is_described_not_the_taker(
    analyzer, text: str, expected: dict[str, str]
) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
