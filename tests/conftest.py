"""Shared fixtures: one spaCy pipeline per test session, and ../shared when it is there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def analyzer():
    from bot.understanding.analyze import Analyzer
    from bot.understanding.nlp import get_gazetteer, get_pipeline

    return Analyzer(get_pipeline(), get_gazetteer())


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "README.md").is_file():
        pytest.skip("../shared is absent (a fresh clone has none): shared-data test skipped")
    return SHARED


@pytest.fixture(scope="session")
def schema(shared: Path) -> dict:
    return json.loads((shared / "contracts" / "analysis.schema.json").read_text("utf-8"))


def analyze_text(analyzer, title: str, text: str, **meta):
    from bot.models import Article

    return analyzer.analyze(Article(source="test", text=text, title=title, **meta))


def stances(analyzer, text: str, title: str = "Stance test") -> dict[str, str]:
    """Each player's stance in a short self-written text: the one question most rule tests
    ask."""
    return {p.name: p.stance for p in analyze_text(analyzer, title, text).players}
