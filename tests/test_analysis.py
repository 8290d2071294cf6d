"""Index-time analysis: date normalisation at the written precision, entity repairs, outcomes."""

from __future__ import annotations

from typing import Any

import pytest

from corpus.models import Sentence
from index.analysis import OUTCOME, analyze
from index.analysis.dates import (
    date_fields,
    dates_compatible,
    infer_date_order,
    is_day_ordinal,
    normalize_date,
    readable_date,
)
from index.analysis.entities import acronym_entities, name_key, normalize_number, person_for
from index.analysis.lemmas import irregular_forms, lemma_stems
from index.analysis.outcomes import find_outcomes


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("October 28, 2025", "DMY", "2025-10-28"),
        ("19/10", "DMY", "--10-19"),
        ("on 19/10", "DMY", "--10-19"),
        ("5/12", "DMY", "--12-05"),
        ("5/12", "MDY", "--05-12"),
        ("10/19/2025", "MDY", "2025-10-19"),
        ("October", "DMY", "--10"),
        ("late October 2025", "DMY", "2025-10"),  # vague: no day, whatever dateparser guesses
        ("early December 2025", "DMY", "2025-12"),
        ("mid-October", "DMY", "--10"),
        ("early 2020", "DMY", "2020"),
        ("1066", "DMY", "1066"),
        ("Sept. 11, 2001", "DMY", "2001-09-11"),
        ("11.01", "DMY", "--01-11"),  # dotted, as many European papers write it
        ("11.01", "MDY", "--11-01"),
    ],
)
def test_dates_are_normalised_at_the_precision_written(
    text: str, order: str, expected: str
) -> None:
    assert normalize_date(text, order) == expected


@pytest.mark.parametrize(
    "text",
    [
        "last fall",
        "Monday",
        "three days",
        "the 1990s",
        "the 11th century",
        "1973-74",
        "11.40",
        "5.8",
    ],
)
def test_relative_or_unfixed_dates_are_not_given_a_calendar_value(text: str) -> None:
    # dateparser would resolve these against today's date: an invented value. A dotted date takes
    # a two-digit month: "magnitude 5.8" is no 5th of August.
    assert normalize_date(text, "DMY") is None


def test_date_order_comes_from_a_documents_unambiguous_dates() -> None:
    assert infer_date_order(["a raid on 19/10", "revealed on 5/12"]) == "DMY"
    assert infer_date_order(["on 10/19 and 12/5"]) == "MDY"
    assert infer_date_order(["no numeric dates"]) == "DMY"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("2025-10-28", "--10-19", False),  # the day differs; the year is given by one only
        ("2025-10", "2025-10-28", True),  # October does not contradict October 28
        ("--10", "--10-19", True),
        ("2025-10-28", "2025", True),
        ("2025-10-28", "2024", False),
        ("--10", "--11", False),
        ("2025-10-28", "last fall", True),  # not a normalised date: contradicts nothing
        # a weekday told without its week ("On the Friday night") is that weekday's date
        ("friday", "2041-10-04", True),
        ("friday", "2041-10-05", False),
        ("friday", "saturday", False),
        ("friday", "--10-05", True),  # no year: any weekday
    ],
)
def test_dates_compare_at_the_precision_both_give(first: str, second: str, expected: bool) -> None:
    assert dates_compatible(first, second) is expected
    assert dates_compatible(second, first) is expected


def test_normalised_dates_read_back_for_people() -> None:
    assert readable_date("--10-19") == "19 October"
    assert readable_date("2025-10-28") == "28 October 2025"
    assert readable_date("2025-10") == "October 2025"
    assert date_fields("195566") is None
    assert date_fields("--13-01") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", "5"),
        ("Two", "2"),
        ("1,200", "1200"),
        ("3.5 million", "3500000"),
        ("twenty-five", "25"),
        ("about 50", "~50"),
        ("more than 300", "~300"),
        ("12%", "12%"),
        ("just SEVEN", "7"),  # stressed, not changed
        ("only 12", "12"),
    ],
)
def test_counts_become_digits(text: str, expected: str) -> None:
    assert normalize_number(text) == expected


def test_names_compare_without_possessive_title_or_article() -> None:
    assert name_key("al-Masoud's") == "al-masoud"
    assert name_key("Mr. al-Masoud") == "al-masoud"
    assert name_key("the Syrian Free Army") == "syrian free army"
    people = ["khaled al-masoud", "wassim nasr"]
    assert person_for("al-masoud", people) == "khaled al-masoud"
    assert person_for("nasr", people) == "wassim nasr"
    assert person_for("damascus", people) is None


def test_organisations_written_with_their_acronym_are_found() -> None:
    found = acronym_entities(
        "he had worked with Ahmed al-Sharaa's Hayat Tahrir al-Sham (HTS) forces"
    )
    assert [(name.text, acronym.text) for name, acronym in found] == [
        ("Hayat Tahrir al-Sham", "HTS")
    ]
    assert acronym_entities("members of the Syrian Free Army (SFA)")[0][0].text == (
        "Syrian Free Army"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("However, the man killed was Khaled al-Masoud.", ["killed"]),
        ("He later died, officials revealed on 5/12.", ["died-later"]),
        (
            "they severely wounded him with gunfire, and then took him away.",
            ["wounded", "captured"],
        ),
        (
            "the raid killed an agent, not the senior official it was targeting.",
            ["killed", "missed"],
        ),
        ("No one was killed.", ["unharmed"]),
        ("Photographic evidence from the scene, captured by the AP, shows her.", []),
        ("The suspect was not captured and remains at large.", ["escaped", "escaped"]),
        ("The board dismissed its chief executive, Ada Venn, on Monday.", ["sacked"]),
        ("Police fired their weapons; the judge dismissed the case.", []),
        ("The board has suspended its finance director pending an inquiry.", ["suspended"]),
        # a sentence not served, not a suspension from a post
        ("He was given a suspended sentence of 18 months.", ["spared-jail"]),
        ("Venn was found not guilty; her brother was found guilty.", ["acquitted", "convicted"]),
        ("He was not convicted.", ["acquitted"]),
        ("She will appeal against the ban.", ["appealing"]),
        ("She has accepted the ban and will not fight it.", ["accepted", "accepted"]),
        ("He has 21 days to appeal.", []),
        ("Pell conceded on Thursday; Marsh has refused to concede.", ["conceded", "contested"]),
        ("The minister conceded that mistakes were made.", []),
        ("Ivo Dran is in hospital with a broken leg.", ["wounded", "wounded"]),
        ("The attack on the computers began in the hospital's records office.", []),
        ("The bear was darted with a tranquilliser.", ["captured"]),
        ("She refused to resign.", []),
        ("If convicted, he faces up to ten years; she could be sacked.", []),
        ("Ivo Dran was charged on Monday with fraud.", ["charged"]),
        ("The charity charged on Monday for tickets.", []),
        ("He was arrested and released under investigation.", ["captured", "released-uncharged"]),
        ("Police said he had been given a formal written warning.", ["warned"]),
        ("She was let off with a warning; he was cautioned by police.", ["warned", "warned"]),
        ("Experts cautioned that the figures were early.", []),
        ("Osmund Yelland is now in a stable condition.", ["alive"]),
        ("She was in a stable condition in hospital.", ["wounded", "wounded"]),
        ("No arrests have been made, police said.", ["escaped"]),
        ("Officers made two arrests on Friday; an arrest was made later.", ["captured"] * 2),
        ("Police have made no arrests.", ["escaped"]),  # nobody arrested, as "No arrests ..."
        (
            "She remains in a serious but stable condition with broken ribs.",
            ["in-hospital", "wounded"],
        ),
        ("He was still being treated at Amberley Royal Hospital last night.", ["in-hospital"]),
        ("She was said on Sunday to be in a serious condition.", ["in-hospital"]),
        ("He was in a serious condition on Saturday.", ["wounded"]),
        # only a patient is "allowed home"; pupils are sent home from school
        ("He was allowed home on Tuesday.", ["discharged"]),
        ("She was allowed home from hospital yesterday.", ["discharged"]),
        ("The pupils were sent home early.", []),
        (
            "The rest of the display was cancelled; the race was postponed.",
            ["cancelled", "postponed"],
        ),
        (
            "The show resumed after 40 minutes, and the match was not called off.",
            ["went-ahead"] * 2,
        ),
        ("Officers agreed the show could resume.", []),
        ("An oak was felled in the dead of night; the dog stopped dead.", []),
        ("The dead included a child; a man was found dead.", ["died", "died"]),
        # a sale or deal completed, or fell through; a course or a bridge completed is neither
        ("The sale, handled by Lathbury Coastal Property, completed on Tuesday.", ["completed"]),
        ("But the sale fell through when the buyer pulled out.", ["fell-through"]),
        ("He completed the course; the bridge was completed in 1890.", []),
    ],
)
def test_outcome_phrases_with_negation(sentence: str, expected: list[str]) -> None:
    assert [o.name for o in find_outcomes(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [('"He has not been arrested and he is not a suspect," she said.', "not been arrested"),
     ("The target wasn't captured in the raid.", "wasn't captured"),
     ("Nobody was hurt in the blast.", "Nobody was hurt")],
)  # fmt: skip
def test_a_negated_outcome_is_quoted_with_its_negation(sentence: str, quoted: str) -> None:
    """A claim quoting "arrested" for a man "not arrested" would tell the reader the opposite."""
    [outcome] = find_outcomes(sentence)
    assert (outcome.text, sentence[outcome.start : outcome.end]) == (quoted, quoted)


def _sentences(doc_id: str, texts: list[str]) -> list[Sentence]:
    sentences, start = [], 0
    for n, text in enumerate(texts):
        sentences.append(
            Sentence(
                id=f"{doc_id}#0.{n}",
                passage_id=f"{doc_id}#0",
                doc_id=doc_id,
                text=text,
                start=start,
                end=start + len(text),
            )
        )
        start += len(text) + 1
    return sentences


def test_a_surname_stands_for_the_full_name_its_document_gives() -> None:
    texts = [
        "However, the man killed was Khaled al-Masoud, an agent.",
        "The raid claimed al-Masoud's life.",
    ]
    mentions = analyze(_sentences("d", texts), "DMY")
    people = [(m.text, m.normalized) for ms in mentions for m in ms if m.kind == "person"]
    assert people == [("Khaled al-Masoud", "khaled al-masoud"), ("al-Masoud", "khaled al-masoud")]
    outcomes = [m.normalized for ms in mentions for m in ms if m.label == OUTCOME]
    assert outcomes == ["killed", "killed"]


def test_mention_offsets_point_into_the_document() -> None:
    texts = ["US soldiers launched a pre-dawn raid on 19/10 in Dumayr town."]
    sentences = _sentences("d", ["Intro sentence here.", *texts])
    document = " ".join(s.text for s in sentences)
    for sentence_mentions in analyze(sentences, "DMY"):
        for m in sentence_mentions:
            assert document[m.start : m.end] == m.text
    dates = [m for ms in analyze(sentences, "DMY") for m in ms if m.kind == "date"]
    assert [(m.text, m.normalized) for m in dates] == [("19/10", "--10-19")]


def _entities(nlp: Any, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]


def test_entities_come_from_ner_alone_and_match_the_whole_model() -> None:
    # The shared tok2vec feeds only the tagger and parser: running it would cost a third of the
    # analysis time and change nothing the entity recogniser finds.
    import spacy

    from corpus.chunking import DEFAULT_MAX_WORDS, chunk_document
    from corpus.loader import load_corpus
    from index.analysis import SPACY_MODEL
    from index.analysis.mentions import ENTITY_PIPES, run_pipes

    assert ENTITY_PIPES == ("ner",)
    texts = [
        s.text for doc in load_corpus() for s in chunk_document(doc, max_words=DEFAULT_MAX_WORDS)[1]
    ]
    found = [
        [(e.start_char, e.end_char, e.label_) for e in d.ents]
        for d in run_pipes(texts, ENTITY_PIPES)
    ]
    assert found == _entities(spacy.load(SPACY_MODEL), texts)


def test_the_stop_words_held_here_are_spacys_and_the_assistant_imports_no_spacy() -> None:
    """The list is a copy, so that answering imports no spaCy; it must stay spaCy's list."""
    import subprocess
    import sys

    from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP_WORDS

    from index.analysis.stopwords import STOP_WORDS

    assert STOP_WORDS == SPACY_STOP_WORDS
    probe = "import sys, assistant, assistant.core; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("sentence", "ordinal", "day"),
    [
        ("The coach went over the edge on the afternoon of the 9th.", "9th", True),
        ("Exams begin on the 14th, the school said.", "14th", True),
        ("He fell from the 9th floor.", "9th", False),  # numbers the floor
        ("It was his 3rd goal of the season.", "3rd", False),  # no "the" before it
        ("They celebrated the 40th.", "40th", False),  # no day of any month
    ],
)
def test_an_ordinal_after_the_with_no_noun_is_a_day_of_the_month(
    sentence: str, ordinal: str, day: bool
) -> None:
    start = sentence.index(ordinal)
    assert is_day_ordinal(sentence, start, start + len(ordinal)) is day


def test_a_figure_the_model_misses_is_still_a_number() -> None:
    """The small model gives "about 900" in "cutting about 900 posts" no entity; a figure
    written before what it counts is read anyway, but not a year, a time, a day or a code."""
    texts = [
        "The company said about 900 posts would go.",
        "In 2019 the A7 closed at 4 pm on 23 January.",
    ]
    mentions = analyze(_sentences("d", texts), "DMY")
    numbers = [[(m.text, m.normalized) for m in ms if m.kind == "number"] for ms in mentions]
    assert numbers == [[("about 900", "~900")], []]


def test_a_count_in_words_the_model_misses_is_still_a_number() -> None:
    """After a dateline the small model gives "Twelve" in "Twelve people were injured" no
    entity; a number word before what it counts is read anyway, but not a number of hours,
    which is a length."""
    texts = [
        "DUNMALLOW, August 3 (Brisworth Recorder) - Twelve people were injured on Friday.",
        "Some passengers spent as long as eleven hours in the cabins.",
    ]
    mentions = analyze(_sentences("d", texts), "DMY")
    numbers = [[(m.text, m.normalized) for m in ms if m.kind == "number"] for ms in mentions]
    assert numbers == [[("Twelve", "12")], []]


def test_a_measure_with_its_unit_written_on_is_a_number_the_model_misses() -> None:
    """ "hailstones as big as 4cm" has no entity from the small model; "£4m" is no measure
    (metres or millions), and "barely ten minutes" is about ten."""
    texts = [
        "The storm lasted barely ten minutes, but hailstones as big as 4cm shattered windows.",
        "The repairs will cost £4m.",
        "The water has plunged more than 60FT.",
    ]
    mentions = analyze(_sentences("d", texts), "DMY")
    values = [
        [(m.text, m.normalized) for m in ms if m.kind in ("number", "date")] for ms in mentions
    ]
    assert values[0] == [("barely ten minutes", "barely ten minutes"), ("4cm", "4cm")]
    assert [m.label for m in mentions[1] if m.text == "£4m"] == ["MONEY"]
    assert values[2] == [("more than 60FT", "more than 60ft")]  # a tabloid's capitals
    assert normalize_number("barely ten") == "~10"


def test_a_name_after_a_shouted_word_is_still_a_person() -> None:
    """A tabloid's "SCHOOLGIRL Wrenna Ellory stunned ..." hid the name from the small model;
    the shouted word is read as the English word it is, and is no part of the name. An
    acronym stays as written."""
    texts = ["SCHOOLGIRL Wrenna Ellory stunned the golfing world, the NHS said."]
    mentions = analyze(_sentences("d", texts), "DMY")
    assert [(m.text, m.normalized) for m in mentions[0] if m.kind == "person"] == [
        ("Wrenna Ellory", "wrenna ellory")
    ]


def test_a_word_shouted_within_a_sentence_is_no_name() -> None:
    """ "was BITTEN on the hand" in title case is a name to the small model ("Bitten"); within
    a sentence a shouted English word is read in lower case (at its start in title case)."""
    texts = ["One schoolboy, 12, was BITTEN on the hand."]
    mentions = analyze(_sentences("d", texts), "DMY")
    named = [m.text for ms in mentions for m in ms if m.kind in ("person", "organization", "place")]
    assert named == []


def test_a_firm_named_by_its_owner_and_trade_is_one_body() -> None:
    """ "Gaskell's Bakery" is cut to "Gaskell" by the small model; the possessive and the trade
    after it are the rest of one organisation's name."""
    texts = ["The pie was baked over fourteen hours by Gaskell's Bakery of Cragwick."]
    mentions = analyze(_sentences("d", texts), "DMY")
    assert [(m.text, m.kind) for m in mentions[0] if m.kind == "organization"] == [
        ("Gaskell's Bakery", "organization")
    ]


def test_a_name_an_aged_noun_is_called_is_a_person() -> None:
    """ "by a 12-year-old boy called Alfie Brennand": the small model takes the name for a
    place; a noun given an age and "called" a name makes it a person's."""
    texts = [
        "The lights were filmed from a bedroom window by a 12-year-old boy called Alfie Brennand."
    ]
    mentions = analyze(_sentences("d", texts), "DMY")
    assert [(m.text, m.kind) for m in mentions[0] if m.text == "Alfie Brennand"] == [
        ("Alfie Brennand", "person")
    ]


def test_a_full_name_taken_for_a_place_is_the_person_its_surname_names() -> None:
    """The small model labels "Esmond Kenward" a location and "Kenward" (of "Mr Kenward") a
    person; the surname is his, not that of his wife, whose full name it did label."""
    texts = [
        "Esmond Kenward, the 64-year-old owner of the yacht, had been rationing water.",
        "The crew took Mr Kenward aboard in a rubber dinghy and steamed for Port Elvey.",
        "His wife, Marigold Kenward, said she had been told.",
    ]
    mentions = analyze(_sentences("d", texts), "DMY")
    people = [[m.normalized for m in ms if m.kind == "person"] for ms in mentions]
    assert people == [["esmond kenward"], ["esmond kenward"], ["marigold kenward"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A man was arrested at a house in Garrane the same day.", "Garrane"),
        ("It was found in a forestry plantation at Dunvaig.", "Dunvaig"),
        ("The stag was found beside Loch Morrach on Sunday.", "Loch Morrach"),
    ],
)
def test_a_name_told_as_where_something_is_is_a_place(text: str, name: str) -> None:
    """The small model labels each of these names a person; where a house stands, what a place
    named by its kind is in, and a name that begins with its kind ("Loch") are places."""
    [mentions] = analyze(_sentences("d", [text]), "DMY")
    assert [(m.kind, m.text) for m in mentions if m.text == name] == [("place", name)]


def test_a_fortnight_is_a_length_of_time_the_model_misses() -> None:
    [mentions] = analyze(_sentences("d", ["The school will stay closed for a fortnight."]), "DMY")
    assert [(m.kind, m.text) for m in mentions if m.kind != "organization"] == [
        ("date", "a fortnight")
    ]


def test_irregular_past_forms_give_the_stems_of_their_lemmas() -> None:
    """A question's "led", "won" and "stolen" are matched as lead, win and steal (the model's
    lemma tables); a regular form, and an irregular plural, add nothing."""
    assert lemma_stems("Who led it? Who won, and what was stolen?") == {
        "lead": "led",
        "win": "won",
        "steal": "stolen",
    }
    assert lemma_stems("How many men walked to the river?") == {}


def test_the_irregular_forms_of_a_lemma_are_read_from_the_same_tables() -> None:
    """A sum's sentence may say "spent" or "stolen" where a question's words of paying or
    taking say "spend" or "steal"."""
    assert {"spent", "stole", "stolen"} <= irregular_forms(frozenset({"spend", "steal"}))
    assert irregular_forms(frozenset({"walk"})) == frozenset()
