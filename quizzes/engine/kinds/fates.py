"""Who the article says has died (the victims of a crash, a donor "who died in
March") and who it makes the accused of a criminal case. Neither is a believable
option for what the judge, the police or the families did or said ("Who adjourned
sentencing?", "Who praised the families?"), unless the answer shares that fate."""

import re

from ..entities import PERSON

DIED = (
    r"(?:died|was killed|were killed|drowned|was shot dead|were shot dead"
    r"|was murdered|were murdered|was beheaded|were beheaded|committed suicide"
    r"|is killed|is survived by|was survived by"
    r"|(?:killed|hanged) (?:himself|herself)|took (?:his|her) own life)"
)
# "Sophie Marsden, 16, and Kelly Agnew, 17, were killed": the name then its fate.
FATE_AFTER = re.compile(
    rf"^(?:,\s*(?:aged\s+)?\d+,)?\s+(?:and\s+[^.;]{{0,40}}?\s+)?{DIED}\b"
    # "Arthur Penrose, a textile manufacturer who died in March".
    rf"|^,\s+(?:an?|the)\s[^,.;]{{0,60}}?\bwho\s+(?:had\s+)?{DIED}\b"
    # "French teacher Michel Duval, who was murdered in May".
    rf"|^,\s+who\s+(?:had\s+)?{DIED}\b"
    # "a picture of Mr van Gogh's body", "Joseph Scholes, who hanged himself".
    r"|^['\u2019]s\s+(?:dead\s+)?body\b"
)
# "the death of X", "killed X", "the killing of the Dutch film maker X", "murdered
# PSNI officer X" (judges failed him offered as the speaker at his own funeral, -86),
# "the fatal shooting of X" (offered as deciding on a student's discipline, -104).
FATE_BEFORE = re.compile(
    r"\b(?:death|deaths|killing|murder|body|assassination|fatal\s+(?:shooting|stabbing))"
    r"\s+of\s+(?:[\w-]+\s+){0,4}$|\bkilled\s+$"
    r"|\b(?:murdered|slain)\s+(?!(?:by|in|at|on|for|with|after)\b)(?:[\w-]+\s+){0,3}$"
)
# "the late DJ X", "for late singer X", "his late father X", "playing late screen
# legend X": dead, so never the one who does what the story says happens now, nor a
# believable speaker of an acceptance speech. Two ways in: after "the", "his" and the
# like, or after punctuation, any one or two words (any case) before the name; after
# any other word but an article, one or two lower-case words naming a role. Not "a
# late winner by X", "a late substitute X" (a goal or a player that came late in a
# match) or "arrived late yesterday, and X" (a time, then a word joining clauses).
LATE_BEFORE = re.compile(
    r"(?i:(?:\b(?:the|for|of|and|as|his|her|their)\s+|[.,;:\n]\s*)late\s+"
    r"(?:(?!(?:by|from|for|of|to|with|on|in|at|substitute|winner|goal|equaliser)\b)"
    r"[\w.-]+\s+){0,3}$)"
    r"|(?<![\w-])(?<!\b[Aa] )(?<!\b[Aa]n )late\s+"
    r"(?:(?!(?:by|from|for|of|to|with|on|in|at|substitute|winner|goal|equaliser|"
    r"strike|header|penalty|show|night|call|run|surge|rally|flurry|push|"
    r"yesterday|today|tonight|last|this|next|and|but|or|as|when|after|so|that|the)\b)"
    r"[a-z][\w-]*\s+){1,2}$"
)
# "Both girls died at the scene.": the people the sentence before made its subject.
FATE_NEXT = re.compile(rf"^(?:Both|All|The two|The three|He|She|They)\b[^.;]{{0,40}}?\b{DIED}\b")


def died(article, person) -> bool:
    """Whether the article says this person died."""
    return (
        _told_of(article, person, _told_dead)
        or _called_late(article, person)
        or _death_told(article, person)
    )


def _death_told(article, person) -> bool:
    """ "three years after Chávez's death", "since the death of Hugo Chávez": the
    article tells the death in passing (judges failed Chávez as the speaker of a
    villager's words, -107)."""
    # Only the words around each "death", found by plain search: a pattern run over
    # the whole body for every person cost half a millisecond a call.
    body = article.body.lower()
    near, at = [], body.find("death")
    while at >= 0:
        near.append(body[max(0, at - 60) : at + 70])
        at = body.find("death", at + 5)
    # The full name or the surname, never the given name alone ("the death of George
    # Floyd" tells nothing of George Osborne).
    for name in {person.name, person.name.split()[-1]}:
        if len(name) < 4 or not any(name.lower() in text for text in near):
            continue
        name = re.escape(name)
        told = re.compile(
            rf"(?<![\w-]){name}(?:'s|\u2019s)\s+death\b|\bdeath of (?:\w+ )?{name}\b",
            re.IGNORECASE,
        )
        if any(told.search(text) for text in near):
            return True
    return False


def _called_late(article, person) -> bool:
    """Whether the article calls the person "the late X" anywhere, even where the
    parser did not take the name for a person ("for late DJ X's show")."""
    for name in person.variants() | {person.name}:
        if len(name) < 4 or name not in article.body:
            continue
        for found in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", article.body):
            before = article.body[max(0, found.start() - 40) : found.start()]
            if LATE_BEFORE.search(before):
                return True
    return False


def _told_dead(article, mention) -> bool:
    sentence = article.sentences[mention.sentence]
    if FATE_AFTER.search(article.body[mention.end : sentence.end]):
        return True
    if FATE_BEFORE.search(article.body[sentence.start : mention.start]):
        return True
    if mention.sentence + 1 >= len(article.sentences):
        return False
    following = article.sentences[mention.sentence + 1].text
    if not FATE_NEXT.match(following) or mention.dep not in ("nsubj", "nsubjpass", "conj"):
        return False
    if re.match(r"(?:He|She)\b", following):
        # "He died": the one person the sentence before names.
        people = {id(m.entity) for m in article.mentions_in(sentence) if m.type == PERSON}
        return len(people) == 1
    return True


# What a court or the police did to the accused, told straight after the name
# ("Darren Whitcombe, 34, of Radstock, had denied the charges") or before it
# ("remanded Whitcombe in custody").
# "denied the charges", "admitted 14 charges", "denied all charges".
OFFENCE = (
    r"(?:the |\S+ )?"
    r"(?:charges?|offences?|allegations?|murder|manslaughter|assault|theft|causing)"
)
# A sport's disciplinary case ("Mutu had failed a drugs test"): the player faces a
# ban as the accused faces a court, and no more says what his club or the testers did
# ("Who said the club was right to sack him?").
DOPING = r"failed (?:a |an |his )?(?:drugs? |doping )test|tested positive"
ACCUSED_AFTER = re.compile(
    r"^(?:,[^.;]{0,100},)?\s+(?:has been |have been |had been |was |were |had |has )?"
    rf"(?:found guilty|convicted|charged with|jailed|sentenced|arrested|accused of|"
    rf"denied {OFFENCE}|admitted {OFFENCE}|pleaded (?:not )?guilty|{DOPING})\b"
)
ACCUSED_BEFORE = re.compile(r"\b(?:remanded|jailed|convicted|sentenced|charged|arrested)\s+$")
# Who the police name as the attackers: "identified X as one of two suicide bombers",
# "and his brother, Y, as the man behind a deadly suicide blast", "bomber X". No
# believable speaker of what an analyst or an official said of the attack (judges
# failed a dead bomber offered so twice on CNN copy, -104). Only straight after the
# name, or after "as", so "X said the suicide attack ..." names no attacker.
PERPETRATOR_AFTER = re.compile(
    r"^,?\s+(?:as\s+)?(?:one\s+of\s+(?:the\s+)?(?:\w+\s+)?|the\s+(?:man|woman)\s+behind\s+)?"
    r"(?:an?\s+|the\s+)?(?:(?:deadly|suspected|alleged|subway|airport|metro|train)\s+)?"
    r"suicide\s+(?:bombers?|blast|bombing|attackers?)\b"
)
PERPETRATOR_BEFORE = re.compile(r"\b(?:suicide\s+)?bomber\s+$")


def accused(article, person) -> bool:
    """Whether the article makes this person the accused of a criminal case: no
    believable option for what the judge, the police or the victims' families did
    ("Who praised the families for their dignity?"), unless the answer is accused too."""
    return _told_of(article, person, _told_accused)


def _told_accused(article, mention) -> bool:
    sentence = article.sentences[mention.sentence]
    after = article.body[mention.end : sentence.end]
    before = article.body[sentence.start : mention.start]
    if ACCUSED_AFTER.search(after) or PERPETRATOR_AFTER.search(after):
        return True
    return bool(ACCUSED_BEFORE.search(before) or PERPETRATOR_BEFORE.search(before))


def accused_in(text: str, forms) -> bool:
    """Whether text makes one of forms (a person's names) the accused: "remanded
    Whitcombe in custody", "Marlowe, ..., admitted ___ charges of theft"."""
    for form in forms:
        for match in re.finditer(r"(?<![\w'-])" + re.escape(form) + r"(?![\w-])", text):
            if ACCUSED_AFTER.search(text[match.end() :]):
                return True
            if ACCUSED_BEFORE.search(text[: match.start()]):
                return True
    return False


def asks_accused(stem: str) -> bool:
    """Whether a question asks who the accused is: "Who admitted 14 charges of theft?",
    "Who had denied the charges ...?"."""
    return stem.startswith("Who ") and ACCUSED_AFTER.search(stem[len("Who") :]) is not None


def _told_of(article, person, told) -> bool:
    """Whether told(article, mention) holds for any mention of the person; kept per
    article, since every option list of the article asks again."""
    cache = article.__dict__.setdefault("_fates", {})
    key = (told.__name__, id(person))
    if key not in cache:
        cache[key] = any(told(article, m) for m in person.mentions)
    return cache[key]
