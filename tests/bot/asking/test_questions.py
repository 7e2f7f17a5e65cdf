"""The question set: every intent, worded as people write, over self-written articles."""

import json

import pytest

from bot.asking.questions import Context, QuestionEngine
from bot.models import Article
from bot.reading.sources import article_from_text
from tests.conftest import FIXTURES, ROOT

SET = json.loads((FIXTURES / "questions.json").read_text())
LABELLED = {a["id"]: a for a in json.loads((FIXTURES / "labelled.json").read_text())["articles"]}


@pytest.fixture(scope="module")
def contexts(analyzer):
    out = {}
    for key, spec in SET["articles"].items():
        if "file" in spec:
            article = article_from_text((ROOT / spec["file"]).read_text(), spec["file"])
        else:
            item = LABELLED[spec["labelled"]]
            article = Article(source=item["id"], title=item["title"], text=item["text"])
        out[key] = [Context(analyzer.analyze(article), "2026-03-01")]
    # a channel with two articles about Lumen Labs
    second = Article(
        source="https://news.example/2",
        title="Lumen Labs ships Aurora 3",
        text="Lumen Labs released its Aurora 3 model as open source on Friday.\n"
        "The company said open weights help researchers audit the system.\n"
        "Downloads passed one million in a week.",
    )
    out["channel"] = out["sample"] + [Context(analyzer.analyze(second), "2026-03-08")]
    return out


@pytest.fixture(scope="module")
def engine(analyzer):
    return QuestionEngine(analyzer.gazetteer)


@pytest.mark.parametrize("case", SET["questions"], ids=lambda c: f"{c['on']}: {c['q']}")
def test_question(case, contexts, engine):
    ctxs = contexts[case["on"]]
    answer = engine.answer(case["q"], ctxs)
    assert answer.intent == case["intent"], answer.text
    names = [n for n, _ in answer.players]
    for name in case.get("players", []):
        assert name in names, (name, answer.text)
    if case.get("players") and case["intent"] in ("position", "said", "compare", "timeline"):
        assert names[0] == case["players"][0]  # the one asked about comes first
    for name in case.get("not", []):
        assert name not in names
    for text in case.get("contains", []):
        assert text.lower() in answer.text.lower(), answer.text


def test_no_invented_players(contexts, engine):
    for case in SET["questions"]:
        real = {p.name for c in contexts[case["on"]] for p in c.analysis.players}
        answer = engine.answer(case["q"], contexts[case["on"]])
        assert {n for n, _ in answer.players} <= real


def test_answer_json_shape(contexts, engine):
    data = engine.answer("what is Vantage AI's position?", contexts["sample"]).to_dict()
    assert set(data) == {"question", "intent", "answer", "players", "evidence"}
    assert data["players"][0] == {"name": "Vantage AI", "stance": "mixed"}
    assert data["evidence"]


def test_no_articles_yet(engine):
    answer = engine.answer("who is for open models?", [])
    assert "haven't read any article" in answer.text


def test_all_caps_names_in_questions(analyzer, engine):
    a = analyzer.analyze(
        Article(
            source="us",
            title="US weighs open models",
            text="The US government said open-weight models help American companies compete. China did not comment.",
        )
    )
    ctx = [Context(a)]
    for q in ("what is the US position?", "is the U.S. for open models?"):
        answer = engine.answer(q, ctx)
        assert answer.players and answer.players[0][0] == "United States", answer.text
    assert "I don't see European Union" in engine.answer("where does the EU stand?", ctx).text


def test_every_intent_has_a_handler(engine):
    from bot.asking.questions import INTENTS

    assert {name for name, _ in INTENTS} | {"unknown"} == set(engine._handlers)


def test_names_found_by_the_phrase_matcher_longest_first(engine):
    from bot.models import Analysis, Player

    def player(name, type_="ORG", aliases=()):
        return Player(name=name, type=type_, stance="open", mentions=1, aliases=list(aliases))

    analysis = Analysis(
        article=Article(source="s", text="t", title="T"),
        summary=[],
        overview="o",
        players=[
            player("Lumen Labs"),
            player("Lumen Labs Research Group East", aliases=["Lumen East"]),
            player("Dana Okafor", "PERSON"),
        ],
        positions=[],
        word_count=1,
    )
    ctx = [Context(analysis)]
    found, _ = engine.players_in("what did okafor and Lumen East say?", ctx)
    assert found == ["Dana Okafor", "Lumen Labs Research Group East"]
    found, _ = engine.players_in("what is Lumen Labs' position?", ctx)
    assert found == ["Lumen Labs"]  # the two-word name, not "lumen" of either
    # a name the gazetteer knows, written with dots, that these articles lack
    _, missing = engine.players_in("what does the U.S. think?", ctx)
    assert "United States" in missing


def test_an_alias_of_several_words_is_one_name_not_a_missing_word(engine):
    from bot.models import Analysis, Player

    nimbus = Player(name="Nimbus", type="ORG", stance="open", aliases=["Nimbus Cloud"])
    analysis = Analysis(
        article=Article(source="s", text="t", title="T"),
        summary=[],
        overview="o",
        players=[nimbus],
        positions=[],
        word_count=1,
    )
    found, missing = engine.players_in("where does Nimbus Cloud stand?", [Context(analysis)])
    assert found == ["Nimbus"] and missing == []
    _, missing = engine.players_in("where does Nimbus Orbital stand?", [Context(analysis)])
    assert missing == ["Orbital"]  # a word beside a name that is no part of it is still asked


def test_a_model_code_the_article_lacks_is_said_to_be_missing(engine):
    ctx = _one_article([])
    answer = engine.answer("where does zeta-7b stand?", ctx)
    assert answer.intent == "position" and "I don't see zeta-7b" in answer.text
    assert engine.answer("where does the article stand?", ctx).intent == "unknown"


def _one_article(players):
    from bot.models import Analysis

    return [
        Context(
            Analysis(
                article=Article(source="a.txt", text="t", title="T"),
                summary=[],
                overview="o",
                players=players,
                positions=[],
                word_count=1,
            )
        )
    ]


def test_answers_say_how_sure_they_are(engine):
    from bot.models import Player

    sure = Player(
        name="Acme", type="ORG", stance="open", confidence=0.9, evidence=["Acme said so."]
    )
    hinted = Player(name="Globex", type="ORG", stance="open", confidence=0.1, evidence=["A hint."])
    contexts = _one_article([sure, hinted])
    who = engine.answer("who is for open AI?", contexts)
    assert [name for name, _ in who.players] == ["Acme"]
    assert "Less sure" in who.text and "Globex" in who.text.split("Less sure")[1]
    assert "as the article states it" in engine.answer("where does Acme stand?", contexts).text
    assert "only hints" in engine.answer("where does Globex stand?", contexts).text
