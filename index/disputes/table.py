"""The disagreement table of a corpus: stories, facts, aspects and who says what, built once.

Built at index time from the stored analysis (sentences, mentions, vectors) and saved with the
index; answering a question only looks it up. Facts are kept per document text hash, so a
rebuild parses only new or changed articles.
"""

from __future__ import annotations

import dataclasses
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
from tqdm import tqdm

from corpus.chunking import document_of
from corpus.models import Document, Sentence
from index.analysis.dates import date_fields
from index.analysis.entities import by_surname
from index.analysis.outcomes import EVENT_OUTCOMES
from index.analysis.tokens import tokenize
from index.disputes.aspects import Aspect, Similarity, build_aspects
from index.disputes.columns import (
    DocumentNames,
    FactColumns,
    FactColumnsBuilder,
    NameSets,
    TextFacts,
)
from index.disputes.facts import Fact, document_facts, is_aged_key
from index.disputes.spellings import NAME
from index.disputes.stories import group_stories
from index.models import Mention

# Bump when what the table holds, how it is computed or how it is stored changes: older
# indexes rebuild it. 8: facts and name sets stored as columns (index.disputes.columns);
# 9-11: people the NER misses, causes after breakdowns, posts and durations read more widely;
# 18: sums in every currency CLDR names ("23.5 million escudos"); names with a "who" clause are
# people, "the 27-year-old" is the article's lead person, the lede's date may be in its
# second sentence, the ages of "a nine-year-old girl" are the girl's, "The 21-year-old passed a
# medical" is the 21-year-old's. 19: a figure many times every other side's takes no side;
# "five years ago" is no duration. 20: "6.5m dalers" is 6.5 million, "by six votes to one" a
# tally. 21: verdicts and suspensions told of a person; causes as noun phrases; percentages.
# 22: a share and a sum are never one aspect. 23: "45 day-trippers"; homes, pupils; "FURIOUS X".
# 24: a sum told in unrelated words by each source is one aspect (sentence cosine). 25: sums in
# a currency no list knows ("TLV 5.2m", "3 million talvers"). 26 (reverted in 28): a lede date
# past "last night". 27: a ransom is its own class of sums. 28: 26 reverted. 29: measures
# ("1,200 tonnes", "ninety-five metres tall"), joined across sources as sums are. 30: aspects
# named by their event, never by a recurring actor ("the date of the raid"). 31: a "when"
# clause after a year is background. 32: a story refit (reverted in 36).
# 33: "the 14th" dates, currencies in capitals ("60,000 SOVAL"). 34: a planned day is ahead
# ("will fly a drone on Tuesday"). 35: a planned date is its own event. 36: 32 reverted.
# 37-38: causes "pointed to", "skidded on", "was to blame", "brought down by". 39-40: a crew.
# 41-42: strikes, collapses and finds by any of their names. 43: a source's value implied by
# another of its values takes no side ("more than a hundred" beside "more than 300").
# 44-45: jobs told before a name ("security guard Casimir Dray") and two jobs of one person clash.
# 46: "chief arbiter" is the "arbiter" another outlet names. 48: 44-45 without ships and places.
# 49-50: faults are causes ("had suffered a steering failure", "a faulty thermostat"). 51-52: "after
# take-off" is no cause. 53: "a three-and-a-half-year deal". 54: causes "hit a patch of black ice",
# "a rockfall blocked the way out". 55: what a sum is the worth of ("The budget, worth ...").
# 56: a participle right after a noun is its ("the referendum held on 24/4"). 57-59: figures of
# different orders are different aspects, and a cost is of what its "of" names. 60: a length or a
# sum is never named by a class of people counted ("the death toll" of a prison sentence). 61: "the
# number of men", not "of mans". 62-63: "the common fault", "blamed for a string of" are no causes.
# 64: a fault inside a cause already read is that cause. 65: a job against a post ("chief curator"
# against "director") clashes unless the post is an office held beside a profession.
# 66: "the afternoon of the 9th" and "the morning of last Tuesday" date an event; a referendum is
# a vote. 67: "fined" is lemmatised "fine", not "fin". 68: "one of tens of thousands" is a part.
# 69-70: a date of shares moving is linked only with another market's move.
# 71-72: "N people were at / inside" a place count those present (the attendance); "about N"
# admits less than a fifth either side. 73-75: people "forced from their homes" are the evacuated.
# 76-77: a vehicle "carrying" or "crammed with" people has them on board; passengers, day-trippers
# and tourists are counted alike. 78-79: "nine days of walkouts" is the walkouts' length.
# 80: a count of something named is no saying ("confirmed among its 420 pupils"). 81: a fortnight.
# 82: people "moved out of" or "moved from" a place are the evacuated. 83: "It is owned by X"
# is no agent fact (which thing "it" is, is not read). 84-85: facts with different ordinals ("the
# fifth stage") are about two things. 86: ships, vessels and boats are counted alike, and riders
# and cyclists. 89: "Diesel spilled on the road caused the crash" (a participle the parser takes for
# the verb) tells its cause. 90: "told customers to boil their water" is an order, not a saying.
# 91-92: "the notice is likely to remain in place for five days" is the notice's length.
# 93: "has until June 9 to make a firm offer" is a deadline (a plan). 94: a market's move
# ("shares rose 22%") is not joined by its sentence to another figure ("34 per cent above"). 95: "no
# more than 300" is at most 300. 96-98: who led a rescue or claimed an attack, and a name "known
# as" or "calling itself", are agents. 100: only "claim" owns a deed ("the attack was confirmed
# by X" stays a saying). 101: a lede's date of news that came "after a cyber attack" is not the
# attack's; the attack's date further down is ("The attack began in the small hours of 14/11").
# 102-104: temperatures ("reached 31C") and magnitudes ("a magnitude 5.8 earthquake") are measures.
# 105-106: a long causing subject is its noun and the phrase after it ("a leak from a gas main
# [beneath the factory in Wexholme]"); "after 1 p.m." is no cause. 107: times of day ("the quake
# hit at 4:12 a.m.") are facts of their own kind. 108-109: "she" is not a man the article called
# "he"; "the two dead workers" are not the one person named before; died at the scene is no
# "serious condition". 110-113: skiers, climbers, runners and the like are counted alike; a guide,
# ranger, warden or lifeguard is a job. 114-116 burned. 117: who "ordered the race to be stopped"
# or "called off the race" decided it (an agent marked `named.DECIDED`). 118-119 burned. 120: a
# cause told in a "when" clause of an earlier year ("since 1998, when the Pellworth Dam burst
# after a storm") is another event's, and a ranked failure ("the worst dam failure") no fault.
# 121: a length's dimension ("15 metres across", "10 metres deep") keeps it apart from others.
# 122-123 burned. 124: a date inside a lede's "after" clause dates the event the news came after
# ("after a cloud of gas leaked ... during a gala on Saturday"), and so does a clause timed from
# it ("resigned on Sunday, a day after a gas leak sent 31 children to hospital"). 125 burned.
# 126: what "washed away the ground" is a cause; the story's event told again ("damaged by the
# collapse"), a part of what fell ("its jib crushed a van"), a thing that fell by itself, a
# person and a pronoun are none, and a leak is a fault only where a cause is told. 127: who
# owned a thing is an agent ("owned by the hire firm X", "belonged to the main contractor, Y").
# 128-129 burned. 130: a name the NER takes for an organisation before a building's noun ("began
# at Dunsevern Central station") says where. 131-132 burned. 133: an event's figure told by a
# verb joined to another is of their subject ("The tornado struck ... and stayed on the ground
# for nearly 40 minutes"). 134: a report's only time of day in its first passages is its main
# event's, linked to other reports' like lede dates ("gave way at 7:15 a.m.", "appeared ... at
# 6:40 a.m."). 184: a name the reports of a story spell two ways is an aspect (spellings.py).
# 185: what a verb left its object ("left 146 passengers ill") is what a count is about; the ill.
# 186: places' and bodies' names are spelled too (the NER's "Head teacher Romilly Aitchison").
# 187: what people needed or suffered says what a count of them is ("needed hospital treatment").
# 188: who holds a post one person holds ("who became mayor in May"; holders.py).
# 189: "The 17-year-old amateur saw off ..." is the article's lead person's age.
# 190: a name after a passive's "by" the small model missed ("maintained by Purslow Lifts").
# 191: "plunged 12 floors when a steel cable snapped" tells its cause. 192: a sentence naming a
# worn part that failed is parsed for it, whatever else it names. 193: a name fact is about no
# person (its subject is empty, as a place's or a body's name must be). 194: "had to be treated"
# is about the treating; the stung are injured. 195: a name spelled two ways keys one person's
# ages and titles; "who is 71"; a titled name is parsed; "head of entertainment". 196: those
# taken to hospital are hurt. 197: those who descended on or flocked to a place are a crowd.
# 198: a department's head ("chief financial officer") is a post held one at a time. 199: what
# befell someone unnamed called by their age is keyed by it ("the 79-year-old"). 200: what set
# off an event is its cause, a vehicle hit by another is no cause, braking sets a crash off.
# 201: an age apposed to a noun is of the name apposed to it too ("Her son Harwin, a 44-year-old
# joiner"). 202: a job a title is a grade of ("consultant toxicologist") is kept in its form.
# 203: a spelling keys another's person only with the same first name. 204-214: a figure cut
# from words before it, noon and midnight, times a span lasted until, "no arrests", people on
# board by any name, a lede's aged subject, "died at the age of". 215-217: clock times the model
# misses, where a length of time was spent, "pulled alive". 218-219: conditions as reported, a
# vaguer account joins no side. 220: what became of an event. 221: "passed away" only.
# 222-228: who found what a story is about, in more shapes ("made the grim discovery", "found
# her curled up", "It was found ... by postman X", "came across"), and who raised the alarm.
# 229-231: the story model refitted on every labelled corpus (index.disputes.stories).
# 232-241: ages told roughly, an age of a noun naming no person, "dialled 999", places told
# "beside" or "in a loft in X" where something was found, covers as seats.
# 242: a present-tense clause joined to a past year's event is the story's ("which opened in
# 1861 and now has 31 pupils").
# 243-249: a named person who did a deed to something ("X handed the council a petition") is its
# agent; two agents of two deeds, or of one deed to what each only introduces, are no dispute.
# 250-253: a weight in pounds and ounces is one value in ounces ("7lb 2oz", the NER's "8lb 4"
# before "oz"), a weight whatever verb or noun tells it.
# 254-256: jobs lost count the staff; a rough figure of two digits or more is rounded finer
# than one of one digit ("about 180" is not 212, "about 50" is 55).
# 257-259: a name ending in a building's word is where ("in Ebbingford Royal Hospital"); "passed
# away" (the parse's advmod too) is dying; a place aspect is never named by its event's class.
# 260-262: who was given the honour of a deed, whose honour went to them, or "with X doing it"
# did it; an ordinal of a verb's object is about ("pulling the first pint").
# 263-265: whom something was bought from sold it ("bought the inn from Cressington Inns").
# 266: the title someone "has been named" is no one chosen ("named Choir of the Year").
# 267: "at the age of 101" in an article's first sentence is its person's age.
# 268: players, fighters, participants and contestants are who took part.
# 269-270: a measure the model took for a date's start ("40ft Christmas") is a measure.
# 271: an event told by a hyphenated word is keyed by the whole word ("the switch-on").
# 272: a job set off by commas before a name is its title ("a security guard, Darren Quayney,").
# 273: one verb with other particles is another deed ("painted the mural", "painted over").
# 274: an unnamed aged person is the one a report names with the same noun and an age.
# 275: a name with no name words ("Mr. ---") is no name to spell (it crashed the build).
# 276: a lede's sentences that tell nothing (a tabloid's colour) do not count as the lede.
# 277-280: a figure of an event "two years ago" is background, like one of an earlier year.
# 281-282: a bound the NER leaves out before a figure is read ("under 50 metres"), not "up to".
# 283: a price, and what something fetched, are what it sold for.
# 284-285: causes that struck, tore or knocked something, parts that seized or snapped, what
# stopped "when" one struck, and a causing verb the parse took for a participle.
# 286: a finder told by what they did first ("pulled up a carrot and found the ring", "was
# emptying the unit when he came across the painting").
# 287: who led it, told of a pronoun ("It was led by PC Martin Greenhalgh").
# 288: the year a thing was opened, founded or built, in a main clause too.
# 289: setting off (or out, or kicking off) is beginning.
# 290: an age beside a name is that person's ("eight-year-old Maisie Tranter", "nine-year-old
# schoolboy Toby Catchpole", "an 11-year-old boy called Toby Catchpole"), ages in words too.
# 291: a fraction of a unit is a measure ("half a mile", "a quarter of a mile").
# 292: how long ago something happened is how long it has been so ("lost her ring 16 years ago").
# 293: stumbling (or chancing, happening) across or upon something is finding it.
# 294: how long until something happened again is one gap ("for the first time in 61 years",
# "had not been seen for 61 years").
# 295: what someone works as is their job ("who works as a postman during the week").
# 296: what made something happen is its cause ("the heat had made the steel swell").
# 297: yards are a unit of length ("150 yards away").
# 298: how often something was done is a count of times ("reported the pothole 27 times").
# 299: a length of time the parse hangs on a place is of what was done there ("loose in the
# grounds for nearly six hours").
# 300: a post in lower case the tagger calls a proper noun beside names is a post ("the
# secretary of Brackmoor Fell Runners, Judith Garforth").
# 301: a length in two units is told in the smaller ("17 hours 51 minutes" is 1071 minutes).
# 302: vehicles are counted by any of their kinds ("70 vehicles", "120 cars, vans and
# lorries"); "ten cars back", "six points behind" are positions, not counts.
# 303: who "opened up" something opened it; a deed's object the parse left out is the thing
# its sentence names ("Ulgarth Village Hall was opened up by ...").
# 304: nights are a length of time ("after two nights clinging to a ledge"), compared with
# nights only; a length of time has no class of a sum ("spending three nights" is no cost).
# 305: who was handed what an outcome names is the passive's subject ("Wayne Ledsham was
# handed a jail term of 16 months, suspended"); jailed or spared jail (analysis v39).
# 306: a body set beside its role is who was engaged as that ("Morwick Construction, the
# council's contractor", "the contractor, Brathwaite Civil Engineering"), named "the contractor".
# 307: the year a thing was buried or planted is its own, in any part of the year ("buried in
# the spring of 1986"); two-unit lengths in the smaller unit in a lede test.
# 308: an unnamed thing aged is the one another report ages by a word of it ("a 350-year-old
# oak tree" is "an oak some 500 years old").
# 309: stories grouped by the story model refitted on 28 corpora (index/disputes/stories.py).
# 310: a body beside "owner" owns what the role is of ("Its owner, Tidelink Communications");
# a body role beside a saying is still the role ("The developer, X, says ..."); a role set
# beside two names is the second's ("the harbour at Brinscar, the cable's owner, Seaborne Fibre").
# 311: names under one first name with last words two edits apart are one name spelled two
# ways ("Graham Oddie" / "Graham Oddy"); the clergy's titles before a name are posts
# ("Archdeacon Hilary Cushing"), an honorific makes a name a person's ("The Rev Hilary Cushing").
# 312: "was allowed home" is discharged (analysis v40); what became of "the other two boys" is
# no one's the story follows.
# 313: lengths, masses and areas in other units compared in one ("more than 60FT" is not "11
# metres"); "60FT" read as a measure (analysis v41).
# 314: "an hour and a half" is 1.5 hours, "about an hour" about one, "a little over three
# hours" more than three (all read as one hour before).
# 315: someone unnamed aged after the noun ("A man, 34, who ...", "a woman aged 61") is known
# by the age, as "a 34-year-old man" is.
# 316: "he" in a clause of a sentence whose subject is an unnamed person noun is that person
# ("A 74-year-old man ... was flown to hospital, where he is in a stable condition").
# 317: a place in what a sentence tells of an earlier year is background, as its figures are
# ("Orvenna was devastated in 1987 by an earthquake centred on Rocca Serpina").
# 318: the damage is a sum of its own ("left damage estimated at £250,000").
# 319: two reports' ledes counting "people" with no word of what befell them are one count
# ("About 900 people on the island" against "The 1,400 people who live on Skerrholm").
# 320: an unnamed job told with "a" or "the" ("The mountain guide ... was pulled out alive") is
# the one person the story names with it, when it names one.
# 321: ages in months and weeks compared in years; guineas are money, a sum "made" with no noun
# is a price, a sum "paid in 2012" background; "sold to X" is the buyer, "work for X" the
# employer, "run by X" the organiser, each a party of its own; "alerted" is raising the alarm;
# "spending 40 minutes adrift" is time stranded; "rain, which ... caused" a cause (analysis
# v42: a bare figure before a plural counts it; "Coxswain Gareth Penwardine" is a person).
# 322: "one" before "of" is one of many, no count ("The Dabchick, one of Kingcup's fleet").
# 323: an age beside a name as a kind is the name's ("Bankfoot Warlord, a two-year-old Texel",
# not an age of "Texel", which the small model calls a person).
# 324: what caught fire in a clause of where or when a fire began is its cause ("where a
# build-up of soot caught fire"); fire and smoke never cause ("destroyed by fire"), nor does an
# adjective ("not being treated as suspicious").
# 325: a time is never a cause ("slid down ... On the night of October 10").
# 326: "The first person to find the damage was X": X found the damage (before whatever the
# clause after the name tells X did), and "the first person" is X, not what was found.
# 327: a measure "of" a noun is that noun's ("20FT of freezing water": the water's depth, not
# the car's); police constables and sergeants hold ranks (analysis v44, which also carries "the
# night of" on to the day the model left out).
# 328: a tally with one side in words ("by 38 votes to five").
# 329: a measure the small model called a product is one ("the whopping 150FT spiral";
# analysis v45).
# 330: those taken to or treated in hospital are a count apart from those hurt; things counted
# (cars, homes) are no count of people on board; "68 of the little buildings were damaged"
# counts buildings (analysis v46); "Watch manager X" keeps "watch"; who runs or organises a
# thing in the active voice ("which runs the ferry", "has launched an appeal"); a measure in
# another unit is as exact as it is written ("1.2 tonnes" is not "around 900kg").
# 331: ages of unnamed things told in other nouns are joined by their sentences' meaning ("a
# 23-year-old mare", "a 19-year-old horse"); "were stuck ... when one of the chains snapped"
# tells a cause.
# 332: figures that every source gives two or more of, and one alike, are two things (the 19
# whales saved, the 47 or 62 stranded); a participle right after a counted noun says what
# befell it ("62 false killer whales stranded").
# 333: a "when" clause on a date tells what happened that day ("on 19/4, when a drilling crew
# broke into an old working"), and an ordinal sets apart only dates of one noun; posts cut are
# jobs lost.
# 334: the way someone got in or out ("got in through an unlocked window", "forced the back
# door") is a cause of its own, the way in or out.
# 335: who made "it" ("It was built in the 1950s by X") made the thing the story is about.
# 336: a body named before its people did their work ("Fennshire Ambulance Service paramedics
# treated the injured").
# 337: who found a thing is not who won it or owns it, whatever both are of; a fight and a
# battle are one struggle; the subject of "faces no action" undergoes it.
# 338: halves of a unit are measures ("about half a mile", "a mile and a half"); lengths told
# "from" one place are one distance, from two places two.
# 339: lengths of going some way are one distance, whatever the verb ("walked a quarter of a
# mile", "covered half a mile"); aspects joined by their sentences are named as their largest
# part.
# 340: a title read before a name keeps the department that opens the sentence ("Operations
# director Pippa Varley").
# 341: a site and a town are one place told at two sizes ("Lanterne Quay", "Corrinford"), two
# sites two places.
# 342: a thing back in service and one still out of action are two accounts of it.
# 343: whom money raised is for ("raised £4,200 for the hospice", "all of which will go to
# Blood Bikes") is one agent aspect, whichever verb gives it.
# 344: "No one was hurt" tells of everyone, against anyone hurt.
# 345: "80 miles an hour" and "70mph" are speeds, no distance.
# 346: the year a thing went missing ("went missing ... in 1991", "missing since 1984") is a
# year of its own past, one date.
# 347: a cleft sentence gives its name the deed of its "who" clause ("it was Thorncastle who
# came out on top"), and coming out on top is winning.
# 348: an umpire, a referee, a marshal and a steward are jobs ("The umpire who was struck
# ... was discharged" is the one umpire the story names).
# 349: a weight in stone, a length in hours and minutes read whole, a wound an injury against
# "unhurt", a passive read as an adjective ("was swum by"), volunteers counted in two ledes, a
# run finished or cut short, and when something was last done.
# 350: a quarry, a farm, a park or a field named as a site is a place ("came from Haddow
# Quarry", which the small model calls a person).
# 351: an age in a clause that goes on ("who is 71 and drove buses"), managing a thing is
# running it, "the first sound of ... since 1983" is when it was last done, a stay in hospital
# against being seen at the scene, "nearly a tonne".
# 352: a tally told with "votes" may go on to its day ("by seven votes to four on Wednesday").
# 353: a sum paid to do something is a price ("paid £4.50 a day to park"); a first title against
# one retained.
# 354: "beat 39 other finalists" counts no finalists (nor "four other residents" the injured);
# a sum paid to someone with a "to" clause is no price ("pay him $900,000 to leave").
# 355: the analysis reads a shouted unit after a figure ("SIX FEET of icy water").
# 356: what "sent" something doing what it did is a cause ("a burst water main had sent water
# pouring into the underpass"); water and weather are no one who acts.
# 357: signatures are one count however gathered or signed ("gathered 8,200 signatures", "a
# petition signed by 14,000 people"), neither a crowd nor a margin.
# 358: "stopped short of scrapping them" is no scrapping, told of what the pronoun points back
# to ("halved the parking charges"); "scrapping", "axed" call a thing off.
# 359: a tally of votes told with its year is the story's own ("in 2027 the town council voted
# by 11 votes to four").
# 360: a body's people who came to the scene did its work ("volunteers from X were at the
# wharf", "Rescuers from X rushed to the scene").
# 361: a site named by a tarn, a ghyll, a beck, a crag, a cove or a valley is a place, as is
# one a gully is "known as"; where someone lay is where they were found.
# 362: how long something was stuck, wedged, jammed or sat is the time stranded ("was stuck
# there for 19 hours", "For 31 hours it sat in the lane"); "was kept chained in a cave in X"
# is where she was kept.
# 363: "Maisie is 10." an age; "had been on strike for five weeks" the strike's length; whom
# people "work for" and who "employs" them one employer; revellers and festivalgoers a crowd.
# 364: ages at death ("who died in June aged 93", "When she died in June, at 97,"); causes told
# by a state or a shortage ("called off ... because the site was waterlogged", "after it ran
# out of fuel"); "was due to end on Sunday night" no cause.
# 365: "he" after a sentence telling only of "the driver" is the driver; "appealed for
# witnesses" is no appeal.
# 366: "I would appeal to anyone who saw the bus" is no appeal.
# 367: a sighting is a finding ("rubythroat first sighting day").
# 368: a one-word name set beside an animal noun is the animal's ("collie Juniper", "Juniper,
# a seven-year-old border collie").
# 369: who towed, dragged or hauled a stranded thing clear ("who came to the rescue"), however
# far along a chain of verbs.
# 370: what someone is, read into their name by the model, is no part of it ("Organiser
# Gareth Hird", "Schoolgirl Isla Scargill").
# 371: "No arrests have been made" is set against each arrest another report tells, of
# whomever it is told.
# 372: hail, a hailstorm, a thunderstorm, a downpour and a blizzard are a storm ("The hail
# fell for about 25 minutes" is how long "the storm" lasted).
# 373: an unnamed thing's age is the named one's the story ages by another word of its
# sentence ("An 18-month-old Texel ram" is "Bankfoot Warlord, a two-year-old Texel").
# 374: read through octant-dev: how long a supply was cut off ("left without water for 30
# hours"); an auction "under the hammer" and the price "the hammer fell at"; a light verb's
# object in a date's "when" clause ("when it made a forced landing"); a petition "signed by"
# N people; a number in capitals counting its noun ("FOUR beavers"); inches; a measure named by
# its dimension ("the depth"); "X, which has owned the pier" is the owner.
# 375: the "to" of a verb granting a lease or a contract is who was given it ("to give the
# kiosk's new lease to Frostfield Ices").
# 376: households are homes.
# 377: read through sundial-dev: a person noun "of" a number is an age ("a retired midwife of
# 59", "a gran of 87"; a parent's "of five" counts children); a name the model leaves untagged
# opening the sentence after an unnamed lede is the lede's person; how long a crossing took
# ("reaching Antigua after 47 days at sea", what a "take" says took the time); "in a row" is
# no place a time was spent in.
# 378: that length is named "the time the journey took" (a pigeon's flight is one too).
# 379: "It was first noticed by X" tells who found it.
# 380: a leader (of a council) is a post held alone: no mayor.
# 381: only a number in words is recut from a QUANTITY ("FOUR beavers"; "its 14 cabins" is
# left as the model reads it), and it is read from its own place in the parse.
# 382: a year "since" which a state holds, of a verb in the perfect, is when it began ("The
# route has run since 1958"; not a count over a time, "Five have drowned since 1988"); a
# participle's length of time is its main verb's too ("rode ..., staying on his board for 70
# minutes"); "started by" a name tells who began it ("It was started by Hayley Brigg"), no cause.
# 383: read through ephemeris-dev: an age in words set off after a name ("Ruby Hainsworth,
# nine,"); a lede names someone only by a name of two words, not a thing's ("A gritter called
# Thawbin Hood"), so its unnamed "nine-year-old girl" is whom the next sentence opens with; two
# ledes' unnamed "woman" of an age is the one person a lede so names; "made by" and "built by"
# name one maker ("who made it"); a count of others as its clause's subject ("Two other dogs
# were taken ill") is kept, apart from other counts; "killed by" a thing is a cause; "Council
# leader X" is a post; when something was last done, told as "The last player to take ... was
# X, in 1974" (the taking dated) or "was last achieved in the league in 1974".
# 384: an active "owns" is told of what it owns ("which owns the lake"), and owners of two
# things are two aspects; "hit a patch of ice" is a cause, "crossing a patch of snow" none.
# 385: a deed done "for the first time" is one moment, though its verb is light ("saw her
# gritter for the first time on Tuesday"); counts named by their plural ("entries", "sheep").
# 386: a photograph, a photo, a picture (and film, footage) are one class: "photo day" asks the
# date "The photograph was taken on Sunday" gives.
# 387: read through alidade-dev and ephemeris-dev: a post may end in whose it is and a name
# follow it after a word of address ("the mayor of Keldholme, Councillor Norman Blakey,");
# "who founded and leads the Wethercote Toad Patrol" names its leader; only an organisation has
# people "of" it ("the toads of Wethercote", "The mayor of Castelnoy" are no deeds of a body),
# and "The village of Ollerby won" is Ollerby's win.
# 388: when something was last done, told as "The last was baked in 1994" or "the village's
# first giant pie since 1987"; portions and servings are one class.
# 389: the analysis's bites (v64): "Nobody was bitten" against "was BITTEN on the hand".
# 390: a place with a compass point ("in northern England") is a region, no place of an event.
# 391: a count in words before a word no dictionary holds is no sum ("nine koi carp").
# 392: the analysis's firms named by owner and trade (v65): "baked by Gaskell's Bakery".
# 393: the analysis's people "called" by an aged noun (v66): "a 12-year-old boy called Alfie".
# 394: the analysis's "not a single toad was killed" (v67), none killed.
# 395: "taken to hospital" an outcome of its own (v68), set against "treated at the scene".
# 396: a year of a thing painted or carved ("painted around 1530"); nobody arrested (v69) told of
# no one; "Pomfret" / "Pomfrett" one name spelled two ways.
# 397: "Maisie Whiteley, the youngest at eight" an age; a story's courts one aspect (v70).
# 398: appealing against accepting is a clash whoever it is told of (v71 reads more of both).
# 399: who pulled or dug someone out of the rubble came to the rescue.
# 400: no cause in a harm that may come ("could damage the oak") nor a speaker's own reason.
# 401: "The couple ... said they would appeal": "they" the speakers, not a child named between.
# 402: a court is where its case was sentenced too ("Where was ... sentenced?").
# 403: a date of deaths is "the date of death", not "the date of death toll".
# 404: why a place was shut ("closed ... after visitors trampled"), what pupils were sent home
# for ("for wearing trainers"), and a post the tagger calls an adjective ("The headteacher,").
# 405: a length in the lede ("closing it for nine hours") leaves the event to the next date.
# 406: "Kerry Gabbitas, whose son Jayden, ...": the son is Jayden, no post of hers.
# 407: whom a donation is for ("a £5 donation to Larkrise Children's Hospice") is whom the
# money raised is for.
# 408: a school's pupils and its kids are one count ("40 pupils", "150 kids" sent home).
# 409: the analysis's stands in a row (v72), one aspect per story, "whether they backed down".
# 410: punishments read by the verb's form, and no "fined" (its lemma varies between builds).
# 411: more names for who takes part in a contest ("180 skimmers"), and a length's participle
# says what it was spent as ("after three days sealed in a cardboard box").
# 412: a weekday told without its week ("On the Friday night"), an age in the lede no date,
# two ledes' sums one find's, a vehicle "taken away" not captured, a length "a week" a rate,
# seasons no objects ("run every autumn"), "about 7.40am" written to the minute, and a figure at a
# bound's edge ("more than 30 years", "30 years") in agreement.
# 413: "run every autumn by the Round Table", a passive the parse missed, is organising by it,
# and its subject (the festival) no organiser.
# 414: where told by a common noun ("in his loft", "at the north gate"), apart from places told
# by name; "into", "onto", and the "to" of verbs of taking ("taken to X Hospital") say where; a
# length with no dimension is a thing's size, one gone a distance.
# 415: a firm "who were hired ... to paint" painted; people "at" a body did its work, and a
# find "confirmed by" someone was checked, not said; a police warning against no further action.
# 416: a cause "came down to" or "was down to"; the storms of a year are storms; no year is an
# agent.
# 417: "every Sunday" dates nothing; what a farm "keeps" is no count of its escape; a field is
# no town a car park lies in; a mistake "rumbled" is found.
# 418: a contest's prize money is its own class, no salary.
# 419: a "cabinet member" keeps its body and is no council "leader" or department head.
# 420: an organiser is no job, and a title that is no post takes no side between posts.
# 421: no "winnings" among a prize's words (its stem is that of "winning numbers").
# 422: a common place "of" a name is one place ("the playing field of X School"); "found by"
# and "rescued by" are one finder; "was made in 1734" dates the thing; a weight beside the year
# a thing was put up is its own; "It was a paper boy, X, who noticed"; a record set or missed.
# 423: a ban against "no further action", which may be taken "against" someone named.
# 424: the name a place is "of" is the name's own words ("the Fox and Fiddle"), not what
# follows it ("the loft of a house in Dunvaig" is no part of Dunvaig).
# 425: a suspect one report knows by age ("A 34-year-old man ... was arrested. He was charged")
# and another never names ("A man arrested ... was released without charge") is one, when the
# story tells of one; one person's account is the more precise the more it tells, and a vaguer
# report joins a side only when it agrees with all of it; "sent from Naples" is where a card was
# posted; "collided with the mare on X Lane" where the collision was; a measure is named by its
# unit ("the loudness", "the weight"); "at the grand old age of 94"; decibels.
# 426: "passed at the fourth attempt" a count of attempts (4), against "at her second attempt".
# 427: a vaguer report that fits no side stands alone before the others are placed, so one that
# fits it and a precise side takes neither.
# 428: a lede telling a state ("is the champion after a final") or a length ("after three hours
# of spelling") names no event its news came after, so the date further down is the lede's; a
# date "until late on Wednesday" ends a span and is no lede's; a dispute and an argument are
# one quarrel.
# 429: an age told by "is" ("Cyril is 97", "Cyril, who is 97,", "his wife, Ivy, is ninety-five")
# of a first name the model took for an organisation's; pennies are coins; great-grandchildren
# are no grandchildren; "one sheep every 48 seconds" is a rate; lengths in seconds; a lede's
# figures after a first sentence of colour; "the Mayor of Cressbury, X" gives X a title.
# 430: with analysis v80, "two seconds outside the course record" misses it.
# 432: with analysis v81, an inquest dated "at the end of" it or where a coroner spoke; a lost
# thing found in a place told by whose it is ("the cat's basket"), not in one told where it
# stands; "go on show" and "displayed" one display; a charity the NER misses; a year hung on a
# cinema dates the theft; "his wife, Ivy, is 95" Ivy's age; "Cyril worked as a signalman" a
# title; a record official or not yet; who made a thing is not who unveiled it; "a mile and a
# half" whole, and "raced over three miles" no bound; a start "put back" or "held up" after fog
# has that cause; awarded or pocketed sums one payout; "the tallest in the country" a height; a
# time fronted before two clauses is both's; "dropped out" no "dropped"; a title taken, a final
# won and a victory stormed to one win; a race's "winning time"; plans approved, rejected or
# deferred, a case ruled on or settled, one decision.
# 433: with analysis v82, which thing of its kind something was ("a Vespa scooter", "the
# scooter, a pale blue Lambretta", "a snail called Lightning Len"), its name apart from its
# kind; a day named by its holiday; "first seen by" a sighting; wardens from a trust who
# "confirmed the chicks" its deed; awards "held at a hotel in Birmingham" after a comma; teams
# that "battled it out" counted teams.
# 434: with analysis v83, a decade ten years ("for three decades", "nearly a decade ago");
# "112 ploughmen" a count, no sum in an invented currency; "Crumpet the wallaby" the wallaby's
# name; a clergy rank written with a capital ("the Bishop of Tolverton, the Right Reverend X")
# the title of the name beside it.
# 437: what let an animal escape, after "got out of" (a preposition to the parse), a person's
# deed among its causes ("after a visitor left a gate open"); "found that first one" a
# finding; a job told by a "who" clause's second verb ("who was born ... and worked as a
# codebreaker"); a job written with capitals after its article a title ("the High Steward of
# Brockhaven, X"); "set up in 2038" and "The shop opened in 1987" a beginning, and years of
# beginning of one thing one aspect, whatever the verb; "St Milburga's church hall" a named
# place.
# 439: organisers "from" a body its organiser ("Organisers from the village Women's Institute
# said"); years of beginning joined only when neither is of a first ("The first repair cafés
# opened in Amsterdam in 2009" is no year the café was founded).
# 445: "She was proposed by X" of the person the story follows, and a name the parser hung elsewhere
# the doer's ("proposed by the outgoing mayor, Councillor X, who ..."); "Her chosen charity is X",
# "The buyer was X" a party said to be (not "The ram was X", a name); "the Fosbridge Carnival of
# 1962" the carnival's year; "held every five years" how often, apart from how long; "halted ... by
# a hailstorm", "held up ... after a terrier ran on" what stopped an event; "It charges 50p" a cost,
# "a £1,200 cheque" a prize (its day no day of the win); "410 pence for each share" a price of one;
# "elected" and "chosen" one choice.
TABLE_VERSION = 445
# The prefix of the table's arrays among the index's.
_ARRAYS = "disputes"
_NAMED = frozenset({"person", "place", "organization"})
# One document's sentences, their mentions and its date -> its facts (facts.document_facts).
FactFinder = Callable[[list[Sentence], list[list[Mention]], Any], list[Fact]]


@dataclass
class DisputeTable:
    """Stories (lists of doc ids), facts, and aspects with their sources grouped by value.

    Its facts and name sets are columns (`FactColumns`, `NameSets`: objects made as they are
    read) and its per-document lookups too (`TextFacts`, `DocumentNames`), whether it was built
    here, opened from an index or changed in place (index.disputes.changes); a table made
    otherwise (a test's) may hold lists and dicts. Both read the same.
    """

    stories: list[list[str]]
    facts: list[Fact] | FactColumns
    aspects: list[Aspect]
    story_names: list[frozenset[str]] | NameSets
    facts_by_key: Mapping[str, list[int]] = field(default_factory=dict)
    # The names each document gives (what links it to a story): kept so that adding or removing
    # an article regroups only its story (index.disputes.changes). None in tables saved before.
    names: Mapping[str, frozenset[str]] | None = None
    story_of: dict[str, int] = field(init=False)
    # The titles the corpus gives each person ("undercover agent"), so a question can name a
    # person by title; built once with the table, not scanned for per question.
    titles_of: dict[str, set[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.story_of = {d: i for i, docs in enumerate(self.stories) for d in docs}
        self.titles_of = {}
        if isinstance(self.facts, FactColumns):
            # Stored facts: the roles, found by their kind's code, read from two columns (no
            # fact is made: a changed table is made again at every added article).
            subjects, values = self.facts.coded["subject"], self.facts.strings["value"]
            for row in self.facts.of_kind("role"):
                self.titles_of.setdefault(subjects[row], set()).add(values[row])
            return
        for fact in self.facts:
            if fact.kind == "role":
                self.titles_of.setdefault(fact.subject, set()).add(fact.value)

    @cached_property
    def people(self) -> frozenset[str]:
        """The people the table tells something of (an age, a title, what happened to them),
        by name key, and unnamed ones by their part ("the driver"). Read by questions and
        follow-ups to find who is asked about, so worked out once."""
        return frozenset(a.subject for a in self.aspects if a.subject)

    @cached_property
    def people_by_surname(self) -> dict[str, list[tuple[int, str]]]:
        """`people` by surname (index.analysis.entities.by_surname), for questions naming one.
        Not the unnamed known by their age ("the 79-year-old"): no word of a question names
        them ("How old is ...?" is not asking after them); nor events called off or held ("the
        wedding"): "How old was the woman whose wedding ...?" asks after no wedding."""
        events = self.event_subjects
        return by_surname(p for p in self.people if not is_aged_key(p) and p not in events)

    @cached_property
    def event_subjects(self) -> frozenset[str]:
        """The events whose accounts the table holds ("the display" called off or held), keyed
        as people are: an event's outcomes are never told of a person (`facts`)."""
        return frozenset(
            a.subject
            for a in self.aspects
            if a.kind == "outcome" and self.facts[a.facts[0]].normalized in EVENT_OUTCOMES
        )

    @cached_property
    def aspects_of_story(self) -> dict[int, list[int]]:
        """Each story's aspects (their positions in `aspects`, in order): a question reads the
        aspects of one story, and scanning every aspect for it took ~20 ms per question at
        250,000 passages. Worked out once, like `people`."""
        found: dict[int, list[int]] = {}
        for i, aspect in enumerate(self.aspects):
            found.setdefault(aspect.story, []).append(i)
        return found

    @cached_property
    def spelled(self) -> dict[str, int]:
        """Each name its story's reports spell differently (every spelling's key) -> its aspect
        (`index.disputes.spellings`): an answer naming that person looks the name up."""
        return {
            self.facts[f].normalized: i
            for i, aspect in enumerate(self.aspects)
            if aspect.kind == NAME
            for f in aspect.facts
        }

    @cached_property
    def stories_of_subject(self) -> dict[str, frozenset[int]]:
        """The stories that have an aspect about each person (by name key), worked out once."""
        found: dict[str, set[int]] = {}
        for aspect in self.aspects:
            if aspect.subject:
                found.setdefault(aspect.subject, set()).add(aspect.story)
        return {subject: frozenset(stories) for subject, stories in found.items()}

    @cached_property
    def story_years(self) -> dict[int, int]:
        """Each story's own year: the one most of its dated facts give (a story without a
        dated fact has none)."""
        years: dict[int, Counter[int]] = {}
        for aspect in self.aspects:
            if aspect.kind == "date":
                for f in aspect.facts:
                    fields = date_fields(self.facts[f].normalized)
                    if fields and fields[0]:
                        years.setdefault(aspect.story, Counter())[fields[0]] += 1
        return {story: counts.most_common(1)[0][0] for story, counts in years.items()}

    def fact_sentences(self) -> list[str]:
        """Each fact's sentence id, in order: stored facts give them from their column in one
        pass, without making a Fact each (a filtered question reads every fact's article)."""
        if isinstance(self.facts, FactColumns):
            return list(self.facts.strings["sentence"])
        return [fact.sentence for fact in self.facts]

    @property
    def disputed(self) -> list[Aspect]:
        return [a for a in self.aspects if a.disputed]

    def to_json(self) -> dict[str, Any]:
        """The whole table as plain JSON values (what two tables are compared by)."""
        return {
            "version": TABLE_VERSION,
            "stories": self.stories,
            "facts": [_FACT_ROW(f) for f in self.facts],
            "facts_by_key": dict(self.facts_by_key),
            "aspects": [_ASPECT_ROW(a) for a in self.aspects],
            "story_names": [sorted(names) for names in self.story_names],
        } | ({} if self.names is None else {"names": {d: sorted(n) for d, n in self.names.items()}})

    def to_files(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """Arrays (facts, name sets, lookups: `index.disputes.columns`) and a JSON document
        (stories and aspects, read whole by every question about a disagreement)."""
        arrays = FactColumns.of(self.facts).arrays(f"{_ARRAYS}_facts")
        arrays |= NameSets.of(self.story_names).arrays(f"{_ARRAYS}_story_names")
        arrays |= TextFacts.of(self.facts_by_key).arrays(f"{_ARRAYS}_facts_by_key")
        if self.names is not None:
            arrays |= DocumentNames.of(self.names).arrays(f"{_ARRAYS}_names")
        document = {
            "version": TABLE_VERSION,
            "stories": self.stories,
            "aspects": [_ASPECT_ROW(a) for a in self.aspects],
            "names": self.names is not None,
        }
        return arrays, document

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], raw: dict[str, Any]) -> DisputeTable:
        """The table `to_files` wrote, over its arrays as they are (memory-mapped); a table of
        another version is refused: rebuild."""
        if raw.get("version") != TABLE_VERSION:
            raise ValueError(f"disagreement table version {raw.get('version')}")
        return cls(
            raw["stories"],
            FactColumns.stored(arrays, f"{_ARRAYS}_facts"),
            _stored_aspects(raw["aspects"]),
            NameSets.stored(arrays, f"{_ARRAYS}_story_names"),
            TextFacts.stored(arrays, f"{_ARRAYS}_facts_by_key"),
            DocumentNames.stored(arrays, f"{_ARRAYS}_names") if raw["names"] else None,
        )


def _stored_aspects(rows: list[list[Any]]) -> list[Aspect]:
    """The aspects `to_files` wrote, each repeated string (kind, name, person, word, doc id)
    held once: parsed JSON makes a new string at every occurrence, and at a million passages
    the aspects held ~240 MB."""
    pool: dict[str, str] = {}
    one = pool.setdefault

    def strings(values: list[str]) -> tuple[str, ...]:
        return tuple(one(v, v) for v in values)

    return [
        Aspect(
            story,
            one(kind, kind),
            one(name, name),
            one(subject, subject),
            strings(words),
            tuple(facts),
            tuple(map(strings, groups)),
        )
        for story, kind, name, subject, words, facts, groups in rows
    ]


# A fact's or aspect's fields in order: dataclasses.astuple deep-copies every tuple in them (6 s
# for a 10,000-passage table, which is saved again at every added article).
_FACT_ROW = operator.attrgetter(*(f.name for f in dataclasses.fields(Fact)))
_ASPECT_ROW = operator.attrgetter(*(f.name for f in dataclasses.fields(Aspect)))


def _names(mentions: Iterable[Mention]) -> set[str]:
    return {m.normalized for m in mentions if m.kind in _NAMED and m.label != "NORP"}


def document_names(content: Any) -> dict[str, frozenset[str]]:
    """The people, places and organisations each document names (normalised keys)."""
    found: dict[str, set[str]] = {}
    for sentence, mentions in zip(content.sentences, content.mentions, strict=True):
        found.setdefault(sentence.doc_id, set()).update(_names(mentions))
    return {doc: frozenset(keys) for doc, keys in found.items()}


def named_in(content: Any, doc_id: str) -> frozenset[str]:
    """What `document_names` gives for one document, read from its rows only."""
    rows = content.lookups.document_rows.get(doc_id, ())
    return frozenset(name for row in rows for name in _names(content.mentions[row]))


def facts_of(
    documents: Sequence[Document],
    content: Any,
    previous: DisputeTable | None,
    finder: FactFinder,
    progress: bool,
    found: Mapping[str, list[Fact]] | None = None,
) -> tuple[FactColumns, dict[str, list[int]]]:
    """Every document's facts, reused from the previous table when its text is unchanged, else
    taken from `found` (by doc id: the build found them beside the mentions), else found now;
    put into columns document by document, so only one document's are ever objects."""
    rows = content.lookups.document_rows
    facts = FactColumnsBuilder()
    by_key: dict[str, list[int]] = {}
    # The dependency parse of every sentence with a value, unless the build found the facts.
    for doc in tqdm(documents, desc="finding facts", unit="article", disable=not progress):
        key = content.doc_keys[doc.id]
        if previous is not None and key in previous.facts_by_key:
            own = [previous.facts[i] for i in previous.facts_by_key[key]]
            own = [dataclasses.replace(f, sentence=_rehome(f.sentence, doc.id)) for f in own]
        elif found is not None and doc.id in found:
            own = found[doc.id]
        else:
            sentences = [content.sentences[r] for r in rows.get(doc.id, [])]
            mentions = [content.mentions[r] for r in rows.get(doc.id, [])]
            own = finder(sentences, mentions, doc.published)
        by_key[key] = list(range(facts.rows, facts.rows + len(own)))
        facts.extend(own)
    return facts.finish(), by_key


def _rehome(sentence_id: str, doc_id: str) -> str:
    """A sentence id moved to the document's current id (the same text under another name)."""
    return f"{doc_id}#{sentence_id.split('#', 1)[1]}"


def name_words(story: list[str], named: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The words of every name the story's documents give ("river irna" -> river, irna)."""
    return frozenset(w for doc in story for name in named.get(doc, ()) for w in name.split())


def story_tokens(story: list[str], named: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The tokens of every name the story's documents give (how a question finds the story)."""
    return frozenset(t for doc in story for name in named.get(doc, ()) for t in tokenize(name))


def sentence_similarity(content: Any, facts: Sequence[Fact] | FactColumns) -> Similarity:
    """The cosine of two facts' sentences (by fact index), from the index's sentence vectors."""
    rows = content.lookups.sentence_rows

    def cosine(first: int, second: int) -> float:
        vectors = content.sentence_vectors_at(
            [rows[facts[first].sentence], rows[facts[second].sentence]]
        )
        return float(vectors[0] @ vectors[1])

    return cosine


def build_table(
    documents: Sequence[Document],
    content: Any,
    previous: DisputeTable | None = None,
    *,
    progress: bool = False,
    finder: FactFinder = document_facts,
    found: Mapping[str, list[Fact]] | None = None,
) -> DisputeTable:
    """Stories, facts and aspects of the corpus (no model call: the vectors are the index's).

    `finder` replaces the dependency parse (`facts.document_facts`): the benchmark's generated
    corpora use a stand-in, as they do for the entity analysis. `found` holds facts the build
    already found, by doc id (index.analysis_job parses beside the encoder).
    """
    doc_ids = [doc.id for doc in documents]
    named = document_names(content)
    stories = group_stories(doc_ids, content.lookups.document_vectors, named)
    # As columns from here on, as a stored table holds them: as sets, each document's names
    # were ~1.3 GB at a million passages, held until the index was saved.
    names = DocumentNames.of(named)
    del named
    facts, by_key = facts_of(documents, content, previous, finder, progress, found)
    people = content.lookups.person_names
    of_doc: dict[str, list[int]] = {}
    for i, sentence in enumerate(facts.strings["sentence"]):
        of_doc.setdefault(document_of(sentence), []).append(i)
    similarity = sentence_similarity(content, facts)
    aspects = [
        aspect
        for number, story in enumerate(stories)
        for aspect in build_aspects(
            number,
            story,
            facts,
            people,
            name_words(story, names),
            sorted(i for doc in story for i in of_doc.get(doc, ())),
            similarity,
        )
    ]
    story_names = NameSets.of(story_tokens(story, names) for story in stories)
    return DisputeTable(stories, facts, aspects, story_names, TextFacts.of(by_key), names)
