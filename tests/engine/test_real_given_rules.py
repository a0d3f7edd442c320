"""A count the sentence's own list of names gives away is never blanked, even when a
name after the list (in a clause of its own) follows: judges failed "Just ___
companies turned up for the auction, Gazprom and the unknown Baikal Finance Group,
named after a large freshwater lake in Siberia" on a real article."""

# ruff: noqa: E501

from quizzes.engine.kinds import number
from tests.engine.conftest import article_of

AUCTION = """Oil unit fetches $9bn at auction

A little-known Russian company has bought the main oil production unit of Russian oil giant Yukos for $9.3bn.

The unit was sold at an auction in Moscow on Sunday after the government seized it over unpaid taxes.

Just two companies turned up for the sale, Gazprom and the unknown Baikal Finance Group, named after a large freshwater lake in Siberia.
"""


def test_a_count_of_the_names_listed_after_it_is_not_blanked():
    blanks = [c.draft.stem for c in number.candidates(article_of(AUCTION))]
    assert not any("___ companies" in stem for stem in blanks)
    assert any("Yukos for ___" in stem for stem in blanks)


def test_a_bare_scaled_count_after_there_is_elliptical():
    # "five million" of what? The sentence before said (homes with broadband).
    from quizzes.engine.kinds.given import elliptical_count

    article = article_of("""Broadband grows

Some 4.5 million homes in the UK now have a broadband connection, says Ofcom.

There will certainly be five million by the end of the year.

The population of the UK is 60 million.
""")
    found = {s.text[:12]: elliptical_count(s) for s in article.sentences}
    assert found == {"Some 4.5 mil": False, "There will c": True, "The populati": False}
