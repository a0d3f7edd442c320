"""Entities the article ties together, which can never stand against each other.

When the article says Unosat is "part of the Respond consortium", a question
whose answer is Respond cannot offer Unosat: what Unosat does, Respond does.
Two mentions in one sentence are tied when the words between them say so
("part of", "member of", "partner", "subsidiary", ...), when one is in
apposition to the other ("Unosat, the UN mapping organisation"), or when one
owns the other ("Respond's partner Sertit", "Respond imaging partner Sertit").

A few bodies belong to a parent so well known that articles never say so: the
World Food Programme is part of the UN, the European Commission of the EU, and
a Red Crescent society of the Red Cross movement. Such a body and its parent
are tied wherever the article names them.
"""

import re

from .entities import ORG, Entity

TIE_WORDS = re.compile(
    r"\b(?:(?:part|members?|one|unit|arm|division|branch|wing|owner) of|owned by|owns|"
    r"subsidiar(?:y|ies)|partners?|affiliated?|parent|sister|including|includes|"
    r"consortium)\b",
    re.IGNORECASE,
)
MAX_WORDS_BETWEEN = 14


def tied(article, entity: Entity) -> set[int]:
    """ids of the entities the article ties to entity (in any sentence)."""
    cache = article.__dict__.get("_ties")
    if cache is None:
        cache = article.__dict__["_ties"] = _all_ties(article)
    return cache.get(id(entity), set())


# parent's names -> its members' names (lower case); names starting "UN " or "EU "
# are members too.
FAMILIES = (
    (
        {"un", "united nations"},
        {
            "world food programme",
            "wfp",
            "unicef",
            "unhcr",
            "un refugee agency",
            "world health organization",
            "world health organisation",
            "who",
            "undp",
            "unesco",
            "unep",
            "unfpa",
            "unrwa",
            "ocha",
            "unosat",
            "fao",
            "food and agriculture organization",
            "iaea",
            "international atomic energy agency",
            "unaids",
        },
    ),
    (
        {"eu", "european union"},
        {
            "european commission",
            "european parliament",
            "european council",
            "council of the european union",
            "european central bank",
            "ecb",
            "european court of justice",
        },
    ),
)
RED_CROSS = re.compile(r"\b(?:red cross|red crescent|icrc|ifrc)\b", re.IGNORECASE)


def _family(a: str, b: str) -> bool:
    """Whether one name is a well-known parent of the other (see the docstring)."""
    a, b = a.lower(), b.lower()
    if RED_CROSS.search(a) and RED_CROSS.search(b):
        return True
    for parents, members in FAMILIES:
        for parent, member in ((a, b), (b, a)):
            prefixes = tuple(p + " " for p in parents)
            if parent in parents and (member in members or member.startswith(prefixes)):
                return True
    return False


def _all_ties(article) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    orgs = [e for e in article.entities if e.type == ORG]
    for i, first in enumerate(orgs):
        for second in orgs[i + 1 :]:
            if _family(first.name, second.name):
                found.setdefault(id(first), set()).add(id(second))
                found.setdefault(id(second), set()).add(id(first))
    for sentence in article.sentences:
        mentions = sorted(article.mentions_in(sentence), key=lambda m: m.start)
        for i, first in enumerate(mentions):
            for second in mentions[i + 1 :]:
                if first.entity is second.entity or first.entity is None or second.entity is None:
                    continue
                if _tie(article, sentence, first, second):
                    found.setdefault(id(first.entity), set()).add(id(second.entity))
                    found.setdefault(id(second.entity), set()).add(id(first.entity))
    for member, group in _members_told_back(article):
        found.setdefault(id(member), set()).add(id(group))
        found.setdefault(id(group), set()).add(id(member))
    return found


# "... one of those organisations, the German Aerospace Centre": a member of a group
# the sentence before named ("Respond organisations that specialise in ...").
ONE_OF_THOSE = re.compile(
    r"\b(?:one|some|two|three|several|each|all|many|most) of (?:those|these|the|its|their)\s+"
    r"([a-z]+s)\b[,\s]*(?:the\s+)?$",
    re.IGNORECASE,
)
GROUP_NOUNS = (
    "organisations organizations members partners companies firms groups bodies "
    "institutions agencies universities laboratories"
).split()


def _members_told_back(article):
    """(member, group) for a body named as one of a group's members the sentence before
    names: "Respond organisations ..." then "one of those organisations, the German
    Aerospace Centre"."""
    pairs = []
    for sentence in article.sentences[1:]:
        for mention in article.mentions_in(sentence):
            if mention.entity is None or mention.type != ORG:
                continue
            told = ONE_OF_THOSE.search(article.body[sentence.start : mention.start])
            if told is None or told.group(1).lower() not in GROUP_NOUNS:
                continue
            noun = told.group(1).lower()
            before = article.sentences[sentence.index - 1]
            for other in article.mentions_in(before):
                after = article.body[other.end : other.end + len(noun) + 4].lower()
                if (
                    other.entity is not None
                    and other.type == ORG
                    and (after.lstrip(" '\u2019s").startswith(noun))
                ):
                    pairs.append((mention.entity, other.entity))
    return pairs


def _tie(article, sentence, first, second) -> bool:
    between = article.body[first.end : second.start]
    if len(between.split()) > MAX_WORDS_BETWEEN:
        return False
    if between.startswith(("'s", "\u2019s")) and len(between.split()) <= 3:
        return True  # "Respond's partner Sertit"
    if TIE_WORDS.search(between) and not re.search(r"[;.]|\band\b", between.strip(", ")):
        return True
    return _apposed(sentence, first, second) or _apposed(sentence, second, first)


def _apposed(sentence, outer, inner) -> bool:
    """Whether inner lies inside an apposition to outer ("Unosat, the UN ... organisation")."""
    span = sentence.span
    offset = sentence.start - span.start_char
    tokens = [t for t in span if outer.start <= t.idx + offset < outer.end]
    if not tokens:
        return False
    root = tokens[-1]
    for child in root.children:
        if child.dep_ == "appos":
            lo = child.left_edge.idx + offset
            hi = child.right_edge.idx + len(child.right_edge.text) + offset
            if lo <= inner.start and inner.end <= hi:
                return True
    return False
