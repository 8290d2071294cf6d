"""Facts whose value is a name: where an event happened, and which organisation carried it out.

"The river first burst its banks at Harnby" against "... at Sallowford", and "The repairs will be
carried out by Harrow Civil Engineering" against "The city has hired Callow & Finch to carry out
the work", are disagreements as real as two death tolls. Names are everywhere in news, so only
the constructions that tie one to an event are read, and names that cannot contradict another
(a region, which holds the towns told; a landmark, which only locates) are left out.
"""

from __future__ import annotations

from typing import Any

from index.disputes import lexicon
from index.disputes.lexicon import REPORTING, SUBJECTS
from index.disputes.people import PERSON_NOUNS
from index.disputes.values import is_job

# Prepositions that say where something happened: "burst its banks at Harnby"; or where it
# ended up: "released into the River Ossel", "strayed onto Fallowgill Moss".
_WHERE = frozenset(
    ["at", "in", "near", "off", "outside", "inside", "on", "beneath", "under", "below", "beside",
     "behind", "alongside", "opposite", "into", "onto"]
)  # fmt: skip
# Verbs of taking or going somewhere, whose "to" says where: "was taken to Swanlow Community
# Hospital", "airlifted to ...". Other verbs' "to" is a party as often ("leased to", "belonged
# to", "sold to").
_TAKEN_TO = frozenset(
    ["take", "rush", "airlift", "fly", "drive", "move", "transfer", "carry", "bring", "ferry",
     "go", "return", "travel", "walk", "swim", "head", "evacuate", "admit", "escort", "tow"]
)  # fmt: skip
# Verbs of sending from somewhere, whose "from" says where: "It was sent from Naples" is where
# it was posted ("posted in Naples"). Other verbs' "from" is a party or a source as often ("a
# man from Pitchley", "heard from police"), or where someone is from ("his father came from
# Italy").
SENDING = frozenset(["send", "post", "mail"])
_SENT_FROM = SENDING | {"import", "steal", "escape"}
# The way something came, by a place it names; or where it was taken from ("taken from a
# locked exam store at a school in Hexworth").
_THROUGH = frozenset(["through", "via", "from"])
_NOUNS = frozenset(["NOUN", "PROPN"])
# The pronouns of a person, whom a story follows: "She was proposed by ..." is of her.
_PERSONAL = frozenset(["he", "she"])
# Participles that give a place its name: "a gully known as Sorrelby Ghyll".
_KNOWN_AS = frozenset(["know", "call", "name"])
# Words that make a place a part of a larger one: "northern England", "south-west Aldaria".
_COMPASS = frozenset(
    ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
     "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
     "southeast", "southwest", "rural", "coastal"]
)  # fmt: skip
_REGIONS = frozenset(
    ["province", "region", "state", "county", "country", "district", "area", "governorate"]
)
# Verbs by which one party engages another to do a piece of work: "hired X to carry out".
# The same verbs give who was chosen for a post: "appointed Rosalind Quennell as commissioner",
# "Cyril Vandermolen has been appointed commissioner", "elected X mayor", "named X as coach".
_CHOSEN = {"hire": "hired", "appoint": "appointed", "award": "awarded", "contract": "contracted",
           "commission": "commissioned", "choose": "chosen", "select": "selected",
           "elect": "elected", "name": "named"}  # fmt: skip
_ENGAGE = frozenset(_CHOSEN)
# The verbs of choosing someone, and their past forms: one deed, whichever a report uses.
CHOOSING = _ENGAGE | frozenset(_CHOSEN.values())


def event_of_place(span: Any) -> Any | None:
    """The event a town or site says where of: the verb its "at/in/near" phrase hangs from,
    through any "the village of" between them. None for a place that names, owns or reports,
    and for a region ("the eastern province of Ostvale"), which holds the others. The model's
    LOC places (seas, straits, ranges) are left out by the caller for the same reason."""
    token = span.root
    if any(c.dep_ == "amod" and c.text in _COMPASS for c in token.children):
        # "in northern England": a region too, which holds the town another names (not the name
        # "Dunsevern Central station", written in capitals)
        return None
    for _ in range(6):
        if token.lemma_.casefold() in _REGIONS:
            return None  # a region holds the other places told: it contradicts none of them
        if token.dep_ == "pobj" and _placing(token.head):
            verb = token.head.head
            if verb.pos_ == "VERB" and verb.dep_ in ("xcomp", "oprd") and _passive(verb.head):
                # "found wrapped in a bedsheet in a loft in X": where found; "was kept chained
                # in a cave in X": where kept
                verb = verb.head
            if verb.pos_ == "VERB" and verb.lemma_.casefold() not in REPORTING:
                return verb
            if verb.lemma_ == "be" and any(c.dep_ == "nsubj" for c in verb.children):
                return verb  # "The epicentre was directly beneath Castrevaro"
            if verb.dep_ == "pobj" and _placing(verb.head) and verb.head.lower_ != "to":
                # "started on a roadside verge near Borgo Tessi": where it started (not "will
                # move to the company's plant in Tarrowby", where the plant is)
                token = verb
                continue
            above = verb.head.head
            if verb.dep_ == "pobj" and verb.head.lower_ == "of" and above.dep_ == "pobj":
                token = above  # "found in the loft of a house in X": where the loft is
                continue
            if verb.dep_ == "pobj" and verb.head.lower_ in _THROUGH and above.pos_ == "VERB":
                # "entered the river through a storm drain near Colham Bridge": where it entered
                return above if above.lemma_.casefold() not in REPORTING else None
            if verb.dep_ == "pobj" and verb.head.lower_ == "with" and above.pos_ == "VERB":
                # "collided with the grey mare on Quillet Lane": the parse hangs the place on
                # the mare, where the collision was
                return above if above.lemma_.casefold() not in REPORTING else None
            return None
        if token.dep_ == "prep" and token.lower_ == "as" and token.head.lemma_ in _KNOWN_AS:
            # "at the foot of a steep gully known as Sorrelby Ghyll": where the gully is
            named = token.head
            if named.dep_ == "advcl" and named.head.pos_ == "VERB":
                return named.head  # the parser hung the naming on the verb of lying there
            token = named.head if named.dep_ == "acl" else named
            continue
        if token.dep_ == "prep" and (token.lower_ != "of" or token.head.pos_ not in _NOUNS):
            return None  # "upstream of Elmsford" places by a landmark, not where it was
        if token.dep_ not in ("pobj", "prep", "compound") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _placing(prep: Any) -> bool:
    """Whether a preposition says where something happened: "at", "in", "near" ... (`_WHERE`),
    the "to" of a verb of taking or going (`_TAKEN_TO`), the "from" of a verb of sending
    (`_SENT_FROM`)."""
    verb = prep.head.lemma_.casefold()
    return (
        prep.lower_ in _WHERE
        or (prep.lower_ == "to" and verb in _TAKEN_TO)
        or (prep.lower_ == "from" and verb in _SENT_FROM)
    )


# Prepositions of a place something lay in until it was found: "found in the cat's basket",
# "turned up in the bag of the vacuum cleaner".
_LAY_IN = frozenset(["in", "inside", "under", "beneath", "behind", "among"])
# Nouns after "found in" that are no place it lay: "found in a survey", "found in good
# condition"; and the parts of a place, whose place is the noun after their "of" ("found at
# the bottom of the pond").
_NO_HIDING_PLACE = frozenset(
    ["study", "survey", "report", "review", "investigation", "inquiry", "audit", "analysis",
     "test", "poll", "research", "search", "condition", "state", "time", "case", "way",
     "contempt", "breach", "bottom", "top", "side", "edge", "corner", "back", "middle", "end"]
)  # fmt: skip


def _found_in(noun: Any) -> bool:
    """Whether a noun is where something lost was found, whatever it is, when told by whose
    it is: "It was eventually discovered in the cat's basket", "turned up in the bag of the
    vacuum cleaner" (no place noun of `lexicon.PLACE_NOUNS`). Not "found in a skip", a thing
    anywhere, which a report naming the street it stood in tells no other place than."""
    if noun.lemma_.casefold() in _NO_HIDING_PLACE or noun.head.lower_ not in _LAY_IN:
        return False
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
    if not owned:
        return False
    verb = noun.head.head
    if verb.pos_ != "VERB" or _placed(noun):
        return False
    words = (verb.lemma_.casefold(), *(c.lower_ for c in verb.children if c.dep_ == "prt"))
    return "found" in lexicon.classes(words[:1]) or "found" in lexicon.phrasal_classes(words)


def _placed(thing: Any) -> bool:
    """Whether a thing is told where it stands: "in a skip on Throstle Lane", "in a cardboard box
    in his loft", or "found ... in a skip in Throstle Lane" however the parse hangs the lane (the
    place is the lane's or the loft's, `lexicon.PLACE_NOUNS`)."""
    preposition, verb = thing.head, thing.head.head
    phrases = [*thing.children, *(c for c in verb.children if c.i != preposition.i)]
    return any(
        g.pos_ == "PROPN" or g.lemma_.casefold() in lexicon.PLACE_NOUNS
        for c in phrases
        if c.dep_ == "prep" and c.lower_ in _WHERE
        for g in c.children
        if g.dep_ == "pobj"
    )


def common_places(doc: Any) -> list[Any]:
    """Places a sentence names by a common noun where something happened (`lexicon.PLACE_NOUNS`
    after a preposition of `_WHERE`: "in his loft", "at the north gate of Parque Miravel"; any
    noun where something lost was found, `_found_in`), as spans of the noun and the words that
    tell it from another ("north gate", "car park")."""
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or token.dep_ != "pobj":
            continue
        site = token.lemma_.casefold() in lexicon.PLACE_NOUNS and token.head.lower_ in _WHERE
        if not (site or _found_in(token)):
            continue
        parts = [
            c
            for c in token.children
            if c.i < token.i
            and (c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ in lexicon.PLACE_PARTS))
        ]
        start = min(
            (c.left_edge.i if c.dep_ == "compound" else c.i for c in parts), default=token.i
        )
        found.append(doc[start : token.i + 1])
    return found


def event_of_agent(span: Any, person: bool = False, body: bool = False) -> Any | None:
    """The work an organisation (or a person) does: the verb it is the agent of ("carried out
    by X"), or the work or post it was engaged for ("hired X to carry out the work", "X was
    appointed commissioner"), or what it is set beside as (`BODY_ROLES`; an owner only for a
    `body`, a name the NER calls an organisation).
    Subjects of active verbs are left out: organisations say, announce and confirm far more
    often than they do what a question asks about; except verbs of leading or claiming an
    attack, which say who did the work ("Benedikta Rautmann, who led the rescue", "A group
    calling itself Nightfern Collective claimed responsibility")."""
    token = name = named_as(span.root)
    if (deed := _first_to(token)) is not None:
        return deed  # before what else the clause after the name tells they did
    if (led := _led_by(token)) is not None:
        return led
    if person and (deed := _deed_of_a_person(token)) is not None:
        return deed
    if (deed := _given_the_honour(token)) is not None:
        return deed
    if (bought := bought_from(token)) is not None:
        return bought
    if (sold := sold_to(token)) is not None:
        return sold
    if (granted := granted_to(token)) is not None:
        return granted
    if (given := raised_for(token)) is not None:
        return given
    if (deed := _cleft(token)) is not None:
        return deed
    if (employer := worked_for(token)) is not None:
        return employer
    if person and (deed := _with_doing(token)) is not None:
        return deed
    if (run := _runs(token)) is not None:
        return run
    if (owned := _owns(token)) is not None:
        return owned
    token = _beside_the_doer(token)
    if token.dep_ == "appos" and token.head.dep_ == "pobj":
        token = token.head  # "owned by the hire firm Grimsditch Cranes": the firm's place
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_ == "belong":
        return token.head.head  # "The crane belonged to the main contractor, Halvane ..."
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        verb = token.head.head
        # "It is owned by X": which of the story's ships "it" is, is not read; "It was found
        # ... by postman X" is the finding the story tells, "It was led by PC X" its work,
        # "It was built in the 1950s by X" who made the thing the story is about. "She was
        # proposed by X" is of the person the story follows, as "he" and "she" are.
        pronoun = any(
            c.dep_ == "nsubjpass" and c.pos_ == "PRON" and c.lower_ not in _PERSONAL
            for c in verb.children
        )
        if pronoun and verb.lemma_.casefold() not in _FINDING | _LEADING | MAKING | _STARTING:
            return None
        # "The attack was claimed by X" is no saying, nor "The discovery was confirmed by X"
        deed = claims_a_deed(verb) or _verified(verb)
        return verb if deed or verb.lemma_.casefold() not in REPORTING else None
    if (verb := _work_of_its_people(token, body)) is not None:
        return verb
    if (verb := _done_by_its_own(token)) is not None:
        return verb
    if (verb := _misplaced_agent(token)) is not None:
        return verb
    if (verb := _participle_as_adjective(token)) is not None:
        return verb
    if (hired := _engaged_who(name)) is not None:
        return hired
    # The parser calls the name an object, or in "appointed Ada Lindqvist, ..., as ..." a
    # predicate of the object.
    engaged = token.dep_ in ("dobj", "dative", "nsubjpass", "oprd")
    if token.dep_ == "oprd" and any(c.dep_ == "nsubjpass" for c in token.head.children):
        return None  # "A choir ... has been named National Schools Choir of the Year": a title
    if engaged and token.head.pos_ == "VERB" and token.head.lemma_.casefold() in _ENGAGE:
        engage = token.head
        work = [c for c in engage.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        return work[0] if work else engage
    if (person or body) and (said_to_be := _what_it_is_said_to_be(token)) is not None:
        return said_to_be
    # with no deed told, what it was engaged as: "Morwick Construction, the council's
    # contractor", "project manager for the contractor, Brathwaite Civil Engineering"
    role = _role_of_a_body(name)
    if role is not None and not body and role.lemma_.casefold() in _ONLY_OF_BODIES:
        return None  # "her owner, Harriet Lomax, from Thornsby": a dog's, told of a person
    return role


# What a body is engaged as for a work, when set beside its name: "Morwick Construction, the
# council's contractor for the scheme", "the contractor, Brathwaite Civil Engineering".
BODY_ROLES = frozenset(
    ["contractor", "subcontractor", "operator", "organiser", "organizer", "developer",
     "builder", "supplier", "insurer", "sponsor", "promoter", "owner"]
)  # fmt: skip
# Roles of bodies that a person or a place stands beside too often to be read as one: "her
# owner, Harriet Lomax" (a dog's), "the harbour at Brinscar, the cable's owner, ...".
_ONLY_OF_BODIES = frozenset(["owner"])


def _role_of_a_body(token: Any) -> Any | None:
    """The role noun a body's name stands in apposition to, either way round, or that its people
    are "from" ("Organisers from the village Women's Institute"); not a role that names its own
    holder next ("the harbour at Brinscar, the cable's owner, Seaborne Fibre": the parse sets
    the role beside both names, and the owner is the second)."""
    nouns = [
        c
        for c in token.children
        if c.dep_ == "appos"
        and not any(n.dep_ == "appos" and n.pos_ == "PROPN" for n in c.children)
    ]
    nouns += [token.head] if token.dep_ == "appos" else []
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        nouns.append(token.head.head)  # "Organisers from the village Women's Institute said"
    return next((n for n in nouns if n.pos_ == "NOUN" and n.lemma_.casefold() in BODY_ROLES), None)


# Verbs by which people say what they think of a deed, not do one: "Engineers from the board
# blamed the breach on a cracked pipe".
_JUDGING = REPORTING | {"blame", "criticise", "criticize", "praise", "welcome", "condemn"}


# Active verbs whose subject did nothing to their object that a question asks "who" of:
# being, having, knowing, wanting, perceiving and thanking.
_NO_DEED = frozenset(
    ["be", "have", "get", "know", "think", "believe", "want", "need", "hope", "expect", "see",
     "watch", "hear", "feel", "like", "love", "miss", "thank", "describe", "call", "ask", "urge",
     "spend", "remember", "recall", "visit", "tour", "join", "meet", "find", "give", "take",
     "make", "leave", "attend", "enter", "marry", "wed", "divorce", "keep"]
)  # fmt: skip


# Verbs of making a thing, whose agent made what the story is about even when a pronoun
# tells the thing: "It was built in the 1950s by Herbert Bowdery".
MAKING = frozenset(
    ["build", "make", "create", "design", "paint", "carve", "construct", "sculpt", "knit"]
)
# Verbs by which someone began what a story is about: "It was started by Hayley Brigg" (the
# petition), "It was launched by the parish council".
_STARTING = frozenset(["start", "launch", "found", "organise", "organize"])
# Verbs whose subject runs what a story is about, not a body's saying: "Fennshire County
# Council, which runs the ferry" (a person "ran the marathon" as a runner, so only a body);
# "the car parks are managed for the trust by Parkwell Services" is the same work.
_RUNNING = frozenset(["run", "operate", "manage"])
# Verbs of starting an appeal or a campaign, and what is started: "The Friends of X has
# launched an appeal", "the appeal set up by X" (`organises`).
_STARTING = frozenset(["launch", "start", "set", "organise", "organize"])
CAMPAIGNS = frozenset(["appeal", "fund", "campaign", "petition", "fundraiser", "collection"])


def organises(verb: Any) -> bool:
    """Whether a verb tells who runs or organises something: "run by", "which runs the ferry",
    "operated by", "launched an appeal", "the appeal set up by" (set "up", of a campaign)."""
    lemma = verb.lemma_.casefold()
    if lemma in _RUNNING:
        # active, only of a body: "which runs the ferry", "the council runs it" (a person's
        # name "ran the marathon" as a runner)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        body = any(c.lower_ in ("which", "that") or c.pos_ == "NOUN" for c in subjects)
        run = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
        # a "by" agent is a passive the parse missed: "The festival, run every autumn by the
        # Round Table" (read as "run" with the object "autumn")
        by = _by_someone(verb)
        return _passive(verb) or by or verb.dep_ == "acl" or (body and run)  # not "runs until"
    if lemma not in _STARTING or (
        lemma == "set" and not any(c.lower_ == "up" for c in verb.children)
    ):
        return False
    return any(t.lemma_.casefold() in CAMPAIGNS for t in organised(verb))


def organised(verb: Any) -> list[Any]:
    """What a verb of running or organising runs: its object, its passive subject, or the noun
    it is said of ("The appeal set up by X")."""
    started = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return [*started, verb.head] if verb.dep_ == "acl" else started


def _verbs_of_subject(token: Any) -> list[Any]:
    """The verbs whose active subject the name is, directly or through "which" or "who"."""
    verbs = [token.head] if token.dep_ == "nsubj" else []
    verbs += [
        c
        for c in token.children
        if c.dep_ == "relcl"
        and any(d.dep_ == "nsubj" and d.lower_ in ("who", "which", "that") for d in c.children)
    ]
    return [v for v in verbs if v.pos_ == "VERB"]


def _runs(token: Any) -> Any | None:
    """The verb of running or organising whose active subject the name is (`organises`): "X,
    which runs the ferry", "X, who set up the appeal"."""
    return next((v for v in _verbs_of_subject(token) if organises(v) and not _by_someone(v)), None)


def _by_someone(verb: Any) -> bool:
    """Whether a verb has a "by" agent, whose subject is then what was done, not the doer."""
    return any(c.dep_ == "agent" for c in verb.children)


def _owns(token: Any) -> Any | None:
    """The verb of owning something whose active subject the name is: "Seacrest Leisure, which
    has owned the pier since 2009" (the owner, as "owned by" tells)."""
    return next(
        (
            v
            for v in _verbs_of_subject(token)
            if v.lemma_.casefold() == "own"
            and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in v.children)
        ),
        None,
    )


def _deed_of_a_person(token: Any) -> Any | None:
    """What a named person did to something, in the active voice: "Owain Brocklehurst delivered
    the baby himself", "the leader of the campaign, Jemima Stallard, handed Cllr Ravensworth a
    petition". A person, unlike a body, is seldom the subject of a statement's verb; what they
    said, thought or had is left out (`_NO_DEED`), and so is a pronoun or name as the object."""
    subject = token.head if token.dep_ == "appos" else token
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ != "VERB" or _passive(verb):
        return None
    if verb.lemma_.casefold() in _JUDGING | _NO_DEED:
        return None
    return verb if any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children) else None


# What someone may be given the doing of: "was given the honour of pulling the first pint".
_HONOURS = frozenset(["honour", "honor", "job", "task", "privilege", "chance", "duty"])


def _given_the_honour(token: Any) -> Any | None:
    """The deed a name was given the honour of, or whose honour went to it: "Hilda Brewin, 94,
    was given the honour of pulling the first pint", "The honour of pressing the big red
    button went to Norris Bellweather" (the gerund, which tells what was done to what)."""
    honour = None
    if token.dep_ == "nsubjpass" and token.head.lemma_ in ("give", "hand", "award"):
        honour = next((c for c in token.head.children if c.dep_ == "dobj"), None)
    elif token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_ == "go":
        honour = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    if honour is None or honour.lemma_.casefold() not in _HONOURS:
        return None
    of = [c for c in honour.children if c.dep_ == "prep" and c.lower_ == "of"]
    deeds = [c for o in of for c in o.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    return deeds[0] if deeds else None


# Verbs of buying, whose "from" names who sold: "bought the inn from Cressington Inns".
_BUYING = frozenset(["buy", "purchase", "acquire"])
# What the seller did, as a question asks it ("Who sold the pub?").
SOLD = "sell"


def bought_from(token: Any) -> Any | None:
    """The verb of buying a name is the "from" of: the name sold what was bought ("The society
    bought the building from Tollgate Brewery", "from the pub company Cressington Inns")."""
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "from":
        return None
    verb = token.head.head
    if verb.dep_ == "dobj":
        verb = verb.head  # "bought the inn from ...": the parse may hang "from" on the inn
    return verb if verb.pos_ == "VERB" and verb.lemma_.casefold() in _BUYING else None


# Verbs of selling, whose "to" names who bought: "sold at Thrandley Auction Mart to Greystone
# Farming".
_SELLING = frozenset(["sell"])
# What the buyer did, as a question asks it ("Who bought the ram?").
BOUGHT = "buy"


def sold_to(token: Any) -> Any | None:
    """The verb of selling a name is the "to" of: the name bought what was sold ("The ram ...
    was sold at Thrandley Auction Mart to Greystone Farming, a sheep breeding business")."""
    return _verb_of_phrase(token, "to", _SELLING)


# Verbs of granting, whose "to" names who was granted a lease or a contract: "voted to give the
# kiosk's new lease to Frostfield Ices", "awarded the contract to Morwick Construction".
GRANTING = frozenset(["give", "award", "grant", "hand", "offer", "let"])
GRANTS = frozenset(
    ["lease", "contract", "licence", "license", "franchise", "tender", "concession", "tenancy"]
)


def granted_to(token: Any) -> Any | None:
    """The verb of granting a lease or a contract a name is the "to" of."""
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "to":
        return None
    verb = token.head.head
    if verb.pos_ != "VERB" or verb.lemma_.casefold() not in GRANTING:
        return None
    granted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return verb if any(c.lemma_.casefold() in GRANTS for c in granted) else None


# Verbs of raising money, whose "for" names who it is for; and what money is called when it
# "goes to" someone ("all of which will go to", "every penny is going to").
_RAISING = frozenset(["raise", "collect"])
_MONEY = frozenset(
    ["money", "cash", "proceeds", "penny", "pound", "fund", "sum", "total", "donation", "all",
     "which"]
)  # fmt: skip
# What a beneficiary was given, as one word whichever verb a report uses.
RAISED_FOR = "raise-for"


def raised_for(token: Any) -> Any | None:
    """The verb by which money a story tells of goes to a name: "raised £4,200 for the
    Lindrith Valley Hospice", "£6,000, all of which will go to Kelderdale Blood Bikes", "every
    penny is going to Hobthwaite Primary School" (not whoever else "went to" somewhere); or the
    donation it is given ("a £5 donation to Larkrise Children's Hospice", `_gift_to`)."""
    if (raised := _verb_of_phrase(token, "for", _RAISING)) is not None:
        return raised
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.dep_ == "dobj":
        verb = token.head.head.head  # "raised £2,400 for ...": the parse hangs "for" on the sum
        if verb.pos_ == "VERB" and verb.lemma_.casefold() in _RAISING:
            return verb
    if (gift := _gift_to(token)) is not None:
        return gift
    going = _verb_of_phrase(token, "to", frozenset(["go"]))
    if going is None:
        return None
    money = any(c.dep_ == "nsubj" and c.lemma_.casefold() in _MONEY for c in going.children)
    return going if money or going.head.lemma_.casefold() in _RAISING else None


# Money given, named by its noun: "a £5 donation to Larkrise Children's Hospice".
_GIFTS = frozenset(["donation", "contribution"])


def _gift_to(token: Any) -> Any | None:
    """The gift a name is given by "to" or "for": "asking visitors for a £5 donation to X",
    "in return for a £5 donation to X", "put a bucket out for donations of £5 for X" (the
    parse hangs that "for" on the sum, or on the verb beside the donations)."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "for"):
        return None
    owner = token.head.head
    if owner.dep_ == "pobj" and owner.head.lower_ == "of":
        owner = owner.head.head  # "donations of £5 for X"
    if owner.pos_ == "VERB":
        besides = [g for p in owner.children if p.dep_ == "prep" for g in p.children]
        owner = next((g for g in besides if g.dep_ == "pobj" and _gift(g)), owner)
    return owner if owner.pos_ == "NOUN" and _gift(owner) else None


def _gift(token: Any) -> bool:
    return token.lemma_.casefold() in _GIFTS


def _cleft(token: Any) -> Any | None:
    """The deed a cleft sentence gives a name: "it was Thorncastle who came out on top" (the
    name is what "it was", its "who" clause what it did), "It was a paper boy, Jacob Minchin,
    who first noticed" (the name beside what it was: the parse makes it an apposition or hangs
    it on "was" beside the attribute)."""
    name = token
    if token.dep_ == "appos" and token.head.dep_ == "attr":
        token = token.head
    verb = token.head
    if token.dep_ not in ("attr", "npadvmod") or verb.lemma_ != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return None
    if token.dep_ == "npadvmod" and not any(c.dep_ == "attr" for c in verb.children):
        return None
    clauses = (c for t in (name, token) for c in t.children)
    return next((c for c in clauses if c.dep_ == "relcl" and c.pos_ == "VERB"), None)


def worked_for(token: Any) -> Any | None:
    """The verb "work" a body is the "for" of: whom the story's people work for ("The members
    all work for Ostermoor Motor Services", "who all work at the town's depot for Coastline
    Buses")."""
    return _verb_of_phrase(token, "for", frozenset(["work"]))


def _first_to(token: Any) -> Any | None:
    """The deed a name is said to have done first: "The first person to find the damage was
    the headteacher, Joanne Stirk", "Joanne Stirk was the first to reach them" (the verb of the
    infinitive on the other side of "was")."""
    if token.dep_ == "appos":
        token = token.head
    be = token.head
    if be.lemma_ != "be" or token.dep_ not in ("attr", "nsubj"):
        return None
    other = [c for c in be.children if c.dep_ in ("nsubj", "attr") and c.i != token.i]
    return next((verb for noun in other if (verb := infinitive_of(noun)) is not None), None)


def infinitive_of(noun: Any) -> Any | None:
    """The verb of the infinitive a noun is qualified by: "find" of "the first person to find
    the damage"."""
    for verb in noun.children:
        told = verb.dep_ in ("relcl", "acl") and verb.tag_ == "VB"
        if told and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return verb
    return None


def _verb_of_phrase(token: Any, preposition: str, lemmas: frozenset[str]) -> Any | None:
    """The verb (of these lemmas) whose `preposition` phrase a name, or the noun it is set
    beside, is in; the parse may hang the phrase on a place before it ("sold at the mart to
    ...", "work at the depot for ...")."""
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != preposition:
        return None
    verb = token.head.head
    if verb.dep_ == "pobj" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.casefold() in lemmas else None


def _with_doing(token: Any) -> Any | None:
    """The deed of a named person told "with" them doing it: "Its doors reopened on Saturday,
    with the society's chairman, Gregory Penhaligon, pulling the first pint" (the parse hangs
    the gerund on the sentence's verb, right after the "with" phrase)."""
    noun = token.head if token.dep_ == "appos" else token
    with_ = noun.head
    if noun.dep_ != "pobj" or with_.lower_ != "with" or with_.head.pos_ != "VERB":
        return None
    end = max(t.i for t in with_.subtree)
    for doing in (c for c in with_.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in doing.children)
        between = token.doc[end + 1 : doing.i]
        if not subject and all(t.is_punct for t in between):
            return doing
    return None


# Nouns a place's name is given "of": "the village of Ollerby" is Ollerby.
_SETTLEMENTS = frozenset(["village", "town", "city", "hamlet", "parish"])


def _engaged_who(name: Any) -> Any | None:
    """The work a name was engaged for in a clause after it: "Contractors Linewright Ltd, who
    were hired by the council to paint the markings" (the painting), or the engaging itself."""
    for clause in name.children:
        if clause.dep_ != "relcl" or clause.lemma_.casefold() not in _ENGAGE:
            continue
        if any(
            c.dep_ == "nsubjpass" and c.lower_ in ("who", "which", "that") for c in clause.children
        ):
            work = [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            return work[0] if work else clause
    return None


def _verified(verb: Any) -> bool:
    """Whether "confirmed" says a thing was checked, not that something was said: what was
    confirmed is a noun ("Her discovery was confirmed by astronomers", "Wardens from the Trust
    confirmed the chicks"), not "it" before a clause ("It was confirmed by police that ...")
    nor a clause ("confirmed that ...")."""
    return verb.lemma_.casefold() == "confirm" and any(
        c.dep_ in ("nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    )


def _work_of_its_people(token: Any, body: bool) -> Any | None:
    """The work an organisation's people did: "Divers from the Skelmouth Maritime Trust raised
    the bell", "Fennshire Ambulance Service paramedics treated the injured" (the verb, with
    what it was done to), not what they said ("Officers from the agency said ...") nor what a
    person named with a party did ("Ayuko, of the People's Congress, beat ..." is a plain noun
    or a plural, "Divers" capitalised at a sentence's start). Only what the model calls an
    organisation has people "of" it: not "the toads of Wethercote" (taken for a person), nor
    "The mayor of Castelnoy" (a town); but "The village of Ollerby won" is the village's win."""
    if token.dep_ == "compound" and token.head.tag_ == "NNS":
        people = token.head  # the body's name before its people
    elif token.dep_ == "pobj" and token.head.lower_ in ("from", "of", "at"):
        people = token.head.head
        named = people.lemma_.casefold() in _SETTLEMENTS  # "the village of Ollerby"
        if token.head.lower_ != "from" and not (body or named):
            return None
    else:
        return None
    if people.pos_ == "NOUN" and people.dep_ == "pobj" and people.head.dep_ == "agent":
        # "was confirmed on Sunday by astronomers at Ottercombe University": their work
        verb = people.head.head
        deed = _verified(verb) or verb.lemma_.casefold() not in REPORTING
        return verb if verb.pos_ == "VERB" and deed else None
    verb = people.head
    plain = people.pos_ == "NOUN" or people.tag_ == "NNPS"
    if people.dep_ != "nsubj" or not plain or verb.pos_ not in ("VERB", "AUX"):
        return None
    if token.head.lower_ == "of" and lexicon.classes((people.lemma_.casefold(),)):
        return None  # "The organisers of the Great Fallbridge Duck Race": the race, organised
    if verb.lemma_.casefold() in _JUDGING and not _verified(verb):
        return None
    if verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children):
        return verb
    return verb if _came_to_the_scene(verb) else None


# Verbs by which a body's people came to where the story happened, with no object: "Rescuers
# from the Northshore Seal Trust rushed to the scene", "volunteers from X were at the wharf".
_ARRIVING = frozenset(["arrive", "rush", "race", "hurry", "come", "go", "head", "be"])


def _came_to_the_scene(verb: Any) -> bool:
    """Whether a verb tells that its subject came to or was at a place (`_ARRIVING`), which
    says who answered the call as well as a deed done to the thing does."""
    if verb.lemma_.casefold() not in _ARRIVING:
        return False
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "to", "on")]
    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" for p in places for c in p.children)


# What a person or a body may be said to be, after "is", as a party to the story: a job, a
# role of a body, the charity someone chose.
_PARTIES = PERSON_NOUNS | BODY_ROLES | frozenset(["charity", "beneficiary"])


def _what_it_is_said_to_be(token: Any) -> Any | None:
    """The party a name is said to be, after "is": "Her chosen charity for the year is
    Tennockshire Wildlife Rescue" (the charity she chose, as "She has chosen the Tadcombe
    Community Larder as her charity" tells it), "The buyer was Hollybank Texels". Not what a
    thing is called ("The ram in the ring was Bankfoot Warlord": its name, no party)."""
    if token.dep_ != "attr" or token.head.lemma_ != "be" or token.pos_ != "PROPN":
        return None  # a name, not "The collapse is the second at a wind farm"
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    lemma = subject.lemma_.casefold()
    return subject if lemma in _PARTIES or is_job(lemma) else None


def _beside_the_doer(token: Any) -> Any:
    """The doer a name is set beside, when the parser hung the name on another word: in "She
    was proposed by the outgoing mayor, Councillor Hubert Bilbow, who said ..." the name is the
    mayor's, not an apposition of "She" (nor the subject of a verb after it, as the parse may
    also have it). Any other token is itself."""
    first = next((t for t in token.subtree if t.dep_ == "compound"), token)
    set_off = token.i + 1 < len(token.doc) and token.nbor(1).text == ","  # the name closed
    if first.i < 2 or first.nbor(-1).text != "," or not (token.dep_ == "appos" or set_off):
        return token
    doer = first.nbor(-2)
    by_whom = doer.dep_ == "pobj" and doer.head.dep_ == "agent"
    return doer if doer.pos_ == "NOUN" and by_whom and token.head != doer else token


def _misplaced_agent(token: Any) -> Any | None:
    """The passive verb a "by" phrase the parser hung on a place belongs to: "was found ... in a
    hawthorn hedge on Morrowby Head by Dilys Ormerod" (by whom it was found, not a hedge by
    her), when that verb has no agent of its own."""
    by = token.head
    if token.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "prep":
        return None
    if by.head.pos_ != "NOUN" and not (by.head.pos_ == "VERB" and by.head.dep_ == "xcomp"):
        return None
    verb = next((a for a in by.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and verb.dep_ == "xcomp" and by.head == verb:
        verb = verb.head  # "It was found lying across the avenue ... by postman X"
    if verb is None or verb.lemma_.casefold() in _JUDGING:
        return None
    return verb if _passive(verb) and not _by_someone(verb) else None


# Words after "was" that a "by" phrase follows as a feeling's cause, not a deed's doer: "was
# delighted by Cllr Ashby's decision".
_FEELINGS = frozenset(
    ["delighted", "pleased", "impressed", "surprised", "shocked", "stunned", "saddened",
     "moved", "touched", "amazed", "worried", "concerned", "baffled", "angered", "inspired",
     "overwhelmed", "frightened", "scared", "disappointed", "thrilled"]
)  # fmt: skip


def participle_as_adjective(verb: Any) -> Any | None:
    """The passive participle the tagger took for an adjective after `verb`'s "was": "swum" of
    "The first length ... was swum by Dana Wardle", its "by" phrase hung on it. Not a feeling's
    cause ("was delighted by"), nor a state ("was unaffected by")."""
    if verb.lemma_ != "be":
        return None
    for done in verb.children:
        by = any(c.dep_ == "prep" and c.lower_ == "by" for c in done.children)
        if done.dep_ == "acomp" and by and done.lower_ not in _FEELINGS:
            return None if done.lower_.startswith("un") else done
    return None


def _participle_as_adjective(token: Any) -> Any | None:
    """The "was" that stands for a passive verb read as an adjective (`participle_as_adjective`)
    whose "by" phrase names `token`: it holds the subject and the participle."""
    by = token.head
    if token.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "prep":
        return None
    verb = by.head.head
    return verb if participle_as_adjective(verb) == by.head else None


def _done_by_its_own(token: Any) -> Any | None:
    """The verb a body's people or craft did in the passive: "rescued by the crew of the
    trawler Brighid Rose", "winched to safety by a helicopter of the Skerrin Coastguard" (not
    what was said by them)."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("of", "from"):
        return None
    holder = token.head.head
    if holder.pos_ != "NOUN" or holder.dep_ != "pobj" or holder.head.dep_ != "agent":
        return None
    verb = holder.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.casefold() not in _JUDGING else None


# Verbs whose active subject is who did the work: "X led the rescue", "X claimed the attack";
# and the works they are said of (_DEEDS), which a "claimed" attack is too, unlike a claim said.
_LEADING = frozenset(["lead", "head", "command", "coordinate", "direct", "mastermind", "claim"])
# ... of them those by which one leads a body named as the object: "X leads the Toad Patrol".
_HEADING = frozenset(["lead", "head"])
# Verbs whose active subject found what a story is about: "X found the stone", "X, who
# discovered the skeleton" (a thing found, not "found a way" nor "found that ...").
_FINDING = frozenset(["find", "discover", "uncover", "unearth", "spot", "notice"])
# What someone "made" when they found it: "made the grim discovery".
_FINDS = frozenset(["discovery", "find"])
# Verbs of raising the alarm ("raised the alarm", "dialled 999"), which news tells of whoever
# found what the story is about.
_ALARMING = frozenset(["raise", "sound", "dial"])
# Verbs that find by coming "across" or "upon" something: "came across the painting",
# "stumbled across one of Britain's rarest flowers", "chanced upon the hoard".
_COMING_ACROSS = frozenset(["come", "stumble", "chance", "happen"])
# Every verb whose active subject `_led_by` reads as who did the deed ("made the discovery",
# "came across the painting" among them).
_DEED_VERBS = _LEADING | _FINDING | _ALARMING | _COMING_ACROSS | {"make"}
_DEEDS = frozenset(["responsibility", "attack", "rescue", "operation", "search", "raid",
                          "hack", "bombing", "effort", "investigation", "inquiry"])  # fmt: skip


def names_the_deed(verb: Any) -> bool:
    """Whether a verb whose active subject did something is the deed itself ("handed a
    petition", "lifted the trophy"), not a verb of leading, finding or deciding, which say who
    did a deed other words may name ("led the rescue", "coordinated the rescue")."""
    return verb.lemma_.casefold() not in _DEED_VERBS and not decides(verb)


def claims_a_deed(verb: Any) -> bool:
    """Whether a verb of claiming owns a deed ("claimed responsibility", "the attack was
    claimed by X") rather than reports a claim."""
    return verb.lemma_ == "claim" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.casefold() in _DEEDS for c in verb.children
    )


def named_as(token: Any) -> Any:
    """The noun a name is given to: "a criminal gang known as Copperhand" -> gang, "a group
    calling itself Nightfern Collective" -> group; else the name itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        verb = token.head.head
        if verb.lemma_ in ("know", "call", "name") and verb.dep_ == "acl":
            return verb.head
    if token.dep_ == "oprd" and token.head.lemma_ == "call" and token.head.dep_ == "acl":
        return token.head.head
    return token


def _passive(verb: Any) -> bool:
    """Whether a verb is in the passive ("was found", "has been found")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children)


def _led_by(token: Any) -> Any | None:
    """The verb of leading, claiming, deciding or finding whose active subject the name is,
    directly, as the apposition of the subject ("The city's chief medical officer, Dr X, called
    off the race") or through "who": "X led the rescue", "X, who led the rescue", "X claimed
    responsibility", "X ordered the race to be stopped", "his wife Marjorie found her curled up
    in the porch", "X made the grim discovery", "X, who raised the alarm"; and hauling what was
    stranded clear ("X drove his tractor onto the beach and towed the aircraft")."""
    verbs = [token.head] if token.dep_ == "nsubj" else []
    if token.dep_ == "appos" and token.head.dep_ == "nsubj":
        verbs.append(token.head.head)
    verbs += [c for c in token.children if c.dep_ == "relcl"]
    # what the subject did next is read for a finding, not a decision ("has sent inspectors
    # and ordered every crane to be checked" decides nothing of the crane's owner)
    later = [then for verb in verbs for then in _then_did(verb)]
    for verb in [*verbs, *later]:
        if decides(verb) and verb not in later:
            return verb
        lemma = verb.lemma_.casefold()
        if lemma in _HAULING and verb.pos_ == "VERB" and _hauled(verb):
            return verb  # "drove his tractor onto the beach and towed the aircraft"
        if lemma not in _DEED_VERBS or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in _HEADING and objects and objects[0].pos_ == "PROPN":
            return verb  # "X, who leads the Wethercote Toad Patrol": its leader
        if verb.dep_ == "relcl" and not any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in verb.children
        ):
            continue
        if objects and objects[0].lemma_.casefold() in _DEEDS:
            return verb
        if lemma in _FINDING and _found_something(verb, objects):
            return verb  # "Gilles Mauduit found the coins with a metal detector"
        if lemma == "make" and objects and objects[0].lemma_.casefold() in _FINDS:
            return verb  # "Dog walker X made the grim discovery"
        if lemma in _ALARMING and objects and (lemma == "dial" or objects[0].lemma_ == "alarm"):
            return verb  # "X, who raised the alarm", "X ... dialled 999"
        if comes_across(verb):
            return verb  # "X was emptying the unit when he came across the painting"
    return None


# Verbs of getting a stranded thing or someone clear: "towed the aircraft above the high-water
# mark", "tied a rope to the plane and dragged it clear of the waves".
_HAULING = frozenset(["tow", "drag", "haul", "winch"])
# Objects that point back to what was hauled.
_POINTED_BACK = frozenset(["it", "him", "her", "them"])


def _hauled(verb: Any) -> bool:
    """Whether a verb of hauling has something hauled: a noun, or a pronoun for it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (objects[0].pos_ == "NOUN" or objects[0].lower_ in _POINTED_BACK)


# Pronouns that carry a sentence's subject into its "when" clause: "X was emptying the unit
# when he came across the painting".
_SAME_SUBJECT = frozenset(["he", "she", "they"])


def _then_did(verb: Any) -> list[Any]:
    """What the subject of a verb did next in the same sentence: a verb joined to it with no
    subject of its own ("X pulled up the carrot and found the ring"), or a "when" clause whose
    subject is a pronoun for it ("X was emptying the unit when he came across the painting")."""
    joined = [  # "roared onto the sand, tied a rope to the plane and dragged it clear"
        c
        for c in verb.conjuncts
        if c.i > verb.i and c.pos_ == "VERB" and not any(d.dep_ in SUBJECTS for d in c.children)
    ]
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(d.dep_ == "nsubj" and d.lower_ in _SAME_SUBJECT for d in c.children)
    ]
    return [*joined, *clauses]


def found_noun(verb: Any) -> str | None:
    """What a finding verb's agent found, as a noun's lemma ("found the stone", "The oak was
    found by X"): "" when a pronoun or a name tells it ("spotted her", "found Juniper"), or the
    verb is of raising the alarm or of making a discovery; None when the verb is no finding.
    An agent's aspect is named by what was found, never by the finder ("his wife Marjorie")."""
    lemma = verb.lemma_.casefold()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    across = _across(verb) if lemma in _COMING_ACROSS else None
    if lemma in _ALARMING or (lemma == "make" and objects and objects[0].lemma_ in _FINDS):
        return ""
    if across is not None:
        objects = [c for c in across.children if c.dep_ == "pobj"]
    elif lemma not in _FINDING:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    found = [
        *objects,
        *(c for c in verb.children if c.dep_ == "nsubjpass"),
        *(s for c in clauses for s in c.children if s.dep_ == "nsubj"),
    ]
    if found and found[0].lower_ == "one":  # "one of Britain's rarest flowers": a flower
        found = [c for o in found[0].children if o.lower_ == "of" for c in o.children] or found
    return found[0].lemma_.casefold() if found and found[0].pos_ == "NOUN" else ""


def comes_across(verb: Any) -> bool:
    """Whether a verb finds by coming across something ("stumbled across the orchid"): a
    finding, told as "find" is."""
    return verb.lemma_.casefold() in _COMING_ACROSS and _across(verb) is not None


def _across(verb: Any) -> Any | None:
    """The "across" of "came across the painting" or "upon" of "chanced upon the hoard"
    (finding it), if the verb has one."""
    return next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("across", "upon")), None
    )


def _found_something(verb: Any, objects: list[Any]) -> bool:
    """Whether a verb of finding found someone or something: a thing ("found the coins"), a
    name or a pronoun ("found Juniper", "spotted her", "found the first one"), or someone in a
    state ("found her curled up in the porch"); not a verdict ("found him guilty") nor a fact
    ("found that ...", "found she could not rouse her parents")."""
    if any(c.dep_ in ("acomp", "oprd") for c in verb.children):
        return False
    if objects:
        return objects[0].pos_ in ("NOUN", "PROPN", "PRON") or objects[0].lower_ == "one"
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ != "AUX"]
    if any(c.lower_ == "one" for c in clauses):
        return True  # "found that first one", a clause after "that" to the parse
    return any(
        any(d.dep_ == "nsubj" for d in c.children)
        and not any(d.dep_ in ("mark", "aux", "auxpass") for d in c.children)
        for c in clauses
    )  # "found a bedraggled Juniper curled up", "spotted her lying by the gate"


# Marks a fact of who decided what happened (`decides`): only a question about a decision asks
# it, not every question naming what was decided ("Who won the race?").
DECIDED = "decided"


def decides(verb: Any) -> bool:
    """Whether a verb tells who decided what happened: "ordered the race to be stopped",
    "ordered the trial to stop", "called off the race"."""
    if verb.pos_ != "VERB":
        return False
    told = {c.dep_ for c in verb.children}
    if verb.lemma_ == "order":
        return bool(told & {"ccomp", "xcomp"})
    called_off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return verb.lemma_ == "call" and called_off and "dobj" in told


def chosen_name(words: tuple[str, ...]) -> str | None:
    """How a reader is told an aspect of who was engaged ("who was appointed"), if it is one."""
    verb = next((w for w in words if w in _CHOSEN), None)
    return f"who was {_CHOSEN[verb]}" if verb else None


def post_of(verb: Any) -> str:
    """The post someone was chosen for, as a lemma: "appointed X as the city's next police
    commissioner", "X has been appointed commissioner" -> "commissioner"; "" when none is told.
    Two choices in one story are one question only when they are for the same post."""
    if verb.lemma_.casefold() not in _CHOSEN:
        return ""
    for child in verb.children:
        if child.dep_ in ("oprd", "attr") and child.pos_ == "NOUN":
            return str(child.lemma_.casefold())
        if child.dep_ == "prep" and child.lower_ == "as":
            nouns = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            if nouns:
                return str(nouns[0].lemma_.casefold())
    return ""
