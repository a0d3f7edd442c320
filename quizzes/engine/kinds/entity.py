"""People, places and organisations: "Who ...?" when the answer is the subject
of the sentence, otherwise sentence completion with the name blanked out.

Distractors are entities of the same checked type from the article (a city for
a city); places may be topped up from the gazetteer with places of the same
kind and region, which the article cannot make true.
"""

import re

from .. import gazetteer, orgs, refer, ties
from ..article import Article
from ..drafts import ENTITY
from ..entities import ORG, PERSON, PLACE, TITLES, Mention
from ..nlp import Sentence, common_noun, singular
from .common import (
    Candidate,
    connective,
    contains_any,
    distinct,
    draft,
    in_headline,
    overlaps,
    quote_text,
    quoted,
    same_name,
    stable_hash,
    usable,
)
from .number import _crowded
from .who_said import SPEECH_VERBS
from .worth import adjustment, sloppy

MAX_WORDS = 40
# Anyone may say something; only a doing verb ties the answer to a role.
SPOKEN = re.compile(
    r"\b(?:said|says|told|added|warned|argued|claimed|insisted|explained|"
    r"described|praised|urged|called|thanked|announced)\b"
)
NAME_GOES_ON = re.compile(r"^ (?:of|to|for|de|on) (?:the )?[A-Z]")
QUESTION_WORD = {PERSON: "Who", ORG: "Which organisation"}
PLACE_WORD = {
    gazetteer.COUNTRY: "Which country",
    gazetteer.CITY: "Which city",
    gazetteer.CONTINENT: "Which part of the world",
    gazetteer.REGION: "Which region",
}
# Only capitalised titles ("Mr", "Gen") go with the blank; "England coach ___" keeps its role.
TITLE_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(t.capitalize() for t in TITLES)) + r")\.?\s+)+$"
)


def candidates(article: Article) -> list[Candidate]:
    result = []
    for sentence in article.sentences:
        words = len(sentence.text.split())
        if not (sentence.is_statement and 6 <= words <= MAX_WORDS and not quoted(sentence.text)):
            continue
        ok, reference = usable(article, sentence)
        if not ok or sloppy(sentence):
            continue
        for mention in article.mentions_in(sentence):
            if mention.type not in (PERSON, PLACE, ORG) or mention.in_quote:
                continue
            if is_aside(mention) or mention.dep in ("compound", "poss"):
                continue  # "told BBC Sport", "___ representatives": not worth asking
            if overlaps(reference, mention.start, mention.end):
                continue
            if mention.type == ORG and _venue(sentence, mention):
                continue  # "At CES, the EPA unveiled ...": an event, not a body that acts
            candidate = _question(article, sentence, mention, reference)
            if candidate is not None:
                result.append(candidate)
    return result


def is_aside(mention: Mention) -> bool:
    """Who heard a remark ("told BBC Sport", "the BBC News website") is a stray detail."""
    if mention.head_lemma in SPEECH_VERBS and mention.dep in ("dobj", "dative"):
        return True
    return mention.head_lemma in ("website", "programme", "site", "service")


def _venue(sentence: Sentence, mention: Mention) -> bool:
    """An organisation's name used for the place or event where something happened:
    "in the EU" (a union of countries as a region), an opening "At CES, ..."."""
    if mention.head_lemma == "in" and mention.dep == "pobj":
        return True
    span = sentence.span
    first = span[1] if connective(sentence) else span[0]  # "But at CES, ..."
    offset = sentence.start - span.start_char
    words = sentence.text[first.idx + offset - sentence.start : mention.start - sentence.start]
    return (
        mention.head_lemma in ("at", "in")
        and first.lower_ in ("at", "in")
        and len(words.split()) <= 2
        and sentence.text[mention.end - sentence.start :][:1] == ","
    )


def worth_offering(entity) -> bool:
    """Entities named only in asides or inside quotations make absurd distractors, and
    one whose type the article does not confirm may be no person (or place) at all."""
    return entity.confirmed and any(
        not is_aside(m) and not m.in_quote and not (entity.type == ORG and _only_a_venue(m))
        for m in entity.mentions
    )


def _only_a_venue(mention: Mention) -> bool:
    """ "launched at CES", "banned in the EU", "an EU directive": an
    organisation named only as a place or a label never acts in the story, so it is
    absurd beside bodies that do."""
    return (mention.dep == "pobj" and mention.head_lemma in ("at", "in")) or (
        mention.dep == "compound"
    )


def _question(
    article: Article, sentence: Sentence, mention: Mention, reference=None
) -> Candidate | None:
    entity = mention.entity
    if not entity.confirmed:
        return None  # "Storm Hester" as a person: an unconfirmed type is never an option
    subject_stem = _subject_question(sentence, mention) if reference is None else None
    verb_at = sentence.span.root.idx + sentence.start - sentence.span.start_char
    if subject_stem and any(
        m.type == PERSON and m.entity is not entity and m.start < verb_at
        for m in article.mentions_in(sentence)
    ):
        subject_stem = None  # another person heads the subject ("Guide author Dan Lewis")
    if subject_stem is not None:
        stem, score = subject_stem, 0.82
    else:
        stem, score = _completion(article, sentence, mention, reference), 0.7
    if stem is None or contains_any(stem, entity.variants()):
        return None
    if any(
        same_name(e.name, entity.name)
        for e in article.entities
        if e is not entity and contains_any(stem, e.variants() | {e.name})
    ):
        return None  # "A European Union (___) directive": the stem spells the key out
    if in_headline(article.title, entity.variants(), entity.name):
        return None  # the headline gives the answer away
    if mention.type == ORG and _shares_a_word(stem, entity.name):
        return None  # "the ___, which promotes renewable energy": Energy Savings Trust
    word = descriptor(sentence, mention) if subject_stem is None else None
    before = article.body[sentence.start : mention.start].split()[-1:]
    if subject_stem is None and word is None and before and before[0] in refer.ROLE_WORDS:
        word = before[0]  # "bringing on Okonjo and midfielder ___": the parse missed it
    if subject_stem is None and word is None:
        word = _named_kind(article, sentence, mention)  # "a criminal group known as ___"
    if subject_stem is None and word is None:
        # "Ryanair and ___ were the next busiest carriers": only others the article
        # calls carriers may stand in the slot.
        word = _coordinated_kind(article, sentence, mention)
    only = None if word is None else {id(e) for e in refer.roles(article).get(word, ())}
    distractors, filled = _distractors(article, mention, stem, only=only)
    if len(distractors) < 2:
        return None
    if filled and re.search(r"\bthe ___", stem):
        return None  # "in the ___" fits the key, not every gazetteer name
    if subject_stem is None and not _descriptor_shared(article, sentence, mention, distractors):
        return None  # "Oil giant ___": the descriptor gives the answer away
    score += 0.04 * (mention.type == PERSON) - 0.06 * filled - 0.1 * (len(distractors) < 3)
    score -= 0.04 * (len(sentence.text.split()) > 30)
    score += 0.02 * min(len(entity.mentions), 3) + adjustment(article, sentence)
    evidence = [sentence, *(reference.proof if reference else ())]
    if not contains_any(sentence.text, [entity.name]):
        evidence.append(article.sentences[entity.mentions[0].sentence])
    explanation = _explain(sentence, entity.name)
    result = draft(
        ENTITY,
        stem,
        entity.name,
        distractors,
        explanation,
        evidence,
        score,
        f"{mention.type}:{mention.subtype}" if mention.type == PLACE else mention.type,
    )
    fact = f"entity:{entity.name}:{sentence.index}"
    return Candidate(result, sentence.index, sentence.third, fact, entity.name)


def _explain(sentence: Sentence, name: str) -> str:
    return f'The article says: "{sentence.text}" The answer is {name}.'


def _subject_question(sentence: Sentence, mention: Mention) -> str | None:
    if mention.dep not in ("nsubj", "nsubjpass") or not mention.head_is_root:
        return None
    offset = sentence.start - sentence.span.start_char
    if mention.type == PLACE:
        word = PLACE_WORD.get(mention.subtype)
    else:
        word = QUESTION_WORD.get(mention.type)
    span = sentence.span
    root = span.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if word is None or len(subjects) != 1:
        return None
    subject = subjects[0]
    if not mention.start <= subject.idx + offset < mention.end:
        return None  # the name only modifies the real subject
    follower = span.doc[subject.i + 1] if subject.i + 1 < span.end else None
    if (
        follower is not None
        and follower.pos_ == "NOUN"
        and follower.text.islower()
        and (follower.idx + offset >= mention.end)
    ):
        return None  # "The first X meeting was held ...": the subject is the meeting
    if _modifies_a_noun(sentence, mention, subject):
        return None  # the parse put the name at the head, but a noun follows it
    if subject.left_edge.i != span.start or any(c.dep_ == "conj" for c in subject.children):
        return None
    rest = span.doc[subject.right_edge.i + 1 : span.end]
    if not len(rest) or rest[0].pos_ not in ("VERB", "AUX", "ADV"):
        return None
    text = rest.text.rstrip(" .!")
    if len(text.split()) < 3:
        return None
    if root.tag_ == "VBP" or (rest[0].lower_ in ("are", "were", "have")):
        return None  # "X and Y have ..." would need a plural question
    if mention.type == PERSON and _lost_referent(subject, rest):
        return None  # "Dr X, who studied the books, said they ...": "Who said they ...?"
    return f"{word} {text}?"


def _lost_referent(subject, rest) -> bool:
    """Whether the predicate says "they"/"them"/"their" and its only plural noun was in
    the subject the question drops; a person is never "they" here."""
    for token in rest:
        if token.lower_ in ("they", "them", "their") and token.pos_ in ("PRON", "DET"):
            before = [t for t in rest if t.i < token.i and t.tag_ in ("NNS", "NNPS")]
            return not before
    return False


def _modifies_a_noun(sentence: Sentence, mention: Mention, subject) -> bool:
    """ "The first Friends of Syria meeting": the word after the name, still inside
    the subject, is a common noun, so the name only describes that noun."""
    span = sentence.span
    offset = sentence.start - span.start_char
    inside = {t.i for t in subject.subtree}
    after = [t for t in span if t.idx + offset >= mention.end]
    if not after or after[0].i not in inside or after[0].is_punct:
        return False
    return after[0].pos_ == "NOUN" and after[0].text.islower()


def fixed_place(sentence: Sentence, mention) -> bool:
    """Whether a place is coordinated with another name ("England and Wales") or
    sits inside a proper name ("the Catholic Church in England")."""
    span = sentence.span
    offset = sentence.start - span.start_char
    tokens = [t for t in span if mention.start <= t.idx + offset < mention.end]
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if not roots:
        return False
    root = roots[0]
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    if any(t.pos_ == "PROPN" for t in linked):
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        owner = root.head.head
        return owner.pos_ == "PROPN" and owner.i not in inside
    return False


def descriptor(sentence: Sentence, mention: Mention) -> str | None:
    """The role word written straight before a name ("Oil giant Shell", "Archbishop of
    Canterbury Dr Rowan Williams", "Ireland captain X"), lower-cased; None if the
    name follows a function word or punctuation. Capitalised titles next to a
    person's name are dropped from a completion, so they are looked past."""
    span = sentence.span
    offset = sentence.start - span.start_char
    first = next((t for t in span if t.idx + offset >= mention.start), None)
    if first is None:
        return None
    i = first.i - 1
    while (
        mention.type == PERSON
        and i >= span.start
        and span.doc[i].text[:1].isupper()
        and span.doc[i].lower_.rstrip(".") in TITLES
    ):
        i -= 1
    if i < span.start:
        return None
    token = span.doc[i]
    if not token.is_punct and (
        token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        or (token.dep_ == "compound" and token.is_alpha and token.text.islower())
    ):
        return token.lemma_.lower()
    tokens = [t for t in span if mention.start <= t.idx + offset < mention.end]
    root = refer.name_root(tokens) if tokens else None
    if (
        token.text == ","
        and root is not None
        and root.dep_ == "appos"
        and root.head.pos_ == "NOUN"
        and root.head.i < root.i
    ):
        return root.head.lemma_.lower()  # "The spokeswoman, ___, said ..."
    # "schemes like ___", "think tanks the X and the ___": the sort is named earlier.
    return refer.group_noun(span, root) if root is not None else None


_KNOWN_AS = re.compile(r"(\w+)\s+(?:known|called|named|dubbed)(?:\s+as)?\s+(?:the\s+)?$")


def _named_kind(article: Article, sentence: Sentence, mention: Mention) -> str | None:
    """The noun a "known as" or "called" before the name says it is: "group"."""
    found = _KNOWN_AS.search(article.body[sentence.start : mention.start])
    if found is None:
        return None
    word = found.group(1).lower()
    doc = sentence.span.doc
    word = singular(doc, word) or word
    return word if common_noun(doc, word) else None


def _coordinated_kind(article: Article, sentence: Sentence, mention: Mention) -> str | None:
    """The kind a sentence gives a list the name is part of: "Ryanair and TUI were the
    next busiest carriers" -> "carrier"."""
    offset = sentence.start - sentence.span.start_char
    tokens = [t for t in sentence.span if mention.start <= t.idx + offset < mention.end]
    if mention.type != ORG or not tokens:
        return None
    first = refer.name_root(tokens)
    while first.dep_ == "conj":
        first = first.head
    if first is refer.name_root(tokens) and not any(c.dep_ == "conj" for c in first.children):
        return None  # not in a list
    if first.dep_ not in ("nsubj", "nsubjpass") or first.head.lemma_ != "be":
        return None
    kinds = [c for c in first.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return kinds[0].lemma_.lower() if kinds else None


def _descriptor_shared(
    article: Article, sentence: Sentence, mention: Mention, distractors: list[str]
) -> bool:
    """Whether a completion may keep the role word before its blank: only when the
    article gives every distractor that same role."""
    word = descriptor(sentence, mention)
    if word is None:
        return True
    holders = {e.name for e in refer.roles(article).get(word, ())}
    return all(name in holders for name in distractors)


def _completion(
    article: Article, sentence: Sentence, mention: Mention, reference=None
) -> str | None:
    before = quote_text(article, sentence, sentence.start, mention.start, reference)
    after = quote_text(article, sentence, mention.end, sentence.end, reference)
    if before[-1:] == "-" or after[:1] == "-" or after[:1].isalnum():
        return None  # "the ___-based co-chairman" reads badly
    if NAME_GOES_ON.match(after):
        return None  # "___ to British Quangos 2005": NER cut a longer name short
    if _crowded(sentence):
        return None  # "Shares fell 1% to 510.75 pence in ___": trivia
    if mention.type == PLACE and fixed_place(sentence, mention):
        return None  # "the Church in England and ___": part of a fixed name
    if mention.type == PERSON:
        before = TITLE_BEFORE.sub("", before)
    if len(before.split()) + len(after.split()) < 5:
        return None
    return f'Complete the sentence from the article: "{before}___{after}"'


def _distractors(
    article: Article,
    mention: Mention,
    stem: str,
    same_country: bool = True,
    only: set[int] | None = None,
) -> tuple[list[str], bool]:
    """Same-type options not in the stem and not another name for the key; and whether
    the gazetteer had to supply any. With only, just those entities (the ones the
    article gives the role the stem names: "schemes like ___")."""
    key = mention.entity
    place = gazetteer.lookup(key.name) if mention.type == PLACE else None
    if mention.type == PLACE:
        pool = [e for e in article.of_type(PLACE, mention.subtype) if e is not key]
        if place is not None and place.kind == gazetteer.COUNTRY:
            # A country on another continent is often absurd ("the war in England").
            pool = [
                e for e in pool if (gazetteer.lookup(e.name) or place).continent == place.continent
            ]
    else:
        pool = [e for e in article.of_type(mention.type) if e is not key]
        if mention.type == ORG:
            pool = [e for e in pool if orgs.compatible(key, e)]
            if not key.subtype:
                # A body of unknown sort is best matched by others of unknown sort, not
                # by a bank or a football club.
                pool = sorted(pool, key=lambda e: bool(e.subtype))
    pool = [e for e in pool if worth_offering(e)]
    if only is not None:
        pool = [e for e in pool if id(e) in only]
    if mention.type == PERSON and not SPOKEN.search(stem):
        # "___ made a fine save": not the manager, when the key is the goalkeeper.
        pool = refer.same_role_first(article, key, pool, stem)
    if mention.type == PERSON:
        pool = refer.same_gender_first(article, key, pool, stem)
    if mention.type == ORG:
        # "the ___" takes "Centre for Policy Studies", and grammar rules out
        # "Agricultural Wages Committees" beside it.
        doc = article.sentences[mention.sentence].span.doc
        plural = _plural(doc, key.name)
        pool = [e for e in pool if _plural(doc, e.name) == plural]
        if _after_the(article, mention):
            # "the largest the ___ has issued": "the ICO", never "the Stridely".
            pool = [e for e in pool if any(_after_the(article, m) for m in e.mentions)]
    if same_country and mention.type == PLACE and mention.subtype == gazetteer.CITY:
        # "his home town of ___, in Homs province": a Syrian town, never Paris.
        # A known city keeps to known cities of its country; a town the gazetteer
        # does not know may also stand with others it does not know.
        home = place.country if place is not None else _main_country(article)
        # With neither known, only towns the gazetteer does not know either: the
        # capital of a country it does not know is not Geneva.
        pool = [
            e
            for e in pool
            if _city_country(e.name, place is None) in (home, "?") or not home and place is not None
        ]
    bound = ties.tied(article, key)
    pool = [e for e in pool if id(e) not in bound]  # "Unosat, part of Respond"
    if place is not None:
        pool = [e for e in pool if not _overlaps(place, e.name)]
    # Names the stem already uses, by any variant ("Athletic" for Harrowgate Athletic).
    in_stem = [
        e.name for e in article.entities if e is not key and contains_any(stem, e.variants())
    ]
    names = [
        e.name
        for e in pool
        if not contains_any(stem, e.variants())
        and not same_name(e.name, key.name)
        and not any(same_name(e.name, name) for name in in_stem)
    ]
    names = _unrelated(names)[:3]
    filled = False
    main = _main_country(article)
    if place is not None and place.kind == gazetteer.CITY and main and place.country != main:
        # "held in Tunis" in a story about Syria: a foreign capital stands beside the
        # capitals of its neighbours, which the article cannot make true. A town the
        # gazetteer may have confused ("Keswick" in England) gets no fill.
        if len(names) < 3 and _capital_like(place):
            extra = [
                x
                for x in gazetteer.neighbour_capitals(place)
                if not contains_any(stem, [x])
                and x.lower() not in {e.name.lower() for e in article.of_type(PLACE)}
            ]
            extra = sorted(extra, key=lambda x: stable_hash(key.name + x))
            filled = bool(extra[: 3 - len(names)])
            names = distinct(names + extra)[:3]
        place = None
    if (
        place is not None
        and place.kind == gazetteer.CITY
        and not _country_named(article, key, place.country)
    ):
        place = None  # "off the coast of Cornwall" is not the Canadian town of that name
    if len(names) < 3 and place is not None:
        exclude = {e.name.lower() for e in article.of_type(PLACE)} | {key.name.lower()}
        extra = gazetteer.similar(place, exclude, 3 - len(names), key.name)
        extra = [x for x in extra if not contains_any(stem, [x]) and not _overlaps(place, x)]
        filled = bool(extra)
        names = distinct(names + extra)[:3]
    return names, filled


def _shares_a_word(stem: str, name: str) -> bool:
    """Whether the stem uses a distinctive word of an organisation's name."""
    generic = orgs.generic_words()
    words = [w for w in re.findall(r"[A-Za-z]{4,}", name) if w.lower() not in generic]
    return contains_any(stem, words)


def _country_named(article: Article, key, country: str) -> bool:
    """Whether the article names the country, or another place in it, besides key."""
    for entity in article.of_type(PLACE):
        found = gazetteer.lookup(entity.name) if entity is not key else None
        if found is not None and found.country == country:
            return True
    return False


def _capital_like(place) -> bool:
    """Whether a city is its country's capital (a story abroad names capitals)."""
    return place.name in gazetteer.capital_of(place)


def _after_the(article: Article, mention: Mention) -> bool:
    return article.body[max(0, mention.start - 4) : mention.start].lower() == "the "


def _unrelated(names: list[str]) -> list[str]:
    """names without any that may name the same thing as an earlier one ("Athletic",
    "Harrowgate Athletic"): two options that are one answer."""
    kept: list[str] = []
    for name in distinct(names):
        if not any(same_name(name, other) for other in kept):
            kept.append(name)
    return kept


def _plural(doc, name: str) -> bool:
    """Whether a name is plural in form: its head word, the last before any lower-case
    word ("Centre" of "Centre for Policy Studies"), is a plural common noun."""
    head = []
    for word in name.split():
        if word[:1].islower():
            break
        head.append(word)
    return bool(head) and singular(doc, head[-1].strip(".,()")) is not None


def _city_country(name: str, unknown_ok: bool) -> str:
    found = gazetteer.lookup(name)
    if found is None:
        return "?" if unknown_ok else ""
    return found.country


def _main_country(article: Article) -> str:
    """The ISO code of the country the article names most, or ""."""
    for entity in article.of_type(PLACE, gazetteer.COUNTRY):
        place = gazetteer.lookup(entity.name)
        if place is not None and place.country:
            return place.country
    return ""


# Regions that contain one another: "in the Middle East" does not make "in Asia" false.
_CONTAINS = {
    "Middle East": {"Asia", "Africa"},
    "Latin America": {"South America"},
    "Australasia": {"Oceania"},
}


def _overlaps(place, name: str) -> bool:
    """Whether name may be true wherever place is: the same country under another
    name ("Wales", "Britain") or a region that contains it."""
    other = gazetteer.lookup(name)
    if other is None:
        return False
    if (
        place.country
        and other.country == place.country
        and gazetteer.COUNTRY in (place.kind, other.kind)
    ):
        return True
    return other.name in _CONTAINS.get(place.name, ()) or place.name in _CONTAINS.get(
        other.name, ()
    )
