"""Parts of a total the article states.

"1,800 jobs" in the headline, then "About 600 posts will go in Bristol and ___ in
Sunderland, while a further 450 will be lost ...": the parts cannot add up to more
than the total, so "2250" is ruled out by the article's own figures. When the parts
add up to the total exactly, the blank is sums, not reading: not asked at all.

"fallen in ___ of the last five years" names its own whole: no option counts more,
and "accounted for around $1.2bn of that total" points to the whole just given.
"""

import re

from .. import numbers
from ..article import Article
from ..nlp import Sentence
from .stated import counted_noun, same_unit_figures

# Nouns that count the same thing: a story that cuts "1,800 jobs" may go on to say
# "600 posts will go".
SAME_COUNT = ({"job", "post", "role", "position", "redundancy"},)


def _alike(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in SAME_COUNT)


def total_cap(article: Article, sentence: Sentence, key, key_ent) -> float | None:
    """The room the article's stated total leaves for the key: the total less the
    other parts in the sentence. 0.0 if the parts make up the total exactly (the key
    is then a sum). None if the article states no total for the sentence's noun."""
    parts, nouns = [], set()
    for _, ent, figure in same_unit_figures([sentence], key):
        if ent.start != key_ent.start:
            parts.append(figure.value)
        if counted_noun(ent):
            nouns.add(counted_noun(ent))
    if not parts or not nouns:
        return None  # one figure alone is no part of a sum
    totals = []
    others = [s for s in article.sentences if s.index != sentence.index]
    for _, ent, figure in same_unit_figures(others, key):
        noun = counted_noun(ent)
        if not noun or not any(_alike(noun, n) for n in nouns):
            continue
        if figure.value == key.value + sum(parts):
            return 0.0
        if figure.value > key.value + sum(parts):
            totals.append(figure.value)
    if not totals:
        return None
    return min(totals) - sum(parts)


# "in ___ of the last five years", "___ out of the 20 clubs": the whole the blank
# is a part of, written straight after it.
WHOLE_AFTER = re.compile(
    r"^\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our)\s+"
    r"(?:(?:last|past|previous|first|next|remaining|other)\s+)?(\d[\d,]*|[a-z]+)\b(?!\s*%)"
)


def whole_after(key, after: str) -> float | None:
    """The whole a plain count is a part of ("four of the last five years"), or None."""
    if key.prefix or key.suffix or key.unit or key.decimals or key.is_year:
        return None
    match = WHOLE_AFTER.match(after)
    whole = numbers.parse(match.group(1)) if match else None
    if whole is None or whole.value < key.value:
        return None
    return whole.value


def within_whole(key, whole: float, distractors: list[str], avoid: set[float]) -> list[str]:
    """Options smaller than the whole: "six of the last five years" is impossible. The
    whole itself is no option (the stem states it), and one comes last, for a key that
    leaves too few counts between one and the whole."""
    values = [v.value for v in map(numbers.parse, distractors) if v]
    steps = [key.value + s for s in (1, -1, 2, -2, 3, -3, 4, -4, 5, -5)]
    values += [v for v in steps if v == int(v) and 2 <= v < whole]  # as alternatives()
    values.append(1.0)
    kept = [v for v in dict.fromkeys(values) if v < whole and v != key.value and v not in avoid]
    return [key.format(v) for v in kept[:3]]


# "accounted for around ___ of that total", "___ of the sum": a part of a whole the
# sentence before (or this one, before the blank) has just given.
OF_TOTAL_AFTER = re.compile(
    r"^\s+of\s+(?:that|this|the)\s+(?:total|sum|amount|figure)\b", re.IGNORECASE
)


def named_total(article: Article, sentence: Sentence, key, before: str, after: str) -> set[float]:
    """The whole a blank is "of that total" of: the nearest figure of the key's unit
    above it, in the blank's sentence before it or in the sentence before. A part is
    never all of its whole nor more, so options stay below it (see
    numbers.alternatives); empty when no such whole is written."""
    if not OF_TOTAL_AFTER.match(after):
        return set()
    earlier = article.sentences[max(0, sentence.index - 1) : sentence.index]
    wholes = [v.value for _, _, v in same_unit_figures(earlier, key) if v.value > key.value]
    wholes += [
        figure.value
        for figure in map(numbers.parse, re.findall(r"[£$€][\d.,]+(?:bn|m|k)?", before))
        if figure is not None and numbers.same_unit(figure, key) and figure.value > key.value
    ]
    return {min(wholes)} if wholes else set()
