"""Finding the real players and only them: each rule on self-written sentences."""

import pytest

from tests.conftest import analyze_text


@pytest.fixture(scope="module")
def nlp():
    from bot.understanding.nlp import get_pipeline

    return get_pipeline()


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def names(analysis):
    return {p.name for p in analysis.players}


def all_forms(analysis):
    return {f for p in analysis.players for f in (p.name, *p.aliases)}


# -- model versions -----------------------------------------------------------------------


def test_a_name_with_a_version_code_is_a_model(nlp):
    found = ents(nlp, "Lumora shipped Vexa 7B, Vexa 8x22B and Quill-2.5 this week.")
    assert ("Vexa 7B", "PRODUCT") in found
    assert ("Vexa 8x22B", "PRODUCT") in found
    assert ("Quill-2.5", "PRODUCT") in found


def test_a_known_company_with_a_version_is_its_model_not_the_company(nlp):
    found = ents(nlp, "Developers compared Mistral 7B with DeepSeek V3 and Claude Opus 4.1.")
    assert {("Mistral 7B", "PRODUCT"), ("DeepSeek V3", "PRODUCT")} <= found
    assert ("Claude Opus 4.1", "PRODUCT") in found


def test_hyphenated_versions_and_tiers_stay_one_name(nlp):
    found = ents(nlp, "The team tested Orrin-K2-Instruct against Zephyr-3-mini on a laptop.")
    assert ("Orrin-K2-Instruct", "PRODUCT") in found
    assert ("Zephyr-3-mini", "PRODUCT") in found


def test_years_counts_and_sections_are_not_versions(nlp):
    found = ents(
        nlp, "Google 2024 earnings rose while Meta hired 3 billion users under Section 230."
    )
    assert not any(label == "PRODUCT" for _, label in found)


# -- bills, plans, licences ---------------------------------------------------------------


def test_bill_numbers_and_named_acts_are_laws(nlp):
    found = ents(
        nlp,
        "Senator Ana Ruiz wrote SB 2210, and the Assembly passed the Open Compute Fairness Act.",
    )
    assert ("SB 2210", "LAW") in found
    assert ("Open Compute Fairness Act", "LAW") in found


def test_two_documents_joined_by_and_stay_two(nlp):
    found = ents(nlp, "Critics compared the Data Shield Act and the 2030 National Compute Plan.")
    assert ("Data Shield Act", "LAW") in found
    assert ("2030 National Compute Plan", "LAW") in found


def test_a_named_licence_is_a_law(nlp):
    found = ents(nlp, "The weights ship under the MIT license, not the Apache 2.0 license.")
    assert {("MIT license", "LAW"), ("Apache 2.0 license", "LAW")} <= found


def test_a_named_law_is_listed_even_without_a_position(analyzer):
    a = analyze_text(
        analyzer,
        "Statehouse debates chatbots",
        "Lawmakers in Sacramento debated SB 2210 on Tuesday. The vote was postponed.",
    )
    assert "SB 2210" in names(a)


# -- governments and agencies -------------------------------------------------------------


def test_an_administration_and_a_government_are_players(nlp):
    found = ents(nlp, "The Obama administration and the Norwegian government signed the pact.")
    assert ("Obama administration", "ORG") in found
    assert ("Norwegian government", "ORG") in found


def test_an_agency_keeps_its_country_and_inner_words(nlp):
    found = ents(
        nlp,
        "Officials from the U.S. Department of Energy met the UK AI Safety Institute and the "
        "Ministry of Science and ICT.",
    )
    assert ("U.S. Department of Energy", "ORG") in found
    assert ("UK AI Safety Institute", "ORG") in found
    assert ("Ministry of Science and ICT", "ORG") in found


def test_country_prefixed_agency_merges_with_the_known_one(analyzer):
    a = analyze_text(
        analyzer,
        "Export rules tighten",
        "The U.S. Department of Commerce issued new rules. The Department of Commerce said "
        "the rules start in May.",
    )
    agencies = [p for p in a.players if "Commerce" in p.name]
    assert len(agencies) == 1
    assert "U.S. Department of Commerce" in agencies[0].aliases


# -- headline fragments and common words --------------------------------------------------


def test_a_headline_name_ends_where_the_body_says(analyzer):
    a = analyze_text(
        analyzer,
        "Jane Roebuck Backs Open Weights At Summit",
        "Jane Roebuck, a researcher at Pellam Labs, spoke on Monday. Roebuck said the lab "
        "would publish its next model.",
    )
    assert "Jane Roebuck" in names(a)
    assert not any("Backs" in n for n in names(a))


def test_headline_words_the_body_never_capitalises_are_not_players(analyzer):
    a = analyze_text(
        analyzer,
        "Bold New Plans Shake Up Chip Makers",
        "Pellam Labs said on Monday that it would build two chip plants in Ohio.",
    )
    assert not any("Plans" in n or "Bold" in n for n in names(a))


def test_a_term_the_text_also_writes_in_lower_case_is_not_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs expands",
        "Large Language Models (LLMs) changed how Pellam Labs works. The firm says large "
        "language models now write half its code.",
    )
    assert "Large Language Models" not in all_forms(a)


def test_plural_common_nouns_in_a_heading_are_not_players(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs expands",
        "Pellam Labs opened an office in Lyon.\nLower Training Costs\nThe firm said its "
        "costs fell by half.",
    )
    assert "Lower Training Costs" not in all_forms(a)


def test_a_describing_word_before_ai_is_a_field_not_a_lab(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs expands",
        "Pellam Labs showed Corvo (Biomedical AI) and Lyra (Physical AI) at its developer day.",
    )
    assert not {"Biomedical AI", "Physical AI"} & all_forms(a)


def test_a_name_the_text_calls_a_partnership_stays_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Partners pool money",
        'Twelve countries announced "Steady AI," a partnership that will fund public '
        "datasets. Steady AI will hire forty engineers.",
    )
    assert "Steady AI" in all_forms(a)


# -- job titles, terms, outlets, reporters ------------------------------------------------


def test_a_job_title_cut_from_a_person_is_not_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs hires",
        "Pellam Labs named a new Chief AI Scientist, Tomas Ederle, on Monday. Ederle starts "
        "in June.",
    )
    assert not any(n.startswith("Chief") for n in all_forms(a))
    assert "Tomas Ederle" in names(a)


def test_technical_acronyms_and_degrees_are_not_players(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs trains a model",
        "Pellam Labs trained its MoE model on 4,000 GPUs using LoRA adapters. Its founder, "
        "who holds a PhD, said the VC money ran out.",
    )
    assert not {"MoE", "GPUs", "GPU", "LoRA", "PhD", "VC"} & all_forms(a)


def test_a_cited_outlet_is_never_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs opens its model",
        "Pellam Labs will publish the weights of its model, Reuters reported on Monday. The "
        "lab's chief executive told The Verge that open models are safer.",
    )
    assert not {"Reuters", "The Verge", "Verge"} & all_forms(a)
    assert "Pellam Labs" in names(a)


def test_an_unknown_outlet_that_is_only_cited_is_not_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs opens its model",
        "Pellam Labs will publish its weights, according to the Harbor Daily News. The "
        "Harbor Daily News reported that the release is planned for June.",
    )
    assert not any("Harbor" in n for n in all_forms(a))


def test_an_outlet_that_acts_is_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Newspaper sues lab",
        "The New York Times sued Pellam Labs over the training data of its model.",
    )
    assert any("New York Times" in n for n in all_forms(a))


def test_an_outlets_reporter_is_not_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs opens its model",
        "Pellam Labs confirmed the release to TechCrunch's Marta Vollen. Reporter Idris "
        "Kamau asked whether the weights would be free.",
    )
    assert not {"Marta Vollen", "Idris Kamau", "Vollen", "Kamau"} & all_forms(a)


# -- places, split names, agencies known under another form -------------------------------


def test_a_country_named_only_as_a_modifier_is_scenery(analyzer):
    a = analyze_text(
        analyzer,
        "Training gets cheaper",
        "Training the model cost about two million US dollars. A U.S. think tank said the "
        "price will fall again.",
    )
    assert "United States" not in names(a)


def test_a_country_that_acts_is_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Export rules",
        "Pellam Labs sells chips abroad. The United States will restrict those exports next year.",
    )
    assert "United States" in names(a)


def test_a_first_name_alone_is_the_same_person(analyzer):
    a = analyze_text(
        analyzer,
        "A researcher speaks",
        "Geoffrey Hinton spoke at the summit on Monday. Friends call him Geoff, and Geoff "
        "said he worries about the pace of research.",
    )
    assert "Geoff" not in names(a)
    assert "Geoff" in a.player("Geoffrey Hinton").aliases


def test_a_known_agency_under_its_country_prefix(analyzer):
    a = analyze_text(
        analyzer,
        "Safety testing",
        "The UK AI Safety Institute tested the model. The AI Safety Institute said the "
        "results will be public.",
    )
    agencies = [p for p in a.players if "Safety Institute" in p.name]
    assert len(agencies) == 1
    assert "UK AI Safety Institute" in agencies[0].aliases


# -- organisations the NER cuts or misses --------------------------------------------------


def test_a_known_name_with_an_organisation_word_is_the_organisation(nlp):
    found = ents(nlp, "The Llama Foundation will fund the Pellam Research Institute next year.")
    assert ("Llama Foundation", "ORG") in found


def test_capital_initials_before_ai_name_a_lab(nlp):
    found = ents(nlp, "Five labs, including QX AI and Naver Cloud, were picked.")
    assert ("QX AI", "ORG") in found
    assert not any(text == "US AI" for text, _ in ents(nlp, "The US AI market grew."))


def test_a_name_the_text_calls_a_startup_is_an_organisation(nlp):
    found = ents(nlp, 'Investors backed "Brightwell," a startup that trains small models.')
    assert ("Brightwell", "ORG") in found


def test_a_capitalised_name_read_as_a_date_is_a_person(nlp):
    found = ents(nlp, "The project is led by Jan Novak from Charles University in Prague.")
    assert ("Jan Novak", "PERSON") in found


def test_a_camel_case_name_listed_beside_an_organisation_is_one(nlp):
    found = ents(nlp, "Partners such as LAION, VexBridge, and Mozilla will share the data.")
    assert ("VexBridge", "ORG") in found


def test_a_partys_legislators_are_one_player(analyzer):
    a = analyze_text(
        analyzer,
        "Senators write to the lab",
        "Republican senators asked Pellam Labs to explain its data practices on Monday.",
    )
    assert "Republican senators" in names(a)


# -- headings and job titles ---------------------------------------------------------------


def test_a_headings_common_words_are_not_players(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs report",
        "Pellam Labs published its report on Monday.\n- Stronger Testing Rules for Chemical "
        "Risks: the report adds two appendices.\nThe lab said it will update the report.",
    )
    assert not any("Testing" in n or "Chemical" in n for n in all_forms(a))


def test_a_department_inside_a_job_title_is_not_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs hires",
        "Rhea Castell, Vice President of Trust Engineering and Public Policy at Pellam Labs, "
        "said the lab will publish its weights.",
    )
    assert not {"Public Policy", "Trust Engineering"} & all_forms(a)
    assert "Rhea Castell" in names(a)


def test_an_organisation_cut_before_its_last_word_ai_is_whole(nlp):
    found = ents(nlp, "Experts at the Pellam Institute for Human-Centered AI wrote the letter.")
    assert ("Pellam Institute for Human-Centered AI", "ORG") in found


def test_initials_read_as_a_place_are_a_lab_when_listed_among_companies(nlp):
    found = ents(nlp, "Officials selected Naver Cloud, Upstage, NC AI and SK Telecom.")
    assert ("NC AI", "ORG") in found


def test_a_quoted_name_called_a_partnership_is_an_organisation(analyzer):
    a = analyze_text(
        analyzer,
        "A fund for public AI",
        'Nine governments launched "Common Ground AI," a partnership to fund open datasets. '
        "Common Ground AI will hire forty engineers.",
    )
    assert "Common Ground AI" in all_forms(a)


def test_common_plural_words_are_no_person(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs releases small models",
        "Pellam Labs released Vexa (Compact Reasoning Models), a family of eight models.",
    )
    assert "Compact Reasoning Models" not in all_forms(a)


def test_two_agencies_joined_by_and_stay_two(nlp):
    found = ents(
        nlp, "A Department of Energy and National Science Foundation grant pays for the work."
    )
    assert ("Department of Energy", "ORG") in found
    assert ("National Science Foundation", "ORG") in found


def test_an_office_named_after_a_policy_is_a_body_not_a_document(nlp):
    found = ents(nlp, "Staff at the Office of Science and Technology Policy drafted it.")
    assert ("Office of Science and Technology Policy", "ORG") in found


def test_a_model_named_after_a_known_company_is_its_own_player(analyzer):
    a = analyze_text(
        analyzer,
        "A new model",
        "DeepSeek released DeepSeek R1 on Monday. DeepSeek said DeepSeek R1 is free to use.",
    )
    assert {"DeepSeek", "DeepSeek R1"} <= names(a)


def test_names_in_a_credit_line_are_not_players(analyzer):
    a = analyze_text(
        analyzer,
        "Pellam Labs opens its model",
        "Pellam Labs said it will publish the weights of its model in June.\nReporting by "
        "Ines Morlot; Editing by Dara Quinlan",
    )
    assert not {"Ines Morlot", "Dara Quinlan"} & names(a)


def test_an_agency_named_on_the_something_keeps_its_whole_name(nlp):
    found = ents(nlp, "The House Select Committee on the CCP and the Ministry of the Interior met.")
    assert ("House Select Committee on the CCP", "ORG") in found
    assert ("Ministry of the Interior", "ORG") in found


def test_a_company_name_split_into_an_organisation_and_a_person_is_one_name(nlp):
    from spacy.tokens import Span

    from bot.understanding.names import _Index, split_name_spans

    doc = nlp.make_doc("Vexmoor Tallis won the contract.")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 1, 2, label="PERSON")]
    assert [(s.text, s.label_) for s in split_name_spans(doc, _Index(doc))] == [
        ("Vexmoor Tallis", "ORG")
    ]


def test_one_name_spelt_two_ways_is_one_player(analyzer):
    text = (
        "Lawmakers debated SB 4410 on Monday. Critics said SB-4410 would hurt startups, and the "
        "SB4410 vote is near. J.R. Halvorsen spoke first; the senator, JR Halvorsen, left early. "
        "Halvorsen later returned."
    )
    names = [p.name for p in analyze_text(analyzer, "Votes", text).players]
    assert sum(n.replace("-", " ").startswith("SB") for n in names) == 1
    assert sum("Halvorsen" in n for n in names) == 1


def test_names_cut_inside_a_hyphenated_word_or_run_into_a_time_word(analyzer):
    text = (
        "In an essay for Fortune yesterday, Jane Roe of Halden's Human-Centered AI Institute "
        "praised Executive Order 14110."
    )
    names = {p.name for p in analyze_text(analyzer, "Essay", text).players}
    assert "Human-Centered AI Institute" in names
    assert "Executive Order 14110" in names
    assert not {n for n in names if "Fortune" in n or n.startswith("Centered")}


def test_the_order_alone_is_the_one_executive_order_named(analyzer):
    text = "The plan was mandated by Executive Order 14110. The Order replaced an earlier one."
    names = [p.name for p in analyze_text(analyzer, "Orders", text).players]
    assert names == ["Executive Order 14110"]


def test_a_committee_named_before_its_chairman_is_the_committee(analyzer):
    text = (
        "House Select Committee on Ruritania Chairman Jonah Whitfield announced a probe. "
        "The Chairmen wrote a letter."
    )
    names = {p.name for p in analyze_text(analyzer, "Probe", text).players}
    assert "House Select Committee on Ruritania" in names
    assert not {n for n in names if n.endswith("Chairman") or n == "Chairmen"}


def test_a_name_followed_by_its_own_script_is_the_romanised_name(analyzer):
    text = "Quill founder Wen Taoyu 文涛宇 put it bluntly. Wen Taoyu later left."
    names = {p.name for p in analyze_text(analyzer, "Founders", text).players}
    assert "Wen Taoyu" in names
    assert not {n for n in names if "文" in n}


def test_a_quoted_bill_title_with_a_possessive_inside_is_one_law(analyzer):
    text = (
        'Senator Jane Roe introduced the "Shielding Ruritania’s Frontier Artificial Intelligence '
        'Models from Export Act" on Monday. The bill would ban the export of open-source models.'
    )
    got = {p.name: p.stance for p in analyze_text(analyzer, "Bills", text).players}
    name = "Shielding Ruritania’s Frontier Artificial Intelligence Models from Export Act"
    assert got.get(name) == "closed"
    assert got.get("Jane Roe") == "closed"


def test_a_mistagged_name_before_a_dotted_version_is_a_model(analyzer):
    text = "Databricks has released Dolly 2.0, reportedly the first open-source chat model."
    names = {p.name for p in analyze_text(analyzer, "Launch", text).players}
    assert "Dolly 2.0" in names


def test_an_honorific_before_a_surname_is_the_same_person(analyzer):
    text = "Jonah Whitfield had doubts. Mr. Whitfield, a hacker, spoke. Dr. Whitfield left."
    names = [p.name for p in analyze_text(analyzer, "Hackers", text).players]
    assert names == ["Jonah Whitfield"]


def test_a_bill_named_by_its_number_stays_a_law_not_a_versioned_product(analyzer):
    """'SB 1047' ends in a number like 'Llama 3', but a bill's number is no version."""
    analysis = analyze_text(
        analyzer,
        "Bills and models",
        "Opponents of SB 1047 said it would harm open-source developers. "
        "Meta released Llama 3 openly.",
    )
    types = {p.name: p.type for p in analysis.players}
    assert types["SB 1047"] == "OTHER"
    assert types["Llama 3"] == "PRODUCT"


@pytest.mark.parametrize(
    "text",
    [
        "Giants like Nimbus AI and Larch Labs keep their models closed.",
        "Frontier models such as GPT-4 or Gemini remain inaccessible to the public.",
    ],
)
def test_a_common_word_capitalised_only_to_open_its_sentence_is_no_player(analyzer, text):
    names = {p.name for p in analyze_text(analyzer, "Openings", text).players}
    assert not names & {"Giants", "Frontier"}


def test_a_name_that_opens_its_sentence_and_recurs_stays(analyzer):
    text = "Vesta released open models. Later, Vesta said it would keep releasing them."
    names = {p.name for p in analyze_text(analyzer, "Openings", text).players}
    assert "Vesta" in names


def players_with_entity(analyzer, text, start, end, label):
    """The players found when the small model reads tokens start..end as one entity of this
    label (a misreading it sometimes makes, set by hand so the test does not hang on it)."""
    from spacy.tokens import Span

    from bot.understanding.players import PlayerFinder

    doc = analyzer.nlp(text)
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [
        Span(doc, start, end, label=label)
    ]
    return PlayerFinder(doc, analyzer.gazetteer).find()


def test_a_job_title_the_small_model_read_as_an_organisation_is_not_a_player(analyzer):
    text = "Rhea Castell, Research Scientist at Pellam Labs, said it."
    found = players_with_entity(analyzer, text, 3, 5, "ORG")  # "Research Scientist"
    assert "Research Scientist" not in found
    assert "Pellam Labs" in found


def test_a_news_agency_cited_as_a_source_is_not_a_player(analyzer):
    a = analyze_text(
        analyzer,
        "Summit ends",
        "According to the Harbor News Agency, the summit's statement backs open models. "
        "Pellam Labs welcomed it.",
    )
    assert not any("Agency" in n for n in all_forms(a))
    assert "Pellam Labs" in names(a)


def test_a_name_a_model_is_given_in_quotes_is_a_product_however_often_it_recurs(analyzer):
    a = analyze_text(
        analyzer,
        "Norway's model",
        "Norway launched a national language model named ‘Fjord’ on Monday. Fjord will serve "
        "schools. Officials said Fjord was built at home. Critics said Fjord came late.",
    )
    fjord = next(p for p in a.players if p.name == "Fjord")
    assert fjord.type == "PRODUCT"


def test_a_name_set_beside_a_model_noun_is_a_product(analyzer):
    a = analyze_text(
        analyzer,
        "Delay",
        "Orrin Labs has postponed the launch of its biggest open model, Pyre Max.",
    )
    assert {p.name: (p.type, p.stance) for p in a.players}["Pyre Max"] == ("PRODUCT", "open")


def test_a_name_ending_in_a_models_tier_is_a_product(analyzer):
    a = analyze_text(
        analyzer,
        "Two models",
        "Orrin Labs released Pyre Mini under an open licence but kept its flagship Pyre Pro "
        "proprietary.",
    )
    got = {p.name: (p.type, p.stance) for p in a.players}
    assert got["Pyre Mini"] == ("PRODUCT", "open")
    assert got["Pyre Pro"] == ("PRODUCT", "closed")
    assert got["Orrin Labs"] == ("ORG", "mixed")


def test_a_title_read_into_a_persons_name_is_trimmed_not_the_person_dropped(analyzer):
    a = analyze_text(
        analyzer,
        "Pyre opened",
        "Orrin Group co-founder and Chair Dana Pell opted to open-source its Pyre models, "
        "citing their power to spur demand.",
    )
    got = {p.name: p.stance for p in a.players}
    assert got["Dana Pell"] == "open"
    assert not any(n.startswith("Chair") for n in all_forms(a))


def test_a_lists_and_read_into_the_first_name_is_trimmed(analyzer):
    text = "The coalition includes Orrin Labs and Kestrel AI."
    found = players_with_entity(analyzer, text, 3, 6, "PERSON")  # "Orrin Labs and"
    assert "Orrin Labs" in found
