"""Models named by what they are to others, names set in brackets or dashes, and a model's
name written without its maker's: each on self-written sentences (never an article's
wording)."""

import pytest

from tests.conftest import analyze_text, stances


def test_closed_peers_named_in_brackets_are_closed(analyzer):
    got = stances(analyzer, "Its API-only flagships must beat closed peers (Claude, GPT).")
    assert got["Claude"] == got["GPT"] == "closed"


def test_an_organisations_open_peers_are_not_the_organisation(analyzer):
    assert stances(analyzer, "Meta's open peers are catching up.")["Meta"] == "none"


def test_an_organisations_open_alternative_is_its_own(analyzer):
    assert stances(analyzer, "Meta's open alternative to ChatGPT is popular.")["Meta"] == "open"


def test_a_family_of_open_models_called_a_name_names_them(analyzer):
    got = stances(
        analyzer, "Google DeepMind shipped a family of three open-weight models called Gemma 4."
    )
    assert got["Gemma 4"] == "open"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Its first two models (Mistral 7B from 2023 and Mixtral 8x7B from 2024) came out "
            "under Apache 2.0.",
            ["Mistral 7B", "Mixtral 8x7B"],
        ),
    ],
)
def test_names_in_the_same_brackets_or_dashes_share_the_clause(analyzer, text, names):
    got = stances(analyzer, text)
    assert [got[n] for n in names] == ["open"] * len(names)


def test_a_model_written_without_its_makers_name_is_the_same_model(analyzer):
    got = stances(analyzer, "DeepSeek released DeepSeek V4-Pro in May. V4-Pro is open source.")
    assert got["DeepSeek V4-Pro"] == "open"


def test_a_hyphenated_name_found_again_keeps_its_spelling(analyzer):
    an = analyze_text(
        analyzer, "Peers test", "Kai-Fu Lee founded 01.AI. Later, Kai-Fu Lee said open models win."
    )
    assert "Kai-Fu Lee" in {p.name for p in an.players}


def test_a_chief_executive_named_with_her_title_after_speaks_of_her_company(analyzer):
    got = stances(
        analyzer,
        "Sam Altman, the chief executive of OpenAI, said in June that the company will publish an "
        "open-weights model.",
    )
    assert got["OpenAI"] == "open"


def test_a_committee_chair_named_with_his_title_speaks_for_himself(analyzer):
    got = stances(
        analyzer,
        "Ted Cruz, chairman of the Senate Commerce Committee, said the bill would ban "
        "open-weight models.",
    )
    assert got["Senate Commerce Committee"] == "none"


def test_holding_open_model_makers_liable_is_a_restraint(analyzer):
    got = stances(analyzer, "SB 1047 would hold developers of open models liable for misuse.")
    assert got["SB 1047"] == "closed"


def test_examples_hung_on_the_noun_before_of_are_the_cue_nouns(analyzer):
    got = stances(
        analyzer,
        "In the case of open-weight models, including Grok 1 and Llama, the training data "
        "stays private.",
    )
    assert got["Grok 1"] == got["Llama"] == "open"
