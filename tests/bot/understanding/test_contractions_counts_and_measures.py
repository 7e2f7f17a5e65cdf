"""Kinds of sentence read wrong on real pages this round (self-written text for each kind):
contracted negations, a count set off after a list, a gap between the two sides, a way of
acting owned by what follows it, shares of a market, licences kept to research, a move taken as
a noun, "open-access" as a predicate, a scene set by "where", a lock-in, and the near misses of
each."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # "n't" denies a release as "not" does
        ("Corvid AI still hasn't released Kestrel-3's weights.", "Corvid AI", "closed"),
        ("Corvid AI still hasn't released Kestrel-3's weights.", "Kestrel-3", "closed"),
        ("Corvid AI won\u2019t publish its model weights.", "Corvid AI", "closed"),
        ("Orbit Labs doesn't keep Nimbus closed.", "Orbit Labs", "open"),
        ("Corvid AI has released the weights for Kestrel-3.", "Kestrel-3", "open"),
        # a refusal denied is the act done; a refusal is not
        ("Orbit Labs didn't hesitate to release Nimbus 3 openly.", "Orbit Labs", "open"),
        ("Orbit Labs never refused to share its weights.", "Orbit Labs", "open"),
        ("Orbit Labs refused to release the weights of Nimbus 3.", "Orbit Labs", "closed"),
        # whose weights, named between them and the passive release; its "n't" read too
        ("Orbit Labs said the weights of Nimbus will be released.", "Nimbus", "open"),
        ("Orbit Labs said the weights of Nimbus won't be released.", "Nimbus", "closed"),
        ("Orbit Labs said the weights of Nimbus haven't been released.", "Orbit Labs", "closed"),
        ("Orbit Labs said the weights of its pension fund were published.", "Orbit Labs", "none"),
        # "the startup" stands for a one-word company the tagger took for a person; a person
        # named in full is no company
        (
            "Vexlo's video tool, Prism, is sold to paying subscribers only; the startup has "
            "ruled out releasing the model's weights.",
            "Vexlo",
            "closed",
        ),
        (
            "Kestrel was built by Orbit Labs. In the end, it was the company that refused to publish "
            "the weights.",
            "Kestrel",
            "none",
        ),
        (
            "Jane Roe praised Prism. The company has ruled out releasing the model's weights.",
            "Jane Roe",
            "none",
        ),
        # a free download of a versioned name the tagger left untyped is a model's
        ("Aster Labs has released Kestrel 2 as a free download.", "Aster Labs", "open"),
        ("Orbit Labs released its 2024 safety report as a free download.", "Orbit Labs", "none"),
        # the verb "open-source" written as two words
        ("Orbit Labs open sourced Nimbus 3 in May.", "Orbit Labs", "open"),
        ("Corvid AI’s decision to open source Kestrel 2 drew praise.", "Kestrel 2", "open"),
        ("Orbit Labs wouldn't open source Nimbus 3.", "Nimbus 3", "closed"),
        (
            "Corvane AI is a rival of Orbit Labs, which open sources its models.",
            "Orbit Labs",
            "open",
        ),
        ("The data came from open sources that Orbit Labs can check.", "Orbit Labs", "none"),
        # a count set off by dashes describes the whole list before it, yardsticks included
        (
            "In Orbit's tests a small model bested Corvid AI's Kestrel-5 and Halvard's Nimbus 2 "
            "\u2013 two of the priciest proprietary chatbots \u2013 at maths.",
            "Kestrel-5",
            "closed",
        ),
        (
            "In Orbit's tests a small model bested Corvid AI's Kestrel-5 and Halvard's Nimbus 2 "
            "\u2013 two of the priciest proprietary chatbots \u2013 at maths.",
            "Nimbus 2",
            "closed",
        ),
        (
            "A tiny model topped Corvid AI's Kestrel-5 and Orbit Labs's Nimbus 4 \u2013 two of "
            "the best-known proprietary chatbots \u2013 in coding.",
            "Kestrel-5",
            "closed",
        ),
        # the place a model was made at is its maker; a time is not
        (
            "Orbit Labs released Nimbus, an open-source model developed at the Halvard Institute.",
            "Halvard Institute",
            "open",
        ),
        (
            "The United Arab Emirates has put out Nimbus, an open-source model, to wide acclaim.",
            "United Arab Emirates",
            "open",
        ),
        # the winner over a rival described aside takes no side from the rival's description
        ("Kestrel 2 beat Nimbus 3, a closed-source model, on several tests.", "Kestrel 2", "none"),
        (
            "Kestrel 2 beat Nimbus 3 and Quill 7 – two of the most capable closed-source "
            "models – on several tests.",
            "Kestrel 2",
            "none",
        ),
        (
            "Lumen 4 outperformed Nimbus 3 and Quill 7 — two proprietary models — in the tests.",
            "Quill 7",
            "closed",
        ),
        # the gap between the two sides is only the pair, however the parser joins it
        (
            "Jane Roe lauded Nimbus because it shrinks the gap between open-weight systems and the "
            "top proprietary ones.",
            "Jane Roe",
            "none",
        ),
        # what one's approach is contrasted with is its foil
        (
            "Orbit Labs contrasted its approach with the closed strategies of rivals.",
            "Orbit Labs",
            "open",
        ),
        # the owner of a way of acting, named after it
        ("Critics attacked the closed approach of Corvid AI.", "Corvid AI", "closed"),
        (
            "Critics faulted the closed development methods of labs like Corvid AI.",
            "Corvid AI",
            "closed",
        ),
        ("The closed strategy of the board surprised Orbit Labs.", "Orbit Labs", "none"),
        # a share of a market or of usage is a measure, not a side
        (
            "Orbit Research found that proprietary systems hold 70% of the sector.",
            "Orbit Research",
            "none",
        ),
        (
            "Open models now make up 40% of downloads, according to Acme Analytics.",
            "Acme Analytics",
            "none",
        ),
        # ... unless the share is judged, or wished for
        (
            "Jane Roe hopes open source models will one day hold most of the market.",
            "Jane Roe",
            "open",
        ),
        (
            "Jane Roe said closed models hold a dangerous share of the market.",
            "Jane Roe",
            "open",
        ),
        # use kept to research is a closed licence; commercial use granted is open
        ("Orbit Labs released Nimbus under a non-commercial licence.", "Nimbus", "closed"),
        ("Orbit Labs said Nimbus is licensed only for research purposes.", "Nimbus", "closed"),
        (
            "Orbit Labs said Nimbus is licensed for both commercial use and research.",
            "Nimbus",
            "open",
        ),
        ("Halvard Systems licensed Quill 7 only for research purposes.", "Quill 7", "closed"),
        ("Halvard Systems licensed Quill 7 only for academic research.", "Quill 7", "closed"),
        ("The weights of Lumen 4 are available for research use only.", "Lumen 4", "closed"),
        ("The weights of Lumen 4 are restricted to research purposes.", "Lumen 4", "closed"),
        ("Jane Roe said the new grant is for research use only.", "Jane Roe", "none"),
        # a move as a noun is a step taken, not a straying from ideals
        (
            "Orbit Labs made a bold move by releasing Nimbus, an open-source reasoning model.",
            "Orbit Labs",
            "open",
        ),
        (
            "Orbit Labs strayed from its ideals by withholding the weights of Nimbus.",
            "Orbit Labs",
            "closed",
        ),
        # "open-access" said of a model, not of a journal
        ("Nimbus will be open-access, Orbit Labs said.", "Nimbus", "open"),
        ("Orbit Labs said the journal will be open-access.", "Orbit Labs", "none"),
        (
            "Nimbus is limited access: outsiders may only query it through a paid portal.",
            "Nimbus",
            "closed",
        ),
        # a scene painted by "where" or "when" is no one's side; the act it sets off is
        (
            "In an industry where most labs hide their weights, Orbit Labs moved its office to Lyon.",
            "Orbit Labs",
            "none",
        ),
        (
            "At a time when most labs keep their weights secret, Orbit Labs published Nimbus "
            "openly.",
            "Orbit Labs",
            "open",
        ),
        (
            "At a time when governments are debating limits on open models, Orbit Labs moved its "
            "headquarters to Lyon.",
            "Orbit Labs",
            "none",
        ),
        (
            "Kestrel 2 outscored Nimbus 3 and Quill 7, two leading proprietary models, on coding "
            "tests.",
            "Kestrel 2",
            "none",
        ),
        # ... but a world warned of or wanted is judged
        (
            "Jane Roe warned of a future world where every capable model sits behind a paywall.",
            "Jane Roe",
            "open",
        ),
        ("Jane Roe wants a world where every model is open source.", "Jane Roe", "open"),
        # a lock-in to one side's products is a harm of that side, however the parser hangs it
        (
            "Nimbus can help agencies avoid lock-in to proprietary models, Orbit Labs said.",
            "Orbit Labs",
            "open",
        ),
        ("The deal creates dependence on proprietary models, Jane Roe warned.", "Jane Roe", "open"),
        (
            "Corvid AI, whose proprietary models hold 40% of the market, reported record profits.",
            "Corvid AI",
            "closed",
        ),
        (
            "The agency will keep a publicly available registry of frontier models, Jane Roe said.",
            "Jane Roe",
            "none",
        ),
        # a public list of models is a writing made public, not an open model
        (
            "The bill would set up a publicly available catalogue of foreign chatbots, said "
            "Jane Roe.",
            "Jane Roe",
            "none",
        ),
        # an active verb joined to a passive shares its subject, not its agent
        (
            "The Nimbus Initiative is funded by the Halvard Foundation and will build an "
            "open-source model.",
            "Halvard Foundation",
            "none",
        ),
        (
            "The Nimbus Initiative is funded by the Halvard Foundation and will build an "
            "open-source model.",
            "Nimbus Initiative",
            "open",
        ),
        ("Nimbus was built by Orbit Labs and released openly.", "Orbit Labs", "open"),
        (
            "The Lumen Project is backed by Corvid AI and will release an open-weight model next "
            "year.",
            "Corvid AI",
            "none",
        ),
        (
            "The Aster Initiative is funded by the Halvard Foundation and plans to keep its "
            "models closed.",
            "Halvard Foundation",
            "none",
        ),
        # openness a rule declines to demand is no side; demanded, it is
        (
            "The Frontier Safety Act does not require that any chatbot be released as open source.",
            "Frontier Safety Act",
            "none",
        ),
        (
            "The bill asks for safety reports without requiring vendors to open-source anything, said "
            "Jane Roe.",
            "Jane Roe",
            "none",
        ),
        (
            "The Harbor Safety Bill stops short of requiring that models be open source, Jane Roe "
            "said.",
            "Harbor Safety Bill",
            "none",
        ),
        (
            "The bill would require developers to open-source their models, said Jane Roe.",
            "Jane Roe",
            "open",
        ),
        # near misses found in review
        (
            "Jane Roe said she believes in a world where every model is open source.",
            "Jane Roe",
            "open",
        ),
        (
            "We live in a world where closed models threaten democracy, Jane Roe said.",
            "Jane Roe",
            "open",
        ),
        ("Jane Roe warned that closed models control 90% of the market.", "Jane Roe", "open"),
        (
            "Jane Roe criticized the bill for not requiring labs to open-source what they build.",
            "Jane Roe",
            "open",
        ),
        ("Orbit Labs increased its reliance on proprietary models.", "Orbit Labs", "closed"),
        (
            "Nimbus can help banks avoid vendor lock-in to proprietary models, Orbit Labs said.",
            "Orbit Labs",
            "open",
        ),
        ("Jane Roe said the new AI ethics grant is for research use only.", "Jane Roe", "none"),
        ("The Halvard Review will be open-access, Jane Roe said.", "Jane Roe", "none"),
        (
            "The Lumen Project is backed by Corvid AI and has released an open-weight model.",
            "Corvid AI",
            "none",
        ),
        ("The weights of Jane Roe were posted before the bout.", "Jane Roe", "none"),
        ("Jane Roe's method for auditing closed models impressed Orbit Labs.", "Jane Roe", "none"),
        (
            "Orbit Labs released Nimbus, an open-source model trained at the Halvard Computing "
            "Center.",
            "Halvard Computing Center",
            "none",
        ),
        ("Jane Roe said that Orbit Labs open sourced Nimbus 3.", "Orbit Labs", "open"),
        # a gap that is a pair, and the open model named in it, keep their own words
        ("Orbit Labs said its open-weight Nimbus 3 is the best model yet.", "Nimbus 3", "open"),
    ],
)
def test_kind_gives_side(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        # two names read as one across a curly possessive: the owner and the owned
        (
            "Orbit Labs\u2019s Nimbus is open source.",
            {"Orbit Labs", "Nimbus"},
            {"Orbit Labs\u2019s Nimbus"},
        ),
        (
            "Halvard University\u2019s Jane Roe said open models help research.",
            {"Jane Roe"},
            {"Halvard University\u2019s Jane Roe"},
        ),
        # names whose own words hold a possessive stay whole
        (
            "The People\u2019s Liberation Army studied Nimbus, Orbit Labs said.",
            {"People\u2019s Liberation Army"},
            set(),
        ),
        # an institution's possessive stays in its name
        ("King's College London said open models help research.", {"King's College London"}, set()),
    ],
)
def test_possessive_inside_a_name(analyzer, text, names, not_names):
    found = set(stances(analyzer, text))
    assert names <= found
    assert not (not_names & found)
