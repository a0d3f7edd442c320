"""Targets a careful teacher would not ask about, and blanks a student can compute.

A story's main actors are the people and bodies of its headline, its lead and its
most-mentioned names. The official who read out a result, the also-ran who came
fifth, the year a chief executive joined or the lap on which a back-marker retired
are side details (criterion 7). A majority printed beside the two vote totals it is
the difference of needs no article at all (criterion 3).
"""

import re

from .. import gazetteer, numbers
from ..entities import PERSON
from . import events
from .worth import PLACE_WORDS, _topic, headline_word

# A role that runs the event rather than takes part in it: "Returning officer X
# declared the result".
PROCEDURAL_ROLE = re.compile(
    r"\b(?:returning|presiding|electoral|counting|polling) officers?\s*,?\s*$"
    r"|\b(?:clerk|registrar|usher|steward|coroner)s?\s*,?\s*$",
    re.IGNORECASE,
)
# A finishing place off the podium right after the name: "X was fifth for Williams".
OFF_PODIUM = re.compile(
    rf"^[^.;]{{0,40}}?\b(?:was|came|finished|placed|ended)\s+"
    rf"(?:up\s+)?(?:in\s+)?(?:{PLACE_WORDS})\b",
    re.IGNORECASE,
)
# The year someone joined or has served since, told in passing: "the chief executive,
# who joined from a rival in ___".
CAREER_YEAR = re.compile(
    r"\bjoin(?:ed|ing)\b[^.;]{0,50}\bin\s*$"
    r"|\b(?:who|which)\s+(?:has|had)\s+(?:been|worked|served)\b[^.;]{0,50}\bsince\s*$"
    # "a lifelong supporter who first watched the club as a boy in ___": a childhood aside.
    r"|\bas an?\s+(?:boy|girl|child|schoolboy|schoolgirl|teenager)\s+in\s*$",
    re.IGNORECASE,
)
# The verbs of a body coming to be, shared by the founding patterns below.
FOUNDED = r"(?:founded|established|set up|formed|created)"
# The year a body or building came to be, told beside its name: "the Potato Council,
# set up in ___ to promote ...", "the charity, founded in ___": its history, not the news.
FOUNDING_YEAR = re.compile(
    rf"\b(?:{FOUNDED}|built)\s+(?:back\s+)?in\s*$",
    re.IGNORECASE,
)
# "founded in 1997 with ___ aircraft": what a body started with is its history too.
FOUNDED_WITH = re.compile(
    rf"\b{FOUNDED}\s+(?:back\s+)?in\s+\d{{4}}\s+(?:with|by)\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
# "Diplomats in ___ said": where unnamed sources sit is a dateline, often the seat of
# the body the story is about (Brussels, Washington), guessed without reading.
UNNAMED_SOURCE = re.compile(
    r"^\s*(?:\w+\s+)?(?:diplomats|officials|sources|analysts|observers|insiders|"
    r"correspondents|reporters)\s+(?:in|from)\s*$",
    re.IGNORECASE,
)
# "retired on lap ___": when a driver dropped out is a race's small print.
LAP = re.compile(r"\b(?:on|at|after)\s+lap\s*$", re.IGNORECASE)


def main_actor(article, sentence, entity) -> bool:
    """Whether entity is one of the story's main actors: in the headline, named in
    the lead, or among the three names the article mentions most."""
    if id(entity) in _topic(article)["main"]:
        return True
    if any(headline_word(article, word.lower()) for word in entity.name.split()):
        return True
    return any(m.sentence <= 1 for m in entity.mentions)


def minor_person(article, sentence, mention) -> bool:
    """Whether a person key is a side figure: named only as the official who ran the
    event, or an also-ran placed off the podium or listed once among three or more
    others ("The Green Party's X won 788, independent Y polled 231 and Z ...")."""
    entity = mention.entity
    if mention.type != PERSON or main_actor(article, sentence, entity):
        return False
    before = article.body[sentence.start : mention.start]
    if PROCEDURAL_ROLE.search(before):
        return True
    if OFF_PODIUM.match(article.body[mention.end : sentence.end]):
        return True
    people = {id(m.entity) for m in article.mentions_in(sentence) if m.type == PERSON and m.entity}
    if len(entity.mentions) != 1:
        return False
    # A results list: several names, each with its tally ("won 788, ... polled 231").
    tallies = len(FIGURE.findall(sentence.text))
    return len(people) >= 3 or (len(people) >= 2 and tallies >= 3)


def minor_list(article, sentence) -> bool:
    """Whether every person the sentence names is a side figure: the also-rans' tallies
    ("... and Keith Arden of the English Democrats received 164")."""
    people = [m for m in article.mentions_in(sentence) if m.type == PERSON and m.entity]
    return bool(people) and all(minor_person(article, sentence, m) for m in people)


def minor_figure(before: str, is_year: bool) -> bool:
    """A career aside's year ("who joined ... in ___") or a retirement lap."""
    return bool((is_year and CAREER_YEAR.search(before)) or LAP.search(before))


# "..., part of a US effort to catalogue 90% of near-Earth objects larger than 1km by
# ___": the deadline of a wider programme the story's event belongs to, an aside.
SIDE_TARGET = re.compile(
    r"\bpart\s+of\s+(?:a|an|the|its|their)\s+[^,;.]{0,60}?\b(?:effort|programme|program|"
    r"campaign|drive|bid|plan|project|initiative|scheme|push)\s+to\b[^;:]{0,120}?\bby\s+$",
    re.IGNORECASE,
)


def side_target(before: str, is_year: bool) -> bool:
    """The target year of a programme the sentence only says its subject is part of."""
    return is_year and SIDE_TARGET.search(before) is not None


def founding_year(before: str, is_year: bool) -> bool:
    """The year a body was set up, or what it started with ("founded in 1997 with ___
    turboprop aircraft"), as a blank. A statement that mentions it in passing ("the
    Potato Council, set up in 1997, ...") still says what happened."""
    if is_year:
        return FOUNDING_YEAR.search(before) is not None
    return FOUNDED_WITH.search(before) is not None


# "Celtic Skies, which was founded in 1997 with two aircraft, now operates 14 planes":
# a sentence that gives a body's founding year sketches the body, not the news.
FOUNDED_IN = re.compile(rf"\b(?:was|were)\s+{FOUNDED}\s+in\s+\d{{4}}\b", re.IGNORECASE)


# "Corvantis employs 420 people at its sites in Cambridge": a firm's standing head
# count (the present tense), not the jobs the story's events create or cut.
EMPLOYS = re.compile(
    r"\bemploys\s+(?:about\s+|around\s+|more than\s+|over\s+|some\s+|nearly\s+)?"
    r"[\d,.]+(?:\s+million)?\s+(?:people|staff|workers|employees)\b",
    re.IGNORECASE,
)

# "many of its 3,000 members": a body's membership, told in passing about what its
# members do or say, not a figure of the story's events.
MEMBERSHIP = re.compile(
    r"\b(?:its|their)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|over\s+)?"
    r"[\d,.]+(?:\s+million)?\s+members\b",
    re.IGNORECASE,
)

# Match colour: how far out a shot was struck ("from 18 yards", "25 yards out", "a
# 30-yard drive"), a chance that went begging ("fired narrowly wide", "hit the
# post") or a routine save ("saved well"). The goals, the result and who scored
# are the story; these tell nothing a reader needs.
COUNT_WORDS = "|".join(numbers.WORDS[2:])
SHOT_DISTANCE = re.compile(
    rf"\bfrom\s+(?:about\s+|around\s+|fully\s+|some\s+)?(?:\d+|{COUNT_WORDS})\s+yards\b"
    rf"|\b(?:\d+|{COUNT_WORDS})\s+(?:yards|metres)\s+out\b"
    r"|\b\d+-yard\s+(?:shot|strike|drive|effort|volley|free[- ]kick|header|curler)\b",
    re.IGNORECASE,
)
# "over" only where no amount follows: "just over 11 hours" is no shot over the bar.
NOT_AN_AMOUNT = rf"(?!\s+(?:about\s+|around\s+)?(?:\d|£|\$|€|a\b|an\b|half\b|{COUNT_WORDS}\b))"
NEAR_MISS = re.compile(
    rf"\b(?:narrowly|just|inches|fractionally|agonisingly)\s+(?:wide\b|over\b{NOT_AN_AMOUNT})"
    r"|\b(?:hit|struck|rattled|clipped|came\s+off|crashed\s+against)\s+the\s+"
    r"(?:post|bar|crossbar|woodwork|upright)\b"
    r"|\bsaved\s+well\b|\b(?:fine|good|smart|superb|great|excellent)\s+(?:save|stop)\b"
    r"|\b(?:fired|shot|headed|dragged|blazed|curled|volleyed|scuffed)\s+(?:\w+\s+)?"
    rf"(?:wide\b|over\b{NOT_AN_AMOUNT})"
    r"|\bover\s+the\s+bar\b|\bcleared\s+off\s+the\s+line\b",
    re.IGNORECASE,
)


# Scene-setting: how far from somewhere an object turned up ("a glove found in a bin
# about 200 yards from the shop") and how many watched a ceremony ("in front of about
# 230 guests"). What was found and who won are the story; the yards and the guests
# are stage directions.
DISTANCE = rf"(?:\d[\d,.]*|{COUNT_WORDS})\s+(?:yards|metres|meters|miles|feet|ft|km|kilometres|m)"
FOUND = r"\b(?:found|discovered|dumped|recovered|discarded|abandoned|hidden|spotted|lying)\b"
FOUND_DISTANCE = re.compile(
    rf"{FOUND}[^.;]{{0,60}}?\b(?:about\s+|around\s+|some\s+|nearly\s+|just\s+|only\s+)?"
    rf"({DISTANCE})\s+(?:away\s+)?(?:from|of)\b",
    re.IGNORECASE,
)
GUEST_COUNT = re.compile(
    r"\b(?:in\s+front\s+of|before|attended\s+by|watched\s+by|joined\s+by|to|among)\s+"
    r"(?:an?\s+(?:audience|gathering)\s+of\s+)?(?:about\s+|around\s+|some\s+|more\s+than\s+"
    r"|over\s+|nearly\s+|almost\s+)?(\d[\d,]*|" + COUNT_WORDS + r")\s+"
    r"(?:invited\s+)?(?:guests|diners|delegates|attendees|dignitaries|invitees)\b",
    re.IGNORECASE,
)


# How many came to a meeting, a briefing or a service ("a meeting at the school ...,
# attended by about 150 people"; "some 200 residents attended the meeting"): the
# meeting's news is what was said there, the head count a stage direction.
GATHERING = (
    r"(?:meeting|briefing|assembly|ceremony|service|reception|dinner|vigil|funeral|"
    r"gathering|session|consultation|hearing|launch|open day|memorial)"
)
ATTENDERS = (
    r"(?:people|parents|residents|guests|members|villagers|mourners|pupils|students|"
    r"staff|supporters|delegates|locals|families|worshippers|relatives|"
    r"friends|campaigners|shareholders|fans)"
)
APPROXIMATELY = r"(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
ATTENDANCE = re.compile(
    rf"\b{GATHERING}\b[^.;]{{0,100}}?\b(?:attended\s+by|of|with|for|drew|attracted)\s+"
    rf"{APPROXIMATELY}(\d[\d,]*|{COUNT_WORDS})\s+(?:\w+\s+)?{ATTENDERS}\b"
    rf"|\b{APPROXIMATELY}(\d[\d,]*|{COUNT_WORDS})\s+(?:\w+\s+)?{ATTENDERS}\s+"
    rf"(?:attended|went\s+to|turned\s+up\s+(?:to|for|at)|packed\s+into|came\s+to)\s+"
    rf"(?:the|a|an)\s+(?:\w+\s+){{0,2}}?{GATHERING}\b",
    re.IGNORECASE,
)


def attendance_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is how many came to a meeting or a service."""
    for match in ATTENDANCE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if match.start(group) < end and start < match.end(group):
            return True
    return False


# How long a visit, an inspection or a count took ("observed 64 lessons over three
# days", "during a two-day visit"): beside the figure that tells what was found, the
# length of the visit only sets the scene.
DURATION = re.compile(
    rf"\b(?:over|during|across|in\s+the\s+course\s+of)\s+(?:the\s+)?"
    rf"(?:\d+|{COUNT_WORDS}|a)\s+(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|hours?|months?|visits?|sessions?)\b",
    re.IGNORECASE,
)
FIGURE_WORD = re.compile(rf"(?<![\w.])(?:\d[\d,.]*%?|{COUNT_WORDS})(?![\w-])", re.IGNORECASE)


def scene_duration_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the length of a visit or inspection ("over three
    days") in a sentence that has another figure to tell what was found."""
    for match in DURATION.finditer(text):
        if match.start() < end and start < match.end():
            return any(
                m.end() <= match.start() or m.start() >= match.end()
                for m in FIGURE_WORD.finditer(text)
            )
    return False


def found_distance_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is (part of) how far from a place something was found."""
    return any(m.start(1) < end and start < m.end(1) for m in FOUND_DISTANCE.finditer(text))


def guest_count(text: str) -> bool:
    """Whether a sentence counts the guests or audience at an event: true or false, a
    statement on the dinner's head count tests a stray detail."""
    return GUEST_COUNT.search(text) is not None or ATTENDANCE.search(text) is not None


# How long someone has held a job or lived somewhere ("Site manager Simon Ashcroft,
# who has worked on the reserve for 12 years, said ..."): a biographical aside.
TENURE = re.compile(
    r"\b(?:has|had|have)\s+(?:been\s+)?(?:work(?:ed|ing)|serv(?:ed|ing)|taught|teaching|"
    r"liv(?:ed|ing)|volunteer(?:ed|ing)|farm(?:ed|ing)|coach(?:ed|ing)|run|running|"
    r"manag(?:ed|ing)|campaign(?:ed|ing))\b[^.;]{0,50}?\bfor\s+(?:the\s+(?:past|last)\s+)?"
    rf"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?(\d+|{COUNT_WORDS})\s+"
    r"(?:years|decades)\b",
    re.IGNORECASE,
)

# "Coll, which has a population of about 200,": the size of the place the story
# happens in, told in a side clause; the story is what happened there.
ROUGH = r"(?:about|around|some|nearly|almost|more than|over|just|roughly)\s+"
POPULATION = re.compile(
    r",\s+(?:which|that|where)\s+(?:has|had|is home to)\s+(?:a\s+population\s+of\s+"
    rf"(?:{ROUGH})?(?:[\d,.]+(?:\s+million)?|[a-z]+)\b|(?:{ROUGH})?(?:[\d,.]+(?:\s+million)?|[a-z]+)"
    r"\s+(?:people|residents|inhabitants)\b)",
    re.IGNORECASE,
)


def scene_figure_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a found object's distance, a guest count, how many
    came to a meeting, how long a visit took beside what it found, or how long
    someone has held a job, or the population a side clause gives a place."""
    if found_distance_at(text, start, end) or attendance_at(text, start, end):
        return True
    if any(m.start() < end and start < m.end() for m in POPULATION.finditer(text)):
        return True
    if any(m.start(1) < end and start < m.end(1) for m in TENURE.finditer(text)):
        return True
    if scene_duration_at(text, start, end):
        return True
    return any(m.start(1) < end and start < m.end(1) for m in GUEST_COUNT.finditer(text))


# "Okafor sending ___ the wrong way from the spot": which goalkeeper a penalty beat.
WRONG_WAY = re.compile(r"^\s+the\s+wrong\s+way\b", re.IGNORECASE)


def shot_distance_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is (part of) how far out a shot was struck."""
    return any(m.start() < end and start < m.end() for m in SHOT_DISTANCE.finditer(text))


def near_miss(text: str) -> bool:
    """Whether a sentence tells of a chance missed or a save ("Dunne fired narrowly
    wide"): match colour, true or false."""
    return NEAR_MISS.search(text) is not None


# A person's other interests, told in passing: "already owns a stake in a baseball team
# in Rhode Island", "who also owns a vineyard in Sonoma", "made his fortune in ...".
SIDE_INTEREST = re.compile(
    r"\b(?:already|also) (?:owns?|holds?|runs?|chairs?|has a stake)\b"
    r"|\bwho (?:already |also )?owns\b|\bside (?:stake|interest|business)\b"
    r"|\bmade (?:his|her|their) (?:fortune|money|name)\b",
    re.IGNORECASE,
)


def side_interest_at(text: str, start: int) -> bool:
    """Whether text[start:] follows a person's aside about other interests in the same
    sentence: where those lie is a stray detail, not worth a false statement."""
    return any(m.start() < start for m in SIDE_INTEREST.finditer(text))


# Where someone goes next: "said she would travel to London on Monday", "will next
# fly to Paris for the French Open". A plan beside the story, and the event it is for
# often gives the city away; so too "is expected to arrive in Taunton in April", where
# the story already has him elsewhere and the fixture he arrives for places him.
TRIP = (
    r"\b(?:will|would|(?:is|are) (?:due|set|expected) to|plans? to)\s+(?:next\s+|now\s+|then\s+)?"
    r"(?:(?:travel|fly|head|go|move on)\s+(?:on\s+|back\s+)?to|arrive\s+(?:back\s+)?(?:in|at))\s+"
)
# The same plan anywhere in a sentence, a place's name after it.
TRAVEL_PLAN = re.compile(TRIP + "(?:the\\s+)?(?-i:[A-Z])", re.IGNORECASE)


def travel_plan(text: str) -> bool:
    """Whether a sentence tells where someone will go next ("Doherty is expected to
    arrive in Taunton at the start of April"): true or false, a side detail."""
    return TRAVEL_PLAN.search(text) is not None


# A rest or a break someone will take: "would now take a fortnight's rest before
# returning to the gym", "is taking a week off". What follows a story's event for
# one person, told in closing, not the event itself.
REST_PLAN = re.compile(
    r"\b(?:take|taking|takes|have|having|enjoy|enjoying)\s+(?:a\s+)?(?:(?:few|couple\s+of"
    r"|two|three|four|six)\s+)?(?:days?|weeks?|fortnight|months?)(?:'s|'|\u2019s|\u2019)?"
    r"\s+(?:rest|break|holiday|off)\b"
    r"|\bbefore\s+returning\s+to\s+(?:the\s+gym|training)\b",
    re.IGNORECASE,
)


def rest_plan(text: str) -> bool:
    """Whether a sentence tells of a rest someone will take ("his fighter would now
    take a fortnight's rest"): true or false, a side detail."""
    return REST_PLAN.search(text) is not None


# The side played against in a match or series: "two one-day internationals against
# Zimbabwe", "the final v France".
OPPONENT = re.compile(r"\b(?:against|versus|vs\.?|v)\s+(?:the\s+)?$")


def opponent_at(text: str, start: int) -> bool:
    """Whether the place at text[start:] names the side played against: swapped or
    offered among the country's neighbours ("against Botswana", "against Cameroon"), it
    is absurd to anyone who follows the sport, as few of them play it at that level."""
    return OPPONENT.search(text[:start]) is not None


# The next away fixture: "when they travel to Rome next weekend".
TRAVEL_TO = re.compile(r"\b(?:travel|travels|go|goes|head|heads|fly|flies)\s+to\s+$", re.I)
NEXT_WHEN = re.compile(
    r"^\s+(?:next|this coming)\s+(?:week|weekend|month|season|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b"
)


def next_fixture_at(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is where a side goes next ("travel to
    ___ next weekend"): the next fixture, beside the story of this one."""
    return bool(TRAVEL_TO.search(text[:start]) and NEXT_WHEN.match(text[end:]))


def profile(text: str) -> bool:
    """Whether a sentence sketches a body: its history or its head count. None of its
    figures is worth a false statement ("now operates a fleet of 11 planes"), nor is
    it worth a blank."""
    return any(p.search(text) for p in (FOUNDED_IN, EMPLOYS, MEMBERSHIP))


def small_print(text: str) -> bool:
    """Whether a sentence tells such a detail anywhere ("retired on lap 6")."""
    for match in re.finditer(r"\b\d{1,4}\b", text):
        before = text[: match.start()]
        if minor_figure(before, len(match.group()) == 4):
            return True
    return False


FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def computed(sentence_text: str, start: int, end: int, value: float) -> bool:
    """Whether the figure at [start, end) of the sentence is the sum or difference of
    two other figures in it: "won 14,206 votes, ahead of X on 12,879, giving her a
    majority of ___" is a subtraction, not a reading question. Only figures of 10 or
    more written in digits count: "78 points, with Castell on 74 ..., with four races
    remaining" is a coincidence, not a margin."""
    written = sentence_text[start:end]
    if value < 10 or not re.search(r"\d", written):
        return False
    others = []
    for match in FIGURE.finditer(sentence_text):
        if start <= match.start() < end:
            continue
        try:
            others.append(float(match.group().replace(",", "")))
        except ValueError:
            continue
    for i, first in enumerate(others):
        for second in others[i + 1 :]:
            if abs(first + second - value) < 1e-6 or abs(abs(first - second) - value) < 1e-6:
                return True
    return False


# An amount with its sign and scale ("£61.4m", "23p", "1,200"), to pair like with like.
AMOUNT = re.compile(r"(?<![\w.])([£$€]?)(\d[\d,]*(?:\.\d+)?)(bn|m|p|%)?(?![\w-])")


PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:%|\s+per\s?cent\b)")


def halves_of_whole(sentence_text: str) -> set[float]:
    """The percentages of a sentence that add up to 100 with another of it: "had
    54.6% of the vote, against 45.4%" splits a two-way run-off, so either share
    gives the other away (and a swapped one makes the pair add up wrong)."""
    values = [float(v) for v in PERCENT.findall(sentence_text)]
    found = set()
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            if 0 < a < 100 and abs(a + b - 100) < 1e-6:
                found |= {a, b}
    return found


# A vote or poll split between sides: "won 56% of the vote, against ___ for X".
# "by 62 percent to 34 percent": two shares of one whole set side by side (-94).
ONE_WHOLE = re.compile(
    r"\bof the (?:vote|votes|poll|ballot)\b|\bagainst\b"
    r"|\d\s*(?:%|per\s?cent)\s+to\s+\d"
    # "... disapproved of his performance while 20 percent approved": one poll's answers
    r"|\bdisapprov\w*\b.*\bapprov|\bapprov\w*\b.*\bdisapprov",
    re.IGNORECASE,
)


def within_one_whole(sentence_text: str, key: float, options: list[str]) -> list[str]:
    """Options for a share that, with another share of the same vote the sentence
    gives, still fit in 100%: beside "56% of the vote", 49% makes 105% and is ruled
    out by arithmetic."""
    if not ONE_WHOLE.search(sentence_text):
        return options
    shares = [float(v) for v in PERCENT.findall(sentence_text)]
    others = [v for v in shares if v != key and v + key <= 100]
    if not others:
        return options
    kept = []
    for option in options:
        value = numbers.parse(option)
        if value is None or all(value.value + other <= 100 for other in others):
            kept.append(option)
    return kept


# How a figure is spoken matters after "a" and "an": "an 18% fall", never "an 14%".
VOWEL_WORDS = ("eight", "eleven", "eighteen", "eighty")


def spoken_with_an(option: str) -> bool:
    """Whether a figure takes "an": 8, 11, 18, 80-89, 800-899, 8,000, 11,000 and their
    words; a sum ("£8m", said "eight million pounds" but read "a £8m") is left alone
    by the caller, as its sign comes first."""
    text = option.strip().lower()
    if text.startswith(VOWEL_WORDS):
        return True
    digits = re.match(r"\d+", text)
    if digits is None:
        return False
    lead = digits.group()
    return lead.startswith("8") or lead in ("11", "18")


def fits_article(before: str, key: str, options: list[str]) -> list[str]:
    """Options that take the same "a" or "an" as the key when the word before the
    blank is one: "reported an ___ fall" with 18% rules out 14% and 10%."""
    word = before.rstrip().rsplit(" ", 1)[-1].lower() if before.strip() else ""
    if word not in ("a", "an") or not key[:1].isalnum():
        return options
    wanted = spoken_with_an(key)
    return [o for o in options if spoken_with_an(o) == wanted]


def an_figures(key: float) -> list[float]:
    """Figures said with "an" near the key, nearest first, for a blank after "an"
    whose spread left too few: 18% takes 11% and 8%."""
    bases = (8, 11, 18, *range(80, 90))
    found = {b * 10**k for b in bases for k in range(7)}
    found = [v for v in found if 1.1 <= max(v, key) / min(v, key) <= 3]
    return sorted(found, key=lambda v: (max(v, key) / min(v, key), v))


def in_percent(sentence_text: str) -> set[float]:
    """The percentages of a sentence that two of its amounts of one unit compute, with
    those amounts: "fell ___ to £61.4m, down from £74.9m" (18%) or "fell 23p, or ___,
    to 301p" (7%) asks for division, not reading, and changing any of them ("fell
    18% to £61.4m, down from £58.4m") makes a statement arithmetic shows false."""
    amounts: dict[tuple[str, str], list[float]] = {}
    percents = []
    for match in AMOUNT.finditer(sentence_text):
        value = float(match.group(2).replace(",", ""))
        if match.group(3) == "%":
            decimals = len(match.group(2).partition(".")[2])
            # Half a unit of the last written digit: the rounding a writer did.
            percents.append((value, 0.5 * 10**-decimals + 1e-9))
        elif value > 0 and (match.group(1) or match.group(3) or value >= 100):
            amounts.setdefault((match.group(1), match.group(3) or ""), []).append(value)
    involved = set()
    for values in amounts.values():
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                small, large = sorted((a, b))
                if large == small:
                    continue
                change = large - small
                shares = [change / large, change / small, small / large]
                # "1,184 for and 416 against, giving the 74% majority": a vote's share.
                shares += [small / (small + large), large / (small + large), small / change]
                for percent, tolerance in percents:
                    if any(abs(100 * share - percent) <= tolerance for share in shares):
                        involved |= {percent, a, b}
    return involved


# A share or multiple of another figure: "more than a third of the £21,000", "half
# the 2,000 jobs", "twice the £40m", "15% of the 300 staff".
RELATION = re.compile(
    r"\b(?:(?:a|one|two|three)[\s-]+(?:half|thirds?|quarters?|fifths?|tenths?)|half|twice"
    r"|double|treble|triple|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times)\b"
    r"|\d+(?:\.\d+)?%\s+of\b",
    re.IGNORECASE,
)


def related_figure(sentence_text: str, start: int, end: int) -> bool:
    """Whether the sentence states the figure at [start, end) as a share or multiple of
    another amount of its unit close by: "at least ___ in prize money, more than a third
    of the £21,000 he earned" bounds the blank, so the options are sorted by arithmetic
    (over £7,000, under £21,000) rather than by reading."""
    key = AMOUNT.search(sentence_text, start)
    if key is None or key.start() >= end:
        return False
    for match in AMOUNT.finditer(sentence_text):
        if start <= match.start() < end or (match.group(1), match.group(3)) != (
            key.group(1),
            key.group(3),
        ):
            continue
        between = sentence_text[min(end, match.end()) : max(start, match.start())]
        if len(between) <= 60 and not re.search(r"[;.]\s", between) and SHARE_OF.search(between):
            return True
        # "worth about ___ a year, a cut of roughly a third on her current contract,
        # which is reported to pay her £600,000": the change is taken on that figure.
        later = max(start, match.start())
        change = CHANGE_ON.search(sentence_text, 0, later)
        if (
            change is not None
            and not (start <= change.start() < end)
            and _names_base(sentence_text[change.end() : later])
        ):
            return True
    return False


def _names_base(text: str) -> bool:
    """Whether text, between "a cut of a third on" and a figure, only goes on to name
    what the share is of ("her current contract, which is reported to pay her"): no
    new clause ("the year before, and plans to spend") nor sentence comes between."""
    return (
        len(text) <= 80
        and not re.search(r"[;.]\s|\band\b|\bbut\b", text)
        and not re.search(r",\s+(?!which\b|that\b|who\b)", text)
    )


# A change stated as a share of another figure: "a cut of roughly a third on",
# "a rise of 20% from", "an increase of half over".
CHANGE_ON = re.compile(
    r"\b(?:cut|rise|increase|drop|fall|reduction|decrease|raise)\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than)\s+)?"
    r"(?:(?:a|one|two|three)[\s-]+(?:half|thirds?|quarters?|fifths?|tenths?)|half"
    r"|\d+(?:\.\d+)?(?:%|\s+per\s*cent))\s+"
    r"(?:on|from|over|against|compared\s+(?:with|to))\b",
    re.IGNORECASE,
)


# The share straight before the figure it is of ("a third of the ", "half the ",
# "twice as much as "): "in the first half and 2 in the second" is no share.
SHARE_OF = re.compile(
    rf"(?:{RELATION.pattern})\s+(?:of\s+|as\s+(?:much|many|large|big)\s+as\s+)?"
    r"(?:(?:the|a|an|its|his|her|their|that)\s+)?$",
    re.IGNORECASE,
)


def in_sum(sentence_text: str) -> set[float]:
    """The figures of a sentence that add up with two others (a + b = c): changing
    one of them ("won 17,615 votes ... majority of 1,327") makes a statement that
    arithmetic, not the article, shows false."""
    values = []
    for match in FIGURE.finditer(sentence_text):
        try:
            value = float(match.group().replace(",", ""))
        except ValueError:
            continue
        if value >= 10:
            values.append(value)
    involved = set()
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if i < j and any(abs(a + b - c) < 1e-6 for c in values):
                involved |= {a, b, a + b}
    return involved


def _precision(value: float) -> int:
    """Significant figures of a whole number: 2,000 has one, 3,412 four."""
    digits = str(int(value)).rstrip("0")
    return len(digits) if value == int(value) else 9


def rounded_like(key, before: str, options: list[str]) -> list[str]:
    """For an approximate slot ("when about ___ coins were found"), only options as
    round as the key: an exact 3,412 (another hoard's count) beside "about" reads as
    the odd one out and lends the story's own figure a false air of belonging."""
    words = before.lower().split()
    if not words or words[-1] not in numbers.APPROXIMATE or key.value != int(key.value):
        return options
    # "about 10%" among 11%, 14% and 18%: the one round figure is the key. Options
    # keep the key's round steps, or half of them ("about 3,000" beside 3,500).
    digits = str(int(key.value))
    half = 10 ** (len(digits) - len(digits.rstrip("0"))) / 2
    kept = []
    for option in options:
        value = numbers.parse(option)
        if value is None or (
            _precision(value.value) <= max(_precision(key.value), 2)
            and (half < 1 or value.value % half == 0)
        ):
            kept.append(option)
    return kept


# A place after a direction or nearness ("west of Sydney", "near Leeds"): many places
# fit, so another name is seldom false.
RELATIVE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)? of|near|"
    r"outside|beyond|close to)\s+$",
    re.IGNORECASE,
)


def pinned_place(article, sentence, mention) -> bool:
    """Whether a country or continent is told by the sentence's own cities ("flying to
    North America for dates in Toronto"), or named again another way ("the US
    Billboard 200, ... in America"): general knowledge fills or falsifies it."""
    place = gazetteer.lookup(mention.entity.name)
    if place is None or place.kind not in (gazetteer.COUNTRY, gazetteer.CONTINENT):
        return False
    for other in article.mentions_in(sentence):
        if other.entity is None or other.entity is mention.entity or other.type != mention.type:
            continue
        found = gazetteer.lookup(other.entity.name)
        if found is None:
            continue
        if found.kind == gazetteer.CITY:
            return True
        if place.kind == gazetteer.COUNTRY and found.country == place.country:
            return True
    return False


# "hit 11 fours and a six", "outpaced two defenders", "missed five tackles": a tally of
# the play, scorecard trivia rather than what happened.
PLAY_TALLY = re.compile(
    r"^\s+(?:fours|sixes|boundaries|maximums|defenders|tackles|missed tackles|offloads|"
    r"carries|turnovers|aces|double faults|clean breaks)\b",
    re.IGNORECASE,
)
# "edged Treloar to second slip with the score on 158": the score at one moment.
SCORE_AT = re.compile(r"\bwith the score (?:on|at)\s+$", re.IGNORECASE)
# "a survey of 800 of its members found ...": how many were asked, not what they said.
SAMPLE_OF = re.compile(
    r"\b(?:survey|poll|study|questionnaire|sample)\s+of\s+(?:(?:more than|about|around|"
    r"over|almost|nearly|some)\s+)?$",
    re.IGNORECASE,
)
# "Kieran Lott was leg before to Mistry for six soon afterwards", "Lott made six": an
# individual score, with nothing after it but the rest of the clause.
SCORE_BEFORE = re.compile(r"\b(?:for|made|scored|making|scoring|managed)\s+$", re.IGNORECASE)
SCORE_AFTER = re.compile(
    r"^(?:\s+(?:not out|runs?))?(?:\s*[,.;)]|\s*$|\s+(?:soon|shortly|before|after|and|but|"
    r"when|as|off|from|in)\b)",
    re.IGNORECASE,
)
LOW_SCORE = 20


def minor_score(article, sentence, at: int, figure, after: str) -> bool:
    """Whether the figure at body offset at is a low individual score of a player who
    is not one of the story's main actors: scorecard small print."""
    before = article.body[sentence.start : at]
    if figure.value >= LOW_SCORE or not SCORE_BEFORE.search(before) or not SCORE_AFTER.match(after):
        return False
    people = [
        m for m in article.mentions_in(sentence) if m.type == PERSON and m.entity and m.end <= at
    ]
    return bool(people) and not main_actor(article, sentence, people[-1].entity)


def scene_details(sentence_text: str, before: str, after: str, figure, at: int, to: int) -> int:
    """How many ways the figure at sentence_text[at:to] only sets the scene: a shot's
    distance, where a thing was found or how many came, a placing's time or the wind,
    when a structure was built. A number blank loses score for each; a false statement
    never swaps such a figure. One list for both, so a rule added counts in both."""
    return sum(
        (
            shot_distance_at(sentence_text, at, to),
            scene_figure_at(sentence_text, at, to),
            events.minor_placing(before) or events.wind_speed(before, after),
            events.building_year(before, figure, sentence_text),
            PLAY_TALLY.match(after) is not None,
            SCORE_AT.search(before) is not None,
            SAMPLE_OF.search(before) is not None,
        )
    )


# Which way a vehicle was going when something happened: "heading towards Exeter".
HEADING_FOR = re.compile(r"\b(?:heading|travelling|bound)\s+(?:towards?|for)\s+(?:the\s+)?$")


def heading_at(sentence_text: str, at: int) -> bool:
    """Whether the place at sentence_text[at:] is where something was heading ("an early
    freight train heading towards Exeter reported debris"): it sets the scene, and
    another place there tests nothing of the story. Neither blanked nor swapped."""
    return HEADING_FOR.search(sentence_text[:at]) is not None
