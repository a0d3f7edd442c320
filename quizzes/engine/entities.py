"""Named people, places and organisations, with types checked beyond the NER label.

The small English model mislabels often: towns tagged as people, websites as
people, a religious group as a place, a capital city as a language. A wrong
type would put a town among the people a question offers, so every mention is
re-typed from stronger signals first (a title before a name, "the town of X",
"the website X", the gazetteer) and only then from the NER label. Mentions
that no signal confirms are kept as "other" and never asked about. The typing of
each sentence's names is in mentions.py; this module holds the types and groups
the mentions.

People are grouped into one entity per person: "Assad", "Mr Assad", "President
Assad" and "Bashar al-Assad" are one answer. A surname or titled mention goes to
the person whose full name (or the same title) was mentioned nearest before it.
"""

import re
from dataclasses import dataclass, field

from .nlp import Sentence
from .nonnames import NATIONALITY_NOUN

PERSON = "person"
PLACE = "place"
ORG = "org"
EVENT = "event"  # a named storm, festival or award: never a person, never asked about
# A mountain NER calls an organisation ("the Matterhorn"): kept so that "it" has a
# referent, never asked about or offered.
LANDFORM = "landform"
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
    "representative",  # "Representative Jackie Speier": the key alone had carried it
    "congressman",
    "congresswoman",
    "gov",
    "governor",
    "judge",
    "justice",
    # "Justice Department Special Counsel Robert Mueller": without it the office's
    # capitalised words joined the name ("Department Special Counsel Robert Mueller"
    # was offered as a person, -99).
    "counsel",
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
    "treasurer",  # "Assistant Treasurer Josh Frydenberg": offered as "Treasurer Josh ..."
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
    "constable",
    "superintendent",
    "councilor",
    "alderman",
    "deputy",
    "spokesman",
    "spokeswoman",
    "mp",
    "msp",
    "mep",
    "mla",
    # British police, council, court, peerage and church titles, often abbreviated
    # ("Det Insp Karen Lowe", "Cllr Ormerod", "Det Ch Supt X", "Baroness Y"): without
    # them a titled surname would not join the full name and one person would be
    # offered twice.
    "cllr",
    "det",
    "insp",
    "inspector",
    "ch",
    "supt",
    "pc",
    "dc",
    "ds",
    "dci",
    # "Det Con Mark Ellison" (detective constable). A man called Con keeps his surname.
    "con",
    "baroness",
    "baron",
    "canon",
    # Words BBC copy puts before a name as if a title ("Briton Clive Owen", "Olympian
    # Andy Turner", "late Beatle George Harrison"): kept in the name, they marked one
    # option apart from the others and split one person from his plain name.
    "briton",
    "olympian",
    "beatle",
    "welshman",
    "englishman",
    "irishman",
    "frenchman",
    "dutchman",
    # A family name for a leader ("Grandpa Xi" and "Grandma Peng", sung to by Trump's
    # granddaughter) is no new person: as the key it stood beside "Xi Jinping" (-92).
    "grandpa",
    "grandma",
    "granny",
    "uncle",
    "auntie",
    "papa",
    "mama",
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
    # "Web portal Lycos Europe reported ...": a judge found it offered as a speaker.
    "portal",
    # "Swiss daily Le Matin": offered as a speaker too (2026.11-74).
    "daily",
    "tabloid",
    "weekly",
    # "Beau Soleil, an international boarding school in Switzerland": offered as a
    # speaker (judges, -105).
    "school",
    "college",
    "university",
    "academy",
    "hospital",
    "clinic",
    "hotel",
    "restaurant",
}


@dataclass
class Mention:
    # As written in the body (without a leading "the" or trailing "'s"); "Mark" in
    # "Mark and Jenny Oduya" takes the surname the two share (spans.shared_surname).
    text: str
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
    # A lone name the sentence goes on to introduce ("Dmytro, 18, said", "Hassan, a
    # Hezbollah supporter, ..."): someone new, not a person of that given name already
    # named ("Dmytro Kuleba", "Hassan Nasrallah"; judges failed both keys, -122),
    # unless the article already calls that person by the one name (see _goes_by).
    introduced: bool = False


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


def _particles() -> set[str]:
    from .mentions import PARTICLES  # mentions builds on this module's types

    return PARTICLES


def _bare(surname: str) -> str:
    """ "al-Assad" and "Assad" are the same surname."""
    return re.sub(r"^(al|el|ad|as|ash|an)-", "", surname, flags=re.IGNORECASE)


def analyse(sentences: list[Sentence]) -> tuple[list[Mention], list[Entity]]:
    """Typed mentions (in body order) and the entities they belong to."""
    from .mentions import sentence_mentions  # mentions builds on this module's types

    mentions = []
    for sentence in sentences:
        mentions.extend(sentence_mentions(sentence))
    from .mentions import titled_surname_people

    mentions.extend(titled_surname_people(sentences, mentions))
    from .landforms import mountains

    peaks = mountains(sentences)
    for mention in mentions:
        if mention.type != PERSON and mention.text.lower() in peaks:
            mention.type, mention.subtype = LANDFORM, ""
    from .nonnames import policies

    laws = policies(sentences)
    for mention in mentions:
        if mention.text.lower() in laws:
            mention.type, mention.subtype = OTHER, ""  # "Under GDPR": the law, not a body
    mentions.sort(key=lambda m: m.start)
    _buildings(mentions, sentences)
    # A name NER calls a place anywhere ("neighbouring Moldania") is not an
    # organisation elsewhere ("Moldania's government"), even if no gazetteer knows it.
    mentions, doubtful = _one_type_per_name(mentions, sentences)
    _title_pieces(mentions, sentences)
    from . import firms, orgs  # they build on this module's mentions

    mentions = [m for m in mentions if not firms.fragment(m, sentences[m.sentence])]
    mentions = orgs.promote(mentions, sentences)
    from .people import given_named_people, kin_named

    # Both after promote, which adds a body's untagged uses ("Mutu scored ...").
    mentions = sorted(mentions + given_named_people(sentences, mentions), key=lambda m: m.start)
    for mention in mentions:  # of any type: kin_named below may yet make it a person
        if " " not in mention.text:
            sentence = sentences[mention.sentence]
            after = sentence.text[mention.end - sentence.start :]
            mention.introduced = bool(INTRODUCED.match(after))
    entities = _group(mentions, kin_named(mentions, sentences))
    entities = _rejoin_split_names(entities, sentences)
    firms.retype_firms(entities, sentences)
    for entity in entities:
        if entity.type == ORG and _possessive_name(entity, sentences):
            entity.name += "'s"  # "Harfield's said ...": the shop's name has its "'s"
    orgs.assign_subtypes(entities, sentences)
    # A name NER calls a place as often as an organisation is one only if the
    # article's words say what sort of organisation ("Retail giant Tandry").
    dropped = {
        id(e)
        for e in entities
        if e.type == ORG and not e.subtype and (e.name.lower() in doubtful or _craft(e, sentences))
    }
    dropped |= {id(e) for e in entities if e.type == PERSON and _no_person(e, sentences)}
    for mention in mentions:
        if id(mention.entity) in dropped:
            mention.entity = None
    entities = [e for e in entities if id(e) not in dropped]
    from . import evidence

    evidence.confirm(entities, sentences)
    return [m for m in mentions if m.entity is not None], entities


# An age or a description in apposition straight after a name: ", 18,", ", a nurse".
INTRODUCED = re.compile(r",\s+(?:\d{1,3}\b|an?\s)")


def _title_pieces(mentions: list[Mention], sentences: list[Sentence]) -> None:
    """ "U.S. District Judge Derrick Watson": NER cut "U.S. District" from the judge's
    title and called it a place, which was offered beside Maryland and Hawaii (judges,
    -96). A place no gazetteer knows, written straight before a title, is part of it."""
    from .gazetteer import lookup

    for mention in mentions:
        if mention.type != PLACE or lookup(mention.text) is not None:
            continue
        sentence = sentences[mention.sentence]
        after = re.match(r"\s+([A-Z][a-z]+)\b", sentence.text[mention.end - sentence.start :])
        if after and after.group(1).lower() in TITLES | {"attorney", "court"}:
            mention.type, mention.subtype = OTHER, ""


def _rejoin_split_names(entities: list[Entity], sentences: list[Sentence]) -> list[Entity]:
    """ "the country's leader Aung San Suu Kyi": NER tagged "Aung San" there and "Suu
    Kyi" everywhere else, two people offered beside each other (judges, -96). Two
    people whose names the article writes one straight after the other are one."""
    text = " ".join(s.text for s in sentences)
    people = [e for e in entities if e.type == PERSON]
    dropped = set()
    for first in people:
        for second in people:
            if first is second or id(first) in dropped or id(second) in dropped:
                continue
            if f"{first.name} {second.name}" not in text:
                continue
            second.name = f"{first.name} {second.name}"
            second.mentions.extend(first.mentions)
            second.mentions.sort(key=lambda m: m.start)
            for mention in first.mentions:
                mention.entity = second
            dropped.add(id(first))
    return [e for e in entities if id(e) not in dropped]


# Last words of the names of buildings and grounds: "Caer Eryr Castle" is no person.
BUILDING_ENDS = {
    "castle",
    "hall",
    "abbey",
    "tower",
    "bridge",
    "house",
    "palace",
    "cathedral",
    "church",
    "chapel",
    "museum",
    "park",
    "stadium",
    "priory",
    "manor",
    "fort",
    "arena",
    "gallery",
    "theatre",
}


def _buildings(mentions: list[Mention], sentences: list[Sentence]) -> None:
    """A name NER calls a person that ends in a building word is the building when
    the article also calls it that ("the castle"), or when "the" stands before it: the
    name's other, shorter mentions ("Caer Eryr") are the building too. Without such
    words the name stays a person's (politician Barbara Castle)."""
    body = " ".join(s.text for s in sentences).lower()
    names = set()
    for mention in mentions:
        words = mention.text.split()
        if mention.type != PERSON or mention.titles or len(words) < 2:
            continue
        end = words[-1].lower()
        if end in BUILDING_ENDS and re.search(rf"\bthe {end}\b", body):
            names.add(" ".join(words[:-1]).lower())
            names.add(mention.text.lower())
        elif end in BUILDING_ENDS and re.search(
            rf"\b(?:at|to|in|inside|outside) {re.escape(mention.text.lower())}\b", body
        ):
            # "visits to Trump Tower", "a meeting at Trump Tower": a place one goes to,
            # never a person (judges failed it offered as one, -95). Only the whole name:
            # "Trump" alone is the man.
            names.add(mention.text.lower())
    for mention in mentions:
        if mention.type == PERSON and mention.text.lower() in names:
            mention.type, mention.subtype = OTHER, ""


# Vehicles with names: "the Huygens probe", "the spacecraft Cassini". NER calls them
# organisations, but a craft does nothing an organisation does.
CRAFT_NOUNS = {
    "probe",
    "spacecraft",
    "craft",
    "lander",
    "rover",
    "satellite",
    "telescope",
    "ship",
    "vessel",
    "yacht",
    "shuttle",
    "submarine",
}


def _craft(entity: Entity, sentences: list[Sentence]) -> bool:
    """Whether the article calls the named thing a probe, ship or satellite, straight
    before or after its name."""
    for mention in entity.mentions:
        sentence = sentences[mention.sentence]
        before = sentence.text[: mention.start - sentence.start].split()[-1:]
        after = sentence.text[mention.end - sentence.start :].split()[:1]
        words = [w.strip(",.;:'\"").lower() for w in before + after]
        if set(words) & CRAFT_NOUNS:
            return True
    return False


SHIP_PREFIX = r"\b(?:HMS|USS|RMS|HMAS|HMCS|HMNZS|MV|SS)\s+"


def _no_person(entity: Entity, sentences: list[Sentence]) -> bool:
    """Whether a "person" is a ship the article names anywhere ("the aircraft carrier
    HMS Ark Royal", then "the loss of Ark Royal"), offered as a speaker, or a nationality
    ("the youthful Spaniard"), offered beside the very man it describes."""
    if NATIONALITY_NOUN.match(entity.name):
        return True
    pattern = re.compile(SHIP_PREFIX + re.escape(entity.name) + r"\b")
    return any(pattern.search(s.text) for s in sentences)


def _possessive_name(entity: Entity, sentences: list[Sentence]) -> bool:
    """Whether the article writes the organisation with an "'s" that owns nothing
    ("Harfield's, which has 420 stores", "Sainsbury's said"): part of its name. Not if
    the article also writes the name bare ("Asda said ...", then "Tesco's share ...,
    while Asda's had slipped"): there the "'s" owns a share left unsaid."""
    if any(not _before_s(m, sentences) for m in entity.mentions):
        return False
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


def _before_s(mention: Mention, sentences: list[Sentence]) -> bool:
    sentence = sentences[mention.sentence]
    after = sentence.text[mention.end - sentence.start :]
    return after.startswith(("'s", "\u2019s"))


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


def _group(
    mentions: list[Mention], mononyms: set[str] | frozenset[str] = frozenset()
) -> list[Entity]:
    from .people import mononym

    entities: dict[tuple[str, str], Entity] = {}
    people: list[Entity] = []
    for mention in mentions:
        if mention.type in (ORG, PLACE) and " " not in mention.text:
            # NER sometimes labels a bare surname as an organisation, and a gazetteer
            # knows some surnames as towns: "Craig Foley ... Foley then wrapped up"
            # is the player again, not Foley, Alabama.
            word = _bare(mention.text).lower()
            if any(p.surname.lower() == word for p in people) and (
                mention.type == ORG or mention.subtype not in ("country", "region", "continent")
            ):
                mention.type, mention.subtype = PERSON, ""
        if mention.type == PERSON:
            entity = _person(mention, people)
            if entity is None and mononym(mention, mononyms, people):
                # A player known by one name ("Juninho"), shown a person by kin.
                entity = next((p for p in people if p.name == mention.text), None)
                if entity is None:
                    entity = Entity(mention.text, PERSON)
                    people.append(entity)
                entity.anchor = mention.start
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


def _spelled(name: str) -> str:
    """A full name as it sounds, for one person the article spells two ways ("Viktor
    Makarov", later "Victor Makarov"): offered side by side, the two are one answer."""
    name = name.lower().replace("ph", "f").replace("ck", "k")
    return re.sub(r"(.)\1", r"\1", name.translate(SPELLED_ALIKE))


# Letters that transliterated and anglicised names swap: Viktor/Victor, Yury/Yuri,
# Sergey/Sergei, Aleksandr/Aleksandr.
SPELLED_ALIKE = str.maketrans({"k": "c", "y": "i", "z": "s"})


def _person(mention: Mention, people: list[Entity]) -> Entity | None:
    words = mention.text.split()
    specific = {t for t in mention.titles if t not in GENERIC_TITLES}
    if words[0].islower() or (len(words) >= 2 and words[0].lower() in _particles()):
        # "Mr van der Veer": a surname with its particles, not a new full name; so is
        # "Van Leeuwen" (a capital at the start of a sentence) after "Erik van Leeuwen".
        tail = " " + mention.text.lower()
        known = [p for p in people if p.name.lower().endswith(tail)]
        if known:
            entity = max(known, key=lambda p: p.anchor)
            entity.titles |= specific
            return entity
    if len(words) >= 2:
        name = " ".join(words)
        spelled = _spelled(name)
        entity = next((p for p in people if _spelled(p.name) == spelled), None)
        if entity is None:
            # "Baez Silva" after "Carlos Baez Silva": a two-word surname on its own.
            longer = [p for p in people if p.name.lower().endswith(" " + name.lower())]
            entity = longer[0] if len(longer) == 1 else None
        if entity is None:
            entity = Entity(name, PERSON)
            people.append(entity)
        entity.titles |= specific
        entity.anchor = mention.start
        return entity
    word = _bare(words[0]).lower()
    candidates = [
        p
        for p in people
        if p.surname.lower() == word
        or (p.name.split()[0].lower() == word and (not mention.introduced or _goes_by(p, word)))
    ]
    if not candidates:
        return _peer(mention, people)  # a lone unknown word: trusted only after a peer's title
    candidates = [p for p in candidates if _same_sex(mention, p)]
    if not candidates:
        return None  # "Mr Oduya" beside only "Jenny Oduya": never she, whoever he is
    if len(candidates) > 1 and _sexed(mention):
        # "Mr Lindqvist" beside Anders and Karin Lindqvist, with neither name known
        # to be a man's: only a namesake shown to be of the title's sex is he, and
        # when none is, a guess could put one's words in the other's mouth.
        known = [p for p in candidates if _same_sex(mention, p, known=True)]
        if not known:
            return None
        candidates = known
    titled = [p for p in candidates if specific & p.titles]
    pool = titled or candidates
    if len(pool) > 1:
        # Father and son both "Mr Lowther": only a full naming of one of them in this
        # sentence or the one before says which is meant; the later-named is a guess.
        near = [p for p in pool if _named_near(p, mention)]
        if len(near) != 1:
            return None
        pool = near
    entity = max(pool, key=lambda p: p.anchor)
    if mention.titles:
        entity.anchor = mention.start
        entity.titles |= specific
    return entity


def _goes_by(person: Entity, word: str) -> bool:
    """Whether the article already calls person by the one name word ("Daryna's father"
    before "Daryna, 18, ..."): then an age or a description after it is hers again."""
    return any(_bare(m.text).lower() == word for m in person.mentions)


# A peer is named by title and one name alone, for good ("Lord Falconer said ...",
# "Baroness Hale ruled ..."): the full name a "Mr" or "Ms" would follow may never come.
PEERAGE = ("lord", "baroness", "baron", "viscount", "earl")


def _peer(mention: Mention, people: list[Entity]) -> Entity | None:
    """A person named "Lord X" whom the article never names otherwise: without this,
    every sentence about a peer has a subject no question can name (BBC political
    stories, 2004-05: the lord chancellor and the law lords, "Lord Scarman ... has died
    aged 93"). The title stays in the name, as the article writes it."""
    title = next((t for t in PEERAGE if t in mention.titles), None)
    words = mention.text.split()
    if title is None or len(words) != 1 or not words[0][:1].isupper():
        return None
    entity = Entity(f"{title.capitalize()} {words[0]}", PERSON)
    entity.titles.add(title)
    entity.anchor = mention.start
    people.append(entity)
    return entity


def _named_near(person: Entity, mention: Mention) -> bool:
    """Whether person's full name is written in mention's sentence or the one before."""
    return any(
        " " in m.text and mention.sentence - 1 <= m.sentence <= mention.sentence
        for m in person.mentions
        if m.start < mention.start
    )


def _sexed(mention: Mention) -> bool:
    from .gender import FEMALE_TITLES, MALE_TITLES

    return bool(set(mention.titles) & (MALE_TITLES | FEMALE_TITLES))


def _same_sex(mention: Mention, person: Entity, known: bool = False) -> bool:
    """ "Mr Harding" is not his mother "Susan Harding" ("Mrs Harding"): a title's sex
    rules out a namesake whose title or given name is of the other sex. With known,
    the namesake's title or given name must show the title's sex."""
    from .gender import FEMALE_TITLES, MALE_TITLES
    from .names import FEMALE_NAMES, MALE_NAMES

    titles = set(mention.titles)
    if titles & MALE_TITLES:
        other_titles, other_names = FEMALE_TITLES, FEMALE_NAMES
        own_titles, own_names = MALE_TITLES, MALE_NAMES
    elif titles & FEMALE_TITLES:
        other_titles, other_names = MALE_TITLES, MALE_NAMES
        own_titles, own_names = FEMALE_TITLES, FEMALE_NAMES
    else:
        return True
    theirs = set(person.titles).union(*(m.titles for m in person.mentions))
    if known:
        return bool(theirs & own_titles) or person.name.split()[0] in own_names
    return not (theirs & other_titles or person.name.split()[0] in other_names)
