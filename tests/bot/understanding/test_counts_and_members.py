"""Groups that stand for players named before: 'all three', members counted 'among' a
group a relative clause describes, a list whose first name the parser hangs elsewhere, and
a verb of -ing joined by 'after' or 'by' whose doer is the clause's subject."""

import pytest

from tests.conftest import stances


def test_all_three_stands_for_the_list_of_three_before(analyzer):
    text = (
        "Cohere, Anthropic and OpenAI are the three most valuable startups. All three are "
        "closed-model companies."
    )
    assert set(stances(analyzer, text).items()) == {
        ("Cohere", "closed"),
        ("Anthropic", "closed"),
        ("OpenAI", "closed"),
    }


def test_a_count_that_matches_no_list_stands_for_nobody(analyzer):
    text = "Cohere and Anthropic are valuable. All three are closed-model companies."
    assert set(stances(analyzer, text).values()) == {"none"}


def test_members_counted_among_a_group_hold_what_its_relative_clause_says(analyzer):
    text = (
        "Zhipu and Baichuan are among the startups that won investors after pledging to "
        "open-source every model."
    )
    got = stances(analyzer, text)
    assert got["Zhipu AI"] == got["Baichuan"] == "open"


def test_a_setting_before_a_list_is_not_one_of_its_items(analyzer):
    text = (
        "In Paris, Mistral and Kyutai unveiled new models. Both companies released them "
        "with open weights."
    )
    got = stances(analyzer, text)
    assert got["Mistral AI"] == got["Kyutai"] == "open"
    assert got.get("Paris", "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Meta, Mistral and Alibaba met three senators. All three want to ban open-weight models.",
        "Meta, Mistral and Alibaba sell models to banks, insurers and hospitals. All three worry "
        "that open models leak patient data.",
    ],
)
def test_all_three_is_the_nearest_group_not_the_last_three_companies(analyzer, text):
    assert set(stances(analyzer, text).values()) == {"none"}


@pytest.mark.parametrize(
    "text",
    [
        "Mistral and Cohere are not among the startups that stopped releasing open weights.",
        "Mistral and Cohere could soon be among the startups that stopped releasing open weights.",
    ],
)
def test_players_not_or_not_yet_among_a_group_are_not_its_members(analyzer, text):
    assert set(stances(analyzer, text).values()) == {"none"}


def test_a_verb_joined_by_not_by_is_not_the_subject_s_act(analyzer):
    text = "Meta raised funds not by releasing open weights but by selling ads."
    assert stances(analyzer, text)["Meta"] == "none"
