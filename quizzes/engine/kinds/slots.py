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
