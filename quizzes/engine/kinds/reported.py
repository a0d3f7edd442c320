"""Who said it, for reported speech: "Mr Smith said the union would appeal." asks
"Who said that the union would appeal?", with the people quoted or named in the
article as options, as for a direct quotation (see who_said.py).

Only a sentence that is its speaker and one claim qualifies: "Name said (that)
claim." or "Claim, Name said.", a sentence a true/false question could quote (see
true_false.quotable). The claim must stand alone in the stem: a pronoun in it ("said
it was cheaper", "said they would") stands for something the stem no longer names,
unless it is a "he" or "she" that can only be the speaker ("Who said that he would
love to coach abroad?").
"""

from ..article import Article
from ..drafts import WHO_SAID
from ..entities import PERSON
from ..nlp import QUOTE_CHARS, Sentence
from .common import Candidate, connective, contains_any, draft, first_word
from .referents import (
    BACK_REFERENCES,
    PLAYER_BACK_REFERENCES,
    TIME_NOUNS,
    _introduced,
    bare_the,
    points_back,
)
from .true_false import keep_capital, quotable
from .who_said import (
    SPEECH_VERBS,
    Speaker,
    _all_speakers,
    _explain,
    _options,
    _pronoun,
    _reports_speech,
    _surname_of_one,
    sex_of,
)

MIN_WORDS, MAX_WORDS = 6, 30
# The whole sentence, speaker and all, may run longer: the stem leaves the speaker out.
MAX_SENTENCE_WORDS = 40
CLOSING = {",", ".", ";", ":", "!", "?", "-", "\u2013", "\u2014"}
# Words between the verb and its clause: "told the BBC", "said on Monday".
MAX_BETWEEN = 5
# Words that would stand in the stem for someone or something it does not name.
POINTERS = {
    "he", "she", "him", "her", "his", "hers", "himself", "herself",
    "they", "them", "their", "theirs", "themselves", "it", "its", "itself",
    "we", "us", "our", "i", "me", "my", "you", "your",
    "this", "that", "these", "those", "such", "there",
}  # fmt: skip
# Below a direct quotation's 0.8 (a speaker's own words test more than a paraphrase),
# above the true statement on the same sentence (0.6), which tests the claim but not
# whose it is; a set takes one question on a sentence (see rank.select).
SCORE = 0.66


def candidates(article: Article) -> list[Candidate]:
    quoted = {s.entity.name for s in _all_speakers(article)}
    result = []
    for sentence in article.sentences:
        if any(q in sentence.text for q in QUOTE_CHARS):
            continue
        found = _reported(article, sentence)
        if found is None:
            continue
        speaker, verb, clause = found
        candidate = _question(article, sentence, speaker, verb, clause, quoted)
        if candidate is not None:
            result.append(candidate)
    return result


def _reported(article: Article, sentence: Sentence):
    """(speaker, verb tokens, clause tokens) when the sentence is "Name said (that)
    clause." or "Clause, Name said." with nothing else around them, else None."""
    span = sentence.span
    root = span.root
    if root.lemma_.lower() not in SPEECH_VERBS or root.pos_ != "VERB":
        return None
    if any(t.dep_ == "neg" for t in root.children):
        return None  # "X did not say ...": no claim of his
    clauses = [c for c in root.children if c.dep_ == "ccomp"]
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(clauses) != 1 or len(subjects) != 1 or _reports_speech(clauses[0]):
        return None  # "X said Y said ...": the words are Y's
    clause, subject = clauses[0], subjects[0]
    end = span[-1].i - span[-1].is_punct  # the last word
    opening = next(t for t in span if t.idx - span.start_char >= connective(sentence))
    if clause.i > root.i:
        found = _said_first(article, sentence, root, clause, subject, opening, end)
    else:
        found = _said_after(article, sentence, root, clause, subject, opening, end)
    if found is None:
        return None
    speaker, verb, body = found
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if any(m.lower_ != "that" for m in marks):
        return None  # "asked whether ...", "said if ...": no claim
    if body[0].lower_ == "that" and body[0].dep_ == "mark":
        body = body[1:]
    while len(body) and body[-1].text in CLOSING:
        body = body[:-1]  # "Clause, X said": the comma before the speaker (not a "%")
    if any(t.lemma_.lower() in SPEECH_VERBS and t.dep_ in ("advcl", "conj") for t in body):
        return None  # "..., adding that the squad was fit": a second claim
    return speaker, verb, body


def _said_first(article, sentence, root, clause, subject, opening, end):
    """ "Name said (that) clause.": the speaker opens the sentence (after a link), the
    clause runs to its end."""
    if clause.right_edge.i != end or subject.i > root.i or subject.left_edge.i != opening.i:
        return None  # "In 2019, X said ...", "X said ..., adding that ...": more than one
    # "O'Driscoll also insisted Ireland were happy ...": the clause's subject parsed as
    # the verb's object.
    objects = [c for c in root.children if c.dep_ == "dobj" and c.i < clause.i]
    if not _tells(root) and len(objects) == 1 and not _has_subject(clause):
        left = objects[0].left_edge.i
    else:
        left = clause.left_edge.i
    between = [t for t in root.children if root.i < t.i < left]
    if any(not _fits_between(root, t) for t in between):
        return None  # "said in 2019, as the plan was ..., that": a second claim
    first = min([root.i, *(t.i for t in root.children if t.dep_ == "aux" and t.i < root.i)])
    verb = _span(sentence, first, left)
    if len(verb) > MAX_BETWEEN + 1 or any(t.is_punct for t in verb):
        return None
    speaker = _speaker(article, sentence, subject)
    if speaker is None:
        return None
    return speaker, verb, _span(sentence, left, end + 1)


def _said_after(article, sentence, root, clause, subject, opening, end):
    """ "Clause, Name said." or "Clause, said Name, his title.": the clause opens the
    sentence (after a link), the speaker and the verb close it."""
    if clause.left_edge.i != opening.i:
        return None
    closing = max(root.i, subject.right_edge.i)
    if closing != end or subject.i < clause.i:
        return None  # "..., X said on Monday, as ...": more than the speaker
    if subject.lower_ in ("he", "she"):
        return None  # "..., he said": whose words, only the sentence before says
    first = min([root.i, *(t.i for t in root.children if t.dep_ == "aux")])
    verb = _span(sentence, first, root.i + 1)
    if any(t.i > first and t.i < root.i and t.dep_ != "aux" for t in verb):
        return None  # "said Smith" inverted around an auxiliary: no plain verb to show
    speaker = _speaker(article, sentence, subject)
    if speaker is None:
        return None
    return speaker, verb, _span(sentence, clause.left_edge.i, clause.right_edge.i + 1)


# "Bailey said he wanted to see ...": "Who said he wanted ...?" is the speaker's own
# "he", which the stem's "who" stands for.
OWN = {"he": "m", "him": "m", "his": "m", "himself": "m"} | {
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


def _points_away(article, sentence, speaker, clause, token) -> bool:
    """Whether a pronoun in the clause stands for someone or something the stem no
    longer names: anything but a "he" or "she" that can only be the speaker."""
    word = token.lower_
    if word not in POINTERS or token.pos_ not in ("PRON", "DET", "ADV"):
        return False
    if token.tag_ == "WDT" or token.dep_ in ("mark", "expl"):
        return False  # "a company that ...", "that there are ...": no pointer
    if _now(token):
        return False  # "this season": the time of the story
    if word not in OWN:
        return True
    sex = sex_of(speaker.entity)
    if sex is not None and sex != OWN[word]:
        return True
    offset = sentence.start - sentence.span.start_char
    before = token.idx + offset
    # Another person named before it in the clause could be the one meant.
    return any(
        m.type == PERSON and clause.start_char + offset <= m.start < before
        for m in article.mentions_in(sentence)
    )


def _now(token) -> bool:
    return token.dep_ == "det" and token.head.lower_ in TIME_NOUNS


def _bare_back(article, sentence, token) -> bool:
    """ "the company", "the scheme", "the striker" with nothing after it to say which:
    the clause opens a question, where only an earlier sentence tells which (as at
    the start of a statement, see referents.self_contained)."""
    nouns = BACK_REFERENCES | PLAYER_BACK_REFERENCES
    if not bare_the(token, nouns, ("prep", "acl", "appos", "relcl")):
        return False
    return not _introduced(article, sentence, token.head)


def _span(sentence: Sentence, start: int, end: int):
    return sentence.span.doc[start:end]


def _tells(root) -> bool:
    return root.lemma_.lower() in ("tell", "warn", "assure", "remind", "inform")


def _has_subject(clause) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _speaker(article: Article, sentence: Sentence, subject) -> Speaker | None:
    """The confirmed person the subject names, or the "he"/"she" opening the sentence
    stands for (see who_said._pronoun)."""
    if subject.lower_ in ("he", "she"):
        if subject.i != first_word(sentence).i:
            return None
        found = _pronoun(article, sentence, subject, None)
        if found is None or found.entity is None or not found.entity.confirmed:
            return None
        return found
    offset = sentence.start - sentence.span.start_char
    heads = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    for mention in article.mentions_in(sentence):
        if mention.type == PERSON and any(
            mention.start <= h.idx + offset < mention.end for h in heads
        ):
            if mention.entity.confirmed:
                return Speaker(mention.entity.name, mention.entity, (sentence,), False)
    known = _surname_of_one(article, subject)  # a surname NER missed there
    if known is not None:
        return Speaker(known.name, known, (sentence,), False)
    return None


def _question(article, sentence, speaker, verb, clause, quoted):
    words = [t for t in clause if not t.is_punct]
    if not (MIN_WORDS <= len(words) <= MAX_WORDS):
        return None
    if any(_points_away(article, sentence, speaker, clause, t) for t in clause):
        return None
    if points_back([t for t in clause if not _now(t)]):
        return None  # "said the money would pay for ...": which money?
    if any(_bare_back(article, sentence, t) for t in clause):
        return None  # "said the company would appeal": which company?
    ok, reference = quotable(article, sentence, MAX_SENTENCE_WORDS)
    if not ok or (reference is not None and not speaker.resolved):
        return None
    text = clause.text
    if clause[0].i < verb[0].i and not keep_capital(article, text, clause[0]):
        text = text[:1].lower() + text[1:]  # "Billions of pounds ..., X has said."
    stem = f"Who {verb.text} that {text}?"
    if contains_any(stem, speaker.entity.variants() | {speaker.name}):
        return None
    # "Who said that she would ...?": only women are believable options.
    sexes = {OWN[t.lower_] for t in clause if t.lower_ in OWN and t.pos_ in ("PRON", "DET")}
    sex = sexes.pop() if len(sexes) == 1 else None
    distractors = _options(article, sentence, text, text, speaker, quoted, sentence.index, sex)
    if distractors is None:
        return None
    proof = list(speaker.sentences)
    if not contains_any(" ".join(s.text for s in proof), [speaker.name]):
        proof.append(article.sentences[speaker.entity.mentions[0].sentence])  # "Mr Fraser"
    explanation = _explain(sentence, proof, speaker.name)
    score = SCORE - 0.05 * speaker.resolved
    result = draft(WHO_SAID, stem, speaker.name, distractors, explanation, proof, score, PERSON)
    fact = f"reported:{sentence.index}"
    return Candidate(result, sentence.index, sentence.third, fact, speaker.name)


def _fits_between(root, token) -> bool:
    """Whether a word between the verb and its clause says only whom or when it was
    said to: "told MPs", "told the BBC", "said on Monday", "said yesterday"."""
    if token.dep_ in ("dobj", "dative"):
        return _tells(root)
    return token.dep_ in ("prep", "npadvmod", "advmod")
