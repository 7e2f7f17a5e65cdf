"""Answering questions about shared articles, from their analyses alone.

The engine recognises what is asked (an intent) with patterns over the wording people really use,
finds the players named in the question through the same aliases as in articles ("Zuck",
"Meta's", "Facebook"), and answers only from what the analyses hold: every claim quotes its
evidence, and a player or position that is not there is said to be not there.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from bot.models import Analysis, Player
from bot.understanding.confidence import is_asserted, sureness
from bot.understanding.gazetteer import Entry, Gazetteer
from bot.understanding.lexicon import flip

# Names in a question are at most this many words long ("the U.S. Federal Trade Commission"
# is found by its shorter forms).
MAX_NAME_WORDS = 4
# The matchers' own vocabulary (a blank English one, which knows each word's LOWER): questions
# need no pipeline, only their words.
_VOCAB = English().vocab
_VOCAB_LOCK = threading.Lock()  # the brief service asks from several threads

SPEECH = ("quote", "claim", "advocacy")
# fmt: off
GENERIC_NAME_WORDS = {
    "labs", "group", "inc", "corp", "technologies", "systems", "research", "international",
    "global", "national", "united", "states", "digital",
}
# fmt: on
STANCE_WORDS = {
    "open": "open",
    "closed": "closed",
    "mixed": "both open and closed",
    "none": "no stated position",
}
# fmt: off
QUESTION_WORDS = {
    "who", "what", "which", "where", "when", "why", "how", "is", "are", "was", "were", "does",
    "do", "did", "has", "have", "the", "a", "an", "of", "on", "in", "for", "about", "and", "or",
    "vs", "versus", "say", "said", "says", "think", "stand", "position", "stance", "view",
    "compare", "open", "closed", "source", "ai", "models", "model", "weights", "i", "you", "me",
    "it", "its", "this", "that", "they", "them", "their", "summary", "summarize", "summarise",
    "help", "tl;dr", "players", "article", "articles", "links", "link", "channel", "across",
    "mention", "mentions", "mentioned", "tell", "please", "hey", "hi", "quote", "over", "time",
    "so", "far", "to", "with", "from", "be", "been", "can", "could", "would", "should", "all",
    "any", "there", "here", "us", "we", "our", "story", "stories", "news", "proprietary", "for?",
    "against", "support", "supports", "favor", "favour", "side", "sides", "pro", "anyone",
    "someone", "people", "companies", "company", "government", "governments",
}
# fmt: on

_SIDE_OPEN = r"(?:open(?:[- ]?(?:source|sourced|weights?|models?|ai))?|openness)"
_SIDE_CLOSED = r"(?:closed(?:[- ]?(?:source|weights?|models?|ai))?|proprietary|api[- ]only)"
CROSS_ARTICLE = re.compile(
    r"\bacross\b|over time|\bhistory\b|\btimeline\b|\bso far\b|\bstood\b|this channel|"
    r"all (?:the )?(?:articles|links)|(?:which|what) (?:articles|links|stories)|"
    r"articles? (?:about|mentioning|that mention)|\bmentioned in\b",
    re.I,
)
INTENTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "help",
        re.compile(
            r"^\s*(?:help|\?|commands?)\s*[?!.]*\s*$|what can you do|how do (?:i|you)"
            r" (?:use|work)|\bhelp\b",
            re.I,
        ),
    ),
    (
        "timeline",
        re.compile(
            r"\bacross\b|over time|\bhistory\b|\btimeline\b|\bso far\b|"
            r"\bhas .{1,40} stood\b|\bstood\b|changed (?:its|his|her|their) "
            r"(?:mind|position|stance)|all (?:the )?(?:articles|links)",
            re.I,
        ),
    ),
    (
        "mentions",
        re.compile(
            r"(?:which|what) (?:articles|links|stories|pieces|posts)|"
            r"where (?:is|was|has|have) .{1,40} (?:mentioned|named|appeared|come"
            r" up)|articles? (?:about|mentioning|on|that mention)|"
            r"\bmentioned in\b",
            re.I,
        ),
    ),
    (
        "compare",
        re.compile(
            r"\bcompare\b|\bvs\.?\b|\bversus\b|\bdiffer|difference between|"
            r"\bagree\b|\bdisagree\b|\bcontrast\b",
            re.I,
        ),
    ),
    (
        "said",
        re.compile(
            r"\b(?:say|said|says|saying|tell|told|write|wrote|writes|argue[sd]?|"
            r"claim(?:s|ed)?|quote[sd]?|words|comment(?:s|ed)?)\b",
            re.I,
        ),
    ),
    (
        "supporters",
        re.compile(
            r"\b(?:who|which|anyone|anybody|someone|any)\b.{0,60}\b(?:for|support|supports|"
            r"supporting|back|backs|backing|favou?rs?|champion|advocat\w*|push\w*|wants?|pro|"
            r"prefers?|against|oppose[sd]?|opposing|reject\w*|critic\w*|in favou?r|side)\b",
            re.I,
        ),
    ),
    (
        "position",
        re.compile(
            r"\bposition\b|\bstance\b|\bview\b|\bstand\b|\bthink\b|\bfeel\b|"
            r"\bopinion\b|\bside\b|\bwhere does\b|\bbelieve\b|\bfor or against\b|"
            r"^\s*(?:is|are|does|do)\b",
            re.I,
        ),
    ),
    (
        "players",
        re.compile(
            r"\bplayers?\b|\binvolved\b|\bwho(?:'s| is| are)? (?:in|mentioned|"
            r"named)\b|which (?:companies|people|organi[sz]ations|firms|labs)|"
            r"who are they|\bwho\s*\??\s*$|\bentities\b|\bwho(?:'s| is) who\b",
            re.I,
        ),
    ),
    (
        "about",
        re.compile(
            r"\babout\b|what happened|\bgist\b|\btopic\b|what(?:'s| is) (?:it|this|"
            r"the (?:article|story|piece|link))",
            re.I,
        ),
    ),
    (
        "summary",
        re.compile(
            r"summar|tl;?dr|recap|\bbrief\b|overview|short version|key points|"
            r"main points",
            re.I,
        ),
    ),
]


@dataclass
class Context:
    """An analysis with where it came from (for answers across articles)."""

    analysis: Analysis
    when: str | None = None  # a date to show, ISO


@dataclass
class Answer:
    question: str
    intent: str
    text: str
    players: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    sources: list[Analysis] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "intent": self.intent,
            "answer": self.text,
            "players": [{"name": n, "stance": s} for n, s in self.players],
            "evidence": self.evidence,
        }


HELP_TEXT = (
    "Ask me about the articles shared here, for example:\n"
    "• who is for open models? / who wants closed AI?\n"
    "• what is Meta's position? / where does Google stand?\n"
    "• what did Zuckerberg say about China?\n"
    "• compare OpenAI and Meta\n"
    "• who are the players? / summarize / what is it about?\n"
    "• where has Google stood across this channel's links? / which articles mention Nvidia?"
)


# How an answer words a side by how sure the analysis is of it (confidence.sureness).
SURENESS_WORDS = {
    "clear": "{stance}, as the article states it",
    "likely": "{stance}, as far as the article shows",
    "unsure": "perhaps {stance}: the article only hints at it",
}


def _how_sure(player: Player) -> str:
    """A player's side worded with how sure the analysis is: stated, shown, or only hinted."""
    words = SURENESS_WORDS.get(sureness(player), "{stance}")
    return words.format(stance=STANCE_WORDS[player.stance])


def pos_kind(side: str) -> str:
    return "worried about open models" if side == "closed" else "for openness"


def _norm(text: str) -> str:
    text = re.sub(r"[’`]", "'", text.lower())
    text = re.sub(r"'s\b", "", text)
    return " ".join(re.findall(r"[a-z0-9][a-z0-9.\-&]*[a-z0-9]|[a-z0-9]", text))


def _byline_names(value: str | None) -> list[str]:
    """The people (or the publication) in an author or site field: "A, B and C" are three."""
    if not value:
        return []
    parts = re.split(r"\s*(?:,|;|&|\band\b)\s*", value)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _is_byline(asked: str, name: str) -> bool:
    """Whether a name in a question means this byline: the whole name, or a person's surname
    ("Howley" for Daniel Howley), "The" and possessives aside."""
    asked_key = re.sub(r"^the ", "", _norm(asked))
    name_key = re.sub(r"^the ", "", _norm(name))
    if not asked_key or not name_key:
        return False
    return asked_key == name_key or (
        len(name_key.split()) > 1 and asked_key == name_key.split()[-1] and len(asked_key) > 2
    )


def _bylines(missing: list[str], contexts: list[Context]) -> tuple[list[str], list[str]]:
    """(a sentence for each name asked about that is an article's author or publisher, the
    names still missing). Authors and publishers are not players, but they are not absent
    either: the brief shows them."""
    said: list[str] = []
    rest: list[str] = []
    for asked in dict.fromkeys(missing):
        line = None
        for ctx in reversed(contexts):
            art = ctx.analysis.article
            where = "this article" if len(contexts) == 1 else f"“{art.title or art.source}”"
            for field_, verb, role in (
                (art.author, "wrote", "its author"),
                (art.site, "published", "its publisher"),
            ):
                name = next((n for n in _byline_names(field_) if _is_byline(asked, n)), None)
                if name is not None:
                    line = f"{name} {verb} {where} ({role}, not a player in it)."
                    break
            if line:
                break
        if line is None:
            rest.append(asked)
        elif line not in said:
            said.append(line)
    return said, rest


# "where does X stand", "what does X think", "how does X see it": the X asked about
_ASKED_ABOUT = re.compile(
    r"\b(?:where (?:does|do|did|is)|what (?:does|do|did)|how (?:does|do|did))\s+"
    r"(?P<name>\S+(?:\s+\S+){0,2}?)\s+(?:stand|think|feel|say|see)\b",
    re.I,
)


def _asked_code(question: str) -> str | None:
    """A lower-case model code asked about ("o4-mini", "gpt-oss-120b"): capitalised names
    are caught as names, but a code is lower case, so it is known by its digits or hyphen.
    Only such codes: "where does the article stand" asks about no one."""
    m = _ASKED_ABOUT.search(question)
    if m is None:
        return None
    name = m.group("name").strip(".,?!'’").removesuffix("'s").removesuffix("’s")
    if re.search(r"\d|\w-\w", name) and not name[:1].isupper():
        return name
    return None


def _phrase_matcher(keys: Iterable[str]) -> PhraseMatcher:
    """A PhraseMatcher (on LOWER) for names already in `_norm` form, each under its own key.
    Names longer than `MAX_NAME_WORDS` words are left out, as people do not type them."""
    with _VOCAB_LOCK:
        matcher = PhraseMatcher(_VOCAB, attr="LOWER")
        for key in keys:
            words = key.split()
            if 0 < len(words) <= MAX_NAME_WORDS:
                matcher.add(key, [Doc(_VOCAB, words=words)])
    return matcher


def _spans(matcher: PhraseMatcher, words: list[str]) -> dict[tuple[int, int], str]:
    """(start, end) of every match in the question's words, with the key matched."""
    if not words:
        return {}
    with _VOCAB_LOCK:
        doc = Doc(_VOCAB, words=words)
        return {(start, end): _VOCAB.strings[key] for key, start, end in matcher(doc)}


def _set_against(a: Analysis, name: str, sentence: str) -> str:
    """The sentence a player answers, with whose it is: another player's, or nobody's (an
    unattributed position is shown as unattributed, never under the player's name)."""
    holders = [
        pos for pos in a.positions if pos.text and (pos.text in sentence or sentence in pos.text)
    ]
    other = next((pos for pos in holders if pos.holder and pos.holder != name), None)
    if other is not None:
        return f"The point this answers is {other.holder}'s: “{sentence}”"
    unnamed = next((pos for pos in holders if pos.holder is None), None)
    kind = f" ({pos_kind(unnamed.stance)})" if unnamed and unnamed.stance != "mixed" else ""
    return f"The point this answers is unattributed in the article{kind}: “{sentence}”"


class QuestionEngine:
    """Answers questions over one or more analyses."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer
        self._gazetteer_entries: dict[str, Entry] = {}
        self._gazetteer_phrases: PhraseMatcher | None = None
        self._lock = threading.Lock()
        self._handlers: dict[str, Callable[[str, list[Context], list[str]], Answer]] = {
            "help": self._help,
            "unknown": self._unknown,
            "summary": self._summary,
            "about": self._about,
            "players": self._players,
            "supporters": self._supporters,
            "position": self._position,
            "said": self._said,
            "compare": self._compare,
            "timeline": self._timeline,
            "mentions": self._mentions,
        }

    def _gazetteer_matcher(self) -> PhraseMatcher:
        """Every gazetteer name and alias, built once: as written ("u.s.") and as a question's
        words read ("u.s"), each leading to the entry Gazetteer.lookup gives."""
        with self._lock:
            if self._gazetteer_phrases is None:
                entries: dict[str, Entry] = {}
                if self.gazetteer is not None:
                    forms = [f for e in self.gazetteer.entries.values() for f in e.forms()]
                    for key, form in [(f.lower(), f) for f in forms] + [
                        (_norm(f), f) for f in forms
                    ]:
                        entry = self.gazetteer.lookup(key) or self.gazetteer.lookup(form)
                        if entry is not None and key not in QUESTION_WORDS:
                            entries.setdefault(" ".join(key.split()), entry)
                self._gazetteer_entries = entries
                self._gazetteer_phrases = _phrase_matcher(entries)
            return self._gazetteer_phrases

    def _matcher_for(self, index: dict[str, str]) -> PhraseMatcher:
        return _phrase_matcher(index)

    # -- who is asked about -----------------------------------------------------------------

    def _index(self, contexts: list[Context]) -> dict[str, str]:
        index: dict[str, str] = {}
        words: dict[str, set[str]] = {}
        for ctx in contexts:
            for p in ctx.analysis.players:
                forms = {p.name, *p.aliases}
                if p.type == "PERSON" and len(p.name.split()) > 1:
                    forms.add(p.name.split()[-1])
                for form in forms:
                    key = _norm(form)
                    if key and key not in QUESTION_WORDS:
                        index.setdefault(key, p.name)
                if p.type != "PERSON":  # "Lumen" for Lumen Labs, "the ministry" for ...
                    for word in _norm(p.name).split():
                        if len(word) >= 4 and word not in QUESTION_WORDS | GENERIC_NAME_WORDS:
                            words.setdefault(word, set()).add(p.name)
        for word, names in words.items():
            if len(names) == 1:
                index.setdefault(word, next(iter(names)))
        return index

    def players_in(self, question: str, contexts: list[Context]) -> tuple[list[str], list[str]]:
        """(players of the analyses named in the question, names asked about that are not
        there)."""
        index = self._index(contexts)
        words = _norm(question).split()
        raw_words = re.findall(r"[A-Za-z0-9][\w.'’&-]*", question)
        found: list[str] = []
        missing: list[str] = []
        names = set(index.values())
        # all-caps names first ("US", "EU", "META"): lower-cased they read as common words
        for raw in raw_words:
            word = raw.strip(".,?!'’").removesuffix("'s").removesuffix("’s")
            if len(word.replace(".", "")) >= 2 and word.replace(".", "").isupper():
                entry = None
                if self.gazetteer is not None:  # "U.S." loses its last dot to the strip above
                    entry = self.gazetteer.lookup(word) or self.gazetteer.lookup(word + ".")
                name = index.get(_norm(word)) or (entry.name if entry else None)
                if name in names and name not in found:
                    found.append(name)
                elif entry is not None and name not in names and entry.name not in missing:
                    missing.append(entry.name)
        # the longest known name at each word, left to right: a name of these articles first,
        # else a gazetteer name (said to be not there when these articles lack it)
        in_articles = _spans(self._matcher_for(index), words)
        in_gazetteer = _spans(self._gazetteer_matcher(), words)
        covered: set[str] = set()  # words inside a matched name ("Cloud" of "Alibaba Cloud")
        i = 0
        while i < len(words):
            for n in range(MAX_NAME_WORDS, 0, -1):
                name = index.get(in_articles.get((i, i + n), ""))
                entry = self._gazetteer_entries.get(in_gazetteer.get((i, i + n), ""))
                if name is None and entry is not None:
                    name = index.get(_norm(entry.name))
                    if name is None:
                        missing.append(entry.name)
                        i += n
                        break
                if name is not None:
                    if name not in found:
                        found.append(name)
                    covered.update(words[i : i + n])
                    i += n
                    break
            else:
                i += 1
        # capitalised names in the question that match nothing: say they are not there
        run: list[str] = []
        for word in [*raw_words[1:], "."]:
            clean = word.strip(".,?!'’").removesuffix("'s").removesuffix("’s")
            if (
                clean[:1].isupper()
                and clean.lower() not in QUESTION_WORDS
                and (_norm(clean) not in index)
                and _norm(clean) not in covered
            ):
                run.append(clean)
                continue
            if len(run) > 1:
                name = " ".join(run)
                if self.gazetteer is None or self.gazetteer.lookup(name) is None:
                    missing.append(name)
            run = []
        if not found and not missing and (code := _asked_code(question)):
            missing.append(code)  # "where does gpt-9-mini stand?": a model code we lack
        for word in raw_words[1:]:
            clean = word.strip(".,?!'’").removesuffix("'s").removesuffix("’s")
            known = None
            if self.gazetteer is not None:
                known = self.gazetteer.lookup(clean) or self.gazetteer.lookup(clean + ".")
            if known is not None and (known.name in found or known.name in missing):
                continue
            if (
                clean[:1].isupper()
                and _norm(clean) not in index
                and _norm(clean) not in covered
                and clean.lower() not in QUESTION_WORDS
                and not any(clean.lower() in f.lower() for f in found)
                and clean not in missing
                and not any(clean in m for m in missing)
            ):
                missing.append(clean)
        return found, missing

    # -- answering --------------------------------------------------------------------------

    def intent(self, question: str, named: list[str]) -> str:
        q = question.strip()
        if not q:
            return "help"
        for name, pattern in INTENTS:
            if not pattern.search(q):
                continue
            if name in ("timeline", "mentions", "said") and not named:
                continue
            if name == "compare" and len(named) < 2:
                continue
            if name == "position" and not named:
                continue
            if name == "supporters" and not re.search(_SIDE_OPEN + "|" + _SIDE_CLOSED, q, re.I):
                continue
            if name == "about" and named:
                continue
            return name
        return "position" if named else "unknown"

    def answer(self, question: str, contexts: list[Context]) -> Answer:
        if not contexts:
            return Answer(
                question,
                "no_articles",
                "I haven't read any article here yet. Paste a news link and I'll reply in its "
                "thread with who stands where on open vs closed AI.\n" + HELP_TEXT,
            )
        named, missing = self.players_in(question, contexts)
        intent = self.intent(question, named or missing)
        bylines, missing = _bylines(missing, contexts)
        if not named and bylines and intent != "help":
            scope = "this article" if len(contexts) == 1 else "these articles"
            lines = bylines + (
                [f"I don't see {', '.join(dict.fromkeys(missing))} in {scope}."] if missing else []
            )
            return Answer(question, intent, "\n".join(lines))
        if not named and intent in ("position", "said", "compare", "timeline", "mentions"):
            scope = "this article" if len(contexts) == 1 else "these articles"
            return Answer(
                question, intent, f"I don't see {', '.join(dict.fromkeys(missing))} in {scope}."
            )
        answer = self._handlers[intent](question, contexts, named)
        if bylines:
            answer.text += "\n" + "\n".join(bylines)
        if missing and intent not in ("help",):
            scope = "this article" if len(contexts) == 1 else "these articles"
            note = f"I don't see {', '.join(dict.fromkeys(missing))} in {scope}."
            answer.text = (
                note
                if not named and intent in ("position", "said", "unknown", "timeline", "mentions")
                else (answer.text + "\n" + note)
            )
        if not answer.sources and answer.players:  # link the articles the answer rests on
            names = {n for n, _ in answer.players}
            answer.sources = [
                c.analysis for c in contexts if any(p.name in names for p in c.analysis.players)
            ][-3:]
        return answer

    # -- intents ----------------------------------------------------------------------------

    def _help(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        return Answer(question, "help", HELP_TEXT)

    def _unknown(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        return Answer(question, "unknown", "I'm not sure what you're asking. " + HELP_TEXT)

    def _summary(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        a = contexts[-1].analysis
        text = f"*{a.article.title or 'The article'}*\n" + " ".join(a.summary)
        return Answer(question, "summary", text, evidence=list(a.summary), sources=[a])

    def _about(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        a = contexts[-1].analysis
        lead = a.summary[0] if a.summary else ""
        text = f"*{a.article.title or 'The article'}*: {lead}\n{a.overview}"
        return Answer(
            question,
            "about",
            text,
            evidence=[lead] if lead else [],
            sources=[a],
            players=[(p.name, p.stance) for p in a.players[:5]],
        )

    def _players(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        a = contexts[-1].analysis
        lines = [
            f"• {p.name}{f' ({p.role})' if p.role else ''}: {STANCE_WORDS[p.stance]}"
            for p in a.players
        ]
        text = f"Key players in *{a.article.title or 'the article'}*:\n" + "\n".join(lines)
        return Answer(
            question, "players", text, [(p.name, p.stance) for p in a.players], sources=[a]
        )

    def _supporters(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        q = question.lower()
        against = re.search(r"against|oppose|opposing|reject|critic", q)
        side = (
            "closed"
            if re.search(_SIDE_CLOSED, q)
            and not re.search(r"\b" + _SIDE_OPEN + r"\b", q.replace("openai", ""))
            else "open"
        )
        if against:
            side = flip(side)
        direct: dict[str, tuple[Player, Analysis]] = {}
        both: dict[str, tuple[Player, Analysis]] = {}
        unsure: dict[str, Player] = {}  # below the bar: named as a leaning, never as a side
        for ctx in contexts:
            for p in ctx.analysis.players:
                if p.stance in (side, "mixed") and not is_asserted(p):
                    unsure.setdefault(p.name, p)
                elif p.stance == side:
                    direct.setdefault(p.name, (p, ctx.analysis))
                elif p.stance == "mixed":
                    both.setdefault(p.name, (p, ctx.analysis))
        label = "open AI" if side == "open" else "closed AI"
        if not direct and not both and not unsure:
            scope = "this article" if len(contexts) == 1 else "these articles"
            return Answer(question, "supporters", f"No one in {scope} argues for {label}.")
        lines, evidence, things = [], [], []
        for name, (p, _a) in direct.items():
            if p.type == "PRODUCT":  # a model or product is open or closed; it argues nothing
                things.append(name)
                continue
            quote = p.evidence[0] if p.evidence else ""
            lines.append(f"• *{name}*{f' ({p.role})' if p.role else ''}: “{quote}”")
            if quote:
                evidence.append(quote)
        text = f"For {label}:\n" + "\n".join(lines) if lines else f"No one argues for {label}."
        if things:
            text += f"\n{'Open' if side == 'open' else 'Closed'} models and products: " + (
                ", ".join(things)
            )
        if both:
            text += "\nOn both sides: " + ", ".join(both)
        if unsure:
            text += "\nLess sure (the article hints at it, no more): " + ", ".join(unsure)
        unnamed = [
            pos.text
            for c in contexts
            for pos in c.analysis.positions
            if pos.holder is None and pos.stance == side
        ]
        if unnamed:
            text += f"\nUnnamed voices ({pos_kind(side)}): “{unnamed[0]}”"
            evidence.append(unnamed[0])
        # who takes the side: people, organisations, governments (models are listed apart)
        players = [(n, p.stance) for n, (p, _) in direct.items() if p.type != "PRODUCT"] + [
            (n, p.stance) for n, (p, _) in both.items() if p.type != "PRODUCT"
        ]
        return Answer(question, "supporters", text, players, evidence)

    def _find(self, name: str, contexts: list[Context]) -> list[tuple[Player, Context]]:
        return [(p, c) for c in contexts for p in c.analysis.players if p.name == name]

    def _position(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        lines, evidence, players = [], [], []
        for name in named:
            found = self._find(name, contexts)
            if not found:
                continue
            p, _ctx = found[-1]
            players.append((p.name, p.stance))
            if p.stance == "none":
                lines.append(
                    f"*{p.name}* is mentioned but the article gives no position on "
                    "open vs closed AI for them."
                )
                continue
            quote = p.evidence[0] if p.evidence else ""
            lines.append(f"*{p.name}*: {_how_sure(p)}. “{quote}”")
            evidence.extend(p.evidence[:3])
        return Answer(
            question, "position", "\n".join(lines) or "No position found.", players, evidence
        )

    def _topic(self, question: str, named_forms: list[str]) -> list[str]:
        match = re.search(r"\b(?:about|on|regarding|concerning)\s+(.+?)[?.!]*$", question, re.I)
        if not match:
            return []
        words = [w for w in _norm(match.group(1)).split() if w not in QUESTION_WORDS]
        return [w for w in words if w not in named_forms]

    def _said(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        name = named[0]
        found = self._find(name, contexts)
        if not found:
            return Answer(question, "said", f"I don't see {name} here.")
        p, ctx = found[-1]
        a = ctx.analysis
        said = list(
            dict.fromkeys(
                pos.text for pos in a.positions if pos.holder == name and pos.kind in SPEECH
            )
        )
        if not said:
            done = [pos.text for pos in a.positions if pos.holder == name]
            text = f"The article reports nothing that {name} said on open vs closed AI."
            if done:
                text += f" It describes what {name} does: “{done[0]}”"
            return Answer(question, "said", text, [(p.name, p.stance)], done[:1], [a])
        topic = self._topic(question, [_norm(f) for f in (name, *p.aliases)])
        context = ""
        if topic:
            on_topic = [s for s in said if any(t in _norm(s) for t in topic)]
            if not on_topic:
                replies = self._next_to_topic(a, said, topic)
                on_topic = list(dict.fromkeys(reply for _, reply in replies))
                if replies:
                    context = _set_against(a, name, replies[0][0])
            if not on_topic:
                text = f"{name} says nothing about {' '.join(topic)} in this article." + (
                    f" What {name} does say: “{said[0]}”" if said else ""
                )
                return Answer(question, "said", text, [(p.name, p.stance)], said[:1])
            said = on_topic
        if not said:
            return Answer(
                question,
                "said",
                f"{name} is mentioned, but the article reports "
                "nothing they said on open vs closed AI.",
                [(p.name, p.stance)],
            )
        text = f"*{name}* in *{a.article.title or 'the article'}*:\n" + "\n".join(
            f"> {s}" for s in said[:4]
        )
        if context:
            text += "\n" + context
        return Answer(question, "said", text, [(p.name, p.stance)], said[:4], [a])

    @staticmethod
    def _next_to_topic(a: Analysis, said: list[str], topic: list[str]) -> list[tuple[str, str]]:
        """(a sentence on the topic, what the player said right after it): a rebuttal. The
        first sentence is the article's or someone else's, never the player's words."""
        sentences = re.split(r"(?<=[.!?”\"])\s+", a.article.text) if a.article.text else []
        out: list[tuple[str, str]] = []
        for i, s in enumerate(sentences[:-1]):
            after = sentences[i + 1].strip()
            reply = next((x for x in said if after in x or x in after), None)
            if reply is not None and any(t in _norm(s) for t in topic):
                out.append((s.strip(), reply))
        return out

    def _compare(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        answer = self._position(question, contexts, named[:2])
        a, b = ([*answer.players, ("", "none"), ("", "none")])[:2]
        if a[0] and b[0]:
            verdict = (
                "They are on the same side."
                if a[1] == b[1] and a[1] != "none"
                else "They differ."
                if "none" not in (a[1], b[1])
                else "Only one of them takes a position."
            )
            answer.text = verdict + "\n" + answer.text
        answer.intent = "compare"
        return answer

    def _timeline(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        name = named[0]
        rows, players, evidence = [], [], []
        for ctx in contexts:
            for p in ctx.analysis.players:
                if p.name == name:
                    art = ctx.analysis.article
                    when = (art.published or ctx.when or "")[:10]
                    rows.append(
                        f"• {when + ' · ' if when else ''}{art.title or art.source}: "
                        f"{STANCE_WORDS[p.stance]}"
                    )
                    players.append((p.name, p.stance))
                    evidence.extend(p.evidence[:1])
        if not rows:
            return Answer(question, "timeline", f"{name} isn't in the articles I have here.")
        text = f"*{name}* across {len(rows)} article{'s' if len(rows) > 1 else ''}:\n" + "\n".join(
            rows
        )
        return Answer(question, "timeline", text, players[:1], evidence)

    def _mentions(self, question: str, contexts: list[Context], named: list[str]) -> Answer:
        name = named[0]
        titles = [
            c.analysis.article.title or c.analysis.article.source
            for c in contexts
            if any(p.name == name for p in c.analysis.players)
        ]
        if not titles:
            return Answer(question, "mentions", f"No article here mentions {name}.")
        text = f"{len(titles)} article{'s' if len(titles) > 1 else ''} mention *{name}*:\n" + (
            "\n".join(f"• {t}" for t in titles)
        )
        stance = self._find(name, contexts)[-1][0].stance
        return Answer(question, "mentions", text, [(name, stance)])
