"""The name-question rules added from the verdicts on real news articles: no question
on bookmakers' odds; no place named once in passing; no place standing for a
tournament ("X 2006"); no piece of a show's title; no passer-by's name; a role
written after the blank ("___, creator of ...") is shared by every option; and
nobody the article calls "the late X" is offered for what happens now."""

# ruff: noqa: E501

from quizzes.engine.drafts import ENTITY, TRUE_FALSE
from quizzes.engine.kinds import central, fates
from tests.engine.conftest import article_of, drafts_of, entity_named


def _entity_keys(text):
    return [d.key.text for d in drafts_of(text) if d.kind == ENTITY]


def _entity_stems(text):
    return [d.stem for d in drafts_of(text) if d.kind == ENTITY]


# 1. Bookmakers' odds are never asked about.

QUIZ_SHOW = """Singer leaves island contest

Singer Tara Bloom has walked out of the island survival contest after five days, the show's makers said.

Bloom said she missed her children and could not face another week of rain and cold food.

Comedian Joe Pratt, boxer Lee Carter and chef Martin Oduya are among the contestants who stay on the island, with dancer Sam Reed.

Joe Pratt is now the 3-1 favourite to win, followed by Martin Oduya at 5-1, while Kate Lowe, who arrived in the camp at the weekend, is the outsider at 20-1.

Martin Oduya said the camp had been quieter since Bloom left, and Lee Carter said he would miss her songs.

The winner, chosen by a public vote, will receive a prize of £20,000 for a charity.
"""


def test_betting_odds_are_no_question():
    assert central.betting("X is now the 3-1 favourite to win, followed by Y at 8-1.")
    assert not central.betting("Rovers beat United 2-0 on Saturday.")
    assert not central.betting("Smith is the hot favourite to take over from Jones.")
    for draft in drafts_of(QUIZ_SHOW):
        if draft.kind in (ENTITY, TRUE_FALSE):
            assert "5-1" not in draft.stem


# 2. A place named once, outside the lead, is a side detail.

SIDE_RESULT = """Rovers fans angry at ticket prices

Fans of Rovers have protested outside the club's ground over the price of tickets for next month's cup match.

The supporters' trust said the cheapest seat now cost £45, twice what it cost two years ago.

Club chairman Peter Marsh said the money was needed to pay for a new stand and better pitch.

The trust's chairman, Anne Cole, said many families could no longer afford to bring their children.

The local paper said United's 2-0 win in Portugal - which could make the title race tougher for Rovers - seemed to matter more to readers.

Rovers will meet the trust next week to discuss a cheaper family ticket.
"""


def test_a_place_named_once_in_passing_is_not_asked():
    article = article_of(SIDE_RESULT)
    portugal = entity_named(article, "Portugal").mentions[0]
    assert central.passing_place(article, article.sentences[portugal.sentence], portugal)
    assert "Portugal" not in _entity_keys(SIDE_RESULT)


# 3. A place straight before a year names a tournament.


def test_a_place_before_a_year_is_an_event_name():
    assert central.event_name(" 2006 looks near impossible")
    assert not central.event_name(" in 2006 the team won")
    assert not central.event_name(", where the team won")


RUGBY_BID = """Wales hopes fade after defeat

Wales have little chance of reaching France 2007 after a heavy defeat in Cardiff on Saturday, coach Mark Evans said.

France beat Wales 30-6 in a match the visitors controlled from the first minute.

Evans said his young side had learned a great deal from France, the best team in the group.

Wales must now win their last two games against Italy and Romania to keep their hopes alive.

Fly-half Owen Price said the players were disappointed but would not give up.
"""


def test_a_tournament_host_is_never_blanked():
    for stem in _entity_stems(RUGBY_BID):
        assert "___ 2007" not in stem


# 4. A piece of a show's title is never blanked.

CRIME_SHOWS = """Crime dramas shape what jurors expect

Crime dramas on television give jurors a false idea of how quickly police can solve a case, a study has found.

The hit show CSU and its spin-offs, CSU: Miami and CSU: New York, are watched by millions of people each week.

Researchers asked 300 jurors in Ohio what they expected from forensic evidence.

Most said they expected DNA results within days, though tests often take months.

Professor Ann Gray, who led the study in Ohio, said jurors now asked for tests that did not exist.
"""


def test_a_piece_of_a_show_title_is_not_blanked():
    article = article_of(CRIME_SHOWS)
    spin_off = entity_named(article, "New York").mentions[0]
    assert central.in_title(article, article.sentences[spin_off.sentence], spin_off)
    for stem in _entity_stems(CRIME_SHOWS):
        assert "CSU: ___" not in stem


def test_a_name_before_a_channel_in_brackets_is_a_show():
    assert central.CHANNEL_AFTER.match(" (BBC One) and Shameless.")
    assert not central.CHANNEL_AFTER.match(" (Labour) said the plan would fail.")


# 5. A passer-by's name is never asked.

MARKET = """Singer opens stall at market

Singer Rob Fenwick has started selling hundreds of his stage costumes from a stall in a market in Leeds.

Fenwick said he wanted to clear his house before moving to Spain next year. He runs the stall with his manager, Paul Stone.

Paul Stone said the stall would stay open until Christmas, and Fenwick would then fly to Spain.

The costumes include a silver suit he wore on his first tour and a hat made of feathers.

Prices range from £20 for a scarf to £2,000 for the silver suit, and Fenwick said sales had been brisk.

Martin Hale, who had come in out of the rain to look at the coats, said he liked the whole plan. "I bought a hat for my son," said Mr Hale.

Fenwick said he would give part of the money to a music school for children in Leeds.
"""


def test_a_passer_by_is_not_asked_about():
    article = article_of(MARKET)
    hale = entity_named(article, "Martin Hale").mentions[0]
    assert central.passer_by(article, article.sentences[hale.sentence], hale)
    fenwick = entity_named(article, "Rob Fenwick").mentions[0]
    assert not central.passer_by(article, article.sentences[fenwick.sentence], fenwick)
    assert "Martin Hale" not in _entity_keys(MARKET)


# 6. A role written after the blank is shared by every option.

AWARDS = """Cartoon wins comedy award

The cartoon Moon Town has won the best comedy prize at the annual National Screen Awards in London.

The film's producer Sarah Kent said the team had worked on it for six years.

The ceremony was hosted by Alan Reid, and actress Mia Torres read out the names of the winners.

The award was accepted by Tom Bright, creator of Moon Town, who thanked the team of 40 artists who drew the film.

Comedian Dan Lowe won best newcomer, and Sarah Kent said she was delighted for him.
"""


def test_a_role_after_the_blank_needs_options_that_share_it():
    article = article_of(AWARDS)
    tom = entity_named(article, "Tom Bright").mentions[0]
    assert central.role_after(article.sentences[tom.sentence], tom) == "creator"
    assert "Tom Bright" not in _entity_keys(AWARDS)


# 7. Nobody "the late X" is offered for what happens now.

RADIO = """New presenters take over evening show

The evening show of the late presenter Sam Kerr will be shared by three new hosts, the station said on Monday.

Folk singer Amy Doyle will present the show every Monday, with jazz fan Leo Grant on Tuesdays.

Station boss Helen Marsh said the new hosts would keep the spirit of the show alive.

Kerr presented the show for 30 years and was famous for playing records at the wrong speed.

Listener Tom Reed said nobody could replace him but he wished the new hosts well.
"""


def test_the_late_presenter_is_dead():
    article = article_of(RADIO)
    assert fates.died(article, entity_named(article, "Sam Kerr"))
    assert not fates.died(article, entity_named(article, "Helen Marsh"))
    assert fates.LATE_BEFORE.search("for late DJ ")
    assert not fates.LATE_BEFORE.search("scored a late winner by ")
    assert not fates.LATE_BEFORE.search("a late substitute ")
    for draft in drafts_of(RADIO):
        if draft.kind == ENTITY and draft.key.text != "Sam Kerr":
            assert "Sam Kerr" not in [c.text for c in draft.choices]


# 8. "Britain" is no national side beside England.

PRESS = """Danish papers shrug off row

Denmark's 1-0 win over England on Wednesday filled the sports pages of the country's papers on Thursday.

The Denmark coach had earlier joked about Britain's weather when asked about the row over his remarks.

One paper said Norway's 3-1 World Cup qualifying win in Poland, which could make qualification harder for Denmark, mattered more to its readers.

Another paper praised the Danish defence and said England had been lucky to lose by only one goal.

The Italy coach watched the match from the stands in Copenhagen. Poland had lost only once at home this year.
"""


def test_britain_is_no_national_side():
    kept = central.no_union_side(
        "a World Cup qualifying win in Poland", ["England", "Britain", "Italy"]
    )
    assert kept == ["England", "Italy"]
    assert central.no_union_side("a trade deal in Poland", ["Britain"]) == ["Britain"]
    for draft in drafts_of(PRESS):
        if "World Cup" in draft.stem:
            assert "Britain" not in draft.stem
            assert "Britain" not in [c.text for c in draft.choices]
