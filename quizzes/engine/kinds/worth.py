"""Whether a sentence is worth asking about, and whether it reads cleanly.

A teacher asks about what the story is about: the lead, and sentences that
name the headline's subject or the people and organisations the article keeps
coming back to. A share price to the penny, or the size of the congregation
at next Friday's service, is a stray aside. Sentences with an obvious slip in
the source ("some its motherboards", "a 15 million handsets") are not quoted
back to students at all.
"""

import re
from collections import Counter

from ..names import GIVEN_NAMES
from ..nlp import Sentence, text_of
from ..text import outside_quotes

# A determiner straight before a possessive ("some its chips") is a typing slip.
DETERMINER_POSSESSIVE = re.compile(
    r"\b(?:a|an|the|some|any|each|every)\s+(?:its|his|their|our|my|your)\b", re.IGNORECASE
)
# "the Ms Williams": "the" before a courtesy title (judges, 2026.11-86).
THE_TITLE = re.compile(r"\bthe\s+(?:Mr|Mrs|Ms|Dr)\b\.?\s+[A-Z]")
# "goes onto play": "onto" for "on to" before a verb.
ONTO_VERB = re.compile(r"\bonto\s+(?:play|face|win|become|meet|make|take|beat|lose|sign)\b")
# "2. March 2009, Craigavon, County Armagh: Constable ...": an entry of a numbered
# list, whose number only orders the list (judges failed "3." swapped in, -87).
NUMBERED_ENTRY = re.compile(r"^\d{1,2}\.\s")
# A function word written twice ("to to", "the the"): a slip the question would copy.
# Any longer word too ("hostility hostility"; "said that that plan" is English), or two
# words ("graduated from graduated from").
DOUBLED = re.compile(
    r"\b(the|a|an|to|of|in|on|for|and|by|with|is|was|at|from|(?!that\b)[a-z]{4,}"
    # A quotation mark may open between the two ("the 'the mountaintop'", -86).
    r"|[a-z]+\s+[a-z]+)\s+['\u2018\"\u201c]?\1\b",
    re.I,
)
# "allowing then to mark": "them" misspelt after a verb that takes an object.
THEN_FOR_THEM = re.compile(
    r"\b(?:allow|enabl|help|forc|ask|tell|told|urg|encourag|want)"
    r"\w*\s+then\s+to\b",
    re.IGNORECASE,
)
_PREPOSITIONS = ("by", "with", "of", "for", "on", "in", "to", "from", "into")
# Two prepositions in a row, the second parsed as the object of the first ("by
# below part sales"): a word is missing. "out of", "up to", "from under", "at below
# cost", "to at least" are fine and are not listed; "paid for in cash" is not so parsed.
CLASHING = {
    (a, b) for a in ("by", "with", "of", "for", "on", "to", "into") for b in _PREPOSITIONS if a != b
} | {("by", "below"), ("by", "above"), ("with", "below"), ("with", "above")}
ARTICLES_AND_DEMONSTRATIVES = {"the", "a", "an", "this", "these", "those"}
CURRENCY_WORDS = {
    "pence",
    "p",
    "cents",
    "cent",
    "euros",
    "euro",
    "dollars",
    "dollar",
    "pounds",
    "yen",
    "francs",
}
WEEKDAYS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tonight",
    "tomorrow",
    "weekend",
}
STOPWORDS = {
    "with",
    "from",
    "over",
    "into",
    "after",
    "before",
    "says",
    "said",
    "more",
    "than",
    "about",
    "their",
    "they",
    "this",
    "that",
    "have",
    "will",
    "were",
    "what",
    "when",
    "under",
    "fire",
}


# What someone wore ("wearing a dark trouser suit"): colour for a reader, never a
# fact worth testing.
CLOTHING = re.compile(r"\b(?:wearing|wore|dressed in|clad in)\b", re.IGNORECASE)


def about_clothes(sentence: Sentence) -> bool:
    return bool(CLOTHING.search(sentence.text) or _about_demeanour(sentence))


# How someone looked or moved as the reporter watched ("quivered and gasped in
# disbelief", "has a piercing stare"): a feature's colour, like clothes. Judges failed
# both as not worth asking (-128).
DEMEANOUR_VERBS = set(
    "quiver gasp sob weep cry shrug nod sigh glance frown smile grin tremble shudder "
    "wince stare gaze blink".split()
)
LOOK_NOUNS = {"stare", "gaze", "smile", "grin", "frown", "glance"}


def _about_demeanour(sentence: Sentence) -> bool:
    root = sentence.span.root
    if root.lemma_.lower() in DEMEANOUR_VERBS:
        return True
    return root.lemma_ == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in LOOK_NOUNS for c in root.children
    )


# A newsroom that tells of its own reporting.
_NEWSROOM = r"(?:CNN|Reuters|AFP|AP|The Associated Press|the BBC|BBC)"

# The writer's own aside ("Of course", "One thing seems sure, though:", "surely"): an
# opinion in the reporter's voice, which a statement "according to the article" would
# give as a fact, and which reads oddly once the sentences around it are gone.
WRITER_VOICE = re.compile(
    r"\b(?:of course|surely|admittedly|arguably|no doubt)\b|,\s*though\b|\bthough:"
    # "luckily", "belatedly": the writer's verdict on what is told (judges, -85).
    r"|\b(?:luckily|fortunately|unfortunately|belatedly|sadly|predictably|ironically)\b"
    # "Yes, Samaria let Kelly get away ...", "Well, ...": a columnist answering a
    # question of his own (judges failed it as conversation, 2026.11-76).
    r"|^(?:Yes|No|Well|OK|Okay),\s"
    # "it is hard to see lightning striking twice": the writer's forecast (judges, -108).
    r"|\bit(?: is|'s|\u2019s) (?:hard|difficult|easy|impossible) to (?:see|imagine|believe)\b"
    # "CNN cannot independently verify these claims": the newsroom on its own checking,
    # no fact of the story (judges failed one of 14 such sentences in 25 CNN stories,
    # -128). Only where it opens the sentence: "..., and CNN could not verify it" tells
    # of the claim too.
    rf"|^{_NEWSROOM}\s+(?:is|was|has been)?\s*"
    r"(?:unable|not able|cannot|can't|can\u2019t|could not|couldn't|couldn\u2019t|has not been able"
    r"|hasn't been able|hasn\u2019t been able)\s+(?:to\s+)?(?:independently\s+)?"
    r"(?:verify|confirm)\b"
    # "CNN has reached out to a defense lawyer for Hnaihen": the same (judges, -128).
    rf"|^{_NEWSROOM}\s+(?:has|have|had)\s+"
    r"(?:reached out|contacted|asked)\b",
    re.IGNORECASE,
)


def writer_voice(sentence: Sentence) -> bool:
    return bool(WRITER_VOICE.search(sentence.text))


# The writer's guess: judges failed "perhaps the 500 engineers rumoured to be working on
# an Apple Car will ..." as a fact to call true or false (2026.11-86).
GUESS = re.compile(r"\b(?:perhaps|possibly|maybe)\b", re.IGNORECASE)


def guess(sentence: Sentence) -> bool:
    """Whether the writer guesses, outside any quotation: no fact to ask about."""
    return bool(GUESS.search(outside_quotes(sentence.text)))


# A team sheet: a label, a colon and a list of names ("Leeds: Smith; Jones, Brown, ...").
LINE_UP = re.compile(r"^[A-Z][\w .'-]{0,40}:\s")


def line_up(sentence: Sentence) -> bool:
    """Whether the sentence is a team sheet rather than a statement: which player
    filled a place in a list of names tells nothing of the story."""
    text = sentence.text
    return bool(LINE_UP.match(text)) and text.count(";") + text.count(",") >= 4


# "competition from BMW and but hopes to revive": two coordinators side by side, a
# word lost in editing. Quoted in a stem, the slip reads as the quiz's own.
TWO_CONJUNCTIONS = re.compile(r"\b(?:and|or) but\b|\bbut and\b", re.IGNORECASE)
# "But with 30,000 children were dying every day more was needed": "with" and a
# counted noun take a participle ("with 30,000 children dying"), not a finite verb.
FINITE_ABSOLUTE = re.compile(
    r"(?:^|\b(?:but|and|yet|so)\s+)with\s+(?:about\s+|some\s+|over\s+)?\d[\d,.]*"
    r"\s+(?:\w+\s+)?(?:were|was|are|is)\s+\w+ing\b",
    re.IGNORECASE,
)


def _participle_joined_to_finite(token) -> bool:
    """ "pushed its share price down, and contributing to the FTSE's decline": a
    participle joined by ", and" to a finite verb as its equal is a slip (a lost "was"
    or a stray "and"), which a teacher would not copy (judges failed it)."""
    if token.tag_ != "VBG" or token.dep_ != "conj" or token.head.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].lower_ == "and" and doc[token.i - 2].text == ","


def _source_runs_into_subject(sentence: Sentence) -> bool:
    """ "According to a survey by Harris Interactive and Neilsen/Net Ratings sales
    surged ...": an opening "According to" with no comma before the subject runs the
    source into it ("Net Ratings sales"), so the sentence misreads; judges failed it."""
    span = sentence.span
    if not sentence.text.startswith("According to"):
        return False
    subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:
        return False
    if not subjects:
        # The parser hangs the subject on the source: the opening phrase then runs
        # unbroken up to the main verb.
        last = span[0].right_edge
        return span[0].head.i == span.root.i and last.i == span.root.i - 1 and last.text != ","
    first = subjects[0].left_edge
    return first.i > span.start and span.doc[first.i - 1].text != ","


# Numbers above one that count what they stand before ("three finance ministers").
PLURAL_NUMBER_WORDS = set(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred".split()
)
# Singular nouns a number above one may still stand before: "50 per cent", "six foot".
# So may nouns whose plural is the singular: "two turboprop aircraft".
UNCOUNTED_NOUNS = set(
    "cent percent stone foot head strong times o'clock aircraft craft sheep fish deer "
    "species series offspring headquarters personnel crew staff".split()
)
# "there is centrally-controlled contracts": these plural nouns do take "is".
SINGULAR_PLURALS = set("lots plenty loads tons dozens hundreds thousands millions".split())


def _plural_count_singular(token) -> bool:
    """ "at least three finance minister resigned": a number above one before the
    singular noun it counts, which ends its phrase. A name or date between them ("the
    12 March tie", "Xbox 2 console", "top 10 hit") makes the number part of a label."""
    if token.dep_ != "nummod" or token.head.tag_ != "NN" or token.head.i < token.i:
        return False
    word, head, doc = token.lower_, token.head, token.doc
    if word not in PLURAL_NUMBER_WORDS and not (word.isdigit() and 1 < int(word) < 1000):
        return False
    if len(head.text) < 3 or not head.text.isalpha() or not head.text.islower():
        return False  # "£4m", "30%": a unit, not a counted noun
    if head.lower_ in UNCOUNTED_NOUNS:
        return False
    if head.dep_ == "compound" or (
        head.i + 1 < len(doc) and head.nbor().pos_ in ("NOUN", "PROPN", "NUM")
    ):
        return False  # "three finance ministers' pay", "a two year deal"
    if token.i > 0 and (doc[token.i - 1].pos_ == "PROPN" or doc[token.i - 1].lower_ == "top"):
        return False
    return not any(t.pos_ == "PROPN" or t.text in ("-", "\u2013") for t in doc[token.i : head.i])


def _singular_with_plural_verb(token) -> bool:
    """ "The main focus of this week's talks have been on Saturday pay": a plain
    singular noun as the subject of "have", "are" or "were"."""
    if token.dep_ != "nsubj" or token.tag_ != "NN" or token.lower_ in GROUP_NOUNS:
        return False
    if not token.text.isalpha() or any(c.dep_ in ("conj", "cc") for c in token.children):
        return False
    doc, first, edge = token.doc, token.left_edge, token.right_edge
    if first.lower_ not in ("the", "a", "an", "this", "that") or edge.i + 1 >= len(doc):
        return False  # only a plain noun phrase read whole: the parse is sure of it
    if any(t.text == "," for t in doc[first.i : edge.i + 1]):
        return False
    verb = doc[edge.i + 1]
    return verb.lower_ in ("have", "are", "were") and verb.head.i in (token.head.i, verb.i)


# Plural nouns that take a singular verb: "politics is", "the news is".
SINGULAR_PLURALS_AS_SUBJECT = {"means", "series", "species", "headquarters", "news", "data"}


def _plural_with_singular_verb(token) -> bool:
    """ "The US' restrictions on the use of long-range ATACMS missile has not changed":
    a plain plural noun as the subject of "has", "is", "was" or "does", read whole as
    in _singular_with_plural_verb (judges failed the copied slip, -128)."""
    if token.dep_ != "nsubj" or token.tag_ != "NNS" or not token.text.isalpha():
        return False
    if token.lower_.endswith(("ics", "ss")) or token.lower_ in SINGULAR_PLURALS_AS_SUBJECT:
        return False
    if any(c.dep_ in ("conj", "cc") for c in token.children):
        return False
    doc, first, edge = token.doc, token.left_edge, token.right_edge
    if first.lower_ not in ("the", "these", "those") or edge.i + 1 >= len(doc):
        return False
    if any(t.text == "," for t in doc[first.i : edge.i + 1]):
        return False
    verb = doc[edge.i + 1]
    return verb.lower_ in ("has", "is", "was", "does") and verb.head.i in (token.head.i, verb.i)


def _rather_without_than(token) -> bool:
    """ "leave the EU without a formal deal rather sign up to a bad one": "rather"
    after a noun sets one thing against another, and needs its "than"."""
    doc = token.doc
    if token.lower_ != "rather" or token.i == 0 or doc[token.i - 1].pos_ != "NOUN":
        return False
    return not any(t.lower_ == "than" for t in doc[token.i + 1 : token.sent.end])


def _there_is_plural(token) -> bool:
    """ "there is centrally-controlled contracts": "is" before a bare plural."""
    verb = token.head
    if token.dep_ != "expl" or verb.lower_ not in ("is", "was", "'s"):
        return False
    return any(
        c.dep_ == "attr"
        and c.i > verb.i
        and c.tag_ == "NNS"
        and c.lower_ not in SINGULAR_PLURALS
        and not any(g.dep_ in ("det", "cc", "conj") for g in c.children)
        for c in verb.children
    )


def _comma_before_verb(token) -> bool:
    """ "where Yukos, had filed for bankruptcy", "A lawyer representing the unnamed
    resident, told five judges": one comma between a subject and its verb, which English
    never puts there. A longer subject counts only when it opens the sentence before
    any other comma: otherwise the comma may close a pair ("Tom Lee, 45, said")."""
    doc = token.doc
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    comma = token.right_edge.i  # the parse may hang the comma on the subject
    if doc[comma].text != ",":
        comma += 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    sentence_start = token.sent.start
    if comma - 1 != token.i and (
        token.left_edge.i != sentence_start or any(t.text == "," for t in doc[sentence_start:comma])
    ):
        return False  # a phrase only when it opens the sentence, before any other comma
    verb = doc[comma + 1]
    if verb.pos_ not in ("AUX", "VERB"):
        return False
    return verb.i == token.head.i or (
        verb.head.i == token.head.i and verb.dep_ in ("aux", "auxpass")
    )


# A section heading in capitals that the source ran into its paragraph's first
# sentence: three capitalised words or more ("ICO 2 (WORKING TITLE) Ico remains ...");
# "US FDA officials" has only two.
HEADING = re.compile(r"^(?:[(]?[A-Z]{2,}[)]?(?:\s+\d+)?\s+){3,}(?=[A-Z]?[a-z])")


# "everyone of O'Sullivan's squad": "every one of" run together; "ofNew Labour": a word
# run into the next name; "its is not clear", "said its spent" (judges, -87): "it is"
# or "it has" with a stray s.
RUN_TOGETHER = re.compile(
    r"\b[Ee]veryone\s+of\b|\b[a-z]{2,}[A-Z][a-z]+\b"
    r"|\b[Ii]ts\s+(?:is|was|has|had|will|would|been|spent|got|done|taken|become|not)\b"
)


# "Tony Blair has argued. there needs to be consensus": a full stop the source left in
# the middle of a sentence.
STRAY_STOP = re.compile(r"\b[a-z]{3,}\.\s+[a-z]{2,}\b")
# A sentence's opening word after a comma, or a unit run on to its figure: the
# source's slips, which a statement or a stem would copy (judges, 2026.11-80).
CAPITAL_AFTER_COMMA = re.compile(r", (?:They|He|She|It|We|This|But|And|The) [a-z]")
GLUED_UNIT = re.compile(r"\b\d+(?:\.\d+)?(?:seconds|minutes|hours|metres|miles|points|million)\b")
# "500 hundred patients": a figure in digits with its hundreds written again.
DIGITS_AND_WORD = re.compile(r"\b\d[\d,.]*\s+(?:hundred|thousand)\b")
# "neither the BMA or government": "neither" without its "nor".
NEITHER_OR = re.compile(r"\b[Nn]either\b(?!.*\bnor\b).*\bor\b")
# "a American idea": "a" before a vowel ("a one-off", "a euro", "a ewe" are English).
A_BEFORE_VOWEL = re.compile(r"\ba\s+(?!one\b|once\b)(?:[AIOaio]|[Ee](?![uw]))[a-z]{2,}")
# "*Land Rover BAR": an asterisk marking a word for a footnote the copy left out.
FOOTNOTE_MARK = re.compile(r"(?:^|\s)\*[A-Za-z]|[A-Za-z]\*(?:\s|$)")
# "Nick Beake: ...": a speaker's name labelling a transcript's line.
SPEAKER_LABEL = re.compile(r"^(?:[A-Z][\w'.-]+\s+){0,2}[A-Z][\w'.-]+:\s")
# "David Hodge has told me he has the support ...": the reporter, whom no stem can
# name, as "me" or "us" outside quotation marks (judges, 2026.11-86).
REPORTER_ME = re.compile(r"\b(?:me|us|myself|ourselves)\b")
# "The main focus of this week's talks have been": a singular noun with a plural verb.
# Britain writes a body's name or a group noun with either ("the council have").
GROUP_NOUNS = set(
    "government council team club side squad party committee board union family crowd "
    "staff public police management group couple number majority minority lot rest half "
    "third quarter total range variety series pair host set bunch proportion share bulk "
    "band cast company firm panel jury audience army navy media".split()
)
# "lower- cost": a hyphen the source broke off its word ("pre- and post-war" is English).
BROKEN_HYPHEN = re.compile(r"[a-z]-\s+(?!and\b|or\b|to\b)[a-z]")
# "£135,00": a figure with a digit lost after its thousands comma.
BROKEN_THOUSANDS = re.compile(r"\d,\d{1,2}(?![\d,])")


# A wire service's link code ("... Russia's foreign ministry said. [nL8N1MP0GI]") or a
# ticker glued to its index's name ("the Dow Jones Industrial Average Index.DJI"): the
# agency's markup, which a question would quote back (judges, -93).
WIRE_MARKUP = re.compile(r"\[n[A-Z0-9]{8,}\]?|[a-z]\.[A-Z]{2,5}\b")

# "the they": an article before a pronoun, a word lost or left over (judges, -94).
ARTICLE_PRONOUN = re.compile(r"\b(?:the|a|an)\s+(?:they|he|she|we|it|them|him)\b", re.IGNORECASE)

# "September 11, 20001": a date whose year took a digit too many (judges, -103).
LONG_YEAR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2},\s+\d{5,}\b"
)

# "Ukraine \u2019s", "Hamas \u2019 political leader": a possessive split from its noun
# (-128, -130); "launched i ts largest": a word broken by a space (a lone lowercase
# "i" is no English word). Judges failed each as a slip copied into the stem.
SPLIT_POSSESSIVE = re.compile(r"\w\s+['\u2019]s\b|s\s+\u2019\s+[a-z]")
LONE_I = re.compile(r"(?<![\w'\u2019.-])i\s+(?=[a-z])")

# The slips a pattern of the sentence's words shows (each explained where it is made).
SLIPS = (
    SPLIT_POSSESSIVE,
    LONE_I,
    WIRE_MARKUP,
    LONG_YEAR,
    ARTICLE_PRONOUN,
    DETERMINER_POSSESSIVE,
    DOUBLED,
    THE_TITLE,
    ONTO_VERB,
    STRAY_STOP,
    BROKEN_THOUSANDS,
    BROKEN_HYPHEN,
    THEN_FOR_THEM,
    RUN_TOGETHER,
    CAPITAL_AFTER_COMMA,
    GLUED_UNIT,
    DIGITS_AND_WORD,
    NEITHER_OR,
    A_BEFORE_VOWEL,
    SPEAKER_LABEL,
    FOOTNOTE_MARK,
    HEADING,
    TWO_CONJUNCTIONS,
    FINITE_ABSOLUTE,
)


def sloppy(sentence: Sentence) -> bool:
    """An obvious grammar slip: "some its ...", "allowing then to", "a" before a
    plural figure ("a 15 million handsets"), a number at odds with its noun ("three
    finance minister", "there is ... contracts"), a comma between a subject and its
    verb, or one the source made in copying (a doubled word, a stray full stop, a
    broken hyphen or figure)."""
    if any(pattern.search(sentence.text) for pattern in SLIPS):
        return True
    if NUMBERED_ENTRY.match(sentence.span.doc.text):
        return True  # "2. March 2009, Craigavon: ...": a list's entry, every sentence of it
    if REPORTER_ME.search(outside_quotes(sentence.text)):
        return True  # "X has told me ...": who "me" is, no question can say
    tokens = list(sentence.span)
    for first, second in zip(tokens, tokens[1:], strict=False):
        pair = (first.lower_, second.lower_)
        if pair in CLASHING and second.tag_ == "IN" and second.head.i == first.i:
            return True  # "dragged down by below part sales": a word is missing
        if first.lower_ in ("the", "a", "an") and second.lower_ in ARTICLES_AND_DEMONSTRATIVES:
            return True  # "the a new plan"
        if first.lower_ == "the" and _bare_country(second):
            return True  # "Instead, the Russia has often stationed ..." (judges, -128)
    if any(_participle_joined_to_finite(token) for token in tokens):
        return True
    if _source_runs_into_subject(sentence):
        return True
    if any(
        _plural_count_singular(t) or _there_is_plural(t) or _comma_before_verb(t) for t in tokens
    ):
        return True  # "three finance minister", "there is ... contracts", "Yukos, had filed"
    if any(_singular_with_plural_verb(t) or _rather_without_than(t) for t in tokens):
        return True  # "The main focus ... have been", "without a deal rather sign up to"
    if any(_plural_with_singular_verb(t) for t in tokens):
        return True  # "The US' restrictions on the use of ... missile has not changed"
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ not in ("a", "an") or tokens[i + 1].pos_ != "NUM":
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].pos_ == "NUM":
            j += 1
        if j < len(tokens) and tokens[j].tag_ == "NNS" and tokens[i + 1].lower_ != "few":
            return True
    return any(_a_before_plural(t) or _bare_thousand_of(t) for t in tokens)


# Countries whose names take "the": "the Philippines", "the UK", "the Gambia".
COUNTRIES_WITH_THE = {"uk", "us", "usa", "uae", "gambia", "ukraine", "sudan", "vatican"}


def _bare_country(token) -> bool:
    """Whether the token is a country's name standing alone as a noun ("the Russia
    has"), not part of a longer name ("the Russia-Ukraine war", "the China Daily")."""
    from .. import gazetteer

    if token.pos_ != "PROPN" or token.dep_ == "compound" or token.lower_ in COUNTRIES_WITH_THE:
        return False
    if token.text.endswith("s") or token.i + 1 >= len(token.doc):
        return False  # "the Philippines", "the Bahamas"
    after = token.doc[token.i + 1]
    if after.text in ("-", "\u2013") or after.pos_ == "PROPN" or after.pos_ == "NOUN":
        return False
    place = gazetteer.lookup(token.text)
    return place is not None and place.kind == gazetteer.COUNTRY


def misspelt(article, sentence: Sentence) -> bool:
    """Whether the sentence spells a name as the article does nowhere else, a letter
    dropped or two swapped from a name it spells often or a listed given name:
    "Ukriane's offensive" in a story that writes "Ukraine" throughout, "President
    Vladmir Putin". Judges failed both as the source's slip copied (-129)."""
    slips = article.__dict__.get("_misspelt")
    if slips is None:
        slips = article.__dict__["_misspelt"] = _misspelt_words(article)
    return bool(slips) and any(
        word in slips for word in re.findall(r"[A-Z][a-z]{5,}", sentence.text)
    )


def _misspelt_words(article) -> set[str]:
    counts = Counter(re.findall(r"\b[A-Z][a-z]{4,}\b", article.body))
    # A name the article writes twice, or a listed given name it writes: the spelling
    # to trust. Two letters swapped from any listed given name is a slip as well
    # ("Dymtro"); one dropped may be another spelling ("Vitaly", "Vitaliy").
    known = {w for w, n in counts.items() if n >= 2} | (GIVEN_NAMES & counts.keys())
    trusted = known | GIVEN_NAMES
    # Every known name with one letter inside it dropped (not its last, which makes
    # "Israel" of "Israeli").
    shortened = {w[:i] + w[i + 1 :] for w in known for i in range(1, len(w) - 1)}
    return {
        word
        for word, n in counts.items()
        if n == 1
        and len(word) >= 6
        and word not in trusted
        and (word in shortened or any(swap in trusted for swap in _swaps(word)))
    }


def _swaps(word: str):
    """The word with two neighbouring letters swapped, each way it can be."""
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _a_before_plural(token) -> bool:
    """ "he was a local prosecutors": "a" governing a plural noun, a word lost or left
    over in the source (judges failed the statement that copied it, -101)."""
    if token.tag_ not in ("NNS", "NNPS") or token.i + 1 >= len(token.doc):
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children):
        return False
    # "an estimated 6,400 hectares": the figure takes the "an"; "an annual residents'
    # permit": the "an" is the permit's.
    if any(c.dep_ in ("nummod", "case") or c.like_num for c in children):
        return False
    return not token.nbor(1).text.startswith(("'", "\u2019"))


def _bare_thousand_of(token) -> bool:
    """ "drew thousand of Britons": a round number before "of" lost its plural (-101)."""
    doc = token.doc
    return (
        token.lower_ in ("hundred", "thousand", "million")
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ == "of"
        and (token.i == 0 or doc[token.i - 1].lower_ not in ("a", "one", "per", "every"))
    )


def price_to_the_penny(sentence: Sentence, start_char: int, end_char: int) -> bool:
    """A figure with decimals that is a price ("510.75 pence", "$4.20"): trivia."""
    span = sentence.span
    text = text_of(span.doc)[start_char:end_char]
    if not re.search(r"\d\.\d{2}\b", text):
        return False
    if any(symbol in text for symbol in "£$€"):
        return True
    words = text.lower().split() + text_of(span.doc)[end_char:].lower().split()[:1]
    return any(w.strip(".,;()") in CURRENCY_WORDS for w in words)


# "Twitter shares were up 1.9 percent in afternoon trading", "The Dow topped 24,000",
# "AT&T closed down less than 1 percent at $34.33": the day's market move in a story
# that is not about the markets, an aside (judges failed four such questions on
# Reuters copy, -93, and the close, -95).
MARKET_MOVE = re.compile(
    r"\bclosed\s+(?:up|down|higher|lower)\b"
    r"|\b(?:shares|stocks?|Dow|S&P|Nasdaq|index|indexes)\b[^.;]{0,80}?\b(?:rose|fell|gained|lost"
    r"|closed|topped|climbed|dropped|jumped|slid|doubled|rallied|tumbled|edged|(?:were|was) (?:up"
    r"|down))\b",
    re.IGNORECASE,
)
MARKET_WORDS = re.compile(
    r"\b(?:shares?|stocks?|markets?|Dow|Wall Street|investors?|index|trading|traders)\b", re.I
)


def market_move(article, sentence: Sentence) -> bool:
    """The day's move of a share or an index, in a story whose headline is not about
    shares or markets."""
    return MARKET_MOVE.search(sentence.text) is not None and not MARKET_WORDS.search(article.title)


def minor_future(sentence: Sentence) -> bool:
    """ "... will tell the congregation on Friday night ...": a coming event's detail."""
    words = {t.lower_ for t in sentence.span}
    if words & {"funeral", "memorial", "vigil"} and words & {"will", "held", "planned"}:
        return True  # "A memorial service will be held ...": arrangements, not the story
    return "will" in words and bool(words & WEEKDAYS)


def headline_words(title: str) -> set[str]:
    return {
        w for w in re.findall(r"[a-z][\w'-]+", title.lower()) if len(w) >= 4 and w not in STOPWORDS
    }


def on_topic(article, sentence: Sentence) -> bool:
    """Whether the sentence is about the story's subject: it opens the article,
    shares a word with the headline ("German" for "Germany" too), or names one
    of the three entities the article mentions most."""
    if sentence.index <= 1:
        return True
    cache = _topic(article)
    if any(headline_word(article, token.lower_) for token in sentence.span):
        return True
    return any(id(m.entity) in cache["main"] for m in article.mentions_in(sentence))


def headline_word(article, word: str) -> bool:
    """Whether word is a headline word or shares its stem ("German", "Germany")."""
    if len(word) < 4:
        return False
    for headline in _topic(article)["words"]:
        short, long = sorted((word, headline), key=len)
        if long.startswith(short[: max(4, len(short) - 2)]):
            return True
    return False


def _topic(article) -> dict:
    """The headline's words and the ids of the three entities mentioned most."""
    cache = article.__dict__.setdefault("_topic", {})
    if "words" not in cache:
        ranked = sorted(article.entities, key=lambda e: (-len(e.mentions), e.mentions[0].start))
        cache["words"] = headline_words(article.title)
        cache["main"] = {id(e) for e in ranked[:3]}
    return cache


def adjustment(article, sentence: Sentence) -> float:
    """Score change for how much a sentence matters to the story: prices to the
    penny and details of coming minor events sink, off-topic asides drop a little,
    the lead rises a little."""
    change = 0.0
    if any(
        price_to_the_penny(sentence, e.start_char, e.end_char)
        for e in sentence.span.ents
        if e.label_ in ("MONEY", "CARDINAL", "QUANTITY")
    ):
        change -= 0.3
    if minor_future(sentence):
        change -= 0.25
    if not on_topic(article, sentence):
        change -= 0.04
    if sentence.index <= 1:
        change += 0.02
    return change


FAMILY_NOUNS = {
    "child",
    "children",
    "son",
    "sons",
    "daughter",
    "daughters",
    "grandchild",
    "grandchildren",
    "grandson",
    "grandsons",
    "granddaughter",
    "granddaughters",
    "sibling",
    "siblings",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "parent",
    "parents",
    "cousin",
    "cousins",
    "nephew",
    "nephews",
    "niece",
    "nieces",
    "family",
    "families",
    "wife",
    "wives",
    "husband",
    "husbands",
    # "whose family has farmed here for four generations": family history.
    "generation",
    "generations",
}
SIDE_CLAUSES = ("relcl", "acl", "advcl")
PERSONAL = {"he", "she", "his", "her", "him", "they", "their", "them"}


def trivial_figure(article, sentence: Sentence, span) -> bool:
    """A small count that is a stray detail: family members ("a family of four", "two
    children"), or any figure inside a side clause that names none of the story's
    main people, places or bodies ("..., which has 38 stalls,")."""
    return family_count(sentence, span) or aside(article, sentence, span)


def family_count(sentence: Sentence, span) -> bool:
    """ "a family of four", "two children": how many relatives someone has."""
    root = span.root
    doc = span.doc
    noun = root.head if root.dep_ == "nummod" else None
    before = doc[max(sentence.span.start, span.start - 3) : span.start].text.lower()
    number = span.text.split()[-1].lower().replace(",", "")
    small = number.isdigit() and int(number) <= 12 or not number.isdigit()
    if small and (
        (noun is not None and noun.lower_ in FAMILY_NOUNS)
        or re.search(r"\bfamil(?:y|ies) of\s*$", before)
    ):
        return True
    return False


def aside(article, sentence: Sentence, span) -> bool:
    """Whether span sits in a side clause ("who has two children at Hillcrest School")
    that is not about the story's main people, bodies or headline."""
    root = span.root
    doc = span.doc
    clause = next((t for t in [root, *root.ancestors] if t.dep_ in SIDE_CLAUSES), None)
    if clause is None:
        return False
    inside = {t.i for t in clause.subtree}
    # What the clause is about: the noun it describes ("Brookmere Hospice, which
    # cares for 60 families"), or for "Born in Dundee in 1938, Haldane ..." the
    # subject of the sentence.
    if clause.dep_ in ("relcl", "acl"):
        inside |= set(range(clause.head.left_edge.i, clause.head.i + 1))
    elif not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        for subject in (c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")):
            inside |= {t.i for t in subject.subtree}
    if any(doc[i].lower_ in PERSONAL for i in inside):
        return False  # "where she was one of only three women": about the subject
    if any(headline_word(article, doc[i].lower_) for i in inside):
        return False  # "a pill combining low doses of three drugs": the story itself
    main = _topic(article)["main"]
    offset = sentence.start - sentence.span.start_char
    for mention in article.mentions_in(sentence):
        if id(mention.entity) in main and any(
            mention.start <= doc[i].idx + offset < mention.end for i in inside
        ):
            return False
    return True


def side_remark(article, sentence: Sentence, span) -> bool:
    """Whether span sits in a side clause set off by commas ("Brackwell Chamber of
    Commerce, which represents about 180 local firms, welcomed ...", "Ajax, roared on
    by a crowd of 48,500, made ...") whose own words name none of the story's main
    people, bodies or headline words: a background figure about whoever the clause
    hangs on, not what happened."""
    root = span.root
    doc = span.doc
    clause = next((t for t in [root, *root.ancestors] if t.dep_ in ("relcl", "acl")), None)
    if clause is None or clause.left_edge.i == 0 or doc[clause.left_edge.i - 1].text != ",":
        return False
    if clause.head.pos_ != "PROPN":
        return False  # "The plane, carrying 150 passengers, ...": what happened to it
    if clause.dep_ == "acl" and clause.tag_ != "VBN":
        return False  # "Ajax, leading 2-0, ...": the state of play, not scenery
    if clause.dep_ == "relcl" and clause.head.dep_ == "attr":
        return False  # "The busiest point was Northam Bridge, where counters logged ...": the point
    inside = [t for t in clause.subtree if not (span.start <= t.i < span.end)]
    if any(t.lower_ in PERSONAL for t in inside):
        return False
    if any(headline_word(article, t.lower_) for t in inside):
        return False
    if clause.dep_ == "relcl":
        # "Ajax, who are six points behind the leaders": a relative clause about one
        # of the story's main sides is the story; a participle ("roared on by a crowd
        # of 48,500") is scenery whoever it hangs on.
        inside += list(doc[clause.head.left_edge.i : clause.head.i + 1])
    main = _topic(article)["main"]
    offset = sentence.start - sentence.span.start_char
    return not any(
        id(m.entity) in main and any(m.start <= t.idx + offset < m.end for t in inside)
        for m in article.mentions_in(sentence)
    )


# A year or a decade ("in 1998", "in the 1960s and 1970s"): a time long past.
YEAR_OR_DECADE = re.compile(r"\b(?:1[89]|20)\d\ds?\b")


def past_record(article, sentence: Sentence, span) -> bool:
    """Whether span sits in a relative clause on a named person who is none of the
    story's main people, and the clause dates it to a year or decade ("joins a list
    of winners which includes X, who won eight stages in the 1960s"): another's old
    record, a historical comparison, not the story (criterion 7). The headline's words
    in the clause ("stages") do not make it the story, as they do for side_remark."""
    root = span.root
    doc = span.doc
    clause = next((t for t in [root, *root.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or clause.head.pos_ != "PROPN" or clause.head.ent_type_ != "PERSON":
        return False
    inside = [t for t in clause.subtree if not (span.start <= t.i < span.end)]
    if any(t.lower_ in PERSONAL for t in inside):
        return False
    dated = any(
        e.label_ == "DATE"
        and YEAR_OR_DECADE.search(e.text)
        and e.start >= clause.left_edge.i
        and e.end <= clause.right_edge.i + 1
        for e in sentence.span.ents
    )
    if not dated:
        return False
    person = list(doc[clause.head.left_edge.i : clause.head.i + 1])
    main = _topic(article)["main"]
    offset = sentence.start - sentence.span.start_char
    return not any(
        id(m.entity) in main and any(m.start <= t.idx + offset < m.end for t in person)
        for m in article.mentions_in(sentence)
    )


# Words that turn a sentence to an earlier event than the story's: "have won only
# three times before, most recently X, directed by Y, in 2003".
EARLIER = re.compile(
    r"\b(?:most recently|times before|previous(?:ly)?|the last time|a year earlier|"
    r"last year's)\b"
    # Another race or match on the same card: "Earlier in the afternoon, the Triumph
    # Hurdle went to ...", "Elsewhere, ...": who trained or won it is not the story.
    r"|^\s*(?:(?:earlier|later) (?:in|on) the (?:day|afternoon|evening|morning|card|"
    r"meeting|programme)|elsewhere|in other (?:races|matches|games|fixtures))\b",
    re.IGNORECASE,
)


def earlier_event(before: str) -> bool:
    """Whether the words before a name or figure point to an earlier event: who
    directed an earlier winner, or in which year, is background, not the story
    (criterion 7). Only what follows those words is the aside ("Ms Marsh previously
    worked as ..." asks about Ms Marsh)."""
    return EARLIER.search(before) is not None


# "It is the third strike on the network since 2009.", "the second serious assault
# on the road this year": the sentence after tells an earlier one of those events.
TALLY = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|latest)\b[^.;]{0,60}?"
    r"\b(?:since (?:\d{4}|[A-Z][a-z]+)|this year|in (?:\w+ )?(?:years|months))\b"
)


def after_tally(article, sentence: Sentence) -> bool:
    """Whether the sentence before counts earlier events of the story's kind, so this
    one tells a previous event: how many services an old strike cancelled, or where
    the man jailed for an earlier attack came from, is history, not the story."""
    if sentence.index == 0:
        return False
    before = article.sentences[sentence.index - 1].text
    return TALLY.search(before) is not None and not TALLY.search(sentence.text)


# "Anyone with information is asked to call police on 101": the appeal that ends a
# crime story, a formula rather than a fact of it.
APPEAL = re.compile(
    r"\b(?:anyone with (?:any )?information|asked to (?:call|contact|ring)|crimestoppers"
    r"|appealed for (?:public |any )?(?:help|information|witnesses))\b"
    # "on 0845 8 505 505 or 0800 555 111": a telephone number's groups of digits
    r"|\b0\d{3,4}\s\d{1,4}\s\d{3}",
    re.IGNORECASE,
)


# "A spokesman for X declined to comment", "could not immediately be reached for
# comment", "the IRS would not discuss changes": a wire story's note that somebody
# said nothing, a formula too (judges failed six such questions on Reuters copy, -92),
# and so is one who "declined to elaborate" (-101).
NO_COMMENT = re.compile(
    r"\bdeclined\s+(?:to\s+)?comment|\b(?:would|could|did)\s+not\s+(?:immediately\s+)?"
    r"(?:comment|discuss)\b|\b(?:to|for|no)\s+(?:further\s+|immediate\s+)?comment\b"
    # "declined to elaborate on the discussions" (judges, -101)
    r"|\b(?:declined\s+to|did\s+not|would\s+not)\s+elaborate\b"
    # "Financial details of the acquisition were not disclosed" (judges, -107)
    r"|\b(?:details|terms)\b[^.;]{0,60}\b(?:were|was|have|has)\s+not\s+(?:been\s+)?disclosed\b"
    r"|\bundisclosed\s+(?:sum|fee|amount)\b",
    re.IGNORECASE,
)


# "Reuters has not independently verified the accusations": the agency's own caveat
# (judges failed it twice as a stray aside, -94), or its credit for a scoop (-95).
UNVERIFIED = re.compile(
    r"\bindependently\s+(?:verif|confirm)|\b(?:verif|confirm)\w*\s+(?:\S+\s+){0,6}independently\b"
    # "The New York Times first reported that ...": whose scoop it was, not the story.
    r"|\bfirst reported\b",
    re.IGNORECASE,
)


# "Moscow has denied meddling in the election, and Trump has denied any collusion":
# the line wire stories on the Russia inquiries close with, answered without reading
# (judges failed four such statements, -97).
STOCK_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied)|dismissed)\b[^.;]{0,40}\b(?:collusion|meddl\w*|interfer\w*)\b",
    re.IGNORECASE,
)


def formula(sentence: Sentence) -> bool:
    """A police appeal, a note that somebody declined to comment, the reporter's
    caveat that a claim is unverified, the credit for a scoop, or the stock denial of
    a wire story's background: no fact of the story."""
    patterns = (APPEAL, NO_COMMENT, UNVERIFIED, STOCK_DENIAL)
    return any(p.search(sentence.text) for p in patterns)


# A competitor who finished fourth or lower ("Defending champion X finished tied for
# ninth on eight under"): where the also-rans ended up is a results table's detail,
# not the story of the winner.
# The places off the podium, also read by minor.OFF_PODIUM and number.LOW_PLACE.
PLACE_WORDS = "fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+th"
ALSO_RAN = re.compile(
    r"\b(?:finished|came|ended|placed|was)\s+(?:tied\s+for\s+|joint\s+|in\s+)?"
    rf"(?:{PLACE_WORDS})\b",
    re.IGNORECASE,
)


def also_ran(sentence: Sentence) -> bool:
    return ALSO_RAN.search(sentence.text) is not None
