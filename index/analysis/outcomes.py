"""What happened to someone, as a news sentence tells it: killed, wounded, captured, escaped...

Accounts disagree in ways no entity type captures: one article says a man was killed in a raid,
another that he was wounded, taken away and died later; one says a raid missed its target,
another that its target was captured. No NLI model is available offline, so outcomes are found
with a small lexicon of the verbs news reports use for them, with negation. The lexicon is about
news events in general (deaths, injuries, arrests, escapes), never about one story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The outcome classes. "died" is a death without timing; "killed" a death caused in the event;
# "died-later" a death after the event; "missed" an operation that did not get its target.
KILLED = "killed"
DIED = "died"
DIED_LATER = "died-later"
WOUNDED = "wounded"
# Not killed: "survived", "was not killed". A survivor may be hurt; one "unhurt" is not.
UNHARMED = "unharmed"
UNHURT = "unhurt"
ALIVE = "alive"
CAPTURED = "captured"
ESCAPED = "escaped"
MISSED = "missed"
RELEASED = "released"
CHARGED = "charged"
DIED_AT_SCENE = "died-at-scene"
RELEASED_UNCHARGED = "released-uncharged"
# Let off by the police with a warning or a caution, neither charged nor let go without one.
WARNED = "warned"
SACKED = "sacked"
RESIGNED = "resigned"
SUSPENDED = "suspended"
# Kept from taking part for a time: "banned for three years from entering" (a show, a sport).
BANNED = "banned"
ACQUITTED = "acquitted"
CONVICTED = "convicted"
# A sentence served or not: sent to prison, or a term suspended ("walked free from court").
JAILED = "jailed"
SPARED_JAIL = "spared-jail"
APPEALING = "appealing"
ACCEPTED = "accepted"
CONCEDED = "conceded"
CONTESTED = "contested"
# Where someone hurt is as the report is written: still in hospital, or sent home from it.
IN_HOSPITAL = "in-hospital"
# Everyone unhurt: "No one was hurt", "all eight escaped unhurt". Set against anyone hurt,
# named or not ("A woman in her seventies was taken to hospital").
NONE_HURT = "none-hurt"
DISCHARGED = "discharged"
# Whether a champion had won before: "the first time he has won the title", "his first
# title", against "retained the title he won last year", "successfully defended her title".
FIRST_WIN = "first-win"
WON_BEFORE = "won-before"
# Whether someone was kept in hospital or only seen where it happened: "kept in overnight",
# "admitted to hospital" against "checked over by paramedics at the scene".
HOSPITALISED = "hospitalised"
TREATED_AT_SCENE = "treated-at-scene"
# ... or taken there, which says no more of how long: "She was taken to hospital with a broken
# wrist" against "She was treated at the scene ... and did not need to go to hospital".
TAKEN_TO_HOSPITAL = "taken-to-hospital"
# What became of an event: a show, a match, a race, a flight.
CANCELLED = "cancelled"
POSTPONED = "postponed"
WENT_AHEAD = "went-ahead"
# What became of a sale or a deal: it went through, or it fell through.
COMPLETED = "completed"
FELL_THROUGH = "fell-through"
# Whether a thing is working as the report is written: a ferry "back in service" or "still out
# of action", a school that "stayed open" or "remained closed".
IN_SERVICE = "in-service"
OUT_OF_SERVICE = "out-of-service"
# Whether a run, a parade or a march went all the way: "completed the full route", "was cut short
# at Ravensett".
FINISHED = "finished"
CUT_SHORT = "cut-short"
# Whether a body gave way over a row: "The academy backed down on Wednesday evening" against
# "The academy refused to back down on Wednesday".
BACKED_DOWN = "backed-down"
STOOD_FIRM = "stood-firm"
# Whether an attempt on a record succeeded: "It was a new championship record", "beat the
# record" against "fell short of the British record", "12 short of the championship record".
RECORD_SET = "record-set"
RECORD_MISSED = "record-missed"
# Whether a record set is official yet: "was officially confirmed by the judges", "has been
# ratified" against "will not be official until the paperwork has been checked".
RATIFIED = "ratified"
NOT_YET_RATIFIED = "not-yet-ratified"
# What a council or a committee decided on plans put to it: "Plans for a skatepark have been
# approved", "turned down", or "has deferred its decision ... until November".
APPROVED = "approved"
REJECTED = "rejected"
DEFERRED = "deferred"
# What a council or a firm decided on a trial or a scheme already running: "has extended the
# trial for another six months" against "has scrapped a trial of delivery robots".
EXTENDED = "extended"
SCRAPPED = "scrapped"
_ON_PLANS = frozenset({APPROVED, REJECTED, DEFERRED, EXTENDED, SCRAPPED})
# How a claim in a civil court ended: a judge ruled on it ("won their case against the council,
# after a judge ruled that it had been negligent"), or it was settled before ("was settled out of
# court on the morning of the hearing").
RULED = "ruled"
SETTLED = "settled"
DECISIONS = _ON_PLANS | {RULED, SETTLED}
EVENT_OUTCOMES = frozenset(
    {CANCELLED, POSTPONED, WENT_AHEAD, COMPLETED, FELL_THROUGH, IN_SERVICE, OUT_OF_SERVICE,
     FINISHED, CUT_SHORT, BACKED_DOWN, STOOD_FIRM, RECORD_SET, RECORD_MISSED, RATIFIED,
     NOT_YET_RATIFIED, *DECISIONS}
)  # fmt: skip
# How questions ask after them: "Did the show go ahead?", "show carried on?"
EVENT_OUTCOME_WORDS = frozenset(
    ["cancel", "cancelled", "call off", "called off", "postpone", "postponed", "resume", "resumed",
     "go ahead", "went ahead", "carry on", "carried on", "complete", "completed", "go through",
     "went through", "fall through", "fell through", "back in service", "out of action",
     "out of service", "reopen", "reopened", "stay open", "stayed open", "open again", "full route",
     "whole route", "cut short", "finish", "finished", "back down", "backed down",
     "change its mind", "changed its mind", "u-turn", "stand firm", "stood firm", "record",
     "fell short", "approve", "approved", "reject", "rejected", "defer", "deferred",
     "go-ahead", "given permission", "rule", "ruled", "ruling", "settle", "settled"]
)  # fmt: skip

_W = r"(?:[\w'\u2019-]+\s+)"  # one word and the space after it
# After "appeal": an appeal to the public, not against a ruling ("I would appeal to anyone who
# saw the bus", "appealed for witnesses").
_NOT_FOR_WITNESSES = r"(?!\s+(?:for|to\s+(?:any|every|the\s+public|witness|people|members)))"
# A condition as hospitals give it: "critical", "serious but stable".
_GRAVE = r"(?:critical|serious)(?:\s+but\s+stable)?\s+condition"
# Parts of a body, a person's or an animal's: "a deep cut on her right front flipper", "a broken
# wing" are an injury (a cut "in funding" is not).
_BODY = (
    r"(?:head|face|forehead|eye|ear|nose|lip|mouth|chin|cheek|jaw|skull|neck|throat|shoulder|"
    r"arm|elbow|wrist|hand|finger|thumb|chest|back|rib|hip|pelvis|spine|leg|knee|ankle|foot|"
    r"feet|toe|paw|flipper|wing|tail|fin|hoof|beak|collarbone)s?"
)
_INJURY = (
    r"\b(?:cut|gash|graze|wound|laceration|bruise|burn)(?:s|es)?\s+(?:on|to|in|across|above|"
    r"below|under)\s+" + _W + r"{0,3}" + _BODY + r"\b|"
    r"\b(?:broken|fractured|injured)\s+" + _BODY + r"\b|"
    r"\b(?:broke|fractured)\s+(?:his|her|its|their|a|an|one|both)\s+" + _W + r"?" + _BODY + r"\b"
)
_PATTERNS: list[tuple[str, str]] = [
    (
        DIED_AT_SCENE,
        r"\b(?:died|was\s+(?:pronounced\s+)?dead|killed)\s+(?:at\s+the\s+scene|on\s+the\s+spot|"
        r"instantly|immediately)\b",
    ),
    (
        RELEASED_UNCHARGED,
        r"\breleased\s+without\s+(?:charge|being\s+charged)\b|\bno\s+charges?\s+(?:were|was|"
        r"have\s+been|has\s+been|will\s+be)\s+(?:filed|brought|laid)\b|"
        # released while the police go on looking: not charged
        r"\breleased\s+(?:under\s+investigation|on\s+police\s+bail|pending\s+(?:further\s+)?"
        r"(?:inquiries|enquiries|investigations?))\b|"
        # the police's word for dropping a case: "will face no action", "no further action"
        r"\bfac(?:e|es|ed|ing)\s+no\s+(?:further\s+)?action\b|"
        r"\bno\s+further\s+action\s+(?:will|would|is\s+to)\s+be\s+taken\b|"
        # "the committee has decided to take no further action against Mrs Plumtree"
        r"\b(?:take|takes|taking|took|taken)\s+no\s+(?:further\s+)?action\b",
    ),
    # "had been given a formal written warning", "let off with a warning", "was cautioned by
    # police" (experts who "cautioned that" only say something).
    (
        WARNED,
        r"\b(?:given|issued\s+with|handed|received)\s+(?:a\s+)?(?:(?:formal|written|police|final|"
        r"verbal|stern|strong)\s+){0,3}(?:warning|caution)\b|"
        r"\blet\s+off\s+with\s+(?:a\s+)?(?:\w+\s+){0,2}(?:warning|caution)\b|"
        r"\b(?:was|were|been|being)\s+cautioned\b(?!\s+(?:that|against))",
    ),
    # "charged on Wednesday with corruption": a day may stand between the verb and the charge.
    (
        CHARGED,
        r"\b(?:charged|indicted)\s+(?:(?:on|late\s+on|early\s+on|last)\s+\w+\s+|yesterday\s+|"
        r"today\s+)?(?:with|over|in)\b|"
        # a driver "reported for driving without due care" is summonsed to court, not "for duty"
        r"\b(?:been|was|were|is|are|being)\s+reported\s+for\s+(?!duty\b|work\b)\w+ing\b|"
        r"\b(?:summonsed|summoned\s+to\s+(?:appear\s+(?:in|at|before)\s+)?court)\b",
    ),
    # Leaving a post: pushed ("sacked", "fired") or by choice ("resigned", "stepped down").
    # "fired" and "dismissed" only in the passive: police fire shots, judges dismiss cases.
    # Active "dismissed its chief executive": a post is what a board dismisses or fires, never a
    # case or a shot.
    (
        SACKED,
        r"\b(?:sacked|sacking|ousted)\b|\b(?:was|were|been|being|be)\s+(?:fired|dismissed|axed)\b|"
        r"\b(?:dismissed|fired)(?=\s+(?:its|their|his|her)\s+(?!" + _W + r"*(?:shots?|guns?|"
        r"weapons?|rockets?|missiles?|rounds?|case|claims?|appeal)\b))",
    ),
    # A prison term not served: "a suspended sentence", "a jail term of 16 months, suspended
    # for two years", "walked free from court".
    (
        SPARED_JAIL,
        r"\bsuspended\s+(?:jail\s+|prison\s+)?sentences?\b|"
        r"\b(?:jail|prison)\s+(?:term|sentence)\b(?:\W+\w+){0,5}?\W+suspended\b|"
        r"\bwalk(?:ed|s|ing)?\s+free\b|\b(?:spared|avoided|escaped)\s+(?:jail|prison)\b",
    ),
    (JAILED, r"\b(?:jailed|imprisoned|sent\s+to\s+(?:jail|prison)|behind\s+bars)\b"),
    # Taken off a post or out of competition for now, not for good: "suspended pending an
    # inquiry". A "suspended sentence" is a sentence, not a suspension.
    (SUSPENDED, r"\bsuspended\b(?!\s+(?:jail\s+|prison\s+)?sentences?\b)"),
    # "had been banned for three years from entering any class", "was barred from the show"
    (BANNED, r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?(?:banned|barred)\b"),
    # Verdicts. "found not guilty" is tried first, so it is never read as guilty.
    (ACQUITTED, r"\b(?:acquitted|acquittal|found\s+not\s+guilty|cleared\s+of)\b"),
    (CONVICTED, r"\b(?:convicted|found\s+guilty|pleaded\s+guilty)\b"),
    # Answers to a ruling or a ban: to fight it or to let it stand (police who "appealed for
    # witnesses" fight nothing).
    (
        APPEALING,
        r"\b(?:will|would|(?:plans?|planned|intends?|intended|vows?|vowed)\s+to|is\s+to|going\s+to)"
        r"\s+(?:appeal|challenge)\b"
        rf"{_NOT_FOR_WITNESSES}|"
        rf"\b(?:appealed|appealing)\b{_NOT_FOR_WITNESSES}|\blodged\s+an\s+appeal\b",
    ),
    (
        ACCEPTED,
        r"\baccept(?:ed|s)?\s+(?:the|his|her|their)\s+(?:ban|verdict|ruling|decision|sentence|"
        r"punishment|suspension|result)\b|\b(?:will|would|does|did)\s+not\s+(?:appeal|challenge|"
        r"contest|fight)\b|\bwon't\s+(?:appeal|challenge|contest|fight)\b|"
        # "decided to dismantle it themselves rather than spend months fighting the council"
        r"\b(?:decided|chose|agreed)\s+not\s+to\s+(?:appeal|challenge|contest|fight)\b|"
        r"\brather\s+than\s+(?:[\w'-]+\s+){0,3}?(?:fight|fighting|appeal|appealing|challenge|"
        r"challenging|contest|contesting)\b",
    ),
    # Conceding a contest; "conceded that", "conceded a goal" admit or give away something else.
    (CONCEDED, r"\bconced(?:ed|es|e|ing)\b(?!\s+(?:that|a|an|the|two|three|four|\d))"),
    (
        RESIGNED,
        r"\b(?:resigned|resigns|resigning|stepped\s+down|steps\s+down)\b|"
        r"\bquit\s+(?:as|his|her|their|the)\b",
    ),
    (
        DIED_LATER,
        r"\b(?:later|subsequently|afterwards|eventually|then)\s+(?:died|succumbed)\b|"
        r"\bdied\s+(?:later|(?:days|hours|weeks)\s+later|in\s+(?:the\s+)?hospital|"
        r"of\s+(?:his|her|their)\s+(?:wounds|injuries))\b|\bsuccumbed\s+to\b",
    ),
    (
        KILLED,
        r"\b(?:killed|killing|kills|slain|shot\s+dead|assassinated|executed|murdered)\b|"
        r"\bclaimed\s+" + _W + r"{0,3}li(?:fe|ves)\b|\bresulted\s+in\s+the\s+deaths?\b",
    ),
    # Not "in the dead of night", "stopped dead" nor "a dead end": no death.
    (
        DIED,
        r"\b(?:died|dies|(?<!stopped\s)dead(?!\s+(?:of\s+(?:night|winter)|end|heat)\b)|deaths?|"
        r"lost\s+(?:his|her|their)\s+li(?:fe|ves))\b",
    ),
    # Alive, hurt or not: "pulled alive from the ruins", "is recovering in hospital". Recovering
    # bodies or goods is retrieving them, so only recovering somewhere or from something counts.
    (
        ALIVE,
        r"\b(?:pulled|rescued|found|dug|brought|taken)\s+(?:out\s+)?alive\b|"
        r"\b(?:is|was|are|were)\s+(?:still\s+)?alive\b|"
        # as the report is written: "is now in a stable condition", not "was in a critical one"
        r"\b(?:is|are)\s+(?:now\s+)?in\s+(?:a\s+)?(?:stable|good|comfortable)\s+condition\b|"
        r"\brecovering\s+(?:in\s+(?:a\s+|the\s+)?hospital|at\s+home|from\s+(?:his|her|their)\b)",
    ),
    # "remains in intensive care", "was still in hospital", "was still in a critical condition
    # on Tuesday night", not "was in hospital on Saturday": alive as the report was written
    # "remains in a serious but stable condition", "was still being treated at Ebbingford Royal
    # Hospital", "was said on Sunday to be in a serious condition" (as the report was written)
    (
        IN_HOSPITAL,
        r"\b(?:remains?|remained|(?:is|are|was|were)\s+still|still)\s+(?:being\s+treated\s+)?"
        r"in\s+(?:intensive\s+care|(?:a\s+|the\s+)?hospital|(?:a\s+)?" + _GRAVE + r")\b|"
        r"\b(?:is|are|was|were)\s+still\s+being\s+treated\b|"
        r"\bsaid\s+(?:" + _W + r"){0,3}to\s+be\s+in\s+(?:a\s+)?" + _GRAVE + r"\b",
    ),
    (
        FIRST_WIN,
        r"\bfirst\s+time\s+(?:he|she|they|it)\s+(?:has|have|had)\s+won\b|"
        r"\b(?:his|her|their|its)\s+(?:first|maiden)\s+(?:national\s+|world\s+)?"
        r"(?:title|championship|crown)\b",
    ),
    (
        WON_BEFORE,
        r"\b(?:retained|retains|retaining|defended|defends)\s+(?:(?:his|her|their|its|the)\s+)?"
        r"(?:[\w'-]+\s+){0,2}?(?:title|championship|crown)\b",
    ),
    (
        HOSPITALISED,
        r"\bkept\s+in\s+(?:hospital\s+)?(?:overnight|for\s+(?:the|a)\s+night)\b|"
        r"\bkept\s+in\s+hospital\b|\badmitted\s+to\s+(?:a\s+|the\s+)?hospital\b",
    ),
    (
        TREATED_AT_SCENE,
        r"\b(?:treated|checked\s+over|assessed|looked\s+at)\s+(?:[\w'-]+\s+){0,3}?at\s+the\s+scene\b",
    ),
    (
        DISCHARGED,
        r"\bdischarged\s+from\s+(?:the\s+)?hospital\b|\b(?:was|were|been|being)\s+discharged\b|"
        r"\b(?:sent|allowed)\s+home\s+from\s+(?:the\s+)?hospital\b|\bleft\s+hospital\b|"
        # "He was allowed home on Tuesday": only a patient is allowed home (pupils are sent)
        r"\b(?:was|were|been|is|are)\s+allowed\s+home\b(?!\s+from)",
    ),
    (
        TAKEN_TO_HOSPITAL,
        r"\b(?:taken|rushed|airlifted|flown)\s+to\s+(?:a\s+|the\s+)?hospital\b",
    ),
    (
        WOUNDED,
        # "was bitten on the hand" by the animal the story is about
        r"\b(?:wounded|wounding|injured|injuring|injuries|hurt|bitten)\b|"
        r"\b(?:serious|critical|stable)\s+(?:but\s+(?:stable|serious)\s+)?condition\b|"
        # "is in hospital"; "in the hospital" is as often where something happened
        r"\bin\s+(?:a\s+)?hospital\b|"
        r"\bcondition\s+(?:as|is|was)\s+(?:serious|critical|stable)\b|" + _INJURY,
    ),
    (UNHURT, r"\b(?:unharmed|unhurt|uninjured|unscathed)\b"),
    (UNHARMED, r"\bsurvived\b|\bexpected\s+to\s+survive\b"),
    (
        CAPTURED,
        r"\b(?:captured|capturing|arrested|detained|apprehended|abducted|kidnapp?ed)\b|"
        # A person seized, not the goods police seize ("seized the sound system", "cigarettes
        # were seized"): "She had been seized", "seized him"
        r"\b(?:he|she|they|who)\s+(?:was|were|(?:has|have|had)\s+been)\s+seized\b|"
        r"\bseized\s+(?:him|her|them)\b|"
        # "An arrest was made", "No arrests have been made", "there were no arrests" (negated:
        # nobody arrested)
        r"\barrests?\s+(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?made\b|(?<=\bno )arrests\b|"
        r"\bmade\s+(?!no\b)" + _W + r"{1,2}arrests?\b|"
        r"\b(?:tranquilli[sz]ed|sedated|darted)\b|"
        # (not "a lorry was used to take it away": a thing taken)
        r"\b(?:took|taken|take|taking)\s+(?:him|her|them|(?!it\b)" + _W + r"{1,3})?"
        r"(?:away|into\s+custody|prisoner|captive)\b",
    ),
    (ESCAPED, r"\b(?:escaped|fled|evaded|eluded|got\s+away|remains?\s+at\s+large)\b"),
    (
        MISSED,
        r"\bnot\s+(?:the|its|their)\s+" + _W + r"{0,8}(?:it|they|he|she|we)\s+(?:was|were|had\s+"
        r"been)\s+(?:targeting|targetting|after|seeking|looking\s+for)\b|"
        r"\bmiss(?:ed|es)?\s+(?:its|their|the)\s+(?:intended\s+)?targets?\b|"
        r"\bfail(?:ed|s)?\s+to\s+(?:kill|capture|find|catch|locate|arrest)\b|"
        r"\b(?:wrong|mistaken)\s+(?:man|person|target|house|people)\b",
    ),
    (RELEASED, r"\b(?:released|freed|set\s+free)\b"),
    # A trial or a scheme kept going or stopped ("voted to end the trial", "the pilot has been
    # axed"); `_PLANS` names the scheme; before a cancellation, which "scrapped" is too
    (
        EXTENDED,
        r"\b(?:extended|extends|extending|extend|prolonged|renewed)\s+(?:the|a|its|their)\s+"
        + _W
        + r"{0,2}(?:trial|scheme|pilot|experiment)\b|\b(?:trial|scheme|pilot|experiment)\s+"
        r"(?:has|had|have|will)?\s*(?:been|be|was|is)\s+(?:extended|made\s+permanent)\b",
    ),
    (
        SCRAPPED,
        r"\b(?:scrapped|scraps|scrapping|scrap|axed|axe|ditched|ditch|abandoned|abandon|ended|end|"
        r"pulled\s+the\s+plug\s+on)\s+(?:the|a|its|their)\s+"
        + _W
        + r"{0,2}(?:trial|scheme|pilot|experiment)\b|\b(?:trial|scheme|pilot|experiment)\s+"
        r"(?:has|had|have|will)?\s*(?:been|be|was|is)\s+(?:scrapped|axed|ditched|abandoned|"
        r"ended)\b",
    ),
    # "The rest of the display was cancelled", "the display resumed", "the race went ahead"
    (
        CANCELLED,
        r"\b(?:cancelled|canceled|called\s+off|abandoned|scrapped|scrapping|axed|axing)\b",
    ),
    (POSTPONED, r"\b(?:postponed|put\s+back|rescheduled)\b"),
    (
        FINISHED,
        r"\b(?:completed|finished|went|covered|did)\s+(?:the|its|their)\s+(?:full|whole|entire)\s+"
        r"(?:route|course|distance|journey|circuit)\b|\bwent\s+the\s+(?:full\s+)?distance\b",
    ),
    (CUT_SHORT, r"\bcut\s+short\b|\b(?:stopped|halted|abandoned)\s+(?:part|half)[\s-]?way\b"),
    # "the sale completed on Tuesday", "the sale fell through when the buyer pulled out"
    # Not "fell through the ice", which is a fall
    (
        FELL_THROUGH,
        r"\b(?:fell|falls|fallen|falling)\s+through\b(?!\s+(?:the|a|an|thin|some|its|his|her|their)"
        r"\b|\s+(?:ice|floor|roof|floorboards|hole|gap)\b)",
    ),
    (COMPLETED, r"\bcompleted\b"),
    (
        WENT_AHEAD,
        r"\b(?:resumed|restarted|went\s+ahead|carried\s+on|got\s+under\s+way\s+again)\b",
    ),
    (
        IN_SERVICE,
        r"\bback\s+(?:in\s+(?:service|action|operation|use)|open|running)\b|"
        r"\b(?:stayed|remained|stays|remains)\s+open\b|\b(?:was|were|has\s+been|have\s+been)\s+"
        r"reopened\b|\breopened(?=\s+(?:the|its|their|on|at|after|yesterday|today|this|last)\b)|"
        r"\b(?:is|are|was|were)\s+(?:now\s+)?open\s+again\b",
    ),
    (
        OUT_OF_SERVICE,
        r"\bout\s+of\s+(?:action|service|operation|commission)\b|"
        r"\b(?:stayed|remained|stays|remains|(?:is|was|are|were)\s+still)\s+(?:closed|shut)\b|"
        r"\b(?:closed|shut)\s+(?:for\s+good|permanently)\b",
    ),
    (STOOD_FIRM, r"\b(?:stood|stand|stands|standing)\s+firm\b"),
    (
        BACKED_DOWN,
        r"\b(?:backed|backs|backing|back)\s+down\b|\bu-turn(?:ed)?\b|"
        r"\bchanged\s+(?:its|their|his|her)\s+mind\b",
    ),
    (
        RECORD_MISSED,
        r"\b(?:fell|falls|fall|falling)\s+short\s+of\s+(?:the|a|its|their|his|her)\s+"
        + _W
        + r"{0,3}record\b|\b(?:\d+|[a-z]+)\s+short\s+of\s+(?:the|a)\s+"
        + _W
        + r"{0,3}record\b|\bfail(?:ed|s)?\s+to\s+(?:beat|break|set|equal)\s+(?:the|a)\s+"
        + _W
        + r"{0,3}record\b"
        # "Her time was two seconds outside the course record", "just missed the record"
        + r"|\b(?:outside|missed|missing|misses)\s+(?:the|a|its|their|his|her)\s+"
        + _W
        + r"{0,3}record\b",
    ),
    # Decisions on plans (`_PLANS` must be named in the sentence): "councillors approved plans",
    # "the application was turned down", "has deferred its decision until November"
    (
        APPROVED,
        r"\b(?:approved|gave\s+(?:it\s+)?the\s+(?:go-ahead|green\s+light)|(?:been\s+)?given\s+"
        r"the\s+(?:go-ahead|green\s+light)|granted\s+planning\s+permission)\b",
    ),
    (REJECTED, r"\b(?:rejected|turned\s+down|threw\s+out|thrown\s+out|refused\s+permission)\b"),
    (DEFERRED, r"\b(?:deferred|put\s+off\s+(?:a|its|their|the)\s+decision)\b"),
    (
        RULED,
        r"\b(?:won\s+(?:their|his|her|its|the)\s+(?:court\s+)?case|(?:judge|court)\s+ruled|"
        r"found\s+in\s+(?:their|his|her|its)\s+favour)\b",
    ),
    (SETTLED, r"\bsettled\s+out\s+of\s+court\b|\bout-of-court\s+settlement\b"),
    # Before the record set: "The record was officially confirmed", "will not be official until"
    (
        NOT_YET_RATIFIED,
        r"\b(?:not\s+(?:yet\s+)?(?:be\s+)?(?:official|ratified)|unofficial|yet\s+to\s+be\s+"
        r"(?:ratified|confirmed|verified|made\s+official)|awaiting\s+(?:ratification|"
        r"official\s+confirmation)|subject\s+to\s+ratification)\b",
    ),
    (
        RATIFIED,
        r"\b(?:officially\s+(?:confirmed|recognised|recognized|verified|ratified)|ratified|"
        r"made\s+official)\b",
    ),
    # "It was a new championship record", "beat the championship record"; not what someone
    # hopes "to beat" or "to set"
    (
        RECORD_SET,
        r"\b(?:a|the)\s+new\s+" + _W + r"{0,2}record\b|(?<!to )\b(?:set|broke|smashed|beat|"
        r"shattered)\s+(?:a|the)\s+(?:new\s+)?" + _W + r"{0,3}record\b",
    ),
]
_COMPILED = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _PATTERNS]
# A negation just before the verb flips it ("was not killed", "no one was captured").
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no|nobody|neither|nor|none|refus(?:ed|es|ing)\s+to|"
    r"declin(?:ed|es|ing)\s+to|stop(?:s|ped|ping)?\s+short\s+of)\b|n't)"
    r"(?:\s+(?!and\b|but\b|or\b)[\w'\u2019-]+){0,3}\s*$"
    # "not a single toad was killed", "not one of the crew was hurt"
    r"|\bnot\s+(?:a\s+single|one)(?:\s+[\w'\u2019-]+){1,3}\s+(?:was|were|(?:has|have|had)\s+been)\s*$",
    re.IGNORECASE,
)
# "captured by the AP" after "photographic evidence" is a picture taken, not a person seized.
_PICTURE = re.compile(
    r"\b(?:photo\w*|image\w*|footage|video\w*|camera\w*|pictures?|evidence|film(?:ed)?)\b"
    r"(?:\W+\w+){0,5}\W*$",
    re.IGNORECASE,
)
# A completion is a sale's or a deal's only when one is named before it ("The sale, handled by
# Lathbury Coastal Property, completed on Tuesday"), not a course's or a bridge's.
_DEAL = re.compile(r"\b(?:sale|deal|purchase|takeover|transfer)\b", re.IGNORECASE)
# What a decision is on: plans put to a council or a committee.
_PLANS = re.compile(
    r"\b(?:plans?|planning|application|proposals?|scheme|decision|permission|trial|pilot|"
    r"experiment)\b",
    re.IGNORECASE,
)
# "If convicted, he faces ten years", "could be sacked": what may happen has not happened.
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|whether|could|would|might|may|risks?\s+being)\s+(?:(?:he|she|they|it)\s+"
    r"(?:is|are|was|were)\s+|(?:be|been|being|get)\s+)?$",
    re.IGNORECASE,
)
# "was given up for dead", "missing, presumed dead", "feared dead": what was feared, not a death.
_SUPPOSED_DEAD = re.compile(
    r"\b(?:given\s+up\s+for|presumed|feared|believed|thought|left\s+for)\s+$", re.IGNORECASE
)
# Everyone unhurt, told by who was not hurt: "No one was hurt", "Nobody was seriously injured",
# "None of the 40 cows in the shed was hurt" (not "None of the injuries were serious").
_NO_ONE_HURT = re.compile(
    r"\b(?:no[\s-]one|nobody|none(?:\s+of(?:\s+[\w'-]+){1,6}?)?)\s+(?:was|were|has\s+been|"
    r"have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_BY_DEGREE = re.compile(r"\b(?:seriously|badly|critically|gravely|severely)\s+$", re.IGNORECASE)
_HURT_WORDS = re.compile(r"(?:hurt|injured|wounded|harmed|bitten)$", re.IGNORECASE)
_EVERYONE = re.compile(
    r"\b(?:all|everyone|everybody)\b(?:\s+(?!but\b|except\b)[\w'-]+){0,4}\s*$", re.IGNORECASE
)
_OPPOSITE = {
    KILLED: UNHARMED,
    DIED: UNHARMED,
    WOUNDED: UNHURT,
    CAPTURED: ESCAPED,
    CONVICTED: ACQUITTED,
    JAILED: SPARED_JAIL,
    APPEALING: ACCEPTED,
    CONCEDED: CONTESTED,
    CANCELLED: WENT_AHEAD,
    POSTPONED: WENT_AHEAD,
    IN_SERVICE: OUT_OF_SERVICE,
    OUT_OF_SERVICE: IN_SERVICE,
    FINISHED: CUT_SHORT,
    BACKED_DOWN: STOOD_FIRM,  # "refused to back down"
    RECORD_SET: RECORD_MISSED,  # "did not set a new record"
    RATIFIED: NOT_YET_RATIFIED,  # "has not been officially confirmed"
    EXTENDED: SCRAPPED,  # "will not extend the trial"
}


@dataclass(frozen=True)
class Outcome:
    """One outcome phrase of a sentence; offsets are into the sentence."""

    name: str
    start: int
    end: int
    text: str


def find_outcomes(sentence: str) -> list[Outcome]:
    """Outcome phrases in reading order; a phrase already claimed by an earlier class is skipped.

    The classes are tried from most to least specific, so "later died" is died-later, not died.
    """
    taken: list[tuple[int, int]] = []
    found: list[Outcome] = []
    for name, pattern in _COMPILED:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            if name == CAPTURED and _PICTURE.search(sentence[max(0, start - 60) : start]):
                continue
            if name == COMPLETED and not _DEAL.search(sentence[:start]):
                continue
            if name in _ON_PLANS and not _PLANS.search(sentence):
                continue  # "rejected the claims", "approved the agreement": no plans decided
            before = sentence[max(0, start - 30) : start]
            if _HYPOTHETICAL.search(before):
                continue
            if name in (DIED, KILLED) and _SUPPOSED_DEAD.search(before):
                continue
            window = max(0, start - 40)
            negated = name != MISSED and _NEGATION.search(sentence[window:start])
            if negated and name not in _OPPOSITE:
                continue
            if name == WOUNDED and _HURT_WORDS.search(sentence[start:end]):
                reach = max(0, start - 80)
                if nobody := _NO_ONE_HURT.search(sentence[reach:start]):
                    start = reach + nobody.start()  # "No one was hurt"
                    found.append(Outcome(NONE_HURT, start, end, sentence[start:end]))
                    continue
            if negated and name == WOUNDED and _BY_DEGREE.search(sentence[window:start]):
                continue  # "was not seriously hurt": hurt, if not badly; nor unhurt
            unhurt = name in (UNHARMED, UNHURT) and not negated
            if unhurt and _EVERYONE.search(sentence[window:start]):
                name = NONE_HURT  # "all eight escaped unhurt"
            if negated:  # the phrase shows its negation: "not been arrested", "wasn't killed"
                start = sentence.rfind(" ", 0, window + negated.start() + 1) + 1
            found.append(
                Outcome(_OPPOSITE[name] if negated else name, start, end, sentence[start:end])
            )
    return sorted(found, key=lambda o: o.start)
