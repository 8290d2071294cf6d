"""`python -m eval.fit aspects|stories|sums|answerability|cross-encoder`: fit or measure on
the training sets."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable

from eval.fit import answerability, aspects, cross_encoder, stories, sums

COMMANDS: dict[str, Callable[[], None]] = {
    "aspects": aspects.main,  # the constants matching questions to disagreements
    "stories": stories.main,  # the constants grouping articles into stories
    "sums": sums.main,  # when two sources' sums in other words are one sum
    "answerability": answerability.main,  # learned abstention measured against the rule
    "cross-encoder": cross_encoder.main,  # a fine-tuned reading model measured against it
}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.fit", description=__doc__)
    parser.add_argument("what", choices=list(COMMANDS), help="what to fit or measure")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    COMMANDS[args.what]()


if __name__ == "__main__":
    main()
