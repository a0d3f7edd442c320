"""Which country's side a speaker is on, as the article tells it ("China's Ministry of
Commerce ... said ministry spokesman Chen Jianguo"): a quotation that argues for a
country other than the story's own ("Chinese textile companies are competing fairly")
is read off the options when its speaker is the only one the article ties to it."""

import re

from .. import gazetteer
from .common import DEMONYMS

QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:['\u2019]s)?")


def _country(word: str) -> str:
    """The ISO code of the country a word names or is the adjective of, or ""."""
    word = re.sub(r"['\u2019]s$", "", word)
    names = [DEMONYMS[word.lower()].title()] if word.lower() in DEMONYMS else [word]
    if word.endswith("n") and " " not in word:
        # "Russian", "Kenyan", "German", "Italian": the adjective without its ending;
        # "Ukrainian", "Palestinian" (-128).
        names += [word[:-1], word + "y", word[:-3] + "y", word[:-3] + "e"]
    for name in names:
        place = gazetteer.lookup(name)
        if place is not None and place.kind == gazetteer.COUNTRY:
            return place.country
    return ""


def countries(text: str, owned: bool = False) -> set[str]:
    """Countries text names, by name or adjective; with owned, only as an owner or an
    adjective ("China's ministry", "a Chinese spokesman"), not "imports from China"."""
    found = set()
    for match in CAPITALISED.finditer(text):
        words = match.group()
        for word in (words, *words.split()):
            plain = re.sub(r"['\u2019]s$", "", word)
            if owned and not (word != plain or plain.lower() in DEMONYMS):
                continue
            code = _country(word)
            if code:
                found.add(code)
                break
    return found


def _ties(article, entity) -> set[str]:
    """Countries the article makes a person's own: in the words around each mention
    outside quotation marks (its sentence and the one before)."""
    found = set()
    for mention in entity.mentions:
        if mention.in_quote:
            continue
        for index in (mention.sentence - 1, mention.sentence):
            if index >= 0:
                text = QUOTED.sub(" ", article.sentences[index].text)
                found |= countries(text, owned=True)
    return found


def lone_side(article, quote: str, key, others: list, home: str) -> bool:
    """Whether the quotation speaks for a country that the article ties to the key and
    to none of the other options: one not home, the story's own, or home itself when
    the titles say so (see _lone_at_home)."""
    argued = countries(quote) - {""}
    if not argued:
        return False
    mine = _ties(article, key) & argued - {home}
    if mine and not any(_ties(article, other) & mine for other in others):
        return True
    if home not in argued or not OUR_SIDE.search(quote):
        return False
    return _lone_at_home(article, key, others, home)


def _lone_at_home(article, key, others: list, home: str) -> bool:
    """The story's own country: everyone may be of it, told or not. Only when the key's
    title gives that country and no other option's does, while another's gives another
    country, is the key alone on its side ("our operations are purely a security matter
    for Ukraine": Ukrainian President Volodymyr Zelensky beside Russian President
    Vladimir Putin and two Russian governors, judges, -128)."""
    if home not in titled(article, key):
        return False
    titles = [titled(article, other) for other in others]
    return not any(home in t for t in titles) and any(titles)


def titled(article, entity) -> set[str]:
    """Countries named in the words of a title straight before the person's name,
    outside quotation marks: "Ukrainian President Volodymyr Zelensky", "Russia's Kursk
    region acting governor Alexey Smirnov"."""
    found = set()
    for mention in entity.mentions:
        if mention.in_quote:
            continue
        sentence = article.sentences[mention.sentence]
        offset = sentence.start - sentence.span.start_char
        before = [t for t in sentence.span if t.idx + offset < mention.start]
        words = []
        for token in reversed(before):
            if token.pos_ not in ("PROPN", "NOUN", "ADJ", "PART") and token.tag_ != "VBG":
                break
            words.insert(0, token.text_with_ws)
        found |= {_country(w.strip()) for w in words} - {""}
    return found


def home(article, fallback: str) -> str:
    """The story's own country: the first the headline names ("Portuguese textile jobs
    hit by China"), else fallback."""
    for match in CAPITALISED.finditer(article.title):
        for word in (match.group(), *match.group().split()):
            code = _country(word)
            if code:
                return code
    return fallback


# "We", "us", "our": the speaker talks for a side.
OUR_SIDE = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)


# A side named as the one played: "Scotland came at us", "against France", "beat Italy".
AGAINST = re.compile(
    r"\b(?:against|beat|beating|face|facing|played|playing)\s+(?P<played>[A-Z][a-z]+)"
    r"|\b(?P<playing>[A-Z][a-z]+)\s+(?:\w+\s+){0,2}(?:at|against|past|beat)\s+us\b"
    # "we are engaging with the Ukrainians": a people spoken of as others (judges, -128).
    r"|\bthe\s+(?P<people>[A-Z][a-z]+(?:ans|ese|is))\b"
)


def opponents(quote: str) -> set[str]:
    """Countries a quotation in the first person plural names as the other side:
    "Scotland came at us hard" is not said by Scotland's coach."""
    if not OUR_SIDE.search(quote):
        return set()
    found = set()
    for match in AGAINST.finditer(quote):
        people = match.group("people")
        code = _country(people[:-1] if people and people.endswith("s") else people or "")
        code = code or _country(match.group("played") or match.group("playing") or "")
        if code:
            found.add(code)
    return found


def named_beside(article, entity) -> set[str]:
    """Countries named in the sentences that name the person, outside quotation marks
    ("Scotland coach Ian Brodie"): the side a player or coach is on."""
    found = set()
    for mention in entity.mentions:
        if not mention.in_quote:
            found |= countries(QUOTED.sub(" ", article.sentences[mention.sentence].text))
    return found
