"""Command line: `newsqa index | ask | compare | eval | serve` (also `python -m assistant ...`).

This entry point is the one place allowed to reach the layers above `assistant` (ui, eval), and
only inside the subcommands that need them, so `newsqa ask` never imports Gradio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tqdm.contrib.logging import logging_redirect_tqdm

from assistant.access import AccessError, check_access, parse_auth
from assistant.display import format_answer
from assistant.errors import QuestionError
from assistant.export import COMPARISON_FORMATS, export_answer, export_comparisons
from corpus.errors import CorpusError
from index.backends import BACKENDS
from index.backends.errors import BackendError
from index.options import DEFAULT_FUSION, DEFAULT_K, DEFAULT_MODE, FUSIONS, MODES

if TYPE_CHECKING:
    from assistant.core import Assistant

logger = logging.getLogger("newsqa")


def _add_corpus_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", help="folder of .txt/.md articles (default: bundled corpus)")
    parser.add_argument("--index-dir", help="where the index is kept (default: ./.index/...)")
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="skip unreadable articles with a warning instead of stopping",
    )
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default="embedded",
        help="where passages are ranked: the embedded index (default) or Qdrant",
    )
    parser.add_argument(
        "--qdrant",
        metavar="LOCATION",
        help='with --backend qdrant: a folder (local mode), ":memory:", or a server URL '
        "(http://host:6333; API key from $QDRANT_API_KEY)",
    )


def _date(text: str) -> dt.date:
    """A command-line date: ISO, as articles' front matter writes it."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write it as YYYY-MM-DD)") from None


def _add_filter_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--source",
        dest="sources",
        action="append",
        metavar="OUTLET",
        help="use only articles from this outlet (repeat for several)",
    )
    parser.add_argument(
        "--after", type=_date, metavar="YYYY-MM-DD", help="only articles published after this day"
    )
    parser.add_argument(
        "--before",
        type=_date,
        metavar="YYYY-MM-DD",
        help="only articles published before this day (as of the 28th: --before of the 29th)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsqa", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show progress logs")
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bars (`index` shows them by default on a terminal)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("index", help="build or refresh the index of a folder")
    _add_corpus_args(build)

    ask = sub.add_parser("ask", help="ask a question and print the cited answer")
    _add_corpus_args(ask)
    ask.add_argument("question")
    ask.add_argument("-k", type=int, default=DEFAULT_K, help="passages to retrieve")
    ask.add_argument("--mode", choices=MODES, default=DEFAULT_MODE)
    ask.add_argument("--fusion", choices=FUSIONS, default=DEFAULT_FUSION)
    ask.add_argument("--json", action="store_true", help="print the full Answer as JSON")
    ask.add_argument(
        "--format",
        choices=("text", "md", "json"),
        default="text",
        help="text for the terminal (default), md or json to save (the quotes' offsets included)",
    )
    _add_filter_args(ask)

    compare = sub.add_parser(
        "compare", help="each story's sources side by side: who says what, where they disagree"
    )
    _add_corpus_args(compare)
    compare.add_argument(
        "topic", nargs="?", help="a question or a few words (default: every story)"
    )
    compare.add_argument("--json", action="store_true", help="same as --format json")
    compare.add_argument(
        "--format",
        choices=COMPARISON_FORMATS,
        default="md",
        help="md: a table per story (default); csv: a row per claim; json: the models",
    )
    _add_filter_args(compare)

    evaluate = sub.add_parser(
        "eval",
        help="run the evaluation and write its report (options: see `python -m eval --help`)",
        description="Takes the options of `python -m eval`: --dataset, --out, --limit, --modes.",
    )
    evaluate.set_defaults(forwards_options=True)

    serve = sub.add_parser("serve", help="start the chat page")
    _add_corpus_args(serve)
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only)",
    )
    serve.add_argument("--port", type=int, default=7860)
    serve.add_argument(
        "--read-only",
        action="store_true",
        help="answer only: no uploads, corrections or removals (and no endpoints for them)",
    )
    serve.add_argument(
        "--auth",
        metavar="USER:PASSWORD",
        help="ask visitors for this login; needed, or --read-only, when --host is not loopback",
    )
    return parser


def _progress(args: argparse.Namespace) -> bool:
    """Bars on stderr: for `index` on a terminal by default (a build of a large folder takes
    minutes and should be seen to move), for any command with -v; never with -q or when stderr
    is a file or pipe (a log full of redrawn bars helps nobody)."""
    if args.quiet:
        return False
    return bool(args.verbose or (args.command == "index" and sys.stderr.isatty()))


def _open(args: argparse.Namespace) -> Assistant:
    """Imported late: opening an assistant loads torch, which `--help` should not wait for."""
    from assistant.core import Assistant

    return Assistant.from_corpus(
        args.corpus,
        args.index_dir,
        lenient=args.lenient,
        progress=_progress(args),
        backend=args.backend,
        qdrant=args.qdrant,
    )


def _count(number: int, noun: str, plural: str = "") -> str:
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def _index_summary(qa: Assistant, seconds: float, backend: str) -> str:
    """One line in plain English: what the index holds, how long it took, where it is."""
    parts = [
        _count(len(qa.passages), "passage"),
        _count(len(qa.compare()), "story", "stories"),
        _count(len(qa.disagreements()), "disagreement"),
    ]
    where = f" into {qa.index_dir}"
    if backend != "embedded":
        where += f", searched by {qa.backend.description}"
    articles = _count(len(qa.documents), "article")
    return f"Indexed {articles} ({', '.join(parts)}) in {seconds:.1f} s{where}"


def _run(args: argparse.Namespace, forwarded: list[str]) -> int:
    if args.command == "index":
        started = time.perf_counter()
        qa = _open(args)
        print(_index_summary(qa, time.perf_counter() - started, args.backend))
    elif args.command == "ask":
        qa = _open(args)
        answer = qa.ask(
            args.question,
            k=args.k,
            mode=args.mode,
            fusion=args.fusion,
            sources=args.sources,
            published_after=args.after,
            published_before=args.before,
        )
        if args.json or args.format == "json":
            print(export_answer(answer, "json"), end="")
        elif args.format == "md":
            print(export_answer(answer, "md"), end="")
        else:
            print(format_answer(answer))
    elif args.command == "compare":
        qa = _open(args)
        found = qa.compare(
            args.topic,
            sources=args.sources,
            published_after=args.after,
            published_before=args.before,
        )
        print(export_comparisons(found, "json" if args.json else args.format), end="")
    elif args.command == "eval":
        from eval.__main__ import main as evaluate  # one evaluation CLI, not two to keep alike

        return evaluate([*forwarded, *(["--verbose"] if args.verbose else [])])
    elif args.command == "serve":
        # Before anything is loaded: an exposed, changeable corpus is refused at once.
        auth = parse_auth(args.auth) if args.auth is not None else None
        check_access(args.host, read_only=args.read_only, auth=auth)
        from ui.app import launch

        launch(
            corpus=args.corpus,
            host=args.host,
            port=args.port,
            index_dir=args.index_dir,
            read_only=args.read_only,
            auth=auth,
            backend=args.backend,
            qdrant=args.qdrant,
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run a subcommand; user errors print one clear line and exit with status 2."""
    parser = _parser()
    args, forwarded = parser.parse_known_args(argv)
    if forwarded and not getattr(args, "forwards_options", False):
        parser.error(f"unrecognized arguments: {' '.join(forwarded)}")
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        # Log lines printed while a bar is drawn go above it instead of through it.
        with logging_redirect_tqdm():
            return _run(args, forwarded)
    except (CorpusError, QuestionError, AccessError, BackendError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
