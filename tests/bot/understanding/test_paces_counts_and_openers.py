"""Round 17 kinds of sentence (self-written text): keeping pace with a side is no practice,
counted lists of models, models named beside their weights, "like" misread as a conjunction,
and a sentence opened by "it" that goes on about the last one's subject."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Hobby projects rarely kept up with proprietary rivals like Claude-3, Gemini Pro, "
            "and GPT-4.",
            ["Claude-3", "Gemini Pro", "GPT-4"],
        ),
        ("Small labs cannot keep pace with proprietary systems such as Gemini.", ["Gemini"]),
    ],
)
def test_keeping_pace_with_a_side_describes_its_examples(analyzer, text, names):
    got = stances(analyzer, text)
    assert {n: got.get(n) for n in names} == dict.fromkeys(names, "closed")


def test_keeping_a_model_proprietary_is_still_closed_practice(analyzer):
    text = "Zephyr Labs will keep its best models proprietary, its founder said."
    assert stances(analyzer, text)["Zephyr Labs"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Zephyr Labs has open-sourced two new models, Nimbus and Cirrus.",
        "Zephyr Labs open-sourced three small models, Nimbus, Cirrus and Stratus, in May.",
    ],
)
def test_a_counted_list_of_models_names_what_was_opened(analyzer, text):
    got = stances(analyzer, text)
    named = [n for n in ("Nimbus", "Cirrus", "Stratus") if n in text]
    assert {n: got.get(n) for n in named} == dict.fromkeys(named, "open")


def test_a_list_longer_than_its_count_is_not_read_as_the_members(analyzer):
    # two models counted, three names: the names are not the two models spelled out
    text = "Zephyr Labs has open-sourced two new models, Nimbus, Cirrus and Stratus."
    got = stances(analyzer, text)
    assert [got.get(n) for n in ("Nimbus", "Cirrus", "Stratus")] == ["none"] * 3


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("OpenAI does not share the code or weights for GPT-3 and GPT-4.", "closed"),
        ("OpenAI shared the code and weights for GPT-2 in 2019.", "open"),
    ],
)
def test_weights_named_beside_the_models(analyzer, text, side):
    got = stances(analyzer, text)
    assert got["OpenAI"] == side
    assert got["GPT-2" if "GPT-2" in text else "GPT-4"] == side


@pytest.mark.parametrize(
    "text",
    [
        "Closed models like Claude often win at first.",
        "Our survey says proprietary models like Claude mostly win on day one.",
    ],
)
def test_like_read_as_a_conjunction_still_gives_an_example(analyzer, text):
    assert stances(analyzer, text)["Claude"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Zephyr Labs raised money from investors last year. It released open-source models "
        "last month.",
        "Zephyr Labs hired forty engineers in Paris. It has open-sourced its models.",
    ],
)
def test_a_sentence_opened_by_it_goes_on_about_the_last_subject(analyzer, text):
    assert stances(analyzer, text)["Zephyr Labs"] == "open"


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_two_possessives_on_one_name_leave_it_the_nearer_maker(analyzer, mark):
    # the parser may hang both "OpenAI's" and "Meta's" on the last name of the list, or
    # "OpenAI's" alone on it with "Meta" hung elsewhere
    text = (
        "OpenAI does not share its weights. With fewer parameters, the Phi-4 model "
        f"outperforms OpenAI{mark}s GPT-4.1-mini and Meta{mark}s Llama-3.3."
    )
    got = stances(analyzer, text)
    assert got["OpenAI"] == "closed"
    assert got["Llama-3.3"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Zephyr Labs posted the weights of Nimbus on its website.",
        "Zephyr Labs has promised to upload weights for Nimbus next week.",
    ],
)
def test_posting_or_uploading_weights_opens_the_model(analyzer, text):
    assert stances(analyzer, text)["Nimbus"] == "open"


def test_posting_about_a_model_is_no_release(analyzer):
    got = stances(analyzer, "Zephyr Labs posted a long thread about Nimbus and its benchmarks.")
    assert got.get("Nimbus", "none") == "none"


def test_open_licences_with_another_word_of_praise(analyzer):
    text = "Alibaba keeps shipping its Qwen models under open, business-friendly licences."
    got = stances(analyzer, text)
    assert got["Qwen"] == "open"
    assert got["Alibaba"] == "open"


def test_a_model_name_joined_to_its_size_is_a_player(analyzer):
    got = stances(analyzer, "Mistral shipped Mixtral-8x22B, an open-weight model, in April.")
    assert got["Mixtral-8x22B"] == "open"


def test_a_family_name_joined_to_a_word_is_no_model(analyzer):
    got = stances(analyzer, "Startups built Llama-style chatbots on open-weight models.")
    assert not any(name.startswith("Llama-") for name in got)


def test_a_public_body_with_a_long_name_is_one_player(analyzer):
    text = (
        "In a new memo, the Senate Standing Committee on the National Security Council demanded "
        "licences for open-weight models."
    )
    got = stances(analyzer, text)
    assert got["Senate Standing Committee on the National Security Council"] == "closed"


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        (
            "Lawmakers in Texas and Ohio want to curb open-weight models.",
            ["Texas", "Ohio"],
            "closed",
        ),
        ("Officials from Portugal praised open-source AI at the summit.", ["Portugal"], "open"),
    ],
)
def test_the_rule_makers_of_a_place_stand_for_it(analyzer, text, places, side):
    got = stances(analyzer, text)
    assert {p: got.get(p) for p in places} == dict.fromkeys(places, side)


def test_startups_in_a_place_do_not_stand_for_it(analyzer):
    got = stances(analyzer, "Startups in Portugal build open-source models.")
    assert got.get("Portugal", "none") == "none"


def test_the_likes_of_a_and_b_are_a_and_b(analyzer):
    text = "Open models still lag behind the proprietary systems from the likes of Cohere or Anthropic."
    got = stances(analyzer, text)
    assert (got["Cohere"], got["Anthropic"]) == ("closed", "closed")


def test_it_is_not_the_name_set_against_it(analyzer):
    text = "Unlike Cohere, it says its new systems are truly open."
    assert stances(analyzer, text)["Cohere"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "IBM's collaboration with Nvidia to open-source Granite began in July.",
        "The partnership between IBM and Nvidia to open-source Granite drew praise.",
    ],
)
def test_partners_in_an_act_share_it(analyzer, text):
    got = stances(analyzer, text)
    assert (got["IBM"], got["Nvidia"]) == ("open", "open")


def test_a_partnership_with_no_act_gives_no_side(analyzer):
    got = stances(analyzer, "IBM's partnership with Nvidia covers cloud hosting.")
    assert set(got.values()) <= {"none"}


def test_two_names_in_an_apposition_are_both_described(analyzer):
    # the parser may hang the first name on the second as a modifier
    text = "Mistral\u2019s big launches, Mistral Large and Mistral Small, both stay proprietary."
    got = stances(analyzer, text)
    assert (got.get("Mistral Large"), got.get("Mistral Small")) == ("closed", "closed")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Critics such as Cohere, which favors closing off its models, spoke first.", "closed"),
        # near miss: closing off a road is no model kept closed
        ("Cohere, which favors closing off the road to trucks, spoke first.", "none"),
    ],
)
def test_closing_off_models(analyzer, text, side):
    assert stances(analyzer, text)["Cohere"] == side


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # another thing the "it" may be: a law, a document, an organisation named by a noun,
        # another organisation
        (
            "Meta criticized the EU AI Act on Monday. It would impose heavy limits on open models.",
            "Meta",
        ),
        (
            "Microsoft invested in a French lab in 2023. It has since released open-weight models.",
            "Microsoft",
        ),
        (
            "Mistral AI criticized OpenAI in a blog post. It has stopped publishing its weights.",
            "Mistral AI",
        ),
    ],
)
def test_it_is_not_the_last_subject_when_the_sentence_names_other_things(analyzer, text, subject):
    assert stances(analyzer, text)[subject] in ("none", "open")


@pytest.mark.parametrize(
    ("text", "subject", "example"),
    [
        (
            "Mistral AI is racing to keep pace with proprietary systems such as Claude.",
            "Mistral AI",
            "Claude",
        ),
        ("Meta says Llama can keep up with proprietary systems like GPT-4.", "Meta", "GPT-4"),
    ],
)
def test_who_keeps_pace_with_a_side_takes_none(analyzer, text, subject, example):
    got = stances(analyzer, text)
    assert (got[subject], got[example]) == ("none", "closed")


def test_keeping_most_of_a_model_closed_is_still_closed(analyzer):
    assert stances(analyzer, "Baidu kept most of ERNIE closed.")["ERNIE"] == "closed"


def test_saying_nothing_about_a_side_is_no_claim(analyzer):
    assert stances(analyzer, "Mistral AI said nothing about open models.")["Mistral AI"] == "none"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Opposition lawmakers in Britain attacked the government's support for open models.",
            "United Kingdom",
        ),
        (
            "Some lawmakers in Germany oppose limits on open models, but most support them.",
            "Germany",
        ),
        ("Lawmakers in Ohio who oppose open models lost their seats.", "Ohio"),
        (
            "Lawmakers in Maryland received a briefing on open-weight risks from Anthropic.",
            "Maryland",
        ),
    ],
)
def test_only_the_plain_body_of_rule_makers_stands_for_a_place(analyzer, text, place):
    assert stances(analyzer, text).get(place, "none") == "none"


def test_rule_makers_do_not_own_its(analyzer):
    got = stances(analyzer, "Lawmakers in Washington grilled OpenAI about its closed models.")
    assert got["OpenAI"] == "closed"
    assert got.get("Washington", "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Anthropic shared the code and weights for Claude with the AI Safety Institute.",
        "Microsoft shared the source and weights of Phi-4 only with select partners.",
        "Hackers posted the weights of Anthropic's Claude online.",
        "Elon Musk demanded that OpenAI publish the code and weights for GPT-4.",
        "Cohere should upload the weights of Command R, critics said.",
    ],
)
def test_a_release_asked_kept_private_or_by_strangers_opens_nothing(analyzer, text):
    got = stances(analyzer, text)
    for name in (
        "Claude",
        "Anthropic",
        "Phi-4",
        "Microsoft",
        "GPT-4",
        "OpenAI",
        "Command R",
        "Cohere",
    ):
        assert got.get(name, "none") != "open", name


def test_a_release_to_the_public_with_few_limits_is_open(analyzer):
    got = stances(analyzer, "Meta released Llama 2 to everyone with few limits on its use.")
    assert got["Llama 2"] == "open"


def test_a_collaboration_with_critics_is_no_side_of_its_own(analyzer):
    got = stances(
        analyzer, "Meta's collaboration with critics of open-source AI surprised everyone."
    )
    assert got["Meta"] == "none"


@pytest.mark.parametrize(
    "text", ["SpaceX kept the Falcon-9 design secret.", "The Grok-2024 roadmap is closed."]
)
def test_a_name_joined_to_a_bare_number_or_year_is_no_model(analyzer, text):
    assert not any(name in ("Falcon-9", "Grok-2024") for name in stances(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chinese open models like Kimi-K2 and Qwen3 are crushing US closed-source rivals on price.",
        "Open models like Gemma trounced proprietary chatbots on the new benchmark.",
    ],
)
def test_beating_the_other_side_is_rivalry_not_a_second_side(analyzer, text):
    got = stances(analyzer, text)
    models = [n for n in ("Kimi-K2", "Qwen3", "Gemma") if n in text]
    assert {n: got.get(n) for n in models} == dict.fromkeys(models, "open")


def test_kept_a_models_weights_in_house(analyzer):
    got = stances(analyzer, "Google kept Gemini's weights in-house.")
    assert (got["Google"], got["Gemini"]) == ("closed", "closed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya will launch a national language model next year. The government wants to "
            "run an open-source model on local servers.",
            {"Kenya": "open"},
        ),
        # two countries named: which government is unsure
        (
            "Kenya and Ghana signed a pact in June. The government wants to run an "
            "open-source model on local servers.",
            {"Kenya": "none", "Ghana": "none"},
        ),
    ],
)
def test_the_government_of_the_one_country_named(analyzer, text, expected):
    got = stances(analyzer, text)
    assert {k: got.get(k, "none") for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zephyr Labs told reporters it would publish the weights of Nimbus.",
        "Zephyr Labs pushed to release the weights of Nimbus.",
        "Zephyr Labs shared the weights of Nimbus with Hugging Face.",
        "Zephyr Labs published the weights of Nimbus with researchers worldwide.",
        "Tom Baker, the lab's founder, posted the weights of Nimbus online.",
    ],
)
def test_own_or_public_releases_still_open(analyzer, text):
    assert stances(analyzer, text)["Nimbus"] == "open"


def test_a_name_set_beside_a_model_noun_is_a_product(analyzer):
    text = "Acme's lab discussed the company's powerful open-weight model, Behemoth, at length."
    assert stances(analyzer, text)["Behemoth"] == "open"


def test_a_capitalised_word_after_a_model_noun_and_comma_is_no_name(analyzer):
    got = stances(analyzer, "Zephyr Labs shipped an open model, However, nobody used it.")
    assert "However" not in got


def test_posting_that_is_still_saying(analyzer):
    assert (
        stances(analyzer, "Zephyr Labs posted that open models are dangerous.")["Zephyr Labs"]
        == "closed"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second organisation in the last sentence: "it" could be either
        (
            "OpenAI signed a deal with Microsoft in 2019. It has kept its models closed since.",
            {"OpenAI": "none", "Microsoft": "none"},
        ),
        (
            "Databricks acquired MosaicML last year. It then released DBRX as an open model.",
            {"Databricks": "none", "MosaicML": "none"},
        ),
        # a name that only qualifies a noun, or a thing inside a phrase, leaves the subject
        (
            "Meta hired a former Google researcher in March. It later open-sourced its speech model.",
            {"Meta": "open"},
        ),
        (
            "Anthropic warned about misuse in a blog post. It keeps Claude's weights private.",
            {"Anthropic": "closed"},
        ),
    ],
)
def test_it_after_a_sentence_with_other_candidates(analyzer, text, expected):
    got = stances(analyzer, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Critics demanded that Google open-source Gemini.",
        "Critics urged Google to open-source Gemini.",
        "Google should open-source Gemini, critics said.",
    ],
)
def test_an_open_sourcing_asked_of_someone_is_not_done(analyzer, text):
    got = stances(analyzer, text)
    assert (got["Google"], got["Gemini"]) == ("none", "none")


def test_an_open_sourcing_planned_is_still_open(analyzer):
    got = stances(analyzer, "Meta plans to open-source Llama 4 next month.")
    assert got["Llama 4"] == "open"


@pytest.mark.parametrize(
    ("text", "player"),
    [
        ("Meta said it had no view on open models.", "Meta"),
        (
            "Regulators in Britain said they took no position on open-weight models.",
            "United Kingdom",
        ),
        ("Lawmakers in Italy said Meta had released Llama openly.", "Italy"),
    ],
)
def test_no_view_and_reports_give_no_side(analyzer, text, player):
    assert stances(analyzer, text).get(player, "none") == "none"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Cohere keeps ahead of proprietary rivals by focusing on enterprise search.", "Cohere"),
        ("Alibaba's Qwen keeps abreast of closed frontier models on coding tests.", "Qwen"),
    ],
)
def test_keeping_ahead_of_a_side_is_rivalry(analyzer, text, subject):
    assert stances(analyzer, text)[subject] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "The new model outperformed Alibaba's Qwen and Mistral's Codestral, two of the most used open models.",
        "It beat Gemma and Codestral, two of the best-known open models.",
    ],
)
def test_a_counted_apposition_describes_the_whole_list(analyzer, text):
    got = stances(analyzer, text)
    names = [n for n in ("Qwen", "Gemma", "Codestral") if n in text]
    assert {n: got[n] for n in names} == dict.fromkeys(names, "open")


def test_a_company_s_product_misread_as_a_person_in_a_list_of_products(analyzer):
    text = (
        "Runway\u2019s Gen-3, Meta\u2019s Movie Gen and Google\u2019s Lumiere drew crowds, but "
        "their closed nature kept developers out."
    )
    got = stances(analyzer, text)
    assert got["Movie Gen"] == "closed"
    assert got["Meta"] == "closed"


def test_a_person_a_company_owns_stays_a_person(analyzer):
    got = stances(analyzer, "Meta\u2019s Yann LeCun praised open models like Llama.")
    assert got["Yann LeCun"] == "open"
