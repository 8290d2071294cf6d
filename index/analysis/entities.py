"""Clean up the small spaCy model's entities and give each a comparable normal form.

The small English model splits long Arabic names ("Sabah al-Sheikh" + "al-Kilani"), includes the
possessive ("al-Masoud's") and often calls a surname alone an organisation. These repairs use only
the document itself: a name the document gives as a person elsewhere is a person, and a surname
stands for the full name the same document gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from index.analysis.lexicon import DESCRIPTORS, NAME_JOINERS, OFFICE_WORDS
from index.analysis.spelling import english_counts
from index.models import Kind

_POSSESSIVE = re.compile(r"\s*['\u2019]s?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Titles are not part of who someone is: "Mr. al-Masoud" is al-Masoud.
_HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|prof|sir|dame|gen|col|capt|lt|sgt|rev|president|minister)\.?\s+",
    re.IGNORECASE,
)
# Words around a name that say it is a place, whatever the model labelled it.
_PLACE_BEFORE = re.compile(
    r"\b(?:town|city|village|province|region|district|county|state|capital|port|island)s?"
    r"\s+of\s+$"
    # "at the town's Buttermarket": a building of the town, whatever the model took it for
    r"|\b(?:at|in|into|inside|outside)\s+the\s+(?:town|village|city)['\u2019]s\s+$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"^(?:\s+|,\s+(?:a|an|the)\s+(?:[a-z]+\s+)?)"  # "Harnby village", "Harnby, a small village"
    r"(?:town|city|village|province|region|district|county|governorate)\b",
    re.IGNORECASE,
)
# Where someone introduced by age is from: "A 16-year-old from Harrowdene", "a 34-year-old man
# from Leeds" (one word: a name of two after "from" may be a person's).
_HOMETOWN_BEFORE = re.compile(
    r"\b(?:\d+|[a-z]+)-year-old(?:\s+(?:man|woman|boy|girl|teenager))?\s+from\s+$",
    re.IGNORECASE,
)
# Where someone lives or something stands, of a one-word name the model took for a person or
# a body: "arrested at a house in Ballinlasky", "his home in Carrigmore", "near Fothergate",
# "beside Ulladale"; and where a place named by its kind is: "in a storage unit in Corranby",
# "found in a forestry plantation at Cairnbeg".
_DWELLING_BEFORE = re.compile(
    r"\b(?:(?:home|house|flat|farm|farmhouse|address|property|cottage)\s+(?:in|at)|near|beside"
    r"|(?:in|at|on)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,3}(?:in|at))\s+$"
)
# Names that begin with what kind of place they are: "Loch Ulladale", "Mount Harrow".
_PLACE_NAME = re.compile(r"^(?:Loch|Lough|Lake|River|Mount|Glen|Cape|Isle|Ben)\s+[A-Z]")
# ... and one that ends with the kind of site it is ("Tanpit Lock", "Throstle Lane", "Sandmere
# Spit", "Kestwick Crown Court", "Thrandley Auction Mart", "the Drovers Arms"), which the small
# model often calls a body. Not "Hill" nor "Wood", which end people's names as often; nor
# "Services" nor "Market", which end bodies' ("Social Services").
SITE_WORDS = frozenset(
    ["lane", "street", "road", "avenue", "lock", "pier", "spit", "point", "moss", "bog", "moor",
     "fell", "cemetery", "churchyard", "quay", "harbour", "beach", "bay", "reservoir", "canal",
     "marsh", "sands", "wharf", "dock", "docks", "square", "allotments", "common", "quarry",
     "colliery", "farm", "park", "gardens", "green", "meadow", "meadows", "field", "fields",
     "tarn", "ghyll", "gill", "beck", "crag", "crags", "cove", "mere", "gorge", "valley",
     "court", "airfield", "airport", "aerodrome", "showground", "racecourse", "mart", "minster",
     "abbey", "cathedral", "arms", "inn", "station", "weir", "estuary", "dene", "hall"]
)  # fmt: skip
_PLACE_KIND = re.compile(
    r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:"
    + "|".join(word.capitalize() for word in sorted(SITE_WORDS))
    + r")$"
)
# Words before a name that say where something is: a person is seldom "in" or "on"; nor is a
# person's name what a gully is "known as".
_WHERE_BEFORE = re.compile(
    r"\b(?:in|on|at|near|into|onto|off|along|beside|from|known\s+as|called)\s+(?:the\s+)?$"
)
# The numbers written as one word, zero to twenty, in order.
SMALL_NUMBERS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
# The multiples of ten written as one word.
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&]{1,9})\)")
_NAME_WORD = re.compile(r"[\w'\u2019-]+")
_MAX_NAME_WORDS = 6
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|an|at)-[A-Z]")  # Arabic names: "al-Sham"
_NUMBER_WORDS = (
    dict(zip(SMALL_NUMBERS, range(21), strict=True)) | TENS | {"dozen": 12, "hundred": 100}
)
# "about 50" is not a claim that it was exactly 50: such numbers are marked "~50".
_APPROXIMATE_WORDS = (
    "about around some nearly almost roughly approximately over more than less fewer up to at "
    "least most estimated barely scarcely"
)
_APPROXIMATE = frozenset(_APPROXIMATE_WORDS.split())
# Words that stress a figure without changing it: "in just seven minutes", "only 12 people".
_EMPHASIS = frozenset(["just", "only", "exactly", "precisely", "mere"])
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


@dataclass(frozen=True)
class Entity:
    """One entity of a sentence before it becomes a stored Mention (offsets in the sentence)."""

    kind: Kind
    label: str
    start: int
    end: int
    text: str


def trim(entity: Entity) -> Entity:
    """Drop a trailing possessive: the value of "al-Masoud's" is "al-Masoud"."""
    kept = _POSSESSIVE.sub("", entity.text)
    if kept == entity.text or not kept:
        return entity
    return replace(entity, text=kept, end=entity.start + len(kept))


def untitle(entity: Entity) -> Entity | None:
    """A person without the office before the name ("Ostvale Governor Ilse Marrow" -> "Ilse
    Marrow"), or what they are ("Organiser Gareth Hird" -> "Gareth Hird"); None when nothing but
    the office and its place is left ("Ostvale Governor")."""
    if entity.kind != "person":
        return entity
    words = list(_NAME_WORD.finditer(entity.text))
    titled = [w for w in words if w.group().casefold() in OFFICE_WORDS]
    if not titled and len(words) >= 3 and words[0].group().casefold() in DESCRIPTORS:
        titled = words[:1]  # "Organiser Gareth Hird": what he is, then a name of two words
    if not titled:
        return entity
    cut = titled[-1].end()
    rest = entity.text[cut:]
    kept = rest.lstrip()
    if not _NAME_WORD.search(kept):
        return None
    start = entity.start + cut + len(rest) - len(kept)
    return replace(entity, start=start, text=kept)


def merge_adjacent_people(entities: list[Entity], sentence: str) -> list[Entity]:
    """Join two person names separated only by a space: the model cut one long name in two."""
    merged: list[Entity] = []
    for entity in entities:
        previous = merged[-1] if merged else None
        gap = sentence[previous.end : entity.start] if previous else ""
        if previous and previous.kind == entity.kind == "person" and gap == " ":
            merged[-1] = replace(
                previous, end=entity.end, text=sentence[previous.start : entity.end]
            )
        else:
            merged.append(entity)
    return merged


# Where a name the small model took for a body or a product is someone's: after an age ("was
# eight-year-old Maisie Tranter", "an 11-year-old boy called Toby Catchpole") or before one set
# off by commas ("Maisie Tranter, 7, who wins a bicycle"). Invented names are often misread so.
# An age in figures or in words: "41-year-old", "eight-year-old", "twenty-one-year-old".
AGE_WORD = r"\b(?:\d+|[a-z]+(?:-[a-z]+)*)-year-old"
_AGED_NOUN = AGE_WORD + r"(?:\s+[a-z]+){0,2}"  # "a 12-year-old boy"
_AGE_BEFORE = re.compile(_AGED_NOUN + r"(?:\s+(?:called|named))?\s+$")
_AGE_AFTER = re.compile(r"^,\s+(?:aged\s+)?\d{1,3}\s*[,)]")
# A name of two or three capitalised words, as people's are (not "Skyhaven Balloon Flights Ltd").
_FULL_NAME = re.compile(r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}")
_MISREAD_AS = frozenset({"ORG", "PRODUCT", "NORP", "WORK_OF_ART"})
# ... and a place's labels, for a name an age is given to by "called" or "named" only ("a
# 16-year-old from Harrowdene" is where she is from).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_AGED_CALLED = re.compile(_AGED_NOUN + r"\s+(?:called|named)\s+$")


# A word, then a name of two words: "Coxswain Gareth Penwardine", which the small model may
# take for a body when a job it does not know heads a sentence.
_WORD_AND_NAME = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z'\u2019-]+ ([A-Z][a-z'\u2019-]+))")


def _job_and_name(entity: Entity) -> Entity | None:
    """The person of a body's name that is an English word and a name of two words whose
    surname English does not know ("Coxswain Gareth Penwardine" -> "Gareth Penwardine");
    bodies' names end in a word English knows ("Northern Water Authority")."""
    shape = _WORD_AND_NAME.fullmatch(entity.text)
    if shape is None:
        return None
    english = english_counts()
    if shape[1].casefold() not in english or shape[3].casefold() in english:
        return None
    start = entity.start + shape.start(2)
    return replace(entity, kind="person", label="PERSON", start=start, text=shape[2])


# A clergyman's style before a name: "the Right Reverend Anselm Pridmore", "the Venerable Jane
# Ashdown", "Revd Ellis Morgan", which the small model takes for a body's name.
_CLERICAL_STYLE = re.compile(
    r"^(?:the\s+)?(?:(?:right|very|most)\s+)?(?:reverend|revd|rev|venerable)\.?\s+", re.IGNORECASE
)


def person_by_context(entity: Entity, sentence: str) -> Entity:
    """A full name the model labelled a body or a product is a person where the sentence gives
    an age beside it (`_AGE_BEFORE`, `_AGE_AFTER`), or a job before it (`_job_and_name`), or a
    clergyman's style (`_CLERICAL_STYLE`, left out of the name as a title is); one it labelled a
    place, where an aged noun is "called" it (`_AGED_CALLED`)."""
    style = _CLERICAL_STYLE.match(entity.text)
    named = entity.text[style.end() :] if style else ""
    if style and entity.label in _MISREAD_AS | {"PERSON"} and _FULL_NAME.fullmatch(named):
        start = entity.start + style.end()
        return replace(entity, kind="person", label="PERSON", start=start, text=named)
    if entity.label in _MISREAD_AS and (person := _job_and_name(entity)) is not None:
        return person
    before, after = sentence[: entity.start], sentence[entity.end :]
    if entity.label in _PLACE_LABELS and _FULL_NAME.fullmatch(entity.text):
        # "by a 12-year-old boy called Alfie Brennand", taken for a place
        return (
            replace(entity, kind="person", label="PERSON")
            if _AGED_CALLED.search(before)
            else entity
        )
    if entity.label not in _MISREAD_AS or not _FULL_NAME.fullmatch(entity.text):
        return entity
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
        return replace(entity, kind="person", label="PERSON")
    return entity


# Broadcasters named by their medium ("Radio Merrowby", "Merrowby FM", "Kestrel TV"), which the
# small model often takes for a person ("told Radio Merrowby").
_BROADCASTER = re.compile(r"^(?:Radio|TV|Television)\s+[A-Z]|\s(?:FM|Radio|TV)$")


def is_broadcaster(name: str) -> bool:
    """Whether a name is a broadcaster's, by its medium (`_BROADCASTER`)."""
    return bool(_BROADCASTER.search(name))


# A shop or firm named by its owner's possessive and its trade: "Gaskell's Bakery", which the
# small model cuts to "Gaskell".
_TRADE_AFTER = re.compile(
    r"['\u2019]s\s+(?:Bakery|Bakers|Butchers?|Garage|Stores?|Shop|Cafe|Café|Restaurant|Hotel|"
    r"Brewery|Dairy|Pharmacy|Chemists?|Bookshop|Nurser(?:y|ies)|Removals|Coaches|Motors|Mill|"
    r"Haulage|Builders|Joinery|Engineering)\b"
)


def with_trade(entity: Entity, sentence: str) -> Entity:
    """A name followed by "'s" and a trade, the two as one organisation's name ("baked by
    Gaskell's Bakery of Cragwick")."""
    if entity.kind in ("date", "number"):
        return entity
    trade = _TRADE_AFTER.match(sentence, entity.end)
    if trade is None:
        return entity
    end = trade.end()
    return replace(
        entity, kind="organization", label="ORG", end=end, text=sentence[entity.start : end]
    )


def body_by_name(entity: Entity) -> Entity:
    """A broadcaster is an organisation, whatever the model labelled it."""
    if entity.kind in ("organization", "date", "number") or not is_broadcaster(entity.text):
        return entity
    return replace(entity, kind="organization", label="ORG")


def place_by_context(entity: Entity, sentence: str) -> Entity:
    """A name after "the town of" or before "province" is a place, whatever the label said;
    so is a one-word name someone comes from or lives in ("a 16-year-old from Harrowdene", "at
    a house in Ballinlasky", "in a storage unit in Corranby"), and one that begins or ends
    with its kind ("Loch Ulladale", "Tanpit Lock")."""
    if entity.kind in ("place", "date", "number"):
        return entity
    before, after = sentence[: entity.start], sentence[entity.end :]
    one_word = " " not in entity.text
    hometown = one_word and (_HOMETOWN_BEFORE.search(before) or _DWELLING_BEFORE.search(before))
    name = _LEADING_THE.sub("", entity.text)  # "onto the River Cawder", "the Drovers Arms"
    named = _PLACE_NAME.match(name) or (
        _PLACE_KIND.match(name) and (entity.label != "PERSON" or _WHERE_BEFORE.search(before))
    )
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after) or hometown or named:
        return replace(entity, kind="place", label="GPE")
    return entity


def acronym_entities(sentence: str) -> list[tuple[Entity, Entity]]:
    """Organisations written "Full Name (ACRONYM)": the name and the acronym, each an entity.

    News introduces groups this way ("Hayat Tahrir al-Sham (HTS)", "Syrian Free Army (SFA)"),
    and the small model often misses or splits such names.
    """
    found = []
    for match in _ACRONYM.finditer(sentence):
        words = list(_NAME_WORD.finditer(sentence[: match.start()].rstrip()))
        run: list[re.Match[str]] = []
        for word in reversed(words):
            gap = sentence[word.end() : run[0].start()] if run else ""
            text = word.group(0)
            if gap.strip() or _POSSESSIVE.search(text) or len(run) == _MAX_NAME_WORDS:
                break
            if not (text[0].isupper() or text.casefold() in NAME_JOINERS or _ARTICLE.match(text)):
                break
            run.insert(0, word)
        while run and not run[0].group(0)[0].isupper():
            run.pop(0)
        if len(run) < 2 and not (run and len(run[0].group(0)) > 3):
            continue
        start, end = run[0].start(), run[-1].end()
        name = Entity("organization", "ORG", start, end, sentence[start:end])
        short = match.group(1)
        acronym = Entity("organization", "ORG", match.start(1), match.end(1), short)
        found.append((name, acronym))
    return found


def name_key(text: str) -> str:
    """A name in comparable form: case-folded, without possessive, leading 'the' or title."""
    key = _POSSESSIVE.sub("", " ".join(text.split()))
    key = _HONORIFIC.sub("", _LEADING_THE.sub("", key))
    return key.casefold().replace("\u2019", "'")


def name_tokens(key: str) -> list[str]:
    """Words of a name key; hyphenated parts count apart ("al-masoud" -> al, masoud)."""
    return [t for t in re.split(r"[\s\-]+", key) if t]


def surname(key: str) -> str | None:
    """The word a person is found by in a question: the last word of the name longer than two
    letters ("khaled al-masoud" -> masoud), None when it has none."""
    words = [t for t in name_tokens(key) if len(t) > 2]
    return words[-1] if words else None


def by_surname(keys: Iterable[str]) -> dict[str, list[tuple[int, str]]]:
    """Person keys by their surname, each with its position among `keys` (keys without one are
    left out), so that a question finds the people it names by looking its words up instead of
    reading every person of the corpus; the positions put what it finds in the keys' order."""
    found: dict[str, list[tuple[int, str]]] = {}
    for position, key in enumerate(keys):
        word = surname(key)
        if word is not None:
            found.setdefault(word, []).append((position, key))
    return found


def named_people(words: Iterable[str], people: Mapping[str, list[tuple[int, str]]]) -> list[str]:
    """The keys of `people` (from `by_surname`) whose surname is one of `words`, in the order
    of the keys `people` was made from."""
    found = [hit for word in set(words) for hit in people.get(word, ())]
    return [key for _, key in sorted(found)]


def full_names(entities: list[Entity]) -> list[str]:
    """Person name keys of a document, longest first, so a surname maps to the fullest name."""
    keys = {name_key(e.text) for e in entities if e.kind == "person"}
    return sorted(keys, key=lambda k: (-len(name_tokens(k)), k))


def person_for(key: str, people: list[str]) -> str | None:
    """The full name `key` stands for: itself, or a longer name of the document ending with it."""
    tokens = name_tokens(key)
    if not tokens:
        return None
    for person in people:
        words = name_tokens(person)
        if words[-len(tokens) :] == tokens and len(words) >= len(tokens):
            return person
    return None


def normalize_number(text: str) -> str:
    """Digits for a written count: 'Two' -> '2', '1,200' -> '1200', '3.5 million' -> '3500000'.

    Anything else (percentages, money with symbols, ranges) keeps its case-folded words, which
    still compare equal when two sources write them the same way.
    """
    words = text.casefold().replace(",", "").replace("-", " ").split()
    approximate = any(w in _APPROXIMATE for w in words)
    total, scale_seen = 0.0, False
    for word in words:
        if word in _APPROXIMATE or word in _EMPHASIS or word in ("and", "a", "an"):
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            total += float(word)
        elif word in _NUMBER_WORDS:
            value = _NUMBER_WORDS[word]
            # "two hundred", "two dozen": a count of hundreds or of dozens
            total = total * value if word in ("hundred", "dozen") and total else total + value
        elif word in _SCALES:
            total = (total or 1) * _SCALES[word]
            scale_seen = True
        else:
            return " ".join(words)
    if not words or (total == 0 and "zero" not in words and "0" not in words and not scale_seen):
        return " ".join(words)
    digits = f"{total:.10g}" if total != int(total) else str(int(total))
    return f"~{digits}" if approximate else digits
