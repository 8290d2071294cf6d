"""Cut a document's prose into sentences and passages, keeping exact character offsets.

Passages are consecutive sentences of one paragraph, at most `max_words` words, so that the
embedding model (all-MiniLM-L6-v2 truncates at 256 word pieces, about 190 English words) sees the
whole passage. Paragraphs are never merged: a paragraph is the author's unit of meaning.
"""

from __future__ import annotations

import re

import nupunkt

from corpus.models import Document, Passage, Sentence
from corpus.structure import split_blocks

DEFAULT_MAX_WORDS = 120
_WORD = re.compile(r"\S+")


def sentence_id(passage_id: str, number: int) -> str:
    """The id of a passage's sentence: "<doc id>#<passage number>.<sentence number>"."""
    return f"{passage_id}.{number}"


def document_of(sentence_id: str) -> str:
    """The document a sentence id belongs to."""
    return sentence_id.split("#", 1)[0]


def passage_number(sentence_id: str) -> int:
    """The number, within its document, of the passage a sentence id belongs to."""
    return int(sentence_id.split("#", 1)[1].split(".", 1)[0])


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _word_windows(text: str, start: int, end: int, max_words: int) -> list[tuple[int, int]]:
    """Split an over-long sentence into runs of at most `max_words` words."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    return [
        (words[i][0], words[min(i + max_words, len(words)) - 1][1])
        for i in range(0, len(words), max_words)
    ]


def sentence_spans(text: str, start: int, end: int, max_words: int) -> list[tuple[int, int]]:
    """Sentence spans of `text[start:end]`, offsets into `text`, none longer than `max_words`."""
    spans: list[tuple[int, int]] = []
    for s_start, s_end in nupunkt.sent_spans(text[start:end]):
        a, b = _strip_span(text, start + s_start, start + s_end)
        if a == b:
            continue
        if len(_WORD.findall(text[a:b])) > max_words:
            spans.extend(_word_windows(text, a, b, max_words))
        else:
            spans.append((a, b))
    return spans


def _pack(spans: list[tuple[int, int]], text: str, max_words: int) -> list[list[tuple[int, int]]]:
    """Group consecutive sentences greedily into passages of at most `max_words` words."""
    groups: list[list[tuple[int, int]]] = []
    words_in_group = 0
    for span in spans:
        n = len(_WORD.findall(text[span[0] : span[1]]))
        if groups and words_in_group + n <= max_words:
            groups[-1].append(span)
            words_in_group += n
        else:
            groups.append([span])
            words_in_group = n
    return groups


def chunk_document(
    document: Document, max_words: int = DEFAULT_MAX_WORDS
) -> tuple[list[Passage], list[Sentence]]:
    """Passages and sentences of the document's prose, with ids stable for unchanged text.

    Ids are `<doc_id>#<n>` for passages and `<doc_id>#<n>.<m>` for sentences, numbered in
    reading order, so the same text always gets the same ids.
    """
    if max_words < 1:
        raise ValueError(f"max_words must be at least 1, got {max_words}")
    text = document.text
    passages: list[Passage] = []
    sentences: list[Sentence] = []
    for block in split_blocks(text):
        if block.kind != "prose":
            continue
        spans = sentence_spans(text, block.start, block.end, max_words)
        for group in _pack(spans, text, max_words):
            passage_id = f"{document.id}#{len(passages)}"
            p_start, p_end = group[0][0], group[-1][1]
            passages.append(
                Passage(
                    id=passage_id,
                    doc_id=document.id,
                    text=text[p_start:p_end],
                    start=p_start,
                    end=p_end,
                )
            )
            for m, (s_start, s_end) in enumerate(group):
                sentences.append(
                    Sentence(
                        id=sentence_id(passage_id, m),
                        passage_id=passage_id,
                        doc_id=document.id,
                        text=text[s_start:s_end],
                        start=s_start,
                        end=s_end,
                    )
                )
    return passages, sentences
