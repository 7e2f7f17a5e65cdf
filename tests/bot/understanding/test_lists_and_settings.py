"""Lists the parser breaks apart, settings that are no one's side, and who "we" and "it" are
(self-written sentences, one kind each, most with a near miss beside it)."""

import pytest

from tests.conftest import analyze_text, stances

CASES = [
    # an era a cue names sets the time of the clause; the examples it lists keep their side
    (
        "Ada Brooks argued that before the rise of closed systems such as GPT-3, research was "
        "cooperative.",
        {"Ada Brooks": "none", "GPT-3": "closed"},
    ),
    (
        "Ada Brooks said that since the advent of open-weight models, misuse has grown.",
        {"Ada Brooks": "none"},
    ),
    # near miss: a worry about the rise of one side is a side
    ("Ada Brooks warned about the rise of proprietary models.", {"Ada Brooks": "open"}),
    # a possessed noun of backing
    (
        "Nimbus AI's backing of open-source initiatives has made it a key player.",
        {"Nimbus AI": "open"},
    ),
    # kept from outsiders: AI, not any archive
    ("Orion 3 remains inaccessible to outside researchers.", {"Orion 3": "closed"}),
    (
        "Most of the powerful systems, such as Orion 3 and Vega 2, remain inaccessible to the "
        "public.",
        {"Orion 3": "closed", "Vega 2": "closed"},
    ),
    ("The archive remains inaccessible to the public, Nimbus AI said.", {"Nimbus AI": "none"}),
    # a described "it": a thing in the last sentence's phrases does not stand in the way
    (
        "Granite is a transformer built from nothing on two trillion tokens of prose and "
        "software. It is open source and free to use commercially.",
        {"Granite": "open"},
    ),
    # a long list of examples, broken apart by the parser, read from the words
    (
        "Developers have rushed toward open-source models, such as the Orion family from Nimbus "
        "AI, the Vega series from Larch Labs, and the Tern model from Kestrel AI.",
        {"Nimbus AI": "open", "Larch Labs": "open", "Kestrel AI": "open", "Vega": "open"},
    ),
    (
        "Other labs have been working on open-source models, such as Nimbus AI with its Orion "
        "model and Larch Labs.",
        {"Nimbus AI": "open", "Larch Labs": "open"},
    ),
    # near miss: a list that a clause of saying breaks off is no list of examples
    (
        "Open-source models such as Orion, Larch Labs says, are risky.",
        {"Larch Labs": "closed", "Orion": "open"},
    ),
    # "we at X" is the company speaking; "we met at X" is not
    ("We at Larch Labs believe open weights are the future.", {"Larch Labs": "open"}),
    ("Here at Larch Labs, we believe open weights are the future.", {"Larch Labs": "open"}),
    (
        "We met Ada Brooks at Larch Labs and agreed that open weights are the future.",
        {"Larch Labs": "none"},
    ),
    # the "and" before a subject that closes a list in a phrase of setting
    (
        "In a market led by Nimbus AI, Kestrel AI and Larch Labs, Meta has chosen to release "
        "open models.",
        {"Meta": "open", "Nimbus AI": "none", "Kestrel AI": "none", "Larch Labs": "none"},
    ),
    # "a bill called X" is X
    (
        "Last year a bill called the Secure Models Act, which would have banned open-weight "
        "models, stalled.",
        {"Secure Models Act": "closed"},
    ),
    # labs named as examples do what their clause says, inside someone's argument too
    (
        "Ada Brooks argued that research was cooperative, with labs like Nimbus AI and Larch "
        "Labs openly sharing breakthroughs.",
        {"Ada Brooks": "open", "Nimbus AI": "open", "Larch Labs": "open"},
    ),
    # the members a group's relative clause names, hung by the parser on its "of" object
    (
        "Opponents of the bill, which include Nimbus AI, Larch Labs, and venture capital firm "
        "Andreessen Horowitz, argue that the bill would hurt open source.",
        {"Nimbus AI": "open", "Larch Labs": "open", "Andreessen Horowitz": "open"},
    ),
    (
        "Supporters of the rule, which include Nimbus AI and Larch Labs, say closed models are "
        "safer.",
        {"Nimbus AI": "closed", "Larch Labs": "closed"},
    ),
    # the open-sourcing of a named model, announced
    (
        "Nimbus AI officially announced the open-sourcing of the Orion 3 model.",
        {"Nimbus AI": "open", "Orion 3": "open"},
    ),
    # a part of a named whole: "many of the labs, including A and B"
    (
        "Many of the labs, including Nimbus AI and Larch Labs, release open models.",
        {"Nimbus AI": "open", "Larch Labs": "open"},
    ),
    # a judgement of the thing is the speaker's, not the practice of whoever uses it
    (
        "Ada Brooks said Nimbus AI builds closed models that lack transparency.",
        {"Ada Brooks": "open", "Nimbus AI": "closed"},
    ),
    ("Ada Brooks criticized closed models that lack transparency.", {"Ada Brooks": "open"}),
    ("Ada Brooks said closed models lack transparency.", {"Ada Brooks": "open"}),
    # what a holder gains by the means it uses is no worry about the means
    (
        "Companies like Meta see a path where firms like Nimbus AI achieve entrenchment in the "
        "chatbot market using closed models.",
        {"Meta": "open", "Nimbus AI": "closed"},
    ),
    # near miss: a jab taken at one side is a side
    (
        "Larch Labs takes a jab at companies with a proprietary vision for AI.",
        {"Larch Labs": "open"},
    ),
    # a subject the parser hung as one more thing a foil has: the foil's clause is not its
    (
        "Unlike proprietary systems such as ChatGPT or Claude, which have guardrails, filters, and "
        "safeguards designed to prevent harmful use, open source models lack any oversight.",
        {"ChatGPT": "closed", "Claude": "closed"},
    ),
    # near misses found in review: no AI kept from outsiders, or only for a while or a place
    ("Kestrel AI's headquarters remain inaccessible to the public.", {"Kestrel AI": "none"}),
    (
        "Nimbus AI's chatbot was briefly unavailable to the public after an outage.",
        {"Nimbus AI": "none"},
    ),
    ("GPT-4 remains unavailable to the public in China.", {"GPT-4": "none"}),
    # the participle on the named labs is their act, whatever the verb above says of it
    (
        "Ada Brooks warned that labs such as Nimbus AI and Larch Labs releasing open weights "
        "could help adversaries.",
        {"Ada Brooks": "closed", "Nimbus AI": "open", "Larch Labs": "open"},
    ),
    # none of a whole is no part of it
    (
        "None of the labs, including Nimbus AI and Larch Labs, release open weights.",
        {"Nimbus AI": "none", "Larch Labs": "none"},
    ),
    # a list "with" a rival is no list of examples
    (
        "Analysts compared open models such as the Orion series from Nimbus AI and the Pike "
        "model from Larch Labs with GPT-4.",
        {"GPT-4": "none"},
    ),
    # backing ended is read at the verb
    (
        "Larch Labs ended its backing of open-source initiatives last year.",
        {"Larch Labs": "closed"},
    ),
    # an apposition of the other side keeps a released name from the first
    (
        "Vesta Labs launched Pike, its open model, and Lumen, a proprietary assistant.",
        {"Lumen": "closed"},
    ),
    # the names a colon lists after the cue's phrase (brackets only say what each is for)
    (
        "Nimbus AI unveiled a batch of open-source releases: Orion 2 (agents), Vega 3 "
        "(robotics) and GPT-4o for instance.",
        {"Orion 2": "open", "Vega 3": "open", "Nimbus AI": "open"},
    ),
    # near miss: a clause after the colon is no list
    (
        "Nimbus AI released two open models: GPT-4o remains the closed leader, Ada Brooks says.",
        {"GPT-4": "closed"},
    ),
    # a past aim on the verb above is superseded by the shift after it
    (
        "OpenAI initially aimed to brand itself as an open-source lab, but later shifted to a "
        "closed-source approach.",
        {"OpenAI": "closed"},
    ),
    # a name its apposition calls a model is a product, whatever the parser guessed
    (
        "The partnership has already produced NeMo, a highly competitive open-source language "
        "model.",
        {"NeMo": "open"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_the_kind_of_sentence_gives_each_player_its_side(analyzer, text, expected):
    got = {p.name: p.stance for p in analyze_text(analyzer, "Lists and settings", text).players}
    assert {name: got.get(name, "-") for name in expected} == expected


def test_an_apposition_naming_the_other_side_is_not_described_by_the_first(analyzer):
    title = (
        "Nimbus AI Critiques Kestrel AI's Closed-Source Model, Champions Larch Labs Partnership "
        "for Open-Source AI Revival"
    )
    text = "Nimbus AI spoke on Monday about Kestrel AI and Larch Labs. Larch Labs makes chips."
    got = {p.name: p.stance for p in analyze_text(analyzer, title, text).players}
    assert (got["Kestrel AI"], got["Larch Labs"]) == ("closed", "none")


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        # the examples of the models, hung by the parser on the place they were made in
        ("in France, such as Orrin Labs' Pyre series", {"Orrin Labs": "open", "France": "none"}),
        # a place with examples of its own: those are places, not models
        ("in countries such as France", {"France": "none"}),
    ],
)
def test_examples_after_the_place_a_model_was_made_are_the_models(analyzer, place, expected):
    got = stances(analyzer, f"Researchers drew on open-source models developed {place}.")
    assert {k: got.get(k, "none") for k in expected} == expected
