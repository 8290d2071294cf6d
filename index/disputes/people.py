"""People in a parsed sentence: the titles they are given, and names the NER did not see.

The small English model's NER misses many names it has never seen ("Ilse Marrow, the deputy
governor of Ostvale" has no PERSON entity), and invented or foreign names are common in news.
The parse still shows a person: a proper name with a title before it ("Governor Ilse Marrow")
or a person noun in apposition ("Ilse Marrow, the deputy governor"). Without those people a
corpus's titles, ages and outcomes would have nobody to belong to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from index.analysis.entities import name_key, person_for
from index.analysis.lexicon import DESCRIPTORS, OFFICE_WORDS, RANKS, TITLES
from index.disputes import values
from index.disputes.lexicon import CLERGY_RANKS, INSTITUTION_POSTS, NAMED_ANIMALS, POSTS_HELD_ALONE
from index.models import Mention

# Nouns that stand for a person: "the 41-year-old", "the driver", "Smith, the winger".
PERSON_NOUNS = frozenset(
    ["man", "woman", "driver", "suspect", "officer", "worker", "victim", "boy", "girl", "player",
     "striker", "winger", "defendant", "official", "boss", "owner", "teenager", "pilot",
     "spokesman", "spokeswoman", "spokesperson", "manager", "engineer", "lawyer", "councillor",
     "teacher", "doctor", "nurse", "coach", "footballer", "midfielder", "defender", "goalkeeper",
     "skipper", "farmer", "resident", "witness", "founder", "executive", "head", "leader",
     "prosecutor", "detective", "firefighter", "student", "journalist", "analyst", "economist",
     # who news stories are about, beyond their offices: sport, arts, science, family
     "athlete", "runner", "sprinter", "cyclist", "swimmer", "boxer", "jockey", "rider",
     "climber", "champion", "singer", "actor", "actress", "artist", "author", "writer",
     "scientist", "researcher", "professor", "surgeon", "pupil", "patient", "passenger",
     "pensioner", "mother", "father", "son", "daughter", "wife", "husband", "widow",
     "volunteer"]
)  # fmt: skip
# Who someone is to another: "Her gran, 82, ...", "Granddaughter Chloe Pybus".
KIN = frozenset(
    ["mother", "father", "mum", "dad", "parent", "grandmother", "grandfather", "gran", "granny",
     "grandma", "grandad", "granddad", "grandpa", "grandparent", "nan", "nana", "great-gran",
     "great-grandmother", "great-grandfather", "great-grandad"]
)  # fmt: skip
# What a name may be written after, which says who someone is to another ("Granddaughter Chloe
# Pybus"), or what they are ("Farmer Joe Gaukroger").
SAID_OF_A_PERSON = (
    PERSON_NOUNS | DESCRIPTORS | KIN | {"granddaughter", "grandson", "niece", "nephew", "cousin"}
)
# A name found by the parse has at least this many words: one proper noun alone ("Ostvale,
# the province") is as often a place or a club as a person.
_MIN_NAME_WORDS = 2


def roles(doc: Any, people: list[Mention]) -> list[tuple[Mention, str, int, int]]:
    """Titles given to named people: 'Smith, the deputy governor' and 'Governor Jane Smith'."""
    found = []
    for person in people:
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None:
            continue
        # not "Kerry Gabbitas, whose son Jayden, 13, ...": the son is Jayden, parsed beside her
        posts = [
            c
            for c in span.root.children
            if c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and not any(w.lower_ == "whose" for w in c.children)
        ]
        head = _post_of_apposition(span.root) or _post_before_commas(span)
        posts += [head] if head is not None else []
        found += [(person, *_role(post)) for post in [*posts, *_post_of_clause(span.root)]]
        title, descriptor = _title_before(doc, span), _descriptor_before(doc, span)
        longer = descriptor is not None and title is not None and descriptor[0] < title[0]
        if title is None or (longer and descriptor is not None and descriptor[1] == title[1]):
            title = descriptor  # "Operations director Pippa Varley": not "director" alone
        if title is not None:
            start, end = title
            found.append((person, values.role_form(doc.text[start:end]), start, end))
    return found


# Verbs by which a "who" clause gives a person a post: "Ewart Lightowler, who became mayor in
# May", "who is the school's headteacher", "who was appointed chief executive", "who works as a
# postman during the week".
_HOLDING = frozenset(["be", "become", "remain", "appoint", "elect", "name", "serve", "work"])
# Of them, those whose subject is given the post ("Cyril worked as a signalman"); the others
# give their object one ("appointed X chief executive").
_HOLDING_AS_SUBJECT = frozenset(["be", "become", "remain", "serve", "work"])


def _post_of_clause(name: Any) -> list[Any]:
    """The post a "who" clause after a name gives the person: its verb's complement, or what
    they serve as ("who has served as coroner since 2019"), when a post or a job; and the post
    a clause the name is the subject of gives ("Cyril worked as a signalman at Cressbury
    station", "For forty-one years Cyril was a signalman")."""
    found = []
    relative = [c for c in name.children if c.dep_ == "relcl"]
    # and what the clause goes on to tell: "who was born at number 12 and worked as a ..."
    told = relative + [c for r in relative for c in r.children if c.dep_ == "conj"]
    if name.dep_ == "nsubj" and name.head.lemma_.casefold() in _HOLDING_AS_SUBJECT:
        told.append(name.head)
    for clause in told:
        if clause.lemma_.casefold() not in _HOLDING:
            continue
        for word in clause.children:
            post = word
            if word.dep_ == "prep" and word.lower_ == "as":
                post = next((c for c in word.children if c.dep_ == "pobj"), word)
            elif word.dep_ not in ("attr", "oprd"):
                continue
            lemma = post.lemma_.casefold()
            if post.pos_ == "NOUN" and (lemma in _APPOSED_POSTS or values.is_job(lemma)):
                found.append(post)
    return found


def _role(post: Any) -> tuple[str, int, int]:
    """A post's comparable form (`values.role_form`) and its offsets: its noun with the words
    qualifying it ("deputy governor"), and the department a head or director is of, read as
    if written before it ("head of entertainment" is "entertainment head"; not "director of
    the museum", which says where)."""
    words = [*_title_words(post), post]
    start, end = words[0].idx, post.idx + len(post.text)
    text = post.doc.text[start:end]
    if post.lemma_.casefold() in values.DEPARTMENT_HEADS:
        for of in (c for c in post.children if c.dep_ == "prep" and c.lower_ == "of"):
            department = [c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if department and not any(c.dep_ in ("det", "poss") for c in department[0].children):
                end = department[0].idx + len(department[0].text)
                text = f"{post.doc.text[start : post.idx]}{department[0].text} {post.text}"
    return values.role_form(text), start, end


def _title_words(noun: Any) -> list[Any]:
    """The words a post's noun is qualified by ("deputy", "chief"), not the age that may stand
    among them ("the 64-year-old owner of the yacht" is its owner, not its "old owner")."""
    return [
        t
        for t in noun.lefts
        if t.dep_ in ("amod", "compound") and not (t.i > 0 and t.doc[t.i - 1].text == "-")
    ]


# Offices of companies, beside the public ones that the index also strips from names: "Chief
# executive Helga Brenn". Kept here, not in the analysis lexicon, so stored names do not change.
_COMPANY_TITLES = frozenset(["executive", "ceo", "chairperson"])
_TITLES_BEFORE = TITLES | _COMPANY_TITLES | CLERGY_RANKS
_WORDS_BEFORE = OFFICE_WORDS | _COMPANY_TITLES | CLERGY_RANKS | {"chief"}
# Words before a name that make it a person's and are no post: "The Rev Hilary Cushing, vicar of
# Ousterby" (which the NER takes for an organisation).
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "rev", "revd", "reverend", "sir", "dame"])
# What before a name says it is a person's, and is no part of the name.
_PERSON_WORDS_BEFORE = OFFICE_WORDS | CLERGY_RANKS | _HONORIFICS
# ... and of them what says so alone ("Governor Ilse Marrow", "Archdeacon X", "the Rev X").
_TITLED = TITLES | CLERGY_RANKS | _HONORIFICS


def _title_before(doc: Any, span: Any) -> tuple[int, int] | None:
    """A title written before a name ("Deputy Governor Ilse Marrow"), as character offsets;
    the entity may or may not include it."""
    words = _WORDS_BEFORE
    end = span.start
    while end < span.end and doc[end].lower_ in words:
        end += 1
    start = span.start
    while start > 0 and (
        doc[start - 1].lower_ in words
        # the place of an office between its rank and title: "Former Selvik mayor"
        or (doc[start - 1].pos_ == "PROPN" and start > 1 and doc[start - 2].lower_ in words)
    ):
        start -= 1
    if not any(doc[i].lower_ in _TITLES_BEFORE for i in range(start, end)):
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _descriptor_before(doc: Any, span: Any) -> tuple[int, int] | None:
    """The job an outlet puts before a name to say who the person is ("coastguard commander
    Ebba Marrack", "security guard Casimir Dray", "Assistant coach Hesketh Larue"), as
    character offsets; None when the noun compounded onto the name is no job
    (`values.is_job`). The parse hangs each such word on the name or on the next of them.
    The job is its common nouns and rank words: "Sealark manager" is the manager (of the
    Sealark), "Crooked security guard" a security guard."""
    start = span.start
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod"):
        word = doc[start - 1]
        named = word.is_title and word.i > word.sent.start and word.lower_ not in OFFICE_WORDS
        on_name = word.pos_ in ("NOUN", "ADJ") and span.start - 1 <= word.head.i < span.end
        if named or not (on_name or start <= word.head.i < span.start):
            break
        start -= 1
    while start < span.start and _an_adjective(doc[start]) and doc[start].lower_ not in RANKS:
        start += 1
    head = doc[span.start - 1]
    post = values.is_job(head.lemma_.casefold()) or head.lemma_.casefold() in POSTS_HELD_ALONE
    if start == span.start or head.pos_ != "NOUN" or not post:
        return None  # "Union boss Joana Ribeiral" says she leads it, not which post she holds
    # ("Council leader Denise Fawthrop" holds the council's one leadership)
    return doc[start].idx, head.idx + len(head)


def _an_adjective(word: Any) -> bool:
    """Whether a word before a job is an adjective of the job ("Crooked security guard"), not
    a noun of it the tagger took for one ("Watch manager", hung on the job as a compound)."""
    return word.pos_ == "ADJ" and word.dep_ != "compound"


_PERSON_OR_TITLE = PERSON_NOUNS | TITLES
_APPOSED_POSTS = _PERSON_OR_TITLE | _COMPANY_TITLES | INSTITUTION_POSTS | CLERGY_RANKS
# Titles a report may write with a capital after its article: "the Mayor of X", "the Bishop of
# Tolverton, the Right Reverend Anselm Pridmore".
_CAPITALISED_TITLES = _PERSON_OR_TITLE | CLERGY_RANKS


def _post_of_apposition(name: Any) -> Any | None:
    """The post a name stands in apposition to ("Its chief executive, Rutendo Amasi"), or None.
    The parse often hangs the name on the last noun of the post's "of" phrases ("The dean of
    the faculty of medicine, Odile Ferrand" on "medicine"): those are climbed back to the post.
    Any other noun is no post ("its Marlow plant, Nadia Oster, the finance director, said").
    A post written in lower case is a noun whatever the tagger says ("the secretary of
    Brackmoor Fell Runners, Judith Garforth", tagged a proper noun beside the names)."""
    if name.dep_ != "appos":
        return None
    head = name.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and _common(head.head.head):
        head = head.head.head
    if not _common(head):
        return None
    lemma = head.lemma_.casefold()
    return head if lemma in _APPOSED_POSTS or values.is_job(lemma) else None


def _common(token: Any) -> bool:
    """Whether a word is a common noun: so tagged, a "proper" one written in lower case, or
    an "adjective" with its own article ("The headteacher, Adrian Whitelock, said", tagged an
    adjective) or a title written with a capital after its article ("the Mayor of X")."""
    if token.pos_ == "ADJ":
        return any(c.dep_ == "det" for c in token.children)
    if token.pos_ == "PROPN" and (
        token.lower_ in _CAPITALISED_TITLES or values.is_job(token.lower_)
    ):
        # "the Mayor of Cressbury, Councillor Gideon Lamprey", "the High Steward of Brockhaven,
        # Crispin Yeandle": a title written with a capital
        return any(c.dep_ == "det" for c in token.children)
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower())


# Words of address a name may follow its post with: "the mayor of Keldholme, Councillor X".
ADDRESS = _PERSON_WORDS_BEFORE | {"councillor", "cllr"}


def _post_before_commas(name: Any) -> Any | None:
    """The job a name is set off by commas after when the parse hung it elsewhere ("struck a
    security guard, Darren Quayney, 52, who was on duty"): the noun just before the first comma,
    if a job, and only when another comma closes the name, so that "thanked the driver, Tom
    Hill said" gives no one a job. A word of address may stand before the name, and the post may
    end in whose it is: "by the mayor of Keldholme, Councillor Norman Blakey, in front of"."""
    doc = name.doc
    start = name.start
    while start > 0 and doc[start - 1].lower_ in ADDRESS:
        start -= 1
    if name.root.dep_ == "appos" or start < 2 or name.end >= len(doc):
        return None
    comma, post, after = doc[start - 1], doc[start - 2], doc[name.end]
    while post.dep_ == "pobj" and post.head.lower_ == "of" and _common(post.head.head):
        post = post.head.head  # "the mayor of Keldholme"
    if comma.text != "," or after.text != "," or post.pos_ != "NOUN":
        return None
    return post if values.is_job(post.lemma_.casefold()) else None


def _is_person_noun(token: Any) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.casefold() in _PERSON_OR_TITLE


# An age set off by commas after a name says the name is a person's: "Ivo Brask, 61, who..."
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,3},")


def _an_animal_named(token: Any) -> bool:
    """Whether a one-word proper noun is an animal's name: an animal noun right before it
    ("collie Juniper") or set beside it ("Juniper, a seven-year-old border collie", "Marigold
    the mare")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == token.i:
        return before.lemma_.casefold() in NAMED_ANIMALS
    return any(c.dep_ == "appos" and c.lemma_.casefold() in NAMED_ANIMALS for c in token.children)


def parsed_people(doc: Any, people: list[Mention], known: Sequence[str] = ()) -> list[Mention]:
    """Names the parse shows to be people and no person mention covers, with sentence offsets.

    A name is the proper nouns compounded onto a head proper noun, after any title; it is a
    person when a title stands before it, a person noun is in apposition to it, or an age
    follows it between commas. A surname alone with an age ("Quillfeather, aged 61,") is a
    person too: the one of `known` (the document's full names, longest first) whose name it
    ends, else the surname, which the story's full names resolve (`aspects.full_subjects`).
    """
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        chain = [t for t in token.lefts if t.dep_ == "compound"] + [token]
        titled = any(t.lower_ in _TITLED or _is_person_noun(t) for t in chain)
        name = _after_titles(chain)
        by_apposition = any(
            c.dep_ == "appos" and (_is_person_noun(c) or _who_clause(c)) for c in token.children
        )
        aged = bool(_AGE_AFTER.match(doc.text, token.idx + len(token)))
        posted = _post_of_apposition(token) is not None  # "its chief executive, Henrique Lobato"
        animal = _an_animal_named(token)
        if animal:
            name = [token]  # "collie Juniper": the name is the proper noun alone
        told = titled or by_apposition or posted or aged or animal
        if not (told or _undergoes(token) or _who_clause(token)):
            continue
        surname = len(name) == 1 and aged and name[0].i == token.i
        full = person_for(name_key(token.text), list(known)) if surname else None
        if len(name) < _MIN_NAME_WORDS and not surname and not animal:
            continue
        if any(t.pos_ != "PROPN" for t in name) or name[-1].i - name[0].i != len(name) - 1:
            continue
        start, end = name[0].idx, name[-1].idx + len(name[-1])
        if any(p.start < end and start < p.end for p in people):
            continue
        text = doc.text[start:end]
        found.append(Mention(kind="person", label="PERSON", text=text, start=start, end=end,
                             normalized=full or name_key(text)))  # fmt: skip
    return found


_WHO = frozenset(["who", "whom", "whose"])


def _who_clause(token: Any) -> bool:
    """Whether a relative clause on the token says "who": "Noelia Castrejon, who won the
    title", "Castrejon, the Casmira-born athlete who became the pride of the city". The NER
    takes invented names for places or firms; "who" is said of people only."""
    return any(
        child.dep_ == "relcl" and any(t.lower_ in _WHO for t in child.children)
        for child in token.children
    )


def _after_titles(chain: list[Any]) -> list[Any]:
    """The words of a name after its last title, rank word, honorific or person noun ("Ostvale
    Governor Ilse Marrow", "Corsairs boss Ansel Drummock", "the Rev Hilary Cushing")."""
    cut = max(
        (
            i + 1
            for i, t in enumerate(chain)
            if t.lower_ in _PERSON_WORDS_BEFORE or _is_person_noun(t)
        ),
        default=0,
    )
    return chain[cut:]


# What only people undergo or do, so a name that is its subject is a person's: "Ansel
# Drummock resigned as head coach", "Ivo Brask was arrested". ("Charged" and "fined" are not
# here: companies are charged and fined too.)
_PERSON_VERBS = frozenset(
    ["resign", "retire", "quit", "die", "sack", "arrest", "sentence", "jail", "imprison",
     "appoint", "elect", "injure", "wound", "kill", "plead", "testify", "marry", "acquit",
     "convict", "suspend"]
)  # fmt: skip


def _undergoes(token: Any) -> bool:
    """Whether a name is the subject of a verb only people undergo or do, itself or through the
    noun it is in apposition to ("The bank's auditor, Wenna Trask, has been suspended")."""
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.casefold() in _PERSON_VERBS
