"""Whether a named person is a man or a woman, as far as the article shows: for
"he"/"she" references and for options that fit a stem's pronouns."""

import re

from .entities import Entity
from .nlp import QUOTE_CHARS

MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "brother", "father", "baron"}
FEMALE_TITLES = {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "sister", "baroness"}
PRONOUNS = {
    "he": "m",
    "his": "m",
    "him": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


# Nouns that usually describe the stem's subject: "the first British woman to ...".
SEXED_NOUNS = {
    "woman": "f",
    "women": "f",
    "girl": "f",
    "businesswoman": "f",
    "sportswoman": "f",
    "spokeswoman": "f",
    "chairwoman": "f",
    "man": "m",
    "men": "m",
    "boy": "m",
    "businessman": "m",
    "sportsman": "m",
    "spokesman": "m",
    # "best actor", "best actress": a woman offered for a best-actor award was ruled
    # out unread (judges, 2026.11-61).
    "actor": "m",
    "actress": "f",
}


def gender(article, entity: Entity) -> str:
    """ "m", "f" or "" (unknown): from a title, a "he"/"she" opening the sentence after
    the person is the subject, the person's own pronouns in a sentence, a given name
    borne mostly by one sex or a Slavic surname's ending. Kept on the article: option
    filters ask it of every person, for every question."""
    known = article.__dict__.setdefault("_sexes", {})
    if id(entity) not in known:
        known[id(entity)] = _read_gender(article, entity)
    return known[id(entity)]


def _read_gender(article, entity: Entity) -> str:
    from .names import FEMALE_NAMES, MALE_NAMES

    titles = set(entity.titles).union(*(m.titles for m in entity.mentions))
    if titles & MALE_TITLES and not titles & FEMALE_TITLES:
        return "m"
    if titles & FEMALE_TITLES and not titles & MALE_TITLES:
        return "f"
    for mention in entity.mentions:
        if mention.dep in ("nsubj", "nsubjpass") and mention.sentence + 1 < len(article.sentences):
            if _named_after_another(article, mention):
                # "Sean Jones KC ... said that Higgs was not dismissed ... He argued":
                # the "He" is the first person's, not the subject of the clause.
                continue
            opener = article.sentences[mention.sentence + 1].span[0].lower_
            if opener in ("he", "she"):
                return PRONOUNS[opener]
    for mention in entity.mentions:
        own = _own_pronoun(article, mention)
        if own:
            return own
    first, last = entity.name.split()[0], entity.name.split()[-1]
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    # "Svetlana Kuznetsova", "Elena Dementieva": a Slavic surname's female ending.
    return "f" if len(entity.name.split()) > 1 and FEMALE_SURNAME.search(last) else ""


FEMALE_SURNAME = re.compile(r"[a-z](?:ova|eva|yeva)$")


def same_gender_first(article, key: Entity, pool: list[Entity], stem: str) -> list[Entity]:
    """ "Who said she had never seen anything like it?": not the men. Only when the stem
    has pronouns of one sex and they can be the key's."""
    sexed = PRONOUNS | SEXED_NOUNS
    said = {sexed[w] for w in re.findall(r"[a-z]+", stem.lower()) if w in sexed}
    if len(said) != 1:
        return pool
    wanted = said.pop()
    if gender(article, key) not in ("", wanted):
        return pool  # the pronoun is someone else's
    if gender(article, key) == wanted:
        # "her role ... she plays": a person the article never shows to be a woman
        # may be a man ("Dieter Kosslick"), and grammar would rule him out.
        return [e for e in pool if gender(article, e) == wanted]
    kept = [e for e in pool if gender(article, e) in ("", wanted)]
    return sorted(kept, key=lambda e: gender(article, e) != wanted)


# A story that tells men's and women's events or awards apart ("the women's final",
# "best actress"): there a woman offered among men is ruled out unread (judges,
# 2026.11-74: Davenport among Davis Cup players, two men for an actress's slot).
SPLIT_BY_SEX = re.compile(r"\b(?:men's|women's|ladies'|actress|actresses)(?!\w)", re.IGNORECASE)


def splits_by_sex(body: str) -> bool:
    return SPLIT_BY_SEX.search(body) is not None


def same_sex(article, key: Entity, pool: list[Entity]) -> list[Entity]:
    """Only people who may be of the key's sex: of the same sex or not known. When
    the key's sex is not known but the others are of both, whichever the key is some
    would be ruled out: only those of unknown sex stand."""
    sex = gender(article, key)
    if sex:
        return [e for e in pool if gender(article, e) in ("", sex)]
    if len({gender(article, e) for e in pool} - {""}) > 1:
        return [e for e in pool if not gender(article, e)]
    return pool


def _named_after_another(article, mention) -> bool:
    """Whether the sentence names another person before this one."""
    return any(
        m.type == mention.type and m.entity is not mention.entity and m.start < mention.start
        for m in article.mentions_in(article.sentences[mention.sentence])
    )


def _own_pronoun(article, mention) -> str:
    """ "Davenport held the new wave at bay, ... taking her to number one": the sex of
    the pronouns after the person, the sentence's subject, and before anyone else the
    sentence names. Not in a sentence with a quotation, whose "her" may be anyone."""
    sentence = article.sentences[mention.sentence]
    if mention.dep not in ("nsubj", "nsubjpass") or any(q in sentence.text for q in QUOTE_CHARS):
        return ""
    others = [
        m.start
        for m in article.mentions_in(sentence)
        if m.type == mention.type and m.entity is not mention.entity
    ]
    if any(start < mention.start for start in others):
        return ""
    until = min(others, default=sentence.end)
    shift = sentence.start - sentence.span.start_char  # doc offsets to body offsets
    said = {
        PRONOUNS[t.lower_]
        for t in sentence.span
        if t.lower_ in PRONOUNS and mention.end <= t.idx + shift < until
    }
    return said.pop() if len(said) == 1 else ""
