"""Whether a name is worth a "who" or "where" question, and which options the
article itself rules out: judges of real news passed few name questions on a place
named once in passing, a bookmaker's odds, a passer-by's name, a name inside the
title of a show, or a place that stands for a tournament ("France 2007").

Each test takes the article's own reading; none looks a name up in a list of
famous people or places."""

import re

from .. import gazetteer, refer
from ..entities import PERSON, PLACE
from ..nlp import TEAM_SHEET
from .minor import main_actor

# A bookmaker's price: "2-1 favourite", "at 4-1", "odds of 40-1", "evens".
PRICE = re.compile(r"\b\d{1,3}-\d{1,3}\b|\bevens\b", re.IGNORECASE)
BETTING = re.compile(
    r"\b(?:odds|bookmakers?|bookies|betting|bets?|punters|favourite|outsider)\b", re.IGNORECASE
)


# A tipster's line under a racing story, opening on its race: "Wincanton 1.45: Paul
# Nicholls's Jubilee Alpha was a dual winner ..." (judges failed three such
# statements as a betting tip copied with its race-card label, -106).
RACE_CARD = re.compile(r"^[A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*)* \d{1,2}[.:]\d{2}:\s")


def betting(text: str) -> bool:
    """Whether a sentence gives bookmakers' odds ("X is now 3-1 favourite, followed by
    Y at 5-1") or a racing tip: who is priced at what is a side detail of the story,
    not who did what (criterion 7), and every option priced in the next sentence is
    ruled out by it. A score ("won 2-0") without a betting word, or a "favourite to
    succeed" without a price, is no such sentence."""
    return bool(PRICE.search(text) and BETTING.search(text)) or bool(RACE_CARD.match(text))


def passing_place(article, sentence, mention) -> bool:
    """Whether a place key is named only this once, outside the lead: "a 3-0 win in
    ___" for a side result of a story about another match, "reaching ___ 2010". A
    place the story keeps returning to (by any of its names, in any line of the
    article, its fixture lists too) or one the lead names is the story's own; a
    place said once in passing is a side detail (criterion 7), and its options are
    the gazetteer's, which a reader rules out by common knowledge."""
    if mention.type != PLACE or sentence.index <= 1:
        return False
    entity = mention.entity
    if len({m.sentence for m in entity.mentions}) >= 2:
        return False
    for name in entity.variants() | {entity.name}:
        found = re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", article.body)
        if len(found) >= 2:
            return False
    return _same_country_named(article, entity) < 2


def _same_country_named(article, entity) -> int:
    """How many sentences name the key's country by any of its names ("Britain"
    once and "the UK" once is twice)."""
    key = gazetteer.lookup(entity.name)
    if key is None or key.kind != gazetteer.COUNTRY or not key.country:
        return 1
    sentences = set()
    for other in article.of_type(PLACE, gazetteer.COUNTRY):
        place = gazetteer.lookup(other.name)
        if place is not None and place.country == key.country:
            sentences |= {m.sentence for m in other.mentions}
    return len(sentences)


# A place straight before a year names the event held there: "France 2007" is a
# World Cup, "Sydney 2000" the Olympics.
EVENT_YEAR = re.compile(r"^\s+(?:19|20)\d\d\b")


def event_name(after: str) -> bool:
    """Whether the blank is the host in an event's name ("reaching ___ 2010"): which
    country hosted a tournament is known without the article (criterion 3), and the
    host is not what the sentence tells."""
    return EVENT_YEAR.match(after) is not None


# "Show: ___", "Saga: ___": a capitalised word and a colon straight before the
# name; "Some Drama (BBC One)": a channel in brackets straight after it.
TITLE_BEFORE = re.compile(r"\b[A-Z][\w&'.-]*:\s*$")
CHANNEL_AFTER = re.compile(
    r"^\s*\((?:BBC|ITV|Channel|Sky|Radio|E4|More4|Five|S4C|UKTV|HBO|CBS|NBC|ABC|Fox)\b"
)


def in_title(article, sentence, mention) -> bool:
    """Whether the name is part of the title of a show, a film or a book ("its
    spin-offs, Show: Boston and Show: ___", "over ___ (BBC One)", "from The ___ Show"):
    the blank asks for a piece of a title, which is trivia or known to fans (criteria
    3 and 7), and the options the name's type supplies (states for a spin-off named after
    a city, people for a show named after its hero) are of the wrong sort."""
    before = article.body[sentence.start : mention.start]
    after = article.body[mention.end : sentence.end]
    if TITLE_BEFORE.search(before) or CHANNEL_AFTER.match(after):
        return True
    return any(
        e.label_ == "WORK_OF_ART"
        and e.start_char <= mention.start - _shift(sentence)
        and e.end_char >= mention.end - _shift(sentence)
        for e in sentence.span.ents
    )


def _shift(sentence) -> int:
    """Offset from the body to the parsed document the sentence's span belongs to."""
    return sentence.start - sentence.span.start_char


def role_after(sentence, mention) -> str | None:
    """The role an apposition after a person's name gives them ("___, creator of the
    cartoon, ..."), lower-cased; None if there is none. Like a role written before the
    blank, it tells the answer unless every option holds that role too."""
    if mention.type != PERSON:
        return None
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens:
        return None
    root = refer.name_root(tokens)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > root.i:
            return child.lemma_.lower()
    return None


# The roles of people in the street: a name with only these is a passer-by.
PUBLIC_ROLES = {
    "resident", "shopper", "customer", "fan", "visitor", "passer-by", "onlooker",
    "neighbour", "spectator", "viewer", "listener", "reader", "commuter", "motorist",
    "passenger", "local", "parent", "mother", "father", "pensioner", "student",
    "worker", "voter", "member", "tourist", "witness", "bystander",
}  # fmt: skip
SPEAKING = {"say", "add", "tell", "think", "feel", "agree", "believe", "reckon"}


def passer_by(article, sentence, mention) -> bool:
    """Whether a person key is someone from the street the reporter asked: never in
    the headline or the lead, never given a role beyond "resident" or "shopper", and
    named only as the speaker of an opinion ("X, who came to look at the stall,
    said he liked it"). Who said it is trivia; what the public made of
    it is the point (criterion 7)."""
    entity = mention.entity
    if mention.type != PERSON or main_actor(article, sentence, entity):
        return False
    if entity.titles:
        return False
    held = {word for word, holders in refer.roles(article).items() if entity in holders}
    if held - PUBLIC_ROLES:
        return False
    return all(
        m.in_quote or (m.dep == "nsubj" and m.head_lemma in SPEAKING) for m in entity.mentions
    )


# A match between national sides: "World Cup qualifying win", "Six Nations", "Euro 2004".
NATIONAL_SIDES = re.compile(
    r"\b(?:World Cup|[Qq]ualif(?:ier|iers|ying|ication)|Six Nations|Euro \d{4}"
    r"|[Ii]nternationals?|Commonwealth Games)\b"
)


def no_union_side(text: str, options: list[str]) -> list[str]:
    """In a sentence about national sides ("a 3-0 World Cup qualifying win in ___"),
    no "Britain" or "UK": England, Scotland, Wales and Northern Ireland play as
    themselves, so the union is an absurd option (criterion 5), and beside England it
    would hold another option."""
    if not NATIONAL_SIDES.search(text):
        return options
    kept = []
    for name in options:
        place = gazetteer.lookup(name)
        union = place is not None and place.country == "GB" and name not in gazetteer.UK_NATIONS
        if not (union and place.kind == gazetteer.COUNTRY):
            kept.append(name)
    return kept


# A match report: a score in its headline ("Man City 0-2 Man Utd") or a team sheet in its
# body ("Subs Not Used: Howard, Bellion.", nlp.TEAM_SHEET).
SCORE_HEADLINE = re.compile(r"\S\s+\d{1,2}-\d{1,2}\s+\S")
# The goals of a match: who scored, who put a side ahead, who made the winner.
GOAL = re.compile(
    r"\b(?:scor\w*|goals?|winner|equali[sz]\w*|opener|ahead|in front|lead|"
    # A penalty, not the area it is given in ("a cross into the penalty area", -87).
    r"penalty(?!\s+(?:area|box))|"
    r"hat-trick|brace|rout|levell?ed|sealed|clinched|wrapped up|net|"
    r"(?:head|headed|tap|tapped|tapping|fired|slotted|stroked|drove|smashed|volleyed)"
    r" (?:home|in))\b",
    re.IGNORECASE,
)


def match_report(article) -> bool:
    """Kept on the article: every figure, statement and name question asks."""
    found = article.__dict__.get("_match_report")
    if found is None:
        found = bool(SCORE_HEADLINE.search(article.title) or TEAM_SHEET.search(article.body))
        article.__dict__["_match_report"] = found
    return found


def play_not_goal(article, sentence) -> bool:
    """Whether a sentence of a match report tells a moment of play other than a goal: a
    save, a pass, a free kick, a blocked shot. Judges passed most questions on who scored
    and failed most on these (2026.11-75): the options from both sides and both goals
    are ruled out by position ("a goalkeeper had a shot blocked"), team or role (a
    manager marshalling a striker), and the moment itself is a side detail."""
    return (match_report(article) or play_told(article)) and not GOAL.search(sentence.text)


# Words only an account of play uses: a report with several is a match report even
# without a score in its headline or a team sheet ("Michael Gardyne delivered a cross
# into the penalty area", "Graham was able to steer a header over the stranded ___":
# judges failed 8 of 13 name questions on such moments, 2026.11-86).
PLAY_WORDS = re.compile(
    r"\b(?:half-time|first half|second half|free-kick|free kick|penalty area|header|"
    r"crossbar|goalkeeper|striker|winger|midfielder|equaliser|"
    r"red card|yellow card|sin-bin|sin bin|offside|scrum|line-out|conversion|"
    r"touched down|tries|break point|set point|tie-break|forehand|backhand)\b",
    re.IGNORECASE,
)
PLAY_WORDS_ENOUGH = 3


def play_told(article) -> bool:
    """Whether the body tells play as it happened: PLAY_WORDS_ENOUGH different words of
    play (kept on the article)."""
    found = article.__dict__.get("_play_told")
    if found is None:
        words = {m.group(0).lower() for m in PLAY_WORDS.finditer(article.body)}
        found = len(words) >= PLAY_WORDS_ENOUGH
        article.__dict__["_play_told"] = found
    return found


# Play at a goalkeeper: saves, blocks, a shot gathered or tipped over.
KEEPER_PLAY = re.compile(
    r"\b(?:saves?|saved|block(?:s|ed)?|gathered|parried|tipped|off (?:his|the) line|"
    r"(?:goal)?keeper)\b",
    re.IGNORECASE,
)


def keeper_play(article, sentence) -> bool:
    """Whether a sentence of a match report tells of a save or a block and no goal: "his
    first-time effort was gathered by the United keeper", "Halliwell did well to come
    off his line and block Bellamy's effort". Judges failed such statements as stray
    details of play (2026.11-76)."""
    return play_not_goal(article, sentence) and KEEPER_PLAY.search(sentence.text) is not None


# Where a match report shows a goalkeeper: "a double save from Dudek", "a good stop
# from Esson", "past Cech", "keeper Roy Carroll", "Halliwell ... saved".
SAVE_FROM = r"\b(?:save|saves|stop|block)\s+(?:from|by)\s+"
# "smashed a left-foot volley past Cech": past the keeper, after a shot ("skipped past
# Brown" is a defender).
BEATEN = (
    r"\b(?:shot|drive|volley|header|strike|effort|fired|smashed|curled|slotted|rifled"
    r"|lashed|chipped|tucked|drilled|head|headed|volleyed)\b[^.;]{0,40}?\b(?:past|beyond)\s+"
)
KEEPER_VERBS = re.compile(r"^\s+(?:saved|parried|tipped|palmed|gathered|punched|clawed)\b")
# Who runs a game rather than plays it.
OFFICIAL_ROLES = {"referee", "umpire", "linesman"}
# Roles off the pitch: none of them scores.
OFF_THE_PITCH = {"boss", "manager", "coach", "chairman"} | OFFICIAL_ROLES
KEEPER_ROLES = {"keeper", "goalkeeper"}


def keepers(article) -> set[int]:
    """The ids of the people a match report shows in goal (kept on the article, as
    refer.roles is: every name question asks)."""
    cache = article.__dict__.get("_keepers")
    if cache is not None:
        return cache
    found = {id(e) for word in KEEPER_ROLES for e in refer.roles(article).get(word, ())}
    for person in article.people:
        for mention in person.mentions:
            sentence = article.sentences[mention.sentence]
            before = article.body[sentence.start : mention.start]
            after = article.body[mention.end : sentence.end]
            if re.search(
                rf"(?:{SAVE_FROM}|{BEATEN})$", before, re.IGNORECASE
            ) or KEEPER_VERBS.match(after):
                found.add(id(person))
    article.__dict__["_keepers"] = found
    return found


def not_scorers(article) -> set[int]:
    """The ids of the people a match report shows in goal or off the pitch: no option
    for who scored (judges failed goalkeepers and managers offered as scorers and
    passers, 2026.11-75 and -76)."""
    roles = refer.roles(article)
    return keepers(article) | {id(e) for word in OFF_THE_PITCH for e in roles.get(word, ())}


def officials(article) -> set[int]:
    """The ids of the people the article calls a referee or an umpire: never an option
    beside the players, nor a player beside them (judges failed a referee offered as
    the one penalised, and players as the one who awarded a free kick, 2026.11-86)."""
    roles = refer.roles(article)
    return {id(e) for word in OFFICIAL_ROLES for e in roles.get(word, ())}


def keeper(article, person) -> bool:
    return id(person) in keepers(article)
