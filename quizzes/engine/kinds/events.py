"""Figures that name or colour an event rather than tell its news: a race's distance
("the 400m", "110m hurdles"), a chart's cut-off ("the top 40"), a runner's exact time
or the wind it was run in, a count a two-party name already gives ("the Anglo-Dutch
firm's two boards"), and the dates a structure was built or widened."""

import re

# Distances raced on a track or in a pool: "the 400m" is the name of an event, and
# "the 230m" is no event at all.
EVENT_DISTANCES = {50, 60, 100, 110, 200, 300, 400, 800, 1500, 3000, 5000, 10000}
METRIC_AFTER = re.compile(r"^(?:m\b|\s*met(?:re|er)s?\b)", re.IGNORECASE)
EVENT_AFTER = re.compile(
    r"^\s*(?:hurdles|freestyle|backstroke|breaststroke|butterfly|individual medley|medley|"
    r"relay|steeplechase|sprint|dash|finals?|heats?|semi-finals?|title|race|record|"
    r"champion|runner|event|gold|silver|bronze|crown)\b",
    re.IGNORECASE,
)
EVENT_BEFORE = re.compile(
    r"(?:\bthe|\bmen's|\bwomen's|\bboys'|\bgirls'|\bfastest|\bindividual|\bOlympic|"
    r"\bEuropean|\bCommonwealth|\bindoor|\boutdoor)\s*$",
    re.IGNORECASE,
)


def event_distance(before: str, figure, after: str) -> bool:
    """Whether the figure is the distance that names a race: "ran the fastest 400m",
    "the men's 110m hurdles", "the 100 metres"."""
    if (
        figure.prefix
        or figure.decimals
        or figure.lead.strip()
        or figure.value not in (EVENT_DISTANCES)
    ):
        return False
    unit = figure.suffix.strip().lower() or figure.unit.strip().lower()
    metric = METRIC_AFTER.match(after)
    if unit in ("m", "metres", "meters", "metre", "meter"):
        rest = after
    elif not unit and metric:
        rest = after[metric.end() :]
    else:
        return False
    return bool(EVENT_AFTER.match(rest) or EVENT_BEFORE.search(before))


def race_distance(figure, after: str) -> bool:
    """Whether the figure is one of the distances races are run over, in metres ("the
    800m and 1,500m titles"): made another, a statement names a race no one runs
    ("1100m") or a different event, false by sport, not by the story (judges,
    2026.11-76)."""
    if figure.prefix or figure.decimals or figure.value not in EVENT_DISTANCES:
        return False
    unit = figure.suffix.strip().lower() or figure.unit.strip().lower()
    return unit in ("m", "metres", "meters", "metre", "meter") or (
        not unit and METRIC_AFTER.match(after) is not None
    )


# "the top 40", "a top-10 album": a chart's cut-off is a label; "not in the top 40" is
# as true of the top 20.
CHART_BEFORE = re.compile(r"\btop[\s-]*$", re.IGNORECASE)


def chart_cutoff(before: str) -> bool:
    return CHART_BEFORE.search(before) is not None


# "was second in 45.08", "won in 13.28 seconds", "a clearance of 1.96m": a measured
# result, which options a few per cent away make a question of.
RESULT_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|won|"
    r"finished|clocked|ran|home|time of|record of|best of|clearance of|throw of|jump of|"
    r"leap of|gold|silver|bronze)\s+(?:in\s+|with\s+)?"
    r"(?:a\s+(?:time|clearance|throw|jump)\s+of\s+)?$",
    re.IGNORECASE,
)
TIMED_AFTER = re.compile(r"^\s*(?:seconds?|secs?|s\b|minutes?|mins?|m\b|metres?)", re.I)


def race_result(before: str, figure, after: str) -> bool:
    """Whether the figure is a time or mark measured to the hundredth in a contest."""
    if figure.prefix or not figure.decimals or figure.suffix.strip():
        return False
    timed = TIMED_AFTER.match(figure.unit + after) is not None
    return timed or RESULT_BEFORE.search(before) is not None


def rival_results(figures, key, nearby=()) -> list[float]:
    """The other results of the sentence ("won in 13.41 seconds" beside "fifth in
    13.82"), whose order the options must keep, whether or not they carry a unit.
    Results of the rest of the article count when measured alike and within a tenth
    of the key: "took the silver in 6.59" after the winner's 6.58 is never 5.14."""
    values = {f.value for f in figures if f.decimals and not f.prefix}
    values |= {
        f.value
        for f in nearby
        if f.decimals == key.decimals
        and not f.prefix
        and abs(f.value - key.value) <= key.value / 10
    }
    return sorted(values - {key.value})


# "was third in ___", "fourth with ___": a placing off the top, scene detail.
PLACING_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+"
    r"(?:in|with)\s+(?:a\s+time\s+of\s+)?$",
    re.IGNORECASE,
)


def minor_placing(before: str) -> bool:
    return PLACING_BEFORE.search(before) is not None


# "a headwind of 1.8 metres per second": how the air moved during a race.
WIND_BEFORE = re.compile(r"\b(?:head|tail|cross)winds?\s+(?:of\s+)?(?:about\s+)?$", re.I)
PER_SECOND_AFTER = re.compile(r"^\s*(?:m/s|(?:met(?:re|er)s?\s+)?per\s+second)\b", re.I)


def wind_speed(before: str, after: str) -> bool:
    """Whether the figure is a wind's speed in a race report ("a headwind of 1.8 metres
    per second"): scene-setting, like the weather."""
    if WIND_BEFORE.search(before):
        return True
    return PER_SECOND_AFTER.match(after) is not None and "wind" in before.lower()


# A name that says two parties are involved: "the Anglo-Dutch company", "Franco-German
# talks", a "dual" or "twin" structure; "its ___ boards" is then two, guessed unread.
PAIR_WORD = re.compile(
    r"\b(?:Anglo|Franco|Sino|Russo|Austro|Italo|Indo|Hispano|Greco|Turco|Afro|Euro)-[A-Z]"
    r"|\b(?:dual|twin|bilateral|joint)\b",
)


def pair_named(before: str, after: str) -> bool:
    return PAIR_WORD.search(before) is not None or PAIR_WORD.search(after) is not None


# "the bridge, built in 1938 and widened in 1971, ...": a structure's history.
BUILT = r"(?:built|constructed|erected|opened|completed)"
CHANGED = (
    r"(?:widened|extended|rebuilt|renovated|refurbished|restored|modernised|modernized|"
    r"strengthened|enlarged|upgraded|altered|repaired)"
)
BUILT_YEAR = re.compile(
    rf"(?<!will be )(?<!to be )(?<!would be )\b(?:{BUILT}|{CHANGED})\s+in\s*$"
    rf"|\b{BUILT}\s+in\s+\d{{4}},?\s+(?:and\s+)?(?:later\s+)?{CHANGED}\s+in\s*$",
    re.IGNORECASE,
)


def building_year(before: str, figure, sentence_text: str) -> bool:
    """Whether a year is when a structure was built or altered, told in passing beside
    another such year ("built in 1938 and widened in 1971") or in a side clause."""
    if not figure.is_year or BUILT_YEAR.search(before) is None:
        return False
    aside = before.count(",") % 2 == 1
    both = re.search(rf"\b{BUILT}\s+in\s+\d{{4}}\b.*\b{CHANGED}\s+in\s+\d{{4}}\b", sentence_text)
    return aside or both is not None
