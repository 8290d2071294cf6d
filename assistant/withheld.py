"""Near misses the articles spell out: a sentence saying the asked value is not given.

News says what it does not know: "The fees were not disclosed", "How many men were underground
when the tunnel collapsed, the company did not say", "a lecturer, who has not been named", "for
an undisclosed fee", "No date for a hearing has been set". When such a sentence is among the
question's best and withholds what the question asks (a sum for "How much ...?", a name for
"Who ...?", a date for "When ...?"), about the question's own subject, the honest answer is that
the articles do not give it, with that sentence as the reason. Without it the assistant quoted
the nearest value of the asked kind, which answers something else (the 6.5m dalers the turbine
cost for "How much is Tollery Wind claiming from its insurers?").

What is withheld is read from the words around the withholding phrase: the clause after it
("did not say *how much the recall would cost*") or the noun phrase before it ("*the fees* were
not disclosed", "*whose name* has not been released"). It must share a word with the question
beyond the words that only say the kind and the names, which only say which story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import near_miss
from assistant.lexicon import capitalised_words
from assistant.question_type import QuestionType
from assistant.selection import Candidate
from index.analysis.lemmas import lemma_stems
from index.analysis.tokens import tokenize

# The statement is looked for among this many best sentences: it gives no value of the asked
# kind, which the ranking prefers, so it ranks below sentences that give one about something else.
WITHHELD_WITHIN = 8

_NEGATED = r"(?:\s+not|n['\u2019]t)\s+(?:yet\s+)?(?:been\s+)?"
# Verbs of naming or choosing withhold a name whatever the words around them say: "has not
# been named", "has not yet chosen a builder", "has not found one" (a new sponsor).
_NAMING_VERBS = (
    r"name[sd]?|identif(?:y|ied)|cho(?:ose|sen)|appoint(?:ed)?|picked|selected|f(?:i|ou)nd"
)
_NAMING = re.compile(rf"\b(?:{_NAMING_VERBS})\b", re.IGNORECASE)
_GIVING = (
    r"(?:say|said|disclosed?|give|given|gave|reveal(?:ed)?|confirm(?:ed)?|specif(?:y|ied)|"
    r"put\s+a\s+(?:figure|value|number|price)|establish(?:ed)?|estimated?|release[sd]?|"
    rf"made\s+public|set|announced?|decided?|{_NAMING_VERBS})\b"
)
# The words that say a value is not known or not given.
_WITHHOLDING = re.compile(
    rf"\b(?:did|does|do|has|have|had|would|could|will|was|were|is|are){_NEGATED}{_GIVING}"
    r"|\b(?:declined|refused|unable|too\s+early)\s+to\s+(?:say|give|disclose|name|reveal|"
    r"estimate|tell|confirm|identify|put)\b"
    r"|\b(?:is|was|were|are|remains?|remained)\s+(?:still\s+)?"
    r"(?:not\s+(?:(?:yet|immediately)\s+)?(?:known|clear)|unknown|unclear)\b"
    r"|\bdescribed\s+only\s+as\b"
    r"|\b(?:is|was|were|are|remains?|remained)\s+(?:still\s+)?(?:under\s+investigation|"
    r"being\s+investigated)\b"
    r"|\bundisclosed\b|\bwithout\s+giving\b|\bkept\s+(?:secret|under\s+wraps|confidential)\b"
    r"|\bno\s+(?:[\w-]+\s+){0,5}(?:has|had|have|was|were)\s+(?:yet\s+)?been\s+"
    r"(?:set|made|given|named|announced|chosen|released|disclosed)\b"
    r"|\basked\s+not\s+to\s+be\s+(?:named|identified)\b"
    r"|\bneither\s+[\w-]+\s+disclosed\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:disclosed|revealed|"
    r"made\s+public|identified)\b",
    re.IGNORECASE,
)
# Which kinds of value a word around the withholding phrase stands for.
_SIZE = frozenset({"money", "count", "measure"})
_KIND_WORDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(["figure", "figures", "estimate", "total", "amount", "big", "large", "size"],
                    _SIZE),
    "much": frozenset({"money", "measure"}),  # "how much" of a count is rare
    **dict.fromkeys(["many", "number", "numbers"], frozenset({"count"})),
    **dict.fromkeys(["fast", "far", "deep", "high", "tall", "wide", "heavy"],
                    frozenset({"measure"})),
    **dict.fromkeys(["old", "age", "ages"], frozenset({"age"})),
    **dict.fromkeys(["value", "sum", "cost", "costs", "fee", "fees", "price", "salary", "wages",
                     "wage", "pay", "worth", "compensation", "damages", "fare", "fares", "bill",
                     "fine", "ransom", "severance"], frozenset({"money"})),
    **dict.fromkeys(["who", "whom", "whose", "name", "names", "identity", "identities"],
                    frozenset({"name"})),
    **dict.fromkeys(["when", "date", "dates"], frozenset({"date"})),
    **dict.fromkeys(["why", "cause", "caused", "reason"], frozenset({"cause"})),
    "where": frozenset({"place"}),
}  # fmt: skip
# Sums of money that are also what a question asks about ("How large is the deficit in the
# pension scheme?" against "has a deficit that the company described only as significant").
_NAMED_SUMS = frozenset({"deficit", "deficits", "debt", "debts", "shortfall", "losses"})
# The words of withholding itself, which say nothing of what is withheld.
_WITHHOLDING_STEMS = frozenset(
    tokenize(
        "say said disclose disclosed give given gave reveal revealed name named confirm confirmed "
        "specify specified establish established estimate estimated identify identified release "
        "released made public set announce announced decide decided choose chosen appoint "
        "appointed picked selected find found declined refused unable early known unknown "
        "unclear undisclosed kept secret wraps confidential asked investigation investigated"
    )
)
# Sums are named by what they are (a fee, a salary): those words say what is asked, too.
_MONEY_STEMS = frozenset(
    s for word, kinds in _KIND_WORDS.items() if kinds == {"money"} for s in tokenize(word)
)
# The other kind words say only which kind is asked ("how much", "the name", "when").
_KIND_STEMS = frozenset(s for word in _KIND_WORDS for s in tokenize(word)) - _MONEY_STEMS

_WORD = re.compile(r"[\w'\u2019-]+")
# The clause after the phrase ends at a comma, a semicolon, or a second clause ("or when ...").
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:or|and|but)\s", re.IGNORECASE)
_BEFORE_WORDS = 12
# "two banks it has not named": what a clause with no "which" withholds stands just before it.
_REDUCED_WORDS = 4
# The words news uses for who comes after someone in a post.
_SUCCESSION = re.compile(
    r"\b(?:successors?|succe(?:ed|eds|eded|eding)|replace(?:s|d|ment)?|replacing|new"
    r"|t(?:ake|akes|aken|aking|ook)\s+over|caretaker|interim|stand-in)\b",
    re.IGNORECASE,
)
_SUCCESSION_STEM = "<succession>"
_RELATIVE = frozenset({"who", "whose", "whom", "which"})
_QUESTION_WORDS = frozenset({"how", "when", "why", "who", "whom", "where", "what"})
# A passive or adjectival phrase withholds what stands before it ("the fees were not
# disclosed"); an active one what follows ("did not say how much ...").
_PASSIVE = re.compile(r"\b(?:been|is|are|was|were|remains?|remained|kept|asked|no)\b", re.I)
# Which one of some things a question asks ("Which tractor won ...?"), and a sentence says it
# does not say ("did not say which tractor had won").
_WHICH_KIND = "which"
_WHICH = re.compile(r"^\W*which\b", re.IGNORECASE)
_AGE = re.compile(r"\bhow\s+old\b|\bage\b", re.IGNORECASE)
_COUNT = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.IGNORECASE)
_MEASURE = re.compile(r"\bhow\s+(?:fast|far|deep|high|tall|wide|heavy)\b", re.IGNORECASE)
_WORTH = re.compile(r"\bworth\b", re.IGNORECASE)
_CAUSE = re.compile(
    r"^\W*why\b|\bwhat\s+(?:caused|made|led\s+to|triggered|sparked)\b|\bcause\s+of\b",
    re.IGNORECASE,
)


def asked_kinds(question: str, qtype: QuestionType) -> frozenset[str]:
    """The kinds of value the question asks for, in the words a withholding sentence uses."""
    if _CAUSE.search(question):
        return frozenset({"cause"})
    if _WORTH.search(question):  # "What is the contract worth?"
        return frozenset({"money"})
    if qtype.wants == frozenset({"number"}):
        if _AGE.search(question):
            return frozenset({"age"})
        if qtype.money:
            return frozenset({"money"})
        if _COUNT.search(question):
            return frozenset({"count"})
        if _MEASURE.search(question):
            return frozenset({"measure"})
        return _SIZE
    if qtype.prefers in ("person", "organization"):
        return frozenset({"name"})
    if qtype.prefers == "date" or qtype.wants == frozenset({"date"}):
        return frozenset({"date"})
    if qtype.prefers == "place":
        return frozenset({"place"})
    if _WHICH.search(question):  # "Which tractor won the prize?": which one of them
        return frozenset({_WHICH_KIND})
    return frozenset()


def _kinds_of(words: list[str]) -> frozenset[str]:
    """The kinds the nearest kind word stands for (words nearest the phrase first)."""
    for word in words:
        kinds = _KIND_WORDS.get(word.casefold())
        if kinds:
            return kinds
        if word.casefold() in _NAMED_SUMS:
            return frozenset({"money"})
    return frozenset()


def _stems(words: list[str]) -> frozenset[str]:
    """The words' BM25 stems, and for a doer ("buyer", "builder", "owner") its deed's too:
    "a buyer, whom they have not named" withholds who was going to buy. Words of succession
    share one stem: "No successor had been named" withholds who "the new health minister" is,
    and "has not said who will succeed him" who "has taken over from" him."""
    text = " ".join(words)
    stems = tokenize(text)
    succession = [_SUCCESSION_STEM] if _SUCCESSION.search(text) else []
    doers = (s[:-2] for s in stems if s.endswith("er") and len(s) > 4)
    return frozenset([*stems, *doers, *succession])


def _antecedent(before: list[str]) -> list[str]:
    """The words a relative clause is about: "the ship's master, whose name *the company* has
    not released" withholds the master's name, not the company's."""
    relative = [i for i, word in enumerate(before) if word.casefold() in _RELATIVE]
    if not relative:
        return before
    # "a driver who was kidnapped with her, and whose name has not been released": relative
    # clauses joined by "and" are about one antecedent, the driver.
    last = relative[-1]
    while last in relative[1:] and before[last - 1].casefold() == "and":
        last = relative[relative.index(last) - 1]
    return before[:last]


def withheld(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each withholding phrase of a sentence: the kinds it withholds and the stems of what it
    is about. That is the clause after the phrase ("did not say how much *the closure would
    cost*"), or the words before it when the clause says only the kind ("*the fees* were not
    disclosed", "*the mill was sold* for an undisclosed sum"): the one who declines to say
    ("Harlow Fibre did not say ...") is not what is withheld."""
    found = []
    for match in _WITHHOLDING.finditer(text):
        rest = text[match.end() :]
        end = _CLAUSE_END.search(rest)
        after = _WORD.findall(rest[: end.start() if end else len(rest)])
        preceding = _WORD.findall(text[: match.start()])
        before = preceding[-_BEFORE_WORDS:] + _WORD.findall(match.group())
        antecedent = _stems(_antecedent(before)) - _KIND_STEMS - _WITHHOLDING_STEMS
        # "It is not known how much ...": a passive phrase before a question withholds its answer.
        asks_after = bool(after) and after[0].casefold() in _QUESTION_WORDS
        passive = bool(_PASSIVE.search(match.group())) and not asks_after
        kinds = frozenset() if passive else _kinds_of(after)
        if not passive and after and after[0].casefold() == "which":
            kinds = frozenset({_WHICH_KIND})  # "did not say which tractor had won the prize"
        if kinds:  # "did not say how much the closure would cost"
            about = _stems(after) - _KIND_STEMS
            if about <= _MONEY_STEMS:  # "an undisclosed sum": what was paid for is before
                about |= antecedent
            found.append((kinds, about))
            continue
        # "The fees were not disclosed", "How many men were underground, the company did not
        # say", "a guard, whose name has not been released": what is withheld is before.
        # A question fronted ("How many men were underground ..., the company did not say")
        # withholds what its first word asks; otherwise the nearest kind word tells.
        fronted = bool(preceding) and preceding[0].casefold() in _QUESTION_WORDS
        kinds = _kinds_of(preceding if fronted else before[::-1])
        about = antecedent
        if passive and after and after[0].casefold() == "for":
            about |= _stems(after) - _KIND_STEMS  # "No date has been set *for the appeal*"
        if not kinds and _NAMING.search(match.group()):
            kinds = frozenset({"name"})
            if after and not passive:  # "has not named the other men", not "... found one"
                about = (_stems(after) - _KIND_STEMS) or antecedent
            elif not passive:  # "advised by two banks it has not named": the words before
                about |= _stems(preceding[-_REDUCED_WORDS:]) - _KIND_STEMS
        if kinds:
            found.append((kinds, about))
    return found


def statement(
    question: str,
    qtype: QuestionType,
    ranked: Sequence[Candidate],
    text_of: Callable[[str], str] | None = None,
) -> Candidate | None:
    """The best sentence saying that what the question asks is not given, or None. With
    `text_of` (a document's text by its id), only one of an article that names what the
    question names: "It did not say how many people had been working on the burn" (a moor
    fire's) withholds nothing of "At what depth was Ffion Cadwallon working?", whose diver
    that article never names."""
    kinds = asked_kinds(question, qtype)
    if not kinds:
        return None
    named = [w.casefold() for w in capitalised_words(question)]
    # What is withheld must be what the question is about: a word of its own, not one that
    # only says the kind ("how much", "the name") or the story (its names: "the ship's master,
    # whose name ..." withholds nothing "Brevik-Hale Shipping" is asked of), nor a bare word of
    # money ("cost" in the mill's closure and in the footbridge's repairs), unless the name
    # says whose ("Neither club disclosed Albrandt's salary").
    names = _stems(capitalised_words(question))
    asked = _stems(_WORD.findall(question)) - _KIND_STEMS
    # "Who bought it?" asks who the buyer was ("The buyer ... was not identified").
    asked |= set(lemma_stems(question))
    own = asked - names - _MONEY_STEMS
    sums = asked & _MONEY_STEMS
    # "The fees were not disclosed" says only which sum: one the question's paying words name.
    paying = near_miss.paying_terms(question)
    for candidate in ranked[:WITHHELD_WITHIN]:
        for withheld_kinds, about in withheld(candidate.sentence.text):
            if not kinds & withheld_kinds:
                continue
            whose_sum = bool(sums & about and names & about)
            bare_sum = about <= _MONEY_STEMS and bool(about & (paying | sums))
            shared = own & about
            if shared == {_SUCCESSION_STEM} and not _same_subject(asked, candidate):
                continue  # "No successor has been named" of another post
            if not (shared or whose_sum or bare_sum):
                continue
            if text_of is not None and named:  # read only for a sentence that would answer
                text = text_of(candidate.sentence.doc_id).casefold()
                if not any(w in text for w in named):
                    break  # an article of another story
            return candidate
    return None


def _same_subject(asked: frozenset[str], candidate: Candidate) -> bool:
    """Whether the sentence shares a word of the question beyond succession: "No successor had
    been named" speaks of the post the question names only beside its words ("the Deputy Health
    Minister")."""
    return bool((asked - {_SUCCESSION_STEM}) & _stems(_WORD.findall(candidate.sentence.text)))
