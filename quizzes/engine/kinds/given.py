"""Blanks the sentence itself fills: a phone number to call, the other half of
"three or four", or a count of things the sentence goes on to list. And counts
that only size the background ("one of 22 local authorities")."""

import re

from .. import numbers

# "one of 22 local authorities", "between the 22 councils": the size of a fixed set
# the story happens in, not what happened.
BACKGROUND_COUNT = re.compile(
    r"\b(?:one of\s+(?:the\s+|its\s+)?|(?:between|among|each of)\s+(?:the|its)\s+)$", re.I
)
# "call police on ___", "ring 999": a telephone number is an appeal footer, and the
# emergency numbers are known without reading.
PHONE_BEFORE = re.compile(
    r"\b(?:call|calls|calling|ring|phone|dial|contact|text)\b[^.;]*\bon\s*$", re.IGNORECASE
)
EMERGENCY_NUMBERS = {999, 101, 111, 112, 911, 105, 119}
PHONE_WORDS = re.compile(r"\b(?:call|ring|phone|dial|contact|helpline|hotline)\b", re.I)
# "three or ___ men", "___ or four": a pair of neighbouring counts is a set phrase.
OR_BEFORE = re.compile(r"\b([\w-]+)\s+or\s*$", re.IGNORECASE)
OR_AFTER = re.compile(r"^\s+or\s+([\w-]+)", re.IGNORECASE)
# "two men, aged 19 and 22": the list after the counted noun, whose items a student
# can count.
ENUMERATED = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:aged|named|called|including)\s+(.+)$"
)


def self_answering(figure, before: str, after: str) -> bool:
    """Whether the sentence answers its own blank: a phone number to call, the other
    half of "three or four", or a count whose items the sentence then lists ("___
    men, aged 19 and 22")."""
    if PHONE_BEFORE.search(before):
        return True
    if (
        figure.value in EMERGENCY_NUMBERS
        and not figure.suffix
        and not figure.prefix
        and PHONE_WORDS.search(before + " " + after)
    ):
        return True  # "ring 999", "call 101 or Crimestoppers"
    for pattern, text in ((OR_BEFORE, before), (OR_AFTER, after)):
        match = pattern.search(text)
        neighbour = numbers.parse(match.group(1)) if match else None
        if neighbour is not None and abs(neighbour.value - figure.value) <= 2:
            return True
    listed = ENUMERATED.match(after)
    if listed and figure.value <= 6:
        head, sep, last = listed.group(1).partition(" and ")
        items = head.split(",")
        if sep and all(len(i.split()) <= 3 for i in items) and len(items) + 1 == figure.value:
            return True
    return False
