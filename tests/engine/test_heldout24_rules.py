"""The rules added for held-out set 13 (2026.11-30): no space before punctuation
in a stem and no aside lifted into a "How many" stem; year options after the start
of a range the key ends; no year blank whose key is the latest of its options; no
repeat of a sentence for one answer to fill a set that has enough; "the authority"
and "the country" without a referent."""

# ruff: noqa: E501

from quizzes.engine import generate
from quizzes.engine.drafts import ENTITY, Choice, Draft, Evidence
from quizzes.engine.kinds.common import Candidate, tidy
from quizzes.engine.kinds.referents import self_contained
from quizzes.engine.rank import select
from tests.engine.conftest import build, split

CROWD = """Rovers relegated after late goal

Brimford Rovers were relegated from the National League on Saturday after a late goal gave Hartley Town a 2-1 win.

About 9,200 fans, a record crowd for the ground, had packed in hoping to see the club survive.

Manager Steve Munro said his players had given everything in the final weeks of the season.

The club's chairman, Peter Kingdon, said the board would meet on Monday to discuss the budget.
"""

RECALL = """Carmaker recalls 40,000 cars

The carmaker Vantor is recalling 40,000 cars in the UK because of a fault with the brakes.

The recall affects the Vantor Aria hatchback and Aria Estate built between March 2003 and August 2006.

Owners will receive letters from the company, a spokesman, Martin Hale, said.

Vantor said the fault had been found in 2007 during tests at its plant in Swindon.
"""

HELPLINE = """Dental trust warns of shortage

A dental trust in Cumbria says thousands of patients cannot find an NHS dentist.

The Cumbria Dental Trust was set up in 1998 to help patients in rural areas.

The trust also runs an emergency dental helpline, which took more than 14,000 calls in 2005.

Its director, Dr Ann Ross, said the number of calls had doubled since 2001.
"""


def _year_options(drafts, blank):
    draft = next(d for d in drafts if blank in d.stem)
    key = next(int(c.text) for c in draft.choices if c.is_correct)
    return key, [int(c.text) for c in draft.choices if not c.is_correct]


# 1. A stem is never built with a space before its punctuation, and a "How many"
# stem drops an aside between the counted noun and its verb.


def test_how_many_drops_the_aside_after_the_counted_noun():
    _, drafts = build(CROWD)
    stems = [d.stem for d in drafts if "fans" in d.stem]
    assert "How many fans had packed in hoping to see the club survive?" in stems
    assert not any(" ," in stem for stem in stems)


def test_tidy_removes_space_before_punctuation_but_keeps_an_ellipsis():
    assert tidy("How many fans , a crowd , came ?") == "How many fans, a crowd, came?"
    assert tidy('Who said "war in Iraq ..."?') == 'Who said "war in Iraq ..."?'


# 2. "built between March 2003 and August ___": every option is later than 2003.


def test_year_options_follow_the_start_of_the_range():
    _, drafts = build(RECALL)
    key, options = _year_options(drafts, "and August ___")
    assert key == 2006
    assert len(options) == 3 and all(year > 2003 for year in options)


# 3. "took 14,000 calls in ___" with key 2005, the article's latest year: every
# option is earlier, so the latest year is the answer without reading. Not published.


def test_a_year_key_later_than_every_option_is_not_published():
    title, body = split(HELPLINE)
    generation = generate(title, body)
    blank = next(d for d in generation.rejected if "calls in ___" in d.stem)
    key = next(int(c.text) for c in blank.choices if c.is_correct)
    assert all(int(c.text) < key for c in blank.choices if not c.is_correct)
    assert not any("calls in ___" in d.stem for d in generation.drafts)
    assert any("more than ___ calls" in d.stem for d in generation.drafts)


# 4. Two questions citing one sentence for the same answer are one fact: a set that
# already has what a teacher expects does not take the second to fill up.


def _candidate(stem, key, sentence, score, proof=()):
    choices = (Choice(key, True), Choice("Zed Ward", False), Choice("Yul York", False))
    evidence = tuple(Evidence(stem, s * 100, s * 100 + 50) for s in (*proof, sentence))
    draft = Draft(ENTITY, stem, choices, "", evidence, score)
    return Candidate(draft, sentence, sentence % 3, f"entity:{sentence}", key)


def test_a_set_with_enough_questions_takes_no_repeat_of_a_sentence():
    words = ["harbour", "orchard", "quarry", "lantern", "meadow", "glacier", "canyon", "forest"]
    names = [
        "Ann Cole",
        "Bo Dent",
        "Cy Eames",
        "Di Frost",
        "Ed Gale",
        "Flo Hart",
        "Gus Ives",
        "Hal Judd",
    ]
    candidates = [
        _candidate(f"Who visited the {w}?", n, i, 0.8)
        for i, (w, n) in enumerate(zip(words, names, strict=True))
    ]
    repeat = _candidate("Who crossed the bridge?", "Ann Cole", 20, 0.7, proof=(0,))
    published, _ = select([*candidates, repeat], 10)
    assert len(published) == 8
    assert repeat not in published


# 5. "the authority" and "the country" with no body or country named before them in
# the sentence: the question lifted out of it has no referent.

REFERENTS = """Theatre reopens after restoration

The Alexandra Theatre in Brimley has reopened after a four-year restoration costing £9.4m.

Council leader Frank Hesketh admitted the authority had come under pressure to sell the site for redevelopment.

Mr Ozols said the accused diplomat had already left the country under diplomatic immunity.

Tim Renner, the head of Universal Music Germany until last year, said the country's music industry was struggling.
"""


def _self_contained(article, words):
    sentence = next(s for s in article.sentences if words in s.text)
    return self_contained(article, sentence)


def test_the_authority_and_the_country_need_a_referent_in_the_sentence():
    article, drafts = build(REFERENTS)
    assert not _self_contained(article, "the authority had come")
    assert not _self_contained(article, "left the country")
    assert not any(
        "the authority had come" in d.stem or "left the country" in d.stem for d in drafts
    )


def test_a_country_named_before_is_the_referent():
    article, _ = build(REFERENTS)
    assert _self_contained(article, "Universal Music Germany")
