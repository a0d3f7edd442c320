"""True/false rules from strict judges' verdicts on real news articles: a statement never
repeats the article's grammar slips (two verbs run together, a stray past verb, a verb
that disagrees with its subject, one comma of a pair, a lost possessive, a fragment);
never keeps a phrase whose referent another sentence gave ("the move", "the Bank"
among several banks, "the BBC show"); never states an opinion as a fact; is never false
only by a trick (a period's length, a background year, a named event's year or host,
one item of a list, a body for the one it owns); and readers' comments printed under
a story are never asked about."""

# ruff: noqa: E501

from quizzes.engine.kinds import slips, true_false
from quizzes.engine.text import comments_start, normalise_body, paragraphs
from tests.engine.conftest import article_of, drafts_of


def _statements(text, words):
    """The true/false candidates drafted from the sentence containing words."""
    article = article_of(text)
    return [c for c in true_false.candidates(article) if words in c.draft.evidence[0].text]


def _sentence(text, words):
    article = article_of(text)
    return article, next(s for s in article.sentences if words in s.text)


STORY = """Coffee prices climb again

Coffee prices rose for a fourth month in November, traders in London said on Monday.

{}

The Norland Coffee Board said the price of a 60kg bag had reached $180 in October 2004.

Growers in Kenya and Ethiopia are expected to gain most from the rise, analysts said.
"""


def _drafted(sentence, words):
    return _statements(STORY.format(sentence), words)


# 1. Grammar slips the article let through.


def test_two_verbs_run_together_are_never_stated():
    sentence = (
        "Strong demand from Brazil has helped pushed world coffee prices up by 12% this year."
    )
    assert not _drafted(sentence, "helped pushed")
    _, found = _sentence(STORY.format(sentence), "helped pushed")
    assert slips.two_verb_slip(found)
    _, fine = _sentence(STORY.format(sentence.replace("pushed", "push")), "helped push")
    assert not slips.two_verb_slip(fine)


def test_a_stray_past_verb_is_never_stated():
    sentence = "The merger went ahead in 2004, despite an order from the Texas court ordered that it should be halted."
    assert not _drafted(sentence, "court ordered")
    _, fine = _sentence(
        STORY.format("The merger went ahead in 2004 and the Texas court ordered a review."),
        "court ordered",
    )
    assert not slips.stray_verb(fine)


def test_a_verb_that_disagrees_with_its_subject_is_never_stated():
    sentence = "Harlow's transport plan make grim reading for the 4,000 commuters who use the line."
    assert not _drafted(sentence, "plan make")
    _, fine = _sentence(
        STORY.format("The police have asked the 4,000 commuters who use the line to stay at home."),
        "police",
    )
    assert not slips.disagreeing_verb(fine)  # a collective noun may take a plural verb


def test_one_comma_of_a_pair_is_never_stated():
    sentence = (
        "Mr Grant who chairs the housing committee in Leeds, has promised 500 new homes by 2027."
    )
    assert not _drafted(sentence, "Mr Grant who")
    _, fine = _sentence(STORY.format(sentence.replace("Grant who", "Grant, who")), "Mr Grant")
    assert not slips.unpaired_comma(fine)


def test_a_lost_possessive_is_never_stated():
    sentence = "The board of Norland Rovers began the search for Jenkins successor after 14 games without a win."
    assert not _drafted(sentence, "Jenkins successor")
    _, fine = _sentence(
        STORY.format(sentence.replace("Jenkins successor", "a new manager")), "new manager"
    )
    assert not slips.lost_possessive(fine)


def test_a_fragment_with_no_finite_verb_is_never_stated():
    assert not _drafted("Great news for the 300 workers at Swan Hunter in Wallsend.", "Great news")
    _, found = _sentence(
        STORY.format("Great news for the 300 workers at Swan Hunter in Wallsend."), "Great news"
    )
    assert slips.no_main_verb(found)


# 2. Phrases whose referent another sentence gave.


def test_a_shell_noun_anywhere_is_never_stated():
    sentence = "Norland Bank did not say when the move would take place, but said 200 jobs would go in Leeds."
    assert not _drafted(sentence, "the move")
    _, fine = _sentence(STORY.format(sentence.replace("the move", "the move to Leeds")), "the move")
    assert not slips.shell_noun(fine)


BANKS = """Rates held in Norland

The Central Bank of Norland kept interest rates at 4% on Thursday.

Traders at Norland Bank and Harbour Bank had expected a rise.

The Bank said inflation would reach its 2% target within two years.
"""


def test_a_short_name_shared_by_several_bodies_is_never_stated():
    article = article_of(BANKS)
    assert not [
        c for c in true_false.candidates(article) if "The Bank said" in c.draft.evidence[0].text
    ]
    found = next(s for s in article.sentences if s.text.startswith("The Bank said"))
    assert slips.ambiguous_short_name(article, found)
    one = article_of(BANKS.replace("Norland Bank and Harbour Bank", "Norland brokers"))
    found = next(s for s in one.sentences if s.text.startswith("The Bank said"))
    assert not slips.ambiguous_short_name(one, found)  # only one bank: it is that one


def test_a_work_described_by_its_broadcaster_is_never_stated():
    sentence = (
        "The BBC show beat Castle Farm in the best comedy category and took 40% of the public vote."
    )
    assert not _drafted(sentence, "The BBC show")
    _, fine = _sentence(
        STORY.format(
            "The Berlin film festival opened on Thursday with 21 films from 14 countries."
        ),
        "Berlin",
    )
    assert not slips.described_work(fine)


# 3. An opinion in the article's own voice.


def test_an_opinion_is_never_stated_as_a_fact():
    sentence = "Reform of the 12-club league was imperative after the scandal in Leeds."
    assert not _drafted(sentence, "was imperative")
    _, said = _sentence(
        STORY.format("Mr Hale said reform of the 12-club league was imperative after the scandal."),
        "Mr Hale",
    )
    assert not slips.opinion(said)


# 4. Trick swaps.


def test_a_period_length_is_never_swapped():
    statements = _drafted(
        "Mr Hale said much had been achieved in Kenya in the last seven years.", "seven years"
    )
    assert statements  # the sentence is drafted, true, but never made false by "eight years"
    assert not any(
        "years" in c.draft.stem and "seven years" not in c.draft.stem for c in statements
    )


HISTORY = """Fines agency faces new review

The Norland Fines Agency will be reviewed by MPs in March 2005, ministers said on Tuesday.

The agency has faced criticism in Leeds since its introduction in 1993 to collect unpaid fines.

Its new computer system cost £456m and was delivered two years late in 2004.
"""


def test_a_year_dating_a_noun_is_never_swapped():
    # 2004 is the story's own year, not background: the noun it dates is the aside.
    text = HISTORY.replace(
        "The agency has faced criticism in Leeds since its introduction in 1993 to collect unpaid fines.",
        "MPs criticised Norland Fines after the collapse of its Leeds contractor in 2004, the report said.",
    )
    statements = _statements(text, "collapse of its Leeds")
    assert not any("in 2004" not in c.draft.stem for c in statements)


def test_a_background_year_is_never_swapped():
    text = HISTORY.replace(
        "The agency has faced criticism in Leeds since its introduction in 1993 to collect unpaid fines.",
        "The Leeds office of Norland Fines closed in 1998 after a fire destroyed its records.",
    )
    statements = _statements(text, "closed in 199")
    assert not any("1998" not in c.draft.stem for c in statements)


EVENT = """Carter named Norland assistant

Norland have named Tom Carter as assistant manager on a two-year contract, the football association said on Friday.

Carter will be assistant to Hughes at the World Cup in Germany in 2006, the association said.

Hughes said Carter was the ideal choice for the 23 players in the squad.
"""


def test_a_named_event_s_year_and_host_are_never_swapped():
    article, found = _sentence(EVENT, "World Cup")
    statements = [
        c for c in true_false.candidates(article) if "World Cup" in c.draft.evidence[0].text
    ]
    # A false form may deny the main verb (contrary.py), never change the event's
    # year or host.
    false = [c for c in statements if c.draft.key.text == "False"]
    assert all("in Germany in 2006" in c.draft.stem for c in false)
    assert all(c.swap[0] not in ("2006", "Germany") for c in statements if c.swap)
    at = found.text.index("2006")
    assert slips.named_event_detail(found, at, at + 4)
    at = found.text.index("Germany")
    assert slips.named_event_detail(found, at, at + 7)
    at = found.text.index("Hughes")
    assert not slips.named_event_detail(found, at, at + 6)


def test_one_item_of_a_list_is_never_swapped():
    _, found = _sentence(
        STORY.format("The board will send buyers to Leeds, York and Hull in 2005."), "buyers"
    )
    at = found.text.index("York")
    assert slips.listed(found, at, at + 4)
    _, alone = _sentence(STORY.format("The board will send buyers to Leeds in 2005."), "buyers")
    at = alone.text.index("Leeds")
    assert not slips.listed(alone, at, at + 5)


def test_a_body_is_never_swapped_for_one_that_owns_it():
    article = article_of(
        """Comedy wins three awards

The comedy began on Radio 4 in 2001 and moved to BBC Three two years later.

The BBC said the series had drawn 4.2 million viewers.
"""
    )
    assert slips.parent_body(article, "Radio 4", "BBC")
    assert not slips.parent_body(article, "Radio 4", "Channel 4")


# 5. Readers' comments under a story.

PEEL = """New late-night show begins

Three DJs will share the Tuesday late-night slot on Radio Norland from next week, the station said on Monday.

The station said it was not trying to replace the late Tom Hale, who presented the show for 30 years.

Anna Reed, who hosts a dance show on Saturdays, will present the first programme on 14 March.

Good luck to all three of them. I hope the station gives them time to settle in.

Great idea to share the slot between three presenters rather than replace Hale. Well done!

Nobody could follow Hale, who played everything from punk to reggae. Bring back Sam Cole.
"""


def test_readers_comments_are_never_asked_about():
    title, _, body = PEEL.strip().partition("\n\n")
    body = normalise_body(body)
    found = [p for p in paragraphs(body) if p.is_body]
    assert comments_start(found) == 3
    article = article_of(PEEL)
    assert not any("Sam Cole" in s.text or "Great idea" in s.text for s in article.sentences)
    drafts = drafts_of(PEEL)
    assert not any("Great idea" in d.stem or "Sam Cole" in str(d.choices) for d in drafts)
    assert any("Anna Reed" in s.text for s in article.sentences)  # the story itself stays


def test_a_column_in_the_first_person_keeps_its_paragraphs():
    column = PEEL.replace("Three DJs will", "I hear three DJs will")
    title, _, body = column.strip().partition("\n\n")
    found = [p for p in paragraphs(normalise_body(body)) if p.is_body]
    assert comments_start(found) == len(found)


def test_a_channel_is_never_swapped_for_a_programme():
    assert slips.channel_for_show("Radio 4", "Shameless")
    assert slips.channel_for_show("Castle Farm", "BBC Three")
    assert not slips.channel_for_show("Radio 4", "BBC Three")
    assert not slips.channel_for_show("Castle Farm", "Night Shift")


def test_a_nation_s_adjective_keeps_its_capital_after_according_to():
    # "According to the article, american twins ...": a statement opening with a
    # nation's adjective keeps its capital, whether NER tags it NORP or not.
    from quizzes.engine.kinds.common import nation_word

    article = article_of(
        "Spain win the cup\n\nAmerican twins Ben and Tom Hale won the doubles in Seville.\n"
    )
    token = article.sentences[0].span[0]
    assert nation_word(token)
    token.ent_type_ = ""  # as NER left it in a longer story
    assert nation_word(token)
    assert not nation_word(article.sentences[0].span[1])  # "twins"


CUP = """Spain win the Davis Cup

Spain won the Davis Cup on Sunday after beating the United States 3-2 in Seville.

American twins Ben and Tom Hale won the doubles in Seville on Saturday against Spain.

A crowd of 27,000 watched the final day of the tie.
"""


def test_a_statement_opening_with_a_nation_s_adjective_keeps_its_capital():
    stems = [c.draft.stem for c in true_false.candidates(article_of(CUP))]
    assert any("the article, American twins" in s for s in stems)
    assert not any("american" in s for s in stems)


SOURCE = """Women held back at work, says watchdog

The Equality Board said on Monday that women still face barriers in many careers.

Women hold less than 12% of the top jobs in big companies, the army and the courts, according to their figures.

The board wants employers to publish what they pay men and women.
"""


def test_a_source_named_only_by_a_pronoun_is_never_stated():
    # "according to their figures": whose figures, only the sentence before says.
    from quizzes.engine.kinds.referents import usable

    article, sentence = _sentence(SOURCE, "according to their figures")
    assert not usable(article, sentence)[0]
    assert not _statements(SOURCE, "according to their figures")


LINKED = """Budget cuts farm spending

The White House budget cuts farm subsidies by nearly 10% next year, officials said.

Neither does the budget include any money for the 12 new roads planned in Kent.

After all, the farm lobby in Iowa has fought every cut since the plan began in March.

The Tech Board said on Monday that The chips would be cheaper by the summer.

The new chip uses much less power than older chips, the Tech Board said.
"""


def test_an_inverted_clause_that_needs_the_sentence_before_is_never_stated():
    article, sentence = _sentence(LINKED, "Neither does")
    assert true_false.NOT_ALONE.match(sentence.text)
    assert true_false.NOT_ALONE.match(": Bob was one of the most gifted people I knew.")
    assert not true_false.NOT_ALONE.match("£5m was raised for the hospital in a year.")
    assert not _statements(LINKED, "Neither does")


def test_an_opening_link_to_the_sentence_before_is_dropped():
    assert true_false.LINKING.match("After all, the farm lobby has fought every cut.")
    assert true_false.LINKING.match("Finally, the band played its best-known song.")
    stems = [c.draft.stem for c in true_false.candidates(article_of(LINKED))]
    assert not any("after all" in s.lower() for s in stems)


def test_the_article_word_the_is_lower_case_inside_a_statement():
    # "The" written inside a sentence elsewhere ("said on Monday that The chips ...")
    # does not make the opening "The new chip" a name.
    from quizzes.engine.kinds.common import is_name

    article, sentence = _sentence(LINKED, "The new chip")
    assert not is_name(article, sentence.span[0])
