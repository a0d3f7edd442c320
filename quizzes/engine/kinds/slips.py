"""Sentences a true/false statement must not repeat as its own words: grammar slips
the article let through, phrases that point back to an earlier sentence wherever they
stand, and swaps that make a statement false by a detail nobody needs to remember.

A cloze question quotes the article ("Complete the sentence from the article"), so a
slip there is the article's; a true/false statement asserts the sentence as the
question's own, and a teacher would not write it so (rubric criteria 1, 2 and 7)."""

import re

from ..article import Article
from ..nlp import Sentence, common_noun

# Verbs whose bare infinitive follows straight on: "has helped push prices", "let
# slip". A past form there ("has helped pushed prices") is two verbs run together.
BARE_INFINITIVE_VERBS = {"help", "let", "make"}


def two_verb_slip(sentence: Sentence) -> bool:
    """Whether "help", "let" or "make" runs straight into a past form ("has helped
    pushed global prices"): the article's slip, not fluent English."""
    for token in sentence.span:
        if token.lemma_.lower() not in BARE_INFINITIVE_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue
        if token.i + 1 >= sentence.span.end:
            continue
        following = token.nbor()
        if (
            following.head.i == token.i
            and following.dep_ in ("xcomp", "ccomp", "conj")
            and following.tag_ in ("VBD", "VBN")
            and following.lower_.endswith("ed")
        ):
            return True
    return False


# Nouns for a group that British English lets take a plural verb ("the team are",
# "the government have"): no slip when one is the subject.
COLLECTIVE = set(
    "team government committee family public police staff board council club side squad "
    "couple party crowd audience majority minority band group firm company union jury "
    "panel management pair rest number range variety host series press media".split()
)


def disagreeing_verb(sentence: Sentence) -> bool:
    """Whether a singular common noun is the subject of a main-clause present verb in
    its plural form with no auxiliary ("Smith's track record make impressive reading"):
    a slip in agreement that a statement repeated as the question's own would keep.
    Only the main clause: a bare verb below it may be right ("helped the firm boost
    income", "insisted that the record be kept")."""
    for verb in sentence.span:
        if verb.tag_ not in ("VB", "VBP") or verb.pos_ != "VERB":
            continue
        children = list(verb.children)
        if any(c.dep_ in ("aux", "auxpass") or c.tag_ in ("MD", "TO") for c in children):
            continue
        if verb.dep_ not in ("ROOT", "conj") or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
            continue  # "helped the firm boost income", "insisted that it be": no slip
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            continue
        subject = subjects[0]
        if (
            subject.tag_ == "NN"
            and subject.pos_ == "NOUN"
            and subject.lower_ not in COLLECTIVE
            and not any(c.dep_ in ("conj", "cc") for c in subject.children)
            and not any(c.lower_ in ("of", "with") for c in subject.children)
        ):
            return True
    return False


# Relative pronouns that open a clause describing the subject: "Mr Snow, who is in
# Dublin, has ...".
RELATIVE_PRONOUNS = {"who", "which", "whose", "whom"}


def unpaired_comma(sentence: Sentence) -> bool:
    """Whether a relative clause between the subject and its verb is set off by one
    comma only ("Mr Snow who is in Dublin, has applauded ...", "The firm, which employs
    400 people said ..."): the commas around such a clause come in pairs or not at all,
    and a statement that keeps one comma reads as the article's slip."""
    span = sentence.span
    root = span.root
    first_verb = min([root.i, *(c.i for c in root.children if c.dep_ in ("aux", "auxpass"))])
    if first_verb <= span.start:
        return False
    for token in span:
        if token.i >= first_verb:
            break
        if token.lower_ not in RELATIVE_PRONOUNS or token.i == span.start:
            continue
        opened = token.nbor(-1).text == ","
        closed = span.doc[first_verb - 1].text == ","
        if opened != closed:
            return True
        return False
    return False


# Nouns that name someone by their tie to another person: "Vogts' successor", "Smith's
# assistant". A bare name before one ("Vogts successor") has lost its possessive.
RELATIONAL_NOUNS = set(
    "successor predecessor replacement deputy widow wife husband son daughter brother "
    "sister father mother".split()
)


def lost_possessive(sentence: Sentence) -> bool:
    """Whether a name ending in "s" stands straight before a noun of relation with no
    apostrophe ("the search for Vogts successor"): the article dropped the possessive
    mark, and a statement copying it is not correctly punctuated."""
    for token in sentence.span:
        if token.tag_ != "NNP" or not token.text.endswith("s") or token.i + 1 >= len(token.doc):
            continue
        following = token.nbor()
        if following.lower_ in RELATIONAL_NOUNS and token.head.i == following.i:
            return True
    return False


def stray_verb(sentence: Sentence) -> bool:
    """Whether a past verb with no subject and no linking word hangs off the main
    clause ("The sale went ahead, despite an order from the court ordered that it
    should stop"): two constructions run together, which the parser can only attach
    loosely. A clause of its own has a subject ("after he left") or a participle's
    form ("Asked about it, ...")."""
    for token in sentence.span:
        if token.tag_ != "VBD" or token.dep_ not in ("advcl", "conj"):
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "csubj", "cc") for c in token.children
        ):
            continue
        if token.dep_ == "conj" and any(
            t.dep_ == "cc" and t.head.i == token.head.i for t in sentence.span
        ):
            continue  # "went ahead and ordered ...": two verbs of one subject
        if token.i > sentence.span.start and token.nbor(-1).pos_ in ("NOUN", "PROPN"):
            return True
    return False


def no_main_verb(sentence: Sentence) -> bool:
    """Whether the sentence has no finite verb at all ("Very good idea to continue the
    legacy ..."): a fragment, which "According to the article, ..." cannot make a
    statement of. (The parser's head word is no guide: it may hang a whole sentence
    from a number it misreads.)"""
    return not any(t.tag_ in FINITE for t in sentence.span)


FINITE = ("VBD", "VBZ", "VBP", "MD")


# Nouns that stand for something the sentence before described, wherever they stand
# in a statement ("when the move would take place", "acknowledged the point", "over
# the period"): without that sentence the reader cannot tell which.
# Only nouns that say nothing of their own ("the announcement", "the rise" tell what
# happened even unexplained).
SHELL_NOUNS = {
    "move", "point", "period", "matter", "measure", "measures", "step", "decision",
    "option", "options", "comments", "remarks",
}  # fmt: skip


def shell_noun(sentence: Sentence) -> bool:
    """Whether "the" + a shell noun with nothing after it that says which ("the move to
    Leeds", "the period since May", "the point that ...") appears anywhere in the
    sentence, and the noun was not used earlier in the same sentence."""
    span = sentence.span
    for token in span:
        if token.lower_ != "the" or token.i + 1 >= span.end:
            continue
        noun = token.nbor()
        if noun.lower_ not in SHELL_NOUNS or noun.head.i == token.i or token.head.i != noun.i:
            continue
        if any(c.dep_ in ("prep", "acl", "relcl", "appos", "ccomp") for c in noun.children):
            continue
        if noun.i + 1 < span.end and noun.nbor().lower_ in ("that", "to", "of", "for"):
            continue  # "the point that ...", "the move to ...": said here
        if any(t.lemma_.lower() == noun.lemma_.lower() for t in span if t.i < token.i):
            continue
        return True
    return False


def ambiguous_short_name(article: Article, sentence: Sentence) -> bool:
    """Whether the sentence calls a body by a capitalised common noun alone ("the
    Bank said ...") while the article names two or more bodies ending in or led by
    that noun ("the Central Bank", "Wells Fargo Bank", "the Bank of England"): which
    one the statement means, only the sentences around it said."""
    span = sentence.span
    for token in span:
        if token.lower_ != "the" or token.i + 1 >= span.end:
            continue
        noun = token.nbor()
        if not (noun.tag_ == "NNP" and noun.text.istitle() and common_noun(noun.doc, noun.lower_)):
            continue
        after = noun.nbor() if noun.i + 1 < len(noun.doc) else None
        if after is not None and (after.tag_ == "NNP" or after.lower_ in ("of", "for")):
            continue  # "the Bank of England", "the Bank Holiday": a whole name
        word = re.escape(noun.text)
        longer = rf"\b(?:[A-Z][\w&]*\s+){{1,3}}{word}\b|\b{word}\s+of\s+[A-Z]\w+"
        names = {re.sub(r"^The\s+", "", n) for n in re.findall(longer, article.body)}
        if len(names - {noun.text}) >= 2:
            return True
    return False


# Words for a broadcast or published work: "the BBC show", "the ITV drama".
WORK_NOUNS = set(
    "show programme series sitcom drama documentary film movie soap album single song "
    "book novel play".split()
)


def described_work(sentence: Sentence) -> bool:
    """Whether the sentence calls a work "the <Name> show" ("the BBC show beat ..."):
    a description that stands in for a title named before, and an article that names
    several of the broadcaster's shows leaves the statement's one unsaid."""
    span = sentence.span
    for token in span:
        if token.lower_ != "the" or token.i + 2 >= span.end:
            continue
        name, noun = token.nbor(), token.nbor(2)
        if name.tag_ != "NNP" or noun.lower_ not in WORK_NOUNS or noun.tag_ != "NN":
            continue
        if noun.dep_ == "compound" or name.head.i != noun.i:
            continue  # "the Berlin film festival": the festival, not a film
        if noun.i + 1 < len(noun.doc) and noun.nbor().tag_ == "NNP":
            continue  # "the BBC show Little Britain": the title follows
        if any(c.dep_ in ("appos", "relcl", "acl") for c in noun.children):
            continue
        return True
    return False


def refused(article: Article, sentence: Sentence) -> bool:
    """Whether the sentence may not stand as a true/false statement at all."""
    return (
        no_main_verb(sentence)
        or two_verb_slip(sentence)
        or stray_verb(sentence)
        or disagreeing_verb(sentence)
        or unpaired_comma(sentence)
        or lost_possessive(sentence)
        or shell_noun(sentence)
        or ambiguous_short_name(article, sentence)
        or described_work(sentence)
        or opinion(sentence)
        or BROADCAST.search(sentence.text) is not None
    )


# "The awards will be shown on BBC One at 2010 GMT": a schedule, not the story (judges
# failed it as a side detail, 2026.11-74).
BROADCAST = re.compile(
    r"\b(?:will\s+be|is\s+being|are\s+being)\s+(?:shown|broadcast|screened|televised)\s+"
    r"(?:live\s+)?on\s+(?:BBC|ITV|Channel|Sky|S4C|Radio)\b"
)


# "in the last seven years", "over the past three months": the length of the time a
# claim covers. A statement false only by "eight years" tests a frame, not the news.
TIME_FRAME = re.compile(
    r"\b(?:in|over|during|for|within)\s+the\s+(?:last|past|previous|next|coming|first)\s+$",
    re.IGNORECASE,
)


def time_frame(before: str) -> bool:
    return TIME_FRAME.search(before) is not None


def named_event_detail(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the detail at sentence-relative characters [start, end) belongs to a
    named event (an EVENT entity just before it, joined by "in"/"at"/"of" and names
    only, or a year just before the event's name)."""
    text = sentence.text
    span = sentence.span
    for ent in span.ents:
        if ent.label_ != "EVENT":
            continue
        at, until = ent.start_char - span.start_char, ent.end_char - span.start_char
        between = text[until:start]
        if until <= start and re.fullmatch(
            r"(?:\s+(?:in|at|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)*\s+(?:in|at|of)\s+",
            between,
        ):
            return True
        if end <= at and re.fullmatch(r"\s*", text[end:at]):
            return True
    return False


def listed(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the name at sentence-relative characters [start, end) is one of a list
    ("over Jonathan Creek and Shameless"): swapped for another, the statement is false
    only by which items a list held, a detail, and "not listed" is often merely
    unstated rather than false."""
    span = sentence.span
    name = span.doc.char_span(
        span.start_char + start, span.start_char + end, alignment_mode="expand"
    )
    if name is None:
        return False
    root = name.root
    return root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)


# A chamber and the legislature it is part of: "the Senate" made "Congress" is still
# true of a bill before the Senate (judges, -94).
CHAMBERS = {
    "congress": {"senate", "house", "house of representatives"},
    "parliament": {"house of commons", "house of lords", "commons", "lords"},
}


def parent_body(article: Article, original: str, replacement: str) -> bool:
    """Whether either name of an organisation swap leads other names in the article
    ("BBC" beside "BBC Three" and "BBC One"): a body with channels, divisions or
    arms of its own may own the one the sentence names ("a radio series on Radio 4"
    made "on BBC"), so the swapped statement may still be true. A legislature owns
    its chambers so too."""
    pair = {re.sub(r"^(?:the|u\.s\.)\s+", "", n.lower()) for n in (original, replacement)}
    if any(whole in pair and pair & parts for whole, parts in CHAMBERS.items()):
        return True
    for name in (original, replacement):
        if re.search(rf"\b{re.escape(name)}\s+[A-Z0-9]", article.body):
            return True
    return False


# Adjectives of judgement: "was imperative", "is vital", "looks ideal". Said in the
# article's own voice they are its opinion, and "True: the article says so" would
# teach an opinion as a fact.
JUDGEMENTS = set(
    "imperative essential vital crucial paramount ideal perfect impressive brilliant "
    "superb excellent terrible dreadful disastrous shameful deplorable laughable "
    "unacceptable inexcusable wonderful magnificent woeful abysmal".split()
)


def opinion(sentence: Sentence) -> bool:
    """Whether a main clause predicates a judgement of its subject in the article's
    own voice ("a fresh start was imperative", "his record makes impressive reading"),
    with nobody said to hold it."""
    span = sentence.span
    main = [span.root, *(c for c in span.root.children if c.dep_ == "conj")]
    if any(t.lemma_.lower() in ("say", "believe", "think", "claim", "argue") for t in main):
        return False
    for verb in main:
        for child in verb.children:
            if child.dep_ == "acomp" and child.lower_ in JUDGEMENTS:
                return True
            if (
                child.dep_ == "dobj"
                and verb.lemma_.lower() == "make"
                and any(g.lower_ in JUDGEMENTS for g in child.children)
            ):
                return True  # "makes impressive reading"
    return False


# Words of a broadcaster's channel or station ("Radio 4", "BBC Three", "ITV1"), which
# a programme's title ("Shameless") lacks: both are "media" bodies to the tagger.
CHANNEL = re.compile(r"\b(?:BBC|ITV|Radio|Channel|Sky|S4C|CNN|Five|TV)\b|\d")


def channel_for_show(original: str, replacement: str) -> bool:
    """Whether an organisation swap puts a programme for a channel or a channel for a
    programme ("a radio series on Radio 4" made "on Shameless"): false to anyone who
    reads the sentence, as a place for a person would be."""
    return bool(CHANNEL.search(original)) != bool(CHANNEL.search(replacement))
