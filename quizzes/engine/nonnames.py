"""Names NER gives a person's or organisation's label that are neither: a work
("debut album Paper Hearts"), a policy or treaty ("the Common Agricultural Policy
(CAP)"), and a shop named like a person listed beside another shop ("John Lewis and
Debenhams"). Offered as a speaker or as an organisation, each is ruled out by the
article itself. Also the nationality noun NER keeps in a name ("Welshman Owen
Pryce"), which would make an option no other option looks like."""

import re

# Nouns that, straight before a name, say the name is a work's title.
WORK_NOUNS = {
    "album",
    "single",
    "song",
    "track",
    "record",
    "ep",
    "film",
    "movie",
    "book",
    "novel",
    "memoir",
    "autobiography",
    "play",
    "musical",
    "opera",
    "series",
    "sitcom",
    "documentary",
    "painting",
    "poem",
}
# Last words of names that are agreed rules, not bodies that can act or speak.
POLICY_ENDS = {
    "policy",
    "treaty",
    "agreement",
    "accord",
    "accords",
    "protocol",
    "pact",
    "convention",
    "directive",
    "regulation",
    "regulations",
    "act",
    "bill",
    "charter",
    "doctrine",
}


def work_title(before: list[str]) -> bool:
    """Whether the word before a name calls it an album, film or book."""
    return bool(before) and before[-1] in WORK_NOUNS


def policy(ent, doc) -> bool:
    """Whether an organisation-labelled name is a policy or treaty, or the short form
    in brackets straight after one ("... Policy (CAP)")."""
    if ent[-1].lower_ in POLICY_ENDS:
        return True
    return (
        ent.start >= 2
        and doc[ent.start - 1].text == "("
        and doc[ent.start - 2].lower_ in POLICY_ENDS
        and ent.text.isupper()
    )


def policies(sentences) -> set[str]:
    """The names, in lower case, the article gives a policy or law, with the short form
    it defines for one ("General Data Protection Regulation (GDPR)"): "Under GDPR"
    later names the same law, never a body that could be an option."""
    found = set()
    for sentence in sentences:
        doc = sentence.span.doc
        for ent in sentence.span.ents:
            if ent.label_ not in ("ORG", "PERSON", "LAW") or not policy(ent, doc):
                continue
            found.add(ent.text.lower())
            if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
                short = doc[ent.end + 1].text
                if short.isupper():
                    found.add(short.lower())
    return found


def listed_with_firm(ent) -> bool:
    """Whether a two-word person-labelled name is joined by "and" to a lone proper noun
    NER calls nothing or an organisation ("John Lewis and Debenhams also reported"):
    a shop or firm named after its founder, listed with another firm. A person would
    be listed with another person, whose name NER marks."""
    from .names import GIVEN_NAMES

    head = ent.root
    for conj in head.children:
        if conj.dep_ != "conj" or conj.pos_ != "PROPN" or conj.ent_type_ not in ("", "ORG"):
            continue
        words = [t for t in conj.subtree if not t.is_punct]
        if len(words) == 1 and conj.text not in GIVEN_NAMES and conj.text[:1].isupper():
            return any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)
    return False


SPEAKERS_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"}


def spoken_for(ent) -> bool:
    """Whether a person-labelled name follows "a spokesman for" ("said Graham Lyle, a
    spokesman for William Hill"): a spokesman speaks for a body, so the name is a firm
    named after its founder, never a person to offer beside the story's people."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in SPEAKERS_FOR:
        return True  # "William Hill spokesman Rupert Adams said": so, a body
    return (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "for"
        and doc[ent.start - 2].lower_ in SPEAKERS_FOR
    )


# Nouns for a person of a nation, written straight before a name ("Welshman Owen
# Pryce", "Scot Andy Murray"): a description, not part of the name.
NATIONALITY_NOUN = re.compile(
    r"^(?:(?:Welsh|Scots|English|Irish|French|Dutch|Cornish|Manx)(?:wo)?man|Scot|Briton|"
    r"American|Australian|Canadian|German|Italian|Spaniard|Belgian|Norwegian|Swede|Dane|"
    r"Finn|Pole|Russian|Ukrainian|Brazilian|Argentine|Argentinian|Indian|Pakistani|"
    r"Nigerian|Kenyan|Kiwi|Aussie|Ulsterman|Yorkshireman|Lancastrian|Geordie|Londoner)$"
)


# Nationality nouns that are also given names ("Finn Russell", "Scot Young").
NAMELIKE_NATIONALITY = {"Finn", "Scot", "Dane"}


def nationality(name_words) -> bool:
    """Whether a name opens with a nationality noun and then a given name, or a
    surname alone ("Spaniard Deulofeu": offered as an option, it stood out among full
    names, and as a key gave itself away)."""
    from .names import GIVEN_NAMES

    first = name_words[0].text
    if not NATIONALITY_NOUN.match(first):
        return False
    if len(name_words) == 2:
        return first not in NAMELIKE_NATIONALITY
    return name_words[1].text in GIVEN_NAMES


# Believers are written with a capital like nations ("Muslims", "Catholics").
FAITHS = {"muslim", "christian", "jew", "catholic", "protestant", "hindu", "sikh", "buddhist"}


def nationality_label(token) -> bool:
    """Whether NER's NORP label marks a nation's or a faith's word, not some plural it
    tags so ("Pedestrians can still use ..."): a common noun's plural keeps it only as a
    demonym or a faith."""
    from .kinds.common import DEMONYMS
    from .nlp import singular

    if token.ent_type_ not in ("NORP", "LANGUAGE") or not token.text[:1].isupper():
        return False
    plain = singular(token.doc, token.lower_)
    if token.pos_ != "NOUN" or plain is None:
        return True
    return plain in FAITHS or plain in DEMONYMS or bool(NATIONALITY_NOUN.match(plain.title()))


# Short titles that also open firms' names ("PC World", "DC United", "Canon"): in a
# name NER calls an organisation they are a title only before a given name.
AMBIGUOUS_TITLES = {"pc", "dc", "ds", "ch", "canon"}


def titled_org(label: str, words) -> bool:
    """Whether an organisation-labelled name opens with a short title word that is
    part of the firm's name, not a title ("PC World")."""
    from .names import GIVEN_NAMES

    if label != "ORG" or words[0].lower_.rstrip(".") not in AMBIGUOUS_TITLES:
        return False
    rest = [w for w in words[1:] if w.lower_.rstrip(".") not in AMBIGUOUS_TITLES]
    return not rest or rest[0].text not in GIVEN_NAMES


def common_word(name: str, sentences) -> bool:
    """Whether a one-word name is a common noun the text also writes in lower case
    ("Malaria kills ..." beside "a new malaria vaccine"): NER took the capital at the
    start of a sentence for a name. A word also capitalised inside a sentence
    ("shares in Next fell", beside "next year") is a name."""
    if " " in name or not name.isalpha() or name.isupper():
        return False
    lower = re.compile(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])")
    inside = re.compile(rf"(?<=[\w,;] ){re.escape(name)}(?![\w-])")
    texts = [s.text for s in sentences]
    return any(lower.search(t) for t in texts) and not any(inside.search(t) for t in texts)
