"""`python -m eval.fit aspects|stories`: fit constants on the training sets and print them."""

from __future__ import annotations

import argparse
import logging

from eval.fit import aspects, stories


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.fit", description=__doc__)
    parser.add_argument("what", choices=["aspects", "stories"], help="which constants to fit")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.what == "stories":
        stories.main()
    else:
        aspects.main()


if __name__ == "__main__":
    main()
