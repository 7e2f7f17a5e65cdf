"""Who a description stands for: a role named by its organisation ("Acme's CEO"), the maker a
possessive names on models ("Acme's models", "its models"), a participle set beside a name,
and what the verb "open-source" acts on. Self-written sentences."""

import pytest

from tests.conftest import stances

# -- a role named by its organisation ------------------------------------------------------------


def test_the_organisations_ceo_far_from_the_name_is_the_person_introduced_with_that_job(
    analyzer,
):
    got = stances(
        analyzer,
        "Arthur Mensch, CEO of Mistral, met investors in Paris on Monday. "
        "The meeting ran long. Investors asked about revenue. Others asked about hiring. "
        "The company plans to double its staff. Offices will open in London and Munich. "
        "Mistral's CEO emphasized the benefits of open-source models.",
    )
    assert got["Arthur Mensch"] == "open"


def test_an_organisations_ceo_nobody_named_speaks_for_the_organisation(analyzer):
    got = stances(
        analyzer,
        "Mistral published its annual report on Monday.\n"
        "Mistral's CEO said that open models are the better path.",
    )
    assert got["Mistral AI"] == "open"


def test_we_from_a_ceo_the_text_calls_the_ceo_of_the_company_speaks_for_the_company(analyzer):
    got = stances(
        analyzer,
        "The chief executive of Stability AI, the firm behind Stable Diffusion, urged lawmakers to keep "
        'AI open source. "We encourage the subcommittee to promote openness in AI," Mostaque '
        "wrote.",
    )
    assert (got["Emad Mostaque"], got["Stability AI"]) == ("open", "open")


def test_i_from_a_ceo_stays_the_ceos_own_view(analyzer):
    got = stances(
        analyzer,
        'The CEO of Stability AI spoke on Monday. "I think open models are the future," '
        "Mostaque said.",
    )
    assert (got["Emad Mostaque"], got["Stability AI"]) == ("open", "none")


def test_a_possessive_role_at_another_organisation_is_not_the_person_named_before(analyzer):
    got = stances(
        analyzer,
        "Arthur Mensch, CEO of Mistral, met investors in Paris on Monday.\n"
        "Google's CEO said that closed models are safer.",
    )
    assert got["Arthur Mensch"] == "none"
    assert got["Google"] == "closed"


# -- models a possessive gives a maker -----------------------------------------------------------


def test_the_maker_of_models_described_as_openly_licensed_releases_them_so(analyzer):
    got = stances(analyzer, "Mistral's models are published under the Apache 2.0 licence.")
    assert got["Mistral AI"] == "open"


def test_its_models_with_an_example_give_the_maker_and_the_example(analyzer):
    got = stances(
        analyzer,
        "IBM sells software to banks in New York.\n"
        "Its language models, like the Granite series, are published under the Apache 2.0 "
        "license.",
    )
    assert got["IBM"] == got["Granite"] == "open"


def test_models_compared_with_another_makers_keep_their_own_maker(analyzer):
    got = stances(analyzer, "Meta's models are closed, unlike those of Mistral.")
    assert got["Meta"] == "closed"
    assert got["Mistral AI"] != "closed"


# -- a participle set beside a name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "The group backs Current AI, a partnership supporting open source development.",
            "Current AI",
            "open",
        ),
        ("Mistral, a startup releasing open models, raised money.", "Mistral AI", "open"),
        ("The fund invested in Zeta, a startup building closed models.", "Zeta", "closed"),
    ],
)
def test_a_participle_beside_a_name_describes_what_the_player_does(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_a_participle_of_rivalry_beside_a_name_is_a_foil(analyzer):
    got = stances(analyzer, "The fund invested in Zeta, a startup competing with open models.")
    assert got["Zeta"] == "none"


# -- what "open-source" acts on ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Meta has decided to open-source its Llama models.",
        "Meta open-sourced the weights of Llama.",
    ],
)
def test_the_object_of_open_source_is_an_open_product(analyzer, text):
    got = stances(analyzer, text)
    assert got["Llama"] == got["Meta"] == "open"


def test_open_source_as_an_adjective_has_no_object(analyzer):
    got = stances(analyzer, "Researchers prefer open-source Llama to other tools.")
    assert got["Llama"] == "open"
    assert got.get("Meta", "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Closed models like those of OpenAI still lead the benchmarks.",
        "Regulators fear closed systems, such as those from OpenAI.",
    ],
)
def test_examples_named_as_those_of_a_maker_are_the_makers(analyzer, text):
    assert stances(analyzer, text)["OpenAI"] == "closed"


def test_the_seller_of_proprietary_software_keeps_it_closed(analyzer):
    got = stances(analyzer, "Buyers distrust the proprietary systems sold by OpenAI.")
    assert got["OpenAI"] == "closed"


def test_what_a_position_contrasts_with_is_a_foil(analyzer):
    got = stances(
        analyzer,
        "DeepSeek's chatbot won praise for its open approach, which contrasts with the "
        "proprietary models of OpenAI.",
    )
    assert got["DeepSeek"] == "open"


# -- a maker's practice reaches its one product ---------------------------------------------------


def test_a_makers_practice_reaches_the_one_product_it_makes(analyzer):
    got = stances(analyzer, "Meta open-sourced its models last year.\nMeta's Llama is popular.")
    assert got["Meta"] == got["Llama"] == "open"


def test_a_makers_practice_with_two_products_leaves_each_to_its_own_sentences(analyzer):
    got = stances(
        analyzer,
        "Meta open-sourced its models last year.\nMeta's Llama 3 and Meta's Llama 4 are popular.",
    )
    assert got["Llama 3"] == got["Llama 4"] == "none"


def test_a_product_with_its_own_side_keeps_it(analyzer):
    got = stances(
        analyzer,
        "Meta open-sourced its older models last year.\nMeta's Llama 5 remains proprietary.",
    )
    assert got["Llama 5"] == "closed"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Meta released Llama 2 to everyone with few strings attached.", "open"),
        ("OpenAI refused to release GPT-2 to the public.", "closed"),
    ],
)
def test_a_release_to_the_public_is_an_open_release(analyzer, text, side):
    got = stances(analyzer, text)
    product = "Llama 2" if "Llama" in text else "GPT-2"
    maker = "Meta" if "Llama" in text else "OpenAI"
    assert got[product] == got[maker] == side


def test_a_place_opened_to_the_public_is_no_model_release(analyzer):
    got = stances(analyzer, "Meta released its quarterly results to the public.")
    assert got.get("Meta", "none") == "none"


# -- a relative clause after a list of names ------------------------------------------------------


def test_a_plural_relative_clause_after_a_list_speaks_of_every_name(analyzer):
    got = stances(
        analyzer,
        "Few rules bind giants like OpenAI, Google DeepMind and Anthropic, which have built "
        "the most powerful closed models.",
    )
    assert got["OpenAI"] == got["Google DeepMind"] == got["Anthropic"] == "closed"


def test_a_singular_relative_clause_after_a_list_speaks_of_the_last_name(analyzer):
    got = stances(
        analyzer, "Meta works with OpenAI and Anthropic, which has kept its models closed."
    )
    assert got["Anthropic"] == "closed"
    assert got["OpenAI"] == "none"


def test_ai_written_with_full_stops_is_still_ai(analyzer):
    got = stances(analyzer, "Microsoft, OpenAI and Google have a closed A.I. strategy.")
    assert got["Microsoft"] == got["OpenAI"] == got["Google"] == "closed"


def test_the_makers_named_for_the_model_share_its_side(analyzer):
    got = stances(
        analyzer,
        "TII has released Falcon, one of the biggest open-source language models.\n"
        "The model was developed by the Technology Innovation Institute.",
    )
    assert got["Falcon"] == got["Technology Innovation Institute"] == "open"


def test_one_of_a_kind_is_that_kind(analyzer):
    assert stances(analyzer, "Falcon is one of the few open models.")["Falcon"] == "open"


def test_no_open_weights_described_beside_a_product_is_closed(analyzer):
    got = stances(
        analyzer, "Amazon launched Nova.\n- Available only through Amazon Bedrock (no open weights)"
    )
    assert got["Amazon"] == "closed"


def test_every_name_listed_after_including_is_among_them(analyzer):
    got = stances(
        analyzer,
        "China's tech leaders, including Alibaba's Eddie Wu, Tencent's Pony Ma, and Baidu's "
        "Robin Li, have all embraced open-source AI.",
    )
    for name in ("Eddie Wu", "Pony Ma", "Robin Li"):
        assert got[name] == "open", name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The case for open weights, often made loudly by the a16z crowd, is simple.",
            "Andreessen Horowitz",
        ),
        ("The OpenAI team said closed models are safer.", "OpenAI"),
    ],
)
def test_a_circle_named_by_a_player_speaks_for_it(analyzer, text, name):
    side = "open" if "open weights" in text else "closed"
    assert stances(analyzer, text)[name] == side


def test_the_employer_in_a_possessed_name_is_not_listed(analyzer):
    got = stances(
        analyzer,
        "Many researchers, like Meta's Yann LeCun, see open-source AI as the way to share power.",
    )
    assert got["Yann LeCun"] == "open"
    assert got["Meta"] == "none"


def test_the_models_in_the_next_sentence_are_the_examples_named_before(analyzer):
    got = stances(
        analyzer,
        "Language models like Google's PaLM or OpenAI's GPT-4 power many chatbots.\n"
        "Their uses are many, yet the closed nature of the models makes them costly to use.",
    )
    assert got["GPT-4"] == got["PaLM"] == "closed"


def test_models_of_another_kind_in_the_sentence_before_are_not_examples(analyzer):
    got = stances(
        analyzer,
        "Chatbots like ChatGPT are popular.\nBut the closed models behind them cost a lot.",
    )
    assert got["ChatGPT"] == "none"


def test_this_company_with_no_subject_to_go_by_is_the_one_the_text_is_about(analyzer):
    got = stances(
        analyzer,
        "In a busy week, a startup named 01.AI released a large model.\n"
        "The model scores second only to OpenAI's GPT-4 in one ranking.\n"
        "Until now this company has mostly put out open-source models.",
    )
    assert got["01.AI"] == "open"
    assert got["OpenAI"] == "none"


def test_a_product_licensed_for_free_use_by_anyone_is_open(analyzer):
    got = stances(
        analyzer,
        "Tech startup Mistral and ServiceNow Research, the research arm of ServiceNow, have "
        "released StarCoder, a coding system.\n"
        "StarCoder, which is licensed for royalty-free use by anyone, runs on laptops.",
    )
    assert got["StarCoder"] == got["ServiceNow Research"] == "open"


def test_the_names_opening_a_clause_are_its_subject_when_the_parse_lost_it(analyzer):
    # parsed with "startup" as a verb and "have released" hung on it as a conjunct
    got = stances(
        analyzer,
        "AI startup Hugging Face and ServiceNow Research, its partner, have released "
        "StarCoder, a coding system.\n"
        "StarCoder, which anyone may use royalty-free under its licence, runs on laptops.",
        title="T",
    )
    assert got["Hugging Face"] == got["ServiceNow Research"] == "open"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Commerce Department described open-weight AI as a threat.", "closed"),
        ("The Commerce Department flagged the spread of open models as a danger.", "closed"),
        ("The Commerce Department sees open-weight AI as a boon for science.", "open"),
        ("The Commerce Department sees open-weight AI as no threat.", "open"),
    ],
)
def test_what_a_cue_is_judged_as_gives_the_side(analyzer, text, side):
    assert stances(analyzer, text)["Department of Commerce"] == side


def test_advocating_the_use_of_open_models_is_a_side(analyzer):
    got = stances(analyzer, "Mozilla now advocates leveraging open-source foundations.")
    assert got["Mozilla"] == "open"
    assert stances(analyzer, "Mozilla now uses open-source models.")["Mozilla"] == "none"


def test_rather_turns_a_speaker_to_the_later_side(analyzer):
    got = stances(
        analyzer,
        "Mozilla published a plan.\nIts answer isn't to build a national, closed model, "
        "rather it advocates leveraging open-source foundations.",
    )
    assert got["Mozilla"] == "open"


def test_rather_than_sets_a_foil_and_does_not_turn_the_speaker(analyzer):
    got = stances(
        analyzer,
        "Mozilla recommends that rules should support open technologies rather than "
        "depending on closed systems.",
    )
    assert got["Mozilla"] == "open"


def test_a_subject_naming_its_members_is_kept_when_a_verb_is_conjoined(analyzer):
    got = stances(
        analyzer,
        "Mozilla wrote a letter urging support for open models.\n"
        "Mozilla and Kestrel Foundation are key signatories, but many more groups including "
        "Creative Commons and EleutherAI are also supporting the letter.",
    )
    assert got["Creative Commons"] == got["EleutherAI"] == "open"


def test_a_leader_speaking_as_we_speaks_for_the_organisation(analyzer):
    got = stances(
        analyzer,
        'Ray Johnson, CEO of the Technology Innovation Institute, spoke on Monday. "We set '
        'new standards for openness, and we back open-source AI," Johnson said.',
    )
    assert got["Ray Johnson"] == got["Technology Innovation Institute"] == "open"


def test_a_leaders_own_view_in_the_singular_stays_theirs(analyzer):
    got = stances(
        analyzer,
        'Ray Johnson, CEO of the Technology Innovation Institute, spoke on Monday. "I think '
        'open-source AI is good for science," Johnson said.',
    )
    assert got["Ray Johnson"] == "open"
    assert got["Technology Innovation Institute"] == "none"


def test_names_coordinated_but_parsed_as_one_compound_are_each_named(analyzer):
    got = stances(
        analyzer,
        "An exemption covering open-source models from Mistral and Aleph Alpha was agreed.",
    )
    assert got["Mistral AI"] == got["Aleph Alpha"] == "open"


def test_those_a_described_group_includes_take_its_description(analyzer):
    got = stances(
        analyzer,
        "European companies working in open source include Germany's Aleph Alpha and "
        "France's Mistral, both of which had attacked the plan.",
    )
    assert got["Mistral AI"] == got["Aleph Alpha"] == "open"
    assert got.get("Germany", "none") == got.get("France", "none") == "none"


def test_models_with_widely_available_weights_are_open_and_so_are_their_examples(analyzer):
    got = stances(
        analyzer,
        "The order asked for a report on foundation models with widely available model "
        "weights (such as Meta's Llama 2).",
    )
    assert got["Llama 2"] == got["Meta"] == "open"


def test_every_name_listed_after_along_with_shares_the_act(analyzer):
    got = stances(
        analyzer,
        "Hugging Face, along with Creative Commons, GitHub, LAION, and Open Future, has "
        "released a position paper urging the European Union to protect open-source AI.",
    )
    for name in ("Hugging Face", "Creative Commons", "GitHub", "LAION", "Open Future"):
        assert got[name] == "open", name


def test_it_after_a_sentence_about_a_products_quality_is_the_product(analyzer):
    got = stances(
        analyzer,
        "It helps to understand LLaMA's reach.\nIt is one of the biggest open-source models "
        "now available.",
    )
    assert got["LLaMA"] == "open"


def test_controlling_the_weights_keeps_them_closed(analyzer):
    got = stances(analyzer, "OpenAI and Anthropic charge per query and control the weights.")
    assert got["OpenAI"] == got["Anthropic"] == "closed"


def test_a_listed_name_with_its_acronym_in_brackets_keeps_the_list_going(analyzer):
    got = stances(
        analyzer,
        "Critics, including Mozilla, the Center for Democracy and Technology (CDT) and the "
        "EFF, argued that open models are safe.",
    )
    assert got["Center for Democracy and Technology"] == got["Mozilla"] == "open"
    assert got["Electronic Frontier Foundation"] == "open"


@pytest.mark.parametrize(("weights", "side"), [("open", "open"), ("closed", "closed")])
def test_a_model_described_as_having_open_or_closed_weights_takes_that_side(
    analyzer, weights, side
):
    got = stances(
        analyzer,
        f"Zephyra released Kestrel 7B, a small language model with {weights} weights, on Tuesday.",
    )
    assert got["Kestrel 7B"] == side


def test_a_thing_set_beside_open_weights_is_not_described_by_them(analyzer):
    got = stances(analyzer, "Zephyra compared Kestrel 7B with open weights from other labs.")
    assert got.get("Kestrel 7B", "none") == "none"


def test_talks_with_open_source_groups_are_no_open_weights(analyzer):
    got = stances(analyzer, "Meta's talks with open-source groups broke down on Friday.")
    assert got.get("Meta", "none") == "none"


# -- a possessive read from the words, whatever the parse ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three chat assistants – OpenAI’s ChatGPT, Google’s Gemini, and Anthropic’s Claude – "
        "can only be had as closed models.",
        "The poll's top picks (Google’s Gemini, Anthropic’s Claude and OpenAI’s ChatGPT) "
        "are all closed models.",
        "Popular assistants, such as OpenAI's ChatGPT, Google's Gemini and Anthropic's "
        "Claude, were built as closed systems whose weights stay private.",
    ],
)
def test_each_maker_in_a_list_of_possessed_products_shares_its_products_side(analyzer, text):
    """After a curly apostrophe the parser often hangs the maker on the product as a
    modifier or a list member; the words still say whose product it is."""
    got = stances(analyzer, text)
    assert got["Claude"] == got["ChatGPT"] == got["Gemini"] == "closed"
    assert got["Anthropic"] == got["OpenAI"] == got["Google"] == "closed"


def test_a_describing_word_between_the_possessive_and_the_product_keeps_the_maker(analyzer):
    got = stances(
        analyzer,
        "Our tests compared several systems. Among them, Google’s compact Gemma was "
        "released as an open-weight model anyone can download.",
    )
    assert got["Gemma"] == "open"
    assert got["Google"] == "open"


def test_a_country_before_the_possessive_is_no_maker(analyzer):
    got = stances(
        analyzer,
        "Analysts listed the leaders. China’s Qwen was released as an open-weight model "
        "anyone can download.",
    )
    assert got["Qwen"] == "open"
    assert got["China"] == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act done before to what "as ... did with" names
        (
            "As we create the next version, we open source the prior version, as we did with "
            "Orion 1.",
            {"Orion 1": "open"},
        ),
        (
            "Nimbus AI will keep Orion 3 closed, as it did with Orion 2.",
            {"Orion 3": "closed", "Orion 2": "closed"},
        ),
        # the accused keeps its own product closed: both hold it
        (
            "Critics castigated Nimbus AI for keeping Orion 2 closed.",
            {"Nimbus AI": "closed", "Orion 2": "closed"},
        ),
        (
            "Larch Labs rebuked Nimbus AI for publishing the weights of Orion 2.",
            {"Larch Labs": "closed", "Nimbus AI": "open", "Orion 2": "open"},
        ),
        # near miss: what a critic did before is no act on the product
        (
            "Nimbus AI criticized the release of Orion 3, as it did with Orion 2.",
            {"Orion 2": "none"},
        ),
    ],
)
def test_what_was_done_before_to_another_product(analyzer, text, expected):
    got = stances(analyzer, text)
    assert {name: got.get(name, "-") for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a practice by a doer the text leaves unnamed still sets the "unlike" ones against it
        (
            "But unlike Nimbus AI and Larch Labs, the social media giant made its model code "
            "free to download.",
            {"Nimbus AI": "closed", "Larch Labs": "closed"},
        ),
        ("Unlike Nimbus AI, the startup released its weights.", {"Nimbus AI": "closed"}),
        # near miss: an unnamed speaker's view is no practice to set a foil against
        ("Unlike Nimbus AI, the startup said open models are dangerous.", {"Nimbus AI": "none"}),
    ],
)
def test_unlike_an_unnamed_doer(analyzer, text, expected):
    got = stances(analyzer, text)
    assert {name: got.get(name, "-") for name in expected} == expected


def test_the_partners_of_the_collaboration_a_model_came_from_make_it(analyzer):
    got = stances(
        analyzer,
        "Granite is an open model. Granite is the product of a partnership between Nimbus AI, "
        "the first lab dedicated to AI, and Larch Labs.",
    )
    assert (got["Nimbus AI"], got["Larch Labs"]) == ("open", "open")


def test_a_collaboration_a_model_is_compared_with_makes_nothing(analyzer):
    got = stances(
        analyzer,
        "Granite is an open model. It is faster than the model built in a partnership between "
        "Nimbus AI and Larch Labs.",
    )
    assert (got.get("Nimbus AI", "none"), got.get("Larch Labs", "none")) == ("none", "none")


@pytest.mark.parametrize("verb", ["matches", "rivals", "beats"])
def test_the_rival_an_open_release_is_measured_against_is_not_released(analyzer, verb):
    got = stances(analyzer, f"Nimbus AI released a new open-source model that {verb} GPT-4.")
    assert got.get("GPT-4", "none") == "none"


# -- who launched a model ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Labs made waves with the release of Fjord, an open-weight model.",
        "Orrin Labs' launch of Fjord, an open-source model, drew praise.",
    ],
)
def test_who_releases_or_launches_a_model_makes_it(analyzer, text):
    assert stances(analyzer, text)["Orrin Labs"] == "open"


def test_a_country_that_launches_a_model_named_so_makes_it(analyzer):
    text = (
        "Norway entered the race with the launch of a national language model named Fjord. "
        "Fjord is fully open source, weights included."
    )
    got = stances(analyzer, text)
    assert got["Fjord"] == "open"
    assert got["Norway"] == "open"


def test_a_country_that_hosts_a_model_maker_does_not_make_the_model(analyzer):
    got = stances(analyzer, "Norway's Orrin Labs released Fjord, an open-weight model.")
    assert got["Orrin Labs"] == "open"
    assert got.get("Norway", "none") == "none"


@pytest.mark.parametrize(
    "agent",
    ["researchers at Kestrel Systems", "a group of engineers from Kestrel Systems"],
)
def test_the_model_made_by_the_people_of_an_organisation_is_that_organisations(analyzer, agent):
    text = f"Orrin Labs released Fjord, an open-weight model. The model was developed by {agent}."
    assert stances(analyzer, text)["Kestrel Systems"] == "open"


def test_the_model_made_by_people_of_no_organisation_names_no_maker(analyzer):
    text = (
        "Orrin Labs released Fjord, an open-weight model. The model was developed by "
        "researchers in a small lab."
    )
    assert set(stances(analyzer, text)) == {"Orrin Labs", "Fjord"}


# -- a model referred back to ---------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["That system", "The model"])
def test_the_system_just_named_is_the_product_named_before(analyzer, noun):
    text = (
        "Kestrel Systems launched Corvid 3, its flagship chatbot, last year. "
        f"{noun} is proprietary."
    )
    got = stances(analyzer, text)
    assert got["Corvid 3"] == got["Kestrel Systems"] == "closed"


def test_a_system_of_another_kind_is_not_the_product_named_before(analyzer):
    text = (
        "Kestrel Systems launched Corvid 3, its flagship chatbot, last year. "
        "The legal system is closed to outsiders."
    )
    assert stances(analyzer, text)["Corvid 3"] == "none"


def test_the_members_a_system_is_said_to_comprise_take_its_description(analyzer):
    text = (
        "Kestrel Labs released Corvid, its flagship chatbot, in May. "
        "That system, comprising Corvid Pro and Corvid Mini, is proprietary."
    )
    got = stances(analyzer, text)
    assert got["Corvid Pro"] == got["Corvid Mini"] == "closed"


def test_a_secrecy_word_past_a_list_beside_the_object_still_completes_keep(analyzer):
    text = "Orrin Labs kept its earlier models, Pyre 1 and Pyre 2, largely internal."
    got = stances(analyzer, text)
    assert got["Orrin Labs"] == got["Pyre 1"] == got["Pyre 2"] == "closed"


def test_a_secrecy_word_past_another_verb_does_not_complete_keep(analyzer):
    text = "Orrin Labs keeps its Pyre 2 model running on servers that remain internal."
    assert stances(analyzer, text).get("Orrin Labs", "none") == "none"


@pytest.mark.parametrize(("size", "other"), [("70B", "8B"), ("8B", "70B")])
def test_the_model_named_by_its_size_is_the_product_of_that_size(analyzer, size, other):
    text = (
        f"Orrin Labs released Pyre 2 70B and Pyre 2 8B on Monday. The {size} model is open source."
    )
    got = stances(analyzer, text)
    assert got[f"Pyre 2 {size}"] == "open"
    assert got[f"Pyre 2 {other}"] == "none"


# -- a descriptor written before a name, as a title ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Investors backed open-source AI startup Kestrel AI on Monday.", "Kestrel AI", "open"),
        ("French open-source AI startup Kestrel AI raised $10 million.", "Kestrel AI", "open"),
        ("Closed-source AI developer Vantage Labs declined to comment.", "Vantage Labs", "closed"),
    ],
)
def test_a_descriptor_before_an_organisations_name_describes_it(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_a_descriptor_cut_off_by_a_verb_describes_nobody(analyzer):
    got = stances(analyzer, "Open-source advocates criticized startup Kestrel AI on Monday.")
    assert got.get("Kestrel AI", "none") == "none"


def test_a_former_descriptor_describes_what_the_organisation_was(analyzer):
    text = "Former open-source AI startup Orrin Labs now sells only closed models."
    assert stances(analyzer, text)["Orrin Labs"] == "closed"


def test_a_bare_system_with_its_own_modifier_is_not_the_product_named_before(analyzer):
    text = (
        "Orrin Labs launched Pyre 2 on Tuesday. Critics say the regulatory system favours "
        "closed models."
    )
    assert stances(analyzer, text).get("Pyre 2", "none") == "none"


def test_the_model_named_by_its_size_in_a_quote_is_described_by_it(analyzer):
    text = (
        "Orrin Labs released Pyre 3 405B and Pyre 3 70B on Monday. "
        '"Since the 405B model is open, developers will pick it first," Dana Pell said.'
    )
    got = stances(analyzer, text)
    assert got["Pyre 3 405B"] == "open"
    assert got["Pyre 3 70B"] == "none"


def test_a_leader_reporting_what_their_country_will_back_holds_that_side(analyzer):
    text = (
        "Chinese Premier Li Qiang said that China will keep backing open-source AI models "
        "at home and abroad."
    )
    got = stances(analyzer, text)
    assert got["Li Qiang"] == got["China"] == "open"


def test_someone_reporting_another_body_s_plan_is_not_given_its_side(analyzer):
    text = "Chinese Premier Li Qiang said that Japan will promote open-source AI models."
    got = stances(analyzer, text)
    assert got["Japan"] == "open"
    assert got["Li Qiang"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron said reports that France will ban open-source AI "
        "are wrong.",
        "French President Emmanuel Macron said critics claim France will ban open-source AI.",
    ],
)
def test_a_leader_reporting_a_claim_about_their_country_does_not_take_it(analyzer, text):
    assert stances(analyzer, text).get("Emmanuel Macron", "none") != "closed"


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron said rumours that France will ban open-source AI "
        "are baseless.",
        "French President Emmanuel Macron said it is untrue that France will ban open-source AI.",
    ],
)
def test_a_leader_denying_their_country_s_reported_plan_does_not_take_it(analyzer, text):
    assert stances(analyzer, text).get("Emmanuel Macron", "none") != "closed"
