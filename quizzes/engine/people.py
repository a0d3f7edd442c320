"""People NER missed or typed as bodies, shown people by the words around them: a
player known by one name whose family the article mentions ("Juninho's father"), and
a surname NER calls an organisation that the article also writes after a common
given name ("Adrian Mutu ... Mutu's failed test")."""

from . import gazetteer
from .entities import ORG, PERSON, PLACE, Entity, Mention
from .names import GIVEN_NAMES
from .nlp import Sentence

# Nouns for a person's family and personal agent: "Juninho's father", "Ortiz's
# wife". An organisation has none of them ("the club's sister club" is a compound).
KIN_NOUNS = {
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "parents",
    "grandchildren",
    "girlfriend",
    "boyfriend",
    "widow",
    "agent",
}


def kin_named(mentions: list[Mention], sentences: list[Sentence]) -> set[str]:
    """A one-word name the article gives a family or an agent ("Juninho's father was
    in the country") is a person known by that name alone, even where NER calls it an
    organisation. Dropped as a lone surname or typed as a body, the player could never
    be a who-said option and every "he" after his name was left without a referent,
    refusing the statements about him. Returns those names:
    known by one name alone ("Juninho"), they are people without a full name."""
    kin = set()
    for mention in mentions:
        if _named_speaker(mention, sentences[mention.sentence]):
            kin.add(mention.text)
            mention.type, mention.subtype = PERSON, ""
            continue
        if mention.type not in (ORG, PERSON) or " " in mention.text or mention.titles:
            continue
        if mention.type == ORG and (mention.subtype or mention.sure):
            continue  # "the club Rovers": typed from the words around it
        tokens = sentences[mention.sentence].tokens_between(mention.start, mention.end)
        if not tokens:
            continue
        last = tokens[-1]
        doc = last.doc
        if last.i + 2 >= len(doc) or doc[last.i + 1].text not in ("'s", "\u2019s"):
            continue
        noun = doc[last.i + 2]
        if noun.lower_ in KIN_NOUNS and noun.dep_ != "compound":
            kin.add(mention.text)
    for mention in mentions:
        if mention.type == ORG and mention.text in kin and not mention.subtype:
            mention.type = PERSON
    return kin


# Verbs whose subject after a quotation is its speaker: "..., said Sue."
SPEAKING = {"say", "tell", "add", "explain", "recall", "admit"}


def _named_speaker(mention: Mention, sentence: Sentence) -> bool:
    """Whether a lone given name is a person the article calls by it alone, as stories
    of families do ("his mother, Beth, told the Guardian", "..., said Sue."): it stands
    beside a kin noun, or speaks. Such a person had no entity at all, or was the
    Japanese town of Sue, so a story of three speakers had no "who said" question
    (Guardian copy, -105)."""
    if " " in mention.text or mention.titles or mention.text not in GIVEN_NAMES:
        return False
    if mention.type not in (PERSON, PLACE) or mention.subtype not in ("", "city"):
        return False
    tokens = sentence.tokens_between(mention.start, mention.end)
    if len(tokens) != 1:
        return False
    token = tokens[0]
    if token.dep_ == "appos" and token.head.lower_ in KIN_NOUNS:
        return True
    return token.dep_ == "nsubj" and token.head.lemma_ in SPEAKING and token.i > token.head.i


def given_named_people(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """ "Chelsea have sacked Adrian Mutu ..." with "Adrian" tagged a nationality and
    "Mutu" an organisation everywhere: a one-word name NER calls a body that the
    article writes straight after a common given name is that person's surname. Typed
    as a body, he could never be an option, and "he" after his name had no referent,
    refusing the sentences about him. Retypes those surnames as people and returns
    the full-name mentions to add. A full name NER itself calls a body ("John Lewis"
    the shop) or a place is left alone."""
    from .mentions import _NAME_TOKEN, _mention

    bodies = {
        m.text
        for m in mentions
        if m.type == ORG and " " not in m.text and not m.subtype and not m.sure
    }
    if not bodies:
        return []
    taken = {(m.start, m.end) for m in mentions}
    added, surnames = [], set()
    for sentence in sentences:
        offset = sentence.start - sentence.span.start_char
        for token in sentence.span[:-1]:
            after = token.nbor()
            if (
                token.text not in GIVEN_NAMES
                or after.text not in bodies
                or not _NAME_TOKEN.match(after.text)
                or (after.ent_iob_ == "I" and after.ent_type_ != "PERSON")  # "John Lewis"
                or gazetteer.lookup(f"{token.text} {after.text}") is not None
            ):
                continue
            span = token.doc[token.i : after.i + 1]
            mention = _mention(span, sentence, offset, PERSON)
            if (mention.start, mention.end) in taken:
                continue  # the full name typed already ("John Lewis", the store group)
            added.append(mention)
            surnames.add(after.text)
    for mention in mentions:
        if mention.type == ORG and mention.text in surnames and not mention.subtype:
            mention.type = PERSON
    return added


def mononym(mention: Mention, mononyms, people: list[Entity]) -> bool:
    """Whether an untitled one-word mention is a person known by that name alone (see
    kin_named) and not a namesake's surname: "Mr Oduya" beside only "Jenny
    Oduya" is left unresolved by entities._person on purpose, and stays so."""
    word = mention.text.lower()
    return (
        mention.text in mononyms
        and not mention.titles
        and not any(p.surname.lower() == word and " " in p.name for p in people)
    )
