"""People, places and organisations: "Who ...?" when the answer is the subject
of the sentence, otherwise sentence completion with the name blanked out.

Distractors are entities of the same checked type from the article (a city for
a city); places may be topped up from the gazetteer with places of the same
kind and region, which the article cannot make true.
"""

import re

from .. import gazetteer
from ..article import Article
from ..drafts import ENTITY
from ..entities import ORG, PERSON, PLACE, TITLES, Mention
from ..nlp import Sentence
from .common import Candidate, contains_any, distinct, draft, quoted, same_name, self_contained
from .who_said import SPEECH_VERBS

MAX_WORDS = 40
QUESTION_WORD = {PERSON: "Who", ORG: "Which organisation"}
PLACE_WORD = {gazetteer.COUNTRY: "Which country", gazetteer.CITY: "Which city",
              gazetteer.CONTINENT: "Which part of the world", gazetteer.REGION: "Which region"}
# Only capitalised titles ("Mr", "Gen") go with the blank; "England coach ___" keeps its role.
TITLE_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(t.capitalize() for t in TITLES)) + r")\.?\s+)+$"
)


def candidates(article: Article) -> list[Candidate]:
    result = []
    for sentence in article.sentences:
        if not _usable(article, sentence):
            continue
        for mention in article.mentions_in(sentence):
            if mention.type not in (PERSON, PLACE, ORG) or mention.in_quote:
                continue
            if is_aside(mention) or mention.dep in ("compound", "poss"):
                continue  # "told BBC Sport", "___ representatives": not worth asking
            candidate = _question(article, sentence, mention)
            if candidate is not None:
                result.append(candidate)
    return result


def is_aside(mention: Mention) -> bool:
    """Who heard a remark ("told BBC Sport", "the BBC News website") is a stray detail."""
    if mention.head_lemma in SPEECH_VERBS and mention.dep in ("dobj", "dative"):
        return True
    return mention.head_lemma in ("website", "programme", "site", "service")


def worth_offering(entity) -> bool:
    """Entities named only in asides or inside quotations make absurd distractors."""
    return any(not is_aside(m) and not m.in_quote for m in entity.mentions)


def _usable(article: Article, sentence: Sentence) -> bool:
    words = len(sentence.text.split())
    return (sentence.is_statement and 6 <= words <= MAX_WORDS and not quoted(sentence.text)
            and self_contained(article, sentence))


def _question(article: Article, sentence: Sentence, mention: Mention) -> Candidate | None:
    entity = mention.entity
    subject_stem = _subject_question(sentence, mention)
    verb_at = sentence.span.root.idx + sentence.start - sentence.span.start_char
    if subject_stem and any(m.type == PERSON and m.entity is not entity and m.start < verb_at
                            for m in article.mentions_in(sentence)):
        subject_stem = None  # another person heads the subject ("Guide author Dan Lewis")
    if subject_stem is not None:
        stem, score = subject_stem, 0.82
    else:
        stem, score = _completion(sentence, mention), 0.7
    if stem is None or contains_any(stem, entity.variants()):
        return None
    distractors, filled = _distractors(article, mention, stem)
    if len(distractors) < 2:
        return None
    score += 0.04 * (mention.type == PERSON) - 0.06 * filled - 0.1 * (len(distractors) < 3)
    score -= 0.04 * (len(sentence.text.split()) > 30)
    score += 0.02 * min(len(entity.mentions), 3)
    evidence = [sentence]
    if not contains_any(sentence.text, [entity.name]):
        evidence.append(article.sentences[entity.mentions[0].sentence])
    explanation = _explain(sentence, entity.name)
    result = draft(ENTITY, stem, entity.name, distractors, explanation, evidence, score,
                   f"{mention.type}:{mention.subtype}" if mention.type == PLACE else mention.type)
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
    return f"{word} {text}?"


def _completion(sentence: Sentence, mention: Mention) -> str | None:
    start = mention.start - sentence.start
    end = mention.end - sentence.start
    before, after = sentence.text[:start], sentence.text[end:]
    if before[-1:] == "-" or after[:1] == "-" or after[:1].isalnum():
        return None  # "the ___-based co-chairman" reads badly
    if mention.type == PERSON:
        before = TITLE_BEFORE.sub("", before)
    if len(before.split()) + len(after.split()) < 5:
        return None
    return f'Complete the sentence from the article: "{before}___{after}"'


def _distractors(article: Article, mention: Mention, stem: str) -> tuple[list[str], bool]:
    """Same-type options not in the stem and not another name for the key; and whether
    the gazetteer had to supply any."""
    key = mention.entity
    place = gazetteer.lookup(key.name) if mention.type == PLACE else None
    if mention.type == PLACE:
        pool = [e for e in article.of_type(PLACE, mention.subtype) if e is not key]
        if place is not None and place.kind == gazetteer.COUNTRY:
            # A country on another continent is often absurd ("the war in England").
            pool = [e for e in pool if (gazetteer.lookup(e.name) or place).continent
                    == place.continent]
    else:
        pool = [e for e in article.of_type(mention.type) if e is not key]
    pool = [e for e in pool if worth_offering(e)]
    names = [
        e.name for e in pool
        if not contains_any(stem, e.variants()) and not same_name(e.name, key.name)
    ]
    names = distinct(names)[:3]
    filled = False
    if len(names) < 3 and place is not None:
        exclude = {e.name.lower() for e in article.of_type(PLACE)} | {key.name.lower()}
        extra = gazetteer.similar(place, exclude, 3 - len(names), key.name)
        extra = [x for x in extra if not contains_any(stem, [x])]
        filled = bool(extra)
        names = distinct(names + extra)[:3]
    return names, filled
