"""From an Article to an Analysis: players, their stances with evidence, a summary.

Deterministic and offline: the same text always gives the same analysis. The spaCy pass is the
cost; everything here is a walk over its tokens.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from urllib.parse import urlsplit

from spacy.language import Language
from spacy.tokens import Doc

from bot.models import Analysis, Article, Player, Position
from bot.understanding.confidence import is_asserted, sureness
from bot.understanding.gazetteer import Gazetteer
from bot.understanding.players import PlayerFinder, PlayerInfo
from bot.understanding.stances import SPEECH_KINDS, Found, StanceFinder

MAX_PLAYERS = 20
KIND_ORDER = {"quote": 0, "claim": 1, "advocacy": 2, "practice": 3, "concern": 4}


def dictionary_words(nlp: Language) -> frozenset[str]:
    """The English words the pipeline's lemmatizer indexes (WordNet's), or none without one:
    tells a name from a capitalised common word."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


# Unicode hyphens ("open\u2011source" with a non-breaking hyphen) as the plain one the
# tokenizer splits on and the cue patterns name: one character for one, so offsets hold
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# a curly apostrophe in a contraction ("It\u2019s", "don\u2019t", "they\u2019re") as the straight
# one the small model was trained on: its tagger and lemmatizer do not read "\u2019s" as "is".
# Not a possessive ("Meta\u2019s"), which the rules read either way; one character for one.
CONTRACTION = re.compile(r"\b(\w+)\u2019(t|s|re|ve|ll|m|d)\b")
# an opening quote typed for the apostrophe ("Alibaba\u2018s Qwen"): the closing one it means,
# else the parser reads a quotation and the name swallows the "s"
TURNED_APOSTROPHE = re.compile(r"(?<=\w)\u2018(?=(s|t|re|ve|ll|d)\b)")
# a curly apostrophe after a plural's "s" ("the United States’ lead", "rivals’ models"): the
# small parser reads it as a closing quote and loses the possessor; the straight one it knows.
# Not the close of a single-quoted phrase (an opening quote before it on the line)
PLURAL_POSSESSIVE = re.compile(r"(?<=\w[sS])\u2019(?=[ \t]+\w)")
SAYS_IS = {"it", "that", "there", "here", "he", "she", "what", "who", "where", "how", "let"}


def _straight(m: re.Match[str]) -> str:
    if m.group(2) == "s" and m.group(1).lower() not in SAYS_IS:
        return m.group(0)  # a possessive, or "has"/"is" after a name: left as written
    return f"{m.group(1)}'{m.group(2)}"


def changed_by_plain_text(article: Article) -> bool:
    """Whether `doc_text` changes any of the article's characters (hyphens, apostrophes)."""
    marks = "\u2010\u2011\u2018\u2019"
    return any(ch in part for part in (article.text, article.title or "") for ch in marks)


def plain_text(text: str) -> str:
    """Plain hyphens and contractions' apostrophes, each in the place of the character it
    stands for."""
    text = TURNED_APOSTROPHE.sub("\u2019", text.translate(HYPHENS))
    text = PLURAL_POSSESSIVE.sub(lambda m: _possessive(text, m), text)
    return CONTRACTION.sub(_straight, text)


def _possessive(text: str, m: re.Match[str]) -> str:
    """The straight apostrophe for a plural's possessive; a quote closed is left as written."""
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    opened = line.rfind("\u2018")
    return m.group(0) if opened >= 0 and "\u2019" not in line[opened:] else "'"


def doc_text(article: Article, plain: bool = True) -> tuple[str, int]:
    """The text given to spaCy (headline, blank line, body) and the body's character offset;
    with `plain=False` the same text with the article's own characters, for quoting evidence."""
    title = (article.title or "").strip()
    text = plain_text(article.text) if plain else article.text
    if not title:
        return text, 0
    title = " ".join((plain_text(title) if plain else title).split())
    # a full stop keeps the small parser from gluing the headline to the first sentence or
    # splitting the first name off it; it is removed again from evidence (see StanceFinder)
    head = title + ("\n\n" if title[-1] in ".!?" else ".\n\n")
    return head + text, len(head)


DEFAULT_MAX_CHARS = 100_000  # ANALYSIS_MAX_CHARS
MAX_TITLE_CHARS = 1_000


def bounded(article: Article, max_chars: int) -> tuple[Article, bool]:
    """The article cut to its first max_chars characters (at a line, sentence or word end when
    one is near), and whether it was cut. The analysis's time grows with the text: bounding it
    keeps a 5 MB page from holding a worker for minutes (and under spaCy's max_length)."""
    title = article.title
    if title and len(title) > MAX_TITLE_CHARS:
        title = title[:MAX_TITLE_CHARS]
    text = article.text
    cut = len(text) > max_chars
    if cut:
        text = text[:max_chars]
        for end in ("\n", ". ", " "):
            at = text.rfind(end)
            if at >= max_chars * 0.9:
                text = text[: at + len(end)].rstrip()
                break
    if not cut and title == article.title:
        return article, False
    return replace(article, text=text, title=title), cut


class Analyzer:
    """Analyses articles with one shared pipeline (load it once per process)."""

    def __init__(
        self, nlp: Language, gazetteer: Gazetteer, max_chars: int = DEFAULT_MAX_CHARS
    ) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.dictionary = dictionary_words(nlp)
        self.max_chars = max_chars

    def analyze(self, article: Article) -> Analysis:
        return next(iter(self.analyze_many([article])))

    def analyze_many(
        self,
        articles: Iterable[Article],
        batch_size: int = 8,
        n_process: int = 1,
        chunk: int = 64,
    ) -> Iterator[Analysis]:
        """Analyse a stream of articles with nlp.pipe (cheaper than one call each).

        Each chunk runs inside `nlp.memory_zone()`: the strings and docs spaCy creates for it
        are freed afterwards, so a long-running bot does not grow with every article (an
        Analysis holds only plain Python data, nothing of the Doc).
        """
        items = list(articles)
        # never past spaCy's max_length (E088), whatever ANALYSIS_MAX_CHARS says
        limit = min(self.max_chars, self.nlp.max_length - MAX_TITLE_CHARS - 8)
        for start in range(0, len(items), chunk):
            originals = items[start : start + chunk]
            part = [bounded(a, limit) for a in originals]
            texts = [doc_text(a) for a, _ in part]
            with self.nlp.memory_zone():
                docs = self.nlp.pipe(
                    (t for t, _ in texts), batch_size=batch_size, n_process=n_process
                )
                done = [
                    self.analyze_doc(article, doc, body_at)
                    for (article, _), (_, body_at), doc in zip(part, texts, docs, strict=True)
                ]
            for analysis, original, (article, cut) in zip(done, originals, part, strict=True):
                analysis.article = original
                analysis.word_count = len(original.text.split())
                analysis.truncated = cut
                analysis.analysed_chars = len(article.text)
            yield from done

    def analyze_doc(self, article: Article, doc: Doc, body_at: int) -> Analysis:
        headline_end = 0
        if body_at:
            span = doc.char_span(0, body_at, alignment_mode="expand")
            headline_end = span.end if span is not None else 0
        host = (
            urlsplit(article.url or article.source).hostname
            if (article.url or article.source.startswith("http"))
            else None
        )
        finder = PlayerFinder(
            doc,
            self.gazetteer,
            author=article.author,
            site=article.site,
            host=host,
            headline_end=headline_end,
            dictionary=self.dictionary,
        )
        infos = finder.find()
        # the article's own characters, for evidence, where the doc's text has plain hyphens
        # in their place (looked for only then: most articles have none)
        raw = doc_text(article, plain=False)[0] if changed_by_plain_text(article) else None
        found = StanceFinder(
            doc, infos, finder.token_player, headline_end, title=article.title, raw=raw
        ).find()
        players = _players(infos, found, set(self.gazetteer.entries))
        models = _ai_models(doc, infos, self.gazetteer)
        players = [replace(p, ai_model=True) if p.name in models else p for p in players]
        positions = _positions(infos, found)
        sents = [s for s in doc.sents if s.start >= headline_end]
        summary = _summary(sents, found, raw)
        return Analysis(
            article=article,
            summary=summary,
            overview=_overview(players, positions),
            players=players,
            positions=positions,
            word_count=len(article.text.split()),
        )


def _stance(items: list[Found], person: bool = True) -> tuple[str, float]:
    """A player's stance from its positions: one side, both (mixed), or none."""
    weight = {"open": 0.0, "closed": 0.0}
    for f in items:
        weight[f.side] += f.weight
    total = weight["open"] + weight["closed"]
    if total == 0:
        return "none", 0.0
    said = {f.side for f in items if f.kind in SPEECH_KINDS}
    if person and len(said) == 1 and weight[next(iter(said))] >= 0.5 * total:
        # what a person says is their position; an opposite practice reported beside it
        # ("spent a decade building proprietary systems") does not make it mixed. For an
        # organisation what it does counts as much as what it says.
        side = next(iter(said))
        strength = 1.0
        for f in items:
            if f.side == side:
                strength *= 1 - 0.55 * f.weight
        return side, round(min((1 - strength) * weight[side] / total + 0.1, 0.99), 2)
    major = "open" if weight["open"] >= weight["closed"] else "closed"
    minor = total - weight[major]
    practices = {f.side for f in items if f.kind == "practice"}
    if minor and (minor / total >= 0.3 or len(practices) == 2):
        share = 0.5 + abs(weight["open"] - weight["closed"]) / (2 * total)
        return "mixed", round(min(0.95, 0.4 + 0.15 * len(items)) * share + 0.1, 2)
    strength = 1.0
    for f in items:
        if f.side == major:
            strength *= 1 - 0.55 * f.weight
    confidence = (1 - strength) * (weight[major] / total)
    return major, round(min(confidence, 0.99), 2)


def _basis(items: list[Found], stance: str) -> str:
    """The rule behind a stance: the strongest finding on its side (either side for mixed)."""
    chosen = [f for f in items if stance == "mixed" or f.side == stance]
    if stance == "none" or not chosen:
        return ""
    return max(chosen, key=lambda f: (f.weight, -f.sent_index)).rule


def _evidence_rank(f: Found, items: list[Found], stance: str) -> tuple[int, int, int]:
    """Best evidence first: for a mixed player a sentence showing both sides, then speech
    before practice, then article order."""
    both = stance == "mixed" and {g.side for g in items if g.sent_index == f.sent_index} == {
        "open",
        "closed",
    }
    return (0 if both else 1, KIND_ORDER.get(f.kind, 9), f.sent_index)


def _minor_place(info: PlayerInfo, known: set[str], has_stance: bool) -> bool:
    """A city or region named once in passing is scenery, not a player."""
    if info.type == "GPE" and info.scenery and not has_stance:
        return True  # named only as a modifier or a location ("US dollars", "in the UK")
    return (
        info.type == "GPE"
        and info.key not in known
        and not has_stance
        and len(info.mentions) == 1
        and not info.subject_count
        and not info.in_headline
    )


def _players(infos: dict[str, PlayerInfo], found: list[Found], known: set[str]) -> list[Player]:
    by_holder: dict[str, list[Found]] = {}
    for f in found:
        if f.holder is not None:
            by_holder.setdefault(f.holder, []).append(f)
    scored: list[tuple[float, int, Player]] = []
    for order, info in enumerate(infos.values()):
        items = by_holder.get(info.key, [])
        if _minor_place(info, known, bool(items)):
            continue
        if info.type == "OTHER" and not items and not info.law:
            continue  # a place or thing named in passing is context; a named law is a player
        stance, confidence = _stance(items, person=info.type == "PERSON")
        basis = _basis(items, stance)
        evidence: list[str] = []
        for f in sorted(items, key=lambda f: _evidence_rank(f, items, stance)):
            if f.sent_text not in evidence:
                evidence.append(f.sent_text)
        if stance == "none":
            evidence = []
        raw = (
            len(info.mentions)
            + 3.0 * info.in_headline
            + 1.5 * info.in_lead
            + 0.5 * info.subject_count
            + 1.0 * len(evidence)
        )
        role = info.role
        player = Player(
            name=info.name,
            type=info.type,
            aliases=sorted(set(info.aliases)),
            role=role,
            affiliation=info.affiliation,
            mentions=len(info.mentions),
            salience=raw,
            stance=stance,  # type: ignore[arg-type]
            confidence=confidence,
            evidence=evidence,
            basis=basis,
        )
        scored.append((raw, order, player))
    scored.sort(key=lambda t: (-t[0], t[1]))
    top = scored[0][0] if scored else 1.0
    players = []
    for raw, _, player in scored[:MAX_PLAYERS]:
        player.salience = round(raw / top, 3) if top else 0.0
        players.append(player)
    return players


def _positions(infos: dict[str, PlayerInfo], found: list[Found]) -> list[Position]:
    merged: dict[tuple[str | None, int], dict[str, object]] = {}
    for f in found:
        key = (f.holder, f.sent_index)
        slot = merged.setdefault(key, {"sides": [], "kind": f.kind, "text": f.sent_text})
        sides = slot["sides"]
        assert isinstance(sides, list)
        if f.side not in sides:
            sides.append(f.side)
        if KIND_ORDER.get(f.kind, 9) < KIND_ORDER.get(str(slot["kind"]), 9):
            slot["kind"] = f.kind
    out = []
    for (holder, _), slot in sorted(merged.items(), key=lambda kv: (kv[0][1], str(kv[0][0]))):
        sides = slot["sides"]
        assert isinstance(sides, list)
        stance = sides[0] if len(sides) == 1 else "mixed"
        name = infos[holder].name if holder is not None else None
        out.append(
            Position(holder=name, stance=stance, kind=str(slot["kind"]), text=str(slot["text"]))
        )
    return out


def _summary(sents: list, found: list[Found], raw: str | None = None) -> list[str]:
    """2 to 4 sentences in article order: the lead, then the clearest positions."""
    if not sents:
        return []
    attributed: dict[int, float] = {}
    for f in found:
        if f.holder is not None:
            weight = 2.0 if f.kind in SPEECH_KINDS else 1.0
            attributed[f.sent_index] = attributed.get(f.sent_index, 0) + weight
    doc_sents = list(sents[0].doc.sents)
    first_body = next((i for i, s in enumerate(doc_sents) if s.start == sents[0].start), 0)
    names = _names_by_sentence(sents)
    scores = []
    seen: set[str] = set()
    sent_texts = _span_texts(sents)
    for i, sent in enumerate(sents):
        words = sent_texts[i].split()
        if len(words) < 6 or len(words) > 70 or " ".join(words) in seen:
            continue  # a repeated sentence counts once, where it first appears
        seen.add(" ".join(words))
        score = 0.0
        if i == 0:
            score += 3.0
        elif i == 1:
            score += 1.0
        score += min(attributed.get(first_body + i, 0), 3.0)
        score += 0.3 * len(names.get(sent.start, ()))
        score -= 0.05 * i
        scores.append((score, i))
    count = 4 if len(sents) >= 12 else 3 if len(sents) >= 4 else 2
    chosen = sorted(i for _, i in sorted(scores, key=lambda t: (-t[0], t[1]))[:count])
    texts = [raw[sents[i].start_char : sents[i].end_char] if raw else sent_texts[i] for i in chosen]
    return [" ".join(text.split()) for text in texts]


def _span_texts(spans: list) -> list[str]:
    """Each span's `text`, cut from its doc's text by character offsets: `Span.text` makes a
    Token of every word on each call, and the summary reads each sentence's text."""
    if not spans:
        return []
    text = spans[0].doc.text
    return [text[span.start_char : span.end_char] for span in spans]


def _names_by_sentence(sents: list) -> dict[int, set[str]]:
    """The PERSON and ORG names in each sentence, keyed by its first token, in one pass over
    the doc's entities (`Span.ents` walks every entity of the doc: per sentence, quadratic)."""
    starts = [s.start for s in sents]
    names: dict[int, set[str]] = {}
    for ent in sents[0].doc.ents if sents else ():
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        i = bisect.bisect_right(starts, ent.start) - 1
        if i >= 0 and ent.end <= sents[i].end:
            names.setdefault(starts[i], set()).add(ent.text)
    return names


# Words that, next to a product's name, show it is an AI model ("the Llama AI model", "a
# model called X", "X's weights"), and how many tokens either side of a mention to look.
MODEL_WORDS = frozenset({"model", "llm", "chatbot", "weight", "weights", "checkpoint"})
MODEL_WINDOW = 3


def _ai_models(doc: Doc, infos: dict[str, PlayerInfo], gazetteer: Gazetteer) -> set[str]:
    """The products that are AI models: those the gazetteer types as models, and those the
    text calls one next to their name. The overview's "Open models" lists only these (an
    operating system or a web framework described as open is not an open model)."""
    found: set[str] = set()
    for info in infos.values():
        if info.type != "PRODUCT":
            continue
        entry = gazetteer.lookup(info.name)
        if entry is not None and entry.ai_model:
            found.add(info.name)
            continue
        for m in info.mentions:
            window = doc[max(0, m.start - MODEL_WINDOW) : m.end + MODEL_WINDOW]
            if any(t.lower_ in MODEL_WORDS or t.lemma_.lower() in MODEL_WORDS for t in window):
                found.add(info.name)
                break
    return found


def _names(players: list[Player], stance: str, products: bool = False) -> list[str]:
    """Players whose side the brief may state (see confidence.is_asserted); with `products`,
    the AI models among the products."""
    if products:
        return [p.name for p in players if p.stance == stance and p.ai_model and is_asserted(p)]
    return [
        p.name for p in players if p.stance == stance and p.type != "PRODUCT" and is_asserted(p)
    ]


def _overview(players: list[Player], positions: list[Position]) -> str:
    """One line: who argues for open, for closed, who does both, what unnamed voices fear."""
    parts = []
    for stance, label in (
        ("open", "For open AI"),
        ("closed", "For closed AI"),
        ("mixed", "Both ways"),
    ):
        names = _names(players, stance)
        if names:
            parts.append(f"{label}: {', '.join(names[:5])}")
    for stance, label in (("open", "Open models"), ("closed", "Closed models")):
        names = _names(players, stance, products=True)
        if names:
            parts.append(f"{label}: {', '.join(names[:5])}")
    unsure = [f"{p.name} ({p.stance}?)" for p in players if sureness(p) == "unsure"]
    if unsure:
        parts.append(f"Less sure: {', '.join(unsure[:4])}")
    for pos in positions:
        if pos.holder is None:
            gist = re.sub(r"^(?:there (?:are|is) (?:also )?|but |and )", "", pos.text, flags=re.I)
            gist = gist.rstrip(".")
            if len(gist) > 140:
                gist = gist[:137].rsplit(" ", 1)[0] + "..."
            parts.append(f"Unattributed ({pos.stance}): {gist}")
            break
    if not parts:
        return "The article reports no position on open vs closed AI."
    return ". ".join(parts) + "."
