"""Plain data passed between the core's stages: what was read, what went wrong, what was found.

Outcomes at the I/O edge are values (Article or Failure), never exceptions, so callers (the CLI,
the Slack handlers) cannot forget a failure mode: they must look at what they got.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Stance = Literal["open", "closed", "mixed", "none"]


@dataclass(frozen=True)
class Failure:
    """Why a source could not be read, in a stable code and a sentence a person understands."""

    code: str
    message: str
    source: str = ""
    title: str | None = None
    status: int | None = None

    @classmethod
    def internal(cls, source: str) -> Failure:
        """An unexpected error on one source (the log has it; the reader gets no detail)."""
        return cls(
            "analysis_failed",
            "an internal error stopped the analysis (LOG_LEVEL=DEBUG shows it)",
            source=source,
        )

    def to_dict(self) -> dict[str, Any]:
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.status is not None:
            err["status"] = self.status
        if self.title:
            err["title"] = self.title
        return {"source": self.source, "error": err}


@dataclass(frozen=True)
class Article:
    """An article as read: the text plus the metadata the extractor found."""

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    language: str | None = None

    @property
    def link(self) -> str | None:
        """Where a reader can open the article: its canonical URL, else the web address it was
        read from; None for a local file."""
        return self.url or (self.source if self.source.startswith("http") else None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "site": self.site,
            "language": self.language,
            "text": self.text,
        }


@dataclass
class Player:
    """One key player, merged across its aliases."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    mentions: int = 0
    salience: float = 0.0
    stance: Stance = "none"
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)
    basis: str = ""  # the frame rule behind the stance (quoted, said, described, owner ...)
    ai_model: bool = False  # a product the article (or the gazetteer) shows to be an AI model


@dataclass
class Position:
    """A stance stated in the article, with its holder when the article names one."""

    holder: str | None
    stance: Literal["open", "closed", "mixed"]
    kind: str
    text: str


@dataclass
class Analysis:
    """What the analyser found in one article; `to_dict` is the analysis.schema.json contract."""

    article: Article
    summary: list[str]
    overview: str
    players: list[Player]
    positions: list[Position]
    word_count: int
    # ANALYSIS_MAX_CHARS: a longer article is analysed up to its first analysed_chars
    # characters (the brief says so); analysed_chars is the whole text's length otherwise
    truncated: bool = False
    analysed_chars: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str = "") -> Analysis:
        """Rebuild an analysis from `to_dict` output (what the store keeps)."""
        article = Article(
            source=data.get("source") or "",
            text=text,
            title=data.get("title"),
            url=data.get("url"),
            author=data.get("author"),
            published=data.get("published"),
            site=data.get("site"),
            language=data.get("language"),
        )
        players = [Player(**p) for p in data.get("players", [])]
        positions = [Position(**p) for p in data.get("positions", [])]
        return cls(
            article=article,
            summary=list(data.get("summary", [])),
            overview=data.get("overview", ""),
            players=players,
            positions=positions,
            word_count=int(data.get("word_count", 0)),
            truncated=bool(data.get("truncated", False)),
            analysed_chars=data.get("analysed_chars"),
        )

    def player(self, name: str) -> Player | None:
        return next((p for p in self.players if p.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "site": a.site,
            "author": a.author,
            "published": a.published,
            "language": a.language,
            "word_count": self.word_count,
            "truncated": self.truncated,
            "analysed_chars": self.analysed_chars,
            "summary": self.summary,
            "overview": self.overview,
            "players": [asdict(p) for p in self.players],
            "positions": [asdict(p) for p in self.positions],
        }
