"""The reporter's own aside ("Of course, broadband in the UK is laughably slow ...",
"One thing seems sure, though: ...") is never stated as a fact "according to the
article": judges failed such statements on real articles as opinion, and as leftovers
that read oddly once the sentences around them are gone."""

# ruff: noqa: E501

from quizzes.engine.kinds import true_false
from quizzes.engine.kinds.referents import by_epithet, usable
from tests.engine.conftest import article_of, drafts_of

COLUMN = """Broadband speeds lag behind

Ofcom said 6.2 million homes in the UK had a broadband connection by the end of March.

Of course, broadband in the UK is laughably slow compared with South Korea and Japan.

One thing seems sure, though: BT will face more pressure from its rivals to cut prices.

BT said it would double the speed of its basic broadband package to two megabits in April.
"""


def test_the_writer_s_aside_is_no_statement():
    texts = [c.draft.evidence[0].text for c in true_false.candidates(article_of(COLUMN))]
    assert not any("Of course" in t or "though:" in t for t in texts)
    assert any(t.startswith("BT said") or t.startswith("Ofcom said") for t in texts)


def test_the_writer_s_we_is_no_statement():
    text = """Greener computers

Apple wants people to replace their old computers with its new Mac Mini, keeping only the monitor.

Here in Cambridge we have green bins for garden waste and a black bin for everything else.

The council in Cambridge collects old computers from homes once a month for recycling.
"""
    texts = [c.draft.evidence[0].text for c in true_false.candidates(article_of(text))]
    assert not any("we have" in t for t in texts)
    assert any("collects old computers" in t for t in texts)


MEETING = """Britons shine in Birmingham

Kelly Holmes won the women's 1,000m at the indoor meeting in Birmingham on Friday night.

won the men's long jump with a season's best of 7.79m, a result set to bolster his hopes for Madrid.

Jason Gardener took the 60m in 6.56 seconds ahead of Mark Lewis-Francis.
"""


def test_a_sentence_that_lost_its_opening_name_is_no_source():
    # The copied page lost the athlete's name: the sentence opens on its verb.
    article = article_of(MEETING)
    lost = next(s for s in article.sentences if s.text.startswith("won the"))
    assert not lost.is_statement
    kept = next(s for s in article.sentences if s.text.startswith("Jason Gardener"))
    assert kept.is_statement
    for draft in drafts_of(MEETING):
        assert not any(e.text.startswith("won the") for e in draft.evidence)


TRIALS = """Gardener wins indoor trials

Jason Gardener won the men's 60m at the indoor trials in Sheffield on Sunday.

The Bath sprinter held off Mark Lewis-Francis in a time of 6.56 seconds to claim the title.

The Welsh runner Jimmy Watkins took the 800m in one minute, 48.32 seconds.

Sarah Claxton won the women's 60m hurdles in 7.98 seconds, her best time this season.
"""


def test_a_label_in_place_of_a_name_is_no_statement():
    # "The Bath sprinter" names someone only through the sentence before; "The Welsh
    # runner Jimmy Watkins" says whom.
    article = article_of(TRIALS)
    labelled = next(s for s in article.sentences if s.text.startswith("The Bath"))
    named = next(s for s in article.sentences if s.text.startswith("The Welsh"))
    assert by_epithet(labelled) and not by_epithet(named)
    # usable (every kind that quotes a sentence as a statement or a blank) refuses it.
    assert usable(article, labelled) == (False, None)
    assert usable(article, named)[0]


LABELS = """Musicians upbeat about the net

Most musicians believe that the internet has helped them to sell more music, a US survey says.

The record industry has blamed file-sharing for a fall in CD sales over the past four years.

Through the Recording Industry Association of America (RIAA), it has pursued an aggressive campaign through the courts to sue people suspected of sharing music.

The Conservatives want the cases dropped, and Liberal Democrat chairman Matthew Taylor agrees.
"""


def test_a_pronoun_after_an_opening_phrase_is_no_statement():
    stems = [c.draft.stem for c in true_false.candidates(article_of(LABELS))]
    assert not any("it has pursued" in s for s in stems)
    assert any("most musicians believe" in s for s in stems)


def test_a_party_is_never_swapped_for_a_town():
    # The gazetteer knows Liberal, Kansas: "Piqua Democrat chairman" was a false form.
    stems = [c.draft.stem for c in true_false.candidates(article_of(LABELS))]
    assert all("Liberal Democrat chairman" in s for s in stems if "Democrat chairman" in s)


def test_a_capitalised_name_of_two_words_keeps_its_capital():
    def first_of(text):
        return article_of("H\n\n" + text).sentences[0].span[0]

    assert true_false._next_is_proper(first_of("Liberal Democrat chairman Matthew Taylor said so."))
    assert true_false._next_is_proper(first_of("Super Mario 64 DS is a re-creation of a classic."))
    # A job before a person's name is no part of it: "bookmaker William Hill".
    assert not true_false._next_is_proper(
        first_of("Bookmaker William Hill has stopped taking bets.")
    )
