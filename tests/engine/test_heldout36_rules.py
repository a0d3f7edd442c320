"""The rules added from held-out sets 26 and 27: two given names joined before one
surname are two people, and "Mr X" is never a woman; a bare share as a subject ("Just
10% regularly reached ...") and "the equivalent figure" point back; a continent is
never the swap of a false statement; a statement that says "according to" is led
by "The article reports that"; "The club says" is never "Rovers says"; a name
joined to the blank by its kind word ("___ and the smaller Carrbrook Hospital")
rules out options of other kinds, and "A&E" is no organisation; and where someone
plans to travel next is never swapped."""

# ruff: noqa: E501

from quizzes.engine.drafts import ENTITY, NUMBER, TRUE_FALSE, WHO_SAID
from quizzes.engine.kinds.distractors import acting_body
from quizzes.engine.kinds.referents import usable
from tests.engine.conftest import article_of, drafts_of


def _usable(text, opening):
    article = article_of(text)
    sentence = next(s for s in article.sentences if s.text.startswith(opening))
    return usable(article, sentence)[0]


def _key(draft):
    return next(c.text for c in draft.choices if c.is_correct)


# 1. "Mark and Jenny Oduya": two people; "Mr Oduya" is Mark, never Jenny.

STRANDED = """Strike hits airport

Hundreds of flights were cancelled at the airport on Friday as baggage staff walked out over pay.

Among those caught up in the disruption were Mark and Jenny Oduya, from Solihull, who had been due to fly to Palma with their three children.

"We got here at five in the morning and found out at the desk that it had been cancelled," said Mr Oduya.

"We understand how frustrating this is for passengers," said Priya Sandhu, the airport's spokeswoman.
"""


def test_two_given_names_before_one_surname_are_two_people():
    names = {e.name for e in article_of(STRANDED).entities}
    assert {"Mark Oduya", "Jenny Oduya"} <= names


def test_mr_is_the_husband_not_the_wife():
    drafts = [
        d for d in drafts_of(STRANDED) if d.kind == WHO_SAID and "five in the morning" in d.stem
    ]
    assert drafts
    assert all(_key(d) == "Mark Oduya" for d in drafts)


WIFE_ONLY = """Strike hits airport

Hundreds of flights were cancelled at the airport on Friday as baggage staff walked out over pay.

Among those caught up in the disruption was Jenny Oduya, from Solihull, who had been due to fly to Palma with her three children.

"We got here at five in the morning and found out at the desk that it had been cancelled," said Mr Oduya.

"We understand how frustrating this is for passengers," said Priya Sandhu, the airport's spokeswoman.
"""


def test_mr_never_resolves_to_a_woman():
    drafts = [
        d for d in drafts_of(WIFE_ONLY) if d.kind == WHO_SAID and "five in the morning" in d.stem
    ]
    assert not any(_key(d) == "Jenny Oduya" for d in drafts)


# 2 and 3. A bare share as the subject, and "the equivalent figure", point back.

SLEEP = """Pupils miss out on sleep

Researchers surveyed 2,000 pupils aged 13 to 18 across England about how long they slept before exams.

Just 10% regularly reached the eight to 10 hours recommended for their age group.

Just 18% of the pupils said they went to bed before 10pm.

Across England, the equivalent figure was about one in ten.

The figure rose to 40% among pupils who used phones in bed.
"""


def test_a_bare_share_as_subject_points_back():
    assert not _usable(SLEEP, "Just 10% regularly")
    assert _usable(SLEEP, "Just 18% of the pupils")  # says of whom
    assert _usable(SLEEP, "Researchers surveyed")


def test_the_equivalent_figure_points_back():
    assert not _usable(SLEEP, "Across England, the equivalent figure")
    assert not _usable(SLEEP, "The figure rose")
    drafts = [d for d in drafts_of(SLEEP) if d.kind in (TRUE_FALSE, NUMBER)]
    assert not any("equivalent figure" in d.stem or "Just 10%" in d.stem for d in drafts)


# 4. A continent is never the swap of a false statement.

COAST = """Sea defences delayed again

Work on new sea defences at Withernsea has been delayed until 2027, the council said.

The Holderness coastline is among the fastest-eroding in Europe, losing on average about 2m of land a year in places.

About 300 homes in the town are at risk, according to the Environment Agency.
"""


def test_a_continent_is_never_swapped():
    drafts = [d for d in drafts_of(COAST) if d.kind == TRUE_FALSE and "fastest-eroding" in d.stem]
    assert drafts
    assert all("in Europe" in d.stem for d in drafts)


# 5. "..., according to records held by ...": no second "according to" before it.

WADERS = """Rare waders breed on island

A pair of red-necked phalaropes has bred on the island of Coll for the first time in decades, conservationists said.

The small, brightly coloured waders were last known to have bred on Coll in 1983, according to records held by the Hebridean Wader Partnership.

The birds spend the winter in the Arabian Sea and return to Scotland in late May.
"""


def test_a_statement_with_its_own_according_to_is_not_led_by_another():
    drafts = [d for d in drafts_of(WADERS) if d.kind == TRUE_FALSE]
    records = [d for d in drafts if "according to records" in d.stem]
    assert records
    assert all(
        d.stem.startswith("True or false? The article reports that the small") for d in records
    )
    assert all(d.stem.lower().count("according to") == 1 for d in drafts)
    others = [d for d in drafts if "according to" not in d.stem.lower()]
    assert all(not d.stem.startswith("True or false? The article reports") for d in others)


# 6. "The club says" is never "Rangers says".

STADIUM = """Rangers plan bigger stadium

Plans to double the capacity of a Fife football club's stadium have prompted more than 1,200 objections from people living nearby.

Rangers, who were promoted in May, want to raise the capacity of their ground from 8,200 to 14,500.

Rachel Dunmore, the club's chief executive, said Rangers had outgrown a ground "built for a different era of football".

The club says the redevelopment would create about 160 permanent jobs and bring an estimated £9m a year into the local economy.

Rangers have played at the ground since 1921.

The council will decide on the plans in November, after a decision was postponed in September.
"""


def test_a_plural_team_name_never_stands_before_a_singular_verb():
    assert not any("Rangers says" in d.stem for d in drafts_of(STADIUM))


# 7. Beside "the smaller Carrbrook Hospital" only a hospital fits; "A&E" is a ward.

TRUST = """Hospital trust misses A&E target

Only 61.4% of patients who attended A&E at North Trent Hospitals NHS Foundation Trust in October were seen within four hours.

The trust, which runs St Anselm's Hospital in Doncaster and the smaller Carrbrook Hospital in Worksop, said demand had risen sharply.

The Care Quality Commission rated the trust's urgent care as requiring improvement last year.

The Department of Health and Social Care said an extra £450m had been made available for urgent care this winter.

Staff at the Care Quality Commission said A&E waits had grown across the region.
"""


def test_a_name_joined_to_the_blank_tells_its_kind():
    drafts = [d for d in drafts_of(TRUST) if d.kind == ENTITY and "Carrbrook Hospital" in d.stem]
    assert all(all("Hospital" in c.text for c in d.choices) for d in drafts)


def test_a_hospital_department_is_no_organisation():
    assert not acting_body("A&E")
    assert not acting_body("ICU")
    assert acting_body("Care Quality Commission")


# 8. Where someone plans to go next is an aside, never swapped.

FINAL = """Marsden wins Harrogate title

Ellie Marsden saved two match points to beat Petra Novakova 6-7 7-5 7-6 in the final of the Harrogate Open on Sunday.

The Czech, who beat top seed Anna Lindqvist in Saturday's semi-final, said she would travel to London on Monday to begin her preparations for Wimbledon.

Marsden, who grew up in Bristol, won £52,000 for the title, the biggest prize of her career.

The tournament in Harrogate drew a record crowd of 14,000 over the week.
"""
