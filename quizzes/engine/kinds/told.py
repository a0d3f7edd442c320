"""What a name question's stem tells about its answer besides the blank: the kind of
thing it is ("the ___ - a joint effort by think tanks"), which every option must be,
and that it is where a named person comes from, which the person's name tells."""

import re

from .. import gazetteer, refer
from ..article import Article
from ..entities import PERSON, Mention
from ..nlp import Sentence

# What a dash or comma after the blank may call the answer: "the ___ - a joint effort
# by right of centre think tanks ...", "the ___, a housing charity, ...".
KIND_AFTER = re.compile(
    r"^\s*(?:-|\u2013|\u2014|,)\s*(?:a|an|the)\s+([^,;:.()\u2013\u2014-]{0,60})"
)
KINDS = (
    "think tank",
    "charity",
    "union",
    "club",
    "party",
    "pressure group",
    "campaign group",
    "lobby group",
    "trade body",
    "trade association",
    "watchdog",
    "regulator",
    "quango",
    "university",
    "college",
    "hospital",
    "band",
    "orchestra",
    "consortium",
)


def kind_shared(article: Article, stem: str, distractors: list[str]) -> bool:
    """Whether every option is the kind of thing the words after the blank call the
    answer: a think tank among quangos is told by the stem alone."""
    found = KIND_AFTER.search(stem.partition("___")[2])
    if found is None:
        return True
    words = found.group(1).lower()
    # "a joint effort by right of centre think tanks": the kind of its makers too.
    kind = next((k for k in KINDS if re.search(rf"\b(?:{k}s?|{k[:-1]}ies)\b", words)), None)
    if kind is None:
        return True
    head = kind.split()[-1]
    roles = refer.roles(article)
    holders = {e.name for word in (kind, head) for e in roles.get(word, ())}
    return all(name in holders or head in name.lower().split() for name in distractors)


# A name joined to the blank: "___ and the smaller Carrbrook Hospital", "Leeds
# University or ___". Its last word is the kind of thing both are.
JOINED_AFTER = re.compile(
    r"^\s*,?\s*(?:and|or)\s+(?:the\s+)?(?:[a-z]+\s+)?((?:[A-Z][\w'\u2019&-]*\s+)*[A-Z][\w'\u2019&-]*)"
)
JOINED_BEFORE = re.compile(
    r"[A-Z][\w'\u2019&-]*\s+([A-Z][\w'\u2019&-]*)(?:\s+in\s+[A-Z][\w-]*)?,?\s+(?:and|or)\s+(?:the\s+)?$"
)


def kind_beside(stem: str, name: str, distractors: list[str]) -> bool:
    """Whether a name joined to the blank ends in a word of the key's name that no
    other option has: beside "the smaller Carrbrook Hospital", only the hospital fits."""
    before, _, after = stem.partition("___")
    joined = JOINED_AFTER.match(after)
    head = joined.group(1).split()[-1] if joined else None
    if head is None:
        joined = JOINED_BEFORE.search(before)
        head = joined.group(1) if joined else None
    if head is None or len(head) < 4 or head.lower() not in name.lower().split():
        return False
    return not any(head.lower() in d.lower().split() for d in distractors)


# "Victor Wong, a graduate student from ___": where a named person comes from.
FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)


def home_of_person(article: Article, sentence: Sentence, mention: Mention) -> bool:
    """Whether the place is the country a person the sentence names comes from: his
    name tells the answer, and the options are countries no one would pick."""
    if not FROM_BEFORE.search(article.body[sentence.start : mention.start]):
        return False
    place = gazetteer.lookup(mention.entity.name)
    if place is not None and place.kind == gazetteer.CITY:
        return False  # "the 23-year-old from Birmingham": no name tells the town
    return any(
        m.type == PERSON and m.end <= mention.start for m in article.mentions_in(sentence)
    ) or (article.body[sentence.start : mention.start].lower().lstrip().startswith(("he ", "she ")))
