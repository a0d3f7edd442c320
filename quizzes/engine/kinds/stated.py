"""Figures the article gives for other things, of the same unit and scale as a
blanked figure: the most believable wrong options for it (see number.py)."""

import re

from .. import numbers
from ..article import Article
from ..nlp import Sentence


def counted_noun(ent) -> str | None:
    """The noun a figure counts ("4,812 points", "600 new posts"), if there is one."""
    doc = ent.doc
    for token in doc[ent.end : ent.end + 3]:
        if token.pos_ == "NOUN":
            return token.lemma_.lower()
        if token.pos_ not in ("ADJ", "ADV"):
            break
    return None


def same_unit_figures(sentences: list[Sentence], figure):
    """(sentence, entity, parsed figure) for every figure in sentences of the same unit
    as figure, years left out: the figures a blank can be compared with."""
    for sentence in sentences:
        for ent in sentence.span.ents:
            value = numbers.of_entity(ent)
            if value is not None and not value.is_year and numbers.same_unit(value, figure):
                yield sentence, ent, value


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
    key_end = sentence.start + ent.end_char - sentence.span.start_char
    key_after = article.body[key_end : sentence.end]
    others = [s for s in article.sentences if s.index != sentence.index]
    for other, rival, value in same_unit_figures(others, figure):
        if value.lead or value.decimals > figure.decimals:
            continue
        if noun is not None and abs(value.value - figure.value) <= figure.value * SAME_COUNT_SHARE:
            continue  # the same count told twice ("more than 3,400 coins", "3,412 coins")
        if noun is not None and counted_noun(rival) != noun:
            continue
        at = other.start + rival.start_char - other.span.start_char
        before = article.body[other.start : at]
        if numbers.BOUND_BEFORE.search(before) or APPROXIMATE_BEFORE.search(before):
            continue
        value_end = other.start + rival.end_char - other.span.start_char
        if not _alike(figure, value.value, key_after, article.body[value_end : other.end]):
            continue
        if figure.value / 4 <= value.value <= figure.value * 4 and value.value not in found:
            found.append(value.value)
    return sorted(found, key=lambda v: abs(v - figure.value))[:3]


# "44% of surveyors": a share of a group, which is no rate or change ("rates still
# below the 15% reached in 1990", "sales rose 37%"), and the other way round.
SHARE_OF = re.compile(r"^\s*of\b")


def _alike(figure, value: float, key_after: str, value_after: str) -> bool:
    """Whether another figure the article gives would pass beside the key: about as
    round (an exact £152,250 among round stamp-duty bands of £60,000 and £120,000 is
    the one real price), and for a percentage, of the same kind (share or rate)."""
    exact = numbers.precision(figure.value) >= 3
    if figure.value == int(figure.value) and exact != (numbers.precision(value) >= 3):
        return False
    if figure.suffix.strip().lower() in ("%", "per cent", "percent"):
        return bool(SHARE_OF.match(key_after)) == bool(SHARE_OF.match(value_after))
    return True


# "the hope of returning to ___ starts a year", "restored to ___": a level the count
# stood at before and is away from now.
RETURN_TO = re.compile(
    r"\b(?:return(?:s|ed|ing)?|restor(?:e|es|ed|ing))\s+(?:it\s+|them\s+)?to\s+"
    r"(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


def returned_from(article: Article, sentence: Sentence, before: str, figure, ent) -> set[float]:
    """The levels other sentences give for the same count as a blank the count is to
    return to ("returning to ___ starts a year" beside "318,400 starts" this year, or a
    bare "peak of almost 510,000"): an option on the far side of them is no return at
    all, so options stay on the key's side of them (see numbers.alternatives)."""
    noun = counted_noun(ent)
    if not RETURN_TO.search(before) or noun is None or figure.is_year:
        return set()
    others = [s for s in article.sentences if s.index != sentence.index]
    return {
        value.value
        for _, rival, value in same_unit_figures(others, figure)
        if counted_noun(rival) in (noun, None) and value.value != figure.value
    }


# Figures this close are one quantity, as rank.SAME_COUNT_SHARE treats them.
SAME_COUNT_SHARE = 0.05
APPROXIMATE_BEFORE = re.compile(r"\b(?:about|around|almost|nearly|roughly|some)\s+[£$€]?$", re.I)


def beyond_counts(article: Article, span, figure, lead: str, options: list[str]) -> list[str]:
    """Options of a bound blank ("fewer than ___ males") that no range the article
    gives for the same count leaves true: beside "numbers have varied between about 30
    and 70 males", "fewer than 40" may hold, so an upper bound's options lie below
    every such range that takes in the key, and a lower bound's above it."""
    bound = lead.strip().lower()
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if bound not in numbers.BOUNDS or noun is None or figure.prefix or figure.suffix:
        return options
    ranges = [r for r in _ranges_of(article, noun.lemma_.lower()) if r[0] <= figure.value <= r[1]]
    if not ranges:
        return options
    low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    kept = []
    for option in options:
        value = (numbers.parse(option) or figure).value
        if value < low if bound in numbers.UPPER_BOUNDS else value > high:
            kept.append(option)
    return kept


def _ranges_of(article: Article, lemma: str) -> list[tuple[float, float]]:
    """(low, high) of every range the article counts the noun with: "between about 30
    and 70 males" is (30, 70), one count that moves between the two."""
    found = []
    for sentence in article.sentences:
        for token in sentence.span:
            first = token.head
            if not (token.like_num and token.dep_ == "conj" and first.like_num):
                continue
            if first.dep_ != "nummod" or first.head.lemma_.lower() != lemma:
                continue
            ends = [numbers.parse(t.text) for t in (first, token)]
            if all(e is not None and not e.is_year for e in ends):
                found.append(tuple(sorted(e.value for e in ends)))
    return found
