from bot.models import Analysis, Article, Failure, Player
from handlers.render import SECTION_LIMIT, brief_blocks, brief_fallback, escape, failure_message


def analysis(title="<!channel> & <@U1> news", n_players=30, long=False):
    players = [
        Player(
            name=f"P{i} <!here>",
            type="ORG",
            stance="open",
            mentions=1,
            evidence=["x" * (5000 if long else 50)],
        )
        for i in range(n_players)
    ]
    return Analysis(
        article=Article(
            source="https://e.example/a", text="t", title=title, url="https://e.example/a?x=1&y=2"
        ),
        summary=["<b>" * 2000],
        overview="o",
        players=players,
        positions=[],
        word_count=1,
    )


def all_text(blocks):
    import json

    return json.dumps(blocks)


def test_escape():
    assert escape("<!channel> & <@U1>") == "&lt;!channel&gt; &amp; &lt;@U1&gt;"


def test_blocks_never_ping_and_stay_in_limits():
    blocks = brief_blocks(analysis(long=True))
    text = all_text(blocks)
    assert "<!channel>" not in text and "<!here>" not in text and "<@U1>" not in text
    assert len(blocks) <= 50
    for b in blocks:
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= SECTION_LIMIT
    assert "<!channel>" not in brief_fallback(analysis())


def test_failure_message_is_human_and_escaped():
    msg = failure_message(
        Failure("http_status", "the site refused <automated> access", title="<!everyone>")
    )
    assert "refused" in msg and "<!everyone>" not in msg
