"""What the words around a blank say about the options that can fill it: "Russia's
___" takes only a Russian, "the James Paget ___" only a hospital, "the village of
___" no capital city."""

import re

from .. import gazetteer

OWNER = re.compile(r"([A-Z][\w-]+)['\u2019]s\s+$")


def country_owns(before: str) -> bool:
    """Whether the blank follows a country's or town's possessive ("Russia's ___"):
    a person from elsewhere is ruled out by the stem."""
    match = OWNER.search(before)
    return match is not None and gazetteer.lookup(match.group(1)) is not None


# The last word of a name that says what sort of place an organisation is: "She was
# taken to the James Paget ___" needs hospitals, never a regulator; "Chief Constable X,
# of ___" a police force, never a ministry.
INSTITUTIONS = {
    "hospital",
    "infirmary",
    "clinic",
    "university",
    "college",
    "school",
    "academy",
    "prison",
    "museum",
    "gallery",
    "theatre",
    "hotel",
    "airport",
    "court",
    "police",
    "constabulary",
    "council",
}


def same_institution(name: str, distractors: list[str]) -> list[str]:
    """For an organisation named as an institution, only names of the same sort."""
    last = name.split()[-1].lower()
    if last not in INSTITUTIONS:
        return distractors
    return [d for d in distractors if d.split()[-1].lower() == last]


def same_sort(name: str, option: str) -> bool:
    """Whether option may stand in name's slot: an institution ("Sheffield Crown
    Court", "the James Paget Hospital") only for one of its own sort, and no institution
    for a name that is none ("a jury at the Royal Navy" for "at Sheffield Crown
    Court")."""
    mine, theirs = name.split()[-1].lower(), option.split()[-1].lower()
    if mine in INSTITUTIONS or theirs in INSTITUTIONS:
        return mine == theirs
    return True


# "In the village of ___": Istanbul or Ankara is no village.
VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)s?\s+(?:of\s+)?$", re.IGNORECASE)


def _big_town(name: str) -> bool:
    place = gazetteer.lookup(name)
    return place is not None and (place.kind == gazetteer.COUNTRY or place.population >= 50000)


def no_big_towns(before: str, distractors: list[str]) -> list[str]:
    """After "the village of", no city or country the gazetteer knows as big."""
    if not VILLAGE_BEFORE.search(before):
        return distractors
    return [d for d in distractors if not _big_town(d)]


# Verbs by which a body gives a figure it found: "the survey said the epicentre was
# 45km away", "the agency recorded 140 aftershocks".
REPORTING_VERBS = {"say", "report", "record", "measure", "estimate", "count", "put", "find"}
MEASURES = ("QUANTITY", "PERCENT", "CARDINAL")


def measuring_bodies(article, sentence, key, distractors: list[str]) -> list[str]:
    """For a body that reports a measurement ("said the epicentre was at a depth of
    33km"), the other bodies the article also cites giving a figure: an aid charity
    beside a geological survey is ruled out by common sense. Other claims keep every
    option."""
    if not any(e.label_ == "QUANTITY" for e in sentence.span.ents):
        return distractors
    kept = []
    for name in distractors:
        entity = next((e for e in article.entities if e.name == name and e is not key), None)
        if entity is not None and any(
            m.dep == "nsubj"
            and m.head_lemma in REPORTING_VERBS
            and any(e.label_ in MEASURES for e in article.sentences[m.sentence].span.ents)
            for m in entity.mentions
        ):
            kept.append(name)
    return kept


# "in Devon", "in the Highlands": a county or a region that holds the place before it.
PLACED_IN = re.compile(r",?\s+in\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def county_after(after: str) -> bool:
    """Whether the words after a place put it in a county or a region ("Exmouth in
    Devon"): which county a town lies in is common knowledge the swap or the options
    cannot check (the gazetteer knows no counties), so another town there gives
    itself away ("Weymouth in Devon", "Chippenham in Devon")."""
    held = PLACED_IN.match(after)
    if held is None:
        return False
    name = held.group(1)
    place = gazetteer.lookup(name)
    return name.split()[0] in gazetteer.COUNTIES or (
        place is not None and place.kind in (gazetteer.COUNTRY, gazetteer.REGION)
    )
