"""The openness cues' Matcher patterns and word lists: data, apart from the component's logic.

A pattern names a kind of phrase that says a side (open weights, API-only, kept in-house ...);
none names a player or copies an article's wording.
"""

from __future__ import annotations

from typing import Any

# fmt: off
TECH_NOUNS = [
    "model", "models", "ai", "source", "weight", "weights", "system", "systems", "software",
    "platform", "platforms", "ecosystem", "approach", "technology", "technologies", "code", "llm",
    "llms", "one", "ones", "license", "licence", "alternative", "alternatives", "release",
    "releases", "development", "research", "stack", "tool", "tools", "version", "versions",
    "option", "options", "offering", "offerings", "product", "products", "replication",
    "reproduction", "implementation", "variant", "variants",
]
# fmt: on

# what "open" opens in a figure of speech: a door, a front, a way, a chapter, a market
FIGURATIVE = ["door", "doors", "front", "way", "chapter", "market", "markets", "floodgates"]

OPEN_PATTERNS: list[list[dict[str, Any]]] = [
    [
        {"LOWER": "open"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": {"IN": ["source", "sourced", "sourcing", "weight", "weights", "weighted"]}},
    ],
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
                ]
            }
        }
    ],
    [
        {"LOWER": "open"},
        {
            "LOWER": {"IN": ["ai", "generative", "foundation", "language", "frontier", "large"]},
            "OP": "?",
        },
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
        {"LOWER": {"IN": ["license", "licence", "licenses", "licences", "licensed"]}},
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
                ]
            }
        },
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": ["weights", "weight", "parameters"]}},
    ],
    [{"LOWER": "open"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "sourcing"}],
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
    [{"LOWER": "open"}, {"LOWER": {"IN": ["science", "innovation", "ecosystem", "ecosystems"]}}],
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
        {"LOWER": {"IN": ["apache", "mit", "bsd", "gpl", "agpl", "lgpl"]}},
        {"TEXT": {"REGEX": r"^\d+(\.\d+)*$"}, "OP": "?"},
        {"LOWER": {"IN": ["licence", "license", "licensed"]}},
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
    # the words with which one side attacks the other: the speaker defends open AI
    [{"LOWER": {"IN": ["fearmongering", "fear-mongering", "scaremongering", "doomerism"]}}],
    [{"LOWER": "fear"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "mongering"}],
    [{"LOWER": "regulatory"}, {"LOWER": "capture"}],
    [{"LOWER": {"IN": ["gatekeeping", "gatekeepers"]}}],
]
LICENCE_WORDS = ["licence", "license", "licences", "licenses", "licensing"]
RESTRICTION_NOUNS = ["restriction", "limitation", "limit"]

CLOSED_PATTERNS: list[list[dict[str, Any]]] = [
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
            "LOWER": {"IN": ["ai", "generative", "foundation", "language", "frontier", "large"]},
            "OP": "?",
        },
        {"LOWER": {"IN": TECH_NOUNS}},
    ],
    [{"LOWER": "proprietary"}],
    [{"LOWER": "api"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "only"}],
    [
        {"LOWER": "only"},
        {"LOWER": {"IN": ["through", "via", "by"]}},
        {"LOWER": {"IN": ["an", "its", "their", "a", "paid"]}, "OP": "?"},
        {"LOWER": {"IN": ["api", "apis", "subscription"]}},
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
    [
        {"LEMMA": "keep"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {
            "LOWER": {
                "IN": ["secret", "private", "closed", "proprietary", "confidential", "in-house"]
            }
        },
    ],
    [
        {"LEMMA": {"IN": ["restrict", "gate", "lock", "limit", "curb", "control"]}},
        {"LOWER": {"IN": ["access", "the", "who"]}, "OP": "?"},
        {"LOWER": "access"},
    ],
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
        {"LOWER": {"IN": ["models", "systems", "weights", "them", "it", "ai", "code"]}},
        {"LOWER": {"IN": ["away", "up", "behind", "off"]}},
    ],
    [
        {"LOWER": {"IN": ["paid", "commercial", "restrictive", "proprietary"]}},
        {"LOWER": {"IN": ["licence", "license", "licences", "licenses", "licensing"]}},
    ],
    [{"LOWER": "trade"}, {"LOWER": {"IN": ["secret", "secrets"]}}],
    # AI kept to a few: "limit development to a handful of companies", "concentrated in the
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
    [
        {"LEMMA": "keep"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": "to"},
        {"LOWER": {"IN": ["themselves", "itself", "ourselves", "yourself", "himself"]}},
    ],
    [{"LOWER": "under"}, {"LOWER": "wraps"}],
    [
        {"LOWER": "locked"},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": "down"},
        {"LOWER": {"IN": TECH_NOUNS}},
    ],
    [
        {"LOWER": {"IN": ["gated", "restricted"]}},
        {"LOWER": {"IN": ["access", "release", "releases", "models"]}},
    ],
    [
        {"LEMMA": {"IN": ["keep", "stay", "remain", "build", "develop", "use"]}},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": "in"},
        {"ORTH": "-"},
        {"LOWER": "house"},
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
]

# Bare "open" / "closed" used as a predicate ("Android, which is open") count only about tech.
PREDICATE_WORDS = {"open": "open", "closed": "closed"}
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
RELEASE_VERBS = {"release", "publish", "share", "distribute", "make", "open-source"}
