"""Rules for 2026.11-100, from strict judges' verdicts on reu17 and reu18 (20 Reuters
articles of 2016-17 judged under -99) and the earlier Reuters rounds: an acronym is
its firm's name without the legal ending ("UPS", "United Parcel Service Inc"); the
outlet credited with a fact ("according to Bloomberg News") is never swapped; the
person the headline names is no option for a quotation's "he"; a quotation that
speaks of the other party offers only the speaker's own."""

# ruff: noqa: E501

from quizzes.engine.kinds import true_false
from quizzes.engine.kinds.common import same_name
from quizzes.engine.kinds.who_said import party
from tests.engine.conftest import article_of, drafts_of, entity_named


def test_an_acronym_is_its_firms_name_without_the_legal_ending():
    assert same_name("UPS", "United Parcel Service Inc")
    assert same_name("TMC", "Tribune Media Co")
    assert not same_name("UPS", "FedEx Corp")


POSTAL = """Trump urges postal service to charge Amazon more

WASHINGTON (Reuters) - President Donald Trump on Friday urged the U.S. Postal Service to charge Amazon.com Inc much more to ship its packages.

Amazon was founded by Jeff Bezos, who remains the chief executive of the retail company, according to Bloomberg News.

The Washington Post reported on Thursday that the postal service lost $2.7 billion last year.

Private companies like UPS have long claimed the current system unfairly undercuts their business, said Mary Dunne, an analyst at Harbour Research.

United Parcel Service Inc said on Friday it would hire 5,000 workers in Atlanta.

FedEx Corp said it would hire 2,000 workers in Memphis.
"""


def test_the_outlet_credited_with_a_fact_is_never_swapped():
    assert true_false.credited_source("... chief executive, according to ", ".")
    assert true_false.credited_source("In March, ", " reported that")
    assert not true_false.credited_source("shares of ", " rose 3 percent")
    article = article_of(POSTAL)
    found = next(s for s in article.sentences if "according to Bloomberg News" in s.text)
    for candidate in true_false.candidates(article):
        if candidate.sentence == found.index:
            assert "Bloomberg News" in candidate.draft.stem


WITHDRAW = """Republicans ask Harlan to withdraw from Senate race

WASHINGTON (Reuters) - Senior Republicans on Monday asked Senate candidate Dale Harlan to withdraw from the race after a woman accused him of assault.

"If he refuses to withdraw and wins, the Senate should vote to expel him," Senator Cory Brandt said.

Senator Ted Olsen said he was troubled by the accusations. "These are serious claims," Olsen said.

Harlan denied the accusations. "I have never done anything wrong," Harlan said.

Senate leader Mitch Rowe said the party would not support Harlan. "He should step aside," Rowe said.
"""


def test_the_person_the_headline_names_is_no_option_for_a_quotations_he():
    article = article_of(WITHDRAW)
    assert entity_named(article, "Dale Harlan") is not None
    said = [d for d in drafts_of(WITHDRAW) if d.kind == "who_said" and "expel him" in d.stem]
    assert said
    for draft in said:
        assert "Dale Harlan" not in [c.text for c in draft.choices]


BILL = """House passes tax bill

WASHINGTON (Reuters) - The House of Representatives passed the tax bill on Tuesday, a victory for President Donald Trump.

"Republicans will rue the day they passed this bill," Senate Democratic leader Chuck Sumner told reporters.

"This bill helps the rich and nobody else," said Democratic Senator Ruth Marsh.

House Democratic leader Anne Pell said the party would fight the bill in the courts. "We will not give up," Pell said.

House Speaker Paul Royce defended the bill. "Minds are going to change," Royce said.

White House economic adviser Gary Kohn said the bill would lift wages. "Wages will rise," Kohn said.
"""


def test_a_quotation_on_the_other_party_offers_only_the_speakers_own():
    article = article_of(BILL)
    assert party(article, entity_named(article, "Chuck Sumner")) == "D"
    assert party(article, entity_named(article, "Ruth Marsh")) == "D"
    assert party(article, entity_named(article, "Paul Royce")) is None
    said = [d for d in drafts_of(BILL) if d.kind == "who_said" and "rue the day" in d.stem]
    assert said
    for draft in said:
        options = {c.text for c in draft.choices}
        assert not options & {"Paul Royce", "Gary Kohn", "Donald Trump"}
