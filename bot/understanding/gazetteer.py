"""The AI-industry gazetteer: names, types, aliases, roles, affiliations. Never stances.

Kept as data (bot/data/gazetteer.json) and extendable with a user file of the same shape
(GAZETTEER_EXTRA): entries with a known name are merged into the built-in ones.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

ORG_HEADS = {
    "center",
    "centre",
    "institute",
    "partnership",
    "alliance",
    "coalition",
    "council",
    "office",
    "foundation",
    "society",
    "association",
    "commission",
    "committee",
    "forum",
    "network",
    "initiative",
    "lab",
    "laboratory",
    "agency",
    "department",
    "ministry",
}
PLAYER_TYPES = ("PERSON", "ORG", "PRODUCT", "GPE", "NORP", "OTHER")


class GazetteerError(ValueError):
    """The gazetteer file is malformed; the message names the entry."""


@dataclass
class Entry:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    tickers: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    versioned: bool = False  # a model family whose versions are written after it ("Llama 3.1")
    model: bool = False  # an AI model (versioned families are models too)

    @property
    def ai_model(self) -> bool:
        return self.model or self.versioned

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    ignore: set[str]
    outlets: set[str] = field(default_factory=set)  # news outlets: cited, never players

    def __post_init__(self) -> None:
        self._by_form: dict[str, Entry] = {}
        self._by_ticker: dict[str, Entry] = {}
        for entry in self.entries.values():
            for form in entry.forms():
                self._by_form.setdefault(form.lower(), entry)
            for ticker in entry.tickers:
                self._by_ticker[ticker] = entry
        self._ignore_lower = {w.lower() for w in self.ignore}
        self._outlets_lower = {w.lower() for w in self.outlets}

    def lookup(self, text: str) -> Entry | None:
        """The entry a mention names: tickers case-sensitively, other forms in any case."""
        if text in self._by_ticker:
            return self._by_ticker[text]
        return self._by_form.get(text.lower())

    def ignored(self, text: str) -> bool:
        return text.lower() in self._ignore_lower

    def outlet(self, text: str) -> bool:
        """A known news outlet ('Reuters', 'The Verge'): a source an article cites."""
        low = text.lower()
        return low in self._outlets_lower or f"the {low}" in self._outlets_lower

    def patterns(self, with_pos: bool = True) -> list[dict[str, Any]]:
        """EntityRuler patterns: every name, alias and ticker, plus the words to ignore."""
        out: list[dict[str, Any]] = []
        for entry in self.entries.values():
            label = entry.type if entry.type != "OTHER" else "LAW"
            for form in entry.forms():
                out.append({"label": label, "pattern": form, "id": entry.name})
                if lowered := _lowercase_document_word(entry, form):
                    out.append({"label": label, "pattern": lowered, "id": entry.name})
                if entry.versioned:
                    out.append(
                        {
                            "label": label,
                            "id": entry.name,
                            "pattern": [
                                {"LOWER": form.lower()},
                                {"TEXT": {"REGEX": r"^\d+(\.\d+)*[A-Za-z]?$"}},
                            ],
                        }
                    )
            for ticker in entry.tickers:
                out.append({"label": label, "pattern": [{"ORTH": ticker}], "id": entry.name})
        # "Mixtral-8x7B", "Qwen-7B": a model's name and its size or version joined into one
        # token; one pattern for all (a model of its own, as the text names it)
        joined = sorted(
            {
                re.escape(f.lower())
                for e in self.entries.values()
                if e.ai_model
                for f in e.forms()
                if f.isalnum()
            }
        )
        if joined:
            # a size or a dotted version after the hyphen ("-7B", "-8x22B", "-3.3"): not a
            # bare number or a year ("Falcon-9" the rocket, "Grok-2024")
            version = r"(?:\d+(?:\.\d+)+[a-z]*|\d+(?:\.\d+)?[bmk]|\d+x\d+[bm])"
            regex = rf"(?i)^(?:{'|'.join(joined)})-{version}$"
            out.append({"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": regex}}]})
        # "Vantage AI", "Mistral AI": a name before "AI" is an organisation, unless the name is
        # a known player of its own ("Llama AI model", "Meta AI" handled above)
        known = sorted(
            {f for e in self.entries.values() for f in e.forms() if " " not in f}
            | {w for w in self.ignore if " " not in w}
            | {"Generative", "Open"}
        )
        if with_pos:
            out.append(
                {
                    "label": "ORG",
                    "pattern": [
                        {"IS_TITLE": True, "POS": "PROPN", "ORTH": {"NOT_IN": known}},
                        {"ORTH": "AI"},
                    ],
                }
            )
        # "Center for AI Policy", "Partnership on AI": organisations with AI inside their name
        out.append(
            {
                "label": "ORG",
                "pattern": [
                    {"IS_TITLE": True, "OP": "*"},
                    {"LOWER": {"IN": sorted(ORG_HEADS)}},
                    {"LOWER": {"IN": ["for", "on", "of", "in"]}},
                    {"ORTH": "AI"},
                    {"IS_TITLE": True, "OP": "*"},
                ],
            }
        )
        # "LG AI Research", "Samsung AI Center": a name, AI, then an organisation word
        out.append(
            {
                "label": "ORG",
                "pattern": [
                    {"TEXT": {"REGEX": r"^[A-Z][\w&.-]*$"}, "OP": "+"},
                    {"ORTH": "AI"},
                    {"LOWER": {"IN": sorted(ORG_HEADS | {"research", "labs", "studio"})}},
                ],
            }
        )
        for word in sorted(self.ignore):
            out.append({"label": "NB_IGNORE", "pattern": word})
        return out


LAW_WORDS = ("Act", "Bill", "Order", "Directive", "Regulation")


def _lowercase_document_word(entry: Entry, form: str) -> str | None:
    """'the EU AI act': a law's name of three words or more with its last word in lower case
    is still that law; a shorter one ('the AI act') may be any law about AI. A phrase the
    ruler tokenises itself, as it does the name."""
    parts = form.split()
    if entry.type != "OTHER" or len(parts) < 3 or parts[-1] not in LAW_WORDS:
        return None
    return " ".join([*parts[:-1], parts[-1].lower()])


def _entry(raw: Any, where: str) -> Entry:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"]:
        raise GazetteerError(f"{where}: each player needs a non-empty 'name'")
    kind = raw.get("type", "ORG")
    if kind not in PLAYER_TYPES:
        raise GazetteerError(f"{where}: {raw['name']}: type must be one of {PLAYER_TYPES}")
    if "stance" in raw:
        raise GazetteerError(
            f"{where}: {raw['name']}: the gazetteer holds no stances; they "
            "come from what each article says"
        )
    for key in ("aliases", "tickers"):
        if not isinstance(raw.get(key, []), list):
            raise GazetteerError(f"{where}: {raw['name']}: '{key}' must be a list")
    return Entry(
        name=raw["name"],
        type=kind,
        aliases=list(raw.get("aliases", [])),
        tickers=list(raw.get("tickers", [])),
        role=raw.get("role"),
        affiliation=raw.get("affiliation"),
        versioned=bool(raw.get("versioned")),
        model=bool(raw.get("model")),
    )


def _read(data: Any, where: str) -> tuple[list[Entry], list[str], list[str]]:
    if not isinstance(data, dict) or not isinstance(data.get("players", []), list):
        raise GazetteerError(f"{where}: expected an object with a 'players' list")
    entries = [_entry(raw, where) for raw in data.get("players", [])]
    outlets = data.get("outlets", [])
    if not isinstance(outlets, list):
        raise GazetteerError(f"{where}: 'outlets' must be a list of names")
    return entries, [str(w) for w in data.get("ignore", [])], [str(w) for w in outlets]


def load_gazetteer(extra: str | Path | None = None) -> Gazetteer:
    """The built-in gazetteer, extended by the user's file when given."""
    text = resources.files("bot").joinpath("data/gazetteer.json").read_text("utf-8")
    entries, ignore, outlets = _read(json.loads(text), "built-in gazetteer")
    merged = {e.name: e for e in entries}
    if extra:
        path = Path(extra)
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise GazetteerError(f"{path}: cannot read the gazetteer extension: {exc}") from None
        more, more_ignore, more_outlets = _read(data, str(path))
        outlets += more_outlets
        for entry in more:
            base = merged.get(entry.name)
            if base is not None:
                entry.aliases = list(dict.fromkeys(base.aliases + entry.aliases))
                entry.tickers = list(dict.fromkeys(base.tickers + entry.tickers))
                entry.role = entry.role or base.role
                entry.affiliation = entry.affiliation or base.affiliation
                entry.versioned = entry.versioned or base.versioned
                entry.model = entry.model or base.model
            merged[entry.name] = entry
        ignore += more_ignore
    return Gazetteer(merged, set(ignore), set(outlets))
