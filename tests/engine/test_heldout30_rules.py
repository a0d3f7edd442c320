"""The rules added for held-out set 30: a club ("X Albion") is never a person offered
as a speaker; a label's number ("type 2", "Article 50") is a name, never a blank; a
stem that prints a bare key beside its blank's own word, a true statement's figure,
or the share a part is of its whole gives that question away; where an ambassador is
summoned, or a capital that stands for its government, is known unread; the length of
an inspection beside what it found and the head count of a meeting set the scene; a
target year's options never lie in the article's past, and a bare count whose noun
another sentence gives is not asked; a false statement puts a court only where a court
was; two places the article ties into one location are never swapped for each other."""

# ruff: noqa: E501

from quizzes.engine import numbers
from quizzes.engine.drafts import Choice, Draft
from quizzes.engine.entities import ORG, PERSON
from quizzes.engine.generate import MIN_SCORE
from quizzes.engine.giveaways import gives_away
from quizzes.engine.kinds import known, slots
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.kinds.given import elliptical_count
from tests.engine.conftest import article_of, drafts_of


def _candidate(kind, stem, key, distractors=(), explanation="", sentence=0):
    choices = [Choice(key, True)] + [Choice(d, False) for d in distractors]
    draft = Draft(kind, stem, tuple(choices), explanation, (), 0.7, answer_type="statement")
    return Candidate(draft, sentence, 0, f"{kind}:{sentence}", key)


# 1. A club is never offered among the people who might have said something.

CLUB = """Carlton stun Ashby in the cup

Non-league Carlton Albion dumped Championship side Ashby Town out of the FA Cup with a late winner.

Substitute Darren Pollard headed home in the 88th minute to send the part-timers into the fourth round.

"I have dreamed about a moment like that since I was a little kid," Pollard said.

Ashby captain Michael Stroud apologised to the 1,200 travelling supporters, who booed the team off.

"They have paid good money to come here and we have let them all down badly," Stroud told BBC Radio.

Striker Gary Whitmore had levelled for Ashby early in the second half with a close-range finish.
"""


def test_a_club_named_like_a_person_is_an_organisation_and_never_a_speaker():
    article = article_of(CLUB)
    club = next(e for e in article.entities if e.name == "Carlton Albion")
    assert club.type == ORG
    asked = [d for d in drafts_of(CLUB) if d.kind == "who_said"]
    assert asked
    for draft in asked:
        assert "Carlton Albion" not in {c.text for c in draft.choices}, draft.choices


# 2. A label's number is a name; give-aways across a set.

LABEL = """Night shifts linked to diabetes

Working night shifts for several years may raise the risk of developing type 2 diabetes, a study of 18,600 nurses suggests.

The researchers found that people on grade 3 contracts worked the most nights over the eight years of the study.

About 3.5 million people in the UK regularly work at night, according to official figures.

Lead researcher Dr Helen Marsh said employers needed to take the findings seriously.
"""


def test_a_label_number_is_never_blanked_or_swapped():
    for draft in drafts_of(LABEL):
        assert "type ___" not in draft.stem and "grade ___" not in draft.stem, draft.stem
        if draft.kind == "true_false":
            assert "type 2 diabetes" in draft.stem or "diabetes" not in draft.stem
            assert "grade 3" in draft.stem or "grade" not in draft.stem


def test_a_bare_key_printed_beside_its_blank_word_is_given_away():
    blank = _candidate(
        "number",
        'Complete the sentence from the article: "People who work nights may be more likely to develop type ___ diabetes, researchers say."',
        "2",
        ["3", "4", "5"],
    )
    statement = _candidate(
        "true_false",
        "True or false? According to the article, around two million Britons have been diagnosed, and most have type 2.",
        "True",
        ["False"],
        sentence=3,
    )
    # The story's own words ("diabetes", "people", "type") tie nothing on their own.
    common = frozenset({"diabet", "people", "type", "develo", "resear"})
    assert gives_away(statement, blank, common)
    elsewhere = _candidate(
        "true_false",
        "True or false? According to the article, the study followed 2 groups of people for years.",
        "True",
        ["False"],
        sentence=4,
    )
    assert not gives_away(elsewhere, blank, common)


def test_a_stem_printing_a_true_statements_figure_gives_it_away():
    blank = _candidate(
        "number",
        'Complete the sentence from the article: "Working night shifts for ___ may raise the risk of developing diabetes by as much as 40%, a study suggests."',
        "several years",
        ["two weeks", "a month"],
    )
    statement = _candidate(
        "true_false",
        "True or false? According to the article, long-term night workers were 40% more likely to develop diabetes.",
        "True",
        ["False"],
        "True: the article says exactly this.",
        sentence=4,
    )
    assert gives_away(blank, statement)
    unrelated = _candidate(
        "true_false",
        "True or false? According to the article, the council raised parking charges by 40% last year.",
        "True",
        ["False"],
        "True: the article says exactly this.",
        sentence=5,
    )
    assert not gives_away(blank, unrelated)


def test_a_share_in_words_gives_away_the_part_of_a_stated_whole():
    lead = _candidate(
        "number",
        'Complete the sentence from the article: "A school which cost ___ has failed its inspection after teaching was judged poor in almost half of lessons."',
        "£28m",
        ["£22m", "£33m"],
    )
    part = _candidate(
        "number",
        'Complete the sentence from the article: "Inspectors watched 64 lessons and judged ___ of them to be inadequate."',
        "30",
        ["40", "50", "60"],
        sentence=3,
    )
    assert gives_away(lead, part)
    false = _candidate(
        "true_false",
        "True or false? According to the article, inspectors watched 64 lessons and judged 50 of them to be inadequate.",
        "False",
        ["True"],
        'False: the article says "30", not "50".',
        sentence=3,
    )
    assert gives_away(lead, false)


# 3. Where an ambassador is summoned; a capital standing for its government.

SUMMONED = """Russia protests over trawler

Russia has summoned Norway's ambassador in Moscow after the Norwegian coastguard detained a Russian fishing trawler near Svalbard.

The vessel was boarded on Tuesday and escorted to the port of Tromso, where its crew of 34 were questioned.

Moscow says the waters are not Norwegian territory and has accused Oslo of overstepping its authority.

The trawler's owner, a company based in Murmansk, said the nets complied with Russian rules.

Relatives of the crew gathered outside the company's offices in Murmansk on Wednesday.

Diplomats in Warsaw and Minsk said they were watching the dispute closely.
"""


def test_where_an_ambassador_is_summoned_is_never_asked_nor_swapped():
    for draft in drafts_of(SUMMONED):
        if draft.kind == "entity":
            assert "ambassador in ___" not in draft.stem, draft.stem
            assert "accused ___ of" not in draft.stem, draft.stem
        if draft.kind == "true_false" and draft.key.text == "False":
            assert "ambassador in Moscow" in draft.stem or "ambassador" not in draft.stem
            assert "accused Oslo" in draft.stem or "accused" not in draft.stem


def test_a_city_whose_country_the_stem_names_is_known_unread():
    stem = 'Complete the sentence from the article: "Russia has expelled two diplomats from its mission in ___ after the row."'
    assert known.country_in_stem("Murmansk", stem, ["Warsaw", "Minsk"])
    assert not known.country_in_stem("Murmansk", stem, ["Kazan", "Omsk"])
    assert known.diplomatic_seat("The French embassy in ")
    assert not known.diplomatic_seat("The trawler was escorted to the port of ")


# 4 and 6. Scene-setting figures: an inspection's length, a meeting's head count.

INSPECTION = """Academy put into special measures

A flagship academy in Bristol which opened two years ago has been placed in special measures by Ofsted.

Inspectors observed 64 lessons over three days in November and judged 30 of them to be inadequate.

The report also criticised high staff turnover, saying 19 teachers had left since September.

Parents were told of the findings at a meeting at the school on Wednesday evening, attended by about 150 people.

Principal Dr Marion Ellery said she accepted the findings and that a recovery plan was in place.
"""


def test_the_length_of_an_inspection_and_a_meetings_head_count_set_the_scene():
    drafts = [d for d in drafts_of(INSPECTION) if d.kind == "number"]
    keys = {d.key.text: d for d in drafts}
    assert "30" in keys and keys["30"].score >= MIN_SCORE
    for key in ("three days", "150"):
        assert key not in keys or keys[key].score < MIN_SCORE, keys[key].stem


# 5. A target year's options; a bare count whose noun another sentence gives.

TARGET = """Academy targets questioned

Ofsted said only 21% of pupils at the academy gained five good GCSEs in 2006.

The academy's sixth form opened in 2005 and now has 240 students.

Academies are independently managed state schools which are free from council control. Ministers want 200 to be open or in the pipeline by 2010.

Ministers hope to have 400 academies open across England by 2010, officials said.

Critics said the 2010 target for academies would be missed by a wide margin.
"""


def test_a_target_years_options_are_never_in_the_articles_past():
    asked = [
        d
        for d in drafts_of(TARGET)
        if d.kind == "number" and ("England by ___" in d.stem or "the ___ target" in d.stem)
    ]
    assert len(asked) == 2
    for draft in asked:
        for choice in draft.distractors:
            assert numbers.parse(choice.text).value >= 2006, draft.choices


ELLIPSIS = """Library closures planned

Free schools are run by charities and parent groups outside council control. Ministers want 120 to be open across Wales by 2012.

About 600 posts will go in Cardiff, while a further 450 will be lost in Swansea.

Police arrested 12 after the protest outside the council offices.
"""


def test_a_bare_count_whose_noun_another_sentence_gives_is_not_asked():
    for draft in drafts_of(TARGET):
        assert "want 200 to be" not in draft.stem and "want ___ to be" not in draft.stem, draft.stem
    article = article_of(ELLIPSIS)
    found = {s.text[:20]: elliptical_count(s) for s in article.sentences}
    assert found["Ministers want 120 t"]
    assert not found["About 600 posts will"]  # "450" borrows "posts"
    assert not found["Police arrested 12 a"]  # people, by the verb


# 7 and 8. What a false statement may put in a slot.

COURT = """Man jailed for pensioner's murder

A man who beat a widower to death during a burglary at his home in Sheffield has been jailed for life.

Darren Kettle, 31, was convicted of murder by a jury at Sheffield Crown Court after a two-week trial.

Arthur Whitlam was found dead in the hallway of his terraced house in Hillsborough on 14 March last year.

Mr Whitlam, a former steelworker, had served with the Royal Navy and lived alone after his wife died.

His medals were recovered by South Yorkshire Police and have been returned to his family in Rotherham.
"""


def test_a_false_statement_puts_only_a_court_where_a_court_was_and_never_a_linked_place():
    for draft in drafts_of(COURT):
        if draft.kind != "true_false":
            continue
        assert "jury at the Royal Navy" not in draft.stem, draft.stem
        assert "jury at South Yorkshire Police" not in draft.stem, draft.stem
        assert "terraced house in Sheffield" not in draft.stem, draft.stem
        assert "his home in Hillsborough" not in draft.stem, draft.stem


def test_slot_rules():
    assert not slots.same_sort("Sheffield Crown Court", "Royal Navy")
    assert slots.same_sort("Sheffield Crown Court", "Leeds Crown Court")
    assert not slots.same_sort("Tesco", "Leeds Crown Court")
    assert slots.same_sort("Tesco", "Asda")


def test_who_said_options_are_people():
    article = article_of(CLUB)
    names = {e.name for e in article.entities if e.type == PERSON}
    for draft in drafts_of(CLUB):
        if draft.kind == "who_said":
            assert {c.text for c in draft.choices} <= names


# A full name NER calls a body is a person once the article titles its surname.

TITLED_LATER = """Fishing row deepens

Sweden's state secretary for fisheries, Anne Lunde, insisted the coastguard had acted lawfully.

Ms Lunde said the captain faced a large fine and the catch could be confiscated.
"""


def test_a_full_name_typed_a_body_is_a_person_when_the_article_titles_its_surname():
    article = article_of(TITLED_LATER)
    person = next(e for e in article.entities if e.name == "Anne Lunde")
    assert person.type == PERSON
    assert not any(e.type == ORG and "Lunde" in e.name for e in article.entities)


def test_a_label_needs_its_word_straight_before_the_number():
    from quizzes.engine.kinds.number import label_number

    forty = numbers.parse("40")
    assert label_number("developing type ", forty)
    assert label_number("triggered Article ", forty)
    assert not label_number("At one stage ", forty)  # a moment, not a label
    assert not label_number("rose by ", numbers.parse("40%"))
