"""Which true statements tell one fact: the content words of a statement's subject and
of the rest, compared between two statements (see same_fact; used by rank.refusal);
and which statements make one swap in their false forms (see same_swap)."""

from ..nlp import Sentence
from .common import Candidate

# Words that say little of which fact a statement tells: the story's everyday nouns
# and verbs ("Humanitarian groups ... have been making good use of ...").
GENERIC = {
    "group", "company", "firm", "people", "person", "organisation", "make", "use", "get",
    "have", "be", "do", "say", "good", "new", "year", "time", "way", "number", "part",
    "many", "other", "also", "take", "give", "go", "come", "work",
}  # fmt: skip
GIST_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")


def gist(sentence: Sentence, reference=None) -> tuple[frozenset[str], frozenset[str]]:
    """(subject words, other words): the lemmas of the statement's main subject and of
    the rest of its sentence, less generic words. A "he" stands for its name."""
    from ..refer import main_subject

    subject = main_subject(sentence)
    inside = {t.i for t in subject.subtree} if subject is not None else set()

    def words(tokens):
        return frozenset(
            t.text if t.pos_ == "PROPN" and t.text[:1].isupper() else _stem(t.lemma_.lower())
            for t in tokens
            if t.pos_ in GIST_POS and not t.is_stop and t.lemma_.lower() not in GENERIC
        )

    who = words(t for t in sentence.span if t.i in inside)
    if reference is not None:
        who |= set(reference.entity.name.split())
    return who, words(t for t in sentence.span if t.i not in inside)


def _stem(word: str) -> str:
    """ "mapping" -> "map", as "maps" is: the lemmatizer keeps a gerund noun whole."""
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
        if word[-1] == word[-2]:
            word = word[:-1]
    return word


# The share of the shorter statement's words the other must hold to tell its fact.
SAME_FACT_SHARE = 0.5


def same_fact(a: Candidate, b: Candidate) -> bool:
    """Whether two true statements tell one fact: half the content words of the shorter
    in the other, at least two, one of them from its subject and a common word (no
    name, no figure) from the rest of each: "Humanitarian groups in Darfur have been
    making good use of Respond's maps" beside "Aid workers ... in the Sudanese region of
    Darfur are getting a helping hand from advanced mapping technology". Two facts of
    one person ("Mr Wong hit upon the idea ...", "Mr Wong believes ...") share a name,
    not what is said of it."""
    if a.gist is None or b.gist is None or not (a.draft.key.text == b.draft.key.text == "True"):
        return False
    words = [gist[0] | gist[1] for gist in (a.gist, b.gist)]
    shared = words[0] & words[1]
    if len(shared) < 2 or not any(w.isalpha() and w.islower() for w in a.gist[1] & b.gist[1]):
        return False
    for mine, theirs, gist in ((words[0], words[1], a.gist), (words[1], words[0], b.gist)):
        if len(mine) > len(theirs):
            continue  # the shorter statement's words are measured (both, when as long)
        if len(shared) < SAME_FACT_SHARE * len(mine) or not gist[0] & theirs:
            return False
    return True


def same_swap(a: Candidate, b: Candidate) -> bool:
    """Whether two statements, in their false forms, make one swap: the same name
    changed ("Hammarby" for "Eastleigh Athletic" in two sentences), or the same figure
    for the same figure. They test one fact (who the other semi-finalists are): a
    student who spots one has the other, and a true form of one gives the other away."""
    if a.swap is None or b.swap is None:
        return False
    return a.swap == b.swap or (a.swap[0] == b.swap[0] and not any(c.isdigit() for c in a.swap[0]))
