"""`python -m eval`: run the evaluation on a dataset and write its report."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from eval.adapters import AdapterError
from eval.dataset import DatasetError, DatasetFileError
from eval.runner import run_evaluation
from index.options import MODES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dataset",
        default="bundled",
        help="'bundled', or the path of a .yaml/.json evaluation set, a SQuAD 2.0 .json file "
        "or a QACC .jsonl file",
    )
    parser.add_argument("--out", help="report folder (default: eval/reports/<dataset name>)")
    parser.add_argument("--limit", type=int, help="only N questions, spread over the dataset")
    parser.add_argument(
        "--modes",
        nargs="+",
        choices=MODES,
        default=list(MODES),
        help="retrieval modes to compare (default: all)",
    )
    parser.add_argument(
        "--half",
        choices=["fit", "test"],
        help="half of a SQuAD file (its first or last articles) or QACC file (train or dev rows): "
        "tune on 'fit', score 'test' once",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show progress logs")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run and print the table; errors in the dataset are reported without a traceback."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        run_evaluation(
            args.dataset, out_dir=args.out, limit=args.limit, modes=args.modes, half=args.half
        )
    except (FileNotFoundError, DatasetError, DatasetFileError, AdapterError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
