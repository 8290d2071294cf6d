"""What a question asks for: a date, a person, a place, a number, an outcome, or a description.

Pure regular expressions over the question, no model: this runs on every question and must cost
microseconds. A wrong guess only changes which sentence is preferred, never what is quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lexicon import MEASURED_PATTERN, QUESTION_WORD_PATTERN
from index.disputes.values import UNIT_PATTERN
from index.models import Kind

NAMED: frozenset[Kind] = frozenset({"person", "organization", "place"})
# Who-questions are answered by people, but also by groups and governments ("Who trained them?"
# -> "Washington"), which the small model labels as organisations or places.
_WHO = NAMED
_WHERE: frozenset[Kind] = frozenset({"place", "organization"})
_DURATION: frozenset[Kind] = frozenset({"number", "date"})

# "What did the turbine cost?", "What will the club pay for him?": a sum, asked with a verb.
# "What did the bell restoration Wilfred Dransfield campaigned for end up costing?" too.
_WHAT_IT_COST = re.compile(
    r"what\s+(?:did|does|do|will|would)\s+(?:[\w'-]+\s+){1,10}(?:cost|costing|pay|earn|fetch)\b"
)
# "What did the bomb dug up on the old gasworks weigh?": a measure, asked with a verb.
_WHAT_IT_WEIGHED = re.compile(r"what\s+(?:did|does|do|will|would)\s+(?:[\w'-]+\s+){1,10}weigh\b")
# Words describing the kind asked before its noun: "Which *construction* company", "which
# *senior* official". Verbs, articles and prepositions start a clause, and a possessive says
# whose ("Which airline's pilot" asks for the airline). (Not before places:
# "Which central European country" measured no better on SQuAD's fit half, 1 answer worse.)
_DESCRIBED = (
    r"(?:(?!(?:did|does|do|has|had|have|is|was|are|were|will|would|can|could|the|a|an|its|his|"
    r"her|their|to|of|for|in|on|at|with|about|from|by)\b|[\w-]+['\u2019]s\b)[\w'-]+\s+){0,2}"
)
# (pattern, kinds that answer, the kind that answers best)
_RULES: list[tuple[re.Pattern[str], frozenset[Kind], Kind | None]] = [
    (re.compile(r"how\s+(?:many|much|old)\b"), frozenset({"number"}), "number"),
    # "How long?" and "How often?" may be answered by a duration ("for three weeks", a date to
    # spaCy); a size or distance only by a measure: "How high is the dam?" is not "in 1958".
    # (not "How long a stretch of the river ...?", a length measured: below)
    (re.compile(r"how\s+(?:long(?!\s+an?\s)|often)\b"), _DURATION, None),
    (
        re.compile(
            r"(?:what|which)\s+(?:is|was|will\s+be)\s+the\s+(?:length|duration)\b"
            r"|(?:what|which)\s+time\s+(?:limit|allowed)\b"  # "What time limit does each get?"
        ),
        _DURATION,
        None,
    ),
    (
        re.compile(
            r"how\s+(?:far|tall|high|big|large|heavy|deep|wide|fast|hot|warm|cold|strong|loud|noisy)\b"
            r"|how\s+long\s+an?\s"
        ),
        frozenset({"number"}),
        "number",
    ),
    (
        re.compile(
            r"(?:what|which)\s+(?:(?:is|was|are|were|will\s+be)\s+(?:the\s+|its\s+|his\s+|"
            r"her\s+|their\s+)?)?(?:(?!did\b|does\b|do\b|has\b|had\b)[\w'-]+\s+){0,2}(?:number|percentage|percent|amount|proportion|"
            r"share|price|cost|sum|total|figure|age|toll|fee|salary|wage|fine|bail|budget|"
            r"deficit|turnout|reward|compensation|damages|margin|majority|debts?|ransom|"
            rf"pay-?off|payout|{MEASURED_PATTERN}|worth|penalty|attendance)\b"
            r"|\b(?:price|cost|number|population|height|size|value)\s+of\b"
        ),
        frozenset({"number"}),
        "number",
    ),
    (_WHAT_IT_COST, frozenset({"number"}), "number"),
    (_WHAT_IT_WEIGHED, frozenset({"number"}), "number"),
    # "What (pay) rise are the nurses asking for?": a figure or a percentage ("What cut off
    # the road?" asks what did).
    (
        re.compile(
            r"(?:what|which)\s+(?:(?:pay|price|wage|salary|rent|tax|fare|fee|interest\s+rate)\s+)?"
            r"(?:rise|rises|increase|increases|raise|hike|hikes|cut|cuts)\b(?!\s+off\b)"
        ),
        frozenset({"number"}),
        "number",
    ),
    (
        re.compile(
            r"when\b|(?:what|which)\s+(?:year|date|day|month|time(?!\s+(?:limit|allowed))|decade"
            r"|century|week|night"
            r"|evening|weekend)\b"
            r"|\b(?:date|day)\s+of\b"  # "What was the date of the operation?"
        ),
        frozenset({"date"}),
        "date",
    ),
    (
        re.compile(
            r"(?:what|which)\s+(?:country|countries|city|cities|town|village|province|region|"
            r"state|place|area|county|continent|island|capital|district|location|part|hospital|"
            r"building|airport|prison|court|base|street|power|nation|"
            # named places of local news: "Which farm opened its sunflower field?" (not a shop
            # or a pub, whose village a report names more often than the shop's own name)
            r"farm|school|academy|college|hotel|station|depot|church|"
            r"stadium|venue|park|museum|theatre|river|lake|hill|bridge|road|estate)\b|where\b|"
            r"\bcapital\s+of\b"
        ),
        _WHERE,
        "place",
    ),
    (
        re.compile(
            rf"(?:what|which)\s+{_DESCRIBED}(?:agency|agencies|group|groups|organi[sz]ations?|"
            r"company|companies|firm|firms|banks?|insurers?|airlines?|unions?|charit(?:y|ies)|"
            r"party|team|force|forces|militia|newspaper|outlet|ministry|"
            r"department|university|institution|body|government|army|"
            # firms by their trade: "Which bakery baked the pie?", "Which stonemasons made the
            # memorial?"; bodies of a town: "Which orchestra does she play in?"
            r"bakery|bakeries|brewery|breweries|garage|dairy|haulier|hauliers|foundry|foundries|"
            r"stonemasons|masons|clockmakers|builders|solicitors|architects|"
            r"auctioneers|estate\s+agents|orchestra|choir|society|trust)\b"
        ),
        _WHERE,
        "organization",
    ),
    (
        re.compile(
            rf"(?:what|which)\s+{_DESCRIBED}(?:person|man|woman|official|leader|president|minister|"
            r"relative|expert|analyst|commander|journalist|reporter|author|judge|magistrate|"
            r"coroner|officer|captain|referee|pilot|driver|doctor|surgeon|mayor|governor|"
            r"chairman|chairwoman|headteacher|headmaster|headmistress|sheriff)\b"
        ),
        frozenset({"person"}),
        "person",
    ),
    # "Whose troops?" is answered by a country or group as often as by a person.
    (re.compile(r"whose\b"), _WHO, None),
    # "who" asks only as the question word or after a preposition ("by whom"): in "What did
    # the woman who found the bird do for a living?" it starts a clause.
    (
        # (not "How was Alfred Cottingley's name carved?", which asks how of a name written)
        re.compile(
            r"^whom?\b|\b(?:by|to|for|with|from|of)\s+whom?\b|\bnames?\s+of\b|"
            r"(?<!['\u2019]s\s)\bnamed?\b"
        ),
        _WHO,
        "person",
    ),
]
# The asked-for kind is set where the question word is: "Who lost his life when..." asks for a
# person; a "when" five words later starts a clause. A rule must match within this many
# characters after the first question word ("what is the name of" still counts).
_HEAD_CHARS = 24
# "<someone>'s name" asks for a name wherever it stands in the question.
_WHOSE_NAME = re.compile(
    r"['\u2019]s\s+(?:full\s+)?name\b|"
    # "X's son called", "Morag Dunsmuir's twin sister called" (not "the giant pumpkin called")
    r"^\W*what(?:['\u2019]s|\s+is|\s+was)\s.*['\u2019]s\s+(?:[\w-]+\s+){0,2}[\w-]+\s+called\W*$"
)
# Bare keyword queries ("dumayr raid date") carry the type as a noun.
# "journey time", "jail time", "record time", "time limit", "time on the run": how long
# something took or may take, not when.
_LENGTH_OF_TIME = (
    r"\b(?:journey|travel|jail|prison|waiting|response|running|winning|finishing|record)\s+time\b"
    r"|\btime\s+(?:limit|allowed|allowance|on\s+the\s+(?:run|loose)|at\s+large)\b"
)
_KEYWORDS: list[tuple[re.Pattern[str], frozenset[Kind], Kind | None]] = [
    (re.compile(_LENGTH_OF_TIME), _DURATION, None),
    # "years market house clock silent": a plural unit of time asks how long
    (re.compile(r"\b(?:years|months|weeks|days|hours|minutes)\b"), _DURATION, None),
    # "blackout time" asks when it happened; "the maypole dancing on May Day" names a day
    (
        re.compile(
            r"\b(?:date|(?<!\bmay\s)(?<!\bboxing\s)(?<!\bchristmas\s)(?<!\byear's\s)"
            r"(?<!\bvalentine's\s)(?<!\bremembrance\s)day|year|month|time)\b"
        ),
        frozenset({"date"}),
        "date",
    ),
    (
        re.compile(
            r"\b(?:number|count|toll|total|deaths|dead|casualties|injured|arrests|passengers|"
            r"jobs|age|salary|fee|price|cost|amount|sum|value|worth|height|size|width|depth|"
            r"weight|distance|percentage|percent|share|ransom|fine|penalty|margin|attendance|"
            r"crowd|capacity|wage|budget|compensation|reward|haul|prize|purse|winnings|"
            r"clearance)\b"
            # a unit: "tonnes of sunflower oil haddenford lorry"
            rf"|\b(?:{UNIT_PATTERN})\b"
        ),
        frozenset({"number"}),
        "number",
    ),
    (re.compile(r"\b(?:length|duration)\b"), _DURATION, None),
    (re.compile(r"\b(?:location|place|venue|site|spot|whereabouts)\b"), _WHERE, "place"),
    (re.compile(r"\b(?:name|who)\b"), _WHO, "person"),
    # the doer named by a noun: "sallerton christmas tree donor", "ashbury divorce judge"
    (
        re.compile(
            r"\b(?:donor|judge|instructor|organi[sz]er|presenter|finder|pilot|winner|opponent|"
            r"referee|seller|buyer|sponsor|rescuer|conductor|head\s?teacher|promoter|"
            # whose a thing is: "knotweed embankment owner"
            r"owner|landowner|landlord)s?\b"
        ),
        _WHO,
        "person",
    ),
    # who did it: "baby delivered by", "mural contractor painted over"
    (re.compile(r"\bby\b"), _WHO, "person"),
    (
        re.compile(
            r"\b(?:contractors?|firms?|company|companies|makers?|manufacturers?|operators?|"
            r"agents|agency|charity|charities|suppliers?|stonemasons|clockmakers|builders?)\b"
        ),
        _WHO,
        "organization",
    ),
]
_WH = re.compile(rf"\b(?:{QUESTION_WORD_PATTERN})\b")
_YES_NO = re.compile(
    r"^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|may|might"
    # "What do the reports say about whether the pothole has been fixed?", unwrapped
    r"|whether)\b"
)
# Values written in a yes/no question say what kind of answer it checks ("...on October 28?").
_DATE_IN_QUESTION = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:in|on|since)\s+(?:1[0-9]|20)\d\d\b"
)
_NATIONALITY = re.compile(
    r"\b(?:nationality|nationalities|religion|religious|ethnic|ethnicity|faith|citizens?)\b"
)
_TIME_OF_DAY = re.compile(r"\btime\s+of\s+(?:the\s+)?day\b")


def asks_time_of_day(question: str) -> bool:
    """Whether a question asks the time of day, which words ("pre-dawn") or a clock time
    ("4.15pm") may answer: a description to the sentence scorer, a time to the table."""
    return _TIME_OF_DAY.search(question.casefold()) is not None


# ("time" before another noun is that thing's, not a time of day: "the time capsule"; before
# "the" it is the time of what follows, "the time the Sea Pink reached English Harbour", unless
# that tells how long something took; "this year's dressings", "last month's vote" say which
# ones, not how exact a date is asked)
_PRECISION = re.compile(
    r"\b(?<!this\s)(?<!last\s)(?<!next\s)(year|month|day|date|"
    r"time(?!\s+(?!of\b|did\b|was\b|the\b(?!.*\b(?:took|taken|lasted)\b))[a-z]))\b"
)
# "In which year ...?", "what day": the precision a question word asks for, wherever else the
# question names a year ("choir of the year final day" asks the day).
_PRECISION_ASKED = re.compile(r"\b(?:what|which)\s+(year|month|day|date|time)\b")
# "How long was he in the job?", "the length of the closure": a length of time, best answered by
# one ("18 months"), not by any figure or date the sentence holds.
_LENGTH_ASKED = re.compile(rf"\bhow\s+long\b|\b(?:length|duration)\b|{_LENGTH_OF_TIME}")
_NUMBER_IN_QUESTION = re.compile(r"\b\d+(?:[.,]\d+)?\b")
# What happened to someone: outcome questions, answered by accounts rather than one value.
_HAPPENED = re.compile(
    r"\bwhat\s+(?:(?:has|had)\s+)?(?:happened|become|became)\b|\bfate\b|\boutcome\b|\bverdict\b|"
    # "How did he die?", "where al-Masoud died": at the scene or later; not "How many died?"
    r"\b(?:how|where)\s+(?!many|much|long|old|often|far|soon)(?:did\s+)?.{1,40}\s+"
    r"(?:die|died|kill|killed)\b|"
    # "How did the minister leave the government?": sacked or resigned
    r"\bhow\s+did\s+.{1,40}\s+(?:leave|quit|depart|exit|step\s+down)\b|"
    # "How did Lobato's time as head of the bank end?"
    r"\bhow\s+did\s+(?:\S+\s+){0,3}\S+['\u2019]s?\s+(?:time|tenure|spell|reign|career|term)\b"
    r".{0,60}\bend\b|"
    # "What did the board do about its chief executive?"
    r"\bwhat\s+did\s+.{1,40}\s+do\s+about\s+(?:its|his|her|their)\b|"
    # "How did the candidate react to losing the recount?": conceded, or refused to; not "How
    # did the ministry respond to questions?", a statement
    r"\bhow\s+did\s+.{1,60}\s+(?:react|respond)\s+to\s+(?:losing|being|(?:his|her|their)\s+"
    r"(?:defeat|loss|sacking|dismissal|arrest|conviction|acquittal|release|sentence))\b|"
    # "How is Alwyn Petheridge now?", "What is his condition?": still in hospital, or home
    r"^how\s+(?:is|are)\s+.{1,60}\b(?:now|doing|today)\b|\bcondition\b"
)
# "What did police do with (or about) Oswin Tregarth?": arrested, questioned or let go. Only of
# someone named or a pronoun: "What did the council do with the money?" asks no outcome.
_DONE_WITH_SOMEONE = re.compile(
    r"\b(?i:what\s+did\s+.{1,40}\s+do\s+(?:with|to|about)\s+)(?:(?i:him|her|them)\b|[A-Z])"
)
_OUTCOME = re.compile(
    r"\b(?:kill|killed|die|died|survive|survived|alive|dead|wound|wounded|injure|injured|hurt|"
    r"harmed|bitten|capture|"
    r"captured|catch|caught|arrest|arrested|detain|detained|escape|escaped|hit|miss|missed|"
    r"succeed|succeeded|fail|failed|charge|charged|release|released|convict|convicted|"
    r"acquit|acquitted|sack|sacked|resign|resigned|fire|fired|dismiss|dismissed|quit|oust|"
    r"ousted|guilty|suspend|suspended|appeal|appealed|concede|conceded|jail|jailed|free|freed|"
    r"clear|cleared|sentence|sentenced|accept|accepted|cancel|cancelled|canceled|postpone|"
    r"postponed|abandon|abandoned|resume|resumed|go\s+ahead|went\s+ahead|carry\s+on|"
    r"carried\s+on|called\s+off|go\s+through|went\s+through|fall\s+through|fell\s+through|"
    r"complete|completed|imprison|imprisoned|(?:sent|go|went|gone)\s+to\s+(?:jail|prison)|"
    # "Has the jogger been let out of hospital yet?", "Is she still in hospital?"
    r"discharge|discharged|hospital|let\s+out|"
    # "Is the lorry driver in trouble with the police?", "Will the driver face action?"
    r"in\s+trouble|prosecute|prosecuted|fac(?:e|es|ing)\s+(?:any\s+)?(?:action|charges?)|"
    # "Was the pensioner punished?", "Was he given a warning?"
    r"punish|punished|warn|warned|warning|caution|cautioned|ban|banned|barred|"
    # "Is the ferry back in service?", "Did the school stay open?"
    r"in\s+service|out\s+of\s+action|reopen|reopened|stay\s+open|stayed\s+open|open\s+again|"
    r"still\s+(?:closed|shut)|"
    # "Did the academy back down?", "Has the school changed its mind?"
    r"back\s+down|backed\s+down|u-turn|changed?\s+(?:its|their|his|her)\s+mind|"
    # "Did the sandcastle break the British record?", "Was it a new record?"
    r"(?:set|sets|break|broke|beat|beaten|smash|smashed)\s+(?:a|the)\s+(?:\S+\s+){0,2}?record|"
    r"new\s+(?:\S+\s+)?record|"
    # "Has the record been made official?", "Is the record ratified yet?"
    r"official|officially|ratified|ratify|"
    # "Has the skatepark been given planning approval?", "Were the plans turned down?"
    r"approved?|approval|reject|rejected|defer|deferred|turned\s+down|go-ahead|green\s+light|"
    # "Did a judge rule on the case?", "Was the case settled?"
    r"rule|ruled|settle|settled)\b"
)


@dataclass(frozen=True)
class QuestionType:
    """What would answer the question: `wants` are the kinds of value; empty means a description.

    `prefers` is the kind that answers best when several are acceptable (a person for "who").
    `precision` is how exact a date must be: "year" for "in what year", "day" for "which day",
    "time" for "at what time" (a time of day, "11:40 a.m."); "length" for "how long", whose
    best answer is a length of time.
    `nationality` admits nationalities and religions ("Syrian", "Sunni") as answers, which
    otherwise answer nothing: "Which hospital?" is not answered by "Syrian security officials".
    `account` marks questions about an outcome (what happened to someone, did a raid get its
    target): those are answered by accounts, and accounts can disagree without any value doing so.
    `money` marks a how-much question about a sum ("How much was the company fined?"): only a
    sum of money answers it, not "two of its reservoirs" in the sentence about the fine.
    """

    wants: frozenset[Kind]
    yes_no: bool
    account: bool
    prefers: Kind | None = None
    precision: str | None = None
    nationality: bool = False
    money: bool = False


# A question's words that are a noun phrase, as "What do the reports say about the age of the
# girl who ...?" leaves them (`unwrapped`).
_NOUN_PHRASE = re.compile(r"(?:the|a|an|his|her|its|their)\s")


def _kinds(text: str, yes_no: bool) -> tuple[frozenset[Kind], Kind | None]:
    """The kinds that answer and the one that answers best, from the question word."""
    first_wh = _WH.search(text)
    if first_wh is not None and _NOUN_PHRASE.match(text):
        first_wh = None  # "the age of the girl who thought it up": a relative pronoun asks nothing
    if asks_time_of_day(text):
        return frozenset(), None  # "at what time of day": answered by words ("pre-dawn")
    how = first_wh is not None and first_wh.group().casefold() == "how"
    if not yes_no and first_wh is not None and not how and _WHOSE_NAME.search(text):
        # "What is the ferry captain's name?", however long the owner; not "How was Alfred
        # Cottingley's name carved?"
        return _WHO, "person"
    if not yes_no and first_wh is not None:
        head = text[first_wh.start() :]
        # The noun that ends the question's phrase says the kind: "which building firm" asks
        # a firm, so of the matches that start first, the longest wins.
        matches = [
            (m.start(), -m.end(), i) for i, (p, *_) in enumerate(_RULES) if (m := p.search(head))
        ]
        earliest = min((m for m in matches if m[0] <= _HEAD_CHARS), default=None)
        if earliest is None:
            return frozenset(), None
        _, _, rule = earliest
        _, wants, prefers = _RULES[rule]
        return wants, prefers
    if not yes_no:
        return next(((w, p) for rule, w, p in _KEYWORDS if rule.search(text)), (frozenset(), None))
    if _DATE_IN_QUESTION.search(text):
        return frozenset({"date"}), "date"
    if _NUMBER_IN_QUESTION.search(text):
        return frozenset({"number"}), "number"
    return frozenset(), None


# "How much ..." with a word of paying, or "What fee ...?": the answer is a sum of money.
_HOW_MUCH_MONEY = re.compile(
    # not "By how much did the yes side win?", a margin
    r"(?<!by\s)\bhow\s+much\b.*\b(?:cost|costs|costing|pay|pays|paid|paying|receive|received|fine|fined|"
    r"worth|price|"
    r"salary|wage|compensation|fee|sell|sells|sold|spend|spent|raise|raised|earn|earns|earned|charge|"
    r"charged|bail|budget|fund|insured|award|awarded|damages|ransom|owe|owed|invest|invested|"
    r"reward|deficit|debts?|pay-?off|payout|rent|rents|rental|bid|bids|"
    # "How much did Jago Castleton win for the 147?", "How much money did he win?"
    r"money|cash|win|wins|won|winnings|prize|pocket|pocketed|collect|collected|bonus|"
    # "How much were visitors asked to give?", "How much did she donate?"
    r"give|gave|given|giving|donate|donated|donation|donations|contribute|contributed)\b|"
    r"^\W*(?:what|which)\s+(?:(?:is|was|are|were|will\s+be)\s+(?:the\s+|its\s+|his\s+|"
    r"her\s+|their\s+)?)?(?:(?!did\b|does\b|do\b|has\b|had\b)[\w'-]+\s+){0,2}(?:price|cost|fee|salary|wage|fine|bail|budget|"
    r"deficit|reward|compensation|damages|debts?|ransom|pay-?off|payout)\b"
)


# "How much rubbish was collected?": a quantity of a thing named right after "how much" that is
# no sum, whatever verb follows ("collected" is said of money too).
_HOW_MUCH_STUFF = re.compile(
    r"\bhow\s+much\s+(?!(?:money|cash|compensation|funding|rent|tax|profit|revenue|interest|"
    r"prize|winnings|damages|ransom|bail|debt|credit)\b)[a-z]+\s+(?:was|were|is|are|has|have|had|"
    r"did|does|will)\b",
    re.IGNORECASE,
)
# A keyword query about what became of someone ("wendel froy verdict", "lobato departure"); not
# one about deaths, which asks as often for their number ("ferry people killed").
_KEYWORD_ACCOUNT = re.compile(
    r"\b(?:departure|exit|concession|status|resign|resigned|resignation|sack|sacked|sacking|"
    r"fired|dismiss|dismissed|dismissal|arrest|arrested|charged|convicted|acquitted|released|"
    r"jailed|cleared|"
    r"quit|ousted|suspended|survived|captured|escaped|cancelled|postponed|resumed|carried\s+on|"
    r"went\s+ahead|called\s+off|back\s+in\s+service|out\s+of\s+action|reopened|stayed\s+open|"
    r"backed\s+down|back\s+down|u-turn)\b"
)
# "What do the reports say about when the robbery took place?" asks what the rest asks: the
# wrapper puts the question word too far along for `_HEAD_CHARS`.
_ABOUT_THE_REPORTS = re.compile(
    r"^(?:what|how)\s+(?:do|does|did)\s+(?:the\s+|our\s+)?(?:reports?|papers?|articles?|"
    r"sources?|outlets?|newspapers?|media|accounts?|stories|coverage)\s+"
    r"(?:say|tell\s+us|report|write)\s+(?:about\s+|on\s+)?"
)


# "Who is Rowena Iddon?", "Who was Lancelot Greatorex?": a name asks what the person is (the
# sentence that says "Rowena Iddon, the trust's conservation officer"), which no other name in
# it gives. Written with capitals: "who is the mayor" asks for a name.
_WHO_IS_NAMED = re.compile(
    r"^\W*(?i:who)\s*(?:is|was|'s|\u2019s)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\W*$"
)


def inner_question(question: str) -> str:
    """What a question asks inside "What do the reports say about ...", as written (the whole
    question when there is no wrapper): the words to search by, since the wrapper's words are
    in no article's sentence about what is asked."""
    text = " ".join(question.split())
    found = _ABOUT_THE_REPORTS.match(text.casefold())
    inner = text[found.end() :] if found else ""
    return inner if inner.casefold() not in ("", "about", "on") else question


def unwrapped(question: str) -> str:
    """What a question asks inside "What do the reports say about ...", lower-cased: the
    wrapper's "say" asks no saying."""
    text = " ".join(question.casefold().split())
    return _ABOUT_THE_REPORTS.sub("", text) or text


# "What's the death toll?" is "What is the death toll?" (the patterns read the full form).
_CONTRACTED = re.compile(r"\b(what|who|where|when|how|why)['\u2019]s\b")


def _done_with_someone(question: str) -> bool:
    """Whether a question asks what was done with a person named or meant by a pronoun (read
    as written: a capital marks the name)."""
    return _DONE_WITH_SOMEONE.search(" ".join(question.split())) is not None


def _precision_asked(text: str) -> re.Match[str] | None:
    """The word saying how exact a date is asked for: the one a question word asks ("In what
    year was the Day of the Dead parade first held?"), else the last one written, which keyword
    queries end with ("choir of the year final day")."""
    return _PRECISION_ASKED.search(text) or next(reversed(list(_PRECISION.finditer(text))), None)


def detect(question: str) -> QuestionType:
    """The type of a question, from its wording alone."""
    text = unwrapped(_CONTRACTED.sub(r"\1 is", " ".join(question.casefold().split())))
    yes_no = bool(_YES_NO.match(text))
    wants, prefers = _kinds(text, yes_no)
    if _WHO_IS_NAMED.match(" ".join(question.split())):
        wants, prefers = frozenset(), None  # "Who is Rowena Iddon?": what she is, not a name
    account = bool(_HAPPENED.search(text)) or (yes_no and bool(_OUTCOME.search(text)))
    account = account or _done_with_someone(question)
    if not yes_no and not wants and _WH.search(text) is None:
        account = account or bool(_KEYWORD_ACCOUNT.search(text))
    precision = None
    if wants == _DURATION and _LENGTH_ASKED.search(text):
        precision = "length"
    elif "date" in wants and (found := _precision_asked(text)):
        precision = "day" if found.group(1) in ("day", "date") else found.group(1)
    return QuestionType(
        wants=wants,
        yes_no=yes_no,
        account=account,
        prefers=prefers,
        precision=precision,
        nationality=bool(_NATIONALITY.search(text)),
        money=bool(_HOW_MUCH_MONEY.search(text) or _WHAT_IT_COST.match(text))
        and not _HOW_MUCH_STUFF.search(text),
    )
