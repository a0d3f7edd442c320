"""Words whose news sense is plain in context, for "word in context" questions.

The words are listed in verbs.py, adjectives.py and nouns.py, one entry a line:
headword | part of speech | frames | definition | group | field | flags, with "-"
for the headword of a meaning offered only as a distractor; an indented line
carries on a long list of the line before. They are read once, at import.

Each entry: the headword, its part of speech, a short definition usable as an
option in the word's own grammatical form, and a meaning group. Words of one
group (plummet, slump, nosedive: "fall sharply") are never distractors for each
other; OPPOSITES pairs groups whose meanings are contrary, so a question can
offer one opposite. Only words whose news sense dominates are listed; a part of
speech or the words around it rule out the others ("hail from" is "come from").

A definition's head, the word that takes the headword's inflection, is written
in brackets ("sharply [cut]": "slashed" is "sharply cut"); without brackets it
is the first word. Verb frames say which sentences a definition reads right in:
i  no object ("sales plummeted")
t  an object ("scrapped the plan")
p  passive ("the plan was scrapped")
o  an object then "to" ("urged ministers to act")
n  "to" and a verb ("vowed to fight")
h  a clause ("insisted that ...")
Fields group meanings of one area: options come from the key's field first, a
noun for a person ("envoy") is offered only people's meanings, and a word of
violence or crime is never a distractor outside those fields ("the research
endorses our policy" offers no "kidnaps").
Flags: f the word takes its news sense only beside a figure or a quantity
("sales soared", not "the eagle soared"); u an uncountable noun; w a verb whose
object is a person ("sacked the manager"), never offered for a verb whose object is
an activity or a thing ("who oversees the testing" is never "who fires" it); not:a,b the
word is skipped when one of these words depends on it, governs it or follows it
("slammed the door", "hails from Leeds"); need:a,b the word is asked only with one
of these words ("a probe into", not "the Huygens probe"); of:a,b the sorts of thing
an adjective describes ("venture": a plan, product or business is viable, profitable
or out of date, never "very careful" or "hard to find"): an adjective with sorts is
offered only adjectives of one of its sorts, and is not asked without three; a noun
or an adjective without sorts (other than a noun for people) is not asked at all,
since options of other fields rarely fit its slot (see word_meaning). A noun's
sort is the kind of thing it names: "the apprenticeship levy was introduced" takes
another sum paid (a loan, a refund), never "lack", and never "state payment", which
a levy also is. A distractor-only meaning with sorts is offered only for words of
one of them ("loan" is too near a "handout"). A verb's sorts are what it compares
or acts on: "demand outstripped supply" (an amount) takes "matched" or "trailed",
never "bought" or "arranged", which need a buyer; "the dig uncovered a mosaic" (a
thing found) takes "destroyed" or "buried", never "denied", which needs a claim.
"""

import re
from dataclasses import dataclass

from . import adjectives, nouns, verbs

VERB, ADJECTIVE, NOUN = "verb", "adjective", "noun"


@dataclass(frozen=True)
class Meaning:
    headword: str
    pos: str
    frames: str
    definition: str  # with its head in brackets
    group: str
    field: str
    figure: bool = False  # needs a figure or a quantity in the sentence
    countable: bool = True
    avoid: tuple[str, ...] = ()  # words that give the headword another sense
    need: tuple[str, ...] = ()  # words one of which must go with the headword
    ask: bool = True  # False: a meaning offered only as a distractor
    describes: tuple[str, ...] = ()  # the sorts of thing an adjective describes
    whom: bool = False  # a verb whose object is a person


# Groups whose meanings are contrary: a question offers at most one of them.
OPPOSITES = [
    ("fall sharply", "rise sharply"),
    ("fall slightly", "rise slightly"),
    ("shrink", "grow"),
    ("worsen", "lessen"),
    ("thrive", "falter"),
    ("stall", "progress"),
    ("strengthen", "weaken"),
    ("encourage", "discourage"),
    ("increase", "scrap"),
    ("detain", "release"),
    ("acquit", "convict"),
    ("criticise", "praise"),
    ("reveal", "hide"),
    ("downplay", "exaggerate"),
    ("support", "reject"),
    ("reverse", "confirm"),
    ("profitable", "unprofitable"),
    ("slow", "quick"),
    ("strong", "fragile"),
    ("lasting", "brief"),
    ("buy", "sell"),
    ("flout", "obey"),
    ("remove", "restore"),
    ("critical", "praising"),
    ("cheerful", "gloomy"),
    ("prudent", "reckless"),
    ("hostile", "friendly"),
    ("illegal", "legal"),
    ("beginner", "expert"),
    ("critic", "supporter"),
    ("incentive", "deterrent"),
    ("gradual", "extreme"),
    ("shrinking", "growing"),
    ("hopeless", "hopeful"),
    ("exceed", "trail"),
    ("poor", "excellent"),
    ("costly", "cheap"),
    ("rich", "needy"),
    ("false", "genuine"),
    ("mild", "harsh"),
    ("thorough", "hasty"),
    ("unwilling", "eager"),
    ("complacent", "watchful"),
    ("dangerous", "harmless"),
    ("occasional", "constant"),
    ("imminent", "overdue"),
    ("temporary", "permanent"),
    ("important", "minor"),
    ("small", "large"),
    ("secret", "public"),
    ("famous", "unknown"),
    ("widespread", "rare"),
    ("exodus", "influx"),
    ("shortage", "surplus"),
    ("ban", "permission"),
    ("outcry", "backing"),
    ("setback", "breakthrough"),
    ("failure", "success"),
    ("enemy", "friend"),
    ("contender", "underdog"),
]
OPPOSITE = {a: b for a, b in OPPOSITES} | {b: a for a, b in OPPOSITES}

# Verbs whose past forms are irregular: base -> (past, past participle).
IRREGULAR = {
    "fall": ("fell", "fallen"),
    "rise": ("rose", "risen"),
    "grow": ("grew", "grown"),
    "shrink": ("shrank", "shrunk"),
    "go": ("went", "gone"),
    "become": ("became", "become"),
    "get": ("got", "got"),
    "do": ("did", "done"),
    "bring": ("brought", "brought"),
    "cut": ("cut", "cut"),
    "put": ("put", "put"),
    "set": ("set", "set"),
    "hold": ("held", "held"),
    "uphold": ("upheld", "upheld"),
    "withhold": ("withheld", "withheld"),
    "take": ("took", "taken"),
    "lead": ("led", "led"),
    "find": ("found", "found"),
    "withdraw": ("withdrew", "withdrawn"),
    "give": ("gave", "given"),
    "fight": ("fought", "fought"),
    "pay": ("paid", "paid"),
    "lose": ("lost", "lost"),
    "break": ("broke", "broken"),
    "forbid": ("forbade", "forbidden"),
    "oversee": ("oversaw", "overseen"),
    "forgo": ("forwent", "forgone"),
    "make": ("made", "made"),
    "beat": ("beat", "beaten"),
    "build": ("built", "built"),
    "run": ("ran", "run"),
    "hit": ("hit", "hit"),
    "sell": ("sold", "sold"),
    "buy": ("bought", "bought"),
    "overthrow": ("overthrew", "overthrown"),
    "throw": ("threw", "thrown"),
    "win": ("won", "won"),
    # Definitions and options use these too: "hided" was drafted (blind49).
    "hide": ("hid", "hidden"),
    "steal": ("stole", "stolen"),
    "sit": ("sat", "sat"),
    "say": ("said", "said"),
    "stand": ("stood", "stood"),
    "come": ("came", "come"),
}
# Verbs of more than one syllable that double their last consonant before -ed and
# -ing (British spelling); one-syllable verbs are found by ONE_SYLLABLE_CVC.
DOUBLED = {
    "deter", "kidnap", "admit", "fuel", "cancel", "rebel", "compel", "rebut", "abet",
    "annul", "incur", "level", "spiral", "acquit", "regret", "commit", "permit", "omit",
    "refer", "prefer", "control", "signal", "label", "forbid", "extol", "outstrip",
    "quarrel",
}  # fmt: skip
# A one-syllable verb ending consonant, vowel, consonant ("get", "scrap", "plan").
ONE_SYLLABLE_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


def _parse(text: str) -> list[Meaning]:
    meanings = []
    # An indented line carries on the list of the line before it.
    text = re.sub(r"\n[ \t]+", "", text.strip())
    for line in text.splitlines():
        headword, pos, frames, definition, group, field, flags = (
            part.strip() for part in line.split("|")
        )
        avoid = re.search(r"not:(\S+)", flags)
        need = re.search(r"need:(\S+)", flags)
        describes = re.search(r"of:(\S+)", flags)
        meanings.append(
            Meaning(
                headword=headword if headword != "-" else "",
                pos=pos,
                frames=frames if frames != "-" else "",
                definition=definition,
                group=group,
                field=field,
                figure="f" in flags.split(),
                countable="u" not in flags.split(),
                avoid=tuple(avoid.group(1).split(",")) if avoid else (),
                need=tuple(need.group(1).split(",")) if need else (),
                ask=headword != "-",
                describes=tuple(describes.group(1).split(",")) if describes else (),
                whom="w" in flags.split(),
            )
        )
    return meanings


MEANINGS: tuple[Meaning, ...] = tuple(
    meaning for part in (verbs, adjectives, nouns) for meaning in _parse(part.ENTRIES)
)
# (headword, part of speech) -> its meaning, for the words a question may ask about.
BY_WORD: dict[tuple[str, str], Meaning] = {(m.headword, m.pos): m for m in MEANINGS if m.ask}
HEADWORDS = frozenset(m.headword for m in MEANINGS if m.ask)


# Each written form of a headword -> the meanings and tags it may stand for.
FORMS: dict[str, list[tuple["Meaning", str]]] = {}


def verb_form(base: str, tag: str) -> str:
    """base inflected for a Penn verb tag: ("fall", "VBD") -> "fell"."""
    if tag in ("VB", "VBP"):
        return base
    if tag == "VBZ":
        if base in ("go", "do"):
            return base + "es"
        if re.search(r"(?:s|x|z|ch|sh|[^aeiou]o)$", base):
            return base + "es"
        if re.search(r"[^aeiou]y$", base):
            return base[:-1] + "ies"
        return base + "s"
    if tag == "VBG":
        if _doubles(base):
            return base + base[-1] + "ing"
        if base in ("die", "lie", "tie"):
            return base[:-2] + "ying"
        if base.endswith("ie"):
            return base + "ing"  # "stymieing"
        if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
            return base[:-1] + "ing"
        return base + "ing"
    if base in IRREGULAR:
        return IRREGULAR[base][0 if tag == "VBD" else 1]
    if _doubles(base):
        return base + base[-1] + "ed"
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    return base + "ed"


def _doubles(base: str) -> bool:
    """Whether the last consonant doubles before "-ing"/"-ed" ("get" -> "getting")."""
    return base in DOUBLED or ONE_SYLLABLE_CVC.fullmatch(base) is not None


def plural(noun: str) -> str:
    if noun == "person":
        return "people"
    if re.search(r"(?:s|x|z|ch|sh)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


def word_form(meaning: Meaning, tag: str) -> str:
    """How the headword is written for tag: what a sentence's word must match."""
    if meaning.pos == VERB:
        return verb_form(meaning.headword, tag)
    if meaning.pos == NOUN and tag == "NNS":
        return plural(meaning.headword)
    return meaning.headword


def definition_for(meaning: Meaning, tag: str) -> str:
    """The definition in the grammatical form tag asks for: "[fall] sharply" for
    VBD is "fell sharply"; a plural noun's definition is plural too."""
    match = re.search(r"\[(\w+)\]", meaning.definition)
    if match is None:
        return meaning.definition
    head = match.group(1)
    if meaning.pos == VERB:
        head = verb_form(head, tag)
    elif meaning.pos == NOUN and tag == "NNS":
        head = plural(head)
    return meaning.definition[: match.start()] + head + meaning.definition[match.end() :]


def _index() -> None:
    tags = {VERB: VERB_TAGS, NOUN: ("NN", "NNS"), ADJECTIVE: ("JJ",)}
    for meaning in BY_WORD.values():
        for tag in tags[meaning.pos]:
            if tag == "NNS" and not meaning.countable:
                continue
            FORMS.setdefault(word_form(meaning, tag), []).append((meaning, tag))


_index()
