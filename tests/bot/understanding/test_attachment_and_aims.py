"""Kinds of sentence read wrong on real pages this round (self-written text for each kind):
a relative clause the parser hangs on the wrong noun, "A and other models that ...", "an
alternative to other open models", a model noun split off its cue, the aim of a noun of
effort or wish ("X's work to create open models", "a desire by Y to support open weights"),
and the near misses of each."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a relative clause's verb agrees with its antecedent, not with the head the parser
        # chose several words back
        (
            "Reviewers prefer Orbit Labs to Nimbus and other chatbots that are only sold "
            "through an API.",
            "Nimbus",
            "closed",
        ),
        (
            "Reviewers prefer Orbit Labs to Nimbus and other chatbots that are only sold "
            "through an API.",
            "Orbit Labs",
            "none",
        ),
        (
            "Kestrel is an alternative to Nimbus and similar systems that are kept behind an API.",
            "Nimbus",
            "closed",
        ),
        # a singular verb stays with the singular noun
        (
            "Orbit Labs, a maker of chips that is known for its open models, joined the group.",
            "Orbit Labs",
            "open",
        ),
        # "A and other Xs that ...": A is one of them; without "other" it is only listed beside
        (
            "Corvid AI and other labs that release open weights won praise from developers.",
            "Corvid AI",
            "open",
        ),
        (
            "Corvid AI and labs that release open weights won praise from developers.",
            "Corvid AI",
            "none",
        ),
        # "an alternative to other open models such as A": A is open, no contrast meant
        (
            "Kestrel stands out as a strong alternative to the other open source LLMs like "
            "Nimbus and Falcon.",
            "Nimbus",
            "open",
        ),
        ("Kestrel is an alternative to proprietary models such as Nimbus.", "Nimbus", "closed"),
        # the aim of a noun of effort, wish or measure is its owner's
        (
            "The grant will support Corvid AI's work to build open-weight language models.",
            "Corvid AI",
            "open",
        ),
        ("The grant will fund Corvid AI's work on its annual report.", "Corvid AI", "none"),
        (
            "The deal reflects a desire by the Aster Group to support open-weight models.",
            "Aster Group",
            "open",
        ),
        (
            "Growth came thanks to Jane Roe's steps to back open source software.",
            "Jane Roe",
            "open",
        ),
        # a supposed attempt is no one's
        (
            "Any attempt by the Aster Group to restrict open-weight models would hurt startups.",
            "Aster Group",
            "none",
        ),
        # a project or initiative its cue describes is its maker's work; a bill-like
        # initiative's side goes to who introduced it
        ("Orbit Labs is developing open-source initiatives for schools.", "Orbit Labs", "open"),
        (
            "Orbit Labs introduced an initiative that would restrict open-weight models.",
            "Orbit Labs",
            "closed",
        ),
        # a description set off after a name describes the name, even when the parser makes
        # it the verb's object; its "its" is the name's, and the investor takes no side
        (
            "Last year Orbit Labs invested in Corvid AI, a Lyon vendor with open-weight models.",
            "Corvid AI",
            "open",
        ),
        (
            "Last year Orbit Labs invested in Corvid AI, a Lyon vendor with open-weight models.",
            "Orbit Labs",
            "none",
        ),
        (
            "Orbit Labs invested in Corvid AI, a startup known for its open source models.",
            "Corvid AI",
            "open",
        ),
        (
            "Orbit Labs invested in Corvid AI, a startup known for its open source models.",
            "Orbit Labs",
            "none",
        ),
        # a lack of the cue's thing is a shortage, no side; a lack denied is plenty
        ("Orbit Labs lacks open-source models.", "Orbit Labs", "none"),
        ("Orbit Labs does not lack open-weight models.", "Orbit Labs", "open"),
        (
            "Buyers do not lack open-weight models: Nimbus, Falcon and Corvus all sell well.",
            "Nimbus",
            "open",
        ),
        ("Orbit Labs said open models lack safeguards.", "Orbit Labs", "closed"),
        # an official whose title runs between the organisation's name and hers speaks,
        # however the parser splits the subject
        (
            "\u201cWe look forward to what open-source model development will bring,\u201d "
            "Halvard Office of Science Policy Director Jane Roe said in a statement.",
            "Jane Roe",
            "open",
        ),
        (
            "\u201cOpen models are the future,\u201d Ministry of Digital Affairs Deputy Minister "
            "Jane Roe said on Monday.",
            "Jane Roe",
            "open",
        ),
        (
            "\u201cOpen models are the future,\u201d the Ministry of Digital Affairs said on Monday.",
            "Ministry of Digital Affairs",
            "open",
        ),
        # rules name what they govern, no side; judged rules, or rules that restrict, have one
        ("Orbit Labs is drafting rules for open-weight models.", "Orbit Labs", "none"),
        (
            "Orbit Labs is weighing guidance on the safe deployment of open-weight models.",
            "Orbit Labs",
            "none",
        ),
        ("Jane Roe wants tough guidelines on open-weight models.", "Jane Roe", "closed"),
        # rules someone takes a stand on restrain what they govern
        ("Jane Roe opposes new rules for open-weight models.", "Jane Roe", "open"),
        ("Lena Park is calling for regulation on open-weight models.", "Lena Park", "closed"),
        (
            "Halvard AI said the rules for open-weight models are too tough.",
            "Halvard AI",
            "open",
        ),
        (
            "Halvard AI said the rules for open-weight models are too lax.",
            "Halvard AI",
            "closed",
        ),
        ("Jane Roe said the ban on open-weight models is too strict.", "Jane Roe", "open"),
        ("Omar Haddad shed light on the rules for open-weight models.", "Omar Haddad", "none"),
        (
            "Halvard AI said the rules for open-weight models are still unclear.",
            "Halvard AI",
            "none",
        ),
        # words that judge rules judge nothing else
        ("Orbit Labs keeps a tight focus on open-source models.", "Orbit Labs", "open"),
        ("Orbit Labs is drafting stricter rules for open-weight models.", "Orbit Labs", "closed"),
        ("Orbit Labs is drafting lighter rules for open-weight models.", "Orbit Labs", "open"),
        (
            "Orbit Labs is drafting rules that would restrict open-weight models.",
            "Orbit Labs",
            "closed",
        ),
        ("Orbit Labs backs a policy for open-source AI.", "Orbit Labs", "open"),
        # a study is no aim; reviewing projects is no work of one's own; funding them is
        (
            "The fund will back Jane Roe's work to measure the risks of open models.",
            "Jane Roe",
            "none",
        ),
        ("Halvard AI is reviewing open-source projects for security flaws.", "Halvard AI", "none"),
        ("Halvard AI leads several open-source AI projects.", "Halvard AI", "open"),
        # a product lacking the thing is the other side; a lack lamented is the speaker's
        ("Prism-5 lacks an open licence, so developers cannot fine-tune it.", "Prism-5", "closed"),
        ("Lena Park noted that Nimbus 3 lacks open weights.", "Nimbus 3", "closed"),
        ("Europe lacks open models and must build its own, Jane Roe said.", "Jane Roe", "open"),
        ("Europe lacks open models and must build its own, Jane Roe said.", "Europe", "none"),
        # a description after the next item of a list goes to that item
        (
            "Aster Group invested in Corvid AI, a payments startup, and in Vexlo AI, a maker of "
            "open-weight models.",
            "Vexlo AI",
            "open",
        ),
        (
            "Aster Group invested in Corvid AI, a payments startup, and in Vexlo AI, a maker of "
            "open-weight models.",
            "Corvid AI",
            "none",
        ),
        # "the Nimbus models" are Nimbus: the family its name calls them
        (
            "The Nimbus models will ship to coders through Hugging Face, accompanied by the "
            "full model weights.",
            "Nimbus",
            "open",
        ),
        # what a name honours is the namesake's, not the named thing's; "calls for" demands
        (
            "Named in homage to Orbit's proprietary Gemini models, which cost a fee, the Nimbus "
            "models mark a shift.",
            "Nimbus",
            "none",
        ),
        (
            "Named after Orbit's proprietary Gemini models, the Nimbus models mark a shift.",
            "Nimbus",
            "none",
        ),
        ("Jane Roe is calling for radical openness in AI research.", "Jane Roe", "open"),
        # a description hung far from its name, a "which" clause on a person
        (
            "Aster Group bought a stake in Vexlo AI, the owner of several chatbots that keeps "
            "every model behind a paid API.",
            "Vexlo AI",
            "closed",
        ),
        (
            "Aster Group bought a stake in Vexlo AI, the owner of several chatbots that keeps "
            "every model behind a paid API.",
            "Aster Group",
            "none",
        ),
        (
            "Lena Park, the chief scientist of Halvard AI, which keeps its models closed, joined "
            "Orbit Labs.",
            "Halvard AI",
            "closed",
        ),
        (
            "Lena Park, the chief scientist of Halvard AI, which keeps its models closed, joined "
            "Orbit Labs.",
            "Lena Park",
            "none",
        ),
        # a plural description set beside a list describes every name in it
        (
            "Vexlo AI and Corvid AI, two labs that release open weights, now compete with "
            "Halvard AI.",
            "Corvid AI",
            "open",
        ),
        (
            "Halvard AI now competes with Vexlo AI and Corvid AI, two labs that sell only API "
            "access.",
            "Corvid AI",
            "closed",
        ),
        (
            "Halvard AI now competes with Vexlo AI and Corvid AI, two labs that sell only API "
            "access.",
            "Halvard AI",
            "none",
        ),
        (
            "Orbit Labs, Corvid AI and Vexlo AI signed a pledge to release open models.",
            "Vexlo AI",
            "open",
        ),
        (
            "Orbit Labs, Vexlo AI and Corvid AI, three labs that publish open weights, formed a "
            "group.",
            "Vexlo AI",
            "open",
        ),
        # a singular one describes only its own name
        (
            "Vexlo AI and Corvid AI, a lab that releases open weights, now compete with "
            "Halvard AI.",
            "Halvard AI",
            "none",
        ),
        # every member of a listed subject acts, and a country that acts is a player
        (
            "Spain, Poland and Greece pressed hard to shield their domestic firms from new rules.",
            "Greece",
            "none",
        ),
        # a harm aimed at those who make open models is opposed by whoever objects to it
        (
            "The talks stalled after Spain and Poland opposed clauses that would burden firms "
            "which develop open models.",
            "Poland",
            "open",
        ),
        # a name the NER missed, set beside a description of a made thing, is a product
        (
            "Stocks fell after news from Orbit Labs: K7, an open-weight language model built by "
            "Corvid AI, had passed its rivals.",
            "K7",
            "open",
        ),
        (
            "Q9, an open-weight chatbot built by Corvid AI, has passed its rivals.",
            "Q9",
            "open",
        ),
        (
            "Orbit Labs shipped Quill CLI, an open-source terminal tool for coders.",
            "Quill CLI",
            "open",
        ),
        (
            "Lawmakers weighed new limits on SPARC-V, an open-source processor design framework "
            "used across Europe.",
            "SPARC-V",
            "open",
        ),
        (
            "Orbit Labs said it will open-source its newest large model, Kite3.",
            "Kite3",
            "open",
        ),
        # versions of a model named as examples are that model's
        (
            "Critics cite proprietary systems such as newer versions of Nimbus whose weights "
            "stay secret.",
            "Nimbus",
            "closed",
        ),
        # a subject the parser left on "open" read as an adjective still does the act
        ("Jane Roe announced Orbit Labs would open-source Quill Chat.", "Orbit Labs", "open"),
        (
            "Jane Roe announced Orbit Labs would not open-source Quill Chat.",
            "Orbit Labs",
            "closed",
        ),
        # a commitment betrayed, violated or breached is left behind
        (
            "Jane Roe says Orbit Labs betrayed its commitment to open source.",
            "Orbit Labs",
            "closed",
        ),
        (
            "Jane Roe alleged that Orbit Labs violated its founding mission to develop AI in an "
            "open-source environment.",
            "Orbit Labs",
            "closed",
        ),
        ("Orbit Labs renewed its commitment to open source.", "Orbit Labs", "open"),
        # a black box kept so is closed; a black-box test is a way of probing any model
        (
            "Critics slammed the black box strategy used by Orbit Labs and Corvid AI.",
            "Corvid AI",
            "closed",
        ),
        (
            "It runs counter to the black box approach adopted by Orbit Labs.",
            "Orbit Labs",
            "closed",
        ),
        ("Orbit Labs sells black-box models to banks.", "Orbit Labs", "closed"),
        ("Researchers ran black-box tests on Nimbus 3.", "Nimbus 3", "none"),
        # a way of acting used by someone is theirs; a tool used is not a side
        (
            "Critics praised the open approach adopted by Orbit Labs last year.",
            "Orbit Labs",
            "open",
        ),
    ],
)
def test_kind_gives_side(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_a_longer_name_set_beside_a_description_is_not_cut(analyzer):
    got = stances(analyzer, "The Code of Conduct, a voluntary checklist tool, was delayed.")
    assert "Conduct" not in got
