"""The true/false rules added from held-out sets 52 to 55: a statement keeps the
case the article gives its first word ("the Campaign for ...", "Iain Dunmore");
a figure compared with another told elsewhere ("slightly below the average of
about 5%") is not swapped, nor the numerator of a share in words ("three
quarters"); a town the sentence places in a county ("Exmouth in Devon") is not
swapped or blanked, nor a place swapped for the country that holds another of
the sentence's places ("the South West and England"); a time counted from an
event told elsewhere ("a day later") is no statement on its own; and a rest
someone will take after the story ranks as a side detail."""

# ruff: noqa: E501

from quizzes.engine.article import Article
from quizzes.engine.drafts import TRUE_FALSE
from quizzes.engine.generate import DEFAULT_PIPELINE
from quizzes.engine.kinds import entity, minor, true_false
from quizzes.engine.kinds.common import is_name
from quizzes.engine.kinds.referents import time_untold
from tests.engine.conftest import drafts_of, split


def _statements(text):
    return [d.stem for d in drafts_of(text) if d.kind == TRUE_FALSE]


# 1. The first word keeps the article's case: "the" after a dropped "But", and a
# given name the tagger takes for a common noun.

QUARRY = """Quarry plan wins approval despite protests

Councillors have approved plans for a new limestone quarry on farmland near the village of Ashby Green.

The company behind the scheme, Northern Aggregates, said the quarry would create 45 jobs over 20 years.

Villagers had gathered more than 2,000 signatures on a petition against the plan.

But the Campaign to Protect Rural Wales (CPRW) said the lorries would cause lasting harm to some of the loveliest countryside in the Marches.

The quarry is expected to open next spring.
"""


AUCTION = """Auction site fined over fake tickets

An auction site has been fined for failing to stop the sale of fake concert tickets.

But eBay said it had removed the listings within hours.
"""


def test_a_lower_case_the_stays_lower_once_but_goes():
    stems = [s for s in _statements(QUARRY) if "Campaign to Protect Rural Wales" in s]
    assert stems
    for stem in stems:
        assert "article, the Campaign" in stem, stem
    # Once "But" goes, the quoted sentence reads "EBay said ...", whose capital second
    # letter would keep it as written: the lower-case word in the article decides.
    article = Article.build(*split(AUCTION), DEFAULT_PIPELINE)
    sentence = next(s for s in article.sentences if s.text.startswith("But"))
    stem = true_false._candidate(article, sentence, None).draft.stem
    assert "article, eBay said" in stem, stem


RESCUE = """Engineer freed after week held in Iraq

A British engineer who was held by gunmen in northern Iraq for a week has been freed unharmed.

Thomas Reed, 52, from Whitby, was handed over to police in Mosul late on Friday.

Iain Dalgleish, a security consultant who advises firms working in Iraq, said Mr Reed had been extremely lucky.

The engineering company said no ransom had been paid.
"""


def test_a_given_name_keeps_its_capital():
    title, body = split(RESCUE)
    article = Article.build(title, body, DEFAULT_PIPELINE)
    sentence = next(s for s in article.sentences if s.text.startswith("Iain"))
    assert is_name(article, sentence.span[0])
    for stem in _statements(RESCUE):
        assert "iain" not in stem, stem


# 2. A figure compared with another the article tells elsewhere is not swapped.

RATES = """County approves council tax rise

Councillors in Rutland have voted to raise council tax by 4.9% from April.

The council's leader said the rise was needed to pay for care of elderly people.

Rutland's rise is slightly below the national average of about 5%, according to figures from the Local Government Association.

Opposition councillors said the rise would hit pensioners hardest.
"""


def test_a_compared_figure_is_not_swapped():
    for stem in _statements(RATES):
        if "national average" in stem:
            assert "about 5%" in stem, stem


# 3. The numerator of a share in words: "four quarters" is no share.

READERS = """Survey finds a third of adults never read

Nearly a third of adults have not read a book for pleasure in the past year, a survey has found.

Three quarters of adults in professional households had read at least one book in the past year, against just over half in households where nobody was in work.

The charity that commissioned the survey said the findings were worrying.
"""


def test_a_share_in_words_keeps_its_numerator():
    for draft in drafts_of(READERS):
        if draft.kind == TRUE_FALSE and "quarters" in draft.stem:
            assert "hree quarters" in draft.stem, draft.stem
        for choice in draft.choices:
            assert choice.text.lower() in ("three quarters", "true", "false") or (
                "quarters" not in choice.text
            ), [c.text for c in draft.choices]


# 4. A town placed in its county is not swapped or blanked; a country is not
# offered beside a region inside it.

COAST = """Cliff fall shuts Dorset coast road

A coast road in west Dorset has been shut after a cliff fall sent hundreds of tonnes of rock onto the carriageway.

The county council said the road, which links Weymouth and Bridport, would stay shut for at least a month.

Drivers are being sent inland through Dorchester, a detour of about 15 miles.

The coastline between Exmouth in Devon and Studland in Dorset was declared a World Heritage Site because its cliffs show millions of years of the Earth's history.

Shopkeepers in Abbotsbury said trade had fallen by half since the road closed.
"""


def test_a_town_placed_in_its_county_is_not_swapped():
    for stem in _statements(COAST):
        if "World Heritage" in stem:
            assert "Exmouth in Devon" in stem, stem


def test_a_town_placed_in_its_county_is_not_blanked(monkeypatch):
    # The gazetteer may or may not find towns to offer beside Exmouth; either way
    # the entity kind never drafts a question on it.
    asked = []
    real = entity._question

    def recording(article, sentence, mention, reference=None):
        asked.append(mention.entity.name)
        return real(article, sentence, mention, reference)

    monkeypatch.setattr(entity, "_question", recording)
    title, body = split(COAST)
    entity.candidates(Article.build(title, body, DEFAULT_PIPELINE))
    assert "Exmouth" not in asked, asked


REGIONS = """Survey maps Britain's readers

A survey of 2,000 adults has found big differences in reading habits across Britain.

Adults in the South West and in Scotland were the most likely to call themselves regular readers, while the lowest figures were in the North East and the West Midlands.

Readers in Wales bought the most books online, the survey found.

The survey was carried out for a reading charity by a market research company.
"""


def test_a_country_is_not_swapped_in_beside_its_own_region():
    for stem in _statements(REGIONS):
        assert "South West and in England" not in stem, stem


# 5. A time counted from an event another sentence tells.


def test_a_day_later_points_back():
    assert time_untold("His driver and interpreter were released a day later.")
    assert time_untold("The pair were found the next morning.")
    assert time_untold("Three weeks later the council changed its mind.")
    assert not time_untold("The trains ran a day later than planned.")
    assert not time_untold("In March he was arrested, and two days later he was charged.")


# 6. A rest someone will take after the story: a side detail.


def test_a_rest_after_the_story_is_a_side_detail():
    assert minor.rest_plan("His trainer said he would now take a fortnight's rest.")
    assert minor.rest_plan("She will take a few days off before returning to training.")
    assert not minor.rest_plan("The council will take a decision next week.")


# 7. A school named after a person is no person.

SCHOOL_BUS = """Minibus laid on after bridge shuts

A road bridge near Lyme Regis has been shut after engineers found cracks in its supports.

The council has arranged for a minibus to carry pupils to the Sir Thomas Aldous School in Axminster while the bridge is closed.

Drivers face a detour of about nine miles through the village of Raymonds Hill.

Martin Cole, the council's highways manager, said repairs would take at least a month.
"""


def test_a_school_named_after_a_person_is_no_person():
    from quizzes.engine.entities import PERSON

    title, body = split(SCHOOL_BUS)
    article = Article.build(title, body, DEFAULT_PIPELINE)
    people = [e.name for e in article.entities if e.type == PERSON]
    assert not [p for p in people if p.endswith("School")], people


# 8. A body's membership, told in passing: a profile, not the story's figure.

PENSIONS = """County raises council tax by 4.9%

Councillors in Rutland have voted to raise council tax by 4.9% from April, adding about £60 a year to a typical bill.

The council said the rise would pay for care of elderly people and for road repairs.

The Rutland Pensioners' Forum said many of its 2,000 members already spent more than a tenth of their income on council tax.

The new charges will appear on bills sent out in March.
"""


def test_a_membership_is_a_profile():
    assert minor.profile("The union said its 5,000 members would vote on the offer.")
    for draft in drafts_of(PENSIONS):
        if draft.kind == TRUE_FALSE and "members" in draft.stem:
            assert "2,000 members" in draft.stem, draft.stem
