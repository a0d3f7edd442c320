"""The rules added from held-out sets 52 to 55 (who-said and entity distractors that
common sense rules out): a person "who was murdered" is dead and never offered as a
speaker; a name NER calls an organisation but the article calls "a security
consultant who ..." is a person, and so one of the people quoted; a quotation of
the speaker's own life ("I think it might be ...") is not asked when the story's one other
person is an official (the service's director); towns offered beside a British town are its neighbours, written as
the British write them ("St Ives"); "a detour that adds 12 miles" says a thing, not
a person's role; a title inside a school's name belongs to the school; and a
country named once but under another name elsewhere ("Britain", "the UK") is the
story's home country, never blanked against foreign ones."""

# ruff: noqa: E501

from quizzes.engine import gazetteer
from quizzes.engine.drafts import ENTITY, WHO_SAID
from quizzes.engine.entities import ORG, PERSON
from quizzes.engine.kinds import fates
from tests.engine.conftest import article_of, drafts_of


def _keyed(drafts, kind, key):
    return [d for d in drafts if d.kind == kind and d.key.text == key]


def _wrong(draft):
    return [c.text for c in draft.choices if not c.is_correct]


def _entity(article, name):
    return next(e for e in article.entities if e.name == name)


# 1. "X, who was murdered in May": the dead are no speakers.

CAPTIVE = """Aid worker released in Yemen

A British aid worker held by tribesmen in Yemen for a month has been released unharmed.

Peter Lomax, 52, from Carlisle, was handed to officials in Marib on Sunday.

His brother, Graham Lomax, said the family had heard the news from the Foreign Office.

"We have hardly slept for a month, and now we can finally breathe again," he said.

Dozens of foreigners have been seized in the country in recent years. They include French teacher Michel Duval, who was murdered in May after being held for six weeks.

Sheikh Ali Nasser, a tribal leader in Marib, said elders had talked to the kidnappers for days.

"They understood in the end that this man was a guest, not an enemy," he said.
"""


def test_a_murdered_person_is_dead():
    article = article_of(CAPTIVE)
    assert fates.died(article, _entity(article, "Michel Duval"))


def test_a_murdered_person_is_never_offered_as_a_speaker():
    drafts = [d for d in drafts_of(CAPTIVE) if d.kind == WHO_SAID]
    assert drafts
    for draft in drafts:
        assert "Michel Duval" not in _wrong(draft), (draft.stem, _wrong(draft))


# 2. "Ewan X, a security consultant who advises ...": a person, whatever NER says.

CONSULTANT = """Engineer freed after kidnap

A British engineer kidnapped in Iraq three weeks ago has been freed.

Police said Mark Dent, 44, was found on the outskirts of Mosul on Tuesday night.

His wife, Karen Dent, said: "We are overjoyed and cannot wait to have him home."

Colonel Ahmed Saleh, of the Mosul police, said two men had been arrested.

"They held him in a farmhouse and moved him twice," he said.

Ewan Cochrane, a security consultant who advises oil firms in the region, said Mr Dent was lucky.

"Taking foreigners has turned into a trade here, and engineers fetch the highest price of all," he said.
"""


def test_a_given_name_with_a_job_in_apposition_is_a_person():
    article = article_of(CONSULTANT)
    assert _entity(article, "Ewan Cochrane").type == PERSON


def test_the_consultant_is_one_of_the_speakers():
    drafts = _keyed(drafts_of(CONSULTANT), WHO_SAID, "Ewan Cochrane")
    assert drafts


# 3. A patient's own life in the first person, against the one other person: an official.

DONORS = """Record numbers join donor register

More than a million people joined the organ donor register last year, the largest rise since it began.

Dr Ruth Ellery, the service's director of donation, said families still refused consent in four cases out of ten.

Sarah Pickford, 41, from Derby, has needed dialysis four times a week for three years while she waits for a new kidney.

"Whenever my mobile goes off I think it might be the hospital at last," she said.
"""


def test_a_first_person_quotation_is_not_asked_between_two():
    assert not _keyed(drafts_of(DONORS), WHO_SAID, "Sarah Pickford")


# 4. Towns offered beside a British town are its neighbours, in their British form.


def test_towns_beside_a_british_town_are_near_it():
    key = gazetteer.lookup("Spalding")
    for name in gazetteer.similar(key, set(), 3, key.name):
        other = gazetteer.lookup(name) or gazetteer.lookup(name.replace("St ", "Saint ", 1))
        assert gazetteer._km(key, other) <= 150, name


def test_saint_is_written_st_in_britain():
    place = gazetteer.Place("Saint Albans", gazetteer.CITY, "GB", "EU", 100)
    assert gazetteer.common_form(place) == "St Albans"
    assert gazetteer.common_form(gazetteer.Place("Saint Louis", gazetteer.CITY, "US", "NA", 1)) == (
        "Saint Louis"
    )


# 5. "through X, a detour that adds eight miles": a place, not a person; "the Sir Thomas X
# School" is a school, with its title.

LANDSLIP = """Landslip closes coast road

A landslip has closed the coast road between Lyme Regis and Bridport.

Traffic is being diverted via the A30 through Melbury Osmond, a detour that adds about eight miles to the journey.

The council's head of roads, Martin Cole, said the slope had to be made safe first.

A minibus will take pupils to the Sir Thomas Hardye School in Dorchester while the road is shut.
"""


def test_a_name_described_with_that_is_no_person():
    article = article_of(LANDSLIP)
    place = _entity(article, "Melbury Osmond")
    assert not (place.type == PERSON and place.confirmed)


def test_a_title_inside_a_school_s_name_stays_in_it():
    article = article_of(LANDSLIP)
    names = {e.name: e.type for e in article.entities}
    assert names.get("Sir Thomas Hardye School") == ORG, names


# 6. A country named once, but under another name elsewhere, is the story's home.
# (Paris, a town of another country, keeps the towns-of-the-story rule from saving it.)

POLLEN = """Hay fever season starting earlier

The hay fever season in the UK now starts about a week earlier than it did 30 years ago, a study has found.

Researchers counted grass pollen at 10 monitoring sites across Britain between 1975 and 2005.

They found that the season began earliest in London and latest in the far north, and that it also began early in Paris.

Allergy charities said about one in five people in the UK had hay fever.
"""


def test_a_country_named_by_two_names_is_not_blanked():
    assert not _keyed(drafts_of(POLLEN), ENTITY, "Britain")
