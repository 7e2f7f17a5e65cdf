"""Frame rules, each on self-written sentences (never an article's wording)."""

import pytest

from tests.conftest import analyze_text, stances


def test_examples_of_a_described_kind_take_its_side(analyzer):
    got = stances(analyzer, "Open models such as Llama, Qwen and Mixtral keep getting better.")
    assert got["Llama"] == got["Qwen"] == got["Mixtral"] == "open"


def test_examples_hung_on_the_verb_right_after_the_object_are_its_examples():
    # "Scores beat open flagships like Orion 3, while ..." with "like" parsed onto the verb
    import spacy
    from spacy.tokens import Doc

    from bot.understanding.frames import examples

    words = ["Scores", "beat", "open", "flagships", "like", "Orion", "3", ",", "while", "Kim", "."]
    heads = [1, 1, 3, 1, 1, 4, 5, 1, 1, 8, 1]
    deps = ["nsubj", "ROOT", "amod", "dobj", "prep", "pobj", "nummod", "punct", "mark", "pobj"]
    pos = ["NOUN", "VERB", "ADJ", "NOUN", "ADP", "PROPN", "NUM", "PUNCT", "SCONJ", "PROPN"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=[*deps, "punct"],
        pos=[*pos, "PUNCT"],
    )
    assert sorted(t.text for t in examples(doc[3])) == ["3", "Orion"]
    # a "like" further on (after a comma) is not the object's
    doc2 = Doc(
        spacy.blank("en").vocab,
        words=["Scores", "beat", "flagships", ",", "like", "Orion", "."],
        heads=[1, 1, 1, 1, 1, 4, 1],
        deps=["nsubj", "ROOT", "dobj", "punct", "prep", "pobj", "punct"],
        pos=["NOUN", "VERB", "NOUN", "PUNCT", "ADP", "PROPN", "PUNCT"],
    )
    assert examples(doc2[2]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The best-known open model is Kestrel 3.", {"Kestrel 3": "open"}),
        ("One with just open weights is Vesta Labs' Orion 2.", {"Orion 2": "open"}),
        ("A good example of a closed model is Orion 2.", {"Orion 2": "closed"}),
        ("The best open model is not Orion 2.", {"Orion 2": "none"}),
    ],
)
def test_the_name_a_copula_gives_a_described_subject_is_described(analyzer, text, expected):
    got = stances(analyzer, text)
    assert {name: got.get(name, "none") for name in expected} == expected


def test_the_model_a_practice_acts_on_is_the_product_just_named(analyzer):
    got = stances(
        analyzer,
        "Since Orion 2 came out in July, Vesta Labs has offered the model under a permissive "
        "open license.",
    )
    assert got["Orion 2"] == got["Vesta Labs"] == "open"


def test_apposition_and_copula_describe_the_product(analyzer):
    assert (
        stances(analyzer, "Alibaba shipped Qwen, an open-weight model, last spring.")["Qwen"]
        == "open"
    )
    got = stances(analyzer, "In the survey, Llama and Qwen are open models.")
    assert got["Llama"] == got["Qwen"] == "open"


def test_maker_named_by_a_participle_of_making(analyzer):
    got = stances(analyzer, "Gemma is an open-source model developed by Google.")
    assert got["Gemma"] == "open" and got["Google"] == "open"


def test_the_maker_of_an_open_product_holds_open_from_another_sentence(analyzer):
    got = stances(analyzer, "Meta released Llama last year.\nLlama is an open model.")
    assert got["Meta"] == "open"


def test_the_maker_of_a_closed_product_holds_closed(analyzer):
    got = stances(analyzer, "OpenAI launched GPT-5 in August.\nGPT-5 is a proprietary model.")
    assert got["OpenAI"] == "closed"


def test_a_question_holds_no_position(analyzer):
    got = stances(analyzer, "Analysts at Google wonder whether open models will win.")
    assert got.get("Google", "none") == "none"


@pytest.mark.parametrize(
    "text",
    ["Mixtral outperformed several closed models on the benchmark."],
)
def test_a_rival_is_not_a_practice(analyzer, text):
    assert stances(analyzer, text).get("Mixtral") != "closed"


def test_signers_hold_the_side_of_the_letter_they_sign(analyzer):
    got = stances(
        analyzer,
        "A group of researchers published a letter on Tuesday.\n"
        "The letter argues that open-source models make audits easier.\n"
        "Google and Hugging Face signed the letter.",
    )
    assert got["Google"] == got["Hugging Face"] == "open"


def test_signatories_named_as_such_hold_the_letter_side(analyzer):
    got = stances(
        analyzer,
        "Their statement says open models should stay legal.\n"
        "Mozilla and GitHub are among its signatories.",
    )
    assert got["Mozilla"] == got["GitHub"] == "open"


def test_a_bill_sponsor_holds_the_bill_side_and_its_opponent_the_other(analyzer):
    got = stances(
        analyzer,
        "Senator Josh Hawley introduced a bill that would ban the export of open-source models.\n"
        "Meta opposed the bill.",
    )
    assert got["Josh Hawley"] == "closed"
    assert got["Meta"] == "open"


def test_a_letter_with_both_sides_gives_its_signers_none(analyzer):
    got = stances(
        analyzer,
        "The letter praises open models.\nThe letter also defends proprietary models.\n"
        "Mozilla signed the letter.",
    )
    assert got.get("Mozilla", "none") == "none"


def test_a_group_speaks_for_the_members_listed_beside_it(analyzer):
    got = stances(
        analyzer,
        "A coalition of developers — GitHub, LAION and Hugging Face — urged lawmakers to "
        "protect open-source research.",
    )
    assert got["GitHub"] == got["LAION"] == got["Hugging Face"] == "open"


def test_what_openness_gives_without_the_word_open(analyzer):
    assert (
        stances(analyzer, "Mistral AI says its models are freely accessible to all.")["Mistral AI"]
        == "open"
    )
    assert (
        stances(analyzer, "Hugging Face wants to democratize machine learning.")["Hugging Face"]
        == "open"
    )
    got = stances(analyzer, "Alibaba said anyone can download and modify Qwen.")
    assert got["Alibaba"] == "open"


def test_hiding_models_behind_paid_apis_is_closed(analyzer):
    got = stances(analyzer, "Critics say Anthropic hides its strongest models behind paid APIs.")
    assert got["Anthropic"] == "closed"
    got = stances(analyzer, "Unlike its rivals, Google keeps the weights of Gemini to itself.")
    assert got["Google"] == "closed"


def test_the_accused_hold_the_side_the_accuser_attacks(analyzer):
    got = stances(analyzer, "Yann LeCun accused OpenAI of fearmongering.")
    assert got["Yann LeCun"] == "open" and got["OpenAI"] == "closed"


def test_makers_named_by_from_on_the_cue_noun(analyzer):
    got = stances(
        analyzer, "Open models from Chinese labs like DeepSeek and Alibaba now lead the charts."
    )
    assert got["DeepSeek"] == got["Alibaba"] == "open"


def test_a_practice_noun_belongs_to_its_possessor(analyzer):
    got = stances(analyzer, "OpenAI's steady shift away from open source upset researchers.")
    assert got["OpenAI"] == "closed"


def test_those_who_embrace_a_possessed_philosophy_hold_it_too(analyzer):
    got = stances(analyzer, "Kenya and Chile have embraced Mistral AI's open-source philosophy.")
    assert got["Kenya"] == got["Chile"] == got["Mistral AI"] == "open"


def test_a_speaker_naming_the_other_side_as_a_foil_is_not_mixed(analyzer):
    got = stances(
        analyzer,
        "Jonah Whitfield argued that open-source tools serve schools better, and that "
        "proprietary platforms lock them in.",
    )
    assert got["Jonah Whitfield"] == "open"


def test_questioning_open_release_is_closed(analyzer):
    got = stances(
        analyzer, "Geoffrey Hinton questioned the sense of open-sourcing frontier models."
    )
    assert got["Geoffrey Hinton"] == "closed"


def test_keeping_weights_to_themselves_is_closed_however_long_the_object(analyzer):
    got = stances(
        analyzer,
        "Some labs, like Anthropic, keep their model weights, their training recipes and "
        "most of their evaluation data to themselves.",
    )
    assert got["Anthropic"] == "closed"


def test_examples_of_a_subject_described_by_a_predicate(analyzer):
    got = stances(analyzer, "Programs such as IBM's Granite models really are open source.")
    assert got["Granite"] == "open" and got["IBM"] == "open"


def test_a_misspelt_close_source_is_closed(analyzer):
    got = stances(analyzer, "Reviewers compared it with close source models such as Claude.")
    assert got["Claude"] == "closed"


def test_a_product_its_maker_will_not_open_is_closed(analyzer):
    got = stances(analyzer, "Google's chief said the company will not open-source Gemini.")
    assert got["Gemini"] == "closed"


def test_a_relative_clause_describes_its_antecedent_not_the_speaker(analyzer):
    got = stances(
        analyzer,
        "Stability AI, which made its name releasing models openly, will now charge a paid "
        "licence for commercial use, the company said.",
    )
    assert got["Stability AI"] == "mixed"


def test_a_sentence_reporting_both_practices_stays_mixed(analyzer):
    got = stances(
        analyzer,
        "Mistral AI said it would publish the weights of Mixtral, while keeping its largest "
        "model proprietary.",
    )
    assert got["Mistral AI"] == "mixed"


def test_members_of_a_project_hold_its_side(analyzer):
    got = stances(
        analyzer,
        "The initiative aims to build freely available language models for Europe.\n"
        "Participants include Aleph Alpha and Mistral AI.",
    )
    assert got["Aleph Alpha"] == got["Mistral AI"] == "open"


def test_a_job_title_is_not_membership(analyzer):
    got = stances(
        analyzer,
        "The project aims to build open-source models.\n"
        "Jane Okonkwo, a general partner at Lux Capital, spoke at the launch.",
    )
    assert got.get("Jane Okonkwo", "none") == "none"


def test_a_bill_promoted_by_its_author(analyzer):
    got = stances(
        analyzer,
        "The bill would punish developers who publish open-source models.\n"
        "Scott Wiener keeps promoting the bill.",
    )
    assert got["Scott Wiener"] == "closed"


def test_releasing_a_model_as_open_source_software(analyzer):
    got = stances(analyzer, "In 2023 Meta chose to release Llama as free open source software.")
    assert got["Llama"] == "open" and got["Meta"] == "open"


def test_not_truly_open_is_closed(analyzer):
    got = stances(analyzer, "Despite its name, OpenAI is not truly open these days.")
    assert got["OpenAI"] == "closed"


def test_the_accused_hold_what_they_are_accused_of(analyzer):
    got = stances(
        analyzer, "Anthropic is accused of keeping its training data hidden from researchers."
    )
    assert got["Anthropic"] == "closed"


def test_data_kept_undisclosed_is_closed(analyzer):
    got = stances(analyzer, "DeepSeek said the corpus and training scripts remain undisclosed.")
    assert got["DeepSeek"] == "closed"


def test_a_group_such_as_named_members_speaks_for_them(analyzer):
    got = stances(
        analyzer, "Big companies such as Baidu, Tencent and Alibaba are backing open-source models."
    )
    assert got["Alibaba"] == got["Tencent"] == got["Baidu"] == "open"


def test_examples_listed_after_a_sentence_take_its_side(analyzer):
    got = stances(
        analyzer,
        "Several labs now publish open-weight models.\n"
        "Examples include Mistral AI's Mixtral and Alibaba's Qwen.",
    )
    assert got["Mixtral"] == got["Qwen"] == "open"


def test_examples_after_a_sentence_with_both_sides_take_none(analyzer):
    got = stances(
        analyzer,
        "Some labs publish open-weight models while others sell proprietary ones.\n"
        "Examples include Mixtral and Claude.",
    )
    assert got.get("Claude", "none") != "open"


@pytest.mark.parametrize(
    "text",
    [
        "The ruling could open a new front in the fight over AI, Microsoft said.",
        "The deal opens the door to the Chinese market, Microsoft said.",
    ],
)
def test_figures_of_speech_are_not_openness(analyzer, text):
    assert stances(analyzer, text).get("Microsoft", "none") == "none"


def test_opening_models_to_outsiders_is_open(analyzer):
    assert stances(analyzer, "Meta opened its models to outside developers.")["Meta"] == "open"


def test_using_open_models_is_no_position(analyzer):
    got = stances(analyzer, "China has relied on open-source models to catch up.")
    assert got.get("China", "none") == "none"


def test_according_to_names_the_speaker(analyzer):
    got = stances(analyzer, "Closed models are safer for hospitals, according to Gary Marcus.")
    assert got["Gary Marcus"] == "closed"


def test_a_quote_belongs_to_its_speaker_in_the_next_sentence(analyzer):
    got = stances(
        analyzer,
        '"Keeping the weights private is the only responsible choice."\nDario Amodei said it twice.',
    )
    assert got.get("Dario Amodei") == "closed"


def test_a_worry_nobody_holds_stays_unattributed(analyzer):
    a = analyze_text(
        analyzer, "Frame test", "There are fears that open-source models could help build weapons."
    )
    assert any(p.holder is None and p.stance == "closed" for p in a.positions)
    assert all(p.stance == "none" for p in a.players)


def test_companions_of_a_speaker_share_the_position(analyzer):
    got = stances(
        analyzer,
        "Bill Gurley, along with investors like Marc Andreessen, backs open-source models.",
    )
    assert got["Bill Gurley"] == got["Marc Andreessen"] == "open"


def test_a_shift_away_from_open_source_belongs_to_its_possessor(analyzer):
    got = stances(
        analyzer, "Critics mentioned OpenAI's gradual shift away from open-source research."
    )
    assert got["OpenAI"] == "closed"


def test_a_described_product_is_not_also_its_owner_practice_flipped(analyzer):
    got = stances(
        analyzer,
        "Anthropic accused a rival of copying outputs from Anthropic's proprietary models.",
    )
    assert got["Anthropic"] == "closed"


def test_named_products_counted_among_open_models(analyzer):
    got = stances(
        analyzer,
        "The models, named Falcon by their makers, were considered among the best open-source "
        "models of the year.",
    )
    assert got["Falcon"] == "open"


def test_a_counted_group_refers_to_the_last_named(analyzer):
    got = stances(
        analyzer,
        "Sundar Pichai met Arthur Mensch in Paris.\n"
        "The two executives argued that open-source models help Europe compete.",
    )
    assert got["Sundar Pichai"] == got["Arthur Mensch"] == "open"


def test_they_after_a_counted_group(analyzer):
    got = stances(
        analyzer,
        "Sundar Pichai met Arthur Mensch in Paris. The two executives spoke for an hour.\n"
        "They said open-weight models should stay legal.",
    )
    assert got["Sundar Pichai"] == got["Arthur Mensch"] == "open"


def test_weights_nobody_owns_in_the_clause_belong_to_the_acting_lab(analyzer):
    got = stances(
        analyzer,
        "Mistral AI is trying something new: all weights are freely available to download.",
    )
    assert got["Mistral AI"] == "open"


def test_a_subject_pronoun_is_the_last_subject_and_its_critic_the_other_side(analyzer):
    got = stances(
        analyzer,
        "Jensen Huang disagreed with Dario Amodei on jobs.\n"
        "He criticized Amodei's suggestion that AI should be limited to a handful of companies.",
    )
    assert got["Dario Amodei"] == "closed"
    assert got["Jensen Huang"] == "open"


def test_concentration_in_few_hands_is_closed_and_its_denial_open(analyzer):
    got = stances(
        analyzer,
        '"Power should not be concentrated in the hands of just three companies," Yann LeCun said.',
    )
    assert got["Yann LeCun"] == "open"


def test_the_one_named_bill_holds_what_the_bill_does(analyzer):
    got = stances(
        analyzer,
        "Lawmakers in Sacramento amended SB 1047 on Monday.\n"
        "Critics say the bill would still punish developers who publish open-source models.",
    )
    assert got["SB 1047"] == "closed"


def test_signing_on_without_naming_the_document_takes_its_side(analyzer):
    got = stances(
        analyzer,
        "A group of engineers wrote a letter last week.\n"
        "The letter argues that open-weight models keep research honest.\n"
        "Mozilla signed on on Friday, alongside GitHub.",
    )
    assert got["Mozilla"] == got["GitHub"] == "open"


def test_a_named_project_speaks_for_those_who_sign_on(analyzer):
    got = stances(
        analyzer,
        "The Lantern Project wants to build freely downloadable language models.\n"
        "Mozilla and GitHub have signed on.",
    )
    assert got["Mozilla"] == got["GitHub"] == "open"


def test_the_founder_of_a_document_named_by_a_possessive_holds_its_side(analyzer):
    got = stances(
        analyzer,
        "The project will train open-source models for hospitals.\n"
        "Funding is short, said Maria Keller, the project's founder.",
    )
    assert got["Maria Keller"] == "open"


def test_the_owner_of_a_named_plan_holds_what_the_plan_backs(analyzer):
    got = stances(
        analyzer,
        "The Commerce Department's National AI Readiness Plan backs open-weight models "
        "for small businesses.",
    )
    assert got["Department of Commerce"] == "open"


def test_a_participle_of_purpose_describes_the_named_project(analyzer):
    got = stances(
        analyzer,
        "Brussels announced Lumen, a research project created to build open-source "
        "speech models for every EU language.",
    )
    assert got["Lumen"] == "open"


def test_a_list_of_participants_counts_every_player_not_their_countries(analyzer):
    got = stances(
        analyzer,
        "The letter urges regulators to protect open-weight models.\n"
        "Signers include France's Mistral AI, Canada's Cohere, and Britain's Stability AI.",
    )
    assert got["Cohere"] == got["Mistral AI"] == got["Stability AI"] == "open"
    assert got.get("France", "none") == got.get("Canada", "none") == "none"


def test_every_agent_of_a_passive_signing_clause_signs(analyzer):
    got = stances(
        analyzer,
        "The letter calls for open-source AI to stay legal.\n"
        "The letter was drafted by Mozilla and co-signed by GitHub.",
    )
    assert got["Mozilla"] == got["GitHub"] == "open"


def test_the_platform_a_released_model_runs_on_is_not_the_model(analyzer):
    got = stances(
        analyzer, "The service lets banks deploy open-weight models on Azure within minutes."
    )
    assert got.get("Azure", "none") == "none"


def test_a_statement_introduced_by_a_colon_line_is_the_speakers(analyzer):
    got = stances(
        analyzer,
        "The hearing ended late. In the words of Senator Maria Keller:\n"
        "The proposal would badly hurt open-source research across the country.",
    )
    assert got["Maria Keller"] == "open"


def test_a_colon_without_a_new_paragraph_gives_no_speaker(analyzer):
    got = stances(
        analyzer,
        "Senator Maria Keller listed two topics: budgets and schools. "
        "The proposal would badly hurt open-source research across the country.",
    )
    assert got.get("Maria Keller", "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Keller says the bill would hurt open-source research; it uses vague thresholds.",
        "The bill would hurt open-source research, it uses vague thresholds, Maria Keller said.",
    ],
)
def test_a_clause_under_a_verb_of_use_is_not_what_is_used(analyzer, text):
    assert stances(analyzer, text)["Maria Keller"] == "open"


def test_a_restrictive_licence_makes_an_open_model_and_its_maker_mixed(analyzer):
    got = stances(
        analyzer,
        "Google released Gemma, an open model, in March.\n"
        "But Gemma's license restricts commercial use.",
    )
    assert got["Gemma"] == got["Google"] == "mixed"


def test_licences_said_to_carry_restrictions_are_their_products_closed_side(analyzer):
    got = stances(
        analyzer,
        "Developers praised Mistral AI for its open models.\n"
        "Yet its licenses in practice carry strict restrictions.",
    )
    assert got["Mistral AI"] == "mixed"


def test_a_counted_group_is_the_last_list_of_that_many_players(analyzer):
    got = stances(
        analyzer,
        "Mistral AI, Cohere and Hugging Face won the national tender on Monday.\n"
        "The ministry thanked Google for its advice.\n"
        "Officials said the three companies will publish open-weight models.",
    )
    assert got["Mistral AI"] == got["Cohere"] == got["Hugging Face"] == "open"
    assert got.get("Google", "none") == "none"


def test_a_relative_clause_on_a_generic_group_is_not_the_subjects_practice(analyzer):
    got = stances(
        analyzer,
        "The Safe Models Act is a measure that would fine researchers who publish open-weight "
        "models, pushing labs to stop releasing open models.",
    )
    assert got["Safe Models Act"] == "closed"


def test_what_a_concessive_phrase_grants_is_not_the_main_subjects_practice(analyzer):
    got = stances(
        analyzer,
        "Despite a long record of open-source releases, Gemini Ultra stays behind a paid API.",
    )
    assert got["Gemini Ultra"] == "closed"


def test_an_organisation_signs_through_the_leader_named_with_its_title(analyzer):
    got = stances(
        analyzer,
        "Mozilla CEO Jane Roe signed a letter on Monday.\n"
        "The letter urges lawmakers to protect open-source AI.",
    )
    assert got["Jane Roe"] == got["Mozilla"] == "open"


def test_an_employer_named_without_a_leading_title_does_not_sign(analyzer):
    got = stances(
        analyzer,
        "Mozilla engineer Jane Roe signed a letter on Monday.\n"
        "The letter urges lawmakers to protect open-source AI.",
    )
    assert got["Jane Roe"] == "open"
    assert got.get("Mozilla", "none") == "none"


def test_an_openness_word_before_a_list_of_bare_names_describes_each(analyzer):
    got = stances(analyzer, "Startups now build on open-source Llama, Mixtral and Falcon.")
    assert got["Llama"] == got["Mixtral"] == got["Falcon"] == "open"


def test_a_listed_name_with_its_own_description_is_not_swept_in(analyzer):
    got = stances(analyzer, "The report compares open-source Llama and proprietary GPT-4.")
    assert got["Llama"] == "open" and got["GPT-4"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Mistral released Codestral, an open-weight model which rivals proprietary models.",
        "Alibaba released Qwen, an open model that beats proprietary systems on most tests.",
    ],
)
def test_a_relative_clause_naming_a_rival_is_not_a_practice(analyzer, text):
    got = stances(analyzer, text)
    assert "mixed" not in got.values() and "closed" not in got.values()


def test_a_relative_clause_still_describes_its_antecedent(analyzer):
    got = stances(analyzer, "Analysts praised Anthropic, which keeps its models closed, on Monday.")
    assert got["Anthropic"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Mozilla argues that France needs an open-source champion.",
        "Mozilla said that Britain needs open models.",
    ],
)
def test_what_a_speaker_says_a_country_needs_is_the_speakers_view(analyzer, text):
    got = stances(analyzer, text)
    assert got["Mozilla"] == "open"
    assert [s for name, s in got.items() if name != "Mozilla"] == ["none"]


def test_a_subject_that_needs_something_outside_reported_speech_holds_it(analyzer):
    assert stances(analyzer, "Mozilla needs open models to compete.")["Mozilla"] == "open"


def test_only_available_through_an_app_or_api_is_closed(analyzer):
    got = stances(analyzer, "Anthropic says Claude is only available through a chat app or an API.")
    assert got["Anthropic"] == got["Claude"] == "closed"
    got = stances(analyzer, "Llama is not only available through an API: its weights are public.")
    assert got["Llama"] == "open"


def test_a_fight_for_a_side_backs_it(analyzer):
    assert stances(analyzer, "Meta leads the fight for open models.")["Meta"] == "open"
    assert stances(analyzer, "Meta will fight for open-source AI in Brussels.")["Meta"] == "open"
    assert stances(analyzer, "Meta fights open-source AI.")["Meta"] == "closed"


def test_a_rival_deep_in_a_relative_clause_is_still_a_foil(analyzer):
    got = stances(
        analyzer,
        "Alibaba released Qwen, an open model that matches or beats the capabilities of "
        "proprietary systems.",
    )
    assert got["Qwen"] == "open" and "closed" not in got.values() and "mixed" not in got.values()


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI, which was founded as an open-source lab, has since shifted to closed models.",
        "OpenAI, which was originally an open-source nonprofit, now sells access through an API.",
    ],
)
def test_a_past_origin_in_a_relative_clause_is_not_the_present_position(analyzer, text):
    assert stances(analyzer, text)["OpenAI"] == "closed"


def test_an_origin_clause_in_a_sentence_that_says_no_change_still_describes(analyzer):
    got = stances(analyzer, "Hugging Face, which was founded as an open platform, raised money.")
    assert got["Hugging Face"] == "open"


def test_the_company_after_a_list_of_companies_is_nobody_sure(analyzer):
    got = stances(
        analyzer,
        "Intel and IBM joined the round.\nThe company, which publishes open models, is in Paris.",
    )
    assert got["Intel"] == got["IBM"] == "none"


def test_the_company_after_one_named_company_is_that_company(analyzer):
    got = stances(
        analyzer, "IBM joined the round.\nThe company, which publishes open models, is in Paris."
    )
    assert got["IBM"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft joined the debate over open versus closed models.",
        "Microsoft weighed in on the open-source debate on Friday.",
        "Microsoft mentioned Meta's shift away from open source.",
    ],
)
def test_what_a_debate_is_about_is_no_position(analyzer, text):
    assert stances(analyzer, text)["Microsoft"] == "none"


def test_a_side_taken_inside_a_debate_is_still_a_position(analyzer):
    assert stances(analyzer, "Microsoft backs open models in the debate.")["Microsoft"] == "open"


def test_the_sides_a_division_sets_apart_keep_theirs_and_nobody_else_gets_both(analyzer):
    got = stances(
        analyzer,
        "Since Falcon shipped, the field is divided between the open-source camp and "
        "proprietary giants like Microsoft, Google and Anthropic.",
    )
    assert got["Microsoft"] == got["Google"] == got["Anthropic"] == "closed"
    assert got.get("Falcon", "none") == "none"


@pytest.mark.parametrize(
    "text", ["Why not open-source GPT-4?", "Why hasn't OpenAI released GPT-4 as open source?"]
)
def test_a_why_not_question_holds_no_position(analyzer, text):
    got = stances(analyzer, text)
    assert got.get("GPT-4", "none") == got.get("OpenAI", "none") == "none"


def test_a_why_question_that_is_no_question_still_states(analyzer):
    got = stances(analyzer, "Here is why OpenAI released GPT-4 as open source.")
    assert got["GPT-4"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "If Mistral keeps its models closed, it will lose developers.",
        "If Mistral's models are open source, they are hard to control.",
    ],
)
def test_a_condition_is_nobodys_practice(analyzer, text):
    assert stances(analyzer, text)["Mistral AI"] == "none"


def test_the_same_practice_stated_outright_holds(analyzer):
    got = stances(analyzer, "Mistral keeps its models closed, so it will lose developers.")
    assert got["Mistral AI"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Meta's Llama is open source, as is Mistral's Mixtral.",
        "Llama is open source, and so is Mixtral.",
    ],
)
def test_as_is_and_so_is_share_the_predicate(analyzer, text):
    assert stances(analyzer, text)["Mixtral"] == "open"


def test_a_bare_as_clause_with_its_own_predicate_is_not_shared(analyzer):
    got = stances(analyzer, "Llama is open source, as is clear from what Mixtral's makers wrote.")
    assert got.get("Mixtral", "none") == "none"


def test_makers_named_by_from_on_a_predicated_subject(analyzer):
    got = stances(
        analyzer,
        "Models from American companies like OpenAI, Google and Anthropic are proprietary.",
    )
    assert got["OpenAI"] == got["Google"] == got["Anthropic"] == "closed"
    got = stances(analyzer, "The best open models now come from labs like DeepSeek and Alibaba.")
    assert got["DeepSeek"] == got["Alibaba"] == "open"


def test_makers_of_models_said_not_to_be_open_are_closed(analyzer):
    got = stances(analyzer, "Models from companies like OpenAI and Google are not open source.")
    assert got["OpenAI"] == got["Google"] == "closed"


def test_people_from_a_company_are_not_its_models(analyzer):
    got = stances(analyzer, "Critics from Google say open models are risky.")
    assert got["Google"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Musk has urged OpenAI to become open source again.",
        "OpenAI should return to its open-source roots, Musk said.",
        "Musk said the time has come for OpenAI to return to its open-source beginnings.",
        "Musk renewed his call for OpenAI to return to open source.",
    ],
)
def test_whoever_is_asked_to_go_back_to_open_is_closed_now(analyzer, text):
    got = stances(analyzer, text)
    assert got["OpenAI"] == "closed" and got["Elon Musk"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI returned to open source last week.",
        "Musk recalled the time when OpenAI returned to open source.",
    ],
)
def test_a_return_to_open_that_happened_is_open(analyzer, text):
    assert stances(analyzer, text)["OpenAI"] == "open"


def test_a_demand_to_open_without_going_back_says_nothing_of_the_target(analyzer):
    got = stances(analyzer, "Musk urged OpenAI to release open models.")
    assert got["OpenAI"] == "none" and got["Elon Musk"] == "open"


def test_pushing_back_is_no_return(analyzer):
    got = stances(analyzer, "Regulators say Meta should push back on open models.")
    assert got["Meta"] != "open"


@pytest.mark.parametrize(
    "text",
    [
        "Josh Hawley called for a probe of the startup behind the open-weight model Kimi.",
        "Josh Hawley urged Commerce to probe Moonshot, the lab behind the open model Kimi.",
    ],
)
def test_whoever_acts_on_a_described_player_takes_no_side_from_the_description(analyzer, text):
    got = stances(analyzer, text)
    assert got["Kimi"] == "open" and got["Josh Hawley"] == "none"


def test_protecting_the_makers_of_open_models_still_backs_them(analyzer):
    got = stances(analyzer, "Meta urged regulators to protect the makers of open models.")
    assert got["Meta"] == "open"


def test_an_appositive_describes_the_player_named_in_a_phrase(analyzer):
    got = stances(
        analyzer,
        "Stability was set up by Emad Mostaque, a banker with a passion for open-source AI.",
    )
    assert got["Emad Mostaque"] == "open"
    got = stances(analyzer, "Josh Hawley urged a probe of Moonshot, a lab that rivals closed labs.")
    assert got.get("Moonshot", "none") == "none" and got["Josh Hawley"] == "none"


def test_a_yes_no_question_holds_no_position(analyzer):
    got = stances(analyzer, "Mark Zuckerberg's Big Bet: Is Open Source the Future?")
    assert got["Mark Zuckerberg"] == "none"
    got = stances(analyzer, "Is Llama open source? Critics doubt it.")
    assert got["Llama"] == "none"


def test_the_same_words_stated_hold_a_position(analyzer):
    got = stances(analyzer, "Mark Zuckerberg's big bet is open source.")
    assert got["Mark Zuckerberg"] == "open"
    got = stances(analyzer, "Meta says Llama is open source, but is it?")
    assert got["Meta"] == "open"


def test_their_after_an_unnamed_subject_is_that_subject(analyzer):
    got = stances(
        analyzer,
        "OpenAI and Google have released new models.\n"
        "Chinese labs also gain from open-sourcing their models.",
    )
    assert got["OpenAI"] == got["Google"] == "none"


def test_their_after_a_pronoun_subject_is_the_organisations_named_before(analyzer):
    got = stances(
        analyzer,
        "OpenAI and Google have released new models.\n"
        "They also gain from open-sourcing their models.",
    )
    assert got["OpenAI"] == got["Google"] == "open"


def test_a_name_across_a_conjunction_is_not_the_next_noun_modifier(analyzer):
    got = stances(
        analyzer,
        "The rift between closed labs such as Anthropic and open-source groups such as "
        "EleutherAI keeps growing.",
    )
    assert got["EleutherAI"] == "open" and got["Anthropic"] != "open"


def test_every_company_listed_as_a_maker_takes_the_side_whatever_its_type(analyzer):
    got = stances(
        analyzer,
        "Open models from Chinese firms like Kimi, Zhipu, Alibaba, and DeepSeek are spreading.",
    )
    assert got["Kimi"] == got["Alibaba"] == got["DeepSeek"] == "open"


def test_a_product_named_as_a_source_is_no_maker(analyzer):
    assert stances(analyzer, "Open models from Kimi are spreading.")["Kimi"] == "none"


def test_a_list_split_from_its_last_item_shares_its_clause(analyzer):
    got = stances(
        analyzer, "US giants like OpenAI, Google, Anthropic, and xAI keep their models closed."
    )
    assert got["OpenAI"] == got["Google"] == got["Anthropic"] == got["xAI"] == "closed"


def test_clauses_listed_one_after_another_are_not_one_list(analyzer):
    got = stances(
        analyzer, "Meta released Llama, Google released Gemma, and OpenAI keeps its models closed."
    )
    assert got["OpenAI"] == "closed" and got["Google"] == got["Gemma"] == got["Meta"] == "none"


def test_a_quoted_title_is_nobodys_words(analyzer):
    got = stances(
        analyzer,
        '"We will win," Michael Kratsios said on Monday.\n'
        'The plan also has a chapter called "Backing Open-Weight Models".',
    )
    assert got["Michael Kratsios"] == "none"


def test_a_quoted_fragment_in_plain_case_is_still_the_speakers(analyzer):
    got = stances(
        analyzer,
        '"We will win," Michael Kratsios said on Monday.\n'
        'He added that the plan is "about backing open-weight models".',
    )
    assert got["Michael Kratsios"] == "open"


@pytest.mark.parametrize(
    "text",
    ["Llama is open source, but Gemini is not.", "Llama is open source, while Gemini isn't."],
)
def test_a_bare_negated_is_after_the_predicate_is_the_other_side(analyzer, text):
    got = stances(analyzer, text)
    assert got["Llama"] == "open" and got["Gemini"] == "closed"


def test_neither_is_after_a_negated_predicate_shares_it(analyzer):
    got = stances(analyzer, "Llama is not open source, and neither is Gemini.")
    assert got["Llama"] == got["Gemini"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Llama is open source, but Gemini is not a model at all.",
        "Llama is open source, but Google does not say so.",
    ],
)
def test_a_negated_clause_with_its_own_predicate_is_not_the_other_side(analyzer, text):
    got = stances(analyzer, text)
    assert got.get("Gemini", "none") == got.get("Google", "none") == "none"


def test_an_appositive_on_a_player_the_speaker_wants_more_of_still_lets_the_speaker_speak(
    analyzer,
):
    got = stances(
        analyzer,
        "Mozilla argues that Europe needs its own answer to DeepSeek, the open-source model maker.",
    )
    assert got["Mozilla"] == got["DeepSeek"] == "open"


def test_its_inside_its_own_subject_still_means_the_organisation_named_before(analyzer):
    got = stances(
        analyzer, "Meta released Llama in July.\nIts open-source nature grants researchers access."
    )
    assert got["Meta"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Schmidt said efforts to release small open-weight models by Google are a good push.",
        "The release of open-weight models by Google surprised analysts.",
    ],
)
def test_by_on_a_verb_or_noun_of_release_names_the_maker(analyzer, text):
    assert stances(analyzer, text)["Google"] == "open"


def test_by_elsewhere_is_no_maker(analyzer):
    got = stances(analyzer, "Google was surprised by the release of open-weight models.")
    assert got["Google"] == "none"


def test_a_wish_in_a_sentence_someone_else_speaks_is_the_speakers(analyzer):
    got = stances(analyzer, "According to Mozilla, Japan needs open-weight models.")
    assert got["Mozilla"] == "open" and got["Japan"] == "none"


def test_a_practice_reported_by_a_speaker_stays_its_subjects(analyzer):
    got = stances(analyzer, "According to Mozilla, Meta releases open-weight models.")
    assert got["Meta"] == "open"
    assert stances(analyzer, "Japan needs open-weight models.")["Japan"] == "open"


def test_its_bound_by_the_subject_of_the_clause_above(analyzer):
    got = stances(
        analyzer, "Mozilla warned that China is winning because its models are open source."
    )
    assert got["China"] == "open" and got["Mozilla"] != "mixed"
    got = stances(analyzer, "Mozilla says Meta keeps its models open source.")
    assert got["Meta"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Llama's release arrives as the industry splits into proprietary labs and open developers.",
        "Llama's release arrives as developers embrace open-source models.",
    ],
)
def test_a_clause_that_sets_the_scene_is_not_the_main_subjects_practice(analyzer, text):
    assert stances(analyzer, text)["Llama"] == "none"


def test_a_practice_beside_a_scene_setting_clause_still_holds(analyzer):
    got = stances(analyzer, "Meta keeps Llama open source while rivals close their models.")
    assert got["Meta"] == got["Llama"] == "open"


def test_dividing_ones_own_lineup_between_sides_is_a_practice(analyzer):
    got = stances(analyzer, "Meta split its lineup into open-source and proprietary models.")
    assert got["Meta"] == "mixed"


def test_a_conjoined_clause_whose_subject_the_parser_stranded_in_a_list(analyzer):
    got = stances(
        analyzer,
        "Labs like Meta and Mistral have put out solid models like Mixtral and Llama, and "
        "newcomers like Baichuan, DeepSeek, and Alibaba are now launching open source models.",
    )
    assert got["DeepSeek"] == got["Alibaba"] == got["Baichuan"] == "open"
    assert got["Meta"] == got["Mistral AI"] == "none"


def test_a_conjoined_verb_without_a_list_before_it_keeps_the_first_subject(analyzer):
    got = stances(analyzer, "Meta has released Llama, and is launching open source tools.")
    assert got["Meta"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Meta released Llama in July.\nWhile Llama isn't fully open source, developers love it.",
        "Meta released Llama in July.\nLlama is not an entirely open-source model.",
    ],
)
def test_a_negated_degree_of_openness_is_a_hedge_not_a_side(analyzer, text):
    got = stances(analyzer, text)
    assert got["Llama"] == got["Meta"] == "none"


def test_a_model_said_not_to_be_open_is_closed(analyzer):
    got = stances(analyzer, "Meta released Llama in July.\nLlama is not an open-source system.")
    assert got["Llama"] == got["Meta"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Several models started out open but are closed today, like the ones from OpenAI.",
        "The deal lands amid rising criticism of systems that were open once and are closed "
        "today, such as the ones from OpenAI.",
    ],
)
def test_examples_hung_on_the_predicate_or_on_the_noun_before_of_are_described(analyzer, text):
    assert stances(analyzer, text)["OpenAI"] == "closed"


def test_a_cue_in_a_while_clause_with_its_own_subject_is_not_the_main_verb_s_product(analyzer):
    text = "While its older models are open, Vireo holds Kestrel 5 back."
    assert stances(analyzer, text).get("Kestrel 5", "none") != "open"
    text = (
        "While its code and its weights are free to download, Vireo keeps back the data "
        "behind newer models like Kestrel 5."
    )
    assert stances(analyzer, text).get("Kestrel 5", "none") != "open"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Enemies of closed AI, like Mozilla, cheered the ruling.", "Mozilla", "open"),
        ("Critics of open models, like Anthropic, want stricter rules.", "Anthropic", "closed"),
    ],
)
def test_examples_of_people_before_of_are_not_examples_of_what_follows(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side
