"""The rules added for enough questions on real articles: a plain true statement the
hash made false fills a short set (but never one that leans on an earlier sentence,
and never past three more "True" keys than "False"); a year or small count is swapped
only a clear step away, for another year the article names first (never a year it
plans for, never off a four-year contest's cycle); the other side of a separation is
never swapped; and a peer named by title alone ("Lord X") is a person."""

# ruff: noqa: E501

from dataclasses import replace

from quizzes.engine import numbers
from quizzes.engine.drafts import TRUE_FALSE, Choice
from quizzes.engine.entities import PERSON
from quizzes.engine.kinds import enough
from quizzes.engine.kinds import true_false as tf
from quizzes.engine.kinds.common import Candidate, stable_hash
from quizzes.engine.rank import MAX_TRUTH_SURPLUS, _fill_truths
from tests.engine.conftest import article_of, drafts_of, entity_named

COURTS = """Peers back plan for new court

Lord Marlowe has announced a plan to give witnesses separate waiting rooms in every crown court in England.

Lord Marlowe told the Westshire Gazette that some elderly witnesses found the courts frightening.

The scheme will cost about £40m over the next four years, the Ministry of Justice said.

Lord Marlowe said the new supreme court should be completely distinct from the Home Office.

The Treasury and the Home Office have both backed the plan, officials said.
"""

PLAIN = "the Treasury and the Home Office have both backed the plan"


def _sentence(article, start):
    return next(s for s in article.sentences if s.text.startswith(start))


# 1. A plain true statement the hash made false stays, as a filler.


def test_a_plain_statement_the_hash_made_false_stays_true():
    article = article_of(COURTS)
    sentence = _sentence(article, "The Treasury and")
    assert stable_hash(sentence.text) % 2 == 0  # the hash says false
    assert tf._swap(article, sentence) is None  # and nothing can be swapped
    statements = [d for d in drafts_of(COURTS) if d.kind == TRUE_FALSE and PLAIN in d.stem]
    assert statements and all(d.key.text == "True" for d in statements)
    fillers = [c for c in tf.candidates(article) if c.sentence == sentence.index]
    assert fillers and all(c.filler and c.spare for c in fillers)


REFUSED = """Rovers sack their striker

Rovers have sacked striker Tom Blake after he failed a drugs test in October.

Rovers' move won backing from drug-testing expert Ann Cole on Tuesday.

Tom Blake has since been replaced in the first team by Sam Kerr.

Ann Cole said that, because Rovers had acted quickly, this was a welcome step.

Rovers have won the Cup only twice before, most recently under manager Jim Hart.

Other players to walk out of Rovers include Sam Kerr, who left for Big Time FC... Get Out Of Here.

The normally cheerful Ann Cole cut a lonely figure as she sipped tea, wrapped in a long coat at Rovers' ground.
"""


def test_a_plain_statement_that_leans_on_an_earlier_sentence_is_no_filler():
    article = article_of(REFUSED)
    assert enough.plain_statement(article, _sentence(article, "Rovers have sacked"), None)
    # "Rovers' move": which move, the sentence before says.
    assert not enough.plain_statement(article, _sentence(article, "Rovers' move"), None)
    # "has since been replaced": since when?
    assert not enough.plain_statement(article, _sentence(article, "Tom Blake has"), None)
    # ", this was a welcome step": what was?
    assert not enough.plain_statement(article, _sentence(article, "Ann Cole said"), None)
    # "most recently under manager Jim Hart": an earlier win, an aside.
    assert not enough.plain_statement(article, _sentence(article, "Rovers have won"), None)
    # A sentence cut at a title's dots is a fragment.
    assert not enough.plain_statement(article, _sentence(article, "Other players"), None)
    # How someone looked while the story happened is scene-painting.
    assert not enough.plain_statement(article, _sentence(article, "The normally"), None)


def _candidate(key: str, index: int, filler: bool = False) -> Candidate:
    draft = next(d for d in drafts_of(COURTS) if d.kind == TRUE_FALSE)
    draft = replace(draft, choices=(Choice("True", key == "True"), Choice("False", key == "False")))
    return Candidate(draft, index, 0, f"tf:{index}", f"tf:{index}", spare=filler, filler=filler)


def test_fillers_never_make_true_keys_outnumber_false_by_more_than_the_surplus():
    def fits(candidate, chosen, limit, strict=True):
        return True

    most = MAX_TRUTH_SURPLUS
    chosen = [_candidate("True", i) for i in range(most)]
    _fill_truths(chosen, [_candidate("True", 10, True), _candidate("True", 11, True)], 8, 10, fits)
    assert len(chosen) == most  # one more "True" beyond any "False" would be dropped again
    chosen = [_candidate("True", i) for i in range(most)] + [_candidate("False", 5)]
    _fill_truths(chosen, [_candidate("True", 10, True), _candidate("True", 11, True)], 8, 10, fits)
    assert len(chosen) == most + 2


# 2. A small count swapped a clear step away; no year swapped at all.

YEARS = """Judge who led riot inquiry dies

Lord Ashdown, who led the inquiry into the 1985 Tottenham riots, has died aged 90.

The council said on Monday that it would build seven new schools across the city, which will open in 2007.
"""


def test_a_small_count_is_swapped_a_clear_step_away():
    article = article_of(YEARS)
    swaps = list(tf._swaps(article, _sentence(article, "The council said")))
    assert swaps
    new = numbers.parse(swaps[0][3]).value
    assert max(new, 7) / min(new, 7) >= enough.MIN_COUNT_RATIO


def test_no_year_is_swapped():
    # Strict judges failed false years as date-memory tricks ("since 1993" made 1992)
    # or as false by common sense (a 2005 forecast "for 2000").
    article = article_of(YEARS)
    for words in ("Lord Ashdown", "The council said"):
        for swap in tf._swaps(article, _sentence(article, words)):
            assert not numbers.parse(swap[2]).is_year


# 3. The other side of a separation is never swapped.

SEPARATE = """Judges to get their own court

The Department for Transport has set out a plan for a new appeal court for rail disputes.

Lord Marlowe said it was vital for the new court to be completely distinct from Parliament.

Lord Marlowe told MPs the new court would report to Parliament every year.
"""


def test_the_other_side_of_a_separation_is_not_swapped():
    article = article_of(SEPARATE)
    assert not list(tf._swaps(article, _sentence(article, "Lord Marlowe said")))
    # The same body in another role is swapped as before.
    assert list(tf._swaps(article, _sentence(article, "Lord Marlowe told")))


# 4. A peer named by title alone is a person.


def test_a_peer_named_by_title_alone_is_a_person():
    article = article_of(SEPARATE)
    peer = entity_named(article, "Lord Marlowe")
    assert peer is not None and peer.type == PERSON
    assert len(peer.mentions) == 2


TALLY = """Rovers lose at home

Rovers lost 28-10 at home to City on Saturday, their fourth defeat in a row.

Dan Marsh, the visitors' scrum-half, kicked three conversions and four penalties for a haul of 18 points.
"""


def test_a_plain_statement_of_a_stray_tally_is_no_filler():
    article = article_of(TALLY)
    assert not enough.plain_statement(article, _sentence(article, "Dan Marsh"), None)
