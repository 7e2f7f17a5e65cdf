"""The bar for stating a side, and where the confidence comes from."""

from bot.models import Player
from bot.understanding.confidence import ASSERT_CONFIDENCE, is_asserted, sureness
from tests.conftest import analyze_text


def test_the_bar():
    assert not is_asserted(Player(name="A", type="ORG", stance="none", confidence=0.9))
    assert not is_asserted(Player(name="A", type="ORG", stance="open", confidence=0.1))
    assert is_asserted(Player(name="A", type="ORG", stance="open", confidence=ASSERT_CONFIDENCE))
    assert sureness(Player(name="A", type="ORG", stance="closed", confidence=0.8)) == "clear"
    assert sureness(Player(name="A", type="ORG", stance="closed", confidence=0.1)) == "unsure"


def test_a_statement_is_surer_than_a_product_maker(analyzer):
    a = analyze_text(
        analyzer,
        "Test",
        "Meta released Llama last year.\nLlama is an open model.\n"
        "Yann LeCun said open models are safer.",
    )
    lecun, meta = a.player("Yann LeCun"), a.player("Meta")
    assert lecun.stance == meta.stance == "open"
    assert lecun.basis == "said" and meta.basis == "owner"
    assert lecun.confidence > meta.confidence
    assert is_asserted(lecun) and not is_asserted(meta)


def test_the_overview_states_only_sides_above_the_bar(analyzer):
    a = analyze_text(
        analyzer,
        "Test",
        "Meta released Llama last year.\nLlama is an open model.\n"
        "Yann LeCun said open models are safer.",
    )
    assert "For open AI: Yann LeCun." in a.overview
    assert "Meta (open?)" in a.overview and "For open AI: Yann LeCun, Meta" not in a.overview
