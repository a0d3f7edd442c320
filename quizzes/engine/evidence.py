"""Positive evidence of an entity's type, required before it may be an option.

One mistyped name ("Storm Hester" called a person, the town "Kettlewell" called
an organisation) would sit in every distractor list of its type and spoil many
questions at once. So the NER label alone is never enough to offer a name as a
key or a distractor: the article itself must show what it is.

- A person: a title ("Mr", "Judge"), a role written beside the name ("manager
  X", "X, the chief executive,"), the name as the speaker of a speech verb, the
  bare surname used alone, "X, who ...", "he"/"she" opening the next sentence
  after the name as subject, or a common given name as the first of two or more
  names.
- A place: the gazetteer, or a place context ("the town of X", "X, a village",
  "in X" with a place noun in the same sentence).
- An organisation: a word of an organisation's name ("Council", "Ltd"), an
  acronym (or one defined in brackets after it), the sort the article gives it
  ("the retailer X"), an organisation noun beside it ("the union X", "X staff"),
  a role it employs ("X's chief executive", "the head of X", "Y from X"),
  "known as X", the name as a speaker, or a place in a list with a confirmed
  organisation ("Intel, Apple and IBM"). A name NER cut short ("[Fire and]
  Rescue Service") is never confirmed.

Names without evidence still appear in stems and evidence sentences.
"""

import re

from . import gazetteer, nonnames
from .entities import (
    ORG,
    ORG_NOUNS,
    PERSON,
    PLACE,
    REGION_NOUNS,
    SETTLEMENT_NOUNS,
    STRONG_ORG_NOUNS,
    Entity,
    Mention,
)
from .names import GIVEN_NAMES
from .nlp import Sentence

PLACE_NOUNS = (
    SETTLEMENT_NOUNS
    | REGION_NOUNS
    | {
        "village",
        "area",
        "county",
        "community",
        "communities",
        "neighbourhood",
        "island",
        "valley",
        "country",
        "hamlet",
        "estate",
        "borough",
        "parish",
        "resident",
        "residents",
    }
)
# Roles an organisation employs: "Pennine Rail's managing director", "its chair".
EMPLOYEE_NOUNS = {
    "director",
    "executive",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "boss",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "founder",
    "owner",
    "staff",
    "employee",
    "employees",
    "worker",
    "workers",
    "shareholders",
    "shares",
    "board",
    "members",
}
ORG_CONTEXT = (
    ORG_NOUNS
    | STRONG_ORG_NOUNS
    | EMPLOYEE_NOUNS
    | {
        "operator",
        "regulator",
        "watchdog",
        "provider",
        "union",
        "service",
        "authority",
        "trust",
        "group",
        "organisations",
        "organizations",
        "companies",
        "groups",
    }
)
# Role words that do not say a name is a person ("the town X", "the firm X").
NOT_PERSON_ROLES = (
    PLACE_NOUNS
    | (ORG_CONTEXT - EMPLOYEE_NOUNS)
    | {
        "film",
        "book",
        "show",
        "series",
        "play",
        "song",
        "album",
        "single",
        "record",
        "novel",
        "track",
        "poem",
        "opera",
        "musical",
        "painting",
        "ep",
        # "Sega's launch title Project Rub": a game, not a person (judges, -66)
        "title",
        "game",
        "console",
        "programme",
        "movie",
        "documentary",
    }
)


def confirm(entities: list[Entity], sentences: list[Sentence]) -> None:
    """Mark each entity whose type the article's own words support."""
    places = {e.name.lower() for e in entities if e.type == PLACE}
    # "Clint Eastwood's Million Dollar Baby", then "Eastwood has won best director":
    # the gazetteer's town of Eastwood is the director, never a place option.
    surnames = {
        re.sub(r"['\u2019]s$", "", ent.text).split()[-1]
        for sentence in sentences
        for ent in sentence.span.ents
        if ent.label_ == "PERSON" and len(ent.text.split()) >= 2
    }
    for entity in entities:
        if entity.type == PERSON:
            entity.confirmed = _person(entity, sentences, places)
        elif entity.type == PLACE:
            entity.confirmed = _place(entity, sentences) and entity.name not in surnames
        elif entity.type == ORG:
            entity.confirmed = _org(entity, sentences, places)
            if nonnames.common_word(entity.name, sentences):
                entity.confirmed = False  # "Malaria kills ..." beside "malaria vaccine"
    # An organisation listed with a confirmed one ("Intel, Apple and IBM") is one too.
    for entity in entities:
        if entity.type == ORG and not entity.confirmed:
            entity.confirmed = any(
                _listed_with(entity, mention, other, sentences)
                for mention in entity.mentions
                for other in entities
                if other.type == ORG and other.confirmed
            )


def _listed_with(
    entity: Entity, mention: Mention, other: Entity, sentences: list[Sentence]
) -> bool:
    tokens = sentences[mention.sentence].tokens_between(mention.start, mention.end)
    if not tokens or _cut_short(sentences[mention.sentence], mention):
        return False
    root = tokens[-1]
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    spots = [(m.start, m.end) for m in other.mentions if m.sentence == mention.sentence]
    sentence = sentences[mention.sentence]
    offset = sentence.start - sentence.span.start_char
    return any(a <= t.idx + offset < b for t in linked for a, b in spots)


def _person_before(entity: Entity, mention: Mention, sentences: list[Sentence]) -> bool:
    """Whether a person's name ends right before "from"/"of" and this name."""
    tokens = sentences[mention.sentence].tokens_between(mention.start, mention.end)
    word = tokens[0].doc[tokens[0].i - 2]
    return word.ent_type_ == "PERSON"


# Works named for a character: "video game versions of movies such as Harry Potter and
# the James Bond films" (judges failed Harry Potter offered as a speaker).
MEDIA = r"(?:films?|movies?|games?|books?|novels?|titles?|series|shows?|franchises?|cartoons?)"
LISTED_WORK = re.compile(rf"\b{MEDIA}\s+(?:such\s+as|like|including)\s+(?:[^.;]*?(?:,|\band)\s+)?$")
WORK_AFTER = re.compile(rf"^(?:['\u2019]s?)?\s+{MEDIA}\b")


# "Action Man, the must-have toy of the 1970s": a name the article says is a thing
# (judges failed the toy offered as a speaker, 2026.11-86). The noun must end the
# description: "X, the film director" is a person.
THING_AFTER = re.compile(
    rf"^,\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}(?:{MEDIA}|toys?|dolls?)"
    r"(?=\s+(?:of|in|from|that|which)\b|[,.;])"
)


def _text_after(mention: Mention, sentences: list[Sentence]) -> str:
    sentence = sentences[mention.sentence]
    return sentence.text[mention.end - sentence.start :]


def _a_work(mention: Mention, sentences: list[Sentence]) -> bool:
    sentence = sentences[mention.sentence]
    before = sentence.text[: mention.start - sentence.start]
    return bool(LISTED_WORK.search(before) or WORK_AFTER.match(_text_after(mention, sentences)))


def _person(entity: Entity, sentences: list[Sentence], places: set[str] = frozenset()) -> bool:
    from . import refer
    from .kinds.who_said import SPEECH_VERBS

    if entity.titles or any(m.titles for m in entity.mentions):
        return True
    if all(_a_work(m, sentences) for m in entity.mentions):
        return False  # "movies such as Harry Potter", "the Harry Potter films"
    if any(THING_AFTER.match(_text_after(m, sentences)) for m in entity.mentions):
        return False  # "Action Man, the must-have toy of the 1970s"
    words = entity.name.split()
    if len(words) >= 2 and words[0] in GIVEN_NAMES:
        return True
    if any(_said_as_a_thing(sentences[m.sentence], m) for m in entity.mentions):
        return False  # "Healthwatch Norfolk, which ...", "X said it had ...": a body
    first = entity.mentions[0].start
    doubtful = _body_like(entity, sentences, places)
    for mention in entity.mentions:
        if " " not in mention.text and mention.start > first:
            return True  # the bare surname used alone later
        if doubtful:
            continue  # only the surname alone or "he"/"she" confirms it (below)
        sentence = sentences[mention.sentence]
        if (
            mention.dep == "nsubj"
            and mention.head_lemma in SPEECH_VERBS
            and (
                len(words) < 2 or not _common_words(sentence, mention) or _owned(sentence, mention)
            )
        ):
            # A speaker; but "Transport Focus said" may be a body speaking, unless
            # someone's: "Intel's Allen Wilson told ..."
            return True
        if sentence.text[mention.end - sentence.start :].startswith(", who "):
            return True  # "Ellis Crane, who headed in ..."
        roles = [w for w in refer._role_words(sentence, mention) if w not in NOT_PERSON_ROLES]
        if roles:
            things = _things_in_apposition(sentence, mention)
            roles = [w for w in roles if w not in things]
        if roles:
            return True
    for mention in entity.mentions:
        if mention.dep in ("nsubj", "nsubjpass") and mention.sentence + 1 < len(sentences):
            following = sentences[mention.sentence + 1]
            if following.span[0].lower_ in ("he", "she"):
                return True  # "X visited ... She said ..."
    return False


def _things_in_apposition(sentence: Sentence, mention: Mention) -> set[str]:
    """Nouns in apposition to the name that "which" or "that" describes: "through
    Melbury Osmond, a detour that adds eight miles" is a place, not a person with
    the role "detour"; a person is one "who"."""
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens:
        return set()
    return {
        child.lemma_.lower()
        for child in tokens[-1].children
        if child.dep_ == "appos"
        and any(
            c.dep_ == "relcl" and any(w.lower_ in ("which", "that") for w in c.children)
            for c in child.children
        )
    }


_THING_AFTER = re.compile(
    r"^(?:, which |(?:,[^,\"\u201c]{1,80},)? (?:said|says|added|confirmed|stated|announced) "
    r"(?:that )?it )"
)


def _said_as_a_thing(sentence: Sentence, mention: Mention) -> bool:
    """ "X, which represents patients, said it had ...": people take "who" and "he" or
    "she"; a name written with "which" or speaking as "it" is an organisation."""
    return bool(_THING_AFTER.match(sentence.text[mention.end - sentence.start :]))


def _body_like(entity: Entity, sentences: list[Sentence], places: set[str]) -> bool:
    """A name without a known given name whose last word is a place the article names
    on its own ("Healthwatch Norfolk" beside "across Norfolk"), a county ("-shire") or
    an organisation's word ("Galloway Civil Engineering") may be a body as well as a
    person: only strong evidence makes it one."""
    from .mentions import org_name_ends

    words = entity.name.split()
    if len(words) < 2 or words[0] in GIVEN_NAMES:
        return False
    last = words[-1]
    return (
        last.lower() in places
        or last.lower().endswith("shire")
        or last.lower() in org_name_ends() | ORG_NOUNS
    )


def _owned(sentence: Sentence, mention: Mention) -> bool:
    """Whether a possessive comes straight before the name ("Intel's Allen Wilson")."""
    tokens = sentence.tokens_between(mention.start, mention.end)
    return (
        bool(tokens)
        and tokens[0].i > sentence.span.start
        and tokens[0].nbor(-1).text in ("'s", "\u2019s")
    )


def _common_words(sentence: Sentence, mention: Mention) -> bool:
    """Whether every word of a name is also written as a common noun in the sentence's
    own vocabulary sense: lower-case nouns the tagger knows ("Transport Focus")."""
    from .nlp import common_noun

    tokens = sentence.tokens_between(mention.start, mention.end)
    return bool(tokens) and all(
        common_noun(t.doc, t.lower_) and t.text not in GIVEN_NAMES for t in tokens
    )


def _place(entity: Entity, sentences: list[Sentence]) -> bool:
    if gazetteer.lookup(entity.name) is not None:
        return True
    for mention in entity.mentions:
        if mention.sure:
            return True
        tokens = sentences[mention.sentence].tokens_between(mention.start, mention.end)
        if not tokens:
            continue
        span = sentences[mention.sentence].span
        doc = span.doc
        before = doc[tokens[0].i - 1] if tokens[0].i > span.start else None
        after = [t for t in doc[tokens[-1].i + 1 : min(span.end, tokens[-1].i + 4)]]
        if (
            after
            and after[0].text == ","
            and any(t.lemma_.lower() in PLACE_NOUNS for t in after[1:])
        ):
            return True  # "Knighton, a market town"
        if (
            before is not None
            and before.lower_ in ("in", "at", "near", "from", "outside")
            and any(
                t.lemma_.lower() in PLACE_NOUNS or t.lower_ in PLACE_NOUNS
                for t in span
                if t.i not in {x.i for x in tokens}
            )
        ):
            return True  # "In Knighton, ... the town's leisure centre"
    return False


def _org(entity: Entity, sentences: list[Sentence], places: set[str] = frozenset()) -> bool:
    from .kinds.who_said import SPEECH_VERBS
    from .orgs import NAME_ENDS, NAME_WORDS

    if any(_cut_short(sentences[m.sentence], m) for m in entity.mentions):
        return False  # "[Fire and] Rescue Service": NER kept only the end of the name
    words = entity.name.split()
    if (
        len(words) == 1
        and words[0].lower() in GENERIC_NAMES
        and any(_inside_a_name(sentences[m.sentence], m) for m in entity.mentions)
    ):
        return False  # "the First-tier [Tribunal]": the end of a longer name
    name_words = {w.lower().strip("().,'") for w in entity.name.split()}
    if name_words & (
        set().union(*NAME_WORDS.values())
        | NAME_ENDS
        | ORG_NOUNS
        | STRONG_ORG_NOUNS
        | {"centre", "center", "federation", "league"}
    ):
        return True
    bare = entity.name.replace(".", "").replace("&", "")
    if bare.isupper() and all(
        _spells_common_words(sentences[m.sentence], m) for m in entity.mentions
    ):
        return False  # "1,500 megawatts (MW)": a unit's abbreviation, not a body's
    if bare.isupper() and len(bare) >= 2:
        return True  # an acronym: "RMWU", "NRW"
    if "&" in entity.name:
        return True  # "Procter & Gamble"
    if entity.subtype and words[0] not in GIVEN_NAMES:
        return True  # the article's words say what sort ("the retailer X", "X shares")
    if (
        len(words) == 1
        and words[0] not in GIVEN_NAMES
        and (
            len(entity.mentions) >= 2
            or any(m.dep == "nsubj" and m.head_lemma in BUSINESS_VERBS for m in entity.mentions)
        )
    ):
        return True  # "Ebay announced ...", or tagged an organisation twice
    for mention in entity.mentions:
        if (
            words[0] not in GIVEN_NAMES
            and mention.dep == "nsubj"
            and mention.head_lemma in SPEECH_VERBS
        ):
            return True  # "Natural Resources Wales said": a body that speaks
        sentence = sentences[mention.sentence]
        tokens = sentence.tokens_between(mention.start, mention.end)
        if not tokens:
            continue
        span = sentence.span
        doc = span.doc
        near = [t.lemma_.lower() for t in doc[max(span.start, tokens[0].i - 2) : tokens[0].i]]
        following = doc[tokens[-1].i + 1 : min(span.end, tokens[-1].i + 5)]
        after = [t.lower_ for t in following]
        if near[-1:] and near[-1] in ORG_CONTEXT:
            return True  # "the union X", "operator Western Grid"
        if near[-1:] == ["of"] and near[-2:-1] and near[-2] in EMPLOYEE_NOUNS:
            return True  # "the head of Universal Music Germany"
        if (near[-2:] == ["know", "as"] or near[-1:] in (["call"], ["name"])) and not (
            _place_renamed(tokens[0], places)
        ):
            return True  # "a consortium ... known as Respond"
        if (
            near[-1:] in (["from"], ["of"])
            and tokens[0].i >= 2
            and _person_before(entity, mention, sentences)
        ):
            return True  # "said Seth Heine from RIPMobile": where a person works
        if after[:1] and after[0] in ORG_CONTEXT:
            return True  # "X staff", "the X group"
        if after[:1] == ["("] and len(after) > 2 and after[1].isalpha() and after[2] == ")":
            return True  # "Natural Resources Wales (NRW)"
        if (
            after[:1] in (["'s"], ["\u2019s"])
            and len(after) > 1
            and (any(w in EMPLOYEE_NOUNS for w in after[1:]) or following[1].ent_type_ == "PERSON")
        ):
            return True  # "Pennine Rail's managing director", "Intel's Allen Wilson"
        if (
            near[-1:] == ["for"]
            and tokens[0].i >= 2
            and doc[tokens[0].i - 2].lower_ in nonnames.SPEAKERS_FOR
        ):
            return True  # "a spokesperson for X"
        rest = " ".join(after)
        if rest.startswith(("said in a statement", "says in a statement")):
            return True
        for child in tokens[-1].children:
            if child.dep_ == "appos" and child.lemma_.lower() in ORG_CONTEXT:
                return True  # "X, a charity that ..."
    return False


def _spells_common_words(sentence: Sentence, mention: Mention) -> bool:
    """Whether an acronym stands in brackets right after lower-case words it shortens
    ("megawatts (MW)", "body mass index (BMI)"): a body's name is written in capitals
    before its acronym ("Office for National Statistics (ONS)")."""
    before = sentence.text[: mention.start - sentence.start]
    return bool(re.search(r"\b[a-z][a-z-]+ \($", before))


def _place_renamed(name, places: set[str]) -> bool:
    """ "Cirencester, which was then known as Corinium": what is known by the name is a
    place, so the name is that place's other name, not an organisation's."""
    verb = name.doc[name.i - 1]
    if verb.lower_ == "as":
        verb = verb.head
    while verb.dep_ == "conj":
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("acl", "relcl"):
        subject = verb.head  # "a town known as X"
    elif subjects:
        subject = subjects[0]
        if subject.tag_ == "WDT" and verb.dep_ == "relcl":
            subject = verb.head  # "Cirencester, which was known as X"
    else:
        return False
    return (
        subject.ent_type_ in ("GPE", "LOC")
        or subject.text.lower() in places
        or subject.lemma_.lower() in PLACE_NOUNS
    )


# What a business does as the subject of a sentence ("Ebay announced", "X sold").
BUSINESS_VERBS = {
    "announce",
    "report",
    "sell",
    "launch",
    "buy",
    "acquire",
    "post",
    "hire",
    "cut",
    "raise",
    "open",
    "close",
    "invest",
    "employ",
    "manufacture",
}
# One-word names that are only the last word of a longer name when not preceded by
# "the" ("the First-tier Tribunal").
GENERIC_NAMES = {
    "tribunal",
    "court",
    "council",
    "commission",
    "committee",
    "office",
    "authority",
    "agency",
    "board",
    "department",
    "ministry",
    "service",
    "trust",
    "society",
    "association",
    "federation",
    "union",
    "group",
}


def _inside_a_name(sentence: Sentence, mention: Mention) -> bool:
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens or tokens[0].i == sentence.span.start:
        return False
    before = tokens[0].doc[tokens[0].i - 1]
    return before.lower_ not in ("the", "a", "an", "its", "their") and not before.is_punct


def _cut_short(sentence: Sentence, mention: Mention) -> bool:
    """Whether capitalised words joined by "and", "of" or "&" come straight before the
    name ("Fire and [Rescue Service]"): NER cut a longer name."""
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens or tokens[0].i - 2 < sentence.span.start:
        return False
    doc = sentence.span.doc
    joiner, word = doc[tokens[0].i - 1], doc[tokens[0].i - 2]
    return (
        joiner.lower_ in ("and", "of", "&")
        and word.text[:1].isupper()
        and word.pos_ == "PROPN"
        and word.ent_type_ in ("", "ORG", "FAC")
    )
