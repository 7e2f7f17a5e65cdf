"""The terminal brief shows only visible characters (issue 11, item 13)."""

from bot.models import Analysis, Article, Failure, Player
from bot.text import brief_text, failure_text, visible

HIDDEN = "\u200b\u200d\u200e\u202e\u2066\u2069\ufeff\u00ad\U000e0041\x1b[31m\x07\x9b"


def test_terminal_brief_strips_invisible_and_control_characters():
    article = Article(
        source="https://e.example/a",
        text="t",
        title=f"Open{HIDDEN} models win",
        url="https://e.example/a",
        site=f"The{HIDDEN} Ledger",
    )
    player = Player(
        name=f"Acme{HIDDEN} Labs",
        type="ORG",
        stance="open",
        mentions=1,
        evidence=[f"We will{HIDDEN} publish the weights."],
    )
    analysis = Analysis(
        article=article,
        summary=[f"It said{HIDDEN} yes."],
        overview=f"Mostly{HIDDEN} open.",
        players=[player],
        positions=[],
        word_count=1,
    )
    text = brief_text(analysis)
    text += failure_text(Failure("http_status", f"gone{HIDDEN}", source="x", title=f"T{HIDDEN}"))
    assert not set(HIDDEN.replace("[31m", "")) & set(text)
    for words in ("Open[31m models win", "Acme[31m Labs", "We will[31m publish", "It said[31m"):
        assert words in text  # the escape character is gone; what was printable stays


def test_visible_keeps_ordinary_text():
    text = "Café “naïve” — 5 × 3 👍🏽\tend\nnext"
    assert visible(text) == text
    assert visible("a\u2028b\u2029c") == "a b c"


def _brief_of(players):
    return Analysis(
        article=Article(source="a.txt", text="t", title="T"),
        summary=[],
        overview="o",
        players=players,
        positions=[],
        word_count=1,
    )


def test_key_players_are_those_with_a_position_or_weight_in_the_story():
    from bot.text import key_players

    argues = Player(name="Acme", type="ORG", stance="open", confidence=0.9, mentions=1)
    central = Player(name="Regulator", type="ORG", mentions=4, salience=0.8)
    aside = Player(name="Photo App", type="PRODUCT", mentions=1, salience=0.1)
    key, rest = key_players(_brief_of([argues, aside, central]))
    assert [p.name for p in key] == ["Acme", "Regulator"]
    assert [p.name for p in rest] == ["Photo App"]
    text = brief_text(_brief_of([argues, aside, central]))
    assert "also mentioned: Photo App" in text


def test_a_side_below_the_bar_is_shown_as_unsure_not_asserted():
    sure = Player(name="Acme", type="ORG", stance="open", confidence=0.9, evidence=["e"])
    hinted = Player(name="Globex", type="ORG", stance="closed", confidence=0.1, evidence=["e"])
    text = brief_text(_brief_of([sure, hinted]))
    assert "[open]    Acme" in text
    assert "[closed?] Globex" in text
    assert "[closed]  Globex" not in text
