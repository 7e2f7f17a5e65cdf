"""Names the NER cuts, splits or misses, found by the kind of phrase: each rule on
self-written sentences, with a near miss it must leave alone."""

import pytest
from spacy.tokens import Doc, Span

from tests.conftest import analyze_text


@pytest.fixture(scope="module")
def nlp():
    from bot.understanding.nlp import get_pipeline

    return get_pipeline()


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def forms(analysis):
    return {f for p in analysis.players for f in (p.name, *p.aliases)}


def by_name(analysis):
    return {p.name: p for p in analysis.players}


# -- short model codes --------------------------------------------------------------------


def test_a_short_code_after_an_organisations_possessive_is_a_model(nlp):
    found = ents(nlp, "Critics compared Nvidia's proprietary r4 with a rival, and it held up.")
    assert ("r4", "PRODUCT") in found


def test_a_short_code_before_a_model_word_is_a_model(nlp):
    found = ents(nlp, "The lab said its Zx3 model runs on a single laptop.")
    assert ("Zx3", "PRODUCT") in found


def test_codes_before_other_nouns_and_quarters_are_not_models(nlp):
    from bot.understanding.names import _Index, code_model_spans

    doc = nlp("Nvidia's k7 chips sold out, and Nvidia's q3 was slow.")
    assert code_model_spans(doc, _Index(doc)) == []


# -- lower-case bodies and documents ------------------------------------------------------


def test_a_nationality_before_a_lower_case_ministry_is_a_body(analyzer):
    got = analyze_text(
        analyzer,
        "Ruritania backs shared models",
        "The Ruritanian foreign ministry published a statement on Tuesday about shared software.",
    )
    assert "Ruritanian foreign ministry" in forms(got)


def test_a_department_store_is_no_body(nlp):
    found = ents(nlp, "She bought a coat at a French department store in town.")
    assert not any("department" in text for text, _ in found)


def test_a_leaders_lower_case_ai_plan_is_a_document(analyzer):
    got = analyze_text(
        analyzer,
        "A plan for models",
        "Governor Ana Diaz's AI action plan sets out how the state will buy software.",
    )
    assert "AI action plan" in forms(got)


def test_a_plan_without_ai_or_a_companys_plan_is_no_document(nlp):
    found = ents(nlp, "Ana Diaz's plan to win failed, and Acme's AI business plan was late.")
    assert not any(label == "LAW" for _, label in found)


# -- names the NER cuts or splits ---------------------------------------------------------


def test_a_dictionary_word_and_ai_before_a_job_title_is_a_company(nlp):
    found = ents(nlp, "Kindly AI CEO Jane Moss said the models would ship soon.")
    assert ("Kindly AI", "ORG") in found


def test_a_known_term_or_article_before_ai_and_a_title_is_no_company(nlp):
    found = ents(nlp, "Responsible AI lead Jane Moss spoke, and the AI CEO listened.")
    assert not any(label == "ORG" for _, label in found)


def _with_ents(nlp, text, spans):
    from spacy.tokens import Span

    doc = nlp(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in spans]
    return doc


def test_a_list_item_run_into_the_next_one_is_cut_at_the_joiner(nlp):
    from bot.understanding.names import _Index, overrun_list_spans

    # "It was built with startups like Quorrel and Hugging Face ."
    doc = _with_ents(
        nlp,
        "It was built with startups like Quorrel and Hugging Face.",
        [(6, 8, "WORK_OF_ART"), (8, 10, "ORG")],
    )
    got = [(s.text, s.label_) for s in overrun_list_spans(doc, _Index(doc))]
    assert got == [("Quorrel", "ORG")]


def test_a_name_ending_in_and_before_no_listed_name_is_left_alone(nlp):
    from bot.understanding.names import _Index, overrun_list_spans

    doc = _with_ents(nlp, "She heads Global Ethics and public policy work.", [(2, 5, "ORG")])
    assert overrun_list_spans(doc, _Index(doc)) == []


def test_an_acronym_spelled_out_before_project_is_one_player(analyzer):
    got = analyze_text(
        analyzer,
        "A new effort",
        "Jane Moss leads the QUILL (Quite Useful Initiative for Linked Learning) Project. "
        "She said the QUILL project will publish its models.",
    )
    players = by_name(got)
    assert "QUILL Project" in players
    assert "QUILL" in players["QUILL Project"].aliases
    assert not any("Linked Learning" in name for name in players)


def test_a_quoted_bill_title_with_its_acronym_is_the_acronym_act(analyzer):
    got = analyze_text(
        analyzer,
        "A new law",
        "The governor signed the “Stopping Abuse From Exploitative Networks” (SAFE NET) Act "
        "on Friday.",
    )
    names = {p.name for p in got.players}
    assert "SAFE NET Act" in names
    assert not any("Exploitative" in name for name in names)


def test_a_parenthetical_acronym_after_a_name_is_left_to_the_alias_rules(nlp):
    found = ents(nlp, "The National Office for Algorithmic Safety (NOAS) said so.")
    assert ("National Office for Algorithmic Safety", "ORG") in found


# -- model versions -----------------------------------------------------------------------


def test_several_versions_of_a_family_stay_apart(analyzer):
    got = analyze_text(
        analyzer,
        "Versions",
        "xAI released Grok 1 with open weights. Grok 2 and Grok 3 were kept closed.",
    )
    names = {p.name for p in got.players}
    assert {"Grok 1", "Grok 2", "Grok 3"} <= names


def test_one_version_stays_with_its_family(analyzer):
    got = analyze_text(
        analyzer,
        "One version",
        "xAI released Grok 2 with open weights. Grok is popular with developers.",
    )
    groks = [p for p in got.players if p.name.startswith("Grok")]
    assert len(groks) == 1


# -- terms, events, headings and duplicates that are not players --------------------------


def test_sizes_formats_and_benchmarks_are_not_players(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs ships models",
        "Pellam Labs released models in 3B, 8B and 70B sizes, with FP8 weights. Its largest "
        "model scored 71.5% on Quizwell and topped Vexbench v2, beating Corvo 2.",
    )
    assert not {"8B", "70B", "FP8", "Quizwell", "Vexbench v2"} & forms(got)
    assert "Pellam Labs" in forms(got)


def test_a_benchmark_cue_needs_a_score_before_on(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs ships models",
        "Pellam Labs depends on Vexmoor Systems for chips, and Vexmoor Systems agreed.",
    )
    assert "Vexmoor Systems" in forms(got)


def test_events_and_shows_are_not_players(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs at a show",
        "Pellam Labs spoke at the Harborview AI Summit and at Forgewell 2025, and its chief "
        "went on the Deep Signal Podcast.",
    )
    found = forms(got)
    assert not any(n.startswith(("Harborview", "Forgewell", "Deep Signal")) for n in found)
    assert "Pellam Labs" in found


def test_a_company_followed_by_its_product_line_is_still_a_player(analyzer):
    got = analyze_text(
        analyzer,
        "Forgewell ships",
        "Forgewell released a model on Monday. Forgewell said the model is open.",
    )
    assert "Forgewell" in forms(got)


def test_an_exchange_before_a_ticker_and_plural_initials_are_not_players(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs lists",
        "Pellam Labs (NYSE:PLAB) briefed investors on Tuesday. However, MPs said they had "
        "been misled by the minister.",
    )
    assert not {"NYSE", "MPs"} & forms(got)


def test_a_colon_after_a_name_in_a_headline_is_no_ticker(analyzer):
    got = analyze_text(
        analyzer,
        "Tomas Ederle: AI's Next Decade",
        "Tomas Ederle spoke about open models in Lyon on Friday.",
    )
    assert "Tomas Ederle" in forms(got)


def test_oddly_written_job_titles_are_not_players(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs hires",
        "Ana Ruiz, Co-Founder and CEO of Pellam Labs, spoke. Tomas Ederle, VP/ Chief "
        "Privacy & Trust Officer for Corvant, also spoke.",
    )
    assert not any(n.startswith(("Co-Founder", "VP")) for n in forms(got))


def test_a_hyphenated_pair_of_names_used_as_a_modifier_is_not_a_player(analyzer):
    got = analyze_text(
        analyzer,
        "Talks resume",
        "Ruritania sent a minister in May. The U.S.-Ruritania relationship soured in June.",
    )
    assert "U.S.-Ruritania" not in forms(got)


def test_a_hyphenated_model_name_is_still_a_player(analyzer):
    got = analyze_text(
        analyzer,
        "Corvo ships",
        "Pellam Labs released Corvo-Reasoner to developers, and Corvo-Reasoner weights are "
        "free to download.",
    )
    assert "Corvo-Reasoner" in forms(got)


def test_heading_lines_of_common_words_are_not_players(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs grows",
        "Pellam Labs opened an office.\n\nSize and Scope of Corvo 2\n\nCorvo 2 is open."
        "\n\nFarmers' Voices and First Lady's Campaign\n\nIt grew.",
    )
    found = forms(got)
    assert not any(n in ("Size", "Scope") or "Voices" in n or "Campaign" in n for n in found)
    assert "Corvo 2" in found


def test_a_surname_that_is_a_word_stays_in_a_heading(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs grows",
        "Ana Bird founded Pellam Labs.\n\nWhy Bird Left Corvant\n\nBird said open models won.",
    )
    assert any("Bird" in n for n in forms(got))


def test_lists_of_topics_and_described_models_are_not_players(analyzer):
    got = analyze_text(
        analyzer,
        "Comments sorted",
        "The recommendations are organized into 12 topics including Export Rules, Energy, "
        "Health, Open Source, and Privacy. Tomas Ederle said that later this year he plans to "
        'release a "Mighty New Open Language Model" with a reasoning feature.',
    )
    found = forms(got)
    assert not any("Energy" in n or "Language Model" in n for n in found)
    assert "Tomas Ederle" in found


def test_one_capitalised_word_describing_the_next_noun_is_not_a_player(analyzer):
    got = analyze_text(
        analyzer,
        "Fears",
        "Doomsday scenarios worry Tomas Ederle. Benchmark results were strong, he said.",
    )
    assert not {"Doomsday", "Benchmark"} & forms(got)


def test_an_acronym_before_a_noun_is_still_a_name(analyzer):
    got = analyze_text(
        analyzer,
        "Projects",
        "Ana Ruiz founded the ORBIT (Open Research for Big Inference Tools) Project. The ORBIT "
        "project will publish models.",
    )
    found = {p.name: p for p in got.players}
    assert "ORBIT" in found["ORBIT Project"].aliases


def test_a_licence_named_shorter_is_the_same_licence(analyzer):
    got = analyze_text(
        analyzer,
        "Corvo licence",
        "Pellam Labs released Corvo under the Apache 2.0 licence. Apache 2.0 lets anyone "
        "build on it. The Corvo 4 community license differs from the older Corvo license.",
    )
    licences = [p for p in got.players if "Apache" in p.name]
    assert len(licences) <= 1
    corvo = [p for p in got.players if p.name.startswith("Corvo") and "license" in p.name]
    assert len(corvo) <= 1


def test_a_model_is_not_merged_into_its_licence(analyzer):
    got = analyze_text(
        analyzer,
        "Corvo licence",
        "Pellam Labs released Corvo 4 on Monday. The Corvo 4 community license limits use.",
    )
    assert any(p.name == "Corvo 4" for p in got.players)


def test_a_lower_case_model_code_is_listed_as_a_player(analyzer):
    got = analyze_text(
        analyzer,
        "Models compared",
        "Critics compared Nvidia's proprietary r4, which stays behind an API, with open models.",
    )
    assert "r4" in forms(got)


def test_an_untagged_item_between_two_products_is_a_product(nlp):
    from bot.understanding.names import _Index, list_sibling_spans

    text = "Teams build on Lumora, Gridflow, Vexor and Panda every day."
    doc = _with_ents(nlp, text, [(3, 4, "PRODUCT"), (7, 8, "PRODUCT")])
    got = [(s.text, s.label_) for s in list_sibling_spans(doc, _Index(doc))]
    assert ("Gridflow", "PRODUCT") in got


def test_an_item_beside_one_product_only_stays_untagged(nlp):
    from bot.understanding.names import _Index, list_sibling_spans

    doc = _with_ents(nlp, "Teams build on Lumora and Gridflow every day.", [(3, 4, "PRODUCT")])
    assert list_sibling_spans(doc, _Index(doc)) == []


def test_an_item_of_a_list_of_companies_after_country_possessives_is_a_company(analyzer):
    got = analyze_text(
        analyzer,
        "Members",
        "Members include Japan’s Sony, Korea’s Naverly, and Italy’s Lights Up. All of them "
        "publish open models.",
    )
    assert "Lights Up" in forms(got)


def test_a_country_possessive_outside_a_list_of_companies_makes_no_company(nlp):
    from bot.understanding.names import _Index, country_list_spans

    doc = nlp("Spain's Big Plans were announced, and Norway's Navy grew.")
    assert country_list_spans(doc, _Index(doc)) == []


def test_a_name_ending_in_a_capitalised_small_word_is_kept(analyzer):
    got = analyze_text(
        analyzer,
        "Members",
        "Members include Japan’s Sony, Korea’s Naverly and Italy’s Turn On. All of them "
        "publish open models.",
    )
    assert "Turn On" in forms(got)


def test_a_size_unit_split_off_a_version_stays_in_the_name(nlp):
    found = ents(nlp, "They trained Corvo v0.1-1T and Corvo v0.1-2T on the data.")
    assert {("Corvo v0.1-1T", "PRODUCT"), ("Corvo v0.1-2T", "PRODUCT")} <= found


def test_a_spaced_letter_after_a_version_is_not_part_of_it(nlp):
    found = ents(nlp, "Corvo 2 A is fast.")
    assert ("Corvo 2 A", "PRODUCT") not in found


def test_a_pair_of_names_before_a_named_body_is_not_a_player(analyzer):
    got = analyze_text(
        analyzer,
        "Agency speaks",
        "Safety online is a key priority for the Smith-Jones FTC, said Ana Ruiz on Monday.",
    )
    assert "Smith-Jones" not in forms(got)


def test_a_hyphenated_company_before_a_common_noun_stays(analyzer):
    got = analyze_text(
        analyzer,
        "Deal",
        "Vexmoor-Tallis engineers released an open model, and Vexmoor-Tallis shares rose.",
    )
    assert "Vexmoor-Tallis" in forms(got)


def test_an_activity_before_ai_in_a_heading_is_not_a_player(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs grows",
        "Pellam Labs opened an office.\n\nDemocratizing AI: The Corvo 40B\n\nCorvo 40B is open.",
    )
    assert "Democratizing AI" not in forms(got)


def test_an_event_named_in_apposition_to_conference_is_not_a_player(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs on stage",
        "Pellam Labs spoke at its annual flagship conference, Brightmoor, which drew crowds.",
    )
    assert "Brightmoor" not in forms(got)


def test_lower_case_hyphenated_models_with_a_size_or_a_tier_are_players(analyzer):
    got = analyze_text(
        analyzer,
        "Models out",
        "Pellam Labs published zeta-oss-120b and zeta-oss-20b with open weights on Monday. "
        "Its r4-mini model stays closed.",
    )
    found = forms(got)
    assert {"zeta-oss-120b", "zeta-oss-20b", "r4-mini"} <= found


def test_dates_and_compounds_with_digits_are_not_models(nlp):
    from bot.understanding.names import _Index, lowercase_model_spans

    doc = nlp("After covid-19 and by mid-2024, the up-to-date h-1b and top-10 rules changed.")
    assert lowercase_model_spans(doc, _Index(doc)) == []


def test_a_bill_title_with_a_possessive_inside_is_one_law(nlp):
    found = ents(
        nlp,
        "Sen. Ana Ruiz introduced the Shielding Ruritania's Data from Export Act, which "
        "would ban imports.",
    )
    assert ("Shielding Ruritania's Data from Export Act", "LAW") in found


def test_a_countrys_possessive_before_a_plan_stays_outside_its_name(nlp):
    found = ents(nlp, "Officials praised America's AI Action Plan on Monday.")
    assert ("AI Action Plan", "LAW") in found


def test_a_bodys_possessive_before_a_plan_stays_outside_its_name(nlp):
    found = ents(nlp, "The Ruritania Department's National AI Readiness Plan backs open models.")
    assert ("National AI Readiness Plan", "LAW") in found


def test_common_words_taken_for_a_person_in_a_heading_are_not_players(analyzer):
    got = analyze_text(
        analyzer,
        "Pellam Labs unveils Corvo 3",
        "Pellam Labs released Corvo 3 on Tuesday in Lyon.\n\nBenchmark Results and Pricing\n\n"
        "The company trained the model on rented chips.",
    )
    assert not any("Results" in n for n in forms(got))


def test_a_person_in_a_heading_named_again_below_stays(nlp):
    from bot.understanding.analyze import dictionary_words
    from bot.understanding.nlp import get_gazetteer
    from bot.understanding.players import PlayerFinder

    text = "Pellam Labs shipped.\n\nWhy Bill Gates Disagrees\n\nGates said open models are risky."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Bill")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    finder = PlayerFinder(doc, get_gazetteer(), dictionary=dictionary_words(nlp))
    ent = doc.ents[0]
    assert ent.start in finder._heading_tokens()
    assert not finder._not_a_name(ent, ent.text)


def test_a_size_at_a_sentences_end_stays_in_the_models_name(nlp):
    found = ents(nlp, "Vexmoor said it relies on Corvo 3.1 70B. It works well.")
    assert ("Corvo 3.1 70B", "PRODUCT") in found


def test_abbreviations_at_a_sentences_end_keep_their_stop(nlp):
    doc = nlp("The law passed in the U.S. It took effect in Jan. next year.")
    assert "U.S." in [t.text for t in doc]


def test_a_bills_short_name_of_initials_is_the_same_bill(analyzer):
    got = analyze_text(
        analyzer,
        "Lawmakers weigh limits",
        "Senators introduced the Frontier Model Accountability Act, known as the FMA Act, "
        "which would require licences for large models.",
    )
    bills = [p for p in got.players if p.name.endswith("Act")]
    assert len(bills) == 1 and "FMA Act" in bills[0].aliases


def test_a_descriptor_before_a_name_is_not_part_of_it(analyzer):
    got = analyze_text(
        analyzer,
        "Coding tools",
        "Startup Vexmoor, which builds coding assistants, said it relies on open models.",
    )
    assert "Vexmoor" in {p.name for p in got.players}
    assert "Startup Vexmoor" not in forms(got)


def _players_of(nlp, text, spans):
    from bot.understanding.analyze import dictionary_words
    from bot.understanding.nlp import get_gazetteer
    from bot.understanding.players import PlayerFinder

    doc = _with_ents(nlp, text, spans)
    return PlayerFinder(doc, get_gazetteer(), dictionary=dictionary_words(nlp)).find()


def test_an_event_shown_once_is_an_event_wherever_it_is_named(nlp):
    # "Crowds filled Forgewell 2026 on Monday . Ana Ruiz spoke at Forgewell ."
    text = "Crowds filled Forgewell 2026 on Monday. Ana Ruiz spoke at Forgewell."
    players = _players_of(nlp, text, [(2, 4, "ORG"), (7, 9, "PERSON"), (11, 12, "ORG")])
    assert "Forgewell" not in players
    assert "Ana Ruiz" in players


def test_a_city_before_conference_stays_a_city_elsewhere(nlp):
    # "At the Lyon conference , Ana Ruiz spoke . Lyon will host the next round ."
    text = "At the Lyon conference, Ana Ruiz spoke. Lyon will host the next round."
    players = _players_of(nlp, text, [(2, 3, "GPE"), (5, 7, "PERSON"), (9, 10, "GPE")])
    assert "Lyon" in players


def test_a_word_the_text_names_with_the_models_head_elsewhere_joins_its_name(nlp):
    from bot.understanding.names import _Index, model_spans

    # "It uses Open Heap v0.1 today . Then Open Heap grew ."
    doc = _with_ents(nlp, "It uses Open Heap v0.1 today. Then Open Heap grew.", [(8, 10, "ORG")])
    got = [s.text for s in model_spans(doc, _Index(doc))]
    assert "Open Heap v0.1" in got


def test_a_word_before_a_models_head_stays_out_when_never_named_with_it(nlp):
    from bot.understanding.names import _Index, model_spans

    doc = _with_ents(nlp, "It uses Open Heap v0.1 today. Then Heap grew.", [(8, 9, "ORG")])
    got = [s.text for s in model_spans(doc, _Index(doc))]
    assert "Heap v0.1" in got


def test_a_former_company_name_describing_a_job_is_not_the_renamed_company(analyzer):
    got = analyze_text(
        analyzer,
        "Open models",
        "Meta released Llama as open weights. A former Facebook engineer said the release "
        "was a mistake.",
    )
    meta = next(p for p in got.players if p.name == "Meta")
    assert "Facebook" not in meta.aliases


def test_a_former_company_name_alone_is_still_the_renamed_company(analyzer):
    got = analyze_text(
        analyzer,
        "Open models",
        "Meta, formerly Facebook, released Llama as open weights on Monday.",
    )
    meta = next(p for p in got.players if p.name == "Meta")
    assert "Facebook" in meta.aliases


def test_a_former_name_before_parent_is_still_the_renamed_company(analyzer):
    got = analyze_text(
        analyzer,
        "Open models",
        "Facebook parent Meta released Llama as open weights on Monday.",
    )
    assert "Facebook" not in {p.name for p in got.players}


def test_facebook_the_platform_is_not_meta_and_takes_none_of_its_side(analyzer):
    got = analyze_text(
        analyzer,
        "Open models",
        "Meta, the parent company of Instagram and Facebook, has long backed open-source models "
        "that anyone may use at no cost.",
    )
    sides = {p.name: p.stance for p in got.players}
    meta = next(p for p in got.players if p.name == "Meta")
    assert sides["Meta"] == "open"
    assert "Facebook" not in meta.aliases
    assert sides.get("Facebook", "none") == "none"


# -- a person named after an organisation's possessive -------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Leaders, including Alibaba's Eddie Wu and others, spoke.", "Eddie Wu"),
        ("The talks included Tencent's Pony Ma, who spoke briefly.", "Pony Ma"),
    ],
)
def test_two_capitalised_words_after_an_organisations_possessive_are_a_person(nlp, text, person):
    assert (person, "PERSON") in ents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Google's Gemini Ultra model is closed.",
        "Meta's Chief Scientist spoke on Monday.",
        "Google's Gemini Nano Pro runs on phones.",
    ],
)
def test_a_model_or_a_job_after_a_possessive_is_no_person(nlp, text):
    assert not {e for e in ents(nlp, text) if e[1] == "PERSON"}


def test_a_camel_case_word_the_ner_left_untagged_is_an_organisation(nlp):
    assert ("OpenUK", "ORG") in ents(nlp, "OpenUK published a report on open source.")


def test_a_camel_case_organisation_takes_its_side(analyzer):
    text = "OpenUK says open-source models create jobs."
    players = by_name(analyze_text(analyzer, "Names", text))
    assert players["OpenUK"].stance == "open"


def test_a_camel_case_surname_left_untagged_is_not_made_an_organisation(nlp):
    from bot.understanding.names import _Index, camel_case_spans

    doc = Doc(nlp.vocab, words=["Then", "McCarthy", "and", "OpenUK", "spoke", "."])
    found = {span.text for span in camel_case_spans(doc, _Index(doc))}
    assert found == {"OpenUK"}


# -- names the filters cut short or dropped ------------------------------------------------


def test_an_article_between_a_joining_word_and_a_capital_is_inside_the_name(analyzer):
    text = "A paper from the Institute for a Fair Digital Commons was discussed on Tuesday."
    assert "Institute for a Fair Digital Commons" in forms(analyze_text(analyzer, "Names", text))


def test_an_article_before_a_lower_case_word_still_ends_the_name(analyzer):
    text = "Quill Labs for a while sold chips, and Quill Labs now sells software."
    assert not any(" a " in f for f in forms(analyze_text(analyzer, "Names", text)))


def test_a_body_named_with_a_list_of_fields_is_one_player(analyzer):
    text = "The minister said the Department for Energy, Culture and Transport would fund labs."
    got = forms(analyze_text(analyzer, "Names", text))
    assert "Department for Energy, Culture and Transport" in got


def test_a_list_of_topics_in_capitals_is_still_no_player(analyzer):
    text = "The agenda covered Trade, Energy, Health and Transport before lunch."
    got = forms(analyze_text(analyzer, "Names", text))
    assert not any("," in f for f in got)


def test_a_coined_name_with_a_version_tagged_as_a_people_is_a_model(analyzer):
    text = "Closed models such as GPT-4, PaLM 2 and Claude are reachable only through APIs."
    players = by_name(analyze_text(analyzer, "Names", text))
    assert players["PaLM 2"].type == "PRODUCT"
    assert players["PaLM 2"].stance == "closed"


@pytest.mark.parametrize(("words", "coined"), [(["PaLM", "2"], True), (["Tier", "2"], False)])
def test_only_a_coined_word_with_a_number_is_read_as_a_versioned_name(nlp, words, coined):
    from bot.understanding.analyze import dictionary_words
    from bot.understanding.nlp import get_gazetteer
    from bot.understanding.players import PlayerFinder

    doc = Doc(nlp.vocab, words=["They", "named", *words, "countries", "."])
    finder = PlayerFinder(doc, get_gazetteer(), dictionary=dictionary_words(nlp))
    assert finder._versioned_name(Span(doc, 2, 4, label="NORP")) is coined


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The centrepiece is the Open-Source AI Seed Fund, which pays for compute.",
         "Open-Source AI Seed Fund"),
        ("Ministers opened the UK Open-Source AI Lab last week.",
         "UK Open-Source AI Lab"),
    ],
)  # fmt: skip
def test_a_body_whose_name_begins_with_a_hyphenated_word_is_named_whole(analyzer, text, name):
    assert name in forms(analyze_text(analyzer, "Names", text))


def test_a_lower_case_hyphenated_word_stays_out_of_a_body_name(analyzer):
    text = "Members of the open-source AI Lab met on Monday."
    assert not any("open-source" in f.lower() for f in forms(analyze_text(analyzer, "Names", text)))


def test_a_body_name_stops_before_a_known_name_joined_by_and(analyzer):
    text = "Researchers at the Halvard Institute for AI and Meta wrote the paper."
    got = forms(analyze_text(analyzer, "Names", text))
    assert {"Halvard Institute for AI", "Meta"} <= got


def test_a_body_name_runs_on_over_and_into_a_field(analyzer):
    text = "The Ministry of Science and ICT expects ICT spending to rise."
    assert "Ministry of Science and ICT" in forms(analyze_text(analyzer, "Names", text))


@pytest.mark.parametrize("adjective", ["open-source", "closed-source", "open-weight"])
def test_a_short_code_after_a_possessive_and_a_hyphenated_adjective_is_a_model(nlp, adjective):
    found = ents(nlp, f"DeepSeek's {adjective} R7 drew praise from developers.")
    assert ("R7", "PRODUCT") in found


def test_a_short_code_before_a_noun_after_a_hyphenated_adjective_is_no_model(nlp):
    found = ents(nlp, "Nvidia's open-source R7 revenue rose.")
    assert ("R7", "PRODUCT") not in found


def test_a_known_name_inside_a_longer_body_name_stays_inside(analyzer):
    text = "The Institute for America and China Studies warned about open-weight models."
    assert "Institute for America and China Studies" in forms(analyze_text(analyzer, "N", text))


@pytest.mark.parametrize(("adjective", "possessed"), [("open-source", True), ("much-hyped", False)])
def test_only_a_side_word_hyphenated_stands_between_a_possessive_and_a_code(
    nlp, adjective, possessed
):
    from bot.understanding.names import _org_possessive

    doc = nlp(f"Apple's {adjective} R7 arrived in stores on Friday.")
    at = next(t.i for t in doc if t.text == "R7")
    assert _org_possessive(doc, at) is possessed


# -- a government named by its leader, whatever the tagger calls the leader --------------


def test_an_administration_after_a_name_tagged_as_an_organisation_is_a_player(analyzer):
    text = "The Trump administration said open-source AI matters to national strength."
    assert by_name(analyze_text(analyzer, "Stance test", text))["Trump administration"]


def test_a_level_of_government_before_administration_is_no_leader(nlp):
    from bot.understanding.names import leader_or_country

    doc = nlp("The State administration issued rules, and so did the Trump administration.")
    state = Span(doc, 1, 2, label="ORG")
    trump = Span(doc, 10, 11, label="ORG")
    assert not leader_or_country(state)
    assert leader_or_country(trump)


def test_a_quoted_code_before_words_of_a_model_is_a_model(analyzer):
    text = 'The startup released its open-source "Z4" reasoning model in January.'
    assert by_name(analyze_text(analyzer, "Stance test", text))["Z4"].stance == "open"
    text = "The startup released its open-source \u201cK7\u201d AI model in January."
    assert by_name(analyze_text(analyzer, "Stance test", text))["K7"].stance == "open"


def test_a_code_before_other_lower_case_words_is_no_model(nlp):
    from bot.understanding.names import _Index, code_model_spans

    doc = nlp("The team said its Z4 results were strong this year.")
    assert code_model_spans(doc, _Index(doc)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Snowflake is following Databricks in releasing open-source models.", "Snowflake"),
        ("Google kept LaMDA largely internal for years.", "LaMDA"),
        ("Alibaba's Tongyi Qianwen models are also open source.", "Tongyi Qianwen"),
    ],
)
def test_ai_industry_names_the_tagger_misses_are_in_the_gazetteer(analyzer, text, name):
    assert name in by_name(analyze_text(analyzer, "Stance test", text))


def test_a_known_company_before_administration_stays_the_company(analyzer):
    text = "The Google administration said it would release open models."
    got = by_name(analyze_text(analyzer, "Stance test", text))
    assert "Google administration" not in got
    assert got["Google"].stance == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Sony keeps the A7 camera series firmware closed.",
        "The P2 pricing model is closed, Acme said.",
    ],
)
def test_a_code_before_a_model_word_of_another_trade_is_no_ai_model(analyzer, text):
    names = by_name(analyze_text(analyzer, "Stance test", text))
    assert not {"A7", "S3", "P2"} & set(names)


def test_a_version_number_after_an_owned_model_joins_it(analyzer):
    """'Acme’s Nova 3.0' read as one name is split at the possessive; the number after the
    owned name marks it a model's (one-word owners are otherwise kept whole, "Tom's ...")."""
    text = "The market is led by proprietary offerings such as Kestrel’s Osprey 3.0 and others."
    names = forms(analyze_text(analyzer, "Names", text))
    assert "Kestrel" in names and "Osprey 3.0" in names


def test_a_version_number_another_name_holds_is_left_to_it(nlp):
    from bot.understanding.names import possessive_parts

    doc = Doc(nlp.vocab, words=["Kestrel", "’s", "Osprey", "3.0", "shipped", "."])
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 3, 4, label="CARDINAL")]
    parts = [span.text for span in possessive_parts(doc.ents[0])]
    assert parts == ["Kestrel", "Osprey"]
    doc.ents = [*possessive_parts(doc.ents[0]), doc.ents[1]]  # no token in two names


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # the department a title is "of", and titles cut from longer ones, are no players
        (
            "Priya Nair, VP of Engineering at Halcyon, said the lab will open its models.",
            "Engineering",
            "Halcyon",
        ),
        ("Lena Park, Chair of the Board at Nimbus, backs open models.", "Board", "Lena Park"),
        (
            "Omar Haddad, Global Head of AI Safety at Kestrel, warned about open weights.",
            "Global Head",
            "Omar Haddad",
        ),
        (
            "Nimbus's Chief Technology Officer, Dana Reyes, said open models are safer.",
            "Technology Officer",
            "Dana Reyes",
        ),
        # an outlet that checks or asks is cited, not a player
        (
            "Reuters could not independently verify the claim that Kestrel will open its model.",
            "Reuters",
            "Kestrel",
        ),
        ("CNBC reached out to Kestrel, which said it supports open models.", "CNBC", "Kestrel"),
    ],
)
def test_title_parts_and_checking_outlets_are_no_players(analyzer, text, gone, kept):
    names = forms(analyze_text(analyzer, "Names", text))
    assert gone not in names
    assert kept in names


@pytest.mark.parametrize(
    "text",
    [
        "The head of Kestrel said open models are safer.",
        "The head of the Harbor Foundation said open models are safer.",
    ],
)
def test_an_organisation_a_title_is_of_stays_a_player(analyzer, text):
    names = forms(analyze_text(analyzer, "Names", text))
    assert "Kestrel" in names or "Harbor Foundation" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a committee named for several subjects is one name, across "and" and commas
        (
            "The Harbor Lords Communications and Digital Committee published a report.",
            "Harbor Lords Communications and Digital Committee",
        ),
        (
            "The House of Lords Communications and Digital Committee published a report.",
            "House of Lords Communications and Digital Committee",
        ),
        (
            "The Senate Commerce, Science and Transportation Committee said open models are risky.",
            "Senate Commerce, Science and Transportation Committee",
        ),
    ],
)
def test_a_committee_named_for_several_subjects_is_one_name(analyzer, text, name):
    assert name in forms(analyze_text(analyzer, "Names", text))


def test_a_name_listed_before_a_committee_stays_apart(analyzer):
    names = forms(analyze_text(analyzer, "Names", "Nimbus and the Digital Committee met."))
    assert "Nimbus" in names and "Digital Committee" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nimbus held a hearing on open models.", "Nimbus"),
        ("The ministry's panel on open-weight models met on Tuesday, Kestrel said.", "Kestrel"),
    ],
)
def test_an_event_held_on_the_cue_is_its_topic(analyzer, text, name):
    from tests.conftest import stances

    assert stances(analyzer, text)[name] == "none"
