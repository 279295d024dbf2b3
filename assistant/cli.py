"""The ``assistant`` command line: ingest, cite, check, search, ask, draft, eval, serve.

Heavy imports happen inside each command so that ``assistant --help`` is instant.
Domain errors are turned into a message and a non-zero exit here, once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.errors import AssistantError

if TYPE_CHECKING:
    from assistant.archive.lives import Lives
    from assistant.archive.profiles import Profile
    from assistant.citations import Registry
    from assistant.models import Document

EXIT_ERROR = 1
EXIT_USAGE = 2
MAX_QUERY_CHARS = 2000


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _read_input(name: str) -> Document:
    """FILE, or standard input for ``-``, loaded and normalised like an archive document."""
    from assistant.models import Document

    if name == "-":
        from assistant.ingest.normalize import normalize_text

        return Document(source="-", text=normalize_text(sys.stdin.read()))
    path = Path(name)
    if not path.is_file():
        raise AssistantError(f"{name}: no such file — give a path or '-' for standard input")
    from assistant.ingest import load_document

    return load_document(path, root=path.parent)


def _query(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise AssistantError("The query is empty: type a question or some keywords")
    if len(text) > MAX_QUERY_CHARS:
        # A pasted page is not a query: keep its start, where people put the question,
        # and say so (on stderr: standard output stays the JSON of the contract).
        print(
            f"note: the query is {len(text):,} characters long; searched its first "
            f"{MAX_QUERY_CHARS:,} (to check a draft's citations use 'assistant check')",
            file=sys.stderr,
        )
    return text[:MAX_QUERY_CHARS]


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Ingest files and folders (default: the corpus folder)."""
    from assistant.retrieval.indexer import Indexer

    targets = [Path(p) for p in args.paths] or [Path(settings.corpus)]
    report = Indexer(settings).ingest(targets, bar=not args.json and sys.stderr.isatty())
    if args.json:
        _print_json(report.to_json())
    else:
        print(
            f"{len(report.added)} added, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.removed)} removed; "
            f"{report.chunks} chunks in the index ({report.seconds:.1f} s)"
        )
    for notice in report.notices:
        print(notice, file=sys.stderr)
    for failure in report.failed:
        print(f"skipped: {failure['error']}", file=sys.stderr)
    return EXIT_ERROR if report.failed and not (report.added or report.updated) else 0


def cmd_cite(args: argparse.Namespace, settings: Settings) -> int:
    """Extract citations from a text."""
    from assistant.citations import extract

    citations = extract(_read_input(args.file).text)
    if args.json:
        _print_json([c.to_json() for c in citations])
    else:
        for c in citations:
            print(f"{c.start}-{c.end}\t{c.ident or '?'}\t{c.date or '-'}\t{c.text}")
    return 0


def cmd_relations(args: argparse.Namespace, settings: Settings) -> int:
    """The relations a text states between documents (DESIGN.md ``relations``)."""
    from assistant.archive.relations import format_relation, relations_report

    report = relations_report(_read_input(args.file))
    if args.json:
        _print_json(report)
    else:
        for r in report["relations"]:
            print(format_relation(r))
    return 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    """Check every citation of a draft against the archive."""
    from assistant.citations import format_report
    from assistant.cli_lives import as_of_argument, check_document

    doc = _read_input(args.file)
    result, as_of = check_document(doc, settings, as_of_argument(args.as_of))
    if args.json:
        _print_json(result.to_json() | {"as_of": as_of})
    else:
        print(format_report(doc.text, result))
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """A document's status on a date (see ``cli_lives``)."""
    from assistant.cli_lives import cmd_status as run

    return run(args, settings)


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    """Hybrid retrieval only."""
    from assistant.retrieval.search import Searcher

    hits = Searcher(settings).search(
        _query(args.query), k=args.k, years=args.year or (), codes=args.type or ()
    )
    if args.json:
        _print_json([h.to_json() for h in hits])
    else:
        for i, h in enumerate(hits, start=1):
            print(f"{i}. {h.chunk.source} ({h.chunk.locator})  score {h.score:.4f}")
            print(f"   {h.chunk.text[:300]}")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Retrieval quality over a QA file."""
    from assistant.retrieval.evaluate import evaluate, read_qa
    from assistant.retrieval.search import Searcher

    result = evaluate(Searcher(settings), read_qa(Path(args.qa)), k=args.k)
    if args.json:
        _print_json(result)
    else:
        print(", ".join(f"{k} {v:.3f}" for k, v in result.items() if k != "per_question"))
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """Answer a question from the archive, every citation checked."""
    from assistant.generation.answer import Answerer

    answerer = Answerer(settings, timeout=args.timeout)
    if args.json:
        _print_json(answerer.ask(args.question).to_json())
        return 0
    stream = answerer.stream(args.question)
    for piece in stream:
        sys.stdout.write(piece)
        sys.stdout.flush()
    sys.stdout.write("\n")
    answer = stream.answer
    if answer is not None:
        _print_backing(answer.citations, answer.findings)
    return 0


def cmd_draft(args: argparse.Namespace, settings: Settings) -> int:
    """Draft a report section, every citation checked; optionally export to Word."""
    from assistant.generation.answer import Answerer
    from assistant.generation.draft import Drafter

    answerer = Answerer(settings, timeout=args.timeout)
    draft = Drafter(answerer).draft(args.prompt)
    if args.docx:
        from assistant.generation.docx_export import export_docx
        from assistant.generation.report_sources import archive_letterhead

        export_docx(draft, Path(args.docx), letterhead=archive_letterhead(answerer))
    if args.json:
        _print_json(draft.to_json())
        return 0
    if draft.notice:
        print(draft.notice, file=sys.stderr)
    print(draft.text)
    _print_backing(draft.citations, draft.findings)
    if args.docx:
        print(f"written: {args.docx}", file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    """A whole periodic report, every citation checked; optionally exported to Word."""
    from assistant.generation.report_cli import run_report

    return run_report(args, settings, print_json=_print_json)


def _print_backing(citations: Sequence[dict], findings: Sequence) -> None:
    """The cited documents and any citation the archive does not confirm."""
    if citations:
        print("\nNguồn / sources:")
        for c in citations:
            print(f"  {c['ident']} ({c['date'] or '?'}): {c['source']}, {c['locator']}")
    for f in findings:
        if f.status != "verified":
            print(f"  ⚠ {f.ident}: {f.status} — {f.suggestion or ''}")


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    """Write a consistent snapshot of the whole index to one file."""
    from assistant.retrieval.backup import backup

    report = backup(settings, Path(args.file))
    if args.json:
        _print_json(report.to_json())
    else:
        print(
            f"{report.file}: {report.vectors} vectors, {report.documents} documents, "
            f"{report.files} files, {report.bytes / 2**20:.1f} MB ({report.seconds:.1f} s)"
        )
    return 0


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    """Restore a backup into an empty index."""
    from assistant.retrieval.backup import restore

    report = restore(settings, Path(args.file))
    if args.json:
        _print_json(report.to_json())
    else:
        print(
            f"restored {report.vectors} vectors, {report.documents} documents and "
            f"{report.files} files into {settings.index} ({report.seconds:.1f} s)"
        )
    return 0


def _status_today(profile: Profile, registry: Registry, lives: Lives) -> Profile:
    """``profile`` with its status as of today (profiles store the ingest day's)."""
    import dataclasses

    from assistant.archive.profiles import status_of

    year = int(profile.date[:4]) if profile.date else None
    entry = registry.find(profile.ident, year, profile.date) or registry.find(profile.ident)
    if entry is None:
        return profile
    return dataclasses.replace(profile, status=status_of(entry, lives))


def cmd_documents(args: argparse.Namespace, settings: Settings) -> int:
    """The archive's documents with their profiles, filtered."""
    from assistant.archive.areas import CODES
    from assistant.archive.profiles import documents_of, load_profiles
    from assistant.retrieval import paths
    from assistant.retrieval.archive import open_archive
    from assistant.retrieval.query import type_code

    if args.area and args.area not in CODES:
        raise AssistantError(f"Unknown area {args.area!r}: use one of {', '.join(CODES)}")
    codes = [type_code(t) for t in args.type or ()]
    # Opening the archive rebuilds stale derived files (an index built before profiles).
    registry, lives = open_archive(settings)
    found = documents_of(
        load_profiles(paths.profiles(Path(settings.index))),
        area=args.area,
        year=args.year,
        codes=codes,
    )
    # A status depends on the day it is asked: today's, not the last ingest's.
    found = [_status_today(p, registry, lives) for p in found]
    if args.json:
        _print_json([p.to_json() for p in found])
    else:
        for p in found:
            areas = ",".join(p.areas) or "-"
            print(f"{p.ident}\t{p.date or '-'}\t{p.kind or '-'}\t{areas}\t{p.subject or ''}")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """Open the web interface."""
    from assistant.ui.gradio_app import launch

    launch(settings)
    return 0


def _cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.cli_users import cmd_users

    return cmd_users(args, settings)


class _CommandsHelp(argparse.HelpFormatter):
    """argparse measures subcommands one indent short, so "relations" and "documents"
    wrapped onto a line of their own; this keeps every command's help on its line."""

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if isinstance(action, argparse._SubParsersAction):
            self._action_max_length += 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to print ``--help`` in the README)."""
    parser = argparse.ArgumentParser(
        prog="assistant",
        formatter_class=_CommandsHelp,
        description="Ask, draft and check citations over an archive of Vietnamese "
        "administrative documents.",
        epilog="Settings come from the environment: ASSISTANT_CORPUS, ASSISTANT_INDEX, "
        "ASSISTANT_EMBEDDINGS, ASSISTANT_LLM, CHROMA_HOST, CHROMA_PORT.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands: list[tuple[str, Callable[..., int], str]] = [
        ("ingest", cmd_ingest, "add, update and remove documents in the index"),
        ("cite", cmd_cite, "list the document citations in a text"),
        ("check", cmd_check, "check a draft's citations against the archive"),
        ("relations", cmd_relations, "list what a text says documents do to each other"),
        ("search", cmd_search, "hybrid search over the archive"),
        ("ask", cmd_ask, "answer a question from the archive, citations checked"),
        ("draft", cmd_draft, "draft a report section from the archive, citations checked"),
        ("report", cmd_report, "a whole periodic report (year, half-year, quarter), checked"),
        ("eval", cmd_eval, "retrieval quality over a QA file (JSON lines)"),
        ("status", cmd_status, "a document's status on a date, and what changed it"),
        ("documents", cmd_documents, "the archive's documents: kind, date, areas, period…"),
        ("serve", cmd_serve, "open the web interface"),
        ("users", _cmd_users, "add, list or remove accounts of the web interface"),
        ("backup", cmd_backup, "write a consistent snapshot of the whole index to FILE"),
        ("restore", cmd_restore, "restore a backup FILE into an empty index"),
    ]
    for name, func, help_text in commands:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        if name not in {"serve", "users"}:
            p.add_argument("--json", action="store_true", help="print JSON")
        _add_arguments(name, p)
    return parser


def _add_arguments(name: str, p: argparse.ArgumentParser) -> None:
    if name == "ingest":
        p.add_argument("paths", nargs="*", help="files or folders (default: the corpus folder)")
    elif name in {"cite", "check", "relations"}:
        p.add_argument("file", help="a .txt/.md/.docx/.pdf file, or - for standard input")
        if name == "check":
            p.add_argument(
                "--as-of",
                help="warn of documents superseded by this date "
                "(YYYY-MM-DD; default: the draft's own date, else today)",
            )
    elif name == "status":
        p.add_argument("ident", help="the document's number: 1908/QĐ-UBND, 'qd 1908'…")
        p.add_argument("--as-of", help="the date (YYYY-MM-DD; default today)")
    elif name == "search":
        p.add_argument("query")
        p.add_argument("--k", type=int, default=10, help="how many chunks (default 10)")
        p.add_argument("--year", type=int, action="append", help="only documents of this year")
        p.add_argument("--type", action="append", help="only this type code: QĐ, KH, CV…")
    elif name in {"ask", "draft"}:
        p.add_argument("question" if name == "ask" else "prompt")
        p.add_argument(
            "--timeout",
            type=float,
            default=None,
            help="seconds to wait for the LLM before the extractive answer "
            "(default: ASSISTANT_LLM_TIMEOUT, 30)",
        )
        if name == "draft":
            p.add_argument("--docx", metavar="FILE", help="also write the draft to a Word file")
    elif name == "report":
        from assistant.generation.report_cli import add_arguments

        add_arguments(p)
    elif name == "users":
        from assistant.cli_users import add_arguments

        add_arguments(p)
    elif name in {"backup", "restore"}:
        p.add_argument("file", help="the backup file (.tar.gz)")
    elif name == "documents":
        p.add_argument("--year", type=int, help="only documents issued in this year")
        p.add_argument("--type", action="append", help="only this type: QĐ, KH, CV…")
        p.add_argument("--area", help="only this reform area (first area): to_chuc_bo_may…")
    elif name == "eval":
        p.add_argument("qa", help="JSON lines: question, relevant_sources, relevant_idents")
        p.add_argument("--k", type=int, default=10, help="depth of the ranking (default 10)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        return int(args.func(args, settings))
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted: the index keeps its last complete state", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
