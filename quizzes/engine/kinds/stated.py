"""Figures the article gives for other things, of the same unit and scale as a
blanked figure: the most believable wrong options for it (see number.py)."""

import re

from .. import numbers
from ..article import Article
from ..nlp import Sentence


def counted_noun(ent) -> str | None:
    """The noun straight after a figure ("4,812 points"), if there is one."""
    if ent.end >= len(ent.doc) or ent.doc[ent.end].pos_ != "NOUN":
        return None
    return ent.doc[ent.end].lemma_.lower()


def stated_figures(article: Article, sentence: Sentence, figure, ent) -> list[float]:
    """Figures of the same unit and scale that other sentences give for other things
    ("£3.1bn" of sales beside "£1.2bn" of profit; "40 teachers" beside "25 teachers"):
    believable options that are false for the blank. Figures with a bound or an
    approximation ("more than 2,000") are left out, as they may also fit the blank,
    and a count must count the same noun."""
    if figure.is_year or figure.word:
        return []
    noun = None if figure.prefix or figure.suffix else counted_noun(ent)
    if not (figure.prefix or figure.suffix) and noun is None:
        return []  # a bare count of nothing in particular: "15" and "100" differ in kind
    found = []
    for other in article.sentences:
        if other.index == sentence.index:
            continue
        for rival in other.span.ents:
            value = numbers.parse(rival.text)
            if value is None or value.is_year or value.lead or value.value == figure.value:
                continue
            if not numbers.same_unit(value, figure) or value.decimals > figure.decimals:
                continue
            if noun is not None and counted_noun(rival) != noun:
                continue
            at = other.start + rival.start_char - other.span.start_char
            before = article.body[other.start : at]
            if numbers.BOUND_BEFORE.search(before) or APPROXIMATE_BEFORE.search(before):
                continue
            if figure.value / 4 <= value.value <= figure.value * 4 and value.value not in found:
                found.append(value.value)
    return sorted(found, key=lambda v: abs(v - figure.value))[:3]


APPROXIMATE_BEFORE = re.compile(r"\b(?:about|around|almost|nearly|roughly|some)\s+[£$€]?$", re.I)
