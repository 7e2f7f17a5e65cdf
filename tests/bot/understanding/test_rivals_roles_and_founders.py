"""Kinds of sentence read wrong on last round's first-read pages (self-written text for
each kind): a challenge posed to one side, a harm threatened, a role the text dates, those
who set up a campaigning body, a change proposed to a law, a move past an era, an "it" after
a conceding clause, a course steered, a speaker the parser strands, and the near misses of
each."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # what poses a challenge to one side is the other
        (
            "The lab shipped several free models this year, including a model called Tern that "
            "is a real challenge to proprietary chatbots.",
            "Tern",
            "open",
        ),
        (
            "Senator Ames warned that the Harbor Act poses a challenge to open-source developers.",
            "Harbor Act",
            "closed",
        ),
        (
            "Senator Ames warned that the Harbor Act poses a challenge to open-source developers.",
            "Ames",
            "open",
        ),
        # a harm threatened to a side, told by someone else, is a warning on its behalf
        ("Dana Reyes said the Harbor Act threatens open source.", "Dana Reyes", "open"),
        ("Dana Reyes said the Harbor Act threatens open source.", "Harbor Act", "closed"),
        ("Dana Reyes said open models threaten national security.", "Dana Reyes", "closed"),
        # a role dated by "once" or "former": where the holder stands now, if the text says
        (
            "Orbit Labs, formerly an advocate for open weights, has since turned to selling "
            "API access.",
            "Orbit Labs",
            "closed",
        ),
        (
            "Orbit Labs, once an advocate for open weights, hired a new finance chief.",
            "Orbit Labs",
            "none",
        ),
        (
            "Dana Reyes, a former critic of open models, said on Monday that sales grew.",
            "Dana Reyes",
            "none",
        ),
        (
            "Dana Reyes, a former critic of open models, now says they are safe enough.",
            "Dana Reyes",
            "open",
        ),
        (
            "Dana Reyes, a longtime champion of open models, spoke on Monday.",
            "Dana Reyes",
            "open",
        ),
        # who sets up a body to campaign shares its cause; a firm's backers do not share
        # its products
        (
            "Orbit Labs and Nimbus formed the Builders Alliance, a coalition pushing for "
            "open-weight releases.",
            "Nimbus",
            "open",
        ),
        (
            "Orbit Labs and Nimbus on Tuesday formed a new group called the Builders Alliance "
            "that is campaigning for open-weight models.",
            "Orbit Labs",
            "open",
        ),
        ("Nimbus founded Quill AI, a startup building open models.", "Nimbus", "none"),
        # what a law could do better is proposed to it: the law holds nothing yet
        (
            "Orbit Labs listed ideas on how the Harbor Act might better shield open-weight labs.",
            "Harbor Act",
            "none",
        ),
        (
            "Orbit Labs listed ideas on how the Harbor Act might better shield open-weight labs.",
            "Orbit Labs",
            "open",
        ),
        ("The Harbor Act could protect open-source developers.", "Harbor Act", "open"),
        # a move past an era that the cue describes leaves its side behind
        (
            "Dana Reyes's speech marks a turning point, moving beyond the early era dominated "
            "by closed, proprietary giants.",
            "Dana Reyes",
            "open",
        ),
        ("Nimbus moved beyond closed models last year.", "Nimbus", "open"),
        ("Nimbus has not moved beyond its proprietary roots.", "Nimbus", "closed"),
        ("Nimbus moved from closed models to open ones.", "Nimbus", "open"),
        # "while X trails Y, it ...": the "it" is X, not the yardstick
        (
            "Although Tern trails systems such as Kestrel, it is released under an open licence.",
            "Tern",
            "open",
        ),
        (
            "Although Tern trails systems such as Kestrel, it is released under an open licence.",
            "Kestrel",
            "none",
        ),
        # a course steered toward openness
        (
            "Dana Reyes said the firm hopes to guide the field in an open and member-led "
            "direction.",
            "Dana Reyes",
            "open",
        ),
        (
            "Dana Reyes said the company is trying to push AI toward a more open future.",
            "Dana Reyes",
            "open",
        ),
        (
            "Orbit Labs warned that an open future for AI would help criminals.",
            "Orbit Labs",
            "closed",
        ),
        ("Nimbus offers an open course on machine learning.", "Nimbus", "none"),
        (
            "The shop remains open and the direction ahead is unclear, Dana Reyes said.",
            "Dana Reyes",
            "none",
        ),
        # a speaker after an opening phrase of place, read as the place's apposition
        (
            "At a summit in Oslo, Halvard chief Lena Park said that the firm backs an open "
            "direction for the field.",
            "Lena Park",
            "open",
        ),
        # the leader of a body set up to argue a cause argues it; a firm's chief does not
        # argue, by that alone, what the firm makes
        (
            "Lena Park, president of the pro-open-weights charity Builders Alliance, shared "
            "the senator's remarks.",
            "Lena Park",
            "open",
        ),
        (
            "Lena Park, head of the open-source advocacy group Builders Alliance, spoke on Monday.",
            "Lena Park",
            "open",
        ),
        (
            "Lena Park, chief executive of the open-source startup Quill AI, spoke on Monday.",
            "Lena Park",
            "none",
        ),
        (
            "Lena Park, a researcher at the pro-open-weights charity Builders Alliance, spoke "
            "on Monday.",
            "Lena Park",
            "none",
        ),
        # a name is no course: "Open Future" is a body, not a direction
        ("Lena Park of Open Future spoke on Monday.", "Lena Park", "none"),
        # "X said that she believes ...": the pronoun is the one who reports, not the
        # person the story began with
        (
            "Omar Haddad spoke about rivals on Monday. He praised Orbit Labs. Later, Dana "
            "Reyes, Nimbus's chief scientist, added that she expects open models to overtake "
            "proprietary ones.",
            "Dana Reyes",
            "open",
        ),
        (
            "Omar Haddad spoke about rivals on Monday. He praised Orbit Labs. Later, Dana "
            "Reyes, Nimbus's chief scientist, added that she expects open models to overtake "
            "proprietary ones.",
            "Omar Haddad",
            "none",
        ),
        # a bracket after the second of two nouns names the second noun's members
        (
            "Our system rivals closed chatbots and open-access models (Tern 2 and Kestrel-2).",
            "Tern 2",
            "open",
        ),
        ("Orbit Labs released Tern 2, one of its open-access models.", "Tern 2", "open"),
        ("Nimbus publishes its papers in open-access journals.", "Nimbus", "none"),
        # near misses found by a red-team battery: a challenge to people is a burden on
        # them, and one posed (like a threat) is the subject's own harm
        ("The Harbor Act poses a threat to open-source developers.", "Harbor Act", "closed"),
        (
            "Omar Haddad said the Harbor Act poses a challenge to open-source developers.",
            "Omar Haddad",
            "open",
        ),
        (
            "Omar Haddad said the Harbor Act poses a challenge to open-source developers.",
            "Harbor Act",
            "closed",
        ),
        # a harm with the cue only in its reason: the speaker warns of the harm
        (
            "Omar Haddad argued that models like Tern threaten security because their "
            "weights are public.",
            "Omar Haddad",
            "closed",
        ),
        # a conceding clause that names no yardstick leaves "it" to the nearest name
        (
            "While Orbit Labs admires Tern, it is released under an open licence.",
            "Orbit Labs",
            "none",
        ),
        # a former leader is no longer the body's voice; a role "still" held is held
        (
            "Lena Park, the former president of the open-source advocacy group Weights "
            "Forward, now works at Orbit Labs.",
            "Lena Park",
            "none",
        ),
        (
            "Lena Park, once a critic of open models and still wary of them, joined the board.",
            "Lena Park",
            "closed",
        ),
        (
            "Omar Haddad, once a champion of open models, has since changed his mind.",
            "Omar Haddad",
            "closed",
        ),
        # "this open-source model" after a launch is the model just named
        (
            "Halvard AI has unveiled Tern 2. This open-source model beats its rivals.",
            "Tern 2",
            "open",
        ),
        # a model called a black box is kept closed; a black-box test is a way of probing
        (
            "Kestrel-2 is the newest model from Orbit Labs. Kestrel-2 is, for users, a black box.",
            "Kestrel-2",
            "closed",
        ),
        ("Orbit Labs runs black box tests on each model.", "Orbit Labs", "none"),
        # "disadvantage" and "impede" are harms; the group that opens a name is not in it
        (
            "Critics of the Harbor Act argue that it could impede research and disadvantage "
            "small open-source teams.",
            "Harbor Act",
            "closed",
        ),
        # "anti-" turns the cue it prefixes
        ("Orbit Labs is an anti-open-source company.", "Orbit Labs", "closed"),
        # what a holder has moved beyond or left behind is its past
        (
            "Vexlo AI has moved beyond its open-source roots and now sells API access only.",
            "Vexlo AI",
            "closed",
        ),
        ("Halvard AI says it has left its proprietary past behind.", "Halvard AI", "open"),
        # near misses from a code review: an open-access business model; a challenge that is
        # a difficulty, not a rival; a change that is only a date; a "still" elsewhere; a
        # leader "now" in post; a past not left behind; a firm's founder
        ("Nimbus moved its science journals to an open-access model.", "Nimbus", "none"),
        (
            "The biggest challenge to open models is funding, Dana Reyes said.",
            "Dana Reyes",
            "open",
        ),
        ("Omar Haddad, once a critic of open models, spoke today.", "Omar Haddad", "none"),
        (
            "Omar Haddad, formerly a backer of closed models, recently hired a new aide.",
            "Omar Haddad",
            "none",
        ),
        (
            "Omar Haddad, once a critic of open models, joined Nimbus, which still sells "
            "API access.",
            "Omar Haddad",
            "none",
        ),
        (
            "Lena Park, now head of the open-source advocacy group Weights Forward, spoke on "
            "Monday.",
            "Lena Park",
            "open",
        ),
        ("Nimbus has not left its open-source roots behind.", "Nimbus", "open"),
        (
            "Dana Reyes founded Orbit Labs, a startup that promotes its open models.",
            "Dana Reyes",
            "none",
        ),
        (
            "Orbit Labs and Nimbus (both champions of open models) spoke on Monday.",
            "Orbit Labs",
            "open",
        ),
        # the ends of a range set off beside a plural noun are its examples; a path moved
        # along is not
        (
            "Asian tech firms, from Nimbus to Orbit Labs, are quickly releasing cheap "
            "open-source AI systems.",
            "Orbit Labs",
            "open",
        ),
        (
            "Users moved from Nimbus to Orbit Labs, which sells open models.",
            "Nimbus",
            "none",
        ),
        # "both" or "all" as a clause's subject speaks of the whole list
        (
            "Orbit Labs and Nimbus, both offering alternatives to closed models, grew fast.",
            "Nimbus",
            "open",
        ),
        (
            "Orbit Labs and Nimbus, which keeps its models closed, grew fast.",
            "Orbit Labs",
            "none",
        ),
        # those a holder of a side is "at odds with" hold the other (not a quarrel "over"
        # something else)
        (
            "Nimbus releases its weights openly, which puts it at odds with Orbit Labs.",
            "Orbit Labs",
            "closed",
        ),
        (
            "Nimbus keeps its weights open, putting it at odds with rivals Orbit Labs and "
            "Vexlo AI.",
            "Vexlo AI",
            "closed",
        ),
        ("Orbit Labs is at odds with Nimbus over pricing.", "Nimbus", "none"),
        (
            "Nimbus keeps its weights open, though it is at odds with Orbit Labs over pricing.",
            "Orbit Labs",
            "none",
        ),
        # what a law's supporters argue is its side; what its critics argue, the other
        (
            "Backers of the Harbor Act say open models must be restricted.",
            "Harbor Act",
            "closed",
        ),
        (
            "Opponents of the Harbor Act say open models must be protected.",
            "Harbor Act",
            "closed",
        ),
        ("Fans of Nimbus say open models must be protected.", "Nimbus", "none"),
        # "X, who said she ...": she is X
        (
            "Dana Reyes interviewed Lena Park, who said she backs closed models.",
            "Lena Park",
            "closed",
        ),
        (
            "Dana Reyes interviewed Lena Park, who said she backs closed models.",
            "Dana Reyes",
            "none",
        ),
        # what a comparative measures against is a yardstick; "rather than" is a choice
        (
            "Halvard AI unveiled Tern 2. It is faster than the open-source model Kestrel-2.",
            "Tern 2",
            "none",
        ),
        ("Nimbus chose open models rather than closed ones.", "Nimbus", "open"),
        (
            "Lena Park said the data is more than enough to warrant curbing open models.",
            "Lena Park",
            "closed",
        ),
        # the agent of the cue's own act of release: "open-sourced by X"
        ("Tern was open-sourced by Nimbus.", "Nimbus", "open"),
    ],
)
def test_kind_gives_side(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side
