"""Page furniture real BBC text keeps in the body, never a source of questions: a match
report's team sheets, bookings, crowd and referee as paragraphs of bare names and
figures (judges failed blanks in them on real articles: "Berra, ___, Miller"), and a
columnist's note at the foot ("Bill Thompson is a regular commentator on ...")."""

# ruff: noqa: E501

from quizzes.engine.text import BODY, BYLINE_KIND, LIST_KIND, NOTICE_KIND, paragraphs
from tests.engine.conftest import article_of, drafts_of

REPORT = """Rovers 2-1 United

Rovers came from behind to beat United at a packed Park Road and move top of the league on Saturday.

United led through a Craig Brennan header after ten minutes, but Dean Hollis levelled before the break.

Sam Okafor scored the winner with a fierce drive from 20 yards in the 71st minute.

Rovers manager Tony Adams said his players had shown great character to come back.

Grant, Hughes, Walsh (Kane 60), Pike, Dunn, Okafor, Reilly, Stone, Lowe, Hollis, Price.

Hughes, Stone.

Hollis 38, Okafor 71.

12,480

P Dowd
"""

COLUMN = """Why computers should last longer

Apple wants people to replace their old computers with its new Mac Mini, keeping only the monitor.

Most councils now collect old electronics for recycling, but few people know where their machines end up.

Campaigners say manufacturers should design machines that can be upgraded rather than thrown away.

Jane Doyle is a regular commentator on the BBC World Service programme Tech Today.
"""


def test_paragraphs_of_bare_names_and_figures_are_lists():
    kinds = [p.kind for p in paragraphs(REPORT.split("\n\n", 1)[1])]
    assert kinds[:4] == [BODY] * 4
    assert kinds[4:] == [LIST_KIND] * 5


def test_no_question_comes_from_a_team_sheet():
    article = article_of(REPORT)
    assert not any("Kane" in s.text or "12,480" in s.text for s in article.sentences)
    for draft in drafts_of(REPORT):
        assert not any("Hughes" in e.text or "P Dowd" in e.text for e in draft.evidence)


def test_a_paragraph_with_any_word_of_prose_stays_body():
    body = "Hughes and Stone were booked, Hollis 38, Okafor 71.\n\nVan der Sar, de Jong, Kuyt."
    assert [p.kind for p in paragraphs(body)] == [BODY, LIST_KIND]


def test_a_columnist_s_note_at_the_foot_is_a_byline():
    kinds = [p.kind for p in paragraphs(COLUMN.split("\n\n", 1)[1])]
    assert kinds == [BODY, BODY, BODY, BYLINE_KIND]
    article = article_of(COLUMN)
    assert not any("commentator" in s.text for s in article.sentences)


def test_a_closing_sentence_of_the_story_is_no_byline():
    # The note is the writer's only at the foot, and only naming a writer's job.
    body = "Jane Doyle is a regular commentator on radio.\n\nThe firm is due in court on Monday."
    assert [p.kind for p in paragraphs(body)] == [BODY, BODY]
    body = "The case was heard on Friday.\n\nJane Doyle is due in court on Monday."
    assert [p.kind for p in paragraphs(body)] == [BODY, BODY]


def test_a_video_players_notice_is_no_source_of_questions():
    # A BBC page copied as text keeps the player's notice where a clip was.
    body = REPORT.split("\n\n", 1)[1]
    with_notice = "Media playback is not supported on this device\n\n" + body
    assert paragraphs(with_notice)[0].kind == NOTICE_KIND
    article = article_of("Rovers 2-1 United\n\n" + with_notice)
    assert not any("playback" in s.text for s in article.sentences)
