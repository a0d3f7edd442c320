"""Helpers every question kind shares: options, evidence, give-away checks."""

import hashlib
import re
from dataclasses import dataclass

from .. import gazetteer, nonnames
from ..drafts import GENERATOR_VERSION, Choice, Draft, Evidence
from ..entities import PERSON, TITLES
from ..nlp import LINK, QUOTE_CHARS, Sentence, english_word


@dataclass(frozen=True)
class Candidate:
    """A draft plus what ranking needs to know about it."""

    draft: Draft
    sentence: int  # index of the sentence the question is about
    third: int  # which third of the body that sentence is in
    fact: str  # two candidates with the same fact test the same thing
    answer: str  # the key's entity, for spreading questions over answers
    accused: bool = False  # the key is the accused of the story's criminal case
    # History behind the story (an event dated before it, a past year made false, a
    # firm's head count): published only when a set would otherwise fall short of
    # what a teacher expects.
    spare: bool = False
    # For a statement: the content words of its subject and of the rest (see
    # facts.gist), to tell two statements of one fact apart from two facts.
    gist: tuple[frozenset[str], frozenset[str]] | None = None
    # For a statement: (the article's word, the word its false form swaps in for it).
    swap: tuple[str, str] | None = None
    # A plain true statement kept only to fill a set every other question leaves short
    # (see enough.plain_statement and rank._fill_truths); it is a spare as well.
    filler: bool = False


def stable_hash(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:12], 16)


def ordered_choices(stem: str, key: str, distractors: list[str]) -> tuple[Choice, ...]:
    """Options in an order that is stable for a stem but moves the key around."""
    options = [Choice(key, True)] + [Choice(d, False) for d in distractors]
    return tuple(sorted(options, key=lambda c: stable_hash(stem + "\x00" + c.text)))


def evidence(sentences: list[Sentence]) -> tuple[Evidence, ...]:
    unique = sorted({s.index: s for s in sentences}.values(), key=lambda s: s.start)
    return tuple(Evidence(s.text, s.start, s.end) for s in unique)


def draft(kind, stem, key, distractors, explanation, sentences, score, answer_type="") -> Draft:
    return Draft(
        kind=kind,
        stem=tidy(stem),
        choices=ordered_choices(stem, key, distractors),
        explanation=explanation,
        evidence=evidence(sentences),
        score=round(score, 4),
        generator_version=GENERATOR_VERSION,
        answer_type=answer_type,
    )


def contains_any(text: str, phrases) -> bool:
    """Whether text contains any phrase as whole words (case-insensitive)."""
    lowered = text.lower()
    for phrase in phrases:
        phrase = phrase.lower().strip()
        # The plain test first: a pattern compiled for every phrase of every stem
        # overflowed re's cache and cost a tenth of an article's time.
        if not phrase or phrase not in lowered:
            continue
        if re.search(r"(?<![\w'-])" + re.escape(phrase) + r"(?![\w-])", lowered):
            return True
    return False


def in_headline(title: str, variants, name: str = "") -> bool:
    """Whether the headline names the answer, also as an adjective ("German" for Germany);
    name is checked even when short ("UK")."""
    if contains_any(title, [*variants, name]):
        return True
    words = re.findall(r"[\w'-]+", title.lower())
    for variant in variants:
        for word in words:
            short, long = sorted((word, variant.lower()), key=len)
            if len(short) >= 4 and " " not in long and long.startswith(short):
                return True
            if DEMONYMS.get(word) == variant.lower() or _demonym_of(word, variant.lower()):
                return True  # "Welsh miners" gives away Wales, "Norwegian" Norway
    return False


# Adjectives of place whose spelling does not start with the place's name.
DEMONYMS = {
    "welsh": "wales",
    "scottish": "scotland",
    "scots": "scotland",
    "english": "england",
    "british": "britain",
    "briton": "britain",
    "britons": "britain",
    "irish": "ireland",
    "cornish": "cornwall",
    "french": "france",
    "dutch": "netherlands",
    "spanish": "spain",
    "swiss": "switzerland",
    "greek": "greece",
    "danish": "denmark",
    "swedish": "sweden",
    "finnish": "finland",
    "polish": "poland",
    "turkish": "turkey",
    "portuguese": "portugal",
    "chinese": "china",
    "japanese": "japan",
    "belgian": "belgium",
    "norwegian": "norway",
    "peruvian": "peru",
    "argentine": "argentina",
    "filipino": "philippines",
    "thai": "thailand",
    "icelandic": "iceland",
    "lebanese": "lebanon",
    "israeli": "israel",
    "iraqi": "iraq",
    "pakistani": "pakistan",
    "bangladeshi": "bangladesh",
}


def _demonym_of(word: str, place: str) -> bool:
    """ "Kenyan" and Kenya, "Syrian" and Syria, "Canadian" and Canada: a place's name
    without its last letter, then "-n", "-an" or "-ian"."""
    if " " in place or len(place) < 4 or not word.endswith("n"):
        return False
    stem = place[:-1] if place[-1] in "aeiouy" else place
    return word in (stem + "n", stem + "an", stem + "ian", place + "n", place + "ian")


def distinct(options: list[str]) -> list[str]:
    seen, result = set(), []
    for option in options:
        folded = option.casefold()
        if folded not in seen:
            seen.add(folded)
            result.append(option)
    return result


def tidy(text: str) -> str:
    """Single spaces and no space before punctuation, whichever kind joined the stem's
    pieces. An ellipsis keeps its space ("war ..."): it marks a cut quote; so does a
    figure's point ("a camera and .22 calibre rifle", which read "and.22")."""
    text = TICKER.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r" ([,;:?!]|\.(?![.\d]))", r"\1", text)


# A wire story's stock ticker after a company's name ("Delta Air Lines Inc (DAL.N)",
# "(GOOGL.O)", "(.SPX)") or after an index's name ("index .SPLRCHCPS"): the agency's
# markup, which judges failed in a question's wording five times on Reuters copy
# (-99). The evidence keeps the article's words.
TICKER = re.compile(
    r"\s*\((?:[A-Za-z0-9]{1,7}\.[A-Z]{1,3}|\.[A-Z]{2,9})\)|(?<=[a-z])\s*\.[A-Z]{2,10}\b"
)


# A nation's adjective, which keeps its capital whatever NER made of it.
NATIONALITY_WORD = re.compile(
    r"^(?:American|Australian|Canadian|German|Italian|Spanish|French|Dutch|Belgian|"
    r"Norwegian|Swedish|Danish|Finnish|Polish|Russian|Ukrainian|Brazilian|Argentine|"
    r"Argentinian|Indian|Pakistani|Nigerian|Kenyan|Chinese|Japanese|Korean|Mexican|"
    r"Portuguese|Greek|Turkish|Israeli|Egyptian|European|African|Asian)$"
)


def nation_word(token) -> bool:
    """Whether the word is a nation's (or a language's) and keeps its capital wherever
    it stands: NER's NORP tag, or a demonym it missed ("American twins ...")."""
    if token.ent_type_ in ("NORP", "LANGUAGE") and token.text[:1].isupper():
        return True
    return token.lower_ in DEMONYMS or NATIONALITY_WORD.match(token.text) is not None


def lower_first(span_text: str, first_token) -> str:
    """Lower-case the first letter unless the first word is a name. A capitalised
    common noun that opened the sentence ("Team leader Fiona MacRae") is no name."""
    from ..nlp import common_noun

    if first_token.text.isupper() and len(first_token.text) > 1:
        return span_text  # "BBC", but not the article "A" ("A union spokesman")
    if _title_before_name(first_token):
        return span_text  # "Inspector Martin Kessler": a title is part of the name
    if span_text[1:2].isupper():
        return span_text  # "MEPs", "MPs": an abbreviation, whatever its last letter
    if nation_word(first_token):
        return span_text  # "American singer Usher": a nationality keeps its capital
    if first_token.pos_ == "PROPN" and not (
        _opens_sentence(first_token)
        and not first_token.ent_type_
        and common_noun(first_token.doc, first_token.lower_)
        and not _part_of_name(first_token)
    ):
        if not _word_before_name(first_token):
            return span_text
    return span_text[:1].lower() + span_text[1:]


# Words that open a sentence and never a name, wherever NER puts the name's start:
# "Back on Comey Island, the FBI ..." and "Members of the Human Rights Watch had
# tried ..." were printed with their capitals mid-question (judges, -104).
OPENING_ADVERBS = set(
    "back meanwhile elsewhere also still later earlier now then here there yet even "
    "just only soon once again instead".split()
)
MEMBERS = set(
    "members officials residents parents supporters leaders workers employees staff "
    "students researchers scientists experts critics officers lawyers activists "
    "campaigners protesters fans volunteers representatives".split()
)


def opening_word(token) -> bool:
    """Whether the sentence's first word is one of these, however NER tagged it."""
    if not _opens_sentence(token) or token.i + 1 >= len(token.doc):
        return False
    after = token.nbor()
    if token.lower_ in OPENING_ADVERBS:
        return after.text[:1].islower() or after.is_punct
    return token.lower_ in MEMBERS and after.lower_ == "of"


def _known_place(token) -> bool:
    """Whether the word, tagged a proper noun, is a place the gazetteer knows and no
    everyday word as well ("Reading", "Bath", "Deal", "Nice" open sentences as words)."""
    return gazetteer.lookup(token.text) is not None and token.lower_ not in EVERYDAY_PLACES


# Places whose names are everyday words: at a sentence's start the tagger's proper
# noun is no proof of the place.
EVERYDAY_PLACES = set(
    "reading bath deal nice split battle street sale hope wells march mobile "
    "cheddar bury wick ash rye".split()
)


def _word_before_name(token) -> bool:
    """An opening common word the tagger took into the name after it: "Winger Danny
    Holroyd" (a role before a given name), "Neighbouring Uzbekistan" (a participle
    before a place). Mid-sentence they are written in lower case."""
    from ..names import given_name
    from ..nlp import common_noun

    if not _opens_sentence(token) or token.i + 1 >= len(token.doc):
        return False
    after = token.nbor()
    if common_noun(token.doc, token.lower_) and given_name(after.text):
        return True  # "Winger Danny Holroyd"
    # "Neighbouring Uzbekistan", even where NER took the word into the place's name
    # (which _adjective_as_name leaves capitalised); "Reading" is a town.
    return (
        not token.ent_type_
        and token.lower_.endswith("ing")
        and len(token) > 5
        and after.ent_iob_ == "B"
        and gazetteer.lookup(token.text) is None
    )


def _part_of_name(token) -> bool:
    """ "Avon and Somerset Police": the word modifies a capitalised name, so it is part
    of that name, not a role word opening the sentence ("Team leader X")."""
    head = token.head
    if head.ent_type_ in ("PERSON", "ORG") and not token.ent_type_:
        # "Analyst Peter Hale said ...", "Developer Harland Homes wants ...": a role
        # before a name NER marked without it.
        return False
    return head.i != token.i and head.pos_ == "PROPN" and head.text[:1].isupper()


def _opens_sentence(token) -> bool:
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    # "said: “Quantum is ...": a quotation's first word opens its sentence (-106).
    return before.is_space or before.text in (".", "!", "?", '"', "\u201d", "\u201c")


def connective(sentence) -> int:
    """Length of an opening link ("But ", "However, ") that a quotation of the
    sentence leaves out (see nlp.LINK)."""
    link = LINK.match(sentence.text)
    return link.end() if link and len(sentence.span) > 2 else 0


def first_word(sentence):
    """The sentence's first token after any opening link ("But at CES": "at")."""
    span = sentence.span
    skip = connective(sentence)
    return next(t for t in span if t.idx - span.start_char >= skip)


def _adjective_as_name(article, token) -> bool:
    """ "White-tailed sea eagles ...", "Neighbouring Uzbekistan ...": a sentence-opening
    adjective the small model tags as a proper noun, kept capitalised after "According
    to the article," it reads as a typo. A word in a name the article knows, or a
    place ("Ealing", "Reading"), is a name all the same."""
    if any(token.text in e.name.split() for e in article.entities):
        return False
    doc = token.doc
    hyphened = token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].is_lower
    # "Neighbouring" before the name it describes, outside it ("Manning said" is a name).
    describing = (
        token.lower_.endswith("ing")
        and not token.ent_type_
        and token.i + 1 < len(doc)
        and doc[token.i + 1].ent_iob_ == "B"
    )
    return hyphened or (describing and gazetteer.lookup(token.text) is None)


def is_name(article, token) -> bool:
    """Whether a sentence-opening word keeps its capital inside a sentence: a proper
    noun, an acronym, or a word the article writes with a capital elsewhere too
    ("Lumen was created ..." after "The device, called Lumen, ...")."""
    if token.text.isupper() and len(token.text) > 1:
        return True
    if token.is_alpha and len(token) > 1 and not token.text[1:].islower():
        return True  # "OneTel adverts", "BlackBerry sales": a capital inside, a brand
    if _title_before_name(token):
        return True  # "Chief Inspector Martin Kessler", "Professor Ann Ray"
    if _county(token):
        return True  # "Yorkshire brewer Hartwell ...": a county, though tagged a noun
    if _title_with_description(token):
        return True  # "Evening on the Yare, an oil landscape by ...": a work's title
    if (
        token.pos_ in ("DET", "PRON")
        and not token.ent_type_
        and token.i + 1 < len(token.doc)
        and not token.nbor().text[:1].isupper()
    ):
        # "The chip ...": an article or pronoun before a lower-case word opens no name
        # ("The Road to Dover" does), however often the article writes "The" inside a
        # sentence (a conference's title, a quotation).
        return False
    if _written_lower(article, token):
        return False  # "Postal workers ..." beside "postal workers would carry ..."
    if _given_name_before_surname(token):
        return True  # "Iain Cochrane, a consultant, said ...": a person, however tagged
    if token.text in _capitalised_inside(article):
        # "City led through ..." beside "to beat City 2-1": a name, whatever the words
        # after it look like (a role before a given name, say).
        return True
    if _name_of_two_inside(article, token):
        return True  # "Copper Lantern gave ..." beside "said Copper Lantern could ..."
    if _role_before_name(token) or _role_before_mention(article, token):
        return False  # "Rapper Mike Skinner won ...": "rapper" inside a statement
    if _word_before_name(token):
        return False
    if nonnames.nationality_label(token):
        return True  # "Dutch co-chairman Antony Burgmans ...": a nationality
    if token.pos_ != "PROPN" and token.ent_type_ and _short_of_name(article, token):
        return True  # "Clearway is calling ..." after "the charity Clearway Money Trust"
    if token.pos_ != "PROPN" and _name_elsewhere(article, token):
        return True  # "Ofsted figures show ...", tagged an adjective, beside "Ofsted said"
    if token.ent_type_ in ("GPE", "LOC") and gazetteer.lookup(token.text) is not None:
        return True  # "Edinburgh residents ...": a place, though tagged as an adjective
    if token.pos_ == "PROPN" and token.text[:1].isupper() and _known_place(token):
        return True  # "Sheffield recorded ...", a city NER missed: still a name
    if token.pos_ == "PROPN" and _adjective_as_name(article, token):
        return False
    if token.pos_ == "PROPN":
        # "Malaria kills ...": unless a name the article confirms ("Brown said ..."),
        # a word it also writes in lower case is a common noun.
        if any(token.text in e.name.split() for e in article.entities if e.confirmed):
            return True
        if _plain_noun(article, token):
            return False  # "Recalls of electrical goods have risen ...": no name
        return not nonnames.common_word(token.text, article.sentences)
    if _unknown_name(token):
        return True  # "Notts police chief ...", "Shrek 2 and ...", "OneTel adverts ..."
    if token.lower_ == "the":
        # "The" is capitalised mid-sentence only in titles: "The Road to Dover won ..."
        # keeps it if the article writes "... the cost of The Road to Dover" too.
        return _titled_the(article, token)
    return False  # "a", "an", and any word the article never capitalises inside a sentence


def _unknown_name(token) -> bool:
    """A word the tagger called common that the lemmatizer does not know, marked a name
    by NER ("Notts police chief") or numbered like a title ("Shrek 2"). Judges failed
    "notts" and "shrek" after "According to the article,". An unknown word alone is no
    name: "Ceasefire talks", "Phishing attacks" are new words, not names."""
    if len(token) < 2 or not token.is_alpha or token.is_stop:
        return False
    if english_word(token):
        return False
    numbered = token.i + 1 < len(token.doc) and token.nbor().like_num
    return bool(token.ent_type_) or numbered


# Small words inside a name or a title: "Postal and Logistics Workers", "Evening on
# the Yare".
JOINING = {"and", "of", "the", "on", "in", "at", "to", "for", "by", "with", "over"}


def _capital_run(token) -> tuple[str, ...]:
    """The capitalised words from token on, across small words between them."""
    doc = token.doc
    words, i = [token.text], token.i + 1
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].lower_ in JOINING and doc[j].is_lower:
            j += 1
        if j >= len(doc) or not (doc[j].is_alpha and doc[j].text[:1].isupper()):
            break
        words += [t.text for t in doc[i : j + 1]]
        i = j + 1
    return tuple(words)


def _given_name_before_surname(token) -> bool:
    """A listed given name followed by a capitalised word ("Iain Cochrane"): a
    person's name, even where the tagger took it for a common noun. The list leaves
    out given names that are also common words ("Hope", "Will")."""
    from ..names import given_name

    doc = token.doc
    if token.i + 1 >= len(doc) or not given_name(token.text):
        return False
    after = doc[token.i + 1]
    return after.is_alpha and after.text[:1].isupper() and not after.is_upper


def _written_lower(article, token) -> bool:
    """Whether a capitalised word standing alone is one the article writes in lower
    case inside a sentence ("postal workers would carry ...") and never capitalises on
    its own there: "Postal" inside "the Postal and Logistics Workers' Union" is part of
    a longer name, but "City" in "to beat City 2-1" stands alone, so is a name."""
    if _capital_run(token) != (token.text,) or not token.text[:1].isupper():
        return False
    uses = _uses(article).get(token.lower_, ())
    if not any(t.text == token.lower_ for t in uses):
        return False
    if any(token.text in e.name.split() for e in article.entities if e.type == PERSON):
        return False  # "Rose said ..." beside "prices rose": a surname all the same
    return not any(
        t.text == token.text and not _opens_sentence(t) and _capital_run(t) == (t.text,)
        for t in uses
    )


def _title_with_description(token) -> bool:
    """A capitalised run across small words, then described ("Evening on the Yare, an
    oil landscape by ..."): a work's title, whose words all keep their capitals."""
    doc = token.doc
    run = _capital_run(token)
    end = token.i + len(run)
    return (
        _opens_sentence(token)
        and token.tag_ != "NNS"  # "Authorities in Moldova, an EU candidate country, ..."
        and len(run) > 2
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ in ("a", "an")
    )


def _short_of_name(article, token) -> bool:
    """Whether the opening word, marked a name by NER though tagged a common noun, is
    the first word of a longer name the article gives in full elsewhere: "Clearway is
    calling ..." for "Clearway Money Trust"."""
    return any(
        len(e.name.split()) > 1 and e.name.split()[0] == token.text and e.confirmed
        for e in article.entities
    )


def _plain_noun(article, token) -> bool:
    """A sentence-opening word the tagger took for a name that is only a common noun
    or its plural ("Recalls of electrical goods ..."): no entity type, no name the
    article knows holds it, and the lemmatizer knows it as a noun."""
    from ..nlp import common_noun, singular

    if not _opens_sentence(token) or token.ent_type_ or not token.is_alpha:
        return False
    if any(token.text in e.name.split() for e in article.entities):
        return False
    word = token.lower_
    return common_noun(token.doc, word) or singular(token.doc, word) is not None


# Titles that stay capitalised before a name inside a sentence ("said Inspector Martin
# Kessler"), and the words that open a compound title ("Chief Inspector", "Detective
# Sergeant"). Role words ("coach", "spokesman") are written in lower case there.
LOWER_CASE_ROLES = {"coach", "chairman", "chairwoman", "spokesman", "spokeswoman", "deputy"}
TITLE_OPENERS = {"chief", "detective", "det", "acting", "assistant", "deputy", "lance"}
NAME_TITLES = (TITLES - LOWER_CASE_ROLES) | TITLE_OPENERS  # written before a name


def _title_before_name(token) -> bool:
    """Whether the token opens a title before a person's name: "Inspector Martin
    Kessler", "Detective Sergeant Ann Ray", "Dr Lee", "General Giovanni Ferrante"."""
    from ..names import given_name

    doc = token.doc
    i = token.i
    while i < len(doc) and i < token.i + 3 and doc[i].text.rstrip(".").lower() in NAME_TITLES:
        if not doc[i].text[:1].isupper():
            return False
        i += 1
        if i < len(doc) and doc[i].text == ".":
            i += 1
    if i == token.i or i >= len(doc) or doc[i - 1].lower_ in TITLE_OPENERS:
        return False  # "Chief executives ...", "Detective work ...": no title
    after = doc[i]
    return (
        after.text[:1].isupper()
        and after.is_alpha
        and (after.ent_type_ == "PERSON" or given_name(after.text) or after.pos_ == "PROPN")
    )


def _name_elsewhere(article, token) -> bool:
    """Whether a capitalised word the tagger did not take for a name here ("Ofsted
    figures show ...", an adjective before "figures") is one where the article uses it
    again: tagged a proper noun in another place, never written in lower case, and no
    word the lemmatizer knows as a noun ("Police said ..." beside "Police figures")."""
    from ..nlp import common_noun

    text = token.text
    if not text[:1].isupper() or not text.isalpha() or len(text) < 3:
        return False
    if common_noun(token.doc, token.lower_):
        return False
    elsewhere = False
    for other in _uses(article).get(token.lower_, ()):
        if not other.text[:1].isupper():
            return False  # "the tory vote" beside "Tory": written both ways
        if other.pos_ == "PROPN" and (other.doc is not token.doc or other.i != token.i):
            elsewhere = True
    return elsewhere


def _uses(article) -> dict[str, list]:
    """Every token of the body by its lower-case form, made once per article: stems
    ask about many capitalised words, and each used to scan the whole body."""
    cache = article.__dict__.get("_uses")
    if cache is None:
        cache = article.__dict__["_uses"] = {}
        for sentence in article.sentences:
            for token in sentence.span:
                cache.setdefault(token.lower_, []).append(token)
    return cache


def _capitalised_inside(article) -> set[str]:
    """Words the article writes with a capital inside a sentence, on their own (not
    part of a longer name such as "British Heart Foundation")."""
    cache = article.__dict__.get("_capitalised")
    if cache is None:
        cache = article.__dict__["_capitalised"] = {
            t.text
            for s in article.sentences
            for t in s.span
            if t.i > s.span.start
            and t.text[:1].isupper()
            and t.is_alpha
            and not t.nbor(-1).is_punct
            and not _in_capitalised_run(t)
        }
    return cache


def _name_of_two_inside(article, token) -> bool:
    """Whether the opening word and the capitalised word after it are written together
    inside another sentence ("... said Copper Lantern could ..."): one name of two
    words, though neither word is a name on its own."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not doc[token.i + 1].text[:1].isupper():
        return False
    return (token.text, doc[token.i + 1].text) in _pairs_inside(article)


def _pairs_inside(article) -> set[tuple[str, str]]:
    """Each word and the word after it, for words inside a sentence (not after a
    punctuation mark), made once per article as _uses is."""
    cache = article.__dict__.get("_pairs_inside")
    if cache is None:
        cache = article.__dict__["_pairs_inside"] = {
            (t.text, t.nbor().text)
            for s in article.sentences
            for t in s.span[1:-1]
            if not t.nbor(-1).is_punct
        }
    return cache


def _county(token) -> bool:
    """Whether token opens a county's or region's name: "Yorkshire", "West Sussex",
    "County Durham"."""
    if token.text in gazetteer.COUNTIES:
        return True
    after = token.nbor().text if token.i + 1 < len(token.doc) else ""
    return token.text in ("North", "South", "East", "West", "Mid", "County") and (
        after in gazetteer.COUNTIES
    )


def _role_before_mention(article, token) -> bool:
    """A common noun (perhaps with another after it) opening the sentence straight
    before a name the article found without it: "Developer Harland Homes wants ...",
    where "Harland" is no given name but "Harland Homes" is the developer's name, and
    "Comparison site BillWise said ...", where NER took "Comparison" for a name."""
    from ..entities import TITLES
    from ..nlp import common_noun

    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")
    if not _opens_sentence(token) or token.lower_ in TITLES or (token.ent_type_ and not alone):
        return False
    if token.i + 1 >= len(doc) or not common_noun(doc, token.lower_):
        return False
    i = token.i + 1
    while i < min(token.i + 3, len(doc) - 1) and doc[i].is_lower and doc[i].pos_ == "NOUN":
        i += 1  # "site" in "Comparison site BillWise"
    for sentence in article.sentences:
        if sentence.span.doc is doc and sentence.span.start <= token.i < sentence.span.end:
            offset = sentence.start - sentence.span.start_char
            after = doc[i].idx + offset
            return any(m.start == after for m in article.mentions_in(sentence))
    return False


def _role_before_name(token) -> bool:
    """A common noun opening the sentence, then (perhaps after more lower-case words) a
    given name: "Rapper Mike Skinner", "Mountain guide Bruno Jelk". Titles ("President
    Bush", "Judge Ann Ray") keep their capital."""
    from ..entities import TITLES
    from ..names import GIVEN_NAMES
    from ..nlp import common_noun

    doc = token.doc
    if not _opens_sentence(token) or token.lower_ in TITLES:
        return False
    if token.ent_type_ not in ("", "PERSON") or not common_noun(doc, token.lower_):
        return False  # "Norfolk coroner William Armstrong": a place keeps its capital
    if token.lower_ in DEMONYMS or token.tag_ in ("JJ", "NNPS"):
        return False  # "Dutch co-chairman Antony Burgmans": a nationality, not a role
    i = token.i + 1
    while i < len(doc) and i <= token.i + 2 and doc[i].text.islower() and doc[i].is_alpha:
        i += 1
    return i < len(doc) and doc[i].text in GIVEN_NAMES


def _titled_the(article, token) -> bool:
    """Whether the article writes "The" and the word after it with capitals inside a
    sentence somewhere, as a title ("the cost of The Road to Dover")."""
    if token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1].text
    if not after[:1].isupper():
        return False
    return any(
        t.text == "The" and t.i > s.span.start and t.i + 1 < len(t.doc) and t.nbor().text == after
        for s in article.sentences
        for t in s.span
        if not _opens_sentence(t)
    )


# "... are likely to be similar, they say. The rate would ...": the splitter left two
# sentences as one, and "Complete the sentence" then quotes two (judges, 2026.11-78).
SENTENCE_BREAK = re.compile(r"[a-z0-9%)][.!?]['\u2019\"\u201d]?\s+[A-Z]")


def two_sentences(text: str) -> bool:
    """Whether text runs on past a sentence's end; a caller puts a letter for the blank
    ("at least x. They say")."""
    return SENTENCE_BREAK.search(text) is not None


def cloze(before: str, after: str) -> str:
    """A sentence-completion stem. The stem quotes the sentence in double quotation
    marks, so the sentence's own are made single: judges failed "... as "Sri Lanka will
    be hard pressed ..." which totalled ___" as broken punctuation."""
    text = before + "___" + after
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"  # a quotation that runs on into the next sentence, closed here
    inner = re.sub("[" + QUOTE_CHARS + "]", "'", text)
    return f'Complete the sentence from the article: "{inner}"'


def quote_text(article, sentence, start: int, end: int, reference) -> str:
    """body[start:end] (inside sentence), with a resolved "he"/"she" or opening
    description replaced by its name, a "there" by its place, and an opening "But"
    left out."""
    skip = connective(sentence) if start == sentence.start else 0
    begin = start + skip
    if reference is None or begin >= reference.end or end <= reference.start:
        text = article.body[begin:end]
    else:
        from ..refer import full_name

        name, first = full_name(article, reference.entity)
        opening = article.body[reference.start : reference.end]
        rest = article.body[reference.end : end]
        if opening.lower() in ("she", "he") and rest.startswith(("'s ", "\u2019s ")):
            # "She's been on a steady drop": the verb's contraction, which after a name
            # reads as a possessive ("Hillary Clinton's been ...", judges, -103).
            rest = (" has" if _participle_after(rest[2:]) else " is") + rest[2:]
        if opening.endswith(("'s", "\u2019s")) or opening.lower() in ("his", "her"):
            name += "'s"
        if opening[:4].lower() == "the " and article.body[first - 4 : first].lower() == "the ":
            name = opening[:4] + name  # "The agency" -> "The Environment Agency", as named
        text = article.body[begin : reference.start] + name + rest
    there = there_referent(article, sentence)
    if there is not None and begin <= there[0] and there[1] <= end:
        at = there[0] - begin
        text = text[:at] + there[2] + text[at + there[1] - there[0] :]
    return text[:1].upper() + text[1:] if skip else text


PARTICIPLE_AFTER = re.compile(
    r"^\s+(?:(?:not|never|already|long|since|just|also|always)\s+)?"
    r"(?:been|had|got|gotten|gone|done|made|seen|become|said|told|taken|given|won|lost|"
    r"left|kept|held|led|run|come|[a-z]+ed)\b"
)


def _participle_after(text: str) -> bool:
    """Whether "she's" before text stands for "she has": a past participle follows."""
    return PARTICIPLE_AFTER.match(text) is not None


def there_referent(article, sentence) -> tuple[int, int, str] | None:
    """(start, end, "at Wimbledon") for a lone "there" whose place is the proper-noun
    subject of the sentence before ("Wimbledon begins on 20 June. Ashworth lost in
    the first round there last year."): the question names the place instead."""
    theres = [t for t in sentence.span if t.lower_ == "there" and t.dep_ == "advmod"]
    if len(theres) != 1 or sentence.index == 0:
        return None
    before = article.sentences[sentence.index - 1]
    previous = before.span
    subjects = [c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    words = list(subjects[0].subtree)
    if not all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in words):
        return None
    if any(
        t.pos_ == "PROPN" and t.i < theres[0].i and t.head.lower_ in ("at", "in")
        for t in sentence.span
    ):
        return None  # "has not played at Lakeside since 2006 and will not feature there"
    name = previous.doc[words[0].i : words[-1].i + 1].text
    at = words[0].idx + before.start - previous.start_char
    if any(
        m.entity is not None
        and m.entity.type == PERSON
        and m.entity.confirmed
        and m.start <= at < m.end
        for m in article.mentions_in(before)
    ):
        return None  # "Andy Fordham is hoping ...": a person, no place to be "there"
    place = gazetteer.lookup(name)
    # "in France"; a town's name is as often its venue or event ("at Wimbledon").
    wide = place is not None and place.kind != gazetteer.CITY
    word = "in" if wide else "at"
    start = theres[0].idx + sentence.start - sentence.span.start_char
    return start, start + len("there"), f"{word} {name}"


def with_there(article, sentence, proof: list) -> list:
    """proof, with the sentence before when a "there" was named from it."""
    if there_referent(article, sentence) is None:
        return proof
    return [*proof, article.sentences[sentence.index - 1]]


def _in_capitalised_run(token) -> bool:
    """ "Heart" in "British Heart Foundation": a word capitalised as part of a longer
    name keeps no capital of its own ("Heart disease kills ...")."""
    doc = token.doc
    for i in (token.i - 1, token.i + 1):
        if 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
            return True
    # "Police" in "Swiss Federal Office of Police": a name's last word after its "of".
    i = token.i - 1
    return (
        i >= 1
        and doc[i].lower_ in ("of", "for", "and", "de")
        and doc[i - 1].text[:1].isupper()
        and doc[i - 1].is_alpha
        and not doc[i - 1].is_sent_start
    )


def overlaps(reference, start: int, end: int) -> bool:
    """Whether body[start:end] touches the words a reference replaces."""
    return reference is not None and start < reference.end and reference.start < end


def quoted(text: str) -> bool:
    return any(mark in text for mark in '"\u201c\u201d')


# Function words two texts may share without one echoing the other.
PLAIN = {
    "very", "with", "that", "from", "more", "less", "than", "into", "over", "back",
    "down", "aside", "again", "after", "about", "where", "what", "make", "made",
}  # fmt: skip


def content_stems(text: str) -> set[str]:
    """The content words of text, cut to five letters ("sharply" meets "sharp",
    "resigns" meets "resigned")."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4 and w not in PLAIN}


LEGAL_ENDINGS = {"Inc", "Corp", "Co", "Ltd", "LLC", "Plc", "PLC"}


def same_name(a: str, b: str) -> bool:
    """Whether two names may denote the same thing: one inside the other, the same but
    for a middle name, or an acronym."""
    x, y = a.casefold(), b.casefold()
    if x in y or y in x:
        return True
    first, second = x.split(), y.split()
    if min(len(first), len(second)) >= 2 and first[0] == second[0] and first[-1] == second[-1]:
        return True  # "Adrienne Martin" and "Adrienne Nicole Martin" (judges, 2026.11-89)
    for short, long in ((a, b), (b, a)):
        # "UPS" and "United Parcel Service Inc": a firm's legal ending is not in its
        # initials (a statement swapped one for the other, keyed false, -100).
        words = re.findall(r"[A-Z][\w'-]*", long)
        for kept in (words, [w for w in words if w not in LEGAL_ENDINGS]):
            initials = "".join(w if w.isupper() else w[0] for w in kept)
            if short.isupper() and len(short) >= 2 and short in (initials, initials[1:]):
                return True
    return False


# A sentence that opens on the place where it happened: "In Bucharest, ...".
SCENE = re.compile(r"(?:In|From|At)\s+[^,]{1,40},$")
REMARK_VERBS = {"say", "add", "tell", "state", "announce", "confirm", "welcome", "hope"}


def scene_of_remark(body: str, sentence: Sentence, mention) -> bool:
    """Whether a place only sets the scene of a remark: "In Bucharest, the Centre said
    it hoped ...". Where the words were spoken is no part of what they say, so a
    question on it tests a stray detail."""
    if SPEAKING_FROM.search(body[sentence.start : mention.start]):
        return True  # "Doherty, speaking from Brisbane, said ...": where he spoke
    if not SCENE.match(body[sentence.start : mention.end + 1]):
        return False
    return sentence.span.root.lemma_.lower() in REMARK_VERBS


# Where a speaker was as they spoke: "Doherty, speaking from Brisbane, said ...".
SPEAKING_FROM = re.compile(r"\bspeaking (?:from|in|at)\s+(?:the\s+)?$")
