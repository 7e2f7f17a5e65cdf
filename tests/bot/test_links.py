from bot.links import links_from_message, links_in_blocks, links_in_text


def test_markup_links_and_labels_unescaped():
    text = "see <https://news.example.com/a?x=1&amp;y=2|this> and <http://b.example/>"
    assert links_in_text(text) == ["https://news.example.com/a?x=1&y=2", "http://b.example/"]


def test_mentions_mailto_slack_and_code_are_skipped():
    text = (
        "<@U123> <#C123|general> <!here> <mailto:a@b.example|a@b> "
        "<https://acme.slack.com/archives/C1/p1> `<https://code.example/x>` "
        "```<https://block.example/y>``` <https://real.example/z>"
    )
    assert links_in_text(text) == ["https://real.example/z"]


def test_rich_text_blocks():
    blocks = [
        {
            "type": "rich_text",
            "elements": [
                {
                    "type": "rich_text_section",
                    "elements": [
                        {"type": "text", "text": "read "},
                        {"type": "link", "url": "https://news.example/a"},
                        {
                            "type": "link",
                            "url": "https://inline-code.example/",
                            "style": {"code": True},
                        },
                    ],
                },
                {
                    "type": "rich_text_preformatted",
                    "elements": [{"type": "link", "url": "https://in-code-block.example/"}],
                },
            ],
        }
    ]
    assert links_in_blocks(blocks) == ["https://news.example/a"]


def test_distinct_links_by_normalised_url():
    event = {
        "text": "<https://n.example/a?utm_source=x> <https://N.example/a#top> <https://n.example/b>"
    }
    assert links_from_message(event) == ["https://n.example/a?utm_source=x", "https://n.example/b"]


def test_malformed_blocks_do_not_crash():
    assert links_from_message({"blocks": "nope", "text": None}) == []
    assert links_in_blocks([{"type": "rich_text", "elements": [None, 3, {"elements": "x"}]}]) == []
