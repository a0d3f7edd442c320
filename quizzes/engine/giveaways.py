"""Whether one question gives another away: a stem that names another's key beside
words of its fact, prints its figure with the unit, states the count it asks for,
computes its figure, or shows a false statement false; and whether the stems of a
set single out one option of a question. Used by rank.select."""

import re

from . import gazetteer, numbers
from .kinds import fates, who_is
from .kinds.common import Candidate, contains_any
from .shares import MIN_COMPUTED, computed, fraction_of_whole, fraction_shows, share_in_words


def gives_away(a: Candidate, b: Candidate, common: frozenset[str] = frozenset()) -> bool:
    """Whether a's stem tells b's answer: it names b's key ("Lorna Gray said the
    footage showed ..." beside "Who told the court the footage contradicted ...?"),
    prints b's figure with its unit ("waited longer than 18 weeks" beside a blank
    of "18 weeks"), or states the truth b's false statement changes."""
    if b.draft.kind == "true_false":
        return _contradicts(a.draft.stem, b, common) or _confirms(a.draft.stem, b)
    if b.draft.kind == "who_is":
        return _role_shown(a.draft.stem, b)
    if a.answer.casefold() == b.answer.casefold():
        return _one_culprit(a, b)
    if _blank_context_shown(a.draft.stem, b):
        return True
    if _count_stated(a.draft.stem, b) or _count_passed(a.draft.stem, b):
        return True
    if _total_bounds(a.draft.stem, b):
        return True
    if _country_shown(a.draft.stem, b):
        return True
    if computed(a.draft.stem, b) or share_in_words(a.draft.stem, b):
        return True
    if fraction_of_whole(a.draft.stem, b):
        return True
    key = b.draft.key.text
    if not contains_any(a.draft.stem, _forms(key, b)):
        return False
    if re.search(r"\d", key) and re.search(r"[^\d\s.,]", key):
        return True  # a figure with its unit ("18 weeks", "$2.5m") is one fact anywhere
    if _speaker_shown(a, b, common):
        return True
    if _accused_shown(a.draft.stem, b):
        return True
    if any(contains_any(a.draft.stem, _forms(d.text, b)) for d in b.draft.distractors):
        return False  # "Mr Blair and Dr Williams": no one option singled out
    if b.draft.kind == "entity" and (b.accused or fates.asks_accused(b.draft.stem)):
        # "Whitcombe's Vauxhall mounted the pavement", "Mr Marlowe went to considerable
        # lengths to cover his tracks": naming the accused answers who did the crime.
        return True
    if b.draft.kind == "number" and _telling_figure(key):
        return True  # "only two of the 23 birds" beside "fitted tags to ___ whimbrels"
    if _paired(a.draft.stem, _forms(key, b)):
        return False  # "both the Cardinal and Dr Williams" did it, not one of them
    # The key beside words of b's question ties it to b's fact: one word the story
    # rarely uses ("footage", "photographer"), or three of its everyday ones. A name
    # in an unrelated stem ("compensation to Mr Petrie"), or beside a word or two the
    # story keeps using ("the trust", "maps"), only hints.
    return _tied(a.draft.stem, b.draft.stem, key, common)


def _accused_shown(stem: str, question: Candidate) -> bool:
    """Whether stem, which names a person key, makes that person the accused ("remanded
    Whitcombe in custody", "Marlowe ... admitted ___ charges of theft") and none of
    the distractors: the accused answers every question about the crime ("Who took
    money from the retirement savings of 600 workers?"), whatever its words."""
    if question.draft.kind != "entity" or question.draft.answer_type != "person":
        return False
    if not fates.accused_in(stem, _forms(question.draft.key.text, question)):
        return False
    return not any(
        fates.accused_in(stem, _forms(d.text, question)) for d in question.draft.distractors
    )


def _telling_figure(key: str) -> bool:
    """Whether a bare figure key ("23", "1,460"), printed in another stem beside none of
    its distractors, is the one option the set shows: small counts ("two") and years
    recur in unrelated facts."""
    figure = numbers.parse(key)
    return figure is not None and not figure.is_year and figure.value >= MIN_COMPUTED


def _one_culprit(a: Candidate, b: Candidate) -> bool:
    """Whether two questions about one person both ask who the accused is: "Who took
    money from the retirement savings of 600 workers?" beside "Who admitted 14 charges
    of theft?". Whoever answers one knows the other, by its words alone."""
    if not all(q.draft.kind == "entity" and q.draft.answer_type == "person" for q in (a, b)):
        return False
    return fates.asks_accused(a.draft.stem) or fates.asks_accused(b.draft.stem)


def _speaker_shown(a: Candidate, b: Candidate, common: frozenset[str] = frozenset()) -> bool:
    """Whether a's stem, which names b's speaker, is the sentence that introduces b's
    quotation ("Site manager Tom Castle ... said the reserve ..." before "Who said
    "When I started here ..."?") or repeats a figure of b's quotation ("Llewellyn
    estimates ... £527" beside "Who said "A gap of £527 a head ..."?"): a student
    reads the speaker off the other stem, even with a namesake among the options."""
    if b.draft.answer_type != "person" or not b.draft.stem.startswith("Who "):
        return False
    if {e.start for e in a.draft.evidence} & {e.start for e in _introduction(b)}:
        return True
    if a.draft.kind == "true_false" and _cited_for_speaker(a, b, common):
        return True
    figures = set(FIGURE.findall(b.draft.stem))
    return bool(figures & set(FIGURE.findall(a.draft.stem)))


def _cited_for_speaker(a: Candidate, b: Candidate, common: frozenset[str] = frozenset()) -> bool:
    """Whether a's statement, which names b's speaker, is a sentence b cites to show who
    spoke ("The skeleton was spotted by Derek Holt ..." beside "Who said "When I saw
    the row of teeth ..."?"): it tells what the speaker did in the story, and the
    quotation tells of the same thing."""
    said = {e.start for e in b.draft.evidence if '"' in e.text or "\u201c" in e.text}
    cited = {e.start for e in b.draft.evidence} - said
    # A statement from elsewhere that names the speaker gives him away only on the
    # quotation's own topic, told in two of its words or one of its families.
    near = bool({e.start for e in a.draft.evidence} & cited)
    # Only when the two tell of one thing: a lead that says who the speaker is ("Ann
    # Hale has run the reserve ...") beside "When I came here ..." gives nothing away.
    match = re.match(r'Who said "(.+)"\?$', b.draft.stem)
    if match is None:
        return False
    quotation, statement = match.group(1), a.draft.stem
    for form in _forms(b.draft.key.text, b):
        statement = statement.replace(form, " ")
    # Away from the cited sentence, words the whole story keeps using ("tickets",
    # "fans") tie nothing to one speaker.
    ignored = frozenset() if near else common
    shared = _stems(quotation, names=False) & _stems(statement, names=False)
    if len(shared - ignored) >= 2 - near:
        return True
    said_words = {w for w in re.findall(r"[a-z]+", quotation.lower()) if w[:6] not in ignored}
    stated_words = {w for w in re.findall(r"[a-z]+", statement.lower()) if w[:6] not in ignored}
    families = SCENE_FAMILIES + TOPIC_FAMILIES
    return any(family & said_words and family & stated_words for family in families)


# Words that tell of one act in other words: "When I saw the row of teeth" is the
# moment "the skeleton was spotted by" the speaker.
SCENE_FAMILIES = (
    {"saw", "see", "seen", "spot", "spotted", "noticed", "found", "discovered", "discovery",
     "witnessed", "watched", "glimpsed"},
    {"won", "win", "winning", "victory", "title", "triumph"},
    {"hurt", "injured", "injury", "injuries", "wounded"},
    {"rescued", "rescue", "saved", "pulled"},
    {"arrested", "arrest", "detained", "charged"},
)  # fmt: skip


# Words that name one topic in other words: "assurances ... about the future of this
# site" is what "on the understanding that production would stay" was about.
TOPIC_FAMILIES = (
    {"site", "sites", "plant", "plants", "factory", "factories", "mill", "depot",
     "production"},
    {"assurance", "assurances", "assured", "promise", "promises", "promised",
     "understanding", "guarantee", "guarantees", "guaranteed", "pledge", "pledged",
     "commitment", "commitments"},
)  # fmt: skip


# How far before a quotation the sentence that introduces its speaker may end.
INTRODUCTION_GAP = 400


def _introduction(question: Candidate) -> list:
    """The evidence a "Who said "..."?" question cites just before its quotation: the
    nearest sentence that names the speaker. The sentence that gives a speaker's full name
    far earlier (the lead) only spells the name out."""
    match = re.match(r'Who said "(\S+ \S+ \S+)', question.draft.stem)
    if match is None:
        return []
    said = next((e for e in question.draft.evidence if match.group(1) in e.text), None)
    if said is None:
        return []
    surname = question.draft.key.text.split()[-1]
    before = [
        e
        for e in question.draft.evidence
        if e is not said
        and 0 <= said.start - e.end <= INTRODUCTION_GAP
        and contains_any(e.text, [surname])
    ]
    # The nearest sentence that names the speaker introduces the words; one further
    # back ("Tim Renner told the BBC ...", then "Renner warned ...") only sets the scene.
    return before[-1:]


# A figure that names one fact: "£527", "4.1%", "1,200" (not a bare small number).
FIGURE = re.compile(r"[£$€]\d[\d,.]*\w*|\d[\d,.]*%|\d{1,3}(?:,\d{3})+|\d{3,}")
COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _count_stated(stem: str, question: Candidate) -> bool:
    """Whether stem states the count a number question asks for, beside the noun it
    counts, in words or figures: "military officers from all five countries" gives
    away "Foreign ministers from ___ central African countries" and "How many
    countries ...?"."""
    if question.draft.kind != "number":
        return False
    key = question.draft.key.text.lower()
    value = COUNT_WORDS.get(key) or (int(key) if key.isdigit() else None)
    if value is None or value > 100:
        return False
    asked = question.draft.stem
    rest = asked[len("How many ") :] if asked.startswith("How many ") else asked.partition("___")[2]
    after = re.match(r"[\w -]{0,30}?\b([a-z]+s)\b", rest)
    if after is None:
        return False
    noun = after.group(1)
    forms = [str(value)] + [w for w, n in COUNT_WORDS.items() if n == value]
    if value == 2:
        forms += PAIR_FORMS  # "replacing both damaged beams": two of them
    pattern = rf"\b(?:{'|'.join(forms)})\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b"
    if re.search(pattern, stem, re.IGNORECASE):
        return True
    # "About ___ staff work at the six sites" beside "___ care homes are to close"
    # (key "Six"): "the six sites" points back to a count already told, in other words.
    if value < 3:
        return False
    told = rf"\b(?:the|all|these|those)\s+(?:{'|'.join(forms)})\s+[a-z-]+s\b"
    return re.search(told, stem, re.IGNORECASE) is not None


# Words that count two: "both beams", "a pair of beams", "twin beams".
PAIR_FORMS = ["both", "a pair of", "twin"]


ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip


def _count_passed(stem: str, question: Candidate) -> bool:
    """Whether stem counts on past the key by an ordinal: "set up a third try" beside
    "thanks to ___ tries from Corrigan" (two) says two came before it."""
    if question.draft.kind != "number":
        return False
    key = question.draft.key.text.lower()
    value = COUNT_WORDS.get(key) or (int(key) if key.isdigit() else None)
    noun = _counted_noun(question.draft.stem)
    if value is None or noun is None:
        return False
    one = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    ordinal = next((w for w, n in ORDINALS.items() if n == value + 1), None)
    return ordinal is not None and re.search(rf"\b{ordinal}\s+{re.escape(one)}\b", stem) is not None


# A whole that bounds its parts: "silver worth an estimated €4.5m", "a total of £2m".
TOTAL = re.compile(
    r"\b(?:worth|total(?:ling|led)?|in all|altogether|combined|haul of)\b"
    r"(?:\s+(?:an?|of|about|around|some|estimated|more than|almost|nearly)){0,3}"
    r"\s+([£$€]\d[\d,.]*(?:bn|m|k)?)",
    re.IGNORECASE,
)
SCALES = {"": 1, "k": 1e3, "m": 1e6, "bn": 1e9}


def _total_bounds(stem: str, question: Candidate) -> bool:
    """Whether stem states a sum of money as a whole ("stole items worth €4.5m") that
    a number question's key fits under and two of its distractors exceed: a part
    cannot be worth more than the whole, so "€6m" and "€8m" for one item fall away."""
    if question.draft.kind != "number":
        return False
    key = numbers.parse(question.draft.key.text)
    if key is None or not key.prefix:
        return False

    def amount(figure):
        return figure.value * SCALES.get(figure.suffix.lower(), 1)

    for match in TOTAL.finditer(stem):
        whole = numbers.parse(match.group(1).rstrip(".,"))
        if whole is None or whole.prefix != key.prefix:
            continue
        above = [
            d
            for d in question.draft.distractors
            if (f := numbers.parse(d.text)) is not None and amount(f) > amount(whole)
        ]
        if amount(key) <= amount(whole) and len(above) >= 2:
            return True
    return False


# Keys this close, counting the same noun, are one figure rounded two ways.
SAME_COUNT_SHARE = 0.05


def same_count(a: Candidate, b: Candidate) -> bool:
    """Whether two number questions ask one count: keys within 5% of each other, each
    counting the same noun ("more than ___ Roman coins", "contains ___ coins")."""
    if b.draft.kind == "number":
        a, b = b, a
    if a.draft.kind != "number" or b.draft.kind not in ("number", "true_false"):
        return False
    first = numbers.parse(a.draft.key.text)
    noun = _counted_noun(a.draft.stem)
    if first is None or not first.value or noun is None:
        return False
    if b.draft.kind == "number":
        second = numbers.parse(b.draft.key.text)
        counts = [(second.value, _counted_noun(b.draft.stem))] if second else []
    else:
        # A statement about the same count ("the hoard contains 2,661 coins") is
        # given away by, or gives away, the blank.
        counts = [
            (float(figure.replace(",", "")), word)
            for e in b.draft.evidence
            for figure, word in COUNTED.findall(e.text)
        ]
    return any(
        word == noun and abs(first.value - value) <= SAME_COUNT_SHARE * max(first.value, value)
        for value, word in counts
    )


# A figure and the plural noun it counts: "3,412 coins", "120 of the chain's stores".
COUNTED = re.compile(r"\b(\d[\d,]*)\s+(?:[\w'-]+\s+){0,2}?([a-z]+s)\b")


def _counted_noun(stem: str) -> str | None:
    rest = stem[len("How many ") :] if stem.startswith("How many ") else stem.partition("___")[2]
    after = re.match(r"[\w -]{0,30}?\b([a-z]+s)\b", rest)
    return after.group(1) if after else None


def _tied(stem: str, question: str, answer: str, common: frozenset[str]) -> bool:
    """Whether stem, which names answer, shares enough of question's words to tie the
    answer to question's fact."""
    asked = _stems(question) - _stems(answer)
    shared = asked & _stems(stem)
    # A third party's name in both ("Robinson") says the two facts share a person,
    # not that they are one fact; a rare common noun ("footage") does.
    rare = shared & _stems(stem, names=False) & _stems(question, names=False)
    return len(shared) >= 3 or bool(rare - common)


def _role_shown(stem: str, question: Candidate) -> bool:
    """Whether stem names the person a "who is" question asks about with the role
    that answers it: "Jack Law, chief executive of Alcohol Focus Scotland, said ..."."""
    role = who_is.bare(question.draft.key.text)
    surname = question.answer.split()[-1]
    return contains_any(stem, [role]) and contains_any(stem, [surname])


def _forms(option: str, question: Candidate) -> list[str]:
    """How a stem may name an option: in full, or a person by surname ("Mr Fabius"
    names Laurent Fabius)."""
    forms = [option]
    words = option.split()
    if question.draft.answer_type == "person" and len(words) > 1 and len(words[-1]) > 3:
        forms.append(words[-1])
    span = SPAN_OF_TIME.match(option)
    if span:
        # "27-year-old Abdallah" tells "Living in Gaza for ___" its "27 years" (-105).
        forms += [f"{span[1]}-{span[2]}", f"{span[1]}-{span[2]}-old"]
    return forms


# A span of time as a number question's key: "27 years", "six months".
SPAN_OF_TIME = re.compile(r"^(\w+) (year|month|week|day|hour)s?$")


def _country_shown(stem: str, question: Candidate) -> bool:
    """Whether stem names the country of a city key that no distractor shares:
    "before settling in Germany" beside "lives in ___" with Berlin, Warsaw, Vienna."""
    if question.draft.kind != "entity":
        return False
    city = gazetteer.lookup(question.draft.key.text)
    if city is None or city.kind != gazetteer.CITY:
        return False
    if any(
        (place := gazetteer.lookup(d.text)) is not None and place.country == city.country
        for d in question.draft.distractors
    ):
        return False
    return any(
        (place := gazetteer.lookup(name)) is not None
        and place.kind == gazetteer.COUNTRY
        and place.country == city.country
        for name in _capitalised(stem)
    )


def _capitalised(stem: str) -> list[str]:
    """Capitalised words of a stem, alone and in pairs ("United States")."""
    words = re.findall(r"[A-Z][a-z]+", stem)
    return words + [" ".join(pair) for pair in zip(words, words[1:], strict=False)]


FALSE_CHANGE = re.compile(r'the article says "(.+)", not "(.+)"')


def _contradicts(stem: str, statement: Candidate, common: frozenset[str] = frozenset()) -> bool:
    """Whether stem shows a false statement false: it prints the true value the
    statement changed beside the statement's words, or puts the true city's country
    where the changed one has another ("settling in Germany" against "lives in
    Bristol" for Berlin)."""
    found = FALSE_CHANGE.search(statement.draft.explanation)
    if not found:
        return False
    original, replacement = found.groups()
    if fraction_shows(stem, statement.draft.stem, original, replacement):
        return True
    if contains_any(stem, [original]):
        return _tied(stem, statement.draft.stem, replacement, common)
    true_place, false_place = gazetteer.lookup(original), gazetteer.lookup(replacement)
    if true_place is None or false_place is None or true_place.country == false_place.country:
        return False
    words = re.findall(r"[A-Z][a-z]+", stem)
    names = words + [" ".join(pair) for pair in zip(words, words[1:], strict=False)]
    return any(
        (place := gazetteer.lookup(name)) is not None
        and place.kind == gazetteer.COUNTRY
        and place.country == true_place.country
        for name in names
    )


# A figure that is one fact wherever it is printed: a share, a sum of money, or a
# count of thousands ("40%", "£2.5m", "18,600"); not a year, not a small count.
MEASURE = re.compile(r"[£$€]\d[\d,.]*(?:bn|m|k)?\b|\d[\d,.]*%|\d{1,3}(?:,\d{3})+")


def _confirms(stem: str, statement: Candidate) -> bool:
    """Whether stem shows a true statement true: it prints the statement's share, sum
    or count beside a word of its fact ("raise the risk of developing diabetes by as
    much as 40%" beside "night workers were 40% more likely to develop diabetes")."""
    if not statement.draft.key.text == "True":
        return False
    figures = set(MEASURE.findall(statement.draft.stem)) & set(MEASURE.findall(stem))
    if not figures:
        return False
    shared = _stems(stem, names=False) & _stems(statement.draft.stem, names=False)
    return bool(shared)


# Words too slight to tie a figure to its blank ("of ___", "___ and").
SLIGHT = {
    "the", "and", "but", "for", "from", "with", "than", "that", "this", "about",
    "around", "some", "over", "under", "nearly", "almost", "more", "less", "just",
    "only", "least", "most", "into", "onto", "was", "were", "are", "has", "had", "have",
    "by", "of", "to", "in", "on", "at", "as", "or", "a", "an", "its", "his", "her",
    "their", "our", "up", "down", "per", "each", "all", "out",
}  # fmt: skip


def _blank_context_shown(stem: str, question: Candidate) -> bool:
    """Whether stem prints a number question's bare key beside the word the blank
    stands beside: "the vast majority have type 2" beside "developing type ___
    diabetes", "aged 11 to 18" beside "pupils aged ___ to 18". The word ties the figure
    to the blank's own slot, whatever the other words."""
    if question.draft.kind != "number":
        return False
    key = question.draft.key.text
    if not re.fullmatch(r"\d+|[A-Za-z]+", key):
        return False  # a figure with its unit is caught already (see gives_away)
    asked = question.draft.stem
    before = re.search(r"([A-Za-z][\w'-]*)\s+___", asked)
    after = re.search(r"___\s+([A-Za-z][\w'-]*)", asked)
    shown = re.escape(key)
    for word, pattern in (
        (before, r"\b{w}\s+{k}\b"),
        (after, r"(?<![\w,.]){k}\s+{w}\b"),
    ):
        if word is None or word.group(1).lower() in SLIGHT or len(word.group(1)) < 3:
            continue
        found = pattern.format(w=re.escape(word.group(1)), k=shown)
        if re.search(found, stem.replace("___", ""), re.IGNORECASE):
            return True
    return False


# The words every stem of a kind shares, which say nothing of its fact.
FRAME_WORDS = {
    "complete", "sentence", "article", "true", "false", "according", "said", "which",
    "what", "with", "from", "that", "this", "have", "were", "been", "they", "their",
    "will", "would", "there", "about", "into", "than", "when", "many",
    "these", "those", "also", "some", "more", "most", "other", "only", "just", "very",
    "such", "over", "after", "before", "where", "while", "could", "should", "them",
    "your", "does", "much", "each", "last", "year", "years", "told", "says", "being",
}  # fmt: skip


def _content(text: str) -> set[str]:
    words = {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4}
    return words - FRAME_WORDS


def _stems(text: str, names: bool = True) -> set[str]:
    """Content words cut to six letters, so "photographs" meets "photographer";
    without names, only the words written in lower case."""
    if not names:
        text = " ".join(w for w in text.split() if not w[:1].isupper())
    return {w[:6] for w in _content(text)}


def common_words(body: str) -> frozenset[str]:
    """Word stems the article uses three times or more."""
    counts: dict[str, int] = {}
    for word in re.findall(r"[a-z]+", body.lower()):
        if len(word) >= 4:
            counts[word[:6]] = counts.get(word[:6], 0) + 1
    return frozenset(w for w, n in counts.items() if n >= 3)


def same_key(a: Candidate, b: Candidate) -> bool:
    """Whether two questions ask one figure: two number questions with one key ("fitted
    tags to ___ whimbrels" and "only two of the ___ birds", both 23), or a false
    statement that changes the figure a number question asks for ("only two of the 18
    birds" beside the 23 whimbrels). Small counts and years recur in unrelated facts."""
    if b.draft.kind == "number":
        a, b = b, a
    if a.draft.kind != "number" or b.draft.kind not in ("number", "true_false"):
        return False
    first = numbers.parse(a.draft.key.text)
    if b.draft.kind == "number" and _same_choices(a, b):
        # "spending ___ of national income" and "agreed in 1970 to spend ___ of their
        # incomes", both 0.7% among 0.4%, 1.1% and 1.5%: one figure asked twice with
        # one list, however small (judges failed the second as a repeat).
        return True
    if first is None or first.is_year or first.value < MIN_COMPUTED:
        return False
    if b.draft.kind == "number":
        second = numbers.parse(b.draft.key.text)
    else:
        found = FALSE_CHANGE.search(b.draft.explanation)
        second = numbers.parse(found.group(1)) if found else None
    return second is not None and second.value == first.value and numbers.same_unit(first, second)


def _same_choices(a: Candidate, b: Candidate) -> bool:
    """Whether two questions have one key and the same options."""
    first = {c.text for c in a.draft.choices}
    return a.draft.key.text == b.draft.key.text and first == {c.text for c in b.draft.choices}


# How many other stems must name a person's or a body's key, and more often than any
# of its distractors, before the set singles it out: one naming is a hint (the story's
# people recur), two with less for the others tell the student which one.
SINGLED_OUT = 2


def singled_out(questions: list[Candidate]) -> bool:
    """Whether the other stems of a set name the key of an entity question far more
    than its distractors: "Mr Ashworth's company will take a stake", "Mr Ashworth ...
    was humbled" beside "Who will invest £4.5m in the club?"; a place key that another
    stem names when none of its distractors is named anywhere ("runs hospitals in
    Kidderminster" beside "a public meeting in ___")."""
    for question in questions:
        if question.draft.kind != "entity":
            continue
        stems = [q.draft.stem for q in questions if q is not question]
        key = _forms(question.draft.key.text, question)
        others = [_forms(d.text, question) for d in question.draft.distractors]
        named = [
            s for s in stems if (contains_any(s, key) or _compound(s, key)) and not _paired(s, key)
        ]
        if not named:
            continue
        rivals = max((sum(contains_any(s, forms) for s in stems) for forms in others), default=0)
        if question.draft.answer_type.startswith("place") and not rivals:
            return True
        if len(named) >= SINGLED_OUT and len(named) > rivals:
            return True
    return False


def _compound(stem: str, forms: list[str]) -> bool:
    """Whether stem joins a name to a word by a hyphen ("a Deventer-based database"),
    which names it as surely as the bare name does."""
    return any(re.search(rf"(?<![\w'-]){re.escape(f)}-[a-z]", stem) for f in forms if f)


def _paired(stem: str, forms: list[str]) -> bool:
    """Whether stem names the key only as one of two who did something together."""
    paired = re.search(r"\bboth\b(.{0,80}?\band\b[^,.;]*)", stem)
    return bool(paired) and contains_any(paired.group(0), forms)
