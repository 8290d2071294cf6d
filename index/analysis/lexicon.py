"""Words of names that the index and the answer layer both read.

NAME_PARTICLES identify no one alone ("al-", "bin", "van"): two names that share only these are
not the same name. NAME_JOINERS are the lower-case words that may sit inside a name as the
articles write it ("Hayat Tahrir al-Sham", "Ministry of Defense") when the index reads names.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "la", "le"})
# Kept to the particles seen inside names in the articles measured so far: a joiner widens the
# spans the index reads as names, which changes the stored analysis.
NAME_JOINERS = frozenset({"of", "for", "and", "the", "de", "al", "el"})

# Titles and the rank words before them name an office, never a person: "Deputy Governor Ilse
# Marrow" is Ilse Marrow, and the model's PERSON "Vastmoor Governor" is nobody.
RANKS = frozenset(["deputy", "vice", "acting", "former", "interim", "assistant", "lieutenant"])
TITLES = frozenset(
    [
        "governor",
        "mayor",
        "president",
        "minister",
        "senator",
        "chancellor",
        "secretary",
        "judge",
        "sheriff",
        "commissioner",
        "chairman",
        "chairwoman",
        "director",
        "captain",
        "general",
        "colonel",
        "inspector",
        "superintendent",
        # police ranks below an inspector's: "Police Constable Dale Featherstone"
        "constable",
        "sergeant",
    ]
)
OFFICE_WORDS = TITLES | RANKS
# What someone is, written before their name and often read into it by the small model
# ("Organiser Gareth Hird said", "Farmer Joe Gaukroger"): not part of the name.
DESCRIPTORS = frozenset(
    ["organiser", "organizer", "hero", "farmer", "pilot", "driver", "landlord", "landlady",
     "gamekeeper", "fisherman", "skipper", "churchwarden", "warden", "nurse", "paramedic",
     "firefighter", "postman", "postwoman", "shopkeeper", "publican", "owner", "grandmother",
     "grandfather", "gran", "grandad", "pensioner", "widow", "widower", "mum", "dad",
     "schoolboy", "schoolgirl", "student", "teacher", "headteacher", "coach", "manager",
     "boss", "trainer", "jockey", "breeder", "beekeeper", "birdwatcher", "volunteer",
     "campaigner", "councillor", "resident", "neighbour", "shepherd", "builder", "angler"]
)  # fmt: skip
