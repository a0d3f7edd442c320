"""Organisations the model misses, and what sort of organisation each one is.

The small model tags a one-word organisation it does not know ("Respond") as a
person, or not at all. A lone word that no person in the article is called,
and that the article itself calls an organisation somewhere ("a consortium ...
known as X", "the X consortium", "X organisations"), is an organisation
everywhere it occurs.

A party is a poor distractor for a public body and a broadcaster for a charity,
so each organisation gets a subtype from the words in its name and the words
the article puts next to it ("the firm X", "X MPs", "X chief executive").
"""

import re

from .entities import ORG, ORG_NOUNS, PERSON, TITLES, Entity, Mention
from .mentions import _mention
from .nlp import Sentence

ORG_AFTER = ORG_NOUNS | {
    "consortium",
    "partner",
    "partners",
    "organisations",
    "organizations",
    "companies",
    "groups",
    "members",
    "staff",
    "spokesman",
    "spokeswoman",
}
NAMED = (("known", "as"), ("called",), ("named",), ("dubbed",))

PARTY, COMPANY, PUBLIC, TEAM, CHARITY, MEDIA, EDUCATION, RELIGION, BUILDING, UNION = (
    "party",
    "company",
    "public body",
    "team",
    "charity",
    "media",
    "education",
    "religion",
    "building",
    "union",
)
# Words inside a name: strong evidence of the sort of organisation.
NAME_WORDS = {
    PARTY: {"party", "democrats", "republicans", "conservatives"},
    COMPANY: {
        "ltd",
        "plc",
        "inc",
        "corp",
        "corporation",
        "co",
        "holdings",
        "motors",
        "airlines",
        "airways",
        "pharmaceuticals",
        "industries",
        "technologies",
        # a trade or sector closing a name: a firm's, never a person's
        "engineering",
        "engineers",
        "services",
        "construction",
        "builders",
        "contractors",
        "solutions",
        "systems",
        "logistics",
        "foods",
        "energy",
        "homes",
        "care",
        "healthcare",
        "developments",
        "properties",
        "consulting",
        "consultants",
        "partners",
        "associates",
    },
    PUBLIC: {
        "council",
        "committee",
        "committees",
        "authority",
        "agency",
        "board",
        "ministry",
        "department",
        "commission",
        "office",
        "unit",
        "inspectorate",
        "parliament",
        "assembly",
        "senate",
        "congress",
        "police",
        "army",
        "navy",
        "court",
        "tribunal",
    },
    # "Burton Albion", "Partick Thistle", "Leyton Orient": club names no person bears.
    TEAM: {
        "fc",
        "united",
        "rovers",
        "wanderers",
        "athletic",
        "rfc",
        "albion",
        "rangers",
        "celtic",
        "hotspur",
        "argyle",
        "thistle",
        "orient",
        "harriers",
        "academicals",
    },
    CHARITY: {"charity", "foundation", "aid", "relief", "fund", "hospice", "watch"},
    MEDIA: {
        "bbc",
        "news",
        "radio",
        "tv",
        "television",
        "times",
        "post",
        "guardian",
        "telegraph",
        "channel",
        "press",
        "gazette",
        "herald",
        "journal",
        "magazine",
        "daily",
        "website",
        "broadcasting",
        "reuters",
    },
    EDUCATION: {"university", "college", "school", "academy", "institute"},
    RELIGION: {"church", "diocese"},
    # A cathedral is a building, not the church that worships in it.
    BUILDING: {
        "cathedral",
        "mosque",
        "synagogue",
        "temple",
        "abbey",
        "chapel",
        "palace",
        "castle",
        "tower",
        "museum",
        "gallery",
        "theatre",
        "hall",
    },
}
# Last words of organisations' names that no person's name ends with.
NAME_ENDS = (
    NAME_WORDS[COMPANY]
    | NAME_WORDS[TEAM]
    | NAME_WORDS[CHARITY]
    | NAME_WORDS[PUBLIC]
    | NAME_WORDS[EDUCATION]
    | {
        "labs",
        "lab",
        "group",
        "partners",
        "associates",
        "systems",
        "bank",
        "town",
        "city",
        "trust",
        "festival",
        "hospital",
        "society",
        "association",
        # "Transport and General Workers' Union", "Art Loss Register": never a person
        "union",
        "federation",
        "confederation",
        "register",
        "programme",
        # "Criminal Justice Forum": a meeting of bodies, never a person's surname
        "forum",
        "alliance",
        "coalition",
    }
)
# Team words mark a team only at the end of a name ("Brantwood United", not "United Nations").
TEAM_ENDS = NAME_WORDS[TEAM] | {"town", "city", "county", "albion", "rangers", "celtic"}
# Words next to a mention ("the firm X", "X shares", "X MPs").
CONTEXT_WORDS = {
    PARTY: {
        "party",
        "mp",
        "mps",
        "manifesto",
        "voters",
        "governments",
        "election",
        "candidate",
        "candidates",
        "councillors",
        "won",
    },
    COMPANY: {
        "company",
        "firm",
        "giant",
        "maker",
        "retailer",
        "manufacturer",
        "brand",
        "shares",
        "chief",
        "executive",
        "ceo",
        "rival",
        "rivals",
        "profit",
        "profits",
        "shareholders",
        "supplier",
        "operator",
        "carrier",
        "chain",
        "bank",
    },
    PUBLIC: {
        "quango",
        "quangos",
        "body",
        "bodies",
        "regulator",
        "watchdog",
        "department",
        "ministry",
        "agency",
        "authority",
    },
    TEAM: {"club", "team", "side", "squad", "manager", "striker", "coach", "fans"},
    CHARITY: {"charity", "charities", "campaigners", "ngo", "volunteers"},
    MEDIA: {"newspaper", "website", "channel", "broadcaster", "programme", "magazine", "told"},
    EDUCATION: {"university", "college", "school", "students", "researchers"},
    RELIGION: {"church", "congregation"},
}


def generic_words() -> set[str]:
    """Words many organisations' names share ("Council", "Trust", "British")."""
    return (
        set().union(*NAME_WORDS.values())
        | NAME_ENDS
        | ORG_NOUNS
        | {
            "british",
            "national",
            "royal",
            "international",
            "european",
            "united",
            "centre",
            "center",
            "federation",
            "league",
            "society",
            "association",
            "institute",
            "with",
            "from",
            "into",
            "over",
            "under",
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "first",
            "world",
            "global",
            "public",
            "general",
        }
    )


def promote(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """Mentions with one-word organisations retyped and their untagged uses added."""
    # "The Sheffield band Glass Harbour ... Glass Harbour formed": one name, one type.
    typed = {m.text for m in mentions if m.type == ORG}
    for mention in mentions:
        if mention.type == PERSON and mention.text in typed and not mention.titles:
            mention.type = ORG
    named = set()
    for mention in mentions:
        if mention.type == PERSON and " " in mention.text:
            named.update(w.lower() for w in mention.text.split())
    org_words = set()
    for mention in mentions:
        if (
            mention.type == PERSON
            and " " not in mention.text
            and not mention.titles
            and mention.text.lower() not in named
            and _called_an_org(sentences[mention.sentence], mention)
        ):
            org_words.add(mention.text)
    for mention in mentions:
        if mention.type == PERSON and mention.text in org_words and not mention.titles:
            mention.type = ORG
    names = {m.text for m in mentions if m.type == ORG and m.text[:1].isupper()}
    added = [m for s in sentences for m in _untagged(s, names, mentions)]
    return sorted(mentions + added, key=lambda m: m.start)


def _called_an_org(sentence: Sentence, mention: Mention) -> bool:
    span = sentence.span
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens:
        return False
    last, first = tokens[-1], tokens[0]
    doc = span.doc
    after = doc[last.i + 1].lower_ if last.i + 1 < span.end else ""
    if after in ORG_AFTER:
        return True
    before = [t.lower_ for t in doc[max(span.start, first.i - 2) : first.i]]
    return any(tuple(before[-len(words) :]) == words for words in NAMED)


def _untagged(sentence: Sentence, names: set[str], mentions: list[Mention]) -> list[Mention]:
    """Uses of a known organisation's exact name that NER left untagged."""
    span = sentence.span
    offset = sentence.start - span.start_char
    taken = [(m.start, m.end) for m in mentions if m.sentence == sentence.index]
    found = []
    for name in names:
        words = name.split()
        for token in span:
            if token.text != words[0] or token.i + len(words) > span.end:
                continue
            part = span.doc[token.i : token.i + len(words)]
            if part.text != name:
                continue
            start = part.start_char + offset
            end = start + len(name)
            if any(a < end and start < b for a, b in taken):
                continue
            neighbours = [
                span.doc[i] for i in (part.start - 1, part.end) if span.start <= i < span.end
            ]
            if any(
                t.text[:1].isupper() and t.lower_ not in TITLES
                for t in neighbours
                if t.i != span.start
            ):
                continue  # part of a longer name
            taken.append((start, end))
            found.append(_mention(part, sentence, offset, ORG))
    return found


def assign_subtypes(entities: list[Entity], sentences: list[Sentence]) -> None:
    for entity in entities:
        if entity.type == ORG:
            entity.subtype = _subtype(entity, sentences)


def _subtype(entity: Entity, sentences: list[Sentence]) -> str:
    votes: dict[str, int] = {}
    name_words = {w.lower().strip("().,") for w in entity.name.split()}
    last = entity.name.split()[-1].lower().strip("().,")
    for kind, words in NAME_WORDS.items():
        if kind == TEAM:
            hit = last in TEAM_ENDS and len(entity.name.split()) > 1 or "fc" in name_words
        else:
            hit = bool(name_words & words)
        if hit:
            votes[kind] = votes.get(kind, 0) + 3
    for mention in entity.mentions:
        for word in _context(sentences[mention.sentence], mention):
            for kind, words in CONTEXT_WORDS.items():
                if word in words:
                    votes[kind] = votes.get(kind, 0) + 1
    if _workers_union(entity, sentences):
        # "The Transport and General Workers' Union", "Amicus, which represents about
        # 400 of the shopfloor staff": a union of workers, never the firm they work for.
        votes[UNION] = votes.get(UNION, 0) + 3
    if any(_called_a_union(sentences[m.sentence], m) for m in entity.mentions):
        # "the shop workers' union Usdaw": a union seeks assurances for its members,
        # which no bank, share index or employer does.
        votes[UNION] = votes.get(UNION, 0) + 1
    if not votes:
        return ""
    best = max(votes.values())
    top = sorted(k for k, v in votes.items() if v == best)
    return top[0] if len(top) == 1 else ""


# Words of a trade union's name beside "Union": "General Workers' Union".
WORKER_WORDS = {
    "workers",
    "workers'",
    "general",
    "trades",
    "teachers",
    "employees",
    "mineworkers",
    "journalists",
    "staff",
}
# What only a union does for those it speaks for.
REPRESENTS = re.compile(
    r"^,? (?:which|who) represents [^.;]{0,50}?\b(?:staff|workers|members|employees|nurses|"
    r"teachers|drivers|miners)\b|^[^.;]{0,80}\bballot(?:ing)? (?:its )?members\b",
    re.IGNORECASE,
)


def _workers_union(entity: Entity, sentences: list[Sentence]) -> bool:
    words = {w.lower().strip("().,") for w in entity.name.split()}
    if "union" in words and words & WORKER_WORDS:
        return True
    for mention in entity.mentions:
        sentence = sentences[mention.sentence]
        if REPRESENTS.search(sentence.text[mention.end - sentence.start :]):
            return True
    return False


def _called_a_union(sentence: Sentence, mention: Mention) -> bool:
    """Whether a lower-case "union" stands just before the name ("the union Usdaw");
    "European Union (EU)" names the EU, it does not call it a union."""
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens:
        return False
    doc = sentence.span.doc
    before = doc[max(sentence.span.start, tokens[0].i - 2) : tokens[0].i]
    return any(t.text in ("union", "unions") for t in before)


def _context(sentence: Sentence, mention: Mention) -> list[str]:
    span = sentence.span
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens:
        return []
    doc = span.doc
    words = [t.lower_ for t in doc[max(span.start, tokens[0].i - 2) : tokens[0].i]]
    words += [t.lower_ for t in doc[tokens[-1].i + 1 : min(span.end, tokens[-1].i + 2)]]
    root = tokens[-1]
    words += [c.lemma_.lower() for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        words.append(root.head.lemma_.lower())
    return words


def compatible(a: Entity, b: Entity) -> bool:
    """Whether b can stand as a distractor for a (both organisations): when the sort of
    the key is known, only an organisation of the same sort (a think tank is not a
    quango, a church not a government office)."""
    if a.subtype:
        return b.subtype == a.subtype
    return b.subtype not in (MEDIA, PARTY, BUILDING)  # only a party stands in for a party


def called(bodies, word: str):
    """The one body whose name ends in word ("the agency" for the Environment Agency),
    which a bare "the agency" names rather than the story's most named body."""
    found = [e for e in bodies if len(e.name.split()) > 1 and e.name.split()[-1].lower() == word]
    return found[0] if len(found) == 1 else None
