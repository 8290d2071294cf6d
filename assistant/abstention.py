"""When the articles do not answer: nothing retrieved, the asked-for kind absent, or a model's no.

Two rules need no model: nothing retrieved, and a question asking for a kind of value (a date,
a number, a person) whose best sentences hold none. Beyond them, whether the best sentences
answer is judged by the fitted answerability model (`assistant.answerability`): off-topic
questions are easy, but on-topic questions the articles happen not to answer (SQuAD's
adversarial ones, "What is the name of al-Masoud's wife?") look like answerable ones by any
single signal, and hand thresholds on the best score abstained on 2% of them.
"""

from __future__ import annotations

from assistant import answerability
from assistant.question_type import QuestionType
from assistant.selection import Candidate
from index.content import IndexContent
from index.models import Hit

# The asked-for kind must appear among this many best sentences; further down it is a value
# of something else that merely shares the passage.
KIND_WITHIN = 5


def rule(ranked: list[Candidate], qtype: QuestionType) -> str | None:
    """Why to abstain whatever the model says ('nothing', 'kind'), else None."""
    if not ranked:
        return "nothing"
    if qtype.wants and not any(c.strength > 0 for c in ranked[:KIND_WITHIN]):
        return "kind"
    return None


def judge(
    question: str,
    qtype: QuestionType,
    ranked: list[Candidate],
    hits: list[Hit],
    content: IndexContent,
) -> tuple[str | None, float | None]:
    """Why to abstain ('nothing', 'kind', 'weak', or None to answer) and the model's probability
    that the articles answer (None when a rule decided before the model was asked)."""
    why = rule(ranked, qtype)
    if why is not None:
        return why, None
    fitted = answerability.model()
    probability = fitted.probability(answerability.features(question, qtype, ranked, hits, content))
    return ("weak" if probability < fitted.threshold else None), probability
