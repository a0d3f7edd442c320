"""Figures a stem computes or gives in words: the rest of a whole ("the remaining
25%"), a sum or difference of two figures, or a share ("one in three", "almost half
of lessons") that points to one option. Used by giveaways.py."""

import re

from . import numbers
from .kinds.common import Candidate

# A figure as a stem writes it, with its sign or percent: "£4.5m", "25%", "1,184".
WRITTEN = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?(?:%|bn|m|k)?(?![\w.,]*\d)")
# Words that make a share the rest of a whole: "the remaining 25%", "the other 40%".
REST = re.compile(r"\b(?:remaining|rest|remainder|other|balance)\b", re.IGNORECASE)
# Below this a sum of two figures matches a key by chance too easily.
MIN_COMPUTED = 10


def computed(stem: str, question: Candidate) -> bool:
    """Whether stem's figures compute a number question's key: the rest of a whole
    ("Members will keep the remaining 25%" beside "take a ___ stake", 75%), or the sum
    or difference of two figures of the key's unit ("1,184 for and 416 against"
    beside "___ members voted", 1,600)."""
    if question.draft.kind != "number":
        return False
    key = numbers.parse(question.draft.key.text)
    if key is None or key.is_year or key.value < MIN_COMPUTED:
        return False
    figures = [
        f
        for text in WRITTEN.findall(stem.replace("___", ""))
        if (f := numbers.parse(text)) is not None
        and not f.is_year
        and (f.prefix, f.suffix) == (key.prefix, key.suffix)
    ]
    if key.suffix == "%" and REST.search(stem):
        if any(abs(f.value + key.value - 100) < 1e-6 for f in figures):
            return True
    values = [f.value for f in figures]
    return any(
        abs(x + y - key.value) < 1e-6 or abs(abs(x - y) - key.value) < 1e-6
        for i, x in enumerate(values)
        for y in values[i + 1 :]
    )


# "one in three", "one in eight": a share of a group, in words.
ONE_IN = re.compile(r"\b(?:one|1) in (\w+)\b", re.IGNORECASE)
# How many points a written share may lie from a percentage it gives away.
SHARE_MARGIN = 5


def share_in_words(stem: str, question: Candidate) -> bool:
    """Whether stem gives a share in words that points to a percentage key: "almost
    one in three 15-year-olds ... has been drunk" beside "___ of 15-year-olds said they
    had been drunk" (31% among 44%, 26% and 27%). The key is the option nearest the
    share, and near it."""
    if question.draft.kind != "number" or not question.draft.key.text.endswith("%"):
        return False
    options = [(numbers.parse(c.text), c.is_correct) for c in question.draft.choices]
    if any(figure is None for figure, _ in options):
        return False
    key_stem = question.draft.stem
    shares = []
    for match in ONE_IN.finditer(stem):
        whole = numbers.parse(match.group(1))
        if whole is not None and whole.value >= 2:
            shares.append(100 / whole.value)
    for match in FRACTION.finditer(stem):
        # "more than half of all children in inner London" beside "___ of children in
        # inner London live ...": the share of the same people, in words.
        whole = re.match(r"\s+(?:all\s+|the\s+)?([a-z]+)", stem[match.end() :])
        if whole and re.search(rf"___\s+of\s+(?:all\s+|the\s+)?{whole.group(1)}\b", key_stem):
            shares.append(100 * FRACTIONS[match.group(1).lower()])
    for share in shares:
        nearest = min(options, key=lambda option: abs(option[0].value - share))
        if nearest[1] and abs(nearest[0].value - share) <= SHARE_MARGIN:
            return True
    return False


# "almost half of lessons", "a third of the pupils": a share of a whole, in words.
FRACTION = re.compile(
    r"\b(half|a third|one third|a quarter|one quarter|two-thirds|two thirds|"
    r"three-quarters|three quarters)\s+of\b",
    re.IGNORECASE,
)
FRACTIONS = {
    "half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 1 / 4,
    "one quarter": 1 / 4, "two-thirds": 2 / 3, "two thirds": 2 / 3,
    "three-quarters": 3 / 4, "three quarters": 3 / 4,
}  # fmt: skip
# "judged ___ of them", "___ of the 64": the blank is a part of a whole the stem gives.
PART_OF = re.compile(r"___\s+of\s+(?:them|those|these|the|its|their)\b", re.IGNORECASE)


def fraction_of_whole(stem: str, question: Candidate) -> bool:
    """Whether stem gives in words the share a number question's part is of a whole
    its own stem states: "inadequate in almost half of lessons" beside "observed 64
    lessons ... and judged ___ of them to be inadequate" (30 among 40, 50 and 60).
    The key is the option nearest the share, and near it."""
    if question.draft.kind != "number" or not PART_OF.search(question.draft.stem):
        return False
    options = [(numbers.parse(c.text), c.is_correct) for c in question.draft.choices]
    if any(figure is None for figure, _ in options):
        return False
    key = next(figure for figure, correct in options if correct)
    wholes = [
        f.value
        for text in WRITTEN.findall(question.draft.stem.replace("___", ""))
        if (f := numbers.parse(text)) is not None and not f.is_year and f.value > key.value
    ]
    for match in FRACTION.finditer(stem):
        share = FRACTIONS[match.group(1).lower()]
        for whole in wholes:
            nearest = min(options, key=lambda option: abs(option[0].value - share * whole))
            if nearest[1] and abs(key.value - share * whole) <= 0.1 * whole:
                return True
    return False


def fraction_shows(stem: str, statement: str, original: str, replacement: str) -> bool:
    """Whether stem gives in words the share a false statement's changed part was of
    its whole: "almost half of lessons" beside "observed 64 lessons ... and judged 40
    of them to be inadequate" (30 in the article)."""
    true, false = numbers.parse(original), numbers.parse(replacement)
    if true is None or false is None:
        return False
    if not re.search(rf"\b{re.escape(replacement)}\s+of\s+(?:them|those|these|the)\b", statement):
        return False
    wholes = [
        f.value
        for text in WRITTEN.findall(statement)
        if (f := numbers.parse(text)) is not None
        and not f.is_year
        and f.value > max(true.value, false.value)
    ]
    for match in FRACTION.finditer(stem):
        share = FRACTIONS[match.group(1).lower()]
        for whole in wholes:
            near = 0.1 * whole
            if abs(true.value - share * whole) <= near < abs(false.value - share * whole):
                return True
    return False
