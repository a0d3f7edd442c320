"""Shares written in words ("about a quarter of residents", "cut by half",
"almost two-thirds of the public"): sentence completion whose options are
other shares in words, never "25%" beside "a third"."""

import math
import re

from .. import numbers
from ..article import Article
from ..drafts import NUMBER
from ..nlp import Sentence
from .common import Candidate, cloze, contains_any, draft, quote_text, two_sentences, with_there
from .worth import adjustment, aside, side_remark

SHARES = {
    "a tenth": 1 / 10,
    "a fifth": 1 / 5,
    "a quarter": 1 / 4,
    "a third": 1 / 3,
    "half": 1 / 2,
    "two-thirds": 2 / 3,
    "three-quarters": 3 / 4,
}
# A share with the word that bounds or hedges it, which stays in the stem.
SHARE = re.compile(
    r"^(?P<lead>(?:about|around|roughly|almost|nearly|more than|over|less than|fewer than|"
    r"under|at least)\s+)?(?P<share>" + "|".join(SHARES) + r")$",
    re.IGNORECASE,
)
# Shares closer than this ratio read as the same rough fact ("a fifth", "a quarter").
APART = 1.3
# What the share must sit in for every option to read well: "a quarter of residents"
# ("half of residents"), or a change "by half" ("by a third"). Not "half the space",
# where "a quarter the space" is no English.
OF_AFTER = re.compile(r"^\s+of\b")
PERCENT_IN_BRACKETS = re.compile(r"\(\s*\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s*\)")
BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)


def question(
    article: Article, sentence: Sentence, ent, reference, start: int, end: int
) -> Candidate | None:
    """A completion question on a share in words at body[start:end], or None."""
    text = article.body
    match = SHARE.match(text[start:end])
    if match is None:
        return None
    before, after = text[sentence.start : start], text[end : sentence.end]
    if not (OF_AFTER.match(after) or BY_BEFORE.search(before)):
        return None
    if PERCENT_IN_BRACKETS.search(after):
        # "More than ___ of girls aged 11 to 18 (58%) said ...": the figure in
        # brackets gives the share away (judges, -104).
        return None
    key = match["share"]
    if contains_any(article.title, [key]):
        return None  # "A third of pupils ..." in the headline gives it away
    value = SHARES[key.lower()]
    lead = (match["lead"] or "").strip().lower()
    options = []
    for other, share in sorted(SHARES.items(), key=lambda item: abs(item[1] - value)):
        if max(share, value) / min(share, value) < APART:
            continue  # "a fifth" beside "a quarter": nearly the same
        if (
            lead in numbers.LOWER_BOUNDS
            and share < value
            or lead in numbers.UPPER_BOUNDS
            and share > value
        ):
            continue  # "more than a third" is more than a quarter as well
        options.append(other)
    distractors = options[:3]
    if len(distractors) < 2:
        return None
    lead_text = text[start : start + match.start("share")]
    stem_before = quote_text(article, sentence, sentence.start, start, reference) + lead_text
    stem_after = quote_text(article, sentence, end, sentence.end, reference)
    if two_sentences(stem_before + "x" + stem_after):
        return None  # "Complete the sentence" would quote two
    stem = cloze(stem_before, stem_after)
    if contains_any(stem, [key, *distractors]):
        return None  # another share of the same words in the sentence gives one away
    if any(abs(float(p) - 100 * value) <= 5 for p in re.findall(r"(\d+(?:\.\d+)?)%", stem)):
        return None  # "about a quarter (24%) of residents": the percentage gives it away
    if key[:1].isupper():
        key = key[:1].upper() + key[1:]
        distractors = [d[:1].upper() + d[1:] for d in distractors]
    score = 0.72 + adjustment(article, sentence)
    if side_remark(article, sentence, ent):
        score -= 0.3  # "..., which backs about a third of them, ...": background
    elif aside(article, sentence, ent):
        score -= 0.12
    proof = with_there(article, sentence, [sentence, *(reference.proof if reference else ())])
    result = draft(
        NUMBER,
        stem,
        key,
        distractors,
        f'The article says: "{sentence.text}"',
        proof,
        score,
        "number:share",
    )
    fact = f"number:{key.lower()}:{sentence.index}"
    return Candidate(result, sentence.index, sentence.third, fact, key.lower())


# "one in ___": the other half of a share of a group. Options come from the
# denominators reporters write, far enough apart to be other facts ("one in ten" and
# "one in six" beside "one in eight", never "one in nine").
ONE_IN_BEFORE = re.compile(
    r"(?:\b(?P<bound>fewer than|less than|under|almost|nearly|more than|over|at least)\s+)?"
    r"\b(?:one|1) in\s+$",
    re.IGNORECASE,
)
DENOMINATORS = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 50, 100)
# A smaller share than one in ten is one in more than ten: beside "fewer than one in
# 10", "fewer than one in 5" is true as well, so only larger denominators are options.
SMALLER_SHARE = ("fewer than", "less than", "under", "almost", "nearly")


def one_in_options(figure, avoid, bound: str = "") -> list[str]:
    """Three other denominators for the key of "one in ___", nearest first, on the
    side a bound before "one in" leaves false."""
    bound = bound.lower()
    kept = [
        d
        for d in DENOMINATORS
        if max(d, figure.value) / min(d, figure.value) >= APART
        and d not in avoid
        and not (bound in SMALLER_SHARE and d < figure.value)
        and not (bound and bound not in SMALLER_SHARE and d > figure.value)
        # "one in eight" among "one in 25": an option in digits stands out by its form.
        and not (figure.word and d >= len(numbers.WORDS))
    ]
    kept.sort(key=lambda d: abs(math.log(d / figure.value)))
    return [figure.format(float(d)) for d in kept[:3]]
