"""Blanks the sentence itself fills: a phone number to call, the other half of
"three or four" or of "the tenth year in 11", or a count of things the sentence goes
on to list. And counts that only size the background ("one of 22 local
authorities")."""

import re

from .. import numbers

# "one of 22 local authorities", "between the 22 councils": the size of a fixed set
# the story happens in, not what happened.
BACKGROUND_COUNT = re.compile(
    r"\b(?:one of\s+(?:the\s+|its\s+)?|(?:between|among|each of)\s+(?:the|its)\s+)$", re.I
)
# "the LGA, which represents 350 councils", "a union with 300,000 members": the size
# of a body the story mentions, told in passing, not what it did.
ROUGHLY = r"(?:about |around |more than |over |some |nearly |almost |roughly )?"
MEMBERSHIP_BEFORE = re.compile(
    rf"\brepresent(?:s|ing|ed)?\s+{ROUGHLY}$"
    rf"|\b(?:(?:which|that|who) (?:has|have|had)|with) {ROUGHLY}$",
    re.IGNORECASE,
)
MEMBERS_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:members|employees|staff|branches|affiliates)\b")


def background_size(before: str, after: str) -> bool:
    """Whether a figure sizes a body in passing: how many it represents, or the
    members or staff a clause gives it ("which has 5,000 members")."""
    found = MEMBERSHIP_BEFORE.search(before)
    if found is None:
        return False
    return found.group(0).lower().startswith("represent") or MEMBERS_AFTER.match(after) is not None


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
# "two men, aged 19 and 22", "two models, a hatchback and an electric crossover": the
# list after the counted noun, whose items a student can count.
ENUMERATED = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"(?:,?\s+(?:aged|named|called|including)\s+|,\s+(?=(?:an?|the)\s))(.+)$"
)


# "the tenth year in 11", "the third time in four years", "the second month out of
# the last five": an ordinal counted within a span, whose length is the idiom's
# other half, not a fact of its own.
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
ORDINAL_IN_BEFORE = re.compile(
    rf"\b({'|'.join(ORDINALS)}|\d+(?:nd|rd|th))\s+"
    r"(?:[a-z]+\s+){1,2}?(?:in|out\s+of)\s+(?:the\s+)?(?:last\s+|past\s+)?$",
    re.IGNORECASE,
)


def ordinal_span(before: str, figure) -> bool:
    """Whether the figure is the span an ordinal is counted in: the "11" of "the tenth
    year in 11"."""
    match = ORDINAL_IN_BEFORE.search(before)
    if match is None or figure.is_year or figure.suffix or figure.decimals:
        return False  # "third in 45.30": a race time, no span
    word = match.group(1).lower()
    place = int(word[:-2]) if word[:1].isdigit() else ORDINALS.get(word)
    return place is not None and place <= figure.value


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
    if listed and figure.value <= 10 and listed.group(1).count(",") >= 2:
        # "in ___ different areas including sports, arts and culture, and also outdoor
        # activities, civic engagement and life skills": the student counts the list,
        # and "arts and culture" may be one or two (judges, -107).
        return True
    return False


def names_listed(span, value: float) -> bool:
    """Whether the sentence names as many things as a small count, in a list ("two
    new lines, running south to Clifton and west to Chilwell", "face Fulham, Wigan
    and Portsmouth in their next three matches"): another count would be
    contradicted by the statement itself."""
    if not 2 <= value <= 6 or value != int(value):
        return False
    if _named_after(span) == int(value):
        return True
    # A list of names joined as one phrase ("Fulham, Wigan and Portsmouth") anywhere
    # in the sentence, counted by its conjuncts.
    # "Two wheel-based Emiews, Pal and Chum, ...": the parser joins the names set off
    # after the counted word to it, so they are one fewer than its list.
    counted = {t.head.i for t in span if t.dep_ == "nummod"}
    for token in span.sent:
        if span.start <= token.i < span.end or token.dep_ == "conj" or token.pos_ != "PROPN":
            continue
        if _conjuncts(token) == int(value):
            return True
        if token.i in counted and _conjuncts(token) - 1 == int(value):
            return True
    return False


def _conjuncts(token) -> int:
    names = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return 1 + sum(_conjuncts(c) for c in names) if names else 1


def _named_after(span) -> int:
    """How many names follow span in its sentence when they form a list, else 0."""
    names, previous, joined = 0, None, False
    for token in span.doc[span.end : span.sent.end]:
        if names and token.pos_ == "VERB":
            break  # "Gazprom and Baikal Finance Group, named after a lake in Siberia"
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            if previous is None or previous != token.i - 1:
                names += 1
            previous = token.i
        elif token.lower_ in ("and", "or") and names:
            joined = True
    return names if joined else 0


# Verbs whose bare count can only be of people: "police arrested 12", "three died".
PEOPLE_VERBS = {
    "arrest", "kill", "injure", "hurt", "wound", "rescue", "evacuate", "detain", "charge",
    "hire", "employ", "sack", "treat", "die", "survive", "drown", "jail", "convict",
}  # fmt: skip


# Words that only scale a count ("five million"): the count still names no thing.
SCALE_WORDS = {"thousand", "million", "billion", "m", "bn"}


def _bare_subject(token) -> bool:
    """ "The answer", "the total": a subject that is only "the" and a noun."""
    return (
        token.dep_ == "nsubj"
        and token.pos_ == "NOUN"
        and [c.lower_ for c in token.children] == ["the"]
    )


def elliptical_count(sentence) -> bool:
    """Whether the sentence uses a bare count as a noun whose thing it leaves to an
    earlier sentence: "Ministers want 200 to be open" (academies, named before), "The
    two met in Paris". Lifted out alone, the count has lost what it counts. A count
    beside another that names its noun ("600 posts will go in Bristol, while a further
    450 will be lost in Leeds") borrows that noun."""
    if any(t.dep_ == "nummod" and t.head.pos_ == "NOUN" for t in sentence.span):
        return False
    for ent in sentence.span.ents:
        if ent.label_ != "CARDINAL":
            continue
        token = ent.root
        # "There will certainly be five million by the end of the year": five million
        # of what, the sentence before said.
        there = token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children)
        # "The answer is just four": four of what, the question before it said (-107).
        bare = token.dep_ == "attr" and any(_bare_subject(c) for c in token.head.children)
        if token.pos_ != "NUM" or (
            token.dep_ not in ("nsubj", "nsubjpass", "dobj") and not there and not bare
        ):
            continue
        figure = numbers.parse(ent.text)
        scale = figure is not None and figure.suffix.strip() in SCALE_WORDS
        if figure is None or figure.is_year or (figure.suffix and not scale) or figure.prefix:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # "judged 30 of them": the sentence says of what
        if token.head.lemma_.lower() in PEOPLE_VERBS:
            continue  # "police arrested 12": people, by the verb
        return True
    return False
