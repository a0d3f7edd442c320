"""Rules found on held-out articles am-ar (engine 2026.11-7): safer options."""

from quizzes.engine.kinds.common import in_headline
from tests.engine.conftest import build, entity_named

WATCHDOG = """Care group told to improve

A care operator running eleven homes across Norfolk has been told to improve.

Healthwatch Norfolk, which represents patients, said it had received 31 complaints.

Its manager, Alex Stewart, said families felt ignored. "People told us they had to chase staff
repeatedly to find out how their mother was," he said.

Dr Priya Raman, of the regulator, said inspectors would return. "Where we find care that puts
people at risk, we will act quickly," she said.

Janet Cole said her father had been left alone. "I am angry that nobody above them seemed to
notice at all," she said.

Warrington host Leeds Rhinos on Saturday, and Wigan travel to Hull on Friday.
"""

SPEAKERS = """Bypass protest continues

The council's cabinet member, Robert Ainsley, said the road had been planned for years.

Mr Ainsley said the scheme would leave more trees in the area than today.

But ecologist Dr Hannah Price, of the University of Birmingham, said young trees could not
replace an old wood. "It takes centuries for a wood like this to develop," she said.
"""

KINDS = """Airport passenger numbers rise

A criminal group known as BlackMarsh has claimed responsibility for the attack on the council's
website, the National Crime Agency said.

The National Cyber Security Centre said it was helping Redcliffe County Council to recover.

Ryanair and TUI were the next busiest carriers at the airport, which the Civil Aviation
Authority said had handled two million passengers.
"""


def test_a_body_named_after_a_place_is_never_a_person_option():
    article, drafts = build(WATCHDOG)
    watchdog = entity_named(article, "Healthwatch Norfolk")
    assert watchdog is None or watchdog.type != "person" or not watchdog.confirmed
    team = entity_named(article, "Leeds Rhinos")
    assert team is None or team.type != "person"
    for d in drafts:
        options = [c.text for c in d.choices]
        assert "Healthwatch Norfolk" not in options or "Alex Stewart" not in options


def test_she_never_resolves_to_a_man_across_another_speaker():
    _, drafts = build(SPEAKERS)
    for d in drafts:
        if "It takes centuries" in d.stem:
            assert d.key.text == "Hannah Price"


def test_a_slot_that_names_a_kind_takes_only_that_kind():
    _, drafts = build(KINDS)
    for d in drafts:
        assert "known as ___" not in d.stem
        assert "Ryanair and ___" not in d.stem


def test_a_demonym_in_the_headline_gives_the_place_away():
    assert in_headline("Welsh miners film wins prize", {"wales"}, "Wales")
    assert in_headline("Kenyan runner wins marathon", {"kenya"}, "Kenya")
    assert not in_headline("Miners film wins prize", {"wales"}, "Wales")


REGULATOR = """Water firm fined for sewage spills

The court heard that staff had failed to report the spills to the Environment Agency.

The Environment Agency said the case sent a clear message. The Environment Agency will
inspect the works again next year, and the Environment Agency will publish its findings.

The company was also ordered to pay £160,000 in costs.
"""


def test_a_regulator_is_never_the_company():
    _, drafts = build(REGULATOR)
    for d in drafts:
        assert "Environment Agency was also ordered" not in d.stem
