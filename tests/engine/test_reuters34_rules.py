"""Rules from strict judges' verdicts on reu3 and reu4, 24 more Reuters articles of
2016-17 judged under 2026.11-92: no choice of two for "who said"; the day's market
move, a wire service's markup and a count of the reporter's sources are never asked;
a capital that stands for its government is no city; a name in an "including" list
is not swapped; a count of a chamber's votes stays within its size; a role run
together with another, or a bare role beside one of its kind, is no option; no blank
after "then-"; an opening preposition loses its capital; the quotation's own
ellipsis is not doubled; a US state is asked as a state; a relative clause's speech
verb is not the quotation's; and nobody holding the office a quotation speaks of is
offered as its speaker."""

# ruff: noqa: E501

from quizzes.engine.kinds import entity, number, true_false, who_said
from quizzes.engine.kinds.who_said import _attribution, _not_the_office_spoken_of, _shorten
from quizzes.engine.kinds.worth import WIRE_MARKUP, market_move, sloppy
from tests.engine.conftest import article_of, plain_stem
from tests.engine.test_real_links_rules import _refused_unless, _sentence
from tests.engine.test_who_is import _question
from tests.engine.test_xsum_rules import _keys


def _who_said(text):
    return [c.draft for c in who_said.candidates(article_of(text))]


TWO = """Ferry row on Carra

Island councillor Mary Dunne said the ferry cuts would hurt families. "Nobody asked the island," she said.

Harbour Lines chief executive Tom Baker said the route lost money every winter. "We cannot run empty boats," he said.
"""


def test_who_said_offers_no_choice_of_two():
    assert _who_said(TWO) == []
    # A third speaker makes it a choice of three again.
    three = (
        TWO
        + '\nPassenger Alan Reid said the boats were always late. "I have missed three meetings," he said.\n'
    )
    drafts = _who_said(three)
    assert drafts
    assert all(len(d.choices) >= 3 for d in drafts)


SHARES = """{title}

Harbour Lines shares rose 12 percent in London on Friday after the firm reported record profits.

Mary Dunne said the island would suffer from the cuts to the winter sailings.
"""


def test_the_days_market_move_is_asked_only_in_a_story_about_markets():
    news = article_of(SHARES.format(title="Ferry firm cuts winter sailings"))
    markets = article_of(SHARES.format(title="Ferry firm shares rise"))
    assert market_move(news, news.sentences[0])
    assert not market_move(markets, markets.sentences[0])
    for kind in (number, true_false):
        assert not [c for c in kind.candidates(news) if c.sentence == 0]
        assert [c for c in kind.candidates(markets) if c.sentence == 0]


def test_a_wire_services_markup_is_a_slip():
    _, coded = _sentence(
        "Harbour Lines said the route would close in June. [nL8N1MP0GI]", "route would"
    )
    assert sloppy(coded)
    # The ticker glued to an index's name ("Average Index.DJI closed up"); the parse may
    # end the sentence at it, so the pattern itself is what marks it.
    assert WIRE_MARKUP.search("The benchmark Dow Jones Industrial Average Index.DJI closed up")
    _, plain = _sentence(
        "The benchmark Dow Jones Industrial Average closed up 0.33 percent at 24,585.43.",
        "benchmark",
    )
    assert not sloppy(plain)


def test_a_count_of_the_reporters_sources_is_never_blanked():
    sentence = "The paper reported the employee was a contractor, citing two anonymous sources familiar with the incident."
    assert "two" not in _keys(sentence, "contractor")
    plain = "The paper reported the employee was a contractor, and two sailings to Carra were cancelled."
    assert "two" in _keys(plain, "contractor")


CAPITAL = """Trade talks end in China

{sentence}

The talks ended on Friday, and the ministers will meet again in Shanghai in March.

Officials in Chengdu and Xi'an said factories there would not be affected.
"""


def _places(sentence):
    article = article_of(CAPITAL.format(sentence=sentence))
    return [c.draft.key.text for c in entity.candidates(article) if c.sentence == 0]


def test_a_capital_that_acts_is_no_city():
    assert "Beijing" not in _places(
        "Beijing faces intensifying pressure from Western governments to remove investment barriers, officials said."
    )
    assert "Beijing" in _places(
        "The trade ministers met for three days of talks in Beijing, officials said on Friday."
    )


PORTS = """Ferry firm adds routes

Harbour Lines will sail from several ports, including Glasgow, from next summer, the company said.

The firm already runs boats from Belfast and Liverpool, and its head office is in Dublin.
"""


def test_a_name_in_an_including_list_is_never_swapped():
    article = article_of(PORTS)
    swapped = [
        c.draft.stem
        for c in true_false.candidates(article)
        if c.sentence == 0 and c.draft.key.text == "False"
    ]
    assert not any("including" in stem for stem in swapped)
    listed = article_of(PORTS.replace("from several ports, including Glasgow,", "from Glasgow"))
    assert [
        c for c in true_false.candidates(listed) if c.sentence == 0 and c.draft.key.text == "False"
    ]


def test_a_count_of_votes_stays_within_the_chamber():
    text = """Senate vote on ferry bill

Republicans have 52 votes in the 100-member Senate, giving them enough to win if they hold together.

Senator Mary Dunne said the ferry bill would pass next week.
"""
    article = article_of(text)
    [blank] = [c for c in number.candidates(article) if c.draft.key.text == "52"]
    values = [int(d.text) for d in blank.draft.distractors]
    assert values
    assert all(50 < v <= 100 for v in values)


def test_a_role_run_together_or_bare_beside_its_kind_is_no_option():
    text = """Senators split on ferry bill

Tom Perez, the DNC chairman, said the ferry bill was fair. Mr Perez said the party would back it.

Tim Kaine, a Virginia senator, said the bill would pass. Mr Kaine said he would vote for it.

Mary Dunne, a senator, said islanders needed the ferry. Ms Dunne said she would vote for the bill.

Robby Mook, the campaign manager, said the vote would be close. Mr Mook said the party was split.

Peter Greig, a now a Miami defense lawyer, said the bill was flawed. Mr Greig said he would sue.
"""
    question = _question(text, "Tom Perez")
    assert question is not None
    options = {c.text for c in question.draft.distractors}
    assert "a Virginia senator" in options
    assert "a senator" not in options
    assert not any(" now " in option for option in options)


def test_no_blank_after_then():
    text = """Consumer agency fight

Richard Cordray, a Democrat appointed director by then-President Barack Obama, resigned on Friday.

Barack Obama had created the agency in 2011, and Donald Trump now wants to curb it.

Mick Mulvaney said he would run the agency for now.
"""
    article = article_of(text)
    stems = [c.draft.stem for c in entity.candidates(article)]
    assert not any("then-___" in stem for stem in stems)


def test_an_opening_preposition_loses_its_capital():
    article = article_of(
        """Manafort faces long sentence

Paul Manafort and Rick Gates were charged on Monday with conspiracy against the United States.

For Manafort and Gates, a conviction on conspiracy to launder money alone could carry a sentence of up to 20 years in prison.

Manafort's lawyer said his client would plead not guilty.
"""
    )
    stems = [c.draft.stem for c in true_false.candidates(article) if c.sentence == 1]
    assert stems
    assert all("According to the article, for Manafort" in stem for stem in stems)


def test_the_quotations_own_ellipsis_is_not_doubled():
    quote = "But it also means going to California and visiting farm workers there and visiting with farm workers in Florida ... and in Oregon and in Washington (state) and visiting with immigrant communities,"
    shown = _shorten(quote)
    assert shown.endswith("Florida ...")
    assert "... ..." not in shown


def test_a_us_state_is_asked_as_a_state():
    article = article_of(
        """Gutierrez hints at presidential run

Democrat Luis Gutierrez said he would visit Iowa, Arizona and Indiana next year.

Iowa traditionally holds the first Democratic and Republican party nominating contests for president.

Gutierrez said he had not decided whether to run, and he would spend the summer in Massachusetts.
"""
    )
    stems = [c.draft.stem for c in entity.candidates(article) if c.draft.key.text == "Iowa"]
    assert any(plain_stem(stem).startswith("Which state ") for stem in stems)
    assert not any(plain_stem(stem).startswith("Which region ") for stem in stems)


MEETING = """Trump recalls little about meeting

President Donald Trump said on Friday he did not remember much about a meeting with a former campaign aide.

Asked about a meeting in which aide George Papadopoulos suggested arranging a meeting with Russian President Vladimir Putin, Trump told reporters: "I don't remember much about that meeting. It was a very unimportant meeting."
"""


def test_a_relative_clauses_speech_verb_is_not_the_quotations():
    article = article_of(MEETING)
    [asked] = [s for s in article.sentences if s.text.startswith("Asked")]
    speaker = _attribution(article, asked, None)
    assert speaker.name == "Donald Trump"


def test_nobody_holding_the_office_a_quotation_speaks_of_is_offered():
    article = article_of(
        """Trump to press China on North Korea

"The president recognizes that we are running out of time," national security adviser H.R. McMaster told reporters.

President Donald Trump will meet Chinese President Xi Jinping in Beijing. "We will talk about trade," Trump said.

Senator Bob Corker said: "Sanctions alone will not stop Pyongyang."
"""
    )
    quote = "The president recognizes that we are running out of time"
    pool = [e for e in article.people if e.name != "H.R. McMaster"]
    assert {e.name for e in _not_the_office_spoken_of(article, quote, pool)} == {"Bob Corker"}


def test_a_note_that_somebody_could_not_be_reached_for_further_comment_is_never_stated():
    _refused_unless(
        "Mary Dunne could not be reached for further comment on Tuesday.",
        "Mary Dunne",
        "could not be reached for further comment on",
        "met islanders at the harbour on",
    )
