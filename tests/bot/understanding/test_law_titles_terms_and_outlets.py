"""Names on self-written text: a bill's title that opens with a verb governing a country's
possessive, a known law's name with its last word in lower case, and words that are neither
players nor sources (company suffixes, file formats, chip parts, data providers)."""

import pytest

from bot.understanding.gazetteer import load_gazetteer
from tests.conftest import analyze_text, stances


def names(analyzer, text: str) -> set[str]:
    return {p.name for p in analyze_text(analyzer, "Names test", text).players}


def test_a_title_opening_with_a_verb_keeps_the_country_possessive_inside(analyzer):
    text = (
        "Senator Hale introduced the Shielding America's Compute Capabilities from Rivals Act, "
        "which would ban the export of open models."
    )
    got = stances(analyzer, text)
    assert got.get("Shielding America's Compute Capabilities from Rivals Act") == "closed"
    assert "United States" not in got  # the country is a word of the title, not a player


def test_a_known_owner_before_a_plain_title_stays_the_owner(analyzer):
    got = names(analyzer, "The Commerce Department's Readiness Plan was published on Monday.")
    assert got == {"Readiness Plan", "Department of Commerce"}


def test_a_long_law_name_with_a_lower_case_last_word_is_the_law(analyzer):
    got = stances(analyzer, "Lawyers say the EU AI act exempts most open-source models.")
    assert "EU AI Act" in got


def test_a_short_law_name_in_lower_case_may_be_any_law(analyzer):
    got = names(analyzer, "Ruritania passed an AI act last year, and Orbit Labs welcomed it.")
    assert "EU AI Act" not in got


def test_only_long_law_names_get_a_lower_case_form():
    gaz = load_gazetteer()
    laws = {"act", "bill", "order", "directive", "regulation"}
    lowered = [
        p["pattern"]
        for p in gaz.patterns(with_pos=False)
        if isinstance(p["pattern"], str) and p["pattern"].split()[-1] in laws
    ]
    assert "EU AI act" in lowered
    assert all(len(p.split()) >= 3 for p in lowered)


@pytest.mark.parametrize("term", ["LLC", "JSON", "SoC", "ICT", "SVP"])
def test_suffixes_formats_and_parts_in_capitals_are_no_players(analyzer, term):
    text = f"Orbit Labs said its {term} plans matter, and Jane Roe agreed with Orbit Labs."
    assert term not in names(analyzer, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Orbit Labs raised $40 million, according to PitchBook data.", "PitchBook"),
        ("According to Yicai, Orbit Labs will publish its weights.", "Yicai"),
        (
            "Orbit Labs told Android Authority that it will publish its weights.",
            "Android Authority",
        ),
        ("Orbit Labs told Gadgets 360 that its model will stay closed.", "Gadgets 360"),
    ],
)
def test_data_providers_and_outlets_cited_are_no_players(analyzer, text, source):
    got = names(analyzer, text)
    assert source not in got
    assert "Orbit Labs" in got


def test_a_legal_form_alone_is_no_player_but_a_name_with_one_stays(analyzer):
    got = names(analyzer, "The deal was signed by Acme Holdings, LLC and Snap Inc. on Monday.")
    assert got == {"Acme Holdings", "Snap Inc."}
