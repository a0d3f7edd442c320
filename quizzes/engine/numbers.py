"""Reading a figure as written ("£1.8bn", "36%", "more than 10,000", "four") and
writing believable alternatives in exactly the same form and unit."""

import math
import re
from dataclasses import dataclass

from .nlp import text_of

WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
FIGURE = re.compile(
    r"^(?P<lead>(?:only about|only around|an estimated|as much as|as many as|just over|"
    r"just under|well over|about|around|almost|nearly|more than|less than|fewer than|over|"
    r"under|at least|up to|some|just|roughly|only)\s+)?"
    r"(?P<prefix>[£$€])?(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(WORDS[2:]) + r")"
    # A measure's unit, lower case ("120g", "15ft"; "4G" is a network, no grams).
    r"(?P<suffix>%|bn|km|cm|mm|kg|m|k|(?-i:g|ft|mph)|"
    r"\s?(?:billion|million|thousand|per cent|percent))?"
    r"(?P<unit>(?:\s+[a-z]+)?)$",
    re.IGNORECASE,
)
# Spreads of alternatives around a key, as multipliers. Each puts the key at a
# different place among the sorted options and none is a simple multiple (0.5x, 2x),
# which a student spots as the odd one out; the spread per key is chosen by its
# digits, so the same figure always gets the same options.
SPREADS = (
    (0.78, 1.19, 1.41),
    (0.71, 1.33, 1.89),
    (0.62, 0.81, 1.27),
    (1.24, 1.52, 1.87),
    (0.57, 0.69, 0.84),
)
# Tried after a spread when the article or the percentage range rules some out.
FALLBACK = (0.86, 1.16, 0.64, 1.62, 2.2, 0.47)
# "more than 10,000" is also "more than 5,000": a bound makes every figure on one
# side of the key true as well, so alternatives come from the other side only.
LOWER_BOUNDS = ("more than", "over", "at least", "above", "just over", "well over")
# "as much as 40%" is the most it may be: a bound like "up to".
UPPER_BOUNDS = ("less than", "fewer than", "under", "up to", "below", "just under") + (
    "as much as",
    "as many as",
)
BOUNDS = LOWER_BOUNDS + UPPER_BOUNDS
APPROXIMATE = ("about", "around", "almost", "nearly", "roughly", "some") + (
    "only about",
    "only around",
    "an estimated",
)
# A bound written just before a blank, where it stays in the stem.
BOUND_BEFORE = re.compile(
    r"\b(" + "|".join(LOWER_BOUNDS + UPPER_BOUNDS) + r")\s+[£$€]?$", re.IGNORECASE
)
# Far enough from a bounded key that "more than 10,000" and "more than 13,000" are
# never both offered as if different facts; still not plain multiples.
# Not too far either: "more than 90mm" among 200mm and 320mm of a week's rain leaves
# the key the one believable size, so the first options stay within about twice it.
ABOVE = (1.5, 1.8, 2.2, 2.6, 3.2)
BELOW = (0.6, 0.4, 0.25, 0.5, 0.15)
# "almost 50": anything from here up to the figure may be what was almost reached.
NEAR_BELOW = 0.85
YEAR_SHIFTS = (-3, 2, -1, 4, -5, 6)
# Year options tried first, chosen by the key's last digit: the key is not always
# the third of four (2002, 2004, 2005, 2007). A past event takes mostly earlier
# years, a planned one ("will open in 2026") mostly later ones.
PAST_SPREADS = ((-3, 2, -1), (-1, -3, -4), (-2, -5, 1), (-4, -2, 1))
FUTURE_SPREADS = ((1, 3, -1), (2, 3, 5), (-2, 1, 3), (1, 2, 4))


@dataclass(frozen=True)
class Figure:
    lead: str
    prefix: str
    value: float
    decimals: int
    commas: bool
    word: bool
    suffix: str
    unit: str

    @property
    def is_year(self) -> bool:
        return (
            not self.prefix
            and not self.suffix
            and not self.commas
            and not self.decimals
            and 1700 <= self.value <= 2100
            and not self.word
        )

    def format(self, value: float) -> str:
        if self.word and value == int(value) and 0 <= value < len(WORDS):
            number = WORDS[int(value)]
        elif self.decimals:
            number = f"{value:.{self.decimals}f}"
        elif self.commas or value >= 10000 and not self.is_year or self.value < 1000 <= value:
            # "more than 600" beside "more than 2,100": a thousand or more takes its comma.
            number = f"{int(round(value)):,}"
        else:
            number = str(int(round(value)))
        return f"{self.lead}{self.prefix}{number}{self.suffix}{self.unit}"


def parse(text: str) -> Figure | None:
    match = FIGURE.match(text.strip())
    if not match:
        return None
    raw = match["number"]
    if raw[:1] == "0" and len(raw) > 1 and raw[1:2] != ".":
        return None  # "0300 local time", "007": a clock or a code, never a count
    word = raw.lower() in WORDS
    value = float(WORDS.index(raw.lower())) if word else float(raw.replace(",", ""))
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    lead = match["lead"] or ""
    if text[:1].isupper() and lead:
        lead = lead[:1].upper() + lead[1:]
    return Figure(
        lead,
        match["prefix"] or "",
        value,
        decimals,
        "," in raw,
        word,
        match["suffix"] or "",
        match["unit"] or "",
    )


# A scale written straight after a sum: the "m" of "£14.2m", which the tokenizer
# splits off ("£ 14.2 m") and NER leaves out of the entity.
SCALE_AFTER = re.compile(r"(?:bn|m|k)\b")


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole written figure around text[start:end]: with the currency sign just
    before it ("£82.05" where NER found "82.05") and, for a sum, its scale after."""
    if text[start - 1 : start] in ("£", "$", "€") and start > 0:
        start -= 1
    signed = any(sign in text[start:end] for sign in ("£", "$", "€"))  # "about £6.5"
    if signed and not text[end - 2 : end].isalpha():
        scale = SCALE_AFTER.match(text, end)
        if scale:
            end = scale.end()
    return start, end


# A unit of measure written straight after a figure ("120g", "5.4g", "15ft"), which
# NER leaves out of the entity or takes with a full stop ("2.9g."): part of the
# figure, so the options carry it as the key does. Lower case only: "4G" is a network.
# Not "m": metres or millions ("500m euros"), which the sentence must settle.
MEASURE_AFTER = re.compile(r"(?:kg|km|cm|mm|g|ft|mph)\b")


def with_measure(text: str, start: int, end: int) -> int:
    """The end of the figure text[start:end] with its unit of measure, when one is
    written straight after it ("about 120" + "g"), or without a sentence's full stop
    that NER took into it ("2.9g.")."""
    if text[end - 1 : end] == "." and parse(text[start : end - 1]) is not None:
        return end - 1
    unit = MEASURE_AFTER.match(text, end)
    if unit is None or re.match(r"\s*\d|/", text[unit.end() :]):
        return end  # "7ft 3in", "200km/h": the unit alone is half the measure
    return unit.end() if parse(text[start : unit.end()]) is not None else end


def of_entity(ent) -> Figure | None:
    """The figure an entity writes, read with its sign and scale (see widen)."""
    start, end = widen(text_of(ent.doc), ent.start_char, ent.end_char)
    return parse(text_of(ent.doc)[start:end])


# The plural denominators of a share in words: "three quarters", "two fifths".
DENOMINATOR = re.compile(r"halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths")


def alternatives(
    figure: Figure,
    count: int,
    avoid: set[float] = frozenset(),
    sides: set[float] = frozenset(),
    lead: str = "",
    stated: list[float] = (),
    future: bool = False,
    levied: bool = False,
) -> list[str]:
    """count other figures of the same unit and a believable size. Each alternative
    stays on the key's side of every value in sides (figures of the same unit in the
    same sentence): "rose to £48.6m, up from £31.2m" never becomes "rose to £24.3m".
    lead is the bound before the figure when it is not part of figure itself ("more
    than ___"): alternatives are then only on the side the bound leaves false.
    stated are figures of the same unit the article gives for other things: they
    come first, being the most believable options a reader could confuse. future
    says a year is of something still to come. levied says the sentence is of a tax or
    a rate, whose whole percentages lie close too."""
    if DENOMINATOR.fullmatch(figure.unit.strip().lower()):
        # "Three quarters of adults": its neighbours "four quarters" and "two
        # quarters" are no shares anyone writes.
        return []
    seen = {figure.value} | set(avoid)
    spaced = False  # options multiplied from the key, which may land equally spaced
    found = []
    bound = (lead or figure.lead).strip().lower()
    if figure.is_year:
        spreads = FUTURE_SPREADS if future else PAST_SPREADS
        spread = spreads[int(figure.value) % len(spreads)]
        candidates = [figure.value + shift for shift in spread + YEAR_SHIFTS]
    elif figure.value == 10 and not figure.decimals:
        # "up to 10%", "the past ten years": a round key among 8% and 9%, or nine and
        # eleven years, stands out; round options instead.
        candidates = [5.0, 15.0, 20.0, 25.0]
    elif figure.value <= 12 and not figure.decimals and bound in APPROXIMATE:
        # "about 12 die each year": "about 13" says nearly the same, so not next door;
        # steps of a third of the key, so "roughly three times" is not the one modest
        # option among seven, nine and eleven times.
        step = max(1, round(figure.value / 3))
        candidates = [figure.value + step * k for k in (-1, 1, 2, -2, 3)]
        candidates = [c for c in candidates if c >= 2]
    elif _period(figure) and bound not in BOUNDS:
        # "review the ban after 12 months": a conventional period, among 11 and 13
        # months the one anyone would choose; options are conventional periods too.
        periods = [p for p in PERIODS[_period(figure)] if p != figure.value]
        candidates = sorted(periods, key=lambda p: max(p, figure.value) / min(p, figure.value))
    elif figure.value <= 12 and not figure.decimals and bound not in BOUNDS:
        # Not for a bound: "at least six weeks" is at least five weeks too, and seven
        # reads as nearly the same fact; it takes the bound's far steps below instead.
        candidates = [figure.value + shift for shift in (1, -1, 2, 3, -2, 4)]
        candidates = [c for c in candidates if c >= 2]
    else:
        if bound in LOWER_BOUNDS:
            factors = ABOVE
        elif bound in UPPER_BOUNDS:
            factors = BELOW
        else:
            factors = SPREADS[_digits(figure) % len(SPREADS)] + FALLBACK
        # "up to £400,000": whole hundred thousands first, half ones when those run out.
        candidates = [_nice(figure.value * f, figure) for f in factors]
        candidates += [_nice(figure.value * f, figure, half=True) for f in factors]
        spaced = True
    rate = (is_rate(figure) or levied and levy(figure)) and not bound
    if rate:
        # "raising its rate to 7.25%" beside 6.99%: 11.75% and 15.95% are no rates a
        # lender would set; options lie within a few points, in the key's decimal form.
        candidates = [figure.value + shift for shift in RATE_SHIFTS[min(figure.decimals, 2)]]
        stated = [v for v in stated if abs(v - figure.value) <= RATE_REACH[figure.decimals > 0]]
    if shop_price(figure):
        # "will cost £199": beside a shop's price, £167 and £113 are no prices at all.
        candidates = [_priced_like(c, figure) for c in candidates]
    if not figure.is_year:
        candidates = [v for v in stated if v != figure.value] + candidates
    # A stated figure just past the bound ("well above £21,500" beside £22,000) may
    # be true as well: options keep as far off as ABOVE and BELOW put them. Just
    # under a figure that is "almost" reached is as true as the figure itself.
    if bound in LOWER_BOUNDS:
        # Nor further than ABOVE goes: wage rises of "more than 20%" beside a stated 68%
        # and 70% leave the key the one believable size.
        reach = (figure.value * min(ABOVE), figure.value * max(ABOVE))
        candidates = [c for c in candidates if reach[0] <= c <= reach[1]]
        if figure.suffix.strip().lower() in ("%", "per cent", "percent") and not figure.decimals:
            # "more than 40%": 100% is no share; the tens between the bound's far
            # side and 100% are options too (70%, 80%), after the nearer ones.
            low = math.ceil(figure.value * min(ABOVE) / 10) * 10
            candidates += [float(c) for c in range(low, 100, 10) if c not in candidates]
            # "more than 99%" is no figure anyone would write beside "more than 45%".
            candidates = [c for c in candidates if c <= 90]
    elif bound in UPPER_BOUNDS:
        candidates = [c for c in candidates if c <= figure.value * max(BELOW)]
    elif bound in ("almost", "nearly"):
        candidates = [c for c in candidates if not NEAR_BELOW * figure.value <= c < figure.value]
    if figure.suffix.strip().lower() in ("%", "per cent", "percent"):
        candidates = [c for c in candidates if 0 < c < 100]
    if figure.unit.strip() == "minutes" and figure.value < 60:
        candidates = [c for c in candidates if c < 60]  # not "65 minutes": over an hour
    if figure.unit.strip() in ("cents", "pence") and figure.value < 100:
        candidates = [c for c in candidates if c < 100]  # not "140 cents": over a dollar
    if figure.value >= 2 and not figure.decimals and not figure.suffix:
        # "less than ___ weeks' notice", "up to ___ times a year": a count before a
        # plural noun reads "one weeks" with an option of one.
        candidates = [c for c in candidates if c >= 2]
    if figure.word:
        # "six weeks" among "21 weeks": an option in digits beside a key in words
        # stands out by its form alone.
        candidates = [c for c in candidates if c == int(c) and c < len(WORDS)]
    if (
        figure.suffix.strip().lower() in SCALES or figure.prefix and figure.decimals
    ) and figure.value >= 1:
        # "1.3 million customers": nobody writes "0.9 million", it would be 900,000;
        # nor "£0.80" beside "£1.20": it would be 80p.
        candidates = [c for c in candidates if c >= 1]
    candidates = [
        c
        for c in candidates
        if all((c > other) == (figure.value > other) for other in sides if other != figure.value)
    ]
    if (
        figure.decimals
        and figure.value != int(figure.value)
        and _price_places(figure) == figure.decimals
    ):
        # "2.6bn" beside "4.0bn": a whole number written with a decimal reads oddly
        # ("£1.00" beside "£1.20" is a price like any other).
        candidates = [c for c in candidates if c != int(c)]
    chosen = [figure.value]
    patterned = []  # taken only when nothing else is left: a pattern beats no option
    for value in candidates:
        if value in seen or value <= 0:
            continue
        if not figure.is_year and not rate and _patterned(value, chosen, spaced):
            patterned.append(value)
            continue
        seen.add(value)
        chosen.append(value)
        found.append(figure.format(value))
        if len(found) == count:
            return found
    for value in patterned:
        if value not in seen and not _patterned(value, chosen, False):
            seen.add(value)
            chosen.append(value)
            found.append(figure.format(value))
        if len(found) == count:
            break
    return found


# Conventional periods, by unit: "after 12 months" among 11 and 13 months is the one
# period a council would name.
PERIODS = {
    "months": (3.0, 6.0, 9.0, 12.0, 18.0, 24.0, 36.0),
    "hours": (6.0, 12.0, 24.0, 48.0, 72.0),
}


def _period(figure: Figure) -> str:
    """The unit of a figure that is a conventional period ("12 months", "24 hours")."""
    unit = figure.unit.strip().lower()
    if figure.decimals or figure.prefix or figure.suffix or unit not in PERIODS:
        return ""
    return unit if figure.value in PERIODS[unit] and figure.value >= 6 else ""


# Options this close to each other read as one figure twice ("68%" beside "70%").
NEARLY_EQUAL = 0.06


def _patterned(value: float, chosen: list[float], spaced: bool) -> bool:
    """Whether value beside the options chosen so far (the key first) is nearly equal
    to one of them, or, for options multiplied from the key (spaced), makes three
    distractors equally spaced off the round values of their spacing: 18, 28 and 38
    beside 11, or 3,500, 4,500 and 5,500 beside 3,000, are a pattern a student sees
    and the key breaks. Round values (40%, 60%, 80%) are no pattern, nor are the
    neighbouring counts chosen for a small key (five, seven, nine)."""
    if any(abs(value - other) < NEARLY_EQUAL * max(value, other) for other in chosen):
        return True
    if not spaced:
        return False
    options = chosen[1:]  # a pattern the key is part of gives nothing away
    for i, a in enumerate(options):
        for b in options[i + 1 :]:
            low, middle, high = sorted((a, b, value))
            gap = middle - low
            # A whole gap of one or two is neighbouring counts (three, five, seven).
            if gap and gap not in (1, 2) and math.isclose(gap, high - middle):
                steps = low / gap
                if not math.isclose(steps, round(steps), abs_tol=1e-6):
                    return True
    return False


SCALES = ("bn", "m", "k", "billion", "million", "thousand")
# How far a rate's options may move from it, by the decimals the key is written
# with: "6.99%" moves by fractions of a point, "4.5%" by tenths.
RATE_SHIFTS = {
    0: (5.0, -3.0, 8.0, -5.0, 3.0, 10.0, -8.0, 12.0),
    1: (0.4, -0.3, 0.8, 0.6, -0.6, 1.2, -0.9, 1.5),
    2: (0.5, -0.16, 1.0, 0.34, -0.41, 1.5, 0.76, -0.7),
}
RATE_REACH = (10.0, 2.0)  # for a whole rate, and for one with decimals


def is_rate(figure: Figure) -> bool:
    """Whether the figure is a percentage written with decimals ("7.25%", "4.5%"):
    an interest, inflation or growth rate, whose believable values lie close."""
    return (
        figure.decimals > 0
        and figure.value != int(figure.value)
        and figure.suffix.strip().lower() in ("%", "per cent", "percent")
        and figure.value < 30
        and not figure.lead.strip()
    )


def levy(figure: Figure) -> bool:
    """Whether the figure could be a tax or a rate: a share below 60% with no bound.
    Beside "cut the corporate tax rate to 21 percent from 35 percent", 53% and 65% are
    no rates anyone would set (judges, -92)."""
    return (
        figure.suffix.strip().lower() in ("%", "per cent", "percent")
        and figure.value < 60
        and not figure.lead.strip()
    )


def shop_price(figure: Figure) -> bool:
    """Whether a sum reads as a shop's price: "£199", "£4.99", "£27.50", "$49", "£1,295",
    a whole sum of currency ending in 9 or 95, or pence of a price (PRICE_PENCE)."""
    if not figure.prefix or figure.suffix or figure.unit.strip() or figure.lead.strip():
        return False
    if figure.decimals:
        # "£4.99", and "£27.50" too: among £15.67 and £18.97 the one round sum is the key.
        return figure.decimals == 2 and round(figure.value * 100) % 100 in PRICE_PENCE
    whole = int(figure.value)
    return whole == figure.value and whole >= 9 and (whole % 10 == 9 or whole % 100 == 95)


# Pence a price ends in: a sum with other pence ("£82.05") is a figure, not a price.
PRICE_PENCE = (0, 25, 49, 50, 75, 95, 99)


def _priced_like(value: float, figure: Figure) -> float:
    """value as a price of the key's kind: £167 -> £169 beside £29 (every option ends
    in 9), -> £149 beside £199 (hundreds end in 49 or 99), -> £195 beside £295, and
    £4.30 -> £3.99 beside £4.99."""
    if figure.decimals:
        cents = round(figure.value * 100) % 100 / 100
        return max(1, round(value)) - 1 + cents
    whole = int(figure.value)
    if whole % 100 == 95:
        step, less = 100, 5
    elif whole >= 100 and whole % 100 in (49, 99):
        step, less = 50, 1
    else:
        step, less = 10, 1
    return float(max(step, round(value / step) * step) - less)


def below(figure: Figure, avoid: set[float] = frozenset()) -> list[str]:
    """Believable figures smaller than the key, for a key a stated total bounds."""
    values = [_nice(figure.value * f, figure) for f in BELOW]
    kept = [v for v in dict.fromkeys(values) if 0 < v < figure.value and v not in avoid]
    return [figure.format(v) for v in kept]


def _digits(figure: Figure) -> int:
    return sum(int(d) for d in f"{figure.value:.{figure.decimals}f}" if d.isdigit())


def precision(value: float) -> int:
    """Significant figures of a whole number: 2,000 has one, 3,412 four; a fraction
    counts as exact."""
    digits = str(int(value)).rstrip("0")
    return len(digits) if value == int(value) else 9


def round_like(value: float, figure: Figure) -> float:
    """value written as precisely as the key: a key with decimals keeps them, a whole
    key keeps its last digit, and a round key ("119,000") keeps its trailing zeros
    (121,000, not 121,380), or the one round option is the key."""
    if figure.decimals or figure.value != int(figure.value) or int(figure.value) % 10:
        return round(value, figure.decimals)
    key = str(int(figure.value))
    step = 10 ** (len(key) - len(key.rstrip("0")))
    return float(max(step, round(value / step) * step))


def _nice(value: float, figure: Figure, half: bool = False) -> float:
    """Round like the key is rounded: 1,200 -> 900 not 936, 10,000 -> 8,000 not
    7,800 (a one-digit key keeps one more digit, or every option would be 10,000)."""
    if figure.decimals:
        return round(value, _price_places(figure))
    key = int(figure.value)
    zeros = len(str(key)) - len(str(key).rstrip("0")) if key else 0
    significant = len(str(key).rstrip("0")) if key else 1
    step = 10 ** (zeros if significant > 1 else max(0, zeros - 1))
    if significant == 1 and zeros == 1:
        step = 10  # "about 80": 100 and 120, never "about 99" (nobody writes it)
    elif significant == 1 and zeros >= 2 and str(key)[0] in "12":
        # "1,000 mobiles" among 700 and 1,300 is the one round option: 500, 1,500.
        # Not from 3,000 up: among 3,500, 4,500 and 5,500 the one whole thousand is
        # the key, and 2,000 and 4,000 are near enough.
        step = 5 * 10 ** (zeros - 1)
    elif significant == 1 and zeros >= 2 and half:
        step = 5 * 10 ** (zeros - 1)  # when the whole steps run out: see alternatives
    elif significant == 1 and zeros >= 2:
        # "7,000 items" among 4,300 and 5,700, "about 8,000" made "about 9,900": the
        # one round figure is the key; options as round: 4,000, 6,000, 10,000.
        step = 10**zeros
    return float(max(step, round(value / step) * step))


def _price_places(figure: Figure) -> int:
    """The decimals a sum's options are rounded to: "£1.20" among £1.03 and £1.39 is
    the one sum in tens of pence, so a key in whole tens of pence (or whole pounds)
    takes options in the same steps; odd pence ("£82.05") keep every decimal."""
    if not figure.prefix or figure.decimals != 2:
        return figure.decimals
    pence = round(figure.value * 100) % 100
    return 0 if pence == 0 else 1 if pence % 10 == 0 else 2


# "1900 GMT", "2300 local time": a four-digit figure that is a time of day.
CLOCK_AFTER = re.compile(r"^\s*(?:local time|GMT|BST|UTC|CET|EST|hours|hrs)\b")


def clock_time(figure: Figure, after: str) -> bool:
    return (
        not figure.prefix
        and not figure.suffix
        and not figure.commas
        and figure.value == int(figure.value)
        and 100 <= figure.value <= 2359
        and CLOCK_AFTER.match(after) is not None
    )


def same_unit(a: Figure, b: Figure) -> bool:
    return (a.prefix, a.suffix.strip().lower(), a.unit.strip().lower(), a.is_year) == (
        b.prefix,
        b.suffix.strip().lower(),
        b.unit.strip().lower(),
        b.is_year,
    )
