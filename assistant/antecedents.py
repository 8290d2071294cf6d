"""What "he", "they", "it", "that" and "there" can point back to in the previous turn.

People are found by the names the index already knows (every person the articles mention, with
their full name), so "al-Masoud" in an answer stands for "Khaled al-Masoud". Other antecedents
are noun phrases of the previous question and answer, from the parse in `assistant.topic`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lexicon import QUESTION_WORD_PATTERN, question_name_tokens
from assistant.topic import Phrase, parse, phrases, subject
from index.analysis.entities import named_people, surname
from index.analysis.lexicon import TITLES
from index.content import IndexContent
from index.disputes.lexicon import INSTITUTION_POSTS
from index.disputes.people import PERSON_NOUNS

# Entity labels that count as one family when "what about X" replaces a name of the same family.
_FAMILY = {"ORG": "group", "NORP": "group", "GPE": "place", "LOC": "place", "FAC": "place"}
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LEADING_WH = re.compile(
    r"^(?:(?:in|on|at|from|to|for|by|with|of|during)\s+)?"
    r"(?:(which|what)\s+[\w-]+\s+(?=(?:did|does|do|was|were|is|are|has|have|had|will)\b)|"
    rf"(how\s+many|how\s+much|{QUESTION_WORD_PATTERN}))\b\s*",
    re.IGNORECASE,
)
_AUX = re.compile(r"^(was|were|is|are)\s+", re.IGNORECASE)
# "Which company ...?", "What hospital ...?": a question whose answer is a body or a building.
_WHICH_KIND = re.compile(
    r"\s*(?:which|what)\s+(?!(?:is|was|are|were|did|does|do|has|have|will)\b)([\w-]+)(?:'s)?\s",
    re.IGNORECASE,
)
# "Which prosecutor ...?", "What minister ...?": the kind asked for is a person.
_PERSON_WORDS = PERSON_NOUNS | TITLES | INSTITUTION_POSTS
_BODY_LABELS = frozenset({"ORG", "FAC"})
# Names that answer "who": a person or a body.
_ANSWERING = _BODY_LABELS | {"PERSON"}
# Kinds of organisation a "Which company ...?" asks for: its answer names one first.
_BODIES = frozenset(
    ["company", "firm", "business", "group", "club", "team", "bank", "airline", "operator",
     "charity", "agency", "party", "union", "organisation", "organization", "authority",
     "council", "insurer", "contractor", "manufacturer", "maker", "retailer", "owner"]
)  # fmt: skip
# "Who is Wassim Nasr?": a who-question about the person it names (nothing after the name).
_WHO_IS_NAMED = re.compile(r"\s*[Ww]ho\s+(?:is|was)\s+(?:[A-Z][\w\u2019-]*\s*){1,4}\?*\s*$")


@dataclass(frozen=True)
class Context:
    """The antecedents the previous turn offers, each None when it offers none."""

    person: str | None
    group: str | None
    thing: str | None
    statement: str | None
    place: str | None
    answer_entity: str | None


def people_in(text: str, content: IndexContent) -> list[str]:
    """Full names of the people a text mentions (by surname), in order of first mention.

    The people are those the NER found and those the disagreement table tells something of
    (found by the parse: "Garnet Quillfeather, 58," when the NER called him an organisation)."""
    words = question_name_tokens(text)
    # Only the people named by a word of the text are read (not every person of the corpus):
    # the NER's, in their order, then the table's.
    people = content.lookups.person_names
    names = {key: people[key] for key in named_people(words, content.lookups.people_by_surname)}
    if content.disputes is not None:
        for person in named_people(words, content.disputes.people_by_surname):
            if len(person.split()) > 1 and not person.startswith("the "):  # full names only
                names.setdefault(person, person.title())
    found: dict[str, int] = {}
    for key, name in names.items():
        found_by = surname(key)
        if found_by and found_by in words:
            found.setdefault(name, words.index(found_by))
    # "Tomas" alone is not another person beside "Tomas Elvander", who is named in full.
    tokens = {n: set(question_name_tokens(n)) for n in found}
    whole = [n for n in found if not any(tokens[n] < tokens[m] for m in found)]
    return sorted(whole, key=lambda n: (found[n], -len(n)))


def _new(items: list[Phrase], question: str) -> list[Phrase]:
    """Phrases of the answer that the question did not already contain."""
    asked = question.casefold()
    return [p for p in items if p.text.casefold() not in asked]


def _head(phrase: str) -> str:
    """The noun a phrase is about: "captain" in "the captain of the Marisol Star" and in "the
    ferry's captain"."""
    words = phrase.split(" of ", 1)[0].split()
    return words[-1].casefold() if words else ""


def _person_asked_about(question_phrases: list[Phrase], named: list[str]) -> str | None:
    """The person the previous question is about when it names them by their part, around a
    name of something else: after "Did the captain of the Marisol Star survive?", "his name"
    is the captain's, not the ship's (which the NER may take for a person)."""
    topic = next((p.text for p in question_phrases if p.subject), None)
    if topic is None or _head(topic) not in _PERSON_WORDS:
        return None
    if not all(name.split()[-1].casefold() in topic.casefold() for name in named):
        return None  # "Did the lawyer say where Ruhinda was?": Ruhinda is another person
    return topic


def _counted(previous: str) -> str | None:
    """What a "How many" question counts ("How many glass eels were seized?": glass eels),
    whom "them" in the next question stands for ("and how many of them died?"), whatever the
    answer names ("Three people have been arrested after ... eels were found")."""
    doc = parse(previous)
    for many in doc:
        if many.lower_ == "many" and many.i and doc[many.i - 1].lower_ == "how":
            noun = many.head
            if noun.pos_ != "NOUN":
                return None
            words = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i > many.i]
            return " ".join(w.text for w in [*words, noun])
    return None


def find(previous: str, answer: str, content: IndexContent) -> Context:
    """The antecedents offered by the previous question and the answer to it."""
    asked_people = people_in(previous, content)
    answered_people = [p for p in people_in(answer, content) if p not in asked_people]
    question_phrases, answer_phrases = phrases(previous), phrases(answer) if answer else []
    fresh = _new(answer_phrases, previous)
    plural = [p.text for p in fresh if p.plural] or [
        p.text for p in fresh if p.label in ("ORG", "NORP")
    ]
    # "It" is never a person: "Who is Wassim Nasr?" ... "Where is it based?" asks of his firm.
    things = [p.text for p in [*question_phrases, *fresh] if p.label != "PERSON"]
    thing = subject(previous) if subject(previous) in things else None
    # "Which company ran the coach?" is answered by a company: "it" is then that company, the
    # first body the NER names in the answer ("The coach, operated by Brightway Coaches, ..."),
    # else the answer's first new phrase whatever the NER calls it ("Brandlow Metals, whose
    # chief executive ...": a PERSON to the small model).
    answered_bodies = [p.text for p in fresh if p.label in _BODY_LABELS]
    kind = _WHICH_KIND.match(previous)
    who = bool(re.match(r"\s*who\b", previous, re.IGNORECASE)) or bool(
        kind and kind.group(1).casefold() in _PERSON_WORDS
    )
    if kind and answered_bodies:
        thing = answered_bodies[0]
    elif kind and kind.group(1).casefold() in _BODIES and fresh:
        thing = fresh[0].text
    # "Who made a bid for Sollace Nickel?" answered by a company ("... from its larger rival
    # Ambrecht Minerals"): "it" is then that company, the first name the answer adds.
    added = [
        e
        for e in (parse(answer).ents if who and answer else ())
        if e.label_ in _ANSWERING and e.text.casefold() not in previous.casefold()
    ]
    if added and added[0].label_ in _BODY_LABELS:
        thing = added[0].text
    places = [
        e.text
        for text in (answer, previous)
        if text
        for e in parse(text).ents
        if e.label_ in _PLACE_LABELS
    ]
    # After "Who was jailed ...?", "Who is Feltham's lawyer?" or "Which prosecutor is in
    # charge?", "he" is the person the answer named; after "Who is Wassim Nasr?", the person
    # asked about.
    answer_first = who and not _WHO_IS_NAMED.match(previous)
    people = answered_people + asked_people if answer_first else asked_people + answered_people
    return Context(
        person=(None if who else _person_asked_about(question_phrases, asked_people))
        or next(iter(people), None),
        group=_counted(previous) or next(iter(plural), None),
        thing=thing or next(iter(things), None),
        statement=max((p.text for p in fresh), key=len, default=None),
        place=places[0] if places else None,
        answer_entity=(answered_people[0] if answered_people else None) if who else None,
    )


def replaceable_span(previous: str, replacement: str) -> tuple[int, int] | None:
    """Where in the previous question a "what about X" puts X: a name of X's family, else the
    subject. A name is widened to its noun phrase ("Syrian" -> "the Syrian government")."""
    family = next((_FAMILY.get(e.label_) for e in parse(replacement).ents), None)
    doc = parse(previous)
    entities = list(doc.ents)
    chosen = next((e for e in entities if _FAMILY.get(e.label_) == family), None)
    chosen = chosen or (entities[0] if entities else None)
    if chosen is None:
        topic = next((p for p in phrases(previous) if p.subject), None)
        return (topic.start, topic.end) if topic else None
    chunk = next((c for c in doc.noun_chunks if c.start <= chosen.start < c.end), None)
    start = chunk.start if chunk is not None else chosen.start
    end = chosen.end
    # The small model sometimes runs a noun phrase into the verb ("the Syrian government
    # comment"): stop at the first common noun after the name.
    for token in doc[chosen.end : chunk.end if chunk is not None else chosen.end]:
        end = token.i + 1
        if token.tag_ in ("NN", "NNS"):
            break
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def reask(previous: str, wh: str, answer_entity: str | None) -> str:
    """The previous question asked with another question word: 'Who was killed...?' + 'when'
    -> 'When was Khaled al-Masoud killed...?'."""
    match = _LEADING_WH.match(previous.strip())
    if match is None:
        return f"{wh.capitalize()}: {previous.strip()}"
    rest = previous.strip()[match.end() :]
    asked = (match.group(2) or "").casefold()
    aux = _AUX.match(rest)
    if asked in ("who", "what") and aux and answer_entity:
        return f"{wh.capitalize()} {aux.group(1)} {answer_entity} {rest[aux.end() :]}"
    return f"{wh.capitalize()} {rest}"
