"""Players and positions on small self-written texts, the labelled set, and the seed gold."""

import json

from bot.reading.sources import article_from_text
from bot.understanding.evaluation import evaluate_gold, evaluate_labelled
from tests.conftest import FIXTURES, analyze_text


def stances(analysis):
    return {p.name: p.stance for p in analysis.players}


def test_direct_quote_is_attributed_to_its_speaker(analyzer):
    a = analyze_text(
        analyzer,
        "Quote test",
        '"Open weights are the safest path," said Mara Lindqvist, chief executive of Kestrel Robotics.\nThe firm is based in Oslo.',
    )
    assert stances(a)["Mara Lindqvist"] == "open"
    assert any(p.kind == "quote" and p.holder == "Mara Lindqvist" for p in a.positions)


def test_quote_spanning_sentences(analyzer):
    a = analyze_text(
        analyzer,
        "Quote test",
        'Tomas Brenner said: "We sell to banks. Proprietary models are the only responsible choice."\nHis company is small.',
    )
    assert stances(a)["Tomas Brenner"] == "closed"


def test_negation_flips(analyzer):
    a = analyze_text(
        analyzer,
        "Negation",
        "Oren Castellano does not believe open models are safe enough for hospitals.\nHe runs a clinic.",
    )
    assert stances(a)["Oren Castellano"] == "closed"


def test_contrast_rather_than(analyzer):
    a = analyze_text(
        analyzer,
        "Contrast",
        "Jonah Whitfield urged developers to build on open models rather than closed ones.\nHe spoke in Berlin.",
    )
    assert stances(a)["Jonah Whitfield"] == "open"


def test_mixed_practice(analyzer):
    a = analyze_text(
        analyzer,
        "Mixed",
        "Northwind Analytics offers its flagship model as a closed product, though it also provides a smaller open-source model for students.\nNorthwind Analytics has 300 staff.",
    )
    assert stances(a)["Northwind Analytics"] == "mixed"


def test_pronoun_resolves_to_the_last_person(analyzer):
    a = analyze_text(
        analyzer,
        "Pronoun",
        "Helena Vogt left Corvid Labs last year.\nShe now argues that open-source models are safer.",
    )
    assert stances(a)["Helena Vogt"] == "open"
    assert stances(a)["Corvid Labs"] == "none"


def test_unnamed_concern_has_no_holder(analyzer):
    a = analyze_text(
        analyzer,
        "Concern",
        "Marlowe Labs released its Finch model as open source.\nSome experts warned that open models could help criminals write malware.",
    )
    unattributed = [p for p in a.positions if p.holder is None]
    assert unattributed and unattributed[0].stance == "closed"
    assert stances(a)["Marlowe Labs"] == "open"


def test_no_openness_content_means_none_for_everyone(analyzer):
    a = analyze_text(
        analyzer,
        "Chips",
        "Silverline Semiconductor reported record revenue on Wednesday.\nChief executive Rafael Ortiz said the company would build a new plant in Arizona.",
    )
    assert a.players and all(p.stance == "none" and not p.evidence for p in a.players)
    assert a.positions == []


def test_merging_aliases_surnames_and_tickers(analyzer):
    a = analyze_text(
        analyzer,
        "Meta CEO Zuckerberg backs open models",
        "Meta Platforms (META) CEO Mark Zuckerberg said open models are safer.\nZuckerberg added that Meta's Llama 3.1 is open source.\nFacebook parent Meta did not comment further.",
    )
    names = [p.name for p in a.players]
    assert names.count("Mark Zuckerberg") == 1 and "Zuckerberg" not in names
    assert "Meta" in names and "META" not in names and "Facebook" not in names
    zuck = a.player("Mark Zuckerberg")
    assert zuck.mentions >= 2 and "CEO" in zuck.role and zuck.affiliation == "Meta"


def test_author_publisher_and_generic_words_are_not_players(analyzer):
    a = analyze_text(
        analyzer,
        "AI news",
        "Tech firms rushed into AI this year. Lumen Labs said it will publish open weights.\nEmail Jane Roe at jr@example.com.",
        author="Jane Roe",
        site="The Test Ledger",
    )
    names = {p.name for p in a.players}
    assert not names & {"AI", "Tech", "Jane Roe", "Email Jane Roe", "The Test Ledger"}


def test_unknown_players_found_without_the_gazetteer(analyzer):
    a = analyze_text(
        analyzer,
        "New lab",
        "Quillon Research will keep the weights of its Sable model private, according to chief executive Petra Novak.",
    )
    assert stances(a).get("Quillon Research") == "closed"
    assert stances(a).get("Petra Novak") == "closed"


def test_every_stance_has_evidence_from_the_article(analyzer):
    text = "Lumen Labs released its Aurora model as open source.\nVantage AI keeps its models proprietary."
    a = analyze_text(analyzer, "Evidence", text)
    for p in a.players:
        assert (p.stance == "none") == (not p.evidence)
        for sentence in p.evidence:
            assert sentence in "Evidence\n\n" + text


def test_determinism(analyzer):
    text = (FIXTURES.parent.parent / "bot" / "data" / "sample-article.txt").read_text()
    one = article_from_text(text, "s.txt")
    first = json.dumps(analyzer.analyze(one).to_dict(), sort_keys=True)
    assert all(
        json.dumps(analyzer.analyze(one).to_dict(), sort_keys=True) == first for _ in range(3)
    )


def test_labelled_set_quality_bar(analyzer):
    score = evaluate_labelled(analyzer, FIXTURES / "labelled.json").as_dict()
    assert score["player_recall"] >= 0.9
    assert score["player_precision"] >= 0.9
    assert score["stance_accuracy"] >= 0.9
    assert score["wrongly_positioned"] <= 1 / 7
    assert score["forbidden_found"] == []


def test_realistic_set_quality_bar(analyzer):
    score = evaluate_labelled(analyzer, FIXTURES / "realistic.json").as_dict()
    assert score["player_recall"] >= 0.9
    assert score["positioned_right"] >= 0.8
    assert score["wrongly_positioned"] <= 1 / 7
    assert score["forbidden_found"] == []


def test_seed_article_against_gold(analyzer, shared):
    article = article_from_text((shared / "fixtures" / "seed-article.txt").read_text(), "seed")
    gold = json.loads((shared / "eval" / "seed-article.gold.json").read_text())
    analysis = analyzer.analyze(article)
    score = evaluate_gold(analysis, gold)
    assert score.errors == [] or all("extra player" in e for e in score.errors), score.errors
    assert score.matched == len(gold["players_required"])
    assert score.stance_right == score.matched
    assert score.forbidden_found == []
    assert "CEO" in analysis.player("Mark Zuckerberg").role
    assert any(p.holder is None and p.stance == "closed" for p in analysis.positions)


def test_seed_analysis_is_schema_valid(analyzer, shared, schema):
    import jsonschema

    article = article_from_text((shared / "fixtures" / "seed-article.txt").read_text(), "seed")
    jsonschema.validate(analyzer.analyze(article).to_dict(), schema)


def test_batches_across_processes_give_the_same_analyses(analyzer):
    text = (FIXTURES.parent.parent / "bot" / "data" / "sample-article.txt").read_text()
    articles = [article_from_text(text, f"s{i}.txt") for i in range(4)]
    one = [a.to_dict() for a in analyzer.analyze_many(articles)]
    two = [a.to_dict() for a in analyzer.analyze_many(articles, n_process=2, batch_size=2)]
    assert one == two


def test_name_extended_by_its_first_name_keeps_its_label(analyzer):
    # the NER tags only "Rencallix"; the first name before it is added to the same PERSON
    a = analyze_text(
        analyzer,
        "Zelmarsab Labs opens up",
        '"Open models are the future," Zelmarsab Labs chief executive Pello Rencallix said in an interview in Zelpelvin City.',
    )
    person = next(p for p in a.players if p.type == "PERSON")
    assert person.name == "Pello Rencallix" and person.stance == "open"


def test_roles_and_affiliations_from_the_text(analyzer):
    a = analyze_text(
        analyzer,
        "Open models gain backers",
        "Mistral co-founder Arthur Mensch said open models help Europe.\nJane Okonkwo, chief scientist at Kestrel Robotics, said open weights make audits possible.\nZuckerberg's Meta released Llama 3.1 as open source.",
    )
    mensch = a.player("Arthur Mensch")
    assert "co-founder" in mensch.role and mensch.affiliation == "Mistral AI"
    jane = a.player("Jane Okonkwo")
    assert "chief scientist" in jane.role and jane.affiliation == "Kestrel Robotics"
    b = analyze_text(
        analyzer,
        "Lab news",
        "Kestrel Robotics released an open model on Monday.\nTomas Brenner, the company's chief executive, said open weights build trust.",
    )
    brenner = b.player("Tomas Brenner")
    assert (
        brenner.role == "chief executive, Kestrel Robotics"
        and brenner.affiliation == "Kestrel Robotics"
    )
    assert a.player("Mark Zuckerberg").affiliation == "Meta"


def test_acronym_merges_with_the_full_name(analyzer):
    a = analyze_text(
        analyzer,
        "Agency weighs in",
        "The National Telecommunications and Information Administration (NTIA) said open-weight models should not be restricted for now.\nNTIA officials will keep monitoring the risks.",
    )
    names = [p.name for p in a.players]
    assert "National Telecommunications and Information Administration" in names
    assert "NTIA" not in names
    ntia = a.player("National Telecommunications and Information Administration")
    assert ntia.mentions == 2 and ntia.stance == "open"


def test_advocates_critics_members_and_descriptions(analyzer):
    a = analyze_text(
        analyzer,
        "OpenAI rejects open-source push",
        "OpenAI rejected a proposal from Yann LeCun, a longtime advocate of open models, to publish its research code. Critics of closed AI, including Clement Delangue, said the decision showed the company's priorities. Meta, whose weights are public, declined to comment. Gary Marcus, a vocal critic of open-source AI, welcomed the decision and said the risks were too high.",
    )
    got = stances(a)
    assert got["Yann LeCun"] == "open"  # the advocate, not OpenAI, holds it
    assert got["Clement Delangue"] == "open"  # named among the critics of closed AI
    assert got["Meta"] == "open"  # described by its public weights; "declined" is about comment
    assert got["Gary Marcus"] == "closed"
    assert got["OpenAI"] == "closed"


def test_opening_a_model_to_all_is_an_open_practice(analyzer):
    a = analyze_text(
        analyzer,
        "Lab news",
        "Kelvor Labs opens its Tamsin model to all developers, while Brask Systems keeps its flagship closed.",
    )
    assert stances(a)["Kelvor Labs"] == "open"
    assert stances(a)["Brask Systems"] == "closed"


def test_it_said_refers_to_the_organisation_not_the_thing(analyzer):
    a = analyze_text(
        analyzer,
        "Meta publishes research paper",
        "Meta published a research paper on Tuesday about testing large models. It said open models let outside researchers find problems that a single company would miss.",
    )
    assert stances(a)["Meta"] == "open"


def test_model_names_the_ner_misses(analyzer):
    a = analyze_text(
        analyzer,
        "Lab releases model",
        "The Allen Institute for AI released its OLMo language model under an open licence.\nA smaller model called Tulu Mini 2 will follow.",
    )
    names = {p.name: p for p in a.players}
    assert names["OLMo"].type == "PRODUCT" and names["OLMo"].stance == "open"
    assert "Tulu Mini 2" in names


def test_only_ai_models_are_listed_as_open_models(analyzer):
    a = analyze_text(
        analyzer,
        "Lumen Labs opens its models",
        "Lumen Labs released the weights of its Zephyr 2 language model under an open licence.\n"
        "Its Orbit operating system, which is open source, runs on many phones.\n"
        "Lumen Labs said open models let anyone build on its work.",
    )
    models = {p.name: p.ai_model for p in a.players if p.type == "PRODUCT"}
    assert models.get("Zephyr 2") is True
    assert "Orbit" not in a.overview.split("Open models:")[-1].split(".")[0]
    assert "Zephyr 2" in a.overview.split("Open models:")[-1]


def test_a_set_with_no_unpositioned_player_has_none_wrongly_positioned():
    from bot.understanding.evaluation import Score

    assert Score(positioned=2, positioned_right=2).as_dict()["wrongly_positioned"] == 0.0
    assert Score(unpositioned=4, wrongly_positioned=1).as_dict()["wrongly_positioned"] == 0.25
