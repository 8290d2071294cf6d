"""`python -m eval.fit aspects`: fit constants on the training sets and print them."""

from __future__ import annotations

import argparse
import logging

from eval.fit import aspects


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.fit", description=__doc__)
    parser.add_argument("what", choices=["aspects"], help="which constants to fit")
    parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    aspects.main()


if __name__ == "__main__":
    main()
