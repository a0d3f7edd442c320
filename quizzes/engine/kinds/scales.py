"""Figures on a fixed scale (star ratings, ages, snooker breaks, magnitudes) and
figures the sentence also gives in other units: what keeps a number blank's
alternatives believable, and what gives a blank away."""

import re

from .. import numbers

AGED = re.compile(r"\b(?:aged|age of)\s*$", re.IGNORECASE)
# "those over 60", "voters aged under 30": the age an age group starts or ends at,
# a round age; "those over 150" is no age group.
AGE_GROUP = re.compile(
    r"\b(?:(?:those|people|voters|adults|pensioners|anyone|everyone|residents|patients|"
    r"women|men|children|aged)\s+(?:over|under|above|below))\s*$",
    re.IGNORECASE,
)
STARS = re.compile(r"^\s+(?:out of five\s+)?stars?\b", re.IGNORECASE)


CENTURY = re.compile(r"^,?\s+(?:his|her|their|a|the)\s+(?:\w+\s+)?century\b", re.IGNORECASE)
# "made four century breaks, including a ___ that ...": the blank is one of them.
CENTURY_BEFORE = re.compile(
    r"\bcentur(?:y|ies)\b(?:\s+breaks?)?[^.]{0,80}\b(?:a|an|his|her)\s+$", re.IGNORECASE
)
BREAKS_OF = re.compile(r"\bbreaks?\s+of\s+(?:\d+,?\s+)*(?:and\s+)?$", re.IGNORECASE)
BREAK = re.compile(r"\b(?:breaks?|snooker|frames?)\b", re.IGNORECASE)


# A quake's magnitude: "measured 6.4 on the Richter scale", "the strongest measuring
# 4.8", "a magnitude 5.9 tremor".
MAGNITUDE_BEFORE = re.compile(r"\b(?:measur(?:ed|ing)|magnitude(?: of)?)\s*$", re.IGNORECASE)
RICHTER_AFTER = re.compile(r"^\s+(?:on the Richter scale|magnitude)\b", re.IGNORECASE)


# "six days a week", "24 hours a day", "open ___ months a year": a count of one unit
# within a longer one, which it never exceeds.
PER_PERIOD = re.compile(
    r"^\s*(days?|hours?|months?)\s+(?:a|per|each|every)\s+(week|day|year)\b", re.IGNORECASE
)
PERIOD_LENGTH = {("day", "week"): 7, ("hour", "day"): 24, ("month", "year"): 12}
# "cut her opening hours to ___", "reduced to ___": a level lowered from a higher one.
CUT_TO = re.compile(
    r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trimm(?:ed|ing))\b"
    r"[^.;]{0,40}\bto\s+$",
    re.IGNORECASE,
)


def fixed_scale(before: str, after: str, unit: str = "") -> tuple[int, int, tuple[int, ...]] | None:
    """(lowest, highest, steps) for a figure on a fixed scale: a star rating runs
    from one to five, an age moves by a few years (81 -> 78, never 162), and a score
    the sentence calls a century is from 100 to 199 (never 74), a magnitude moves by
    less than one. unit is the key's own unit word ("days" of "six days"): days a
    week run from one to seven, and a cut to so many is never the full week."""
    period = PER_PERIOD.match(unit + after)
    if period:
        part, whole = period.group(1).lower().rstrip("s"), period.group(2).lower()
        high = PERIOD_LENGTH.get((part, whole))
        if high is not None:
            high -= CUT_TO.search(before) is not None
            return 1, high, (1, -1, 2, -2, 3, -3)
    if STARS.match(after):
        return 1, 5, (1, -1, 2, -2, 3, -3)
    if BREAKS_OF.search(before):
        return 1, 147, (-21, 12, -9, 17, -15, 6)  # "breaks of 71, 93 and ___"
    if CENTURY.match(after) or CENTURY_BEFORE.search(before):
        # A snooker break is at most 147.
        high = 147 if BREAK.search(before + after) else 199
        return 100, high, (-27, 16, 31, -12, 42, -38, 5, -5)
    if AGE_GROUP.search(before):
        return 1, 100, (-10, 5, 10, -5, 15, -15)
    if AGED.search(before):
        return 1, 110, (-4, 3, 6, -7, 9, -2)
    if MAGNITUDE_BEFORE.search(before) or RICHTER_AFTER.match(after):
        return 1, 9, (-0.4, 0.3, -0.7, 0.5, -1.0)  # an aftershock of 4.8 is never 9.6
    return None


# "stood at 96%, well above the ___ level", "___, far below the 85% target": the
# sentence says the two figures lie far apart, so an option near the printed one
# (95%) is ruled out by the stem.
FAR_WORDS = r"(?:well|far|much|way|significantly|comfortably|substantially)\s+"
COMPARED = r"(?:above|below|over|under|higher than|lower than|more than|less than|short of)"
FAR_BEFORE = re.compile(FAR_WORDS + COMPARED + r"\s+(?:the\s+|a\s+|an\s+)?[£$€]?$", re.I)
FAR_AFTER = re.compile(r"^[^.;]{0,40}?,\s+" + FAR_WORDS + COMPARED + r"\s", re.IGNORECASE)


# "will see a slightly smaller increase of ___", "a slightly higher ___": the blank is
# told only as a little off another figure, so options far from that figure are ruled
# out by the stem and the rest differ from the key by a pound or two.
SLIGHTLY_BEFORE = re.compile(
    r"\b(?:slightly|marginally|a little|a bit)\s+(?:smaller|larger|bigger|higher|lower|"
    r"greater|less|more|fewer|cheaper|dearer)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)


def slightly_off(before: str) -> bool:
    """Whether the blank is told as slightly more or less than another figure."""
    return SLIGHTLY_BEFORE.search(before) is not None


def far_from(before: str, after: str, value: float, sides: set[float]) -> set[float]:
    """Halfway points between the blank and the figures a "well above" or "far below"
    sets it against: an option stays on the blank's side of them (see
    numbers.alternatives), so none sits close beside the printed figure."""
    if not (FAR_BEFORE.search(before) or FAR_AFTER.match(after)):
        return set()
    return {(value + other) / 2 for other in sides if other != value}


# "rise from ___ to £90", "cut from £75 to ___": the other end of the change, which
# NER may miss ("£90" left untagged).
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
TO_AFTER = re.compile(r"^\s+to\s+(\S+)")
FROM_TO_BEFORE = re.compile(r"\bfrom\s+(\S+)\s+to\s+$")


def change_end(before: str, after: str, key) -> set[float]:
    """The figure at the other end of "from ___ to X" or "from X to ___", in the key's
    unit: an option past it ("rise from £95 to £90") is ruled out by the sentence, so
    options stay on the key's side of it (see numbers.alternatives)."""
    match = TO_AFTER.match(after) if FROM_BEFORE.search(before) else FROM_TO_BEFORE.search(before)
    other = numbers.parse(match.group(1).rstrip(".,;:")) if match else None
    if other is None or not numbers.same_unit(other, key) or other.value == key.value:
        return set()
    return {other.value}


def within(figure, scale, avoid: set[float]) -> list[str]:
    low, high, steps = scale
    values = [figure.value + step for step in steps]
    kept = [v for v in values if low <= v <= high and v not in avoid]
    return [figure.format(v) for v in kept[:3]]


CURRENCY_WORDS = r"(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|roubles?|rand|kronor)"
# "€2.4bn (___)", "2.4bn euros (___)": the blank is the other currency's sum.
CONVERSION_BEFORE = re.compile(
    r"(?:(?:US|A|C|HK|NZ)?[£$€¥]\s?[\d.,]+\s?(?:bn|m|billion|million)?|[\d.,]+\s?(?:bn|m|billion|million)?\s+"
    + CURRENCY_WORDS
    + r")\s*\($",
    re.IGNORECASE,
)
CONVERSION_AFTER = re.compile(r"^\s*\(\s*(?:or\s+)?(?:US|A|C|HK|NZ)?[£$€¥]\s?\d")
SIGN_BEFORE = re.compile(r"(?:US|A|C|HK|NZ)?[£$€¥]\s?$")
# "10 miles (16km)", "6ft (1.8m)", "30 kilometers (or 18.6 miles)": a measure beside
# itself in other units.
UNITS = (
    r"(?:km|kilometres?|kilometers?|miles?|mi|m|metres?|meters?|cm|mm|ft|feet|foot|in|"
    r"inches|kg|kilos?|g|lbs?|pounds|st|stones?|tonnes?|tons?|mph|km/h|kph|acres?|"
    r"hectares?|ha|litres?|gallons?|°[CF]|[CF])"
)
MEASURE_BEFORE = re.compile(r"[\d.,]+\s?" + UNITS + r"\s*\($")
MEASURE_AFTER = re.compile(
    r"^(?:\s?" + UNITS + r")?\s*\(\s*(?:or )?(?:about |around |nearly )?[\d.,]+\s?" + UNITS + r"\b"
)


# "2.9bn euros (£1.99bn)", "€2.4bn ($3bn)": the bracket after a sum, which the stem
# can leave out. Group 1 is what stays (a currency word), group 2 the bracket.
BRACKET_AFTER = re.compile(
    r"^((?:\s*" + CURRENCY_WORDS + r")?)"
    r"(\s*\(\s*(?:about |around |nearly |some )?[£$€]\s?[\d.,]+\s?"
    r"(?:bn|m|k|billion|million|thousand)?\s*\))",
    re.IGNORECASE,
)


def conversion_after(after: str) -> tuple[int, int] | None:
    """(start, end) within after of a bracketed sum in another currency that follows a
    blanked sum: left in the stem, anyone who can convert reads the blank off it."""
    match = BRACKET_AFTER.match(after)
    return match.span(2) if match else None


def converted(before: str, after: str) -> bool:
    """Whether a sum stands beside itself in another currency, or a measure in other
    units, in brackets: anyone who can convert reads the blank off the other."""
    # The figure's own currency sign stands outside its span: "$13bn (£" + "8bn".
    before = SIGN_BEFORE.sub("", before)
    return bool(
        CONVERSION_BEFORE.search(before)
        or CONVERSION_AFTER.match(after)
        or MEASURE_BEFORE.search(before)
        or MEASURE_AFTER.match(after)
    )


# "left interest rates on hold at ___", "raised its key rate to ___": a central bank's
# rate. Such rates move in steps of a quarter point, so 4.59% or 3.70% beside 4.75% is
# ruled out by a reader who knows that much (judges failed both).
POLICY_RATE_BEFORE = re.compile(
    r"\b(?:interest rates?|base rates?|bank rates?|lending rates?|key rates?|"
    r"benchmark rates?|federal funds rate)\b[^.;]{0,60}\b(?:at|to|from|by)\s*$",
    re.IGNORECASE,
)
# "said rates would stay at ___" in a story that speaks of interest rates: the same rate.
RATES_BEFORE = re.compile(r"\brates?\b[^.;]{0,40}\b(?:at|to|from|by)\s*$", re.IGNORECASE)
INTEREST_RATES = re.compile(r"\b(?:interest|base|bank|lending) rates?\b", re.IGNORECASE)
QUARTER_STEPS = (0.5, -0.25, 0.25, 1.0, -0.5, 0.75, -0.75, -1.0)


# "the euro was at $1.30 against the dollar": an exchange rate, which moves a few per
# cent; $2.00 or $2.90 beside it is no believable rate (judges, 2026.11-66).
CURRENCY_RATE = re.compile(
    r"\bagainst the (?:US )?(?:dollar|euro|pound|yen|greenback)\b|\bexchange rate\b",
    re.IGNORECASE,
)
RATE_SPREAD = 0.15


def rate_band(text: str, key) -> tuple[float, float] | None:
    """(low, high) for an exchange rate written to the cent, None for other figures."""
    if key.decimals < 2 or not CURRENCY_RATE.search(text):
        return None
    return key.value * (1 - RATE_SPREAD), key.value * (1 + RATE_SPREAD)


def policy_rate(body: str, before: str, key) -> bool:
    """Whether the blank is a central bank's rate set in quarter points."""
    if key.suffix != "%" or key.unit.strip() or (key.value * 4) != int(key.value * 4):
        return False
    if POLICY_RATE_BEFORE.search(before):
        return True
    return RATES_BEFORE.search(before) is not None and INTEREST_RATES.search(body) is not None


def quarter_point_options(key, distractors: list[str], avoid) -> list[str]:
    """The options of a policy rate that are whole quarter points, refilled with the
    quarter points nearest the key."""
    kept = []
    for option in distractors:
        figure = numbers.parse(option)
        if figure is not None and figure.value * 4 == int(figure.value * 4):
            kept.append(option)
    for step in QUARTER_STEPS:
        if len(kept) >= 3:
            break
        value = key.value + step
        option = key.format(value)
        if value > 0 and value not in avoid and option not in kept:
            kept.append(option)
    return kept[:3]
