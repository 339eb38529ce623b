"""The ``toponyms`` command line.

``main(argv)`` returns the exit status, so tests call it directly:
0 when every query found a place, 1 when one found nothing, 2 on a usage or data error.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any, TextIO

from toponyms import __version__
from toponyms.errors import DataError
from toponyms.gazetteer import Gazetteer
from toponyms.model import KINDS, LANGUAGE_NAMES, LANGUAGES, TRADITIONS, Match, Place

EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise _UsageError(f"{self.prog}: error: {message}")


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="toponyms", description="Place names of Armenia, Azerbaijan and Nagorno-Karabakh.")
    parser.add_argument("--version", action="version", version=f"toponyms {__version__}")
    parser.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="FILE",
        help="a YAML file of your own to load on top of the bundled data",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    lookup = commands.add_parser(
        "lookup",
        help="find the place(s) a name refers to, with all their names",
        description="Find the places named by each QUERY (or by each line of standard input) and show every "
        "name they bear, by language, with who uses it and when.",
    )
    lookup.add_argument("queries", nargs="*", metavar="QUERY", help="a place name in any language or script")
    lookup.add_argument("--json", action="store_true", help="one JSON object per query (JSON Lines)")
    lookup.add_argument(
        "--kind", action="append", choices=KINDS, metavar="KIND", help="only places of this kind"
    )
    lookup.add_argument(
        "--limit", type=int, default=10, help="at most this many places per query (default 10)"
    )
    lookup.add_argument("--no-fuzzy", action="store_true", help="skip approximate matching")
    lookup.add_argument("--lang", choices=sorted(LANGUAGES), help="print only the name in this language")
    lookup.add_argument(
        "--convention", choices=sorted(TRADITIONS), help="with --lang: the naming tradition to follow"
    )
    annotate = commands.add_parser(
        "annotate",
        help="annotate place mentions with the names other traditions use",
        description="Annotate the place mentions of each FILE (standard input by default) with the names "
        "the Azerbaijani and Armenian traditions use, and write the result to standard output or, with "
        "--output-dir, to files of the same names.",
    )
    annotate.add_argument(
        "files", nargs="*", metavar="FILE", help="UTF-8 text files; - or none: standard input"
    )
    annotate.add_argument(
        "--format",
        choices=("text", "html", "md", "json", "jsonl"),
        default="text",
        help="text (default), html, md (Markdown), json (mentions and annotated text), "
        "jsonl (input: one JSON object per line with a 'text' field)",
    )
    annotate.add_argument(
        "-o", "--output-dir", metavar="DIR", help="write one output file per input file here"
    )
    annotate.add_argument("--every", action="store_true", help="annotate every mention, not only the first")
    annotate.add_argument(
        "--traditions",
        default="az,hy",
        help="traditions whose names to show, comma-separated (default az,hy)",
    )
    annotate.add_argument(
        "--langs", help="languages of the names shown, comma-separated (default: the text's)"
    )
    annotate.add_argument(
        "--replace", choices=sorted(TRADITIONS), help="write this tradition's names instead"
    )
    annotate.add_argument("--brackets", action="store_true", help="square brackets instead of parentheses")
    annotate.add_argument(
        "--misspelled",
        action="store_true",
        help="also find capitalized words one typing slip from a well-known place's name (Stepanekert)",
    )
    annotate.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="scan in N worker processes (same output as 1)"
    )
    glossary = commands.add_parser(
        "glossary",
        help="export the gazetteer as a glossary (TBX, CSV, JSON, Markdown)",
        description="Write the places and their names as a glossary that CAT tools and spreadsheets import.",
    )
    glossary.add_argument("--format", choices=("csv", "tbx", "json", "md"), default="csv", help="default csv")
    glossary.add_argument(
        "--langs", default="en,hy,az,ru", help="languages and their order (default en,hy,az,ru)"
    )
    glossary.add_argument("--kind", choices=KINDS, metavar="KIND", help="only places of this kind")
    glossary.add_argument("--within", metavar="PLACE_ID", help="only this place and the places in it")
    glossary.add_argument(
        "--convention", choices=sorted(TRADITIONS), help="put this tradition's names first (TBX: preferred)"
    )
    glossary.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    glossary.add_argument("--bom", action="store_true", help="start the file with a UTF-8 byte order mark")
    validate = commands.add_parser(
        "validate",
        help="check your own YAML files against the data schema",
        description="Load the bundled data and each FILE on top of it, and report every problem with file, "
        "line, id and field. Exit 1 when there is any.",
    )
    validate.add_argument(
        "files", nargs="+", metavar="FILE", help="YAML files in the schema of data/names.yaml"
    )
    validate.add_argument(
        "--standalone", action="store_true", help="check the files alone, without the bundled data"
    )
    return parser


def main(
    argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    if stdin is None:  # UTF-8 whatever the locale says; a BOM is skipped
        stdin = (
            io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")
            if sys.stdin
            else io.StringIO()
        )
    if stdout is None:
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(encoding="utf-8")
        stdout = sys.stdout
    try:
        return _main(argv, stdin, stdout)
    except BrokenPipeError:  # the reader went away (| head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FOUND


def _main(argv: Sequence[str] | None, stdin: TextIO, stdout: TextIO) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exit_:  # --help and --version
        return int(exit_.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.command == "lookup" and args.convention and not args.lang:
        print("toponyms: error: --convention needs --lang", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "validate":
        return _validate(args.data + args.files, stdout, bundled=not args.standalone)
    try:
        gazetteer = Gazetteer(args.data)
    except DataError as error:
        print(f"toponyms: the data is not valid:\n{error}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "glossary":
        return _glossary(gazetteer, args, stdout)
    if args.command == "annotate":
        return _annotate(gazetteer, args, stdin, stdout)
    queries: Iterable[str] = args.queries or (line.rstrip("\r\n") for line in stdin)
    return _lookup(gazetteer, queries, args, stdout)


def _lookup(gazetteer: Gazetteer, queries: Iterable[str], args: argparse.Namespace, out: TextIO) -> int:
    status = EXIT_FOUND
    first = True
    for query in queries:
        if not query.strip():
            continue
        matches = gazetteer.lookup(query, kind=args.kind, limit=args.limit, fuzzy=not args.no_fuzzy)
        if not matches:
            status = EXIT_NOT_FOUND
        if args.json:
            record = {"query": query, "matches": [_match_json(gazetteer, m, args) for m in matches]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif args.lang:
            names = [_name_in(m.place, args) for m in matches]
            out.write(f"{query}\t{' | '.join(names) if names else '-'}\n")
        else:
            if not first:
                out.write("\n")
            first = False
            out.write(_match_text(gazetteer, query, matches))
        out.flush()
    return status


#: Largest piece of text annotated at once: a longer paragraph is cut at a space, so memory stays bounded.
MAX_CHUNK = 1 << 20


def _paragraphs(source: TextIO) -> Iterator[str]:
    """The text of ``source`` in paragraphs (each keeps its line ends; a blank line closes one), at most
    about MAX_CHUNK characters each: a longer run is cut after a space, never inside a word."""
    buffer: list[str] = []
    size = 0
    while True:
        line = source.readline(MAX_CHUNK)
        if not line:
            break
        buffer.append(line)
        size += len(line)
        if not line.strip() and line.endswith("\n"):
            yield "".join(buffer)
            buffer, size = [], 0
        elif size >= MAX_CHUNK:
            text = "".join(buffer)
            cut = max(text.rfind(" "), text.rfind("\n")) + 1 or len(text)
            yield text[:cut]
            buffer, size = [text[cut:]], len(text) - cut
    if buffer:
        yield "".join(buffer)


#: How much text find() reads at once in a stream: whole articles, so that the rest of an article chooses
#: among places of one name as it does for toponyms.find; a longer stream goes in sections of this size.
SECTION = 1 << 16


def _sections(paragraphs: Iterable[str], lengths: deque[list[int]]) -> Iterator[str]:
    """Consecutive paragraphs joined into sections of about SECTION characters; the lengths of each
    section's paragraphs are appended to ``lengths`` as it is yielded."""
    group: list[str] = []
    size = 0
    for paragraph in paragraphs:
        group.append(paragraph)
        size += len(paragraph)
        if size >= SECTION:
            lengths.append([len(text) for text in group])
            yield "".join(group)
            group, size = [], 0
    if group:
        lengths.append([len(text) for text in group])
        yield "".join(group)


class _Progress:
    """A progress line on standard error when it is a terminal: texts done and megabytes read."""

    def __init__(self) -> None:
        import time

        self.enabled = sys.stderr.isatty()
        self.clock = time.monotonic
        self.last = self.clock()
        self.texts = 0
        self.characters = 0

    def step(self, text: str) -> None:
        self.texts += 1
        self.characters += len(text)
        if self.enabled and self.clock() - self.last > 0.5:
            self.last = self.clock()
            print(
                f"\r{self.texts} texts, {self.characters / 1e6:.1f} M characters",
                end="",
                file=sys.stderr,
                flush=True,
            )

    def close(self) -> None:
        if self.enabled and self.texts:
            print(f"\r{self.texts} texts, {self.characters / 1e6:.1f} M characters", file=sys.stderr)


def _rewrite_options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "traditions": _split(args.traditions),
        "langs": _split(args.langs) if args.langs else None,
        "every": args.every,
        "replace": args.replace,
        "style": {"html": "html", "md": "markdown"}.get(
            args.format, "brackets" if args.brackets else "plain"
        ),
    }


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _jsonl_records(source: TextIO, records: deque[dict[str, Any]]) -> Iterator[str]:
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            raise _InputError(f"line {number}: not a JSON object with a 'text' string") from None
        records.append(record)
        yield text


def _annotate_stream(
    gazetteer: Gazetteer, args: argparse.Namespace, source: TextIO, out: TextIO, progress: _Progress
) -> None:
    from toponyms.batch import with_mentions
    from toponyms.rewriting import rewrite_mentions

    options = _rewrite_options(args)
    if args.format == "jsonl":  # each line is a document of its own
        records: deque[dict[str, Any]] = deque()
        for text, mentions in with_mentions(
            _jsonl_records(source, records), gazetteer=gazetteer, jobs=args.jobs, misspelled=args.misspelled
        ):
            record = records.popleft()
            record["mentions"] = [m.as_dict() for m in mentions]
            record["annotated"] = rewrite_mentions(text, mentions, **options)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            progress.step(text)
        return
    if args.format == "json":
        text = source.read()
        mentions = gazetteer.find(text, misspelled=args.misspelled)
        annotated = rewrite_mentions(text, mentions, **options)
        document = {"text": text, "annotated": annotated, "mentions": [m.as_dict() for m in mentions]}
        out.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
        progress.step(text)
        return
    seen: set[tuple[str, str]] = set()  # one document: only the first mention of a name is annotated
    lengths: deque[list[int]] = deque()  # of the paragraphs of each section in flight
    sections = _sections(_paragraphs(source), lengths)
    for section, mentions in with_mentions(
        sections, gazetteer=gazetteer, jobs=args.jobs, misspelled=args.misspelled
    ):
        start = 0
        for length in lengths.popleft():
            paragraph = section[start : start + length]
            inside = [
                replace(mention, start=mention.start - start, end=mention.end - start)
                for mention in mentions
                if start <= mention.start and mention.end <= start + length
            ]
            annotated = rewrite_mentions(paragraph, inside, seen=seen, **options)
            if args.format == "html":
                body = annotated.strip()
                out.write(f"<p>{body}</p>\n" if body else "")
            else:
                out.write(annotated)
            progress.step(paragraph)
            start += length


class _InputError(Exception):
    pass


def _annotate(gazetteer: Gazetteer, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    if args.replace is None and args.traditions:
        unknown = [t for t in _split(args.traditions) if t not in TRADITIONS]
        if unknown:
            print(f"toponyms: error: unknown tradition(s) {', '.join(unknown)}", file=sys.stderr)
            return EXIT_USAGE
    if args.jobs < 1:
        print("toponyms: error: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    progress = _Progress()
    if args.output_dir:
        os.makedirs(args.output_dir, exist_ok=True)
    status = EXIT_FOUND
    suffix = {"html": ".html", "md": ".md", "json": ".json", "jsonl": ".jsonl"}.get(args.format, "")
    for path in args.files or ["-"]:
        label = "standard input" if path == "-" else path
        try:
            with (
                contextlib.nullcontext(stdin)
                if path == "-"
                else open(path, encoding="utf-8-sig", newline="") as source
            ):
                if args.output_dir:
                    name = "stdin" if path == "-" else os.path.basename(path)
                    with open(
                        os.path.join(args.output_dir, name + suffix), "w", encoding="utf-8", newline=""
                    ) as out:
                        _annotate_stream(gazetteer, args, source, out, progress)
                else:
                    _annotate_stream(gazetteer, args, source, stdout, progress)
        except BrokenPipeError:
            raise
        except IsADirectoryError:
            print(f"toponyms: {label}: is a directory", file=sys.stderr)
            status = EXIT_USAGE
        except OSError as error:
            print(f"toponyms: {label}: {error.strerror or error}", file=sys.stderr)
            status = EXIT_USAGE
        except UnicodeDecodeError as error:
            print(f"toponyms: {label}: not UTF-8 text (byte {error.start})", file=sys.stderr)
            status = EXIT_USAGE
        except _InputError as error:
            print(f"toponyms: {label}: {error}", file=sys.stderr)
            status = EXIT_USAGE
    progress.close()
    return status


def _validate(files: list[str], out: TextIO, *, bundled: bool) -> int:
    try:
        gazetteer = Gazetteer(files, bundled=bundled)
    except DataError as error:
        for problem in error.problems:
            out.write(f"{problem}\n")
        out.write(f"{len(error.problems)} problem{'s' if len(error.problems) != 1 else ''}\n")
        return EXIT_NOT_FOUND
    names = sum(len(place.names) for place in gazetteer.places())
    scope = " with the bundled data" if bundled else ""
    out.write(f"valid: {', '.join(files)} ({len(gazetteer)} places, {names} names{scope})\n")
    return EXIT_FOUND


def _glossary(gazetteer: Gazetteer, args: argparse.Namespace, out: TextIO) -> int:
    from toponyms.errors import UnknownPlaceError
    from toponyms.export import glossary

    try:
        text = glossary(
            gazetteer,
            args.format,
            langs=_split(args.langs),
            kind=args.kind,
            within=args.within,
            convention=args.convention,
        )
    except (ValueError, UnknownPlaceError) as error:
        print(f"toponyms: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.bom:
        text = "\ufeff" + text
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
        except OSError as error:
            print(f"toponyms: {args.output}: {error.strerror or error}", file=sys.stderr)
            return EXIT_USAGE
    else:
        out.write(text)
    return EXIT_FOUND


def _name_in(place: Place, args: argparse.Namespace) -> str:
    name = place.name_in(args.lang, args.convention)
    return name.text if name else f"({place.label}: no {args.lang} name)"


def _match_text(gazetteer: Gazetteer, query: str, matches: list[Match]) -> str:
    if not matches:
        return f"{query}: no place found\n"
    lines = [f"{query}: {len(matches)} place{'s' if len(matches) > 1 else ''}" if len(matches) > 1 else ""]
    for match in matches:
        place = match.place
        parents = ", ".join(parent.label for parent in gazetteer.parents(place)) or "-"
        lines.append(f"{place.title}  [{place.kind}, id {place.id}]")
        lines.append(f"  in: {parents}")
        lines.append(
            f"  matched {match.name.text!r} ({match.name.lang}) by {match.method}, score {match.score:g}"
        )
        for lang in LANGUAGES:
            names = place.names_in(lang)
            if names:
                described = " · ".join(f"{name.text} ({name.describe()})" for name in names)
                lines.append(f"  {LANGUAGE_NAMES[lang]}: {described}")
        if place.note:
            lines.append(f"  note: {place.note}")
    return "\n".join(line for line in lines if line) + "\n"


def _match_json(gazetteer: Gazetteer, match: Match, args: argparse.Namespace) -> dict[str, Any]:
    place = match.place
    record: dict[str, Any] = {
        "id": place.id,
        "kind": place.kind,
        "label": place.label,
        "score": match.score,
        "method": match.method,
        "matched": match.name.as_dict(),
        "parents": list(place.parents),
        "coords": list(place.coords) if place.coords else None,
        "names": [name.as_dict() for name in place.names],
    }
    if args.lang:
        name = place.name_in(args.lang, args.convention)
        record["name"] = name.text if name else None
    return record


if __name__ == "__main__":
    sys.exit(main())
