"""Kinds of sentence read wrong on this round's first-read pages (self-written text for each
kind): names set off by dashes, causes ("due to", "because of"), weighing a harm, ranges of
people, and model codes listed after a model word; with the near misses of each."""

import pytest

from tests.conftest import analyze_text, stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun past the dash that closes an aside is no apposition of the name inside it;
        # "such as" after that noun names its examples however the parser hangs it
        (
            "While Nimbus and Kestrel still lead with their closed-source systems—Nimbus-5 and "
            "Kestrel Pro—plenty of open-weight models from Asia, such as Osprey Labs’ Tern and "
            "Halcyon’s Qwill, are being used widely.",
            {
                "Nimbus": "closed",
                "Kestrel": "closed",
                "Nimbus-5": "closed",
                "Kestrel Pro": "closed",
                "Halcyon’s Qwill": "open",
            },
        ),
        # near miss: a dash that opens the aside still sets off an apposition
        ("Nimbus—an open-weight model—was released on Monday.", {"Nimbus": "open"}),
        # a list of names between dashes inside the noun's phrase are its examples
        (
            "The closed models that rule the market — Nimbus and Tern — guard their weights.",
            {"Nimbus": "closed", "Tern": "closed"},
        ),
        # near misses: an aside without names describes no one; names after another noun of
        # the phrase are what it names, not examples of the models
        ("Open models — once rare — are now common, Dana Reyes said.", {"Dana Reyes": "open"}),
        (
            "The closed models used by the two banks—Kestrel Bank and Halcyon Bank—were hacked.",
            {"Kestrel Bank": "none", "Halcyon Bank": "none"},
        ),
    ],
)
def test_dashes_set_off_names(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a restraint as the cause of a harm defends the cue; the harm's subject, whose
        # restraint it is, holds the other side
        (
            "Lena Park said that due to its limits on open models, the Harbor Act will hurt "
            "startups.",
            {"Lena Park": "open", "Harbor Act": "closed"},
        ),
        (
            "Lena Park warned that because of its restrictions on open-source development, the "
            "Harbor Act will harm innovation.",
            {"Lena Park": "open", "Harbor Act": "closed"},
        ),
        # near misses: the cue itself as the cause of a harm is feared, and the subject it
        # happens to takes no side; a cause of a good is no fear
        (
            "Lena Park said that because of open models, the Harbor Act will hurt startups.",
            {"Lena Park": "closed", "Harbor Act": "none"},
        ),
        (
            "Lena Park said that thanks to its support for open models, the Harbor Act will "
            "help startups.",
            {"Lena Park": "open", "Harbor Act": "open"},
        ),
        ("Because of its open models, Kestrel gained many users.", {"Kestrel": "open"}),
        # a lack, scarcity or refusal of the cue as the cause of a harm defends the cue
        (
            "Universities will be hurt due to the scarcity of open models, Dana Reyes said.",
            {"Dana Reyes": "open"},
        ),
        (
            "Startups will be hurt due to Kestrel's refusal to release open models, Priya Nair "
            "said.",
            {"Priya Nair": "open"},
        ),
        # a good done "thanks to" the cue is no harm of it
        (
            "Lena Park said that thanks to open models, small startups will hurt Kestrel's "
            "margins.",
            {"Lena Park": "open"},
        ),
    ],
)
def test_causes_of_harms(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # one who weighs the harms someone else fears is still deciding
        (
            "We hope that as Governor Dana Reyes weighs the merits of the bill she weighs the "
            "grave damage the measure might cause to open-source developers.",
            "none",
        ),
        ("Dana Reyes is weighing the benefits of open models for schools.", "none"),
        # (the harms' own clause hung on the verb: "considers [the damage] [it may do]")
        (
            "We hope that as Governor Dana Reyes considers the bill she considers the lasting "
            "damage it may do to open-source labs.",
            "none",
        ),
        # near miss: one who warns of the harms holds the side they defend
        (
            "Dana Reyes warned of the grave damage the measure might cause to open-source developers.",
            "open",
        ),
    ],
)
def test_weighing_a_harm_takes_no_side(analyzer, text: str, side: str) -> None:
    assert stances(analyzer, text)["Dana Reyes"] == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the players at either end of a range of people hold what the group holds
        (
            "Groups and people ranging from Kestrel founders to the researcher Omar Haddad have "
            "voiced concerns about the bill's impact on the open-source ecosystem.",
            {"Omar Haddad": "open"},
        ),
        (
            "Firms ranging from Nimbus to Kestrel praised open-weight models.",
            {"Nimbus": "open", "Kestrel": "open"},
        ),
        # near misses: the ends are others of a player (its critics), or no group of people
        (
            "Groups ranging from Kestrel's fiercest critics to Halcyon's former employees have "
            "urged Congress to protect open models.",
            {"Kestrel": "none", "Halcyon": "none"},
        ),
        (
            "Lawsuits ranging from Kestrel's claim against Nimbus to Halcyon's suit against Tern "
            "AI threaten open-source AI.",
            {"Kestrel": "none", "Halcyon": "none"},
        ),
    ],
)
def test_ranges_of_people(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


def test_model_codes_listed_after_a_model_word_are_models(analyzer) -> None:
    got = stances(analyzer, "Kestrel released two open-source models, V3 and R1.")
    assert (got.get("V3"), got.get("R1")) == ("open", "open")
    # a name with its version glued on, right after a model word
    got = stances(analyzer, "The chatbot was trained on Osprey Labs' open-source model Tern3.")
    assert got.get("Tern3") == "open"
    # near miss: a glued name after no model word is no model
    text = "The team met at Hangar3 on Monday to discuss open models."
    assert "Hangar3" not in {p.name for p in analyze_text(analyzer, "Probe", text).players}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a harm dealt out to the cue ("cause damage to", "inflict harms on") is feared for it
        ("Dana Reyes warned of the damage the rules might cause to open-source labs.", "open"),
        ("Dana Reyes fears the harms the rules could inflict on open-weight developers.", "open"),
        ("Dana Reyes said the rules would cause lasting harm to open-source labs.", "open"),
        # near misses: a harm the cue deals out to others is feared of it; a slight harm to
        # the cue is no worry for it
        ("Dana Reyes said open models could cause harm to children.", "closed"),
        ("Dana Reyes said the rules would cause little harm to open-source labs.", "closed"),
    ],
)
def test_harms_dealt_to_the_cue(analyzer, text: str, side: str) -> None:
    assert stances(analyzer, text)["Dana Reyes"] == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document whose own words restrain is the restraint's side, and so its backer
        (
            "The Reyes-Park administration released a rule that will restrict access to AI "
            "model weights.",
            {"Reyes-Park administration": "closed"},
        ),
        # near misses: a paired administration that speaks for open models; a bill that
        # bans them
        (
            "The Reyes-Park administration says open models help small firms.",
            {"Reyes-Park administration": "open"},
        ),
        (
            "Dana Reyes introduced a bill that would ban open-weight models.",
            {"Dana Reyes": "closed"},
        ),
    ],
)
def test_documents_that_restrain(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
