"""The rules added after held-out set 10 (2026.11-14), one short test per class."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.entities import ORG, PERSON
from quizzes.engine.kinds.common import lower_first
from quizzes.engine.kinds.number import worth_blanking
from tests.engine.conftest import build, entity_named

RECOUNT = """Governor race goes to recount

The race to be governor of the state is to be counted for a third time after the first two counts produced a margin of just 42 votes.

Democrat Carol Fenwick and Republican Dino Rossi have been locked in the closest contest in the state's history.

Mr Rossi won the first count by 261 votes, but his lead fell after a machine recount.

Secretary of State Sam Reed said the count would be carried out in all 39 counties.

Mr Rossi, a former state senator, said the voters had already spoken twice.

He has called on Ms Fenwick to concede and let him prepare to take office in January.

The new building cost £431m, more than ten times the first estimate of £40m.
"""

RESULTS = """Oil firm profits soar

The oil firm made a profit of $18.5bn in 2004, up 46% on the year before.

Chief executive Jeroen van der Veer said the company had benefited from the high price of oil.

"These are very good results, but we must not become complacent," Mr van der Veer said.

The firm produced 3.8 million barrels a day during the year, down 3% on 2003.

Analyst Peter Hale said investors would welcome the plan to buy back shares.

The farm is owned by Bernard Matthews, Britain's biggest turkey producer, which employs about 7,000 people.

The company said it was co-operating fully with the government's vets.
"""

FESTIVAL = """Film wins top prize

The drama The Road to Dover, directed by Helen Marsh, has won the top award at the festival.

Festival director Dieter Kosslick said this year's event had been the most successful in its history.

American actress Julia Stone was named best actress for her role in The Quiet Harbour, in which she plays a woman caring for her dying father.

Ms Marsh said she had not expected to win and had planned to fly home on Saturday.

Ms Stone said she would spend the prize money on a holiday with her family.
"""


def test_a_full_name_ner_calls_a_place_is_the_titled_surname_s_person():
    article, drafts = build(RECOUNT)
    rossi = entity_named(article, "Dino Rossi")
    assert rossi is not None and rossi.type == PERSON
    for draft in drafts:
        # "He has called on Ms Fenwick": Mr Rossi, never the last person named before.
        assert not draft.stem.startswith('Complete the sentence from the article: "Sam Reed has')


def test_a_surname_with_particles_keeps_its_given_name():
    article, drafts = build(RESULTS)
    veer = entity_named(article, "Jeroen van der Veer")
    assert veer is not None and len(veer.mentions) == 2
    assert entity_named(article, "van der Veer") is None
    for draft in drafts:
        assert "van der Veer" not in [c.text for c in draft.choices]


def test_the_year_a_change_is_measured_from_is_not_blanked():
    year = numbers.parse("2003")
    assert not worth_blanking("Users sent 26 billion texts last year, up 24% on ", year, ".")
    assert not worth_blanking("It made 3.8 million barrels a day, down 3% on ", year, ".")
    assert worth_blanking("The law was passed in ", year, ".")


def test_a_count_given_by_an_ordinal_is_not_blanked():
    _, drafts = build(RECOUNT)
    for draft in drafts:
        assert "the first ___ counts" not in draft.stem, draft.stem


def test_a_ratio_of_two_stated_amounts_is_not_blanked():
    _, drafts = build(RECOUNT)
    for draft in drafts:
        assert "___ times" not in draft.stem, draft.stem


def test_a_name_followed_by_which_is_a_firm_not_a_person():
    article, drafts = build(RESULTS)
    matthews = entity_named(article, "Bernard Matthews")
    assert matthews is None or matthews.type == ORG
    for draft in drafts:
        if draft.stem.startswith("Who "):
            assert "Bernard Matthews" not in [c.text for c in draft.choices]


def test_a_stem_about_a_woman_offers_no_one_of_unknown_sex():
    _, drafts = build(FESTIVAL)
    for draft in drafts:
        if " her " in draft.stem or " she " in draft.stem:
            if any(c.is_correct and c.text == "Julia Stone" for c in draft.choices):
                assert "Dieter Kosslick" not in [c.text for c in draft.choices], draft.stem


TEST_MATCH = """Batsmen hold on for a draw

South Africa made 441 in their first innings, with Jacques Kallis scoring 149, his third century of the series.

England replied with only 163, their lowest total of the tour, after losing five wickets for 22 runs.

Analyst Peter Hale said the home side had bowled better than at any time this winter.

Captain Michael Vaughan praised his side's resolve after a day on which the bowlers took four wickets.

"We were under a lot of pressure this morning, but the lads showed real character," Mr Vaughan said.
"""


def test_a_score_called_a_century_has_distractors_of_three_figures():
    _, drafts = build(TEST_MATCH)
    for draft in drafts:
        if "Kallis scoring ___" in draft.stem:
            assert all(100 <= int(c.text) <= 199 for c in draft.choices), draft.stem


def test_a_role_word_before_a_person_s_name_is_lower_cased_in_a_statement():
    article, _ = build(TEST_MATCH)
    sentence = next(s for s in article.sentences if s.text.startswith("Analyst"))
    assert lower_first(sentence.text, sentence.span[0]).startswith("analyst Peter Hale")


RESCUE = """Climber rescued from mountain

A British climber has been rescued after two nights trapped on a ledge high on a mountain in Switzerland.

Daniel Harding, 29, from Sheffield, was lifted off the mountain by a helicopter on Thursday morning.

Mr Harding was taken to hospital in the town of Visp, where he was treated for frostbite.

Mr Harding's mother, Susan Harding, said the family had spent two terrible days waiting by the phone.

"We are so grateful to the rescuers," Mrs Harding said.

Mr Harding is expected to fly back to Britain next week.
"""

AWARDS = """Singers share music prizes

The award for best British female solo artist went to Joss Stone, 17, from Devon.

Ms Stone, whose debut album has sold more than two million copies, also won best urban act.

American singer Usher won two prizes, for best international male and best international album.

Singer Alex Kapranos said the awards had been a bit of a shock for his band.

Sir Elton John was given the award for outstanding contribution to music.

Rapper Mike Skinner said he had not prepared a speech because he had not expected to win.
"""


def test_a_titled_surname_is_not_a_namesake_of_the_other_sex():
    article, _ = build(RESCUE)
    susan = entity_named(article, "Susan Harding")
    daniel = entity_named(article, "Daniel Harding")
    last = next(s for s in article.sentences if s.text.startswith("Mr Harding is expected"))
    assert all(m.sentence != last.index for m in susan.mentions)
    assert any(m.sentence == last.index for m in daniel.mentions)


def test_a_who_question_drops_an_also_that_leans_on_the_sentence_before():
    _, drafts = build(AWARDS)
    assert not any(d.stem.startswith("Who also ") for d in drafts)


def test_a_count_the_sentence_goes_on_to_list_is_not_blanked():
    _, drafts = build(AWARDS)
    assert not any("Usher won ___ prizes" in d.stem for d in drafts)


def test_a_nationality_opening_a_statement_keeps_its_capital():
    article, _ = build(AWARDS)
    sentence = next(s for s in article.sentences if s.text.startswith("American"))
    assert lower_first(sentence.text, sentence.span[0]).startswith("American singer")
