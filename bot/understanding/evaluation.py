"""Scoring an analyser against labelled articles: players found, stances right, none invented.

Used by benchmarks/quality.py (which prints the figures) and by the tests (which hold the bar).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.models import Analysis, Article, Player
from bot.understanding.analyze import Analyzer


@dataclass
class Score:
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    predicted_right: int = 0
    stance_right: int = 0
    positioned: int = 0
    positioned_right: int = 0
    unpositioned: int = 0
    wrongly_positioned: int = 0
    forbidden_found: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int, empty: float = 1.0) -> float:
            return round(a / b, 3) if b else empty

        return {
            "player_precision": ratio(self.predicted_right, self.predicted),
            "player_recall": ratio(self.matched, self.expected),
            "stance_accuracy": ratio(self.stance_right, self.matched),
            "positioned_right": ratio(self.positioned_right, self.positioned),
            # nobody to position wrongly is no error ("1.0" here read as every one wrong)
            "wrongly_positioned": ratio(self.wrongly_positioned, self.unpositioned, 0.0),
            "forbidden_found": self.forbidden_found,
            "players_expected": self.expected,
            "players_predicted": self.predicted,
        }


def _find(players: list[Player], name: str, aliases: list[str] = ()) -> Player | None:
    wanted = {name.lower(), *(a.lower() for a in aliases)}
    for p in players:
        if p.name.lower() in wanted or wanted & {a.lower() for a in p.aliases}:
            return p
    return None


def score_analysis(
    analysis: Analysis,
    expected: dict[str, list[str]],
    absent: list[str],
    score: Score,
    *,
    allowed: dict[str, list[str]] | None = None,
    aliases: dict[str, list[str]] | None = None,
    label: str = "",
) -> None:
    """Add one article's figures to `score`. expected: name -> accepted stances."""
    aliases = aliases or {}
    allowed = allowed or {}
    matched_names: set[str] = set()
    for name, stances in expected.items():
        score.expected += 1
        player = _find(analysis.players, name, aliases.get(name, []))
        positioned = any(s != "none" for s in stances)
        if positioned:
            score.positioned += 1
        else:
            score.unpositioned += 1
        if player is None:
            score.errors.append(f"{label}: missing {name}")
            continue
        matched_names.add(player.name)
        score.matched += 1
        if player.stance in stances:
            score.stance_right += 1
            if positioned:
                score.positioned_right += 1
        else:
            score.errors.append(f"{label}: {name} is {player.stance}, expected {stances}")
            if not positioned:
                score.wrongly_positioned += 1
    for name, stances in allowed.items():
        player = _find(analysis.players, name, aliases.get(name, []))
        if player is not None:
            matched_names.add(player.name)
            if player.stance not in stances:
                score.errors.append(f"{label}: allowed {name} is {player.stance}, not {stances}")
    score.predicted += len(analysis.players)
    score.predicted_right += sum(1 for p in analysis.players if p.name in matched_names)
    for p in analysis.players:
        if p.name not in matched_names:
            score.errors.append(f"{label}: extra player {p.name} ({p.stance})")
    for name in absent:  # a forbidden name may be an alias (a ticker), never a player's name
        if any(p.name.lower() == name.lower() for p in analysis.players):
            score.forbidden_found.append(f"{label}: {name}")


def load_labelled(path: Path) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text("utf-8"))["articles"])


def evaluate_labelled(analyzer: Analyzer, path: Path) -> Score:
    """Score a labelled set; a player's expected stance is one stance or a list of accepted
    ones."""
    score = Score()
    for item in load_labelled(path):
        article = Article(
            source=item["id"],
            text=item["text"],
            title=item["title"],
            author=item.get("author"),
            site=item.get("site"),
            language="en",
        )
        analysis = analyzer.analyze(article)
        expected = {
            name: stance if isinstance(stance, list) else [stance]
            for name, stance in item["players"].items()
        }
        score_analysis(analysis, expected, item.get("absent", []), score, label=item["id"])
    return score


def evaluate_gold(analysis: Analysis, gold: dict[str, Any]) -> Score:
    """The seed article's gold: required players with accepted stances, forbidden ones."""
    score = Score()
    expected = {p["name"]: p["stance"] for p in gold["players_required"]}
    allowed = {p["name"]: p["stance"] for p in gold.get("players_allowed", [])}
    aliases = {p["name"]: p.get("aliases", []) for p in gold["players_required"]}
    aliases.update({p["name"]: p.get("aliases", []) for p in gold.get("players_allowed", [])})
    absent = [p["name"] for p in gold.get("players_forbidden", [])]
    score_analysis(
        analysis, expected, absent, score, allowed=allowed, aliases=aliases, label="seed"
    )
    return score


def id_ranges(spec: str) -> list[int]:
    """Article ids from a spec such as "41-60,71-90,101" (the dev set's splits are written so)."""
    out: list[int] = []
    for part in spec.split(","):
        low, _, high = part.partition("-")
        out.extend(range(int(low), int(high or low) + 1))
    return out
