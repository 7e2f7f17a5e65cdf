"""Command line: `python -m bot [run|analyze|extract|ask] ...` (also installed as `newsbrief`).

Exit codes: 0 when every source was read, 1 when one was not (its line says why), 2 for usage
and configuration errors (a bad variable, a pipeline that does not load). Every failure a person
reads is in one style: sentences, a capital first and a full stop last; on stderr after the
program's name.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NoReturn

from bot.config import ConfigError, Settings, load_settings
from bot.models import Analysis, Article, Failure
from bot.understanding.nlp import ModelNotFound

if TYPE_CHECKING:  # the core (and spaCy) load only for the commands that need them
    from bot.core import Core
    from bot.reading.sources import SourceReader

log = logging.getLogger(__name__)


def sentence(text: str) -> str:
    """`text` as a sentence: a capital first, a full stop last (not doubled)."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _say(message: str, prog: str = "newsbrief") -> None:
    print(f"{prog}: {sentence(message)}", file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, with its usage errors in the same style as the rest (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        _say(message, self.prog)
        sys.exit(2)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsbrief",
        description="Who stands where on open vs closed AI, for news links shared in Slack.",
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the Slack app (the default)")
    analyze = sub.add_parser("analyze", help="analyse articles and print the brief")
    analyze.add_argument("--json", action="store_true", help="one JSON object per source")
    analyze.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="an http(s) URL, an .html file, or a .txt file (headline first)",
    )
    extract = sub.add_parser("extract", help="print what newsbrief reads from each source")
    extract.add_argument("--json", action="store_true", help="one JSON object per source")
    extract.add_argument("sources", nargs="+", metavar="SOURCE")
    ask = sub.add_parser("ask", help="analyse SOURCE and answer QUESTION about it")
    ask.add_argument("--json", action="store_true", help="the answer as a JSON object")
    ask.add_argument("source", metavar="SOURCE")
    ask.add_argument("question", metavar="QUESTION", nargs="+")
    ask.set_defaults(usage_error=ask.error)
    return parser


def _settings() -> Settings | None:
    try:
        return load_settings()
    except ConfigError as exc:
        _say("the configuration is invalid; fix the variables below")
        for problem in exc.problems:
            print(f"  {sentence(problem)}", file=sys.stderr)
        return None


def _core(settings: Settings) -> Core | None:
    """The analysing core, or None after one actionable line when no pipeline loads (a
    configuration error: SPACY_MODEL names no installed pipeline, or none is installed)."""
    from bot.core import build_core

    try:
        return build_core(settings)
    except ModelNotFound as exc:
        _say(str(exc))
        return None


def _emit(obj: dict, as_json: bool, text: str) -> None:
    if as_json:
        print(json.dumps(obj, ensure_ascii=False), flush=True)
    else:
        print(text, flush=True)


def cmd_sources(command: str, sources: Sequence[str], as_json: bool) -> int:
    """analyze / extract: every source gets a line (or a brief); failures do not stop the rest."""
    from bot.core import build_reader
    from bot.text import brief_text, failure_text
    from bot.understanding.batch import analyze_in_order

    settings = _settings()
    if settings is None:
        return 2
    core = None
    if command == "analyze":
        core = _core(settings)
        if core is None:
            return 2
        reader = core.reader
    else:
        reader = build_reader(settings)  # extraction needs no spaCy pipeline
    failed = False
    read: Iterable[Article | Failure] = (_read(source, reader) for source in sources)
    results: Iterable[Article | Analysis | Failure] = read
    if core is not None:  # several sources: nlp.pipe in worker processes, in source order
        results = analyze_in_order(
            core.analyzer, read, settings.analysis_processes, expected=len(sources)
        )
    try:
        for i, result in enumerate(results):
            if i and not as_json:
                print("\n" + "-" * 60 + "\n")
            if isinstance(result, Failure):
                failed = True
                _emit(result.to_dict(), as_json, failure_text(result))
            elif isinstance(result, Analysis):
                _emit(result.to_dict(), as_json, brief_text(result) + _truncation_note(result))
            else:
                _emit(result.to_dict(), as_json, _article_text(result.to_dict()))
    finally:
        reader.extractor.close()
    return 1 if failed else 0


def _read(source: str, reader: SourceReader) -> Article | Failure:
    """The source read, or why not: an internal error on one source never skips the others
    (their analyses are guarded the same way, in bot/understanding/batch.py)."""
    try:
        return reader.read(source)
    except Exception:
        log.debug("reading %s failed", source, exc_info=True)
        return Failure.internal(source)


def _truncation_note(analysis: Analysis) -> str:
    """The brief's note on a long article, with the setting that bounds it."""
    from bot.text import truncation_note

    note = truncation_note(analysis)
    return f"\n\n({note.removesuffix('.')}; ANALYSIS_MAX_CHARS sets the limit.)" if note else ""


def _article_text(d: dict) -> str:
    head = [
        f"{k}: {d[k]}"
        for k in ("source", "url", "title", "author", "published", "site", "language")
        if d.get(k)
    ]
    return "\n".join(head) + "\n\n" + d["text"]


def cmd_ask(source: str, question: str, as_json: bool) -> int:
    """Analyse one source and answer a question with the same engine as in Slack."""
    from bot.asking.questions import Context, QuestionEngine
    from bot.text import failure_text

    settings = _settings()
    if settings is None:
        return 2
    core = _core(settings)
    if core is None:
        return 2
    try:
        result = core.analyze_source(source)
    finally:
        core.close()
    if isinstance(result, Failure):
        _emit(result.to_dict(), as_json, failure_text(result))
        return 1
    answer = QuestionEngine(core.analyzer.gazetteer).answer(question, [Context(result)])
    plain = answer.text.replace("*", "")
    _emit(answer.to_dict(), as_json, plain)
    return 0


def cmd_run() -> int:
    """The Slack runtime, imported only here: the other commands never load Slack."""
    from handlers.app import main as run_app

    return run_app()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in (None, "run"):
        return cmd_run()
    if args.command == "ask":
        question = " ".join(args.question).strip()
        if not question:  # a usage error here, not Slack's help
            args.usage_error("QUESTION is empty; ask, for example: who is for open models?")
        return cmd_ask(args.source, question, args.json)
    return cmd_sources(args.command, args.sources, args.json)
