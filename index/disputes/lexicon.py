"""Words news reports use for the same attribute of an event, grouped: the aspects' synonyms.

"killed", "died", "dead" and "death toll" all give the number of deaths; "passengers", "aboard"
and "carrying" the number of people on board. The classes are about news events in general
(deaths, injuries, people on board, money, closures, contracts), never about one story;
what no class covers is matched by embedding similarity instead (`index.disputes.aspects`).
"""

from __future__ import annotations

from functools import cache

from index.analysis.tokens import tokenize

# class -> (lemmas that put a fact in it, how the class is named to a reader)
ATTRIBUTES: dict[str, tuple[frozenset[str], str]] = {
    "deaths": (
        frozenset(
            [
                "kill",
                "die",
                "dead",
                "death",
                "toll",
                "fatality",
                "fatalities",
                "life",
                "body",
                "drown",
                "perish",
            ]
        ),
        "the death toll",
    ),
    "injuries": (
        frozenset(
            [
                "injure",
                "injured",
                "wound",
                "wounded",
                "hurt",
                "injury",
                "treat",
                "treatment",
                "casualty",
                "sting",
            ]
        ),
        "the number injured",
    ),
    # Those taken to hospital are some of those hurt, counted apart: "Some 14 daredevils were
    # hurt" and "two were taken to hospital" are two counts of one report, not two figures of
    # one count that another report's "nine ... two taken to hospital" could agree with.
    "hospitalised": (frozenset(["hospitalize", "hospitalise"]), "the number taken to hospital"),
    "missing": (frozenset(["missing", "unaccounted"]), "the number missing"),
    # "left 146 passengers ill", "more than 300 holidaymakers sick": an outbreak's count
    # and what they were taken to hospital with ("a rare nerve disorder", "the stomach bug")
    "ill": (
        frozenset(
            [
                "ill",
                "sick",
                "sicken",
                "illness",
                "symptom",
                "disorder",
                "disease",
                "infection",
                "poisoning",
                "bug",
                "virus",
            ]
        ),
        "the number taken ill",
    ),
    "on board": (
        frozenset(["passenger", "aboard", "board", "onboard", "carry", "cram"]),
        "the number on board",
    ),
    # "winched to safety by a helicopter" is a rescue, however the other reports word it
    "rescued": (
        frozenset(["rescue", "rescued", "survivor", "save", "winch", "tow", "drag", "haul"]),
        "the number rescued",
    ),
    "children": (
        frozenset(["child", "children", "kid", "son", "daughter"]),
        "the number of children",
    ),
    "arrests": (
        frozenset(["arrest", "detain", "detained", "recapture", "recaptured"]),
        "the number arrested",
    ),
    "evacuated": (frozenset(["evacuate", "evacuee", "displace"]), "the number evacuated"),
    # "About 60,000 people were at the festival", "48,000 people were inside the park", "a
    # crowd of 35,000": how many were there (facts.PRESENT marks the first two); "3,000
    # birdwatchers descended on the village", "fans flocked to": how many came.
    "attendance": (
        frozenset(
            [
                "attend",
                "attendance",
                "crowd",
                "spectator",
                "turnout",
                "audience",
                "present",
                "descend",
                "flock",
                "throng",
                "converge",
                "gather",
            ]
        ),
        "the attendance",
    ),
    # Before the salary and the fee, whose "pay" a ransom is "paid" with too.
    "ransom": (frozenset(["ransom"]), "the ransom"),
    # Before the cost: "left damage estimated at £250,000" is what the damage came to, which
    # "How much damage was done?" asks (not the price of a ticket; a court's "damages", whose
    # stem is the same, are a fine's too).
    "damage": (frozenset(["damage"]), "the damage"),
    "cost": (
        # "It charges 50p", "Visitors are charged 50p": the price of a use
        frozenset(["cost", "price", "spend", "bill", "budget", "repair", "estimate", "charge"]),
        "the cost",
    ),
    # "a prize of £2,000", "the winners' prize": what a contest pays, no one's wage (not
    # "winnings", whose stem is that of "winning numbers" and "won the title")
    "prize": (frozenset(["prize", "jackpot"]), "the prize money"),
    # "paid" too: questions are stemmed, not lemmatised, and its stem is not "pay".
    "salary": (frozenset(["salary", "wage", "earn", "earnings", "pay", "paid"]), "the salary"),
    "fee": (
        frozenset(
            [
                "fee",
                "transfer",
                "pay",
                "paid",
                "payment",
                "sum",
                "sell",
                "buy",
                "purchase",
                "price",
                "fetch",
                # "The hammer fell at £790,000": what it sold for
                "hammer",
            ]
        ),
        "the fee",
    ),
    "contract": (frozenset(["contract", "deal", "agreement"]), "the contract"),
    # Before the sum taken: "awarded the couple £18,500", "have pocketed a whopping £27,000" (a
    # tabloid's payout, as a thief's haul is pocketed too). Not "receive" nor "get": "received
    # £500 in book tokens" is a prize, "received $2m to free the ship" a ransom, "took a
    # decade to get £7.1m" a bridge's cost.
    "payout": (
        frozenset(["award", "pocket", "payout", "settlement", "compensation"]),
        "the payout",
    ),
    "theft": (
        frozenset(
            [
                "steal",
                "stole",
                "stolen",
                "pocket",
                "embezzle",
                "siphon",
                "defraud",
                "swindle",
                "misappropriate",
                "loot",
                "bribe",
                "kickback",
            ]
        ),
        "the sum taken",
    ),
    # "gathered 8,200 signatures", "a petition signed by 14,000 people": how many signed (not
    # "sign" alone: players and contracts are signed).
    "signatures": (frozenset(["signature", "signatory", "petition"]), "the signatures"),
    # "won with a majority of 231", "beat him by 312 votes" (read as a margin by the facts).
    "margin": (frozenset(["majority", "margin"]), "the margin"),
    "debt": (frozenset(["owe", "owed", "debt", "debts", "liability", "liabilities"]), "the debt"),
    "value": (
        frozenset(["worth", "value", "valued", "valuation", "insure", "insured"]),
        "the value",
    ),
    "closure": (
        frozenset(["close", "closed", "closure", "shut", "reopen", "halt", "shutdown"]),
        "the closure",
    ),
    # "the grouse moor, owned by Rookhill Sporting", "Scarrow Moor, which belongs to the
    # Aldwark Trust": who owns it.
    "owner": (frozenset(["own", "owner", "belong"]), "the owner"),
    # "The syndicate's organiser, Kevin Marsden", "organised by": who runs a group, club or
    # event (a passive "run by" is read as organising: `facts.RUN_BY`).
    "organiser": (
        frozenset(["organiser", "organizer", "organise", "organize"]),
        "the organiser",
    ),
    # "bought the inn from Cressington Inns": who sold it (a question's "sold" is no lemma)
    "seller": (frozenset(["sell", "sold", "seller", "vendor"]), "the seller"),
    # "The last of the buried skiers was found after nearly two hours", "had been located
    # within 40 minutes": when, or how long it took, to find who or what was sought.
    "found": (
        frozenset(
            [
                "find",
                "found",
                "locate",
                "trace",
                "discover",
                "discovery",
                "spot",
                "notice",
                "rumble",  # "The mistake was rumbled by a cornet player"
                "sight",
                "sighting",
                "alarm",
                "dial",
                "alert",
            ]
        ),
        "the search",
    ),
    "height": (frozenset(["tall", "high", "height"]), "the height"),
    "weight": (frozenset(["weigh", "weight", "heavy"]), "the weight"),
    "fine": (
        frozenset(["fine", "penalty", "bail", "compensation", "damages", "reward"]),
        "the amount",
    ),
    "sentence": (frozenset(["sentence", "jail", "prison"]), "the sentence"),
    # "The photograph was taken on Sunday by X": asked as "photo day", "who got the picture"
    "photograph": (
        frozenset(["photograph", "photo", "picture", "photographer", "image", "film", "footage"]),
        "the photograph",
    ),
    "start": (
        frozenset(["break", "erupt", "ignite", "spark", "begin", "start"]),
        "when it started",
    ),
    # "divided into 2,200 portions", asked as "how many servings"
    "portions": (frozenset(["portion", "serving", "slice"]), "the number of portions"),
    # "will be displayed at Quillbury Museum", "will go on show at Quillbury Library": where
    # or when a thing is shown, asked as "be put on show" or "be exhibited"
    "display": (frozenset(["display", "show", "exhibit", "exhibition"]), "the display"),
}

# Classes that say what happened to the people counted (not what they are, as "passengers"), or
# what a count of them measures (a winning margin, not the votes cast).
HAPPENED = frozenset(
    ["deaths", "injuries", "hospitalised", "missing", "rescued", "arrests", "evacuated", "margin"]
)

# Words of how long something lasted, class -> (lemmas, how the class is named): "spent 11 days
# adrift", "had been drifting for 17 days", "trapped underground for 52 hours". Classes of
# lengths alone: of a count they say nothing ("nine miners were trapped" counts miners, as "27
# miners were brought out" does).
LENGTHS: dict[str, tuple[frozenset[str], str]] = {
    "stranded": (
        frozenset(
            [
                "adrift",
                "drift",
                "strand",
                "stranded",
                "trap",
                "trapped",
                "stuck",
                "stick",
                "wedge",
                "jam",
                "sit",
                "maroon",
                "underground",
            ]
        ),
        "the time stranded",
    ),
    # "were left without water for 30 hours", "Supplies were restored ... 18 hours after the
    # burst": how long a supply was cut off.
    "cut off": (frozenset(["without", "outage", "restore"]), "the time without supply"),
    # "reaching Antigua after 47 days at sea", "It had taken them 52 days to row from La
    # Gomera": how long a crossing or a journey took; "crossed the course in 2 minutes 51
    # seconds", "The winning time was 2 minutes 51 seconds" (a race's time, `facts.FINISHED_IN`).
    "journey": (
        frozenset(
            [
                "row",
                "sail",
                "voyage",
                "crossing",
                "cross",
                "journey",
                "reach",
                "arrive",
                "sea",
                "finish",
            ]
        ),
        "the time the journey took",
    ),
}


# Verbs of going some way: a length told with one is how far someone or something went ("the
# family was walked a quarter of a mile", "the procession covered half a mile", "had gone about
# half a mile"), whichever verb each report uses. Of measures only: "walked out" is a strike.
TRAVELLED = frozenset(
    ["walk", "wander", "travel", "cover", "drift", "stray", "roam", "go", "swim", "trek",
     "march", "hike", "crawl", "journey"]
)  # fmt: skip


def length_classes(words: tuple[str, ...]) -> frozenset[str]:
    """The classes of `LENGTHS` these lemmas belong to."""
    return frozenset(name for name, (members, _) in LENGTHS.items() if members & set(words))


def length_name(words: tuple[str, ...]) -> str | None:
    """How a length is named to a reader when a class of `LENGTHS` covers its words."""
    return next((name for members, name in LENGTHS.values() if members & set(words)), None)


# What a scale measures, by its short name too, and the scale's own name left out: "a magnitude
# 5.8 earthquake" and "the magnitude 5.8 quake" measure one thing, "the strongest [aftershock] of
# magnitude 4.1" another.
_FULL_FORMS = {"quake": "earthquake"}
_SCALES = frozenset(["magnitude"])


def measured(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of what a scale's figure measures, each in its full form."""
    return tuple(dict.fromkeys(_FULL_FORMS.get(w, w) for w in words if w not in _SCALES))


# Which of several things of one kind a noun is ("the fifth stage", "the second round"): facts
# of two of them are about two things (`index.disputes.aspects`). Not "last" nor "final": a
# strike's length is what it "lasted", and "the final" is a match.
# In order: "fourth" is the 4th.
ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
)  # fmt: skip
ORDINALS = frozenset(ORDINAL_WORDS)

# The words of "at the fourth attempt", "on her second try": how many attempts it took (`facts`).
ATTEMPT_WORDS = frozenset(["attempt", "try", "go", "bid"])

# Posts of universities, schools, charities and churches that people are named beside ("The
# dean of the faculty of medicine, Odile Ferrand"), and of them those one person holds at a
# time in one institution (a professor may also be its dean; its dean is not its registrar).
INSTITUTION_POSTS = frozenset(
    ["dean", "rector", "provost", "registrar", "bursar", "principal", "headteacher",
     "headmaster", "headmistress", "professor", "lecturer", "treasurer", "trustee", "editor",
     "curator", "ambassador", "envoy", "bishop", "archbishop", "chaplain", "vicar", "warden",
     "archdeacon", "canon"]
)  # fmt: skip
# A church's clergy by rank, whose titles stand before their names too ("Archdeacon Hilary
# Cushing"): one person is the vicar or the archdeacon of a church, not both.
CLERGY_RANKS = frozenset(["vicar", "curate", "canon", "archdeacon", "bishop", "archbishop"])
# A council's leader is not its mayor ("The deputy leader of the town council, Councillor Ruth
# Dunwell" against "the mayor of Kittiwick").
POSTS_HELD_ALONE = frozenset(
    ["dean", "rector", "provost", "registrar", "bursar", "principal", "headteacher",
     "headmaster", "headmistress", "treasurer", "leader"]
) | CLERGY_RANKS  # fmt: skip

# What a person is introduced by when it is no office ("coastguard commander Ebba Marrack",
# "security guard Casimir Dray", "Kallimora's harbour master"): a job, which one person does
# one of at a time. Most are named by their ending (`JOB_ENDING`); these are not.
JOBS = frozenset(
    ["guard", "nurse", "pilot", "coach", "chef", "clerk", "cook", "surgeon", "medic", "diver",
     "detective", "constable", "sergeant", "captain", "skipper", "analyst", "consultant",
     "accountant", "attendant", "agent", "contractor", "postman", "fisherman", "curate",
     "architect", "economist", "scientist", "journalist", "chemist", "pharmacist", "dentist",
     "mechanic", "electrician", "technician", "plumber", "carpenter", "soldier", "marine",
     "paramedic", "midwife", "vet", "priest", "imam", "rabbi", "monk", "nun", "judge",
     "guide", "ranger", "warden", "lifeguard", "umpire", "referee", "marshal", "steward"]
)  # fmt: skip
JOB_ENDING = r"(?:er|or|ist|ian|man|woman)$"
# Nouns with a job's ending that say something else about a person (what they are to others,
# what they did once): "the winner", "a father of two", "a club member" is no job.
NOT_JOBS = frozenset(
    ["member", "owner", "leader", "supporter", "user", "customer", "voter", "fan", "winner",
     "survivor", "passenger", "resident", "witness", "victim", "suspect", "father", "mother",
     "brother", "sister", "daughter", "son", "grandfather", "grandmother", "neighbour",
     "partner", "worker", "employee", "volunteer", "founder", "speaker", "viewer", "listener",
     "reader", "campaigner", "protester", "prisoner", "defendant", "veteran", "pensioner",
     "man", "woman", "spokesman", "spokeswoman", "chairman", "chairwoman", "player",
     "stranger", "foreigner", "outsider", "insider", "teenager", "youngster", "elder",
     "visitor", "tourist", "holder", "runner", "rider", "killer", "attacker", "robber",
     "gunman", "hijacker", "kidnapper", "murderer", "offender", "smuggler", "dealer",
     "competitor", "challenger", "contender", "finisher", "scorer", "starter", "nominee",
     "organiser", "organizer",
     # vessels and machines, which news names as it names people ("the oil tanker Corvina
     # Spirit", "the bulk carrier Ortolan Crest")
     "tanker", "freighter", "trawler", "carrier", "liner", "steamer", "cruiser", "destroyer",
     "bomber", "airliner", "container", "trailer", "computer", "heater", "boiler",
     "helicopter", "tractor", "excavator", "reactor", "generator", "motor", "elevator"]
)  # fmt: skip
# Water and weather with a job's ending, which are no one at all: "a burst water main had sent
# water pouring into the underpass" tells a cause, not who acted.
NO_ONE = frozenset(
    ["water", "floodwater", "meltwater", "rainwater", "seawater", "river", "weather", "thunder",
     "shower", "boulder", "timber", "meteor", "winter"]
)  # fmt: skip
# Jobs news names in other words: a club's skipper is its captain, a coach its manager.
SAME_JOB = (
    frozenset(["captain", "skipper"]),
    frozenset(["boss", "manager", "coach", "head"]),
    frozenset(["officer", "policeman", "policewoman", "constable", "detective", "inspector"]),
    frozenset(["doctor", "physician", "surgeon", "consultant", "medic"]),
    frozenset(["lawyer", "solicitor", "barrister", "attorney", "counsel", "advocate"]),
    frozenset(["reporter", "journalist", "correspondent", "writer", "editor"]),
    frozenset(["soldier", "fighter", "marine", "trooper"]),
)

# What a market's move is of: "Shares in Brevik-Hale rose on Monday as the Ortolan Crest was
# released" dates the shares' rise, an event of its own, not the release.
MARKET = frozenset(["share", "stock", "price"])

# Places named like organisations ("Dunsevern Central station", "the Coopers' Rest pub"): a
# name before one of these nouns says where, not who.
BUILDINGS = frozenset(
    ["station", "pub", "bar", "hotel", "restaurant", "cafe", "club", "stadium", "airport",
     "school", "hospital", "church", "mosque", "museum", "factory", "plant", "mine", "farm",
     "bridge", "port", "harbour", "terminal", "market", "centre", "center", "mall", "theatre",
     "library", "gallery", "cinema"]
)  # fmt: skip

# Common nouns of where something happened or was found, rooms, buildings and grounds: "found
# it in a cardboard box in his loft" against "in his garage", "a crush at the north gate"
# against "at the east entrance". Not containers ("box", "trunk": what it was in, inside the
# place) nor "ground", on which most things lie.
PLACE_NOUNS = frozenset(
    ["loft", "attic", "cellar", "basement", "kitchen", "bedroom", "bathroom", "lounge",
     "hallway", "garage", "shed", "cowshed", "barn", "stable", "greenhouse", "conservatory",
     "porch", "yard", "garden", "driveway", "roof", "ward", "classroom", "hall", "corridor",
     "playground", "park", "platform", "churchyard", "cemetery", "graveyard", "field", "paddock",
     "meadow", "woodland", "beach", "harbour", "pier", "quay", "riverbank", "verge", "roadside",
     "pavement", "junction", "roundabout", "bypass", "motorway", "gate", "entrance", "exit",
     "shop", "pub", "supermarket", "shelter", "kiosk", "warehouse", "depot", "factory",
     "farmhouse", "cottage", "flat", "hospital", "church", "chapel", "library", "office",
     "workshop", "runway", "canteen", "scene", "home", "allotment", "plot", "layby", "car"]
)  # fmt: skip
# Words before a place noun that tell one part or one place from another ("the north gate",
# "the main hall", "her back garden", "the old hall"); other adjectives only describe it ("the
# red phone box"); "the playing field" is a school's, not any field.
PLACE_PARTS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "main",
     "back", "front", "rear", "upper", "lower", "inner", "outer", "top", "bottom", "old", "new",
     "playing"]
)  # fmt: skip

# Particles that make a verb another deed: "painted over", "blew up", "handed back".
PARTICLES = frozenset(["over", "down", "up", "off", "out", "away", "back"])
# Verbs a particle only stresses: who "opened up" the hall opened it, as who "shut down" a
# plant shut it.
STRESSED = frozenset([("open", "up"), ("shut", "down"), ("close", "down"), ("lock", "up")])

# Verbs that report rather than happen: a date on "said" dates the report, not the event.
# The parse's labels of a verb's subject, active or passive: who did it, or what it was done to.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
REPORTING = frozenset(
    [
        "say",
        "tell",
        "report",
        "reveal",
        "confirm",
        "announce",
        "state",
        "add",
        "claim",
        "note",
        "according",
    ]
)

# Phrasal verbs that tell a collapse ("the roof came down", "the cliff gave way"), as the
# lemmas of an aspect's words hold them: the words of its "collapse" event (`EVENTS`).
COLLAPSING = frozenset(
    [("come", "down"), ("give", "way"), ("cave", "in"), ("fall", "in"), ("fall", "away")]
)

# Events that news calls by several names: a date of the "raid" is a date of the "operation".
EVENTS: dict[str, frozenset[str]] = {
    "operation": frozenset(
        ["raid", "operation", "attack", "strike", "assault", "mission", "offensive"]
    ),
    "fire": frozenset(["fire", "blaze", "flame", "inferno"]),
    "sinking": frozenset(
        ["capsize", "sink", "sinking", "capsizing", "overturn", "disaster", "accident"]
    ),
    # "The storm lasted barely ten minutes", "The hail fell for about 25 minutes": one storm
    "storm": frozenset(
        [
            "storm",
            "flood",
            "flooding",
            "hurricane",
            "cyclone",
            "typhoon",
            "hail",
            "hailstorm",
            "thunderstorm",
            "downpour",
            "blizzard",
        ]
    ),
    "vote": frozenset(["election", "vote", "poll", "ballot", "referendum", "elect"]),
    # "was elected ... on Tuesday evening" and "was chosen ... on Wednesday evening": one choice
    "choice": frozenset(["elect", "choose", "select", "appoint"]),
    "trial": frozenset(["trial", "hearing", "court", "case"]),
    "walkout": frozenset(["strike", "walkout", "stoppage"]),
    "collapse": frozenset(["collapse", "landslide", "landslip", "mudslide"]),
    "discovery": frozenset(["find", "discover", "discovery", "unearth", "uncover"]),
    # "went under the hammer on Wednesday", "outbid six rivals in a tense sale", "was sold":
    # one auction.
    "auction": frozenset(["auction", "sale", "sell", "hammer", "outbid", "saleroom"]),
    # "The 31-year-old won the final on Sunday", "Nell Cowdery took the title on Saturday",
    # "was crowned champion": one win.
    "win": frozenset(["win", "victory", "triumph", "title", "crown", "champion"]),
    # "The fight lasted 40 minutes", "after a battle of an hour and 20 minutes": landing a fish,
    # pulling a rope, holding on.
    "struggle": frozenset(["fight", "battle", "struggle", "tussle"]),
    # "Why was the sea wall late?" asks what "the delay came down to"
    "delay": frozenset(["delay", "late", "lateness"]),
    # "an eleven-year dispute between neighbours", "had been arguing about it for seven years":
    # one quarrel ("row" is also a boat's)
    "quarrel": frozenset(
        ["dispute", "feud", "quarrel", "argue", "argument", "wrangle", "squabble", "spat"]
    ),
}


# Nouns that count the same people (or homes): "23 inmates escaped" and "more than 30 prisoners".
# Kept apart from ATTRIBUTES, which also link dates: the inmates' escape and their recapture are
# two events.
PEOPLE_COUNTED: dict[str, frozenset[str]] = {
    "prisoners": frozenset(["prisoner", "inmate", "convict", "detainee", "escapee"]),
    # "with the loss of 212 jobs" counts the workers laid off, as "cutting about 900 posts" does
    "staff": frozenset(["worker", "employee", "staff", "workforce", "job", "post"]),
    "crowd": frozenset(
        [
            "spectator",
            "crowd",
            "fan",
            "supporter",
            "attendance",
            "audience",
            "reveller",
            "festivalgoer",
            "concertgoer",
            "racegoer",
        ]
    ),
    "pupils": frozenset(["pupil", "student", "schoolchild", "schoolboy", "schoolgirl"]),
    # "seamen" and "crewmen" too: a question's words are stemmed, not lemmatised.
    "crew": frozenset(
        ["crew", "sailor", "seaman", "seamen", "seafarer", "crewman", "crewmen", "mariner"]
    ),
    "homes": frozenset(["home", "house", "dwelling", "property", "household"]),
    # Counted craft and riders are named alike too ("41 ships", "more than 60 vessels").
    "vessels": frozenset(["ship", "vessel", "boat"]),
    # and vehicles ("About 70 vehicles were trapped", "More than 120 cars, vans and lorries")
    "vehicles": frozenset(["vehicle", "car", "van", "lorry", "truck", "bus", "coach"]),
    # "passed at the fourth attempt", asked "How many tries ...?"
    "attempts": ATTEMPT_WORDS,
    # A restaurant's size: "has just 18 covers", "the 24-seat restaurant".
    "seats": frozenset(["seat", "cover"]),
    # A hoard's: "214 silver pennies", asked "How many coins ...?".
    "coins": frozenset(
        [
            "coin",
            "penny",
            "shilling",
            "sovereign",
            "groat",
            "florin",
            "farthing",
            "ducat",
            "doubloon",
            "denarius",
            "guinea",
        ]
    ),
    "riders": frozenset(["rider", "cyclist"]),
    # Who takes part in a sport or an outing: "nine skiers were buried", "300 runners".
    "participants": frozenset(
        [
            "skier",
            "climber",
            "hiker",
            "walker",
            "runner",
            "swimmer",
            "mountaineer",
            "athlete",
            "competitor",
            "entrant",
            "snowboarder",
            "participant",
            "contestant",
            "player",
            "fighter",
            "finisher",
            "racer",
            "rower",
            "paddler",
            "canoeist",
            "surfer",
            "golfer",
            "angler",
            "triathlete",
            "skimmer",
        ]
    ),
    "travellers": frozenset(
        [
            "passenger",
            "traveller",
            "traveler",
            "tripper",
            "day-tripper",
            "tourist",
            "holidaymaker",
            "commuter",
            "pilgrim",
        ]
    ),
}


# The classes of PEOPLE_COUNTED that count people ("How many people ...?" may ask for them).
PEOPLE_CLASSES = frozenset(PEOPLE_COUNTED) - {"homes", "vessels", "vehicles", "seats"}
# Animals as a question may ask them, by the kind's name: "How many birds were let go?" of
# "about 4,000 racing pigeons". Only a question's words are read so: two reports' "about 40
# ewes recovered" and "about 200 sheep stolen" are not one count for it.
ANIMALS_ASKED: dict[str, frozenset[str]] = {
    "birds": frozenset(
        ["bird", "pigeon", "hen", "chicken", "duck", "goose", "swan", "gull", "seagull", "owl",
         "parrot", "eagle", "falcon", "hawk", "chick", "duckling", "cygnet"]
    ),
    "cattle": frozenset(["cow", "cattle", "bull", "calf", "heifer", "bullock", "steer", "ox"]),
    "sheep": frozenset(["sheep", "ewe", "lamb", "ram", "tup"]),
}  # fmt: skip


# Animals that local news names as it names people ("collie Juniper", "Marigold the mare",
# "Juniper, a seven-year-old border collie"): a one-word name set beside one is the animal's
# (`people.parsed_people`).
NAMED_ANIMALS = frozenset(
    ["dog", "puppy", "collie", "spaniel", "terrier", "labrador", "retriever", "alsatian",
     "whippet", "greyhound", "lurcher", "sheepdog", "cat", "kitten", "horse", "mare", "pony",
     "stallion", "foal", "donkey", "tortoise", "parrot", "ram", "ewe", "bull", "cow", "pig",
     "goat", "seal", "swan", "owl", "ferret", "rabbit", "leopard", "lion", "tiger",
     "chimpanzee", "monkey", "penguin", "otter", "carp", "pike", "eagle", "falcon", "hawk"]
)  # fmt: skip


def animal_classes(nouns: tuple[str, ...]) -> frozenset[str]:
    """The kinds of animal (`ANIMALS_ASKED`) these counted nouns belong to."""
    return frozenset(name for name, members in ANIMALS_ASKED.items() if members & set(nouns))


def counted_classes(nouns: tuple[str, ...]) -> frozenset[str]:
    """The classes of people these counted nouns belong to (PEOPLE_COUNTED) or of ATTRIBUTES."""
    found = {name for name, members in PEOPLE_COUNTED.items() if members.intersection(nouns)}
    return frozenset(found) | classes(nouns)


def counted_stems(name: str) -> frozenset[str]:
    """The BM25 stems of a PEOPLE_COUNTED, ANIMALS_ASKED or attribute class (how a question
    names it)."""
    if name in PEOPLE_COUNTED:
        return frozenset(t for word in PEOPLE_COUNTED[name] for t in tokenize(word))
    if name in ANIMALS_ASKED:
        return frozenset(t for word in ANIMALS_ASKED[name] for t in tokenize(word))
    return member_stems(name)


# Verbs with a particle that belong to a class the verb alone does not: "The procession set off
# at 6am" tells when the walk "began"; "The missing piece turned up in ..." where it was found.
PHRASAL_CLASSES = {
    ("set", "off"): "start",
    ("set", "out"): "start",
    ("kick", "off"): "start",
    ("turn", "up"): "found",
}


def phrasal_classes(words: tuple[str, ...]) -> frozenset[str]:
    """The classes of the verbs with a particle among these lemmas (`PHRASAL_CLASSES`)."""
    return frozenset(
        name for (verb, out), name in PHRASAL_CLASSES.items() if {verb, out} <= set(words)
    )


def classes(words: tuple[str, ...]) -> frozenset[str]:
    """The attribute and event classes these lemmas belong to."""
    found = {name for name, (members, _) in ATTRIBUTES.items() if members.intersection(words)}
    found |= {name for name, members in EVENTS.items() if members.intersection(words)}
    return frozenset(found) | phrasal_classes(words)


# Nouns that say which sum an amount is, and only of an amount: "handed the trophy, along with
# a £1,200 cheque" is the prize, as "a prize of £2,000" is; the day a cheque was handed over is
# no day of the win.
SUM_NOUNS = {"cheque": "prize"}
# The classes of sums of money: never what a length of time is of ("after spending three
# nights on a ledge" is no cost).
SUMS = frozenset(
    ["ransom", "cost", "salary", "fee", "theft", "debt", "value", "fine", "damage", "payout"]
)


def is_pay(words: tuple[str, ...]) -> bool:
    """Whether the words name a salary or a wage, which is a rate whether written "a year" or
    not: such a sum is compared with others of its kind however each is written."""
    return "salary" in classes(words)


def members(name: str) -> frozenset[str]:
    """The lemmas of one attribute or event class."""
    if name in LENGTHS:
        return LENGTHS[name][0]
    return ATTRIBUTES[name][0] if name in ATTRIBUTES else EVENTS[name]


@cache
def member_stems(name: str) -> frozenset[str]:
    """The BM25 stems of one class's lemmas: how questions, which are not parsed, meet them."""
    return frozenset(t for word in members(name) for t in tokenize(word))


def attribute_name(words: tuple[str, ...], skip: frozenset[str] = frozenset()) -> str | None:
    """How a reader is told the attribute ("the death toll"), when a class (not in `skip`)
    covers the words."""
    for key, (members, name) in ATTRIBUTES.items():
        if key not in skip and members.intersection(words):
            return name
    return None
