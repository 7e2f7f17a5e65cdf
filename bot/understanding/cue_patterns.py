"""The openness cues' Matcher patterns and word lists: data, apart from the component's logic.

A pattern names a kind of phrase that says a side (open weights, API-only, kept in-house ...);
none names a player or copies an article's wording.
"""

from __future__ import annotations

from typing import Any

# fmt: off
TECH_NOUNS = [
    "model", "models", "ai", "a.i.", "source", "weight", "weights", "system", "systems", "software",
    "platform", "platforms", "ecosystem", "approach", "technology", "technologies", "code", "llm",
    "llms", "one", "ones", "license", "licence", "alternative", "alternatives", "release",
    "releases", "development", "research", "stack", "tool", "tools", "version", "versions",
    "option", "options", "offering", "offerings", "product", "products", "replication",
    "reproduction", "implementation", "variant", "variants", "replacement", "replacements",
    # models named by what they are to others: "closed peers (A, B)" (not "rivals", which are
    # as often companies: "wants its rivals to become closed")
    "peer", "peers", "counterpart", "counterparts",
]
TECH_NOUN_SET = frozenset(TECH_NOUNS)
# the nouns that name a model itself, what is kept in-house or locked away
KEPT_MODEL_NOUNS = ["model", "models", "weights", "llm", "llms", "ai", "a.i."]
# whom a release "with" someone keeps private: these nouns when a word limits them ("with
# select partners", "only with vetted researchers"), or a body named ("with the AI Safety
# Institute"); not the public, nor researchers worldwide, nor a hub anyone fetches from
PRIVATE_RECIPIENTS = {
    "partner", "researcher", "customer", "government", "agency", "institute", "company",
    "firm", "lab", "client", "regulator", "academic", "official", "tester", "investor",
}  # fmt: skip
LIMITING_WORDS = {
    "only", "select", "selected", "few", "certain", "approved", "vetted", "trusted", "some",
    "chosen", "limited", "key", "handful",
}  # fmt: skip
HOSTING_HUBS = {"hugging", "face", "github", "modelscope", "kaggle", "huggingface"}
# what one holds on a question: "had no view (position, stance) on open models"
STANCE_NOUNS = {"view", "position", "stance", "opinion", "comment", "say"}
# what keeps up with a thing rather than keeping it: "keep up (pace) with proprietary models"
KEEP_PACE_WORDS = ["up", "with", "pace", "abreast", "ahead", "behind", "apace"]
# a word of the noun phrase before such a noun: "their most capable", "leading AI" (no
# preposition or conjunction: "offices before the release" is not one phrase)
LIGHT_WORD = {
    "IS_ALPHA": True,
    "OP": "?",
    "POS": {"IN": ["DET", "PRON", "ADJ", "ADV", "VERB", "NUM", "PROPN", "NOUN"]},
}
# the kinds of model a word before the model noun may name: "open reasoning models"
MODEL_KINDS = [
    "ai", "a.i.", "generative", "foundation", "language", "frontier", "large", "moe",
    "reasoning", "coding", "image", "video", "vision", "multimodal", "speech", "embedding",
    "chat", "text", "small",
]
# fmt: on

# what a plea for transparency is about when it is about openness: weights, training data
TRANSPARENCY_OBJECTS = ["weights", "training", "dataset", "datasets", "parameters"]

# the words of secrecy about the work itself: "an opaque (secretive) approach to research"
SECRETIVE_WORDS = frozenset({"opaque", "secretive"})
# what a proper noun withheld is not, when the NER says so: "withheld Congress funding"
NOT_MODEL_ENTS = ["ORG", "GPE", "NORP", "PERSON", "DATE", "LAW", "EVENT", "FAC", "LOC", "MONEY"]
# what a lab holds back that only a model has: "held back the weights (its newest model)"
HELD_BACK_PARTS = ["weights", "parameters", "model", "models", "checkpoints"]
# the parts of a model a lab may keep back: "withheld the weights", "little about its data"
# fmt: off
MODEL_PARTS = [
    "weights", "parameters", "code", "data", "dataset", "datasets", "architecture", "training",
    "recipe",
]
# fmt: on
# words that turn a release into its refusal: "released little training data"
WITHHELD = ["little", "nothing", "few", "scant", "no"]

# what "open" opens in a figure of speech: a door, a front, a way, a chapter, a market
FIGURATIVE = ["door", "doors", "front", "way", "chapter", "market", "markets", "floodgates"]

# the words between a passive's subject and its participle: "will not be", "have now been"
PASSIVE_GAP = [
    "will", "would", "be", "been", "being", "is", "are", "was", "were", "has", "have", "had",
    "also", "now", "soon", "not", "never", "already", "fully", "to", "finally", "all",
    "n't", "n’t", "wo",
]  # fmt: skip

# the two camps of the debate named by a bare side word: "the open camp", "the 'Closed' labs"
# the adverbs of making a thing public: "publicly released", "made freely available"
OPENLY_WORDS = frozenset({"openly", "freely", "publicly"})
CAMP_NOUNS = ["camp", "camps", "alliance", "bloc", "faction", "side", "labs", "coalition"]
OPEN_LICENCES = ["apache", "mit", "bsd", "gpl", "agpl", "lgpl"]
# words that end the gap in "exporting (AI) models": a preposition, or a side of its own
# ("export its closed models" is no cue of this kind)
EXPORT_GAP_STOPS = ["of", "to", "from", "open", "closed", "proprietary", "open-source"]
# the words that may stand between a verb and the weights it releases ("released Kestrel 2's
# underlying weights"): no preposition or conjunction, so "published research on model
# weights" names no weights released
NOT_IN_GAP = ["ADP", "CCONJ", "SCONJ", "PUNCT", "AUX"]
NAME_GAP = ["DET", "PROPN", "NUM", "PRON", "PART"]
# words that put a model out without its weights: "shipped X without open weights"
WITHOUT_WORDS = ["without", "no", "not", "never", "n't", "than", "instead"]
# words that keep weights back, never in the gap of an open cue about them
KEPT_GAP = [
    *WITHOUT_WORDS, "proprietary", "closed", "encrypted", "private", "secret", "restricted",
    "gated", "withheld", "hidden",
]  # fmt: skip
# the words of a noun phrase listing what comes with a model: "with its full dataset, code and
# weights"; no clause ("with a licence that forbids sharing its weights") and no closed word
WITH_GAP = {
    "POS": {"IN": ["DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PRON"]},
    "LOWER": {"NOT_IN": [*KEPT_GAP, "that", "which"]},
    "OP": "?",
}
# tables that rank things: "the Acme open-model leaderboard", "a ranking of closed chatbots"
# rank them and take no side
RANKINGS = {"leaderboard", "ranking", "league", "scoreboard", "arena"}
# who may fetch a model: "a flagship you cannot download"
FETCHERS = ["you", "developers", "users", "researchers", "people", "customers"]
# what one may do with an open model: "modify", "fine-tune", "redistribute"
TINKERING = [
    "modify", "adapt", "inspect", "download", "redistribute", "retrain", "customize",
    "customise", "tweak", "study",
]  # fmt: skip
# fmt: off
FETCHED_THINGS = {
    "model", "flagship", "version", "weight", "checkpoint", "system", "llm", "release",
}
# fmt: on
# what only a model has: "the weights of (for) X" names a model
WEIGHT_PARTS = ["weights", "parameters", "checkpoints"]
# freedoms given to others: "lets users (allows anyone to) ..."
GRANTED_TO = [
    {"LEMMA": {"IN": ["let", "allow", "enable", "permit"]}},
    {"LOWER": {"IN": [*FETCHERS, "anyone", "everyone", "companies", "businesses"]}},
    {"LOWER": "to", "OP": "?"},
]
# what a "black box" may be when it is kept so: "black-box models", "a black box approach"
BLACK_BOX_THINGS = [
    "model", "models", "system", "systems", "approach", "tactic", "tactics", "strategy",
    "llm", "llms", "chatbot", "chatbots",
]  # fmt: skip
# the course a field takes: "pushing the field in an open direction" (not "path" or "course",
# which are also roads and classes: "an open course on machine learning")
COURSE_NOUNS = ["direction", "future", "trajectory"]
# what "open-access" names as models, not as journals or a business model
OPEN_ACCESS_THINGS = ["models", "weights", "llms"]
QUOTES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019"]

OPEN_PATTERNS: list[list[dict[str, Any]]] = [
    # "free to use and modify", "released for free use and modification": the freedom to
    # change the thing, not only to use it at no cost
    [
        {"LOWER": "free"},
        {"LOWER": {"IN": ["to", "for"]}, "OP": "?"},
        {"LEMMA": "use"},
        {"LOWER": {"IN": ["and", "or", ","]}},
        {"LEMMA": {"IN": ["modify", "modification", "adapt", "adaptation", "fork"]}},
    ],
    # "pushed an open strategy" (only right before the noun: "its strategy remains open to
    # change" is no openness)
    [{"LOWER": "open"}, {"LOWER": {"IN": ["strategy", "strategies"]}}],
    # "royalty-free use by anyone"
    [{"LOWER": "royalty"}, {"ORTH": "-"}, {"LOWER": "free"}],
    [{"LOWER": "royalty-free"}],
    # "the open nature of Nimbus", "the open-source character of the project"
    [{"LOWER": {"IN": ["open", "open-source"]}}, {"LOWER": {"IN": ["nature", "character"]}}],
    [
        {"LOWER": "open"},
        {"ORTH": {"IN": QUOTES}, "OP": "?"},
        {"LOWER": {"IN": CAMP_NOUNS}},
    ],
    # the open way of making AI as a cause: "open science and open innovation in AI", "an open
    # ecosystem" (said of AI work; an idiom such as "open to" is taken back in cue_context)
    [
        {"LOWER": "open"},
        {"LOWER": {"IN": ["innovation", "science", "ecosystem", "ecosystems", "research"]}},
    ],
    [
        {"LOWER": "open"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": {"IN": ["source", "sourced", "sourcing", "weight", "weights", "weighted"]}},
    ],
    # the verb's third person, "Acme open-sources its models" (the hyphen required: "open
    # sources" are also where facts come from)
    [{"LOWER": "open"}, {"ORTH": "-"}, {"LOWER": "sources"}],
    [{"LOWER": "open-sources"}],
    [
        {
            "LOWER": {
                "IN": [
                    "open-source",
                    "open-sourced",
                    "open-sourcing",
                    "open-weight",
                    "open-weights",
                    "opensource",
                    "opensourced",
                    "opensources",
                    "opensourcing",
                ]
            }
        }
    ],
    # "open-access models (weights)": models anyone may fetch (not "open-access journals",
    # nor "an open-access model", which is also a publisher's way of doing business)
    [
        {"LOWER": "open"},
        {"ORTH": "-"},
        {"LOWER": "access"},
        {"LOWER": {"IN": OPEN_ACCESS_THINGS}},
    ],
    [{"LOWER": "open-access"}, {"LOWER": {"IN": OPEN_ACCESS_THINGS}}],
    # "open models", "open large language models", "open MoE models": the kind of model may
    # stand between
    [
        {"LOWER": "open"},
        {"LOWER": {"IN": MODEL_KINDS}, "OP": "?"},
        {"LOWER": {"IN": MODEL_KINDS}, "OP": "?"},
        {"LOWER": {"IN": TECH_NOUNS}},
    ],
    [
        {"LOWER": {"IN": ["openly", "freely", "publicly"]}},
        {
            "LOWER": {
                "IN": [
                    "available",
                    "released",
                    "release",
                    "releasing",
                    "licensed",
                    "downloadable",
                    "shared",
                ]
            }
        },
    ],
    [
        {"LOWER": {"IN": ["open", "permissive", "permissively"]}},
        {"ORTH": "-", "OP": "?"},  # "the open-licensed X base model"
        {"LOWER": {"IN": ["license", "licence", "licenses", "licences", "licensed"]}},
    ],
    # another word of praise after a comma: "under open, developer-friendly licences"
    # a course steered: "toward an open direction", "an open and shared future for AI"; one
    # more word of praise may stand between ("open and member-led direction")
    # (in lower case: "Open Future" is a name)
    [{"LOWER": "open"}, {"LOWER": {"IN": COURSE_NOUNS}, "IS_LOWER": True}],
    [
        {"LOWER": "open"},
        {"LOWER": "and"},
        # (words of praise only, never a determiner: "open and the future is unclear")
        *[
            {
                "POS": {"IN": ["ADJ", "NOUN", "VERB", "PUNCT"]},
                "TEXT": {"REGEX": "^[A-Za-z]+$|^-$"},
                "OP": "?",
            }
        ]
        * 3,
        {"LOWER": {"IN": COURSE_NOUNS}, "IS_LOWER": True},
    ],
    [
        {"LOWER": {"IN": ["open", "permissive"]}},
        {"ORTH": ","},
        *[
            {
                "POS": {"IN": ["ADJ", "NOUN", "PUNCT"]},
                "TEXT": {"REGEX": "^[A-Za-z]+$|^-$"},
                "OP": "?",
            }
        ]
        * 3,
        {"LOWER": {"IN": ["license", "licence", "licenses", "licences"]}},
    ],
    [
        {
            "LEMMA": {
                "IN": [
                    "release",
                    "publish",
                    "share",
                    "open",
                    "disclose",
                    "upload",
                    "post",
                    # a gerund the tagger reads as a noun keeps its -ing form as its lemma:
                    # "ban posting model weights", "discourage publishing weights"
                    "releasing",
                    "publishing",
                    "sharing",
                    "uploading",
                    "posting",
                ]
            }
        },
        # the words of the weights' owner, a possessive and a version included ("released
        # Kestrel 2's weights"), not a word that withholds them ("without", "no")
        *[{"POS": {"NOT_IN": NOT_IN_GAP}, "LOWER": {"NOT_IN": WITHOUT_WORDS}, "OP": "?"}] * 4,
        {"LOWER": {"IN": ["weights", "weight", "parameters"]}},
    ],
    # the weights named beside the models or code: "publish the model and weights", "release
    # the code and weights"
    [
        {"LEMMA": {"IN": ["release", "publish", "share", "open", "disclose", "upload", "post"]}},
        {"LOWER": {"IN": ["the", "its", "their", "his", "our"]}, "OP": "?"},
        {"LOWER": {"IN": ["model", "models", "code", "source"]}},
        {"LOWER": {"IN": ["or", "and"]}},
        {"LOWER": {"IN": ["the", "its", "their", "his", "our"]}, "OP": "?"},
        {"LOWER": {"IN": ["weights", "parameters"]}},
    ],
    # "was released with its full dataset, code and weights", "ships with open weights"
    # (no word of keeping them back in the gap: "released with proprietary weights")
    [
        {"LEMMA": {"IN": ["release", "publish", "ship"]}, "POS": "VERB"},
        {"LOWER": "with"},
        *[WITH_GAP] * 5,
        {"ORTH": ",", "OP": "?"},
        *[WITH_GAP] * 2,
        {"LOWER": {"IN": ["weights", "checkpoints"]}},
    ],
    # "a model accompanied by its training data, code and checkpoints", "along with the
    # weights", "together with its weights"
    [
        {"LOWER": {"IN": ["accompanied", "along", "together"]}},
        {"LOWER": {"IN": ["by", "with"]}},
        *[WITH_GAP] * 5,
        {"ORTH": ",", "OP": "?"},
        *[WITH_GAP] * 3,
        {"LOWER": {"IN": ["weights", "checkpoints"]}},
    ],
    # "..., weights included": the weights handed out with the model
    [{"LOWER": {"IN": ["weights", "checkpoints"]}}, {"LOWER": "included"}],
    # "released X as a free download", "released X for free download"
    [
        {"LOWER": {"IN": ["as", "for"]}},
        {"LOWER": {"IN": ["a", "an"]}, "OP": "?"},
        {"LOWER": "free"},
        {"LOWER": {"IN": ["download", "downloads"]}},
    ],
    # "developers can download it for free", "download Kestrel 2 for free from its site"
    [
        {"LEMMA": "download", "POS": "VERB"},
        *[{"IS_PUNCT": False, "OP": "?"}] * 3,
        {"LOWER": "for"},
        {"LOWER": "free"},
    ],
    # the act in the passive: "Kestrel 2's weights will be released", "the weights were
    # published on Monday" (whether they were is the verb's own negation to say)
    [
        {"LOWER": {"IN": ["weights", "parameters", "checkpoints"]}},
        # "the weights of Kestrel 2 will be released": whose weights, named between
        {"LOWER": "of", "OP": "?"},
        # (a person's weights are a boxer's: "the weights of Jane Roe were posted")
        *[{"POS": {"IN": ["PROPN", "NUM"]}, "ENT_TYPE": {"NOT_IN": ["PERSON"]}, "OP": "?"}] * 3,
        *[{"LOWER": {"IN": PASSIVE_GAP}, "OP": "?"}] * 4,
        {"LOWER": {"IN": ["released", "published", "shared", "uploaded", "posted"]}},
    ],
    # the same act named by a noun: "the release of Kestrel 2's weights", "publication of
    # the model weights"
    [
        {"LOWER": {"IN": ["release", "publication", "publishing", "upload", "sharing"]}},
        {"LOWER": "of"},
        *[{"POS": {"NOT_IN": NOT_IN_GAP}, "LOWER": {"NOT_IN": WITHOUT_WORDS}, "OP": "?"}] * 4,
        {"LOWER": {"IN": ["weights", "parameters"]}},
    ],
    [{"LOWER": "open"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "sourcing"}],
    # the verb in the third person written as two words, with its object after it: "Acme
    # open sources its models" (not "open sources of data", a noun)
    [
        {"LOWER": "open"},
        {"LOWER": "sources"},
        {"TAG": {"IN": ["PRP$", "DT", "NNP", "NNPS"]}, "LOWER": {"NOT_IN": ["of"]}},
    ],
    # "open-access language models", "open access model providers": open access said of a
    # model (not of a journal, a dataset or a market: "open access to chips")
    # (a kind of model named: "the open access model" is also a publisher's business model)
    [
        {"LOWER": "open"},
        {"ORTH": "-", "OP": "?"},  # the tokenizer splits "open-access" at its hyphen
        {"LOWER": "access"},
        {"LOWER": {"IN": MODEL_KINDS}},
        {"LOWER": {"IN": MODEL_KINDS}, "OP": "?"},
        {"LOWER": {"IN": ["model", "models", "llm", "llms"]}},
    ],
    # "X will be open-access": said of what the sentence names (a model, in AI news); the
    # hyphen marks the predicate ("open access to chips" has none)
    [
        {"LEMMA": "be"},
        {"LOWER": {"IN": ["fully", "entirely", "completely"]}, "OP": "?"},
        {"LOWER": "open"},
        {"ORTH": "-"},
        {"LOWER": "access"},
    ],
    # "downloadable weights": the model itself handed out (not downloadable code for games)
    [
        {"LOWER": "downloadable"},
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "parameters", "checkpoints"]}},
    ],
    # the abbreviation, in capitals only: "AlphaFold 3 is OSS", "an OSS alternative"
    [{"ORTH": "OSS"}],
    [
        {"LEMMA": {"IN": ["release", "publish", "share", "make", "distribute"]}},
        {"LOWER": {"IN": ["openly", "freely", "publicly"]}},
    ],
    [{"LOWER": "openness"}],
    [
        {"LEMMA": "publish"},
        {"LOWER": {"IN": ["its", "their", "the"]}, "OP": "?"},
        {"LOWER": {"IN": ["models", "model", "code"]}},
    ],
    [
        {"LEMMA": {"IN": ["offer", "license", "sell", "provide", "open"]}},
        {"LOWER": "to"},
        {"LOWER": {"IN": ["outside", "external", "third-party", "other", "all"]}},
        {"LOWER": {"IN": ["developers", "companies", "researchers", "businesses"]}},
    ],
    # publishing what a lab finds, which "restricted research sharing" curbs
    [{"LOWER": "research"}, {"LOWER": {"IN": ["sharing", "openness"]}}],
    [
        {"LOWER": "sharing"},
        {"LOWER": "of"},
        {"LOWER": {"IN": ["its", "their", "our", "the"]}, "OP": "?"},
        {"LOWER": {"IN": ["ai", "model", "frontier"]}, "OP": "?"},
        {"LOWER": "research"},
    ],
    [
        # "opened its models to outside developers"; not a figure of speech ("opens the door
        # to the market", "open a new front")
        {"LEMMA": "open", "POS": "VERB"},
        {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": FIGURATIVE}},
        {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": FIGURATIVE}},
        {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": FIGURATIVE}},
        {"LOWER": "to"},
        {"LOWER": "the", "OP": "?"},
        {"LOWER": {"IN": ["outside", "external", "independent", "other"]}, "OP": "?"},
        {
            "LOWER": {
                "IN": [
                    "all",
                    "everyone",
                    "anyone",
                    "developers",
                    "researchers",
                    "outsiders",
                    "public",
                    "world",
                    "community",
                ]
            }
        },
    ],
    [
        {"LOWER": {"IN": OPEN_LICENCES}},
        {"TEXT": {"REGEX": r"^\d+(\.\d+)*$"}, "OP": "?"},
        {"ORTH": "-", "OP": "?"},  # "MIT-licensed"
        {"LOWER": {"IN": ["licence", "license", "licensed"]}},
    ],
    # "ships under Apache 2.0", "released under the MIT licence" (the name alone)
    [
        {"LOWER": "under"},
        {"LOWER": {"IN": ["the", "an", "a"]}, "OP": "?"},
        {"LOWER": {"IN": ["permissive", "open"]}, "OP": "?"},
        {"LOWER": {"IN": OPEN_LICENCES}},
    ],
    # "all shipped weights on day one", "ships its weights" (the weights right after the verb,
    # so "shipped X without open weights" stays a model put out without them)
    [
        {"LEMMA": "ship"},
        {"LOWER": {"IN": ["its", "their", "the", "open"]}, "OP": "?"},
        {"LOWER": {"IN": ["weights", "weight"]}},
    ],
    # "made the weights public", "made Kestrel's weights available"
    [
        {"LEMMA": "make"},
        *[{"POS": {"NOT_IN": NOT_IN_GAP}, "LOWER": {"NOT_IN": WITHOUT_WORDS}, "OP": "?"}] * 4,
        {"LOWER": {"IN": WEIGHT_PARTS}},
        {"LOWER": {"IN": ["public", "available", "downloadable"]}},
    ],
    # a licence changed to an open one: "switched Gemma's licence to Apache 2.0", "moved the
    # model to the MIT licence"
    [
        {"LEMMA": {"IN": ["switch", "move", "change", "shift", "migrate", "relicense"]}},
        *[{"IS_PUNCT": False, "OP": "?"}] * 4,
        {"LOWER": "to"},
        {"LOWER": {"IN": ["the", "an", "a"]}, "OP": "?"},
        {"LOWER": {"IN": ["permissive", "open"]}, "OP": "?"},
        {"LOWER": {"IN": OPEN_LICENCES}},
    ],
    # a model put where anyone can fetch it, its name between: "uploaded Kestrel 2 to Hugging
    # Face", "put the model on GitHub", "can be downloaded from Hugging Face"
    [
        {"LEMMA": {"IN": ["upload", "post", "put", "publish", "release", "push", "share"]}},
        *[{"LOWER": {"IN": ["all", "of", "every"]}, "OP": "?"}] * 2,  # "all of its models"
        *[{"POS": {"IN": NAME_GAP}, "OP": "?"}] * 4,  # "Kestrel 2", "its new model"
        {"LOWER": {"IN": ["model", "models", "weights", "checkpoints"]}, "OP": "?"},
        {"LOWER": {"IN": ["on", "to", "via", "onto"]}},
        {"LOWER": {"IN": ["hugging", "github"]}},
        {"LOWER": "face", "OP": "?"},
    ],
    [
        {"LOWER": {"IN": ["download", "downloaded", "downloadable"]}},
        {"LOWER": {"IN": ["from", "on", "via"]}},
        {"LOWER": {"IN": ["hugging", "github"]}},
        {"LOWER": "face", "OP": "?"},
    ],
    # weights put where anyone can fetch them: "available on Hugging Face", "posted to GitHub"
    [
        {"LOWER": {"IN": ["available", "downloadable", "uploaded", "posted", "published"]}},
        {"LOWER": {"IN": ["on", "via", "through", "from", "to"]}},
        {"LOWER": {"IN": ["hugging", "github"]}},
        {"LOWER": "face", "OP": "?"},
    ],
    [
        {"LOWER": {"IN": ["weights", "model", "models"]}},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": ["download", "downloaded"]}},
    ],
    [{"LOWER": {"IN": ["downloadable"]}}, {"LOWER": {"IN": ["weights", "model", "models"]}}],
    [
        {"LOWER": "available"},
        {"LOWER": "for"},
        {"LOWER": {"IN": ["direct", "free", "public"]}, "OP": "?"},
        {"LOWER": {"IN": ["download", "downloading"]}},
    ],
    # what openness gives, without the word: "freely accessible", "democratize AI",
    # "anyone can download and modify it"
    [
        {"LOWER": {"IN": ["freely", "openly", "publicly"]}},
        {"LOWER": {"IN": ["accessible", "usable", "modifiable", "distributed", "downloadable"]}},
    ],
    [{"LEMMA": {"IN": ["democratize", "democratise", "democratization", "democratisation"]}}],
    # "models with widely available weights", "publicly released model weights"
    [
        {"LOWER": {"IN": ["widely", "publicly", "freely", "openly"]}},
        {"LOWER": {"IN": ["available", "released", "shared", "distributed", "accessible"]}},
        {"LOWER": {"IN": ["model", "ai"]}, "OP": "?"},
        {"LOWER": {"IN": ["weights", "weight", "parameters"]}},
    ],
    # "makes the weights available to everyone", "put its models within reach of the public":
    # the model or weights named first, so an app open to the public is not taken for one
    [
        {"LOWER": {"IN": ["weights", "model", "models"]}},
        {"OP": "?"},
        {"OP": "?"},
        {"OP": "?"},
        {"LOWER": {"IN": ["available", "accessible"]}},
        {"LOWER": "to"},
        {"LOWER": {"IN": ["the", "all"]}, "OP": "?"},
        {"LOWER": {"IN": ["public", "everyone", "anyone", "anybody", "world"]}},
    ],
    # "released its model, Nimbus, to the public": a release verb, a model (a model word or
    # a name), and its audience, everyone (not "released its results to the public")
    *[
        [
            {"LEMMA": {"IN": ["release", "publish", "share", "distribute"]}, "POS": "VERB"},
            *[{"IS_SENT_START": False, "OP": "?"}] * 4,
            released,
            *[{"IS_SENT_START": False, "OP": "?"}] * 4,
            {"LOWER": "to"},
            {"LOWER": {"IN": ["the", "all"]}, "OP": "?"},
            {"LOWER": {"IN": ["public", "everyone", "anyone", "anybody", "world"]}},
        ]
        for released in (
            {"LOWER": {"IN": ["model", "models", "weights", "code", "llm", "llms", "system"]}},
            {"POS": "PROPN"},
        )
    ],
    [
        {"LOWER": {"IN": ["anyone", "everyone", "anybody"]}},
        {"LOWER": {"IN": ["can", "could", "may", "is", "to"]}},
        {"LOWER": {"IN": ["free", "able", "now"]}, "OP": "?"},
        {"LOWER": "to", "OP": "?"},
        {"LEMMA": {"IN": ["download", "modify", "inspect", "study", "fine-tune", "run", "adapt"]}},
    ],
    [
        {"LOWER": {"IN": ["free", "freely"]}},
        {"LOWER": "to"},
        {"LOWER": {"IN": ["download", "use", "modify", "inspect", "study", "adapt"]}},
    ],
    # the freedoms given to others: "lets users modify the code", "allows developers to
    # download and fine-tune the model" (a model, its code or weights; not "share photos")
    [
        *GRANTED_TO,
        {"LEMMA": {"IN": TINKERING}},
        {"LOWER": {"IN": ["and", "or", ","]}, "OP": "?"},
        {"LEMMA": {"IN": TINKERING}, "OP": "?"},
        {"LOWER": {"IN": ["the", "its", "their", "these", "those", "our", "such"]}, "OP": "?"},
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "code", "weights"]}},
    ],
    # "a flagship you cannot download", "the first model developers can download": who may
    # fetch the thing named before (its "not" read by the polarity; with an object of its
    # own, "users can download the code", cue_context drops it)
    [
        {"LOWER": {"IN": FETCHERS}},
        {"LOWER": {"IN": ["can", "could", "ca"]}},
        {"LOWER": {"IN": ["not", "n't", "now"]}, "OP": "?"},
        {"LEMMA": {"IN": ["download", "self-host"]}},
    ],
    # freedoms a licence grants: "licensed for commercial use", "permits commercial use"
    [
        {"LEMMA": {"IN": ["license", "licence", "available", "free", "open", "cleared"]}},
        {"LOWER": {"IN": ["the", "its", "their", "it", "them", "both"]}, "OP": "?"},
        {"ENT_TYPE": "PRODUCT", "OP": "*"},
        {"LOWER": {"IN": TECH_NOUNS}, "OP": "?"},
        {"LOWER": "for"},
        {"LOWER": {"IN": ["both", "research", "academic"]}, "OP": "?"},
        {"LOWER": {"IN": ["and", "or"]}, "OP": "?"},
        {"LOWER": "commercial"},
        {"LOWER": {"IN": ["use", "uses", "purposes", "applications", "deployment"]}},
    ],
    [
        {"LEMMA": {"IN": ["permit", "allow"]}},
        {"LOWER": {"IN": ["free", "unrestricted"]}, "OP": "?"},
        {"LOWER": "commercial"},
        {"LOWER": {"IN": ["use", "uses", "reuse"]}},
    ],
    # the same freedom given to others: "allows anyone to use it commercially"
    [
        *GRANTED_TO,
        {"LEMMA": "use"},
        {"LOWER": {"IN": ["it", "them"]}},
        {"LOWER": "commercially"},
    ],
    [
        *GRANTED_TO,
        {"LEMMA": "use"},
        {"LOWER": {"IN": ["the", "its", "their"]}, "OP": "?"},
        {"POS": "PROPN", "OP": "*"},
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "code"]}},
        {"LOWER": "commercially"},
    ],
    [
        *GRANTED_TO,
        {"LEMMA": "use"},
        {"POS": "PROPN", "OP": "+"},
        {"LOWER": "commercially"},
    ],
    # what anyone may do with it: "anyone can build on it", "anyone can fine-tune the model"
    [
        {"LOWER": {"IN": ["anyone", "everyone", "anybody"]}},
        {"LOWER": {"IN": ["can", "could", "may", "is", "to"]}},
        {"LOWER": {"IN": ["free", "able", "now"]}, "OP": "?"},
        {"LOWER": "to", "OP": "?"},
        {"LEMMA": {"IN": ["build", "improve", "expand"]}},
        {"LOWER": {"IN": ["on", "upon"]}},
    ],
    [
        {"LOWER": {"IN": ["anyone", "everyone", "anybody"]}},
        {"LOWER": {"IN": ["can", "could", "may", "is", "to"]}},
        {"LOWER": {"IN": ["free", "able", "now"]}, "OP": "?"},
        {"LOWER": "to", "OP": "?"},
        {"LOWER": {"IN": ["fine-tune", "finetune", "retrain", "customize", "customise", "fork"]}},
    ],
    [
        {"LOWER": {"IN": ["anyone", "everyone", "anybody"]}},
        {"LOWER": {"IN": ["can", "could", "may", "is", "to"]}},
        {"LOWER": {"IN": ["free", "able", "now"]}, "OP": "?"},
        {"LOWER": "to", "OP": "?"},
        {"LOWER": "fine"},
        {"ORTH": "-"},
        {"LOWER": "tune"},
    ],
    # open data for models: "an open dataset", "open training data"
    [{"LOWER": "open"}, {"LOWER": {"IN": ["dataset", "datasets", "corpus", "corpora"]}}],
    [
        {"LOWER": "open"},
        {"LOWER": {"IN": ["training", "pretraining", "pre-training"]}},
        {"LOWER": {"IN": ["data", "dataset", "datasets"]}},
    ],
    # a plea for transparency about models or their data: "transparency about training data"
    [
        {"LOWER": {"IN": ["transparency", "transparent"]}},
        {"LOWER": {"IN": ["about", "on", "into", "of", "around", "over", "in"]}},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": TRANSPARENCY_OBJECTS}},
    ],
    # a model's data or code released: "published the training data", "released its dataset"
    [
        {"LEMMA": {"IN": ["release", "publish", "share", "open-source", "disclose", "post"]}},
        *[{"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": WITHHELD}}] * 3,
        {"ORTH": {"IN": ["'", "\u2019"]}, "OP": "?"},  # "its GPT systems' code" (a plural's)
        {"LOWER": {"IN": ["training", "pretraining", "source"]}},
        {"LOWER": {"IN": ["data", "dataset", "datasets", "code", "corpus"]}},
    ],
    # the act of publishing weights, named as a noun: "the publication of the weights", what
    # "outlawing the publication of ..." forbids
    [
        {"LOWER": {"IN": ["publication", "publishing", "sharing", "disclosure"]}},
        {"LOWER": "of"},
        *[{"IS_ALPHA": True, "OP": "?"}] * 3,
        {"ORTH": {"IN": ["\u201c", '"', "\u2018", "'"]}, "OP": "?"},  # the “weights”
        {"LOWER": {"IN": ["weights", "weight", "parameters"]}},
    ],
    # spreading models abroad: "the export of AI models" (what "a bill to restrict the export
    # of AI models" curbs; the curbing verb makes it closed)
    [
        {"LOWER": {"IN": ["export", "exports", "exporting"]}},
        {"LOWER": "of"},
        *[{"IS_ALPHA": True, "OP": "?"}] * 3,
        {"LOWER": {"IN": ["model", "models", "weights"]}},
    ],
    # the same as a verb: "licences for exporting model weights", "to export AI models"
    [
        {"LOWER": {"IN": ["export", "exporting"]}, "POS": {"IN": ["VERB", "NOUN"]}},
        *[{"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": EXPORT_GAP_STOPS}}] * 2,
        {"LOWER": {"IN": ["models", "weights"]}},
    ],
    # the words with which one side attacks the other: the speaker defends open AI
    [{"LOWER": {"IN": ["fearmongering", "fear-mongering", "scaremongering", "doomerism"]}}],
    [{"LOWER": "fear"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "mongering"}],
    [{"LOWER": "regulatory"}, {"LOWER": "capture"}],
    [{"LOWER": {"IN": ["gatekeeping", "gatekeepers"]}}],
    # "open-washing": calling closed things open, a charge only a defender of openness makes
    [
        {"LOWER": "open"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": {"IN": ["washing", "washed", "wash"]}},
    ],
    [{"LOWER": {"IN": ["openwashing", "openwashed", "openwash"]}}],
]
# the words of a price: "a $30-per-month paywall", "a premium annual paywall"
PRICE_WORD = {
    "OP": "?",
    "TEXT": {
        "REGEX": r"(?i)^(\$|€|£|-|/|per|month|year|week|monthly|annual|yearly|paid|premium|"
        r"\$?\d[\d.,]*[kKmM]?)$"
    },
}
# what a closed model is reached through: "only through a chat app or an API"
# fmt: off
ACCESS_SURFACES = [
    "api", "apis", "app", "apps", "interface", "chatbot", "chatbots", "waitlist", "subscription",
    "subscriptions", "paywall", "server", "servers", "platform", "platforms", "cloud",
]  # fmt: skip
# fmt: on
# who may use a gated model: "only to select developers", "only to paying customers"
GATE_WORDS = ["paying", "approved", "vetted", "select", "selected", "invited", "trusted", "chosen"]
# gates that only vetting sets: "for 100 vetted companies" (not "paying", which sells)
VETTED_WORDS = ["vetted", "invited", "whitelisted", "allowlisted"]
# what an audience may be called before its noun ("paying enterprise customers")
AUDIENCE_KINDS = ["enterprise", "business", "corporate", "government", "federal"]
# the words of a count before a gate ("a few", "about 20", "a handful of")
COUNT_POS = ["DET", "NUM", "ADJ", "ADV"]
# fmt: off
AUDIENCE_NOUNS = [
    "customers", "subscribers", "users", "partners", "researchers", "developers", "testers",
    "companies", "businesses", "organizations", "organisations", "agencies", "firms", "labs",
]
# fmt: on
# curbs on spreading models abroad or at all, and what they curb
CURB_NOUNS = [
    "controls",
    "control",
    "restrictions",
    "restriction",
    "curbs",
    "ban",
    "bans",
    "limits",
]
SPREAD_OBJECTS = ["model", "models", "weights", "ai", "a.i.", "systems", "parameters"]
# what "AI" may name that is hardware, not a model: "export curbs on AI chips"
# fmt: off
HARDWARE_NOUNS = {
    "chip", "chips", "semiconductor", "semiconductors", "hardware", "accelerator", "accelerators",
    "gpu", "gpus", "processor", "processors", "chipmaking", "compute", "servers",
}
# fmt: on
# words of a sentence about licensing creative content, not models: "the copyright licensing
# regime", "licences from rights holders"
COPYRIGHT_WORDS = {
    "copyright",
    "copyrighted",
    "copyrights",
    "rightsholders",
    "royalties",
    "creative",
    "creators",
    "artists",
    "musicians",
    "publishers",
}  # fmt: skip
# "can only be accessed through ...", "only available via ..."
# fmt: off
ACCESS_VERBS = [
    "accessed", "accessible", "available", "offered", "reachable", "usable", "used", "sold",
    "reached", "served", "provided", "queried",
]
# fmt: on
LICENCE_WORDS = ["licence", "license", "licences", "licenses", "licensing"]
# what a licence before release is about: a model, not a photo or a drone
RELEASED_MODELS = ["model", "models", "weights", "system", "systems", "ai", "a.i."]
LOCK_AND_KEY = [{"LOWER": "under"}, {"LOWER": "lock"}, {"LOWER": "and"}, {"LOWER": "key"}]
# a model, its weights, code or data: what "under wraps" closes when kept so (not plans),
# and what an access restraint must name
MODEL_THINGS = frozenset(
    {*KEPT_MODEL_NOUNS, *MODEL_PARTS, "system", "systems", "details", "checkpoints"}
)
# of those, what is a model's only when "of" a model ("the details of its merger" are not)
MODEL_PART_WORDS = frozenset({"details", "parameters", "data", "architecture", "recipe"})
# the ways a model is served, access to which is access to the model
SERVING_SURFACES = frozenset({"assistant", "assistants", "chatbot", "chatbots", "api", "apis"})
# the other ways in beside an API that make it one way among others: "for free or via an API"
FREE_ROUTES = frozenset(
    {"free", "download", "downloads", "weights", "locally", "open", "cost", "charge"}
)
# what a model learns from: "trained on publicly available data sets"
TRAINING_DATA_NOUNS = frozenset(
    {"data", "dataset", "datasets", "sets", "corpus", "corpora", "text", "content"}
)
# whose access a restraint names: "restricts foreign access to its models"
CONTROL_DEGREES = ["full", "tight", "total", "complete", "firm", "exclusive", "strict"]
ACCESS_HOLDERS = ["foreign", "public", "outside", "overseas", "external"]
UNDER_WRAPS = [
    {"LOWER": "under"},
    {"LOWER": {"IN": ["close", "tight", "strict"]}, "OP": "?"},
    {"LOWER": "wraps"},
]
# what a government grants before a thing may be done, besides a licence
PERMIT_WORDS = ["approval", "permission", "authorization", "authorisation", "clearance", "permit"]
# "require (mandate) a government licence (approval) before (prior to)": the words before what
# is released, in both orders of the patterns below
LICENCE_REQUIRED = [
    {"LEMMA": {"IN": ["require", "mandate", "demand"]}},
    *[{"IS_ALPHA": True, "OP": "?"}] * 4,
    {"LOWER": {"IN": [*LICENCE_WORDS, *PERMIT_WORDS]}},
    *[{"IS_ALPHA": True, "OP": "?"}] * 3,
    {"LOWER": {"IN": ["before", "prior"]}},
    {"LOWER": "to", "OP": "?"},
]
RELEASE_WORD = {"LEMMA": {"IN": ["release", "publish", "deploy", "distribute", "open-source"]}}
RESTRICTION_NOUNS = ["restriction", "limitation", "limit"]

# uses a licence may keep a model to: "for research purposes only"
RESEARCH_USES = ["research", "academic", "non-commercial", "noncommercial"]
CLOSED_PATTERNS: list[list[dict[str, Any]]] = [
    # "the closed nature of the models", "the proprietary character of its systems"
    [
        {"LOWER": {"IN": ["closed", "proprietary", "closed-source"]}},
        {"LOWER": {"IN": ["nature", "character"]}},
    ],
    [
        {"LOWER": "closed"},
        {"ORTH": {"IN": QUOTES}, "OP": "?"},
        {"LOWER": {"IN": CAMP_NOUNS}},
    ],
    [
        {"LOWER": "closed"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": {"IN": ["source", "sourced", "weight", "weights"]}},
    ],
    [{"LOWER": {"IN": ["closed-source", "closed-weight", "closed-weights", "close-source"]}}],
    [{"LOWER": "close"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["source", "sourced"]}}],
    [
        {"LOWER": "closed"},
        {
            "LOWER": {
                "IN": ["ai", "a.i.", "generative", "foundation", "language", "frontier", "large"]
            },
            "OP": "?",
        },
        {"LOWER": {"IN": TECH_NOUNS}},
    ],
    [{"LOWER": "proprietary"}],
    [{"LOWER": "api"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "only"}],
    # "sells only API access", "offers only paid API access": no other way in
    [
        {"LOWER": "only"},
        {"LOWER": {"IN": ["paid", "commercial"]}, "OP": "?"},
        {"LOWER": {"IN": ["api", "apis"]}},
        {"LOWER": "access"},
    ],
    # use kept to research: "licensed for research purposes only", "only for research use",
    # "a research-only licence", "a non-commercial licence"
    [
        {"LOWER": "for"},
        {"IS_QUOTE": True, "OP": "?"},
        {"LOWER": {"IN": RESEARCH_USES}},
        {"LOWER": {"IN": ["purposes", "use", "uses"]}, "OP": "?"},
        {"LOWER": "only"},
    ],
    # ("available for research use only": the word it narrows taken in, so the cue is said
    # of what is available; a pattern of its own, so each begins with a word to anchor on)
    [
        {"LOWER": {"IN": ["available", "free", "released", "licensed", "offered"]}},
        {"LOWER": "for"},
        {"IS_QUOTE": True, "OP": "?"},
        {"LOWER": {"IN": RESEARCH_USES}},
        {"LOWER": {"IN": ["purposes", "use", "uses"]}, "OP": "?"},
        {"LOWER": "only"},
    ],
    [
        {"LOWER": "only"},
        {"LOWER": "for"},
        {"IS_QUOTE": True, "OP": "?"},  # "only for 'research purposes only'", quoting terms
        {"LOWER": {"IN": RESEARCH_USES}},
        {"LOWER": {"IN": ["purposes", "use", "uses"]}},
    ],
    # "for non-commercial use only", "restricted to research purposes", "only for academic
    # research"
    [
        {"LOWER": "for"},
        {"LOWER": "non"},
        {"ORTH": "-"},
        {"LOWER": "commercial"},
        {"LOWER": {"IN": ["purposes", "use", "uses"]}, "OP": "?"},
        {"LOWER": "only"},
    ],
    [
        {"LEMMA": {"IN": ["restrict", "limit"]}},
        {"LOWER": "to"},
        {"LOWER": {"IN": RESEARCH_USES}},
        {"LOWER": {"IN": ["purposes", "use", "uses", "research"]}, "OP": "?"},
    ],
    [
        {"LOWER": "only"},
        {"LOWER": "for"},
        {"LOWER": "academic"},
        {"LOWER": "research"},
    ],
    [
        {"LOWER": {"IN": ["research", "non", "academic"]}},
        {"ORTH": "-"},
        {"LOWER": {"IN": ["only", "commercial"]}},
        {"LOWER": {"IN": LICENCE_WORDS}},
    ],
    [{"LOWER": "noncommercial"}, {"LOWER": {"IN": LICENCE_WORDS}}],
    [
        {"LOWER": "only"},
        {"LOWER": {"IN": ["through", "via", "by"]}},
        {"LOWER": {"IN": ["an", "its", "their", "a", "paid"]}, "OP": "?"},
        {"LOWER": {"IN": ["api", "apis", "subscription"]}},
    ],
    # "will only offer its model through a subscription": "only" before the verb of offering
    [
        {"LOWER": "only"},
        {"LEMMA": {"IN": ["offer", "sell", "provide", "release", "make"]}},
        *[{"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": ["through", "via"]}}] * 4,
        {"LOWER": {"IN": ["through", "via"]}},
        {"LOWER": {"IN": ["an", "its", "their", "a", "paid"]}, "OP": "?"},
        {"LOWER": {"IN": ["api", "apis", "subscription", "subscriptions"]}},
    ],
    [
        # "only available through a chat app or an API": access words between "only" and "API"
        {"LOWER": "only"},
        {"LOWER": {"IN": ["available", "accessible", "offered", "reachable", "usable", "sold"]}},
        {"LOWER": {"IN": ["through", "via"]}},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": ["api", "apis"]}},
    ],
    [{"LOWER": "walled"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["garden", "gardens"]}}],
    # "the black box tactic of X", "black-box AI models": a model kept opaque (not "black-box
    # testing" or "a black box attack", ways of probing any model)
    [
        {"LOWER": "black"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": "box"},
        {"LOWER": {"IN": ["ai", "generative"]}, "OP": "?"},
        {"LOWER": {"IN": BLACK_BOX_THINGS}},
    ],
    # "its secretive approach to research", "an opaque strategy for its models": secrecy
    # about the work itself (not "opaque pricing", "a secretive approach to hiring", nor,
    # in nlp, "an opaque approach to research funding")
    [
        {"LOWER": {"IN": list(SECRETIVE_WORDS)}},
        {"LOWER": {"IN": ["approach", "strategy", "stance"]}},
        {"LOWER": {"IN": ["to", "for", "toward", "towards"]}},
        {"LOWER": {"IN": ["its", "their", "the"]}, "OP": "?"},
        {"LOWER": "ai", "OP": "?"},
        {"LOWER": {"IN": ["research", "models", "development"]}},
    ],
    # "doubled down on its closed strategy" (a strategy is no thing kept: not a TECH_NOUN)
    [{"LOWER": "closed"}, {"LOWER": {"IN": ["strategy", "strategies"]}}],
    # "keep everything closed", "kept things proprietary" (the secrecy words that are about
    # more than models, "keep its plans secret", go through the checked token rule in nlp.py)
    # (the words between are what is kept, never a preposition: "keep up with proprietary
    # models" keeps pace with them and keeps nothing closed)
    [
        {"LEMMA": "keep"},
        *[{"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": KEEP_PACE_WORDS}}] * 3,
        {"LOWER": {"IN": ["closed", "proprietary", "in-house"]}},
    ],
    # a name with a version kept so: "keeps GPT-4 closed", "kept its Llama-3 weights private"
    [
        {"LEMMA": "keep"},
        *[{"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": KEEP_PACE_WORDS}}] * 2,
        {"POS": "PROPN", "IS_ALPHA": False},
        *[{"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": KEEP_PACE_WORDS}}] * 2,
        {"LOWER": {"IN": ["closed", "proprietary", "in-house"]}},
    ],
    # "locked its frontier models in-house (away)": kept there ("in-house" as one token or
    # split at its hyphen)
    *[
        [
            {"LEMMA": "lock"},
            *[LIGHT_WORD] * 3,
            {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "systems"]}},
            *end,
        ]
        for end in (
            [{"LOWER": {"IN": ["in-house", "away"]}}],
            [{"LOWER": "in"}, {"ORTH": "-"}, {"LOWER": "house"}],
        )
    ],
    [
        {"LEMMA": {"IN": ["restrict", "gate", "lock", "limit", "curb", "control"]}},
        {"LOWER": {"IN": ["access", "the", "who"]}, "OP": "?"},
        {"LOWER": {"IN": ACCESS_HOLDERS}, "OP": "?"},
        {"LOWER": "access"},
    ],
    # "chose to keep total control of its most capable models (technology)": what a maker
    # keeps of its best work in its own hands (not "control of their models and data", which
    # users keep, nor "control over how the model is used", nor a country's own technology)
    [
        {"LEMMA": {"IN": ["keep", "maintain", "retain", "preserve"]}},
        {"LOWER": {"IN": CONTROL_DEGREES}, "OP": "?"},
        {"LOWER": "control"},
        {"LOWER": {"IN": ["of", "over"]}},
        {"LOWER": {"IN": ["its", "their"]}},
        {"LOWER": {"IN": ["most", "more"]}, "OP": "?"},
        {"LOWER": {"IN": ["advanced", "powerful", "capable", "frontier", "best", "flagship"]}},
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "systems", "technology", "technologies"]}},
    ],
    # "blocked foreign (public) access to advanced models": others kept from models (staff
    # blocked from outside apps or a named app is a ban on their use, no side)
    [
        {"LEMMA": "block"},
        {"LOWER": "the", "OP": "?"},
        {"LOWER": {"IN": ACCESS_HOLDERS}},
        {"LOWER": "access"},
        {"LOWER": "to"},
        *[LIGHT_WORD] * 3,
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "systems"]}},
    ],
    # "locked down access to its models" (not to its offices)
    [
        {"LEMMA": "lock"},
        {"LOWER": "down"},
        {"LOWER": "access"},
        {"LOWER": "to"},
        *[LIGHT_WORD] * 3,
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "systems"]}},
    ],
    # "kept the weights (kept Nimbus) under lock and key"; not the cash
    [
        {"LEMMA": "keep"},
        *[LIGHT_WORD] * 3,
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "systems"]}},
        *LOCK_AND_KEY,
    ],
    # a licence required before a model may go out: "require a government licence before
    # any frontier model is released", "mandates approval prior to deploying" (a lab that
    # obtains one only complies)
    [
        *LICENCE_REQUIRED,
        *[LIGHT_WORD] * 2,
        {"LOWER": {"IN": RELEASED_MODELS}},
        *[{"IS_ALPHA": True, "OP": "?"}] * 3,
        RELEASE_WORD,
    ],
    # the same with the release first: "a licence before releasing powerful models"
    [*LICENCE_REQUIRED, RELEASE_WORD, *[LIGHT_WORD] * 2, {"LOWER": {"IN": RELEASED_MODELS}}],
    [
        {"LOWER": {"IN": ["licensing", "license", "licence"]}},
        {"LOWER": {"IN": ["regime", "requirement", "requirements", "scheme", "system"]}},
    ],
    [
        {"LOWER": {"IN": ["through", "via"]}},
        {"LOWER": {"IN": ["an", "its", "their", "a", "the", "paid"]}, "OP": "?"},
        {"LOWER": {"IN": ["paid", "commercial"]}, "OP": "?"},
        {"LOWER": {"IN": ["api", "apis"]}},
    ],
    [
        {"LOWER": "only"},
        {"LOWER": {"IN": ["through", "via", "in", "on"]}},
        {"LOWER": {"IN": ["its", "their", "a", "the"]}, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": ["cloud", "services", "service", "platform", "app", "apps"]}},
    ],
    [
        {"LEMMA": {"IN": ["lock", "wall", "keep", "hide"]}},
        {"LOWER": {"IN": ["models", "systems", "weights", "them", "it", "ai", "a.i.", "code"]}},
        {"LOWER": {"IN": ["away", "up", "behind", "off"]}},
    ],
    # "closing off their models", "close off the weights"
    [
        {"LEMMA": "close"},
        {"LOWER": "off"},
        *[LIGHT_WORD] * 3,
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "systems", "code"]}},
    ],
    # the particle before the object: "lock down the leading models", "wall off their systems"
    # (only a model noun, after words that are not nouns: "locked down offices before the
    # release" locks no model; "locked up a deal" is no lock at all)
    [
        {"LEMMA": {"IN": ["lock", "wall"]}},
        {"LOWER": {"IN": ["down", "away", "off"]}},
        *[LIGHT_WORD] * 3,
        {"LOWER": {"IN": KEPT_MODEL_NOUNS}},
    ],
    [
        {"LOWER": {"IN": ["paid", "commercial", "restrictive", "proprietary"]}},
        {"LOWER": {"IN": ["licence", "license", "licences", "licenses", "licensing"]}},
    ],
    [{"LOWER": "trade"}, {"LOWER": {"IN": ["secret", "secrets"]}}],
    # AI kept to a few: "limit the work to a handful of firms", "concentrated in the
    # hands of a small number of firms", "controlled by a small group"
    [
        {"LEMMA": {"IN": ["limit", "restrict", "confine", "concentrate", "control", "reserve"]}},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": ["to", "in", "by", "among", "for"]}},
        {"LOWER": {"IN": ["a", "the"]}},
        {"LOWER": {"IN": ["hands", "handful", "few", "small", "tiny"]}},
    ],
    # "hide the best models behind paid APIs", "keep the weights to themselves"
    [
        {"LOWER": "behind"},
        {"LOWER": {"IN": ["a", "an", "the", "its", "their", "paid", "closed"]}, "OP": "?"},
        {"LOWER": {"IN": ["paid", "commercial", "closed"]}, "OP": "?"},
        {"LOWER": {"IN": ["api", "apis", "paywall", "paywalls", "doors"]}},
    ],
    # "sits behind a $30-per-month paywall": a price before the paywall
    [
        {"LOWER": "behind"},
        {"LOWER": {"IN": ["a", "an", "its", "their"]}},
        *[PRICE_WORD] * 6,
        {"LOWER": {"IN": ["paywall", "paywalls"]}},
    ],
    [
        {"LEMMA": "keep"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": "to"},
        {"LOWER": {"IN": ["themselves", "itself", "ourselves", "yourself", "himself"]}},
    ],
    # "under (close) wraps": of a model, its weights or data (see cue_context.wrapped_other)
    UNDER_WRAPS,
    # a model judged unfit to go out: "too dangerous (risky, powerful) to release"
    [
        {"LOWER": "too"},
        {"LOWER": {"IN": ["dangerous", "risky", "powerful", "unsafe", "hazardous"]}},
        {"LOWER": "to"},
        {"LEMMA": {"IN": ["release", "open-source", "publish", "share"]}},
    ],
    [
        {"LOWER": "locked"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": "down"},
        {"LOWER": {"IN": TECH_NOUNS}},
    ],
    [
        {"LOWER": {"IN": ["gated", "restricted"]}},
        {"ORTH": {"IN": QUOTES}, "OP": "?"},
        {"LOWER": {"IN": ["access", "release", "releases", "models", "approach", "strategy"]}},
    ],
    [
        {"LEMMA": {"IN": ["keep", "stay", "remain"]}},
        *[{"IS_ALPHA": True, "OP": "?"}] * 3,
        {"LOWER": "in"},
        {"ORTH": "-"},
        {"LOWER": "house"},
    ],
    # (not one's "own" models built in-house: making rather than buying them)
    [
        {"LEMMA": {"IN": ["build", "develop", "use"]}},
        *[{"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": ["own"]}}] * 3,
        {"LOWER": "in"},
        {"ORTH": "-"},
        {"LOWER": "house"},
    ],
    # what is kept may be a longer noun phrase: "keep their most capable models in-house" (a
    # model, not "its chip design tools")
    [
        {"LEMMA": "keep"},
        LIGHT_WORD,
        {"ORTH": {"IN": ["'s", "\u2019s"]}, "OP": "?"},  # "kept Gemini's weights in-house"
        *[LIGHT_WORD] * 2,
        {"LOWER": {"IN": KEPT_MODEL_NOUNS}},
        {"LOWER": "in"},
        {"ORTH": "-"},
        {"LOWER": "house"},
    ],
    # a licence that takes freedom back, said in a relative clause: "a licence for the model
    # which forbids big firms to use it", "a licence which limits commercial use"
    [
        {"LOWER": {"IN": LICENCE_WORDS}},
        *[{"IS_ALPHA": True, "LOWER": {"NOT_IN": ["that", "which"]}, "OP": "?"}] * 3,
        {"LOWER": {"IN": ["that", "which"]}},
        {"LEMMA": {"IN": ["restrict", "limit", "prohibit", "forbid", "bar", "ban"]}},
    ],
    # a licence asked for before a model may be used: "must request a license from X to use
    # Kestrel" (not a customs officer's licence to inspect cargo)
    [
        {"LOWER": {"IN": ["must", "need", "needs", "required"]}},
        {"LOWER": "to", "OP": "?"},
        {"LEMMA": {"IN": ["request", "obtain", "seek", "get", "buy", "acquire"]}},
        {"LOWER": {"IN": ["a", "an", "special", "separate", "commercial"]}, "OP": "?"},
        {"LOWER": {"IN": LICENCE_WORDS}},
        *[{"IS_ALPHA": True, "OP": "?"}] * 3,
        {"LOWER": "to"},
        {"LEMMA": {"IN": ["use", "deploy", "access", "run"]}},
        {"LOWER": {"IN": ["its", "the", "their"]}, "OP": "?"},
        {"POS": "PROPN"},
    ],
    # access to a model sold: "charge cloud providers for access to X" (not parking spaces)
    [
        {"LEMMA": "charge"},
        *[{"IS_ALPHA": True, "POS": {"IN": ["ADJ", "NOUN", "DET", "PRON"]}, "OP": "?"}] * 3,
        {"LOWER": "for"},
        {"LOWER": {"IN": ["access", "use", "usage"]}},
        {"LOWER": {"IN": ["to", "of"]}},
        {"LOWER": {"IN": ["its", "the", "their"]}, "OP": "?"},
        {"POS": "PROPN"},
    ],
    # a licence that takes freedom back: "its license restricts commercial use", "the licences
    # carry restrictions", "licence limitations"
    [
        {"LOWER": {"IN": LICENCE_WORDS}},
        {"LEMMA": {"IN": ["restrict", "limit", "prohibit", "forbid", "bar", "ban"]}},
    ],
    [
        {"LOWER": {"IN": LICENCE_WORDS}},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LEMMA": {"IN": ["have", "impose", "carry", "contain", "include", "add"]}},
        {"IS_ALPHA": True, "OP": "?"},
        {"LEMMA": {"IN": RESTRICTION_NOUNS}},
    ],
    [{"LOWER": {"IN": LICENCE_WORDS}}, {"LEMMA": {"IN": RESTRICTION_NOUNS}}],
    # the same freedoms taken back without the licence named: "restricts commercial use",
    # "bans its use for training other models", "usage restrictions", "restricted-use terms"
    [
        {"LEMMA": {"IN": ["restrict", "limit", "prohibit", "forbid", "bar", "ban"]}},
        {"LOWER": {"IN": ["its", "their", "the"]}, "OP": "?"},
        {"LOWER": "commercial"},
        {"LOWER": {"IN": ["use", "uses", "usage", "deployment"]}},
    ],
    [
        {"LEMMA": {"IN": RESTRICTION_NOUNS}},
        {"LOWER": "on"},
        {"LOWER": {"IN": ["its", "their", "the"]}, "OP": "?"},
        {"LOWER": "commercial", "OP": "?"},
        {"LOWER": {"IN": ["use", "uses", "usage"]}},
    ],
    [
        {"LOWER": {"IN": ["usage", "use"]}},
        {"LOWER": {"IN": ["restriction", "restrictions", "limitation", "limitations"]}},
    ],
    [{"LOWER": "restricted"}, {"ORTH": "-"}, {"LOWER": "use"}],
    # access only through a product surface, with words between: "accessible only through
    # its website and a paid API", "only via a chat interface", "only by joining a waitlist"
    [
        {"LOWER": "only"},
        {"LOWER": {"IN": ["through", "via", "by"]}},
        *[{"IS_PUNCT": False, "OP": "?"}] * 5,  # "only through Acme's paid API"
        {"LOWER": {"IN": ACCESS_SURFACES}},
    ],
    [
        {"LOWER": "only"},
        {"LEMMA": "be", "OP": "?"},
        {"LOWER": {"IN": ACCESS_VERBS}},
        {"LOWER": {"IN": ["through", "via", "by"]}},
        *[{"IS_PUNCT": False, "OP": "?"}] * 5,
        {"LOWER": {"IN": ACCESS_SURFACES}},
    ],
    [
        {"LOWER": "behind"},
        {"LOWER": {"IN": ["a", "an", "the", "its", "their"]}, "OP": "?"},
        {"LOWER": {"IN": ["paid", "commercial"]}, "OP": "?"},
        {
            "LOWER": {
                "IN": [
                    "waitlist",
                    "waitlists",
                    "waiting",
                    "login",
                    "subscription",
                    "api",
                    "apis",
                    "paywall",
                    "paywalls",
                ]
            }
        },
    ],
    [{"LOWER": {"IN": ["paywalled", "pay-walled"]}}, {"LOWER": {"IN": TECH_NOUNS}}],
    # "tightly guarded systems", "closely guarded models": kept from others (a guarded secret
    # or border is no model)
    [
        {"LOWER": {"IN": ["tightly", "closely", "jealously", "carefully"]}},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": "guarded"},
        {"LOWER": {"IN": MODEL_KINDS}, "OP": "?"},
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "system", "systems"]}},
    ],
    # "limited-access models", "offers only limited access to its model": access to a model
    # (not to an office, records or chips)
    [
        {"LOWER": "limited"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": "access"},
        {"LOWER": {"IN": MODEL_KINDS}, "OP": "?"},
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "api", "apis", "version", "versions"]}},
    ],
    # "GPT-4 and Gemini are limited access": the models themselves said to be so
    [
        {"LEMMA": "be"},
        {"LOWER": "limited"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": "access"},
    ],
    [
        {"LOWER": "limited"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": "access"},
        {"LOWER": "to"},
        {"LOWER": {"IN": ["its", "their", "the"]}, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": [*KEPT_MODEL_NOUNS, "api", "apis"]}},
    ],
    # curbs on spreading models: "export controls on model weights"
    [
        {"LOWER": {"IN": ["export", "exports"]}},
        {"LOWER": {"IN": CURB_NOUNS}},
        {"LOWER": {"IN": ["on", "for", "of"]}},
        *[{"IS_ALPHA": True, "OP": "?"}] * 3,
        {"LOWER": {"IN": SPREAD_OBJECTS}},
    ],
    # curbs on the weights themselves, whatever kind: "strict controls on model weights"
    [
        {"LOWER": {"IN": CURB_NOUNS}},
        {"LOWER": "on"},
        *[{"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": EXPORT_GAP_STOPS}}] * 2,
        {"LOWER": {"IN": ["weights", "parameters"]}},
    ],
    # withholding a model's parts: "withheld the weights of its model", "disclosed little
    # about its training data"
    [
        {"LEMMA": {"IN": ["withhold", "hoard", "conceal", "guard"]}},
        *[{"POS": {"NOT_IN": NOT_IN_GAP}, "OP": "?"}] * 4,  # "withheld Kestrel 2's weights"
        {"LOWER": {"IN": MODEL_PARTS}},
    ],
    # "withholding it from public release", "held back from the public"
    [
        {"LEMMA": {"IN": ["withhold", "keep", "hold"]}},
        *[{"IS_PUNCT": False, "LOWER": {"NOT_IN": ["from"]}, "OP": "?"}] * 3,
        {"LOWER": "from"},
        {"LOWER": {"IN": ["public", "the", "general", "wide", "wider"]}},
        {"LOWER": {"IN": ["release", "public", "access", "availability"]}},
    ],
    # withholding a named model or its release: "withheld Nimbus-2", "withhold its release";
    # holding back the model or its parts: "held back the weights"
    [
        {"LEMMA": "withhold"},
        {"LOWER": {"IN": ["the", "its", "their"]}, "OP": "?"},
        {"POS": "PROPN", "ENT_TYPE": {"NOT_IN": NOT_MODEL_ENTS}, "OP": "+"},
    ],
    # "announced X but withheld it": a model the sentence names, withheld (cue_context drops
    # it when the sentence names none: "withheld it" of a report or a payment)
    [{"LEMMA": "withhold"}, {"LOWER": {"IN": ["it", "them"]}}],
    # ("its release": the model's own; not "the release of its report", "its launch in X")
    [
        {"LEMMA": "withhold"},
        {"LOWER": {"IN": ["its", "their"]}},
        {"LOWER": "release"},
    ],
    # (only what a model is: "held back the sales data (AI spending)" keeps no model back)
    [
        {"LEMMA": "hold"},
        {"LOWER": "back"},
        {"LOWER": {"IN": ["the", "its", "their"]}, "OP": "?"},
        *[{"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": EXPORT_GAP_STOPS}}] * 2,
        {"LOWER": {"IN": HELD_BACK_PARTS}},
    ],
    # withholding the model itself: "withheld the full Nimbus-2 model" (its name in between)
    [
        {"LEMMA": "withhold"},
        {"LOWER": {"IN": ["the", "its", "their"]}},
        {"IS_PUNCT": False, "OP": "?"},
        {"IS_PUNCT": False, "OP": "?"},
        {"LOWER": {"IN": ["model", "models", "version"]}},
    ],
    # "bill per query and control the weights": keeping the weights to themselves
    [
        {"LEMMA": "control", "POS": "VERB"},
        {"LOWER": {"IN": ["the", "their", "its"]}, "OP": "?"},
        {"LOWER": {"IN": ["model", "models"]}, "OP": "?"},
        {"LOWER": {"IN": ["weights", "parameters"]}},
    ],
    [
        # ("gives scant detail on the architecture", "little about X's data")
        {"LEMMA": {"IN": ["reveal", "disclose", "share", "publish", "release", "include", "give"]}},
        {"LOWER": {"IN": ["very", "so", "relatively"]}, "OP": "?"},
        {"LOWER": {"IN": ["little", "nothing", "few", "scant"]}},
        {"LOWER": {"IN": ["details", "detail", "information", "specifics"]}, "OP": "?"},
        {"LOWER": {"IN": ["about", "on", "of", "regarding"]}},
        *[{"IS_PUNCT": False, "OP": "?"}] * 3,
        {"LOWER": {"IN": MODEL_PARTS}},
    ],
    [
        # "only available to select developers", "only to paying customers"
        {"LOWER": "only"},
        {"LEMMA": "be", "OP": "?"},
        {"LOWER": {"IN": ACCESS_VERBS}, "OP": "?"},
        {"LOWER": "to"},
        {"LOWER": {"IN": GATE_WORDS}},
        {"LOWER": {"IN": AUDIENCE_NOUNS}},
    ],
    [
        # "access is limited to paying enterprise customers", "restricted to vetted researchers"
        {"LOWER": {"IN": ["limited", "restricted"]}},
        {"LOWER": "to"},
        {"LOWER": {"IN": GATE_WORDS}},
        {"LOWER": {"IN": AUDIENCE_KINDS}, "OP": "?"},
        {"LOWER": {"IN": AUDIENCE_NOUNS}},
    ],
    [
        # "made X available to only select developers" (access given: not "sent invitations
        # to only select partners", "spoke to only select developers")
        {"LOWER": {"IN": ["available", "accessible", "access"]}},
        {"LOWER": "to"},
        {"LOWER": "only"},
        *[{"POS": {"IN": COUNT_POS}, "OP": "?"}] * 3,
        {"LOWER": {"IN": GATE_WORDS}},
        {"LOWER": {"IN": AUDIENCE_KINDS}, "OP": "?"},
        {"LOWER": {"IN": AUDIENCE_NOUNS}},
    ],
    [
        # "only to a few vetted partners", "only to about 20 approved companies"
        {"LOWER": "only"},
        {"LOWER": "to"},
        *[{"POS": {"IN": COUNT_POS}, "OP": "?"}] * 3,
        {"LOWER": {"IN": GATE_WORDS}},
        {"LOWER": {"IN": AUDIENCE_KINDS}, "OP": "?"},
        {"LOWER": {"IN": AUDIENCE_NOUNS}},
    ],
    [
        # "would limit its new system to some 30 approved customers"
        {"LEMMA": {"IN": ["limit", "restrict", "confine"]}, "POS": "VERB"},
        *[{"LOWER": {"NOT_IN": [".", ";", ":", ",", "!", "?"]}, "OP": "?"}] * 8,
        {"LOWER": "to"},
        *[{"POS": {"IN": COUNT_POS}, "OP": "?"}] * 3,
        {"LOWER": {"IN": GATE_WORDS}},
        {"LOWER": {"IN": AUDIENCE_KINDS}, "OP": "?"},
        {"LOWER": {"IN": AUDIENCE_NOUNS}},
    ],
    [
        # "reopened the system for some 50 vetted agencies": a vetting names a gate (not
        # "invited developers to ...")
        {"LOWER": {"IN": ["for", "to", "with"]}},
        *[{"POS": {"IN": COUNT_POS}, "OP": "?"}] * 3,
        {"LOWER": {"IN": VETTED_WORDS}, "TAG": {"NOT_IN": ["VBD", "VBZ", "VBP", "VB"]}},
        {"LOWER": {"IN": AUDIENCE_KINDS}, "OP": "?"},
        {"LOWER": {"IN": AUDIENCE_NOUNS}},
    ],
    [
        # "available only by invitation", "an invitation-only preview"
        {"LOWER": "by"},
        {"LOWER": {"IN": ["invitation", "invite"]}},
    ],
    [
        {"LOWER": {"IN": ["invitation", "invite"]}},
        {"LOWER": "-"},
        {"LOWER": "only"},
    ],
    [
        # "accessible only to its premium subscribers" (no name inside: it is the gate)
        {"LOWER": "only"},
        {"LOWER": "to"},
        *[{"IS_LOWER": True, "OP": "?"}] * 3,
        {"LOWER": {"IN": ["subscribers", "subscriber"]}},
    ],
]

# Bare "open" / "closed" used as a predicate ("Android, which is open") count only about tech.
PREDICATE_WORDS = {"open": "open", "closed": "closed"}
# words for a part of a group of things: "a handful of models", "most of the systems"
PART_WORDS = {
    "handful", "number", "couple", "dozen", "majority", "minority", "lot", "set", "pair",
    "most", "some", "many", "several", "all", "half", "share",
}  # fmt: skip
# verbs that change what their object is: "switched its flagship model to become closed" (not "urged
# OpenAI to become open", a demand)
CHANGING_VERBS = {
    "flip", "turn", "change", "switch", "convert", "shift", "move", "transform", "pivot", "alter",
    "revise", "rework", "relicense", "relicence",
}  # fmt: skip
# "keep the weights of its model private": a secrecy word completing keep / remain / stay
SECRECY_WORDS = {
    "private",
    "secret",
    "closed",
    "proprietary",
    "confidential",
    "locked",
    "hidden",
    "internal",
    "in-house",
    "undisclosed",
}
KEEP_VERBS = {"keep", "remain", "stay", "hold"}
# what a lab keeps to itself besides models: its data, recipes, reasoning
KEPT_THINGS = {
    *TECH_NOUNS,
    "data",
    "dataset",
    "datasets",
    "details",
    "recipe",
    "recipes",
    "process",
    "reasoning",
    "architecture",
    "parameters",
    "training",
}
RELEASE_VERBS = {
    "release",
    "publish",
    "share",
    "distribute",
    "make",
    "open-source",
    "develop",
    "build",
}

# -- cues their own sentence takes back (cue_context.py) -------------------------------------

# words of completeness that grade a negated cue: "not fully open" means partly open, a hedge;
# words of authenticity ("not truly open", "not really open") deny it and stay out
DEGREE_WORDS = {"fully", "completely", "entirely", "totally", "wholly", "100%", "100"}
NEGATION_WORDS = {"not", "n't", "never"}
# "open-weight but not open-source", "open-weight, if not open-source"
HEDGE_JOINERS = {"but", "yet", ",", "though", "although", "if", "albeit"}
# a state that was: "once open", "originally closed", "began as an open lab"
PAST_WORDS = {"once", "originally", "initially", "formerly", "previously"}
# a past marker on a description: "once a champion of open research", "a former open lab"
FORMER_WORDS = {*PAST_WORDS, "former", "erstwhile", "one-time"}
FOUNDING_VERBS = {"begin", "start", "found", "launch", "establish", "create", "set", "emerge"}
# how long something stays open or closed: "closed for now", "open for years" (no idiom)
# fmt: off
DURATIONS = {
    "now", "time", "moment", "being", "today", "good", "ever", "years", "months", "weeks",
    "days", "decades", "while", "long",
}
# fmt: on
# prepositions that make a bare open/closed an idiom: "open to ideas", "closed on Sundays"
IDIOM_PREPS = {"to", "for", "on", "about", "with", "at"}
# whom a bare "open" may be open to without being an idiom: "open to all developers"
# fmt: off
AUDIENCES = {
    "all", "everyone", "anyone", "anybody", "public", "developers", "researchers", "outsiders",
    "community", "world", "inspection", "scrutiny", "download", "modification",
}
# fmt: on
# nouns of discussion: "the debate over open models" names a topic, not a side
# "regardless of openness": what follows does not matter
INDIFFERENT_WORDS = {"regardless", "irrespective"}
TOPIC_NOUNS = {"debate", "discussion", "topic", "issue", "matter", "subject", "conversation"}
TOPIC_PREPS = {"of", "over", "about", "on", "around", "between", "versus", "vs", "vs."}
# a divide between the sides names both as its parties: "the split between open and closed"
DIVIDES = {"divide", "split", "rift", "gap", "battle", "clash", "tension", "war", "race"}

# writings made public: "publicly released its report" says nothing of AI's openness
WRITINGS = {
    "report", "letter", "submission", "comment", "response", "paper", "study", "finding",
    "transcript", "document", "statement", "filing", "email", "memo", "list", "plan", "speech",
    "testimony", "results", "result", "minutes", "agenda", "contract", "details", "video",
    "registry", "register", "database", "leaderboard", "ranking", "rankings", "tracker",
    "dashboard", "catalogue", "catalog", "inventory",
}  # fmt: skip
# what people do behind closed doors when the doors are a meeting's, not a model's
PRIVATE_MEETINGS = {
    "lobby", "meet", "talk", "negotiate", "discuss", "debate", "gather", "confer",
    "deliberate", "plot", "decide", "vote", "testify", "brief", "haggle", "bargain",
}  # fmt: skip
# things kept closed that are no AI: "kept the door closed on a merger", "kept the hearing
# closed to the press"
SHUT_THINGS = {
    "door", "meeting", "session", "hearing", "consultation", "talk", "process", "border",
    "book", "office", "store", "shop", "school", "eye", "mouth", "account", "market", "gate",
    "deal", "inquiry", "investigation", "proceeding", "court", "vote",
}  # fmt: skip

# weights that are no model's: "mortgage weights", "index weights", "adjustable weights"; and
# weights let out against their owner's will: "stolen weights", "leaked weights"
OTHER_WEIGHTS = {
    "mortgage", "index", "portfolio", "sample", "survey", "adjustable", "ankle", "body",
    "risk", "factor", "stolen", "leaked", "pirated",
}  # fmt: skip
# what may follow the weights to say they are kept back: "shipped with its weights withheld"
KEPT_BACK = {"withheld", "private", "secret", "hidden", "encrypted", "locked"}
# a model's release: "released X to researchers, weights included"
RELEASE_LEMMAS = {"release", "publish", "launch", "ship", "open-source", "unveil"}
# verbs that tell how much of a market or of usage something has: "closed models hold 80% of
# the market", "open models account for most downloads" (a measure, no side)
SHARE_VERBS = {
    "hold", "account", "make", "represent", "capture", "command", "have", "underpin", "take",
    "control", "comprise", "constitute",
}  # fmt: skip
# what such a verb's object names when it is a measure
SHARE_WORDS = {
    "%", "percent", "per", "share", "majority", "minority", "half", "third", "quarter",
    "fraction", "portion", "bulk",
}  # fmt: skip
# what a clause of "where" or "when" may paint as a scene: "in an industry where most labs
# hide their weights", "at a time when most labs keep their weights"
SETTING_NOUNS = {
    "world", "era", "age", "time", "times", "moment", "landscape", "industry", "market",
    "climate", "environment", "period", "day", "days", "year", "years",
}  # fmt: skip
# entity types that name a player, for checks made before players are found
NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "LAW"}
# verbs of demanding, whose denial demands nothing: "does not require that a model be open"
REQUIRING_VERBS = {"require", "mandate", "force", "compel", "oblige", "obligate", "demand"}
# the prepositions that set a scene, and the words that open its clause: "in a world where"
SCENE_PREPS = {"in", "at", "during"}
SCENE_WORDS = {"where", "when"}
# what a research-only licence is said of in AI news: a model, its weights, a licence
RESTRICTED_THINGS = {
    "model", "models", "weights", "llm", "llms", "checkpoints", "licensed", *LICENCE_WORDS,
}  # fmt: skip
# writings published as such: a journal or review that is open-access is no open model
PUBLICATIONS = {"journal", "review", "magazine", "archive", "proceedings", "quarterly"}

# verbs that say what a term means ("an open model means one whose weights ...", "refers to")
MEANING_VERBS = {"mean", "refer", "denote", "signify"}
# the words of a defined term that a definition may repeat without explaining anything
SIDE_WORDS = {"open", "closed", "-", "proprietary", "a", "an", "the", "that", "be"}
# values a declaration lists beside a bare "open": "an open, fair and secure AI" speaks
# of openness as a civic virtue, not of releasing models
CIVIC_VALUES = {
    "inclusive", "ethical", "equitable", "sustainable", "fair", "trustworthy", "responsible",
    "secure", "safe", "peaceful", "resilient", "prosperous", "democratic", "diverse",
}  # fmt: skip
# what an "open" beside civic values still describes as a model: "an open, safe model"
MODEL_THINGS_DESCRIBED = {
    "model", "models", "weights", "system", "systems", "llm", "llms", "checkpoint",
    "checkpoints", "chatbot", "chatbots", "version", "versions",
}  # fmt: skip
# a reaction the cue only locates: "set off chatter in the open-source world" says where
# people talked, not what anyone holds (a charge, "criticism from open-source advocates", is
# read as an attack elsewhere)
REACTION_NOUNS = {
    "debate", "debates", "discussion", "discussions", "controversy", "speculation", "buzz",
    "stir", "chatter", "excitement", "interest", "attention", "conversation", "conversations",
    "questions", "confusion", "curiosity", "waves", "ripples",
}  # fmt: skip
CROWD_NOUNS = {"community", "communities", "world", "circles", "crowd", "sphere", "scene", "space"}
REACTION_PLACES = {"in", "among", "within", "across", "throughout"}
# "open-source intelligence": facts gathered from public sources, not open AI; and a cue
# in the capitalised name of a unit ("the Open Source Enterprise division") only names it
PUBLIC_SOURCE_NOUNS = {
    "intelligence", "osint", "investigation", "investigations", "investigator",
    "investigators", "reporting", "journalism", "journalists",
}  # fmt: skip
# (the names intelligence services give their public-source units; a firm's "Open Source
# Division" or "Open Weights Office" may well release models)
UNIT_NAME_NOUNS = {"enterprise", "directorate", "bureau", "center", "centre"}
