"""Firms named like people, and names NER cut out of a longer name.

A stockbroker called "Hargreave Lowe" or a bookmaker called "William Hill" reads to
NER as a person. Offered as a speaker or a trainer it is absurd, and as a key among
people it stands out ("___ said it had laid bets"). The article's own words give such
a firm away: "William Hill said it ...", "analysts at Hargreave Lowe", "the
stockbroker Hargreave Lowe", "Hargreave Lowe's shares", "Hargreave Lowe plc".

A fragment ("NorthEast" of "One NorthEast", "Media" of "Department for Culture,
Media and Sport (DCMS)") is no name at all: as an option or a key it misleads.
"""

from .entities import ORG, PERSON, Entity, Mention
from .nlp import Sentence

# Businesses whose common noun may stand before a firm's name; "at" or "the" before
# the noun, or the noun after "at", shows the firm ("analyst at stockbroker X").
FIRM_NOUNS = {
    "stockbroker",
    "broker",
    "bookmaker",
    "bookie",
    "firm",
    "company",
    "insurer",
    "lender",
    "bank",
    "housebuilder",
    "retailer",
    "chain",
    "supermarket",
    "group",
    "consultancy",
    "accountancy",
}
# People who work at a firm: "analysts at X", "an economist at X".
STAFF_AT = {"analyst", "economist", "strategist", "dealer", "trader", "spokesman", "spokeswoman"}
SPEECH = {"say", "add", "announce", "confirm", "report", "warn", "predict", "expect", "claim"}
# "of" too: "Susan Pryce, of stockbroker Hallam Webb" is where she works.
FIRM_BEFORE = {"at", "the", "by", "from", "with", "for", "of"}
COMPANY_ENDS = {"plc", "ltd", "limited", "inc", "llp", "group"}
CONNECTORS = {",", "and", "&", "for", "of", "the"}


def retype_firms(entities: list[Entity], sentences: list[Sentence]) -> None:
    """Persons the article shows to be firms become organisations. A title ("Mr",
    "Ms") on any mention is a person's and keeps the name a person."""
    for entity in entities:
        if entity.type != PERSON or entity.titles:
            continue
        if any(m.titles for m in entity.mentions):
            continue
        if _body_name(entity.name) or any(
            _firm_words(m, sentences[m.sentence]) for m in entity.mentions
        ):
            entity.type = ORG
            for mention in entity.mentions:
                mention.type = ORG


# A nation's adjective opening a name no title ever precedes ("English Heritage",
# "Welsh Water") names a body: no person's given name is "English".
NATION_FIRST = {
    "english",
    "welsh",
    "scottish",
    "irish",
    "british",
    "european",
    "national",
    "royal",
    "international",
}
# Last words of developers' and bodies' names NER often reads as surnames.
BODY_ENDS = {"heritage", "estates"}
# Last words of growers' names, which a given name may open ("Christopher Ranch",
# "Taylor Farms"): no person's surname. Judges failed "Christopher Ranch" offered as a
# speaker four times in one story (-92).
GROWER_ENDS = {
    "ranch",
    "ranches",
    "farm",
    "farms",
    "vineyard",
    "vineyards",
    "winery",
    "brewery",
    "dairy",
    "orchard",
    "orchards",
    "foods",
}


def _body_name(name: str) -> bool:
    """Whether a name, untitled everywhere, reads as an organisation's by its words:
    offered among people as a speaker, or as a key among them, it stands out."""
    from .mentions import org_name_ends
    from .names import GIVEN_NAMES

    words = name.split()
    if len(words) >= 2 and words[-1].lower() in GROWER_ENDS:
        return True
    if len(words) < 2 or words[0] in GIVEN_NAMES:
        return False
    last = words[-1].lower()
    return words[0].lower() in NATION_FIRST or last in BODY_ENDS | org_name_ends()


def _firm_words(mention: Mention, sentence: Sentence) -> bool:
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens:
        return False
    span, doc = sentence.span, sentence.span.doc
    first, last = tokens[0], tokens[-1]
    after = [t for t in doc[last.i + 1 : min(span.end, last.i + 4)]]
    before = [t.lower_ for t in doc[max(span.start, first.i - 3) : first.i]]
    if after and after[0].lower_ in COMPANY_ENDS and after[0].lower_ != "group":
        return True  # "Hargreave Lowe plc"
    if len(after) >= 2 and after[0].lemma_.lower() in SPEECH and _it_acted(after[1]):
        return True  # "William Hill said it had laid ...": "it", not "he" or "she"
    owns = len(after) >= 2 and after[0].text in ("'s", "\u2019s")
    if owns and after[1].lower_ in ("shares", "share"):
        return True  # "Hargreave Lowe's shares"
    if before[-2:] == ["shares", "in"]:
        return True  # "shares in Hargreave Lowe"
    if before and before[-1][:-1] in FIRM_NOUNS and before[-1].endswith("s"):
        return True  # "Bookmakers William Hill cut the odds": a firm, never a person
    nouns = [w[:-1] if w[:-1] in FIRM_NOUNS | STAFF_AT else w for w in before]
    if len(nouns) >= 2 and nouns[-1] in FIRM_NOUNS and FIRM_BEFORE & set(nouns[-3:-1]):
        return True  # "at stockbroker X", "the bookmaker X", "at the City stockbroker X"
    if len(nouns) >= 2 and nouns[-1] == "at" and nouns[-2] in STAFF_AT:
        return True  # "analysts at X"
    return False


def _it_acted(token) -> bool:
    """ "said its ..." or "said it had laid ...": the firm speaking of itself. Not
    "said it was a tough race", where "it" is the race."""
    if token.lower_ == "its":
        return True
    if token.lower_ != "it" or token.i + 2 >= len(token.doc):
        return False
    doc = token.doc
    verb = doc[token.i + 1]
    if verb.pos_ == "AUX" and verb.lemma_ != "be":
        verb = doc[token.i + 2]
    return verb.pos_ == "VERB" and verb.lemma_ not in ("be", "feel", "seem", "look", "mean", "take")


def fragment(mention: Mention, sentence: Sentence) -> bool:
    """Whether an organisation's name is a piece NER cut from a longer name: glued to
    a capitalised word it left out ("agency One NorthEast"), or one of the words of
    a name an acronym in brackets spells out ("Department for Culture, Media and
    Sport (DCMS)")."""
    if mention.type != ORG:
        return False
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens:
        return False
    span, doc = sentence.span, sentence.span.doc
    first, last = tokens[0], tokens[-1]
    if first.i > span.start:
        glued = doc[first.i - 1]
        if (
            glued.i > span.start
            and glued.is_alpha
            and glued.text[:1].isupper()
            and glued.ent_type_ in ("", "CARDINAL")
            and glued.lower_ != "the"
            and not glued.text.isupper()
        ):
            return True
    # Widen across connectors and capitalised words to the whole written name.
    left = first.i
    while left - 1 > span.start and (
        doc[left - 1].lower_ in CONNECTORS or doc[left - 1].text[:1].isupper()
    ):
        left -= 1
    right = last.i
    while right + 1 < span.end and (
        doc[right + 1].lower_ in CONNECTORS - {"the"} or doc[right + 1].text[:1].isupper()
    ):
        right += 1
    if right + 2 >= span.end or doc[right + 1].text != "(" or doc[right + 2].text == ")":
        return False
    acronym = doc[right + 2].text
    words = [t for t in doc[left : right + 1] if t.text[:1].isupper()]
    initials = "".join(t.text[0] for t in words)
    spelled = len(words) > len(tokens) and acronym.isupper() and acronym in initials
    return spelled and len(acronym) > len([t for t in tokens if t.text[:1].isupper()])
