"""What a question asks for, decided from its wording alone (no model)."""

from __future__ import annotations

import pytest

from assistant.disputed import fact_kinds
from assistant.lexicon import aged_names
from assistant.question_type import detect, inner_question


@pytest.mark.parametrize(
    ("question", "wants", "prefers"),
    [
        ("When did the raid take place?", {"date"}, "date"),
        ("What night was the title fight?", {"date"}, "date"),
        ("On what date did the operation happen?", {"date"}, "date"),
        ("What was the date of the storm that flooded the town?", {"date"}, "date"),
        ("What is the Marisol Star captain's name?", {"person", "organization", "place"}, "person"),
        ("dumayr raid date", {"date"}, "date"),
        ("Which bakery baked the Ormesdale pie?", {"organization", "place"}, "organization"),
        ("What do the reports say about the clearance under the bridge?", {"number"}, "number"),
        ("Which court heard the Skirlaw landfill case?", {"organization", "place"}, "place"),
        # named places of local news, by their noun
        ("Which farm opened its sunflower field?", {"organization", "place"}, "place"),
        ("Which school do the children go to?", {"organization", "place"}, "place"),
        ("Which museum will it be shown in?", {"organization", "place"}, "place"),
        ("collapsed tollery turbine builder", {"person", "organization", "place"}, "organization"),
        ("st aldhelm's blackout time", {"date"}, "date"),
        ("paris journey time", {"number", "date"}, None),  # how long: a length of time
        ("years market house clock silent", {"number", "date"}, None),  # how long, in years
        # keyword queries asking who did it
        ("brenshaw demolition button pressed by", {"person", "organization", "place"}, "person"),
        (
            "kingfisher morning contractor painted over",
            {"person", "organization", "place"},
            "organization",
        ),
        # a doer, a firm, a venue or a prize named by its noun
        ("sallerton christmas tree donor", {"person", "organization", "place"}, "person"),
        ("ashbury divorce judge", {"person", "organization", "place"}, "person"),
        ("tullerby memorial stonemasons", {"person", "organization", "place"}, "organization"),
        ("choir final venue", {"place", "organization"}, "place"),
        ("chess championship first prize", {"number"}, "number"),
        ("How many children did he have?", {"number"}, "number"),
        ("al-masoud daughters how many", {"number"}, "number"),
        ("How high is the dam?", {"number"}, "number"),  # a measure, never "in 1958"
        ("How long will the bridge be closed?", {"number", "date"}, None),  # "three weeks"
        ("Who was killed in the raid?", {"person", "organization", "place"}, "person"),
        ("Whose troops carried out the raid?", {"person", "organization", "place"}, None),
        ("What is the name of al-Masoud's mother?", {"person", "organization", "place"}, "person"),
        ("Where did the raid take place?", {"place", "organization"}, "place"),
        ("Which city is the capital of Syria?", {"place", "organization"}, "place"),
        ("Which news agency reported the story?", {"organization", "place"}, "organization"),
        ("Which relative said that he worked with HTS?", {"person"}, "person"),
        # Words describing the kind stand before its noun; the noun ending the phrase decides.
        (
            "Which construction company will build the tunnel?",
            {"organization", "place"},
            "organization",
        ),
        ("Which building firm won the contract?", {"organization", "place"}, "organization"),
        ("Which senior official resigned?", {"person"}, "person"),
        ("Which judge decided the divorce?", {"person"}, "person"),
        # a name asks what the person is, which no other name gives; "the mayor" asks a name
        ("Who is Rowena Iddon?", set(), None),
        ("who is the mayor?", {"person", "organization", "place"}, "person"),
        ("Which officer led the search?", {"person"}, "person"),
        ("Which Ebbingham mayor asked for help?", {"person"}, "person"),
        # whose pilot: the airline is asked
        ("Which airline's pilot saw the drone?", {"organization", "place"}, "organization"),
        ("Which banks are advising the buyer?", {"organization", "place"}, "organization"),
        ("What's the death toll?", {"number"}, "number"),  # "what's" is "what is"
        ("What does the incident highlight?", set(), None),
        ("What did the fallen turbine cost?", {"number"}, "number"),  # a sum, asked with a verb
        ("What will the club pay for him?", {"number"}, "number"),
        ("What did the minister say?", set(), None),
        ("a7 robbery haul amount", {"number"}, "number"),
        ("What pay rise are the nurses asking for?", {"number"}, "number"),
        ("What caused the rise in prices?", set(), None),
        ("Why should people in Ottawa pay attention?", set(), None),
        # A figure asked by the attribute it measures, in a question or a keyword query.
        ("What was the height of the collapsed crane?", {"number"}, "number"),
        ("What is the value of the stolen painting?", {"number"}, "number"),
        ("stolen painting value", {"number"}, "number"),
        ("bridge span length", {"number", "date"}, None),
        ("dam height metres", {"number"}, "number"),
        ("What rise are the teachers demanding?", {"number"}, "number"),
        ("In what capacity did she sign the letter?", set(), None),  # a role, not a figure
        # The question asked inside "What do the reports say about ...".
        ("What do the reports say about when the mine flooded?", {"date"}, "date"),
        ("What do the papers say about the sum the gang stole?", {"number"}, "number"),
        # a "who" inside the phrase the reports are asked about is a relative pronoun
        ("What do the reports say about the age of the girl who named it?", {"number"}, "number"),
    ],
)
def test_the_asked_for_kind(question: str, wants: set[str], prefers: str | None) -> None:
    found = detect(question)
    assert set(found.wants) == wants
    assert found.prefers == prefers


def test_the_question_word_decides_not_a_later_clause() -> None:
    # "when" starts a clause here; the question asks for a person.
    assert detect("Who lost his life when American troops stormed the house?").prefers == "person"
    assert detect("What harm tends to follow when the wrong person is hit?").wants == frozenset()
    # "who" starts a clause after a noun; after a preposition it still asks.
    assert detect("What did the woman who found the bird do for a living?").prefers is None
    assert detect("To whom did the council sell the land?").prefers == "person"


def test_time_of_day_is_not_a_calendar_date() -> None:
    assert detect("At what time of day was the raid launched?").wants == frozenset()


@pytest.mark.parametrize(
    ("question", "precision"),
    [
        ("In what year did the raid take place?", "year"),
        ("In which month did the raid take place?", "month"),
        ("Which day of October was al-Masoud shot?", "day"),
        ("When did the raid take place?", None),
        ("st aldhelm's blackout time", "time"),
        ("When was the school's time capsule buried?", None),  # the capsule's, not a time of day
        ("When was the time of the crash?", "time"),
        # "the time" of a clause is when it happened, unless the clause tells how long it took
        ("What do the reports say about the time the Sea Pink reached English Harbour?", "time"),
        ("What do the reports say about the time the crossing took?", None),
        # a precision word in a name is not asked: the question word's, or the last one, is
        ("choir of the year final day", "day"),
        ("On what day was the Player of the Year award given?", "day"),
        ("In what year was the Day of the Dead parade first held?", "year"),
        ("How long was he in the job?", "length"),
        ("How often does the ferry sail?", None),
    ],
)
def test_date_precision_asked_for(question: str, precision: str | None) -> None:
    assert detect(question).precision == precision


def test_yes_no_questions_take_their_kind_from_the_value_they_check() -> None:
    found = detect("Was the raid carried out on October 28?")
    assert found.yes_no
    assert found.wants == frozenset({"date"})
    assert detect("Were 5 people arrested?").wants == frozenset({"number"})


def test_a_whether_the_reports_are_asked_about_is_a_yes_no_question() -> None:
    """ "What do the reports say about whether ...?" asks what a yes/no question asks: here
    what became of the school's stand, an account."""
    found = detect("What do the reports say about whether the school changed its mind?")
    assert (found.yes_no, found.account) == (True, True)


@pytest.mark.parametrize(
    ("question", "account"),
    [
        ("What happened to al-Masoud?", True),
        ("How did al-Masoud die?", True),
        ("Did Khaled al-Masoud survive the raid?", True),
        ("Did the US capture a high-ranking IS member during the raid?", True),
        ("Who was killed in the raid?", False),  # asks for a person, not an account
        ("Is al-Masoud's death a setback for the fight against IS?", False),
        ("What verdict did the jury return on the treasurer?", True),
        ("treasurer trial verdict", True),
        ("mayor departure city hall", True),
        ("coach driver charged or released", True),
        ("ferry people killed", False),  # asks as often for the number of dead
        ("How did the health minister leave the cabinet?", True),  # sacked or resigned
        ("How did Henrique Lobato's time as head of the bank end?", True),
        ("How did the strike end?", False),  # an event's end is no one's outcome
        ("What did the hospital board do about its chief executive?", True),
        ("Did the mayor's cousin walk free from court?", True),
        ("Was the treasurer jailed?", True),
        ("Has the defeated mayor accepted the result?", True),  # conceded, or refused to
        ("How did the candidate react to losing the recount?", True),
        ("How did the mayor respond to her defeat?", True),
        ("How did the ministry respond to questions about the raid?", False),  # a statement
        ("How many people accepted the offer?", False),  # asks a number
        ("How is Alwyn Petheridge now?", True),  # still in hospital, or sent home
        ("What has happened to Lettice Pembury since the breach?", True),
        ("What is the injured umpire's condition?", True),
        ("How is the bridge repair going?", False),
        ("What did police do with Oswin Tregarth after the blast?", True),  # arrested, or not
        ("What did detectives do with him?", True),
        ("What did the council do with the money?", False),  # a thing, not someone
        ("Was anyone hurt when the roof fell in?", True),  # hurt, or no one
        ("Was anyone bitten by the spiders at the school?", True),
    ],
)
def test_outcome_questions_are_answered_by_accounts(question: str, account: bool) -> None:
    assert detect(question).account is account


def test_nationalities_answer_only_questions_about_them() -> None:
    assert detect("What nationality were the officials?").nationality
    assert not detect("Which hospital was the body taken to?").nationality


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What was the score in the final?", {"score"}),
        ("What was the vote when the council suspended the mayor?", {"score"}),
        ("When was the vote?", {"date"}),  # the date of the vote, not its result
        ("pellingtree closure vote day", {"date"}),
        ("What was the bribe amount?", {"count", "amount"}),  # a sum, and no age unasked
        ("How much oil leaked from the tanker?", {"count", "amount", "measure"}),
        ("How much did the captors receive to free the ship?", {"count", "amount"}),  # a sum
        ("How tall was the turbine?", {"measure"}),
        ("How strong was the quake that hit Castrevaro?", {"measure"}),  # its magnitude
        ("stanmorrow marathon temperature", {"measure"}),
        ("What did the bomb dug up on the old gasworks weigh?", {"measure"}),
        ("How many miles did Fenwarren swim?", {"measure"}),  # a length, not a count
        ("How long a stretch of the river was polluted?", {"measure"}),  # not a length of time
        ("What size is the canvas?", {"count", "amount", "measure"}),  # never a length of time
        ("tonnes of sunflower oil haddenford lorry", {"count", "amount", "duration", "measure"}),
        ("At what time did the quake strike?", {"time"}),
        ("What time of day did the barge go down?", {"time"}),
        ("is ruth dunwell the mayor", {"role"}),  # a yes or no on her post
        ("Is Ruth Dunwell the deputy leader of the council?", {"role"}),
        ("Is the bridge a listed building?", set()),  # a clock time or "pre-dawn"
        ("Is the mountain guide still alive?", {"outcome"}),
        ("How old is the mayor?", {"age"}),
        ("What was the duration of the dock strike?", {"duration"}),
        ("Which office does the mayor hold in the party?", {"role"}),
        ("What triggered the landslide?", {"cause"}),
        ("What made the bus skid?", {"cause"}),
        ("How did the jury split?", {"score"}),
        ("What does the mayor do for a living?", {"role"}),
        ("What work did the guard do for the casino?", {"role"}),
        ("What is wrong with the heater?", {"cause"}),
        ("What trapped the school group in the caves?", {"cause"}),
        ("What brought down the department store chain?", {"cause"}),
        # A figure named by its attribute alone; not a verb of what was done with money.
        ("What was Ilona Marvik's final majority?", {"count", "amount", "duration", "measure"}),
        ("grebenz prison term", {"count", "amount", "duration", "measure"}),
        ("What will the club do with the cash it got for its winger?", set()),
        ("How did the prisoners get out of the jail?", {"cause"}),  # the way out
        ("How many board members backed the recount?", {"count", "score"}),  # "5-2"
        ("What cut off the way out for the caving club?", {"cause"}),  # not a pay cut
        ("What pay cut did the staff accept?", {"count", "amount"}),
        ("How many day-trippers were on the bus?", {"count"}),  # not a number of days
        ("How many days did the strike last?", {"duration"}),
        # A keyword query naming who or what is counted asks how many; not one naming a term.
        ("valmorra crash riders down", {"count"}),
        ("calderwick hack ships", {"count"}),
        ("Which town is the cable car in?", {"place"}),  # not who did something there
        # who underwent a deed is no agent of it; whom a choice named is
        ("Who was stung by the Brindlecote bees?", {"name", "holder"}),
        ("Who was badly hurt in the crash?", {"name", "holder"}),
        ("Who was appointed mayor?", {"agent", "name", "holder"}),
        ("Who was the ship owned by?", {"agent", "name", "holder"}),
        ("lorimers balnacraig job losses", {"count"}),  # jobs counted, no one's job asked
        # a work's title is its name, not a post
        ("What was the title of the overdue library book?", set()),
        ("What is the song's title?", set()),
        ("What is the title of the deputy mayor?", {"role"}),
        ("What is Marjorie Lightfoot's title?", {"role"}),
        # who is "behind" something did it; what is behind it caused it
        ("Which firm is behind the solar farm?", {"agent", "name", "holder"}),
        ("Who was behind the data breach?", {"agent", "name", "holder"}),
        ("What is behind the fall in the reservoir?", {"cause"}),
        # what someone's relative is called is a name; a thing's name is no person's, but an
        # identity (`index.disputes.identities`), as its make or kind is
        ("What is Morag Dunsmuir's twin sister called?", {"agent", "name", "holder", "identity"}),
        ("What is the giant pumpkin called?", {"identity"}),
        ("What make of scooter was found in the pond?", {"identity"}),
        # "what's" names the figure as "what is" does
        ("what's the repair bill for the church", {"count", "amount", "duration", "measure"}),
        # still in hospital or discharged: an account
        ("has the jogger been let out of hospital yet", {"outcome"}),
        ("Is she still in hospital?", {"outcome"}),
    ],
)
def test_the_kinds_of_fact_that_answer(question: str, kinds: set[str]) -> None:
    assert fact_kinds(question, detect(question)) == kinds


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("How old is Bosco?", ["bosco"]),
        ("how old was Ivo Brandtner", ["ivo", "brandtner"]),
        ("How old is Castrovinha's new signing from Kelmsdorf?", []),  # his club, not him
        ("How old was the woman who died in the Skarvik fire?", []),
    ],
)
def test_whose_age_is_asked_by_name(question: str, names: list[str]) -> None:
    assert aged_names(question) == names


def test_the_question_inside_what_the_reports_say_is_searched() -> None:
    """ "What do the reports say about how many ducks were in the race?" is searched as what it
    asks, as written; a question with no wrapper is searched whole."""
    wrapped = "What do the reports say about how many ducks were in the race?"
    assert inner_question(wrapped) == "how many ducks were in the race?"
    assert inner_question("How many ducks were in the race?") == "How many ducks were in the race?"
    assert inner_question("What do the reports say about") == "What do the reports say about"
