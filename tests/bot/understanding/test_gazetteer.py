import json

import pytest

from bot.understanding.gazetteer import GazetteerError, load_gazetteer


def test_builtin_gazetteer_knows_the_industry():
    gaz = load_gazetteer()
    assert gaz.lookup("Zuckerberg").name == "Mark Zuckerberg"
    assert gaz.lookup("META").name == "Meta"
    assert gaz.lookup("meta").name == "Meta"
    assert gaz.lookup("GOOGL").name == "Google"
    assert gaz.lookup("NTIA").name.startswith("National Telecommunications")
    assert gaz.entries["Mark Zuckerberg"].affiliation == "Meta"
    assert gaz.ignored("AI")


def test_gazetteer_holds_no_stances():
    gaz = load_gazetteer()
    raw = json.dumps([e.__dict__ for e in gaz.entries.values()])
    assert "stance" not in raw


def test_user_extension_adds_and_merges(tmp_path):
    extra = tmp_path / "extra.json"
    extra.write_text(
        json.dumps(
            {
                "players": [
                    {"name": "Lumen Labs", "type": "ORG", "aliases": ["Lumen"]},
                    {"name": "Meta", "type": "ORG", "aliases": ["Meta Superintelligence Labs"]},
                ],
                "ignore": ["Frontier"],
            }
        )
    )
    gaz = load_gazetteer(extra)
    assert gaz.lookup("Lumen").name == "Lumen Labs"
    assert gaz.lookup("Meta Superintelligence Labs").name == "Meta"
    assert gaz.lookup("Meta Platforms").name == "Meta"  # built-in aliases kept
    assert gaz.ignored("frontier")


@pytest.mark.parametrize(
    "content",
    [
        {"players": [{"type": "ORG"}]},
        {"players": [{"name": "X", "type": "ALIEN"}]},
        {"players": [{"name": "X", "stance": "open"}]},
        {"players": "nope"},
    ],
)
def test_bad_extension_is_refused(tmp_path, content):
    extra = tmp_path / "bad.json"
    extra.write_text(json.dumps(content))
    with pytest.raises(GazetteerError):
        load_gazetteer(extra)


def test_technical_terms_are_not_players(analyzer):
    from tests.conftest import analyze_text

    text = (
        "Nimbus AI built Falcon on a Mixture of Experts design with Rotary Positional "
        "Embeddings (RoPE), and it runs in 16 GB of RAM."
    )
    names = {p.name for p in analyze_text(analyzer, "Terms", text).players}
    assert not names & {"Mixture of Experts", "Rotary Positional Embeddings", "RoPE", "RAM"}
    assert "Nimbus AI" in names
