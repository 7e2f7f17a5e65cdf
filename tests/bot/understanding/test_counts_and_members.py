"""Groups that stand for players named before: 'all three', members counted 'among' a
group a relative clause describes, a list whose first name the parser hangs elsewhere, and
a verb of -ing joined by 'after' or 'by' whose doer is the clause's subject."""

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
        "Zhipu and Baichuan are among the startups that raised funds after promising to make "
        "their models open-source."
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
