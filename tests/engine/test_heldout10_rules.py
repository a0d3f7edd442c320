"""The rules added after held-out set 9 (2026.11-13), one short test per class."""

# ruff: noqa: E501

import pytest

from quizzes.engine.entities import ORG, PERSON
from quizzes.engine.kinds.common import is_name
from quizzes.engine.refer import opening
from tests.engine.conftest import build, entity_named

FACTORY = """Car plant to cut 900 jobs

The car maker Drayton Motors is to cut 900 jobs at its factory in Swindon, Wiltshire.

Managing director Karen Hollis said falling sales had left the plant running well below capacity.

"We cannot keep building cars that nobody is buying," Ms Hollis said.

The Transport and General Workers' Union said the announcement was a hammer blow for the town.

Regional officer Peter Grant said workers had been told of the cuts at a meeting in the canteen.

"These are skilled people who deserve better than this," Mr Grant said.

Avon and Wiltshire Police said 200 workers had gathered outside the gates on Tuesday morning.

Local MP Susan Hardy said the cuts would hit suppliers across the county as well as the plant itself.

About 300 people are expected to leave in this way before the end of March.

The company said its van factory in Swindon would not be affected by the cuts.
"""

AID = """Drought leaves millions hungry

More than eight million people in east Africa need food aid after the worst drought in a decade.

James Morton, the director of the Food Relief Agency, said the agency needed $300m to feed people.

The British government announced an extra £12m in emergency aid on Tuesday.

Development Secretary Helen Barr said the money would pay for food, clean water and medicine.

In Ethiopia, the government said 2.4 million people needed food aid until the next harvest.

Charity worker Tom Reid said some families were walking 30km a day to find water for their animals.

The British Heart Foundation has run a separate appeal for clinics in the region since May.

Heart disease kills about 90,000 people in the region each year, according to the health ministry.

Ms Barr is expected to visit Nairobi and Addis Ababa next week to see the relief effort for herself.

She said Britain would press other countries at the United Nations in New York to give more.
"""

PROBE = """Probe lands on distant moon

The Huygens probe has landed on Titan, the largest moon of Saturn, after a seven-year journey.

Huygens was carried to Saturn by the American spacecraft Cassini, which was launched in 1997.

Dr Jean Lebrun, the mission manager, said the landing had gone better than anyone had hoped.

"It is a fantastic day for science," Dr Lebrun said.

Professor Alan Cole of the Open University said the pictures showed rivers and shorelines.

"We have never seen anything like it," Professor Cole said.

The mission cost about $3.3bn, of which Europe paid about a fifth.
"""

TENNIS = """Henman loses in Paris

Tim Henman lost the Paris Masters final to Russia's Marat Safin in straight sets on Sunday.

"Marat played too well for me today," Henman said.

His coach, Paul Annacone, said the Briton could take a lot of positives from the week.

Henman reached the semi-finals of both the French Open and the US Open this year, the first time he has gone that far at either event.

He is expected to finish the year ranked sixth in the world, the highest year-end ranking of his career.
"""

STRIKE = """Drivers vote to strike

Train services across Scotland face severe disruption after drivers voted to strike in a row over pay.

The union Aslef said 82% of its members in Scotland had backed the walkout.

Union organiser Kevin Lindsay said drivers in Scotland were paid less than those in England.

"Our members have been patient for long enough," Mr Lindsay said.

ScotRail managing director Mary Dickson said the company had offered a rise of 3.5%.

The last national rail strike in Scotland lasted for ten days and cost an estimated £3m.
"""


@pytest.fixture(scope="module")
def factory():
    return build(FACTORY)


@pytest.fixture(scope="module")
def aid():
    return build(AID)


def test_a_name_ending_in_union_is_an_organisation(factory):
    article, drafts = factory
    union = "Transport and General Workers' Union"
    assert all(e.type == ORG for e in article.entities if e.name == union)
    for draft in drafts:
        if draft.stem.startswith("Who "):
            assert union not in [c.text for c in draft.choices]


def test_a_name_that_modifies_a_name_keeps_its_capital(factory):
    _, drafts = factory
    stems = [d.stem for d in drafts]
    assert not any("avon and" in stem for stem in stems)


def test_a_word_from_a_longer_name_is_no_name_of_its_own(aid):
    article, _ = aid
    sentence = next(s for s in article.sentences if s.text.startswith("Heart disease"))
    assert not is_name(article, sentence.span[0])


def test_stems_do_not_lean_on_an_earlier_sentence(factory, aid):
    for _, drafts in (factory, aid):
        for draft in drafts:
            stem = draft.stem
            if stem.startswith(("Complete the sentence", "True or false")):
                continue  # a quotation of the article, not a question in its own words
            assert "in this way" not in stem
            assert "the agency" not in stem
            assert "the money" not in stem
            assert not stem.startswith("According to the government")


def test_a_fronted_place_is_not_dropped_from_an_attribution(aid):
    _, drafts = aid
    for draft in drafts:
        assert "how many people needed food aid until the next harvest" not in draft.stem


def test_a_pronoun_reference_replaces_only_the_pronoun():
    article, drafts = build(TENNIS)
    henman = entity_named(article, "Tim Henman")
    assert henman is not None and henman.type == PERSON
    sentence = next(s for s in article.sentences if s.text.startswith("He is expected"))
    reference = opening(article, sentence)
    assert reference is None or reference.end == sentence.start + len("He")
    for draft in drafts:
        if draft.stem.startswith("True or false?"):
            statement = draft.stem.removeprefix("True or false? According to the article, ")
            assert len(statement.split()) >= 6, draft.stem


def test_a_probe_or_spacecraft_is_no_organisation():
    article, drafts = build(PROBE)
    assert all(e.type != ORG for e in article.entities if e.name in ("Huygens", "Cassini"))
    for draft in drafts:
        assert not draft.stem.startswith("Which organisation was carried")


def test_the_story_s_own_country_is_not_blanked_beside_foreign_ones():
    _, drafts = build(STRIKE)
    for draft in drafts:
        if "Scotland" in [c.text for c in draft.choices]:
            others = [c.text for c in draft.choices if c.text != "Scotland"]
            assert all(o in STRIKE for o in others), draft.stem


BRIDGE = """Tolls rise on Severn crossing

Drivers crossing the Severn bridge between England and Wales will pay more from January.

Tolls are only collected from drivers travelling west into Wales, and crossing into England is free.

Business leader David Rosser said the tolls were a tax on the economy of Wales.

Haulier Ian Gallagher said his firms would pass the cost on to customers in England.

The first bridge opened in 1966 and the second crossing opened in 1996.
"""


def test_a_country_named_again_and_again_is_not_blanked_beside_strangers():
    _, drafts = build(BRIDGE)
    for draft in drafts:
        if "England" in [c.text for c in draft.choices]:
            others = [c.text for c in draft.choices if c.text != "England"]
            assert all(o in BRIDGE for o in others), draft.stem
