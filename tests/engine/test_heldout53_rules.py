"""The rules added for word-meaning questions after held-out sets 48 to 51: a verb
of saying is never a distractor for a verb of doing, nor the other way round ("the
dig has now denied part of a floor"); a verb comparing amounts ("demand
outstripped supply") means "exceeded", not the loose "beat", and is offered only
other verbs of amounts; a verb of finding ("uncovered a mosaic") is offered only
verbs a found thing takes ("destroyed", "buried"), and a verb of one sort is no
distractor for others; past forms are spelt right ("hid", not "hided"); a pledge
of money, leaked runs, an unveiled statue and a concealed knife are not asked; the
new words "straddle", "replenish", "postpone" and "suspend" (never a person); and a word question brought in
for a third kind keeps the strongest question whose sentence it would quote."""

# ruff: noqa: E501

from quizzes.engine import lexicon
from quizzes.engine.drafts import NUMBER, TRUE_FALSE, WORD_MEANING, Choice, Draft, Evidence
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.kinds.word_meaning import _distractors
from quizzes.engine.lexicon import VERB
from quizzes.engine.rank import _add_kind, refusal
from tests.engine.conftest import drafts_of


def _word(drafts, word):
    return [d for d in drafts if d.kind == WORD_MEANING and f'"{word}"' in d.stem]


def _wrong(draft):
    return [c.text for c in draft.choices if not c.is_correct]


# 1. An amount that outstrips another exceeds it; its options are other amounts' verbs.

HOUSING = """Shortage of rented homes in Devon

Families in Devon are waiting longer than ever for a rented home, a housing charity has warned.

The charity said the number of homes to let had fallen by a fifth in two years across the county.

Landlords in Exeter said demand for flats still outstripped supply by a wide margin.

The council plans to build 400 homes for rent on land near the city's ring road.

A spokesman said the first of the homes would be ready by the end of next year.
"""


def test_outstripped_means_exceeded_among_amount_verbs():
    questions = _word(drafts_of(HOUSING), "outstripped")
    assert questions
    for question in questions:
        assert question.key.text == "exceeded"
        # Every option reads in "demand still ___ supply": no "bought" or "arranged".
        assert set(_wrong(question)) <= {"matched", "trailed", "followed"}


# 2. A thing dug up is discovered; its options are what else can befall a thing.

DIG = """Bronze Age burial found in Wiltshire

Archaeologists digging ahead of a new road in Wiltshire have found a Bronze Age burial, the county council said.

A two-week dig by a team from the county museum has now uncovered a pottery urn and a bronze dagger beside the grave.

The dagger is thought to be about 4,000 years old.

The finds will be cleaned and shown at the museum in Devizes next spring.

The road is due to open in 2027.
"""


def test_uncovered_offers_no_verbs_of_saying():
    questions = _word(drafts_of(DIG), "uncovered")
    assert questions
    for question in questions:
        assert question.key.text == "discovered"
        assert set(_wrong(question)) <= {"destroyed", "lost", "buried"}


# 3. A verb of doing with a thing for its subject is offered no verb of saying.

CYCLING = """Bike thefts put off commuters

Bike thefts in Oxford rose by a quarter last year, police figures show.

A cycling group said many riders had given up after losing two or three bikes, which undermined plans to cut traffic in the city centre.

The council said it would fit 300 more secure racks at the railway station.

Police advised owners to register their bikes on a national database.
"""


def test_a_verb_of_doing_is_offered_no_verb_of_saying():
    questions = _word(drafts_of(CYCLING), "undermined")
    assert questions
    for question in questions:
        assert question.key.text == "weakened"
        assert not {"admitted", "denied", "exaggerated", "repeated"} & set(_wrong(question))


# 4. Irregular pasts are spelt right in every option: a judge would fail "hided".


def test_irregular_pasts_of_distractor_verbs():
    assert lexicon.verb_form("hide", "VBD") == "hid"
    assert lexicon.verb_form("hide", "VBN") == "hidden"
    assert lexicon.verb_form("steal", "VBD") == "stole"
    assert lexicon.verb_form("sit", "VBZ") == "sits"
    assert lexicon.verb_form("sit", "VBD") == "sat"


# 5. A verb with sorts (an amount, a thing found, a store) is no distractor for a
# verb of other objects, and "complain" takes no object ("complained the plan").


def test_no_verb_of_one_sort_or_complain_is_offered_for_others():
    offered = set()
    for meaning in lexicon.MEANINGS:
        if meaning.pos != VERB or not meaning.ask or meaning.describes or "t" not in meaning.frames:
            continue
        key = lexicon.definition_for(meaning, "VBD")
        options, _ = _distractors(meaning, "VBD", "t", set(), key)
        offered |= set(options)
    verbs = [m for m in lexicon.MEANINGS if m.pos == VERB]
    plain = {lexicon.definition_for(m, "VBD") for m in verbs if not m.describes}
    of_sorts = {lexicon.definition_for(m, "VBD") for m in verbs if m.describes} - plain
    assert not of_sorts & offered
    assert "complained" not in offered


# 6. A pledge of money, and runs or goals leaked, are not the senses the lexicon means.

PLEDGES = """Charity appeal for flood victims

The government has pledged £4m for emergency shelters in the flooded region, officials said.

The club's coach said his bowlers had leaked far too many runs in the first match of the season.

Aid workers said clean water was the most urgent need in the worst-hit villages.

The mayor unveiled a bronze statue of the town's founder in the market square on Saturday.

Police said the man had concealed a knife in his coat before he entered the stadium.

A teacher at the school has been suspended while the complaints are investigated.
"""


def test_a_pledge_of_money_and_things_leaked_unveiled_or_concealed_are_not_asked():
    drafts = drafts_of(PLEDGES)
    for word in ("pledged", "leaked", "unveiled", "concealed", "suspended"):
        assert not _word(drafts, word), word


# 7. New words: "straddles" a border, "replenish" a store, "postponed" an event.

LAKE = """Reservoir falls to record low

Water levels at a reservoir in the Pennines have fallen to their lowest point for twenty years, a water company has said.

The reservoir, which straddles the border between Lancashire and Yorkshire, was only a third full on Friday.

The company said it hoped heavy rain in the autumn would replenish the reservoir before next summer.

A public meeting planned for next week has been postponed until the company publishes its new figures.

Boat trips on the reservoir have been suspended until the water level rises.

Customers have been asked to take shorter showers and to avoid using hosepipes.
"""


def test_new_words_have_precise_keys_and_options_of_their_sort():
    drafts = drafts_of(LAKE)
    expected = {
        "straddles": ("stretches across", {"runs along", "ends at", "sits beside"}),
        "replenish": ("refill", {"drain", "inspect", "enlarge"}),
        "postponed": ("delayed", {"announced", "extended", "approved"}),
        "suspended": ("halted", {"announced", "extended", "approved"}),
    }
    for word, (key, options) in expected.items():
        questions = _word(drafts, word)
        assert questions, word
        for question in questions:
            assert question.key.text == key
            assert set(_wrong(question)) <= options


# 8. A word question brought in for a third kind takes the weakest question's place,
# not the place of a stronger one whose sentence it quotes.


def _candidate(kind, stem, key, sentence, score):
    choices = (Choice(key, True), Choice("wrong one", False), Choice("wrong two", False))
    evidence = (Evidence(stem, sentence * 100, sentence * 100 + 50),)
    draft = Draft(kind, stem, choices, "", evidence, score)
    return Candidate(draft, sentence, sentence % 3, f"{kind}:{sentence}", key)


def test_a_word_question_for_the_third_kind_keeps_a_strong_question():
    numbers = [
        _candidate(
            NUMBER,
            f"How many things of sort {i} were counted?",
            f"{i + 2} things",
            i,
            0.9 - i / 100,
        )
        for i in range(8)
    ]
    statements = [
        _candidate(TRUE_FALSE, f"True or false? Statement {i} holds.", "True", 10 + i, 0.5)
        for i in range(2)
    ]
    chosen = numbers + statements
    # The first word question quotes the sentence of the strongest number question and
    # shows its key; the second quotes a sentence no chosen question cites.
    shared = _candidate(
        WORD_MEANING, 'What does "straddles" mean? "... 2 things ..."', "lies across", 0, 0.6
    )
    free = _candidate(
        WORD_MEANING, 'What does "replenish" mean? "... the lake ..."', "refill", 20, 0.6
    )

    def fits(candidate, chosen, limit, strict=True):
        return refusal(candidate, chosen, limit, strict) is None

    published = _add_kind(chosen, chosen, [shared, free], 10, fits)
    assert free in published
    assert numbers[0] in published
