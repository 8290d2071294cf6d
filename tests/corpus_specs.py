"""What each hand-written evaluation corpus was written with, stated once per corpus.

Every set was written blind to the assistant, so a mislabelled, leaked or silently dropped item
would bias every figure measured on it; the maps and counts below are the ones written by hand in
the files' headers, and tests/test_eval_corpora.py checks each half against them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "eval" / "data"
HALVES = ("dev", "test")
# The story of every article of each corpus, kept as data because the story fit reads it too
# (`python -m eval.fit stories`); the schema of the evaluation sets has no field for it.
STORY_LABELS: dict[str, dict[str, str]] = yaml.safe_load(
    (DATA / "story-labels.yaml").read_text(encoding="utf-8")
)


@dataclass(frozen=True)
class CorpusSpec:
    """One corpus (the folder `eval/data/<name>`) and its halves `<name>-dev.yaml`, `-test.yaml`.

    The optional fields switch on a check only some corpora were written to pass.
    """

    name: str
    # The story of every article (eval/data/story-labels.yaml).
    story: Mapping[str, str]
    # The planted disagreements (the `about` of their gold conflicts) and the story of each.
    planted: Mapping[str, str]
    # How many outlets report each story.
    outlets_per_story: Mapping[str, int]
    # Items per category, per half.
    categories: Mapping[str, Mapping[str, int]]
    # Words per article.
    words: range
    # Multi-part questions, follow-ups and answerable follow-ups: each one count for both halves,
    # or one per half (a corpus whose questions were dealt to the halves at random).
    multipart: int | Mapping[str, int]
    followups: int | Mapping[str, int]
    answerable_followups: int | Mapping[str, int]
    # Each outlet and the number of stories it reports (None: not checked).
    outlets: Mapping[str, int] | None = None
    # Invented names besides the outlets that must be new to this repository: an outlet or place
    # seen in another corpus would let its earlier articles leak into what is meant as an unseen
    # measure. Empty: not checked (the corpus reuses names on purpose, or was not written so).
    invented: tuple[str, ...] = ()
    # Every disagreement is asked as a question of its own, not only as a follow-up.
    direct_conflicts: bool = False
    # Each half quotes at least one article of every story.
    every_story_asked: bool = False
    # The one category every multi-part question is filed under, where the corpus fixes one.
    multipart_category: str | None = None
    # The fewest quotes a multi-part question gives: 1 where one sentence may answer both parts.
    multipart_quotes: int = 2
    # The halves are checked as `load_suite` reads them (newswire, beside the bundled
    # rephrasings), not by the dataset-level load and quote tests.
    through_suite: bool = False

    def counts_in(self, half: str) -> tuple[int, int, int]:
        """(multi-part questions, follow-ups, answerable follow-ups) of the `dev` or `test` half."""

        def of(count: int | Mapping[str, int]) -> int:
            return count if isinstance(count, int) else count[half]

        return of(self.multipart), of(self.followups), of(self.answerable_followups)

    @property
    def folder(self) -> Path:
        return DATA / self.name

    def half(self, half: str) -> Path:
        """The path of the `dev` or `test` half."""
        return DATA / f"{self.name}-{half}.yaml"


def _both_halves(categories: Mapping[str, int]) -> dict[str, Mapping[str, int]]:
    """The categories of a corpus whose halves were written to the same plan."""
    return dict.fromkeys(HALVES, categories)


# The plan every blind corpus from harbor on was written to, per half: 24 disagreements, 8
# agreements, 5 facts and 3 multi-part questions ("fact"), 2 paraphrases, 2 keyword queries,
# 11 unanswerable (near misses and off-topic) and 6 follow-ups (5 of them answerable).
BLIND_PLAN = _both_halves(
    {
        "conflict": 24,
        "fact": 8,
        "paraphrase": 2,
        "keyword": 2,
        "agreement": 8,
        "unanswerable": 11,
        "followup": 6,
    }
)


# What the disagreement and answerability work is measured on, beside the bundled set; its
# outlets are reused on purpose, and the bundled rephrasings are checked with it.
NEWSWIRE = CorpusSpec(
    name="newswire",
    story=STORY_LABELS["newswire"],
    planted={
        "ferry death toll": "ferry",
        "passengers on board the Marisol Star": "ferry",
        "date the Marisol Star capsized": "ferry",
        "whether Dorran Pike was charged": "court",
        "Celia Vantongeren's bail": "court",
        "date the Halvorsen Plastics fire broke out": "fire",
        "cause of the Halvorsen Plastics fire": "fire",
        "how the forklift driver died": "fire",
        "where the River Dunn first burst its banks": "flood",
        "people evacuated in the Ostvale floods": "flood",
        "Ilse Marrow's title": "flood",
        "daily traffic on the Tolland Street Bridge": "bridge",
        "firm repairing the Tolland Street Bridge": "bridge",
        "Elvander's transfer fee": "transfer",
        "length of Elvander's contract": "transfer",
    },
    outlets_per_story={"ferry": 3, "court": 2, "fire": 3, "flood": 3, "bridge": 2, "transfer": 3},
    categories={
        "dev": {
            "conflict": 17,
            "fact": 16,
            "paraphrase": 5,
            "keyword": 2,
            "agreement": 6,
            "unanswerable": 9,
            "followup": 7,
        },
        "test": {
            "conflict": 18,
            "fact": 18,
            "paraphrase": 5,
            "keyword": 2,
            "agreement": 6,
            "unanswerable": 9,
            "followup": 7,
        },
    },
    words=range(250, 551),
    multipart=3,
    followups=7,
    answerable_followups=6,
    outlets={
        "Harbor Wire": 3,
        "Coastal Times": 3,
        "The Daily Ledger": 2,
        "Northern Courier": 4,
        "Metro Dispatch": 4,
    },
    through_suite=True,
)

# Disagreement and abstention on a corpus and wordings the code was never tuned on.
BEATS = CorpusSpec(
    name="beats",
    story=STORY_LABELS["beats"],
    planted={
        "jobs at risk at Pennifold's": "retail",
        "Pennifold's debts": "retail",
        "cause of Pennifold's collapse": "retail",
        "Legionnaires' outbreak death toll": "outbreak",
        "where the Legionnaires' outbreak started": "outbreak",
        "cause of the Legionnaires' outbreak": "outbreak",
        "Solveig Ambrose-Tate's title": "outbreak",
        "Quillfeather's prison sentence": "fraud",
        "money Quillfeather took from the hospice": "fraud",
        "Garnet Quillfeather's age": "fraud",
        "date Quillfeather was sentenced": "fraud",
        "whether Ansel Drummock was sacked or resigned": "coach",
        "Ansel Drummock's age": "coach",
        "Drummock's pay-off": "coach",
        "who took interim charge of the Corsairs": "coach",
        "Mbatha-Crewe's winning margin": "byelection",
        "why the Brackenholt seat fell vacant": "byelection",
        "date of the Orrery Gallery theft": "theft",
        "value of The Salt Gatherers": "theft",
        "people arrested over the gallery theft": "theft",
    },
    outlets_per_story={
        "retail": 3,
        "outbreak": 2,
        "fraud": 2,
        "coach": 3,
        "byelection": 2,
        "theft": 2,
    },
    # The halves differ only in how many conflict questions they hold (every disagreement is in
    # both).
    categories={
        half: {
            "conflict": conflicts,
            "fact": 6,
            "paraphrase": 3,
            "keyword": 3,
            "agreement": 8,
            "unanswerable": 11,
            "followup": 6,
        }
        for half, conflicts in (("dev", 22), ("test", 21))
    },
    words=range(300, 551),
    multipart=2,
    followups=6,
    answerable_followups=5,
    outlets={
        "Amberline Wire": 3,
        "Maddersby Evening Post": 3,
        "Gadfly Daily": 3,
        "Palisade News": 3,
        "Larkspur Standard": 2,
    },
    invented=("Corrisande", "Maddersby"),
    direct_conflicts=True,
    multipart_category="fact",
)

# Disagreement and near-miss handling on stories the assistant has never seen.
REGIONAL = CorpusSpec(
    name="regional",
    story=STORY_LABELS["regional"],
    planted={
        "date the Serrat fire started": "fire",
        "where the Serrat fire started": "fire",
        "cause of the Serrat fire": "fire",
        "what became of Ettore Pellacani": "fire",
        "Ettore Pellacani's age": "fire",
        "Usanzi mine death toll": "mine",
        "cause of the Usanzi mine disaster": "mine",
        "Kaseno's compensation for the mine victims": "mine",
        "Rutendo Amasi's title": "mine",
        "date of the Kobelo prison escape": "prison",
        "inmates who escaped from Kobelo": "prison",
        "Selemani Ruhinda's age": "prison",
        "how Rehema Wambari left her post": "prison",
        "Ayuko's deputy governor": "election",
        "Ayuko's winning margin": "election",
        "length of the Salvenna dock strike": "strike",
        "Livia Ghezzani's title": "strike",
        "daily cost of the dock strike": "strike",
        "passengers on flight OZ418": "plane",
        "cause of the OZ418 emergency": "plane",
        "Elsbeth Marrone's role": "plane",
        "how long OZ418 circled before landing": "plane",
    },
    outlets_per_story={
        "fire": 3,
        "mine": 3,
        "prison": 3,
        "election": 2,
        "strike": 2,
        "plane": 2,
    },
    # Both halves were written to the same plan: 22 disagreements, 9 agreements, 5 facts and 2
    # multi-part questions, 9 near misses and 2 off-topic questions, 6 follow-ups.
    categories=_both_halves(
        {
            "conflict": 22,
            "fact": 7,
            "paraphrase": 2,
            "keyword": 2,
            "agreement": 9,
            "unanswerable": 11,
            "followup": 6,
        }
    ),
    words=range(300, 551),
    multipart=2,
    followups=6,
    answerable_followups=5,
)

# An unseen-corpus measure of how the assistant finds disagreements between outlets, answers and
# abstains.
TRANSIT = CorpusSpec(
    name="transit",
    story=STORY_LABELS["transit"],
    planted={
        "date of the Thessock derailment": "derail",
        "Thessock derailment death toll": "derail",
        "cause of the Thessock derailment": "derail",
        "passengers on the Thessock train": "derail",
        "what became of driver Gideon Farrow": "derail",
        "Gideon Farrow's age": "derail",
        "chimpanzees that escaped": "zoo",
        "how long the chimpanzees were loose": "zoo",
        "what became of Bosco": "zoo",
        "cause of the chimpanzee escape": "zoo",
        "where the Ondaluz crush happened": "crush",
        "Festival Ondaluz attendance": "crush",
        "security firm at Festival Ondaluz": "crush",
        "performer on stage when the crush began": "crush",
        "when the Skylark-2 rocket failed": "launch",
        "cost of the Tern-1 satellite": "launch",
        "cause of the Skylark-2 failure": "launch",
        "Harriet Vossbridge's title": "launch",
        "trial volunteers who fell ill": "vaccine",
        "who halted the MB-217 trial": "vaccine",
        "date the MB-217 trial was halted": "vaccine",
        "lead investigator of the MB-217 trial": "vaccine",
        "bribes Benaventa is accused of taking": "mayor",
        "whether Benaventa was charged": "mayor",
        "council vote to suspend Benaventa": "mayor",
    },
    outlets_per_story={
        "derail": 3,
        "zoo": 3,
        "crush": 3,
        "launch": 2,
        "vaccine": 2,
        "mayor": 2,
    },
    # Both halves were written to the same plan: 25 disagreements, 8 agreements, 5 facts and 2
    # multi-part questions, 9 near misses and 2 off-topic questions, 6 follow-ups.
    categories=_both_halves(
        {
            "conflict": 25,
            "fact": 7,
            "paraphrase": 2,
            "keyword": 2,
            "agreement": 8,
            "unanswerable": 11,
            "followup": 6,
        }
    ),
    words=range(300, 551),
    multipart=2,
    followups=6,
    answerable_followups=5,
    every_story_asked=True,
)

# Disagreement and near-miss handling on stories the assistant has never seen.
CIVIC = CorpusSpec(
    name="civic",
    story=STORY_LABELS["civic"],
    planted={
        "date the Tollgata 14 block collapsed": "collapse",
        "Brekkevik collapse death toll": "collapse",
        "cause of the Brekkevik collapse": "collapse",
        "age of the girl rescued from Tollgata 14": "collapse",
        "Odile Ferrand's post": "university",
        "students whose marks were raised at Mareval": "university",
        "how long the Mareval marks scheme ran": "university",
        "what became of Bastien Royer": "university",
        "Lumo 2000 heaters recalled": "recall",
        "fault behind the Lumo 2000 recall": "recall",
        "what Lumo 2000 owners are offered": "recall",
        "who ordered the Lumo 2000 recall": "recall",
        "score of the Kjellmark Cup final": "final",
        "who scored Skarvik's winning goal in the final": "final",
        "attendance at the Kjellmark Cup final": "final",
        "what happened to Jonas Heggem in the final": "final",
        "date of the Port-Aubrac budget vote": "budget",
        "Port-Aubrac budget vote tally": "budget",
        "size of Port-Aubrac's 2027 budget": "budget",
        "which library Port-Aubrac will close": "budget",
        "date the Saint-Ivry hoard was found": "hoard",
        "coins in the Saint-Ivry hoard": "hoard",
        "who found the Saint-Ivry hoard": "hoard",
        "value of the Saint-Ivry hoard": "hoard",
    },
    outlets_per_story={
        "collapse": 3,
        "university": 2,
        "recall": 3,
        "final": 3,
        "budget": 2,
        "hoard": 2,
    },
    # Both halves were written to the same plan: 24 disagreements, 9 agreements, 5 facts and 2
    # multi-part questions, 9 near misses and 2 off-topic questions, 6 follow-ups.
    categories=_both_halves(
        {
            "conflict": 24,
            "fact": 7,
            "paraphrase": 2,
            "keyword": 2,
            "agreement": 9,
            "unanswerable": 11,
            "followup": 6,
        }
    ),
    words=range(250, 601),
    multipart=2,
    followups=6,
    answerable_followups=5,
    outlets={
        "Tidewater Wire": 3,
        "Skylark Radio": 3,
        "Daily Scorcher": 2,
        "Brekkevik Herald": 1,
        "Lodestar Press": 2,
        "Mareval Echo": 2,
        "Canal Lente": 2,
    },
    invented=("Kjellmark", "Havrenne", "Brekkevik", "Mareval", "Port-Aubrac", "Saint-Ivry"),
    direct_conflicts=True,
)

# Disagreement and near-miss handling on stories the assistant has never seen, one of them told by
# one outlet only (where nothing can disagree).
DISPATCH = CorpusSpec(
    name="dispatch",
    story=STORY_LABELS["dispatch"],
    # The one-outlet story (auction) has no planted disagreement.
    planted={
        "date of the Vennel Strait collision": "tanker",
        "crude oil spilled in the Vennel Strait collision": "tanker",
        "what happened to the Aldermoss's cook": "tanker",
        "Ebba Marrack's post": "tanker",
        "cause of the Vennel Strait collision": "tanker",
        "date the Grennock Fell turbine collapsed": "turbine",
        "height of the fallen Grennock Fell turbine": "turbine",
        "maker of the Grennock Fell turbine": "turbine",
        "cost of the fallen Grennock Fell turbine": "turbine",
        "wedding guests taken ill at the Sealark Hotel": "wedding",
        "dish blamed for the Sealark wedding outbreak": "wedding",
        "Lotte Hennevar's age": "wedding",
        "cost of the Hennevar-Varrin wedding": "wedding",
        "Marvik's winning margin after the recount": "recount",
        "Election Board vote to order the Kallimora North recount": "recount",
        "Pellicott's response to the recount result": "recount",
        "date the recount result was declared": "recount",
        "eggs seized at the Port Aske ferry terminal": "eggs",
        "age of the man caught with the eggs": "eggs",
        "what happened to the man caught with the eggs": "eggs",
        "date of the egg seizure": "eggs",
        "how long Ragna Framnes was held": "hostage",
        "group that held Ragna Framnes": "hostage",
        "where Ragna Framnes was held": "hostage",
    },
    outlets_per_story={
        "tanker": 3,
        "turbine": 2,
        "wedding": 3,
        "recount": 3,
        "eggs": 2,
        "hostage": 2,
        "auction": 1,
    },
    # Both halves were written to the same plan: 24 disagreements, 8 agreements, 5 facts and 3
    # multi-part questions, 2 paraphrases, 2 keyword queries, 10 near misses and 1 off-topic
    # question, 6 follow-ups.
    categories=BLIND_PLAN,
    words=range(350, 651),
    multipart=3,
    followups=6,
    answerable_followups=5,
    outlets={
        "Amberlane Press": 3,
        "Kallimora Evening Post": 3,
        "Daily Wallop": 3,
        "Radio Kestmere": 3,
        "Mercantile Tribune": 2,
        "Brisling Beacon": 2,
    },
    invented=(
        "Tarvenia",
        "Ravensk",
        "Kallimora",
        "Brisling",
        "Port Aske",
        "Vennel",
        "Qandera",
        "Corvina Spirit",
        "Aldermoss",
        "Tallack",
        "Grennock",
        "Tollery",
        "Brennick",
        "Haverlund",
        "Sealark",
        "Hennevar",
        "Pellicott",
        "Marvik",
        "Kazimar Dolt",
        "Framnes",
        "Sable Banner",
        "Zell Amar",
        "Hollack",
        "Marwood & Greve",
    ),
    direct_conflicts=True,
    every_story_asked=True,
)

# Disagreement and near-miss handling on stories the assistant has never seen, two of them told by
# one outlet only (where nothing can disagree).
HARBOR = CorpusSpec(
    name="harbor",
    story=STORY_LABELS["harbor"],
    # The one-outlet stories (pension, blackout) have no planted disagreement.
    planted={
        "date of the A7 cash van robbery": "heist",
        "robbers in the A7 gang": "heist",
        "cash taken in the A7 robbery": "heist",
        "what happened to the Vaktmann guard": "heist",
        "date the Graudenholm hospital attack began": "ransomware",
        "patients whose data was stolen in the hospital attack": "ransomware",
        "ransom demanded from Graudenholm General": "ransomware",
        "group behind the hospital attack": "ransomware",
        "what became of Henrike Sollmann": "ransomware",
        "value of Brantvik's offer for Solvarra": "takeover",
        "Solvarra board vote on Brantvik's offer": "takeover",
        "Marthe Ekdal's post": "takeover",
        "deadline for Solvarra shareholders to accept": "takeover",
        "jobs to go if Brantvik takes over Solvarra": "takeover",
        "length of Noelia Castrejon's ban": "doping",
        "substance found in Castrejon's sample": "doping",
        "Noelia Castrejon's age": "doping",
        "date Castrejon's positive sample was taken": "doping",
        "Castrejon's response to her ban": "doping",
        "pupils trapped in the Sarnal caves": "cave",
        "how long the Sarnal group was trapped": "cave",
        "first rescuer to reach the Sarnal group": "cave",
        "where the Sarnal group was found": "cave",
        "what trapped the Sarnal group": "cave",
    },
    outlets_per_story={
        "heist": 2,
        "ransomware": 3,
        "pension": 1,
        "takeover": 3,
        "doping": 3,
        "cave": 3,
        "blackout": 1,
    },
    # Both halves were written to the same plan: 24 disagreements, 8 agreements, 5 facts and 3
    # multi-part questions, 2 paraphrases, 2 keyword queries, 10 near misses and 1 off-topic
    # question, 6 follow-ups.
    categories=BLIND_PLAN,
    words=range(250, 701),
    multipart=3,
    followups=6,
    answerable_followups=5,
    outlets={
        "Bellwether Wire": 4,
        "Graudenholm Courant": 3,
        "Daily Rattle": 3,
        "Radio Orlanza": 3,
        "Casmira Gazette": 3,
    },
    invented=(
        "Sorvenland",
        "Aldaria",
        "Graudenholm",
        "Casmira",
        "Velsborg",
        "Sterndal",
        "Ekerholt",
        "Sarnal",
        "Torrelba",
        "Vaktmann",
        "Brantvik",
        "Solvarra",
        "Redelsa",
        "Havnekant",
        "Castrejon",
    ),
    direct_conflicts=True,
    every_story_asked=True,
)

# Disagreement and near-miss handling on long, number-dense articles the assistant has never seen
# (background figures beside the planted ones, numbers in words, a weekly magazine that gives its
# figures late).
LEDGER = CorpusSpec(
    name="ledger",
    story=STORY_LABELS["ledger"],
    planted={
        "size of the Valdeserra fine": "bank",
        "what became of Henrique Lobato": "bank",
        "suspicious transactions Valdeserra failed to report": "bank",
        "how long Valdeserra's reporting failures lasted": "bank",
        "date the Aerovessa strike began": "strike",
        "Aerovessa flights cancelled in the strike": "strike",
        "length of the Aerovessa strike": "strike",
        "Joana Ribeiral's post in the union": "strike",
        "jury vote in the Grebenz trial": "verdict",
        "Anton Grebenz's sentence": "verdict",
        "age of Viktor Leitl": "verdict",
        "what became of Stefan Mauk": "verdict",
        "date of the Miradoura landslide": "landslide",
        "Miradoura landslide death toll": "landslide",
        "cause of the Miradoura landslide": "landslide",
        "homes buried at Miradoura": "landslide",
        "age of the Zirnitzia fossil": "fossil",
        "who found the Zirnitzia skeleton": "fossil",
        "where the Zirnitzia skeleton was found": "fossil",
        "when the Zirnitzia skeleton was found": "fossil",
        "Albrandt transfer fee": "transfer",
        "Nico Albrandt's age": "transfer",
        "length of Albrandt's contract": "transfer",
        "score of Albrandt's last Kelmsdorf match": "transfer",
    },
    outlets_per_story={
        "bank": 2,
        "strike": 3,
        "verdict": 3,
        "landslide": 3,
        "fossil": 2,
        "transfer": 2,
    },
    # Both halves were written to the same plan: 24 disagreements, 8 agreements, 5 facts and 3
    # multi-part questions, 2 paraphrases, 2 keyword queries, 9 near misses and 2 off-topic
    # questions, 6 follow-ups (one of them unanswerable).
    categories=BLIND_PLAN,
    # The articles are long on purpose (background figures around the planted values).
    words=range(450, 701),
    multipart=3,
    followups=6,
    answerable_followups=5,
    outlets={
        "Cormorant Wire": 4,
        "Castrovinha Correio": 2,
        "Morning Bugle": 3,
        "Halcyon Radio": 2,
        "Kelmsdorf Courier": 2,
        "Bellwether Weekly": 2,
    },
    invented=(
        "Carvessa",
        "Ostrevia",
        "Castrovinha",
        "Valdeserra",
        "Aerovessa",
        "Brastova",
        "Kelmsdorf",
        "Miradoura",
        "Zirnitz",
        "Oberlenz",
    ),
    direct_conflicts=True,
)

# Disagreement and near-miss handling on stories the assistant has never seen, one of them told by
# one outlet only (where nothing can disagree).
ALMANAC = CorpusSpec(
    name="almanac",
    story=STORY_LABELS["almanac"],
    # The 24 planted disagreements; the one-outlet story (orchestra) has none.
    planted={
        "date of the Quillen Pass coach crash": "coach",
        "passengers on the coach that crashed on the Quillen Pass": "coach",
        "what happened to the coach driver Teodor Barsk": "coach",
        "operator of the coach that crashed on the Quillen Pass": "coach",
        "cause of the Quillen Pass coach crash": "coach",
        "pay rise claimed by the striking nurses": "strike",
        "length of the nurses' strike": "strike",
        "how Annika Rosk left the health ministry": "strike",
        "Hedda Solvang's age": "strike",
        "date the Holmgarth mine flooded": "mine",
        "miners trapped by the Holmgarth flood": "mine",
        "Jori Orrelby's age": "mine",
        "cause of the Holmgarth mine flood": "mine",
        "date of the Quillen tunnel referendum": "referendum",
        "share of the vote for the Quillen tunnel": "referendum",
        "Assembly vote to hold the Quillen tunnel referendum": "referendum",
        "region that voted against the Quillen tunnel": "referendum",
        "crew of the Ortolan Crest": "hijack",
        "where the Ortolan Crest was seized": "hijack",
        "group that hijacked the Ortolan Crest": "hijack",
        "ransom paid for the Ortolan Crest": "hijack",
        "Star Draw jackpot Casimir Dray rigged": "lottery",
        "Casimir Dray's job": "lottery",
        "verdict on Wendel Froy": "lottery",
    },
    outlets_per_story={
        "coach": 3,
        "strike": 2,
        "mine": 3,
        "referendum": 3,
        "hijack": 2,
        "lottery": 2,
        "orchestra": 1,
    },
    # Both halves were written to the same plan: 24 disagreements, 8 agreements, 5 facts and 3
    # multi-part questions, 2 paraphrases, 2 keyword queries, 10 near misses and 1 off-topic
    # question, 6 follow-ups.
    categories=BLIND_PLAN,
    words=range(350, 651),
    multipart=3,
    followups=6,
    answerable_followups=5,
    outlets={
        "Halvard News Agency": 3,
        "Daily Clang": 3,
        "Kessary Highlander": 3,
        "Merzhaven Courier": 3,
        "Skyvale TV": 2,
        "The Counting House": 2,
    },
    invented=(
        "Ardovia",
        "talver",
        "Merzhaven",
        "Saltrenne",
        "Kessary",
        "Quillen",
        "Dunmarrow",
        "Devil's Elbow",
        "Ostrel Coaches",
        "Vantry Travel",
        "Teodor Barsk",
        "Annika Rosk",
        "Hedda Solvang",
        "Davor Kestrin",
        "Holmgarth",
        "Brandlow",
        "Jori Orrelby",
        "Ortolan Crest",
        "Brevik-Hale",
        "Cape Dorrada",
        "Qesh Marin",
        "Salt Brothers",
        "Ninth Wave",
        "Lumenta",
        "Star Draw",
        "Casimir Dray",
        "Wendel Froy",
        "Vossberg",
        "Vellmark",
    ),
    direct_conflicts=True,
    every_story_asked=True,
)

# Disagreement and near-miss handling on stories the assistant has never seen, with traps across
# stories (deaths, sums, dates in one week, chief executives and ministers in several stories) and
# near misses of newer kinds (a successor never named, a cause under investigation, a sum not
# disclosed, a date not set, a source who asked not to be named, a figure promised next week).
GAZETTE = CorpusSpec(
    name="gazette",
    story=STORY_LABELS["gazette"],
    # The 24 planted disagreements; the one-outlet story (balloon) has none.
    planted={
        "date Mount Orvalo began to erupt": "volcano",
        "people evacuated from around Mount Orvalo": "volcano",
        "who ordered the evacuation of western Sennaric": "volcano",
        "village reached by the Orvalo lava": "volcano",
        "height of the Orvalo ash column": "volcano",
        "date the Dumaine Stadium roof collapsed": "stadium",
        "people injured in the Dumaine roof collapse": "stadium",
        "firm that built the Dumaine Stadium roof": "stadium",
        "cause of the Dumaine roof collapse": "stadium",
        "value of the Morvane Diadem": "jewel",
        "how the thieves got into the National Museum": "jewel",
        "how long the museum raid took": "jewel",
        "what became of the night guard Tibor Lenk": "jewel",
        "Helene Darquier's post": "jewel",
        "device found on Lucien Tessier": "chess",
        "Lucien Tessier's age": "chess",
        "how Lucien Tessier left the championship": "chess",
        "first prize at the Lorandy Chess Championship": "chess",
        "pupils at Pennycross Primary School": "measles",
        "how long Pennycross Primary is closed": "measles",
        "date the first Pennycross measles case was confirmed": "measles",
        "Cardovel packs recalled": "recall",
        "what was wrong with the recalled Cardovel tablets": "recall",
        "cost of the Cardovel recall": "recall",
    },
    outlets_per_story={
        "volcano": 3,
        "stadium": 3,
        "jewel": 3,
        "chess": 2,
        "measles": 2,
        "recall": 2,
        "balloon": 1,
    },
    # Both halves were written to the same plan: 24 disagreements, 8 agreements, 5 facts and 3
    # multi-part questions, 2 paraphrases, 2 keyword queries, 10 near misses and 1 off-topic
    # question, 6 follow-ups.
    categories=BLIND_PLAN,
    words=range(350, 651),
    multipart=3,
    followups=6,
    answerable_followups=5,
    outlets={
        "Corvine News Agency": 2,
        "Channel Heron": 3,
        "Sennaric Islander": 3,
        "Daily Blare": 3,
        "Aubrenne Chronicle": 3,
        "The Strongbox": 2,
    },
    invented=(
        "Lorandy",
        "soval",
        "Aubrenne",
        "Castelnoy",
        "Sennaric",
        "Port Ismay",
        "Orvalo",
        "Lemmerin",
        "Skerrow",
        "Hollin Cross",
        "Dumaine",
        "Pellane Structures",
        "Ketterby Engineering",
        "Mateo Quiroset",
        "Salome Fairlie",
        "Morvane",
        "Queen Adelise",
        "Helene Darquier",
        "Tibor Lenk",
        "Brightwell Assurance",
        "Lucien Tessier",
        "Mireille Qualen",
        "Gaspard Wiltz",
        "Hotel Carillon",
        "Pennycross",
        "Anouk Verhelst",
        "Corentin Vasse",
        "Veldmar",
        "Cardovel",
        "Fenmoor",
        "Annelise Vorst",
        "Wendeline Saar",
        "Lindeboom",
    ),
    direct_conflicts=True,
    every_story_asked=True,
)

# Written blind by a helper in session 20 to find where the assistant fails to generalise, with
# its questions assigned to the halves at random (so the halves' categories differ by one or two).
COURIER = CorpusSpec(
    name="courier",
    story=STORY_LABELS["courier"],
    planted={
        "date the Caddisfield boil-water notice was issued": "water",
        "people treated in hospital in the Caddisfield outbreak": "water",
        "cause of the Caddisfield contamination": "water",
        "how long the Caddisfield boil-water notice stays in place": "water",
        "ransom demanded from Gellard": "port",
        "how long the Calderwick terminals were shut": "port",
        "ships waiting off Calderwick at the peak": "port",
        "who claimed the Calderwick attack": "port",
        "riders brought down in the stage-four crash": "race",
        "what became of Joris Calverley": "race",
        "where the stage-four crash happened": "race",
        "cause of the stage-four crash": "race",
        "value of Ambrecht's offer for Sollace": "bid",
        "date Ambrecht made its offer": "bid",
        "Cordelia Fanshaw's title": "bid",
        "jobs cut in a combined Ambrecht-Sollace": "bid",
        "passengers trapped on the Gravenspitz cable car": "cable",
        "why the Gravenspitz cable car stopped": "cable",
        "what became of the 74-year-old passenger": "cable",
        "who led the Gravenspitz rescue": "cable",
    },
    outlets_per_story={"water": 3, "port": 3, "race": 3, "bid": 2, "cable": 3},
    categories={
        "dev": {
            "conflict": 23,
            "fact": 17,
            "agreement": 4,
            "keyword": 2,
            "paraphrase": 3,
            "unanswerable": 8,
            "followup": 6,
        },
        "test": {
            "conflict": 23,
            "fact": 17,
            "agreement": 5,
            "keyword": 3,
            "paraphrase": 2,
            "unanswerable": 8,
            "followup": 6,
        },
    },
    words=range(280, 461),
    multipart=3,
    followups=6,
    answerable_followups={"dev": 5, "test": 6},
    outlets={
        "Kestle Courier": 3,
        "Pinewick Observer": 3,
        "Granary Times": 3,
        "Saltmere Mercury": 3,
        "Larkfield Signal": 2,
    },
    invented=(
        "Caddisfield",
        "Tarnside",
        "Orlemere",
        "Calderwick",
        "Gellard",
        "Valmorra",
        "Pontvane",
        "Calverley",
        "Ambrecht",
        "Sollace",
        "Gravenspitz",
        "Kessingfeld",
    ),
    direct_conflicts=True,
    every_story_asked=True,
)

# Written blind by a helper in session 21 (as courier was), its questions dealt to the halves at
# random: the halves' multi-part questions and follow-ups differ in number.
TRIBUNE = CorpusSpec(
    name="tribune",
    story=STORY_LABELS["tribune"],
    planted={
        "date the Carrowgill Dam gave way": "dam",
        "people killed by the Carrowgill Dam breach": "dam",
        "cause of the Carrowgill Dam failure": "dam",
        "people evacuated after the Carrowgill Dam breach": "dam",
        "size of the emergency fund for the Thistleby flood victims": "dam",
        "whales stranded near Esterhythe": "whales",
        "species of the whales stranded near Esterhythe": "whales",
        "where the whales stranded near Esterhythe": "whales",
        "who led the Esterhythe whale rescue": "whales",
        "skiers buried by the Vallonbrise avalanche": "avalanche",
        "what became of the guide Anselme Perrouz": "avalanche",
        "how long it took to find the buried skiers at Vallonbrise": "avalanche",
        "Sidonie Vantrasse's title": "avalanche",
        "magnitude of the Orvenna earthquake": "quake",
        "people injured in the Orvenna earthquake": "quake",
        "epicentre of the Orvenna earthquake": "quake",
        "time the Orvenna earthquake struck": "quake",
        "workers killed in the Wexholme factory explosion": "blast",
        "cause of the Wexholme factory explosion": "blast",
        "what became of the plant manager Oswin Tregarth": "blast",
        "Oswin Tregarth's age": "blast",
        "runners treated at the Stanmorrow marathon": "marathon",
        "temperature during the Stanmorrow marathon": "marathon",
        "who stopped the Stanmorrow marathon": "marathon",
        "what became of race director Perrin Haldane": "marathon",
    },
    outlets_per_story={
        "quake": 3,
        "avalanche": 3,
        "dam": 3,
        "marathon": 2,
        "whales": 2,
        "blast": 3,
    },
    categories={
        "dev": {"conflict": 29, "fact": 23, "unanswerable": 9, "followup": 7},
        "test": {"conflict": 27, "fact": 26, "unanswerable": 7, "followup": 4},
    },
    words=range(230, 291),
    multipart={"dev": 2, "test": 5},
    followups={"dev": 7, "test": 4},
    answerable_followups={"dev": 6, "test": 4},
    outlets={
        "Brackenhurst Post": 3,
        "Fenlow Bulletin": 3,
        "Quillmoor Herald": 3,
        "Ravelsby Record": 3,
        "Dunholloway Examiner": 2,
        "Ostwick Chronicle": 2,
    },
    invented=(
        "Orvenna",
        "Castrevaro",
        "Vallonbrise",
        "Carrowgill",
        "Thistleby",
        "Stanmorrow",
        "Esterhythe",
        "Merrowdeep",
        "Wexholme",
        "Ferrandine",
        "Tregarth",
        "Perrouz",
        "Vantrasse",
    ),
    direct_conflicts=True,
    every_story_asked=True,
    multipart_quotes=1,
)

# Written blind like tribune, by a helper who saw no code and no failure: six more unrelated stories
# (a tornado, a sinkhole, a crane collapse, a gas leak at a pool, football violence, a meteorite
# fall) by six new outlets, 26 planted disagreements, questions dealt at random (seed 20261205).
SENTINEL = CorpusSpec(
    name="sentinel",
    story=STORY_LABELS["sentinel"],
    planted={
        "date the Cradlestow tornado struck": "tornado",
        "people killed by the Cradlestow tornado": "tornado",
        "what became of Ezekiel Kettleworth": "tornado",
        "how long the Cradlestow tornado stayed on the ground": "tornado",
        "cause of the Tarrowmouth sinkhole": "sinkhole",
        "time the Tarrowmouth sinkhole opened": "sinkhole",
        "households evacuated in Tarrowmouth": "sinkhole",
        "Idris Vanstone's title": "sinkhole",
        "workers killed in the Corrinford crane collapse": "crane",
        "owner of the crane that collapsed in Corrinford": "crane",
        "height of the Corrinford crane": "crane",
        "cause of the Corrinford crane collapse": "crane",
        "children taken to hospital after the Kelderby gas leak": "pool",
        "what became of the pool manager Corwen Threlfall": "pool",
        "date of the Kelderby gas leak": "pool",
        "cause of the Kelderby gas leak": "pool",
        "Elowen Gorrey's age": "pool",
        "people arrested after the Dunsevern semi-final": "riot",
        "officers injured in the Dunsevern violence": "riot",
        "what became of Rory Pellant": "riot",
        "where the Dunsevern violence began": "riot",
        "cost of the damage in Dunsevern": "riot",
        "weight of the Quenmarsh meteorite": "meteorite",
        "time the Quenmarsh meteorite fell": "meteorite",
        "who found the Quenmarsh meteorite": "meteorite",
        "where the Quenmarsh meteorite struck": "meteorite",
    },
    outlets_per_story={
        "tornado": 3,
        "sinkhole": 3,
        "crane": 2,
        "pool": 3,
        "riot": 3,
        "meteorite": 2,
    },
    categories={
        "dev": {"conflict": 34, "fact": 16, "unanswerable": 8, "followup": 6},
        "test": {"conflict": 32, "fact": 22, "unanswerable": 8, "followup": 6},
    },
    words=range(230, 291),
    multipart={"dev": 3, "test": 3},
    followups={"dev": 6, "test": 6},
    answerable_followups={"dev": 4, "test": 6},
    outlets={
        "Altenmoor Mercury": 3,
        "Pellisford Telegraph": 3,
        "Lanwick Sentinel": 3,
        "Yarrowdale Clarion": 3,
        "Kestonbury Observer": 2,
        "Dravenport Courant": 2,
    },
    invented=(
        "Cradlestow",
        "Thornwaite",
        "Kettleworth",
        "Tarrowmouth",
        "Brantock",
        "Vanstone",
        "Corrinford",
        "Lanterne Quay",
        "Grimsditch",
        "Halvane",
        "Kelderby",
        "Threlfall",
        "Gorrey",
        "Dunsevern",
        "Saltcote",
        "Gallowfield",
        "Pellant",
        "Quenmarsh",
        "Trelissick",
        "Hallowdene",
    ),
    direct_conflicts=True,
    every_story_asked=True,
    multipart_quotes=1,
)

# Written blind like sentinel, by a helper who saw no code and no failure: six more unrelated
# stories (a hospital power cut, a moorland wildfire, a fish kill in a river, a shipwreck's bell
# raised, a fairground ride failure, a sailor rescued at sea) by six new outlets, 28 planted
# disagreements, questions dealt at random (seed 20261206).
HERALD = CorpusSpec(
    name="herald",
    story=STORY_LABELS["herald"],
    planted={
        "time the power failed at St Aldhelm's Hospital": "outage",
        "how long St Aldhelm's Hospital was without power": "outage",
        "cause of the St Aldhelm's Hospital power failure": "outage",
        "patients transferred from St Aldhelm's Hospital": "outage",
        "what became of Osmund Yelland": "outage",
        "Briony Sarrow's title": "outage",
        "date the Scarrow Moor fire started": "moorfire",
        "area burned on Scarrow Moor": "moorfire",
        "cause of the Scarrow Moor fire": "moorfire",
        "what became of Fergal Threap": "moorfire",
        "owner of Scarrow Moor": "moorfire",
        "fish killed in the River Lenn": "fishkill",
        "length of the River Lenn affected": "fishkill",
        "where the pollution entered the River Lenn": "fishkill",
        "cause of the River Lenn fish deaths": "fishkill",
        "year the Coralline sank": "salvage",
        "weight of the Coralline's bell": "salvage",
        "who raised the Coralline's bell": "salvage",
        "value of the Coralline's silver coins": "salvage",
        "date the Skyreel carriage fell": "ride",
        "people injured on the Skyreel": "ride",
        "height the Skyreel carriage fell from": "ride",
        "name of the Skyreel's operator": "ride",
        "age of the girl seriously hurt on the Skyreel": "ride",
        "how long Esmond Kenward was adrift": "sailor",
        "who rescued Esmond Kenward": "sailor",
        "Esmond Kenward's age": "sailor",
        "what became of Esmond Kenward after the rescue": "sailor",
    },
    outlets_per_story={
        "outage": 3,
        "moorfire": 3,
        "fishkill": 3,
        "salvage": 2,
        "ride": 3,
        "sailor": 3,
    },
    categories={
        "dev": {"conflict": 33, "fact": 23, "unanswerable": 10, "followup": 4},
        "test": {"conflict": 35, "fact": 17, "unanswerable": 6, "followup": 9},
    },
    words=range(230, 301),
    multipart={"dev": 2, "test": 4},
    followups={"dev": 4, "test": 9},
    answerable_followups={"dev": 2, "test": 9},
    outlets={
        "Corvelly Gleaner": 3,
        "Hestleigh Argus": 3,
        "Pendrigg Messenger": 3,
        "Kilbrannan Advertiser": 3,
        "Brisworth Recorder": 3,
        "Strathmire Journal": 2,
    },
    invented=(
        "Wrensford",
        "St Aldhelm",
        "Sarrow",
        "Yelland",
        "Harbury Civils",
        "Scarrow",
        "Fellbeck",
        "Ambleshire",
        "Threap",
        "Rookhill",
        "Aldwark",
        "Oxcombe",
        "River Lenn",
        "Marlowe Dairies",
        "Tapley Weir",
        "Colham Bridge",
        "Nettlecombe",
        "Faircloth",
        "Coralline",
        "Skelmouth",
        "Deepwell Recovery",
        "Cadwallon",
        "Dunmallow",
        "Skyreel",
        "Hurrell",
        "Hurwell",
        "Kenward",
        "Marram Grace",
        "Brighid Rose",
        "Skerrin",
        "Port Elvey",
    ),
    direct_conflicts=True,
    every_story_asked=True,
    multipart_quotes=1,
)

# Written blind like herald, by a helper who saw no code and no failure: six more unrelated stories
# (a wartime bomb found on a building site, a leaked exam paper, lightning at a cricket match, an
# oil lorry overturned on a bypass, a record swim across a sound, a rare bird drawing crowds) by six
# new outlets, 28 planted disagreements, questions dealt at random (seed 20261204).
BULLETIN = CorpusSpec(
    name="bulletin",
    story=STORY_LABELS["bulletin"],
    planted={
        "weight of the Brandlesham bomb": "bomb",
        "homes evacuated in Brandlesham": "bomb",
        "time of the controlled explosion in Brandlesham": "bomb",
        "who found the Brandlesham bomb": "bomb",
        "candidates due to sit the leaked maths paper": "exam",
        "when the leaked maths paper appeared online": "exam",
        "where the maths paper was leaked from": "exam",
        "Eudora Vellacott's title": "exam",
        "cost of the replacement maths paper": "exam",
        "time lightning struck the Thrushcombe ground": "lightning",
        "people injured by the Thrushcombe lightning strike": "lightning",
        "where the lightning struck at Thrushcombe": "lightning",
        "what became of Alwyn Petheridge": "lightning",
        "Alwyn Petheridge's age": "lightning",
        "weight of oil on the Haddenford lorry": "lorry",
        "how long the Haddenford bypass was closed": "lorry",
        "cause of the Haddenford lorry crash": "lorry",
        "whether the Haddenford lorry driver was arrested": "lorry",
        "haulier that ran the Haddenford lorry": "lorry",
        "Maeve Fenwarren's crossing time": "swim",
        "Maeve Fenwarren's age": "swim",
        "length of the Mallachy Sound swim": "swim",
        "who recorded Maeve Fenwarren's time": "swim",
        "money raised by the Mallachy Sound swim": "swim",
        "date the rubythroat was first seen": "bird",
        "name of the woman who found the rubythroat": "bird",
        "birdwatchers who came to see the rubythroat": "bird",
        "how the rubythroat reached Cauldwick": "bird",
    },
    outlets_per_story={
        "bomb": 3,
        "exam": 3,
        "lightning": 3,
        "lorry": 3,
        "swim": 2,
        "bird": 3,
    },
    categories={
        "dev": {"conflict": 34, "fact": 19, "unanswerable": 8, "followup": 8},
        "test": {"conflict": 34, "fact": 22, "unanswerable": 7, "followup": 7},
    },
    words=range(250, 551),
    multipart={"dev": 3, "test": 3},
    followups={"dev": 8, "test": 7},
    answerable_followups={"dev": 6, "test": 5},
    outlets={
        "Tamberley Chronicle": 3,
        "Wexcombe Gazette": 3,
        "Pellowmere Star": 3,
        "Callowbridge Express": 3,
        "Roskelly Bugle": 3,
        "Velbury Post": 2,
    },
    invented=(
        "Brandlesham",
        "Kilnhurst",
        "Sallowby",
        "Marrowgate",
        "Quaintance",
        "Rackstraw",
        "Halsmoor",
        "Vellacott",
        "Ostleby",
        "Hexworth",
        "Oakhanger",
        "Thrushcombe",
        "Allerwick",
        "Petheridge",
        "St Cuthwin",
        "Haddenford",
        "Cressing Freight",
        "Ambrey Haulage",
        "Clearwell Environmental",
        "Orridge",
        "Tollesby",
        "Mallachy",
        "Inishcarrow",
        "Portmellick",
        "Fenwarren",
        "Gwennol",
        "St Petrock",
        "Marine Endurance Register",
        "Morrowby",
        "Cauldwick",
        "Ormerod",
        "Ormrod",
        "Falstead",
    ),
    direct_conflicts=True,
    every_story_asked=True,
    multipart_quotes=1,
)


OBSERVER = CorpusSpec(
    name="observer",
    story=STORY_LABELS["observer"],
    planted={
        "time the drone was first seen near Marlhaven Airport": "drone",
        "how long Marlhaven Airport's runway was closed": "drone",
        "flights diverted by the Marlhaven drone": "drone",
        "what became of the man arrested over the Marlhaven drone": "drone",
        "Orsola Crabtree's title": "drone",
        "residents affected by the Carrowfield data breach": "breach",
        "cause of the Carrowfield data breach": "breach",
        "what became of Lettice Pembury": "breach",
        "date the Carrowfield breach was discovered": "breach",
        "passengers taken ill on the Aurelle Dawn": "cruise",
        "who kept the Aurelle Dawn in port": "cruise",
        "day the Aurelle Dawn docked at Gulvercombe": "cruise",
        "what became of the 79-year-old cruise passenger": "cruise",
        "year Herring Boats at Scarnby was stolen": "painting",
        "value of Herring Boats at Scarnby": "painting",
        "where Herring Boats at Scarnby was found": "painting",
        "who found Herring Boats at Scarnby": "painting",
        "width of Herring Boats at Scarnby": "painting",
        "Odette Quiller's divorce settlement": "divorce",
        "length of the Ashbury-Quiller marriage": "divorce",
        "name of the divorce judge": "divorce",
        "home Odette Quiller keeps": "divorce",
        "how long Zarya was loose": "leopard",
        "where Zarya was recaptured": "leopard",
        "who darted Zarya": "leopard",
        "Zarya's age": "leopard",
    },
    outlets_per_story={
        "drone": 3,
        "breach": 3,
        "cruise": 3,
        "painting": 3,
        "divorce": 2,
        "leopard": 2,
    },
    categories={
        "dev": {"conflict": 35, "fact": 21, "unanswerable": 7, "followup": 9},
        "test": {"conflict": 34, "fact": 14, "unanswerable": 8, "followup": 7},
    },
    words=range(250, 551),
    multipart={"dev": 4, "test": 2},
    followups={"dev": 9, "test": 7},
    answerable_followups={"dev": 9, "test": 3},
    outlets={
        "Ardlow Wire": 3,
        "Wyndle Times": 2,
        "Kestrow Radio": 3,
        "Fennick Echo": 3,
        "Dunsallow Journal": 2,
        "Daily Blaze": 3,
    },
    invented=(
        "Marlhaven",
        "Pitchley",
        "Quorlton",
        "Fenside",
        "Orsola Crabtree",
        "Gorringe",
        "Carrowfield",
        "Lettice Pembury",
        "Tredgold",
        "Winslade",
        "Garroway",
        "Thorold Vessey",
        "Saltrine",
        "Aurelle Dawn",
        "Aurelle Mist",
        "Gulvercombe",
        "Osgarby",
        "Venlow",
        "Thornquist",
        "Scarnby",
        "Dunmere House",
        "Selbridge",
        "Corranby",
        "Bastian Hollier",
        "Ned Pardew",
        "Ebony Marris",
        "Cortland Rook",
        "Gaddesden",
        "Jolyon Ashbury",
        "Odette Quiller",
        "Hazeldene",
        "Hazledean",
        "Ormsby Dene",
        "Lanmouth",
        "Gilded Ladle",
        "Hollinsby",
        "Stannet",
        "Zarya",
        "Zillah Solway",
        "Mungo Farrant",
        "Quarendon",
        "Tregunna",
    ),
    direct_conflicts=True,
    every_story_asked=True,
    multipart_quotes=1,
)

# Written blind like observer, by a helper who saw no code and no failure: six more unrelated
# stories (glass eels smuggled through an airport, cheating claims over a quiz show jackpot, a
# family poisoned by wild mushrooms, a record giant pumpkin, a famous stag killed by poachers, a fog
# pile-up on an expressway) by six new outlets, 27 planted disagreements, questions dealt at
# random (seed 20261207).
CLARION = CorpusSpec(
    name="clarion",
    story=STORY_LABELS["clarion"],
    planted={
        "weight of the glass eels seized at Castlebrack Airport": "smuggling",
        "value of the Castlebrack glass eels": "smuggling",
        "people arrested over the Castlebrack glass eels": "smuggling",
        "how the glass eels were found at Castlebrack Airport": "smuggling",
        "where the Castlebrack glass eels were released": "smuggling",
        "jackpot won on The Brass Ladder": "quiz",
        "what became of Henrietta Loveday's win": "quiz",
        "who raised the alarm over Henrietta Loveday's answers": "quiz",
        "Peregrine Tuckett's title": "quiz",
        "day the Telloway family ate the mushrooms": "mushroom",
        "people taken to hospital after the Telloway meal": "mushroom",
        "mushroom that poisoned the Telloway family": "mushroom",
        "what became of Euphemia Telloway": "mushroom",
        "Euphemia Telloway's age": "mushroom",
        "name of the Wendlecombe pumpkin grower": "pumpkin",
        "age of the Wendlecombe pumpkin grower": "pumpkin",
        "whether the Wendlecombe pumpkin record is official": "pumpkin",
        "Fingal's age": "stag",
        "reward offered over Fingal's killing": "stag",
        "who found Fingal's body": "stag",
        "where Fingal was found": "stag",
        "vehicles involved in the Skelbrook Expressway pile-up": "pileup",
        "Skelbrook Expressway pile-up death toll": "pileup",
        "time the Skelbrook Expressway pile-up began": "pileup",
        "how long the Skelbrook Expressway was closed": "pileup",
        "cause of the Skelbrook Expressway pile-up": "pileup",
        "Thomasina Askwith's rank": "pileup",
    },
    outlets_per_story={
        "smuggling": 3,
        "quiz": 3,
        "mushroom": 3,
        "pumpkin": 2,
        "stag": 3,
        "pileup": 3,
    },
    categories={
        "dev": {"conflict": 32, "fact": 21, "unanswerable": 9, "followup": 7},
        "test": {"conflict": 37, "fact": 21, "unanswerable": 7, "followup": 8},
    },
    words=range(250, 551),
    multipart={"dev": 3, "test": 3},
    followups={"dev": 7, "test": 8},
    answerable_followups={"dev": 6, "test": 6},
    outlets={
        "Rathmoor Wire": 3,
        "Daily Clamour": 3,
        "Mossbury Advertiser": 3,
        "Greyhallow Radio": 3,
        "Tallowfield Courier": 3,
        "Ellerdyke Mercury": 2,
    },
    invented=(
        "Castlebrack",
        "Border Protection Service",
        "Bernadette Foyle",
        "River Ossel",
        "Tollmere",
        "Nettie Lisle",
        "Brass Ladder",
        "Saffron TV",
        "Henrietta Loveday",
        "Nethercott",
        "Peregrine Tuckett",
        "Rupert Fludd",
        "Cobalt Owl",
        "Telloway",
        "Cindersby",
        "Yewstock",
        "Calderholt",
        "Iolanthe Crosthwaite",
        "Ailsa Stobie",
        "Wendlecombe",
        "Pennycuick",
        "Pennycook",
        "Upper Wyverstone",
        "Norah Bealby",
        "Heavyweight Growers",
        "Glenvaddock",
        "Fingal",
        "Loch Ulladale",
        "Cairnbeg",
        "Dougal Drysdale",
        "Morven Kinnaird",
        "Mackessack",
        "Skelbrook",
        "Ravenmoss",
        "Quarrendale",
        "Thomasina Askwith",
        "Petrel Freight",
        "Obadiah Frane",
    ),
    direct_conflicts=True,
    every_story_asked=True,
    multipart_quotes=1,
)

SPECS = (
    NEWSWIRE, BEATS, REGIONAL, TRANSIT, CIVIC, DISPATCH, HARBOR, LEDGER, ALMANAC, GAZETTE, COURIER,
    TRIBUNE, SENTINEL, HERALD, BULLETIN, OBSERVER, CLARION,
)  # fmt: skip
