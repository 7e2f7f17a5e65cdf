"""Who holds a position, on self-written sentences (never an article's wording): pronouns,
role nouns, and positions passed between linked players."""

from tests.conftest import analyze_text

TITLE = "Industry news this week"


def stances(analyzer, text, title=TITLE):
    return {p.name: p.stance for p in analyze_text(analyzer, title, text).players}


# -- "the company" and "they" ----------------------------------------------------------------


def test_the_company_after_a_list_of_backers_is_the_story_company(analyzer):
    got = stances(
        analyzer,
        "Stability AI said on Monday it raised $50 million.\n"
        "The round drew several well-known backers.\n"
        "Nvidia, AMD and IBM also joined Stability AI's funding round.\n"
        "The company, which releases all of its models as open source, plans to hire.",
    )
    assert got["Stability AI"] == "open"
    assert got["Nvidia"] == got["AMD"] == got["IBM"] == "none"


def test_the_company_is_no_member_of_a_list_when_nothing_else_is_named(analyzer):
    got = stances(
        analyzer,
        "Nvidia, AMD and IBM joined the funding round.\n"
        "The company, which releases all of its models as open source, plans to hire.",
    )
    assert got["Nvidia"] == got["AMD"] == got["IBM"] == "none"


def test_the_company_after_a_single_subject_is_that_subject(analyzer):
    got = stances(
        analyzer,
        "Nvidia reported strong results on Wednesday.\n"
        "The company, which releases its driver code as open source, plans to hire.",
    )
    assert got["Nvidia"] == "open"


def test_they_after_a_plural_thing_is_that_thing_not_the_last_company(analyzer):
    got = stances(
        analyzer,
        "Meta spoke at the summit on Tuesday.\n"
        "Critics noted that when the new models are open source, they can be copied freely.",
    )
    assert got.get("Meta", "none") == "none"


def test_they_after_two_named_companies_is_both(analyzer):
    got = stances(
        analyzer,
        "Meta and Google presented new models at the summit on Tuesday.\n"
        "They said open-source models would help smaller firms.",
    )
    assert got["Meta"] == got["Google"] == "open"


# -- role nouns ---------------------------------------------------------------------------------


def test_the_former_ceo_of_an_org_is_the_person_the_story_is_about(analyzer):
    got = stances(
        analyzer,
        "Eric Schmidt has spoken about artificial intelligence for years.\n"
        "In a new interview, the former Google CEO says that closed models are safer.",
    )
    assert got["Eric Schmidt"] == "closed"
    assert got.get("Google", "none") == "none"


def test_an_indefinite_executive_is_not_the_last_person_named(analyzer):
    got = stances(
        analyzer,
        "Jane Roe has spoken about artificial intelligence for years.\n"
        "In a new interview, a Google executive says that closed models are safer.",
    )
    assert got.get("Jane Roe", "none") == "none"
    assert got["Google"] == "closed"


# -- a product named after its maker ------------------------------------------------------------


def test_a_product_named_after_its_maker_passes_its_side_to_the_maker(analyzer):
    got = stances(
        analyzer,
        "DeepSeek raised new funding this spring.\n"
        "DeepSeek-V9 is an open-weight model that anyone can download.",
    )
    assert got["DeepSeek-V9"] == "open" and got["DeepSeek"] == "open"


def test_a_maker_with_an_open_and_a_closed_namesake_is_mixed(analyzer):
    got = stances(
        analyzer,
        "DeepSeek raised new funding this spring.\n"
        "DeepSeek-V9 is an open-weight model that anyone can download.\n"
        "DeepSeek-V10, by contrast, is a proprietary model.",
    )
    assert got["DeepSeek"] == "mixed"


def test_a_name_that_only_begins_with_the_same_letters_is_not_the_makers(analyzer):
    got = stances(
        analyzer,
        "Meta hired new researchers this spring.\nMetabase 4 is an open-source analytics tool.",
    )
    assert got["Metabase 4"] == "open"
    assert got.get("Meta", "none") == "none"


# -- nationality adjectives ---------------------------------------------------------------------


def test_models_named_by_nationality_stand_for_the_country_player(analyzer):
    got = stances(
        analyzer,
        "China has invested heavily in artificial intelligence.\n"
        "Chinese models are now mostly open source.",
    )
    assert got["China"] == "open"


def test_labs_named_by_nationality_act_for_the_country_player(analyzer):
    got = stances(
        analyzer,
        "China has invested heavily in artificial intelligence.\n"
        "Chinese labs release their models as open source, analysts say.",
    )
    assert got["China"] == "open"


def test_a_nationality_gives_nothing_to_another_country(analyzer):
    got = stances(
        analyzer,
        "France has invested heavily in artificial intelligence.\n"
        "Chinese models are now mostly open source.",
    )
    assert got["France"] == "none"


def test_one_startup_named_by_nationality_is_not_the_country(analyzer):
    got = stances(
        analyzer,
        "China has invested heavily in artificial intelligence.\n"
        "A small Chinese startup releases its models as open source.",
    )
    assert got["China"] == "none"


def test_named_firms_described_by_nationality_keep_the_side_for_themselves(analyzer):
    got = stances(
        analyzer,
        "China has invested heavily in artificial intelligence.\n"
        "Alibaba and Tencent, both Chinese firms, release their models as open source.",
    )
    assert got["China"] == "none"


# -- places named beside a generic holder ------------------------------------------------------


def test_places_spanning_a_fronted_range_hold_what_the_governments_hold(analyzer):
    got = stances(analyzer, "From Paris to Tokyo, governments are backing open-source AI.")
    assert got["Paris"] == got["Tokyo"] == "open"


def test_places_spanning_a_range_on_the_subject_hold_its_side(analyzer):
    got = stances(analyzer, "Governments from Paris to Tokyo are backing open-source AI.")
    assert got["Paris"] == got["Tokyo"] == "open"


def test_a_range_beside_a_group_that_is_no_government_gives_the_places_nothing(analyzer):
    got = stances(analyzer, "From Paris to Tokyo, startups are backing open-source AI.")
    assert got.get("Paris", "none") == got.get("Tokyo", "none") == "none"


def test_the_state_of_a_place_listed_among_examples_is_that_place(analyzer):
    got = stances(
        analyzer,
        "Several regions, including Bavaria and the state of Victoria, have backed "
        "open-source AI for public services.",
    )
    assert got["Bavaria"] == got["Victoria"] == "open"


def test_the_state_of_a_place_in_a_location_phrase_holds_nothing(analyzer):
    got = stances(
        analyzer,
        "Acme Labs, a startup based in the state of Victoria, backs open-source AI.",
    )
    assert got.get("Victoria", "none") == "none"


# -- heads of government -------------------------------------------------------------------------

PREMIER = (
    "{lead}\n"
    "Speaking in Osaka, {title} Ken Sato said the country would invest in research.\n"
    '"We want AI models to be open and shared by everyone," Sato said.'
)
ACTING = "Japan on Monday announced a new national plan for artificial intelligence."


def test_a_prime_minister_speaks_for_the_country_the_text_has_acting(analyzer):
    got = stances(analyzer, PREMIER.format(lead=ACTING, title="Japanese Prime Minister"))
    assert got["Ken Sato"] == "open" and got["Japan"] == "open"


def test_a_president_named_with_a_possessive_country_speaks_for_it(analyzer):
    got = stances(analyzer, PREMIER.format(lead=ACTING, title="Japan's president,"))
    assert got["Japan"] == "open"


def test_a_head_of_government_speaks_for_no_country_that_never_acts(analyzer):
    lead = "Analysts have followed the debate in Japan for months."
    got = stances(analyzer, PREMIER.format(lead=lead, title="Japanese Prime Minister"))
    assert got["Ken Sato"] == "open" and got["Japan"] == "none"


def test_a_citizen_without_a_state_title_speaks_only_for_himself(analyzer):
    got = stances(analyzer, PREMIER.format(lead=ACTING, title="the Japanese researcher"))
    assert got["Ken Sato"] == "open" and got["Japan"] == "none"


# -- "it" described ------------------------------------------------------------------------------


def test_it_described_as_open_is_the_product_just_named_and_its_maker(analyzer):
    got = stances(
        analyzer,
        "Meta released Llama 5 last week.\nIt is an open-weight model that anyone can download.",
    )
    assert got["Llama 5"] == "open" and got["Meta"] == "open"


def test_it_in_a_concessive_clause_is_the_product_just_named(analyzer):
    got = stances(
        analyzer,
        "Meta released Llama 5 last week.\n"
        "Although it is openly licensed, the model trails the largest rivals.",
    )
    assert got["Llama 5"] == "open"


def test_an_expletive_it_refers_to_nothing(analyzer):
    got = stances(
        analyzer,
        "Meta released Llama 5 last week.\nIt is hard to say whether open models will win.",
    )
    assert got["Llama 5"] == got["Meta"] == "none"


def test_it_doing_something_is_still_the_company(analyzer):
    got = stances(
        analyzer,
        "Meta released Llama 5 last week.\nIt keeps the training data of the model private.",
    )
    assert got["Meta"] == "closed" and got["Llama 5"] == "none"


# -- "its" ----------------------------------------------------------------------------------------


def test_its_after_the_clause_subject_is_that_subject_not_a_name_in_between(analyzer):
    got = stances(
        analyzer, "Mistral AI, an investment of Microsoft, is competing with its open-weight model."
    )
    assert got["Mistral AI"] == "open"
    assert got.get("Microsoft", "none") == "none"


def test_its_after_a_person_subject_is_still_the_company_named_before(analyzer):
    got = stances(
        analyzer,
        "Microsoft sponsored the event.\n"
        "Jane Roe, who advises the company, praised its open-weight model.",
    )
    assert got["Microsoft"] == "open"


# -- leaders act for their organisation -------------------------------------------------------

LEADER = "Jane Roe, {title}, {act}"
RELEASE = "made the decision to make the models freely available online."


def test_what_a_chief_executive_does_with_models_is_her_organisations_practice(analyzer):
    got = stances(analyzer, LEADER.format(title="Cohere's chief executive", act=RELEASE))
    assert got["Jane Roe"] == "open" and got["Cohere"] == "open"


def test_what_a_chief_executive_says_stays_her_own(analyzer):
    act = "said that open models are the future of the field."
    got = stances(analyzer, LEADER.format(title="Cohere's chief executive", act=act))
    assert got["Jane Roe"] == "open" and got["Cohere"] == "none"


def test_a_researcher_at_an_organisation_does_not_act_for_it(analyzer):
    got = stances(analyzer, LEADER.format(title="a researcher at Cohere", act=RELEASE))
    assert got["Cohere"] == "none"


# -- "the model" -----------------------------------------------------------------------------------


def test_the_model_is_the_product_just_named_and_its_side_reaches_the_maker(analyzer):
    got = stances(
        analyzer,
        "Meta released Llama 5 last week.\nThe model is available under an open-source licence.",
    )
    assert got["Llama 5"] == "open" and got["Meta"] == "open"


def test_the_model_far_from_any_product_is_no_product(analyzer):
    got = stances(
        analyzer,
        "Meta released Llama 5 last week.\n"
        "Sales rose in the spring.\nProfits rose in the summer.\nCosts fell in the autumn.\n"
        "The model is available under an open-source licence.",
    )
    assert got["Llama 5"] == "none"


def test_the_prime_minister_named_before_speaks_for_the_country(analyzer):
    got = stances(
        analyzer,
        ACTING + "\nJapanese Prime Minister Ken Sato opened the conference in Osaka.\n"
        "Later, the prime minister said open-source models should be shared with every country.",
    )
    assert got["Ken Sato"] == "open" and got["Japan"] == "open"


# -- a model named by its maker ----------------------------------------------------------------


def test_a_model_from_a_named_startup_is_that_startups_practice(analyzer):
    got = stances(analyzer, "The new model from startup Zeta Labs is open source.")
    assert got["Zeta Labs"] == "open"


def test_models_from_a_named_company_are_its_practice(analyzer):
    got = stances(analyzer, "The latest models from Alibaba are released with open weights.")
    assert got["Alibaba"] == "open"


def test_a_model_for_someone_is_not_theirs(analyzer):
    got = stances(analyzer, "The new model for the customers of Zeta Labs is open source.")
    assert got.get("Zeta Labs", "none") == "none"


# -- "they" described ------------------------------------------------------------------------------


def test_they_described_are_the_products_just_listed_and_their_maker(analyzer):
    got = stances(
        analyzer,
        "Microsoft released Phi-5 and Orca 3 on Monday.\n"
        "They are open-weight models that anyone can download.",
    )
    assert got["Phi-5"] == got["Orca 3"] == got["Microsoft"] == "open"


def test_they_speaking_are_not_the_products(analyzer):
    got = stances(
        analyzer,
        "Microsoft released Phi-5 and Orca 3 on Monday.\n"
        "They say open-weight models help researchers.",
    )
    assert got["Phi-5"] == got["Orca 3"] == "none"


def test_it_free_to_download_is_the_product_not_an_expletive(analyzer):
    got = stances(analyzer, "Meta released Llama 5 last week.\nIt is free to download and modify.")
    assert got["Llama 5"] == "open"


def test_it_before_a_clause_with_its_own_object_is_expletive(analyzer):
    got = stances(
        analyzer,
        "Meta released Llama 5 last week.\nIt is important to keep open models available.",
    )
    assert got["Llama 5"] == "none"


def test_a_country_acting_beside_another_has_its_president_speak_for_it(analyzer):
    got = stances(
        analyzer,
        "Germany and Japan have clashed over the rules for artificial intelligence.\n"
        "Japanese President Ken Sato praised open-source models on Tuesday.",
    )
    assert got["Ken Sato"] == "open" and got["Japan"] == "open"
    assert got["Germany"] == "none"


def test_the_startup_is_the_one_example_its_subject_named_not_a_host_named_after(analyzer):
    got = stances(
        analyzer,
        "Indian startups such as Sarvam AI have released several models on Hugging Face.\n"
        "The startup says all of its model weights are open source.",
    )
    assert got["Sarvam AI"] == "open"
    assert got.get("Hugging Face", "none") == "none"


def test_the_country_is_the_country_last_acting(analyzer):
    got = stances(
        analyzer,
        "Japan announced a new plan on Monday.\n"
        "The country will release its public models as open source.",
    )
    assert got["Japan"] == "open"


def test_the_country_defined_by_its_own_phrase_refers_to_nothing_before(analyzer):
    got = stances(
        analyzer,
        "Japan announced a new plan on Monday.\n"
        "The country of origin of a model matters less if it is open source.",
    )
    assert got["Japan"] == "none"


# -- a product's hedge is not its maker's closed practice ------------------------------------------


def test_a_product_open_but_not_fully_leaves_its_maker_open(analyzer):
    got = stances(
        analyzer,
        "Meta released Llama 5 last week.\n"
        "Llama 5 is an open-weight model, although it isn't fully open source.",
    )
    assert got["Meta"] == "open"


def test_a_product_plainly_not_open_makes_its_maker_closed(analyzer):
    got = stances(analyzer, "Meta released Llama 5 last week.\nLlama 5 is not open source.")
    assert got["Meta"] == "closed"


def test_the_first_model_to_do_something_is_no_product_named_before(analyzer):
    got = stances(
        analyzer,
        "Google released Gemini 9 last week.\n"
        "Critics called Zeta the first model to reach the public domain as open source.",
    )
    assert got["Gemini 9"] == "none"


def test_the_new_model_is_the_product_just_named(analyzer):
    got = stances(
        analyzer,
        "Meta released Llama 5 last week.\nThe new model is available under an open-source licence.",
    )
    assert got["Llama 5"] == "open"


# -- members who speak for the bodies they belong to ---------------------------------------------


def test_the_chief_executives_of_named_companies_speak_for_them(analyzer):
    got = stances(analyzer, "The CEOs of Mistral and Perplexity backed open models at the summit.")
    assert got["Mistral AI"] == got["Perplexity"] == "open"


def test_members_named_through_including_speak_for_their_bodies(analyzer):
    got = stances(
        analyzer,
        "Tech leaders – including the founders of Mistral, Perplexity, Hugging Face and "
        "Stability AI – say that open model work helps innovation.",
    )
    assert got["Mistral AI"] == got["Perplexity"] == got["Hugging Face"] == "open"
    assert got["Stability AI"] == "open"


def test_the_heads_of_named_companies_speak_for_them(analyzer):
    got = stances(analyzer, "The heads of Mistral and Hugging Face praised open-source AI.")
    assert got["Mistral AI"] == got["Hugging Face"] == "open"


def test_investors_in_a_company_do_not_speak_for_it(analyzer):
    got = stances(analyzer, "Investors in Mistral and Perplexity backed open models at the summit.")
    assert got["Mistral AI"] == got["Perplexity"] == "none"


# -- what a group is about is not who it is ------------------------------------------------------


def test_opponents_of_a_bill_are_not_the_bill_and_it_is_the_bill(analyzer):
    """'Opponents of SB 1047' is what they oppose (the parser may put '1047' in apposition to
    'Opponents'); the 'it' that 'would harm' is the bill."""
    got = stances(analyzer, "Opponents of SB 1047 argued it would harm open-source developers.")
    assert got["SB 1047"] == "closed"


def test_it_that_would_act_is_not_a_person(analyzer):
    got = stances(
        analyzer,
        "Ada Brooks spoke at the hearing on Tuesday.\n"
        "Opponents of SB 1047 argued it would harm open-source developers.",
    )
    assert got["Ada Brooks"] == "none"


def test_a_group_whose_relative_clause_names_its_members_speaks_for_them(analyzer):
    got = stances(
        analyzer,
        "The coalition, which includes Kestrel AI and Larch Labs, urged the White House to "
        "protect open-source AI.",
    )
    assert got["Kestrel AI"] == got["Larch Labs"] == "open"
    assert got["White House"] == "none"  # urged, not holding
