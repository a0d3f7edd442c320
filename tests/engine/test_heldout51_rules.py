"""The rules added from held-out sets 48 to 51 on stems without their referent,
questions not worth asking and the form of a speaker's name: a true/false statement
never opens with a body's bare "Staff" when the sentence names no body; "Success
would bring ..." and "A handful, including ..., have said" stand for something an
earlier sentence named; a "How many" stem never keeps "Sunday's vote"; a first name
the parser left out of a person's name is the name's own; a benchmark's figure
("five good GCSEs"), race commentary ("a further eight lengths", "the final 100
yards"), a list of snooker breaks and an also-ran's score are not blanked; a
statement about an also-ran is not made; a year in a founding aside is not swapped;
and a place pinned by its country ("the German city of Passau") is not swapped."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import NUMBER, TRUE_FALSE
from quizzes.engine.kinds.number import worth_blanking
from quizzes.engine.kinds.referents import self_contained
from tests.engine.conftest import article_of, drafts_of


def _citing(drafts, kind, words):
    return [d for d in drafts if d.kind == kind and any(words in e.text for e in d.evidence)]


def _blank_ok(before, figure, after):
    return worth_blanking(before, numbers.parse(figure), after)


# 1. "Staff also handed out ...": whose staff?

STORM = """Storm leaves thousands without power

About 40,000 homes in Cumbria were left without electricity on Monday after high winds brought down power lines across the county.

Electricity North West said engineers had restored supplies to most homes by the evening but that 3,000 would wait until Tuesday.

Staff also handed out blankets and hot meals to elderly residents in the Keswick area overnight.

The Met Office said gusts of up to 90mph had been recorded on high ground.
"""


def test_a_statement_does_not_open_with_a_bare_staff():
    assert not _citing(drafts_of(STORM), TRUE_FALSE, "Staff also handed out")


# 2. "Success would bring ...": success at what? "A handful": a handful of what?

COLLEGE = """College bids for science status

A sixth-form college in Derby has applied to become a specialist science college after a sharp rise in its exam results.

The number of students taking chemistry at A-level has risen from 40 to 95 in three years, the college said.

Most universities in the region plan to raise their fees next year. A handful, including Trent College of Art, have said they will keep them at £3,000.

Success would bring £80,000 in extra funding each year for three years, which the college says it would spend on a new laboratory.
"""


def test_a_sentence_opening_with_success_is_not_asked():
    drafts = drafts_of(COLLEGE)
    assert not [d for d in drafts if any("Success would bring" in e.text for e in d.evidence)]
    # The bare outcome noun alone makes the sentence lean on another: without that rule
    # it is self-contained, and both blanks and statements are made from it.
    article = article_of(COLLEGE)
    sentence = next(s for s in article.sentences if s.text.startswith("Success"))
    assert not self_contained(article, sentence)
    said = article_of(
        "College bid\n\nA successful bid by the Derby college would bring £80,000 in extra funding.\n"
    )
    assert self_contained(said, said.sentences[0])  # a success said to be whose


def test_a_handful_without_of_is_not_a_statement():
    assert not _citing(drafts_of(COLLEGE), TRUE_FALSE, "A handful, including")


# 3. "How many observers monitored Sunday's vote?": which vote?

VOTE = """Observers praise Moldova election

Moldova's parliamentary election was free and fair, international monitors said on Monday.

About 3,000 foreign observers monitored Sunday's vote, the largest international mission ever sent to a single election.

The head of the mission, Anna Kowalska, said queues had formed outside polling stations in the capital before dawn.

Turnout was about 58%, the central election commission said.
"""


def test_a_how_many_stem_does_not_keep_a_day_s_event():
    drafts = drafts_of(VOTE)
    assert not [d for d in drafts if d.kind == NUMBER and d.stem.startswith("How many")]


# 4. "chief [Gatluak] Chuol Riek": the first name is the name's own.

CHIEFS = """Rival clans agree to end raids

Elders of two rival clans in South Sudan have agreed to end a cycle of cattle raids.

Speaking for the Lou Nuer, chief Gatluak Chuol Riek said trust would take time to rebuild.

Officials said more than 200 people had died in raids over the past year.
"""


def test_a_first_name_the_parser_left_out_is_kept():
    article = article_of(CHIEFS)
    names = [e.name for e in article.entities if e.type == "person"]
    assert "Gatluak Chuol Riek" in names and "Chuol Riek" not in names


# 5. Figures not worth blanking.


def test_a_benchmark_figure_is_not_blanked():
    assert not _blank_ok("Some 43% of pupils gained ", "five", " or more grades A* to C.")
    assert not _blank_ok("About 53% of pupils achieved ", "five", " good GCSEs last year.")
    assert _blank_ok("The school entered ", "120", " pupils for exams this summer.")


def test_race_commentary_is_not_blanked():
    assert not _blank_ok("with Red Kite a further ", "six", " lengths back in third.")
    assert not _blank_ok("but could make no impression in the final ", "200", " yards.")
    assert not _blank_ok("but could make no impression in the final ", "200 yards", ".")
    assert not _blank_ok("a session which included breaks of ", "118", " and 64.")
    assert _blank_ok("The winner was ridden by a jockey aged ", "19", ".")


def test_an_also_ran_s_score_is_not_blanked():
    assert not _blank_ok("The defending champion finished tied for seventh on ", "six", " under.")
    assert _blank_ok("Smith won the title on ", "14", " under par.")


# 6. A statement about an also-ran, a founding year, a place pinned by its country.

GOLF = """Walker wins Irish Open in play-off

England's Tom Walker won the Irish Open at Portmarnock on Sunday, beating Sweden's Erik Lund at the first play-off hole.

Walker, 29, collected a first prize of £350,000 after a final round of 66.

Defending champion Paolo Conti of Italy finished tied for seventh on six under at Portmarnock.

A record crowd of 52,000 attended over the four days, organisers said.
"""


def test_an_also_ran_is_not_a_statement():
    assert not _citing(drafts_of(GOLF), TRUE_FALSE, "finished tied for seventh")


FLOODS = """Floods spread across central Europe

At least six people have died in floods across central Europe after days of heavy rain.

In the Austrian town of Linz, parts of the old town were under a metre of water on Tuesday morning.

Rescue teams from Munich and Prague were sent to help villages along the river.

Hydrologists expect the flood peak on the Danube to reach Budapest on Friday.

The European Commission said it was ready to release money from its disaster fund, set up after the 2002 floods, once governments had asked for help.
"""


def test_a_founding_year_is_not_swapped():
    swapped = [
        d for d in _citing(drafts_of(FLOODS), TRUE_FALSE, "disaster fund") if "2002" not in d.stem
    ]
    assert not swapped


def test_a_place_pinned_by_its_country_is_not_swapped():
    swapped = [
        d
        for d in _citing(drafts_of(FLOODS), TRUE_FALSE, "Austrian town of")
        if "of Linz" not in d.stem
    ]
    assert not swapped


# 7. "a spokesman for William Hill": a firm named after its founder, not a person.

BOOKMAKERS = """Favourite beaten at Aintree

The 6-1 favourite Stone Bridge finished second in the Grand National on Saturday.

His trainer, Michael Regan, said the horse had run the race of his life.

"We took a lot of money on the favourite, so we are very happy," said Graham Lyle, a spokesman for William Hill.
"""


def test_a_name_a_spokesman_speaks_for_is_no_person():
    article = article_of(BOOKMAKERS)
    people = {e.name for e in article.entities if e.type == "person"}
    assert "Graham Lyle" in people and "William Hill" not in people
