"""True or false: an article sentence as written (true) or with one figure or
name swapped for another of the same type (false, because the article states
the original). Half of the eligible sentences, chosen by a stable hash, become
false statements."""

from .. import numbers
from ..article import Article
from ..drafts import TRUE_FALSE
from ..entities import PLACE
from ..nlp import Sentence
from .common import Candidate, Choice, quoted, self_contained, stable_hash
from .entity import _distractors
from .number import LABELS, figure_span

MIN_WORDS, MAX_WORDS = 8, 32


def candidates(article: Article) -> list[Candidate]:
    result = []
    for sentence in article.sentences:
        words = len(sentence.text.split())
        if not (sentence.is_statement and MIN_WORDS <= words <= MAX_WORDS):
            continue
        if quoted(sentence.text) or not self_contained(article, sentence):
            continue
        swap = _swap(article, sentence)
        if swap is None:
            continue  # only sentences with a checkable detail make good statements
        false = stable_hash(sentence.text) % 2 == 0
        result.append(_candidate(article, sentence, swap if false else None))
    return result


def _swap(article: Article, sentence: Sentence):
    """(start, end, original, replacement) for the first swappable detail."""
    offset = sentence.start - sentence.span.start_char
    for ent in sentence.span.ents:
        if ent.label_ not in LABELS:
            continue
        span = figure_span(ent)
        figure = numbers.parse(span.text) if span is not None else None
        if figure is None or figure.value < 2:
            continue
        others = numbers.alternatives(figure, 1)
        if others:
            return span.start_char + offset, span.end_char + offset, span.text, others[0]
    for mention in article.mentions_in(sentence):
        # People and subjects are not swapped: "Y said it" is usually merely
        # unstated, not contradicted, when the article says X said it.
        if mention.type == PLACE and mention.dep not in ("nsubj", "compound", "poss"):
            options, _ = _distractors(article, mention, sentence.text)
            if options:
                original = article.body[mention.start : mention.end]
                return mention.start, mention.end, original, options[0]
    return None


def _candidate(article: Article, sentence: Sentence, swap) -> Candidate:
    text = sentence.text
    if swap is not None:
        start, end, original, replacement = swap
        text = (article.body[sentence.start : start] + replacement
                + article.body[end : sentence.end])
        explanation = f'False: the article says "{original}", not "{replacement}".'
        fact = f"tf:{original}:{sentence.index}"
    else:
        explanation = "True: the article says exactly this."
        fact = f"tf:{sentence.index}"
    first = sentence.span[0]
    statement = text if first.pos_ == "PROPN" or first.text.isupper() else (
        text[:1].lower() + text[1:])
    stem = f"True or false? According to the article, {statement}"
    choices = (Choice("True", swap is None), Choice("False", swap is not None))
    score = 0.6 + 0.04 * (swap is not None)
    from ..drafts import GENERATOR_VERSION, Draft
    from .common import evidence

    result = Draft(TRUE_FALSE, stem, choices, explanation, evidence([sentence]), score,
                   GENERATOR_VERSION, "statement")
    return Candidate(result, sentence.index, sentence.third, fact, fact)
