"""Rules for 2026.11-99, from strict judges' verdicts on reu13 to reu16 (48 Reuters
articles of 2016-17 judged under -98): two writers in a byline ("By A and B") are a
byline, never a speaker; a stock ticker ("(DAL.N)") never stays in a question's words;
"she said" after "A day after X decided ..., Y was citing ..." is Y's; a head of state
is never the key among options who are not; "Washington" is never a state among
states; a count of US states, of countries or of a chamber of Congress's votes stays
within the known whole; "Special Counsel" is a title, never part of the name."""

# ruff: noqa: E501

from quizzes.engine.kinds import entity, number
from quizzes.engine.kinds.common import tidy
from quizzes.engine.text import BYLINE_KIND, paragraphs
from tests.engine.conftest import article_of, build, drafts_of, entity_named

ADOPTION = """Tax plan worries adoptive parents

By Karen Holt and Mark Fenn

WASHINGTON (Reuters) - Families who adopt children could lose a tax credit under a plan before the U.S. Congress.

"We expected adoptive families to rally in support, but the groups stayed silent," said Peter Holt, who heads the National Council for Adoption.

Senator Ruth Marsh said she would try to restore the credit.

"This credit helps thousands of families every year," Marsh said.

Representative Alan Pike said the credit cost too much.

"We cannot keep every credit and still cut rates," Pike said.
"""


def test_two_writers_in_a_byline_are_a_byline():
    title, _, body = ADOPTION.partition("\n\n")
    kinds = [p.kind for p in paragraphs(body)]
    assert kinds[0] == BYLINE_KIND


def test_a_writer_in_the_byline_never_takes_a_sources_quote():
    article, drafts = build(ADOPTION)
    assert entity_named(article, "Karen Holt") is None
    said = [d for d in drafts if d.kind == "who_said" and "rally in support" in d.stem]
    assert said
    for draft in said:
        assert draft.key.text == "Peter Holt"
        assert all("Karen" not in c.text for c in draft.choices)


def test_a_stock_ticker_never_stays_in_a_question():
    assert (
        tidy("Delta Air Lines Inc (DAL.N), a critic of the carriers, and Facebook (FB.O) agreed.")
        == "Delta Air Lines Inc, a critic of the carriers, and Facebook agreed."
    )
    for index in ("index.SPLRCHCPS", "index .SPLRCHCPS"):
        assert tidy(f"The S&P 500 healthcare {index} rose 5 percent.") == (
            "The S&P 500 healthcare index rose 5 percent."
        )
    # What only looks like one stays: an abbreviation, a bracketed aside.
    assert tidy("The U.S. (and the EU) agreed.") == "The U.S. (and the EU) agreed."
    drafts = drafts_of(
        """Airline fights Gulf carriers

Delta Air Lines Inc (DAL.N), one of the most vocal critics of Gulf carriers, is headquartered in Atlanta, spokeswoman Mary Dunne said on Thursday.

United Airlines (UAL.N) said on Friday it would cut 400 jobs in Chicago and 200 jobs in Denver.

Tom Reed, a lawyer in Chicago, said the carriers had lobbied Congress for a year.
"""
    )
    assert drafts
    assert not any("(DAL.N)" in d.stem or "(UAL.N)" in d.stem for d in drafts)


SWING = """Senator becomes swing vote on tax plan

WASHINGTON (Reuters) - Senator Ruth Rollins is back in the spotlight as a swing vote on the tax plan.

A day after Senate Republican leader Colm McCall decided to link the two issues in a risky strategy, Rollins, a moderate Republican from Maine, was citing data that she called worrisome, casting new doubts over the tax plan's outlook.

She told reporters in the Capitol on Wednesday that her staff's research showed the plan could be a mistake.

"I have data that shows the premium increase will outweigh the tax cut that they get," she said.

Senator Alan Pike said the plan was sound. "This bill cuts taxes for every family," Pike said.

McCall said the Senate would vote next week. "We have the votes," McCall said.
"""


def test_she_after_a_clause_the_parse_made_the_root_is_the_main_subject():
    article, drafts = build(SWING)
    said = [d for d in drafts if d.kind == "who_said" and "premium increase" in d.stem]
    assert said
    assert all(d.key.text == "Ruth Rollins" for d in said)


OFFICE = """Tax overhaul passes

WASHINGTON (Reuters) - The tax overhaul was the party's first major legislative victory since President Dan Harlow took office in January, Senator Ruth Marsh said.

Tom Reed, a lawyer in Albany, said the law would cost New York billions of dollars.

Governor Alan Pike said the state would sue to block the law.

Harlow signed the bill on Friday, and Marsh said Pike was wrong.
"""


def test_a_head_of_state_is_no_key_among_people_who_are_not():
    article = article_of(OFFICE)
    harlow = entity_named(article, "Dan Harlow")
    assert entity._lone_head(article, harlow, ["Tom Reed", "Alan Pike"])
    assert not entity._lone_head(
        article, entity_named(article, "Tom Reed"), ["Alan Pike", "Ruth Marsh"]
    )
    keyed = [
        c
        for c in entity.candidates(article)
        if c.draft.key.text == "Dan Harlow" and "took office" in c.draft.stem
    ]
    assert not keyed


def test_washington_is_never_a_state_among_states():
    text = """Mandate repeal divides senators

WASHINGTON (Reuters) - The individual mandate requires Americans to have health insurance or pay a penalty to Washington, a provision that Republicans have long opposed.

Senators from Louisiana, Georgia and Alabama said the mandate should go, and Senator Ruth Marsh of Maine said it should stay.

Voters in Louisiana and Alabama will decide next year, officials in Georgia said.
"""
    article = article_of(text)
    for candidate in entity.candidates(article):
        options = [c.text for c in candidate.draft.choices]
        assert "Washington" not in options
    assert entity.WASHINGTON_STATE.search("the rain in Washington state")
    # Nor an option beside a state key ("Alexandria, ___": Virginia, never Washington).
    article = article_of(
        """Tax plan worries adoptive parents

WASHINGTON (Reuters) - Lawmakers in Washington are weighing the end of a tax credit for families who adopt children.

Peter Holt heads the National Council for Adoption, a small organization in Alexandria, Virginia, that represents adoption agencies.

Families in Georgia and Connecticut use the credit most, officials in Washington said on Tuesday.

Holt said the council would press senators from Georgia and Connecticut to keep the credit.
"""
    )
    keyed = [c.draft for c in entity.candidates(article) if c.draft.key.text == "Virginia"]
    assert keyed
    for draft in keyed:
        assert "Washington" not in [c.text for c in draft.choices]


def test_a_count_of_us_states_or_countries_stays_within_the_whole():
    article = article_of(
        """Refugee agencies shrink

WASHINGTON (Reuters) - The U.S. State Department said on Tuesday that the number of refugees would fall to 45,000 this year.

There are about 300 resettlement offices spread across 49 states, and advocates estimate several dozen are at risk.

A global attack last year hit computers in 150 countries, officials said.
"""
    )
    blanks = {c.draft.key.text: c.draft for c in number.candidates(article)}
    for key, whole in (("49", 50), ("150", 195)):
        assert key in blanks
        for choice in blanks[key].choices:
            assert int(choice.text.replace(",", "")) <= whole
    assert number.known_whole(article, " states, and advocates") == 50
    assert number.known_whole(article, " countries, officials") == 195
    assert number.known_whole(article, " offices") is None


def test_a_count_of_senate_votes_stays_within_the_senate():
    article = article_of(
        """Senate weighs tax bill

WASHINGTON (Reuters) - Republicans hold 52 seats in the U.S. Senate and can pass the bill with a simple majority.

Otherwise, Senate Republicans would need 60 votes, Senator Ruth Marsh said on Tuesday.

The Alabama Senate voted 20 to 9 to back the plan, officials said.
"""
    )
    otherwise = next(s for s in article.sentences if s.text.startswith("Otherwise"))
    alabama = next(s for s in article.sentences if "Alabama Senate" in s.text)
    assert number.chamber_size(article, otherwise) == 100
    assert number.chamber_size(article, alabama) is None
    blank = next(c.draft for c in number.candidates(article) if c.draft.key.text == "60")
    assert all(int(c.text) <= 100 for c in blank.choices)


def test_a_count_short_of_a_majority_stays_short_of_it():
    text = """Party loses its majority

LIMA (Reuters) - With 10 votes fewer, the Popular Party would command 61 seats in the 130-member, single-chamber Congress, less than an absolute majority, though it would still be the biggest voting bloc.

Party leader Ana Ruiz said on Tuesday she would hold talks with 12 lawmakers who left the party.

The Congress will vote on the budget in March, officials said.
"""
    article = article_of(text)
    sentence = next(s for s in article.sentences if "61 seats" in s.text)
    assert number.chamber_size(article, sentence) == 130
    blank = next(c.draft for c in number.candidates(article) if c.draft.key.text == "61")
    assert all(int(c.text) <= 65 for c in blank.choices)


def test_special_counsel_is_a_title_not_part_of_the_name():
    article = article_of(
        """Probe will be fair, president says

WASHINGTON (Reuters) - Some allies have accused the team of Justice Department Special Counsel Robert Hale of bias.

Hale has charged four associates in his investigation, Senator Ruth Marsh said.
"""
    )
    names = {e.name for e in article.people}
    assert "Robert Hale" in names
    assert not any(name.startswith("Department") for name in names)
