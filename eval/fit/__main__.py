"""`python -m eval.fit aspects|stories|answerability [--write]`: fit or measure on training data."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable

from eval.fit import answerability, aspects, stories

COMMANDS: dict[str, Callable[[], None]] = {
    "aspects": aspects.main,  # the constants matching questions to disagreements
    "stories": stories.main,  # the constants grouping articles into stories
    "answerability": answerability.main,  # the learned abstention, beside the shipped one
}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.fit", description=__doc__)
    parser.add_argument("what", choices=list(COMMANDS), help="what to fit or measure")
    parser.add_argument(
        "--write",
        action="store_true",
        help="answerability: also write the model fitted on all training data "
        "(assistant/answerability.json)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.what == "answerability":
        answerability.main(write_model=args.write)
    else:
        COMMANDS[args.what]()


if __name__ == "__main__":
    main()
