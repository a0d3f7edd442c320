"""Named people, places and organisations, with types checked beyond the NER label.

The small English model mislabels often: towns tagged as people, websites as
people, a religious group as a place, a capital city as a language. A wrong
type would put a town among the people a question offers, so every mention is
re-typed from stronger signals first (a title before a name, "the town of X",
"the website X", the gazetteer) and only then from the NER label. Mentions
that no signal confirms are kept as "other" and never asked about.

People are grouped into one entity per person: "Assad", "Mr Assad", "President
Assad" and "Bashar al-Assad" are one answer. A surname or titled mention goes to
the person whose full name (or the same title) was mentioned nearest before it.
"""

import re
from dataclasses import dataclass, field

from . import gazetteer
from .nlp import QUOTE_CHARS, Sentence

PERSON = "person"
PLACE = "place"
ORG = "org"
EVENT = "event"  # a named storm, festival or award: never a person, never asked about
OTHER = "other"

TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "lord",
    "lady",
    "dame",
    "gen",
    "general",
    "brig",
    "brigadier",
    "col",
    "colonel",
    "maj",
    "major",
    "capt",
    "captain",
    "lt",
    "lieutenant",
    "sgt",
    "sergeant",
    "adm",
    "admiral",
    "cmdr",
    "commander",
    "president",
    "minister",
    "secretary",
    "senator",
    "sen",
    "rep",
    "gov",
    "governor",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "rev",
    "reverend",
    "professor",
    "prof",
    "chancellor",
    "ambassador",
    "sheikh",
    "imam",
    "rabbi",
    "mayor",
    "premier",
    "coach",
    "chairman",
    "chairwoman",
    "councillor",
    "councilor",
    "alderman",
    "deputy",
    "spokesman",
    "spokeswoman",
    "mp",
}
# Titles any man or woman may carry; they do not tell two namesakes apart.
GENERIC_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir"}
SETTLEMENT_NOUNS = {"town", "city", "village", "capital", "suburb", "port", "hometown"}
REGION_NOUNS = {"province", "region", "district", "county", "state", "governorate"}
ORG_NOUNS = {
    "website",
    "site",
    "newspaper",
    "paper",
    "magazine",
    "channel",
    "station",
    "broadcaster",
    "company",
    "firm",
    "group",
    "agency",
    "party",
    "blog",
    "network",
    "brand",
    "bank",
    "organisation",
    "organization",
    "charity",
    "club",
    "team",
    "council",
    "body",
    "unit",
    "consortium",
    "partner",
    "programme",
    "program",
    "initiative",
    "report",
    "scheme",
}
NOT_PERSON_AFTER = {"family", "administration", "government", "regime", "era", "camp", "era's"}
# Nouns that, written straight before a name or in apposition to it, say the name is
# an organisation even when NER calls it a person ("the investment bank Carrow
# Stanton", "Brightwell Labs, a company founded ...").
STRONG_ORG_NOUNS = {
    "company",
    "firm",
    "bank",
    "agency",
    "charity",
    "organisation",
    "organization",
    "consortium",
    "retailer",
    "broadcaster",
    "newspaper",
    "website",
    "magazine",
    "brand",
    "manufacturer",
    "maker",
    "start-up",
    "startup",
    "insurer",
    "lender",
    "chain",
    "club",
    "party",
    "union",
    "supermarket",
    "airline",
    "carrier",
    "publisher",
    "label",
    "band",
    "orchestra",
    "choir",
    "duo",
    "trio",
    "quartet",
}
# The last word of a place's name ("Holme Lane", "Mill Lane Stadium"): NER often calls
# such names people, but no person is called "X Street".
PLACE_NAME_ENDS = {
    "lane",
    "road",
    "street",
    "avenue",
    "square",
    "stadium",
    "arena",
    "airport",
    "station",
    "bridge",
    "river",
    "lake",
    "crescent",
    "terrace",
    "boulevard",
}
PLACE_NAME_STARTS = {"river", "lake", "mount", "loch", "port"}
EVENT_STARTS = {"storm", "hurricane", "typhoon", "cyclone", "tropical"}
EVENT_ENDS = {"festival", "awards", "award", "prize", "olympics", "championships"}
_NAME_TOKEN = re.compile(r"^[A-Z][\w'\u2019.-]*$")


@dataclass
class Mention:
    text: str  # as written in the body (without a leading "the" or trailing "'s")
    start: int  # offsets into the body
    end: int
    sentence: int
    type: str
    subtype: str = ""
    titles: tuple[str, ...] = ()
    in_quote: bool = False
    entity: "Entity | None" = None
    dep: str = ""  # dependency label of the name's head word, e.g. "nsubj"
    head_is_root: bool = False
    head_lemma: str = ""
    sure: bool = False  # typed from the words around it ("the town of X"), not NER alone


@dataclass
class Entity:
    name: str  # how options show it: a person's full name, a place's name
    type: str
    subtype: str = ""
    titles: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    anchor: int = -1  # body offset of the last full-name or titled mention
    # Whether the article's words show the type (see evidence.py): only a confirmed
    # entity may be offered as a key or a distractor.
    confirmed: bool = False

    @property
    def surname(self) -> str:
        return _bare(self.name.split()[-1])

    def variants(self) -> set[str]:
        """Lower-case strings that give this entity away if a stem contains them."""
        found = {self.name.lower()} | {m.text.lower() for m in self.mentions}
        if self.type == PERSON:
            parts = self.name.split()
            found |= {_bare(parts[-1]).lower(), parts[-1].lower()}
            if len(parts) >= 2:
                found.add(parts[0].lower())  # "Eleanor saw what ...": her, by first name
        return {v for v in found if len(v) > 2}


def _bare(surname: str) -> str:
    """ "al-Assad" and "Assad" are the same surname."""
    return re.sub(r"^(al|el|ad|as|ash|an)-", "", surname, flags=re.IGNORECASE)


def analyse(sentences: list[Sentence]) -> tuple[list[Mention], list[Entity]]:
    """Typed mentions (in body order) and the entities they belong to."""
    mentions = []
    for sentence in sentences:
        mentions.extend(_sentence_mentions(sentence))
    mentions.sort(key=lambda m: m.start)
    # A name NER calls a place anywhere ("neighbouring Moldania") is not an
    # organisation elsewhere ("Moldania's government"), even if no gazetteer knows it.
    mentions, doubtful = _one_type_per_name(mentions, sentences)
    from . import orgs  # orgs builds on this module's mentions

    mentions = orgs.promote(mentions, sentences)
    entities = _group(mentions)
    for entity in entities:
        if entity.type == ORG and _possessive_name(entity, sentences):
            entity.name += "'s"  # "Harfield's said ...": the shop's name has its "'s"
    orgs.assign_subtypes(entities, sentences)
    # A name NER calls a place as often as an organisation is one only if the
    # article's words say what sort of organisation ("Retail giant Tandry").
    dropped = {
        id(e) for e in entities if e.type == ORG and not e.subtype and e.name.lower() in doubtful
    }
    for mention in mentions:
        if id(mention.entity) in dropped:
            mention.entity = None
    entities = [e for e in entities if id(e) not in dropped]
    from . import evidence

    evidence.confirm(entities, sentences)
    return [m for m in mentions if m.entity is not None], entities


def _possessive_name(entity: Entity, sentences: list[Sentence]) -> bool:
    """Whether the article writes the organisation with an "'s" that owns nothing
    ("Harfield's, which has 420 stores", "Sainsbury's said"): part of its name."""
    for mention in entity.mentions:
        sentence = sentences[mention.sentence]
        doc, offset = sentence.span.doc, sentence.start - sentence.span.start_char
        token = next((t for t in sentence.span if t.idx + offset == mention.end), None)
        if token is None or token.text not in ("'s", "\u2019s") or token.i + 1 >= len(doc):
            continue
        after = doc[token.i + 1]
        if after.text == "," or after.pos_ in ("VERB", "AUX"):
            return True
    return False


def _one_type_per_name(
    mentions: list[Mention], sentences: list[Sentence]
) -> tuple[list[Mention], set[str]]:
    """A name typed as a place somewhere ("the capital, Tarvik") is that place where
    NER called it an organisation too ("reporters in Tarvik"); a name NER calls a
    place more often than an organisation is no organisation, even if no gazetteer
    knows it. Also the names NER calls a place exactly as often ("neighbouring
    Moldania", "Moldania's government"): doubtful organisations."""
    labels: dict[str, dict[str, int]] = {}
    for sentence in sentences:
        for ent in sentence.span.ents:
            bucket = labels.setdefault(ent.text.lower(), {})
            bucket[ent.label_] = bucket.get(ent.label_, 0) + 1
    placed = {m.text.lower(): m.subtype for m in mentions if m.type == PLACE}
    kept, doubtful = [], set()
    for mention in mentions:
        name = mention.text.lower()
        if mention.type == ORG and name in placed:
            mention.type, mention.subtype = PLACE, placed[name]
        elif mention.type == ORG:
            counts = labels.get(name, {})
            as_place = counts.get("GPE", 0) + counts.get("LOC", 0)
            if as_place > counts.get("ORG", 0):
                continue
            if as_place:
                doubtful.add(name)
        kept.append(mention)
    return kept, doubtful


def _sentence_mentions(sentence: Sentence) -> list[Mention]:
    span = sentence.span
    doc = span.doc
    offset = sentence.start - span.start_char
    found = []
    covered = set()
    for ent in span.ents:
        mention = _typed(ent, doc, sentence, offset)
        covered.update(range(ent.start, ent.end))
        if mention is not None:
            found.append(mention)
    # A title before a capitalised word is a person even where NER missed it.
    for token in span:
        if token.i in covered or token.text.lower() not in GENERIC_TITLES:
            continue
        end = token.i + 1
        while end < span.end and _NAME_TOKEN.match(doc[end].text) and end not in covered:
            end += 1
        if end > token.i + 1:
            found.append(
                _mention(
                    doc[token.i + 1 : end], sentence, offset, PERSON, titles=(token.text.lower(),)
                )
            )
    return found


def _mention(span, sentence, offset, type_, subtype="", titles=(), sure=False) -> Mention:
    tokens = list(span)
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in ("'s", "\u2019s", "'") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens:
        tokens = list(span)
    start = tokens[0].idx + offset
    end = tokens[-1].idx + len(tokens[-1].text) + offset
    text = span.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    before = span.doc.text[sentence.span.start_char : tokens[0].idx]
    in_quote = sum(before.count(q) for q in QUOTE_CHARS) % 2 == 1
    root = span.doc[tokens[0].i : tokens[-1].i + 1].root
    return Mention(
        text,
        start,
        end,
        sentence.index,
        type_,
        subtype,
        tuple(titles),
        in_quote,
        None,
        root.dep_,
        root.head.dep_ == "ROOT",
        root.head.lemma_.lower(),
        sure,
    )


def _typed(ent, doc, sentence, offset) -> Mention | None:
    label = ent.label_
    if label not in ("PERSON", "GPE", "LOC", "ORG", "LANGUAGE", "FAC", "NORP"):
        return None
    if label in ("PERSON", "ORG"):
        ent = _with_titled_first_name(ent, doc, sentence.span.start)
    words = [t for t in ent if t.lower_ not in ("the",)]
    titles = [t.text.lower().rstrip(".") for t in words if t.text.lower().rstrip(".") in TITLES]
    # "Ashbourne General Hospital": a name ending in an organisation's word has no titles.
    institution = words[-1].lower_ in org_name_ends() | PLACE_NAME_ENDS
    if institution:
        titles = []
    before = _previous_words(doc, ent.start, 2)
    if before and before[-1] in TITLES:
        titles.append(before[-1])
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    name_words = [t for t in words if institution or t.text.lower().rstrip(".") not in TITLES]
    if not name_words or "," in ent.text or name_words[0].text in ("'s", "\u2019s"):
        return None  # "Queen's Club": a possessive after a title word is no name
    if before[-2:] and before[-1] == "of" and before[-2] in TITLES:
        return None  # "Archbishop of Canterbury": part of a title, not a place
    if label == "PERSON" and (_modifier(ent) or any(t.tag_ == "NNPS" for t in name_words)):
        return None  # "Lib Dem spokesman Ed Davey": a party used as a modifier
    if (
        label == "PERSON"
        and len(name_words) >= 3
        and name_words[0].i == sentence.span.start
        and _glued_role(name_words)
    ):
        name_words = name_words[1:]  # "Volunteer Tom Ashcroft, 71, ...": a role, then a name
    name_span = doc[name_words[0].i : name_words[-1].i + 1]
    place = gazetteer.lookup(name_span.text)

    if after in NOT_PERSON_AFTER:
        return None  # "the Assad family": a surname used as a modifier
    lowered = [t.text.lower() for t in name_words]
    if lowered[0] in EVENT_STARTS or lowered[-1] in EVENT_ENDS:
        return _mention(name_span, sentence, offset, EVENT)  # "Storm Hester", "X Awards"
    if before and before[-1] in EVENT_STARTS and doc[ent.start - 1].text[:1].isupper():
        return _mention(doc[ent.start - 1 : name_span.end], sentence, offset, EVENT)
    if label == "PERSON" and not titles and len(name_words) > 1 and place is None:
        if lowered[-1] in PLACE_NAME_ENDS or lowered[0] in PLACE_NAME_STARTS:
            return None  # "Holme Lane", "River Clyde": a place, not a person
        if lowered[-1] in org_name_ends() or _org_context(
            ent, before, STRONG_ORG_NOUNS, direct=True
        ):
            return _mention(name_span, sentence, offset, ORG)  # "Brightwell Labs"
    if (
        label == "ORG"
        and len(name_words) > 1
        and place is None
        and (lowered[-1] in PLACE_NAME_ENDS or lowered[0] in PLACE_NAME_STARTS)
        and not (set(lowered) & (ORG_NOUNS | org_name_ends()))
    ):
        return None  # "River Clyde": a place NER calls an organisation
    if label == "PERSON" and 2 <= len(name_words) <= 3 and not titles and _place_named(name_words):
        return _mention(name_span, sentence, offset, ORG)  # "Historic England", "Leeds Rhinos"
    if (
        label == "ORG"
        and 2 <= len(name_words) <= 3
        and before
        and before[-1] in ROLES_BEFORE_NAME
        and _given_name_first(name_words)
    ):
        return _mention(name_span, sentence, offset, PERSON)  # "board chair Gwen Pritchard"
    if label == "ORG" and all(t.tag_ in ("NN", "NNS") for t in name_words):
        return None  # "Council leader X": a common noun, not a name
    if (
        label in ("ORG", "GPE", "PERSON")
        and not titles
        and before
        and before[-1] in SETTLEMENT_NOUNS
        and place is None
        and doc[ent.start - 1].text == ","
    ):
        return _mention(
            name_span, sentence, offset, PLACE, gazetteer.CITY, sure=True
        )  # "the capital, X"
    if label == "ORG" and _role_glued(ent, name_words, sentence):
        return None  # "Winger Marcus Dlamini": a role noun that opens the sentence
    if before[-2:] and before[-1] == "of" and before[-2] in SETTLEMENT_NOUNS:
        return _mention(name_span, sentence, offset, PLACE, gazetteer.CITY, sure=True)
    if before[-2:] and before[-1] == "of" and before[-2] in REGION_NOUNS:
        return _mention(name_span, sentence, offset, PLACE, gazetteer.REGION, sure=True)
    if after in REGION_NOUNS and label in ("GPE", "LOC", "PERSON"):
        return _mention(
            doc[name_span.start : ent.end + 1], sentence, offset, PLACE, gazetteer.REGION, sure=True
        )
    if (label != "PERSON" or len(name_words) == 1) and _org_context(ent, before):
        return _mention(name_span, sentence, offset, ORG)
    if titles and label in ("PERSON", "ORG", "GPE"):
        return _mention(name_span, sentence, offset, PERSON, titles=titles)
    if place is not None and label != "NORP":
        if label == "PERSON" and len(name_words) > 1 and place.kind != gazetteer.COUNTRY:
            return _mention(name_span, sentence, offset, PERSON)
        return _mention(name_span, sentence, offset, PLACE, place.kind)
    if label == "PERSON":
        if not all(_NAME_TOKEN.match(t.text) for t in name_words):
            return None
        return _mention(name_span, sentence, offset, PERSON)
    if label == "ORG":
        if len(name_words) == 1 and before[-1:] == ["of"]:
            return None  # "Secretary of State": part of a job title
        if not any(t.text[:1].isupper() for t in name_words):
            return None
        return _mention(ent, sentence, offset, ORG)
    return None  # unconfirmed places, languages, facilities, groups of people


# Job words written right before a name ("dairy board chair Gwen Pritchard").
ROLES_BEFORE_NAME = {
    "chair",
    "chairman",
    "chairwoman",
    "director",
    "executive",
    "officer",
    "adviser",
    "advisor",
    "manager",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "founder",
    "leader",
    "president",
    "economist",
    "analyst",
    "researcher",
}


def _given_name_first(name_words) -> bool:
    """A known given name, then capitalised words that are no organisation's words."""
    from .names import GIVEN_NAMES
    from .orgs import NAME_WORDS

    org_words = ORG_NOUNS | org_name_ends() | set().union(*NAME_WORDS.values())
    return (
        name_words[0].text in GIVEN_NAMES
        and all(_NAME_TOKEN.match(t.text) for t in name_words)
        and not {t.lower_ for t in name_words} & org_words
    )


def _place_named(name_words) -> bool:
    """ "Historic England", "Sport Wales", "Leeds Rhinos": a name that ends with a
    country, or a place then a plural, is a body or a team, not a person, unless its first
    word is a given name ("Chris England"). A name ending in a town or county
    ("Healthwatch Norfolk") may still be a person's surname: evidence.py asks more of it."""
    from .names import GIVEN_NAMES

    first, last = name_words[0].text, name_words[-1].text
    if first in GIVEN_NAMES or not first[:1].isupper():
        return False
    ending = gazetteer.lookup(last)
    return (ending is not None and ending.kind == gazetteer.COUNTRY) or (
        gazetteer.lookup(first) is not None and last.endswith("s") and last[:-1] != first
    )  # a team: a place, then a plural ("Leeds Rhinos", "Wigan Warriors")


def _glued_role(name_words) -> bool:
    """Whether the first word of a name that opens a sentence is a common noun and the
    next a given name ("Volunteer Tom Ashcroft")."""
    from .names import GIVEN_NAMES
    from .nlp import common_noun

    first = name_words[0]
    return common_noun(first.doc, first.lower_) and name_words[1].text in GIVEN_NAMES


def _with_titled_first_name(ent, doc, floor):
    """ "Cardinal Cormac [Murphy-O'Connor]": NER sometimes keeps only the surname
    (and calls it an organisation); a title before the capitalised words in front
    of it shows the whole is a person's name."""
    i = ent.start
    while (
        i - 1 > floor
        and _NAME_TOKEN.match(doc[i - 1].text)
        and not doc[i - 1].ent_type_
        and doc[i - 1].lower_.rstrip(".") not in TITLES
    ):
        i -= 1
    if i < ent.start and doc[i - 1].lower_.rstrip(".") in TITLES:
        return doc[i : ent.end]
    return ent


def _previous_words(doc, index, count) -> list[str]:
    words = []
    i = index - 1
    while i >= 0 and len(words) < count:
        if not doc[i].is_punct:
            words.insert(0, doc[i].lower_.rstrip("."))
        i -= 1
    return words


def _modifier(ent) -> bool:
    root = ent.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN":
        return True
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ in ("NORP", "ORG") for t in linked)


def _org_context(ent, before, nouns=ORG_NOUNS, direct: bool = False) -> bool:
    """ "the website X", "a pro-government website, X," and similar appositions. With
    direct, an apposition counts only right after the name ("X, a company ..."), not
    after more words the parse may have attached it wrongly across ("X from Y, the
    UN organisation")."""
    root = ent.root
    if before and before[-1] in nouns:
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in nouns and not direct:
        return True
    return any(
        c.dep_ == "appos"
        and c.lemma_.lower() in nouns
        and (not direct or c.left_edge.i <= ent.end + 1)
        for c in root.children
    )


def org_name_ends() -> set[str]:
    """Words that end an organisation's name ("Selby Town", "Brightwell Labs") and no
    person's."""
    from .orgs import NAME_ENDS

    return NAME_ENDS


def _role_glued(ent, name_words, sentence) -> bool:
    """A sentence-opening common noun that NER glued to a name it calls an
    organisation ("Winger Marcus Dlamini beat ..."): the rest has no word of an
    organisation's name and the first word is a known common noun."""
    from .nlp import common_noun
    from .orgs import NAME_WORDS

    if ent.start != sentence.span.start or len(name_words) < 3:
        return False
    lowered = {t.text.lower() for t in name_words}
    if lowered & (ORG_NOUNS | set().union(*NAME_WORDS.values())):
        return False
    first = name_words[0]
    return (
        first.i == ent.start
        and common_noun(first.doc, first.text.lower())
        and all(not common_noun(first.doc, t.text.lower()) for t in name_words[1:])
    )


def _group(mentions: list[Mention]) -> list[Entity]:
    entities: dict[tuple[str, str], Entity] = {}
    people: list[Entity] = []
    for mention in mentions:
        if mention.type == ORG and " " not in mention.text:
            # NER sometimes labels a bare surname as an organisation.
            word = _bare(mention.text).lower()
            if any(p.surname.lower() == word for p in people):
                mention.type = PERSON
        if mention.type == PERSON:
            entity = _person(mention, people)
            if entity is None:
                continue
        else:
            key = (mention.type, mention.text.lower())
            entity = entities.get(key)
            if entity is None:
                entity = entities[key] = Entity(mention.text, mention.type, mention.subtype)
        mention.entity = entity
        entity.mentions.append(mention)
    return people + list(entities.values())


def _person(mention: Mention, people: list[Entity]) -> Entity | None:
    words = mention.text.split()
    specific = {t for t in mention.titles if t not in GENERIC_TITLES}
    if len(words) >= 2:
        name = " ".join(words)
        entity = next((p for p in people if p.name.lower() == name.lower()), None)
        if entity is None:
            entity = Entity(name, PERSON)
            people.append(entity)
        entity.titles |= specific
        entity.anchor = mention.start
        return entity
    word = _bare(words[0]).lower()
    candidates = [
        p for p in people if p.surname.lower() == word or p.name.split()[0].lower() == word
    ]
    if not candidates:
        return None  # a lone unknown word: not trusted as a person
    titled = [p for p in candidates if specific & p.titles]
    pool = titled or candidates
    entity = max(pool, key=lambda p: p.anchor)
    if mention.titles:
        entity.anchor = mention.start
        entity.titles |= specific
    return entity
