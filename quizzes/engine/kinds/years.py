"""Year blanks: which years are worth asking, and which options the article rules out."""

import re

from .. import numbers
from ..article import Article
from ..nlp import Sentence

# "fell to £94m, compared with £181m in ___": the year of the comparison, not the
# fact; the amounts carry the information, and "the year before" answers it.
COMPARED_IN = re.compile(
    r"\b(?:compared (?:with|to)|up from|down from|against)\b[^.;]*\b(?:in|on)\s*$",
    re.IGNORECASE,
)
# A sentence about what is still to come: "will start to pick up in 2005".
WILL = re.compile(
    r"\b(?:will|shall|is expected to|are expected to|plans? to|hop(?:es|ed|ing) to|"
    r"aims? to|(?:is|are|was|were) due to)\b",
    re.IGNORECASE,
)
YEAR_AFTER_BY = re.compile(r"\bby\s+(?:the end of\s+)?(\d{4})\b")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def planned(text: str) -> bool:
    """Whether a sentence speaks of what is still to come ("will open in 2026", "2005
    should be the year ..."): its year options are then mostly later years."""
    return bool(WILL.search(text) or re.search(r"\bshould be\b", text, re.IGNORECASE))


# "has issued some of the largest fines to date, including a record €1.2bn penalty
# against Meta in 2023": an earlier case the story is measured against, given as an
# example of a record.
EXAMPLE_YEAR = re.compile(r"\b(?:including|such as)\b[^;]{0,100}?\b(1[89]\d\d|20\d\d)\b", re.I)
RECORD = re.compile(r"\b(?:to date|records?|ever|largest|biggest|highest|heaviest)\b", re.I)


def comparison_year(before: str) -> bool:
    return bool(COMPARED_IN.search(before))


def future_years(article: Article) -> set[int]:
    """Years the article speaks of as still to come: in a sentence with "will", or
    after "by" ("cut costs by £150m a year by 2007")."""
    found = set()
    for sentence in article.sentences:
        if WILL.search(sentence.text):
            found |= {int(y) for y in YEAR.findall(sentence.text)}
        found |= {int(y) for y in YEAR_AFTER_BY.findall(sentence.text)}
    return found


# The words of a date before its year: "early", "April", "3".
DATE_BEFORE_YEAR = r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?"
# "delayed since April 2004", "after 2003": the year something follows.
SINCE_YEAR = re.compile(r"\b(?i:since|after|from)\s+" + DATE_BEFORE_YEAR + r"(\d{4})\b")
# Years tried, nearest first, in place of options the bounds rule out.
REFILL_SHIFTS = (1, -1, 2, -2, 3, -3, -4, -5, -6, -7)


def within_bounds(
    article: Article, sentence: Sentence, key, distractors: list[str], avoid
) -> list[str]:
    """Year options between the bounds the article sets, refilled with the nearest
    years inside them:
    - after a year the sentence, or the one before, says the event follows ("delayed
      since April 2004 ... hope to deploy in May ___" rules out 2002 and 2004);
    - for a year that happened (the sentence says nothing of the future), before any
      year the article treats as to come ("in 2004" with "pick up in 2005" rules out
      2005) and no later than every year it speaks of as past: the article was
      written no earlier than that, so a later year may not have come."""
    before = article.sentences[sentence.index - 1].text if sentence.index else ""
    floors = [int(y) for y in SINCE_YEAR.findall(before + " " + sentence.text)]
    floors += [int(y) for y in _range_starts(sentence.text, key)]
    floors += _step_starts(sentence.text, key)
    floor = max([y for y in floors if y < key.value], default=0)
    ceiling = 10000
    target = re.search(rf"\b{int(key.value)}\s+(?:target|deadline|goal)\b", sentence.text)
    if planned(sentence.text) or YEAR_AFTER_BY.search(sentence.text) or target:
        # A target ("by 2010", "will open in 2009"): no option the article has
        # already lived through. The story is told no earlier than its latest past year.
        now = story_year(article)
        if now is not None and key.value > now:
            # A target beyond the story's year ("hopes to revive its fortunes by 2006"
            # in a story of 2004's results): the story's year is already spent, so
            # "by 2004" is no option a reader could take (judges failed it).
            floor = max(floor, now)
        elif now is not None and key.value == now:
            floor = max(floor, now - 1)
    if not (planned(sentence.text) or YEAR_AFTER_BY.search(sentence.text)):
        to_come = future_years(article)
        past = [int(y) for s in article.sentences for y in YEAR.findall(s.text)]
        now = max([y for y in past if y not in to_come] + [int(key.value)])
        ceiling = min([y for y in to_come if y > key.value] + [now + 1])
    kept = [d for d in distractors if floor < _value(d, key) < ceiling]
    shifts = REFILL_SHIFTS
    if key.value % 5 == 0 and YEAR_AFTER_BY.search(sentence.text):
        # "rising to 40% by 2020": targets are set in round years, 2025 not 2021.
        shifts = (5, -5, 10, -10, 15) + REFILL_SHIFTS
    for shift in shifts:
        value = key.value + shift
        if len(kept) >= 3:
            break
        if floor < value < ceiling and value not in avoid and key.format(value) not in kept:
            kept.append(key.format(value))
    return kept


def latest_is_key(key, distractors: list[str]) -> bool:
    """Whether every year option is earlier than the key ("took 14,000 calls in ___":
    2001, 2002, 2004, 2005): a reader who picks the latest year is right without
    reading. The bounds above allow no later year, so the blank is not worth asking."""
    return bool(distractors) and all(_value(d, key) < key.value for d in distractors)


def _value(option: str, key) -> float:
    return (numbers.parse(option) or key).value


# A later step of one plan: "18% by 2010, rising to 40% by 2020".
NEXT_STEP = re.compile(r"\b(?:rising|rises|increasing|growing|climbing|falling|dropping|then)\b")


def _step_starts(text: str, key) -> list[int]:
    """Years a target year follows as a later step ("by 2010, rising to 40% by ___"):
    an option of 2000 would end the plan before its first step."""
    at = text.find(str(int(key.value)))
    found = []
    for match in YEAR.finditer(text[: max(at, 0)]):
        if NEXT_STEP.search(text[match.end() : at]):
            found.append(int(match.group(1)))
    return found


def _range_starts(text: str, key) -> list[str]:
    """The start of a range the key ends: "built between March 2003 and August 2005"
    or "from 2003 to 2005" rules out options before 2003."""
    year = str(int(key.value))
    pattern = (
        r"\b(?i:between|from)\s+"
        + DATE_BEFORE_YEAR
        + r"(\d{4})\s+(?:and|to|until)\s+"
        + DATE_BEFORE_YEAR
        + year
        + r"\b"
    )
    return re.findall(pattern, text)


# The words before an old year ("dates back to 1659", "since 1066"): a figure NER
# calls a date but too early for numbers.Figure.is_year is still a year.
YEAR_BEFORE = re.compile(r"\b(?:back to|since|in|from|until|of|by)\s*$", re.IGNORECASE)
# How far a year option may stray from the key when the article's own years span less.
YEAR_REACH = 30


def old_year(figure, label: str, before: str) -> bool:
    """A plain four-digit figure from 1000 to before is_year's range, named a date
    and led by a year's preposition: scaled like an amount it gives 830 and 3318."""
    plain = not (figure.prefix or figure.suffix or figure.commas or figure.decimals)
    return (
        plain
        and not figure.word
        and 1000 <= figure.value < 1700
        and label == "DATE"
        and bool(YEAR_BEFORE.search(before))
    )


def old_year_options(key, avoid) -> list[str]:
    return [
        key.format(key.value + shift)
        for shift in numbers.YEAR_SHIFTS
        if key.value + shift not in avoid
    ][:3]


# "restore 45,000 miles of hedgerow by ___", "net zero by ___", "a target for ___": a
# goal set for a round year. 2051 beside 2050 is no goal anyone sets, so the options
# are round years too, on both sides of the key.
TARGET_BEFORE = re.compile(
    r"\b(?:by|(?:target|goal|ambition|deadline|aim)s?\s+(?:of|for))\s+(?:the end of\s+)?$",
    re.IGNORECASE,
)
ROUND_SHIFTS = (-10, 10, -5, -20, 5, 20)


def target_year(article: Article, key, before: str) -> bool:
    """Whether a round year still to come is a target's or a deadline's."""
    now = story_year(article)
    return (
        key.is_year
        and key.value % 5 == 0
        and (now is None or key.value > now)
        and TARGET_BEFORE.search(before) is not None
    )


def target_options(key, avoid) -> list[str]:
    values = [key.value + shift for shift in ROUND_SHIFTS]
    return [key.format(v) for v in values if v not in avoid][:3]


def believable(article: Article, key, distractors: list[str]) -> list[str]:
    """Year options a reader could take for the answer: none before 1000, none more
    than YEAR_REACH years from the key unless the article's years reach that far."""
    spoken = [int(y) for y in re.findall(r"\b(1\d{3}|20\d\d)\b", article.body)]
    low = min([key.value - YEAR_REACH, *spoken])
    high = max([key.value + YEAR_REACH, *spoken])
    kept = []
    for option in distractors:
        value = (numbers.parse(option) or key).value
        if value >= 1000 and low <= value <= high:
            kept.append(option)
    return kept


# "had closed since ___", "fallen by 23% since ___": the year a period starts is its
# baseline, like the year of a comparison; the story is what happened since.
SINCE_BEFORE = re.compile(r"\bsince\s+" + DATE_BEFORE_YEAR + r"$", re.IGNORECASE)


# "shut their doors by April 2006", "enough cash until at least 2008": a deadline,
# still to come.
BY_DATE = re.compile(r"\b(?:by|until at least)\s+(?:the end of\s+)?(?:[A-Z][a-z]+\s+)?(\d{4})\b")


def story_year(article: Article) -> int | None:
    """The latest year the article speaks of as past or present (not one it says is
    still to come): the story is told no earlier than that. Worked out once per
    article: every year and dated sentence a candidate has asks for it."""
    if "_story_year" not in article.__dict__:
        article.__dict__["_story_year"] = _story_year(article)
    return article.__dict__["_story_year"]


def _story_year(article: Article) -> int | None:
    to_come = set()
    for sentence in article.sentences:
        # Only the years after "will" ("signed in 2004 ... was due to receive $250m"
        # tells a past signing).
        will = WILL.search(sentence.text)
        if will:
            to_come |= {int(y) for y in YEAR.findall(sentence.text[will.start() :])}
        to_come |= {int(y) for y in BY_DATE.findall(sentence.text)}
    past = [int(y) for s in article.sentences for y in YEAR.findall(s.text)]
    return max([y for y in past if y not in to_come], default=None)


def background_year(article: Article, year: float, before: str) -> bool:
    """Whether a year is history behind the story rather than the story's own time:
    earlier than the latest past year the article mentions ("declared a World Heritage
    Site in 1987" in a story of 2003), or the start of a period ("since 2003"). Strict
    judges call a question on such a year trivia; the story's year and years to come
    ("due to end in December 2007") are the news."""
    if SINCE_BEFORE.search(before):
        return True
    now = story_year(article)
    return now is not None and year < now


# The prepositions that date an event to a year ("in 1987", "on 3 May 2001"); "since"
# and "from" start a period that runs up to the story.
DATING = ("in", "on", "during")


def dated_before(article: Article, sentence: Sentence) -> bool:
    """Whether the sentence's main clause tells of an event the article dates before
    the story's year: "Hadrian's Wall ... was declared a World Heritage Site in 1987",
    "The protests in September 2000 ... left thousands of filling stations dry within
    five days". Its figures are history behind the news. A date inside a side clause
    ("The red kite, reintroduced in 1989, now has 120 pairs") dates only the aside.
    A main verb in the past perfect ("Corvantis had signed a deal with Helmhaus in
    2004") puts even the story's own year before the news."""
    now = story_year(article)
    if now is None:
        return False
    root = sentence.span.root
    earlier = any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)
    # Tokens are made afresh on each access: compare positions, not objects.
    anchors = {root.i} | {c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")}
    for token in sentence.span:
        if not YEAR.fullmatch(token.text) or int(token.text) > now:
            continue
        if int(token.text) == now and not earlier:
            continue
        node, preposition = token, None
        while node.dep_ in ("pobj", "nummod", "compound", "prep") and node.head.i != node.i:
            if node.dep_ == "prep":
                preposition = node.lower_
            node = node.head
        if preposition in DATING and node.i in anchors:
            return True
    return False


# "The discovery comes two years after a detectorist found a pan ...": the sentence
# measures the story against an earlier event, and tells that event.
COMES_AFTER = re.compile(
    r"\b(?:comes?|came)\s+(?:just\s+|only\s+|almost\s+|nearly\s+|more than\s+)?"
    r"(?:a|an|\w+|\d+)\s+(?:years?|months?|weeks?)\s+after\b",
    re.IGNORECASE,
)


def history(article: Article, sentence: Sentence) -> bool:
    """Whether a sentence tells an event behind the story rather than the story: dated
    before the story's year, an event the story "comes two years after", or a past
    case cited as an example of a record."""
    if dated_before(article, sentence) or COMES_AFTER.search(sentence.text) is not None:
        return True
    # "..., including a record €1.2bn penalty against Meta in 2023": an earlier case.
    if EXAMPLE_YEAR.search(sentence.text) and RECORD.search(sentence.text):
        return True
    # "Locarno, founded in 1946, is ...": a founding date, even in an aside, profiles
    # the thing founded.
    now = story_year(article)
    return now is not None and any(int(y) < now for y in FOUNDED_IN.findall(sentence.text))


# "the outbreak of Spanish flu in 1918 which killed ___ people" in a story of 2005.
DATED_IN = re.compile(r"\bin\s+(1[5-9]\d\d|20\d\d)\b")


def decades_before(article: Article, sentence: Sentence, key: float) -> bool:
    """Whether the sentence dates an event ("in 1918") decades before the story: a
    figure beside it is a historical aside, not the news."""
    now = story_year(article)
    if now is None:
        return False
    return any(now - int(y) >= 20 and int(y) != key for y in DATED_IN.findall(sentence.text))


FOUNDED_IN = re.compile(
    r"\b(?:founded|established|set up|formed|created|opened)\s+in\s+(1[5-9]\d\d|20\d\d)\b"
)
