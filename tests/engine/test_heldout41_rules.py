"""The rules added from held-out sets 30 and 31 (2026.11-45): a name of two words
opening a statement keeps its capitals; an opening "By contrast," goes; "41 of them"
points back; two false statements never make one swap; the story's own place is never
swapped in, nor a place that only says where someone works or who spoke; a Welsh lake
is no person; and a UK nation is never blanked beside continental countries."""

# ruff: noqa: E501

from dataclasses import replace

from quizzes.engine import rank
from quizzes.engine.drafts import ENTITY, TRUE_FALSE
from quizzes.engine.entities import PERSON
from quizzes.engine.kinds import true_false
from quizzes.engine.kinds.common import is_name
from quizzes.engine.kinds.referents import usable
from tests.engine.conftest import article_of, drafts_of


def _sentence(article, opening):
    return next(s for s in article.sentences if s.text.startswith(opening))


def _statements(text):
    return [d for d in drafts_of(text) if d.kind == TRUE_FALSE]


# 1. "Copper Lantern gave ...": a two-word name the article writes inside a sentence.

RACE = """Outsider wins the Ebor at York

Copper Kettle gave trainer Jane Hollis the biggest win of her career at York on Saturday.

Hollis said Copper Kettle would now be aimed at the Melbourne Cup in November.

Former champion jockey Dean Rowe finished third on the favourite.
"""


def test_a_name_of_two_words_keeps_its_capital_opening_a_statement():
    article = article_of(RACE)
    assert is_name(article, _sentence(article, "Copper Kettle").span[0])
    # A word that is no name keeps no capital, whatever follows it.
    assert not is_name(article, _sentence(article, "Former").span[0])


# 2. An opening connective pointing to the sentence before goes.

APPRENTICES = """Apprenticeship starts rise

Higher apprenticeships made up 42% of all starts in England last year, up from 30% five years earlier.

By contrast, intermediate apprenticeships, usually aimed at school leavers, made up just 21% of the total.
"""


def test_an_opening_by_contrast_is_left_out_of_a_statement():
    statements = _statements(APPRENTICES)
    assert any("intermediate apprenticeships" in d.stem for d in statements)
    assert not any("contrast" in d.stem.lower() for d in statements)


# 3. "41 of them": the group is in the sentence before.

SAMPLES = """Plastics found in lake

Researchers took 120 samples from the lake over 14 months.

Particles were found in 41 of them, just over a third.

Police arrested 40 protesters in the town centre and charged 12 of them with assault.

Residents were evacuated from the flats, and 30 of them were taken to hospital.

Fewer than 70 breeding males are thought to be present in the UK each year, most of them in Shetland.
"""


def test_a_count_of_them_points_back_unless_its_group_is_named():
    article = article_of(SAMPLES)
    assert not usable(article, _sentence(article, "Particles were found"))[0]
    assert usable(article, _sentence(article, "Police arrested"))[0]
    assert usable(article, _sentence(article, "Residents were evacuated"))[0]
    assert usable(article, _sentence(article, "Fewer than 70"))[0]


# 4. Two false statements of one swap test one fact.


def test_two_false_statements_never_make_one_swap():
    first = next(c for c in true_false.candidates(article_of(RACE)))
    one = replace(
        first, fact="a", answer="a", sentence=1, gist=None, swap=("Eastleigh", "Hammarby")
    )
    same = replace(one, fact="b", answer="b", sentence=2, swap=("Eastleigh", "Hammarby"))
    other_name = replace(same, swap=("Eastleigh", "Holloway Park"))
    assert rank.refusal(same, [one], 10) == rank.REPEAT
    assert rank.refusal(other_name, [one], 10) == rank.REPEAT
    # Two statements of two swaps of figures are two questions (their stems differ).
    one_figure = replace(one, swap=("41", "32"), draft=replace(one.draft, stem="... 32 ..."))
    other_figure = replace(same, swap=("41", "50"), draft=replace(same.draft, stem="... 50 ..."))
    assert rank.refusal(other_figure, [one_figure], 10) is None


def test_both_forms_of_a_statement_carry_the_swap_of_its_false_form():
    text = PORT.replace("was heading to Hamburg", "was carrying 4,000 containers")
    forms = [c for c in true_false.candidates(article_of(text)) if "carrying" in c.draft.stem]
    assert {c.draft.key.text for c in forms} == {"True", "False"}
    assert all(c.swap is not None and c.swap[0] == "4,000" for c in forms)


# 5 and 6. The story's own place is never swapped in; where someone works, or who
# spoke, is never swapped.

PORT = """Rotterdam port shut after ships collide

A container ship and a tanker collided at the entrance to the port of Rotterdam on Tuesday, closing it for a day.

The container ship was heading to Hamburg when it struck the tanker near the harbour mouth.

Terminals in Felixstowe said a small number of arrivals had been pushed back by about a day.

The tanker had sailed overnight from Antwerp in Belgium with a cargo of fuel oil.
"""


def test_who_spoke_and_a_place_placed_in_another_are_not_swapped():
    for draft in _statements(PORT):
        if "small number of arrivals" in draft.stem:
            assert "Felixstowe" in draft.stem
        if "had sailed overnight from" in draft.stem:
            assert "Antwerp in Belgium" in draft.stem, draft.stem


FAVOURITE = """Long shot wins the Plate

Harbour Light won the Northumberland Plate at Gosforth Park on Saturday, beating 19 rivals.

The 7-2 favourite Silver Reckoning, trained in Newmarket by Marcus Dell, never got into contention and finished ninth.

The winner had won a handicap at Haydock last month and was also placed at Doncaster.
"""


def test_where_a_horse_is_trained_is_never_swapped():
    statements = [d for d in _statements(FAVOURITE) if "trained in" in d.stem]
    assert all("trained in Newmarket" in d.stem for d in statements)


# 7. A Welsh lake is no person.

LAKE = """Microplastics found in Welsh lake

Microplastic particles have been found in every sample taken from Llyn Tegid, Wales' largest natural lake, according to a new study.

Lead author Dr Catrin Pugh said the results were a clear sign that upland lakes were not protected.

The researchers now hope to repeat the survey at Llyn Padarn over the next two years.
"""


def test_a_welsh_lake_is_never_a_person():
    article = article_of(LAKE)
    people = {e.name for e in article.entities if e.type == PERSON}
    assert "Llyn Tegid" not in people and "Llyn Padarn" not in people
    for draft in drafts_of(LAKE):
        if draft.kind == ENTITY:
            assert "Catrin Pugh" not in [c.text for c in draft.choices] or draft.key.text in people


# 8. A UK nation blanked beside continental countries.

LIBRARIES = """Library hours to be cut in Herefordshire

Opening hours at 19 libraries across Herefordshire are to be cut by nearly a third from April, the county council said.

Branches in Leominster, Ledbury and Hereford will each lose between eight and 12 hours a week.

Under the Public Libraries and Museums Act 1964, councils in England have a legal duty to provide a comprehensive and efficient library service.
"""


def test_a_uk_nation_named_once_is_not_blanked_beside_foreign_countries():
    for draft in drafts_of(LIBRARIES):
        if draft.kind == ENTITY and draft.key.text == "England":
            others = [c.text for c in draft.choices if not c.is_correct]
            assert all(o in ("Scotland", "Wales", "Northern Ireland") for o in others), others
