"""Answers a student knows without reading: a piano's 88 keys, the seven days of a
week, the capital of France. A blank on such a fact tests general knowledge, not
the article, so these questions are ranked below the bar."""

import re

from .. import gazetteer

# (value, the words that fix it, within a few words of the figure). Each is a
# constant by definition or convention, not a measurement that news could change.
FIXED_COUNTS = (
    (88, r"piano (?:keys|notes)|keys on (?:a|the) piano|(?:keys|notes) (?:on|of) (?:a|the) piano"),
    (7, r"days (?:in|of) (?:a|the) week|continents|deadly sins|wonders of the"),
    (12, r"months (?:in|of) (?:a|the) year|signs of the zodiac|inches (?:in|to) (?:a|the) foot"),
    (24, r"hours (?:in|of) (?:a|the) day|hours a day"),
    (60, r"minutes (?:in|to) (?:an|the) hour|seconds (?:in|to) (?:a|the) minute"),
    (365, r"days (?:in|of) (?:a|the) year|days a year"),
    (52, r"weeks (?:in|of) (?:a|the) year|cards in (?:a|the) (?:pack|deck)|playing cards"),
    (50, r"(?:US|American) states|states of the (?:US|union|United States)"),
    (8, r"legs of (?:a|the) spider|planets in the solar system|planets"),
    (26, r"letters (?:in|of) the (?:English )?alphabet"),
    (64, r"squares (?:on|of) (?:a|the) (?:chess|draughts)?\s?board"),
    (206, r"bones in the (?:adult )?(?:human )?body"),
    (100, r"degrees (?:Celsius|centigrade)?\s?(?:at which|when) water boils|boiling point"),
    # The year of the net zero target the UK, the EU and most pledges name: a student
    # who follows the news fills "net zero by ___" unread (judges, -107).
    (2050, r"net[- ]zero (?:\w+ )?(?:by|in) ___"),
)


# "Greece has endured increasingly severe fire seasons", "The region has seen ever more
# frequent floods": a trend any reader of the news already knows.
TREND = re.compile(
    r"\b(?:has|have)\s+(?:long\s+)?(?:endured|seen|experienced|faced|suffered|witnessed)\s+"
    r"(?:increasingly|ever[- ]more|more and more|more frequent|more severe|more intense|"
    r"growing|worsening)\b"
    # "climate change is making heatwaves more frequent": the science, not the story
    r"|\bclimate change\b[^.;]{0,60}\b(?:more|increasingly)\s+"
    r"(?:frequent|intense|severe|likely|common)\b",
    re.IGNORECASE,
)


# "The Czech Republic joined the European Union in May last year": a country's entry
# into a union of nations, known from general knowledge whatever the story.
MEMBERSHIP = re.compile(
    r"^(?:The\s+)?(?P<country>[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+(?:had\s+|has\s+)?"
    r"(?:joined|entered|left|quit|became\s+a\s+member\s+of)\s+(?:the\s+)?"
    r"(?:European\s+Union|EU|Nato|NATO|eurozone|euro\s+zone|United\s+Nations|UN"
    r"|World\s+Trade\s+Organi[sz]ation|WTO|Commonwealth)\b"
)
# Words enough for a date after the membership, and no more: the sentence is that fact.
MEMBERSHIP_WORDS = 14


def general_trend(text: str) -> bool:
    """Whether a sentence only tells a general trend, with no figure of the story, or
    a country's membership of a union of nations and nothing else: a statement on it
    is answered without reading."""
    joined = MEMBERSHIP.match(text)
    if joined and len(text.split()) <= MEMBERSHIP_WORDS:
        place = gazetteer.lookup(joined.group("country"))
        if place is not None and place.kind == gazetteer.COUNTRY:
            return True
    return TREND.search(text) is not None and not re.search(r"\d", text)


# "the 27 member states", "all 32 member countries": a union's size, known to any
# reader of the news whatever the story.
MEMBERS = re.compile(r"\s*member (?:states|countries|nations)\b", re.IGNORECASE)


# "78 microgrammes in ___ millilitres of breath", "5 deaths per ___ people": the base
# a rate is measured against is a round convention, not a finding of the story.
# "in" counts only after a measured amount ("78 microgrammes of alcohol in ___"):
# "invested in ___ schools" counts schools.
RATE_BASE = re.compile(
    r"\b(?:per|for every|out of every|of every|every)\s*$"
    r"|\d[\d,.]*\s*(?:[a-z]+\s+of\s+[a-z]+|mg|g|grams|milligrammes|microgrammes)\s+in\s*$",
    re.IGNORECASE,
)
RATE_BASES = {100, 1000, 10000, 100000, 1000000}


def fixed_count(value: float, before: str, after: str) -> bool:
    """Whether the blanked figure is a constant the words around it name: "one of
    ___ piano notes", "the ___ days of the week", or the round base of a rate ("in
    ___ millilitres of breath")."""
    if re.search(r"\b(?:the|all)\s*$", before) and MEMBERS.match(after):
        return True  # "the ___ member states": the size of a union, not the story
    if value in RATE_BASES and RATE_BASE.search(before) and re.match(r"\s+[a-z]", after):
        return True
    near = " ".join(before.split()[-4:]) + " ___ " + " ".join(after.split()[:6])
    for constant, words in FIXED_COUNTS:
        if value == constant and re.search(words, near, re.IGNORECASE):
            return True
    return False


NAME = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


def known_capital(key: str, before: str, after: str = "") -> bool:
    """Whether the blank and a place beside it are a country and its capital, with
    the word "capital" between them: "___, the capital of France" or "Paris, the
    capital of ___" is answered unread by anyone who knows the capital of France."""
    near = " ".join(before.split()[-6:]) + " ___ " + " ".join(after.split()[:6])
    if "capital" not in near.lower():
        return False
    place = gazetteer.lookup(key)
    if place is None:
        return False
    for name in NAME.findall(near):
        other = gazetteer.lookup(name)
        if other is None or other == place:
            continue
        if place.kind == gazetteer.COUNTRY and other.kind == gazetteer.CITY:
            if other.name in gazetteer.capital_of(place):
                return True
        if other.kind == gazetteer.COUNTRY and key in gazetteer.capital_of(other):
            return True
    return False


def capital_beside(key: str, stem: str) -> bool:
    """Whether a country's blank shares its sentence with the country's capital, which
    news writers use for its government ("a charge Kigali denies"): the stem names the
    answer."""
    place = gazetteer.lookup(key)
    if place is None or place.kind != gazetteer.COUNTRY:
        return False
    return any(re.search(rf"\b{re.escape(c)}\b", stem) for c in gazetteer.capital_of(place))


CAPITAL_WORD = re.compile(r"\bthe capital\b", re.IGNORECASE)


def capital_named(key: str, stem: str) -> bool:
    """Whether the blank is a country's capital and the stem calls the place "the
    capital" ("In ___, suburban lines were badly hit ... around the capital"): anyone
    who knows the country's capital answers unread."""
    place = gazetteer.lookup(key)
    if place is None or place.kind != gazetteer.CITY or not CAPITAL_WORD.search(stem):
        return False
    return place.name in gazetteer.capital_of(place)


# Where a government deals with a foreign one: "summoned Norway's ambassador in ___",
# "the British embassy in ___", "the foreign ministry in ___". The seat is the
# country's capital, which common sense names, and it is never the story's point.
DIPLOMATIC = re.compile(
    r"\b(?:summon(?:s|ed|ing)?|ambassadors?|embass(?:y|ies)|envoys?|consulates?|"
    r"consul|diplomats?|foreign (?:ministry|office|minister|secretary)|"
    r"state department)\b[^.;:]{0,60}?\b(?:in|at|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Where commuters travel: "commuter towns within reach of ___", "commute into ___". A
# country's capital is the place anyone names there without reading.
COMMUTE = re.compile(
    r"\b(?:within (?:easy |commuting )?(?:reach|distance) of|"
    r"commut(?:e|es|ed|ing|ers?) (?:in)?to|commuter belt (?:of|around))\s+(?:central\s+)?$",
    re.IGNORECASE,
)


def commuter_capital(key: str, before: str) -> bool:
    """Whether the blank is a capital city that the words before it make the place
    commuters travel to."""
    place = gazetteer.lookup(key)
    if place is None or place.kind != gazetteer.CITY or not COMMUTE.search(before):
        return False
    return place.name in gazetteer.capital_of(place)


def diplomatic_seat(before: str) -> bool:
    """Whether a place's blank is where an ambassador is summoned or an embassy sits."""
    return DIPLOMATIC.search(before) is not None


def country_in_stem(key: str, stem: str, distractors: list[str]) -> bool:
    """Whether the stem names the country of a city key ("Russia has summoned ... in
    ___" for Moscow) and an option lies outside it (Warsaw, Minsk): the country rules
    the stranger out, or, with the capital, names the answer. For a continent key, a
    country in it the stem names does the same."""
    city = gazetteer.lookup(key)
    words = re.findall(r"[A-Z][a-z]+", stem)
    names = words + [" ".join(pair) for pair in zip(words, words[1:], strict=False)]
    if city is not None and city.kind == gazetteer.CONTINENT:
        # "on the border of Poland and Belarus, ... in ___": the continent of a country
        # the stem names is common knowledge, and the other continents absurd.
        code = gazetteer.CONTINENT_CODES.get(city.name)
        return code is not None and any(
            (place := gazetteer.lookup(name)) is not None
            and place.kind == gazetteer.COUNTRY
            and place.continent == code
            for name in names
        )
    if city is None or city.kind != gazetteer.CITY:
        return False
    named = any(
        (place := gazetteer.lookup(name)) is not None
        and place.kind == gazetteer.COUNTRY
        and place.country == city.country
        for name in names
    )
    if not named:
        return False
    if city.name in gazetteer.capital_of(city):
        return True  # the capital of the country the stem names: known unread
    return any(
        (place := gazetteer.lookup(d)) is None or place.country != city.country for d in distractors
    )
