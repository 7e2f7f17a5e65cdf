from handlers.links import links_from_message, links_in_blocks, links_in_text


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


def test_malformed_hosts_are_not_links():
    assert links_in_text("<http://[::1|x> <http://[zz]/> <https://ok.example/>") == [
        "https://ok.example/"
    ]


def test_fuzzed_events_never_crash():
    import random

    from handlers.common import is_from_a_person, message_of

    rng = random.Random(7)
    atoms = [None, 1, "x", [], {}, "<http://[::1|x>", "<https://a.example/>", {"type": "link"}]

    def anything(depth=0):
        if depth > 3 or rng.random() < 0.4:
            return rng.choice(atoms)
        if rng.random() < 0.5:
            return [anything(depth + 1) for _ in range(rng.randint(0, 3))]
        keys = ["type", "elements", "url", "text", "blocks", "style", "subtype", "user", "ts"]
        return {rng.choice(keys): anything(depth + 1) for _ in range(rng.randint(0, 4))}

    for _ in range(3000):
        event = anything()
        event = event if isinstance(event, dict) else {"text": event, "blocks": anything()}
        assert isinstance(links_from_message(event), list)
        assert is_from_a_person(event, "UBOT") in (True, False)
        message_of(event, event)


def test_links_that_are_not_clean_urls_are_refused():
    """urlsplit strips a leading space and drops tabs: such a "link" could reach a file reader
    (issue 11, item 5)."""
    dirty = [
        " http://x.example/secret.txt",
        "http://x.example/secret.txt ",
        "\thttp://x.example/a",
        "ht\ttp://x.example/a",
        "http://x.exa\nmple/a",
        "\u00a0http://x.example/a",
        "\u200bhttp://x.example/a",
        "http://x.example/a\u2028b",
        "/etc/passwd",
        "file:///etc/passwd",
    ]
    blocks = [
        {
            "type": "rich_text",
            "elements": [
                {
                    "type": "rich_text_section",
                    "elements": [{"type": "link", "url": url} for url in dirty],
                }
            ],
        }
    ]
    assert links_in_blocks(blocks) == []
    assert links_in_text("<&#32;http://x.example/secret.txt> <&#9;http://x.example/b>") == []
    assert links_from_message({"blocks": blocks, "text": "<&#32;http://x.example/s>"}) == []
    # a clean link, non-ASCII path included, is still a link
    assert links_in_text("<https://x.example/café?q=1>") == ["https://x.example/café?q=1"]
