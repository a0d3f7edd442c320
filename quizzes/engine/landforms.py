"""Names of places that are no settlement: streets, rivers, mountains, lakes.

NER calls such names people ("Holme Lane", "Ben Corran") or organisations ("the
Matterhorn", "Mont Blanc"). No gazetteer lists them, and a mountain offered among
organisations (or a person) is absurd: never asked about and never offered.
"""

import re

# The last word of a place's name ("Holme Lane", "Mill Lane Stadium"): NER often calls
# such names people, but no person is called "X Street".
PLACE_NAME_ENDS = {
    "lane",
    "road",
    "street",
    "avenue",
    "square",
    "stadium",
    "arena",
    "airport",
    "station",
    "bridge",
    "river",
    "lake",
    "crescent",
    "terrace",
    "boulevard",
}
# "County Durham", "Greater Glasgow" (judges failed the health board's "Greater Glasgow"
# offered as a speaker, 2026.11-87), "Kibbutz Be'eri" (offered as a speaker twice, -119).
PLACE_NAME_STARTS = {
    "river", "lake", "mount", "loch", "port", "county", "greater", "kibbutz", "moshav",
}  # fmt: skip
# "Ben Corran", "Glen Arrach", "Loch Arkaig", "Cape Wrath", "Mont Blanc": a first word
# that makes a name a mountain, valley, lake or headland. "Ben" and "Glen" are given
# names too, so those need a mountain's context somewhere in the article ("the summit
# of Ben X").
LANDFORM_STARTS = {
    "ben",
    "glen",
    "loch",
    "mount",
    "mont",
    "monte",
    "piz",
    "lake",
    "cape",
    "port",
    "fort",
    # Welsh and Irish: "Llyn Tegid" (a lake), "Lough Neagh", "Afon Teifi" (a river),
    # "Mynydd Preseli" (a mountain). NER calls them people.
    "llyn",
    "lough",
    "afon",
    "mynydd",
}
_GIVEN_NAME_STARTS = {"ben", "glen"}
_LANDFORM_BEFORE = {"summit", "slopes", "slope", "peak", "climbing", "climb", "climbed", "top"}
_LANDFORM_AFTER = {"summit", "ledge", "ridge", "peak", "slopes", "mountain", "hill", "valley"}
# Words near a name NER calls an organisation that only a mountain has around it:
# "trapped on a ledge high on the Matterhorn", "the summit of Mont Blanc", "since it
# was first climbed". No firm or body has a ledge or is climbed. "Summit" alone is not
# enough ("the Nato summit"), nor "climbed" after the name ("Tesco shares climbed").
_MOUNTAIN_NEAR = {"ledge", "ledges", "glacier", "crevasse", "ridge", "slopes"}
_MOUNTAIN_OF = {"summit", "slopes", "ascent", "flanks"}
_CLIMBED = {"climbed", "climbing", "scaled"}
_CLIMBED_AFTER = re.compile(r"^\W*(?:since|when|after|before)\s+it\s+was\s+(?:first\s+)?climbed\b")


def landform(name_words, titles, place, doc) -> bool:
    """ "Ben Corran", "Mount Kenya", "Loch Ness": a landform's name (see LANDFORM_STARTS)
    whose second word is no given name. "Ben" and "Glen" also need a landform's context
    at one of the name's appearances in the article. (A mountain without such a first
    word is found by mountains, for the whole article.)"""
    from .names import GIVEN_NAMES

    if titles or place is not None or _org_words(name_words):
        return False  # "Glen Arrach Mountain Rescue Team": an organisation
    if len(name_words) < 2:
        return False
    first = name_words[0].lower_
    if first not in LANDFORM_STARTS or name_words[1].text in GIVEN_NAMES:
        return False
    if first not in _GIVEN_NAME_STARTS:
        return True
    for i in _appearances(name_words, doc):
        size = len(name_words)
        before = {t.lower_ for t in doc[max(0, i - 3) : i]}
        after = doc[i + size].lower_ if i + size < len(doc) else ""
        preposition = doc[i - 1].lower_ if i else ""
        if before & _LANDFORM_BEFORE or after in _LANDFORM_AFTER or preposition in ("on", "up"):
            return True
    return False


def mountain(name_words, doc) -> bool:
    """Whether one of the name's appearances has a mountain's words around it."""
    size = len(name_words)
    for i in _appearances(name_words, doc):
        sentence = doc[i].sent
        window = doc[max(sentence.start, i - 5) : min(sentence.end, i + size + 6)]
        if {t.lower_ for t in window} & _MOUNTAIN_NEAR:
            return True
        before = [t.lower_ for t in doc[max(sentence.start, i - 3) : i] if t.lower_ != "the"]
        if before[-2:-1] and before[-1] == "of" and before[-2] in _MOUNTAIN_OF:
            return True  # "the summit of Mont Blanc"
        if before[-1:] and before[-1] in _CLIMBED:
            return True  # "had climbed the Eiger"
        if _CLIMBED_AFTER.match(doc[i + size : sentence.end].text):
            return True
    return False


def mountains(sentences) -> set[str]:
    """Lower-case names NER calls an organisation, facility or location that one of
    the article's sentences shows is a mountain: retyped at every appearance, also
    where nothing around them says so ("More than 500 people have died on the X")."""
    found = set()
    for sentence in sentences:
        for ent in sentence.span.ents:
            words = [t for t in ent if t.lower_ != "the"]
            if ent.label_ in ("ORG", "FAC", "LOC") and words and not _org_words(words):
                if mountain(words, ent.doc):
                    found.add(" ".join(t.text for t in words).lower())
    return found


def _appearances(name_words, doc):
    size = len(name_words)
    wanted = [t.text for t in name_words]
    for i in range(len(doc) - size + 1):
        if [doc[i + k].text for k in range(size)] == wanted:
            yield i


def _org_words(name_words) -> bool:
    from .entities import ORG_NOUNS
    from .orgs import NAME_ENDS

    return bool({t.lower_ for t in name_words} & (ORG_NOUNS | NAME_ENDS))
