"""Holder resolution on hand-built parses: the shapes a small parser gives real lists."""

import spacy
from spacy.tokens import Doc

from bot.understanding.holders import Holders, signers
from bot.understanding.players import PlayerInfo


def _doc(words, heads, deps, pos):
    lemmas = [
        w.lower().rstrip("s") if p == "NOUN" else w.lower() for w, p in zip(words, pos, strict=True)
    ]
    lemmas[1] = "include"
    tags = ["NNS" if p == "NOUN" else "" for p in pos]
    return Doc(
        spacy.blank("en").vocab,  # its lexical attributes (lower case) are set
        lemmas=lemmas,
        tags=tags,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        sent_starts=[1] + [0] * (len(words) - 1),
    )


def test_an_include_list_hung_as_appositions_names_each_player_not_its_country():
    # "Members include Norway's Fjord Labs, Chile's Andes AI." with the list parsed as appositions
    words = [
        "Members",
        "include",
        "Norway",
        "'s",
        "Fjord",
        "Labs",
        ",",
        "Chile",
        "'s",
        "Andes",
        ".",
    ]
    heads = [1, 1, 5, 2, 5, 1, 5, 9, 7, 5, 1]
    deps = [
        "nsubj",
        "ROOT",
        "poss",
        "case",
        "compound",
        "dobj",
        "punct",
        "poss",
        "case",
        "appos",
        "punct",
    ]
    pos = [
        "NOUN",
        "VERB",
        "PROPN",
        "PART",
        "PROPN",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PART",
        "PROPN",
        "PUNCT",
    ]
    doc = _doc(words, heads, deps, pos)
    players = {
        "fjord": PlayerInfo("fjord", "Fjord Labs", "ORG"),
        "andes": PlayerInfo("andes", "Andes", "ORG"),
        "norway": PlayerInfo("norway", "Norway", "GPE"),
        "chile": PlayerInfo("chile", "Chile", "GPE"),
    }
    token_player = {2: "norway", 4: "fjord", 5: "fjord", 7: "chile", 9: "andes"}
    got = {key for key, *_ in signers(Holders(doc, players, token_player))}
    assert got == {"fjord", "andes"}
