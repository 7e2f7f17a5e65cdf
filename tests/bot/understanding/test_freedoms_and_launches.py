"""Kinds of sentence read wrong on round 27's first-read pages (self-written text for each
kind), with the near misses of each: what everyone is free to do with a model just named, the
models a release names, a model an earlier first was, and a maker named beside "its X model"."""

import pytest

from tests.conftest import analyze_text, stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what anyone may fetch or build on is the model named, or the one just named
        (
            "Osprey Labs released the Halcyon 3 model on Monday. Anyone can build on Halcyon 3.",
            {"Halcyon 3": "open", "Osprey Labs": "open"},
        ),
        (
            "Osprey Labs released the Halcyon 3 model on Monday. Anyone can download it.",
            {"Halcyon 3": "open", "Osprey Labs": "open"},
        ),
        (
            "Tern AI put out the Vega 2 model in May. Anyone can download and modify it freely.",
            {"Vega 2": "open"},
        ),
        # turned by its negation
        (
            "Osprey Labs released the Halcyon 3 model on Monday. Not everyone can download it.",
            {"Halcyon 3": "closed"},
        ),
        # near misses: an app downloaded frees no model; with two just named, "it" is unsettled
        (
            "Osprey Labs released the Halcyon 3 app on Monday. Anyone can download it.",
            {"Halcyon 3": "none"},
        ),
        (
            "Osprey Labs released the Halcyon 3 and Vega 2 models on Monday. Anyone can "
            "download it.",
            {"Halcyon 3": "none", "Vega 2": "none"},
        ),
    ],
)
def test_what_anyone_may_do_with_a_model(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


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
        # near miss: a release beside the verb, not of the described model's verb
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
        # near misses: no "first", or a time rather than a model after "since"
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
        # near miss: a model praised, not launched, is not the praiser's
        (
            "Osprey Labs praised the Halcyon 3 model last week. Halcyon 3 is open source.",
            {"Halcyon 3": "open", "Osprey Labs": "none"},
        ),
    ],
)
def test_the_maker_of_its_named_model(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause ending on a colon and a bare list of names: the list is its plural noun
        (
            "Two labs still keep their models closed: Nimbus Labs and Osprey Labs.",
            {"Nimbus Labs": "closed", "Osprey Labs": "closed"},
        ),
        (
            "Lena Park accused three labs of keeping their models closed: Nimbus AI, Kestrel "
            "Labs and Osprey Labs.",
            {"Nimbus AI": "closed", "Kestrel Labs": "closed", "Osprey Labs": "closed"},
        ),
    ],
)
def test_a_colon_list_names_the_clauses_plural_noun(
    analyzer, text: str, expected: dict[str, str]
) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


def test_a_colon_list_of_another_count_is_only_a_lean(analyzer) -> None:
    """'Two labs ...: A, B and C' names three: which two, the text does not say, so the
    names keep only the unsure lean of a name beside a side's words."""
    text = "Two labs keep their models closed: Nimbus Labs, Kestrel Labs and Osprey Labs."
    players = {p.name: p for p in analyze_text(analyzer, "Lists", text).players}
    assert {name: players[name].basis for name in ("Nimbus Labs", "Osprey Labs")} == {
        "Nimbus Labs": "named_beside",
        "Osprey Labs": "named_beside",
    }


def test_names_after_a_clauses_colon_are_players_but_a_headings_tail_is_not(analyzer) -> None:
    listed = analyze_text(analyzer, "Lists", "Two labs lead: Nimbus Labs and Osprey Labs.")
    assert {p.name for p in listed.players} >= {"Nimbus Labs", "Osprey Labs"}
    heading = (
        "Osprey Labs released a model.\nHalcyon's Big Week: A New Harbor Champion\nIt is open."
    )
    names = {p.name for p in analyze_text(analyzer, "Headings", heading).players}
    assert not any("Harbor" in name for name in names)


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
        # "closed rivals (competitors) like X": X is described as closed
        (
            "Osprey Labs now has an edge that closed competitors like Kestrel AI will struggle "
            "to match.",
            {"Kestrel AI": "closed", "Osprey Labs": "none"},
        ),
        (
            "Osprey Labs beat closed rivals like Kestrel AI and Tern AI.",
            {"Kestrel AI": "closed", "Tern AI": "closed", "Osprey Labs": "none"},
        ),
        # a relative clause whose subject is the cue's phrase gives its antecedent's owner
        # nothing; one whose subject is "which" still describes the name it follows
        ("Osprey Labs, which releases open models, grew fast.", {"Osprey Labs": "open"}),
        # near misses: rivals wished closed, and a verb "closed" before "rivals"
        ("Osprey Labs wants its rivals to become closed.", {"Osprey Labs": "none"}),
        ("Kestrel AI closed rivals' accounts at Osprey Labs.", {"Kestrel AI": "none"}),
    ],
)
def test_closed_rivals_named_as_examples(analyzer, text: str, expected: dict[str, str]) -> None:
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
        # a warning that the cue is in peril, or against weakening it, defends it
        ("Lena Park warned that open source is under attack.", {"Lena Park": "open"}),
        ("Omar Haddad said open models are now at risk.", {"Omar Haddad": "open"}),
        (
            "Lena Park cautioned the Harbor Agency against diluting what counts as open models.",
            {"Lena Park": "open", "Harbor Agency": "none"},
        ),
        (
            "Priya Nair said the Harbor Act would erode open source AI.",
            {"Priya Nair": "open", "Harbor Act": "closed"},
        ),
        # near misses: the cue's own harm, and a peril denied
        ("Lena Park said open models weaken security.", {"Lena Park": "closed"}),
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
        ("Tern AI released a model which anyone can download.", {"Tern AI": "open"}),
        ("Tern AI adopted an open-source approach.", {"Tern AI": "open"}),
    ],
)
def test_a_model_taken_up_is_described_not_the_taker(
    analyzer, text: str, expected: dict[str, str]
) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
