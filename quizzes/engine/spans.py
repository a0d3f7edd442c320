"""Where a name NER found really starts and ends.

The small model's spans are often a word off: a role written after the name
("Gareth Price AM", "Labour MSP"), a long name stopped one word short
("[Chowdhury Kamal Ibne] Yusuf"), or a surname ending in "s" tagged as a plural
("Burgmans"). These helpers put the edges right before mentions.py types a name.
"""

import re

from spacy.tokens import Span

from .entities import ORG_NOUNS, TITLES
from .mentions import _NAME_TOKEN, PLACE_NAME_ENDS, _previous_words
from .names import GIVEN_NAMES

# Roles written after a name ("Gareth Price AM", "Labour MSP Jo Hart"): NER often
# takes the whole for an organisation, or the role alone for one.
ROLES_AFTER_NAME = {"am", "mp", "msp", "mep", "mla", "td", "qc", "kc", "obe", "mbe", "cbe"}


def without_role_after(ent, doc, label: str):
    """(name, roles): the name without a role that ends it, labelled a person when
    what is left starts with a known given name; (None, ()) for a role alone."""
    last = ent[-1].text.lower().rstrip(".")
    if last not in ROLES_AFTER_NAME or not ent[-1].text.isupper():
        return ent, ()
    if len(ent) == 1:
        return None, ()
    if ent[0].text in GIVEN_NAMES and len(ent) >= 3:
        label = "PERSON"
    return Span(doc, ent.start, ent.end - 1, label=label), (last,)


def with_rest_of_name(ent, doc, end, label: str):
    """ "[Chowdhury Kamal Ibne] Yusuf": NER sometimes stops a long name one word short.
    A person's name (or one with a title before it) whose last word the parse hangs
    on the untagged capitalised word that follows goes on to that word. So does a
    person's name whose next capitalised word the parse takes for the subject in its
    place ("governor Huseyin Avni Cos said": "Cos" read as "because")."""
    if ent.end >= end:
        return ent
    if label == "PERSON" and _subject_in_its_place(ent, doc[ent.end]):
        return Span(doc, ent.start, ent.end + 1, label=label)
    if ent.root.dep_ != "compound" or ent.root.head.i != ent.end:
        return ent
    after = doc[ent.end]
    previous = _previous_words(doc, ent.start, 1)
    titled = bool(previous) and previous[-1] in TITLES  # "minister, Chowdhury ..."
    if (
        (label == "PERSON" or titled)
        and after.pos_ == "PROPN"
        and not after.ent_type_
        and _NAME_TOKEN.match(after.text)
        and after.lower_ not in TITLES | ROLES_AFTER_NAME | ORG_NOUNS | PLACE_NAME_ENDS
    ):
        return Span(doc, ent.start, ent.end + 1, label=label)
    return ent


def shared_surname(ent, doc) -> str:
    """ "Mark and Jenny Oduya": two given names joined before one surname are two
    people, and the first takes the surname the second is written with ("" if none)."""
    end = ent.end
    if len(ent) != 1 or ent[0].text not in GIVEN_NAMES or end + 2 >= len(doc):
        return ""
    partner, surname = doc[end + 1], doc[end + 2]
    if (
        doc[end].lower_ == "and"
        and partner.ent_iob_ == "B"
        and partner.ent_type_ == "PERSON"
        and surname.ent_type_ == "PERSON"
        and surname.ent_iob_ == "I"
        and _NAME_TOKEN.match(surname.text)
        and (end + 3 >= len(doc) or doc[end + 3].ent_iob_ != "I")
    ):
        return surname.text
    return ""


def _subject_in_its_place(ent, after) -> bool:
    return (
        after.dep_ in ("nsubj", "nsubjpass")
        and ent.root.dep_ not in ("nsubj", "nsubjpass", "conj", "appos")
        and after.head.i == ent.root.head.i
        and not after.ent_type_
        and _NAME_TOKEN.match(after.text) is not None
        and after.lower_ not in TITLES | ROLES_AFTER_NAME | ORG_NOUNS | PLACE_NAME_ENDS
    )


def _the_before(ent) -> bool:
    """Whether "the" opens the name or comes straight before it."""
    return ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


def plural_name(ent, name_words, titles) -> bool:
    """Whether a word of the name is tagged a plural proper noun ("Lib Dems") in a way
    that makes it no person's name. A surname ending in "s" is tagged so too
    ("Antony Burgmans will ...", "Mr Burgmans said"): after a title, or last in a
    name that heads its clause, it is a surname."""
    if not titles and _the_before(ent) and re.search(r"[^s']s$", name_words[-1].text):
        # "The Lib Dems warned ...", "the Conservatives said": "the" before a plural
        # name makes it a group (a party, a band, a family), never one person (whose
        # name takes "the" only after a title: "the Rev Paul Jones").
        return True
    if not any(t.tag_ == "NNPS" for t in name_words):
        return False
    if titles:
        return False
    last_only = name_words[-1].tag_ == "NNPS" and all(t.tag_ == "NNP" for t in name_words[:-1])
    # "Anders Lindqvist said": a given name ending in "s", before a singular surname.
    first_only = len(name_words) == 2 and [t.tag_ for t in name_words] == ["NNPS", "NNP"]
    heads = ent.root.dep_ in ("nsubj", "nsubjpass", "appos", "dobj", "pobj")
    return not (len(name_words) >= 2 and (last_only or first_only) and heads)
