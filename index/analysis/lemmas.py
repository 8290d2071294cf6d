"""The lemmas of irregular verb forms ("led" -> lead, "struck" -> strike, "stolen" -> steal).

The disagreement table tells what a value is about in lemmas (the parse's), and a question is
matched against them by stems: no stemmer turns "led" into "lead", so "Who led the swan walk?"
shared no word with an aspect about leading. The forms are the analysis model's own lemmatizer
exception tables, read from the installed model (no second word list to keep).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from index.analysis.tokens import tokenize

# The parts of speech whose irregular forms a question is matched by: verbs in the past. (Plurals
# were measured: "How many men were stuck underground?" then asked of men elsewhere in the story.)
_TABLES = ("verb",)


@cache
def _irregular() -> dict[str, str]:
    """Each irregular form of the model's exception tables and its first lemma."""
    import spacy
    from spacy.lookups import Lookups

    from index.analysis.mentions import SPACY_MODEL

    model = spacy.util.get_package_path(SPACY_MODEL)
    folder = next(model.glob("*/lemmatizer/lookups"))
    exceptions = Lookups().from_disk(folder).get_table("lemma_exc")
    forms: dict[str, str] = {}
    for part in _TABLES:
        for form, lemmas in exceptions[part].items():
            if lemmas and lemmas[0] != form:
                forms.setdefault(form, lemmas[0])
    return forms


@cache
def _stems_of_forms() -> dict[str, tuple[str, str]]:
    """Each irregular form whose stem is not its lemma's, with both stems: {"led": ("lead",
    "led")}. Worked out once, so a question's words are only looked up."""
    found: dict[str, tuple[str, str]] = {}
    for form, lemma in _irregular().items():
        lemma_stem, form_stem = tokenize(lemma), tokenize(form)
        if lemma_stem and form_stem and lemma_stem[0] != form_stem[0]:
            found[form] = (lemma_stem[0], form_stem[0])
    return found


def lemma_stems(text: str) -> dict[str, str]:
    """The stem of the lemma of each irregular form a text writes, and the form's own stem:
    {"lead": "led"} for "Who led it?". A question keeps the form's stem ("found" is also a
    verb, and a sentence writes the form) and adds the lemma's as another spelling of it."""
    stems = _stems_of_forms()
    return dict(stems[word] for word in re.findall(r"[a-z]+", text.casefold()) if word in stems)


@cache
def _forms_of() -> dict[str, frozenset[str]]:
    """The stems of each irregular verb form, by the stem of its lemma: {"spend": {"spent"}}."""
    forms: dict[str, set[str]] = {}
    for lemma_stem, form_stem in _stems_of_forms().values():
        forms.setdefault(lemma_stem, set()).add(form_stem)
    return {stem: frozenset(found) for stem, found in forms.items()}


def irregular_forms(stems: frozenset[str]) -> frozenset[str]:
    """The stems of the irregular forms of these lemmas' stems: a sentence may write "spent"
    where a question's class of words says "spend"."""
    forms = _forms_of()
    return frozenset().union(*(forms.get(stem, frozenset()) for stem in stems))


def lemma_of(word: str) -> str:
    """The lemma of an irregular verb form ("made" -> "make", "built" -> "build"), else the word
    itself, casefolded: for verbs the stemmer's stop words leave out ("made", "put")."""
    return _irregular().get(word.casefold(), word.casefold())


# Content words the stemmer drops as stop words ("made", "show", "fire", "found"), each matched
# by the stem of its "-s" form ("makes": "make"): "Which stonemasons made the memorial?" meets
# an aspect about making, "be put on show" a display. Not "take" nor "put", which frame more
# questions than they name a deed ("How long did it take ...?", "take place", "put on show").
STOPPED_CONTENT = frozenset(
    ["make", "find", "fire", "show", "give", "move", "call", "keep", "get", "own"]
)


def restored_stems(words: Iterable[str]) -> set[str]:
    """The stems of those of the words (or their irregular forms' lemmas: "made", "found") that
    the stemmer drops and `STOPPED_CONTENT` holds."""
    lemmas = {lemma_of(w) for w in words}
    return {t for lemma in lemmas & STOPPED_CONTENT for t in tokenize(f"{lemma}s")}
