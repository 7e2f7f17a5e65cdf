"""What a player said versus what the article leaves unattributed; who wrote the article
(issue 12, items 9 and 10)."""

import pytest

from bot.asking.questions import Context, QuestionEngine
from bot.models import Article
from bot.reading.sources import article_from_text

REBUTTAL = Article(
    source="https://ledger.example/orbit",
    title="Orbit AI founder defends releasing model weights",
    author="Sam Reyes",
    site="The Test Ledger",
    text="Orbit AI founder Lena Marsh said on Tuesday that the company will publish the weights "
    "of its Comet model.\n"
    "Some analysts worry that open weights could help Russia build cyberweapons faster. "
    "But Marsh argued that secrecy would not stop a determined state from copying a closed "
    "model.\n"
    "She said open models let outside researchers find flaws sooner.\n"
    "Other labs declined to comment.",
)
CONCERN = "Some analysts worry that open weights could help Russia build cyberweapons faster."


@pytest.fixture(scope="module")
def engine(analyzer):
    return QuestionEngine(analyzer.gazetteer)


@pytest.fixture(scope="module")
def rebuttal(analyzer):
    return [Context(analyzer.analyze(REBUTTAL))]


def quoted(text: str) -> list[str]:
    """The lines an answer quotes under the player's name."""
    return [line[2:] for line in text.splitlines() if line.startswith("> ")]


def test_said_quotes_only_the_player_and_shows_the_concern_unattributed(engine, rebuttal):
    answer = engine.answer("what did Marsh say about Russia?", rebuttal)
    assert answer.intent == "said"
    assert quoted(answer.text) == [
        "But Marsh argued that secrecy would not stop a determined state from copying a "
        "closed model."
    ], answer.text
    assert CONCERN not in answer.evidence
    concern_line = next(line for line in answer.text.splitlines() if CONCERN in line)
    assert "unattributed" in concern_line.lower() and "Marsh" not in concern_line


def test_said_on_the_seed_article(shared, analyzer, engine):
    path = shared / "fixtures" / "seed-article.txt"
    ctx = [Context(analyzer.analyze(article_from_text(path.read_text(), str(path))))]
    answer = engine.answer("what did Zuckerberg say about China?", ctx)
    lines = quoted(answer.text)
    assert lines and all("Zuckerberg" in line for line in lines), answer.text
    assert not any(line.startswith("There are also concerns") for line in lines)
    assert "unattributed" in answer.text.lower()
    author = engine.answer("who is Daniel Howley?", ctx)
    assert "wrote" in author.text and "not a player" in author.text, author.text
    assert "I don't see" not in author.text


@pytest.mark.parametrize(
    "question", ["who is Sam Reyes?", "who is Reyes?", "what did Sam Reyes say?"]
)
def test_the_author_is_named_as_the_author_not_missing(engine, rebuttal, question):
    answer = engine.answer(question, rebuttal)
    assert answer.text.startswith("Sam Reyes wrote this article"), answer.text
    assert "not a player" in answer.text
    assert answer.players == []


def test_the_publisher_is_named_as_the_publisher(engine, rebuttal):
    answer = engine.answer("who is The Test Ledger?", rebuttal)
    assert "The Test Ledger published this article" in answer.text, answer.text
    assert "not a player" in answer.text


def test_a_name_that_is_neither_player_nor_byline_is_still_missing(engine, rebuttal):
    assert engine.answer("who is Dana Cole?", rebuttal).text == (
        "I don't see Dana Cole in this article."
    )
