"""Rules for 2026.11-95, from strict judges' verdicts on reu7 and reu8 (24 more Reuters
articles of 2016-17, judged under -94): a tower one goes to is no person; a capital
dealt "with" stands for its government, and so does Washington; "not in a position
to comment", the agency's "could not confirm ... independently" and its credit for a
scoop ("first reported") are formulas; nobody is asked about whose every mention is
such a formula; a word that spells its key ("downplayed", "played down") is not
asked; "wins" takes neither "does very well" nor "makes good progress"; approval and
disapproval are one whole; a quotation that stops on "those" before the article's
noun is not asked; a share's close ("closed down ... at $34.33") is a market move; a
count "last week" is anchored; and the count of officials who "said" is never
blanked."""

# ruff: noqa: E501

from quizzes.engine.kinds import entity, minor, number, who_is, word_meaning
from quizzes.engine.kinds.who_said import CUT_AT_DETERMINER
from quizzes.engine.kinds.worth import formula, market_move
from tests.engine.conftest import article_of, entity_named
from tests.engine.test_real_links_rules import _refused_unless, _sentence
from tests.engine.test_xsum_rules import _keys


def test_a_tower_one_goes_to_is_no_person():
    article = article_of(
        """Blackwater founder questioned

Erik Prince made multiple visits to Trump Tower in New York, he told the committee.

Donald Trump said he had never met Erik Prince at Trump Tower.

Steve Bannon said Prince had written memos for the campaign.
"""
    )
    tower = entity_named(article, "Trump Tower")
    assert tower is None or tower.type != "person"
    assert entity_named(article, "Donald Trump").type == "person"


CAPITAL = """Trump adviser met Russian in Seychelles

The meeting was an effort to connect the incoming Trump administration with {place}, the newspaper said.

Officials in Saint Petersburg and Voronezh said they knew nothing of it.

Erik Prince said he had flown to the Seychelles for business.
"""


def test_a_capital_dealt_with_is_its_government():
    asked = article_of(CAPITAL.format(place="Moscow"))
    assert not [c for c in entity.candidates(asked) if c.draft.key.text == "Moscow"]
    other = article_of(CAPITAL.format(place="Kazan"))
    assert [c for c in entity.candidates(other) if c.draft.key.text == "Kazan"]


def test_washington_that_acts_is_the_government():
    text = """Myanmar sanctions weighed

Washington has sought to balance its wish to nurture the civilian government in Myanmar with its desire to hold the military accountable.

Officials in Georgia, Louisiana and Alabama were not consulted, the State Department said.

Murray Hiebert said the threat of sanctions would matter.
"""
    assert not [c for c in entity.candidates(article_of(text)) if c.draft.key.text == "Washington"]


def test_more_formulas_a_reporter_writes():
    for sentence in (
        "Voloshyn told Reuters he was not immediately in a position to comment.",
        "Reuters could not confirm the accusations independently.",
        "The New York Times first reported that the two sets of lawyers had stopped talking.",
    ):
        assert formula(_sentence(sentence, sentence.split()[1])[1]), sentence
    _refused_unless(
        "Reuters could not confirm the accusations against Harbour Lines independently on Tuesday.",
        "accusations",
        "could not confirm the accusations against Harbour Lines independently",
        "published the accusations against Harbour Lines",
    )


def test_nobody_is_asked_about_whose_every_mention_is_a_formula():
    text = """Manafort lawyers fight gag order

Tom Baker, a lawyer, said the article did not break the order. Mr Baker said the court had been misled.

Jason Maloni, a spokesman for Harbour Lines, declined to comment.

Mary Dunne, a senator, said the piece broke the order. Ms Dunne said the court should act.

Peter Greig, a professor, said the case was unusual. Mr Greig said judges rarely gag defendants.
"""
    asked = {c.draft.stem for c in who_is.candidates(article_of(text))}
    assert "According to the article, who is Jason Maloni?" not in asked
    assert "According to the article, who is Tom Baker?" in asked


def test_a_word_that_spells_its_key_is_not_asked():
    text = """Tax talks

Republicans downplayed the threat to the tax bill on Tuesday, saying the talks were going well.

Mary Dunne said the vote would be close.
"""
    asked = {c.draft.stem.split('"')[1] for c in word_meaning.candidates(article_of(text))}
    assert "downplayed" not in asked


def test_wins_takes_no_near_synonym():
    # "Even if English prevails": "does very well" and "makes good progress" are half
    # true beside "wins", and each beside the other.
    assert word_meaning._close("win", "thrive")
    assert word_meaning._close("win", "progress")
    assert word_meaning._close("progress", "thrive")
    assert not word_meaning._close("win", "falter")


def test_approval_and_disapproval_are_one_whole():
    sentence = "only 20 percent approved of the way Congress was handling its job, with 70 percent disapproving"
    assert minor.within_one_whole(sentence, 70, ["90 percent", "60 percent"]) == ["60 percent"]


def test_a_quotation_stopping_before_the_articles_noun_is_not_asked():
    assert CUT_AT_DETERMINER.search(
        "it is a little tricky to find the national security rationale in those"
    )
    assert not CUT_AT_DETERMINER.search("The ferry has been losing money and we must change that,")


def test_a_shares_close_is_a_market_move():
    article = article_of(
        """Trump opposes AT&T deal

AT&T closed down less than 1 percent at $34.33 on Tuesday.

Mary Dunne said the merger would cut jobs.
"""
    )
    assert market_move(article, article.sentences[0])
    assert not [c for c in number.candidates(article) if c.sentence == 0]


def test_a_count_last_week_is_anchored():
    article = article_of(
        """Trump defends Moore

Roy Moore is running against Doug Jones in the Senate election on Dec. 12 in Alabama.

Two opinion polls last week showed Moore trailing Jones.

Roy Moore said the polls were wrong.
"""
    )
    stems = [c.draft.stem for c in number.candidates(article) if c.draft.key.text == "Two"]
    assert stems
    assert all(stem.startswith("According to the article, how many") for stem in stems)


def test_the_count_of_officials_who_said_is_never_blanked():
    sentence = "Two congressional officials involved in separate probes said the key question was whether Flynn made promises."
    assert "Two" not in _keys(sentence, "probes")
    plain = "Two congressional committees held separate probes into whether Harbour Lines broke the law."
    assert "Two" in _keys(plain, "probes")
