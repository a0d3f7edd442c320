"""Rules for 2026.11-107 from strict judges' verdicts on 24 Guardian sport articles
of autumn 2025: a tipster's race-card line is betting, no statement; "Which is to
say, ..." leans on the sentence before; a verbless aside opening on "a" or "no" claims
nothing; "neither" alone needs the pair an earlier sentence names."""

# ruff: noqa: E501

from quizzes.engine.drafts import TRUE_FALSE
from quizzes.engine.kinds import central, referents, true_false
from tests.engine.conftest import article_of, drafts_of

TIPS = """Jockey banned in Bahrain

The former champion jockey Robert Winston has had his licence to ride in Bahrain suspended after two rides.

Wincanton 1.45: Paul Nicholls's Jubilee Alpha was a dual winner in Listed events last season and can continue her progress.

Doncaster 3.10: The 1,000 Guineas fourth, Elwateen, is an interesting runner but unproven on the ground.
"""


def test_a_race_card_tip_is_betting():
    assert central.betting(
        "Wincanton 1.45: Paul Nicholls's Jubilee Alpha was a dual winner in Listed events."
    )
    assert central.betting(
        "Doncaster 3.10: The 1,000 Guineas fourth, Elwateen, is an interesting runner."
    )
    assert not central.betting("At 1.45 on Sunday Paul Nicholls's Jubilee Alpha won at Wincanton.")
    stems = [d.stem for d in drafts_of(TIPS)]
    assert not any("Jubilee Alpha" in s or "Elwateen" in s for s in stems), stems


def test_which_is_to_say_leans_on_the_sentence_before():
    article = article_of(
        """Scotland ready

Scotland have lost every match against New Zealand since 1905.

Which is to say, Scotland have never beaten the All Blacks, and Saturday represents their 33rd attempt.
"""
    )
    assert not true_false.quotable(article, article.sentences[1])[0]
    assert true_false.quotable(article, article.sentences[0])[0]


def test_a_verbless_aside_is_no_statement():
    article = article_of(
        """Norris sets the pace

Lando Norris took pole position in Brazil by two tenths of a second on Saturday.

A salutary reminder that the McLaren is still very much at the front of the field for all that Red Bull have made great strides.

No warmup games for the Ashes, no training sessions due to the Super League schedule and not even a chance to prepare like other sides.
"""
    )
    pole, reminder, warmups = article.sentences
    assert true_false.fragment(reminder) and true_false.fragment(warmups)
    assert not true_false.fragment(pole)
    statements = [
        d.stem for d in drafts_of(article.title + "\n\n" + article.body) if d.kind == TRUE_FALSE
    ]
    assert not any("salutary" in s or "warmup" in s for s in statements)


def test_neither_alone_points_back():
    article = article_of(
        """Selectors undecided

George Bailey said neither was clearly ahead of the other for the final place.

George Bailey said neither of the two bowlers was clearly ahead for the final place.

George Bailey said that neither had done enough to win the final place.
"""
    )
    alone, told, subject = article.sentences
    assert not referents.self_contained(article, alone)  # "neither" taken for "neither ... nor"
    assert referents.self_contained(article, told)
    assert not referents.self_contained(article, subject)  # "neither" as the subject
