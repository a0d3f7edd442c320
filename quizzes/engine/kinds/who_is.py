"""Who is who: "According to the article, who is Jack Law?", answered by the role the
article gives him ("the chief executive of Alcohol Focus Scotland") among the roles it
gives its other people ("the political editor of The Scotsman").

A news story introduces each person once, by a title before the name ("Scotsman
journalist Hamish MacDonell") or a description after it ("Jack Law, chief executive
of Alcohol Focus Scotland,"), and then leans on that introduction: a reader who
missed it cannot tell whose view is whose. Like "who said it", the question tests
who is who in the story; its options come from the story itself, so each is of the
right sort and none is true of the person asked about.

Only roles a reader can hold on to: a job or a position, named by one of ROLE_HEADS,
whole (ending where the sentence's punctuation ends it), and never leaning on
another sentence ("his counterpart", "the firm's chairman"). Heads of state and
government are left out: the student may know who the French president is without
reading a word (rubric 3); so are posts held before the story ("a former minister").
All the "who is" questions of an article draw on one pool of roles, so a set takes
one (rank.MAX_WHO_IS).
"""

import re
from dataclasses import dataclass

from ..article import Article
from ..drafts import WHO_IS
from ..entities import ORG_NOUNS, PERSON, Entity
from ..gender import SEXED_NOUNS, gender
from ..nlp import Sentence, common_noun
from ..refer import GENERIC_ORG
from .common import Candidate, _capitalised_inside, draft, in_headline
from .worth import formula

MAX_WORDS = 9
# The words that end a role, as the article writes it before or after a name.
ROLE_HEADS = {
    "executive", "director", "chairman", "chairwoman", "chair", "chief", "head",
    "president", "minister", "secretary", "leader", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "economist", "strategist", "editor", "journalist",
    "correspondent", "reporter", "writer", "author", "novelist", "founder", "manager",
    "coach", "captain", "lawyer", "solicitor", "barrister", "inspector", "officer",
    "official", "governor", "mayor", "senator", "mp", "campaigner", "psychologist",
    "scientist", "researcher", "professor", "lecturer", "expert", "consultant",
    "adviser", "advisor", "commissioner", "ambassador", "partner", "owner", "boss",
    "producer", "actor", "actress", "singer", "presenter", "broadcaster", "thrower",
    "runner", "sprinter", "athlete", "striker", "goalkeeper", "midfielder", "defender",
    "winger", "champion", "medallist", "treasurer", "trustee", "deputy", "engineer",
    "designer", "developer", "teacher", "surgeon", "doctor", "inventor",
    "entrepreneur", "banker", "investor", "publisher", "critic", "columnist",
    "historian", "organiser", "representative", "chancellor", "vaulter", "jumper",
    "hurdler", "cyclist", "swimmer", "boxer", "jockey", "trainer", "referee",
    "umpire", "chairperson", "principal", "dean", "vice-president", "vice-chairman",
    "curator", "architect", "playwright", "director-general", "secretary-general",
}  # fmt: skip
# Roles one person holds in the organisation named: "the chief executive", against
# "an economist" among many.
ONE_HOLDER = {
    "executive", "director", "chairman", "chairwoman", "chair", "chief", "head",
    "president", "secretary", "leader", "editor", "founder", "manager", "coach",
    "captain", "governor", "mayor", "boss", "treasurer", "chancellor", "principal",
    "dean", "chairperson", "director-general", "secretary-general", "vice-chairman",
    "vice-president",
}  # fmt: skip
# Posts held for someone, which a role names only with whom: "a spokesman" for whom?
RELATIONAL = {
    "minister", "spokesman", "spokeswoman", "spokesperson", "official", "officer",
    "adviser", "advisor", "deputy", "representative", "partner", "owner",
}  # fmt: skip
# A post held before the story.
PAST = re.compile(r"\b(?:former|ex-|one-time|erstwhile|then)\b", re.IGNORECASE)
# The article's own reporters: a byline, not a part in the story (rubric 7).
REPORTERS = {"correspondent", "reporter", "journalist", "editor"}
# Posts written with a capital before a name, one holder each: "Planning Minister".
TITLED = {"minister", "secretary", "commissioner", "ambassador", "governor"}
# Posts held by members of parliament, of whom "an MP" is true as well.
POLITICAL = {
    "leader", "minister", "secretary", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "deputy", "chairman", "chairwoman", "chair", "mp",
}  # fmt: skip
# Heads of state and government: known without the article.
KNOWN_ROLES = re.compile(
    r"\b(?:prime\s+minister|president|premier|chancellor|king|queen|pope|prince|princess)\b"
    r"(?!\s+(?:of|for|at)\b)",
    re.IGNORECASE,
)
# A role that needs another sentence to say whose or which ("his counterpart", "the
# firm's chairman", "the same club").
LEANING = re.compile(
    r"\b(?:his|her|its|their|our|my|your|same|counterpart|colleague|predecessor|successor)\b",
    re.IGNORECASE,
)
# "the magazine's editor", "president of the division at the firm": which magazine?
PLACES_OF_WORK = ORG_NOUNS | GENERIC_ORG | {
    "club", "team", "side", "body", "party", "government", "country", "city", "bank",
    "department", "division", "unit", "board", "committee", "council", "school",
    "university", "hospital", "court", "show", "programme", "film", "band",
}  # fmt: skip
# Words for the honour, not the job, written before a name.
HONOURS = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "professor", "prof"}
# Words that open a role in lower case ("Sports psychologist Hugh Richards"), besides
# the role words themselves ("Novelist Arthur Hailey").
LOWER_OPENERS = {
    "shadow", "acting", "interim", "deputy", "senior", "junior", "assistant", "joint",
    "sports", "communications", "marketing", "finance", "research", "pole", "javelin",
    "discus", "hammer", "triple", "long", "high", "distance", "marathon", "club",
    "team", "union", "party", "government", "opposition", "veteran", "chief",
}  # fmt: skip
# Words that open a role but never a name.
NEVER_NAMED = {"incoming", "outgoing", "acting", "interim"}
# Where a description after a name ends: the sentence's punctuation, or its end.
CLOSERS = {",", ".", ";", ":", "-", "\u2013", "\u2014", ")", "!", "?"}
MODIFIERS = {"compound", "amod", "poss", "case", "nmod", "det"}


@dataclass(frozen=True)
class Role:
    person: Entity
    text: str  # as an option reads: "the chief executive of Alcohol Focus Scotland"
    head: str
    sentence: Sentence


def candidates(article: Article) -> list[Candidate]:
    roles = _roles(article)
    result = []
    for name, own in roles.items():
        role = own[0]
        if not _has_a_part(role.person):
            continue
        if role.head in REPORTERS:
            continue  # "a BBC correspondent": who reports the story, not who is in it
        if all(formula(article.sentences[m.sentence]) for m in role.person.mentions):
            continue  # "Jason Maloni, a spokesman for Manafort, declined to comment" (-95)
        if in_headline(article.title, role.person.variants()):
            # "Collins named UK Athletics chief": the story is what he becomes, which
            # the description that introduces him ("psychologist Dave Collins") is not
            # (judges, 2026.11-80).
            continue
        rivals = [r for other, rs in roles.items() if other != name for r in rs[:1]]
        distractors = _distractors(article, role, own, rivals)
        if len(distractors) < 2:
            continue
        stem = f"According to the article, who is {name}?"
        explanation = f'The article says: "{role.sentence.text}" {name} is {role.text}.'
        score = 0.68 + 0.04 * (len(distractors) == 3) + 0.03 * (len(role.person.mentions) > 1)
        result.append(
            Candidate(
                draft(WHO_IS, stem, role.text, distractors, explanation, [role.sentence], score),
                role.sentence.index,
                role.sentence.third,
                f"role:{name}",
                name,
            )
        )
    return result


def _has_a_part(person: Entity) -> bool:
    """Named more than once, or the subject of a clause: not "has worked with javelin
    thrower Steve Backley", a name in passing whose role is no part of the story."""
    return len(person.mentions) > 1 or any(m.dep in ("nsubj", "nsubjpass") for m in person.mentions)


def _distractors(article: Article, role: Role, own: list[Role], rivals: list[Role]) -> list[str]:
    """Up to three other people's roles, nearest the key's length first: none the
    person asked about also holds, none naming that person, none of the other sex."""
    taken = {r.text.casefold() for r in own}
    sex = gender(article, role.person)
    names = role.person.variants()
    fair = []
    for rival in rivals:
        text = rival.text
        if text.casefold() in taken:
            continue
        if any(re.search(rf"\b{re.escape(v)}\b", text, re.IGNORECASE) for v in names):
            continue  # "Tomlinson's predecessor" offered for Tomlinson
        if rival.head == "mp" and role.head in POLITICAL:
            continue  # the Tory leader is a Conservative MP too
        bare_heads = (bare(text).casefold(), bare(role.text).casefold())
        if rival.head == role.head and role.head in bare_heads:
            continue  # "a senator" beside "a U.S. Senator": true of either (-92)
        sexed = {SEXED_NOUNS[w] for w in text.lower().split() if w in SEXED_NOUNS}
        if sexed and sexed != {sex}:
            continue  # a spokeswoman offered for a man
        if all(text.casefold() != f.casefold() for f, _ in fair):
            fair.append((text, rival.head))
    # "a Senator" beside "a Virginia senator": the bare one is true of the other's
    # holder too, so a student rules both out (judges, -93).
    fair = [
        (text, head)
        for text, head in fair
        if bare(text).casefold() != head or sum(h == head for _, h in fair) == 1
    ]
    fair = [text for text, _ in fair]
    size = len(role.text.split())
    fair.sort(key=lambda t: abs(len(t.split()) - size))
    fair = fair[:3]
    if not any(_definite(t) == _definite(role.text) for t in fair):
        return []  # "a legal adviser" the one "a" among "the" options gives itself away
    return fair


def _definite(role: str) -> bool:
    return not re.match(r"(?:an?)\s", role)


def bare(role: str) -> str:
    """The role without the article an option gives it: "chief executive of ..."."""
    return re.sub(r"^(?:the|an?)\s+", "", role)


def _roles(article: Article) -> dict[str, list[Role]]:
    """Each named person's roles, by name, in the order the article gives them."""
    found: dict[str, list[Role]] = {}
    capitals = _capitalised_inside(article)
    for person in article.of_type(PERSON):
        if not person.confirmed or len(person.name.split()) < 2:
            continue
        for mention in person.mentions:
            if mention.in_quote:
                continue
            sentence = article.sentences[mention.sentence]
            for text, head in _described(sentence, mention, capitals):
                role = Role(person, text, head, sentence)
                if all(r.text.casefold() != text.casefold() for r in found.get(person.name, [])):
                    found.setdefault(person.name, []).append(role)
    return found


def _described(sentence: Sentence, mention, capitals: set[str]) -> list[tuple[str, str]]:
    """(role, head word) for each fair description of the mention's person."""
    tokens = sentence.tokens_between(mention.start, mention.end)
    if not tokens:
        return []
    root = tokens[-1]
    found = []
    after = _after(sentence, root)
    if after is not None:
        found.append(after)
    before = _before(sentence, tokens[0], root, capitals)
    if before is not None:
        found.append(before)
    return [(text, head) for text, head in found if _fair(text)]


def _after(sentence: Sentence, root):
    """ "Jack Law, chief executive of Alcohol Focus Scotland, said ...": the description
    set off after the name, whole up to the punctuation that closes it."""
    span = sentence.span
    for child in root.children:
        if child.dep_ != "appos" or child.i <= root.i or child.pos_ != "NOUN":
            continue
        if span.doc[child.left_edge.i - 1].text != ",":
            return None
        words = list(span.doc[child.left_edge.i : child.right_edge.i + 1])
        end = child.right_edge.i + 1
        if end < span.end and span.doc[end].text not in CLOSERS:
            return None  # "a lawyer who ...": cut short
        if any(t.pos_ in ("VERB", "AUX", "PRON") or t.text in CLOSERS | {"("} for t in words):
            return None
        if child.lemma_.lower() not in ROLE_HEADS or child.tag_ == "NNS":
            return None
        text = span.doc[words[0].i : words[-1].i + 1].text
        return _with_article(text, words, child), child.lemma_.lower()
    return None


def _before(sentence: Sentence, first, root, capitals: set[str]):
    """ "Scotsman journalist Hamish MacDonell": the words before the name that
    describe it, from the nearest word back to the determiner or the clause's edge."""
    span = sentence.span
    words = []
    index = first.i - 1
    # "The Green Party's Holyrood leader Alison Rennie": the parse may hang the name
    # on the role as its apposition.
    owner = root.head if root.dep_ == "appos" and root.head.i == first.i - 1 else None
    while index >= span.start:
        token = span.doc[index]
        if owner is not None and token.i == owner.i:
            words.insert(0, token)
            index -= 1
            continue
        top = owner.i if owner is not None else root.i
        if token.dep_ not in MODIFIERS or not (token.i < token.head.i <= top):
            if not (token.dep_ == "case" and words):  # the "'s" of "the BBC's"
                break
        words.insert(0, token)
        if token.dep_ == "det":
            break
        index -= 1
    while words and words[-1].lower_ in HONOURS:
        words.pop()
    if not words or words[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    head = words[-1].lower_
    if head not in ROLE_HEADS or words[-1].tag_ in ("NNS", "NNPS"):
        return None
    if words[0].i > span.start and span.doc[words[0].i - 1].pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
        return None  # the run began earlier than the parse says
    text = span.doc[words[0].i : words[-1].i + 1].text
    opening = words[0].i == span.start
    common = words[0].lower_ in ROLE_HEADS | LOWER_OPENERS | PLACES_OF_WORK
    # "Legal adviser", but not "Arsenal boss", which the tagger may call an adjective.
    adjective = words[0].pos_ == "ADJ" and not common_noun(span.doc, words[0].lower_)
    common = common or adjective and not words[0].ent_type_
    if opening and words[0].lower_ in NEVER_NAMED:
        # "Incoming Federal Reserve chair Jerome Powell": "incoming" opens no name, so
        # "the incoming Federal Reserve chair" (judges failed the capital, -94).
        text = text[:1].lower() + text[1:]
    elif opening and common and not _named(words):
        # "Novelist Arthur Hailey", but "Arsenal boss", "Herald journalist": a word
        # that opens a sentence keeps its capital unless it is one of a role's own.
        text = text[:1].lower() + text[1:]
    elif opening and not _named(words) and words[0].pos_ != "PROPN":
        # "Home affairs spokesman" or "Arsenal boss"? Nothing tells a common word
        # from a name here, and either capital may be wrong (judges, 2026.11-80).
        if words[0].text not in capitals:
            return None
    return _with_article(text, words, words[-1]), head


def _named(words) -> bool:
    """Whether a role's opening word is part of a name, though it is a word a role may
    open on: "Liberal Democrat deputy leader", "Shadow Home Secretary", but not
    "Shadow home secretary" or "Committee chairman" (judges, 2026.11-82)."""
    if len(words) < 2:
        return False
    return words[1].text[:1].isupper()


def _with_article(text: str, words, head) -> str:
    """The role as an option reads: "the chief executive of ..." for a post one person
    holds, "an economist at ..." for one of many, as written when it has its own
    determiner or an owner ("GM's vice president")."""
    first = words[0].lower_
    if first in ("the", "a", "an"):
        return first + text[len(first) :]
    if any(t.dep_ == "case" and t.i < head.i for t in words):
        return text  # "GM's vice president", "Kenteris' lawyer"
    if (
        head.lower_ in ONE_HOLDER
        or first in ("chief", "head")
        or head.text.istitle()
        and head.lower_ in TITLED
    ):
        return "the " + text
    return f"{_indefinite(text)} {text}"


def _indefinite(text: str) -> str:
    """ "an economist", "a UK economist", "an MP", "a union official"."""
    word = text.split()[0]
    if word.isupper() and len(word) > 1:
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    if (
        word[:1].lower() in "aeio"
        or word[:1].lower() == "u"
        and not word.lower().startswith(("uni", "use", "usu"))
    ):
        return "an"
    return "a"


def _fair(text: str) -> bool:
    if len(text.split()) > MAX_WORDS or LEANING.search(text) or re.search(r"\d", text):
        return False
    if re.match(r"(?:now|also|then|a|an|the)\s", bare(text)):
        return False  # "a now a Miami defense lawyer": two descriptions run together (-93)
    if KNOWN_ROLES.search(text):
        return False  # "the French president": known without the article
    if PAST.search(text):
        return False  # "a former minister": what he was, not who he is in the story
    words = bare(text).split()
    if len(words) == 1 and words[0].lower() in ONE_HOLDER | RELATIONAL:
        return False  # "the leader", "a spokesman": of what, for whom?
    unnamed = re.findall(r"\bthe\s+([a-z]+)(?:'s?)?(?=\s|$)", text)
    return not any(word in PLACES_OF_WORK for word in unnamed)
