"""Which questions to ask of which corpus: "bundled" or a path, resolved to groups of items.

The format is recognised from the file: .jsonl is QACC, a .json with a "data" list is SQuAD 2.0,
anything else (.yaml/.yml/.json with "items") is an evaluation set written in our own schema.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from eval.adapters import QACC_SPLIT, AdapterError, Group, Half, load_qacc, load_squad, spread
from eval.dataset import load_dataset

EVAL_DIR = Path(__file__).resolve().parent
BUNDLED_SET = EVAL_DIR / "data" / "bundled.yaml"


@dataclass(frozen=True)
class Suite:
    """A resolved dataset: its name, its groups, and how strictly to validate it."""

    name: str
    source: str
    groups: list[Group]
    verbatim_values: bool
    limit: int | None = None


def _is_squad(path: Path) -> bool:
    """SQuAD files are JSON objects with a "data" list and no "items" (our own sets have those)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return isinstance(raw, dict) and "data" in raw and "items" not in raw


def _display(path: Path) -> str:
    """The path as the report shows it: relative to the repository when inside it."""
    resolved = path.resolve()
    root = EVAL_DIR.parent
    return str(resolved.relative_to(root)) if resolved.is_relative_to(root) else str(resolved)


def load_suite(dataset: str, limit: int | None = None, half: Half | None = None) -> Suite:
    """Resolve "bundled" or a path (.yaml/.json set, SQuAD 2.0 .json, QACC .jsonl) to groups.

    `half` picks half of an external set (SQuAD: half its articles; QACC: its train or dev
    rows); our own sets are split into files instead (newswire-dev.yaml, newswire-test.yaml).
    """
    path = BUNDLED_SET if dataset == "bundled" else Path(dataset)
    if not path.is_file():
        raise FileNotFoundError(
            f"{dataset}: no such dataset. Use 'bundled' or the path of a .yaml/.json evaluation "
            "set, a SQuAD 2.0 .json file or a QACC .jsonl file."
        )
    source = _display(path)
    name = path.stem if half is None else f"{path.stem}-{half}"
    if path.suffix == ".jsonl":
        split = None if half is None else QACC_SPLIT[half]
        return Suite(name, source, load_qacc(path, limit, split), False, limit)
    if path.suffix == ".json" and _is_squad(path):
        return Suite(name, source, load_squad(path, limit, half), False, limit)
    if half is not None:
        raise AdapterError(
            f"{dataset}: --half applies to SQuAD and QACC files only; our own sets are split "
            "into files (e.g. eval/data/newswire-dev.yaml and newswire-test.yaml)."
        )
    evalset = load_dataset(path)
    items = [evalset.items[i] for i in spread(len(evalset.items), limit)]
    corpus = None if evalset.corpus is None else str((path.parent / evalset.corpus).resolve())
    return Suite(evalset.name, source, [Group(corpus=corpus, items=items)], True, limit)
