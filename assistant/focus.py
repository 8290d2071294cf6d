"""The question's focus: the thing it asks about ("wife" in "What was the name of his wife?").

A near-miss question names something the articles mention without giving the asked-for value:
they mention his wife but never name her. Telling that apart needs the focus, found here from
part-of-speech tags alone (spaCy's tagger without the parser: ~2-3 ms a question against ~20 ms
for the full pipeline, which the 20 ms ask budget cannot pay). Rules follow the shapes questions
take: "name of <noun>", "how much/many <noun>", "what/which <noun>", "who/when was the <noun>", and
otherwise the question's main verb ("Where was he buried?" asks about a burial).
"""

from __future__ import annotations

import re
import sys
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from assistant.lexicon import MEASURED
from index.analysis import SPACY_MODEL
from index.analysis.lemmas import restored_stems
from index.analysis.tokens import tokenize

_TAG_LOCK = threading.Lock()
_NOUN_TAGS = frozenset({"NN", "NNS"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
# What may stand between the anchor and its noun: determiners, possessives, adjectives, numbers.
_MODIFIER_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS", "PDT", "VBN", "VBG"})
_VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBZ", "VBP", "VBG"})
# Verbs that carry no topic of their own: "What is...", "When did...", "take place".
_LIGHT_VERBS = frozenset({"be", "do", "have", "take", "happen", "get", "make", "go", "come"})
_ASKING = frozenset({"what", "which", "whose"})
_COPULA = frozenset({"is", "was", "are", "were"})
# Nouns that only frame the question ("What is the name of...", "the number of...", "the
# height of...": `MEASURED`).
_FRAME_NOUNS = MEASURED | frozenset(
    {
        "length",
        "name",
        "names",
        "number",
        "amount",
        "kind",
        "type",
        "sort",
        "total",
        "percentage",
        "figure",
        "part",
        "year",
        "date",
        "day",
        "month",
        "time",
        "age",
    }
)


# "Which president ...?" names the kind of answer, like "which city": a sentence that answers
# need not say the word ("In what country is Normandy?" is answered by "France"). "What is the
# ferry captain's name?" asks the captain's name: a verb is no kind.
ASKED_AS_KIND = re.compile(
    r"^\W*(?:which|what)\s+(?:(?!(?:is|was|are|were)\b)[\w'\u2019-]+\s+){0,2}$", re.I
)
# "In what country ...", "At which court ...": the question word after the preposition.
_LEADING_PREPOSITION = re.compile(r"^\W*(?:in|at|on|from|to|for|of|by|into|with)\s+", re.I)


@dataclass(frozen=True)
class Focus:
    """What the question asks about: its head word's BM25 term and the phrase as asked.

    `phrase` keeps the question's own determiner or possessor ("his wife", "the company's
    owner") so an abstention can name it; `noun` is False when the focus is a verb ("buried").
    """

    term: str
    phrase: str
    noun: bool


@cache
def _tagger() -> Any:
    """spaCy's small English model cut down to its tagger, loaded once, on first need.

    thinc (under spaCy) imports torch when it is installed, only to offer it as a backend the
    tagger never uses: about 1.5 s and 150 MB that a serving process (which encodes with ONNX)
    otherwise never pays. So torch is kept out while spaCy is imported, unless it is loaded
    already; it stays importable afterwards.
    """
    keep_out = "torch" not in sys.modules
    if keep_out:
        sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" fails
    try:
        import spacy
    finally:
        if keep_out:
            del sys.modules["torch"]
    return spacy.load(
        SPACY_MODEL, exclude=["parser", "ner", "lemmatizer", "attribute_ruler", "senter"]
    )


@lru_cache(maxsize=1024)
def _tagged(question: str) -> tuple[tuple[str, str, int], ...]:
    """(word, Penn tag, offset) triples; one tagging at a time (a pipeline is not promised
    thread-safe)."""
    nlp = _tagger()
    with _TAG_LOCK:
        doc = nlp(question)
    return tuple((t.text, t.tag_, t.idx) for t in doc)


def _noun_after(words: list[tuple[str, str]], start: int) -> int | None:
    """The head noun of the noun phrase beginning at `start`: its last common noun, skipping
    determiners, possessors ("the company's") and adjectives; None if no noun follows."""
    head = None
    i = start
    while i < len(words):
        tag = words[i][1]
        if tag in _NOUN_TAGS or tag in _NAME_TAGS:
            if tag in _NOUN_TAGS:
                head = i
        elif tag not in _MODIFIER_TAGS:
            break
        elif tag == "POS":
            head = None  # "the company 's owner": the possessor is not the head
        i += 1
    return head


def _main_verb(words: list[tuple[str, str]]) -> int | None:
    """The last verb that carries a topic: "buried" in "Where was he buried?"."""
    for i in range(len(words) - 1, -1, -1):
        word, tag = words[i]
        attributive = tag == "VBG" and words[i + 1 : i + 2] and words[i + 1][1] in _NOUN_TAGS
        if attributive:
            continue  # "Where did she find her winning snail?": the finding, not the winning
        if tag in _VERB_TAGS and _stem(word) not in {_stem(v) for v in _LIGHT_VERBS}:
            return i
    return None


def _stem(word: str) -> str:
    """A word's stem, or the stem its "-s" form gives a content word the stemmer drops ("find":
    "find", `lemmas.restored_stems`)."""
    terms = tokenize(word) or sorted(restored_stems([word]))
    return terms[0] if terms else ""


def _head(words: list[tuple[str, str]]) -> int | None:
    """Where the focus is, by the question's shape (see the module docstring)."""
    # "What's ...?" asks as "What is ...?" does.
    lower = [("is" if w == "'s" and i == 1 else w.casefold()) for i, (w, _) in enumerate(words)]
    for i in range(2, len(words)):
        if lower[i] == "name" and words[i - 1][1] == "POS" and words[i - 2][1] in _NOUN_TAGS:
            return i - 2  # "What is the captain's name?": the captain
    for i, word in enumerate(lower[:-2]):
        if word == "how" and lower[i + 1] not in ("much", "many") and lower[i + 2] in _COPULA:
            return _noun_after(words, i + 3)  # "How old were his daughters?"
    for i, word in enumerate(lower[:-1]):
        if word in ("name", "names") and lower[i + 1] == "of":
            return _noun_after(words, i + 2)
        if word == "how" and lower[i + 1] in ("much", "many"):
            # "how many (of the) X", "how much is the reward"
            skip = i + 2 < len(lower) and lower[i + 2] in ("of", *_COPULA)
            start = i + 3 if skip else i + 2
            return _noun_after(words, start) or _main_verb(words)
    if lower and lower[0] in _ASKING:
        noun = _noun_after(words, 1)
        if noun is not None and lower[noun] not in _FRAME_NOUNS:
            return noun
        if noun is not None:  # "What number of ..." / "which type of ...": the noun after "of"
            after = noun + 1
            if after < len(lower) and lower[after] == "of":
                return _noun_after(words, after + 1)
    if len(lower) > 2 and lower[0] in ("who", "what", "when", "where") and lower[1] in _COPULA:
        noun = _noun_after(words, 2)
        if (
            noun is not None
            and lower[noun] in _FRAME_NOUNS
            and lower[noun + 1 : noun + 2] == ["of"]
        ):
            noun = _noun_after(words, noun + 2)  # "What was the value of the jackpot?"
        # "Where was the minister buried?" asks about the burial, not the minister.
        verb_after = noun is not None and any(tag in _VERB_TAGS for _, tag in words[noun + 1 :])
        if noun is not None and not (lower[0] in ("when", "where") and verb_after):
            return noun
    return _main_verb(words)


def _phrase(words: list[tuple[str, str]], head: int) -> int:
    """Where the noun phrase ending at the head starts (its first determiner or possessor)."""
    start = head
    while start > 0 and (
        words[start - 1][1] in _MODIFIER_TAGS | _NOUN_TAGS | _NAME_TAGS
        and words[start - 1][0].casefold() not in _ASKING | {"much", "many", "how"}
    ):
        start -= 1
    return start


def find(question: str) -> Focus | None:
    """The focus of a question, or None when it has no noun or topical verb to ask about."""
    tagged = list(_tagged(question))
    while tagged and tagged[0][1] == "IN":  # "In what year ...": the question starts after it
        tagged = tagged[1:]
    words = [(word, tag) for word, tag, _ in tagged]
    head = _head(words)
    if head is None:
        return None
    term = _stem(words[head][0])
    if not term:
        return None
    noun = words[head][1] in _NOUN_TAGS
    start = tagged[_phrase(words, head) if noun else head][2]
    phrase = question[start : tagged[head][2] + len(words[head][0])]
    return Focus(term=term, phrase=phrase, noun=noun)


def asked_as_kind(question: str, found: Focus) -> bool:
    """Whether the focus is the kind of answer asked for, after any preposition: "Which pest
    control firm ...?", "In what country ...?", "What day ...?"."""
    before = question[: question.find(found.phrase)]
    return bool(ASKED_AS_KIND.match(_LEADING_PREPOSITION.sub("", before)))


# "Who revived the umpire struck by lightning?": the doer of the deed is asked, so the deed is
# what an answer says, whatever else the question names.
_WHO_DID = re.compile(
    r"^\W*who\s+(?!(?:is|was|are|were|has|had|have|did|does|do|will|would|could|can)\b)"
    r"([a-z]+)\b",
    re.I,
)


def deed(question: str) -> str | None:
    """The term of the deed whose doer "Who <did> ...?" asks ("own" of "Who owns the Lamb and
    Flag?"), None for any other question."""
    asked = _WHO_DID.match(question)
    stems = tokenize(asked.group(1)) if asked else []
    return stems[0] if stems else None


def asked_term(question: str) -> str | None:
    """The term a sentence that answers says: the deed of "Who <did> ...?", else the focus's."""
    if (term := deed(question)) is not None:
        return term
    found = find(question)
    return found.term if found is not None else None
