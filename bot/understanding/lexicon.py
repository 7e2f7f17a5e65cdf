"""Word lists the stance rules read: data apart from logic.

Each set names a KIND of word (verbs of saying, of advocating, of harm ...), never an article's
phrasing and never a player: a rule asks "is this verb one of saying?" and the answer lives here.
"""

from __future__ import annotations

import re

# fmt: off
REPORTING = {
    "say", "tell", "write", "add", "argue", "claim", "state", "note", "insist", "believe", "think",
    "contend", "explain", "predict", "warn", "caution", "suggest", "announce", "declare", "stress",
    "emphasize", "emphasise", "maintain", "post", "tweet", "acknowledge", "admit", "assert",
    "testify", "counter", "reply", "respond", "comment", "anticipate", "expect", "hope", "fear",
    "worry", "agree", "concede", "recommend", "blog", "posit", "reckon", "feel", "see", "view",
    "consider", "describe", "highlight", "underscore", "point", "cite", "allege", "conclude",
}
# fmt: on
# who closes a quotation: the reporting verbs and the quotation's own ('"...?" asked X')
QUOTING = REPORTING | {"ask", "quip", "joke", "remark", "observe", "recall", "conclude", "wonder"}
# reporting verbs that report speech only with a clause: "maintain a lead" is no quote
CLAUSE_ONLY = {
    "maintain", "see", "view", "consider", "note", "cite", "highlight", "expect", "hope",
    "conclude",
}  # fmt: skip
# words that set a thing beside an analogue ("likened X to Y", "the comparison of X with Y"):
# what is said of the analogue is not the subject's, and a dreaded analogue is a worry
LIKENING = {"liken", "compare", "equate", "comparison", "analogy", "parallel"}
# verbs of criticism: their subject holds the side opposite to what they attack ("excoriated
# Acme for releasing its model"); one list for the advocacy, negative, lifting and opposing words
# fmt: off
CRITICISING = {
    "criticize", "criticise", "attack", "slam", "condemn", "denounce", "decry", "lambast",
    "lambaste", "excoriate", "rebuke", "castigate", "chastise", "berate", "scold", "assail",
    "deride", "disparage", "mock", "ridicule", "lampoon",
}
# fmt: on
# fmt: off
ADVOCACY = CRITICISING | {
    "call", "urge", "advocate", "champion", "support", "back", "embrace", "adopt", "favor",
    "favour", "promote", "push", "defend", "endorse", "praise", "rally", "commit", "pledge", "bet",
    "prefer", "want", "focus", "lobby", "campaign", "propose", "demand", "encourage", "oppose",
    "fight", "reject", "resist", "question", "challenge", "seek", "plan", "intend", "decide",
    "choose", "vow", "insist", "welcome",
    "applaud", "celebrate", "need", "require", "ban", "prohibit", "restrict", "regulate",
    "mandate", "pursue", "prioritize", "stand",
}
# fmt: on
# fmt: off
ADVOCACY_NOUNS = {
    "emphasis", "push", "call", "support", "commitment", "bet", "embrace", "advocacy", "case",
    "argument", "defense", "defence", "preference", "vision", "strategy", "stance", "position",
    "opposition", "criticism", "focus", "plan", "decision", "belief", "view", "approach",
    "championing", "endorsement", "proposal", "rule", "rules", "policy", "order", "bill", "law",
    "legislation", "guidance", "framework", "shift", "move", "pivot", "switch", "turn",
    "retreat", "effort", "efforts", "release", "philosophy", "suggestion", "assertion",
    "idea", "insistence", "remarks", "remark", "testimony", "words", "word", "speech", "claim",
    "claims", "op-ed", "essay", "attitude", "backing", "promotion", "sponsorship",
}
# fmt: on
# words that make a list's last noun the kind of the names before it: "A, B and other
# models", "A and similar labs" (and no contrast: "an alternative to other open models")
KIND_WORDS = {"other", "similar"}
# nouns of aiming whose infinitive is what their owner works for: "X's work to create open
# models", "a desire by Y to support open weights", "Z's steps to back open source"
# fmt: off
AIM_NOUNS = {
    "work", "desire", "wish", "ambition", "goal", "aim", "mission", "measure", "step",
    "drive", "initiative", "bid", "attempt", "campaign", "quest", "intention", "intent",
    "willingness", "readiness", "determination", "eagerness", "pledge", "promise", "vow",
    "commitment", "effort", "plan", "decision", "push", "move",
}
# fmt: on
# fmt: off
# advocacy nouns whose "of" names their owner ("the closed approach of X"), not what they are
# about or aimed at ("criticism of X", "the release of X", "backing of X" may be either)
OWNED_WAYS = {
    "strategy", "stance", "position", "approach", "philosophy", "vision", "plan", "decision",
    "view", "belief", "attitude", "focus", "emphasis", "commitment", "push", "bet", "effort",
    "efforts", "preference", "insistence", "proposal", "shift", "pivot", "remarks", "testimony",
    "argument", "assertion", "method", "methods", "methodology", "methodologies", "tactic",
    "tactics",
}
# verbs by which a way of acting is someone's: "the closed tactic employed by X"
PURSUING_VERBS = {
    "employ", "use", "adopt", "pursue", "follow", "take", "embrace", "favour", "favor",
}  # fmt: skip
# fmt: on
# fmt: off
NEGATIVE = CRITICISING | {
    "concern", "worry", "fear", "risk", "danger", "dangerous", "threat", "threaten", "unsafe",
    "misuse", "harm", "harmful", "limit", "restrict", "steal", "weaponize", "oppose", "against",
    "critic", "criticism", "warn", "warning", "reckless", "ban",
    "prohibit", "skeptical", "sceptical", "doubt", "bad", "problem", "problematic", "vulnerable",
    "vulnerability", "weakness", "flaw",
    "exploit", "abuse", "abusive", "loophole", "monopoly", "distaste", "reject", "resist", "fight",
    "hamper", "hinder", "stifle", "undermine", "irresponsible", "wrong", "manipulate",
    "mistake", "peril", "perilous", "catastrophic", "catastrophe", "bioweapon", "bioweapons",
    "hostile", "opposition", "refuse", "decline", "abandon", "neglect", "halt", "stop", "end",
    "scrap", "shelve", "mothball",
    "drop", "retreat", "backtrack", "lag", "fail", "failure", "insecure", "unfair", "lock-in",
    "deny",
    "stifling", "blame", "accuse", "lament", "complain", "drawback", "downside", "hazard",
    "illegal", "crack", "clamp", "curb", "sue", "lawsuit", "concentrate", "risky", "foe",
    "detractor", "bomb", "menace", "nightmare", "disaster", "liable", "liability", "deviate",
    "stray", "betray", "jab", "swipe", "potshot", "broadside", "death", "demise", "downfall",
    # what a thing is called when called worthless: "open-sourcing is an IQ tax", "a gimmick"
    "tax", "scam", "gimmick", "sham", "farce", "fad", "trap", "waste", "cancer", "plague",
    "censorship", "scammer", "fraudster", "spammer",
    # feelings of fear: "the thought of open AGI being released is scary"
    "scary", "frightening", "terrifying", "alarming", "worrying", "troubling", "alarm",
    "terrified", "scared", "afraid", "worried", "wary", "nervous", "uneasy", "anxious",
    "apprehensive", "leery", "distrustful",
    "sceptic", "skeptic", "opponent", "impossible", "discourage", "entrench", "entrenchment",
    "restriction",
    "criminalise", "criminalize", "crime", "weapon", "weapons", "misused", "criminal", "criminals",
    "malware", "disinformation", "question", "negatively", "adversely",
    # those a release would arm: "open weights would help terrorists"
    "terrorist", "terrorists", "terrorism", "adversary", "adversaries", "attacker", "attackers",
    "rogue", "enemy", "enemies", "military", "militaries", "hacker", "hackers",
    # what critics of closed models say they hide: "closed models are opaque about their bias"
    "opaque", "opacity", "bias", "biases",
}
# fmt: on
CONTRAST_BEFORE = {
    ("rather", "than"),
    ("instead", "of"),
    ("opposed", "to"),
    ("away", "from"),
    ("alternative", "to"),
    ("alternatives", "to"),
    ("replacement", "for"),
    ("replacements", "for"),
    ("substitute", "for"),
    ("substitutes", "for"),
    ("rival", "to"),
    ("challenger", "to"),
    # what a rival poses to a side: "poses a real challenge to closed models" (a threat is
    # a harm, read by polarity.harm_to)
    ("challenge", "to"),
    ("challenges", "to"),
    ("compared", "to"),
    ("compared", "with"),
    ("answer", "to"),
}
# the contrasts that set a whole clause aside, not only the noun right after them
SETTING_ASIDE = {("rather", "than"), ("instead", "of")}
# what a rule may make the release of models: "would make it harder to release open models"
# fmt: off
MADE_HARDER = {
    "harder", "difficult", "impossible", "costlier", "tougher", "riskier", "expensive",
    "illegal", "impractical", "unviable",
}
# fmt: on
# what "drop" releases rather than abandons: "dropped a new model", "dropped the weights"
RELEASABLE = {"model", "models", "version", "versions", "weights", "update", "checkpoint"}
# judgements that play a worry down: "the fears are overblown", "the risks are manageable"
# fmt: off
PLAYED_DOWN = {
    "overblown", "exaggerated", "overstated", "overhyped", "unfounded", "baseless", "misplaced",
    "manageable", "negligible", "minimal", "small", "modest", "low", "hypothetical",
    "speculative", "unwarranted", "misguided", "overrated",
}
# verdicts that show the holders of a view wrong ("critics of open models are wrong"), said
# only of critics and their fears, not of an act ("the misuse of open models is wrong")
MISTAKEN = {"wrong", "mistaken", "misinformed"}
# what the holders of a view are called to dismiss them: "called critics of open models
# alarmists"
DISMISSIVE_NAMES = {"alarmist", "doomer", "fearmonger", "scaremonger", "luddite", "naysayer"}
VIEW_WORRIES = {
    "critic", "opponent", "skeptic", "sceptic", "detractor", "fear", "worry", "concern",
    "warning", "alarm",
}
# verbs by which a worry or its holders are shown wrong: "the fears ignore the benefits"; and
# "fail" before a verb of seeing ("critics of open models fail to see")
DISCREDITING = {"misunderstand", "ignore", "overlook", "misread", "misjudge"}
FAILING_TO_SEE = {
    "see", "understand", "grasp", "recognize", "recognise", "appreciate", "acknowledge",
    "realize", "realise", "notice", "consider", "account",
}
# fmt: on
# judgements that belittle a thing (or its worth): "open models are insignificant", "the
# value of open source is minimal" (a worry so judged is played down instead)
# fmt: off
BELITTLING = {
    "insignificant", "minimal", "negligible", "overrated", "overvalued", "irrelevant",
    "pointless", "useless", "worthless", "futile", "meaningless", "unimportant", "marginal",
}
WORTH_NOUNS = {
    "significance", "importance", "value", "relevance", "usefulness", "worth", "contribution",
    "impact", "benefit",
}
# fmt: on
# where a thing is said to be heading: "drifting down a reckless path", "on a reckless
# course" (not a road, which may be one)
COURSE_NOUNS = {"path", "course", "trajectory", "slope"}
# burdens charged "for" a thing ("liability for open models"; a mandate for X requires X)
CHARGED_FOR = {"liability", "penalty", "fine", "tax", "levy"}
# "the benefits of X outweigh the risks": the subject wins over the worry it outweighs
OUTWEIGHING = {"outweigh", "exceed", "trump", "outstrip"}
# what is said for a thing, which something else may outweigh ("the risks outweigh the
# benefits of openness")
MERIT_NOUNS = {"benefit", "gain", "advantage", "upside", "merit", "reward", "payoff", "promise"}
# verbs that refuse what their complement names: "declined to release the weights"
REFUSING = {"refuse", "decline", "fail", "cease", "stop", "quit", "hesitate", "balk"}
# of those, the ones that refuse what one was asked or able to do (not "failed to ban")
REFUSALS = {"refuse", "decline", "balk"}
# verbs that brush a worry aside ("dismissed the fears", "rejected claims that ..."): a worry
# below them defends the side it was about
# fmt: off
DISMISSING = {
    "dismiss", "downplay", "deny", "debunk", "refute", "rebut", "ridicule", "mock", "discount",
    "minimize", "minimise", "reject", "scoff", "deride",
}
# fmt: on
DISMISSING_PHRASAL = {("play", "down"), ("brush", "aside"), ("brush", "off"), ("shrug", "off")}
# accepting a named risk ("accepted the risks of open release") takes it on, for the release
ACCEPTING = {"accept", "tolerate", "embrace"}
# what is accepted so: a risk, not a restriction ("accepted the curbs on open models" goes along)
RISK_NOUNS = {"risk", "danger", "downside", "hazard", "uncertainty"}
# ("n't" too: "hasn't released the weights" denies the release as "has not" does)
CONTRAST_WORD = {
    "not", "against", "over", "versus", "vs", "vs.", "unlike", "never", "no", "n't", "n’t",
}  # fmt: skip
# fmt: off
PRACTICE = {
    "release", "offer", "provide", "launch", "unveil", "debut", "publish", "ship", "open", "make",
    "keep", "develop", "build", "sell", "license", "distribute", "roll", "train", "share", "put",
    "deploy", "host", "charge", "gate", "lock", "withhold", "hold", "remain", "stay", "go", "turn",
    "switch", "move", "shift", "opt", "use", "create", "introduce", "announce", "update",
    "produce", "design", "maintain", "run", "restrict", "limit", "post", "upload",
}
# fmt: on
# fmt: off
PERSON_NOUNS = {
    "ceo", "executive", "founder", "co-founder", "billionaire", "chief", "president", "chairman",
    "senator", "minister", "secretary", "researcher", "scientist", "official", "spokesperson",
    "spokesman", "spokeswoman", "lawmaker", "investor", "professor", "director", "governor",
    "politician", "legislator", "commissioner", "economist", "entrepreneur", "pioneer", "winner",
    "laureate", "godfather", "veteran", "engineer", "mogul", "technologist",
}
# short titles before a name: "Rep. X's bill", "Dr. X's model"
HONORIFICS = {"rep", "sen", "gov", "mr", "ms", "mrs", "dr", "prof", "former", "then", "late"}
# modifiers that make a role someone else's: "the opposition leader", "a rival investor"
OTHER_ROLE_WORDS = {"opposition", "rival", "other", "another", "new", "incoming", "outgoing"}
# fmt: on
# parts of an organisation that act for it: "Meta's research division", "Google's AI unit"
UNIT_NOUNS = {
    "division",
    "unit",
    "arm",
    "lab",
    "laboratory",
    "team",
    "group",
    "subsidiary",
    "wing",
    "branch",
    "center",
    "centre",
}  # fmt: skip
# the people of an organisation who make things for it: "developed by researchers at (of,
# from) X" was made by X; "a (large) number (group) of researchers of X" reaches them
MAKER_STAFF = {
    "researcher", "engineer", "scientist", "developer", "staff", "team", "employee", "expert",
    "specialist", "student", "academic", "number", "group",
}  # fmt: skip
# words that make an organisation a state's own body: "India's Ministry of ..." is India acting
STATE_BODY_WORDS = {
    "ministry", "department", "agency", "office", "commission", "bureau", "administration",
    "council", "committee", "parliament", "government", "senate", "house", "cabinet",
    "institute", "authority", "regulator", "mission",
}  # fmt: skip
# fmt: off
ORG_NOUNS = {
    "company", "firm", "startup", "start-up", "lab", "giant", "maker", "group", "developer",
    "government", "agency", "administration", "regulator", "commission", "platform", "owner",
    "parent",
}
# fmt: on
# fmt: off
UNNAMED = {
    "critic", "critics", "expert", "experts", "skeptic", "skeptics", "some", "others", "many",
    "observers", "analysts", "researchers", "advocates", "proponents", "opponents", "people",
    "developers", "concerns", "worries", "fears", "those", "supporters", "lawmakers", "officials",
    "regulators", "industry", "companies", "giants", "firms", "everyone", "nobody", "there", "one",
    "we", "you", "i",
}
# fmt: on
SPEECH_KINDS = ("quote", "claim", "advocacy")
KEEP_LIKE = {"keep", "remain", "stay", "hold"}
# verbs of holding on to something: "maintain (keep, retain) proprietary control"
HOLDING_ON = {"keep", "maintain", "retain", "preserve", "hold", "exert", "assert", "exercise"}
# fmt: off
# a restraint laid on the cue ("a ban on open models", "limits on open weights") and words that
# oppose or lift such a restraint: opposing a ban on open models backs open models
RESTRAINTS = {
    "ban", "restrict", "restriction", "limit", "limitation", "curb", "prohibit", "prohibition",
    "crackdown", "clampdown", "control", "barrier", "obstacle", "regulate", "moratorium",
    "roadblock", "hurdle", "impediment", "hindrance", "bottleneck",
    "pause", "impose", "suppress", "squash", "quash", "overregulate", "overregulation",
}
# burdens laid on someone: "assign liability to open-source developers", "place new
# obligations on open models" restrain those they are laid on
BURDENS = {
    "liability", "burden", "penalty", "requirement", "obligation", "mandate", "fine", "duty",
    "restriction", "limit", "ban", "cap", "tax", "levy", "curb", "control",
}
# checks a rule makes things pass: a restraint where a rule extends or applies them ("extends
# security review to open models"), not where someone gives one ("a glowing review")
HURDLE_NOUNS = {
    "assessment", "review", "audit", "scrutiny", "vetting", "screening", "licensing",
    "registration", "approval", "evaluation", "inspection",
}
EXTENDING = {"extend", "apply", "impose", "expand", "broaden", "widen"}
# verbs that lay a duty on their object: "requires open models to pass a review", "forces
# open-source developers to register", "subjects open models to an audit"
REQUIRING = {"require", "force", "compel", "oblige", "obligate", "mandate", "subject"}
# what such a duty makes them do when it is a hurdle ("to pass a review", "to register"), not
# an opening ("requires open models to disclose their training data" asks for more openness)
HURDLES = {
    "pass", "undergo", "obtain", "register", "submit", "seek", "secure", "apply", "file",
    "comply", "clear", "get", "test", "audit", "evaluate",
}
# verbs that block what they act on: a restraint on the cue when nothing below restrains it
# already ("block the export of models"; "block the ban" opposes the ban, see LIFTING)
BLOCKING = {"block", "bar", "prevent", "forbid", "outlaw"}
# licensing laid on something: a restraint only as "a licence for / on X"
LICENSING = {
    "licence", "license", "licensing", "registration", "approval", "permit", "requirement",
    "obligation",
}
LIFTING = CRITICISING | {
    "oppose", "opposition", "against", "reject", "resist", "fight", "block", "veto", "repeal",
    "scrap", "challenge", "protest", "object", "lift", "loosen", "ease", "remove", "dismiss",
    "downplay",
}
# what a thing is said to need when it should be restrained: "open models need guardrails",
# "open-source AI requires strict oversight"
NEEDING = {"need", "require", "demand", "warrant", "deserve"}
OVERSIGHT = {
    "guardrail", "oversight", "regulation", "safeguard", "control", "scrutiny", "restriction",
    "limit", "rule", "licensing", "licence", "license", "curb", "check", "supervision",
}
# verbs that undo a restraint they act on: "lifted (removed, eased) the licence restrictions"
UNDOING = {
    "lift", "remove", "loosen", "ease", "relax", "waive", "drop", "scrap", "abolish", "rescind",
    "revoke", "repeal", "end", "eliminate", "strip", "overturn",
}
# the nouns an example of a kind is named by: "an example of an open model is X"
EXAMPLE_NOUNS = {"example", "one", "instance", "case"}
# keeping away from what is their object: "avoided open source for years", "shuns open
# weights" (only their object: "open models help firms avoid lock-in" counters a harm)
AVOIDING = {"avoid", "shun", "eschew"}
# verbs that act against a harm: "monitor misuse", "fix problems", "prevent attacks"
COUNTERING = {
    "monitor", "fix", "prevent", "stop", "reduce", "fight", "catch", "address", "detect", "block",
    "combat", "curb", "mitigate", "avoid", "find", "spot", "patch", "limit", "counter",
    "track", "trace", "defend", "protect", "thwart", "identify", "hunt", "expose", "solve",
    "tackle", "overcome", "resolve", "audit", "inspect", "examine", "study", "measure",
    "scrutinize", "scrutinise", "probe", "investigate",
}
# fmt: on
# fmt: off
LEGAL_NOUNS = {
    "bill", "measure", "ban", "law", "legislation", "rule", "regulation", "restriction", "order",
    "proposal", "amendment", "crackdown", "sanction",
}
# fmt: on

# fmt: off
POSITIVE = {
    "safe", "safer", "secure", "good", "better", "best", "beneficial", "answer", "solution", "way",
    "future", "right", "responsible", "necessary", "useful", "helpful", "viable", "trustworthy",
    "reliable", "important", "essential", "ready", "enough", "worth", "wise", "acceptable",
    "appropriate", "fair", "smart", "key", "path",
}
# fmt: on

# fmt: off
PARTISANS = {
    "advocate", "proponent", "champion", "supporter", "backer", "defender", "evangelist", "critic",
    "opponent", "skeptic", "sceptic", "detractor", "foe",
}
# fmt: on
# fmt: off
HARM_VERBS = {
    "discourage", "stifle", "hurt", "harm", "undermine", "kill", "hamper", "hinder", "threaten",
    "restrict", "ban", "limit", "criminalise", "criminalize", "curb", "chill", "damage",
    "endanger", "jeopardize", "jeopardise", "penalize", "penalise", "punish", "prohibit", "slow",
    "cripple", "affect", "impact", "dissuade", "deter", "burden", "saddle", "encumber",
    "dilute",
}
# fmt: on

# harms named as harms: whoever says a thing does them to open models speaks against it
# ("the bill will stifle open-source AI"), unlike "restrict" or "ban", which may be a plan
# fmt: off
PEJORATIVE_HARM = {
    "stifle", "hurt", "harm", "undermine", "kill", "hamper", "hinder", "chill", "damage",
    "endanger", "jeopardize", "jeopardise", "cripple", "hamstring", "choke", "strangle",
    "stymie", "wreck", "devastate", "destroy", "crush", "smother", "suffocate", "gut",
    "penalize", "penalise", "punish", "ruin", "hobble", "doom", "threaten", "imperil",
    "disadvantage", "impede", "dilute",
}
# fmt: on
HARM_VERBS |= PEJORATIVE_HARM
# what a thing is called when it does a cause harm: "a ruinous bill for open models",
# "a blow to open models" (beside NEGATIVE's "threat", "disaster", "harmful")
HARM_JUDGEMENTS = {
    "disastrous", "devastating", "damaging", "terrible", "awful", "ruinous", "blow", "setback",
}  # fmt: skip

# what is dealt to a thing to harm it: "dealt open-source AI a blow"
BLOWS = {"blow", "setback"}
# the links that make the one a blow is dealt to someone other than the cue it names
RECEIVER_OWNERS = {"poss", "prep", "acl", "relcl"}
# verbs whose object is spoken to, asked, pressed, shown or hired: "told X that ...", "urged X
# to ...", "interviewed X about ...": the object hears a side, it does not hold one
ADDRESSING_VERBS = {
    "tell",
    "ask",
    "assure",
    "warn",
    "urge",
    "press",
    "remind",
    "brief",
    "inform",
    "interview",
    "thank",
    "show",
    "give",
    "send",
    "email",
    "lobby",
    "persuade",
    "convince",
    "question",
    "invite",
    "notify",
    "promise",
    "meet",
    "hire",
    "poach",
    "surround",
    "sue",
}
# verbs that name a group's members, whose object joins the subject's side: "the open-source
# movement counts X among its founders"
MEMBERSHIP_VERBS = {
    "include",
    "comprise",
    "count",
    "number",
    "elect",
    "appoint",
    "name",
    "welcome",
    "credit",
}
# roles that stand outside what they relate to: who buys, uses, funds, hosts or rivals a
# model is no holder of its side ("users of the open-weight model include X")
EXTERNAL_ROLES = {
    "customer",
    "client",
    "user",
    "buyer",
    "purchaser",
    "adopter",
    "subscriber",
    "licensee",
    "investor",
    "funder",
    "shareholder",
    "lender",
    "host",
    "venue",
    "sponsor",
    "competitor",
    "rival",
    "reseller",
    "distributor",
    "backer",
}
# phrases on a verb that name its instrument, material, replacement, rival or destination:
# "replaced X with an open model", "trained X on open-source data", "integrated X into a
# proprietary platform" (the cue is what is used on the name, not the name's side)
ADJUNCT_PREPS = {
    "with",
    "into",
    "to",
    "from",
    "on",
    "onto",
    "over",
    "for",
    "against",
    "alongside",
    "toward",
    "towards",
    "via",
    "beside",
    "versus",
}
# acts that place, release or remake their object as the cue's thing: "put X on its open shelf",
# "turned X into an open-weight release"
PLACING_VERBS = {
    "put",
    "place",
    "add",
    "move",
    "list",
    "include",
    "rank",
    "classify",
    "class",
    "group",
    "count",
    "file",
    "release",
    "publish",
    "ship",
    "license",
    "offer",
    "open",
    "turn",
    "convert",
    "transform",
    "make",
    "relaunch",
    "reissue",
    "distribute",
    "rebrand",
    "launch",
}
# words that set a name against what they govern: "critics of closed AI, among them X"
OPPOSERS = {"critic", "opponent", "skeptic", "sceptic", "detractor", "foe", "enemy", "against"}
# fmt: on

COMPETE_VERBS = {
    "outperform",
    "beat",
    "rival",
    "surpass",
    "exceed",
    "match",
    "trail",
    "challenge",
    "overtake",
    "outpace",
    "compete",
    "catch",
    "lose",
    "contrast",
    "differ",
    # beating, said more strongly
    "trounce",
    "eclipse",
    "outclass",
    "outdo",
    "outshine",
    "leapfrog",
    "dethrone",
    "outscore",
    "outrank",
    "outrun",
}
# verbs of beating that also harm: rivalry only when what is beaten is a rival ("crushing
# closed-source alternatives"), a harm otherwise ("would crush open-source developers")
ROUT_VERBS = {"crush", "demolish", "topple", "undercut", "rout"}


def flip(side: str) -> str:
    """The other side ("open" <-> "closed")."""
    return "closed" if side == "open" else "open"


def verb_forms(verbs: set[str], endings: tuple[str, ...] = ("", "s", "es", "d", "ed")) -> set[str]:
    """The forms a verb is written in where the lemmatiser may miss them ("Surpasses" in a
    headline, "benchmarked" read as "benchmarke"): each verb with each ending."""
    return {v + end for v in verbs for end in endings}


MEMBER_NOUNS = {
    "member",
    "official",
    "lawmaker",
    "executive",
    "staff",
    "employee",
    "leader",
    "spokesperson",
    "representative",
    "minister",
    "researcher",
    "engineer",
    "ceo",
    "founder",
    "co-founder",
    "scientist",
    "head",
    "boss",
    "director",
    "chair",
}
WISH_VERBS = {
    "want",
    "urge",
    "ask",
    "expect",
    "wish",
    "encourage",
    "require",
    "hope",
    "need",
    "push",
    "press",
    "tell",
    "invite",
    "call",
    # a recommendation's clause is wished for too: "recommends that Congress avoid ..."
    "recommend",
    "suggest",
    "propose",
    "advise",
    "demand",
    "insist",
}
# fmt: off
# prepositions that hang a writing's topic on it: "a report on (about, into, of) X's release"
ABOUT_PREPS = {"on", "about", "into", "of", "regarding", "concerning"}
# things that may have open or closed weights: "a model with open weights"
BEARERS = {"model", "llm", "system", "version", "family", "release", "chatbot", "checkpoint"}
TOPIC_VERBS = {
    "address", "mention", "discuss", "cover", "broach", "raise", "touch", "regard", "concern",
}
# plain verbs of speaking, whose "about" object is what is spoken of, not what is said:
# "spoke about open-source AI at the summit" (a worry, "warned about", is a side)
SPEAKING_OF = {"say", "write", "comment", "post", "tweet", "blog", "speak", "talk", "chat"}
# verbs of looking at models from outside: "the institute evaluates open models", "tested
# both open and closed systems" (a tester's object is no practice of its own)
STUDY_VERBS = {
    "evaluate", "test", "assess", "benchmark", "study", "analyze", "analyse", "examine",
    "compare", "rank", "measure", "probe", "scrutinize", "scrutinise", "red-team",
}
# fmt: on

# verbs by which an organisation brings out a product: its subject is the product's maker
# fmt: off
MAKER_VERBS = {
    "release", "launch", "unveil", "develop", "build", "publish", "debut", "introduce", "ship",
    "train", "create", "make", "open-source", "roll", "announce", "drop", "offer", "update",
    "upgrade", "design", "produce", "unleash",
}
# fmt: on
# prepositions that name a product's maker: "Gemma from Google", "a model by Mistral AI"
MAKER_PREPS = {"by", "from"}
# a licence whose restrictions keep a product partly closed ("its license bars ...")
LICENCES = {"license", "licence", "licensing"}
# prepositions that grant a point the main clause goes against: "despite its open past"
CONCESSIVE = {"despite", "notwithstanding"}
# verbs of granting a point, which a "but" then turns from ("admits X, but stresses Y")
CONCEDING = {"acknowledge", "admit", "concede", "grant"}
# titles of those who lead an organisation: "Acme CEO Jane Roe signed" signs for Acme too
LEADER_TITLES = {"ceo", "president", "chair", "chairman", "chairwoman", "head", "director"}
# prepositions of where a product runs or is sold: "deploy open models on Azure"
PLACE_PREPS = {"on", "in", "via", "through", "across", "into", "onto", "inside"}
# prepositions that introduce examples of a described kind: "open models such as ...", "like"
EXAMPLE_PREPS = {"like", "including", "as"}
# prepositions that set a named thing beside the one described, as its yardstick, rival or
# what it powers: "the technology behind X", "better than X", "unlike X", "an answer to X"
BESIDE_PREPS = {"behind", "than", "unlike", "versus", "vs", "vs.", "beyond", "against"}
ANSWER_NOUNS = {"answer", "response", "successor", "reply"}
# prepositions whose object is scenery for a sentence's cue, not a holder of it (beside.py):
# place and host ("on X"), time ("since X"), source and recipient ("by X", "to X"), topic
# ("about X"), yardstick ("than X")
ASIDE_PREPS = PLACE_PREPS | BESIDE_PREPS | {
    "since", "to", "from", "with", "over", "at", "by", "after", "before", "of", "for", "about",
    "around", "throughout", "through",
}  # fmt: skip
# what is done to a name about, over or for something: "asked X about ...", "thanked X for ..."
ACT_TOPIC_PREPS = {"about", "over", "for", "regarding", "concerning"}
VENUE_PREPS = {"at", "during"}  # "seen at the open-source launch"
ROLE_PREPS = {"as", "among", "amongst"}  # "signed up X as a customer", "counts X among its users"
CROWD_PREPS = {"among", "amongst", "between", "amid", "within", "inside"}  # "popular among X"
IN_PLACE_OF = {"favour", "favor", "place", "lieu"}  # "in favour of", "in place of"
# the nouns a lab's investors back: "backers of the proprietary lab" are no partisans of a side
INVESTEE_NOUNS = {"lab", "company", "firm", "startup", "start-up", "venture", "maker"}

# documents that speak for the people who sign them: "the letter argues ...", "signed the letter"
# fmt: off
DOCUMENT_NOUNS = {
    "letter", "statement", "petition", "pledge", "declaration", "manifesto", "comment",
    "comments", "submission", "charter", "memo", "open-letter", "appeal", "brief", "bill",
    "legislation", "amendment", "measure", "proposal", "project", "initiative", "coalition",
    "alliance",
    "consortium", "campaign", "report", "paper", "study",
    # rules drafted or issued speak as a bill does: "drafted rules that would restrict X"
    "rule", "rules", "regulation", "regulations", "guideline", "guidelines",
}
SIGN_VERBS = {
    "sign", "co-sign", "cosign", "countersign", "back", "join", "endorse", "support", "organize",
    "organise", "co-author", "coauthor", "author", "write", "pen", "draft", "submit", "send",
    "lead", "spearhead", "coordinate", "file", "introduce", "sponsor", "co-sponsor",
    "cosponsor", "propose", "champion", "table", "unveil", "push", "co-write", "cowrite",
    "promote", "found", "co-found", "launch", "co-lead", "fund", "publish", "issue", "release",
    # praising a document is backing it
    "praise", "applaud", "hail", "laud", "welcome", "celebrate",
}
# putting a document out: its words are its issuer's ("sent a letter saying ...")
ISSUING = {
    "publish", "send", "release", "write", "sign", "issue", "pen", "draft", "submit", "post",
    "circulate", "file", "co-sign", "author", "unveil", "deliver",
}
# signing without naming what: "X signed on", "Y joined" (a document of another sentence)
SIGN_ON_VERBS = {"sign", "join", "enlist"}
# verbs against a document: their subject holds the document's opposite side
OPPOSING = CRITICISING | {
    "blast", "oppose", "reject", "fight", "veto", "kill", "defeat", "torpedo", "scuttle", "derail",
    "badmouth", "repeal", "rescind",
}
# what a speaker calls a named law: "said the Act was necessary" backs it, "... was
# misguided" opposes it
LAW_PRAISE = {
    "necessary", "needed", "essential", "vital", "important", "crucial", "critical", "welcome",
    "overdue", "sensible", "reasonable", "good",
}
LAW_BLAME = {
    "dangerous", "misguided", "flawed", "harmful", "unnecessary", "unworkable", "overbroad",
    "disastrous", "reckless", "bad", "wrong", "counterproductive", "draconian", "misleading",
}
# what a thing is called when it is judged a wrong step ("the curbs are a mistake"), and the
# nouns a blame word turns into one ("a bad idea", "the wrong approach")
VERDICT_NOUNS = {"mistake", "error", "blunder", "misstep", "overreach", "folly"}
VERDICT_HEADS = {"idea", "move", "step", "policy", "approach", "plan", "course"}
SIGNER_NOUNS = {
    "signatory", "signatories", "signer", "signers", "co-signer", "co-signers", "co-author",
    "co-authors", "author", "authors", "backer", "backers", "sponsor", "sponsors", "organizer",
    "organizers", "organiser", "organisers", "co-sponsor", "co-sponsors", "cosponsor",
    "cosponsors",
}
# roles that are also job titles ("general partner at X"): signers only of a named document
# ("founder of the project"), or as a group that "includes" them ("participants include A")
# fmt: off
ROLE_SIGNERS = {
    "participant", "participants", "member", "members", "partner", "partners", "founder",
    "founders", "co-founder", "co-leader",
}
# fmt: on

# words with which one side attacks the other ("fearmongering", "regulatory capture"): the
# speaker defends open AI, the accused ("X's fearmongering", "accused X of ...") hold closed
# the bare forms of "open-washing", an attack word only after "open -" (`charge_token`)
WASHING = {"washing", "washed", "wash"}
ACCUSATIONS = {
    "openwashing",
    "openwashed",
    "openwash",
    "fearmongering",
    "fear-mongering",
    "mongering",
    "scaremongering",
    "doomerism",
    "capture",
    "gatekeeping",
    "gatekeepers",
}
ACCUSING_VERBS = CRITICISING | {"accuse", "charge", "blame", "fault", "sue"}
# their mirror: "praised X for releasing its weights" (X did what it is praised for)
# fmt: off
PRAISING_VERBS = {
    "praise", "applaud", "commend", "credit", "thank", "laud", "hail", "celebrate", "salute",
    "congratulate",
}
# fmt: on

# "Examples include A and B": a sentence that lists examples of the last sentence's kind
EXAMPLE_SUBJECTS = {"example", "examples", "these", "those", "they"}

# using a model is no position on how models should be released ("relied on open models")
# fmt: off
USE_VERBS = {
    "rely", "depend", "use", "leverage", "utilize", "utilise", "deploy", "run", "tinker",
    "experiment", "fine-tune", "finetune", "tune",
}
# fmt: on

# nouns an "it" after them may refer to without being an organisation ("its model", "the
# post"): they do not block the look back for the organisation "it" stands for
# fmt: off
NOT_ANTECEDENTS = {
    "model", "source", "version", "post", "blog", "statement", "year", "week", "month", "day",
    "time", "interview", "topic",
}
# fmt: on

# "officials at the agency", "researchers from A and B": the body the members speak for
MEMBER_PREPS = {"of", "at", "from"}

# moves from one side to the other: "its shift away from open source"
SHIFT_NOUNS = {
    "shift", "move", "pivot", "retreat", "turn", "departure", "switch", "drift", "transformation",
    "transition", "conversion",
}  # fmt: skip

# "models, named Falcon": the participle that names the thing described
NAMING_VERBS = {"name", "call", "dub", "brand", "christen", "title"}
# nouns and verbs of presenting a thing as something: "its description of Nimbus as open
# source", "touted Nimbus as the best open model", "Nimbus was billed as open"
LABELLING_NOUNS = {
    "description", "characterization", "characterisation", "labelling", "labeling", "branding",
    "marketing", "billing", "portrayal", "framing", "classification", "designation",
}  # fmt: skip
PRESENTING_VERBS = {
    "tout", "bill", "describe", "market", "hail", "present", "pitch", "advertise", "promote",
    "brand", "label", "position", "tag", "characterize", "characterise", "portray", "sell",
    "praise", "laud", "herald",
}  # fmt: skip

# "the two tech leaders", "all five companies": a definite group of a known size
COUNTED_DETS = {"the", "these", "those", "all"}
# fmt: off
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}
PEOPLE_NOUNS = {
    *PERSON_NOUNS, "leader", "representative", "author", "expert", "academic",
}
# fmt: on

# things a lab owns that a clause may describe without naming the lab ("all weights are free")
OWNED_THINGS = {"weights", "model", "models", "code", "parameters", "checkpoints", "data"}

# a bill's own name ("SB 1047", "the RAISE Act", "H.R. 4"), and how the text refers to it after
LAW_NAME = re.compile(r"\b(?:Act|ACT|Bill|BILL)\b|^(?:SB|AB|HB|HR|H\.R\.|S\.)\s?\d+")
LAW_NOUNS = ("bill", "legislation", "amendment", "measure")
# what an "it" may stand for besides a bill: a subject of these kinds above it ("Acme said it
# would ...") is more likely the "it" than a bill named before
NAMEABLE_THINGS = frozenset({"ORG", "GPE", "PRODUCT"})
# what a maker does with its models and a bill never does: an "it" doing these is no bill
# fmt: off
MAKER_ACTS = frozenset({
    "release", "launch", "unveil", "debut", "publish", "ship", "open", "develop", "build",
    "sell", "license", "distribute", "train", "share", "deploy", "host", "post", "upload",
    "design", "announce", "update", "produce", "run", "offer", "keep", "withhold", "stay",
    "remain", "move",
})
# what a maker has and a bill does not: "it will keep its weights private"
MAKER_THINGS = frozenset({"weights", "weight", "code", "team", "lab", "labs", "product"})
# bodies a bill passes through: "The bill passed the Senate. It would ..." is still the bill
LEGISLATURE_WORDS = frozenset({
    "senate", "house", "assembly", "parliament", "congress", "committee", "council",
    "legislature", "bundestag", "lords", "commons",
})
# fmt: on
# words that date a partisanship: "a former critic of the bill", "once a backer", "now backs it"
CHANGE_MARKS = frozenset({"former", "formerly", "once", "previously", "onetime", "now", "longer"})
# adverbs that all but deny a role: "is hardly a critic of the bill"
DOUBTING_ADVERBS = frozenset({"hardly", "scarcely", "barely"})
# a named policy document that is no law ("the National AI Action Plan", "Executive Order
# 14110"): who issues or backs it holds its side, and "the plan" after it is that document
DOCUMENT_NAME_WORDS = ("plan", "order", "strategy", "framework", "blueprint", "roadmap", "charter")
DOCUMENT_NAME = re.compile(rf"\b(?:{'|'.join(DOCUMENT_NAME_WORDS)})\b", re.IGNORECASE)

# -- the frame rules' words (frames.py) ----------------------------------------------------
# fmt: off
MAKING_VERBS = {
    "develop", "make", "build", "offer", "release", "create", "train", "sell", "provide",
    "market", "distribute",
}
# fmt: on
MAKING_NOUNS = {"release", "launch", "development", "creation"}

# words that put a relative clause in the antecedent's past: "which began as an open lab"
ORIGIN_WORDS = {"originally", "initially", "once", "formerly", "first", "found", "begin", "start"}
# what gives a plan up: "shelved (scrapped, dropped) plans to release ..."
PLAN_DROPPING = {"shelve", "scrap", "abandon", "drop", "cancel", "ditch", "mothball", "axe"}
# words by which a sentence says its subject has changed since: "has since moved to ..."
CHANGE_WORDS = {
    "now", "since", "later", "today", "recently", "increasingly", "shift", "move", "turn",
    "pivot", "switch", "become", "abandon", "change", "drift",
}  # fmt: skip
# what a debate is about holds no side: "the debate over open versus closed AI"
TOPIC_NOUNS = {
    "debate",
    "discussion",
    "dispute",
    "controversy",
    "divide",
    "rivalry",
    "contest",
    "position",
    "stance",
    # events held on a subject: "held a hearing (a panel, a consultation) on open models"
    "hearing",
    "panel",
    "roundtable",
    "webinar",
    "symposium",
    "workshop",
    "seminar",
    "conference",
    "inquiry",
    "consultation",
}
# words that judge a stance, which then is no bare topic: "its restrictive stance on open
# models" takes a side, "its stance on open models" does not; the first set is against what
# the stance is about
STANCE_AGAINST = {
    "restrictive", "hostile", "skeptical", "sceptical", "harsh", "tough", "strict",
    "unfriendly", "punitive", "heavy-handed", "cautious", "wary", "negative", "adversarial",
}  # fmt: skip
STANCE_FOR = {
    "supportive", "friendly", "favourable", "favorable", "permissive", "welcoming",
    "enthusiastic", "positive", "generous", "light-touch",
}  # fmt: skip
# words that judge rules only (a "tight focus" or a "light approach" is no judgement):
# "tight rules on open models" are against them, "lax rules" for them
RULES_AGAINST = STANCE_AGAINST | {
    "stringent", "tight", "stiff", "onerous", "burdensome", "excessive", "draconian", "heavy",
}  # fmt: skip
RULES_FOR = STANCE_FOR | {
    "lenient", "lax", "relaxed", "light", "loose", "weak", "inadequate", "insufficient",
    "toothless",
}  # fmt: skip
# what rules are: "rules for open models" name only what they govern (a topic), "tough
# rules for open models" judge it (STANCE_AGAINST / STANCE_FOR)
# ("policy for", "framework for" may be policies in favour; "requirements on" are burdens)
RULE_NOUNS = {"rule", "regulation", "guideline", "guidance", "safeguard", "guardrail", "oversight"}
# the prepositions by which rules name what they govern
GOVERNED_PREPS = {"on", "for", "about", "around", "regarding", "governing", "concerning"}
# verbs of holding a belief: "thinking they will win with closed models" is the
# believer's own view, whoever quotes it
BELIEF_VERBS = {"believe", "think", "bet", "assume", "figure", "reckon", "expect", "hope"}
# verbs that set two sides against each other: "divided between", "pitted against"
DIVIDE_VERBS = {"divide", "split", "pit", "polarize", "polarise"}
TOPIC_PREPS = {
    "over", "about", "on", "between", "around", "surrounding", "regarding", "against", "into",
}  # fmt: skip
# the conjunctions of a condition: what it supposes is nobody's practice
CONDITIONS = {"if", "unless", "whether"}
# "open versus closed models": two sides compared, neither held
VERSUS = {"versus", "vs", "vs."}
# what a thing is compared with, named before it: "unlike X", "than X", "versus X"
FOIL_PREPS = VERSUS | {"unlike", "than"}
# degrees that make a negated cue partial: "not fully open source"
DEGREE_WORDS = {"fully", "entirely", "completely", "totally", "wholly", "100%", "purely"}
# conjunctions of a clause that sets the scene: "as the industry splits", "while rivals ..."
CIRCUMSTANCES = {"as", "while", "when", "amid", "after", "before", "whereas"}
# a demand to go back to a side: "urged the lab to return to its open roots", "become open again"
RETURN_VERBS = {"return", "revert"}
GOING_VERBS = {"go", "come", "get", "move", "swing"}  # with "back": "go back to open source"
DEMAND_VERBS = ADVOCACY | {"ask", "tell", "want", "call", "press", "implore", "beg"}
MODAL_DEMANDS = {"should", "must", "ought"}
DEMAND_NOUNS = {"time", "call", "demand", "plea"}
# nouns an infinitive completes ("calls to restrict", "efforts to ban"), which the parser often
# misreads as the purpose of the verb above them
STRIVING_NOUNS = {
    "call", "calls", "effort", "efforts", "attempt", "attempts", "plan", "plans", "proposal",
    "proposals", "bid", "bids", "move", "moves", "push", "campaign", "drive", "demand",
    "demands", "pressure", "plea", "pleas",
}  # fmt: skip
# "the firm behind the open model": a company noun and the product it is named by
MAKER_NOUN_PREPS = {"behind"}
# who can make a product; a name listed as one of "companies like ..." is a maker whatever its type
MAKER_TYPES = ("ORG", "GPE", "PERSON")
# verbs that say where a subject comes from: "open models come from Chinese labs"
ORIGIN_VERBS = {"come", "originate", "emerge", "hail"}
# verbs that only name a topic (lexicon.TOPIC_VERBS and "reference")
MENTION_VERBS = TOPIC_VERBS | {"reference"}
# nouns for a set of models: "a suite of open-weight models" describes the suite
# what ends a thing: "the death (demise, end) of open-source AI" falls on what it names
DEMISE_NOUNS = {
    "death",
    "demise",
    "end",
    "collapse",
    "erosion",
    "decline",
    "downfall",
    "extinction",
}
# the time a phrase sets: "before the rise of proprietary models", "since the advent of open
# weights": an era the cue names, not a side anyone takes
ERA_NOUNS = {
    "rise", "advent", "arrival", "emergence", "dawn", "era", "age", "days", "heyday", "boom",
    "ascent", "spread", "proliferation", "explosion", "onset",
}  # fmt: skip
TIME_PREPS = {"before", "after", "since", "until", "till", "amid", "following", "during"}
COLLECTIONS = {"suite", "family", "series", "set", "range", "line", "lineup", "collection", "pair"}
# nouns that name one instance of a kind: "a piece (an example, a kind) of open-source
# technology" is that technology
INSTANCE_NOUNS = {"piece", "example", "kind", "type", "sort", "instance"}
# nouns a named rival modifies: "ChatGPT rival Grok" describes Grok, not ChatGPT
RIVAL_NOUNS = {
    "rival", "competitor", "challenger", "alternative", "clone", "killer", "peer", "counterpart",
    "replacement", "substitute",
}  # fmt: skip
# of those, the ones a possessive does not own: "Meta's rivals" are others ("Meta's
# alternative to X" is Meta's own)
OTHERS_NOUNS = {"rival", "competitor", "challenger", "peer", "counterpart"}
# verbs of giving: what they hand to a worry ("give adversaries a head start") is feared
GIVING = {"give", "hand", "offer", "provide", "gift", "deliver", "pass", "grant"}
GIFTS = {"gift", "boon", "windfall", "present", "favor", "favour"}

# fmt: off
# participles that name the models a cue describes: "unveiled open models, introducing A and B"
NAMING_PARTICIPLES = {"introduce", "include", "name", "call", "dub", "launch", "release"}
# moving away from a side: "a shift from open source", "strayed from its open-source ethos"
AWAY_VERBS = {
    "switch", "move", "shift", "migrate", "turn", "depart", "deviate", "stray", "drift", "retreat",
    "walk",
}
# leaving an ideal behind: "abandoned its open roots"
LEAVING_VERBS = {
    "abandon", "betray", "ditch", "drop", "forsake", "renounce", "violate", "breach", "neglect",
}  # fmt: skip
# verbs that call their clause untrue: "don't pretend X is open source"
PRETENDING = {"pretend", "masquerade", "posture", "feign"}
# participles of arguing on an advocacy noun: "the case for X, made by A"
ARGUING_PARTICIPLES = {"make", "put", "advance", "press", "lead", "champion", "argue", "push"}
# words of comparison, not of verdict: "is not quite the same as open-source code"
SAMENESS = {"same", "similar", "different", "akin", "comparable", "analogous", "identical"}
# "cast herself as an advocate": the subject is the one cast
REFLEXIVES = {"himself", "herself", "itself", "themselves"}
# "X's main claim is that ...": nouns whose possessor speaks through a copula
CLAIM_NOUNS = {
    "claim", "argument", "view", "position", "belief", "case", "assertion", "suggestion", "point",
    "message", "contention", "thesis", "remarks", "remark", "testimony", "words", "word",
}
# "X's fear is that ...", "X's hope is that ...": nouns whose possessor feels what a copula
# states
FEAR_NOUNS = {"fear", "worry", "concern", "nightmare", "dread", "anxiety"}
HOPE_NOUNS = {"hope", "wish", "dream", "goal", "aim", "ambition", "aspiration"}
# a clause's subjects: what does a harm, not what suffers it
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# what a copula states: its complement clause or attribute
STATED_DEPS = {"ccomp", "attr", "acomp", "xcomp"}
# "what worries X is ...": verbs whose object feels the worry; "what X fears (wants) is ..."
WORRYING_THINGS = {"worry", "concern", "trouble", "scare", "frighten", "alarm", "bother"}
FEARING = {"fear", "dread", "dislike", "hate", "oppose", "resent"}
WANTING = {"want", "like", "favour", "favor", "prefer", "love", "support", "need"}
# what befalls one: "For Meta, the ruling was a blow (good news)" tells its fortune, no view
# (not a judgement: "For X, open models are a threat" is X's view)
FORTUNE_NOUNS = {"blow", "setback", "win", "loss", "news", "windfall", "relief", "headache"}
# "agreed (disagreed) with critics who say ...": taking or refusing others' words
AGREEING = {"agree", "side", "concur", "align"}
DISAGREEING = {"disagree", "differ", "break", "clash", "part"}
# "in X's view", "in the eyes of X": whose view a sentence gives
VIEW_NOUNS = {"view", "opinion", "eyes", "estimation", "judgment", "judgement", "mind", "telling"}
# "faced criticism from A and B": those it comes from are critics
CRITICISM_NOUNS = {
    "criticism", "opposition", "pushback", "backlash", "attack", "attacks", "fire", "objection",
    "objections", "condemnation", "complaints", "resistance",
}
# verbs by which a thing draws criticism: "faced", "drew", "sparked"
DRAWING_VERBS = {"face", "draw", "attract", "receive", "meet", "prompt", "spark", "trigger"}
# verbs that oppose what follows only with a particle or object: "took issue with",
# "pushed back against", "lashed out at", "railed against"
AGAINST_IDIOMS = {
    ("take", "issue"), ("take", "aim"), ("push", "back"), ("lash", "out"), ("hit", "out"),
    ("rail", "against"), ("speak", "out"), ("push", "against"), ("walk", "back"),
    ("roll", "back"), ("scale", "back"), ("back", "away"),
}
# warnings of a predicted restraint speak against it: "warned the act would ban ..."
WARNING_VERBS = {"warn", "fear", "worry", "caution", "complain", "lament", "alarm"}
# modals of prediction (not of demand): "the act would ban open models"
PREDICTING = {"would", "could", "will", "might", "may", "'ll", "'d"}
# fmt: on


# the verb "open-source" in its forms, and the words that mark its base form as a verb
# ("to open-source", "will open-source") rather than an adjective ("open-source models")
OPENING_VERB_FORMS = {
    "open-source", "open-sourced", "open-sources", "open-sourcing",
    # the same verbs written as two words: "open sourced X", "to open source X"
    "opensource", "opensourced", "opensources", "opensourcing",
}  # fmt: skip
# fmt: off
VERB_MARKERS = {
    "to", "will", "would", "should", "can", "must", "not", "n't",
    "did", "does", "do", "and", "also", "just", "finally", "never", "fully",
}
# fmt: on

# a good and a bad side named together ("the benefits and risks of open models"): weighed
UPSIDES = {"benefit", "pro", "promise", "opportunity", "advantage", "upside", "merit", "gain"}
# fmt: off
DOWNSIDES = {
    "risk", "con", "peril", "danger", "threat", "disadvantage", "downside", "drawback", "harm",
    "cost",
}
# fmt: on
# what a model is trained on, not the model: a practice with it leaves the model as it was
DATA_WORDS = {"data", "dataset", "datasets", "training", "corpus"}
# who may be called "open source" but never be open-sourced: "liability to open source
# developers" is a preposition and a description, whatever the parser says
# fmt: off
OPEN_SOURCE_PEOPLE = {
    "developer", "community", "advocate", "company", "startup", "project", "researcher",
    "contributor", "maintainer", "ecosystem", "movement", "coder", "programmer", "group",
}
# fmt: on
# verbs that judge their object "as" something: "flagged open-weight AI as a threat"
# fmt: off
REGARDING_VERBS = {
    "see", "describe", "call", "flag", "regard", "view", "treat", "label", "brand", "cast",
    "frame", "identify", "designate", "consider", "characterize", "characterise", "portray",
    "paint", "dismiss", "denounce",
}
# fmt: on
# words that turn a speaker from one side to the other within a sentence: "not X, rather Y"
TURNING_WORDS = {"but", "yet", "however", "rather", "instead"}

# words by which a text says it is an interview: its question paragraphs are the
# interviewer's, the paragraphs after them the interviewee's answers
INTERVIEW_WORDS = {"interview", "interviewed", "q&a"}
# ... and the verbs that say so with "with": "spoke with", "talked with", "sat down with"
INTERVIEW_VERBS = {"speak", "talk", "sit", "chat"}
# prepositions that place one thing against another in a ranking: "sits behind the closed
# frontier", "ranks below proprietary models" (a measure, not a description)
RANKING_PREPS = {"behind", "below", "beneath"}
# ... after verbs of standing in a ranking ("stands behind open models" is support)
RANKED = {"sit", "rank", "trail", "lag", "fall", "remain", "come", "land", "place", "score"}
# what a thing is called when it does a cause good: "X is a big win for open source", "called
# X an advance for open AI" (X holds the cause's side)
CREDIT_NOUNS = {
    "advancement", "advance", "win", "victory", "boon", "milestone", "boost", "breakthrough",
    "triumph", "gift", "step", "landmark", "godsend",
}  # fmt: skip
# verbs by which a reason calls for an act: "risks serious enough to warrant withholding it"
JUSTIFYING = {"warrant", "justify", "merit", "necessitate"}
# verbs that keep back what they act on: "withholds open models" keeps them closed (a closed
# cue under them, "hoarding its models behind an API", is that same practice)
WITHHOLDING = {"withhold", "hoard"}
# nouns that give a worry as the ground for an act: "names security fears as its reason to
# hold back the weights" holds them back for that reason
REASON_NOUNS = {"reason", "justification", "ground", "grounds", "rationale", "excuse", "pretext"}
# verbs that call an act done "by" doing something a wrong: "by keeping X closed, the lab
# betrayed its mission" (whoever says so holds the other side)
WRONGDOING = {"violate", "betray", "breach", "undermine", "flout", "contravene"}
# participles whose agent stands behind a thing without speaking for it: "a lab, backed by
# X and Y, said ..." is the lab's word, not its backers' ("a letter organised by X" is X's)
BACKING = {"back", "fund", "finance", "bankroll", "found", "own", "acquire", "buy", "invest"}
# determiners that point back to a group just named: "these labs", "those companies"
POINTING_DETS = {"these", "those"}
# verbs of saying by which "as X said, ..." vouches for the sentence (not "as X feared")
VOUCHING = {
    "say", "note", "argue", "write", "tell", "explain", "point", "observe", "remark", "state",
    "declare", "stress", "put", "add", "conclude", "emphasize", "emphasise",
}  # fmt: skip
# marks of a clause that grants a point the sentence then goes against ("while closed models
# may lead today, ...")
GRANTING_MARKS = {"while", "although", "though", "whereas"}
# "in favour of", "in support of": a stance argued for what follows
FAVOUR_NOUNS = {"favour", "favor", "support"}
# participles that liken an act to another's: "opened its weights, mirroring its partner X"
MIRRORING = {"mirror", "follow", "echo", "emulate", "copy"}
# what a lab tests of its own: "is testing an open-source version of its assistant"
VERSION_NOUNS = {"version", "release", "variant", "edition", "build"}
# verbs that end or deny what their object stands for: "ended its backing of open source"
ENDING_VERBS = {
    "end", "drop", "abandon", "withdraw", "pull", "halt", "scrap", "stop", "cut", "deny",
    "reverse", "cease", "suspend", "retract",
}  # fmt: skip
# what a thing can be met with: "was met with support (criticism) from X"
WELCOMES = {"support", "praise", "enthusiasm", "approval", "backing", "applause", "acclaim"}
REBUFFS = {
    "criticism", "opposition", "backlash", "resistance", "skepticism", "scepticism", "alarm",
    "derision", "hostility", "condemnation", "concern", "concerns",
}  # fmt: skip
# the words a list of examples is made of besides names: "the X series from A, and B's Y model"
LIST_ITEM_WORDS = {
    ",", "and", "or", "the", "its", "their", "from", "by", "with", "'s", "\u2019s", "-", "(",
}  # fmt: skip
LIST_ITEM_NOUNS = COLLECTIONS | {
    "model", "models", "llm", "llms", "chatbot", "version", "versions", "variant", "variants",
}  # fmt: skip
LIST_CLOSERS = {".", ";", ":", "\u2014", "\u2013", ")", "!", "?"}
# writings a possessive names the author of: "the Linux Foundation's paper argues ..."
AUTHORED = {
    "paper", "report", "study", "letter", "statement", "memo", "submission", "comment", "brief",
    "essay", "analysis", "post", "filing", "testimony", "whitepaper", "op-ed", "blog",
}  # fmt: skip
# the part of a whole a subject may name: "most of the systems, such as A, remain closed"
PARTITIVES = {"most", "many", "some", "all", "several", "each", "both"}
# what a model may be the result of: "a collaboration between A, B and C"
COLLABORATION_NOUNS = {"collaboration", "partnership", "effort", "venture", "cooperation"}
# the titles of the one person who runs an organisation ("the CEO of Acme"; not "a director")
TOP_TITLES = {"ceo", "founder", "co-founder", "cofounder"}
# the verbs under which an end is a harm feared or caused ("warned of the death of X", "would
# mean the end of X"); an end predicted, welcomed or said to be near is not
WORRYING = {
    "warn", "fear", "worry", "mourn", "lament", "decry", "caution", "bemoan", "dread",
    "raise", "voice", "express",
}  # fmt: skip
# verbs by which a subject brings a harm about, and the words that link them to it
CAUSING = {
    "lead", "mean", "cause", "spell", "bring", "pave", "set", "usher", "hasten", "accelerate",
    "trigger", "result", "herald",
}  # fmt: skip
CAUSE_LINKS = {"to", "for", "in", "about", "way", "stage"}


# -- round 17 word lists ------------------------------------------------------------------

# verbs that ask a release of someone else: "asked X to publish", "demanded that X publish"
REQUEST_VERBS = {"demand", "insist", "request", "order", "urge", "ask"}
# verbs by which anyone may put weights online, their maker or not ("hackers posted ...")
POSTING_VERBS = {"post", "upload"}
# what an "it" opening a sentence may stand for besides the last subject: players of these
# kinds, and things named by these nouns ("X criticized the bill. It would ...": the bill)
IT_KINDS = ("ORG", "PRODUCT", "OTHER")
ACTING_THINGS = {
    "bill", "act", "law", "ruling", "rule", "regulation", "order", "platform", "plan",
    "proposal", "model", "system", "tool", "court", "deal", "agreement", "measure",
}  # fmt: skip
# those who make a place's rules: "lawmakers in X", "regulators in Y" act for X and Y
LAWMAKERS = {"lawmaker", "legislator", "regulator", "policymaker", "official", "authority"}
# what one thing has on another: "an effect (impact, repercussions) on open models"
IMPACT_NOUNS = {"effect", "impact", "repercussion", "consequence", "implication", "influence"}
# what makes an impact a harm, beyond the general harm words: "a chilling effect"
HARMFUL_IMPACTS = {"negative", "chilling", "detrimental", "adverse", "dire", "crippling",
                   "harmful", "serious", "severe", "grave", "unintended"}  # fmt: skip
# a rival's trade, hurt by an open cue: a boast, not a worry ("will dent OpenAI's profits")
RIVALS_TRADE = {"profit", "margin", "moat", "monopoly", "revenue", "business", "dominance"}
# what a collaboration is for ("to open-source X", "on open models") and whom it is with
AIM_PREPS = {"to", "on", "for", "around", "toward", "towards"}
PARTNER_PREPS = {"with", "between", "among"}
# what one keeps in front of or level with: "keeps ahead (abreast) of proprietary rivals"
AHEAD_WORDS = ("ahead", "abreast")

# -- this round's word lists (polarity.py) -----------------------------------------------

# giving up work: "developers would simply stop publishing their work"
GIVING_UP = {"stop", "cease", "quit", "abandon"}

# where a harm drives what it harms: "push development offshore", "drive developers out"
DRIVEN_AWAY = {"offshore", "abroad", "overseas", "away", "out", "underground", "elsewhere"}
# the work and the workers a harm may drive away
WORK_NOUNS = {
    "development", "developer", "research", "researcher", "lab", "startup", "company", "firm",
    "talent", "innovation", "investment", "job", "business", "work", "engineer", "builder",
}  # fmt: skip

# taking back what was out: "pulled the open weights", "took down the open-source version"
WITHDRAWING = {"pull", "remove", "withdraw", "delete", "retract", "unpublish", "yank"}
# what a maker takes back of its own (not "a copy", "a fake", "an account")
WITHDRAWN_THINGS = {
    "weight", "weights", "model", "models", "checkpoint", "checkpoints", "version", "versions",
    "code", "release", "releases",
}  # fmt: skip

# what one is held answerable for when it is a liability: "responsible for misuse (harms)"
LIABILITIES = {"misuse", "harm", "damage", "abuse", "crime", "consequence", "model", "output"}

# what a case is made of: "not enough evidence (reason, grounds) to justify a ban"
GROUNDS_NOUNS = {"evidence", "reason", "basis", "ground", "justification", "proof", "data", "case"}
TOO_LITTLE = {"insufficient", "scant", "inadequate", "little"}

# what turns a name into a charge: "a ban by another name", "a de facto ban", "a backdoor ban"
CHARGE_WORDS = {"facto", "backdoor", "disguised", "veiled", "stealth"}
# the work a consequence may stop: "developers would stop publishing their work"
GIVEN_UP_WORK = {
    "publish", "release", "share", "build", "develop", "contribute", "research", "open",
    "open-source", "upload", "post", "train",
}  # fmt: skip
# the outfits a receiver's first words may say the kind of: "a gift to scam call centres"
OUTFIT_NOUNS = {"centre", "center", "farm", "ring", "gang", "network", "operation", "mill", "shop"}
# who sets a body up shares the purpose it was set up for (frames.py)
FOUNDING_VERBS = {"back", "found", "fund", "launch", "create", "form", "start", "establish"}
# the ways in by which a model is reached: "only through its API", "via a paid service"
GATEWAYS = {"through", "via", "behind"}
# the acts by which a model comes about: who does them made it (holders.py)
MADE_BY_ACTS = {
    "train", "build", "develop", "release", "publish", "create", "make", "design", "open-source",
    "launch", "ship", "upload", "post",
}  # fmt: skip

# what a body may be founded to do with the cue as its object: "founded X to build open models"
FOUNDED_AIMS = {
    "build", "release", "develop", "promote", "champion", "advance", "support", "create", "make",
    "publish", "open-source", "defend", "back", "fund", "train",
}  # fmt: skip
# verbs that may drive work away: "push development offshore", "drive developers out"
DRIVING_VERBS = {"push", "drive", "force", "chase", "send"}
# verbs that lay a liability on their object: "hold (treat, make) developers liable"
LIABILITY_VERBS = {"hold", "treat", "make", "deem", "render"}
# verbs of welcome under which a name is no charge: "welcomed the act, calling it a limit"
WELCOMING = {"welcome", "back", "defend", "support"}
# what a model is released as: "the weights are on Hugging Face", "its code is public"
ARTEFACT_NOUNS = {"weights", "code", "checkpoints", "parameters"}
# being bound to one side's products, a harm of that side: "lock-in to proprietary models"
DEPENDENCE = {"lock-in", "dependence", "dependency", "reliance", "overreliance"}
# verbs that shun or end a dependence, or breed one: "avoid lock-in to proprietary models"
DEPENDENCE_VERBS = {
    "avoid", "escape", "reduce", "end", "break", "cut", "prevent", "lessen", "curb",
    "minimize", "create", "cause", "deepen", "foster", "breed",
}  # fmt: skip
# nouns of a way of working: a side only when the cue is their own word ("closed methods"),
# not what they work on ("a method for auditing closed models")
METHOD_NOUNS = {"method", "methods", "methodology", "methodologies"}
# what a player holds in a field it works in ("its lead in open models", "Oslo's prowess in
# open-weight tools", "its ecosystem of open-weight models"): standing got by doing that work
STANDING_NOUNS = {
    "lead", "dominance", "leadership", "edge", "prowess", "strength", "expertise", "ecosystem",
    "success",
}  # fmt: skip
STANDING_PREPS = ("in", "of", "with")  # ("an edge on open-source rivals" is over them)
# verbs of making a model at a place ("developed at the X institute"), not hosting or
# training it there ("trained at a computing centre")
DEVELOPING_VERBS = {"develop", "build", "create", "design", "invent"}

# rules and projects (frames.governed, frames.no_holder_clause, frames.made_thing)
# what is done with rules as things written, weighed or put out ("drafting (considering,
# issuing) rules for open models"): by itself no side on what they govern, unlike wanting,
# opposing or judging them (polarity.rules_on)
DELIBERATING = {
    "consider", "weigh", "discuss", "debate", "draft", "prepare", "study", "review", "examine",
    "explore", "issue", "publish", "write", "develop", "craft", "finalize", "finalise",
}  # fmt: skip
# documents that are works as well: "is developing open-source initiatives" describes the
# work its maker does (not "introduced a bill that would ...", whose side is the bill's)
MADE_DOCUMENTS = {"project", "initiative"}
# what a maker does with its projects besides making them ("leads open-source projects"; not
# "is reviewing open-source projects", a look at others' work)
RUNNING_VERBS = {"lead", "run", "launch", "start", "fund", "found", "maintain", "host"}
# verbs of putting a thing out besides the verbs of making: "launched X, an open model"
LAUNCHING = {"launch", "unveil", "introduce", "debut", "announce", "ship", "publish"}
# what a player does with a model someone else describes: taking it up says nothing of its
# own side ("integrated the model, which is open source, into its app")
ADOPTING = USE_VERBS | {
    "integrate", "adopt", "incorporate", "embed", "license", "buy", "acquire", "test",
    "evaluate", "download", "host", "choose", "pick", "select",
}  # fmt: skip


# the nouns of putting a model out: "unveiled its open model with the release of X"
LAUNCH_NOUNS = frozenset({"release", "launch", "debut", "unveiling", "introduction"})
# the words that set a name on one side as its own modifier ("the closed X", "open-weight Y")
SIDE_MODIFIERS = {
    "open": frozenset({"open", "open-source", "open-weight", "open-weights"}),
    "closed": frozenset({"closed", "proprietary", "closed-source", "closed-weight"}),
}
# what the cue may be "under", "at" or "in" when it is in peril ("under threat", "at risk");
# not "under pressure from rivals", a market's state, nor "under fire", a critics' charge
PERIL_NOUNS = frozenset({"threat", "attack", "siege", "risk", "danger", "jeopardy", "peril"})
# the prepositions that set a phrase beside a name: "hosts A alongside proprietary models"
ALONGSIDE = frozenset({"alongside", "besides", "beside"})


# -- this round's word lists (frames.py, polarity.py, holders.py) ---------------------------
# what a body set up to argue for a side is called ("an open-source advocacy group")
CAMPAIGN_NOUNS = frozenset({"advocacy", "lobby", "lobbying", "campaign", "movement"})
# what a body set up to argue does: its founders argue it too
CAMPAIGNING = frozenset({"advocate", "champion", "campaign", "lobby", "fight", "push", "promote"})
# the bodies one sets up to argue (not a firm, whose products its founders need not argue)
CAMPAIGN_BODIES = frozenset({
    "group", "alliance", "coalition", "campaign", "foundation", "nonprofit", "organization",
    "organisation", "network", "initiative", "consortium", "lobby", "movement", "association",
    "council", "forum", "body", "charity", "institute", "project",
})  # fmt: skip
# a challenge "to" one side: rivalry from a model, a burden on people
CHALLENGES = frozenset({"challenge", "challenges"})
# verbs that put a harm or a challenge before someone: "poses a threat to"
POSING = frozenset({"pose", "represent", "constitute", "present"})
# the links a description of what was left behind is made of ("beyond an era dominated by
# closed giants"): a noun's modifiers, not another clause
LEFT_BEHIND_LINKS = frozenset({
    "amod", "compound", "pobj", "prep", "agent", "acl", "relcl", "nmod", "conj",
})  # fmt: skip
# how "behind" hangs on "leave" in "left its past behind"
LEAVE_MARKS = frozenset({"advmod", "prt", "prep"})
# the marks of a clause that concedes a point before the main one turns to its subject
CONCEDING_MARKS = frozenset({"while", "although", "though", "whereas"})
# verbs by which a holder's own clause tells that it changed ("has since moved to ...")
CHANGING_VERBS = frozenset({
    "shift", "move", "turn", "pivot", "switch", "become", "abandon", "change", "drift",
    "reverse", "retreat", "walk",
})  # fmt: skip

# marks that open and close an aside inside a sentence ("A—the open one—said")
DASHES = {"—", "–", "--"}
# verbs of deciding over a thing's upsides or downsides: "weighs the risks", "considers the
# harms" (besides upsides and downsides, its effects: IMPACT_NOUNS)
WEIGHING_VERBS = {"consider", "weigh", "assess", "evaluate", "examine", "study", "review", "ponder"}
# the nouns of a match in quality: "parity with X", "on a par with X"
PAR_WORDS = {"parity", "par"}
# what a maker's "of" may follow besides a model noun: "the closed code of X" is X's
CODE_NOUNS = {"code", "codebase", "software", "weights"}
# what else a maker offers, listed after its code: "the closed code and pricey plans of X"
OFFERINGS = {
    "subscription", "plan", "api", "pricing", "licence", "license", "term", "product",
    "service", "tool", "model", "system",
}  # fmt: skip
# verbs of moving toward or staying beside: "drifted closer to", "stays close to" (no measure)
DRIFTING = {
    "drift", "move", "edge", "inch", "creep", "lean", "shift", "veer", "stay", "remain",
    "keep", "get", "grow", "draw",
}  # fmt: skip
# what one is blamed for when "targeted for" it: a deed or a way of acting
DEEDS = SHIFT_NOUNS | {
    "decision", "practice", "policy", "approach", "refusal", "secrecy", "stance", "failure",
    "lack", "reversal", "choice", "plan", "strategy",
}  # fmt: skip
# words of nearness in quality before "to" or "with": "came close to X", "comparable to X",
# "performs competitively with X" measure the subject by X (not "similar", which
# frames.compares reads as sharing X's way)
NEARNESS_WORDS = {
    "close", "closer", "comparable", "equal", "equivalent", "competitive", "competitively",
}  # fmt: skip
# what a relative clause tells of someone's past: "who co-founded (worked at, led) ..."
LIFE_VERBS = {"found", "cofound", "join", "work", "lead", "serve", "start", "run"}
# an advantage handed to another: "hand the lead (an edge, the upper hand, a head start) to"
ADVANTAGES = {"lead", "edge", "advantage"}
ADVANTAGE_PHRASES = {("upper", "hand"), ("head", "start")}
# the head words of adjuncts that name a cause ("due to", "because of", "owing to")
CAUSE_WORDS = {"due", "because", "owing", "thanks"}
# the words that join the names of a list ("A, B or C")
LIST_JOINERS = {",", "and", "or", "&"}
# a maker named after its product: "ChatGPT-maker A", "Gemini developer B"
MAKER_WORDS = {"maker", "developer", "creator", "owner", "parent"}
# verbs that deal out a harm to someone ("inflict damage on", "cause harm to")
DEALING_VERBS = {"inflict", "cause", "do", "wreak"}
DEALT_HARMS = {"harm", "damage", "injury", "havoc", "loss"}
# verbs that make their object do what follows (done, not only asked): "prompted X to"
CAUSATIVE_VERBS = {"prompt", "force", "compel", "lead", "drive", "spur", "persuade", "convince"}
# what makes a harm slight or none: "little harm", "no damage", "modest harm"
SLIGHT_WORDS = {"no", "little", "minimal", "modest", "negligible", "limited", "minor", "slight"}
# nouns for a group of people or bodies, whose members a range names ("groups ranging from")
AGENT_GROUPS = {
    "group", "people", "person", "firm", "company", "organisation", "organization", "lab",
    "startup", "voice", "figure", "leader", "expert", "investor", "researcher", "advocate",
    "critic", "supporter", "player", "executive", "developer", "scientist", "academic",
    "lawmaker", "official", "institution", "individual",
}  # fmt: skip
# words that call a claim wrong after "but": "but that argument collapses (is wrong)"
DISMISSAL_WORDS = {
    "wrong", "mistaken", "collapse", "flawed", "false", "misguided", "overblown", "untrue",
    "exaggerated", "misplaced", "baseless", "unfounded", "fail",
}  # fmt: skip
# verbs of choosing, using or backing a thing over another: "runs X rather than closed models"
CHOOSING_VERBS = {
    "choose", "pick", "use", "run", "adopt", "prefer", "select", "opt", "deploy", "build",
    "fund", "back", "buy", "favour", "favor", "embrace", "license", "train", "power",
}  # fmt: skip
# what a dismissal is said of: the claim, or those who make it ("that argument", "they")
CLAIM_WORDS = {
    "argument", "claim", "view", "idea", "fear", "worry", "concern", "case", "reasoning",
    "logic", "they", "that", "this", "it", "critic", "skeptic", "sceptic", "narrative",
}  # fmt: skip
# nouns whose "that" clause is a state expected, not one described: "the understanding
# that X would remain open"
# (a promise or pledge is a commitment of the one who makes it, read as such)
EXPECTATION_NOUNS = {
    "understanding", "expectation", "assumption", "hope", "belief", "condition", "premise",
}  # fmt: skip
# the words that make a way in the only one: "available only (exclusively) through its API"
ONLY_WORDS = frozenset({"only", "exclusively"})
# the nouns of a replacement, whose "for" sets aside what is replaced (see CONTRAST_BEFORE)
REPLACING = frozenset({"replacement", "replacements", "substitute", "substitutes"})
# the users whose use of a model is a misuse: "open models are being used by criminals"
MISUSERS = frozenset({
    "criminal", "hacker", "scammer", "terrorist", "adversary", "attacker", "fraudster",
    "spammer", "extremist", "predator", "abuser", "offender", "enemy",
})  # fmt: skip
# the words that keep "the model" the one just put out: "the new (latest) model, X"
NEW_WORDS = frozenset({"new", "latest", "newest"})
