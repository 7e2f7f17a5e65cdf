"""Holder resolution on hand-built parses: the shapes a small parser gives real lists."""

import spacy
from spacy.tokens import Doc

from bot.understanding.holders import Holders, listed_examples, makers, signers
from bot.understanding.players import PlayerInfo


def _doc(words, heads, deps, pos, tags=None):
    """A hand-built parse; without `tags`, nouns are tagged plural and the rest untagged."""
    lemmas = [
        w.lower().rstrip("s") if p == "NOUN" else w.lower() for w, p in zip(words, pos, strict=True)
    ]
    lemmas[1] = lemmas[1] if lemmas[1] != "includes" else "include"
    tags = tags or ["NNS" if p == "NOUN" else "" for p in pos]
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


def test_a_maker_named_right_after_the_product_even_when_parsed_onto_the_verb():
    # "She praises Falcon from Abu Dhabi's TII." with "from" hung on the verb
    words = ["She", "praises", "Falcon", "from", "TII", "."]
    heads = [1, 1, 1, 1, 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    players = {
        "falcon": PlayerInfo("falcon", "Falcon", "PRODUCT"),
        "tii": PlayerInfo("tii", "TII", "ORG"),
    }
    assert makers(Holders(doc, players, {2: "falcon", 4: "tii"})) == {"falcon": ["tii"]}


def test_no_maker_when_a_clause_comes_between():
    words = ["She", "moved", "Falcon", "from", "servers", "that", "TII", "runs", "."]
    heads = [1, 1, 1, 1, 3, 7, 7, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "dobj", "nsubj", "relcl", "punct"]
    pos = ["PRON", "VERB", "PROPN", "ADP", "NOUN", "PRON", "PROPN", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    players = {
        "falcon": PlayerInfo("falcon", "Falcon", "PRODUCT"),
        "tii": PlayerInfo("tii", "TII", "ORG"),
    }
    assert makers(Holders(doc, players, {2: "falcon", 6: "tii"})) == {}


def test_the_last_example_hung_on_the_verb_is_listed_with_its_maker_by_agent():
    # "Examples include Falcon, and Granite by IBM." with "Granite" a conjunct of the verb and
    # "by IBM" parsed as an agent
    words = ["Examples", "include", "Falcon", ",", "and", "Granite", "by", "IBM", "."]
    heads = [1, 1, 1, 2, 1, 1, 5, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "cc", "conj", "agent", "pobj", "punct"]
    pos = ["NOUN", "VERB", "PROPN", "PUNCT", "CCONJ", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    players = {
        "falcon": PlayerInfo("falcon", "Falcon", "PRODUCT"),
        "granite": PlayerInfo("granite", "Granite", "PRODUCT"),
        "ibm": PlayerInfo("ibm", "IBM", "ORG"),
    }
    h = Holders(doc, players, {2: "falcon", 5: "granite", 7: "ibm"})
    assert {key for key, _ in listed_examples(h)} == {"falcon", "granite", "ibm"}
    assert makers(h) == {"granite": ["ibm"]}


def test_a_plural_apposition_names_other_models_not_the_product_maker():
    # "Falcon, beating models from IBM, leads." parsed with "models" in apposition to Falcon
    words = ["Falcon", ",", "beating", "models", "from", "IBM", ",", "leads", "."]
    heads = [7, 0, 3, 0, 3, 4, 0, 7, 7]
    deps = ["nsubj", "punct", "amod", "appos", "prep", "pobj", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    players = {
        "falcon": PlayerInfo("falcon", "Falcon", "PRODUCT"),
        "ibm": PlayerInfo("ibm", "IBM", "ORG"),
    }
    assert makers(Holders(doc, players, {0: "falcon", 5: "ibm"})) == {}


def test_a_listed_name_parsed_as_a_bare_noun_phrase_is_still_listed():
    # "A group — Fjord, Andes, Tundra — said so." with "Andes" parsed as npadvmod
    words = ["A", "group", "—", "Fjord", ",", "Andes", ",", "Tundra", "—", "said", "so", "."]
    heads = [1, 9, 1, 1, 3, 3, 5, 3, 9, 9, 9, 9]
    deps = ["det", "nsubj", "punct", "appos", "punct", "npadvmod", "punct", "conj", "punct", "ROOT"]
    deps += ["advmod", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"]
    pos += ["ADV", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    players = {k: PlayerInfo(k, k.title(), "ORG") for k in ("fjord", "andes", "tundra")}
    h = Holders(doc, players, {3: "fjord", 5: "andes", 7: "tundra"})
    assert h.listed(doc[1]) == ["fjord", "andes", "tundra"]


def test_named_after_links_a_product_to_the_org_its_name_starts_with():
    from bot.understanding.holders import named_after

    players = {
        "Acme": PlayerInfo("Acme", "Acme", "ORG", aliases=["Acme Labs"]),
        "Acme R2": PlayerInfo("Acme R2", "Acme R2", "PRODUCT"),
        "Acme-7B": PlayerInfo("Acme-7B", "Acme-7B", "PRODUCT"),
        "Acmeo": PlayerInfo("Acmeo", "Acmeo 3", "PRODUCT"),  # not a whole word
        "Acme Labs": PlayerInfo("Acme Labs", "Acme Labs", "PRODUCT"),  # the whole name
        "Zed": PlayerInfo("Zed", "Zed Acme 2", "PRODUCT"),  # not at the start
    }
    assert named_after(players) == {"Acme R2": ["Acme"], "Acme-7B": ["Acme"]}


def test_a_list_parsed_as_an_apposition_counts_its_first_name_once():
    """'A, B and C' with B and C in apposition to A: the list is three names, so "all
    three" after it stands for them (A was once counted twice, and the count failed)."""
    words = ["Meta", ",", "Google", "and", "Anthropic", "met", ".", "All", "three", "agree", "."]
    heads = [5, 0, 0, 2, 2, 5, 5, 8, 9, 9, 9]
    deps = ["nsubj", "punct", "appos", "cc", "conj", "ROOT", "punct", "det", "nsubj", "ROOT"]
    deps += ["punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "DET", "NUM", "VERB"]
    pos += ["PUNCT"]
    starts = [True] + [False] * 6 + [True] + [False] * 3
    doc = Doc(
        spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=starts
    )
    players = {k: PlayerInfo(key=k, name=k, type="ORG") for k in ("Meta", "Google", "Anthropic")}
    h = Holders(doc, players, {0: "Meta", 2: "Google", 4: "Anthropic"})
    assert next(iter(h.lists_before(8, 0))) == ["Meta", "Google", "Anthropic"]
    assert h.all_of_count(doc[8]) == ["Meta", "Google", "Anthropic"]


def test_a_participle_hung_on_the_last_listed_name_is_done_by_the_whole_list():
    """'..., with labs like Vexa, Korvid, and Lumeo keeping their models closed', parsed with
    "keeping" as a modifier of "Lumeo" and "Lumeo" as a conjunct of "labs": the list does it."""
    words = ["with", "labs", "like", "Vexa", ",", "Korvid", ",", "and", "Lumeo", "keeping"]
    words += ["their", "models", "closed", "."]
    heads = [0, 0, 1, 2, 3, 3, 1, 1, 1, 8, 11, 9, 9, 0]
    deps = ["ROOT", "pobj", "prep", "pobj", "punct", "conj", "punct", "cc", "conj", "acl"]
    deps += ["poss", "dobj", "oprd", "punct"]
    pos = ["ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "VERB"]
    pos += ["PRON", "NOUN", "ADJ", "PUNCT"]
    tags = ["IN", "NNS", "IN", "NNP", ",", "NNP", ",", "CC", "NNP", "VBG", "PRP$", "NNS"]
    tags += ["JJ", "."]
    doc = _doc(words, heads, deps, pos, tags)
    players = {k: PlayerInfo(key=k, name=k, type="ORG") for k in ("Vexa", "Korvid", "Lumeo")}
    h = Holders(doc, players, {3: "Vexa", 5: "Korvid", 8: "Lumeo"})
    assert [t.text for t in h.subjects(doc[9])] == ["labs"]
    assert set(h.resolve(doc[1]) or []) == {"Vexa", "Korvid", "Lumeo"}


def test_a_participle_on_a_common_noun_or_a_past_participle_has_no_subject():
    """'companies keeping their models closed' names nobody; 'a model trained by ...' is no
    deed of the model's."""
    words = ["Lumeo", "trained", "on", "data", "and", "companies", "keeping", "models", "."]
    heads = [0, 0, 1, 2, 0, 0, 5, 6, 0]
    deps = ["ROOT", "acl", "prep", "pobj", "cc", "conj", "acl", "dobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "NOUN", "CCONJ", "NOUN", "VERB", "NOUN", "PUNCT"]
    tags = ["NNP", "VBN", "IN", "NN", "CC", "NNS", "VBG", "NNS", "."]
    doc = _doc(words, heads, deps, pos, tags)
    players = {"Lumeo": PlayerInfo(key="Lumeo", name="Lumeo", type="ORG")}
    h = Holders(doc, players, {0: "Lumeo"})
    assert h.subjects(doc[1]) == []
    assert h.subjects(doc[6]) == []
